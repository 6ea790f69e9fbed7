"""Coalition import: a partner's brief read as untrusted, what it offers, duplicates found
after normalising (and near ones by similarity), and the chosen items merged."""

from __future__ import annotations

import pytest

from briefwriter.core import coalition
from briefwriter.core.coalition import (
    ADD,
    KEEP_BOTH,
    KEEP_OURS,
    TAKE_THEIRS,
    Choice,
    default_choice,
    merge,
    normalise,
    offers,
    similarity,
)
from briefwriter.core.errors import BriefFileError
from briefwriter.core.model import (
    Aim,
    Ask,
    Brief,
    Cosignatory,
    Evidence,
    GcmLinks,
    Organisation,
    Priority,
    Recommendation,
)
from briefwriter.core.storage import save_brief


def ours() -> Brief:
    return Brief(
        title="Ours", organisation=Organisation(name="Migrant Voices West Africa"),
        priorities=[
            Priority(title="End lethal disregard for migrants", gcm=GcmLinks(objectives=[8]),
                     evidence=[Evidence(text="At least 2,500 deaths in 2023.", source="IOM")]),
            Priority(title="Firewalls between services and immigration enforcement")],
        aims=[Aim(aim="pledging", ask=Ask(who="Member States", what="Pledge search and rescue",
                                          by_when="2026"))],
        recommendations=[Recommendation(addressee="IOM", text="Publish data on deaths.")],
        cosignatories=[Cosignatory(name="Caritas Geneva", country="Switzerland")])


def theirs() -> Brief:
    return Brief(
        title="Theirs", organisation=Organisation(name="Haki Kazi Coalition", country="Kenya"),
        priorities=[
            Priority(title="End lethal  disregard for migrants!",  # the same after normalising
                     gcm=GcmLinks(objectives=[8, 9], actions=["24(a)"]),
                     evidence=[Evidence(text="Deaths on the Atlantic route doubled.",
                                        source="Caminando Fronteras, 2024")]),
            Priority(title="Firewall between services and immigration enforcement"),  # near
            Priority(title="Decent work for migrant domestic workers",
                     gcm=GcmLinks(objectives=[6]),
                     evidence=[Evidence(text="Most domestic workers have no contract.")])],
        aims=[Aim(aim="pledging", ask=Ask(who="Member States", what="Pledge search and rescue",
                                          by_when="2026")),
              Aim(aim="own", ask=Ask(who="ILO", what="Ratify C189 campaigns", by_when="2027"))],
        recommendations=[Recommendation(addressee="UN Network", text="Fund **monitoring**.")],
        cosignatories=[Cosignatory(name="caritas geneva", country="CH"),
                       Cosignatory(name="Kalayaan", country="United Kingdom")])


def by_kind(found, kind):
    return [o for o in found if o.kind == kind]


def test_normalising_sets_aside_case_spacing_punctuation_and_marks():
    assert normalise("  End *lethal*  disregard — for Migrants!! ") == \
        "end lethal disregard for migrants"
    assert similarity("End lethal disregard", "end lethal disregard.") == 1.0
    assert 0.8 < similarity("Firewall between services", "Firewalls between services") < 1.0
    assert similarity("Decent work", "Search and rescue") < coalition.NEAR
    assert similarity("", "") == 0.0


def test_what_a_partner_offers_with_duplicates():
    found = offers(ours(), theirs())
    priorities = by_kind(found, "priority")
    assert [o.text for o in priorities] == [
        "End lethal  disregard for migrants!",
        "Firewall between services and immigration enforcement",
        "Decent work for migrant domestic workers"]
    exact, near, new = priorities
    assert exact.ours == ("priorities", 0) and exact.exact
    assert exact.ours_text == "End lethal disregard for migrants"
    assert near.ours == ("priorities", 1) and not near.exact and near.score >= coalition.NEAR
    assert new.ours is None
    assert new.item.gcm.objectives == [6]  # GCM links and evidence come with it
    asks = by_kind(found, "ask")
    assert [o.ours for o in asks] == [("aims", 0), None]
    assert [o.text for o in asks][1] == "ILO — Ratify C189 campaigns — 2027"
    evidence = by_kind(found, "evidence")
    assert [(o.priority, o.under) for o in evidence] == [(0, 0), (2, None)]
    assert evidence[0].text == "Deaths on the Atlantic route doubled. (Caminando Fronteras, 2024)"
    assert by_kind(found, "recommendation")[0].text == "UN Network: Fund monitoring."
    signers = by_kind(found, "cosignatory")
    assert [(o.text, o.ours) for o in signers] == [
        ("Haki Kazi Coalition (Kenya)", None),  # the partner itself comes first
        ("caritas geneva (CH)", ("cosignatories", 0)),
        ("Kalayaan (United Kingdom)", None)]


