"""Adds BriefWriter to the current user's Linux desktop and takes it away again: the desktop
entry, the icons and the file types of briefs and template packs (``briefwriter
install-desktop`` / ``uninstall-desktop``), following the freedesktop.org Desktop Entry,
Icon Theme and Shared MIME-info specifications.

A top-level module, as ``batch.py`` is: it is neither about briefs (core) nor about printing
them (render), and it must not import Qt, so that the command runs without a display.  The
files come from ``resources/desktop`` and ``resources/icons`` (the PNGs made by
``scripts/build_icons.py``); each is written atomically.  A manifest in the user's BriefWriter
data folder lists what was written and which folders were made, so that uninstalling removes
exactly those and nothing of anyone else's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from briefwriter import paths
from briefwriter.core.atomic_write import atomic_write_bytes
from briefwriter.core.errors import BriefWriterError

DESKTOP_ID = "briefwriter"  # = QGuiApplication.desktopFileName (gui/app.py)
APP_ICON = "briefwriter"
MIME_TYPES = ("application/x-briefwriter-brief", "application/x-briefwriter-template-pack")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MANIFEST_NAME = "desktop-install.json"
TOOL_TIMEOUT = 60  # seconds; each cache tool normally takes well under one
#: The characters that make the Exec key's spec ask for an argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
#: Files the cache tools write beside ours: no reason to keep a folder we made.
_GENERATED = {"icons/hicolor": {"icon-theme.cache"},
              "applications": {"mimeinfo.cache"}}


class DesktopError(BriefWriterError):
    """The desktop integration could not be installed or removed (said in plain words)."""


@dataclass
class DesktopReport:
    """What an install or uninstall did, for the person: files, and the caches' news."""

    data_home: Path
    files: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def supported() -> bool:
    """Whether this system's desktops follow the freedesktop.org specifications."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd", "dragonfly"))


def unsupported_message() -> str:
    if sys.platform == "darwin":
        instead = ("On macOS, start BriefWriter with the command briefwriter, and keep it in "
                   "the Dock (right-click its icon: Options ▸ Keep in Dock).")
    elif sys.platform.startswith("win"):
        instead = ("On Windows, start BriefWriter with the command briefwriter, and pin it to "
                   "the taskbar or the Start menu (right-click its icon).")
    else:
        instead = "Start BriefWriter with the command briefwriter."
    return ("install-desktop adds BriefWriter to Linux desktops (menus, icons and "
            f"double-clicking briefs); it does nothing on this system. {instead}")


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not an absolute path."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def manifest_path() -> Path:
    from platformdirs import user_data_path  # honours XDG_DATA_HOME on Linux

    return user_data_path("BriefWriter", appauthor=False) / MANIFEST_NAME


# -- the desktop entry ---------------------------------------------------------------------


def launcher(*, frozen: bool | None = None, executable: str | None = None) -> list[str]:
    """The command that starts this BriefWriter: the frozen app itself, else the
    ``briefwriter`` script beside the Python running (a venv's or pipx's bin folder), else
    that Python with ``-m briefwriter``."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    if not executable:
        raise DesktopError("The path of the Python running BriefWriter is unknown, so the "
                           "desktop entry could not say how to start it.")
    if frozen:
        return [executable]
    script = Path(executable).parent / "briefwriter"  # not resolved: the venv's own bin
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [executable, "-m", "briefwriter"]


def quote_exec_argument(argument: str) -> str:
    """One argument of an Exec key, quoted by the spec's rules where it needs to be.

    Inside double quotes, ``"``, `````, ``$`` and ``\\`` take a backslash; ``%`` is doubled
    everywhere (it starts field codes).  The result is still to be escaped as a string value
    (``escape_value``).
    """
    if any(c in "\n\r" for c in argument):
        raise DesktopError(f"{argument!r}: a line break in the path of the launcher cannot "
                           "be written in a desktop entry; move BriefWriter to a folder "
                           "without one.")
    if argument and not (_RESERVED & set(argument)):
        return argument.replace("%", "%%")
    inner = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + inner.replace("%", "%%") + '"'


