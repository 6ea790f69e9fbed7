"""The one reader of logo files: which files may be a brief's logo, and why not in plain words.

The logo picker (before it copies a file in), the checks (``briefwriter check`` and the Review
step) and the renderer (which embeds the logo) all read logos through here, so they cannot
disagree.  A logo is a PNG, JPEG or SVG file of at most 5 MB, judged by its bytes, named by a
path relative to the brief's folder that stays inside it.  Only regular files are opened (a
pipe or a device could block or never end).  An SVG is parsed here first, without entities or
outside files, and refused when drawing it would take the renderer far too long.

A refusal is a ``LogoRefused`` whose ``msg`` is a translatable template with parameters (see
``core.i18n``); ``str()`` gives it in English.
"""

from __future__ import annotations

import base64
import os
import re
import stat
import struct
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from xml.parsers import expat

from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg
from briefwriter.core.model import FieldPath

MAX_LOGO_BYTES = 5 * 1024 * 1024
"""The largest logo file read (the documented 5 MB)."""
MAX_LOGO_PIXELS = 50_000_000
"""The most pixels a PNG or JPEG logo may have: a small file can declare a huge picture, and
decoding 50 million pixels already takes 200 MB."""
MAX_SVG_SHAPES = 30_000
"""The most an SVG logo may draw, counted after ``<use>`` copies are expanded (a path with
many points counts as several shapes).  The renderer draws about 4000 such shapes a second,
so a logo at the limit adds some seconds to a render, not minutes."""
PATH_NUMBERS_PER_SHAPE = 20
"""Numbers in a path's ``d`` or ``points`` that cost about as much to draw as one shape."""

LOGO_FIELD: FieldPath = ("organisation", "logo")


def logo_fields(brief: Any) -> list[FieldPath]:
    """Every logo field of a brief: the organisation's, then each co-signatory's."""
    return [LOGO_FIELD, *(("cosignatories", i, "logo")
                          for i in range(len(getattr(brief, "cosignatories", []))))]
