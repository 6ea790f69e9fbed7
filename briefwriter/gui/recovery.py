"""Crash recovery: autosave the open brief to a separate recovery file, offer it after a crash.

Each window's ``Autosaver`` writes ``<state dir>/recovery/<session id>.json`` (atomically, as
a background job in the app's recovery lane) two seconds after the last edit and at most ten
seconds after the first edit it does not hold yet, so a crash loses at most ten seconds of
typing; it removes the file once the brief is saved, closed cleanly or discarded.  The user's
own file is never written here.  A ``<session id>.lock`` (a ``QLockFile`` naming the process)
is held while the session lives, so other windows and other running copies of the app leave
that file alone; after a crash the lock is stale and ``find_orphans`` offers the file.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal

from briefwriter.core.model import Brief
from briefwriter.gui import jobs
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session

FORMAT = "briefwriter-recovery"
FORMAT_VERSION = 1
SUFFIX = ".json"
DEFAULT_IDLE_MS = 2_000  # a pause in typing this long gets a copy
MAX_WAIT_MS = 10_000  # and steady typing one this often: never more than 10 s at risk
RECOVERY_LANE = "recovery"  # writes and removals of every window, in the order asked
CLOSE_WAIT_MS = 10_000  # a brief is at most a few MB: its last write is quick
MAX_RECOVERY_BYTES = 2 * 5 * 1024 * 1024  # twice the largest brief: JSON escaping adds
MAX_FILES_SCANNED = 50


def state_dir() -> Path:
    override = os.environ.get("BRIEFWRITER_STATE_DIR")
    if override:
        return Path(override)
    import platformdirs  # only here: the variable is the usual case in tests and portable use

    return Path(platformdirs.user_state_dir("BriefWriter", appauthor=False))


def recovery_dir() -> Path:
    """Where recovery files live (created on first use)."""
    return state_dir() / "recovery"


def _lock_for(file: Path) -> QLockFile:
    lock = QLockFile(str(file.with_suffix(".lock")))
    # A session may run for days: only a dead owner makes a lock stale, never its age.
    lock.setStaleLockTime(0)
    return lock


def _recovery_payload(session_id: str, brief: Brief, original: Path | None) -> bytes:
    from briefwriter.core import storage  # on the writer thread: not needed at start-up

    record = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "session": session_id,
        "pid": os.getpid(),
        "original_path": str(original) if original is not None else None,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "title": brief.title,
        "brief": storage.dump_brief_text(brief),
    }
    return json.dumps(record, ensure_ascii=False, indent=1).encode("utf-8")


def _write(file: Path, payload: bytes) -> None:
    from briefwriter.core.atomic_write import atomic_write_bytes

    atomic_write_bytes(file, payload, keep_backup=False)


class Autosaver(QObject):
    """Keeps one session's recovery file up to date while it has unsaved changes.

    Signals: ``written(path)`` after a recovery file was written, ``removed(path)`` after it
    was deleted, ``failed(message)`` when writing failed (the brief in the window is intact).
    """

    written = Signal(object)
    removed = Signal(object)
    failed = Signal(str)

    def __init__(self, session: Session, idle_ms: int = DEFAULT_IDLE_MS,
                 max_wait_ms: int = MAX_WAIT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.session_id = os.urandom(16).hex()  # unique per window and process
        self.file = recovery_dir() / f"{self.session_id}{SUFFIX}"
        self._lock: QLockFile | None = None
        self._has_file = False
        self._adopted: list[QLockFile] = []  # orphans' locks, released once their file is gone
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, idle_ms))
        self._idle.timeout.connect(self.save_now)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(max_wait_ms)
        self._max_wait.timeout.connect(self.save_now)
        session.changed.connect(self._on_changed)
        session.reset.connect(self._on_reset)
        session.modifiedChanged.connect(self._on_modified_changed)

    # -- timing ---------------------------------------------------------------------------
    def set_idle_ms(self, msecs: int) -> None:
        """The pause before a copy (a longer one than the maximum wait changes nothing)."""
        self._idle.setInterval(max(1, msecs))

    def idle_ms(self) -> int:
        return self._idle.interval()

    def max_wait_ms(self) -> int:
        return self._max_wait.interval()

    def pending(self) -> bool:
        """Whether an autosave is scheduled."""
        return self._idle.isActive() or self._max_wait.isActive()

    def _on_changed(self, _path: object) -> None:
        # Not "if modified": ``changed`` comes from inside the undo stack's push, before the
        # stack has counted the edit, so the first edit after opening or saving still looks
        # unmodified here.  ``save_now`` asks when the timer fires, when the answer is right.
        self._idle.start()  # restarts: written once typing pauses ...
        if not self._max_wait.isActive():
            self._max_wait.start()  # ... or when ten seconds of work are at risk anyway

    def _on_reset(self) -> None:
        if self.session.is_modified():  # a recovered brief: keep a copy of it at once
            self.save_now()
        else:
            self.discard()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:  # saved, or undone back to the saved state: the file has it all
            self.discard()

    # -- writing --------------------------------------------------------------------------
    def _ensure_lock(self) -> bool:
        if self._lock is not None:
            return True
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.failed.emit(fill(self.tr("Could not create the recovery folder %1: %2"),
                                  self.file.parent, error.strerror or error))
            return False
        lock = _lock_for(self.file)
        if not lock.tryLock(0):
            self.failed.emit(fill(self.tr("Could not lock the recovery file %1."), self.file))
            return False
        self._lock = lock
        # If the window goes away without a clean close, the lock must not outlive it.
        self.destroyed.connect(lambda *_: lock.unlock())
        return True

    def save_now(self) -> None:
        """Write the recovery file now (in the background) if there are unsaved changes."""
        self._idle.stop()
        self._max_wait.stop()
        if not self.session.is_modified() or not self._ensure_lock():
            return
        brief = copy.deepcopy(self.session.brief)
        original = self.session.path
        session_id, file = self.session_id, self.file
        self._has_file = True
        self._run("write", lambda: _write(file, _recovery_payload(session_id, brief, original)))

    def discard(self) -> None:
        """Remove the recovery file (after any write still queued)."""
        self._idle.stop()
        self._max_wait.stop()
        if not self._has_file:
            return
        self._has_file = False
        file = self.file
        self._run("remove", lambda: file.unlink(missing_ok=True))

    def adopt(self, orphan: Orphan) -> None:
        """Take over ``orphan``'s brief: its file is removed (and its lock released) only
        after this session's own copy, queued before, has been written."""
        self._adopted.append(orphan.lock)
        self.destroyed.connect(lambda *_: orphan.lock.unlock())
        self._run("adopt", orphan.remove_file)

    def close(self) -> None:
        """A clean close: remove the recovery file and release the lock."""
        self.discard()
        jobs.wait(self, CLOSE_WAIT_MS)
        for lock in self._adopted:
            lock.unlock()
        self._adopted.clear()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _run(self, kind: str, work: Callable[[], object]) -> None:
        file = self.file
        jobs.Job(self, work, lane=RECOVERY_LANE) \
            .success(lambda _result: self._on_done(kind, file, None)) \
            .failure(lambda error: self._on_done(kind, file, error)).run()

    def _on_done(self, kind: str, file: Path, error: BaseException | None) -> None:
        if kind == "adopt" and self._adopted:
            self._adopted.pop(0).unlock()
        if error is not None:
            self.failed.emit(fill(self.tr("The recovery copy could not be written: %1"), error))
        elif kind == "write":
            self.written.emit(file)
        elif kind == "remove":
            self.removed.emit(file)


