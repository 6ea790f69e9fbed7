"""A field's quote, box, table and headings in an exported PDF/UA: the structure tree a screen
reader walks has them as a quote with its caption, a grouped box, a table with header cells
and headings in order below the part's own."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from conftest import make_job, pdf_text, sample_brief

from briefwriter.render.pipeline import render_job

SUMMARY = """Detention harms people.

# Findings

## What people told us

> We were held for seven months without being told why.
>
> — a man held in Libya

::: box Our key message
Alternatives to detention work and cost less.
:::

| Country | People held |
|---|--:|
| Aland | 1,200 |
| Borduria | 340 |
"""


class Node:
    """One structure element: its type and its children (marked content left out)."""

    def __init__(self, kind: str, children: list[Node]) -> None:
        self.kind = kind
        self.children = children

    def find(self, kind: str) -> list[Node]:
        found = [self] if self.kind == kind else []
        for child in self.children:
            found += child.find(kind)
        return found

    def walk(self) -> list[Node]:
        """This element and all below it, in reading order."""
        return [self] + [node for child in self.children for node in child.walk()]

    def kinds(self) -> list[str]:
        return [child.kind for child in self.children]


def tree(element: pikepdf.Dictionary) -> Node:
    kids = element.get("/K")
    items = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
    children = [tree(k) for k in items
                if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/StructElem"]
    return Node(str(element.get("/S"))[1:], children)


@pytest.fixture(scope="module")
def summary_tree(tmp_path_factory) -> tuple[Node, Path]:
    out = tmp_path_factory.mktemp("markdown-pdf")
    brief = sample_brief()
    brief.summary = SUMMARY
    result = render_job(make_job("position-paper", out, brief=brief))
    assert result["ok"], result["error"]
    path = Path(result["outputs"]["pdf"])
    with pikepdf.open(path) as pdf:
        document = tree(pdf.Root.StructTreeRoot.K[0])
    # The template prints the summary in the first section, under its h2.
    section = document.find("Sect")[0]
    assert section.kinds()[0] == "H2"
    return section, path


def test_headings_of_the_field_follow_the_part_heading_in_order(summary_tree):
    section, _ = summary_tree
    headings = [node.kind for node in section.walk() if node.kind[0] == "H" and node.kind[1:]]
    assert headings == ["H2", "H3", "H4"]


def test_the_quote_is_a_blockquote_with_its_attribution_as_a_caption(summary_tree):
    section, path = summary_tree
    (quote,) = section.find("BlockQuote")
    assert quote.kinds() == ["P"]
    (caption,) = section.find("Caption")
    group = next(node for node in section.find("NonStruct") if caption in node.children)
    assert group.kinds() == ["BlockQuote", "Caption"]  # the <figure>, which has no tag of its own
    assert "— a man held in Libya" in pdf_text(path)


def test_the_box_is_one_group_holding_its_title_and_text(summary_tree):
    section, path = summary_tree
    boxes = [node for node in section.find("Div") if node.kinds() == ["P", "P"]]
    assert len(boxes) == 1
    assert "Our key message Alternatives to detention work and cost less." in pdf_text(path)


def test_the_table_has_header_cells_linked_to_its_data_cells(summary_tree):
    section, path = summary_tree
    (table,) = section.find("Table")
    assert table.kinds() == ["THead", "TBody"]
    assert [row.kinds() for row in table.find("TR")] == [["TH", "TH"], ["TD", "TD"], ["TD", "TD"]]
    with pikepdf.open(path) as pdf:
        cells = [obj for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary)
                 and obj.get("/Type") == "/StructElem" and obj.get("/S") in ("/TH", "/TD")]
        ids = {str(cell.ID) for cell in cells if cell.S == "/TH"}
        headers = [[str(h) for h in cell.A.Headers] for cell in cells if cell.S == "/TD"]
    assert len(ids) == 2 and len(headers) == 4
    assert all(len(h) == 1 and h[0] in ids for h in headers)  # each data cell names its column
