"""What a template leaves out of a brief: one check result naming the filled parts it does
not print, pointing at the first; and the longest parts it prints, for the page-limit warning."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pytest

from briefwriter.core.model import (
    Aim,
    Ask,
    Brief,
    Evidence,
    Pledge,
    Priority,
    Recommendation,
    Section,
)
from briefwriter.render.coverage import (
    COVERAGE_CODE,
    brief_coverage_problems,
    coverage_problems,
    filled_parts,
    longest_parts,
)
from briefwriter.render.pipeline import _page_warning
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import load_pack


def full_brief() -> Brief:
    brief = Brief(summary="Our summary.", key_messages=["One.", ""])
    first = Priority(title="Detention", description="End it.")
    second = Priority(title="Pathways", description="Open them.")
    second.gcm.actions = ["29(c)", "23(a)"]
    second.evidence = [Evidence(text="A finding.", source="UNICEF, 2024"),
                       Evidence(text="Another.", url="https://example.org")]
    first.evidence = [Evidence(text="Third finding.")]
    brief.priorities = [first, second]
    brief.aims = [Aim(aim="pledging", ask=Ask(who="States", what="Pledge", by_when="2026"))]
    brief.recommendations = [Recommendation("Member States", f"Do {n}.") for n in range(4)]
    brief.pledges = [Pledge(action="We will report.")]
    brief.sections = [Section(heading="Why", body="Because.", after="summary")]
    brief.organisation.description = "Who we are."
    return brief


def test_filled_parts_count_items_and_point_at_the_first():
    parts = {p.name: p for p in filled_parts(full_brief())}
    assert parts["recommendations"].count == 4
    assert parts["recommendations"].path == ("recommendations",)
    assert parts["evidence"].count == 3
    assert parts["evidence"].path == ("priorities", 0, "evidence")
    assert parts["gcm"].count == 2 and parts["gcm"].path == ("priorities", 1, "gcm")
    assert parts["key_messages"].count == 1  # the empty one is not a message
    assert parts["sections"].path == ("sections", 0)
    assert parts["summary"].count == 0 and parts["summary"].chars == len("Our summary.")
    assert "statement" not in parts and "cosignatories" not in parts
    assert parts["pledges"].count == 1 and parts["pledges"].chars == len("We will report.")


def test_a_pledge_with_any_part_filled_counts():
    brief = Brief(pledges=[Pledge(), Pledge(who="Legal unit", target="50"), Pledge(objectives=[7])])
    parts = {p.name: p for p in filled_parts(brief)}
    assert parts["pledges"].count == 2
    assert parts["pledges"].chars == len("Legal unit") + len("50")


def test_the_two_page_brief_names_what_it_leaves_out():
    pack = find_template("two-page-brief")
    [problem] = coverage_problems(full_brief(), pack)
    assert problem.severity == "warning" and problem.code == COVERAGE_CODE
    assert problem.message == ("The Two-page brief does not show: Recommendations (4), "
                               "Pledges (1) and Organisation description.")
    assert problem.path == ("recommendations",)  # Review jumps to the first of them
    assert problem.msg is not None and problem.msg.render() == problem.message


def test_only_parts_the_brief_fills_are_named():
    pack = find_template("two-page-brief")
    brief = full_brief()
    brief.recommendations, brief.pledges = [], []
    brief.organisation.description = ""
    assert coverage_problems(brief, pack) == []
    assert coverage_problems(Brief(), find_template("oral-statement")) == []


def test_a_pack_without_shows_shows_everything_and_is_never_warned_about(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "page.html.j2").write_text("<p>x</p>", encoding="utf-8")
    (folder / "template.yaml").write_text(textwrap.dedent("""\
        manifest_version: 1
        name: my-pack
        title: My pack
        entry: page.html.j2
        """), encoding="utf-8")
    pack = load_pack(folder)
    brief = full_brief()
    brief.statement.text = "Words to say."
    assert coverage_problems(brief, pack) == []
    assert coverage_problems(brief, replace(pack, shows=("summary",)))[0].path == ("priorities",)


def test_a_statement_template_notes_rather_than_warns():
    pack = find_template("oral-statement")
    brief = full_brief()
    [problem] = coverage_problems(brief, pack)
    assert problem.severity == "info"
    # The statement is left empty, so it is composed from the summary, key messages and
    # asks: those are shown; the rest is named.
    assert "Summary" not in problem.message and "Key messages" not in problem.message
    assert problem.message.startswith("The Oral statement does not show: Priorities (2), "
                                      "Evidence (3), GCM links (2), Recommendations (4)")
    brief.statement.text = "Our own words."
    [problem] = coverage_problems(brief, pack)
    assert "Summary" in problem.message and "Key messages (1)" in problem.message


def test_a_paper_never_warns_about_the_statement():
    brief = Brief(summary="S.")
    brief.statement.text = "Words for the oral statement."
    assert coverage_problems(brief, find_template("two-page-brief")) == []


def test_an_unusable_template_gives_no_coverage_problem(tmp_path):
    brief = full_brief()
    brief.template.name = "no-such-template"
    assert brief_coverage_problems(brief, tmp_path) == []
    brief.template.name = "two-page-brief"
    assert [p.code for p in brief_coverage_problems(brief, tmp_path)] == [COVERAGE_CODE]


def test_longest_parts_are_those_the_pack_prints_longest_first():
    brief = full_brief()
    brief.recommendations = [Recommendation("Member States", "x" * 5000)]
    names = [p.name for p in longest_parts(brief, find_template("two-page-brief"))]
    assert "recommendations" not in names  # not printed: cutting it would not help
    assert names[0] == "gcm"  # two actions' GCM wording outweighs the short texts
    assert longest_parts(brief, find_template("position-paper"))[0].name == "recommendations"


@pytest.mark.parametrize(("pages", "expected"), [(2, None), (1, None)])
def test_no_page_warning_within_the_limit(pages, expected):
    assert _page_warning(full_brief(), find_template("two-page-brief"), pages) is expected


def test_the_page_warning_names_the_longest_parts():
    brief = full_brief()
    brief.summary = "s" * 2345
    warning = _page_warning(brief, find_template("two-page-brief"), 3)
    assert warning is not None
    assert warning.startswith("The Two-page brief runs to 3 pages; it is meant to fit on 2 "
                              "pages. The longest parts: Summary (2,345 characters), GCM links (")
    # A pack without a limit never warns.
    assert _page_warning(brief, find_template("position-paper"), 30) is None

