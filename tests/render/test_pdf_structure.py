"""The tag tree of every bundled template's PDF, as a screen reader walks it (PDF/UA-1).

Each example brief is rendered with each bundled template; the tests read the structure tree
(``tag_tree``) and check what PDF/UA asks and what a reader meets: footnotes as ``Note``
elements right after their calls, one element per evidence item, header cells with a scope,
heading levels that never skip, and every piece of page content reachable from the tree.
No PDF/UA validator (veraPDF) runs here: these checks are the ones we can make ourselves.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from conftest import MINIMAL, make_job, sample_brief
from tag_tree import Tag, parent_tree_problems, read_tags

from briefwriter import paths
from briefwriter.core.model import Brief
from briefwriter.core.storage import load_brief
from briefwriter.render.pipeline import render_job

TEMPLATES = ("position-paper", "two-page-brief", "oral-statement", "joint-letter")
EXAMPLES = sorted(paths.examples_dir().glob("*.brief.yaml"))
EXAMPLE_IDS = [p.name.removesuffix(".brief.yaml") for p in EXAMPLES]

TABLE = "| Route | Deaths |\n|---|---|\n| Atlantic | 1,200 |\n| Sahara | 800 |"


@dataclass
class Tagged:
    brief: Brief
    pdf: Path
    html: str
    tree: Tag
    problems: list[str]
    lang: str
    title: str
    marked: bool
    id_tree: dict[str, tuple[int, int]]  # ID -> the element's object number

    def all(self, kind: str) -> list[Tag]:
        return [tag for tag in self.tree.walk() if tag.type == kind]


Render = Callable[..., Tagged]


def _id_tree(pdf: pikepdf.Pdf) -> dict[str, tuple[int, int]]:
    root = pdf.Root.StructTreeRoot
    if "/IDTree" not in root:
        return {}
    names = pikepdf.NameTree(root.IDTree)
    return {key: value.objgen for key, value in names.items()}


@pytest.fixture(scope="module")
def render(tmp_path_factory: pytest.TempPathFactory) -> Render:
    """Render (template, brief) once per module and read its tags."""
    done: dict[tuple[str, str], Tagged] = {}

    def run(template: str | Path, brief: Brief, key: str, brief_dir: Path | None = None
            ) -> Tagged:
        if (str(template), key) not in done:
            out = tmp_path_factory.mktemp("tags")
            result = render_job(make_job(template, out, brief=brief, html=True,
                                         brief_dir=brief_dir))
            assert result["ok"], result["error"]
            path = Path(result["outputs"]["pdf"])
            with pikepdf.open(path) as pdf:
                tree = read_tags(pdf)
                done[(str(template), key)] = Tagged(
                    brief=brief, pdf=path, html=Path(result["outputs"]["html"]).read_text(),
                    tree=tree, problems=parent_tree_problems(pdf, tree),
                    lang=str(pdf.Root.Lang), title=str(pdf.docinfo.get("/Title", "")),
                    marked=bool(pdf.Root.MarkInfo.Marked), id_tree=_id_tree(pdf))
        return done[(str(template), key)]

    return run


def example(render: Render, template: str, path: Path) -> Tagged:
    return render(template, load_brief(path).brief, path.name, brief_dir=path.parent)


def words(text: str) -> str:
    return " ".join(text.split())


def letters(text: str) -> str:
    """Text without white space: a tag's text has no space where a printed line ended."""
    return "".join(text.split())


# --------------------------------------------------------------------------------------
# Footnotes
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("path", EXAMPLES, ids=EXAMPLE_IDS)
def test_footnotes_are_notes_right_after_their_calls(render: Render, template: str,
                                                     path: Path) -> None:
    tagged = example(render, template, path)
    notes = tagged.all("Note")
    # As many notes as the page has footnotes, each called once.
    assert len(notes) == tagged.html.count('<span class="footnote')
    assert len(tagged.all("Reference")) == len(notes)
    assert len({note.id for note in notes}) == len(notes)
    for note in notes:
        assert note.id and tagged.id_tree[note.id] == note.objgen
        siblings = note.parent.children if note.parent else []
        call = siblings[siblings.index(note) - 1]
        assert call.type == "Reference", [s.type for s in siblings]
        # The call's number is the one the note is printed with ("1" and "1. ").
        label = note.children[0]
        assert label.type == "Lbl"
        assert re.sub(r"\D", "", call.text) == re.sub(r"\D", "", label.text) != ""
        assert note.parent is not None and note.parent.type not in ("Document", "NonStruct")
    # No footnote text is left in a footnote area at the root of the document.
    document = tagged.tree.children[0]
    for top in document.children:
        assert not [tag for tag in top.walk() if tag.type == "Lbl" and top.type == "NonStruct"]
        if top.type == "NonStruct":
            assert not any(n.letters in top.letters for n in notes)


