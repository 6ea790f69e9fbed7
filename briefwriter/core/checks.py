"""Completeness checks on a brief: what is missing or doubtful, in plain words, with field paths.

``check_brief`` feeds ``briefwriter check`` and the GUI's Review step; each ``Problem`` has a
stable ``code``, a severity ("warning" or "info") and the field path the GUI jumps to.  The
checks never change the brief and never raise on odd content.
"""

from __future__ import annotations

import math
from pathlib import Path
from urllib.parse import urlsplit

from briefwriter.core.catalogues import CatalogueKind, Catalogues, load_catalogues
from briefwriter.core.check_text import (
    check_lengths,
    check_printable,
    check_published,
    check_sections,
)
from briefwriter.core.check_text import priority_name as _priority_name
from briefwriter.core.check_text import warning as _warning
from briefwriter.core.checks_coalition import check_cosignatories
from briefwriter.core.checks_gcm import (
    language_note,
    linked_items,
    not_included_note,
    unverified_note,
)
from briefwriter.core.checks_pledges import check_follow_up, check_pledges
from briefwriter.core.checks_safety import check_safety
from briefwriter.core.errors import Problem
from briefwriter.core.font_coverage import Coverage, paper_coverage
from briefwriter.core.gcm import Gcm, GcmItem, load_gcm
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg, join_and
from briefwriter.core.logo import LOGO_FIELD, LogoRefused, load_logo, quoted
from briefwriter.core.markdown_limits import markdown_fields, markdown_problem
from briefwriter.core.model import Brief, FieldPath, Priority
from briefwriter.core.text import (
    SPEAKING_WPM,
    compose_statement_markdown,
    format_duration,
    speaking_seconds,
    word_count,
)

TWO_PAGE_TEMPLATE = "two-page-brief"


# --------------------------------------------------------------------------------------
# The logo
# --------------------------------------------------------------------------------------


def check_logo(logo: str, brief_dir: Path | None) -> list[Problem]:
    """Problems with ``organisation.logo``, judged by ``core.logo`` exactly as the logo picker
    and the renderer judge it: a PNG, JPEG or safe SVG file of at most 5 MB inside the
    brief's folder (a template must never be handed other files)."""
    try:
        load_logo(logo, brief_dir)
    except LogoRefused as refused:
        return [Problem(refused.msg.render(), path=LOGO_FIELD, severity=refused.severity,
                        code=refused.code, msg=refused.msg)]
    return []


# --------------------------------------------------------------------------------------
# Catalogue values
# --------------------------------------------------------------------------------------


def _mistyped(
    cats: Catalogues, kind: CatalogueKind, value: str, what: Msg, path: FieldPath, code: str
) -> list[Problem]:
    if not cats.looks_like_unknown_id(kind, value):
        return []
    near = cats.suggest_id(kind, value)
    if near is None:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "{what} is set to {value}, which looks like a mistyped suggestion. Pick it again "
            "from the list, or write it in your own words.",
        )
        return [_warning(code, path, template, what=what, value=quoted(value))]
    template = QT_TRANSLATE_NOOP(
        "Checks",
        "{what} is set to {value}, which looks like a mistyped suggestion: did you mean "
        "{suggestion}? Pick it again from the list, or write it in your own words.",
    )
    suggestion = quoted(cats.label_for(kind, near), limit=100)
    return [_warning(code, path, template, what=what, value=quoted(value),
                     suggestion=suggestion)]


# --------------------------------------------------------------------------------------
# The whole brief
# --------------------------------------------------------------------------------------


