"""The one reader and writer of zip archives that come from someone else (template packs,
brand kits): entries that could write outside the destination, links, devices, bombs and
oversized archives are refused with a plain message, and a refused archive writes nothing.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from briefwriter.core.atomic_write import atomic_write_bytes
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file

MB = 1024 * 1024
_CHUNK = 64 * 1024
# A fixed time for every entry, so packing the same folder twice gives the same bytes.
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
# What ordinary zip tools write; the other methods are rare and only widen what can go wrong.
_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}


@dataclass(frozen=True)
class ArchiveLimits:
    """How much an archive may hold.  A real template pack is a few files and well under
    a megabyte; these leave room for fonts and images, not for a full disk."""

    max_files: int = 300  # entries, files and folders together
    max_total_bytes: int = 50 * MB  # unpacked, all entries
    max_file_bytes: int = 20 * MB  # unpacked, one entry
    max_ratio: int = 100  # unpacked : packed, per entry ...
    ratio_floor: int = 1 * MB  # ... checked once the entry has unpacked this much
    max_archive_bytes: int = 50 * MB  # the zip file itself
    max_part_length: int = 255  # one folder or file name in an entry's path
    max_name_length: int = 1024  # an entry's whole path


class ArchiveRefused(ValueError):
    """An archive (or a folder to be archived) that is refused; the message says why and
    names the entry.  Nothing has been written when this is raised."""


def _shown(name: str, limit: int = 80) -> str:
    """``name`` fit to quote in a message: no control characters, not too long."""
    text = "".join(ch if ch.isprintable() else "?" for ch in name)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


def folder_entries(folder: Path, limits: ArchiveLimits = ArchiveLimits(),
                   ) -> list[tuple[str, Path | None]]:
    """Every file under ``folder`` as (relative name, path), and each empty folder as
    (name, None), by name: what an archive of it holds, or a copy of it is made from.

    A symbolic link, pipe, socket or device is an error: leaving it out silently would make
    a pack that differs from the folder its author tested.
    """
    found: list[tuple[str, Path | None]] = []

    def walk(here: Path, prefix: str) -> None:
        try:
            with os.scandir(here) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            raise ArchiveRefused(f"cannot read the folder {here}: {exc.strerror or exc}") from None
        if not entries and prefix:
            found.append((prefix, None))
        for entry in entries:
            name = prefix + entry.name
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISLNK(mode):
                raise ArchiveRefused(f"'{_shown(name)}' is a symbolic link; copy the file it "
                                     "points to into the folder instead")
            if stat.S_ISDIR(mode):
                walk(Path(entry.path), name + "/")
            elif stat.S_ISREG(mode):
                found.append((name, Path(entry.path)))
            else:
                raise ArchiveRefused(f"'{_shown(name)}' is not a regular file (a pipe, socket "
                                     "or device?); remove it from the folder")
            if len(found) > limits.max_files:
                raise ArchiveRefused(f"the folder holds more than {limits.max_files} files "
                                     "and folders, more than an archive may hold")

    walk(folder, "")
    return found


def write_zip(folder: Path, out: Path, *, arcroot: str = "",
              limits: ArchiveLimits = ArchiveLimits()) -> Path:
    """Write every file under ``folder`` into the zip ``out`` and return ``out``.

    Entries are sorted and carry a fixed time, so the same folder gives the same bytes;
    ``arcroot`` (e.g. ``"my-pack"``) puts them under that folder name in the archive.  The
    archive is written beside ``out`` and renamed into place (``SaveError`` when it cannot
    be).  A folder that ``extract_zip`` would refuse (links, devices, too many or too large
    files) raises ``ArchiveRefused`` before anything is written.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ArchiveRefused(f"{folder} is not a folder")
    root = arcroot.strip("/")
    if root:
        _check_name(root + "/", limits)
    prefix = root + "/" if root else ""
    buffer = io.BytesIO()
    total = 0
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, path in folder_entries(folder, limits):
            _check_name(prefix + name, limits)
            info = zipfile.ZipInfo(prefix + name, date_time=_FIXED_TIME)
            info.create_system = 3  # Unix, so the mode bits below are read as such
            if path is None:
                info.external_attr = (stat.S_IFDIR | 0o755) << 16 | 0x10
                archive.writestr(info, b"")
                continue
            try:
                data = read_regular_file(path, limits.max_file_bytes)
            except FileTooLargeError:
                raise ArchiveRefused(f"'{_shown(name)}' is larger than "
                                     f"{limits.max_file_bytes // MB} MB") from None
            except NotRegularFileError:
                raise ArchiveRefused(f"'{_shown(name)}' is not a regular file") from None
            except OSError as exc:
                raise ArchiveRefused(f"cannot read '{_shown(name)}': "
                                     f"{exc.strerror or exc}") from None
            total += len(data)
            if total > limits.max_total_bytes:
                raise ArchiveRefused(f"the files add up to more than "
                                     f"{limits.max_total_bytes // MB} MB")
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=9)
    data = buffer.getvalue()
    if len(data) > limits.max_archive_bytes:
        raise ArchiveRefused(f"the archive would be larger than "
                             f"{limits.max_archive_bytes // MB} MB")
    atomic_write_bytes(out, data, keep_backup=False)
    return Path(out)


