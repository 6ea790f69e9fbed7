"""Writing a file so that it is either the old file or the whole new one, never half of each.

``atomic_write_bytes`` writes a temporary file beside the target (locked, so two programs
cannot write it at once), checks and syncs it, keeps the previous version as
``<name>.bak`` when asked, and replaces the target in one step; ``swap_in_folder`` does the
same for a whole folder.  Failures are ``SaveError`` in plain words (``os_reason``), with a
code that lets the app offer to save elsewhere (a read-only disk or folder).
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

from briefwriter.core.errors import SaveError

try:  # advisory locks keep two programs from writing one temporary file at once
    import fcntl
except ImportError:  # pragma: no cover - not on Windows
    fcntl = None  # type: ignore[assignment]

BACKUP_SUFFIX = ".bak"
_BUSY = "another program is saving this file right now; try again"

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file would be larger than the system allows",
    errno.EACCES: "permission denied (you may not write to this folder or file)",
    errno.EPERM: "the operation is not permitted here",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "there is a folder with that name",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk reported an input/output error",
}


class _Refused(OSError):
    """A failure found by the save itself; its ``strerror`` is already in plain words."""


# Failures that another place may not have: the front end offers to save elsewhere.
_CODES = {
    errno.EROFS: "read-only-disk",
    errno.EACCES: "read-only-folder",  # the file itself was checked before
    errno.EPERM: "read-only-folder",
}


def os_reason(error: OSError) -> str:
    """An operating system error in plain words ("the disk is full")."""
    if isinstance(error, _Refused):
        return str(error.strerror)
    return _REASONS.get(error.errno or 0) or (error.strerror or str(error)).lower()


def _refuse_unwritable(shown: Path, target: Path, old: os.stat_result | None) -> None:
    """Refuse, with the real reason, a save that would replace what may not be changed.

    The save writes a new file and renames it over the old one, which only needs the
    folder to be writable: without this check a read-only file would be replaced silently.
    """
    previous = old is not None
    folder = target.parent
    try:
        disk_read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # no statvfs (Windows), or no folder: found below
        disk_read_only = False
    if disk_read_only:
        raise SaveError(shown, _REASONS[errno.EROFS], previous, "read-only-disk")
    # The folder first: if it is locked, no file in it can be saved, read-only or not.
    if os.path.isdir(folder) and not os.access(folder, os.W_OK | os.X_OK):
        raise SaveError(shown, f"permission denied: you may not create or replace files in "
                        f"the folder {folder}", previous, "read-only-folder")
    # No write permission bit at all is read-only by intent, even for the superuser.
    if old is not None and (not stat.S_IMODE(old.st_mode) & 0o222
                            or not os.access(target, os.W_OK)):
        raise SaveError(shown, "the file is read-only", previous, "read-only-file")


def _temp_paths(target: Path) -> tuple[Path, Path]:
    """The temporary file and the backup-in-progress link for ``target``.

    The names are fixed, not random, so a save interrupted by a crash leaves at most these
    two files, and the next save reuses (and removes) them.
    """
    return (
        target.with_name(f".{target.name}.saving"),
        target.with_name(f".{target.name}{BACKUP_SUFFIX}.saving"),
    )


def _open_locked_temp(temp: Path, mode: int) -> int:
    """Open ``temp`` for writing, owned by this save alone (refuses if another save runs)."""
    for _attempt in range(5):
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), mode)
        if fcntl is None:
            os.ftruncate(fd, 0)
            return fd
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise _Refused(errno.EBUSY, _BUSY) from None
        except OSError:  # no locking on this file system: go on without it
            os.ftruncate(fd, 0)
            return fd
        # The file may have been renamed into place by a save that just finished: only the
        # name we hold a lock on may be written to.
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(temp))
        except FileNotFoundError:
            same = False
        if same:
            os.ftruncate(fd, 0)
            return fd
        os.close(fd)
    raise _Refused(errno.EBUSY, _BUSY)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise _Refused(errno.EIO, "the system accepted no data (is the disk full?)")
        view = view[written:]
    # os.write has been seen to claim success after a short write on a full disk.
    size = os.fstat(fd).st_size
    if size != len(data):
        raise _Refused(
            errno.EIO,
            f"only {size:,} of {len(data):,} bytes reached the disk (is it full?)",
        )


def _keep_backup(target: Path, link_temp: Path) -> None:
    """Make ``<name>.bak`` hold the current file, replacing any older backup in one step."""
    backup = target.with_name(target.name + BACKUP_SUFFIX)
    link_temp.unlink(missing_ok=True)
    try:
        os.link(target, link_temp)
    except OSError:
        # No hard links here (some network and FAT drives): copy instead, durably.
        shutil.copy2(target, link_temp)
        fd = os.open(link_temp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    os.replace(link_temp, backup)
    # If the backup already was this very file (a save killed after the step above),
    # the rename did nothing and left the extra name behind.
    link_temp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable.  Some file systems cannot sync a folder; the data is
    # already in place by now, so failing here would wrongly report a failed save.
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def swap_in_folder(new: Path, folder: Path) -> None:
    """Rename the folder ``new`` to ``folder``; an old ``folder`` is put aside first, put back
    if the rename fails, and removed only once ``new`` is in."""
    old = None
    if os.path.lexists(folder):
        old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old-", dir=folder.parent))
        os.rmdir(old)
        os.rename(folder, old)
    try:
        os.rename(new, folder)
    except BaseException:
        if old is not None:
            os.rename(old, folder)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def atomic_write_bytes(path: str | Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Replace the file at ``path`` with ``data`` so that it is always old or new, never torn.

    Writes a temporary file in the same folder (with the old file's permissions), checks
    every byte arrived, syncs it to disk, keeps the old file as ``<name>.bak`` (when asked),
    renames the temporary file over ``path`` and syncs the folder.  A symbolic link is
    followed: its target is replaced and the link kept.  A read-only file, a folder this
    user may not write to and a read-only disk are refused before anything is written.
    Any failure raises ``SaveError`` with a plain reason; the original file is then
    untouched and the temporary file removed.
    """
    shown = Path(path)
    target = Path(os.path.realpath(shown))
    temp, link_temp = _temp_paths(target)
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    except OSError as error:
        raise SaveError(shown, os_reason(error)) from None
    if old is not None and not stat.S_ISREG(old.st_mode):
        raise SaveError(shown, "there is something other than a file with that name")
    _refuse_unwritable(shown, target, old)
    mode = stat.S_IMODE(old.st_mode) if old is not None else 0o666  # new: umask applies
    fd, owned = -1, False
    try:
        fd = _open_locked_temp(temp, mode)
        owned = True  # from here on the temporary file is ours to remove on failure
        if old is not None:
            _keep_mode(fd, mode)
        _write_all(fd, data)
        os.fsync(fd)
        if keep_backup and old is not None:
            _keep_backup(target, link_temp)
        if fcntl is None:  # Windows cannot rename a file that is still open
            os.close(fd)
            fd = -1
        os.replace(temp, target)
    except OSError as error:
        if owned:
            _remove_quietly(temp)
            _remove_quietly(link_temp)
        if fd >= 0:
            os.close(fd)
        raise SaveError(shown, os_reason(error), old is not None,
                        _CODES.get(error.errno or 0, "")) from None
    if fd >= 0:
        os.close(fd)  # releases the lock, now on the saved file itself
    _sync_folder(target.parent)


def _keep_mode(fd: int, mode: int) -> None:
    fchmod = getattr(os, "fchmod", None)  # not on Windows before Python 3.13
    if fchmod is None:
        return
    try:
        fchmod(fd, mode)
    except OSError:  # some drives (FAT, network shares) have no permissions to copy
        pass


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