def test_the_partner_named_like_us_is_a_duplicate_of_ourselves():
    partner = theirs()
    partner.organisation.name = "MIGRANT VOICES west africa"
    [first, *_rest] = by_kind(offers(ours(), partner), "cosignatory")
    assert first.ours == ("organisation",) and first.exact


def test_default_choices_keep_ours_for_duplicates_and_add_the_rest():
    found = offers(ours(), theirs())
    actions = [default_choice(o).action for o in by_kind(found, "priority")]
    assert actions == [KEEP_OURS, KEEP_OURS, ADD]
    assert [default_choice(o).under for o in by_kind(found, "evidence")] == [0, None]


def test_merge_two_priorities_take_theirs_and_evidence_under_a_chosen_priority():
    base = ours()
    found = offers(base, theirs())
    _exact, near, new = by_kind(found, "priority")
    atlantic, domestic = by_kind(found, "evidence")
    kalayaan = by_kind(found, "cosignatory")[2]
    result = merge(base, [Choice(near, TAKE_THEIRS), Choice(new, ADD),
                          Choice(atlantic, ADD, under=0),
                          Choice(domestic, ADD),  # comes with its priority: not twice
                          Choice(kalayaan, ADD)])
    merged = result.brief
    assert [p.title for p in merged.priorities] == [
        "End lethal disregard for migrants",
        "Firewall between services and immigration enforcement",  # theirs took its place
        "Decent work for migrant domestic workers"]
    assert [e.source for e in merged.priorities[0].evidence] == ["IOM",
                                                                 "Caminando Fronteras, 2024"]
    assert [e.text for e in merged.priorities[2].evidence] == [
        "Most domestic workers have no contract."]
    assert merged.priorities[2].gcm.objectives == [6]
    assert [c.name for c in merged.cosignatories] == ["Caritas Geneva", "Kalayaan"]
    assert result.cosignatories == [1]
    assert result.added == {"priority": 2, "evidence": 1, "cosignatory": 1}
    assert base.priorities[1].title.startswith("Firewalls")  # ours is untouched


def test_keep_both_and_evidence_under_a_new_priority():
    base = ours()
    found = offers(base, theirs())
    _exact, near, new = by_kind(found, "priority")
    atlantic = by_kind(found, "evidence")[0]
    merged = merge(base, [Choice(near, KEEP_BOTH), Choice(new, ADD),
                          Choice(atlantic, ADD, under="new:2")]).brief
    assert len(merged.priorities) == 4
    assert [e.source for e in merged.priorities[3].evidence] == ["",
                                                                 "Caminando Fronteras, 2024"]


def test_evidence_without_a_priority_is_named_not_lost_silently():
    base = ours()
    domestic = by_kind(offers(base, theirs()), "evidence")[1]
    result = merge(base, [Choice(domestic, ADD)])
    assert result.added == {}
    assert "choose a priority" in result.notes[0].message


def test_the_partner_organisation_becomes_a_cosignatory():
    partner = theirs()
    partner.organisation.contact.email = "info@hakikazi.example"
    partner.organisation.logo = "logos/haki.svg"
    signer = coalition.organisation_as_cosignatory(partner)
    assert signer is not None and (signer.name, signer.country) == ("Haki Kazi Coalition",
                                                                     "Kenya")
    assert (signer.kind, signer.contact.email, signer.logo) == (
        "organisation", "info@hakikazi.example", "logos/haki.svg")
    assert signer.consent.date == "" and signer.consent.how == ""
    assert coalition.organisation_as_cosignatory(Brief()) is None


def test_a_partner_brief_is_read_as_untrusted(tmp_path):
    path = tmp_path / "partner.brief.yaml"
    save_brief(theirs(), path)
    brief, warnings = coalition.read_partner_brief(path)
    assert brief.organisation.name == "Haki Kazi Coalition" and warnings == []
    broken = tmp_path / "broken.brief.yaml"
    broken.write_text("schema_version: 3\ntitle: x\npriorities:\n  - title: [1, 2]\n",
                      encoding="utf-8")
    with pytest.raises(BriefFileError) as caught:
        coalition.read_partner_brief(broken)
    assert "line 4" in str(caught.value) and "priorities[1].title" in str(caught.value)
