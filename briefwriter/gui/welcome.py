"""The welcome screen: what a person can do first — start a new brief, open a copy of an
example, open a brief or a recent one, read the getting-started guide.

Shown on the very first start and, later, while its "Show this at start-up" box is ticked
(``Settings.welcome_due``); Help ▸ Welcome… opens it at any time.  It is window-modal: the
focus stays in it until the person chooses (a screen reader announces it as the dialog in
front, and Tab cannot wander into the window behind it), yet it never blocks the event
loop, so the window behind goes on building.  Every choice closes it first.

The examples' titles, languages and templates and whether the recent briefs still exist are
read in the file lane (``gui.jobs``): the disk is never touched on the GUI thread.  On Linux
it offers to add BriefWriter to the applications menu (``gui.desktop_offer``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.gui import jobs
from briefwriter.gui.desktop_offer import DesktopOffer
from briefwriter.gui.dialogs import open_getting_started, show_single
from briefwriter.gui.files import FILES_LANE
from briefwriter.gui.i18n import fill
from briefwriter.gui.widgets.forms import bidi_isolate, hint_label
from briefwriter.gui.widgets.mnemonics import resolve_mnemonics
from briefwriter.paths import examples_dir

if TYPE_CHECKING:
    from briefwriter.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

EXAMPLE_PATTERN = "*.brief.yaml"
PATH_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Example:
    """One bundled example brief, as the welcome screen lists it."""

    path: Path
    title: str
    language: str  # the paper's language code ("en", "ar", ...)
    template: str  # the template's title (its name when the pack cannot be read)


@dataclass(frozen=True)
class Found:
    """What the file lane found: the examples (or why there are none) and the recent
    briefs that still exist."""

    examples: list[Example]
    problem: str  # "" when the examples could be read
    recent: list[Path]
    gone: list[str]  # recent files that no longer exist (forgotten on the GUI thread)


def _template_title(name: str) -> str:
    from briefwriter.core.errors import BriefWriterError
    from briefwriter.render.template_lookup import find_template

    try:
        return find_template(name).title
    except BriefWriterError:
        return name


def read_examples(folder: Path) -> tuple[list[Example], str]:
    """The examples in ``folder`` (sorted by title) and a message when there are none, or
    when some could not be read (naming the files and why); runs in the file lane."""
    from briefwriter.core import storage

    try:
        paths = sorted(folder.glob(EXAMPLE_PATTERN))
    except OSError as error:
        return [], fill(translate("Welcome", "The examples could not be read from %1: %2."),
                        folder, error.strerror or error)
    examples: list[Example] = []
    refused: list[str] = []
    for path in paths:
        try:
            brief = storage.load_brief(path).brief
        except Exception as error:  # a damaged install: name the file, list the rest
            refused.append(f"{path.name}: {error}")
            continue
        examples.append(Example(path, brief.title.strip() or path.name, brief.language,
                                _template_title(brief.template.name)))
    examples.sort(key=lambda e: e.title.casefold())
    if refused:
        return examples, fill(translate("Welcome", "Some examples could not be read:\n%1"),
                              "\n".join(refused))
    if not examples:
        return [], fill(translate("Welcome", "No examples were found in %1."), folder)
    return examples, ""


def _look(folder: Path, recent: list[str]) -> Found:
    examples, problem = read_examples(folder)
    kept = [Path(p) for p in recent if Path(p).is_file()]
    return Found(examples, problem, kept, [p for p in recent if Path(p) not in kept])


def language_name(code: str) -> str:
    """A paper's language, named in the interface's language."""
    names = {
        "ar": translate("Welcome", "Arabic"),
        "zh": translate("Welcome", "Chinese"),
        "en": translate("Welcome", "English"),
        "fr": translate("Welcome", "French"),
        "ru": translate("Welcome", "Russian"),
        "es": translate("Welcome", "Spanish"),
    }
    return names.get(code, code)


def focus_first_field(window: MainWindow) -> None:
    """Put the cursor in the first control of the step on show (the first one down the page,
    where a person starts reading)."""
    page = window.stack.currentWidget() if window.is_built() else None
    if page is None:
        return
    controls = [w for w in page.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
                and w.isVisibleTo(page)]

    def reading_order(widget: QWidget) -> tuple[int, int]:
        at = widget.mapTo(page, widget.rect().topLeft())
        return (at.y(), at.x() if page.isLeftToRight() else -at.x())

    if controls:
        min(controls, key=reading_order).setFocus(Qt.FocusReason.OtherFocusReason)


class WelcomeDialog(QDialog):
    """The welcome screen of ``window`` (see the module's docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.settings = window.settings
        self.setWindowTitle(translate("Welcome", "Welcome to BriefWriter"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Room between the rows; as padding, not the list's spacing, which Qt leaves out of
        # the width a wrapped row is measured at (its last line was then cut off).
        self.setStyleSheet("QListWidget#welcomeList::item { padding: 0.3em 0; }")

        heading = QLabel(f"<h2>{translate('Welcome', 'Welcome to BriefWriter')}</h2>", self)
        intro = QLabel(translate(
            "Welcome", "BriefWriter walks you through a briefing paper on the Global Compact "
            "for Migration, step by step, and shows the finished paper as you type. Start a "
            "new brief, or look at an example first: it opens as an untitled copy, so you "
            "can change anything."), self)
        intro.setWordWrap(True)

        self.new_button = self._button(
            translate("Welcome", "Start a &new brief"),
            translate("Welcome", "An empty brief; the list of steps shows the way"),
            self.start_new)
        self.open_button = self._button(
            translate("Welcome", "&Open a brief…"),
            translate("Welcome", "Choose a brief file on this computer"), self.open_brief)
        self.guide_button = self._button(
            translate("Welcome", "Read the &getting-started guide"),
            translate("Welcome", "What each step is for, and the keys that move between "
                      "them"), self.open_guide)
        start = QVBoxLayout()
        start.addWidget(self.new_button)
        start.addWidget(self.open_button)
        start.addWidget(self.guide_button)
        start.addStretch(1)

        self.examples = self._list(translate("Welcome", "Examples"))
        self.examples.setAccessibleDescription(translate(
            "Welcome", "Each example opens as an untitled copy; the example itself is never "
            "changed"))
        self.examples.itemActivated.connect(lambda _item: self.open_example())
        examples_label = QLabel(translate("Welcome", "&Examples:"), self)
        examples_label.setBuddy(self.examples)
        self.examples_note = hint_label("", self)
        self.examples_note.hide()
        self.example_button = QPushButton(translate("Welcome", "Open a cop&y of the example"),
                                          self)
        self.example_button.clicked.connect(self.open_example)

        self.recent = self._list(translate("Welcome", "Recent briefs"))
        self.recent.setWordWrap(False)  # a file name cut at its hyphens reads as two names
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long folder
        self.recent.itemActivated.connect(lambda _item: self.open_recent())
        self.recent_label = QLabel(translate("Welcome", "&Recent briefs:"), self)
        self.recent_label.setBuddy(self.recent)
        self.no_recent = QLabel(translate("Welcome", "No recent briefs yet."), self)
        self.no_recent.setWordWrap(True)
        self.no_recent.hide()
        self.recent_button = QPushButton(translate("Welcome", "O&pen the recent brief"), self)
        self.recent_button.clicked.connect(self.open_recent)

        lists = QGridLayout()
        lists.addWidget(examples_label, 0, 0)
        lists.addWidget(self.examples, 1, 0)
        lists.addWidget(self.examples_note, 2, 0)
        lists.addWidget(self.example_button, 3, 0, Qt.AlignmentFlag.AlignLeading)
        lists.addWidget(self.recent_label, 0, 1)
        lists.addWidget(self.recent, 1, 1)
        lists.addWidget(self.no_recent, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        lists.addWidget(self.recent_button, 3, 1, Qt.AlignmentFlag.AlignLeading)
        lists.setColumnStretch(0, 3)
        lists.setColumnStretch(1, 2)
        lists.setRowStretch(1, 1)

        columns = QHBoxLayout()
        columns.addLayout(start, 0)
        columns.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        columns.addLayout(lists, 1)

        self.at_startup = QCheckBox(translate("Welcome", "&Show this at start-up"), self)
        self.at_startup.setChecked(self.settings.show_welcome)
        self.at_startup.toggled.connect(self._remember_at_startup)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.at_startup)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        # Linux, while this copy is not in the applications menu (``gui.desktop_offer``).
        self.desktop_offer = DesktopOffer(self)
        layout.addWidget(self.desktop_offer)
        layout.addLayout(bottom)
        self._set_placeholder(self.examples, translate("Welcome", "Reading the examples…"))
        self._set_placeholder(self.recent, translate("Welcome", "Looking for your recent "
                                                              "briefs…"))
        self._update_buttons()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 124, metrics.height() * 34)
        self.new_button.setFocus()
        self._look()

    # -- making ---------------------------------------------------------------------------
    def _button(self, text: str, description: str,
                slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.clicked.connect(slot)
        # Taller than the other buttons: these are the screen's main choices.
        button.setMinimumHeight(round(self.fontMetrics().height() * 2.2))
        return button

    def _list(self, name: str) -> QListWidget:
        view = QListWidget(self)
        view.setAccessibleName(name)
        view.setWordWrap(True)
        # Wrapped titles are shown whole: Qt would cut the last line short of its place.
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setObjectName("welcomeList")
        # Laid out again at each width (a wrapped title needs its lines counted anew), and
        # never wider than the list: a long folder is shortened in its middle instead.
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setMinimumHeight(self.fontMetrics().height() * 8)
        view.currentItemChanged.connect(lambda *_args: self._update_buttons())
        return view

    def _set_placeholder(self, view: QListWidget, text: str) -> None:
        view.clear()
        item = QListWidgetItem(text, view)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a line to read, not a choice

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Each Alt+letter reaches one control, in whatever language the texts are in.
        resolve_mnemonics(self, set())

    # -- filling --------------------------------------------------------------------------
    def _look(self) -> None:
        folder, recent = examples_dir(), list(self.settings.recent_files)
        jobs.Job(self, lambda: _look(folder, recent), lane=FILES_LANE) \
            .success(self._show_found).run()

    def _show_found(self, found: Found) -> None:
        for missing in found.gone:
            self.settings.remove_recent_file(missing)
        self.examples.clear()
        for example in found.examples:
            details = fill(translate("Welcome", "%1 · %2"), language_name(example.language),
                           example.template)
            item = QListWidgetItem(f"{bidi_isolate(example.title)}\n{details}", self.examples)
            item.setData(PATH_ROLE, str(example.path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         fill(translate("Welcome", "%1, in %2, template %3"), example.title,
                              language_name(example.language), example.template))
        self.examples_note.setText(found.problem)
        self.examples_note.setVisible(bool(found.problem))
        if not found.examples:
            self.examples.hide()
        self.examples.setCurrentRow(0 if found.examples else -1)

        self.recent.clear()
        for path in found.recent:
            item = QListWidgetItem(f"{bidi_isolate(path.name)}\n{bidi_isolate(str(path.parent))}",
                                   self.recent)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         fill(translate("Welcome", "%1, in %2"), path.name, path.parent))
        has_recent = bool(found.recent)
        self.recent.setVisible(has_recent)
        self.recent_label.setVisible(has_recent)
        self.recent_button.setVisible(has_recent)
        self.no_recent.setVisible(not has_recent)
        self.recent.setCurrentRow(0 if has_recent else -1)
        self._update_buttons()
        resolve_mnemonics(self, set())  # hidden controls give up their letters

    def _update_buttons(self) -> None:
        self.example_button.setEnabled(self._chosen(self.examples) is not None)
        self.recent_button.setEnabled(self._chosen(self.recent) is not None)

    @staticmethod
    def _chosen(view: QListWidget) -> Path | None:
        item = view.currentItem()
        value = item.data(PATH_ROLE) if item is not None and view.isVisibleTo(view.window()) \
            else None
        return Path(value) if value else None

    def _remember_at_startup(self, on: bool) -> None:
        self.settings.show_welcome = on

    # -- the choices ----------------------------------------------------------------------
    def start_new(self) -> None:
        """The window's brief if nobody has touched it yet, else File ▸ New; then the first
        step, ready for typing."""
        window = self.main_window
        self.accept()
        if not window.documents.is_fresh():
            window.documents.new_brief()  # asks about unsaved work first
        if window.documents.is_fresh():  # not when the person kept their brief
            window.go_to_step(0)
            focus_first_field(window)

    def open_brief(self) -> None:
        """File ▸ Open, its chooser over this screen: cancelled, the screen stays."""
        if self.main_window.documents.open_dialog(parent=self):
            self.accept()

    def open_example(self) -> None:
        path = self._chosen(self.examples)
        if path is not None:
            self.accept()
            self.main_window.documents.open_copy(path)

    def open_recent(self) -> None:
        path = self._chosen(self.recent)
        if path is not None:
            self.accept()
            self.main_window.open_path(path)

    def open_guide(self) -> None:
        self.accept()
        open_getting_started(self.main_window)


def show_welcome(window: MainWindow) -> WelcomeDialog:
    """Show ``window``'s welcome screen (raised if it is already open)."""
    return show_single(window, WelcomeDialog, lambda _parent: WelcomeDialog(window))

