"""One render job, in this process: brief data -> context -> sandboxed HTML -> PDF and/or HTML.

The worker runs this for every job; tests and tools may call ``render_job`` directly.  A live
preview that would come out exactly as the one before is not laid out again (see
``PreviewMemo``), and a long render reports what it is doing through ``progress``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import resource
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

from briefwriter import paths
from briefwriter.core.errors import BriefWriterError, SaveError, TemplateError
from briefwriter.core.model import Brief, brief_from_data
from briefwriter.render.brand_style import BrandError, BrandStyle, load_brand_style
from briefwriter.render.context import build_context
from briefwriter.render.coverage import longest_parts
from briefwriter.render.fetcher import SafeURLFetcher
from briefwriter.render.jinja import render_html
from briefwriter.render.layout_errors import LAYOUT_ERRORS, layout_failure
from briefwriter.render.pdf import write_html, write_pdf
from briefwriter.render.protocol import (
    PROGRESS_INTERVAL,
    ProtocolError,
    check_job,
    error_info,
    make_result,
)
from briefwriter.render.safety import metadata_title
from briefwriter.render.template_lookup import find_job_template
from briefwriter.render.templates import TemplatePack

MAX_LOG_LINES = 20
MAX_SIGNED_FILES = 500
"""A template folder with more files than this is not fingerprinted (its previews are always
rendered): looking at them all would cost more than it saves."""

#: ``progress(stage, page)``: what a long render is doing (see render/protocol.py).
Progress = Callable[[str, int], None]


def css_dir() -> Path:
    return paths.resources_dir() / "css"


def base_stylesheet() -> Path:
    return css_dir() / "base.css"


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class _LogCollector(logging.Handler):
    """Keeps WeasyPrint's complaints (bad CSS, unloadable images) for the result."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.lines) < MAX_LOG_LINES:
            try:
                self.lines.append(record.getMessage())
            except Exception:  # a malformed log record must not fail the render
                self.lines.append(str(record.msg))


@contextmanager
def _collect_weasyprint_log() -> Iterator[_LogCollector]:
    logger = logging.getLogger("weasyprint")
    handler = _LogCollector()
    logger.addHandler(handler)
    propagate, logger.propagate = logger.propagate, False  # keep layout chatter off stderr
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


class _ProgressRelay(logging.Handler):
    """Turns WeasyPrint's progress log ("Step 5 - Creating layout - Page 12") into
    ``progress("layout", 12)`` calls, no more often than every ``PROGRESS_INTERVAL`` s."""

    def __init__(self, progress: Progress) -> None:
        super().__init__(logging.INFO)
        self.progress = progress
        self.interval = PROGRESS_INTERVAL
        self.next_at = time.monotonic() + self.interval

    def emit(self, record: logging.LogRecord) -> None:
        now = time.monotonic()
        if now < self.next_at:
            return
        self.next_at = now + self.interval
        step = str(record.msg)
        if step.startswith("Step 5"):
            page = record.args[0] if isinstance(record.args, tuple) and record.args else 0
            self.progress("layout", page if isinstance(page, int) else 0)
        elif step.startswith(("Step 6", "Step 7")):
            self.progress("write", 0)
        else:
            self.progress("prepare", 0)


@contextmanager
def _relay_progress(progress: Progress | None) -> Iterator[None]:
    if progress is None:
        yield
        return
    logger = logging.getLogger("weasyprint.progress")
    relay = _ProgressRelay(progress)
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(relay)
    try:
        yield
    finally:
        logger.removeHandler(relay)
        logger.setLevel(level)


@dataclass
class PreviewMemo:
    """The fingerprint of the last live preview rendered, and what its result said.

    A preview asked for with ``skip_unchanged`` whose HTML, stylesheets, options and template
    files have the same fingerprint is answered from here without being laid out."""

    key: str = ""
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    overflow: list[str] = field(default_factory=list)

    def forget(self) -> None:
        self.key = ""


PREVIEWS = PreviewMemo()


def _files_signature(folder: Path, extra_files: Any) -> str | None:
    """Names, sizes and modification times of a template's files (and the brand kit's fonts):
    an edit in the workshop changes the fingerprint although the HTML stays the same.
    None when the folder is too big to look at every time."""
    parts: list[str] = []
    count = 0
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            count += 1
            if count > MAX_SIGNED_FILES:
                return None
            parts.append(_stat_line(Path(root) / name))
    parts += [_stat_line(Path(path)) for path in extra_files]
    return "\n".join(parts)


def _stat_line(path: Path) -> str:
    try:
        info = path.stat()
    except OSError:
        return f"{path}\t-"
    return f"{path}\t{info.st_size}\t{info.st_mtime_ns}"


def _preview_key(html: str, sheets: list[str], options: dict[str, Any],
                 files: str | None) -> str:
    if files is None:
        return ""
    digest = hashlib.sha256()
    for part in (html, "\0".join(sheets), repr(sorted(options.items())), files):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\1")
    return digest.hexdigest()


