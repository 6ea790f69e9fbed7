"""Which resources a document may load: the one decision, used by the fetcher when
WeasyPrint asks for a URL and by template lint before anything is rendered (so this module
must not import WeasyPrint)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

ONLY_PACK_FILES = "only files inside the template folder may be used"
MAX_STYLESHEET_BYTES = 5 * 1024 * 1024
"""The largest stylesheet read outside WeasyPrint (template lint, the Word export)."""


class Refused(ValueError):
    """A URL the document may not load; ``reason`` says why in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def scheme_of(url: str) -> str:
    return url.split(":", 1)[0].lower() if ":" in url else ""


def allowed_file(url: str, roots: Iterable[Path]) -> Path:
    """The real path a ``file:`` URL names, if it is inside one of ``roots`` (real paths);
    ``Refused`` otherwise."""
    roots = tuple(roots)
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise Refused("files on other computers are not allowed")
    raw = url2pathname(unquote(parts.path))
    if "\x00" in raw:
        raise Refused("not a valid file name")
    real = Path(os.path.realpath(raw))
    if not any(real.is_relative_to(root) for root in roots):
        given = Path(os.path.abspath(raw))
        if any(given.is_relative_to(root) for root in roots):
            raise Refused("a symbolic link that leads outside the template folder")
        raise Refused(ONLY_PACK_FILES)
    return real


def refusal(url: str, roots: Iterable[Path]) -> str | None:
    """Why an absolute ``url`` may not be loaded, or None when it may (a ``data:`` URL or a
    file inside ``roots``; whether the file exists is not judged here)."""
    scheme = scheme_of(url)
    if scheme == "data":
        return None
    if scheme != "file":
        return ONLY_PACK_FILES
    try:
        allowed_file(url, roots)
    except Refused as exc:
        return exc.reason
    return None
