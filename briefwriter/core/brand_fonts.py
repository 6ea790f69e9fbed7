"""Font files a brand kit brings: which may be used (a single TrueType/OpenType font, plain,
WOFF or WOFF2, of a sane size, whose name table gives a family and which draws every printable
ASCII character), judged by the bytes with fontTools, and what they are (family, weight,
style)."""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from pathlib import Path

from briefwriter.core.errors import BriefWriterError
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file

FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")
MAX_FONT_BYTES = 10 * 1024 * 1024
"""The largest font file a kit may hold (a full CJK font is about this size)."""
MAX_FAMILY = 200
#: Printable ASCII: a kit font must draw at least these (English text, digits, punctuation).
LATIN_BASIC = tuple(range(0x20, 0x7F))
_FONT_MAGIC = {b"\x00\x01\x00\x00": "ttf", b"true": "ttf", b"OTTO": "otf", b"wOFF": "woff",
               b"wOF2": "woff2"}


class FontRefused(BriefWriterError):
    """A font file that cannot be used; the message names the file and says why."""


@dataclass(frozen=True)
class FontInfo:
    """A font file that passed the checks: its file name in the kit and what it draws."""

    file: str  # "fonts/Inter-Bold.ttf"
    family: str
    weight: int = 400
    italic: bool = False
    format: str = "ttf"  # "ttf", "otf", "woff", "woff2"



def _font_refused(shown: str, why: str) -> FontRefused:
    return FontRefused(f"The font file {shown} cannot be used: {why}.")


def check_font_bytes(data: bytes, name: str) -> FontInfo:
    """``FontInfo`` for the font ``data`` (file ``name``), or ``FontRefused`` saying why not:
    it must be a single TrueType/OpenType font (plain, WOFF or WOFF2) whose name table gives
    a family and whose characters include every printable ASCII one."""
    shown = f"“{name}”"
    if len(data) > MAX_FONT_BYTES:
        raise _font_refused(shown, f"it is larger than {MAX_FONT_BYTES // (1024 * 1024)} MB")
    kind = _FONT_MAGIC.get(data[:4])
    if kind is None:
        why = ("it is a font collection; choose one font of it" if data[:4] == b"ttcf"
               else "it is not a TrueType, OpenType or WOFF font")
        raise _font_refused(shown, why)
    from fontTools.pens.basePen import NullPen  # only here: fonts are checked rarely
    from fontTools.ttLib import TTFont, TTLibError

    try:
        font = TTFont(io.BytesIO(data), lazy=True, recalcBBoxes=False, recalcTimestamp=False)
        with font:
            family = ""
            names = font["name"]
            for name_id in (16, 1):  # the typographic family, else the legacy one
                record = names.getDebugName(name_id)
                if record and record.strip():
                    family = record.strip()
                    break
            cmap = font.getBestCmap() or {}
            os2 = font["OS/2"] if "OS/2" in font else None
            weight = int(os2.usWeightClass) if os2 is not None else 400
            italic = bool(os2.fsSelection & 1) if os2 is not None else False
            if not any(table in font for table in ("glyf", "CFF ", "CFF2")):
                raise _font_refused(shown, "it holds no outlines to draw letters with")
            glyphs = font.getGlyphSet()
            for char in "Aa0":  # outlines that decode, not only tables that are named
                if ord(char) in cmap:
                    glyphs[cmap[ord(char)]].draw(NullPen())
    except FontRefused:
        raise
    except (TTLibError, KeyError, ValueError, AssertionError, IndexError, struct.error,
            EOFError, OverflowError, TypeError, AttributeError, RecursionError) as exc:
        raise _font_refused(shown, f"it is damaged ({type(exc).__name__})") from None
    if not family or len(family) > MAX_FAMILY or not family.isprintable():
        raise _font_refused(shown, "its name table gives no usable family name")
    missing = [c for c in LATIN_BASIC if c not in cmap]
    if missing:
        sample = "".join(chr(c) for c in missing[:12]).strip() or "the space"
        raise _font_refused(shown, f"it does not draw {len(missing)} of the basic Latin "
                                   f"characters (for example {sample})")
    return FontInfo(file=f"fonts/{name}", family=family, weight=max(1, min(weight, 1000)),
                    italic=italic, format=kind)


def check_font_file(path: Path) -> FontInfo:
    """``check_font_bytes`` for the file ``path`` (read as untrusted: regular files only)."""
    shown = f"“{path.name}”"
    if path.suffix.lower() not in FONT_SUFFIXES:
        raise _font_refused(shown, "a font file ends in .ttf, .otf, .woff or .woff2")
    try:
        data = read_regular_file(path, MAX_FONT_BYTES)
    except FileTooLargeError:
        raise _font_refused(shown, f"it is larger than {MAX_FONT_BYTES // (1024 * 1024)} MB") \
            from None
    except NotRegularFileError:
        raise _font_refused(shown, "it is not an ordinary file") from None
    except OSError as exc:
        raise _font_refused(shown, exc.strerror or "it cannot be read") from None
    return check_font_bytes(data, _font_file_name(path.name))


def _font_file_name(name: str) -> str:
    """``name`` as a kit may store it: printable, no leading dot, no separators."""
    clean = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in name).lstrip(".-")
    return clean or "font.ttf"
