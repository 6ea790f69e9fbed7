"""Validation: the published schema, plain-words errors with lines, GCM references, warnings."""

from __future__ import annotations

import dataclasses

import jsonschema
import pytest

from briefwriter.core import model
from briefwriter.core.errors import BriefFileError
from briefwriter.core.storage import dump_brief_text, parse_brief_text
from briefwriter.core.validate import MAX_LIST_ITEMS, MAX_TEXT_CHARS, brief_schema


def errors_of(text: str) -> list:
    with pytest.raises(BriefFileError) as caught:
        parse_brief_text(text)
    return caught.value.problems


def one_error(text: str):
    problems = errors_of(text)
    assert len(problems) == 1, problems
    return problems[0]


# -- the schema ---------------------------------------------------------------------


def test_schema_is_valid_draft_2020_12():
    schema = brief_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def _schema_object(name_or_schema):
    schema = brief_schema()
    if name_or_schema is None:
        return schema
    return schema["$defs"][name_or_schema]


@pytest.mark.parametrize(
    ("cls", "definition"),
    [
        (model.Brief, None),
        (model.Organisation, "organisation"),
        (model.Contact, "contact"),
        (model.Occasion, "occasion"),
        (model.GcmLinks, "gcm_links"),
        (model.Evidence, "evidence"),
        (model.Priority, "priority"),
        (model.Ask, "ask"),
        (model.Aim, "aim"),
        (model.Recommendation, "recommendation"),
        (model.Pledge, "pledge"),
        (model.Cosignatory, "cosignatory"),
        (model.Consent, "consent"),
        (model.FollowUp, "follow_up"),
        (model.Cycle, "cycle"),
        (model.Safety, "safety"),
        (model.Headings, "headings"),
        (model.Statement, "statement"),
        (model.Look, "look"),
        (model.TemplateChoice, "template"),
    ],
)
def test_schema_lists_exactly_the_model_fields_in_order(cls, definition):
    fields = [f.name for f in dataclasses.fields(cls) if f.name != "extra"]
    assert list(_schema_object(definition)["properties"]) == fields


def test_a_default_brief_passes_the_schema():
    data = model.brief_to_data(model.Brief())
    assert list(jsonschema.Draft202012Validator(brief_schema()).iter_errors(data)) == []


# -- plain words, every problem at once ------------------------------------------------

WRONG_TYPES = """\
schema_version: 2
title: [a list, not text]
language: english
organisation:
  migrant_led: yes please
  contact: Bob
occasion:
  date: 2026-02-30
audience: member-states
priorities:
  - title: fine
statement:
  time_limit_seconds: '90'
template:
  look:
    accent_colour: red
    font: comic
    paper: A3
    mark_unverified: 2
"""


def test_wrong_types_everywhere_are_all_reported_with_lines():
    found = {(p.line, model.format_path(p.path)): p.message for p in errors_of(WRONG_TYPES)}
    assert found == {
        (2, "title"): "should be text, not a list",
        (3, "language"): (
            '"english" should be a language tag such as en, fr, es, ar, zh-Hans or pt-BR'
        ),
        (5, "organisation.migrant_led"): 'should be true or false, not text ("yes please")',
        (6, "organisation.contact"): 'should be a group of fields, not text ("Bob")',
        (8, "occasion.date"): '"2026-02-30" is not a real date',
        (9, "audience"): 'should be a list, not text ("member-states")',
        (13, "statement.time_limit_seconds"): 'should be a whole number, not text ("90")',
        (16, "template.look.accent_colour"): (
            '"red" should be a colour written #rrggbb, for example #1d5c8c'
        ),
        (17, "template.look.font"): 'should be one of: sans, serif — not "comic"',
        (18, "template.look.paper"): 'should be one of: A4, Letter — not "A3"',
        (19, "template.look.mark_unverified"): "should be true or false, not a number (2)",
    }