def test_a_markdown_footnote_follows_its_call_inside_the_paragraph(render: Render) -> None:
    brief = sample_brief()  # the summary has a Markdown footnote: "[^s]"
    tagged = render("position-paper", brief, "sample")
    note = next(n for n in tagged.all("Note") if "Network survey" in n.text)
    assert note.parent is not None and note.parent.type == "P"
    assert "alternatives to detention" in note.parent.text


# --------------------------------------------------------------------------------------
# Evidence items
# --------------------------------------------------------------------------------------


def _without_notes(tag: Tag) -> str:
    return tag.own_text + "".join(_without_notes(kid) for kid in tag.children
                                  if kid.type not in ("Note", "Reference"))


def _evidence_lists(tagged: Tagged, template: str) -> list[Tag]:
    """The lists that print the evidence: under each priority's "Evidence and sources" in the
    paper (the GCM links' heading is in a box of its own), and the endnotes (the last list
    under a part heading) in the two-pager."""
    if template == "position-paper":
        after = [h.next_sibling() for h in tagged.all("H4") if h.parent and h.parent.type == "Sect"]
        return [tag for tag in after if tag is not None and tag.type == "L"]
    after = [h.next_sibling() for h in tagged.all("H2")]
    return [[tag for tag in after if tag is not None and tag.type == "L"][-1]]


@pytest.mark.parametrize("template", ["position-paper", "two-page-brief"])
@pytest.mark.parametrize("path", EXAMPLES, ids=EXAMPLE_IDS)
def test_each_evidence_item_is_one_list_item_with_one_paragraph(render: Render, template: str,
                                                                path: Path) -> None:
    tagged = example(render, template, path)
    lists = _evidence_lists(tagged, template)
    if template == "position-paper":
        expected = [[e.text for e in p.evidence] for p in tagged.brief.priorities if p.evidence]
    else:
        expected = [[e.text for p in tagged.brief.priorities for e in p.evidence
                     if e.text or e.source or e.url]]
    assert [len(found.children) for found in lists] == [len(texts) for texts in expected]
    for found, texts in zip(lists, expected, strict=True):
        for item, text in zip(found.children, texts, strict=True):
            assert item.type == "LI"
            assert [kid.type for kid in item.children] in (["Lbl", "LBody"], ["LBody"])
            body = item.children[-1]
            assert [kid.type for kid in body.children] == ["P"]  # not one per printed line
            if tagged.brief.language != "ar":  # Arabic is stored in the order it is drawn
                assert letters(text) in letters(_without_notes(body.children[0]))


def test_list_items_hold_a_label_and_a_body(render: Render) -> None:
    for template in TEMPLATES:
        tagged = example(render, template, EXAMPLES[2])
        for item in tagged.all("LI"):
            kinds = [kid.type for kid in item.children]
            assert set(kinds) <= {"Lbl", "LBody"} and kinds.count("LBody") == 1, kinds


# --------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------


def _table_brief() -> Brief:
    brief = sample_brief()
    brief.summary = f"Deaths recorded in 2025:\n\n{TABLE}\n"
    brief.statement.text = f"Madam Chair, the figures speak.\n\n{TABLE}\n"
    return brief


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_header_cell_has_a_scope_and_heads_its_cells(render: Render,
                                                          template: str) -> None:
    tagged = render(template, _table_brief(), "table")
    headers = tagged.all("TH")
    assert [h.letters for h in headers] == ["Route", "Deaths"]
    for header in headers:
        assert header.attributes.get("/Scope") == "/Column"
        assert header.attributes.get("/O") == "/Table"
        assert header.id in tagged.id_tree
    cells = tagged.all("TD")
    assert len(cells) == 4
    for cell in cells:
        named = re.findall(r"\((.*?)\)|'(.*?)'|\"(.*?)\"", cell.attributes["/Headers"])
        assert any(any(group) for group in named)


