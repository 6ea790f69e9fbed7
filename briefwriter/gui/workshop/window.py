"""The template workshop window: one pack's files, an editor, a live preview of the current
brief printed with the pack, and the pack's problems.  One window per pack folder.

Saving a file checks the pack again (``lint_pack`` in the "templates" lane) and prints the
brief with it (``sample.PackSampler``: the main window's worker, whose result carries the
render error's file and line for the Problems list).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.errors import TemplateError
from briefwriter.gui import dialogs, jobs
from briefwriter.gui.accessibility import name_size_grips, name_splitter_handles
from briefwriter.gui.context import AppContext
from briefwriter.gui.i18n import fill
from briefwriter.gui.preview import PreviewPane
from briefwriter.gui.worker_process import describe_error
from briefwriter.gui.workshop.documents import Document, DocumentSet
from briefwriter.gui.workshop.editor import CodeEditor, FindBar
from briefwriter.gui.workshop.problems import ProblemsList, render_problem
from briefwriter.gui.workshop.sample import PackSampler
from briefwriter.render.lint import LintProblem, lint_pack
from briefwriter.render.templates import load_pack

CHECK_LANE = "templates"
#: brief edits are let pause this long before the pack's preview is made again
BRIEF_DEBOUNCE_MS = 600
NAME_ROLE = Qt.ItemDataRole.UserRole


def _check(folder: Path) -> tuple[str, str, list[LintProblem]]:
    """The pack's title and entry (as far as its manifest can be read) and its problems."""
    try:
        pack = load_pack(folder)
        title, entry = pack.title, pack.entry
    except TemplateError:
        title, entry = folder.name, "template.html.j2"
    return title, entry, lint_pack(folder)