def escape_value(text: str) -> str:
    """A string or localestring value as a desktop entry stores it (backslash first)."""
    return (text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def desktop_entry(command: Sequence[str]) -> str:
    """``resources/desktop/briefwriter.desktop`` with its Exec and TryExec filled in."""
    template = (paths.resources_dir() / "desktop" / "briefwriter.desktop").read_text("utf-8")
    exec_line = escape_value(" ".join(quote_exec_argument(a) for a in command))
    return (template.replace("@EXEC@", exec_line)
            .replace("@TRYEXEC@", escape_value(command[0])))


# -- what is installed ---------------------------------------------------------------------


def desktop_files(command: Sequence[str]) -> dict[str, bytes]:
    """Every file to install, by its path under the data folder."""
    icons = paths.resources_dir() / "icons"
    files = {
        f"applications/{DESKTOP_ID}.desktop": desktop_entry(command).encode("utf-8"),
        f"mime/packages/{DESKTOP_ID}.xml":
            (paths.resources_dir() / "desktop" / "briefwriter-mime.xml").read_bytes(),
        f"icons/hicolor/scalable/apps/{APP_ICON}.svg": (icons / f"{APP_ICON}.svg").read_bytes(),
    }
    names = [("apps", APP_ICON)] + [("mimetypes", t.replace("/", "-")) for t in MIME_TYPES]
    for size in ICON_SIZES:
        for context, name in names:
            relative = f"icons/hicolor/{size}x{size}/{context}/{name}.png"
            source = icons / "hicolor" / f"{size}x{size}" / context / f"{name}.png"
            try:
                files[relative] = source.read_bytes()
            except OSError as error:
                raise DesktopError(f"{source}: {error.strerror or error}; this copy of "
                                   "BriefWriter is incomplete, install it again.") from None
    return files


@dataclass
class Manifest:
    """What install-desktop wrote: files and the folders it made, under ``data_home``."""

    data_home: str = ""
    files: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)


def _read_manifest() -> Manifest | None:
    path = manifest_path()
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise DesktopError(f"{path}: cannot be read ({error}); delete it and install "
                           "again.") from None
    if not (isinstance(data, dict) and isinstance(data.get("data_home"), str)
            and os.path.isabs(data["data_home"])):
        raise DesktopError(f"{path}: not a list of installed files; delete it and install "
                           "again.")
    lists = {key: [v for v in data.get(key, []) if isinstance(v, str) and _ours(v, key)]
             for key in ("files", "folders")}
    return Manifest(data["data_home"], lists["files"], lists["folders"])


#: The first folder of everything install writes or makes, under the data folder.
_TOP_FOLDERS = ("applications", "icons", "mime")


def _ours(relative: str, kind: str) -> bool:
    """Whether a manifest entry is something install could have written (a file) or made (a
    folder): relative, inside one of our folders, and a file named after BriefWriter.  An
    edited manifest can never make uninstall remove anything else."""
    parts = PurePosixPath(relative).parts
    if not parts or PurePosixPath(relative).is_absolute() or ".." in parts \
            or parts[0] not in _TOP_FOLDERS:
        return False
    if kind == "folders":
        return True  # removed only when empty
    name = parts[-1]
    return name.startswith((f"{DESKTOP_ID}.", f"{APP_ICON}.")) or any(
        name == f"{t.replace('/', '-')}.png" for t in MIME_TYPES)


def _write_manifest(manifest: Manifest) -> None:
    path = manifest_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"data_home": manifest.data_home, "files": manifest.files,
                       "folders": manifest.folders}, indent=1)
    atomic_write_bytes(path, text.encode("utf-8"), keep_backup=False)


def installed_for(command: Sequence[str] | None = None) -> bool:
    """Whether install-desktop's entry is in place and starts ``command`` (this launcher when
    ``None``): False without a manifest, with one that cannot be read, or when the entry was
    written by another copy of BriefWriter (another Exec)."""
    try:
        earlier = _read_manifest()
    except DesktopError:
        return False  # installing again says what is wrong with it
    if earlier is None:
        return False
    entry = Path(earlier.data_home) / "applications" / f"{DESKTOP_ID}.desktop"
    try:
        text = entry.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    wanted = desktop_entry(launcher() if command is None else command)
    exec_line = next((line for line in wanted.splitlines() if line.startswith("Exec=")), None)
    return exec_line is not None and exec_line in text.splitlines()


def _make_folders(home: Path, folder: Path, made: list[str]) -> None:
    """``folder`` and its missing parents; each one made is added to ``made``."""
    missing = []
    while not folder.is_dir() and folder != home.parent:
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        new.mkdir()
        if new != home:
            made.append(new.relative_to(home).as_posix())


