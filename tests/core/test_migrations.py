"""Migrating older briefs: golden pairs, line numbers kept, nothing lost or invented."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from briefwriter.core import migrations
from briefwriter.core.errors import BriefFileError
from briefwriter.core.model import SCHEMA_VERSION, brief_from_data, format_path
from briefwriter.core.storage import dump_brief_text, load_brief, parse_brief_text
from briefwriter.core.yamlio import parse_yaml

GOLDEN = Path(__file__).parent.parent / "data" / "briefs" / "golden"
V1_FILES = sorted(GOLDEN.glob("v1-*.brief.yaml"))


def test_there_are_v1_golden_files():
    assert V1_FILES


@pytest.mark.parametrize("v1", V1_FILES, ids=lambda p: p.name)
def test_v1_golden_migrates_to_its_v2_twin(v1: Path):
    twin = parse_yaml((GOLDEN / v1.name.replace("v1-", "v2-", 1)).read_text(encoding="utf-8"))
    result = migrations.v1_to_v2(parse_yaml(v1.read_text(encoding="utf-8")))
    assert not result.problems
    assert brief_from_data(result.doc.data) == brief_from_data(twin.data)


V2_FILES = sorted(GOLDEN.glob("v2-*.brief.yaml"))
V3_FILES = sorted(GOLDEN.glob("v3-*.brief.yaml"))


def test_every_older_golden_file_has_a_current_twin():
    for old in V1_FILES + V2_FILES + V3_FILES:
        assert (GOLDEN / f"v{SCHEMA_VERSION}-{old.name.split('-', 1)[1]}").is_file(), old.name


def test_a_v3_golden_file_has_pledges_to_migrate():
    assert any("\npledges:\n  - text:" in f.read_text(encoding="utf-8") for f in V3_FILES)


@pytest.mark.parametrize("old", V1_FILES + V2_FILES + V3_FILES, ids=lambda p: p.name)
def test_older_golden_files_open_as_their_current_twin(old: Path):
    """Every older file opens as the current version, with nothing lost or invented; the
    file itself is never rewritten by opening it."""
    twin = GOLDEN / (f"v{SCHEMA_VERSION}-" + old.name.split("-", 1)[1])
    before = old.read_bytes()
    result = load_brief(old)
    assert result.migrated_from == int(old.name[1])
    assert dump_brief_text(result.brief) == twin.read_text(encoding="utf-8")
    assert old.read_bytes() == before


def test_v2_step_adds_nothing_but_the_version():
    doc = parse_yaml("schema_version: 2\ntitle: x\nsummary: y\n")
    result = migrations.v2_to_v3(doc)
    assert result.doc.data == {"schema_version": 3, "title": "x", "summary": "y"}
    assert result.doc.lines == doc.lines and not result.problems
    brief = parse_brief_text("schema_version: 2\ntitle: x\n").brief
    assert brief.published == "" and brief.sections == []  # not invented: unknown


@pytest.mark.parametrize("current", sorted(GOLDEN.glob(f"v{SCHEMA_VERSION}-*.brief.yaml")),
                         ids=lambda p: p.name)
def test_current_golden_files_are_saved_exactly_as_the_app_writes_them(current: Path):
    result = load_brief(current)
    assert result.migrated_from is None or result.migrated_from == SCHEMA_VERSION
    assert dump_brief_text(result.brief) == current.read_text(encoding="utf-8")


def test_steps_are_an_ordered_list_ending_at_the_current_version():
    assert migrations.MIGRATIONS == [migrations.v1_to_v2, migrations.v2_to_v3,
                                     migrations.v3_to_v4]
    assert migrations.OLDEST_VERSION + len(migrations.MIGRATIONS) == SCHEMA_VERSION
    with pytest.raises(ValueError):
        migrations.migrate(parse_yaml("schema_version: 0\n"), 0)


def test_a_current_document_passes_through_unchanged():
    doc = parse_yaml("schema_version: 4\ntitle: x\n")
    assert migrations.migrate(doc, SCHEMA_VERSION).doc.data == {"schema_version": 4, "title": "x"}


V1 = """\
schema_version: 1
organisation:
  name: Example
  logo_path: logo.png
priorities:
  - title: one
    gcm_links:
      - 15(f)
      - objective 13
      - 29(c)
      - para 29(c)
      - principle a
      - 8
aims:
  - aim: pledging
    ask: Pledge to end child detention
  - aim: own words
    ask: 2026
