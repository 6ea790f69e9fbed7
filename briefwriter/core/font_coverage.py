"""Which characters the fonts a paper can use are able to print, and which of a text's are not.

A render draws each character with the first font of the list that has it; when none of the
listed fonts has it, fontconfig falls back to any installed font.  So a character can be
printed when the bundled fonts (``resources/fonts``), the brand kit's fonts or an installed
font (found with ``fc-list``) has it, and prints as an empty box otherwise.  ``Coverage`` is
the union of those fonts' characters, as sorted ranges.

Review runs on every edit, so the fonts are read once per process: the bundled and kit fonts'
character maps (fontTools) are kept by path, size and modification time, and the installed
fonts' by the ``fc-list`` answer, asked again only when a folder holding the fonts it named
has changed (as fontconfig keeps its own cache).  Characters that print as nothing (spaces,
line breaks, controls, joiners, bidi marks, the soft hyphen, variation selectors) are never
reported.
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import shutil
import subprocess
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefwriter.core.model import Brief, FieldPath
from briefwriter.paths import fonts_dir

Ranges = tuple[tuple[int, int], ...]
"""Sorted, merged, inclusive ranges of code points."""

FC_LIST_TIMEOUT = 10.0
"""Seconds ``fc-list`` may take (it reads fontconfig's cache: milliseconds, as a rule)."""
FC_LIST_FORMAT = "%{file}\\t%{charset}\\n"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc", ".woff", ".woff2")

# Default-ignorable characters outside the categories Cc, Cf, Z*: a font need not draw them.
_IGNORABLE_RANGES = ((0x034F, 0x034F), (0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F),
                     (0x3164, 0x3164), (0xFE00, 0xFE0F), (0xFFA0, 0xFFA0),
                     (0xE0100, 0xE01EF))
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})

# Fields that are never printed as written (identifiers, dates, paths, the look).
_NOT_PRINTED = frozenset({("schema_version",), ("language",), ("published",), ("template",)})
_NOT_PRINTED_NAMES = frozenset({"extra", "suggestion", "gcm", "after", "time_limit_seconds",
                                "migrant_led", "logo", "consent", "kind", "status"})
# What an earlier review cycle said is the author's record; a paper prints its title and dates.
_NOT_PRINTED_IN_CYCLE = frozenset({"asks", "pledges", "follow_up"})


def is_invisible(char: str) -> bool:
    """True for a character that prints as nothing, which no font needs to have."""
    if unicodedata.category(char) in _INVISIBLE_CATEGORIES:
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _IGNORABLE_RANGES)


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> Ranges:
    """``ranges`` sorted, with overlapping and touching ranges joined."""
    out: list[tuple[int, int]] = []
    for low, high in sorted(ranges):
        if out and low <= out[-1][1] + 1:
            if high > out[-1][1]:
                out[-1] = (out[-1][0], high)
        else:
            out.append((low, high))
    return tuple(out)


def ranges_of(codes: Iterable[int]) -> Ranges:
    """The code points ``codes`` as ranges."""
    return merge_ranges((code, code) for code in codes)


def parse_fc_charset(text: str) -> Ranges:
    """fontconfig's ``%{charset}`` (``"20-7e a0-17f 2000"``, hexadecimal) as ranges;
    anything that is not a range is skipped."""
    out = []
    for item in text.split():
        low, _, high = item.partition("-")
        try:
            out.append((int(low, 16), int(high or low, 16)))
        except ValueError:
            continue
    return merge_ranges(out)


@dataclass(frozen=True)
class Coverage:
    """The characters some font can print."""

    ranges: Ranges = ()
    system_fonts_known: bool = True  # False when fc-list could not be asked

    def __contains__(self, char: object) -> bool:
        if not isinstance(char, str) or len(char) != 1:
            return False
        code = ord(char)
        i = bisect.bisect_right(self.ranges, (code, 0x10FFFF + 1)) - 1
        return i >= 0 and self.ranges[i][0] <= code <= self.ranges[i][1]

    def missing(self, text: str) -> list[str]:
        """The characters of ``text`` no font can print, each once, in order of appearance."""
        if text.isascii():  # most fields: the bundled fonts draw all of ASCII
            return []
        return [char for char in dict.fromkeys(text)  # each character once, in order
                if not char.isascii() and not is_invisible(char) and char not in self]


def describe(char: str) -> str:
    """``"ᱚ (U+1C5A)"``: the character (a combining mark on a dotted circle) and its code;
    only the code for a lone surrogate, which no output could encode."""
    category = unicodedata.category(char)
    if category == "Cs":
        return f"U+{ord(char):04X}"
    shown = f"\u25cc{char}" if category.startswith("M") else char
    return f"{shown} (U+{ord(char):04X})"


# --------------------------------------------------------------------------------------
# Reading fonts
# --------------------------------------------------------------------------------------

Stamp = tuple[int, int]  # (size, mtime_ns); (-1, -1) for a file that is gone


def _stamp(path: str | Path) -> Stamp:
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)
    return (info.st_size, info.st_mtime_ns)