class _Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._start = time.perf_counter()
        self._last = self._start

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.timings[f"{name}_ms"] = round((now - self._last) * 1000, 1)
        self._last = now

    def done(self) -> dict[str, float]:
        self.timings["total_ms"] = round((time.perf_counter() - self._start) * 1000, 1)
        return self.timings


def _page_warning(brief: Brief, pack: TemplatePack, pages: int) -> str | None:
    """The page limit overrun, naming the longest parts the pack prints: what to cut."""
    limit = pack.page_limit
    if not (limit and pages > limit):
        return None
    unit = "page" if limit == 1 else "pages"
    message = f"The {pack.title} runs to {pages} pages; it is meant to fit on {limit} {unit}."
    longest = longest_parts(brief, pack)
    if longest:
        sizes = [f"{part.title()} ({part.chars:,} characters)" if i == 0
                 else f"{part.title()} ({part.chars:,})" for i, part in enumerate(longest)]
        message += f" The longest parts: {', '.join(sizes)}."
    return message


def _brand(job: dict[str, Any], warnings: list[str]) -> BrandStyle | None:
    """The job's brand kit; one that cannot be used is named in a warning and left out
    (the brief still renders in its own look)."""
    try:
        return load_brand_style(job.get("brand"))
    except BrandError as exc:
        warnings.append(f"The brand kit was not used: {exc}")
        return None


def brand_sheet_url(brand: BrandStyle, look: dict[str, Any]) -> str:
    """The kit's stylesheet as a ``data:`` URL (it is made for this brief's look)."""
    css = brand.stylesheet(look["accent"], look["font_family"])
    return "data:text/css;charset=utf-8," + quote(css)


def _write_word(html: str, context: dict[str, Any], pack: TemplatePack, out_path: Path, *,
                title: str, anonymous: bool) -> list[str]:
    """The Word document of the same HTML (render.docx); what it left out, as warnings.
    In safety mode (``anonymous``) its properties name no one and the subtitle (which may
    name the organisation) is not used as the subject.  python-docx is loaded on the first
    Word export: previews and PDFs never pay for it."""
    from briefwriter.render.docx import write_docx
    from briefwriter.render.docx_css import read_stylesheets

    occasion = context["occasion"]
    keywords = ["Global Compact for Migration", occasion["process_label"], occasion["event"]]
    return write_docx(
        html, out_path=out_path, title=title,
        lang=context["brief"]["language"], author=context["org"]["name"],
        paper=context["look"]["paper"],
        stylesheets=read_stylesheets(
            [base_stylesheet(), *(pack.folder / sheet for sheet in pack.stylesheets)]),
        subject=occasion["line"] if anonymous else (context["brief"]["subtitle"]
                                                    or occasion["line"]),
        keywords=", ".join(dict.fromkeys(k for k in keywords if k)),
        generator=context["meta"]["generator"],
        reference=pack.folder / pack.word_reference if pack.word_reference else None,
        strip_identity=anonymous,
    )


def render_job(job: dict[str, Any], *, today: date | None = None,
               progress: Progress | None = None) -> dict[str, Any]:
    """Run one job; always returns a result (``ok`` false with an ``error`` on failure).

    ``MemoryError`` is the exception: it propagates so that the worker can exit cleanly.
    """
    try:
        result = _render_job(job, today, progress)
    except BaseException:
        PREVIEWS.forget()
        raise
    remember_preview(job, result)
    return result


def remember_preview(job: Any, result: dict[str, Any]) -> None:
    """After a live preview (a job with ``skip_unchanged``): the preview the app now shows
    is this one, so remember its fingerprint, or none when it failed.  The worker calls it
    for a job a forked child ran, whose memory ends with it."""
    if not (isinstance(job, dict) and job.get("skip_unchanged")) or result.get("unchanged"):
        return
    PREVIEWS.key = str(result.get("fingerprint") or "") if result.get("ok") else ""
    PREVIEWS.pages = int(result.get("pages") or 0)
    PREVIEWS.warnings = list(result.get("warnings") or [])
    PREVIEWS.overflow = list(result.get("overflow") or [])