def check_brief(
    brief: Brief,
    brief_dir: Path | None,
    *,
    gcm: Gcm | None = None,
    catalogues: Catalogues | None = None,
    coverage: Coverage | None = None,
) -> list[Problem]:
    """Everything worth a look before the brief goes out, in the order of the brief.

    ``coverage``: the characters the fonts can print (default: the bundled, brand kit and
    installed fonts, read once per process)."""
    gcm = gcm or load_gcm(brief.language)
    cats = catalogues or load_catalogues()
    out: list[Problem] = []
    if not brief.title.strip():
        out.append(
            _warning(
                "no-title",
                ("title",),
                QT_TRANSLATE_NOOP("Checks", "The brief has no title yet: give it one."),
            )
        )
    if not brief.organisation.name.strip() and not brief.safety.enabled:
        # (In safety mode the paper does not print the name: no need to ask for it.)
        out.append(
            _warning(
                "no-organisation-name",
                ("organisation", "name"),
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "Your organisation's name is missing: add it in the organisation step so "
                    "readers know who is speaking.",
                ),
            )
        )
    out += check_published(brief)
    out += check_logo(brief.organisation.logo, brief_dir)
    out += check_lengths(brief)
    out += check_printable(brief, coverage or paper_coverage())
    process = Msg(QT_TRANSLATE_NOOP("Checks", "The process"))
    out += _mistyped(cats, "processes", brief.occasion.process, process,
                     ("occasion", "process"), "unknown-process-id")
    for i, audience in enumerate(brief.audience):
        name = Msg.of(QT_TRANSLATE_NOOP("Checks", "Audience {number}"), number=i + 1)
        out += _mistyped(cats, "audiences", audience, name, ("audience", i), "unknown-audience-id")
    if not brief.summary.strip():
        out.append(
            _warning(
                "no-summary",
                ("summary",),
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The brief has no summary yet: say in two or three sentences what you ask "
                    "for and why.",
                ),
            )
        )
    out += check_sections(brief)
    linked: dict[GcmItem, FieldPath] = {}  # each linked item, and where it is first linked
    out += _check_priorities(brief, gcm, linked)
    out += _check_aims(brief, cats)
    out += _check_messages(brief)
    out += check_pledges(brief)
    out += check_follow_up(brief)
    out += _check_statement(brief)
    out += check_cosignatories(brief, brief_dir)
    out += _check_footnotes(brief)
    out += unverified_note(brief, linked)
    out += not_included_note(linked)
    out += language_note(brief, gcm, linked)
    out += check_safety(brief)
    return out


def _check_footnotes(brief: Brief) -> list[Problem]:
    """Fields whose footnotes or tables would hold the renderer for minutes (printed as
    plain text)."""
    found = (markdown_problem(text, path) for path, text in markdown_fields(brief))
    return [problem for problem in found if problem is not None]


def _check_priorities(brief: Brief, gcm: Gcm, linked: dict[GcmItem, FieldPath]) -> list[Problem]:
    if not brief.priorities:
        return [
            _warning(
                "no-priorities",
                ("priorities",),
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The brief has no priorities yet: add at least one, in your own words or "
                    "from the suggestions.",
                ),
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
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "{name} has no title yet: give it a short name, such as “Ending "
                        "lethal disregard”.",
                    ),
                    name=name,
                )
            )
        if not priority.description.strip():
            out.append(
                _warning(
                    "priority-without-description",
                    ("priorities", i, "description"),
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "{name} has no description yet: say in a few sentences what the "
                        "problem is and what should change.",
                    ),
                    name=name,
                )
            )
        if priority.gcm.is_empty():
            out.append(
                _warning(
                    "priority-without-gcm-link",
                    ("priorities", i, "gcm"),
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "{name} is not linked to the GCM yet: link it to at least one "
                        "objective or action in the “Link to the GCM” step.",
                    ),
                    name=name,
                )
            )
        for item in linked_items(i, priority, gcm, out):
            linked.setdefault(item, ("priorities", i, "gcm"))
        out += _check_evidence(i, priority)
    return out


def _check_evidence(index: int, priority: Priority) -> list[Problem]:
    out: list[Problem] = []
    owner = _priority_name(index, priority)
    for j, evidence in enumerate(priority.evidence):
        path: FieldPath = ("priorities", index, "evidence", j)
        name = Msg.of(QT_TRANSLATE_NOOP("Checks", "Evidence {number} of {owner}"),
                      number=j + 1, owner=owner)
        text, source, url = evidence.text.strip(), evidence.source.strip(), evidence.url.strip()
        if not (text or source or url):
            out.append(
                _warning(
                    "empty-evidence",
                    path,
                    QT_TRANSLATE_NOOP("Checks", "{name} is empty: fill it in or remove it."),
                    name=name,
                )
            )
            continue
        if not text:
            out.append(
                _warning(
                    "evidence-without-text",
                    (*path, "text"),
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "{name} has a source but no text: write the fact or finding it "
                        "supports.",
                    ),
                    name=name,
                )
            )
        if not source:
            out.append(
                _warning(
                    "evidence-without-source",
                    (*path, "source"),
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "{name} has no source: say who published it, the title and the year, "
                        "so readers can check it.",
                    ),
                    name=name,
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
                        QT_TRANSLATE_NOOP(
                            "Checks",
                            "{name} has the link {url}, which is not a web address: write the "
                            "full address starting with https://, e.g. {example}.",
                        ),
                        name=name,
                        url=quoted(url),
                        example=quoted(example),
                    )
                )
    return out


