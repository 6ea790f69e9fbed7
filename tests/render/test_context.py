"""The template context: the documented contract, GCM expansion, footnotes, logo rules."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import MINIMAL, sample_brief
from markupsafe import Markup

from briefwriter.core.markdown_limits import markdown_fields
from briefwriter.core.model import (
    PARTS,
    SECTION_PLACES,
    Aim,
    Brief,
    Cosignatory,
    Evidence,
    Pledge,
    Priority,
    Recommendation,
    Section,
    format_path,
    set_at,
)
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir, resources_dir
from briefwriter.render.context import build_context, format_brief_date, logo_data_url
from briefwriter.render.labels import LABEL_KEYS, LABELS, labels_for
from briefwriter.render.templates import load_pack

# The contract of docs/template-authoring.md, written out: a type, a dict of keys, or a
# one-element list (every item has that shape).
PRINCIPLE = {"kind": str, "letter": str, "name": str, "text": str, "ref": str, "citation": str,
             "verified": bool, "verification": str}
OBJECTIVE = {"kind": str, "number": int, "paragraph": int, "title": str, "short_label": str,
             "commitment": str, "ref": str, "citation": str, "title_verified": bool,
             "commitment_verified": bool, "verified": bool}
ACTION = {"kind": str, "objective_number": int, "objective_title": str, "paragraph": int,
          "letter": str, "text": str, "ref": str, "citation": str, "verified": bool,
          "verification": str}
PARAGRAPH = {"kind": str, "paragraph": int, "sub_item": str, "ref": str, "citation": str,
             "part": str, "part_title": str, "text": str, "text_included": bool, "status": str,
             "verified": bool, "source": str, "see_reference": str, "notice": str,
             "text_lang": str}
EVIDENCE = {"number": int, "text_html": Markup, "source": str, "url": str}
SECTION = {"heading": str, "html": Markup, "after": str, "number": int, "anchor": str}
CONTRACT: dict[str, Any] = {
    "brief": {"title": str, "subtitle": str, "language": str, "dir": str, "summary_html": Markup,
              "published": str, "published_display": str},
    "sections": [SECTION],
    "sections_after": {place: [SECTION] for place in SECTION_PLACES},
    "headings": dict.fromkeys((*PARTS, "follow_up"), str),
    "own_headings": dict.fromkeys((*PARTS, "follow_up"), str),
    "org": {"name": str, "acronym": str, "display_name": str, "description_html": Markup,
            "country": str, "migrant_led": bool, "logo": str,
            "contact": {"name": str, "email": str, "phone": str, "website": str, "address": str}},
    "occasion": {"process_id": str, "process_label": str, "event": str, "date": str,
                 "date_display": str, "place": str, "line": str},
    "audiences": [str],
    "priorities": [{"number": int, "anchor": str, "title": str, "description_html": Markup,
                    "principles": [PRINCIPLE], "objectives": [OBJECTIVE], "actions": [ACTION],
                    "paragraphs": [PARAGRAPH], "evidence": [EVIDENCE], "has_gcm_links": bool}],
    "aims": [{"label": str, "help": str, "custom": bool,
              "ask": {"who": str, "what": str, "by_when": str, "complete": bool}}],
    "key_messages": [Markup],
    "recommendations": [{"addressee": str, "items": [Markup]}],
    "pledges": [{"action_html": Markup, "who": str, "objectives": [{"number": int, "title": str}],
                 "indicator": str, "baseline": str, "target": str, "deadline": str,
                 "resources": str, "text_html": Markup, "by_when": str}],
    "cosignatories": [{"name": str, "kind": str, "country": str, "logo": str,
                       "contact": {"name": str, "email": str, "phone": str, "website": str,
                                   "address": str}}],
    "follow_up": [{"kind": str, "text_html": Markup, "who": str, "by_when": str, "status": str,
                   "status_label": str, "evidence_html": Markup}],
    "history": [{"title": str, "process": str, "event": str, "date": str, "date_display": str,
                 "published": str, "published_display": str}],
    "safety": {"enabled": bool},
    "statement": {"text_html": Markup, "composed": bool, "speaker": str, "words": int,
                  "seconds": int, "time_display": str, "time_limit_seconds": int,
                  "time_limit_display": str, "over_limit": bool},
    "gcm": {"principles": [PRINCIPLE], "objectives": [{**OBJECTIVE, "linked_actions": [ACTION]}],
            "actions": [ACTION], "paragraphs": [PARAGRAPH], "unverified_count": int,
            "any_unverified": bool,
            "source_citation": str, "symbol": str, "mark_unverified": bool},
    "look": {"accent": str, "accent_light": str, "font": str, "font_family": str, "paper": str},
    "labels": dict.fromkeys(LABEL_KEYS, str),
    "meta": {"generator": str, "template_name": str, "template_title": str,
             "generated_on": str},
}
TODAY = date(2026, 5, 5)


def check_shape(value: Any, spec: Any, where: str = "context") -> None:
    if isinstance(spec, dict):
        assert isinstance(value, dict), where
        missing = set(spec) - set(value)
        assert not missing, f"{where} lacks {sorted(missing)}"
        for key, sub in spec.items():
            check_shape(value[key], sub, f"{where}.{key}")
    elif isinstance(spec, list):
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            check_shape(item, spec[0], f"{where}[{i}]")
    elif spec is int:
        assert isinstance(value, int) and not isinstance(value, bool), f"{where}: {value!r}"
    else:
        assert isinstance(value, spec), f"{where}: {type(value).__name__} is not {spec.__name__}"


def plain_data_only(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain_data_only(v) for k, v in value.items())
    if isinstance(value, list):
        return all(plain_data_only(v) for v in value)
    return isinstance(value, str | int | float | bool)


@pytest.fixture(scope="module")
def pack():
    return load_pack(MINIMAL)


@pytest.fixture(scope="module")
def gcm_json() -> dict[str, Any]:
    return json.loads((resources_dir() / "gcm.json").read_text("utf-8"))


def test_empty_brief_has_every_key_with_the_right_type(pack):
    context = build_context(Brief(), brief_dir=None, pack=pack, today=TODAY)
    check_shape(context, CONTRACT)
    assert plain_data_only(context)
    assert context["priorities"] == [] and context["gcm"]["objectives"] == []
    assert context["org"]["logo"] == "" and context["occasion"]["line"] == ""


def test_full_example_brief_has_every_key_with_the_right_type(pack):
    path = examples_dir() / "imrf-2026-migrant-network.brief.yaml"
    brief = load_brief(path).brief
    warnings: list[str] = []
    context = build_context(brief, brief_dir=path.parent, pack=pack, today=TODAY,
                            warnings=warnings)
    check_shape(context, CONTRACT)
    assert plain_data_only(context)
    for part in ("priorities", "aims", "key_messages", "recommendations", "pledges",
                 "cosignatories", "audiences"):
        assert context[part], part
    assert context["org"]["logo"].startswith("data:image/svg+xml;base64,")
    assert warnings == []


def test_gcm_references_are_expanded_from_the_gcm_data(pack, gcm_json):
    context = build_context(sample_brief(), brief_dir=None, pack=pack, today=TODAY)
    priority = context["priorities"][0]
    objective13 = next(o for o in gcm_json["objectives"] if o["number"] == 13)
    action_c = next(a for a in objective13["actions"] if a["letter"] == "c")
    principle_h = next(p for p in gcm_json["guiding_principles"] if p["letter"] == "h")

    assert [a["citation"] for a in priority["actions"]] == ["GCM para 29(c)", "GCM para 29(h)"]
    first = priority["actions"][0]
    assert first["text"] == action_c["text"]
    assert first["verified"] is action_c["verified"]
    assert first["objective_title"] == objective13["title"]
    assert (first["paragraph"], first["letter"], first["ref"]) == (29, "c", "29(c)")
    obj = priority["objectives"][0]
    assert obj["title"] == objective13["title"]
    assert obj["citation"] == "GCM objective 13 (para 29)"
    assert obj["verified"] is (objective13["title_verified"] and objective13["commitment_verified"])
    assert priority["principles"][0]["name"] == principle_h["name"]
    assert priority["principles"][0]["citation"] == "GCM para 15(h)"
    assert priority["has_gcm_links"] is True


def test_gcm_union_lists_each_item_once_in_resolution_order(pack, gcm_json):
    brief = sample_brief()
    second = type(brief.priorities[0])(title="Second")
    second.gcm.actions = ["24(a)", "29(c)"]
    second.gcm.principles = ["a", "h"]
    brief.priorities.append(second)
    gcm = build_context(brief, brief_dir=None, pack=pack, today=TODAY)["gcm"]
    assert [p["ref"] for p in gcm["principles"]] == ["15(a)", "15(h)"]
    assert [a["ref"] for a in gcm["actions"]] == ["24(a)", "29(c)", "29(h)"]
    # Objective 8 is there because one of its actions is cited.
    assert [o["number"] for o in gcm["objectives"]] == [8, 13]
    assert [a["ref"] for a in gcm["objectives"][1]["linked_actions"]] == ["29(c)", "29(h)"]
    flags = {}
    for o in gcm_json["objectives"]:
        for a in o["actions"]:
            flags[(o["paragraph"], a["letter"])] = a["verified"]
    principles = {p["letter"]: p["verified"] for p in gcm_json["guiding_principles"]}
    objectives = {o["number"]: o["title_verified"] and o["commitment_verified"]
                  for o in gcm_json["objectives"]}
    expected = (sum(not principles[x] for x in "ah") + sum(not objectives[n] for n in (8, 13))
                + sum(not flags[k] for k in ((24, "a"), (29, "c"), (29, "h"))))
    assert gcm["unverified_count"] == expected
    assert gcm["any_unverified"] is (expected > 0)
    assert gcm["symbol"] == "A/RES/73/195"


def _paragraph_brief() -> Brief:
    brief = sample_brief()
    # QUNO's paper cites the Review Forum (49), national plans and reviews (53, 54).
    brief.priorities[0].gcm.actions = ["29(c)", "para 49", "49(c)", "para 53", "para 54",
                                       "43(b)(ii)", "para 45"]
    brief.priorities.append(Priority(title="Review"))
    brief.priorities[1].gcm.actions = ["para 54", "para 16"]
    return brief


def test_cited_paragraphs_come_with_part_text_and_status(pack, gcm_json):
    context = build_context(_paragraph_brief(), brief_dir=None, pack=pack, today=TODAY)
    check_shape(context, CONTRACT)
    assert plain_data_only(context)
    first = context["priorities"][0]
    assert [a["ref"] for a in first["actions"]] == ["29(c)"]
    by_ref = {q["ref"]: q for q in first["paragraphs"]}
    assert list(by_ref) == ["para 49", "49(c)", "para 53", "para 54", "43(b)(ii)", "para 45"]
    reference_49 = next(e for e in gcm_json["other_reference"]["paragraphs"]
                        if e["ref"] == "para 49")
    p49 = by_ref["para 49"]
    assert (p49["citation"], p49["part"], p49["part_title"]) == (
        "GCM para 49", "follow_up", "Follow-up and review")
    # The whole paragraph with its sub-items, as the reference gives it; not yet verified.
    assert p49["text"] == reference_49["text"]
    assert (p49["text_included"], p49["status"], p49["verified"], p49["notice"]) == (
        True, "unverified", False, "")
    assert by_ref["49(c)"]["text"] == (
        "The International Migration Review Forum shall take place every four years "
        "beginning in 2022;")
    assert by_ref["49(c)"]["sub_item"] == "(c)" and by_ref["43(b)(ii)"]["sub_item"] == "(b)(ii)"
    assert by_ref["43(b)(ii)"]["part"] == "implementation"
    assert by_ref["43(b)(ii)"]["text"] == "Complementing other funding sources;"
    # Unknown and partial text: no words at all, and a notice instead.
    for ref, status in (("para 53", "unknown"), ("para 54", "unknown"), ("para 45", "partial")):
        q = by_ref[ref]
        assert (q["text"], q["text_included"], q["status"]) == ("", False, status)
        number = ref.split()[1]
        assert q["notice"] == f"Text not included: see A/RES/73/195, para {number}"
        assert q["see_reference"] == f"A/RES/73/195, para {number}"
    assert "technical ex" not in json.dumps(context)  # the fragment of 45(b) is never given
    union = context["gcm"]["paragraphs"]
    assert [q["ref"] for q in union] == ["para 16", "43(b)(ii)", "para 45", "para 49", "49(c)",
                                         "para 53", "para 54"]  # each once, in document order
    assert context["priorities"][1]["has_gcm_links"] is True
    # Quoted wording not yet verified counts (16, 43(b)(ii), 49, 49(c)); text not included
    # does not.
    plain = sample_brief()
    plain.priorities[0].gcm.actions = ["29(c)"]
    before = build_context(plain, brief_dir=None, pack=pack, today=TODAY)["gcm"][
        "unverified_count"]
    assert context["gcm"]["unverified_count"] == before + 4


def test_the_text_not_included_notice_is_in_the_language_of_the_brief(pack):
    brief = _paragraph_brief()
    brief.language = "fr"
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    q = context["priorities"][0]["paragraphs"][2]
    assert q["notice"] == "Texte non reproduit : voir A/RES/73/195, para 53"


def test_unknown_gcm_references_are_left_out_with_a_warning(pack):
    brief = sample_brief()
    brief.priorities[0].gcm.actions = ["29(z)", "29(c)"]
    brief.priorities[0].gcm.objectives = [13, 40]
    warnings: list[str] = []
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY, warnings=warnings)
    assert [a["ref"] for a in context["priorities"][0]["actions"]] == ["29(c)"]
    assert [o["number"] for o in context["priorities"][0]["objectives"]] == [13]
    assert any("29(z)" in w and "Priority 1" in w for w in warnings)
    assert any("'40'" in w for w in warnings)


def test_footnotes_are_numbered_across_the_document(pack):
    brief = sample_brief()
    brief.priorities[0].description = "Children^[First note in a priority.] suffer."
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    assert 'data-n="1">Network survey.' in context["brief"]["summary_html"]
    assert 'data-n="2">First note' in context["priorities"][0]["description_html"]
    assert context["priorities"][0]["evidence"][0]["number"] == 3


def test_recommendations_grouped_by_addressee_in_order_of_first_appearance(pack):
    context = build_context(sample_brief(), brief_dir=None, pack=pack, today=TODAY)
    groups = context["recommendations"]
    assert [g["addressee"] for g in groups] == ["Member States", "IOM"]
    assert [str(i) for i in groups[0]["items"]] == ["<p>End child detention by law.</p>",
                                                   "<p>Report every year.</p>"]


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("fa", "rtl"), ("he", "rtl"),
                                                 ("ur", "rtl"), ("ar-EG", "rtl"), ("en", "ltr"),
                                                 ("fr", "ltr"), ("zh", "ltr")])
def test_text_direction_follows_the_language(pack, lang, direction):
    context = build_context(Brief(language=lang), brief_dir=None, pack=pack, today=TODAY)
    assert context["brief"]["dir"] == direction
    assert context["brief"]["language"] == lang


def test_dates_are_formatted_in_the_output_language(pack):
    brief = Brief(language="fr")
    brief.occasion.process = "imrf-2026"
    brief.occasion.place = "New York"
    brief.occasion.date = "2026-05-05"
    occasion = build_context(brief, brief_dir=None, pack=pack, today=TODAY)["occasion"]
    assert occasion["date_display"] == "5 mai 2026"
    assert occasion["process_id"] == "imrf-2026"
    assert occasion["process_label"] == "Forum d’examen des migrations internationales 2026"
    assert occasion["line"] == ("Forum d’examen des migrations internationales 2026 · New York · "
                                "5 mai 2026")
    assert format_brief_date("2026-05", "en") == "May 2026"
    assert format_brief_date("2026-05", "es") == "mayo de 2026"
    assert format_brief_date("2026", "en") == "2026"
    assert format_brief_date("next spring", "en") == "next spring"
    assert format_brief_date("2026-02-30", "en") == "2026-02-30"


def test_own_words_are_kept_where_a_catalogue_id_could_be(pack):
    brief = Brief()
    brief.occasion.process = "Our own national consultation"
    brief.audience = ["member-states", "Journalists"]
    brief.aims = [Aim(aim="pledging"), Aim(aim="Win a new law")]
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    assert context["occasion"]["process_id"] == ""
    assert context["occasion"]["process_label"] == "Our own national consultation"
    assert context["audiences"] == ["Member States and diplomats", "Journalists"]
    assert [a["custom"] for a in context["aims"]] == [False, True]
    assert context["aims"][1]["label"] == "Win a new law" and context["aims"][1]["help"] == ""


def test_statement_is_composed_when_empty_and_timed_at_130_words_a_minute(pack):
    brief = Brief(summary="We ask for change.")
    brief.organisation.name = "Test Org"
    statement = build_context(brief, brief_dir=None, pack=pack, today=TODAY)["statement"]
    assert statement["composed"] is True
    assert "We ask for change." in statement["text_html"]

    brief.statement.text = " ".join(["word"] * 195)
    brief.statement.time_limit_seconds = 60
    statement = build_context(brief, brief_dir=None, pack=pack, today=TODAY)["statement"]
    assert statement["composed"] is False
    assert (statement["words"], statement["seconds"]) == (195, 90)
    assert (statement["time_display"], statement["time_limit_display"]) == ("1:30", "1:00")
    assert statement["over_limit"] is True


def test_look_values_are_checked(pack):
    brief = Brief()
    brief.template.look.accent_colour = "red; background: url(http://x)"
    brief.template.look.paper = "A0"
    brief.template.look.font = "serif"
    look = build_context(brief, brief_dir=None, pack=pack, today=TODAY)["look"]
    assert look["accent"] == "#1d5c8c" and look["paper"] == "A4"
    assert look["font_family"].startswith('"BriefWriter Serif"')
    brief.template.look.accent_colour = "#000000"
    look = build_context(brief, brief_dir=None, pack=pack, today=TODAY)["look"]
    assert look["accent"] == "#000000"
    # A pale tint: every channel well above the accent's.
    assert all(int(look["accent_light"][i:i + 2], 16) >= 0xdd for i in (1, 3, 5))


def test_pledges_cosignatories_and_meta(pack):
    brief = Brief(language="es")
    brief.pledges = [Pledge(action="We will *train* 50 lawyers.", deadline="2027")]
    brief.cosignatories = [Cosignatory(name="Red Migrante", country="Mexico"), Cosignatory()]
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    action = "<p>We will <em>train</em> 50 lawyers.</p>"
    assert context["pledges"] == [{
        "action_html": action, "who": "", "objectives": [], "indicator": "", "baseline": "",
        "target": "", "deadline": "2027", "resources": "", "text_html": action, "by_when": "2027",
    }]
    assert context["cosignatories"] == [{
        "name": "Red Migrante", "kind": "organisation", "country": "Mexico", "logo": "",
        "contact": {"name": "", "email": "", "phone": "", "website": "", "address": ""},
    }]
    assert context["meta"]["template_name"] == "test-minimal"
    assert context["meta"]["generated_on"] == "5 de mayo de 2026"
    assert context["labels"]["summary"] == "Resumen"


def test_labels_exist_in_every_built_in_language_and_fall_back_to_english():
    for lang, table in LABELS.items():
        assert set(table) == set(LABEL_KEYS), lang
        assert all(value.strip() for value in table.values()), lang
    assert labels_for("pt") == labels_for("en")
    assert labels_for("fr-CA")["summary"] == "Résumé"
    assert labels_for("ar")["priorities"] == "أولوياتنا"


def test_every_field_with_notes_nested_too_deep_is_named_in_a_warning(pack):
    brief = Brief(key_messages=[""], priorities=[Priority(evidence=[Evidence(source="S")])],
                  recommendations=[Recommendation(addressee="States")], pledges=[Pledge()])
    nested = "".join(f"^[{chr(97 + i % 26)} " for i in range(3000)) + "]" * 3000
    fields = [path for path, _text in markdown_fields(brief)]
    for path in fields:
        set_at(brief, path, nested)
    warnings: list[str] = []
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY, warnings=warnings)
    deep = [w for w in warnings if "3000 deep" in w]
    assert len(deep) == len(fields) == 8
    for path in fields:
        assert sum(f"The field {format_path(path)} has" in w for w in deep) == 1, path
    assert context["brief"]["summary_html"].startswith("<p>^[a ^[b ")


# --------------------------------------------------------------------------------------
# The logo
# --------------------------------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_logo_inside_the_brief_folder_becomes_a_data_url(tmp_path):
    (tmp_path / "logos").mkdir()
    (tmp_path / "logos" / "logo.png").write_bytes(PNG)
    url, problem = logo_data_url("logos/logo.png", tmp_path)
    assert problem is None
    assert url.startswith("data:image/png;base64,")
    (tmp_path / "logo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 16)
    assert logo_data_url("logo.jpg", tmp_path)[0].startswith("data:image/jpeg;base64,")


@pytest.mark.parametrize("name", ["../outside.png", "logos/../../outside.png",
                                  "..\\outside.png"])
def test_logo_outside_the_brief_folder_is_refused(tmp_path, name):
    brief_dir = tmp_path / "brief"
    (brief_dir / "logos").mkdir(parents=True)
    (tmp_path / "outside.png").write_bytes(PNG)
    url, problem = logo_data_url(name, brief_dir)
    assert url == "" and problem and "outside the brief's folder" in problem
    assert problem.startswith("organisation.logo")


def test_absolute_logo_path_is_refused(tmp_path):
    (tmp_path / "logo.png").write_bytes(PNG)
    url, problem = logo_data_url(str(tmp_path / "logo.png"), tmp_path)
    assert url == "" and "outside the brief's folder" in problem


def test_logo_symlink_leading_out_is_refused(tmp_path):
    brief_dir = tmp_path / "brief"
    brief_dir.mkdir()
    (tmp_path / "secret.png").write_bytes(PNG)
    os.symlink(tmp_path / "secret.png", brief_dir / "logo.png")
    url, problem = logo_data_url("logo.png", brief_dir)
    assert url == "" and "outside" in problem


def test_logo_that_is_not_an_image_is_refused(tmp_path):
    (tmp_path / "logo.png").write_text("name:password\n")
    url, problem = logo_data_url("logo.png", tmp_path)
    assert url == "" and "PNG, JPEG or SVG" in problem


def test_logo_over_5_mb_is_refused(tmp_path):
    (tmp_path / "big.png").write_bytes(PNG + b"\x00" * (5 * 1024 * 1024))
    url, problem = logo_data_url("big.png", tmp_path)
    assert url == "" and "5 MB" in problem


def test_logo_of_an_unsaved_brief_is_not_read(tmp_path, pack):
    brief = Brief()
    brief.organisation.logo = "logo.png"
    warnings: list[str] = []
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY, warnings=warnings)
    assert context["org"]["logo"] == ""
    assert len(warnings) == 1 and "logo.png" in warnings[0]


def test_logo_problem_is_reported_and_the_rest_still_renders(tmp_path, pack):
    brief = sample_brief()
    brief.organisation.logo = "/etc/passwd"
    warnings: list[str] = []
    context = build_context(brief, brief_dir=Path(tmp_path), pack=pack, today=TODAY,
                            warnings=warnings)
    assert context["org"]["logo"] == ""
    assert context["priorities"][0]["title"] == "End child immigration detention"
    assert any("/etc/passwd" in w for w in warnings)


# --------------------------------------------------------------------------------------
# The organisation's own sections, headings and publication date
# --------------------------------------------------------------------------------------


def test_sections_reach_templates_by_place_in_the_authors_order(pack):
    brief = Brief(summary="The summary.")
    brief.sections = [
        Section(heading="Why the Compact matters", body="It is *the* framework.", after="summary"),
        Section(heading="About this series", body="Paper 2 of 4.", after=""),
        Section(heading="Further reading", body="See the briefing note.", after="end"),
        Section(heading="  The IMRF  ", body="A review.", after="summary"),
        Section(heading="", body="", after="asks"),  # empty: prints nothing
    ]
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    after = context["sections_after"]
    assert set(after) == set(SECTION_PLACES)
    assert [s["heading"] for s in after["summary"]] == ["Why the Compact matters", "The IMRF"]
    assert after["summary"][0]["html"].strip() == "<p>It is <em>the</em> framework.</p>"
    assert [s["heading"] for s in after[""]] == ["About this series"]
    assert [s["heading"] for s in after["end"]] == ["Further reading"]
    assert after["asks"] == []
    # The flat list is in reading order: first, after the summary, ..., end.
    assert [s["heading"] for s in context["sections"]] == [
        "About this series", "Why the Compact matters", "The IMRF", "Further reading"]
    assert [s["anchor"] for s in context["sections"]] == [
        "section-2", "section-1", "section-4", "section-3"]


def test_section_footnotes_are_numbered_where_the_section_is_printed(pack):
    brief = Brief(summary="Summary.[^a]\n\n[^a]: Note A.",
                  key_messages=["Message.[^b]\n\n[^b]: B."])
    brief.sections = [Section(heading="Middle", body="Section.[^c]\n\n[^c]: C.", after="summary"),
                      Section(heading="Last", body="End.[^d]\n\n[^d]: D.", after="end")]
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    assert 'data-n="1"' in context["brief"]["summary_html"]
    assert 'data-n="2"' in context["sections_after"]["summary"][0]["html"]
    assert 'data-n="3"' in context["key_messages"][0]
    assert 'data-n="4"' in context["sections_after"]["end"][0]["html"]


def test_a_section_with_an_unknown_place_goes_to_the_end(pack):
    # The file format allows only the known places; a render job built by hand might not.
    brief = Brief(sections=[Section(heading="Odd", body="x", after="nowhere")])
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    assert [s["heading"] for s in context["sections_after"]["end"]] == ["Odd"]


def test_headings_are_the_organisations_own_or_the_labels_in_the_papers_language(pack):
    brief = Brief(language="fr")
    brief.headings.key_messages = "Ce que nous attendons du Forum"
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    labels = LABELS["fr"]
    assert context["headings"]["key_messages"] == "Ce que nous attendons du Forum"
    assert context["own_headings"]["key_messages"] == "Ce que nous attendons du Forum"
    assert context["headings"]["summary"] == labels["summary"] == "Résumé"
    assert context["headings"]["asks"] == labels["aims_and_asks"]
    assert context["own_headings"]["summary"] == ""


@pytest.mark.parametrize(("lang", "shown"), [
    ("en", "15 March 2022"), ("fr", "15 mars 2022"), ("es", "15 de marzo de 2022"),
    ("ar", "15 مارس 2022"),
])
def test_publication_date_is_formatted_in_the_papers_language(pack, lang, shown):
    brief = Brief(language=lang, published="2022-03-15")
    context = build_context(brief, brief_dir=None, pack=pack, today=TODAY)
    assert context["brief"]["published"] == "2022-03-15"
    assert context["brief"]["published_display"] == shown


def test_no_publication_date_prints_nothing_not_today(pack):
    context = build_context(Brief(published=""), brief_dir=None, pack=pack, today=TODAY)
    assert context["brief"]["published_display"] == ""
    assert context["meta"]["generated_on"] == "5 May 2026"  # still there, for old templates


def test_an_aim_carries_no_app_help_into_the_paper(pack):
    brief = Brief(aims=[Aim(aim="pledging")])
    aim = build_context(brief, brief_dir=None, pack=pack, today=TODAY)["aims"][0]
    assert aim["label"] and aim["help"] == ""
