"""HTML to PDF with WeasyPrint (PDF/UA-1, PDF/A-3u or plain), and the standalone HTML export.

The one module that drives WeasyPrint.  Every resource goes through a ``SafeURLFetcher``;
files are never embedded as attachments, and links lead only to the web, e-mail or the
document itself.  Parsed stylesheets are kept between renders when that cannot change a result.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import io
import logging
import math
import os
import re
import shutil
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit
from urllib.request import url2pathname

import tinycss2
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from briefwriter import __version__, paths
from briefwriter.core.atomic_write import atomic_write_bytes
from briefwriter.render import pdf_structure
from briefwriter.render.fetcher import ResourceBlocked, SafeURLFetcher, content_type_for

PDF_VARIANTS: dict[str, str | None] = {"ua-1": "pdf/ua-1", "a-3u": "pdf/a-3u", "none": None}
GENERATOR = f"BriefWriter {__version__}"

_FONT_CONFIG: FontConfiguration | None = None


def _tolerate_footnote_rounding() -> None:
    """Keep footnotes on the page that cites them.

    WeasyPrint 70 decides that the footnote area overflows by comparing two float sums
    exactly; with some margins and borders they differ by 1e-13 and every footnote is pushed
    to a page of its own.  An area of automatic height with no max-height cannot really
    overflow, so such a result is rounding and is ignored.
    """
    try:
        from weasyprint.layout import LayoutContext

        original = LayoutContext._update_footnote_area
    except (ImportError, AttributeError):  # pragma: no cover - a WeasyPrint without it
        return
    if getattr(original, "_briefwriter_tolerant", False):
        return

    def update_footnote_area(self: Any) -> Any:
        overflow = original(self)
        style = self.current_footnote_area.style
        max_height = getattr(style["max_height"], "value", 0)
        if overflow and style["height"] == "auto" and math.isinf(max_height):
            return False
        return overflow

    update_footnote_area._briefwriter_tolerant = True  # type: ignore[attr-defined]
    LayoutContext._update_footnote_area = update_footnote_area


_tolerate_footnote_rounding()


def _tag_notes_and_headers() -> None:
    """Tell ``render.pdf_structure`` which tags are footnotes, and give header cells the
    scope their HTML says, as WeasyPrint 70 tags each box (it knows neither)."""
    try:
        from weasyprint.formatting_structure.boxes import FootnoteAreaBox
        from weasyprint.pdf import tags

        original = tags._build_box_tree
    except (ImportError, AttributeError):  # pragma: no cover - a WeasyPrint without it
        return
    if not getattr(original, "_briefwriter_notes", False):
        tags._build_box_tree = pdf_structure.noting_tagger(original, FootnoteAreaBox)


_tag_notes_and_headers()


def font_config() -> FontConfiguration:
    """One font configuration per process: bundled fonts are registered once, then reused."""
    global _FONT_CONFIG
    if _FONT_CONFIG is None:
        _FONT_CONFIG = FontConfiguration()
    return _FONT_CONFIG


def reset_font_config() -> None:
    """Forget fonts registered by earlier documents (the next render starts afresh)."""
    global _FONT_CONFIG
    config, _FONT_CONFIG = _FONT_CONFIG, None
    SHEETS.clear()  # their @font-face rules were registered with the old configuration
    folder = getattr(config, "_folder", None)
    if folder:  # WeasyPrint's copies of the fonts; at exit its own clean-up may not run
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(reset_font_config)


# --------------------------------------------------------------------------------------
# Stylesheets kept between renders
# --------------------------------------------------------------------------------------

MAX_CACHED_SHEETS = 16
MAX_CACHED_SHEET_BYTES = 512 * 1024


class _WatchingFetcher(URLFetcher):  # type: ignore[misc]
    """Passes fetches on to the job's fetcher and notes that there were some."""

    def __init__(self, inner: SafeURLFetcher) -> None:
        super().__init__(allowed_protocols=())
        self.inner = inner
        self.used = False

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        self.used = True
        return self.inner.fetch(url, headers)


