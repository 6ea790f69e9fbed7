"""HTML to PDF with WeasyPrint (PDF/UA-1, PDF/A-3u or plain), and the standalone HTML export.

The one module that drives WeasyPrint.  Every resource goes through a ``SafeURLFetcher``;
files are never embedded as attachments.
"""

from __future__ import annotations

import atexit
import base64
import math
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import tinycss2
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from briefwriter import __version__
from briefwriter.core.storage import atomic_write_bytes
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
    folder = getattr(config, "_folder", None)
    if folder:  # WeasyPrint's copies of the fonts; at exit its own clean-up may not run
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(reset_font_config)


@dataclass
class PdfOutput:
    data: bytes
    pages: int


def _finish(document: Any, pdf: Any) -> None:
    """Last look before the file is written: a title shown by viewers, never embedded files."""
    import pydyf

    prefs = pdf.catalog.get("ViewerPreferences")
    if prefs is None:
        pdf.catalog["ViewerPreferences"] = pydyf.Dictionary({"DisplayDocTitle": "true"})
    else:
        prefs["DisplayDocTitle"] = "true"
    names = pdf.catalog.get("Names")
    if names is not None and "EmbeddedFiles" in names:
        del names["EmbeddedFiles"]


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
) -> PdfOutput:
    """Lay out ``html`` with ``stylesheets`` (URLs, loaded through ``fetcher``) into a PDF."""
    if variant not in PDF_VARIANTS:
        raise ValueError(f"unknown PDF variant {variant!r}")
    pdf_variant = PDF_VARIANTS[variant]
    tags = variant != "none"
    fonts = font_config()
    sheets = []
    for url in stylesheets:
        try:
            sheets.append(CSS(url=url, url_fetcher=fetcher, font_config=fonts))
        except ResourceBlocked:
            continue  # recorded by the fetcher and reported with the result
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
        font_config=fonts, stylesheets=sheets, pdf_variant=pdf_variant, pdf_tags=tags
    )
    # Nothing from disk may travel inside the PDF, whatever the template asks for.
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]
    meta = document.metadata
    meta.title = meta.title or title or "Untitled brief"
    meta.lang = meta.lang or lang or "en"
    if author and not meta.authors:
        meta.authors = [author]
    meta.generator = GENERATOR
    meta.custom = {}
    data = document.write_pdf(pdf_variant=pdf_variant, pdf_tags=tags, finisher=_finish)
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
) -> int:
    """Render and write the PDF to ``out_path`` (atomically); returns the page count."""
    output = render_pdf(
        html, base_url=base_url, stylesheets=stylesheets, fetcher=fetcher,
        variant=variant, title=title, lang=lang, author=author,
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


def standalone_html(
    html: str, *, stylesheets: Sequence[str], fetcher: SafeURLFetcher
) -> str:
    """``html`` with the given stylesheets inlined (before the template's own styles)."""
    parts = [_screen_fonts()]
    for url in stylesheets:
        try:
            response = fetcher.fetch(url)
            text = response.read().decode("utf-8", errors="replace")
        except Exception:  # noqa: S112 - refused URLs are recorded by the fetcher
            continue
        parts.append(_inline_css(text, url, fetcher))
    style = "<style>\n" + "\n".join(parts).replace("</", "<\\/") + "\n</style>\n"
    # The encoding must be declared early in the file, before our (long) style element.
    charset = re.search(r"<meta\s+charset=[^>]*>", html[:4096], flags=re.IGNORECASE)
    if charset:
        return html[: charset.end()] + "\n" + style + html[charset.end() :]
    style = '<meta charset="utf-8">\n' + style
    head = re.search(r"<head[^>]*>", html, flags=re.IGNORECASE)
    if head:
        return html[: head.end()] + "\n" + style + html[head.end() :]
    return style + html


def write_html(
    html: str, *, stylesheets: Sequence[str], fetcher: SafeURLFetcher, out_path: Path
) -> None:
    write_atomically(out_path, standalone_html(html, stylesheets=stylesheets,
                                               fetcher=fetcher).encode("utf-8"))