def _render_job(job: dict[str, Any], today: date | None,
                progress: Progress | None) -> dict[str, Any]:
    job_id = job.get("id", 0) if isinstance(job, dict) else 0
    timer = _Timer()
    warnings: list[str] = []
    overflow: list[str] = []  # what does not fit the design: Review shows it
    try:
        check_job(job)
    except ProtocolError as exc:
        return make_result(job_id, ok=False, error=error_info("render", f"Bad job: {exc}"))
    try:
        brief = brief_from_data(job["brief"])
    except Exception as exc:
        return make_result(job_id, ok=False, error=error_info(
            "brief", f"The brief could not be read: {type(exc).__name__}: {exc}"))
    brief_dir = Path(job["brief_dir"]) if job.get("brief_dir") else None
    outputs: dict[str, str] = dict(job.get("outputs", {}))
    preview = job.get("mode", "export") == "preview"
    strict = not preview  # an export stops at an unknown name; a preview shows it empty
    pages = 0
    log: list[str] = []
    try:
        pack = find_job_template(job["template"], job.get("template_source", "brief"), brief_dir)
        timer.lap("template_lookup")
        brand = _brand(job, warnings)
        context = build_context(brief, brief_dir=brief_dir, pack=pack, today=today,
                                warnings=warnings, brand=brand)
        timer.lap("context")
        rendered = render_html(pack, context, strict=strict)
        warnings += rendered.warnings
        timer.lap("html")
        fetcher = SafeURLFetcher([pack.folder, paths.fonts_dir(), css_dir()],
                                 files=brand.font_files if brand else ())
        sheets = [base_stylesheet().as_uri()] + [
            (pack.folder / sheet).as_uri() for sheet in pack.stylesheets
        ]
        if brand is not None:  # last, so that the kit's properties win over a pack's defaults
            sheets.append(brand_sheet_url(brand, context["look"]))
        anonymous = brief.safety.enabled
        title = metadata_title(brief, context["brief"]["title"], pack.title)
        memo_key = ""
        if preview and job.get("skip_unchanged"):
            memo_key = _preview_key(rendered.html, sheets, {
                "outputs": sorted(outputs), "variant": str(job.get("pdf_variant")),
                "title": title, "anonymous": anonymous,
                "lang": context["brief"]["language"], "author": context["org"]["name"],
                "warnings": warnings}, _files_signature(
                    pack.folder, brand.font_files if brand else ()))
            timer.lap("fingerprint")
            if memo_key and memo_key == PREVIEWS.key:
                result = make_result(job_id, ok=True, pages=PREVIEWS.pages,
                                     warnings=PREVIEWS.warnings, timings=timer.done(),
                                     outputs={}, peak_rss_mb=peak_rss_mb(),
                                     overflow=PREVIEWS.overflow)
                result["unchanged"] = True
                return result
        try:
            with _collect_weasyprint_log() as collected, _relay_progress(progress):
                if "pdf" in outputs:
                    # A preview is looked at, not kept: tags and compression would only cost time.
                    pages = write_pdf(
                        rendered.html, base_url=pack.folder.as_uri() + "/", stylesheets=sheets,
                        fetcher=fetcher, out_path=Path(outputs["pdf"]),
                        variant="none" if preview else str(job.get("pdf_variant", "ua-1")),
                        title=title, lang=context["brief"]["language"],
                        author=context["org"]["name"], compress=not preview,
                        anonymous=anonymous,
                    )
                    timer.lap("pdf")
                if "html" in outputs:
                    write_html(rendered.html, stylesheets=sheets, fetcher=fetcher,
                               out_path=Path(outputs["html"]), anonymous=anonymous,
                               title=title)
                    timer.lap("html_export")
                if "docx" in outputs:
                    warnings += _write_word(rendered.html, context, pack, Path(outputs["docx"]),
                                            title=title, anonymous=anonymous)
                    timer.lap("docx")
        except UnicodeError:
            raise  # text that cannot be encoded: not a style problem
        except LAYOUT_ERRORS as exc:
            # WeasyPrint's arithmetic gave up on an absurd size or number in the styles.
            raise layout_failure(pack, exc) from exc
        log = collected.lines
        warnings += fetcher.blocked
        page_note = _page_warning(brief, pack, pages)
        if page_note:
            overflow.append(page_note)
        statement = context["statement"]
        if pack.kind == "statement" and statement["over_limit"]:
            overflow.append(
                f"The statement takes about {statement['time_display']} to deliver; "
                f"the time limit is {statement['time_limit_display']}."
            )
        warnings += overflow
    except TemplateError as exc:
        return make_result(job_id, ok=False, warnings=warnings, timings=timer.done(),
                           error=error_info("template", exc.message, exc.template, exc.line),
                           peak_rss_mb=peak_rss_mb())
    except SaveError as exc:
        return make_result(job_id, ok=False, warnings=warnings, timings=timer.done(),
                           error=error_info("render", str(exc)), peak_rss_mb=peak_rss_mb())
    except MemoryError:
        raise
    except RecursionError:
        return make_result(job_id, ok=False, warnings=warnings, timings=timer.done(),
                           error=error_info("render", "The document is nested too deeply "
                                            "to lay out."), peak_rss_mb=peak_rss_mb())
    except BriefWriterError as exc:  # e.g. damaged GCM or catalogue data in the installation
        return make_result(job_id, ok=False, warnings=warnings, timings=timer.done(),
                           error=error_info("render", str(exc)), peak_rss_mb=peak_rss_mb())
    except Exception as exc:
        return make_result(job_id, ok=False, warnings=warnings, timings=timer.done(),
                           error=error_info("render", f"Rendering failed: {type(exc).__name__}: "
                                            f"{exc}"), peak_rss_mb=peak_rss_mb())
    result = make_result(job_id, ok=True, pages=pages, warnings=list(dict.fromkeys(warnings)),
                         timings=timer.done(), outputs=outputs, peak_rss_mb=peak_rss_mb(),
                         overflow=overflow)
    if log:
        result["log"] = log
    if memo_key and not log:  # a logged complaint may come from the files: look again
        result["fingerprint"] = memo_key
    return result
