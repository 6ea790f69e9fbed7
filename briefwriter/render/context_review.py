"""The parts of the template context that follow commitments from one review to the next:
pledges, co-signatories, what became of the last review's asks and pledges (``follow_up``),
the earlier cycles (``history``) and the safety setting.

``render.context`` calls these in reading order with its footnote counter's ``html`` (so
footnotes are numbered where the text is printed) and its ``logo_data_url``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup

from briefwriter.core.errors import GcmReferenceError
from briefwriter.core.gcm import Gcm
from briefwriter.core.model import FOLLOW_UP_STATUSES, Brief, FieldPath

#: Markdown of a field, made into HTML with its footnotes numbered in reading order.
ToHtml = Callable[[str, FieldPath], Markup]
#: (logo value, brief folder, field) -> (data: URL or "", a warning or None).
ToLogo = Callable[[str, Path | None, FieldPath], tuple[str, str | None]]

CONTACT_KEYS = ("name", "email", "phone", "website", "address")


def _objectives(numbers: list[int], gcm: Gcm) -> list[dict[str, Any]]:
    """``[{number, title}]`` for the objectives a pledge serves, each once, in its order."""
    out: list[dict[str, Any]] = []
    for number in dict.fromkeys(numbers):
        try:
            title = gcm.objective(number).title
        except GcmReferenceError:
            continue  # validation refuses these in a file; a hand-made job is not worth a crash
        out.append({"number": number, "title": title})
    return out


def pledges(brief: Brief, html: ToHtml, gcm: Gcm) -> list[dict[str, Any]]:
    """The pledges that say anything; ``text_html`` and ``by_when`` are kept for templates
    written against context version 1."""
    out = []
    for i, pledge in enumerate(brief.pledges):
        if pledge.is_empty():
            continue
        action_html = html(pledge.action, ("pledges", i, "action"))
        deadline = pledge.deadline.strip()
        out.append({
            "action_html": action_html, "who": pledge.who.strip(),
            "objectives": _objectives(pledge.objectives, gcm),
            "indicator": pledge.indicator.strip(), "baseline": pledge.baseline.strip(),
            "target": pledge.target.strip(), "deadline": deadline,
            "resources": pledge.resources.strip(),
            "text_html": action_html, "by_when": deadline,
        })
    return out


def cosignatories(brief: Brief, brief_dir: Path | None, logo_data_url: ToLogo,
                  warnings: list[str]) -> list[dict[str, Any]]:
    """The co-signatories with a name.  Their consent is the author's record: never printed."""
    out = []
    for i, signer in enumerate(brief.cosignatories):
        if not signer.name.strip():
            continue
        logo, problem = logo_data_url(signer.logo, brief_dir, ("cosignatories", i, "logo"))
        if problem:
            warnings.append(problem)
        out.append({
            "name": signer.name.strip(),
            "kind": signer.kind if signer.kind == "individual" else "organisation",
            "country": signer.country.strip(),
            "contact": {k: getattr(signer.contact, k).strip() for k in CONTACT_KEYS},
            "logo": logo,
        })
    return out


def follow_up(brief: Brief, html: ToHtml, labels: dict[str, str]) -> list[dict[str, Any]]:
    """What became of each earlier ask and pledge that says anything."""
    out = []
    for i, item in enumerate(brief.follow_up):
        if not any(t.strip() for t in (item.text, item.who, item.by_when, item.evidence)):
            continue
        status = item.status if item.status in FOLLOW_UP_STATUSES else "unknown"
        out.append({
            "kind": "pledge" if item.kind == "pledge" else "ask",
            "text_html": html(item.text, ("follow_up", i, "text")),
            "who": item.who.strip(), "by_when": item.by_when.strip(), "status": status,
            "status_label": labels["status_" + status.replace("-", "_")],
            "evidence_html": html(item.evidence, ("follow_up", i, "evidence")),
        })
    return out


def history(brief: Brief, process_label: Callable[[str], str],
            date_display: Callable[[str], str]) -> list[dict[str, Any]]:
    """The earlier review cycles, oldest first (``process_label``: a process catalogue id or
    the author's words as printed; ``date_display``: a date as printed)."""
    out = []
    for cycle in brief.history:
        out.append({
            "title": cycle.title.strip(), "process": process_label(cycle.process),
            "event": cycle.event.strip(), "date": cycle.date.strip(),
            "date_display": date_display(cycle.date), "published": cycle.published.strip(),
            "published_display": date_display(cycle.published),
        })
    return out


def safety(brief: Brief) -> dict[str, Any]:
    """The safety setting, for templates that say what an output leaves out."""
    return {"enabled": bool(brief.safety.enabled)}
