"""Review cycles: the next cycle's brief carries over what stays true and follows up the rest."""

from __future__ import annotations

import copy
import datetime

import pytest

from briefwriter.core.cycles import continue_for_next_review, next_processes
from briefwriter.core.model import (
    Aim,
    Ask,
    Brief,
    Cycle,
    Evidence,
    FollowUp,
    GcmLinks,
    Headings,
    Occasion,
    Organisation,
    Pledge,
    Priority,
    Recommendation,
    Section,
    brief_to_data,
)
from briefwriter.core.storage import dump_brief_text, parse_brief_text

TODAY = datetime.date(2026, 9, 1)


def imrf_2022_brief() -> Brief:
    brief = Brief(
        title="Firewalls now",
        subtitle="For the first IMRF",
        language="fr",
        published="2022-04-20",
        summary="States should keep services apart from immigration enforcement.",
        organisation=Organisation(name="Migrant Network", country="Kenya", logo="logo.png"),
        occasion=Occasion(process="imrf-2022", event="Round table 2", date="2022-05",
                          place="New York"),
        audience=["member-states"],
        priorities=[Priority(title="Firewalls", gcm=GcmLinks(objectives=[15]),
                             evidence=[Evidence(text="Clinics turned people away.",
                                                source="Survey 2021")])],
        aims=[Aim(aim="pledging", ask=Ask(who="Member States", what="Adopt firewalls",
                                          by_when="2024")),
              Aim(aim="Own aim")],  # no ask: nothing to follow up
        key_messages=["Firewalls save lives."],
        recommendations=[Recommendation(addressee="IOM", text="Map firewalls.")],
        pledges=[Pledge(action="Run a hotline", who="Our helpline team", objectives=[15],
                     indicator="Calls answered", baseline="0", target="5,000 a year",
                     deadline="2023-12"),
                 Pledge()],  # an empty row: not a pledge anyone made
        sections=[Section(heading="Who we are", body="A network.", after="summary")],
        headings=Headings(asks="Our asks"),
    )
    brief.template.name = "two-page-brief"
    brief.template.look.accent_colour = "#aa3300"
    return brief


def test_the_next_imrf_follows_the_last():
    brief = imrf_2022_brief()
    assert [o.process for o in next_processes(brief)] == ["imrf-2026", "gcm-regional-review"]
    brief.occasion = Occasion(process="imrf-2026")
    assert next_processes(brief)[0].process == "imrf-2030"
    brief.occasion = Occasion(process="imrf-2030")
    # No IMRF 2034 in the catalogue yet: the words, which the checks do not take for a typo.
    assert next_processes(brief)[0].process == "International Migration Review Forum 2034"


@pytest.mark.parametrize(("date", "expected"), [
    ("2024-11", "imrf-2026"), ("2028", "imrf-2030"), ("2031", "International Migration "
                                                      "Review Forum 2034"),
    ("", "imrf-2026")])  # no date: this year's, and it is 2025
def test_a_regional_review_leads_to_the_next_imrf(date, expected):
    brief = Brief(occasion=Occasion(process="gcm-regional-review", date=date))
    options = next_processes(brief, today=datetime.date(2025, 3, 1))
    assert [o.process for o in options] == [expected, "gcm-regional-review"]


def test_another_process_is_offered_again_first():
    brief = Brief(occasion=Occasion(process="human-rights-council", date="2027-03"))
    assert [o.process for o in next_processes(brief)] == [
        "human-rights-council", "imrf-2030", "gcm-regional-review"]