@dataclass
class _Parsed:
    css: Any  # weasyprint.CSS
    log: list[tuple[int, str]] = field(default_factory=list)  # parse warnings, to repeat


class _LogCopy(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.records.append((record.levelno, record.getMessage()))
        except Exception:  # a malformed record is not worth failing a render for
            self.records.append((record.levelno, str(record.msg)))


@contextmanager
def _copy_weasyprint_log() -> Iterator[_LogCopy]:
    logger = logging.getLogger("weasyprint")
    handler = _LogCopy()
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


class StylesheetCache:
    """Parsed stylesheets, by URL and content, reused while they give the same result.

    Every render still reads each sheet through its own fetcher (so a file that was changed,
    removed or replaced by a link leading out is noticed and reported), and a cached sheet is
    used only for the same bytes at the same address.  A sheet whose parsing loaded anything
    (``@import``, ``@font-face``) is parsed anew each time, because those files can change
    and each render must record what it loads and what was blocked; BriefWriter's own base
    stylesheet is the exception, since its fonts are bundled and registered once per process.
    What WeasyPrint said about a sheet while parsing it is said again on every reuse.
    """

    def __init__(self, trusted_dir: Path) -> None:
        self.trusted_dir = Path(os.path.realpath(trusted_dir))
        self._entries: OrderedDict[tuple[str, str], _Parsed] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()

    def _trusted(self, url: str) -> bool:
        if not url.startswith("file:"):
            return False
        path = Path(os.path.realpath(url2pathname(unquote(urlsplit(url).path))))
        return path.is_relative_to(self.trusted_dir)

    def load(self, url: str, fetcher: SafeURLFetcher, fonts: FontConfiguration) -> Any:
        """The parsed sheet at ``url``; ``ResourceBlocked`` when the fetcher refuses it."""
        response = fetcher.fetch(url)
        try:
            data = response.read()
        finally:
            response.close()
        key = (response.url, hashlib.sha256(data).hexdigest())
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            logger = logging.getLogger("weasyprint")
            for level, message in entry.log:
                logger.log(level, "%s", message)
            return entry.css
        watcher = _WatchingFetcher(fetcher)
        blocked_before = len(fetcher.blocked)
        with _copy_weasyprint_log() as log:
            css = CSS(file_obj=io.BytesIO(data), base_url=response.url, url_fetcher=watcher,
                      font_config=fonts)
        trusted = self._trusted(response.url) and len(fetcher.blocked) == blocked_before
        if (trusted or not watcher.used) and len(data) <= MAX_CACHED_SHEET_BYTES:
            self._entries[key] = _Parsed(css, log.records)
            while len(self._entries) > MAX_CACHED_SHEETS:
                self._entries.popitem(last=False)
        return css


SHEETS = StylesheetCache(paths.resources_dir() / "css")


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------

_LINK_SCHEME = re.compile(r"(?i)(?:https?|mailto):")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def allowed_link(kind: str, target: Any) -> bool:
    """Whether a link may be written into the PDF: within the document, or to an ``http:``,
    ``https:`` or ``mailto:`` address (never ``javascript:``, ``file:``, attachments ...)."""
    if kind == "internal":
        return True
    if kind != "external" or not isinstance(target, str):
        return False
    return bool(_LINK_SCHEME.match(target)) and not _CONTROL.search(target)


@dataclass
class PdfOutput:
    data: bytes
    pages: int


def _finish(document: Any, pdf: Any) -> None:
    """Last look before the file is written: a title shown by viewers, never embedded files,
    the tag tree finished for PDF/UA (``render.pdf_structure``)."""
    import pydyf

    pdf_structure.finish_structure(pdf)

    prefs = pdf.catalog.get("ViewerPreferences")
    if prefs is None:
        pdf.catalog["ViewerPreferences"] = pydyf.Dictionary({"DisplayDocTitle": "true"})
    else:
        prefs["DisplayDocTitle"] = "true"
    names = pdf.catalog.get("Names")
    if names is not None and "EmbeddedFiles" in names:
        del names["EmbeddedFiles"]


def _anonymise(meta: Any, title: str) -> None:
    """Safety mode: the document information and XMP name the tool and the given title
    (PDF/UA and PDF/A need one), nothing else: no author, subject, keywords or dates, none
    of what the template's HTML said about itself.  The tag tree and ``/Lang`` stay."""
    meta.title = title or "Untitled brief"
    meta.authors = []
    meta.description = None
    meta.keywords = []
    meta.created = None
    meta.modified = None
    meta.xmp_metadata = []


def render_pdf(
    html: str,
    *,
    base_url: str,
    stylesheets: Sequence[str],
    fetcher: SafeURLFetcher,
    variant: str = "ua-1",
    title: str = "",
    lang: str = "",
    author: str = "",
    compress: bool = True,
    anonymous: bool = False,
) -> PdfOutput:
    """Lay out ``html`` with ``stylesheets`` (URLs, loaded through ``fetcher``) into a PDF.

    ``compress=False`` saves time when the file is only looked at and thrown away (previews).
    ``anonymous`` (safety mode): the metadata carry ``title`` and the tool's name only.
    """
    if variant not in PDF_VARIANTS:
        raise ValueError(f"unknown PDF variant {variant!r}")
    pdf_variant = PDF_VARIANTS[variant]
    tags = variant != "none"
    fonts = font_config()
    sheets = []
    for url in stylesheets:
        try:
            sheets.append(SHEETS.load(url, fetcher, fonts))
        except ResourceBlocked:
            continue  # recorded by the fetcher and reported with the result
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
        font_config=fonts, stylesheets=sheets, pdf_variant=pdf_variant, pdf_tags=tags
    )
    # Nothing from disk may travel inside the PDF, whatever the template asks for, and a
    # link may not run a script or open a file when it is clicked.
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if allowed_link(link[0], link[1])]
    meta = document.metadata
    meta.title = meta.title or title or "Untitled brief"
    meta.lang = meta.lang or lang or "en"
    if author and not meta.authors:
        meta.authors = [author]
    meta.generator = GENERATOR
    meta.custom = {}
    if anonymous:
        _anonymise(meta, title)
    data = document.write_pdf(pdf_variant=pdf_variant, pdf_tags=tags, finisher=_finish,
                              uncompressed_pdf=not compress)
    return PdfOutput(data=bytes(data), pages=len(document.pages))


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` only once all of it is safely on disk (no ``.bak``)."""
    atomic_write_bytes(path, data, keep_backup=False)


def write_pdf(
    html: str,
    *,
    base_url: str,
    stylesheets: Sequence[str],
    fetcher: SafeURLFetcher,
    out_path: Path,
    variant: str = "ua-1",
    title: str = "",
    lang: str = "",
    author: str = "",
    compress: bool = True,
    anonymous: bool = False,
) -> int:
    """Render and write the PDF to ``out_path`` (atomically); returns the page count."""
    output = render_pdf(
        html, base_url=base_url, stylesheets=stylesheets, fetcher=fetcher,
        variant=variant, title=title, lang=lang, author=author, compress=compress,
        anonymous=anonymous,
    )
    write_atomically(out_path, output.data)
    return output.pages


# --------------------------------------------------------------------------------------
# Standalone HTML
# --------------------------------------------------------------------------------------

# In a browser the bundled font files are not beside the page: use the same fonts if the
# reader has them installed, else the browser's own sans-serif or serif.
def _screen_fonts() -> str:
    faces = []
    for family, full_name, styles in (
        ("BriefWriter Sans", "Noto Sans", ("Regular", "Bold", "Italic", "Bold Italic")),
        ("BriefWriter Serif", "Noto Serif", ("Regular", "Bold", "Italic", "Bold Italic")),
        ("BriefWriter Arabic", "Noto Naskh Arabic", ("Regular", "Bold")),
    ):
        for style in styles:
            weight = 700 if "Bold" in style else 400
            italic = "italic" if "Italic" in style else "normal"
            name = full_name if style == "Regular" else f"{full_name} {style}"
            postscript = f"{full_name.replace(' ', '')}-{style.replace(' ', '')}"
            faces.append(
                f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
                f'font-style: {italic}; src: local("{name}"), local("{postscript}"); }}'
            )
    return "\n".join(faces)


def _inline_css(css_text: str, base_url: str, fetcher: SafeURLFetcher) -> str:
    """The stylesheet without @font-face and @import, its images turned into data: URLs."""
    rules = tinycss2.parse_stylesheet(css_text, skip_whitespace=True, skip_comments=True)
    out: list[str] = []
    for rule in rules:
        if rule.type == "at-rule" and rule.lower_at_keyword in ("font-face", "import"):
            continue
        out.append(tinycss2.serialize([rule]))
    text = "\n".join(out)

    def data_url(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.startswith("data:"):
            return match.group(0)
        try:
            response = fetcher.fetch(urljoin(base_url, target))
            body = response.read()
        except Exception:
            return "url()"
        kind = content_type_for(Path(target.split("?", 1)[0]))
        return f'url("data:{kind};base64,{base64.b64encode(body).decode("ascii")}")'

    return re.sub(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)""", data_url, text)


# A shared template may put scripts, event handlers or remote resources in its HTML. The
# exported file is opened in a browser, so it declares a policy (first thing in the file,
# before anything the template wrote) that runs no script and loads nothing from anywhere:
# only the inlined styles, data: images and the reader's installed fonts.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
    "base-uri 'none'; form-action 'none'"
)
_DOCTYPE = re.compile(r"^\s*<!doctype[^>]*>", re.IGNORECASE)
_META_REFRESH = re.compile(r"<meta\b[^>]*http-equiv\s*=\s*[\"']?\s*refresh[^>]*>", re.IGNORECASE)


_META_NAMED = re.compile(r"<meta\b[^>]*\b(?:name|property)\s*=\s*[\"']?\s*([\w.:-]+)[^>]*>",
                         re.IGNORECASE)
_TITLE = re.compile(r"<title\b[^>]*>.*?</title\s*>", re.IGNORECASE | re.DOTALL)


def _anonymous_head(html: str, title: str) -> str:
    """Safety mode: no ``<meta name=...>`` but the viewport (author, generator, description
    and the like say who made the page), and ``title`` as the page's title."""
    html = _META_NAMED.sub(
        lambda m: m.group(0) if m.group(1).lower() == "viewport" else "", html)
    return _TITLE.sub(lambda _m: f"<title>{escape(title)}</title>", html, count=1)


def standalone_html(
    html: str, *, stylesheets: Sequence[str], fetcher: SafeURLFetcher,
    anonymous: bool = False, title: str = "",
) -> str:
    """``html`` with the given stylesheets inlined (before the template's own styles), behind
    a content security policy that keeps a template's scripts and remote loads from running.

    ``anonymous`` (safety mode): the page says nothing about who made it, and its title is
    ``title``."""
    if anonymous:
        html = _anonymous_head(html, title)
    parts = [_screen_fonts()]
    for url in stylesheets:
        try:
            response = fetcher.fetch(url)
            text = response.read().decode("utf-8", errors="replace")
        except Exception:  # noqa: S112 - refused URLs are recorded by the fetcher
            continue
        parts.append(_inline_css(text, url, fetcher))
    style = "<style>\n" + "\n".join(parts).replace("</", "<\\/") + "\n</style>\n"
    guard = (
        '<!DOCTYPE html>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
    )
    # A refresh would take the reader elsewhere, which no policy stops.
    body = _META_REFRESH.sub("", _DOCTYPE.sub("", html, count=1))
    # The browser moves these head elements into the template's <head>, and keeps the
    # attributes (lang, dir) of the template's <html> element.
    return guard + style + body


def write_html(
    html: str, *, stylesheets: Sequence[str], fetcher: SafeURLFetcher, out_path: Path,
    anonymous: bool = False, title: str = "",
) -> None:
    page = standalone_html(html, stylesheets=stylesheets, fetcher=fetcher,
                           anonymous=anonymous, title=title)
    write_atomically(out_path, page.encode("utf-8"))
