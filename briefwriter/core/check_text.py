"""Checks on the words themselves: lengths past what a place in the paper holds, the
publication date, the organisation's own sections and characters no font can print; and the
helpers that make a translatable ``Problem``, shared with ``core.checks`` (which runs all of
them)."""

from __future__ import annotations

import datetime
import re

from briefwriter.core.errors import Problem
from briefwriter.core.font_coverage import Coverage, describe, unprintable_fields
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg
from briefwriter.core.logo import quoted
from briefwriter.core.model import Brief, FieldPath, Priority, Section, format_path


def problem(severity: str, code: str, path: FieldPath, template: str,
            **params: Msg | str | int) -> Problem:
    """A problem whose message is ``template`` filled with ``params`` (translatable)."""
    msg = Msg.of(template, **params)
    return Problem(msg.render(), path=path, severity=severity, code=code, msg=msg)


def warning(code: str, path: FieldPath, template: str, **params: Msg | str | int) -> Problem:
    return problem("warning", code, path, template, **params)


def priority_name(index: int, priority: Priority) -> Msg:
    """How a check names a priority: "Priority 2 “Detention”" (or "Priority 2")."""
    if priority.title.strip():
        return Msg.of(QT_TRANSLATE_NOOP("Checks", "Priority {number} {title}"),
                      number=index + 1, title=quoted(priority.title))
    return Msg.of(QT_TRANSLATE_NOOP("Checks", "Priority {number}"), number=index + 1)


# --------------------------------------------------------------------------------------
# Lengths: text pasted into the wrong field, or a field grown past what its place can hold
# --------------------------------------------------------------------------------------

TITLE_LIMIT = 150
SUBTITLE_LIMIT = 250
ORGANISATION_NAME_LIMIT = 200
SUMMARY_LIMIT = 3_000
PRIORITY_TITLE_LIMIT = 150
PRIORITY_DESCRIPTION_LIMIT = 5_000
KEY_MESSAGE_LIMIT = 1_500
RECOMMENDATION_LIMIT = 1_500
SECTION_HEADING_LIMIT = 150
"""The most characters each field holds before the Review step says it is long.  Generous
for real papers (a long real title is about 100 characters, a long priority about 3000), and
far below text pasted into the wrong field."""


def _too_long(text: str, limit: int, code: str, path: FieldPath, template: str,
              **params: Msg | str | int) -> list[Problem]:
    count = len(text.strip())
    if count <= limit:
        return []
    return [warning(code, path, template, count=count, limit=limit, **params)]


