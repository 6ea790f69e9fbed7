"""Pledges print as a table whose header cells are tagged as such, and the follow-up of an
earlier review prints under "Since the last review" with each item's outcome; long words
stay inside the page."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pikepdf
import pypdf
import pytest
from conftest import make_job, pdf_text, sample_brief
from PIL import Image
from tag_tree import read_tags

from briefwriter.core.model import Brief, FollowUp, Pledge
from briefwriter.render.pipeline import render_job

HEADERS = ["Action", "Who", "Indicator(baseline,target)", "Deadline", "GCMobjectives"]


def pledged_brief() -> Brief:
    brief = sample_brief()
    brief.pledges = [
        Pledge(action="Open two legal advice desks for migrant domestic workers.",
               who="Our legal aid unit", objectives=[15, 6], indicator="Workers advised a year",
               baseline="400 in 2025", target="1,500 a year", deadline="2027-12"),
        Pledge(action="Train 50 caseworkers in child-sensitive procedures.", who="Partners",
               objectives=[13], deadline="2028"),
    ]
    brief.follow_up = [
        FollowUp(kind="ask", text="End child detention", who="Member States", by_when="2025",
                 status="met", evidence="The Ministry ended it by decree in 2025."),
        FollowUp(kind="pledge", text="Run a hotline", status="not-met"),
    ]
    return brief


def render(brief: Brief, out: Path, template: str = "position-paper") -> Path:
    result = render_job(make_job(template, out, brief=brief, html=True))
    assert result["ok"], result["error"]
    return Path(result["outputs"]["pdf"])


@pytest.fixture(scope="module")
def paper(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(pledged_brief(), tmp_path_factory.mktemp("pledges"))


def test_the_pledge_table_has_scoped_column_headers(paper: Path) -> None:
    with pikepdf.open(paper) as pdf:
        tree = read_tags(pdf)
    tables = [t for t in tree.walk() if t.type == "Table"]
    (table,) = [t for t in tables if any(h.type == "TH" for h in t.walk())]
    headers = [t for t in table.walk() if t.type == "TH"]
    assert [h.letters for h in headers] == HEADERS
    assert all(h.attributes.get("/Scope") == "/Column" for h in headers)
    cells = [t for t in table.walk() if t.type == "TD"]
    assert len(cells) == 2 * 5
    assert "".join("Our legal aid unit".split()) in [c.letters for c in cells]


def test_the_table_reads_as_a_person_expects(paper: Path) -> None:
    text = pdf_text(paper)
    assert "Open two legal advice desks for migrant domestic workers." in text
    assert "Workers advised a year Baseline: 400 in 2025 Target: 1,500 a year" in text
    assert "6, 15" in text  # objectives by number, in order
    # Their titles in the key under the table.
    assert "6 Facilitate fair and ethical recruitment" in text


def test_since_the_last_review(paper: Path) -> None:
    text = pdf_text(paper)
    assert "Since the last review" in text
    assert "Met Member States, 2025 End child detention" in text
    assert "The Ministry ended it by decree in 2025." in text
    assert "Not met Run a hotline" in text
    # It comes before the priorities: what happened since, then what is asked now.
    assert text.index("Since the last review") < text.index("End child immigration detention")


def test_long_words_stay_on_the_page(tmp_path: Path) -> None:
    brief = pledged_brief()
    brief.pledges[0].who = "Interministerial" * 6  # one word longer than its column
    brief.pledges[0].indicator = "https://example.org/" + "very-long-path/" * 8
    brief.pledges[1].action = "Train caseworkers. " * 150  # longer than a page
    pdf = render(brief, tmp_path)
    assert len(pypdf.PdfReader(str(pdf)).pages) >= 3
    assert "Interministerial" in pdf_text(pdf)
    # Nothing is printed in the outer 15 mm of the right margin (22 mm) on any page.
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3
    for png in pages:
        with Image.open(png) as image:
            grey = image.convert("L")
            strip = grey.crop((grey.width - round(15 / 210 * grey.width), 0, grey.width,
                               grey.height))
            assert strip.getextrema()[0] > 240, f"ink in the right margin of {png.name}"


def test_the_pledge_table_and_follow_up_need_no_system_font(paper: Path) -> None:
    # Every character is in the bundled fonts (an arrow, say, would fall back to another).
    with pikepdf.open(paper) as pdf:
        names = [str(obj.FontName) for obj in pdf.objects
                 if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor"]
    assert names and all("BriefWriter" in name for name in names), names
