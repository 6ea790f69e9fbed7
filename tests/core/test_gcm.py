"""The GCM catalogue: complete and faithful to the reference, exact references, useful search."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest
import yaml

from briefwriter.core.errors import GcmReferenceError
from briefwriter.core.gcm import (
    Action,
    GcmDataError,
    Objective,
    Principle,
    cite,
    fold,
    gcm_from_data,
    load_gcm,
    load_gcm_file,
)
from briefwriter.paths import resources_dir

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO.parent / "shared" / "reference" / "gcm-a-res-73-195.yaml"
GCM_JSON = resources_dir() / "gcm.json"


@pytest.fixture(scope="module")
def gcm():
    return load_gcm()


@pytest.fixture(scope="module")
def reference():
    """The reference YAML when this checkout sits beside it, else None."""
    if REFERENCE.is_file():
        return yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    return None


@pytest.fixture(scope="module")
def source_data(reference):
    """What the catalogue must reproduce: the reference, or (without it) the shipped JSON."""
    if reference is not None:
        return reference
    return json.loads(GCM_JSON.read_text(encoding="utf-8"))


def _expected_action_counts(reference) -> dict[int, int]:
    if reference is not None:
        return {int(k): v for k, v in reference["summary"]["action_counts"].items()}
    stored = json.loads(GCM_JSON.read_text(encoding="utf-8"))
    return {int(k): v for k, v in stored["summary"]["action_counts"].items()}


# --------------------------------------------------------------------------------------
# Completeness and fidelity
# --------------------------------------------------------------------------------------


def test_counts_match_the_compact(gcm, reference):
    assert len(gcm.principles) == 10
    assert [p.letter for p in gcm.principles] == list("abcdefghij")
    assert [o.number for o in gcm.objectives] == list(range(1, 24))
    assert [o.paragraph for o in gcm.objectives] == list(range(17, 40))
    assert sum(1 for _ in gcm.actions()) == 187
    counts = _expected_action_counts(reference)
    assert {o.number: len(o.actions) for o in gcm.objectives} == counts
    for objective in gcm.objectives:
        letters = "".join(a.letter for a in objective.actions)
        assert letters == "abcdefghijklmnopqrstuvwxyz"[: len(letters)]
        assert all(a.paragraph == objective.paragraph for a in objective.actions)
        assert all(a.objective == objective.number for a in objective.actions)


def test_verification_totals_match_the_reference_readme(gcm):
    # The table in the reference README: what has been checked against A/RES/73/195.
    actions = list(gcm.actions())
    assert sum(a.verified for a in actions) == 90
    assert sum(a.verification == "partial" for a in actions) == 25
    assert sum(a.verification == "none" for a in actions) == 72
    assert sum(o.title_verified for o in gcm.objectives) == 16
    unverified_titles = [o.number for o in gcm.objectives if not o.title_verified]
    assert unverified_titles == [3, 4, 5, 6, 8, 9, 10]
    assert sum(o.commitment_verified for o in gcm.objectives) == 7
    assert sum(o.commitment_verification == "partial" for o in gcm.objectives) == 6
    assert sum(p.verified for p in gcm.principles) == 6
    assert {p.letter for p in gcm.principles if p.verification == "partial"} == {"d", "g"}
    assert {p.letter for p in gcm.principles if p.verification == "none"} == {"e", "f"}
    assert all(a.final_chars for a in actions if a.verification == "partial")
    assert all(a.final_chars is None for a in actions if a.verification != "partial")


def test_every_item_is_the_reference_text_with_its_flags_and_sources(gcm, source_data):
    reference = source_data
    for principle, ref in zip(gcm.principles, reference["guiding_principles"], strict=True):
        assert (principle.letter, principle.name, principle.text) == (
            ref["letter"], ref["name"], ref["text"],
        )  # fmt: skip
        assert (principle.verified, principle.verification, principle.source) == (
            ref["verified"], ref["verification"], ref["source"],
        )  # fmt: skip
    for objective, ref in zip(gcm.objectives, reference["objectives"], strict=True):
        assert objective.title == ref["title"]
        assert objective.title_verified == ref["title_verified"]
        assert objective.title_source == ref["title_source"]
        assert objective.short_label == ref["short_label"]
        assert objective.commitment == ref["commitment"]
        assert objective.commitment_verification == ref["commitment_verification"]
        assert objective.commitment_source == ref["commitment_source"]
        assert objective.commitment_final_chars == ref.get("commitment_final_chars")
        for action, ref_action in zip(objective.actions, ref["actions"], strict=True):
            assert action.text == ref_action["text"]
            assert action.verified == ref_action["verified"]
            assert action.verification == ref_action["verification"]
            assert action.source == ref_action["source"]
            assert action.final_chars == ref_action.get("final_chars")
            assert action.section_heading == ref_action.get("section_heading", "")


def test_gcm_json_keeps_the_source_block_and_summary(gcm, reference):
    assert gcm.source.symbol == "A/RES/73/195"
    assert "19 December 2018" in gcm.source.citation
    assert "verified: true" in gcm.source.verification_policy
    ids = {note.id for note in gcm.source.provenance}
    assert {"ares_mirror", "iomeval"} <= ids
    assert gcm.summary["actions_total"] == 187
    if reference is not None:
        stored = json.loads(GCM_JSON.read_text(encoding="utf-8"))
        assert stored["source"] == reference["source"]
        assert stored["guiding_principles"] == reference["guiding_principles"]
        assert stored["objectives"] == reference["objectives"]


def test_load_gcm_is_cached(gcm):
    assert load_gcm() is gcm


def test_a_damaged_data_file_gives_a_plain_message(tmp_path):
    broken = tmp_path / "gcm.json"
    broken.write_text('{"guiding_principles": [', encoding="utf-8")
    with pytest.raises(GcmDataError, match=r"gcm\.json.*reinstall"):
        load_gcm_file(broken)
    with pytest.raises(GcmDataError, match="could not be read"):
        load_gcm_file(tmp_path / "missing.json")


# --------------------------------------------------------------------------------------
# Items, citations, references
# --------------------------------------------------------------------------------------


def test_known_items_and_their_citations(gcm):
    objective = gcm.objective(13)
    assert objective.paragraph == 29
    assert objective.title == (
        "Use migration detention only as a measure of last resort and work towards alternatives"
    )
    assert (objective.ref, objective.citation, objective.kind) == (
        "13", "GCM objective 13 (para 29)", "objective",
    )  # fmt: skip
    assert objective.short_label == "Alternatives to detention"
    assert objective.commitment.startswith("We commit to ensure that any detention")
    assert objective.verified  # title verified, commitment "full (composite)"
    assert not gcm.objective(3).verified  # title still draft wording

    action = objective.action("c")
    assert (action.ref, action.citation, action.kind) == ("29(c)", "GCM para 29(c)", "action")
    assert action.text.startswith("Review and revise relevant legislation")
    assert gcm.action(29, "c") is action
    assert cite(action) == "GCM para 29(c)"

    principle = gcm.principle("f")
    assert principle.name == "Human rights"
    assert (principle.paragraph, principle.ref, principle.citation, principle.kind) == (
        15, "15(f)", "GCM para 15(f)", "principle",
    )  # fmt: skip
    assert gcm.principle("h").name == "Child-sensitive"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("13", "13"),
        ("objective 13", "13"),
        ("Objective 13", "13"),
        ("obj. 13", "13"),
        ("OBJ 13", "13"),
        ("para 29", "13"),
        ("paragraph 29", "13"),
        ("  GCM objective 13 (para 29) ", "13"),
        ("29(c)", "29(c)"),
        ("para 29(c)", "29(c)"),
        ("GCM para 29(c)", "29(c)"),
        ("29 (c)", "29(c)"),
        ("29 ( C )", "29(c)"),
        ("para. 29 (c)", "29(c)"),
        ("objective 13 action c", "29(c)"),
        ("Objective 13, action (c)", "29(c)"),
        ("13.c", "29(c)"),
        ("13 . c", "29(c)"),
        ("principle f", "15(f)"),
        ("Principle (F)", "15(f)"),
        ("guiding principle f", "15(f)"),
        ("15(f)", "15(f)"),
        ("para 15(f)", "15(f)"),
        ("GCM para 15(f)", "15(f)"),
        ("1", "1"),
        ("objective 23 action e", "39(e)"),
        ("17(a)", "17(a)"),
        # Paragraphs outside the principles and objectives, and their sub-items.
        ("49", "para 49"),
        ("para 49", "para 49"),
        ("GCM para 49", "para 49"),
        ("¶ 49", "para 49"),
        ("para 3", "para 3"),
        ("paragraph 16", "para 16"),
        ("53", "para 53"),
        ("para 54", "para 54"),
        ("para 49(c)", "49(c)"),
        ("49 (c)", "49(c)"),
        ("GCM para 49(c)", "49(c)"),
        ("paragraph 43(b)(ii)", "43(b)(ii)"),
        ("43 (b) (ii)", "43(b)(ii)"),
        ("43 b ii", "43(b)(ii)"),
        ("43(a)", "43(a)"),
        ("29 c", "29(c)"),
    ],
)
def test_lookup_accepts_the_ways_people_write_references(gcm, reference, expected):
    assert gcm.lookup(reference).ref == expected


def test_every_item_round_trips_through_its_ref_and_citation(gcm):
    items = list(gcm.items())
    # 10 principles, 23 objectives, 187 actions, 30 other paragraphs and the 21 sub-items of
    # paragraphs 43 (14), 45 (2) and 49 (5).
    assert len(items) == 10 + 23 + 187 + 30 + 21
    for item in items:
        assert gcm.lookup(item.ref) is item
        assert gcm.lookup(item.citation) is item
    for action in gcm.actions():
        assert gcm.lookup(f"objective {action.objective} action {action.letter}") is action
        assert gcm.lookup(f"{action.objective}.{action.letter}") is action


@pytest.mark.parametrize(
    ("reference", "reason"),
    [
        ("29(z)", "objective 13 (para 29) has actions (a) to (h)"),
        ("objective 13 action z", "objective 13 (para 29) has actions (a) to (h)"),
        ("objective 24", "the GCM has objectives 1 to 23"),
        ("0", "the GCM has objectives 1 to 23"),
        ("principle k", "the guiding principles are 15(a) to 15(j)"),
        ("15(k)", "the guiding principles are 15(a) to 15(j)"),
        ("13(c)", "did you mean 29(c)?"),
        ("para 55", "the GCM has paragraphs 1 to 54"),
        ("49(f)", "paragraph 49 has sub-items (a) to (e)"),
        ("para 49 (f)", "paragraph 49 has sub-items (a) to (e)"),
        ("43(b)(iv)", "para 43(b) has sub-items (i) to (iii)"),
        ("43 d", "paragraph 43 has sub-items (a) to (c)"),
        ("49(c)(i)", "para 49(c) has no sub-items"),
        ("48(a)", "paragraph 48 has no sub-items"),
        ("53(a)", "the text of paragraph 53 is not included, so its sub-items are not known"),
        ("45(c)", "its known sub-items are (a) and (b); cite para 45 for the rest"),
        ("29(c)(i)", "action 29(c) has no sub-items"),
        ("15(f)(i)", "guiding principle 15(f) has no sub-items"),
        ("para 15", "paragraph 15 holds the ten guiding principles"),
        ("objective 13 (para 30)", "objective 13 is paragraph 29"),
        ("", "the reference is empty"),
        ("detention", "write an objective as '13'"),
        ("29(c) and 29(d)", "write an objective as '13'"),
    ],
)
def test_bad_references_raise_with_a_helpful_reason(gcm, reference, reason):
    with pytest.raises(GcmReferenceError) as caught:
        gcm.lookup(reference)
    assert reason in caught.value.reason
    assert caught.value.reference == reference
    assert str(caught.value).startswith(f"'{reference}' is not a GCM reference")


def test_direct_accessors_raise_the_same_errors(gcm):
    with pytest.raises(GcmReferenceError, match=r"\(a\) to \(h\)"):
        gcm.objective(13).action("i")
    with pytest.raises(GcmReferenceError, match="objectives 1 to 23"):
        gcm.objective(24)
    with pytest.raises(GcmReferenceError, match=r"15\(a\) to 15\(j\)"):
        gcm.principle("z")
    with pytest.raises(GcmReferenceError, match="not actions"):
        gcm.action(15, "a")


def test_items_are_immutable_and_typed(gcm):
    action = gcm.lookup("29(c)")
    assert isinstance(action, Action)
    assert isinstance(gcm.lookup("13"), Objective)
    assert isinstance(gcm.lookup("15(a)"), Principle)
    with pytest.raises(AttributeError):
        action.text = "changed"  # type: ignore[misc]


# --------------------------------------------------------------------------------------
# Search
# --------------------------------------------------------------------------------------


def _refs(hits):
    return [hit.item.ref for hit in hits]


def test_detention_finds_objective_13_first(gcm):
    hits = gcm.search("detention")
    assert hits[0].item is gcm.objective(13)
    assert hits[0].field == "title"
    # Every action of objective 13 that says "detention" is found too.
    detention_actions = [a.ref for a in gcm.objective(13).actions if "detention" in a.text]
    assert set(detention_actions) <= set(_refs(hits))


def test_search_ignores_case_and_accents(gcm):
    assert _refs(gcm.search("DÉTENTION")) == _refs(gcm.search("detention"))
    assert fold("Détention ÉCOLE") == "detention ecole"


def test_detain_finds_detention(gcm):
    assert gcm.search("detain")[0].item is gcm.objective(13)


def test_children_finds_the_child_sensitive_principle(gcm):
    hits = gcm.search("children")
    assert hits[0].item is gcm.principle("h")
    assert "children" in gcm.principle("h").text


def test_firewall_finds_the_action_on_service_providers_and_immigration(gcm):
    # The Compact never says "firewall"; 31(b) is where it keeps basic services apart from
    # immigration enforcement, which is what advocates mean by the word.
    everything = " ".join(
        fold((getattr(item, "text", "") or "") + getattr(item, "commitment", ""))
        for item in gcm.items()
    )
    assert "firewall" not in everything
    hits = gcm.search("firewall")
    assert hits[0].item is gcm.lookup("31(b)")
    assert "service providers and immigration authorities" in hits[0].item.text


def test_every_query_word_must_match(gcm):
    hits = gcm.search("missing migrants")
    assert hits[0].item is gcm.objective(8)
    for hit in hits:
        item = hit.item
        fields = ("name", "title", "short_label", "commitment", "text")
        text = fold(" ".join(getattr(item, f, "") for f in fields))
        assert "missing" in text and "migrant" in text
    assert gcm.search("search rescue")[0].item.paragraph == 24
    assert gcm.search("detention zzzzqq") == []


def test_stop_words_do_not_narrow_a_query(gcm):
    assert _refs(gcm.search("access to basic services")) == _refs(
        gcm.search("access basic services")
    )
    assert gcm.search("access to basic services")[0].item is gcm.objective(15)


def test_a_reference_query_returns_that_item_first(gcm):
    assert gcm.search("29(c)")[0].item is gcm.lookup("29(c)")
    assert _refs(gcm.search("GCM para 15(f)")) == ["15(f)"]
    hits = gcm.search("objective 13")
    assert hits[0].item is gcm.objective(13)
    assert _refs(hits[1:]) == [a.ref for a in gcm.objective(13).actions]


def test_search_limit_and_empty_queries(gcm):
    assert len(gcm.search("migrants", limit=5)) == 5
    assert gcm.search("") == []
    assert gcm.search("   ") == []
    assert gcm.search("migrants", limit=0) == []


def _tiny_gcm(texts: dict[str, str]):
    """A small synthetic catalogue to pin down the ranking rules."""
    data = json.loads(GCM_JSON.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["guiding_principles"] = data["guiding_principles"][:1]
    data["guiding_principles"][0].update(name="Alpha", text="Nothing to see;")
    objectives = data["objectives"][:3]
    for n, objective in enumerate(objectives, start=1):
        objective["title"] = texts[f"title{n}"]
        objective["short_label"] = f"Label {n}"
        objective["commitment"] = texts[f"commitment{n}"]
        objective["actions"] = objective["actions"][:2]
        objective["actions"][0]["text"] = texts[f"action{n}"]
        objective["actions"][1]["text"] = "Unrelated words."
    data["objectives"] = objectives
    data["paragraphs"] = []  # only the objectives, so that rankings compare them alone
    return gcm_from_data(data)


def test_ranking_title_above_commitment_above_action_whole_word_above_prefix():
    tiny = _tiny_gcm(
        {
            "title1": "Ordinary title",
            "commitment1": "We commit to monitoring.",
            "action1": "Monitor borders;",
            "title2": "Monitoring at borders",
            "commitment2": "We commit to nothing.",
            "action2": "Nothing here;",
            "title3": "Monitor everything",
            "commitment3": "We commit.",
            "action3": "Monitor, monitor and monitor again;",
        }
    )
    refs = _refs(tiny.search("monitor"))
    # Title with the whole word, then title with a longer word, then commitment, then the
    # actions, where more occurrences rank higher.
    assert refs == ["3", "2", "1", "19(a)", "17(a)"]


def test_ties_keep_document_order():
    tiny = _tiny_gcm(
        {
            "title1": "Same",
            "commitment1": "We commit to rights.",
            "action1": "Rights;",
            "title2": "Same",
            "commitment2": "We commit to rights.",
            "action2": "Rights;",
            "title3": "Same",
            "commitment3": "We commit to rights.",
            "action3": "Rights;",
        }
    )
    hits = tiny.search("rights")
    assert _refs(hits) == ["1", "2", "3", "17(a)", "18(a)", "19(a)"]
    assert hits[0].score == hits[1].score == hits[2].score


# --------------------------------------------------------------------------------------
# The build script
# --------------------------------------------------------------------------------------


def _build_module():
    script = REPO / "scripts" / "build_gcm_data.py"
    spec = importlib.util.spec_from_file_location("build_gcm_data", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _reference_like_yaml() -> dict:
    """The reference content, rebuilt from gcm.json (so the test runs without ../shared)."""
    data = json.loads(GCM_JSON.read_text(encoding="utf-8"))
    summary = dict(data["summary"])
    summary["action_counts"] = {int(k): v for k, v in summary["action_counts"].items()}
    return {
        "source": data["source"],
        "summary": summary,
        "guiding_principles": data["guiding_principles"],
        "objectives": data["objectives"],
    }


def _write_other_reference(folder: Path, data: dict | None = None) -> None:
    """The other-paragraphs reference beside a reference written by a test."""
    if data is None:
        data = json.loads(GCM_JSON.read_text(encoding="utf-8"))["other_reference"]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    (folder / "gcm-other-paragraphs.yaml").write_text(text, "utf-8")


def test_build_script_reproduces_the_shipped_json(tmp_path):
    build = _build_module()
    source = REFERENCE if REFERENCE.is_file() else tmp_path / "gcm-a-res-73-195.yaml"
    if not REFERENCE.is_file():
        source.write_text(yaml.safe_dump(_reference_like_yaml(), allow_unicode=True), "utf-8")
        _write_other_reference(tmp_path)
    out = tmp_path / "gcm.json"
    assert build.main([str(source), str(out)]) == 0
    built = json.loads(out.read_text(encoding="utf-8"))
    shipped = json.loads(GCM_JSON.read_text(encoding="utf-8"))
    if REFERENCE.is_file():
        assert built == shipped  # the committed file is up to date with the reference
    else:
        keys = ("source", "summary", "parts", "guiding_principles", "objectives", "paragraphs",
                "other_reference")
        for key in keys:
            assert built[key] == shipped[key]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d["objectives"][12]["actions"].pop(), "has 7 actions; summary says 8"),
        (lambda d: d["objectives"][12]["actions"][2].update(letter="x"), "letter should be 'c'"),
        (lambda d: d["objectives"][4].update(paragraph=22), "paragraph should be 21"),
        (lambda d: d["guiding_principles"].pop(), "expected 10 principles"),
        (
            lambda d: d["objectives"][0]["actions"][0].update(verified=True, verification="none"),
            "contradicts",
        ),
        (
            lambda d: d["objectives"][0]["actions"][0].update(text="Collect data"),
            "should end with ';'",
        ),
        (lambda d: d["summary"].update(actions_verified=91), "summary.actions_verified"),
    ],
)
def test_build_script_refuses_a_damaged_reference(tmp_path, capsys, damage, message):
    build = _build_module()
    data = _reference_like_yaml()
    damage(data)
    source = tmp_path / "bad.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    _write_other_reference(tmp_path)
    out = tmp_path / "gcm.json"
    assert build.main([str(source), str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "nothing written" in err
    assert "bad.yaml: line " in err  # the problem names where it is in the file
    assert not out.exists()


# --------------------------------------------------------------------------------------
# The paragraphs outside the principles and objectives
# --------------------------------------------------------------------------------------

OTHER_REFERENCE = REFERENCE.parent / "gcm-other-paragraphs.yaml"
# The reference README: which paragraphs could be recovered whole, which only in part.
COMPLETE = {1, 2, 11, 16, 40, 41, 42, 43, 44, 48, 49}
PARTIAL = {3, 10, 12, 14, 45, 50, 51}


@pytest.fixture(scope="module")
def other_reference():
    """The other-paragraphs reference beside this checkout, else the copy gcm.json keeps."""
    if OTHER_REFERENCE.is_file():
        return yaml.safe_load(OTHER_REFERENCE.read_text(encoding="utf-8"))
    return json.loads(GCM_JSON.read_text(encoding="utf-8"))["other_reference"]


def test_every_paragraph_1_to_54_can_be_cited_in_the_parts_of_the_resolution(gcm):
    numbers = sorted(
        [p.number for p in gcm.paragraphs] + [15] + [o.paragraph for o in gcm.objectives]
    )
    assert numbers == list(range(1, 55))
    assert [(p.id, p.first, p.last) for p in gcm.parts] == [
        ("preamble", 1, 14), ("principles", 15, 15), ("framework", 16, 16),
        ("objectives", 17, 39), ("implementation", 40, 47), ("follow_up", 48, 54),
    ]  # fmt: skip
    assert [p.heading for p in gcm.parts][2:] == [
        "Our cooperative framework", "", "Implementation", "Follow-up and review"]
    for paragraph in gcm.paragraphs:
        part = gcm.part_of(paragraph.number)
        assert part is not None and paragraph.part == part.id
        assert paragraph in gcm.part_items(part)
        assert gcm.lookup(f"para {paragraph.number}") is paragraph
        assert paragraph.citation == f"GCM para {paragraph.number}"
    assert gcm.paragraph(11).heading == "Shared responsibilities"
    assert gcm.part_items(gcm.parts[1]) == gcm.principles
    assert gcm.part_items(gcm.parts[3]) == gcm.objectives


def test_each_paragraph_keeps_the_text_status_the_reference_gives(gcm):
    status = {p.number: p.status for p in gcm.paragraphs}
    assert {n for n, s in status.items() if s in ("verified", "unverified")} == COMPLETE
    assert {n for n, s in status.items() if s == "partial"} == PARTIAL
    unknown = set(range(1, 55)) - COMPLETE - PARTIAL - {15} - set(range(17, 40))
    assert {n for n, s in status.items() if s == "unknown"} == unknown
    assert {4, 13, 46, 47, 52, 53, 54} <= unknown
    for number in unknown:
        paragraph = gcm.paragraph(number)
        assert (paragraph.text, paragraph.items, paragraph.source) == (None, (), "")
    # The reference marks no paragraph verified: none may be shown as checked wording.
    assert not any(p.verified for p in gcm.paragraphs)
    assert {p.status for p in gcm.paragraphs} == {"unverified", "partial", "unknown"}


def test_paragraphs_keep_the_reference_text_sources_and_flags(gcm, other_reference):
    by_number = {}
    for entry in other_reference["paragraphs"]:
        words = entry["ref"].split()
        if words[0] == "para" and words[1].isdigit() and words[-1] != "chapeau":
            by_number[int(words[1])] = entry
    assert set(by_number) == COMPLETE | PARTIAL
    for number, entry in by_number.items():
        paragraph = gcm.paragraph(number)
        assert paragraph.complete is entry["complete"]
        assert paragraph.verified is entry.get("verified", False)
        assert paragraph.source == entry["source"]
        assert paragraph.note == entry.get("note", "")
        # The text is the reference's, split into the words before the sub-items and each
        # sub-item; put back together, nothing is lost or changed.
        parts = [paragraph.text or ""]
        for item in _all_sub_items(paragraph.items):
            parts.append(f"({item.labels[-1]}) {item.text}")
            assert item.source == entry["source"]
            assert item.verified is paragraph.verified
        assert " ".join(parts) == entry["text"] == paragraph.full_text
    stored = json.loads(GCM_JSON.read_text(encoding="utf-8"))["other_reference"]
    assert stored == other_reference


def _all_sub_items(items):
    for item in items:
        yield item
        yield from _all_sub_items(item.items)


def test_sub_items_follow_the_printed_letters_and_numerals(gcm):
    p49 = gcm.paragraph(49)
    assert [i.ref for i in p49.items] == ["49(a)", "49(b)", "49(c)", "49(d)", "49(e)"]
    assert p49.text.endswith("we decide that:")
    assert gcm.lookup("49(c)").text == (
        "The International Migration Review Forum shall take place every four years "
        "beginning in 2022;"
    )
    p43 = gcm.paragraph(43)
    assert [i.ref for i in p43.items] == ["43(a)", "43(b)", "43(c)"]
    assert [i.ref for i in p43.items[0].items] == [f"43(a)({n})" for n in
                                                   ("i", "ii", "iii", "iv", "v")]
    assert gcm.lookup("43(b)(ii)").text == "Complementing other funding sources;"
    assert gcm.lookup("43(b)").text.endswith("project-oriented solutions, by:")
    # Paragraph 45 breaks off inside (b): (a) is whole, (b) is partial, and so is 45.
    assert gcm.lookup("45(a)").status == "unverified"
    assert gcm.lookup("45(b)").status == "partial"
    assert gcm.lookup("45(b)").text.endswith("…")
    assert gcm.paragraph(45).status == "partial"
    assert all(i.status == "unverified" for i in _all_sub_items(p43.items))


def test_paragraph_items_round_trip_through_ref_and_citation(gcm):
    for item in gcm.items():
        if item.kind in ("paragraph", "subitem"):
            assert gcm.lookup(item.ref) is item
            assert gcm.lookup(item.citation) is item


def test_search_finds_paragraphs_and_a_paragraph_reference_brings_its_sub_items(gcm):
    hits = gcm.search("review forum")
    assert {h.item.ref for h in hits[:6]} == {"para 49", "49(a)", "49(b)", "49(c)", "49(d)",
                                              "49(e)"}
    assert gcm.search("imrf")[0].item is gcm.paragraph(49)
    refs = [h.item.ref for h in gcm.search("para 49")]
    assert refs == ["para 49", "49(a)", "49(b)", "49(c)", "49(d)", "49(e)"]
    assert [h.item.ref for h in gcm.search("53")] == ["para 53"]
    # A paragraph whose text is unknown is found by its reference, never by words.
    assert gcm.paragraph(53) not in [h.item for h in gcm.search("national implementation")]


def test_document_order_runs_through_the_resolution(gcm):
    order = [item.ref for item in gcm.items()]
    assert order.index("para 14") < order.index("15(a)") < order.index("para 16")
    assert order.index("para 16") < order.index("1") < order.index("39(e)")
    assert order.index("39(e)") < order.index("para 40") < order.index("43(a)(i)")
    assert order.index("43(c)(iii)") < order.index("para 44") < order.index("para 54")
    assert order[-1] == "para 54"


def test_build_script_refuses_sub_items_out_of_order_and_bad_paragraphs(tmp_path, capsys):
    build = _build_module()
    source = tmp_path / "gcm-a-res-73-195.yaml"
    source.write_text(yaml.safe_dump(_reference_like_yaml(), allow_unicode=True), "utf-8")
    other = copy.deepcopy(json.loads(GCM_JSON.read_text(encoding="utf-8"))["other_reference"])
    entry = next(e for e in other["paragraphs"] if e["ref"] == "para 49")
    entry["text"] = entry["text"].replace("(c) The", "(d) The", 1)
    other["paragraphs"].append({"ref": "para 29", "text": "x", "source": "y", "complete": True})
    _write_other_reference(tmp_path, other)
    out = tmp_path / "gcm.json"
    assert build.main([str(source), str(out)]) == 1
    err = capsys.readouterr().err
    assert "gcm-other-paragraphs.yaml: 2 problem(s); nothing written" in err
    assert "(para 49): sub-item (d) found where (c) was expected" in err
    assert "(para 29): 'ref' should name a paragraph 1-14, 16 or 40-54" in err
    assert not out.exists()