_ASK_PARTS = (
    ("who", QT_TRANSLATE_NOOP("Checks", "who should act")),
    ("what", QT_TRANSLATE_NOOP("Checks", "what they should do")),
    ("by_when", QT_TRANSLATE_NOOP("Checks", "by when")),
)


def _check_aims(brief: Brief, cats: Catalogues) -> list[Problem]:
    out: list[Problem] = []
    for i, aim in enumerate(brief.aims):
        value = aim.aim.strip()
        plain = Msg.of(QT_TRANSLATE_NOOP("Checks", "Aim {number}"), number=i + 1)
        name = plain
        if value:
            name = Msg.of(QT_TRANSLATE_NOOP("Checks", "Aim {number} {label}"), number=i + 1,
                          label=quoted(cats.label_for("aims", value)))
        if not value:
            out.append(
                _warning(
                    "empty-aim",
                    ("aims", i, "aim"),
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "{name} is empty: choose an aim from the list or write your own.",
                    ),
                    name=name,
                )
            )
        out += _mistyped(cats, "aims", value, plain, ("aims", i, "aim"), "unknown-aim-id")
        missing = [(f, label) for f, label in _ASK_PARTS if not getattr(aim.ask, f).strip()]
        if not missing:
            continue
        if len(missing) == 3:
            template = QT_TRANSLATE_NOOP("Checks", "{name} has no concrete ask yet: say {parts}.")
        else:
            template = QT_TRANSLATE_NOOP("Checks", "{name} needs a complete ask: say {parts}.")
        parts = join_and([Msg(label) for _, label in missing])
        out.append(
            _warning("incomplete-ask", ("aims", i, "ask", missing[0][0]), template,
                     name=name, parts=parts)
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
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "The two-page brief leads with your key messages, and there are none yet: "
                    "add two or three.",
                ),
            )
        )
    for i, rec in enumerate(brief.recommendations):
        path: FieldPath = ("recommendations", i)
        if not rec.text.strip() and not rec.addressee.strip():
            out.append(
                _warning(
                    "empty-recommendation",
                    path,
                    QT_TRANSLATE_NOOP(
                        "Checks", "Recommendation {number} is empty: fill it in or remove it."
                    ),
                    number=i + 1,
                )
            )
        elif not rec.addressee.strip():
            out.append(
                _warning(
                    "recommendation-without-addressee",
                    (*path, "addressee"),
                    QT_TRANSLATE_NOOP(
                        "Checks",
                        "Recommendation {number} {text} has no addressee: say who should act "
                        "on it (for example “Member States”).",
                    ),
                    number=i + 1,
                    text=quoted(rec.text),
                )
            )
        elif not rec.text.strip():
            out.append(
                _warning(
                    "recommendation-without-text",
                    (*path, "text"),
                    QT_TRANSLATE_NOOP(
                        "Checks", "Recommendation {number} to {addressee} has no text yet."
                    ),
                    number=i + 1,
                    addressee=rec.addressee.strip(),
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
    timing = Msg.of(
        QT_TRANSLATE_NOOP(
            "Checks",
            "about {duration} to deliver ({words} words at {wpm} words a minute), over its "
            "time limit of {limit}",
        ),
        duration=format_duration(seconds),
        words=words,
        wpm=SPEAKING_WPM,
        limit=format_duration(limit),
    )
    if written:
        template = QT_TRANSLATE_NOOP(
            "Checks", "The statement takes {timing}: cut about {cut} words."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "The statement composed from your summary, key messages and asks takes {timing}: "
            "write a shorter statement in the statement step, or cut about {cut} words from "
            "those parts.",
        )
    return [
        _warning("statement-over-time-limit", ("statement", "text"), template, timing=timing,
                 cut=max(words - max_words, 1))
    ]
