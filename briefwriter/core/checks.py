"""Completeness checks on a brief: what is missing or doubtful, in plain words, with field paths.

``check_brief`` feeds ``briefwriter check`` and the GUI's Review step; each ``Problem`` has a
stable ``code``, a severity ("warning" or "info") and the field path the GUI jumps to.  The
checks never change the brief and never raise on odd content.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from briefwriter.core.catalogues import CatalogueKind, Catalogues, load_catalogues
from briefwriter.core.errors import GcmReferenceError, Problem
from briefwriter.core.gcm import Gcm, GcmItem, load_gcm
from briefwriter.core.model import Brief, FieldPath, Priority
from briefwriter.core.text import (
    SPEAKING_WPM,
    compose_statement_markdown,
    format_duration,
    speaking_seconds,
    word_count,
)

MAX_LOGO_BYTES = 5 * 1024 * 1024
TWO_PAGE_TEMPLATE = "two-page-brief"
_GCM_STEP = "“Link to the GCM”"
_KIND_NAMES = {
    "principle": "a guiding principle",
    "objective": "an objective",
    "action": "an action",
}


def _warning(code: str, path: FieldPath, message: str) -> Problem:
    return Problem(message, path=path, severity="warning", code=code)


def _quoted(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}”"


def _priority_name(index: int, priority: Priority) -> str:
    name = f"Priority {index + 1}"
    return f"{name} {_quoted(priority.title)}" if priority.title.strip() else name


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# --------------------------------------------------------------------------------------
# The logo
# --------------------------------------------------------------------------------------


def _image_kind(head: bytes) -> str | None:
    """ "png", "jpeg" or "svg" judged by the file's first bytes, else None."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<") and re.search(rb"<svg[\s>]", text, re.IGNORECASE):
        return "svg"
    return None


def check_logo(logo: str, brief_dir: Path | None) -> list[Problem]:
    """Problems with ``organisation.logo``: it must be a PNG, JPEG or SVG file of at most
    5 MB inside the brief's folder (a template must never be handed other files)."""
    path: FieldPath = ("organisation", "logo")
    value = logo.strip()
    if not value:
        return []
    outside = _warning(
        "logo-outside-folder",
        path,
        f"The logo {_quoted(value)} is outside the brief's folder. Copy the image into the "
        "folder where the brief is saved (or a folder inside it) and choose it again.",
    )
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]+:", value):
        return [outside]  # a URL ("https:", "file:", "data:"), not a file name
    relative = value.replace("\\", "/")
    # "/x", "C:\\x", "C:x" and "\\\\server\\share" all name places outside the folder.
    if PurePosixPath(relative).is_absolute() or PureWindowsPath(value).drive:
        return [outside]
    normal = os.path.normpath(relative)
    if normal == ".." or normal.startswith("../"):
        return [outside]
    if brief_dir is None:
        return [
            Problem(
                "The logo will be looked for next to the brief file: save the brief in the "
                "folder that holds the logo so it can be checked and shown.",
                path=path,
                severity="info",
                code="logo-unchecked",
            )
        ]
    try:
        base = brief_dir.resolve()
        target = (base / normal).resolve()
        if not target.is_relative_to(base):
            return [outside]  # a symbolic link that leads out of the folder
        if not target.exists():
            return [
                _warning(
                    "logo-missing",
                    path,
                    f"The logo file {_quoted(value)} was not found in the brief's folder. "
                    "Choose the image again in the organisation step.",
                )
            ]
        if not target.is_file():
            return [_warning("logo-missing", path, f"The logo {_quoted(value)} is a folder.")]
        size = target.stat().st_size
        with target.open("rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return [
            _warning(
                "logo-unreadable", path, f"The logo {_quoted(value)} cannot be read: {reason}."
            )
        ]
    if size > MAX_LOGO_BYTES:
        return [
            _warning(
                "logo-too-large",
                path,
                f"The logo is {math.ceil(size / 104857.6) / 10:.1f} MB; the limit is 5 MB. "
                "Save a smaller "
                "version (a logo rarely needs more than 1000 pixels across) and choose it again.",
            )
        ]
    if _image_kind(head) is None:
        return [
            _warning(
                "logo-not-image",
                path,
                f"The logo {_quoted(value)} is not a PNG, JPEG or SVG image (whatever its "
                "name says). Export the logo in one of those formats and choose it again.",
            )
        ]
    return []


