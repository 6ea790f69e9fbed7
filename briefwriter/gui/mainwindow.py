"""The main window: step navigator, step pages, live preview, menus, files, recovery.

A ``MainWindow`` owns one ``Session`` and the services built around it (checks, render
service, exporter), lays out navigator | pages | preview in a splitter, and wires the File,
Edit, View, Go and Help menus.

Start-up speed: what runs before the first paint avoids the dialogs, the storage code and
even ``QtCore.Qt`` (PySide builds all of that namespace's enums on first use, tens of ms);
everything else is made just after the window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.model import FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.files import BriefDropFilter, DocumentController
from briefwriter.gui.i18n import fill
from briefwriter.gui.recovery import Autosaver, offer_recovery
from briefwriter.gui.session import Session
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.base import STEP_ORDER, StepPage

if TYPE_CHECKING:
    from briefwriter.gui.app import WindowGroup

BUILD_FALLBACK_MS = 1000


def _dialogs() -> ModuleType:
    # Imported on first use: the dialogs' widgets are not needed to put the window on screen.
    from briefwriter.gui import dialogs

    return dialogs


@dataclass
class Parts:
    """How a window makes the pieces other modules provide (replaceable in tests)."""

    pages: Callable[[AppContext], list[StepPage]]
    render: Callable[[Session, QObject], Any]
    preview: Callable[[Any, QWidget], QWidget]
    exporter: Callable[[Session, Any, Settings, QWidget], Any]


def default_parts() -> Parts:
    from briefwriter.gui.export import ExportController
    from briefwriter.gui.preview import PreviewPane
    from briefwriter.gui.render_service import RenderService
    from briefwriter.gui.steps.registry import create_step_pages

    return Parts(pages=create_step_pages, render=RenderService, preview=PreviewPane,
                 exporter=ExportController)


class MainWindow(QMainWindow):
    """One brief: navigator | step pages | preview, with menus and file handling.

    With ``deferred=True`` (the app's first window) only the frame, menus and file handling
    are made before the window is shown; the pages, checks, preview and render worker
    follow on the first turn of the event loop, so the window appears at once.  ``built``
    is emitted when everything is there (``ensure_built`` finishes it on demand).
    """

    closed = Signal()
    built = Signal()

    def __init__(self, settings: Settings, parts: Parts | None = None, *,
                 group: WindowGroup | None = None, deferred: bool = False) -> None:
        super().__init__()
        self.settings = settings
        self.parts = parts
        if group is None:
            from briefwriter.gui.app import WindowGroup  # the app module imports this one

            group = WindowGroup(settings, parts)
        self.group = group
        self.group.add(self)
        self.close_pending = False  # a close waits for a save to finish
        self.delete_on_close = False  # the app's windows free themselves once closed
        self._close_ok = False
        self._shut_down = False
        self._built = False
        self.pages: list[StepPage] = []

        self.session = Session(parent=self)
        self.documents = DocumentController(self.session, settings, self)
        self.autosaver = Autosaver(self.session, idle_ms=settings.autosave_seconds * 1000,
                                   parent=self)
        self._build_frame()
        self._create_actions()
        self._create_menus()
        self._connect()
        self._restore_settings()
        self.setAcceptDrops(True)
        self._update_title()
        # Deferred: built once the frame is on screen (or after a moment, if it never is).
        self._build_when_exposed = deferred
        if deferred:
            QTimer.singleShot(BUILD_FALLBACK_MS, self.ensure_built)
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

    def ensure_built(self) -> None:
        """Make the checks, render service, exporter, pages and preview (once)."""
        if self._built or self._shut_down:
            return
        self._build_when_exposed = False
        from briefwriter.gui.checks import CheckRunner  # the checks' imports are not small

        parts = self.parts if self.parts is not None else default_parts()
        self.parts = parts
        if self.group.parts is None:
            self.group.parts = parts
        self.checks = CheckRunner(self.session, self)
        self.render = parts.render(self.session, self)
        self.exporter = parts.exporter(self.session, self.render, self.settings, self)
        self.ctx = AppContext(self.session, self.settings, self.checks, self.render,
                              self.exporter)
        order = {step: i for i, step in enumerate(STEP_ORDER)}
        self.pages = sorted(parts.pages(self.ctx), key=lambda p: order.get(p.step_id, 99))

        # Created in tab order: the navigator, the page, Back/Next, then the preview.
        from briefwriter.gui.navigator import StepNavigator  # with its icons, after first paint

        self.navigator = StepNavigator()
        self.navigator.set_steps([page.title() for page in self.pages])
        self.navigator_slot.layout().addWidget(self.navigator)
        layout = self.centre.layout()
        self.stack = QStackedWidget()
        for page in self.pages:
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self._step_buttons())
        self.loading.hide()
        self.preview = parts.preview(self.render, self.preview_slot)
        self.preview_slot.layout().addWidget(self.preview)

        self.navigator.stepSelected.connect(self.go_to_step)
        for page in self.pages:
            page.requestStep.connect(self.show_step)
            page.requestFocus.connect(self.focus_field)
        self.checks.updated.connect(self._update_states)
        # A brief dropped anywhere on the window opens, even on a text field.
        self.drops = BriefDropFilter(self, self.documents.open_path)
        self._built = True
        for action in self._needs_parts:
            action.setEnabled(True)
        self.go_to_step(0)
        self.checks.run_now()
        self.render.start()
        self.built.emit()

    def is_built(self) -> bool:
        return self._built

    def _step_buttons(self) -> QWidget:
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

    # -- actions and menus ----------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object], *,
                standard: QKeySequence.StandardKey | None = None,
                fallback: str | list[str] = "", tip: str = "") -> QAction:
        action = QAction(text, self)
        keys: list[QKeySequence] = []
        if standard is not None:
            keys = list(QKeySequence.keyBindings(standard))
        if not keys and fallback:
            keys = [QKeySequence(k) for k in ([fallback] if isinstance(fallback, str)
                                              else fallback)]
        if keys:
            action.setShortcuts(keys)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work even when the menu bar is hidden
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        docs = self.documents
        self.new_action = self._action(self.tr("&New"), docs.new_brief, standard=key.New,
                                       tip=self.tr("Start a new, empty brief"))
        self.open_action = self._action(self.tr("&Open…"), docs.open_dialog, standard=key.Open,
                                        tip=self.tr("Open a brief file"))
        self.save_action = self._action(self.tr("&Save"), docs.save, standard=key.Save,
                                        tip=self.tr("Save the brief"))
        self.save_as_action = self._action(self.tr("Save &As…"), docs.save_as,
                                           standard=key.SaveAs, fallback="Ctrl+Shift+S",
                                           tip=self.tr("Save the brief under a new name"))
        self.export_pdf_action = self._action(
            self.tr("&Export PDF…"), lambda: self._built and self.exporter.export_pdf(),
            fallback="Ctrl+E", tip=self.tr("Export the brief as a PDF file"))
        self.export_html_action = self._action(
            self.tr("Export &HTML…"), lambda: self._built and self.exporter.export_html(),
            fallback="Ctrl+Shift+E", tip=self.tr("Export the brief as a web page"))
        self.close_action = self._action(self.tr("&Close"), self.close, standard=key.Close,
                                         fallback="Ctrl+W", tip=self.tr("Close this window"))
        self.quit_action = self._action(self.tr("&Quit"), self.group.quit_all,
                                        standard=key.Quit, fallback="Ctrl+Q",
                                        tip=self.tr("Close all windows and quit"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(key.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(key.Redo))
        self.addActions([self.undo_action, self.redo_action])
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences,
                                               standard=key.Preferences, fallback="Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.preview_action = self._action(self.tr("Show &Preview"), lambda: None,
                                           fallback="Ctrl+Shift+P",
                                           tip=self.tr("Show or hide the PDF preview"))
        self.preview_action.setCheckable(True)
        self.preview_action.toggled.connect(self.set_preview_visible)
        self.zoom_in_action = self._action(self.tr("Zoom &In"), lambda: self._zoom("zoom_in"),
                                           standard=key.ZoomIn)
        self.zoom_out_action = self._action(self.tr("Zoom &Out"),
                                            lambda: self._zoom("zoom_out"),
                                            standard=key.ZoomOut)

        self.back_action = self._action(self.tr("&Previous Step"), self.previous_step,
                                        fallback=["Alt+Left", "Ctrl+PgUp"])
        self.next_action = self._action(self.tr("&Next Step"), self.next_step,
                                        fallback=["Alt+Right", "Ctrl+PgDown"])
        self.guide_action = self._action(self.tr("&Getting Started"), self.show_getting_started,
                                         standard=key.HelpContents, fallback="F1")
        self.about_action = self._action(self.tr("&About BriefWriter"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        # Usable once the pages, preview and exporter exist (at once, or just after showing).
        self._needs_parts = [self.export_pdf_action, self.export_html_action,
                             self.zoom_in_action, self.zoom_out_action, self.back_action,
                             self.next_action]
        for action in self._needs_parts:
            action.setEnabled(False)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.rebuild_recent_menu)
        self.rebuild_recent_menu()
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_pdf_action, self.export_html_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.preview_action)
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action])

        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addActions([self.back_action, self.next_action])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.about_action])
        # The button that shows menus which do not fit (narrow window, large text).
        overflow = bar.findChild(QToolButton, "qt_menubar_ext_button")
        if overflow is not None:
            overflow.setAccessibleName(self.tr("More menus"))

    def rebuild_recent_menu(self) -> None:
        """Fill Open Recent from the settings, forgetting files that no longer exist."""
        menu: QMenu = self.recent_menu
        menu.clear()
        paths = self.settings.existing_recent_files()
        for number, path in enumerate(paths, start=1):
            mnemonic = f"&{number} " if number < 10 else "1&0 "
            action = menu.addAction(mnemonic + path.name.replace("&", "&&"))
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.documents.open_path(p))
        if not paths:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.settings.clear_recent_files)

    def _connect(self) -> None:
        self.session.modifiedChanged.connect(self._update_title)
        self.session.pathChanged.connect(self._update_title)
        self.session.reset.connect(self._on_reset)
        self.documents.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.documents.saveFailed.connect(self._on_save_failed)
        self.autosaver.failed.connect(lambda text: self.statusBar().showMessage(text, 10000))

    # -- steps ----------------------------------------------------------------------------
    def current_step(self) -> int:
        return self.stack.currentIndex() if self._built else -1

    def go_to_step(self, index: int) -> None:
        if not self._built or not 0 <= index < len(self.pages):
            return
        self.stack.setCurrentIndex(index)
        self.navigator.set_current(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.back_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < len(self.pages) - 1)
        self.step_label.setText(fill(self.tr("Step %1 of %2: %3"), index + 1, len(self.pages),
                                     self.pages[index].title()))

    def next_step(self) -> None:
        self.go_to_step(self.current_step() + 1)

    def previous_step(self) -> None:
        self.go_to_step(self.current_step() - 1)

    def show_step(self, step_id: str) -> bool:
        for index, page in enumerate(self.pages):
            if page.step_id == step_id:
                self.go_to_step(index)
                return True
        return False

    def focus_field(self, path: FieldPath) -> bool:
        """Show the page that edits ``path`` and put the cursor there."""
        for index, page in enumerate(self.pages):
            if page.owns_path(tuple(path)):
                self.go_to_step(index)
                return page.focus_path(tuple(path))
        return False

    def _update_states(self, problems: list[Any] | None = None) -> None:
        if not self._built:
            return
        found = self.checks.problems if problems is None else problems
        self.navigator.set_states([page.state(found) for page in self.pages])

    def _on_reset(self) -> None:
        self._update_title()
        self.go_to_step(0)

    # -- title, view ----------------------------------------------------------------------
    def _update_title(self, *_args: object) -> None:
        self.setWindowTitle(fill(self.tr("%1[*] — BriefWriter"), self.session.display_name()))
        self.setWindowModified(self.session.is_modified())

    def set_preview_visible(self, on: bool) -> None:
        self.preview_slot.setVisible(on)
        if self.preview_action.isChecked() != on:
            self.preview_action.setChecked(on)

    def _zoom(self, name: str) -> None:
        method = getattr(self.preview, name, None) if self._built else None
        if callable(method):
            method()

    # -- help, preferences ----------------------------------------------------------------
    def show_getting_started(self) -> None:
        dialog = _dialogs().getting_started_dialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def maybe_show_getting_started(self) -> None:
        """On the first run (and while the setting says so), show the guide."""
        if self.settings.show_getting_started:
            self.settings.show_getting_started = False
            self.show_getting_started()

    def show_about(self) -> None:
        dialog = _dialogs().about_dialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_preferences(self) -> None:
        dialog = _dialogs().PreferencesDialog(self.settings, self)
        if dialog.exec():
            self.autosaver.set_idle_ms(self.settings.autosave_seconds * 1000)
        dialog.deleteLater()

    # -- recovery -------------------------------------------------------------------------
    def offer_recovery(self) -> int:
        """Offer the recovery copies left by a crash (see ``recovery.offer_recovery``)."""
        return offer_recovery(self)

    # -- first paint ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and watched is self.windowHandle():
            watched.removeEventFilter(self)
            if self._build_when_exposed:
                self._build_when_exposed = False
                QTimer.singleShot(0, self.ensure_built)  # after this first paint
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
            metrics = self.fontMetrics()
            self.resize(metrics.averageCharWidth() * 190, metrics.height() * 45)
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

    def save_window_settings(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_sizes = self.splitter.sizes()
        self.settings.show_preview = self.preview_action.isChecked()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_ok:
            decision = self.documents.confirm_discard(on_saved=self._close_after_save)
            self.close_pending = decision == "saving"
            if decision != "proceed":
                event.ignore()
                return
        self.shutdown()
        if self.delete_on_close:
            self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        event.accept()

    def _close_after_save(self) -> None:
        self.close_pending = False
        self._close_ok = True
        quitting = self.group.quitting
        if self.close() and quitting:
            self.group.quit_all()

    def _on_save_failed(self) -> None:
        self.close_pending = False
        self.group.quitting = False

    def shutdown(self) -> None:
        """The clean end of this window: settings kept, recovery copy removed, worker stopped."""
        if self._shut_down:
            return
        self._shut_down = True
        self.save_window_settings()
        self.documents.shutdown()
        self.autosaver.close()
        if self._built:
            self.render.shutdown()
        if self._built:
            self.drops.remove()
        self.closed.emit()
