"""Pledge and follow-up checks: each missing SMART part is named, in plain words, at its field."""

from __future__ import annotations

import datetime

import pytest

from briefwriter.core.checks import check_brief
from briefwriter.core.checks_pledges import check_follow_up, check_pledges
from briefwriter.core.model import Brief, FollowUp, Occasion, Pledge

TODAY = datetime.date(2026, 3, 1)


def smart_pledge(**changes: object) -> Pledge:
    pledge = Pledge(action="Open two legal advice desks for migrant domestic workers.",
                    who="Our legal aid unit", objectives=[6, 15],
                    indicator="Workers given legal advice a year", baseline="400 in 2025",
                    target="1,500 a year", deadline="2027-12", resources="Two lawyers")
    for name, value in changes.items():
        setattr(pledge, name, value)
    return pledge


def messages(problems):
    return [(p.code, p.path, p.message) for p in problems]


def test_a_smart_pledge_is_quiet():
    brief = Brief(pledges=[smart_pledge()], occasion=Occasion(date="2026-05"))
    assert check_pledges(brief, TODAY) == []


@pytest.mark.parametrize(("field", "code", "words"), [
    ("action", "pledge-without-action", "Pledge 2 does not say what will be done"),
    ("who", "pledge-without-who", "Pledge 2 has no one responsible"),
    ("objectives", "pledge-without-objective", "Pledge 2 has no GCM objective"),
    ("indicator", "pledge-without-indicator", "Pledge 2 has no indicator"),
    ("target", "pledge-without-target", "Pledge 2 has no measurable target"),
    ("deadline", "pledge-without-deadline", "Pledge 2 has no deadline"),
])
def test_each_missing_part_is_named_at_its_field(field, code, words):
    empty: object = [] if field == "objectives" else "  "
    brief = Brief(pledges=[smart_pledge(), smart_pledge(**{field: empty})])
    problems = check_pledges(brief, TODAY)
    assert [(p.code, p.path) for p in problems] == [(code, ("pledges", 1, field))]
    assert problems[0].message.startswith(words)
    assert problems[0].severity == "warning"


def test_a_target_without_a_baseline():
    problems = check_pledges(Brief(pledges=[smart_pledge(baseline="")]), TODAY)
    assert messages(problems) == [(
        "pledge-without-baseline", ("pledges", 0, "baseline"),
        "Pledge 1 has a target but no baseline: say where things stand now, so that the "
        "change can be measured.")]
    # No target, no baseline: only the target is asked for.
    problems = check_pledges(Brief(pledges=[smart_pledge(baseline="", target="")]), TODAY)
    assert [p.code for p in problems] == ["pledge-without-target"]


@pytest.mark.parametrize(("deadline", "code", "words"), [
    ("by the end of 2027", "pledge-deadline-not-a-date",
     "The deadline of Pledge 1, “by the end of 2027”, is not a date"),
    ("2027-02-30", "pledge-deadline-not-a-date", "does not exist in the calendar"),
    ("2025-12-31", "pledge-deadline-past", "The deadline of Pledge 1, 2025-12-31, has already "
     "passed"),
    ("2026-02", "pledge-deadline-past", "has already passed"),
    ("2026-04", "pledge-deadline-before-occasion", "comes before the occasion (2026-05)"),
])
def test_a_deadline_that_cannot_be_checked(deadline, code, words):
    brief = Brief(pledges=[smart_pledge(deadline=deadline)], occasion=Occasion(date="2026-05"))
    problems = check_pledges(brief, TODAY)
    assert [(p.code, p.path) for p in problems] == [(code, ("pledges", 0, "deadline"))]
    assert words in problems[0].message


@pytest.mark.parametrize("deadline", ["2026", "2026-03", "2026-03-01", "2026-05", "2030"])
def test_deadlines_still_to_come_are_fine(deadline):
    # A year or month runs to its end: "2026" is not past on 1 March 2026, nor "2026-03"
    # before an occasion in March.
    brief = Brief(pledges=[smart_pledge(deadline=deadline)], occasion=Occasion(date="2026-03"))
    assert check_pledges(brief, TODAY) == []


def test_an_empty_pledge_is_one_warning_not_seven():
    problems = check_pledges(Brief(pledges=[Pledge()]), TODAY)
    assert messages(problems) == [
        ("empty-pledge", ("pledges", 0), "Pledge 1 is empty: fill it in or remove it.")]


def test_check_brief_runs_the_pledge_and_follow_up_checks():
    brief = Brief(pledges=[smart_pledge(target="", baseline="")],
                  follow_up=[FollowUp(text="End child detention")])
    found = [p.code for p in check_brief(brief, None)]
    assert "pledge-without-target" in found
    assert "follow-up-unknown" in found


def test_follow_up_items_need_an_outcome_and_evidence():
    brief = Brief(follow_up=[
        FollowUp(kind="ask", text="End child detention by 2025"),
        FollowUp(kind="pledge", text="Open a desk", status="met"),
        FollowUp(kind="pledge", text="Train staff", status="partly", evidence="  "),
        FollowUp(kind="ask", text="Fund shelters", status="not-met"),
        FollowUp(kind="ask", text="Regularise", status="met", evidence="Law 12/2025 passed."),
    ])
    assert messages(check_follow_up(brief)) == [
        ("follow-up-unknown", ("follow_up", 0, "status"),
         "Follow-up item 1 “End child detention by 2025” has no outcome yet: say whether it "
         "was met, partly met or not met."),
        ("follow-up-without-evidence", ("follow_up", 1, "evidence"),
         "Follow-up item 2 “Open a desk” is marked met but has no evidence: say what "
         "happened, with a source."),
        ("follow-up-without-evidence", ("follow_up", 2, "evidence"),
         "Follow-up item 3 “Train staff” is marked partly met but has no evidence: say what "
         "happened, with a source."),
    ]


def test_messages_are_translatable_templates():
    problem = check_pledges(Brief(pledges=[smart_pledge(target="")]), TODAY)[0]
    assert problem.msg is not None
    assert problem.msg.template == "{name} has no measurable target: say what will have been " \
        "reached, in numbers where you can."
    french = problem.msg.render(lambda _ctx, text: text.replace("has no measurable target",
                                                                "n'a pas de cible"))
    assert french.startswith("Pledge 1 n'a pas de cible")