# --------------------------------------------------------------------------------------
# GCM links
# --------------------------------------------------------------------------------------


def _linked_items(
    index: int, priority: Priority, gcm: Gcm, problems: list[Problem]
) -> list[GcmItem]:
    """The GCM items a priority links; a reference that names nothing becomes a problem."""
    name = _priority_name(index, priority)
    base: FieldPath = ("priorities", index, "gcm")
    wanted: list[tuple[FieldPath, str, str, str]] = []  # path, shown, lookup text, kind
    for j, letter in enumerate(priority.gcm.principles):
        shown = f"principle {letter}"
        wanted.append(((*base, "principles", j), shown, shown, "principle"))
    for j, number in enumerate(priority.gcm.objectives):
        shown = f"objective {number}"
        wanted.append(((*base, "objectives", j), shown, shown, "objective"))
    for j, ref in enumerate(priority.gcm.actions):
        wanted.append(((*base, "actions", j), str(ref), str(ref), "action"))
    items: list[GcmItem] = []
    for path, shown, text, kind in wanted:
        try:
            item = gcm.lookup(text)
            if item.kind != kind:
                reason = f"it names {item.citation}, which is not {_KIND_NAMES[kind]}"
                raise GcmReferenceError(text, reason)
        except GcmReferenceError as exc:
            problems.append(
                _warning(
                    "unknown-gcm-reference",
                    path,
                    f"{name} links to {_quoted(shown)}, which is not in the GCM: {exc.reason}. "
                    f"Remove it, or pick the right item in the {_GCM_STEP} step.",
                )
            )
            continue
        items.append(item)
    return items


def _unverified_note(brief: Brief, linked: dict[GcmItem, FieldPath]) -> list[Problem]:
    unverified = [item for item in linked if not item.verified]
    if not unverified:
        return []
    shown = ", ".join(item.citation for item in unverified[:4])
    if len(unverified) > 4:
        shown += ", …"
    marked = (
        "The PDF marks this wording."
        if brief.template.look.mark_unverified
        else "Marking it in the PDF is turned off in the look settings."
    )
    if len(linked) == 1:
        which = f"The GCM item this brief links ({shown}) uses"
    elif len(unverified) == len(linked):
        which = f"All {len(linked)} GCM items this brief links ({shown}) use"
    else:
        which = f"{len(unverified)} of the {len(linked)} GCM items this brief links ({shown}) use"
    return [
        Problem(
            f"{which} wording not yet checked word for word against the final resolution "
            f"(A/RES/73/195). {marked} Compare it with the official text before you publish.",
            path=linked[unverified[0]],
            severity="info",
            code="unverified-gcm-wording",
        )
    ]


# --------------------------------------------------------------------------------------
# Catalogue values
# --------------------------------------------------------------------------------------


def _mistyped(
    cats: Catalogues, kind: CatalogueKind, value: str, what: str, path: FieldPath, code: str
) -> list[Problem]:
    if not cats.looks_like_unknown_id(kind, value):
        return []
    near = cats.suggest_id(kind, value)
    hint = ""
    if near is not None:
        hint = f": did you mean {_quoted(cats.label_for(kind, near), limit=100)}?"
    return [
        _warning(
            code,
            path,
            f"{what} is set to {_quoted(value)}, which looks like a mistyped suggestion{hint} "
            "Pick it again from the list, or write it in your own words.",
        )
    ]


# --------------------------------------------------------------------------------------
# The whole brief
# --------------------------------------------------------------------------------------


