"""Opening and saving brief files off the GUI thread, and the New/Open/Save commands.

``FileService`` runs ``core.storage`` (validation; atomic save with ``.bak``) as background
jobs in the app's one file lane (``gui.jobs``), one at a time in request order, so a save
never races another save or an open and the window stays responsive.
``DocumentController`` decides what each File command does, asks about unsaved changes and
offers Save As when a file may not be written, and opens an example as an untitled copy (the
example, perhaps inside a read-only installed app, is never written); ``BriefDropFilter``
opens dropped briefs.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from briefwriter.core.brand import in_house_style
from briefwriter.core.errors import BriefWriterError, SaveError
from briefwriter.core.model import Brief, new_brief, slugify
from briefwriter.gui import jobs
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session
from briefwriter.gui.settings import Settings
from briefwriter.paths import examples_dir

if TYPE_CHECKING:
    from briefwriter.core.storage import LoadResult

translate = QCoreApplication.translate


def _dialogs() -> ModuleType:
    # Imported on first use: the dialogs' widgets are not needed to put the window on screen.
    from briefwriter.gui import dialogs

    return dialogs


def _storage() -> ModuleType:
    # Imported on first use (normally on the file thread): YAML and schema validation are
    # not needed to show the window.
    from briefwriter.core import storage

    return storage


def load_error_message(path: Path, error: BaseException) -> str:
    """What to tell the person when ``path`` could not be opened."""
    if isinstance(error, BriefWriterError):
        return str(error)  # the core's plain words, naming the file, line and field
    if isinstance(error, OSError):
        return fill(translate("FileService", "%1 could not be opened: %2."), path,
                    error.strerror or error)
    return fill(translate("FileService", "%1 could not be opened because of an unexpected "
                          "problem: %2"), path, f"{type(error).__name__}: {error}")


#: ``SaveError.code`` values that mean "this place cannot be written": Save As may help.
SAVE_ELSEWHERE = frozenset({"read-only-file", "read-only-folder", "read-only-disk"})

FILES_LANE = "files"  # one queue for every open and save in the app: no two race


def _save(brief: Brief, path: Path) -> None:
    try:
        _storage().save_brief(brief, path)
    except BriefWriterError:
        raise
    except Exception as error:  # a bug, not the disk: still say whether the file is intact
        raise SaveError(path, f"an unexpected problem ({type(error).__name__}: {error})",
                        previous=path.is_file()) from error


class FileService(QObject):
    """Runs opens and saves in the background, in order; reports back on the GUI thread.

    Signals (``request`` is the id returned by ``load``/``save``):
    - ``loaded(request, path, LoadResult)`` / ``loadFailed(request, path, message)``;
    - ``saved(request, path)`` / ``saveFailed(request, path, message, code)``, ``code``
      being the ``SaveError`` code ("" when there is none; see ``SAVE_ELSEWHERE``);
    - ``busyChanged(bool)``: whether any job is queued or running.
    """

    loaded = Signal(int, object, object)
    loadFailed = Signal(int, object, str)
    saved = Signal(int, object)
    saveFailed = Signal(int, object, str, str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._busy = False

    def is_busy(self) -> bool:
        return jobs.busy(self)

    def load(self, path: Path) -> int:
        """Start reading ``path``; the answer is ``loaded`` or ``loadFailed``."""
        request = next(self._ids)

        # Busy is updated first: the answer may open a dialog, and nothing is running then.
        def done(result: LoadResult) -> None:
            self._update_busy()
            self.loaded.emit(request, path, result)

        def failed(error: Exception) -> None:
            self._update_busy()
            self.loadFailed.emit(request, path, load_error_message(path, error))

        jobs.Job(self, lambda: _storage().load_brief(path), lane=FILES_LANE) \
            .success(done).failure(failed).run()
        self._update_busy()
        return request

    def save(self, brief: Brief, path: Path) -> int:
        """Start writing ``brief`` to ``path``; the answer is ``saved`` or ``saveFailed``.

        The brief is copied now, so edits made while the save runs are not half-written.
        """
        request = next(self._ids)
        snapshot = copy.deepcopy(brief)

        def done(_result: None) -> None:
            self._update_busy()
            self.saved.emit(request, path)

        def failed(error: Exception) -> None:
            self._update_busy()
            # ``_save`` raises only BriefWriterErrors: plain words naming the file and reason,
            # and whether a previous version is there, unchanged.
            code = error.code if isinstance(error, SaveError) else ""
            self.saveFailed.emit(request, path, str(error), code)

        jobs.Job(self, lambda: _save(snapshot, path), lane=FILES_LANE) \
            .success(done).failure(failed).run()
        self._update_busy()
        return request

    def wait(self, msecs: int) -> bool:
        """Block until queued jobs finish, at most ``msecs`` (only at shutdown); delivers
        their results."""
        return jobs.wait(self, msecs)

    def _update_busy(self) -> None:
        busy = self.is_busy()
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


class DocumentController(QObject):
    """New, Open, Save and Save As for one window, and the unsaved-changes question.

    Signals: ``opened(path)`` after a brief was opened, ``openedCopy(path)`` after ``path``
    was opened as an untitled copy, ``savedTo(path)`` after a save, ``status(message)`` for
    the status bar, ``saveFailed()`` when a save did not happen.
    """

    opened = Signal(object)
    openedCopy = Signal(object)
    savedTo = Signal(object)
    saveFailed = Signal()
    status = Signal(str)

    def __init__(self, session: Session, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.session = session
        self.settings = settings
        self.window = window
        self.files = FileService(self)
        self._closed = False
        self._saves: dict[int, tuple[int, Callable[[], None] | None]] = {}
        self._copy_requests: set[int] = set()  # loads to be opened as untitled copies
        # The brief that is an untitled copy, and the title it was copied from: named so
        # until it is saved or replaced.
        self._copy_of: tuple[Brief, str] | None = None
        self.files.saved.connect(self._on_saved)
        self.files.saveFailed.connect(self._on_save_failed)
        self.files.loaded.connect(self._on_loaded)
        self.files.loadFailed.connect(self._on_load_failed)

    def shutdown(self) -> None:
        """The window is closing: let queued file work finish (bounded), act on none of it."""
        self._closed = True
        self.files.wait(10_000)

    # -- the unsaved-changes question -----------------------------------------------------
    def confirm_discard(self, on_saved: Callable[[], None]) -> str:
        """Before the brief is replaced or closed: may it go?

        "proceed" (nothing unsaved, or the person chose Discard), "cancel", or "saving"
        (Save was chosen: ``on_saved`` runs once the save has succeeded, never if it fails
        or Save As is cancelled).
        """
        if not self.session.is_modified():
            return "proceed"
        answer = _dialogs().ask_save_changes(self.window, self.display_name())
        if answer == "discard":
            return "proceed"
        if answer == "save":
            return "saving" if self.save(then=on_saved) else "cancel"
        return "cancel"

    def guard(self, then: Callable[[], None]) -> None:
        """Run ``then`` once unsaved changes are saved or discarded (not if cancelled)."""
        if self.confirm_discard(on_saved=then) == "proceed":
            then()

    def display_name(self) -> str:
        """The brief's name for the title bar and questions: its file's, "Untitled brief",
        or, for an untitled copy of an example, which example it is a copy of."""
        copy_of = self._copy_of
        if self.session.path is None and copy_of is not None \
                and copy_of[0] is self.session.brief:
            return fill(translate("DocumentController", "Copy of the example “%1”"), copy_of[1])
        return self.session.display_name()

    def is_fresh(self) -> bool:
        """Whether the window holds a new brief nobody has touched yet (no file, no edits,
        not a copy of an example)."""
        return (self.session.path is None and not self.session.is_modified()
                and self.session.undo_stack.count() == 0
                and (self._copy_of is None or self._copy_of[0] is not self.session.brief))

    # -- new / open -----------------------------------------------------------------------
    def new_brief(self) -> None:
        self.guard(self._start_new)

    def _start_new(self) -> None:
        """A new brief in the house style, with the saved organisation profile filled in;
        the profile's logo is read from the profile's folder until the first save copies
        it next to the brief (``carry_logo``)."""
        from briefwriter.core.profile import with_profile

        brief, logo_folder = with_profile(in_house_style(new_brief()))
        self._replace(brief, None)
        if logo_folder is not None:
            self.session.choose_folder(logo_folder)

    def open_dialog(self, parent: QWidget | None = None) -> bool:
        """File ▸ Open: choose a brief (the chooser over ``parent``, else the window) and
        open it; False when none was chosen."""
        path = _dialogs().get_open_path(parent or self.window, self._start_folder())
        if path is not None:
            self.open_path(path)
        return path is not None

    def open_path(self, path: Path) -> None:
        """Read ``path`` in the background; the current brief stays until it has loaded."""
        path = Path(path).absolute()
        self.status.emit(fill(translate("DocumentController", "Opening %1…"), path.name))
        self.files.load(path)

    def open_copy(self, path: Path) -> None:
        """Read ``path`` (an example) in the background and open it as an untitled copy:
        Save asks where to put it, so the file itself is never written."""
        path = Path(path).absolute()
        self.status.emit(fill(translate("DocumentController", "Opening %1…"), path.name))
        self._copy_requests.add(self.files.load(path))

    def _on_loaded(self, request: int, path: Path, result: LoadResult) -> None:
        as_copy = request in self._copy_requests
        self._copy_requests.discard(request)
        if self._closed:
            return
        # Asked only now, so a file that fails to open costs the person nothing.
        if as_copy:
            self.guard(lambda: self._adopt_copy(path, result))
        else:
            self.guard(lambda: self._adopt(path, result))

    def _adopt(self, path: Path, result: LoadResult) -> None:
        self._replace(result.brief, path)
        self.settings.add_recent_file(path)
        message = fill(translate("DocumentController", "Opened %1."), path.name)
        if result.migrated_from is not None:
            message += " " + fill(translate("DocumentController", "It uses file format %1 "
                                            "and will be updated when you save."),
                                  result.migrated_from)
        self.status.emit(message)
        self._show_notes(path, result)
        self.opened.emit(path)

    def _adopt_copy(self, path: Path, result: LoadResult) -> None:
        # Named as a copy from the start: the title bar follows the replacement at once.
        self._copy_of = (result.brief, result.brief.title.strip() or path.name)
        self._replace(result.brief, None)
        # Its logo is read beside the example until the first save copies it along.
        self.session.choose_folder(path.parent)
        self.status.emit(fill(translate(
            "DocumentController", "Opened a copy of %1. Save it to keep your changes; the "
            "example itself stays as it is."), path.name))
        self._show_notes(path, result)
        self.openedCopy.emit(path)

    def _show_notes(self, path: Path, result: LoadResult) -> None:
        if result.warnings:
            notes = "\n".join(f"• {p.describe(path)}" for p in result.warnings)
            _dialogs().show_info(self.window, translate("DocumentController", "Opened with Notes"),
                              fill(translate("DocumentController",
                                             "%1 was opened. Worth a look:\n\n%2"),
                                   path.name, notes))

    def _on_load_failed(self, request: int, path: Path, message: str) -> None:
        self._copy_requests.discard(request)
        if self._closed:
            return
        self.status.emit(fill(translate("DocumentController", "Could not open %1."), path.name))
        if not path.exists():
            self.settings.remove_recent_file(path)
        _dialogs().show_error(self.window, translate("DocumentController", "Could Not Open Brief"),
                           message)

    def _replace(self, brief: Brief, path: Path | None) -> None:
        self.session.replace_brief(brief, path)

    # -- save -----------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save to the brief's file (asking where if it has none); False if cancelled."""
        if self.session.path is None:
            return self.save_as(then)
        self._start_save(self.session.path, then)
        return True

    def save_as(self, then: Callable[[], None] | None = None) -> bool:
        path = _dialogs().get_save_path(self.window, str(self._suggested_path()))
        if path is None:
            return False
        self._start_save(path.absolute(), then)
        return True

    def is_saving(self) -> bool:
        return bool(self._saves)

    def _start_save(self, path: Path, then: Callable[[], None] | None) -> None:
        # The logo goes with the brief: chosen before the first save, or from the folder a
        # Save As leaves.  Copied now, so the file saved names the copy.
        from briefwriter.gui.widgets.logo_field import carry_logo

        problem = carry_logo(self.session, path.parent)
        if problem:
            _dialogs().show_error(self.window, translate("DocumentController",
                                                         "Logo Not Copied"), problem)
        request = self.files.save(self.session.brief, path)
        self._saves[request] = (self.session.generation, then)
        self.status.emit(fill(translate("DocumentController", "Saving %1…"), path.name))

    def _on_saved(self, request: int, path: Path) -> None:
        if self._closed:
            return
        generation, then = self._saves.pop(request, (None, None))
        # Edits made while the file was being written are not in it: stay unsaved then.
        unchanged = generation == self.session.generation
        self.session.mark_saved(path, clean=unchanged)
        self.settings.add_recent_file(path)
        self.status.emit(fill(translate("DocumentController", "Saved %1."), path.name))
        self.savedTo.emit(path)
        if then is not None:
            if unchanged:
                then()
            else:
                self.guard(then)

    def _on_save_failed(self, request: int, path: Path, message: str, code: str) -> None:
        if self._closed:
            return
        _generation, then = self._saves.pop(request, (None, None))
        self.status.emit(translate("DocumentController", "Not saved."))
        title = translate("DocumentController", "Could Not Save")
        if code in SAVE_ELSEWHERE:
            # The file or its folder cannot be written: another place can.  What was to
            # follow the save (closing, opening another brief) follows that save instead.
            if not (_dialogs().offer_save_as(self.window, title, message)
                    and self.save_as(then)):
                self.saveFailed.emit()
            return
        self.saveFailed.emit()
        _dialogs().show_error(self.window, title, message)

    def _start_folder(self) -> str:
        """Where the file choosers start: the last folder used, else the documents folder.
        Never the bundled examples' folder (inside the installed app, perhaps read-only)."""
        folder = self.settings.last_folder
        if folder and Path(folder).is_dir() and not _inside(Path(folder), examples_dir()):
            return folder
        from PySide6.QtCore import QStandardPaths

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def _suggested_path(self) -> Path:
        if self.session.path is not None:
            return self.session.path
        stem = slugify(self.session.brief.title)[:60] or "brief"
        return Path(self._start_folder()) / f"{stem}.brief.yaml"


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


BRIEF_SUFFIXES = (".yaml", ".yml")


def brief_paths(urls: list[QUrl]) -> list[Path]:
    """The local ``.yaml``/``.yml`` files among dragged ``urls``."""
    return [Path(u.toLocalFile()) for u in urls
            if u.isLocalFile() and u.toLocalFile().lower().endswith(BRIEF_SUFFIXES)]


class BriefDropFilter(QObject):
    """Opens a brief dropped anywhere on ``window``.

    An application-wide filter, because a text field under the pointer would otherwise
    take the drop and paste the file's address into the brief.
    """

    def __init__(self, window: QWidget, open_path: Callable[[Path], None]) -> None:
        super().__init__(window)
        self.window = window
        self.open_path = open_path
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        assert isinstance(event, QDropEvent)
        paths = brief_paths(event.mimeData().urls())
        if not paths:
            return False  # not ours: text and pictures go where they were dropped
        event.acceptProposedAction()
        if kind == QEvent.Type.Drop:
            self.open_path(paths[0])
        return True
