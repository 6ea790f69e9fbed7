"""The app's preferences and remembered state, kept in an INI file with typed accessors.

The file is ``$BRIEFWRITER_CONFIG_DIR/briefwriter.ini`` when that variable is set (tests, a
portable install), else ``briefwriter.ini`` in the platform's user configuration folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

MAX_RECENT_FILES = 10
UI_LANGUAGES = ("", "ar", "zh", "en", "fr", "ru", "es")  # "" = follow the system
LANGUAGE_KEY, DIRECTION_KEY = "ui/language", "ui/direction"
UI_DIRECTIONS = ("", "ltr", "rtl")  # "" = follow the language
DEFAULT_AUTOSAVE_SECONDS = 2  # a pause this long in typing gets a recovery copy
MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS = 1, 10  # never more than 10 s of work at risk
AUTOSAVE_KEY = "recovery/autosave_seconds"
WELCOME_KEY = "help/show_welcome"


def config_dir() -> Path:
    """The folder holding the settings file."""
    override = os.environ.get("BRIEFWRITER_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs  # only here: the variable is the usual case in tests and portable use

    return Path(platformdirs.user_config_dir("BriefWriter", appauthor=False))


def _as_str_list(value: Any) -> list[str]:
    # An INI file gives back a lone string for a one-item list, and anything at all for a
    # hand-edited file: take what makes sense, drop the rest.
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if isinstance(v, str) and v]
    return []


def _as_int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _as_bool(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
    return default


class Settings(QObject):
    """Typed access to the settings file; every setter writes through to it.

    One instance is shared by all the windows of the app; ``changed(key)`` (e.g.
    ``"recovery/autosave_seconds"``) tells each of them when a value has changed, whoever
    changed it.
    """

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path if path is not None else config_dir() / "briefwriter.ini"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    def _get(self, key: str) -> Any:
        return self._qs.value(key)

    def _set(self, key: str, value: Any) -> None:
        if self._qs.value(key) == value:
            return
        self._qs.setValue(key, value)
        self.changed.emit(key)

    def _bytes(self, key: str) -> QByteArray:
        value = self._get(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    # -- window ---------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray:
        """The main window's saved geometry (empty when none)."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._set("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._set("window/state", value)

    @property
    def splitter_sizes(self) -> list[int]:
        sizes = [_as_int(v, -1) for v in _as_str_list(self._get("window/splitter"))]
        return sizes if sizes and all(s >= 0 for s in sizes) else []

    @splitter_sizes.setter
    def splitter_sizes(self, sizes: list[int]) -> None:
        self._set("window/splitter", [str(int(s)) for s in sizes])

    @property
    def show_preview(self) -> bool:
        return _as_bool(self._get("window/show_preview"), True)

    @show_preview.setter
    def show_preview(self, on: bool) -> None:
        self._set("window/show_preview", bool(on))

    # -- files ----------------------------------------------------------------------------
    @property
    def last_folder(self) -> str:
        """The folder of the last file opened or saved ("" before the first)."""
        value = self._get("files/last_folder")
        return value if isinstance(value, str) else ""

    @last_folder.setter
    def last_folder(self, folder: str | Path) -> None:
        self._set("files/last_folder", str(folder))

    @property
    def recent_files(self) -> list[str]:
        """Recently used briefs, most recent first (as stored: some may be gone)."""
        return _as_str_list(self._get("files/recent"))[:MAX_RECENT_FILES]

    @recent_files.setter
    def recent_files(self, paths: list[str]) -> None:
        unique: list[str] = []
        for path in paths:
            if path and path not in unique:
                unique.append(path)
        self._set("files/recent", unique[:MAX_RECENT_FILES])

    def add_recent_file(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files (once), and remember its folder."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]]
        self.last_folder = str(Path(text).parent)

    def remove_recent_file(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]

    def clear_recent_files(self) -> None:
        self.recent_files = []

    def existing_recent_files(self) -> list[Path]:
        """The recent files that still exist; the missing ones are forgotten."""
        kept = [p for p in self.recent_files if Path(p).is_file()]
        if kept != self.recent_files:
            self.recent_files = kept
        return [Path(p) for p in kept]

    # -- preferences ----------------------------------------------------------------------
    @property
    def ui_language(self) -> str:
        """"" (follow the system) or one of the six UN languages: "ar", "zh", "en", "fr",
        "ru", "es"."""
        value = self._get(LANGUAGE_KEY)
        return value if isinstance(value, str) and value in UI_LANGUAGES else ""

    @ui_language.setter
    def ui_language(self, language: str) -> None:
        self._set(LANGUAGE_KEY, language if language in UI_LANGUAGES else "")

    @property
    def ui_direction(self) -> str:
        """"" (follow the language), "ltr" or "rtl"."""
        value = self._get(DIRECTION_KEY)
        return value if isinstance(value, str) and value in UI_DIRECTIONS else ""

    @ui_direction.setter
    def ui_direction(self, direction: str) -> None:
        self._set(DIRECTION_KEY, direction if direction in UI_DIRECTIONS else "")

    @property
    def autosave_seconds(self) -> int:
        """Seconds without typing before a recovery copy is written."""
        value = _as_int(self._get(AUTOSAVE_KEY), DEFAULT_AUTOSAVE_SECONDS)
        return min(max(value, MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)

    @autosave_seconds.setter
    def autosave_seconds(self, seconds: int) -> None:
        seconds = min(max(int(seconds), MIN_AUTOSAVE_SECONDS), MAX_AUTOSAVE_SECONDS)
        self._set(AUTOSAVE_KEY, seconds)

    @property
    def show_welcome(self) -> bool:
        """Whether the welcome screen opens at every start (its "Show this at start-up" box;
        off unless the person ticks it)."""
        return _as_bool(self._get(WELCOME_KEY), False)

    @show_welcome.setter
    def show_welcome(self, on: bool) -> None:
        self._set(WELCOME_KEY, bool(on))

    def welcome_due(self) -> bool:
        """Whether the welcome screen opens at this start: on the very first start, then as
        ``show_welcome`` says.  Someone who was shown the former start-up guide has started
        the app before."""
        value = self._get(WELCOME_KEY)
        if value is None:
            return _as_bool(self._get("help/show_getting_started"), True)
        return _as_bool(value, False)

    def welcome_shown(self) -> None:
        """The welcome screen has been shown: the first start is over."""
        if self._get(WELCOME_KEY) is None:
            self._set(WELCOME_KEY, False)