def test_a_row_header_is_scoped_to_its_row(render: Render, tmp_path: Path) -> None:
    pack = tmp_path / "rows"
    shutil.copytree(MINIMAL, pack)
    page = pack / "page.html.j2"
    page.write_text(page.read_text("utf-8").replace(
        "</body>",
        '<table><tr><th scope="col">Route</th><th scope="col">Deaths</th></tr>'
        '<tr><th scope="row">Atlantic</th><td>1,200</td></tr></table></body>'), "utf-8")
    tagged = render(pack, sample_brief(), "rows")
    scopes = {h.letters: h.attributes.get("/Scope") for h in tagged.all("TH")}
    assert scopes == {"Route": "/Column", "Deaths": "/Column", "Atlantic": "/Row"}


# --------------------------------------------------------------------------------------
# Headings
# --------------------------------------------------------------------------------------


def _levels(tagged: Tagged) -> list[int]:
    return [int(tag.type[1]) for tag in tagged.tree.walk() if re.fullmatch(r"H[1-6]", tag.type)]


def _never_skip(levels: list[int]) -> bool:
    return levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("path", EXAMPLES, ids=EXAMPLE_IDS)
def test_heading_levels_never_skip(render: Render, template: str, path: Path) -> None:
    levels = _levels(example(render, template, path))
    assert _never_skip(levels), levels


def test_a_statement_whose_headings_start_low_does_not_skip(render: Render) -> None:
    brief = sample_brief()
    brief.statement.text = ("## Our ask\n\nMadam Chair, end child detention.\n\n"
                            "#### Why\n\nBecause it harms children.")
    tagged = render("oral-statement", brief, "deep-headings")
    headings = [(tag.type, words(tag.text)) for tag in tagged.tree.walk()
                if re.fullmatch(r"H[1-6]", tag.type)]
    assert headings == [("H1", words(brief.title)), ("H2", "Our ask"), ("H3", "Why")]


# --------------------------------------------------------------------------------------
# The document as a whole
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("path", EXAMPLES, ids=EXAMPLE_IDS)
def test_all_page_content_is_reachable_from_the_tree(render: Render, template: str,
                                                     path: Path) -> None:
    tagged = example(render, template, path)
    assert tagged.marked
    assert tagged.lang == tagged.brief.language
    assert words(tagged.title) == words(tagged.brief.title)
    assert tagged.problems == []
    document = tagged.tree.children
    assert [top.type for top in document] == ["Document"]
    # The running header and footer are artifacts, not text a reader meets in the tree.
    assert "Page 1 of" not in tagged.tree.text


def test_reading_order_of_the_text_follows_the_tree(render: Render) -> None:
    """The headings come in the same order in the page text (as pdftotext reads it) and in
    the tag tree: moving the notes changed no order a reader meets."""
    tagged = example(render, "position-paper", EXAMPLES[2])
    text = letters(subprocess.run(["pdftotext", str(tagged.pdf), "-"], check=True,
                                  capture_output=True, text=True).stdout).upper()
    at = 0
    headings = [t for t in tagged.tree.walk() if re.fullmatch(r"H[1-6]", t.type)]
    assert len(headings) > 5
    for heading in headings:  # upper case: some headings are printed in capitals
        found = text.find(heading.letters.upper(), at)
        assert found >= at, heading.text
        at = found


# --------------------------------------------------------------------------------------
# One element, however pages cut it
# --------------------------------------------------------------------------------------


def test_a_paragraph_printed_over_two_pages_is_one_paragraph(render: Render) -> None:
    brief = sample_brief()
    sentences = " ".join(f"Sentence {i} of the long finding is here." for i in range(400))
    brief.summary = f"Opening words. {sentences} Closing words."
    tagged = render("position-paper", brief, "long-paragraph")
    holders = [p for p in tagged.all("P") if "Openingwords." in p.letters]
    assert len(holders) == 1
    paragraph = holders[0]
    assert paragraph.letters.endswith("Closingwords.")
    pages = {page for tag in paragraph.walk() for page, _mcid in tag.mcids}
    assert len(pages) >= 2
    # The paper's main part, its summary section too, are one element each.
    document = tagged.tree.children[0]
    assert [top.type for top in document.children].count("Part") == 1
    assert tagged.problems == []