# --------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------


def _check_name(name: str, limits: ArchiveLimits) -> list[str]:
    """The parts of the entry name ``name``; ``ArchiveRefused`` for any name that could
    land outside the destination or mean different things on different systems."""
    shown = _shown(name)
    if "\x00" in name:
        raise ArchiveRefused(f"the entry '{shown}' has a NUL character in its name")
    path = name.rstrip("/")
    if not path:
        raise ArchiveRefused("an entry has an empty name")
    if len(name) > limits.max_name_length:
        raise ArchiveRefused(f"the entry '{shown}' has a name longer than "
                             f"{limits.max_name_length} characters")
    if "\\" in name:
        # Zip names use '/'; a backslash is a separator (or a drive, "C:\") on Windows.
        raise ArchiveRefused(f"the entry '{shown}' has a backslash in its name")
    if (PurePosixPath(path).is_absolute() or PureWindowsPath(path).drive
            or PureWindowsPath(path).is_absolute()):
        raise ArchiveRefused(f"the entry '{shown}' is an absolute path")
    if ":" in path:
        raise ArchiveRefused(f"the entry '{shown}' has a colon in its name (a drive or a "
                             "hidden stream on Windows)")
    parts = path.split("/")
    for part in parts:
        if part == "..":
            raise ArchiveRefused(f"the entry '{shown}' points outside the folder it unpacks "
                                 "into ('..')")
        if part in ("", "."):
            raise ArchiveRefused(f"the entry '{shown}' has an empty or '.' part in its name")
        if len(part) > limits.max_part_length:
            raise ArchiveRefused(f"the entry '{shown}' has a name part longer than "
                                 f"{limits.max_part_length} characters")
        if any(not ch.isprintable() for ch in part):
            raise ArchiveRefused(f"the entry '{shown}' has a control character in its name")
    return parts


def _key(parts: list[str]) -> str:
    """How a file system that ignores case and Unicode form (macOS, Windows) sees a path."""
    return unicodedata.normalize("NFC", "/".join(parts)).casefold()


def _check_entries(infos: list[zipfile.ZipInfo], limits: ArchiveLimits) -> None:
    """Everything that can be judged from the directory of the archive, before unpacking."""
    if len(infos) > limits.max_files:
        raise ArchiveRefused(f"it holds {len(infos)} files and folders; at most "
                             f"{limits.max_files} are allowed")
    files: dict[str, str] = {}  # by _key: the entry's own name
    folders: dict[str, str] = {}  # every folder an entry names or lies in
    listed: set[str] = set()  # folders with an entry of their own
    declared = 0
    for info in infos:
        name = info.orig_filename  # before zipfile cut it at a NUL
        parts = _check_name(name, limits)
        shown = _shown(name)
        if info.flag_bits & 0x1:
            raise ArchiveRefused(f"the entry '{shown}' is encrypted")
        kind = stat.S_IFMT(info.external_attr >> 16)
        if info.is_dir():
            if kind not in (0, stat.S_IFDIR):
                raise ArchiveRefused(f"the entry '{shown}' is not a plain folder")
        elif kind == stat.S_IFLNK:
            raise ArchiveRefused(f"the entry '{shown}' is a symbolic link")
        elif kind not in (0, stat.S_IFREG):
            raise ArchiveRefused(f"the entry '{shown}' is not a regular file (a device, "
                                 "pipe or socket)")
        if not info.is_dir() and info.compress_type not in _METHODS:
            raise ArchiveRefused(f"the entry '{shown}' is compressed in a way BriefWriter "
                                 f"does not read (method {info.compress_type}); use "
                                 "ordinary zip compression")
        key = _key(parts)
        other = files.get(key)
        if other is None and (key in listed if info.is_dir() else key in folders):
            other = folders[key]
        if other is not None:
            if other.rstrip("/") == name.rstrip("/"):
                raise ArchiveRefused(f"the entry '{shown}' appears twice")
            raise ArchiveRefused(f"the entry '{shown}' clashes with '{_shown(other)}' (names "
                                 "that differ only in capitals are one file on many systems)")
        if info.is_dir():
            listed.add(key)
            folders.setdefault(key, name)
        else:
            files[key] = name
        for depth in range(1, len(parts)):
            parent = _key(parts[:depth])
            if parent in files:
                raise ArchiveRefused(f"the entry '{shown}' is inside '{_shown(files[parent])}'"
                                     ", which is a file")
            folders.setdefault(parent, "/".join(parts[:depth]))
        declared += 0 if info.is_dir() else info.file_size
    if declared > limits.max_total_bytes:
        # Only a first look: the real count is made while unpacking (headers can lie).
        raise ArchiveRefused(f"it would unpack to more than {limits.max_total_bytes // MB} MB")