def install(command: Sequence[str] | None = None) -> DesktopReport:
    """Write every file (again: a second install updates in place), then refresh the caches."""
    if not supported():
        raise DesktopError(unsupported_message())
    home = data_home()
    wanted = desktop_files(launcher() if command is None else command)
    earlier = _read_manifest()
    if earlier is None or earlier.data_home != str(home):
        earlier = Manifest(str(home))  # another data folder's install is left as it is
    folders = list(earlier.folders)
    report = DesktopReport(home)
    try:
        for relative, data in wanted.items():
            target = home / relative
            _make_folders(home, target.parent, folders)
            atomic_write_bytes(target, data, keep_backup=False)
            report.files.append(target)
    finally:
        # Kept even when a write failed: an uninstall then removes what was written.
        written = [p.relative_to(home).as_posix() for p in report.files]
        stale = [f for f in earlier.files if f not in wanted]
        _write_manifest(Manifest(str(home), written + stale, folders))
    for relative in stale:  # an earlier version's file this one no longer has
        _remove_file(home / relative)
    _write_manifest(Manifest(str(home), written, folders))
    report.notes += refresh_caches(home)
    return report


def _remove_file(path: Path) -> bool:
    try:
        if path.is_symlink() or path.is_file():
            path.unlink()
            return True
    except OSError as error:
        raise DesktopError(f"{path}: could not be removed ({error.strerror or error}).") from None
    return False


def uninstall() -> DesktopReport:
    """Remove the files the manifest lists and the folders install made (when nothing else
    is left in them), then refresh the caches of what remains."""
    if not supported():
        raise DesktopError(unsupported_message())
    earlier = _read_manifest()
    if earlier is None:
        report = DesktopReport(data_home())
        report.notes.append("BriefWriter was not added to this desktop by install-desktop "
                            "(or was removed already): nothing to remove.")
        return report
    home = Path(earlier.data_home)
    report = DesktopReport(home)
    for relative in earlier.files:
        if _remove_file(home / relative):
            report.files.append(home / relative)
    made = set(earlier.folders)
    for root, generated in _GENERATED.items():  # a folder we made, left with a cache alone
        folder = home / root
        if root in made and folder.is_dir() and _only(folder, generated):
            for name in generated:
                _remove_file(folder / name)
    if "mime" in made and (home / "mime").is_dir() and not _has_files(home / "mime/packages"):
        shutil.rmtree(home / "mime", ignore_errors=True)  # a database of ours alone
    for relative in sorted(made, key=lambda f: f.count("/"), reverse=True):
        try:
            (home / relative).rmdir()  # only when empty
        except OSError:
            pass
    manifest = manifest_path()
    _remove_file(manifest)
    try:
        manifest.parent.rmdir()
    except OSError:
        pass  # the app's other data lives there
    report.notes += refresh_caches(home)
    return report


def _only(folder: Path, names: set[str]) -> bool:
    """Whether ``folder`` holds no file (at any depth) but those named."""
    return all(p.is_dir() or p.name in names for p in folder.rglob("*"))


def _has_files(folder: Path) -> bool:
    return folder.is_dir() and any(p.is_file() for p in folder.iterdir())


# -- the caches ------------------------------------------------------------------------------


def refresh_caches(home: Path) -> list[str]:
    """Run each cache tool that is installed on what is there; a missing tool is mentioned
    (the desktop then finds the files a little later, or after logging in again), a failing
    one reported with its own message."""
    notes = []
    tools = [("update-mime-database", [str(home / "mime")], home / "mime" / "packages",
              "the file types"),
             ("update-desktop-database", [str(home / "applications")], home / "applications",
              "the list of applications"),
             ("gtk-update-icon-cache", ["-f", "-t", str(home / "icons" / "hicolor")],
              home / "icons" / "hicolor", "the icons")]
    for tool, arguments, needs, what in tools:
        if not needs.is_dir():
            continue
        found = shutil.which(tool)
        if found is None:
            notes.append(f"{tool} is not installed, so {what} could not be refreshed now; the "
                         "desktop picks them up by itself or after logging in again.")
            continue
        try:
            done = subprocess.run([found, *arguments], capture_output=True, text=True,
                                  timeout=TOOL_TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            notes.append(f"{tool} could not refresh {what}: {error}")
            continue
        if done.returncode != 0:
            message = (done.stderr or done.stdout).strip() or f"exit status {done.returncode}"
            notes.append(f"{tool} could not refresh {what}: {message}")
        else:
            notes.append(f"Refreshed {what} ({tool}).")
    return notes