"""


def test_v1_step_splits_links_moves_ask_and_logo():
    doc = parse_yaml(V1)
    frozen = copy.deepcopy(doc.data)
    result = migrations.v1_to_v2(doc)
    assert doc.data == frozen  # a pure function: its input is untouched
    assert result.problems == []
    data = result.doc.data
    assert data["schema_version"] == 2
    assert data["organisation"] == {"name": "Example", "logo": "logo.png"}
    assert data["priorities"][0]["gcm"] == {
        "principles": ["f", "a"],
        "objectives": [13, 8],
        "actions": ["29(c)"],  # "para 29(c)" names the same action
    }
    assert "gcm_links" not in data["priorities"][0]
    assert data["aims"][0]["ask"] == {
        "who": "",
        "what": "Pledge to end child detention",
        "by_when": "",
    }
    assert data["aims"][1]["ask"]["what"] == "2026"  # the text as written, not a number
    # Lines follow the values to their new places.
    lines = result.doc.lines
    assert lines[("organisation", "logo")] == 4
    assert lines[("priorities", 0, "gcm", "objectives", 1)] == 13
    assert lines[("priorities", 0, "gcm", "actions", 0)] == 10
    assert lines[("aims", 0, "ask", "what")] == 16


def test_unknown_v1_references_are_errors_with_line_and_field():
    text = V1.replace("      - 8\n", "      - 8\n      - 29(z)\n      - hunger\n")
    with pytest.raises(BriefFileError) as caught:
        parse_brief_text(text)
    found = [(p.line, format_path(p.path), p.message) for p in caught.value.problems]
    assert found[0][:2] == (14, "priorities[1].gcm_links[7]")
    assert found[0][2].startswith('"29(z)" is not a GCM reference: objective 13')
    assert found[1][:2] == (15, "priorities[1].gcm_links[8]")
    assert '"hunger" is not a GCM reference' in found[1][2]


def test_v1_errors_and_validation_errors_are_reported_together():
    text = V1.replace("      - 8\n", "      - 8\n      - 29(z)\n") + "title: [x]\n"
    with pytest.raises(BriefFileError) as caught:
        parse_brief_text(text)
    assert [format_path(p.path) for p in caught.value.problems] == [
        "priorities[1].gcm_links[7]",
        "title",
    ]


def test_v1_priority_with_both_link_forms_is_refused():
    text = V1.replace("  - title: one\n", "  - title: one\n    gcm: {objectives: [1]}\n")
    with pytest.raises(BriefFileError) as caught:
        parse_brief_text(text)
    assert "both 'gcm_links' (version 1) and 'gcm'" in caught.value.problems[0].message


def test_v1_logo_path_next_to_logo_is_kept_as_unknown():
    text = V1.replace("  logo_path: logo.png\n", "  logo: new.png\n  logo_path: old.png\n")
    result = parse_brief_text(text)
    assert result.brief.organisation.logo == "new.png"
    assert result.brief.organisation.extra == {"logo_path": "old.png"}
    assert any(w.path == ("organisation", "logo_path") for w in result.warnings)


# -- version 3 to 4: pledges become SMART, co-signatories and review cycles are new -----

V3 = """\
schema_version: 3
title: x
pledges:
  - text: We will *train* 50 lawyers.
    by_when: December 2027
    note: our own field
  - by_when: 2028
  - text: Old words
    action: New words
cosignatories:
  - name: Red Migrante
    country: Mexico
"""


def test_v3_step_renames_pledge_fields_in_place_with_their_lines():
    doc = parse_yaml(V3)
    frozen = copy.deepcopy(doc.data)
    result = migrations.v3_to_v4(doc)
    assert doc.data == frozen  # a pure function: its input is untouched
    assert result.problems == []
    data = result.doc.data
    assert data["schema_version"] == 4
    first = data["pledges"][0]
    assert list(first) == ["action", "deadline", "note"]  # the same position
    assert first == {"action": "We will *train* 50 lawyers.", "deadline": "December 2027",
                     "note": "our own field"}
    assert data["pledges"][1] == {"deadline": 2028}
    lines = result.doc.lines
    assert lines[("pledges", 0, "action")] == 4
    assert lines[("pledges", 0, "deadline")] == 5
    assert lines[("pledges", 1, "deadline")] == 7
    assert ("pledges", 0, "text") not in lines and ("pledges", 0, "by_when") not in lines
    # The number 2028 is read as the text written, now under its new name.
    assert result.doc.plain_text[("pledges", 1, "deadline")] == "2028"
    assert data["cosignatories"] == [{"name": "Red Migrante", "country": "Mexico"}]


def test_v3_pledge_with_text_and_action_keeps_text_as_unknown():
    result = parse_brief_text(V3)
    third = result.brief.pledges[2]
    assert third.action == "New words"
    assert third.extra == {"text": "Old words"}
    warning = next(w for w in result.warnings if w.path == ("pledges", 2, "text"))
    assert warning.line == 8 and "unknown field 'text'" in warning.message


def test_v3_file_means_what_it_meant():
    brief = parse_brief_text(V3).brief
    assert brief.pledges[0].action == "We will *train* 50 lawyers."
    assert brief.pledges[0].deadline == "December 2027"
    assert brief.pledges[0].extra == {"note": "our own field"}
    assert brief.pledges[1].deadline == "2028"
    assert (brief.pledges[0].who, brief.pledges[0].objectives) == ("", [])
    signer = brief.cosignatories[0]
    assert (signer.name, signer.kind, signer.country) == ("Red Migrante", "organisation", "Mexico")
    assert signer.consent.date == "" and signer.logo == "" and signer.contact.email == ""
    assert brief.follow_up == [] and brief.history == []
    assert brief.safety.enabled is False


def test_v3_pledge_with_by_when_and_deadline_keeps_by_when_as_unknown():
    text = "schema_version: 3\npledges:\n  - by_when: 2027\n    deadline: 2028-06\n"
    result = parse_brief_text(text)
    assert result.brief.pledges[0].deadline == "2028-06"
    assert result.brief.pledges[0].extra == {"by_when": 2027}
    assert [(w.line, w.path) for w in result.warnings] == [(3, ("pledges", 0, "by_when"))]