def check_brief(
    brief: Brief,
    brief_dir: Path | None,
    *,
    gcm: Gcm | None = None,
    catalogues: Catalogues | None = None,
) -> list[Problem]:
    """Everything worth a look before the brief goes out, in the order of the brief."""
    gcm = gcm or load_gcm()
    cats = catalogues or load_catalogues()
    out: list[Problem] = []
    if not brief.title.strip():
        out.append(_warning("no-title", ("title",), "The brief has no title yet: give it one."))
    if not brief.organisation.name.strip():
        out.append(
            _warning(
                "no-organisation-name",
                ("organisation", "name"),
                "Your organisation's name is missing: add it in the organisation step so "
                "readers know who is speaking.",
            )
        )
    out += check_logo(brief.organisation.logo, brief_dir)
    process = brief.occasion.process
    where: FieldPath = ("occasion", "process")
    out += _mistyped(cats, "processes", process, "The process", where, "unknown-process-id")
    for i, audience in enumerate(brief.audience):
        name = f"Audience {i + 1}"
        out += _mistyped(cats, "audiences", audience, name, ("audience", i), "unknown-audience-id")
    if not brief.summary.strip():
        out.append(
            _warning(
                "no-summary",
                ("summary",),
                "The brief has no summary yet: say in two or three sentences what you ask "
                "for and why.",
            )
        )
    linked: dict[GcmItem, FieldPath] = {}  # each linked item, and where it is first linked
    out += _check_priorities(brief, gcm, linked)
    out += _check_aims(brief, cats)
    out += _check_messages(brief)
    out += _check_statement(brief)
    out += _unverified_note(brief, linked)
    return out


def _check_priorities(brief: Brief, gcm: Gcm, linked: dict[GcmItem, FieldPath]) -> list[Problem]:
    if not brief.priorities:
        return [
            _warning(
                "no-priorities",
                ("priorities",),
                "The brief has no priorities yet: add at least one, in your own words or "
                "from the suggestions.",
            )
        ]
    out: list[Problem] = []
    for i, priority in enumerate(brief.priorities):
        name = _priority_name(i, priority)
        if not priority.title.strip():
            out.append(
                _warning(
                    "priority-without-title",
                    ("priorities", i, "title"),
                    f"{name} has no title yet: give it a short name, such as "
                    "“Ending lethal disregard”.",
                )
            )
        if not priority.description.strip():
            out.append(
                _warning(
                    "priority-without-description",
                    ("priorities", i, "description"),
                    f"{name} has no description yet: say in a few sentences what the "
                    "problem is and what should change.",
                )
            )
        if priority.gcm.is_empty():
            out.append(
                _warning(
                    "priority-without-gcm-link",
                    ("priorities", i, "gcm"),
                    f"{name} is not linked to the GCM yet: link it to at least one "
                    f"objective or action in the {_GCM_STEP} step.",
                )
            )
        for item in _linked_items(i, priority, gcm, out):
            linked.setdefault(item, ("priorities", i, "gcm"))
        out += _check_evidence(i, priority)
    return out


def _check_evidence(index: int, priority: Priority) -> list[Problem]:
    out: list[Problem] = []
    owner = _priority_name(index, priority)
    for j, evidence in enumerate(priority.evidence):
        path: FieldPath = ("priorities", index, "evidence", j)
        name = f"Evidence {j + 1} of {owner}"
        text, source, url = evidence.text.strip(), evidence.source.strip(), evidence.url.strip()
        if not (text or source or url):
            out.append(
                _warning("empty-evidence", path, f"{name} is empty: fill it in or remove it.")
            )
            continue
        if not text:
            out.append(
                _warning(
                    "evidence-without-text",
                    (*path, "text"),
                    f"{name} has a source but no text: write the fact or finding it supports.",
                )
            )
        if not source:
            out.append(
                _warning(
                    "evidence-without-source",
                    (*path, "source"),
                    f"{name} has no source: say who published it, the title and the year, "
                    "so readers can check it.",
                )
            )
        if url:
            parts = urlsplit(url)
            if parts.scheme.casefold() not in ("http", "https") or not parts.netloc:
                example = url if "://" in url else f"https://{url}"
                out.append(
                    _warning(
                        "evidence-url-not-http",
                        (*path, "url"),
                        f"{name} has the link {_quoted(url)}, which is not a web address: "
                        f"write the full address starting with https://, e.g. "
                        f"{_quoted(example)}.",
                    )
                )
    return out