def test_message_names_file_line_and_field(tmp_path):
    path = tmp_path / "paper.brief.yaml"
    with pytest.raises(BriefFileError) as caught:
        parse_brief_text("schema_version: 2\n\ntitle: [x]\n", path)
    text = str(caught.value)
    assert str(path) in text
    assert "line 3, field title: should be text, not a list" in text


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("statement:\n  time_limit_seconds: 3601\n", "should be at most 3600 (not 3601)"),
        ("statement:\n  time_limit_seconds: -1\n", "should be at least 0 (not -1)"),
        ("statement:\n  time_limit_seconds: 1.5\n", "should be a whole number, not a decimal"),
        ("occasion:\n  date: 5 May 2026\n", "should be a date written YYYY-MM-DD"),
        ("occasion:\n  date: 2026-13\n", "is not a real date"),
        ("language: e\n", "should be a language tag"),
        ("language: ''\n", "should be a language tag"),
        ("template:\n  look:\n    accent_colour: '#12345'\n", "should be a colour written"),
    ],
)
def test_value_rules(snippet, message):
    problem = one_error("schema_version: 2\n" + snippet)
    assert message in problem.message
    assert problem.line is not None and problem.line >= 2


@pytest.mark.parametrize(
    "snippet",
    [
        "occasion:\n  date: 2026\n",
        "occasion:\n  date: 2026-05\n",
        "occasion:\n  date: 2024-02-29\n",
        "occasion:\n  date: ''\n",
        "language: zh-Hans\n",
        "language: pt-BR\n",
        "language: es-419\n",
        "template:\n  look:\n    accent_colour: '#ABCDEF'\n",
        "statement:\n  time_limit_seconds: 3600\n",
    ],
)
def test_valid_values_open(snippet):
    parse_brief_text("schema_version: 2\n" + snippet)


def test_text_and_list_caps():
    long_text = "x" * (MAX_TEXT_CHARS + 1)
    problem = one_error(f"schema_version: 2\nsummary: {long_text}\n")
    assert problem.path == ("summary",)
    assert problem.message == "is too long: 100,001 characters (the limit is 100,000)"
    many = "\n".join("  - a" for _ in range(MAX_LIST_ITEMS + 1))
    problem = one_error(f"schema_version: 2\nkey_messages:\n{many}\n")
    assert problem.path == ("key_messages",) and problem.line == 2
    assert problem.message == "has too many items: 501 (the limit is 500)"


def test_empty_values_mean_defaults():
    result = parse_brief_text(
        "schema_version: 2\ntitle:\norganisation:\n  contact:\naudience:\n  -\n"
        "statement:\n  time_limit_seconds:\n"
    )
    brief = result.brief
    assert brief.title == ""
    assert brief.organisation.contact == model.Contact()
    assert brief.audience == [""]
    assert brief.statement.time_limit_seconds == 0
    assert brief.template.look.paper == "A4"


def test_unquoted_numbers_and_booleans_in_text_fields_are_text():
    brief = parse_brief_text(
        "schema_version: 2\norganisation:\n  country: NO\n  name: 1984\n"
        "occasion:\n  date: 2026\naudience: [yes, 12]\n"
    ).brief
    assert brief.organisation.country == "NO"
    assert brief.organisation.name == "1984"
    assert brief.occasion.date == "2026"
    assert brief.audience == ["yes", "12"]


# -- GCM references -------------------------------------------------------------------


def gcm_file(principles="[]", objectives="[]", actions="[]") -> str:
    return (
        "schema_version: 2\npriorities:\n  - title: one\n  - title: two\n    gcm:\n"
        f"      principles: {principles}\n      objectives: {objectives}\n"
        f"      actions: {actions}\n"
    )