def _unpack_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path | None,
                  limits: ArchiveLimits, total: int) -> int:
    """Write one entry to ``target`` (None: only unpack it in memory) counting the bytes
    really unpacked; the new total."""
    shown = _shown(info.orig_filename)
    written = 0
    fd = None if target is None else os.open(
        target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0), 0o644)
    with (os.fdopen(fd, "wb") if fd is not None else contextlib.nullcontext()) as out, \
            archive.open(info) as source:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            total += len(chunk)
            if written > limits.max_file_bytes:
                raise ArchiveRefused(f"the entry '{shown}' unpacks to more than "
                                     f"{limits.max_file_bytes // MB} MB")
            if total > limits.max_total_bytes:
                raise ArchiveRefused(f"it unpacks to more than "
                                     f"{limits.max_total_bytes // MB} MB")
            # zipfile never reads more than compress_size bytes of packed data for an entry,
            # so this ratio is safe against a header that lies about compress_size too.
            if (written > limits.ratio_floor
                    and written > limits.max_ratio * max(info.compress_size, 1)):
                raise ArchiveRefused(f"the entry '{shown}' is compressed more than "
                                     f"{limits.max_ratio} to 1 (a compression bomb?)")
            if out is not None:
                out.write(chunk)
    return total


def _open_archive(zip_path: Path, limits: ArchiveLimits) -> zipfile.ZipFile:
    return _zip_from_bytes(zip_path, _archive_bytes(zip_path, limits))


def _archive_bytes(zip_path: Path, limits: ArchiveLimits) -> bytes:
    name = zip_path.name
    try:
        return read_regular_file(zip_path, limits.max_archive_bytes)
    except FileNotFoundError:
        raise ArchiveRefused(f"{name}: no such file") from None
    except NotRegularFileError:
        raise ArchiveRefused(f"{name} is not a regular file") from None
    except FileTooLargeError:
        raise ArchiveRefused(f"{name} is larger than {limits.max_archive_bytes // MB} MB"
                             ) from None
    except OSError as exc:
        raise ArchiveRefused(f"cannot read {name}: {exc.strerror or exc}") from None


def _zip_from_bytes(zip_path: Path, data: bytes) -> zipfile.ZipFile:
    name = zip_path.name
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise ArchiveRefused(f"{name} is not a zip archive (or is damaged): {exc}") from None


def extract_zip(zip_path: Path, dest: Path, *,
                limits: ArchiveLimits = ArchiveLimits()) -> list[Path]:
    """Unpack the zip ``zip_path`` into the new folder ``dest``; the files written, by name.

    ``dest`` must not exist yet.  Everything is unpacked into a fresh temporary folder
    beside it and renamed to ``dest`` only once every entry has been checked and written;
    ``ArchiveRefused`` (its message names the archive and the entry) leaves nothing behind.
    Files get ordinary permissions whatever the archive says (never executable).
    """
    zip_path, dest = Path(zip_path), Path(dest)
    if os.path.lexists(dest):
        raise FileExistsError(f"{dest} already exists")
    with _open_archive(zip_path, limits) as archive:
        infos = archive.infolist()
        try:
            _check_entries(infos, limits)
        except ArchiveRefused as exc:
            raise ArchiveRefused(f"{zip_path.name}: {exc}") from None
        dest.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{dest.name}.unpacking-", dir=dest.parent))
        try:
            written: list[str] = []
            total = 0
            for info in infos:
                parts = info.orig_filename.rstrip("/").split("/")
                target = work.joinpath(*parts)
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                total = _unpack_entry(archive, info, target, limits, total)
                written.append("/".join(parts))
            os.rename(work, dest)
        except ArchiveRefused as exc:
            shutil.rmtree(work, ignore_errors=True)
            raise ArchiveRefused(f"{zip_path.name}: {exc}") from None
        except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError,
                RuntimeError) as exc:
            # A damaged entry, a CRC that does not match (a header lying about the size).
            shutil.rmtree(work, ignore_errors=True)
            raise ArchiveRefused(f"{zip_path.name} is damaged: {exc}") from None
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    return [dest.joinpath(*name.split("/")) for name in written]


def read_zip_checked(zip_path: Path, *,
                     limits: ArchiveLimits = ArchiveLimits()) -> bytes:
    """The bytes of the zip ``zip_path`` once every entry has been checked and unpacked in
    memory under ``limits`` (nothing is written): a file format that is a zip (a Word
    document) can then be opened by its own library without a bomb going off inside it.
    ``ArchiveRefused`` names the file and the entry."""
    zip_path = Path(zip_path)
    data = _archive_bytes(zip_path, limits)
    with _zip_from_bytes(zip_path, data) as archive:
        infos = archive.infolist()
        try:
            _check_entries(infos, limits)
            total = 0
            for info in infos:
                if not info.is_dir():
                    total = _unpack_entry(archive, info, None, limits, total)
        except ArchiveRefused as exc:
            raise ArchiveRefused(f"{zip_path.name}: {exc}") from None
        except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError,
                RuntimeError) as exc:
            raise ArchiveRefused(f"{zip_path.name} is damaged: {exc}") from None
    return data