def _check_aims(brief: Brief, cats: Catalogues) -> list[Problem]:
    out: list[Problem] = []
    for i, aim in enumerate(brief.aims):
        value = aim.aim.strip()
        name = f"Aim {i + 1} {_quoted(cats.label_for('aims', value))}" if value else f"Aim {i + 1}"
        if not value:
            out.append(
                _warning(
                    "empty-aim",
                    ("aims", i, "aim"),
                    f"{name} is empty: choose an aim from the list or write your own.",
                )
            )
        out += _mistyped(cats, "aims", value, f"Aim {i + 1}", ("aims", i, "aim"), "unknown-aim-id")
        missing = [
            (field, label)
            for field, label in (
                ("who", "who should act"),
                ("what", "what they should do"),
                ("by_when", "by when"),
            )
            if not getattr(aim.ask, field).strip()
        ]
        if missing:
            lead = "has no concrete ask yet" if len(missing) == 3 else "needs a complete ask"
            out.append(
                _warning(
                    "incomplete-ask",
                    ("aims", i, "ask", missing[0][0]),
                    f"{name} {lead}: say {_join([label for _, label in missing])}.",
                )
            )
    return out


def _check_messages(brief: Brief) -> list[Problem]:
    out: list[Problem] = []
    has_messages = any(m.strip() for m in brief.key_messages)
    if brief.template.name == TWO_PAGE_TEMPLATE and not has_messages:
        out.append(
            _warning(
                "no-key-messages",
                ("key_messages",),
                "The two-page brief leads with your key messages, and there are none yet: "
                "add two or three.",
            )
        )
    for i, rec in enumerate(brief.recommendations):
        path: FieldPath = ("recommendations", i)
        if not rec.text.strip() and not rec.addressee.strip():
            out.append(
                _warning(
                    "empty-recommendation",
                    path,
                    f"Recommendation {i + 1} is empty: fill it in or remove it.",
                )
            )
        elif not rec.addressee.strip():
            out.append(
                _warning(
                    "recommendation-without-addressee",
                    (*path, "addressee"),
                    f"Recommendation {i + 1} {_quoted(rec.text)} has no addressee: say who "
                    "should act on it (for example “Member States”).",
                )
            )
        elif not rec.text.strip():
            out.append(
                _warning(
                    "recommendation-without-text",
                    (*path, "text"),
                    f"Recommendation {i + 1} to {rec.addressee.strip()} has no text yet.",
                )
            )
    return out


def _check_statement(brief: Brief) -> list[Problem]:
    limit = brief.statement.time_limit_seconds
    if limit <= 0:
        return []
    written = brief.statement.text.strip()
    words = word_count(written or compose_statement_markdown(brief))
    seconds = speaking_seconds(words)
    if seconds <= limit:
        return []
    max_words = math.floor(limit * SPEAKING_WPM / 60)
    cut = max(words - max_words, 1)
    timing = (
        f"about {format_duration(seconds)} to deliver ({words} words at {SPEAKING_WPM} words "
        f"a minute), over its time limit of {format_duration(limit)}"
    )
    if written:
        message = f"The statement takes {timing}: cut about {cut} words."
    else:
        message = (
            f"The statement composed from your summary, key messages and asks takes {timing}: "
            f"write a shorter statement in the statement step, or cut about {cut} words from "
            "those parts."
        )
    return [_warning("statement-over-time-limit", ("statement", "text"), message)]