def test_unknown_action_names_line_field_and_range():
    problem = one_error(gcm_file(actions='["24(a)", "29(z)"]'))
    assert model.format_path(problem.path) == "priorities[2].gcm.actions[2]"
    assert problem.line == 8
    assert problem.message.startswith('"29(z)" is not a GCM reference: objective 13')
    assert "(a) to (h)" in problem.message


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("principles", "[k]", "is not a GCM reference"),
        ("principles", "[1]", "is not a GCM reference"),
        ("principles", '["29(c)"]', "is an action (GCM para 29(c)), not a guiding principle"),
        ("objectives", "[24]", "is not a GCM reference: the GCM has objectives 1 to 23"),
        ("objectives", "[0]", "is not a GCM reference"),
        ("objectives", "[13.5]", "should be an objective number from 1 to 23"),
        ("objectives", '["15(f)"]', "is a guiding principle"),
        ("actions", "[29]", "is an objective (GCM objective 13 (para 29)), not an action: "
                            "list it under objectives"),
        ("actions", '["49(f)"]', "is not a GCM reference: paragraph 49 has sub-items (a) to (e)"),
        ("actions", '["53(a)"]', "the text of paragraph 53 is not included"),
        ("actions", '["para 55"]', "the GCM has paragraphs 1 to 54"),
        ("objectives", '["para 49"]', "is a paragraph (GCM para 49), not an objective: list it "
                                      "under actions"),
        ("actions", '["15(f)"]', "is a guiding principle"),
        ("actions", '["40(a)"]', "is not a GCM reference"),
        ("actions", "[{a: 1}]", "should be an action written"),
    ],
)
def test_wrong_gcm_references(field, value, words):
    problem = one_error(gcm_file(**{field: value}))
    assert problem.path[:4] == ("priorities", 1, "gcm", field)
    assert words in problem.message


def test_other_reference_forms_are_rewritten_with_a_warning():
    result = parse_brief_text(
        gcm_file(
            principles='[F, "15(a)", principle j]',
            objectives='["objective 13", "7"]',
            actions='["para 29(c)", GCM para 24(a), "13.b"]',
        )
    )
    links = result.brief.priorities[1].gcm
    assert links.principles == ["f", "a", "j"]
    assert links.objectives == [13, 7]
    assert links.actions == ["29(c)", "24(a)", "29(b)"]
    rewritten = [w for w in result.warnings if w.code == "gcm-reference-rewritten"]
    assert len(rewritten) == 8
    assert all(w.line in (6, 7, 8) for w in rewritten)


def test_paragraphs_outside_the_objectives_are_accepted_under_actions():
    # QUNO's paper cites the Review Forum (49) and national plans and reviews (53, 54).
    result = parse_brief_text(gcm_file(
        actions='["para 49", "49(c)", "53", GCM para 54, "paragraph 43(b)(ii)", "45 a"]'))
    assert result.brief.priorities[1].gcm.actions == [
        "para 49", "49(c)", "para 53", "para 54", "43(b)(ii)", "45(a)"]
    rewritten = [w.message for w in result.warnings if w.code == "gcm-reference-rewritten"]
    assert rewritten == [
        '"53" was read as "para 53" and will be saved that way',
        '"GCM para 54" was read as "para 54" and will be saved that way',
        '"paragraph 43(b)(ii)" was read as "43(b)(ii)" and will be saved that way',
        '"45 a" was read as "45(a)" and will be saved that way',
    ]


def test_the_schema_accepts_the_canonical_paragraph_citations():
    items = brief_schema()["$defs"]["gcm_links"]["properties"]["actions"]["items"]
    for good in ("29(c)", "para 49", "49(c)", "43(b)(ii)", "para 3"):
        jsonschema.validate(good, items)
    for bad in ("49", "para49", "43(b)(ii", "para 49(c)"):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, items)


def test_valid_references_give_no_warning():
    result = parse_brief_text(gcm_file("[a, j]", "[1, 23]", '["17(a)", "39(e)"]'))
    assert result.warnings == []


# -- unknown fields -------------------------------------------------------------------


def test_unknown_fields_are_kept_and_reported():
    result = parse_brief_text(
        "schema_version: 2\ntitel: Draft\norganisation:\n  name: X\n  founded: 1999\n"
        "priorities:\n  - title: a\n    notes: [x, y]\nextra: literal\n"
    )
    warnings = {(w.line, model.format_path(w.path)): w.message for w in result.warnings}
    assert warnings == {
        (2, "titel"): "unknown field 'titel' — kept as it is (did you mean 'title'?)",
        (5, "organisation.founded"): "unknown field 'founded' — kept as it is",
        (8, "priorities[1].notes"): "unknown field 'notes' — kept as it is",
        (9, "extra"): "unknown field 'extra' — kept as it is",
    }
    brief = result.brief
    assert brief.extra == {"titel": "Draft", "extra": "literal"}
    assert brief.organisation.extra == {"founded": 1999}
    assert brief.priorities[0].extra == {"notes": ["x", "y"]}
    assert all(w.severity == "warning" for w in result.warnings)


# -- format 4: pledges, co-signatories, review cycles ----------------------------------

