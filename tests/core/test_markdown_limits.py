"""Footnote and table limits found by one pass over a field's text, reported by the checks
with the field's path and line."""

from __future__ import annotations

import pytest

from briefwriter.core.checks import check_brief
from briefwriter.core.markdown_limits import (
    MAX_FOOTNOTE_DEPTH,
    MAX_FOOTNOTES_PER_FIELD,
    MAX_TABLE_ROWS_PER_FIELD,
    footnote_problem,
    markdown_fields,
    markdown_problem,
    scan_footnotes,
    scan_tables,
)
from briefwriter.core.model import (
    Brief,
    Evidence,
    FollowUp,
    Pledge,
    Priority,
    Recommendation,
    Section,
)


def nested(depth: int) -> str:
    """``^[a ^[b ^[c ... ]]]``: notes inside notes, ``depth`` deep."""
    return "".join(f"^[{chr(97 + i % 26)} " for i in range(depth)) + "]" * depth


def side_by_side(count: int) -> str:
    return " ".join(f"Claim {i}.^[Source {i}]" for i in range(count))


def test_ordinary_footnotes_are_counted_not_refused():
    text = "We ask.[^a] Twice.^[Inline note.]\n\n[^a]: Survey, 2024."
    scan = scan_footnotes(text)
    assert (scan.count, scan.depth, scan.ok) == (2, 1, True)
    assert footnote_problem(text, ("summary",)) is None
    assert scan_footnotes("No notes, [a link](https://example.org) and x^2.").count == 0
    assert scan_footnotes(r"Escaped \^[not a note].").count == 0


def test_notes_nested_a_little_are_fine_and_deeper_is_refused():
    assert scan_footnotes(nested(MAX_FOOTNOTE_DEPTH)).ok
    assert not scan_footnotes(nested(MAX_FOOTNOTE_DEPTH + 1)).ok


def test_3000_nested_notes_name_the_field_and_the_line():
    text = "An opening line.\n\nThen " + nested(3000)
    problem = footnote_problem(text, ("priorities", 1, "description"))
    assert problem is not None
    assert (problem.code, problem.path, problem.severity) == (
        "footnotes-too-deep", ("priorities", 1, "description"), "warning")
    assert "priorities[2].description" in problem.message
    assert "3000 deep" in problem.message and "line 3" in problem.message
    assert "plain text" in problem.message


def test_too_many_notes_in_one_field():
    assert scan_footnotes(side_by_side(MAX_FOOTNOTES_PER_FIELD)).ok
    text = side_by_side(MAX_FOOTNOTES_PER_FIELD) + "\nOne more.^[Too many]"
    problem = footnote_problem(text, ("summary",))
    assert problem is not None and problem.code == "too-many-footnotes"
    assert f"{MAX_FOOTNOTES_PER_FIELD + 1} footnotes" in problem.message
    assert "line 2" in problem.message and "summary" in problem.message


@pytest.mark.timeout(60)
def test_the_scan_of_a_5_mb_field_is_one_pass():
    scan = scan_footnotes(nested(200_000) + "word " * 800_000)
    assert scan.depth == 200_000


def every_markdown_field(text: str) -> Brief:
    brief = Brief(summary=text, key_messages=["fine", text])
    brief.priorities = [Priority(title="P", description=text,
                                 evidence=[Evidence(text=text, source="S")])]
    brief.recommendations = [Recommendation(addressee="States", text=text)]
    brief.pledges = [Pledge(action=text)]
    brief.follow_up = [FollowUp(text=text, evidence=text)]
    brief.organisation.description = text
    brief.statement.text = text
    return brief


def test_check_brief_reports_every_markdown_field(tmp_path):
    brief = every_markdown_field(nested(3000))
    found = [p for p in check_brief(brief, tmp_path) if p.code == "footnotes-too-deep"]
    paths = [path for path, text in markdown_fields(brief) if text == brief.summary]
    assert [p.path for p in found] == paths
    # summary, description, evidence, key message 2, recommendation, pledge, follow-up text
    # and evidence, organisation description, statement
    assert len(paths) == 10


def table(rows: int) -> str:
    return "| n | x |\n|---|---|\n" + "".join(f"| {i} | y |\n" for i in range(rows - 2))


def test_a_table_up_to_the_limit_passes_and_one_row_more_is_reported_with_its_line():
    assert scan_tables(table(MAX_TABLE_ROWS_PER_FIELD)).ok
    assert markdown_problem(table(MAX_TABLE_ROWS_PER_FIELD), ("summary",)) is None
    text = "Intro.\n\n" + table(2000)
    scan = scan_tables(text)
    assert scan.rows == 2000 and scan.limit_line == 3 + MAX_TABLE_ROWS_PER_FIELD
    problem = markdown_problem(text, ("priorities", 0, "description"))
    assert problem is not None and problem.code == "table-too-long"
    assert problem.path == ("priorities", 0, "description")
    assert "2000 rows" in problem.message
    assert f"line {3 + MAX_TABLE_ROWS_PER_FIELD}" in problem.message
    assert footnote_problem(text, ("summary",)) is None  # the footnote limit is its own


def test_the_checks_report_a_table_too_long_for_the_renderer():
    brief = Brief(summary=table(2000))
    codes = [(p.code, p.path) for p in check_brief(brief, None)]
    assert ("table-too-long", ("summary",)) in codes


def test_the_organisations_own_sections_are_checked_too():
    brief = Brief(sections=[Section(heading="Our testimony", body=table(2000), after="end")])
    assert (("sections", 0, "body"), brief.sections[0].body) in list(markdown_fields(brief))
    codes = [(p.code, p.path) for p in check_brief(brief, None)]
    assert ("table-too-long", ("sections", 0, "body")) in codes
