"""The only way WeasyPrint may load a resource: ``data:`` URLs and files inside the template
pack or BriefWriter's bundled fonts and CSS; everything else is refused and recorded."""

from __future__ import annotations

import base64
import mimetypes
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, unquote_to_bytes, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file
from briefwriter.render.resource_rules import ONLY_PACK_FILES, Refused, allowed_file, scheme_of

MAX_RESOURCE_BYTES = 20 * 1024 * 1024
"""The largest single file (font, image, stylesheet) a document may load."""
MAX_TOTAL_BYTES = 200 * 1024 * 1024
"""The most a single render may load in all (stops a template reloading one file forever)."""

_EXTRA_TYPES = {
    ".css": "text/css",
    ".svg": "image/svg+xml",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
}


class ResourceBlocked(ValueError):
    """A resource was refused; WeasyPrint logs it and carries on without it."""


def _shorten(url: str, limit: int = 120) -> str:
    return url if len(url) <= limit else url[: limit - 1] + "…"


def content_type_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _EXTRA_TYPES:
        return _EXTRA_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def decode_data_url(url: str) -> tuple[bytes, str]:
    """The bytes and media type of a ``data:`` URL (``ValueError`` when malformed)."""
    header, sep, payload = url[5:].partition(",")
    if not sep:
        raise ValueError("malformed data: URL")
    params = header.split(";")
    media_type = params[0].strip() or "text/plain"
    if "base64" in (p.strip().lower() for p in params[1:]):
        data = base64.b64decode(unquote(payload), validate=False)
    else:
        data = unquote_to_bytes(payload)
    charset = next((p.strip() for p in params[1:] if p.strip().lower().startswith("charset=")), "")
    return data, f"{media_type};{charset}" if charset else media_type


class SafeURLFetcher(URLFetcher):  # type: ignore[misc]
    """Serves ``data:`` URLs, files whose real path is inside one of ``roots``, and the
    single ``files`` named (a brand kit's fonts: the rest of the kit's folder stays closed).

    ``blocked`` lists a message per refused URL (in order, without repeats); ``fetched``
    lists the URLs served.  No network request is ever made.
    """

    def __init__(self, roots: Iterable[Path], *, files: Iterable[Path] = (),
                 max_bytes: int = MAX_RESOURCE_BYTES,
                 max_total_bytes: int = MAX_TOTAL_BYTES) -> None:
        super().__init__(timeout=1, allowed_protocols=("data", "file"))
        self.roots = tuple(Path(os.path.realpath(r)) for r in roots)
        self.files = frozenset(Path(os.path.realpath(f)) for f in files)
        self.max_bytes = max_bytes
        self.max_total_bytes = max_total_bytes
        self.total_bytes = 0
        self.blocked: list[str] = []
        self.fetched: list[str] = []

    def _block(self, url: str, reason: str) -> ResourceBlocked:
        message = f"The template tried to load {_shorten(url)}: blocked ({reason})"
        if message not in self.blocked:
            self.blocked.append(message)
        return ResourceBlocked(message)

    def _account(self, url: str, size: int) -> None:
        if size > self.max_bytes:
            raise self._block(url, f"larger than {self.max_bytes // (1024 * 1024)} MB")
        if self.total_bytes + size > self.max_total_bytes:
            raise self._block(url, "the document loads too much data")
        self.total_bytes += size

    def resolve_file_url(self, url: str) -> Path:
        """The real path a ``file:`` URL names, if it is inside the allowed folders or is
        one of the allowed files."""
        if self.files:
            parts = urlsplit(url)
            raw = url2pathname(unquote(parts.path))
            if parts.netloc in ("", "localhost") and "\x00" not in raw:
                real = Path(os.path.realpath(raw))
                if real in self.files:
                    return real
        try:
            return allowed_file(url, self.roots)
        except Refused as exc:
            raise self._block(url, exc.reason) from None

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        scheme = scheme_of(url)
        if scheme == "data":
            try:
                data, media_type = decode_data_url(url)
            except ValueError:
                raise self._block(url, "malformed data: URL") from None
            self._account(_shorten(url, 60), len(data))
            return URLFetcherResponse(url, body=data, headers={"Content-Type": media_type})
        if scheme != "file":
            raise self._block(url, ONLY_PACK_FILES)
        path = self.resolve_file_url(url)
        try:
            self._account(url, path.stat().st_size)
            data = read_regular_file(path, self.max_bytes)
        except (FileNotFoundError, NotRegularFileError):  # a pipe could block, a device not end
            raise self._block(url, "no such file") from None
        except FileTooLargeError:  # the file grew since it was measured
            raise self._block(url, "too large") from None
        except OSError as exc:
            raise self._block(url, exc.strerror or "cannot be read") from None
        self.fetched.append(url.split("?", 1)[0])
        return URLFetcherResponse(
            path.as_uri(), body=data, headers={"Content-Type": content_type_for(path)}
        )
