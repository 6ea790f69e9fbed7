"""The render worker's protocol: one JSON object per line on stdin (jobs) and stdout (results).

Free of WeasyPrint and Qt, so that the command line and the GUI can both speak it.

Job:     {"id": 7, "op": "render", "brief": {...}, "brief_dir": "/abs/path" | null,
          "template": "position-paper" | "/path/to/pack", "template_source": "brief" | "explicit",
          "outputs": {"pdf": path, "html": path, "docx": path},
          "pdf_variant": "ua-1" | "a-3u" | "none", "mode": "preview" | "export",
          "brand": "/abs/path/to/brand/kit" | null, "skip_unchanged": false}
         brand: the folder of the organisation's brand kit to apply (render.brand_style), or
         null (or missing) for the brief's own look alone.
         template_source "brief" (the default): the name comes from the brief, so it may only
         name an installed pack or a folder inside brief_dir; "explicit": the person chose
         it (command line, app), so any folder goes.
         skip_unchanged (previews only): when the document would come out exactly as the last
         preview rendered with this flag (same HTML, stylesheets, options and template files),
         nothing is laid out or written and the result says ``"unchanged": true``, repeating
         that preview's pages and warnings.
         {"id": 8, "op": "ping"}     {"id": 9, "op": "shutdown"}
Ready:   {"op": "ready", "pid": 1234, "protocol": 2}      (once, when the worker is warm)
Result:  {"id": 7, "ok": true, "pages": 3, "warnings": [...], "timings": {"total_ms": ...},
          "peak_rss_mb": 98.5, "outputs": {...}, "error": null}
         error: {"kind": "template" | "brief" | "render" | "memory", "message": str,
                 "template": str, "line": int | null}
Progress: {"op": "progress", "id": 7, "stage": "layout", "page": 12}
         sent while a job runs, at most every PROGRESS_INTERVAL seconds and only once it has
         run that long: stage "prepare" (HTML and styles), "layout" (``page`` the page being
         laid out) or "write" (the PDF or HTML file).
"""

from __future__ import annotations

import json
import os
from typing import Any

PROTOCOL_VERSION = 2
OPS = ("render", "ping", "shutdown")
PDF_VARIANTS = ("ua-1", "a-3u", "none")
MODES = ("preview", "export")
TEMPLATE_SOURCES = ("brief", "explicit")
ERROR_KINDS = ("template", "brief", "render", "memory")
STAGES = ("prepare", "layout", "write")
OUTPUT_KINDS = ("pdf", "html", "docx")
"""What a job can write: the PDF, standalone HTML, and a Word document (render.docx)."""
PROGRESS_INTERVAL = 0.15
"""Seconds between progress messages (and before the first): a render of a page or two
sends none; a long one says what it is doing a few times a second."""
MAX_LINE_BYTES = 64 * 1024 * 1024
"""The longest message accepted (a brief with its text is far smaller)."""


class ProtocolError(ValueError):
    """A message that is not valid JSON or not a job this protocol knows."""


def make_render_job(
    *,
    brief: dict[str, Any],
    brief_dir: str | None,
    template: str,
    outputs: dict[str, str],
    pdf_variant: str = "ua-1",
    mode: str = "export",
    job_id: int = 0,
    template_source: str = "brief",
    brand: str | None = None,
    skip_unchanged: bool = False,
) -> dict[str, Any]:
    """A render job; the client fills in ``id`` when it sends it.

    ``template_source`` is "explicit" only for a template the person chose themselves; one
    read from the brief stays "brief", and is then confined to the brief's folder.
    """
    job = {
        "id": job_id, "op": "render", "brief": brief, "brief_dir": brief_dir,
        "template": template, "template_source": template_source, "outputs": dict(outputs),
        "pdf_variant": pdf_variant, "mode": mode,
    }
    if brand:
        job["brand"] = brand
    if skip_unchanged:
        job["skip_unchanged"] = True
    check_job(job)
    return job