KINDS = {"png": "image/png", "jpeg": "image/jpeg", "svg": "image/svg+xml"}

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_HREF = "http://www.w3.org/1999/xlink href"
_URL_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+:")
_NUMBER = re.compile(rb"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# What may stand before an SVG's root element: a byte-order mark, white space, the XML
# declaration, comments, processing instructions and a document type (with an internal subset).
_PROLOG = re.compile(
    rb"(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*", re.DOTALL | re.IGNORECASE
)
_SVG_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?svg[\s/>]")
# Embedded pictures an SVG may carry; anything else it names would be fetched from elsewhere.
_EMBEDDED_IMAGE = re.compile(r"^\s*data:image/(?:png|jpeg)[;,]", re.IGNORECASE)
_NOT_DRAWN_SAFELY = frozenset({"script", "foreignobject", "iframe", "object", "embed"})


@dataclass(frozen=True)
class LogoImage:
    """A logo file's bytes that passed every rule, and what kind of image they are."""

    data: bytes
    kind: str  # "png", "jpeg" or "svg"

    @property
    def mime_type(self) -> str:
        return KINDS[self.kind]

    def data_url(self) -> str:
        return f"data:{self.mime_type};base64,{base64.b64encode(self.data).decode('ascii')}"


class LogoRefused(Exception):
    """The file cannot be the logo: ``code`` says what kind of problem, ``msg`` why."""

    def __init__(self, code: str, msg: Msg, severity: str = "warning") -> None:
        super().__init__(msg.render())
        self.code = code
        self.msg = msg
        self.severity = severity  # "info" when nothing is wrong yet (an unsaved brief)


def quoted(text: str, limit: int = 60) -> str:
    """``“text”`` on one line, shortened with an ellipsis past ``limit`` characters."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}”"


def _refuse(code: str, template: str, **params: Msg | str | int) -> LogoRefused:
    return LogoRefused(code, Msg.of(template, **params))


# --------------------------------------------------------------------------------------
# Where the logo is: a path inside the brief's folder
# --------------------------------------------------------------------------------------


def _outside(shown: str) -> LogoRefused:
    return _refuse(
        "logo-outside-folder",
        QT_TRANSLATE_NOOP(
            "Checks",
            "The logo {logo} is outside the brief's folder. Copy the image into the folder "
            "where the brief is saved (or a folder inside it) and choose it again.",
        ),
        logo=shown,
    )


def resolve_logo_path(value: str, brief_dir: Path | None) -> Path:
    """The file that the logo field ``value`` names, or ``LogoRefused``.

    The value is a path relative to the brief's folder, with ``/`` or ``\\``; a web address,
    an absolute path, a drive, ``..`` or a symbolic link leading out of the folder is refused
    without anything being read.
    """
    name = value.strip()
    shown = quoted(name)
    if _URL_SCHEME.match(name) or "\x00" in name:
        raise _outside(shown)  # "https:", "file:", "data:" ... name no file in the folder
    relative = name.replace("\\", "/")
    # "/x", "C:\\x", "C:x" and "\\\\server\\share" all name places outside the folder.
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(name).drive:
        raise _outside(shown)
    if ".." in relative.split("/"):
        raise _outside(shown)
    if brief_dir is None:
        raise LogoRefused(
            "logo-unchecked",
            Msg(QT_TRANSLATE_NOOP(
                "Checks",
                "The logo will be looked for next to the brief file: save the brief in the "
                "folder that holds the logo so it can be checked and shown.",
            )),
            severity="info",
        )
    try:
        base = brief_dir.resolve()
        target = (base / relative).resolve()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of symbolic links
        raise _unreadable(shown, exc) from None
    if not target.is_relative_to(base):
        raise _outside(shown)  # a symbolic link that leads out of the folder
    return target


# --------------------------------------------------------------------------------------
# Reading the file
# --------------------------------------------------------------------------------------


def _unreadable(shown: str, exc: BaseException) -> LogoRefused:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    return _refuse(
        "logo-unreadable",
        QT_TRANSLATE_NOOP("Checks", "The logo {logo} cannot be read: {reason}."),
        logo=shown, reason=reason,
    )


def _too_large(size: int) -> LogoRefused:
    return _refuse(
        "logo-too-large",
        QT_TRANSLATE_NOOP(
            "Checks",
            "The logo is {size} MB; the limit is 5 MB. Save a smaller version (a logo rarely "
            "needs more than 1000 pixels across) and choose it again.",
        ),
        size=f"{-(-size * 10 // 1_048_576) / 10:.1f}",  # rounded up: 5.01 MB is not "5.0"
    )


def _not_image(shown: str) -> LogoRefused:
    return _refuse(
        "logo-not-image",
        QT_TRANSLATE_NOOP(
            "Checks",
            "The logo {logo} is not a PNG, JPEG or SVG image (whatever its name says). Export "
            "the logo in one of those formats and choose it again.",
        ),
        logo=shown,
    )


def _check_kind_of_file(mode: int, shown: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise _refuse("logo-missing", QT_TRANSLATE_NOOP("Checks", "The logo {logo} is a folder."),
                      logo=shown)
    raise _refuse(
        "logo-not-a-file",
        QT_TRANSLATE_NOOP(
            "Checks",
            "The logo {logo} is not an ordinary file (it is a device, a pipe or a socket), so "
            "it is not read. Choose an image file.",
        ),
        logo=shown,
    )


def read_logo_file(path: Path, shown: str | None = None, *, in_folder: bool = False) -> LogoImage:
    """The logo in the file ``path`` if it may be used, else ``LogoRefused``.

    ``shown`` names the file in messages (default: its name).  ``in_folder`` says the path
    came from the brief (a missing file is then "not found in the brief's folder").
    """
    shown = shown or quoted(path.name)
    try:
        info = os.stat(path)  # before opening: a pipe or a device is never opened
    except FileNotFoundError:
        if in_folder:
            raise _refuse(
                "logo-missing",
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The logo file {logo} was not found in the brief's folder. Choose the "
                    "image again in the organisation step.",
                ),
                logo=shown,
            ) from None
        raise _unreadable(shown, FileNotFoundError(2, os.strerror(2))) from None
    except OSError as exc:
        raise _unreadable(shown, exc) from None
    _check_kind_of_file(info.st_mode, shown)
    if info.st_size > MAX_LOGO_BYTES:
        raise _too_large(info.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        # Non-blocking, and checked again once open: the file may have been swapped since.
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as handle:
            opened = os.fstat(handle.fileno())
            _check_kind_of_file(opened.st_mode, shown)
            data = handle.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise _unreadable(shown, exc) from None
    if len(data) > MAX_LOGO_BYTES:
        raise _too_large(len(data))
    kind = sniff_image(data)
    if not kind:
        raise _not_image(shown)
    if kind == "svg":
        check_svg(data, shown)
    else:
        _check_pixels(data, kind, shown)
    return LogoImage(data, kind)


def load_logo(value: str, brief_dir: Path | None) -> LogoImage | None:
    """The brief's logo (``None`` when the field is empty), or ``LogoRefused`` saying why."""
    if not value.strip():
        return None
    path = resolve_logo_path(value, brief_dir)
    return read_logo_file(path, quoted(value.strip()), in_folder=True)


# --------------------------------------------------------------------------------------
# What kind of image: by the bytes, never by the name
# --------------------------------------------------------------------------------------


def sniff_image(data: bytes) -> str:
    """``"png"``, ``"jpeg"`` or ``"svg"`` judged by the bytes, else ``""``.

    An SVG is XML whose first element is ``<svg>``; what may come before it (a byte-order mark,
    the XML declaration, comments, a ``<!DOCTYPE svg ...>``) is skipped.  An HTML page that
    contains an ``<svg>`` is not an SVG file.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    text = data.removeprefix(b"\xef\xbb\xbf")
    prolog = _PROLOG.match(text)
    start = prolog.end() if prolog else 0
    return "svg" if _SVG_ROOT.match(text, start) else ""


def _check_pixels(data: bytes, kind: str, shown: str) -> None:
    size = _png_size(data) if kind == "png" else _jpeg_size(data)
    if size is None:
        return  # a damaged header: the renderer leaves such a picture out and says so
    width, height = size
    if width * height > MAX_LOGO_PIXELS:
        raise _refuse(
            "logo-too-large",
            QT_TRANSLATE_NOOP(
                "Checks",
                "The logo {logo} is a picture of {width} × {height} pixels, too large to "
                "print (the limit is 50 million pixels). Save a smaller version (a logo rarely "
                "needs more than 1000 pixels across) and choose it again.",
            ),
            logo=shown, width=width, height=height,
        )


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """The size in a JPEG's start-of-frame segment (walking the segments from the start)."""
    pos = 2
    while pos + 9 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD8)):  # markers without a length
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE,
                      0xCF):
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return int(width), int(height)
        if length < 2:
            return None
        pos += 2 + length
    return None


