"""Checks on commitments: pledges that are not yet SMART, and follow-up items left unreported.

A pledge with some content should say what will be done, who does it, the GCM objectives it
serves, how progress is measured (indicator, baseline, target) and by when; each missing
part is one warning pointing at its field.  A follow-up item (an earlier ask or pledge)
should have a status, and evidence when it was met or partly met.  Run by
``core.checks.check_brief``.
"""

from __future__ import annotations

import datetime

from briefwriter.core.check_text import date_problem
from briefwriter.core.check_text import warning as _warning
from briefwriter.core.errors import Problem
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg
from briefwriter.core.logo import quoted
from briefwriter.core.model import Brief, FieldPath, Pledge

# Each SMART part a pledge needs, in the order of the form: field, code, message.
_MISSING = (
    ("action", "pledge-without-action", QT_TRANSLATE_NOOP(
        "Checks", "{name} does not say what will be done: describe the action.")),
    ("who", "pledge-without-who", QT_TRANSLATE_NOOP(
        "Checks", "{name} has no one responsible: say who will do it (a unit, a partner).")),
    ("objectives", "pledge-without-objective", QT_TRANSLATE_NOOP(
        "Checks", "{name} has no GCM objective: tick the objectives it serves.")),
    ("indicator", "pledge-without-indicator", QT_TRANSLATE_NOOP(
        "Checks", "{name} has no indicator: say how progress will be measured.")),
    ("target", "pledge-without-target", QT_TRANSLATE_NOOP(
        "Checks", "{name} has no measurable target: say what will have been reached, in "
        "numbers where you can.")),
    ("deadline", "pledge-without-deadline", QT_TRANSLATE_NOOP(
        "Checks", "{name} has no deadline: say by when it will be done (2027-12-31, 2027-12 "
        "or 2027).")),
)


def _pledge_name(index: int) -> Msg:
    return Msg.of(QT_TRANSLATE_NOOP("Checks", "Pledge {number}"), number=index + 1)


def _period_end(text: str) -> datetime.date:
    """The last day a valid YYYY, YYYY-MM or YYYY-MM-DD date stands for."""
    parts = [int(p) for p in text.strip().split("-")]
    if len(parts) == 3:
        return datetime.date(*parts)
    if len(parts) == 2:
        year, month = parts
        following = datetime.date(year + month // 12, month % 12 + 1, 1)
        return following - datetime.timedelta(days=1)
    return datetime.date(parts[0], 12, 31)


def _period_start(text: str) -> datetime.date:
    parts = [int(p) for p in text.strip().split("-")]
    return datetime.date(parts[0], parts[1] if len(parts) > 1 else 1,
                         parts[2] if len(parts) > 2 else 1)


def _deadline_problems(brief: Brief, index: int, pledge: Pledge,
                       today: datetime.date) -> list[Problem]:
    value = pledge.deadline.strip()
    path: FieldPath = ("pledges", index, "deadline")
    name = _pledge_name(index)
    wrong = date_problem(value)
    if wrong == "calendar":
        return [_warning("pledge-deadline-not-a-date", path, QT_TRANSLATE_NOOP(
            "Checks", "The deadline of {name}, {date}, does not exist in the calendar: "
            "correct it."), name=name, date=quoted(value))]
    if wrong:
        return [_warning("pledge-deadline-not-a-date", path, QT_TRANSLATE_NOOP(
            "Checks", "The deadline of {name}, {date}, is not a date: write it as 2027-12-31, "
            "2027-12 or 2027, so that progress can be checked."), name=name,
            date=quoted(value))]
    end = _period_end(value)
    if end < today:
        return [_warning("pledge-deadline-past", path, QT_TRANSLATE_NOOP(
            "Checks", "The deadline of {name}, {date}, has already passed: give a date still "
            "to come."), name=name, date=value)]
    occasion = brief.occasion.date.strip()
    if occasion and not date_problem(occasion) and end < _period_start(occasion):
        return [_warning("pledge-deadline-before-occasion", path, QT_TRANSLATE_NOOP(
            "Checks", "The deadline of {name}, {date}, comes before the occasion ({occasion}) "
            "where it is announced: give a later date."), name=name, date=value,
            occasion=occasion)]
    return []


def check_pledges(brief: Brief, today: datetime.date | None = None) -> list[Problem]:
    """Which SMART part each pledge with some content lacks, field by field."""
    today = today or datetime.date.today()
    out: list[Problem] = []
    for i, pledge in enumerate(brief.pledges):
        path: FieldPath = ("pledges", i)
        name = _pledge_name(i)
        if pledge.is_empty():
            out.append(_warning("empty-pledge", path, QT_TRANSLATE_NOOP(
                "Checks", "{name} is empty: fill it in or remove it."), name=name))
            continue
        for field, code, template in _MISSING:
            value = getattr(pledge, field)
            if not (value.strip() if isinstance(value, str) else value):
                out.append(_warning(code, (*path, field), template, name=name))
        if pledge.target.strip() and not pledge.baseline.strip():
            out.append(_warning("pledge-without-baseline", (*path, "baseline"),
                                QT_TRANSLATE_NOOP(
                "Checks", "{name} has a target but no baseline: say where things stand now, "
                "so that the change can be measured."), name=name))
        if pledge.deadline.strip():
            out += _deadline_problems(brief, i, pledge, today)
    return out


_STATUS_NAMES = {
    "met": QT_TRANSLATE_NOOP("Checks", "met"),
    "partly": QT_TRANSLATE_NOOP("Checks", "partly met"),
}


def follow_up_name(index: int, text: str) -> Msg:
    """"Follow-up item 2 “Regularise …”" (or "Follow-up item 2")."""
    if text.strip():
        return Msg.of(QT_TRANSLATE_NOOP("Checks", "Follow-up item {number} {text}"),
                      number=index + 1, text=quoted(text, 50))
    return Msg.of(QT_TRANSLATE_NOOP("Checks", "Follow-up item {number}"), number=index + 1)


def check_follow_up(brief: Brief) -> list[Problem]:
    """Follow-up items whose outcome is not yet recorded, or recorded without evidence."""
    out: list[Problem] = []
    for i, item in enumerate(brief.follow_up):
        path: FieldPath = ("follow_up", i)
        name = follow_up_name(i, item.text)
        if item.status == "unknown":
            out.append(_warning("follow-up-unknown", (*path, "status"), QT_TRANSLATE_NOOP(
                "Checks", "{name} has no outcome yet: say whether it was met, partly met or "
                "not met."), name=name))
        elif item.status in _STATUS_NAMES and not item.evidence.strip():
            out.append(_warning("follow-up-without-evidence", (*path, "evidence"),
                                QT_TRANSLATE_NOOP(
                "Checks", "{name} is marked {status} but has no evidence: say what happened, "
                "with a source."), name=name, status=Msg(_STATUS_NAMES[item.status])))
    return out