def check_lengths(brief: Brief) -> list[Problem]:
    """Fields longer than their place in the paper can hold, in the order of the brief."""
    out = _too_long(
        brief.title, TITLE_LIMIT, "title-too-long", ("title",),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The title is {count} characters long; over {limit} it no longer fits the cover. "
            "Shorten it and move the rest to the subtitle.",
        ),
    )
    out += _too_long(
        brief.subtitle, SUBTITLE_LIMIT, "subtitle-too-long", ("subtitle",),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The subtitle is {count} characters long; over {limit} it crowds the cover. "
            "Shorten it and move the detail to the summary.",
        ),
    )
    out += _too_long(
        brief.organisation.name, ORGANISATION_NAME_LIMIT, "organisation-name-too-long",
        ("organisation", "name"),
        QT_TRANSLATE_NOOP(
            "Checks",
            "Your organisation's name is {count} characters long; over {limit} it does not "
            "fit where the paper names you. Use the name you are known by and say more in the "
            "description.",
        ),
    )
    out += _too_long(
        brief.summary, SUMMARY_LIMIT, "summary-too-long", ("summary",),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The summary is {count} characters long; over {limit} it is no longer a summary. "
            "Keep it to a few sentences and move the detail into the priorities.",
        ),
    )
    for i, section in enumerate(brief.sections):
        out += _too_long(
            section.heading, SECTION_HEADING_LIMIT, "section-heading-too-long",
            ("sections", i, "heading"),
            QT_TRANSLATE_NOOP(
                "Checks",
                "The heading of section {number} is {count} characters long; over {limit} it "
                "is no longer a heading. Shorten it and begin the section's text with the "
                "rest.",
            ),
            number=i + 1,
        )
    for i, priority in enumerate(brief.priorities):
        name = priority_name(i, priority)
        out += _too_long(
            priority.title, PRIORITY_TITLE_LIMIT, "priority-title-too-long",
            ("priorities", i, "title"),
            QT_TRANSLATE_NOOP(
                "Checks",
                "The title of priority {number} is {count} characters long; over {limit} it "
                "is no longer a short name. Shorten it and move the rest to its description.",
            ),
            number=i + 1,
        )
        out += _too_long(
            priority.description, PRIORITY_DESCRIPTION_LIMIT, "priority-description-too-long",
            ("priorities", i, "description"),
            QT_TRANSLATE_NOOP(
                "Checks",
                "The description of {name} is {count} characters long; over {limit} readers "
                "skim it. Cut it down, or move the detail into its evidence or a section of "
                "your own.",
            ),
            name=name,
        )
    for i, message in enumerate(brief.key_messages):
        out += _too_long(
            message, KEY_MESSAGE_LIMIT, "key-message-too-long", ("key_messages", i),
            QT_TRANSLATE_NOOP(
                "Checks",
                "Key message {number} is {count} characters long; over {limit} readers no "
                "longer take it in at a glance. Keep it to a sentence or two.",
            ),
            number=i + 1,
        )
    for i, rec in enumerate(brief.recommendations):
        out += _too_long(
            rec.text, RECOMMENDATION_LIMIT, "recommendation-too-long",
            ("recommendations", i, "text"),
            QT_TRANSLATE_NOOP(
                "Checks",
                "Recommendation {number} is {count} characters long; over {limit} it asks for "
                "too much at once. Split it into several recommendations.",
            ),
            number=i + 1,
        )
    return out


# --------------------------------------------------------------------------------------
# The publication date and the organisation's own sections
# --------------------------------------------------------------------------------------

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_problem(text: str, *, full: bool = False) -> str:
    """Why ``text`` is not a date a brief can hold: "" when it is, "format" when it is not
    written YYYY-MM-DD (or, unless ``full``, YYYY-MM or YYYY), "calendar" when the calendar
    has no such day (2026-02-30).  Shared by the checks and the GUI's live field hints."""
    match = _DATE_RE.match(text.strip())
    if match is None or (full and match.group(3) is None):
        return "format"
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return "calendar"
    return ""


def check_published(brief: Brief) -> list[Problem]:
    """The schema refuses a malformed date in a file, but not a day the calendar lacks, and
    the app's field takes whatever is typed."""
    value = brief.published.strip()
    wrong = date_problem(value, full=True) if value else ""
    if not wrong:
        return []
    if wrong == "calendar":
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "The publication date {date} does not exist in the calendar: correct it, or leave "
            "it empty to print no date.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "The publication date {date} is not a date: write it as 2026-05-12, or leave it "
            "empty to print no date.",
        )
    return [warning("published-not-a-date", ("published",), template, date=quoted(value))]


def _section_name(index: int, section: Section) -> Msg:
    if section.heading.strip():
        return Msg.of(QT_TRANSLATE_NOOP("Checks", "Your section {number} {heading}"),
                      number=index + 1, heading=quoted(section.heading))
    return Msg.of(QT_TRANSLATE_NOOP("Checks", "Your section {number}"), number=index + 1)