def check_job(job: Any) -> None:
    """Raise ``ProtocolError`` naming what is wrong with ``job``."""
    if not isinstance(job, dict):
        raise ProtocolError("a job must be a JSON object")
    op = job.get("op")
    if op not in OPS:
        raise ProtocolError(f"unknown op {op!r}; expected one of {', '.join(OPS)}")
    if not isinstance(job.get("id", 0), int):
        raise ProtocolError("'id' must be a whole number")
    if op != "render":
        return
    if not isinstance(job.get("brief"), dict):
        raise ProtocolError("'brief' must be the brief's fields (an object)")
    brief_dir = job.get("brief_dir")
    if brief_dir is not None and not (isinstance(brief_dir, str) and os.path.isabs(brief_dir)):
        # A relative folder would be read against the worker's own working folder.
        raise ProtocolError("'brief_dir' must be an absolute folder path or null")
    if not isinstance(job.get("template"), str) or not job["template"]:
        raise ProtocolError("'template' must be a template name or folder")
    if job.get("template_source", "brief") not in TEMPLATE_SOURCES:
        raise ProtocolError(f"'template_source' must be one of {', '.join(TEMPLATE_SOURCES)}")
    outputs = job.get("outputs", {})
    if not isinstance(outputs, dict) or not all(
        k in OUTPUT_KINDS and isinstance(v, str) and v for k, v in outputs.items()
    ):
        raise ProtocolError("'outputs' maps 'pdf', 'html' and/or 'docx' to file paths")
    if job.get("pdf_variant", "ua-1") not in PDF_VARIANTS:
        raise ProtocolError(f"'pdf_variant' must be one of {', '.join(PDF_VARIANTS)}")
    brand = job.get("brand")
    if brand is not None and not (isinstance(brand, str) and os.path.isabs(brand)):
        raise ProtocolError("'brand' must be the brand kit's absolute folder path or null")
    if job.get("mode", "export") not in MODES:
        raise ProtocolError(f"'mode' must be one of {', '.join(MODES)}")
    if job.get("skip_unchanged", False) not in (True, False):
        raise ProtocolError("'skip_unchanged' must be true or false")
    if job.get("skip_unchanged") and job.get("mode", "export") != "preview":
        raise ProtocolError("'skip_unchanged' is for previews only: an export always writes")


def encode(message: dict[str, Any]) -> bytes:
    """One message as a line of UTF-8 JSON."""
    return (json.dumps(message, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def decode(line: bytes | str) -> dict[str, Any]:
    if len(line) > MAX_LINE_BYTES:
        raise ProtocolError("message too long")
    try:
        message = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ProtocolError(f"not a JSON message: {exc}") from None
    if not isinstance(message, dict):
        raise ProtocolError("a message must be a JSON object")
    return message


def error_info(
    kind: str, message: str, template: str = "", line: int | None = None
) -> dict[str, Any]:
    return {"kind": kind if kind in ERROR_KINDS else "render", "message": message,
            "template": template, "line": line}


def make_result(
    job_id: int,
    *,
    ok: bool,
    pages: int = 0,
    warnings: list[str] | None = None,
    timings: dict[str, float] | None = None,
    outputs: dict[str, str] | None = None,
    error: dict[str, Any] | None = None,
    peak_rss_mb: float = 0.0,
    overflow: list[str] | None = None,
) -> dict[str, Any]:
    """A result; ``overflow`` holds the warnings that say the paper does not fit its design
    (pages over the template's limit, a statement over its time), also in ``warnings``."""
    return {
        "id": job_id, "ok": ok, "pages": pages, "warnings": list(warnings or []),
        "timings": dict(timings or {}), "peak_rss_mb": round(peak_rss_mb, 1),
        "outputs": dict(outputs or {}), "error": error, "overflow": list(overflow or []),
    }


def progress_message(job_id: int, stage: str, page: int = 0) -> dict[str, Any]:
    message: dict[str, Any] = {"op": "progress", "id": job_id, "stage": stage}
    if page:
        message["page"] = page
    return message


def ready_message(pid: int) -> dict[str, Any]:
    return {"op": "ready", "pid": pid, "protocol": PROTOCOL_VERSION}


#: Briefs with more text than this take more than a few seconds to lay out (about 3 MB of
#: text is some hundreds of pages): a time limit reached on one is no sign of a bad template.
LONG_BRIEF_CHARACTERS = 500_000


def text_characters(data: Any) -> int:
    """How many characters of text ``data`` (a job's brief: plain data) holds."""
    if isinstance(data, str):
        return len(data)
    if isinstance(data, dict):
        return sum(text_characters(v) for v in data.values())
    if isinstance(data, list):
        return sum(text_characters(v) for v in data)
    return 0


def is_long_brief(job: dict[str, Any]) -> bool:
    """Whether the job's brief is long enough to explain a render that hits its time limit."""
    return text_characters(job.get("brief")) > LONG_BRIEF_CHARACTERS