# --------------------------------------------------------------------------------------
# SVG: parsed safely, refused when it reaches out or would take too long to draw
# --------------------------------------------------------------------------------------


class _Node:
    __slots__ = ("children", "use", "weight")

    def __init__(self, weight: int) -> None:
        self.children: list[_Node] = []
        self.use: str | None = None  # the id a <use> copies
        self.weight = weight


def _unsafe_svg(template: str, **params: Msg | str | int) -> LogoRefused:
    return _refuse("logo-unsafe-svg", template, **params)


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]


def check_svg(data: bytes, shown: str = "") -> None:
    """Refuse an SVG that the renderer should not be handed, in plain words.

    Parsed with expat: no entity is declared or expanded and no outside file is loaded.  The
    drawing is refused when it declares entities or a document type of its own, names another
    file or a web address, carries scripts or web content, ``<use>``-s itself, or would draw
    more than ``MAX_SVG_SHAPES`` shapes once every ``<use>`` is expanded (a "billion laughs"
    made of nested ``<use>`` copies is a few hundred bytes).
    """
    shown = shown or quoted("logo.svg")
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    root = _Node(0)
    stack = [root]
    ids: dict[str, _Node] = {}
    count = 0

    def declared(*_args: object) -> int:
        raise _unsafe_svg(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The logo {logo} is an SVG file that declares entities or a document type of "
                "its own, which BriefWriter does not read. Export it again as plain SVG (or "
                "as a PNG) and choose it again.",
            ),
            logo=shown,
        )

    def doctype(_name: str, _sysid: str | None, _pubid: str | None, internal: int) -> None:
        if internal:  # the standard <!DOCTYPE svg PUBLIC ...> is fine; a subset [...] is not
            declared()

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal count
        count += 1
        local = _local(name)
        if local.casefold() in _NOT_DRAWN_SAFELY:
            raise _unsafe_svg(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The logo {logo} is an SVG file with a script or web content in it "
                    "(<{element}>), which is not printed. Export it again without it (or as a "
                    "PNG) and choose it again.",
                ),
                logo=shown, element=local,
            )
        numbers = sum(len(_NUMBER.findall(attrs[k].encode())) for k in ("d", "points")
                      if k in attrs)
        node = _Node(1 + numbers // PATH_NUMBERS_PER_SHAPE)
        href = attrs.get("href", attrs.get(_XLINK_HREF))
        if href is not None:
            href = href.strip()
            if local == "use" and href.startswith("#"):
                node.use = href[1:]
            elif local != "a" and not (href.startswith("#") or _EMBEDDED_IMAGE.match(href)):
                raise _unsafe_svg(
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "The logo {logo} is an SVG file that uses another file or a web "
                        "address ({href}); a logo must carry everything it shows. Export it "
                        "again with its pictures embedded (or as a PNG) and choose it again.",
                    ),
                    logo=shown, href=quoted(href, 40),
                )
        if "id" in attrs:
            ids.setdefault(attrs["id"], node)
        stack[-1].children.append(node)
        stack.append(node)

    def end(_name: str) -> None:
        stack.pop()

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = declared
    parser.UnparsedEntityDeclHandler = declared
    parser.NotationDeclHandler = declared
    parser.ExternalEntityRefHandler = declared
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise _unsafe_svg(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The logo {logo} is an SVG file that cannot be read: {reason} (line {line}). "
                "Export it again and choose it again.",
            ),
            logo=shown, reason=expat.ErrorString(exc.code) or "damaged", line=exc.lineno,
        ) from None
    shapes = _drawn_shapes(root, ids, shown) if count else 0
    if shapes > MAX_SVG_SHAPES:
        raise _unsafe_svg(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The logo {logo} is an SVG drawing too complex to print: with its copies "
                "(<use>) drawn out it has about {shapes} shapes, and at most {limit} can be "
                "printed. Simplify it or export it as a PNG and choose it again.",
            ),
            logo=shown, shapes=shapes, limit=MAX_SVG_SHAPES,
        )