def font_file_ranges(path: Path) -> Ranges:
    """The characters of the font file ``path`` (every font of a collection), by its cmap;
    nothing for a file fontTools cannot read."""
    from fontTools.ttLib import TTCollection, TTFont  # only here: read once per font file

    codes: set[int] = set()
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
        if magic == b"ttcf":
            with TTCollection(str(path), lazy=True) as collection:
                for font in collection.fonts:
                    codes.update((font.getBestCmap() or {}).keys())
        else:
            with TTFont(str(path), lazy=True) as font:
                codes.update((font.getBestCmap() or {}).keys())
    except Exception:  # a damaged or unreadable font draws nothing; fontTools raises freely
        return ()
    return ranges_of(codes)


def run_fc_list() -> str | None:
    """``fc-list``'s answer (each installed font's file and characters), or ``None`` when it
    is not installed, fails or takes too long."""
    program = shutil.which("fc-list")
    if program is None:
        return None
    try:
        done = subprocess.run([program, "--format", FC_LIST_FORMAT], capture_output=True,
                              timeout=FC_LIST_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", "replace")


@dataclass(frozen=True)
class _System:
    ranges: Ranges
    known: bool
    stamps: tuple[tuple[str, Stamp], ...]  # the folders holding the font files


class FontCatalogue:
    """The fonts of this process's renders and what they cover, read once and kept.

    ``run`` asks fontconfig for the installed fonts (``run_fc_list``; tests count its calls).
    Thread-safe: Review runs the checks off the GUI thread.
    """

    def __init__(self, run: Callable[[], str | None] = run_fc_list) -> None:
        self._run = run
        self._lock = threading.Lock()
        self._files: dict[tuple[str, Stamp], Ranges] = {}
        self._system: _System | None = None

    def file_ranges(self, path: Path) -> Ranges:
        key = (str(path), _stamp(path))
        with self._lock:
            if key in self._files:
                return self._files[key]
        ranges = font_file_ranges(path) if key[1] != (-1, -1) else ()
        with self._lock:
            self._files = {k: v for k, v in self._files.items() if k[0] != key[0]}
            self._files[key] = ranges
        return ranges

    def system(self) -> _System:
        with self._lock:
            system = self._system
        if system is not None and all(_stamp(p) == s for p, s in system.stamps):
            return system
        answer = self._run()
        if answer is None:
            system = _System((), False, ())
        else:
            found: list[tuple[int, int]] = []
            files: set[str] = set()
            for line in answer.splitlines():
                file, _, charset = line.partition("\t")
                if file:
                    files.add(file)
                    found.extend(parse_fc_charset(charset))
            # Watched like fontconfig watches its cache: by the folders' modification times,
            # which change when a font file is added, removed or replaced (a package upgrade
            # writes a new file and renames it).  Statting every file cost 16 ms a check with
            # 3000 fonts; their 150 folders cost well under 1 ms.
            watched = sorted({os.path.dirname(f) for f in files})
            system = _System(merge_ranges(found), True,
                             tuple((p, _stamp(p)) for p in watched))
        with self._lock:
            self._system = system
        return system

    def coverage(self, font_files: Sequence[Path] = ()) -> Coverage:
        """What the bundled fonts, ``font_files`` (a kit's) and the installed fonts cover."""
        bundled = sorted(p for p in fonts_dir().iterdir()
                         if p.suffix.lower() in FONT_SUFFIXES)
        system = self.system()
        parts = [system.ranges]
        parts += [self.file_ranges(p) for p in [*bundled, *font_files]]
        return Coverage(merge_ranges(r for part in parts for r in part), system.known)


_CATALOGUE = FontCatalogue()


def default_catalogue() -> FontCatalogue:
    """The process's catalogue, kept between checks."""
    return _CATALOGUE


def kit_font_files() -> list[Path]:
    """The font files the brand kit in use names (none without a kit, or with one that cannot
    be read: the brand checks say why)."""
    from briefwriter.core.brand import BrandError, brand_dir, read_kit_settings

    folder = brand_dir()
    try:
        kit = read_kit_settings(folder)
    except (BrandError, OSError):
        return []
    if kit is None:
        return []
    return [folder.joinpath(*name.split("/")) for name in kit.fonts]


def paper_coverage(catalogue: FontCatalogue | None = None) -> Coverage:
    """What a paper rendered now can print: bundled, brand kit and installed fonts."""
    return (catalogue or _CATALOGUE).coverage(kit_font_files())


# --------------------------------------------------------------------------------------
# The brief's printed text
# --------------------------------------------------------------------------------------


def printed_fields(brief: Brief) -> Iterator[tuple[FieldPath, str]]:
    """Every text field of ``brief`` that a paper may print, with its path, in order."""
    yield from _walk(brief, ())


def _walk(value: object, path: FieldPath) -> Iterator[tuple[FieldPath, str]]:
    if path in _NOT_PRINTED:
        return
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, (*path, i))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        in_cycle = path[:1] == ("history",) and len(path) == 2
        for item in dataclasses.fields(value):
            if item.name in _NOT_PRINTED_NAMES or (in_cycle and item.name in _NOT_PRINTED_IN_CYCLE):
                continue
            yield from _walk(getattr(value, item.name), (*path, item.name))


def unprintable_fields(brief: Brief, coverage: Coverage) -> list[tuple[FieldPath, list[str]]]:
    """Each field holding characters no font can print, with those characters."""
    out = []
    for path, text in printed_fields(brief):
        missing = coverage.missing(text)
        if missing:
            out.append((path, missing))
    return out
