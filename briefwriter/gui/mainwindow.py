"""The main window: step navigator, step pages, live preview, menus, files, recovery.

A ``MainWindow`` owns one ``Session`` and the services built around it (checks, render
service, exporter), lays out navigator | pages | preview in a splitter, and wires the File,
Edit, View, Go and Help menus.

Start-up speed: before the first paint the window makes only its frame and menus, from
QtCore/QtGui/QtWidgets alone (not even ``QtCore.Qt``, whose enums PySide builds on first use,
tens of ms).  The brief, the services, the navigator and the first page follow in short
steps on the next turns of the event loop, and the other pages in small slices while the
person reads the first one (or at once, when they go to one).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefwriter.gui import accessibility, startup, window_actions
from briefwriter.gui.i18n import fill
from briefwriter.gui.settings import AUTOSAVE_KEY, Settings

if TYPE_CHECKING:
    from briefwriter.core.model import FieldPath
    from briefwriter.gui.app import WindowGroup
    from briefwriter.gui.context import AppContext
    from briefwriter.gui.files import DocumentController
    from briefwriter.gui.recovery import Autosaver
    from briefwriter.gui.session import Session
    from briefwriter.gui.steps.base import StepPage
    from briefwriter.gui.steps.registry import StepPages

BUILD_FALLBACK_MS = 1000


class Life(enum.Enum):
    """A window's life, in this order; only the window itself moves it on."""

    OPENING = "opening"  # the frame is on screen, the rest is being made
    OPEN = "open"
    CLOSING = "closing"  # Save was chosen on closing: the window goes once the save succeeds
    CLOSED = "closed"  # shut down: settings kept, recovery copy removed, worker stopped


class Made(enum.IntEnum):
    """How much of a window exists; each stage includes the ones before."""

    FRAME = 0  # the window, its menus and empty slots
    DOCUMENT = 1  # the session, file handling, autosave
    PARTS = 2  # checks, render service, navigator, page stack, preview
    ALL = 3  # the first page and checks too: complete (``built``)


class Parts:
    """How a window makes the pieces other modules provide (replaceable in tests).

    ``pages(ctx)`` makes every step page at once; ``page(ctx, step_id)``, when given, makes
    one, and the window then makes each page only when it is first needed.
    """

    def __init__(self, pages: Callable[[AppContext], list[StepPage]],
                 render: Callable[[Session, QObject], Any],
                 preview: Callable[[Any, QWidget], QWidget],
                 exporter: Callable[[Session, Any, Settings, QWidget], Any],
                 page: Callable[[AppContext, str], StepPage] | None = None) -> None:
        self.pages = pages
        self.render = render
        self.preview = preview
        self.exporter = exporter
        self.page = page


def default_parts() -> Parts:
    from briefwriter.gui.export import ExportController
    from briefwriter.gui.preview import PreviewPane
    from briefwriter.gui.render_service import RenderService
    from briefwriter.gui.steps.registry import create_step_page, create_step_pages

    return Parts(pages=create_step_pages, render=RenderService, preview=PreviewPane,
                 exporter=ExportController, page=create_step_page)