class WorkshopWindow(QMainWindow):
    """Edits the pack in ``folder``; ``customiseRequested(folder)`` from a bundled pack's bar.

    ``checked()`` after the problems were found again; ``previewShown(pdf)`` when a new
    preview is on screen; ``previewFailed(message)`` when the pack could not print the brief.
    """

    customiseRequested = Signal(str)
    checked = Signal()
    previewShown = Signal(str)
    previewFailed = Signal(str)

    def __init__(self, ctx: AppContext, folder: Path, parent: QWidget | None = None, *,
                 on_customise: Callable[[Path], object] | None = None) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)
            # Closing the owner first closes this window, with its unsaved-files question;
            # if this one stays open, so does the owner.
            parent.installEventFilter(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.folder = Path(folder).resolve()
        self.on_customise = on_customise
        self.pack_title = self.folder.name
        self.entry = "template.html.j2"
        self.files = DocumentSet(self.folder)  # given to the editor below
        self.current: Document | None = None
        self.closing = False
        self._close_when_saved = False
        self.sampler = PackSampler(ctx.render, self.folder, self)
        self._build()
        # The editor shows the files' documents without owning them: as its child the set
        # (and every document) outlives it, whichever order Qt tears the window down in.
        self.files.setParent(self.editor)
        self._build_menus()
        self._update_title()
        self.files.loaded.connect(self._on_loaded)
        self.files.loadFailed.connect(self._on_load_failed)
        self.files.modifiedChanged.connect(self._on_modified)
        self.files.saved.connect(self._on_saved)
        self.files.saveFailed.connect(self._on_save_failed)
        self._brief_timer = QTimer(self)
        self._brief_timer.setSingleShot(True)
        self._brief_timer.setInterval(BRIEF_DEBOUNCE_MS)
        self._brief_timer.timeout.connect(self.refresh_preview)
        ctx.session.changed.connect(self._on_brief_changed)
        ctx.session.reset.connect(self._on_brief_changed)
        self.sampler.started.connect(self.preview.show_updating)
        self.sampler.printed.connect(self._on_printed)
        self.sampler.failed.connect(self._on_print_failed)
        self.files.load()
        self.check_now()
        self.refresh_preview()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.file_list = QListWidget()
        self.file_list.setAccessibleName(self.tr("Pack files"))
        self.file_list.currentItemChanged.connect(self._on_file_chosen)
        files_label = QLabel(self.tr("&Files"))
        files_label.setBuddy(self.file_list)

        self.editor = CodeEditor()
        self.editor.setReadOnly(True)
        self.editor.cursorPositionChanged.connect(self._show_cursor_place)
        self.find_bar = FindBar(self.editor)
        self.read_only_bar = QFrame()
        self.read_only_bar.setObjectName("workshopReadOnly")
        self.read_only_bar.setStyleSheet(
            "#workshopReadOnly { background: #fff4d6; border: 1px solid #e5c66a; }")
        self.read_only_label = QLabel(self.tr(
            "Bundled templates cannot be changed — Customise… makes your own copy"))
        self.read_only_label.setWordWrap(True)
        self.customise_button = QPushButton(self.tr("&Customise…"))
        self.customise_button.setAccessibleName(self.tr("Customise this template"))
        self.customise_button.clicked.connect(self._customise)
        bar = QHBoxLayout(self.read_only_bar)
        bar.addWidget(self.read_only_label, 1)
        bar.addWidget(self.customise_button)
        self.read_only_bar.setVisible(self.files.read_only)
        self.file_note = QLabel()
        self.file_note.setWordWrap(True)
        self.file_note.hide()

        self.preview = PreviewPane(self.ctx.render, follow_previews=False)
        self.preview.view.setAccessibleName(self.tr("Preview of the brief with this template"))
        self.problems = ProblemsList()
        self.problems.placeChosen.connect(self.show_place)
        problems_label = QLabel(self.tr("P&roblems"))
        problems_label.setBuddy(self.problems)

        left = _column(files_label, self.file_list)
        middle = _column(self.read_only_bar, self.file_note, self.editor, self.find_bar)
        panes = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, self.preview):
            panes.addWidget(widget)
        panes.setStretchFactor(1, 3)
        panes.setStretchFactor(2, 2)
        panes.setSizes([190, 620, 470])
        bottom = _column(problems_label, self.problems)
        whole = QSplitter(Qt.Orientation.Vertical)
        whole.addWidget(panes)
        whole.addWidget(bottom)
        whole.setStretchFactor(0, 1)
        whole.setSizes([660, 120])
        name_splitter_handles(panes, [self.tr("Resize the file list and the editor"),
                                      self.tr("Resize the editor and the preview")])
        name_splitter_handles(whole, [self.tr("Resize the editor and the problems")])
        self.setCentralWidget(whole)
        self.place_label = QLabel()
        self.place_label.setMinimumWidth(self.place_label.fontMetrics().horizontalAdvance(
            fill(self.tr("Line %1, column %2"), 99999, 9999)))
        self.state_label = QLabel()
        self.statusBar().addWidget(self.state_label, 1)
        self.statusBar().addPermanentWidget(self.place_label)
        name_size_grips(self, self.tr("Resize the window"))
        self.resize(1280, 820)
        bar = self.find_bar
        chain = [self.customise_button, self.file_list, self.editor, bar.find_edit,
                 bar.next_button, bar.previous_button, bar.match_case, bar.close_button,
                 bar.replace_edit, bar.replace_button, bar.replace_all_button,
                 self.preview.zoom_out_button]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        self.setTabOrder(self.preview.view, self.problems)

    def _action(self, text: str, slot: Callable[[], object], keys: list[QKeySequence] | None
                = None) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        std = QKeySequence.StandardKey

        def keys(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
            return list(QKeySequence.keyBindings(standard)) or [QKeySequence(fallback)]
        self.save_action = self._action(self.tr("&Save"), self.save, keys(std.Save, "Ctrl+S"))
        self.save_all_action = self._action(self.tr("Save A&ll"), self.save_all,
                                            [QKeySequence("Ctrl+Shift+S")])
        self.check_action = self._action(self.tr("C&heck Now"), self.check_now,
                                         [QKeySequence("F5")])
        self.close_action = self._action(self.tr("&Close"), self.close,
                                         keys(std.Close, "Ctrl+W"))
        self.undo_action = self._action(self.tr("&Undo"), self.editor.undo,
                                        keys(std.Undo, "Ctrl+Z"))
        self.redo_action = self._action(self.tr("&Redo"), self.editor.redo,
                                        keys(std.Redo, "Ctrl+Shift+Z"))
        self.find_action = self._action(self.tr("&Find…"), self.open_find,
                                        keys(std.Find, "Ctrl+F"))
        self.replace_action = self._action(self.tr("R&eplace…"), self.open_replace,
                                           [QKeySequence("Ctrl+H")])
        self.go_to_line_action = self._action(self.tr("&Go to Line…"), self.ask_line,
                                              [QKeySequence("Ctrl+L")])
        self.editor.undoAvailable.connect(self.undo_action.setEnabled)
        self.editor.redoAvailable.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.save_action, self.save_all_action])
        file_menu.addSeparator()
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.replace_action, self.go_to_line_action])
        self._update_actions()

    # -- files ---------------------------------------------------------------------------------
    def _on_loaded(self) -> None:
        for document in self.files.documents:
            label = document.name
            if not document.editable:
                label = fill(self.tr("%1 (not editable: %2)"), document.name,
                             document.note or self.tr("an asset"))
            item = QListWidgetItem(label)
            item.setData(NAME_ROLE, document.name)
            self.file_list.addItem(item)
        first = next((d for d in self.files.documents if d.name == self.entry), None) or \
            next((d for d in self.files.documents if d.editable), None)
        if first is not None:
            self.open_file(first.name)

    def _on_load_failed(self, message: str) -> None:
        self.state_label.setText(fill(self.tr("The template's files could not be read: %1"),
                                      message))

    def open_file(self, name: str) -> Document | None:
        """Show the file ``name`` of the pack in the editor (its item selected)."""
        document = self.files.find(name)
        if document is None:
            return None
        for row in range(self.file_list.count()):
            item = self.file_list.item(row)
            if item.data(NAME_ROLE) == name and self.file_list.currentItem() is not item:
                self.file_list.setCurrentItem(item)  # comes back here through the signal
                return document
        if self.current is not document:
            self.current = document
            self.editor.show_document(document.text_document, read_only=document.read_only)
            self.editor.setAccessibleName(fill(self.tr("Text of %1"), document.name))
            note = ""
            if not document.editable:
                note = fill(self.tr("%1 cannot be edited here (%2)."), document.name,
                            document.note or self.tr("an image, font or other asset"))
            self.file_note.setText(note)
            self.file_note.setVisible(bool(note))
            self._update_actions()
            self._show_cursor_place()
        return document

    def _on_file_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.open_file(str(item.data(NAME_ROLE)))

    def _update_title(self) -> None:
        self.setWindowTitle(fill(self.tr("%1[*] — Template workshop"), self.pack_title))

    def _on_modified(self) -> None:
        modified = self.files.modified()
        self.setWindowModified(bool(modified))
        names = {d.name for d in modified}
        for row in range(self.file_list.count()):
            item = self.file_list.item(row)
            name = str(item.data(NAME_ROLE))
            document = self.files.find(name)
            shown = name if document is None or document.editable else item.text()
            item.setText(f"{shown} *" if name in names else shown)
        self._update_actions()

    def _update_actions(self) -> None:
        editable = self.current is not None and not self.current.read_only
        self.save_action.setEnabled(editable and self.current is not None
                                    and self.current.modified)
        self.save_all_action.setEnabled(bool(self.files.modified()))
        self.replace_action.setEnabled(editable)

    def _show_cursor_place(self) -> None:
        line, column = self.editor.cursor_place()
        self.place_label.setText(fill(self.tr("Line %1, column %2"), line, column))

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        if self.current is not None and self.current.modified and not self.current.read_only:
            self.state_label.setText(self.tr("Saving…"))
            self.files.save([self.current])

    def save_all(self, done: Callable[[], object] | None = None) -> None:
        modified = self.files.modified()
        if modified:
            self.state_label.setText(self.tr("Saving…"))
            self.files.save(modified, done)

    def _on_saved(self, names: list[str]) -> None:
        self.state_label.setText(fill(self.tr("Saved %1."), ", ".join(names)))
        self._update_actions()
        if self._close_when_saved and not self.files.saving:
            self._close_when_saved = False
            QTimer.singleShot(0, self, self.close)
            return
        if not self.closing:
            self.check_now()
            self.refresh_preview()

    def _on_save_failed(self, message: str) -> None:
        self._close_when_saved = False
        self.state_label.setText("")
        dialogs.show_error(self, self.tr("The file could not be saved"), message)

    # -- checks and the preview ----------------------------------------------------------------
    def check_now(self) -> None:
        """Find the pack's problems again (in the templates lane)."""
        folder = self.folder
        jobs.Job(self, lambda: _check(folder), lane=CHECK_LANE).newest_wins() \
            .success(self._on_checked).failure(self._on_check_failed).run()

    def _on_checked(self, found: tuple[str, str, list[LintProblem]]) -> None:
        self.pack_title, self.entry, problems = found
        self._update_title()
        self.problems.set_lint(problems)
        self.checked.emit()

    def _on_check_failed(self, error: Exception) -> None:
        if not isinstance(error, (OSError, TemplateError)):
            raise error
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.state_label.setText(fill(self.tr("The template could not be checked: %1"),
                                      reason))

    def _on_brief_changed(self, *_args: object) -> None:
        self._brief_timer.start()

    def refresh_preview(self) -> None:
        """Print the current brief with this pack again (newest wins)."""
        if not self.closing:
            self.sampler.request()

    def _on_printed(self, pdf: str, warnings: list[str]) -> None:
        self.preview.show_pdf(pdf, warnings)
        self.problems.set_render_error(None)
        self.previewShown.emit(pdf)

    def _on_print_failed(self, error: dict[str, Any]) -> None:
        message = describe_error(error)
        self.preview.show_failure(message)
        if error.get("kind") != "cancelled":
            self.problems.set_render_error(render_problem(error, self.entry))
        self.previewFailed.emit(message)

    # -- going places ---------------------------------------------------------------------------
    def show_place(self, file: str, line: int, column: int) -> None:
        """Open ``file`` with the cursor at ``line`` and ``column`` (0: not known)."""
        if self.open_file(file) is None:
            return
        if line:
            self.editor.go_to(line, column or 1)
        self.editor.setFocus()

    def open_find(self) -> None:
        self.find_bar.open_bar(replacing=False)

    def open_replace(self) -> None:
        self.find_bar.open_bar(replacing=True)

    def ask_line(self) -> None:
        line, _column = self.editor.cursor_place()
        chosen, ok = QInputDialog.getInt(self, self.tr("Go to Line"), fill(
            self.tr("&Line (1 to %1):"), self.editor.blockCount()), line, 1,
            max(1, self.editor.blockCount()))
        if ok:
            self.editor.go_to(chosen)
            self.editor.setFocus()

    def _customise(self) -> None:
        self.customiseRequested.emit(str(self.folder))
        if self.on_customise is not None:
            self.on_customise(self.folder)

    # -- closing -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close \
                and self.isVisible() and not self.closing and not self.close():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        modified = self.files.modified()
        if modified or self.files.saving:
            event.ignore()
            if self.files.saving:
                self._close_when_saved = True  # a save under way: close once it is done
                return
            answer = dialogs.ask_save_changes(self, ", ".join(d.name for d in modified))
            if answer == "save":
                self.save_all(self.close)
                return
            if answer != "discard":
                return
            for document in modified:
                document.text_document.setModified(False)
        self.closing = True
        self._brief_timer.stop()
        self.sampler.stop()
        event.accept()


def _column(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(4)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def find_workshop(folder: Path) -> WorkshopWindow | None:
    """The open workshop on ``folder``, if any."""
    wanted = Path(folder).resolve()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, WorkshopWindow) and widget.folder == wanted \
                and not widget.closing:
            return widget
    return None


def open_workshop(ctx: AppContext, folder: Path, parent: QWidget | None = None, *,
                  on_customise: Callable[[Path], object] | None = None) -> WorkshopWindow:
    """Show the workshop on ``folder``: the one already open is raised, else one is made."""
    window = find_workshop(folder)
    if window is None:
        window = WorkshopWindow(ctx, folder, parent, on_customise=on_customise)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