@dataclass
class Orphan:
    """A recovery file left behind by a session that ended without a clean close.

    The finder holds its lock, so no other window offers it at the same time; call
    ``load``, then ``remove``, ``release`` (ask again next start) or hand it to an
    ``Autosaver`` with ``adopt``.
    """

    file: Path
    original_path: Path | None
    saved_at: datetime | None
    title: str
    text: str
    lock: QLockFile

    def load(self) -> Brief:
        """The brief it holds; ``BriefFileError`` if it cannot be read."""
        from briefwriter.core.storage import parse_brief_text

        return parse_brief_text(self.text, self.original_path).brief

    def remove_file(self) -> None:
        self.file.unlink(missing_ok=True)

    def remove(self) -> None:
        """Forget it for good (Discard)."""
        self.remove_file()
        self.release()

    def release(self) -> None:
        """Leave it for another time (Later)."""
        self.lock.unlock()


def _read_orphan(file: Path, lock: QLockFile) -> Orphan:
    if file.stat().st_size > MAX_RECOVERY_BYTES:
        raise ValueError("too large")
    record: Any = json.loads(file.read_text(encoding="utf-8"))
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise ValueError("not a recovery file")
    text = record.get("brief")
    if not isinstance(text, str):
        raise ValueError("no brief in it")
    original = record.get("original_path")
    saved_at: datetime | None = None
    with contextlib.suppress(TypeError, ValueError):
        saved_at = datetime.fromisoformat(str(record.get("saved_at")))
    title = record.get("title")
    return Orphan(file, Path(original) if isinstance(original, str) and original else None,
                  saved_at, title if isinstance(title, str) else "", text, lock)


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Recovery files whose session has ended without a clean close, newest first.

    Files held by a live session (this process or another) are skipped; each returned
    orphan's lock is held by the caller.  Unreadable files are renamed ``*.damaged`` (kept
    for rescue by hand, never offered again).
    """
    folder = folder if folder is not None else recovery_dir()
    try:
        files = sorted(folder.glob(f"*{SUFFIX}"))[:MAX_FILES_SCANNED]
    except OSError:
        return []
    orphans: list[Orphan] = []
    for file in files:
        lock = _lock_for(file)
        if not lock.tryLock(0):
            continue  # a live session owns it
        try:
            orphans.append(_read_orphan(file, lock))
        except (OSError, ValueError, UnicodeDecodeError):
            with contextlib.suppress(OSError):
                file.replace(file.with_suffix(".damaged"))
            lock.unlock()
    # Lock files whose recovery file is gone (a crash before the first autosave).
    with contextlib.suppress(OSError):
        for stale in folder.glob("*.lock"):
            if not stale.with_suffix(SUFFIX).exists():
                lock = _lock_for(stale)
                if lock.tryLock(0):
                    lock.unlock()  # unlocking removes the lock file
    far_past = datetime.min.replace(tzinfo=UTC)
    orphans.sort(key=lambda o: o.saved_at or far_past, reverse=True)
    return orphans


def offer_recovery(window: Any) -> int:
    """Offer each recovery copy left by a crash; returns how many were recovered.

    ``window`` is a main window (its ``session``, ``autosaver`` and ``group``).  The first
    recovered brief opens there when it holds nothing unsaved, the others in new windows;
    each opens marked unsaved with its original path, so only an explicit save writes the
    person's own file.
    """
    from briefwriter.gui import dialogs

    recovered = 0
    for orphan in find_orphans():
        answer = dialogs.ask_recover(window, orphan)
        if answer == "discard":
            orphan.remove()
            continue
        if answer != "recover":
            orphan.release()
            continue
        try:
            brief = orphan.load()
        except Exception as error:  # a damaged copy is reported and kept for another try
            orphan.release()
            dialogs.show_error(window, QCoreApplication.translate("recovery", "Could Not Recover"),
                               str(error))
            continue
        unused = not window.session.is_modified() and window.session.path is None
        target = window if unused and recovered == 0 else window.group.new_window()
        target.session.replace_brief(brief, orphan.original_path, modified=True)
        target.autosaver.adopt(orphan)
        recovered += 1
    return recovered