def check_sections(brief: Brief) -> list[Problem]:
    out: list[Problem] = []
    for i, section in enumerate(brief.sections):
        path: FieldPath = ("sections", i)
        name = _section_name(i, section)
        heading, body = section.heading.strip(), section.body.strip()
        if not heading and not body:
            out.append(warning(
                "empty-section", path,
                QT_TRANSLATE_NOOP("Checks", "{name} is empty: fill it in or remove it."),
                name=name))
        elif not heading:
            out.append(warning(
                "section-without-heading", (*path, "heading"),
                QT_TRANSLATE_NOOP(
                    "Checks",
                    "{name} has text but no heading: give it one, so readers can find it.",
                ),
                name=name))
        elif not body:
            out.append(warning(
                "section-without-body", (*path, "body"),
                QT_TRANSLATE_NOOP("Checks", "{name} has a heading but no text yet."),
                name=name))
    return out


# --------------------------------------------------------------------------------------
# Characters no font can print (they would come out as empty boxes)
# --------------------------------------------------------------------------------------

SHOWN_CHARACTERS = 5
"""How many of a field's unprintable characters a message lists."""

_PART_NAMES = {
    "title": QT_TRANSLATE_NOOP("Checks", "The title"),
    "subtitle": QT_TRANSLATE_NOOP("Checks", "The subtitle"),
    "summary": QT_TRANSLATE_NOOP("Checks", "The summary"),
    "organisation": QT_TRANSLATE_NOOP("Checks", "Your organisation's details"),
    "occasion": QT_TRANSLATE_NOOP("Checks", "The occasion"),
    "headings": QT_TRANSLATE_NOOP("Checks", "Your headings"),
    "statement": QT_TRANSLATE_NOOP("Checks", "The oral statement"),
}
_ITEM_NAMES = {
    "audience": QT_TRANSLATE_NOOP("Checks", "Audience {number}"),
    "aims": QT_TRANSLATE_NOOP("Checks", "Aim {number}"),
    "key_messages": QT_TRANSLATE_NOOP("Checks", "Key message {number}"),
    "recommendations": QT_TRANSLATE_NOOP("Checks", "Recommendation {number}"),
    "pledges": QT_TRANSLATE_NOOP("Checks", "Pledge {number}"),
    "cosignatories": QT_TRANSLATE_NOOP("Checks", "Co-signatory {number}"),
}


def field_name(brief: Brief, path: FieldPath) -> Msg:
    """How a check names the part of the brief at ``path``: "The summary", "Priority 2
    “Detention”", "Key message 3" (the path itself says which field of it)."""
    head = path[0] if path else ""
    index = path[1] if len(path) > 1 and isinstance(path[1], int) else None
    if head == "priorities" and index is not None and index < len(brief.priorities):
        return priority_name(index, brief.priorities[index])
    if head == "sections" and index is not None and index < len(brief.sections):
        return _section_name(index, brief.sections[index])
    if isinstance(head, str) and head in _ITEM_NAMES and index is not None:
        return Msg.of(_ITEM_NAMES[head], number=index + 1)
    if isinstance(head, str) and head in _PART_NAMES:
        return Msg(_PART_NAMES[head])
    return Msg.of(QT_TRANSLATE_NOOP("Checks", "The field {field}"), field=format_path(path))


def check_printable(brief: Brief, coverage: Coverage) -> list[Problem]:
    """A warning for each field holding characters that none of the fonts a paper can use
    has: they would print as empty boxes."""
    out: list[Problem] = []
    for path, missing in unprintable_fields(brief, coverage):
        shown = ", ".join(describe(char) for char in missing[:SHOWN_CHARACTERS])
        if len(missing) > SHOWN_CHARACTERS:
            shown += ", …"
        if len(missing) == 1:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "{name}: a character no font can print: {characters}. It would come out as "
                "an empty box: replace it, or install a font that has it.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Checks",
                "{name}: {count} characters no font can print: {characters}. They would come "
                "out as empty boxes: replace them, or install a font that has them.",
            )
        out.append(warning("unprintable-characters", path, template,
                           name=field_name(brief, path), count=len(missing), characters=shown))
    return out
