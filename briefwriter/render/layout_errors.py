"""Plain words for a layout that WeasyPrint could not finish because of an absurd style value.

A size such as ``font-size: 1e9px`` or a number with thousands of digits makes WeasyPrint
fail deep inside its layout code with ``OverflowError``, ``ZeroDivisionError`` or
``ValueError``.  ``layout_failure`` turns that into a message naming the value and, when it
can find it, the file and line of the template pack that holds it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

from briefwriter.core.errors import RenderError, TemplateError
from briefwriter.render.templates import TemplatePack

#: what WeasyPrint raises for sizes and numbers it cannot compute with
LAYOUT_ERRORS: tuple[type[Exception], ...] = (OverflowError, ZeroDivisionError, ValueError)

#: a size this large (in any unit) cannot be meant: a page is about 800 px tall, and the
#: text engine stops at about two million pixels
MAX_SENSIBLE_SIZE = 1e6
#: a plain number (column count, counter, z-index) must at least fit a machine integer
MAX_SENSIBLE_NUMBER = 2**31 - 1
MAX_SCANNED_BYTES = 2_000_000
_TEMPLATE_SUFFIXES = (".j2", ".jinja", ".html", ".htm")

# Comments, strings and url(...) hold digits that are not sizes; they are blanked out (their
# line breaks kept, so line numbers stay right) before numbers are looked for.
_NOT_VALUES = re.compile(r"""/\*.*?(?:\*/|$)|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|"""
                         r"""\burl\(\s*[^)]*\)""", re.DOTALL | re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.#-])[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
                     r"(?P<unit>[a-zA-Z%]*)")
_STYLE_IN_HTML = re.compile(r"""<style\b[^>]*>(.*?)</style\s*>|"""
                            r"""\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""",
                            re.DOTALL | re.IGNORECASE)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group(0))


def _absurd(token: str, unit: str) -> bool:
    number = token[: len(token) - len(unit)] if unit else token
    value = abs(float(number))  # a float never refuses a long number; too big is inf
    limit = MAX_SENSIBLE_SIZE if unit else MAX_SENSIBLE_NUMBER
    return not math.isfinite(value) or value > limit


def _shown(token: str) -> str:
    """A number as it can be quoted: one with hundreds of digits is shortened."""
    if len(token) <= 24:
        return token
    number = token.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ%")
    digits = sum(c.isdigit() for c in number)
    return f"{number[:6]}…{number[-6:]}{token[len(number):]} (a number of {digits} digits)"


def _declaration(css: str, start: int, end: int) -> str:
    """The declaration around the number ``css[start:end]``, e.g. ``font-size: 1e9px``."""
    begin = max(css.rfind(";", 0, start), css.rfind("{", 0, start)) + 1
    stops = [i for i in (css.find(";", end), css.find("}", end)) if i >= 0]
    stop = min(stops) if stops else len(css)
    text = " ".join(f"{css[begin:start]}{_shown(css[start:end])}{css[end:stop]}".split())
    return text if len(text) <= 100 else _shown(css[start:end])


def _absurd_values(css: str, offset: int, text: str) -> Iterator[tuple[bool, int, str]]:
    """``(has_unit, line, declaration)`` for each absurd value in ``css``, which starts at
    ``offset`` in the file ``text`` (for line numbers)."""
    cleaned = _NOT_VALUES.sub(_blank, css)
    for match in _NUMBER.finditer(cleaned):
        unit = match.group("unit")
        if _absurd(match.group(0), unit):
            line = text.count("\n", 0, offset + match.start()) + 1
            yield bool(unit), line, _declaration(cleaned, match.start(), match.end())


def _pack_files(pack: TemplatePack) -> list[Path]:
    """The pack's style sheets (the manifest's first), then its templates; only files inside
    the pack, never through a link that leads out of it."""
    root = pack.folder.resolve()
    listed = [root / name for name in pack.stylesheets]
    others = sorted(p for p in root.rglob("*") if p.suffix.lower() == ".css" and p not in listed)
    templates = sorted(p for p in root.rglob("*") if p.suffix.lower() in _TEMPLATE_SUFFIXES)
    files = []
    for path in [*listed, *others, *templates]:
        try:
            inside = path.resolve().is_relative_to(root) and path.is_file()
            if inside and path.stat().st_size <= MAX_SCANNED_BYTES and path not in files:
                files.append(path)
        except OSError:
            continue
    return files


def find_absurd_value(pack: TemplatePack) -> tuple[str, int, str] | None:
    """``(file, line, declaration)`` of the likeliest culprit in the pack's styles, if any:
    a size with a unit before a plain number, a style sheet before a template."""
    plain: tuple[str, int, str] | None = None  # the first absurd number without a unit
    root = pack.folder.resolve()
    for path in _pack_files(pack):
        try:
            text = path.read_text("utf-8", errors="replace")
        except OSError:
            continue
        if path.suffix.lower() == ".css":
            parts = [(text, 0)]
        else:
            parts = [(m.group(m.lastindex or 0), m.start(m.lastindex or 0))
                     for m in _STYLE_IN_HTML.finditer(text)]
        name = path.relative_to(root).as_posix()
        for css, offset in parts:
            for has_unit, line, declaration in _absurd_values(css, offset, text):
                if has_unit:
                    return name, line, declaration
                plain = plain or (name, line, declaration)
    return plain


def layout_failure(pack: TemplatePack, exc: Exception) -> TemplateError | RenderError:
    """The error to report when laying out the pages raised one of ``LAYOUT_ERRORS``."""
    culprit = find_absurd_value(pack)
    if culprit is not None:
        name, line, declaration = culprit
        return TemplateError(
            f"“{declaration}” is far too large to lay out. A size or number in a style sheet "
            "must stay within what fits on a page: use an ordinary value.", name, line)
    detail = f"{type(exc).__name__}: {exc}"
    if len(detail) > 100:
        detail = detail[:99] + "…"
    return RenderError(
        "The pages could not be laid out: a size or number in the template's style sheet is "
        f"probably far too large, such as a font size of a billion pixels ({detail}).")