def test_what_carries_over_and_what_starts_anew():
    old = imrf_2022_brief()
    before = brief_to_data(old)
    new = continue_for_next_review(old, today=TODAY)
    assert brief_to_data(old) == before  # the earlier brief is untouched
    # Carried over.
    assert new.organisation == old.organisation
    assert new.priorities == old.priorities
    assert new.priorities is not old.priorities  # copies: editing one leaves the other
    assert new.audience == ["member-states"]
    assert new.language == "fr"
    assert new.template == old.template
    assert new.sections == old.sections
    assert new.headings.asks == "Our asks"
    # Set for the new cycle.
    assert new.occasion == Occasion(process="imrf-2026", date="2026")
    assert new.published == "2026-09-01"
    # Cleared.
    assert (new.title, new.subtitle, new.summary) == ("", "", "")
    assert new.aims == [] and new.pledges == [] and new.key_messages == []
    assert new.recommendations == [] and new.cosignatories == []


def test_asks_and_pledges_become_follow_up_items():
    new = continue_for_next_review(imrf_2022_brief(), today=TODAY)
    assert new.follow_up == [
        FollowUp(kind="ask", text="Adopt firewalls", who="Member States", by_when="2024"),
        FollowUp(kind="pledge", text="Run a hotline", who="Our helpline team",
                 by_when="2023-12"),
    ]
    assert all(item.status == "unknown" and item.evidence == "" for item in new.follow_up)


def test_the_earlier_cycle_is_kept_in_the_history():
    old = imrf_2022_brief()
    new = continue_for_next_review(old, "gcm-regional-review", today=TODAY)
    assert new.occasion.process == "gcm-regional-review"
    (cycle,) = new.history
    assert (cycle.title, cycle.process, cycle.event, cycle.date, cycle.published) == (
        "Firewalls now", "imrf-2022", "Round table 2", "2022-05", "2022-04-20")
    assert cycle.asks == [old.aims[0].ask]
    assert cycle.pledges == [old.pledges[0]]
    assert cycle.follow_up == []


def test_a_process_in_own_words():
    new = continue_for_next_review(imrf_2022_brief(), "  Regional consultation, Nairobi ",
                                   today=TODAY)
    assert new.occasion == Occasion(process="Regional consultation, Nairobi")


def test_three_cycles_chain_and_keep_every_record():
    first = imrf_2022_brief()
    second = continue_for_next_review(first, today=datetime.date(2025, 10, 1))
    second.title = "Firewalls: what changed"
    second.follow_up[0].status = "partly"
    second.follow_up[0].evidence = "Two States adopted firewalls."
    second.aims = [Aim(aim="pledging", ask=Ask(who="UN Network", what="Publish guidance",
                                               by_when="2028"))]
    second.pledges = [Pledge(action="Train 50 caseworkers", deadline="2029")]
    third = continue_for_next_review(second, today=datetime.date(2029, 9, 1))
    assert third.occasion.process == "imrf-2030"
    assert [c.title for c in third.history] == ["Firewalls now", "Firewalls: what changed"]
    assert [c.process for c in third.history] == ["imrf-2022", "imrf-2026"]
    # What the second cycle recorded about the first stays with the second cycle.
    assert third.history[1].follow_up[0].status == "partly"
    assert third.history[1].follow_up[0].evidence == "Two States adopted firewalls."
    assert third.history[0].follow_up == []
    assert [(f.kind, f.text) for f in third.follow_up] == [
        ("ask", "Publish guidance"), ("pledge", "Train 50 caseworkers")]
    # Still the organisation and priorities of the first cycle.
    assert third.priorities == first.priorities
    assert third.organisation == first.organisation


def test_the_new_brief_saves_and_reads_back(tmp_path):
    new = continue_for_next_review(imrf_2022_brief(), today=TODAY)
    text = dump_brief_text(new)
    again = parse_brief_text(text, tmp_path / "next.brief.yaml").brief
    assert again == new


def test_existing_history_is_kept_oldest_first():
    old = imrf_2022_brief()
    earlier = Cycle(title="A regional review paper", process="gcm-regional-review")
    old.history = [copy.deepcopy(earlier)]
    new = continue_for_next_review(old, today=TODAY)
    assert [c.title for c in new.history] == ["A regional review paper", "Firewalls now"]
