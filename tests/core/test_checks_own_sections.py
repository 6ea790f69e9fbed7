"""Checks on the organisation's own sections and on the publication date."""

from __future__ import annotations

import pytest

from briefwriter.core.check_text import date_problem
from briefwriter.core.checks import check_brief
from briefwriter.core.model import Brief, Section, get_at, new_brief

MINE = {"empty-section", "section-without-heading", "section-without-body",
        "published-not-a-date"}


def mine(brief: Brief):
    """The problems about sections and the publication date (an otherwise empty brief has
    its own warnings: no title, no summary, ...)."""
    return [p for p in check_brief(brief, None) if p.code in MINE]


def test_whole_sections_and_a_real_date_are_quiet():
    brief = new_brief()
    brief.sections = [Section(heading="What we see", body="Testimonies.", after="summary"),
                      Section(heading="Method", body="Interviews.", after="end")]
    assert mine(brief) == []
    assert mine(Brief(published="")) == []  # no date: the paper prints none


@pytest.mark.parametrize(
    ("section", "code", "field", "words"),
    [
        (Section(body="Nobody told me why I was there."), "section-without-heading",
         "heading", "Your section 2 has text but no heading"),
        (Section(heading="What we see in detention"), "section-without-body", "body",
         "Your section 2 “What we see in detention” has a heading but no text"),
        (Section(heading="  ", body="\n"), "empty-section", None, "Your section 2 is empty"),
    ],
)  # fmt: skip
def test_a_half_written_section_gives_one_warning_at_its_field(section, code, field, words):
    brief = Brief(sections=[Section(heading="Fine", body="Fine."), section])
    (problem,) = mine(brief)
    assert problem.code == code and problem.severity == "warning"
    assert problem.path == (("sections", 1, field) if field else ("sections", 1))
    assert words in problem.message
    get_at(brief, problem.path)  # the GUI can jump there


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2026-02-30", "does not exist in the calendar"),
        ("5 May 2026", "is not a date: write it as 2026-05-12"),
        ("2026-05", "is not a date"),  # the footer prints a day: a month is not enough
    ],
)
def test_a_publication_date_that_is_not_a_day_is_reported(value, words):
    (problem,) = mine(Brief(published=value))
    assert problem.code == "published-not-a-date" and problem.path == ("published",)
    assert words in problem.message and f"“{value}”" in problem.message


def test_date_problem_tells_format_from_calendar():
    assert date_problem("2026") == date_problem("2026-05") == date_problem("2026-05-31") == ""
    assert date_problem("2026-05", full=True) == "format"
    assert date_problem("2026-02-29") == "calendar" and date_problem("2028-02-29") == ""
    assert date_problem("26-05") == date_problem("May 2026") == "format"