def _drawn_shapes(root: _Node, ids: dict[str, _Node], shown: str) -> int:
    """How many shapes drawing ``root`` takes, each ``<use>`` counted as a copy of its target.

    Walked without recursion (a drawing can be nested thousands deep); each node is counted
    once and its total reused; totals stop growing at a billion, which keeps the numbers small
    whatever the nesting.
    """
    cap = 1_000_000_000
    total: dict[int, int] = {}
    on_path: set[int] = set()
    todo: list[tuple[_Node, bool]] = [(root, False)]
    while todo:
        node, done = todo.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            target = ids.get(node.use) if node.use is not None else None
            value = node.weight + sum(total[id(c)] for c in node.children)
            if target is not None:
                value += total[id(target)]
            total[key] = min(value, cap)
            continue
        if key in total:
            continue
        if key in on_path:
            raise _unsafe_svg(
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The logo {logo} is an SVG file in which a copy (<use>) contains itself, "
                    "so it can never be drawn. Export it again and choose it again.",
                ),
                logo=shown,
            )
        on_path.add(key)
        todo.append((node, True))
        nexts = list(node.children)
        if node.use is not None and node.use in ids:
            nexts.append(ids[node.use])
        for child in nexts:
            if id(child) in on_path:
                todo.append((child, False))  # reported as a loop when popped
            elif id(child) not in total:
                todo.append((child, False))
    return total[id(root)] - root.weight