class MainWindow(QMainWindow):
    """One brief: navigator | step pages | preview, with menus and file handling.

    With ``deferred=True`` (the app's first window) only the frame and menus are made before
    the window is shown; the brief, checks, render worker, navigator, preview and the first
    page follow in short steps once the frame is on screen.  ``built`` is emitted when the
    window is complete (``ensure_built`` finishes it at once, on demand).  Other pages are
    made when first shown, or ahead of time while the app is idle.
    """

    closed = Signal()
    built = Signal()
    #: a close (or quit) that waited for a save will not happen: the save failed
    closeAbandoned = Signal()

    def __init__(self, settings: Settings, parts: Parts | None = None, *,
                 group: WindowGroup | None = None, deferred: bool = False,
                 delete_on_close: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.parts = parts
        if group is None:
            from briefwriter.gui.app import WindowGroup  # the app module imports this one

            group = WindowGroup(settings, parts)
        self.group = group
        self.group.add(self)
        self.life = Life.OPENING
        self._made = Made.FRAME
        self._delete_on_close = delete_on_close  # the app's windows free themselves
        self.drops: Any = None  # the drop filter, once the pages are made
        self.startup = startup.Startup(self._startup_steps(), self)
        self.startup.finished.connect(self._finish_build)

        self._build_frame()
        window_actions.create_actions(self)
        window_actions.create_menus(self)
        self._restore_settings()
        self.setAcceptDrops(True)
        self._update_title()
        # Deferred: built once the frame is on screen (or after a moment, if it never is).
        self._build_when_exposed = deferred
        if deferred:
            QTimer.singleShot(BUILD_FALLBACK_MS, self.startup.start)
        else:
            self.ensure_built()

    # -- layout ---------------------------------------------------------------------------
    def _build_frame(self) -> None:
        """What the window shows at once: slots for the navigator, the page and the preview."""
        self.navigator_slot = QWidget()
        QVBoxLayout(self.navigator_slot).setContentsMargins(0, 0, 0, 0)
        self.centre = QWidget()
        centre_layout = QVBoxLayout(self.centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        self.loading = QLabel(self.tr("Loading…"))
        self.loading.setObjectName("loading")  # centred by the style sheet
        centre_layout.addWidget(self.loading, 1)
        self.preview_slot = QWidget()
        self.preview_slot.setObjectName("previewPane")
        QVBoxLayout(self.preview_slot).setContentsMargins(0, 0, 0, 0)

        self.splitter = QSplitter()  # side by side
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigator_slot)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.preview_slot)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.setCentralWidget(self.splitter)
        self.statusBar()
        self.name_frame_parts()

    def name_frame_parts(self) -> None:
        """Accessible names of the splitter's handles and the size grip (again after a
        change of language)."""
        accessibility.name_splitter_handles(self.splitter, [
            self.tr("Resize the steps and the form"), self.tr("Resize the form and the preview")])
        accessibility.name_size_grips(self, self.tr("Resize the window"))

    # -- the rest, after the first paint ----------------------------------------------------
    def _startup_steps(self) -> list[startup.Step]:
        return [
            *startup.warm_up("document"), self._make_document,
            *startup.warm_up("services"), self._make_services,
            startup.qt_namespace, self._make_frame, self._make_preview,
            *startup.warm_up("page"), lambda: self.steps.prepare(0), self._show_first_page,
            *startup.warm_up("checks"), self._first_checks,
        ]

    def ensure_built(self) -> None:
        """Make everything the window needs now (once): the brief, services, frame, checks."""
        self._build_when_exposed = False
        self.startup.finish()

    def _ensure_document(self) -> None:
        # E.g. a file command in the first moments, before its turn came: make it now.
        if not self._has(Made.DOCUMENT):
            self._make_document()

    # The brief and its file handling are made just after the first paint; asking for them
    # earlier makes them at once.
    @property
    def session(self) -> Session:
        self._ensure_document()
        return self._session

    @property
    def documents(self) -> DocumentController:
        self._ensure_document()
        return self._documents

    @property
    def autosaver(self) -> Autosaver:
        self._ensure_document()
        return self._autosaver

    def _make_document(self) -> None:
        if self._has(Made.DOCUMENT):
            return
        from briefwriter.gui.files import DocumentController
        from briefwriter.gui.recovery import Autosaver
        from briefwriter.gui.session import Session
        from briefwriter.gui.widgets.safety_box import SafetyStatus

        self._made = Made.DOCUMENT
        self._session = Session(parent=self)
        self._documents = DocumentController(self._session, self.settings, self)
        self._autosaver = Autosaver(self._session,
                                    idle_ms=self.settings.autosave_seconds * 1000, parent=self)
        window_actions.add_undo_actions(self)
        self.session.modifiedChanged.connect(self._update_title)
        self.session.pathChanged.connect(self._update_title)
        self.session.reset.connect(self._on_reset)
        self.documents.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.documents.saveFailed.connect(self._on_save_failed)
        self._documents.files.busyChanged.connect(self._make_pages_ahead)
        self.autosaver.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.safety_status = SafetyStatus(self._session, self)
        self.statusBar().addPermanentWidget(self.safety_status)
        self.settings.changed.connect(self._on_setting_changed)
        self._update_title()

    def _make_services(self) -> None:
        from briefwriter.gui.checks import CheckRunner
        from briefwriter.gui.context import AppContext

        self._make_document()
        parts = self.parts if self.parts is not None else default_parts()
        self.parts = parts
        if self.group.parts is None:
            self.group.parts = parts
        self.checks = CheckRunner(self.session, self)
        self.render = parts.render(self.session, self)
        self.exporter = parts.exporter(self.session, self.render, self.settings, self)
        self.ctx = AppContext(self.session, self.settings, self.checks, self.render,
                              self.exporter)

    def _make_frame(self) -> None:
        """The navigator, the page stack and Back/Next, in tab order (the preview follows)."""
        from PySide6.QtWidgets import QStackedWidget

        from briefwriter.gui.navigator import StepNavigator
        from briefwriter.gui.steps.registry import StepPages

        parts = self.parts
        assert parts is not None
        self.navigator = StepNavigator()
        self.navigator_slot.layout().addWidget(self.navigator)
        self.stack = QStackedWidget()
        self.steps: StepPages = StepPages(self.ctx, self.stack, make_one=parts.page,
                                          make_all=parts.pages, tab_after=self.navigator,
                                          parent=self)
        self.navigator.set_steps(self.steps.titles())
        layout = self.centre.layout()
        layout.addWidget(self.stack, 1)
        self.step_buttons = self._step_buttons()
        layout.addWidget(self.step_buttons)
        self.navigator.stepSelected.connect(self.go_to_step)
        self.steps.pageAdded.connect(self._on_page_added)
        for page in self.steps.made():
            self._connect_page(page)

    def _make_preview(self) -> None:
        self._place_preview()
        self.checks.updated.connect(self._update_states)
        self._made = Made.PARTS
        for action in self.needs_parts:
            action.setEnabled(True)
        self.render.start()  # the worker warms up on another core while the rest is made

    def _place_preview(self) -> None:
        assert self.parts is not None
        self.preview = self.parts.preview(self.render, self.preview_slot)
        self.preview_slot.layout().addWidget(self.preview)
        toggled = getattr(self.preview, "paperTextToggled", None)
        if toggled is not None:  # the pane's own button: the View menu's tick follows it
            toggled.connect(self.paper_text_action.setChecked)

    def _show_first_page(self) -> None:
        self.loading.hide()
        self.go_to_step(0)

    def _first_checks(self) -> None:
        self.checks.run_now()

    def _finish_build(self) -> None:
        if self._made is Made.ALL or self.life is Life.CLOSED:
            return
        self._made = Made.ALL
        if self.life is Life.OPENING:
            self.life = Life.OPEN
        self._follow_steps()
        self.built.emit()

    def _follow_steps(self) -> None:
        self.steps.progressed.connect(self._update_states)  # a page class loaded: its state
        self.steps.allMade.connect(self._watch_drops)
        self._make_pages_ahead()  # the other pages, while the person reads the first

    def _make_pages_ahead(self, *_args: object) -> None:
        if self.life in (Life.OPEN, Life.CLOSING):
            # Held while a brief is read on the file thread: Python work here would hold it
            # up, and each step would wait for that thread to let go of Python's lock.
            self.steps.make_ahead(paused=self.documents.files.is_busy)

    def _watch_drops(self) -> None:
        """A brief dropped anywhere on the window opens, even on a text field.

        Installed once the pages are made: the filter sees every event of the application,
        and making a page sends thousands.
        """
        from briefwriter.gui.files import BriefDropFilter

        if self.drops is None and self.life is not Life.CLOSED:
            self.drops = BriefDropFilter(self, self.open_path)

    def _has(self, stage: Made) -> bool:
        return self._made >= stage

    def is_built(self) -> bool:
        return self._made is Made.ALL

    @property
    def pages(self) -> list[StepPage]:
        """Every step page in step order (those not made yet are made now); [] until built."""
        return self.steps.all() if self._has(Made.PARTS) else []

    def _connect_page(self, page: StepPage) -> None:
        page.requestStep.connect(self.show_step)
        page.requestFocus.connect(self.focus_field)

    def _on_page_added(self, index: int) -> None:
        self._connect_page(self.steps.page(index))

    def _step_buttons(self) -> QWidget:
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStyle

        buttons = QWidget()
        buttons.setObjectName("stepButtons")
        row = QHBoxLayout(buttons)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.back_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.step_label = QLabel()
        self.step_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        self.next_button.setLayoutDirection(
            QtCore.Qt.LayoutDirection.RightToLeft if self.isLeftToRight()
            else QtCore.Qt.LayoutDirection.LeftToRight)  # the arrow after the word, either way
        row.addWidget(self.back_button)
        row.addWidget(self.step_label, 1)
        row.addWidget(self.next_button)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        return buttons

    # -- actions and menus (gui/window_actions.py) ------------------------------------------
    def rebuild_recent_menu(self) -> None:
        """Fill Open Recent from the settings, forgetting files that no longer exist."""
        window_actions.rebuild_recent_menu(self)

    def export(self, kind: str) -> None:
        """Export PDF (``"pdf"``), HTML (``"html"``) or Word (``"docx"``), once the exporter
        exists."""
        if self._has(Made.PARTS):
            getattr(self.exporter, f"export_{kind}")()

    def zoom(self, name: str) -> None:
        """``"zoom_in"`` or ``"zoom_out"`` on the preview."""
        method = getattr(self.preview, name, None) if self._has(Made.PARTS) else None
        if callable(method):
            method()

    def open_path(self, path: Any) -> None:
        """Open the brief at ``path`` in this window (read in the background)."""
        self._ensure_document()
        self.documents.open_path(path)

    # -- steps ----------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.steps.index_of(self.stack.currentWidget()) if self._has(Made.PARTS) else -1

    def go_to_step(self, index: int) -> None:
        if not self._has(Made.PARTS) or not 0 <= index < len(self.steps):
            return
        self.stack.setCurrentWidget(self.steps.page(index))  # made now, on a first visit
        self.navigator.set_current(index)
        last = len(self.steps) - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < last)
        self.back_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < last)
        self.step_label.setText(fill(self.tr("Step %1 of %2: %3"), index + 1, last + 1,
                                     self.steps.titles()[index]))

    def next_step(self) -> None:
        self.go_to_step(self.current_step() + 1)

    def previous_step(self) -> None:
        self.go_to_step(self.current_step() - 1)

    def show_step(self, step_id: str) -> bool:
        if not self._has(Made.PARTS):
            return False
        for index, info in enumerate(self.steps.infos):
            if info.step_id == step_id:
                self.go_to_step(index)
                return True
        return False

    def focus_field(self, path: FieldPath) -> bool:
        """Show the page that edits ``path`` (made now if need be) and put the cursor there."""
        index = self.steps.owner(tuple(path)) if self._has(Made.PARTS) else -1
        if index < 0:
            return False
        self.go_to_step(index)
        return self.steps.page(index).focus_path(tuple(path))

    def _update_states(self, problems: list[Any] | None = None) -> None:
        if not self._has(Made.PARTS):
            return
        found = self.checks.problems if problems is None else problems
        states = self.steps.states(found)
        # A step whose page class is not loaded yet keeps its state until it is.
        self.navigator.set_states([self.navigator.state(row) if state is None else state
                                   for row, state in enumerate(states)])

    def _on_reset(self) -> None:
        self._update_title()
        self.go_to_step(0)

    # -- title, view ----------------------------------------------------------------------
    def _update_title(self, *_args: object) -> None:
        if self._has(Made.DOCUMENT):
            name, modified = self.documents.display_name(), self.session.is_modified()
        else:  # the same words as the session's, before it exists
            name, modified = QCoreApplication.translate("Session", "Untitled brief"), False
        self.setWindowTitle(fill(self.tr("%1[*] — BriefWriter"), name))
        self.setWindowModified(modified)

    def show_paper_text(self, on: bool) -> None:
        """The preview shows the paper's text (``on``) or its pages; the text shows the
        preview if it was hidden."""
        show = getattr(self.preview, "show_paper_text", None) if self._has(Made.PARTS) else None
        if not callable(show):
            return
        if on and not self.preview_action.isChecked():
            self.set_preview_visible(True)
        show(on)

    def set_preview_visible(self, on: bool) -> None:
        self.preview_slot.setVisible(on)
        if self.preview_action.isChecked() != on:
            self.preview_action.setChecked(on)


    # -- help, preferences (the dialogs themselves: gui/dialogs.py) ------------------------
    def show_welcome(self) -> None:
        """Help ▸ Welcome: new brief, examples, recent briefs, the guide (``gui.welcome``)."""
        from briefwriter.gui.welcome import show_welcome

        show_welcome(self)

    def change_language(self) -> None:
        """Show everything in the language now installed, keeping the brief, its undo
        history, the file, the step, the place on the page and the preview
        (see ``gui/language_switch.py``)."""
        from briefwriter.gui.language_switch import rebuild_in_new_language

        rebuild_in_new_language(self)

    def _on_setting_changed(self, key: str) -> None:
        if key == AUTOSAVE_KEY and self._has(Made.DOCUMENT):
            self.autosaver.set_idle_ms(self.settings.autosave_seconds * 1000)

    # -- recovery -------------------------------------------------------------------------
    def offer_recovery(self) -> int:
        """Offer the recovery copies left by a crash (see ``recovery.offer_recovery``)."""
        from briefwriter.gui.recovery import offer_recovery

        self._ensure_document()
        return offer_recovery(self)

    # -- first paint ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and watched is self.windowHandle():
            watched.removeEventFilter(self)
            if self._build_when_exposed:
                self._build_when_exposed = False
                self.startup.start()  # on the next turn, after this first paint
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if self._build_when_exposed and handle is not None:
            handle.installEventFilter(self)  # to build the rest once the frame is painted

    # -- settings and closing -------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.geometry
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._fit_screen()
        state = self.settings.window_state
        if not state.isEmpty():
            self.restoreState(state)
        sizes = self.settings.splitter_sizes
        if len(sizes) == self.splitter.count() and any(sizes):
            self.splitter.setSizes(sizes)
        else:
            width = self.width()
            nav = self.fontMetrics().averageCharWidth() * 34  # about the longest step name
            self.splitter.setSizes([nav, (width - nav) * 3 // 5, (width - nav) * 2 // 5])
        self.set_preview_visible(self.settings.show_preview)

    def _fit_screen(self, share: float = 0.88) -> None:
        """A first window: most of the screen's free area (without panels and docks), centred;
        the three panes need the room."""
        area = self.screen().availableGeometry()
        self.resize(round(area.width() * share), round(area.height() * share))
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def save_window_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_sizes = self.splitter.sizes()
        self.settings.show_preview = self.preview_action.isChecked()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to lose before the session exists, nor once the window has shut down
        # (after the save that a close was waiting for).
        if self.life is not Life.CLOSED and self._has(Made.DOCUMENT):
            decision = self.documents.confirm_discard(on_saved=self._close_after_save)
            if decision != "proceed":
                if decision == "saving":
                    self.life = Life.CLOSING
                event.ignore()
                return
        self.shutdown()
        if self._delete_on_close:
            self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        event.accept()

    def _close_after_save(self) -> None:
        self.shutdown()
        self.close()

    def _on_save_failed(self) -> None:
        if self.life is Life.CLOSING:
            self.life = Life.OPEN if self._made is Made.ALL else Life.OPENING
            self.closeAbandoned.emit()

    def shutdown(self) -> None:
        """The clean end of this window: settings kept, recovery copy removed, worker stopped."""
        if self.life is Life.CLOSED:
            return
        self.life = Life.CLOSED
        self.startup.stop()
        self.save_window_settings()
        if self._has(Made.DOCUMENT):
            self.documents.shutdown()
            self.autosaver.close()
        if self._has(Made.PARTS):
            self.render.shutdown()
            self.steps.stop()
        if self.drops is not None:
            self.drops.remove()
        self.closed.emit()
