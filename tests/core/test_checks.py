"""Brief checks: a well-filled brief is quiet; each gap gives one clear, clickable warning."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefwriter.core.checks import check_brief, check_logo
from briefwriter.core.gcm import load_gcm
from briefwriter.core.logo import MAX_LOGO_BYTES
from briefwriter.core.model import (
    Aim,
    Ask,
    Brief,
    Contact,
    Evidence,
    GcmLinks,
    Occasion,
    Organisation,
    Priority,
    Recommendation,
    Section,
    Statement,
    TemplateChoice,
    brief_to_data,
    get_at,
)

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"></svg>'

# Linked GCM items whose wording is verified against the final text, so that a complete
# brief is entirely quiet (an unverified link adds an information note, tested below).
VERIFIED_LINKS = {"principles": ["a", "h"], "objectives": [13], "actions": ["29(a)", "29(c)"]}


def complete_brief() -> Brief:
    return Brief(
        title="Ending immigration detention of children",
        subtitle="A brief for the IMRF 2026",
        summary="Detention harms children. States committed to alternatives; we ask them to act.",
        organisation=Organisation(
            name="Coalition for Child Rights in Migration",
            acronym="CCRM",
            description="A national coalition of legal-aid groups.",
            country="Mexico",
            contact=Contact(name="Ana", email="ana@example.org"),
            logo="logo.png",
        ),
        occasion=Occasion(process="imrf-2026", event="Policy debate", date="2026-05"),
        audience=["member-states", "Our partner shelters"],
        priorities=[
            Priority(
                title="Alternatives to detention for families",
                description="Community-based case management works and costs less.",
                suggestion="alternatives-to-detention",
                gcm=GcmLinks(**{k: list(v) for k, v in VERIFIED_LINKS.items()}),
                evidence=[
                    Evidence(
                        text="Children were held for weeks in 2024.",
                        source="Coalition monitoring report, 2025",
                        url="https://example.org/report",
                    )
                ],
            )
        ],
        aims=[
            Aim(
                aim="pledging",
                ask=Ask(
                    who="Member States",
                    what="pledge to end child detention",
                    by_when="before the IMRF 2026",
                ),
            ),
            Aim(
                aim="Train border officials",
                ask=Ask(who="The Ministry", what="fund training", by_when="December 2026"),
            ),
        ],
        key_messages=["No child should be detained.", "Alternatives exist and work."],
        recommendations=[Recommendation(addressee="Member States", text="End child detention.")],
        statement=Statement(text="Thank you, Chair. " * 20, time_limit_seconds=90),
        template=TemplateChoice(name="two-page-brief"),
    )


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "logo.png").write_bytes(PNG)
    return tmp_path


def codes(problems):
    return [p.code for p in problems]


def test_the_verified_links_really_are_verified():
    gcm = load_gcm()
    items = [gcm.principle(x) for x in VERIFIED_LINKS["principles"]]
    items += [gcm.objective(n) for n in VERIFIED_LINKS["objectives"]]
    items += [gcm.lookup(ref) for ref in VERIFIED_LINKS["actions"]]
    assert all(item.verified for item in items)


def test_a_complete_brief_gives_no_warnings_at_all(folder):
    brief = complete_brief()
    assert check_brief(brief, folder) == []


def test_checks_never_change_the_brief(folder):
    brief = complete_brief()
    brief.priorities[0].gcm.actions.append("29(z)")
    before = brief_to_data(brief)
    check_brief(brief, folder)
    assert brief_to_data(brief) == before


def test_an_empty_brief_lists_the_basics():
    problems = check_brief(Brief(), None)
    assert codes(problems) == ["no-title", "no-organisation-name", "no-summary", "no-priorities"]
    assert all(p.severity == "warning" for p in problems)
    assert [p.path for p in problems] == [
        ("title",), ("organisation", "name"), ("summary",), ("priorities",)
    ]  # fmt: skip


def _only(problems, code):
    """The problems with ``code``; the brief must have no other warnings."""
    assert {p.code for p in problems if p.severity == "warning"} == {code}, problems
    return [p for p in problems if p.code == code]


@pytest.mark.parametrize(
    ("change", "code", "path", "words"),
    [
        (lambda b: setattr(b, "title", "  "), "no-title", ("title",), "no title"),
        (lambda b: setattr(b.priorities[0], "title", ""), "priority-without-title",
         ("priorities", 0, "title"), "Priority 1 has no title"),
        (lambda b: setattr(b.priorities[0], "description", ""), "priority-without-description",
         ("priorities", 0, "description"), "“Alternatives to detention for families”"),
        (lambda b: setattr(b.priorities[0], "gcm", GcmLinks()), "priority-without-gcm-link",
         ("priorities", 0, "gcm"), "is not linked to the GCM yet"),
        (lambda b: b.priorities[0].gcm.actions.append("29(z)"), "unknown-gcm-reference",
         ("priorities", 0, "gcm", "actions", 2), "objective 13 (para 29) has actions (a) to (h)"),
        (lambda b: b.priorities[0].gcm.objectives.append(24), "unknown-gcm-reference",
         ("priorities", 0, "gcm", "objectives", 1), "objectives 1 to 23"),
        (lambda b: b.priorities[0].gcm.principles.append("k"), "unknown-gcm-reference",
         ("priorities", 0, "gcm", "principles", 2), "15(a) to 15(j)"),
        (lambda b: b.priorities[0].gcm.actions.append("13"), "unknown-gcm-reference",
         ("priorities", 0, "gcm", "actions", 2), "not an action"),
        (lambda b: setattr(b.aims[0].ask, "by_when", ""), "incomplete-ask",
         ("aims", 0, "ask", "by_when"), "say by when"),
        (lambda b: setattr(b.aims[1], "ask", Ask()), "incomplete-ask",
         ("aims", 1, "ask", "who"), "who should act, what they should do and by when"),
        (lambda b: setattr(b.aims[0], "aim", ""), "empty-aim", ("aims", 0, "aim"), "Aim 1"),
        (lambda b: setattr(b.aims[0], "aim", "pledgng"), "unknown-aim-id", ("aims", 0, "aim"),
         "did you mean “Gain measurable commitments from governments through pledging”?"),
        (lambda b: setattr(b.occasion, "process", "imrf-2062"), "unknown-process-id",
         ("occasion", "process"), "International Migration Review Forum 2026"),
        (lambda b: b.audience.append("member-state"), "unknown-audience-id", ("audience", 2),
         "“member-state”"),
        (lambda b: setattr(b.priorities[0].evidence[0], "source", ""),
         "evidence-without-source", ("priorities", 0, "evidence", 0, "source"), "no source"),
        (lambda b: setattr(b.priorities[0].evidence[0], "url", "www.example.org/r"),
         "evidence-url-not-http", ("priorities", 0, "evidence", 0, "url"),
         "“https://www.example.org/r”"),
        (lambda b: setattr(b.priorities[0].evidence[0], "url", "javascript:alert(1)"),
         "evidence-url-not-http", ("priorities", 0, "evidence", 0, "url"), "https://"),
        (lambda b: b.priorities[0].evidence.append(Evidence()), "empty-evidence",
         ("priorities", 0, "evidence", 1), "Evidence 2"),
        (lambda b: setattr(b.recommendations[0], "addressee", ""),
         "recommendation-without-addressee", ("recommendations", 0, "addressee"),
         "“End child detention.”"),
        (lambda b: setattr(b, "key_messages", ["", " "]), "no-key-messages", ("key_messages",),
         "two-page brief"),
        (lambda b: setattr(b.organisation, "name", ""), "no-organisation-name",
         ("organisation", "name"), "organisation"),
    ],
)  # fmt: skip
def test_each_gap_gives_one_specific_warning(folder, change, code, path, words):
    brief = complete_brief()
    change(brief)
    (problem,) = _only(check_brief(brief, folder), code)
    assert problem.path == path
    assert problem.severity == "warning"
    assert words in problem.message
    get_at(brief, path)  # the GUI can jump to the field


def test_key_messages_are_optional_in_other_templates(folder):
    brief = complete_brief()
    brief.key_messages = []
    brief.template.name = "position-paper"
    assert check_brief(brief, folder) == []


def test_own_words_are_not_mistaken_for_ids(folder):
    brief = complete_brief()
    brief.aims[0].aim = "Make our voices heard"
    brief.occasion.process = "Regional consultation in Dakar"
    brief.audience = ["advocacy", "Faith leaders"]
    assert check_brief(brief, folder) == []


# --------------------------------------------------------------------------------------
# The statement's time limit
# --------------------------------------------------------------------------------------


def test_a_written_statement_over_its_time_limit(folder):
    brief = complete_brief()
    brief.statement.text = "word " * 300
    brief.statement.time_limit_seconds = 60
    (problem,) = _only(check_brief(brief, folder), "statement-over-time-limit")
    # 300 words at 130 a minute is 138 s (2:18); 60 s allows 130 words, so 170 too many.
    assert "2:18" in problem.message and "300 words" in problem.message
    assert "1:00" in problem.message and "cut about 170 words" in problem.message
    assert problem.path == ("statement", "text")


def test_a_statement_within_its_limit_or_without_one(folder):
    brief = complete_brief()
    brief.statement.text = "word " * 130
    brief.statement.time_limit_seconds = 60
    assert check_brief(brief, folder) == []
    brief.statement.text = "word " * 1000
    brief.statement.time_limit_seconds = 0
    assert check_brief(brief, folder) == []


def test_an_empty_statement_is_timed_as_composed(folder):
    brief = complete_brief()
    brief.statement.text = ""
    brief.statement.time_limit_seconds = 30
    # Too long even with the later key messages left out: the first one alone is 120 words.
    brief.key_messages = [" ".join(["important"] * 120), "A second message."]
    (problem,) = _only(check_brief(brief, folder), "statement-over-time-limit")
    assert "composed from your summary, key messages and asks" in problem.message


# --------------------------------------------------------------------------------------
# The logo
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data"), [("logo.png", PNG), ("l.jpg", JPEG), ("l.svg", SVG)])
def test_png_jpeg_and_svg_logos_are_fine(tmp_path, name, data):
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / name).write_bytes(data)
    assert check_logo(f"img/{name}", tmp_path) == []
    assert check_logo(f"img\\{name}", tmp_path) == []  # written on Windows


def test_a_missing_logo(tmp_path):
    (problem,) = check_logo("logo.png", tmp_path)
    assert problem.code == "logo-missing"
    assert problem.path == ("organisation", "logo")


@pytest.mark.parametrize(
    "logo",
    ["../logo.png", "img/../../logo.png", "/etc/passwd", "C:\\logo.png", "C:logo.png",
     "\\\\server\\share\\logo.png", "file:///etc/passwd", "https://example.org/logo.png"],
)  # fmt: skip
def test_a_logo_outside_the_brief_folder_is_refused_without_reading_it(tmp_path, logo):
    folder = tmp_path / "brief"
    folder.mkdir()
    (tmp_path / "logo.png").write_bytes(PNG)  # exists, but outside the folder
    (problem,) = check_logo(logo, folder)
    assert problem.code == "logo-outside-folder"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this system")
def test_a_symbolic_link_out_of_the_folder_is_refused(tmp_path):
    folder = tmp_path / "brief"
    folder.mkdir()
    (tmp_path / "secret.png").write_bytes(PNG)
    (folder / "logo.png").symlink_to(tmp_path / "secret.png")
    (problem,) = check_logo("logo.png", folder)
    assert problem.code == "logo-outside-folder"


def test_a_logo_that_is_not_an_image_by_its_bytes(tmp_path):
    (tmp_path / "logo.png").write_text("this is a text file, not a picture")
    (problem,) = check_logo("logo.png", tmp_path)
    assert problem.code == "logo-not-image"
    assert "PNG, JPEG or SVG" in problem.message
    (tmp_path / "evil.svg").write_text("<html><script>alert(1)</script></html>")
    assert codes(check_logo("evil.svg", tmp_path)) == ["logo-not-image"]


def test_a_logo_over_5_mb(tmp_path):
    path = tmp_path / "big.png"
    with path.open("wb") as handle:
        handle.write(PNG)
        handle.truncate(MAX_LOGO_BYTES + 1)  # sparse: no need to write 5 MB
    (problem,) = check_logo("big.png", tmp_path)
    assert problem.code == "logo-too-large"
    assert "5 MB" in problem.message


def test_a_logo_folder_and_an_unsaved_brief(tmp_path):
    (tmp_path / "logos").mkdir()
    assert codes(check_logo("logos", tmp_path)) == ["logo-missing"]
    (problem,) = check_logo("logo.png", None)
    assert (problem.code, problem.severity) == ("logo-unchecked", "info")
    assert check_logo("", tmp_path) == []


# --------------------------------------------------------------------------------------
# Unverified GCM wording
# --------------------------------------------------------------------------------------


def test_unverified_wording_gives_one_information_note(folder):
    gcm = load_gcm()
    assert not gcm.principle("f").verified and not gcm.objective(8).verified
    brief = complete_brief()
    brief.priorities[0].gcm.principles.append("f")
    brief.priorities.append(
        Priority(
            title="Ending lethal disregard",
            description="Deaths at sea are preventable.",
            gcm=GcmLinks(principles=["f"], objectives=[8]),
        )
    )
    problems = check_brief(brief, folder)
    assert [p for p in problems if p.severity == "warning"] == []
    (note,) = problems
    assert (note.code, note.severity) == ("unverified-gcm-wording", "info")
    # Seven different items are linked (a, h, f, 13, 29(a), 29(c), 8; f twice), and two
    # of them are not yet verified.
    assert note.message.startswith("2 of the 7 GCM items")
    assert "GCM para 15(f)" in note.message and "GCM objective 8 (para 24)" in note.message
    assert "The PDF marks this wording." in note.message
    assert note.path == ("priorities", 0, "gcm")
    brief.template.look.mark_unverified = False
    (note,) = check_brief(brief, folder)
    assert "turned off" in note.message


def test_every_problem_points_at_a_real_field(tmp_path):
    brief = Brief(
        organisation=Organisation(logo="../x.png"),
        occasion=Occasion(process="imrf-2062"),
        audience=["donnors"],
        priorities=[Priority(gcm=GcmLinks(principles=["F", "z"], objectives=[0], actions=["x"]),
                             evidence=[Evidence(text="t", url="ftp://x")])],
        aims=[Aim(aim="pledgng"), Aim()],
        recommendations=[Recommendation(), Recommendation(addressee="IOM")],
        statement=Statement(time_limit_seconds=1),
        template=TemplateChoice(name="two-page-brief"),
    )  # fmt: skip
    brief.summary = "word " * 50
    problems = check_brief(brief, tmp_path)
    assert len(problems) >= 15
    assert len({p.code for p in problems}) >= 12
    for problem in problems:
        assert problem.code and problem.message.strip()
        assert problem.severity in ("warning", "info")
        get_at(brief, problem.path)
    # "F" is principle (f), written in capitals: accepted.
    assert not any(p.path == ("priorities", 0, "gcm", "principles", 0) for p in problems)


def test_checks_use_the_shipped_catalogues_and_gcm_by_default(folder):
    # Passing them explicitly gives the same answer as the defaults.
    from briefwriter.core.catalogues import load_catalogues

    brief = complete_brief()
    brief.aims[0].aim = "pledgng"
    explicit = check_brief(brief, folder, gcm=load_gcm(), catalogues=load_catalogues())
    assert explicit == check_brief(brief, folder)
    assert Path(folder, "logo.png").read_bytes() == PNG


def test_paragraph_citations_outside_the_objectives_are_accepted(folder):
    # QUNO's paper cites the Review Forum (49) and national plans and reviews (53, 54).
    brief = complete_brief()
    brief.priorities[0].gcm.actions += ["para 49", "49(c)", "para 53", "para 54", "43(b)(ii)",
                                        "45(b)"]
    problems = check_brief(brief, folder)
    assert [p for p in problems if p.severity == "warning"] == []
    notes = {p.code: p for p in problems}
    assert set(notes) == {"unverified-gcm-wording", "gcm-text-not-included"}
    # Quoted wording not yet checked: 49, 49(c) and 43(b)(ii); the rest is cited, not quoted.
    unverified = notes["unverified-gcm-wording"].message
    assert unverified.startswith("3 of the 11 GCM items this brief links (GCM para 49, "
                                 "GCM para 49(c), GCM para 43(b)(ii))")
    missing = notes["gcm-text-not-included"]
    assert missing.message == (
        "BriefWriter does not hold the whole text of GCM para 53, GCM para 54, GCM para 45(b): "
        "the PDF cites it and says “Text not included: see A/RES/73/195” instead of quoting it.")
    assert missing.path == ("priorities", 0, "gcm")


def test_a_bad_paragraph_citation_says_what_the_paragraph_holds(folder):
    brief = complete_brief()
    brief.priorities[0].gcm.actions += ["49(f)", "53(a)"]
    warnings = [p for p in check_brief(brief, folder) if p.severity == "warning"]
    assert [(p.code, p.path) for p in warnings] == [
        ("unknown-gcm-reference", ("priorities", 0, "gcm", "actions", 2)),
        ("unknown-gcm-reference", ("priorities", 0, "gcm", "actions", 3)),
    ]
    assert "paragraph 49 has sub-items (a) to (e)" in warnings[0].message
    assert "the text of paragraph 53 is not included" in warnings[1].message


# -- lengths -----------------------------------------------------------------------------------

LONG_FIELDS = [
    # (change, code, path, words in the message)
    (lambda b: setattr(b, "title", "Detention " * 84), "title-too-long", ("title",),
     "The title is 839 characters long; over 150"),
    (lambda b: setattr(b, "subtitle", "x" * 251), "subtitle-too-long", ("subtitle",),
     "over 250"),
    (lambda b: setattr(b.organisation, "name", "y" * 201), "organisation-name-too-long",
     ("organisation", "name"), "over 200"),
    (lambda b: setattr(b, "summary", "Words. " * 500), "summary-too-long", ("summary",),
     "over 3000"),
    (lambda b: setattr(b.priorities[0], "title", "t" * 151), "priority-title-too-long",
     ("priorities", 0, "title"), "The title of priority 1 is 151"),
    (lambda b: setattr(b.priorities[0], "description", "A fact. " * 5875),
     "priority-description-too-long", ("priorities", 0, "description"),
     "is 46999 characters long; over 5000"),
    (lambda b: b.key_messages.append("m" * 1501), "key-message-too-long", ("key_messages", 2),
     "Key message 3 is 1501"),
    (lambda b: setattr(b.recommendations[0], "text", "r" * 1501), "recommendation-too-long",
     ("recommendations", 0, "text"), "Recommendation 1 is 1501"),
    (lambda b: b.sections.append(Section(heading="h" * 151, body="Text.")),
     "section-heading-too-long", ("sections", 0, "heading"), "section 1 is 151"),
]


@pytest.mark.parametrize(("change", "code", "path", "words"), LONG_FIELDS,
                         ids=[case[1] for case in LONG_FIELDS])
def test_a_field_far_too_long_gets_a_plain_warning(folder, change, code, path, words):
    brief = complete_brief()
    change(brief)
    [problem] = check_brief(brief, folder)
    assert (problem.code, problem.path, problem.severity) == (code, path, "warning")
    assert words in problem.message
    assert problem.msg is not None and problem.msg.context == "Checks"  # translatable


def test_lengths_at_the_limits_are_fine(folder):
    brief = complete_brief()
    brief.title = "t" * 150
    brief.subtitle = "s" * 250
    brief.priorities[0].description = "d" * 5000
    brief.key_messages[0] = "k" * 1500 + "\n\n  "  # surrounding space is not counted
    assert check_brief(brief, folder) == []