FORMAT_4 = """\
schema_version: 4
pledges:
  - action: Train paralegals
    objectives: [30, 0, 29(c)]
cosignatories:
  - name: A partner
    kind: company
    consent:
      date: 2026-02-30
follow_up:
  - kind: promise
    status: done
history:
  - date: 2026-13
    published: 2026-05
    pledges:
      - objectives: [24]
    follow_up:
      - status: Met
"""


def test_format_4_problems_name_line_field_and_cause():
    found = [(p.line, model.format_path(p.path), p.message) for p in errors_of(FORMAT_4)]
    assert found == [
        (4, "pledges[1].objectives[1]", '"30" is not a GCM reference: the GCM has objectives '
                                        "1 to 23"),
        (4, "pledges[1].objectives[2]", '"0" is not a GCM reference: the GCM has objectives '
                                        "1 to 23"),
        (4, "pledges[1].objectives[3]", '"29(c)" is an action (GCM para 29(c)), not an objective'),
        (7, "cosignatories[1].kind", 'should be one of: organisation, individual — not "company"'),
        (9, "cosignatories[1].consent.date", '"2026-02-30" is not a real date'),
        (11, "follow_up[1].kind", 'should be one of: ask, pledge — not "promise"'),
        (12, "follow_up[1].status",
         'should be one of: met, partly, not-met, unknown — not "done"'),
        (14, "history[1].date", '"2026-13" is not a real date'),
        (15, "history[1].published",
         '"2026-05" should be a date written YYYY-MM-DD (for example 2026-05-05)'),
        (17, "history[1].pledges[1].objectives[1]",
         '"24" is not a GCM reference: the GCM has objectives 1 to 23'),
        (19, "history[1].follow_up[1].status",
         'should be one of: met, partly, not-met, unknown — not "Met"'),
    ]


def test_pledge_objectives_written_as_text_are_read_as_numbers():
    result = parse_brief_text("schema_version: 4\npledges:\n  - objectives: ['13', objective 7]\n")
    assert result.brief.pledges[0].objectives == [13, 7]
    assert [w.line for w in result.warnings] == [3, 3]


@pytest.mark.parametrize(
    "snippet",
    [
        "cosignatories:\n  - kind: individual\n    consent: {date: 2026, how: signed form}\n",
        "cosignatories:\n  - consent: {date: 2024-02-29}\n",
        "follow_up:\n  - {kind: pledge, status: not-met}\n",
        "follow_up:\n  - {kind: ask, status: partly}\n",
        "history:\n  - {date: 2022-05, published: 2022-04-30}\n",
        "safety: {enabled: true, leave_out_contact: false}\n",
        "headings: {follow_up: Since Kampala}\n",
    ],
)
def test_valid_format_4_values_open(snippet):
    parse_brief_text("schema_version: 4\n" + snippet)


def test_a_full_format_4_brief_round_trips():
    brief = model.Brief(
        pledges=[model.Pledge(action="Train *50* paralegals", who="Legal unit", objectives=[7, 13],
                              indicator="paralegals trained", baseline="12", target="50",
                              deadline="2027-12", resources="two staff")],
        cosignatories=[model.Cosignatory(
            name="Ana Pérez", kind="individual", country="Chile",
            contact=model.Contact(email="ana@example.org"),
            consent=model.Consent(date="2026-04-01", how="e-mail"), logo="logos/ana.png")],
        follow_up=[model.FollowUp(kind="pledge", text="Open a desk", who="us", by_when="2025",
                                  status="partly", evidence="One desk opened")],
        history=[model.Cycle(title="Then", process="imrf-2022", event="IMRF", date="2022-05",
                             published="2022-04-30", asks=[model.Ask(who="States", what="act")],
                             pledges=[model.Pledge(action="Open a desk", objectives=[16])],
                             follow_up=[model.FollowUp(status="met")])],
        safety=model.Safety(enabled=True, leave_out_logos=False),
        headings=model.Headings(follow_up="Since Kampala"),
    )
    data = model.brief_to_data(brief)
    assert list(jsonschema.Draft202012Validator(brief_schema()).iter_errors(data)) == []
    again = parse_brief_text(dump_brief_text(brief)).brief
    assert again == brief
