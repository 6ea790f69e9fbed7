"""Layouts the bundled templates build without CSS columns, grid or flex (which WeasyPrint lays
out several times over), checked where a reader sees them: two columns of co-signatories read
down, asks as rows (the aim beside the ask) that flow onto the next page, labels beside their
values."""

from __future__ import annotations

from pathlib import Path

import pypdf
from conftest import make_job, sample_brief

from briefwriter.core.model import Aim, Ask, Brief, Cosignatory
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir
from briefwriter.render.pipeline import render_job


def _render(tmp_path: Path, template: str, brief: Brief) -> Path:
    tmp_path.mkdir(exist_ok=True)
    result = render_job(make_job(template, tmp_path, brief=brief))
    assert result["ok"], result["error"]
    return Path(result["outputs"]["pdf"])


def _places(path: Path) -> tuple[list[dict[str, tuple[float, float]]], float]:
    """Per page, where each piece of text starts (x, y in points; y grows upwards), and the
    page width."""
    reader = pypdf.PdfReader(str(path))
    pages = []
    for page in reader.pages:
        found: dict[str, tuple[float, float]] = {}

        def visit(text, cm, tm, font_dict, font_size, found=found):
            text = text.strip()
            if text and text not in found:
                found[text] = (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages, float(reader.pages[0].mediabox.width)


def _find(pages: list[dict[str, tuple[float, float]]], needle: str) -> tuple[int, float, float]:
    for number, found in enumerate(pages):
        for text, (x, y) in found.items():
            if needle in text:
                return number, x, y
    raise AssertionError(f"{needle!r} is not in the PDF")


def _with_cosignatories(count: int) -> Brief:
    brief = sample_brief()
    brief.cosignatories = [Cosignatory(name=f"Signatory Org {n:02d}", country="Kenya")
                           for n in range(1, count + 1)]
    return brief


def test_a_short_list_of_cosignatories_reads_down_two_columns(tmp_path):
    pages, width = _places(_render(tmp_path, "position-paper", _with_cosignatories(7)))
    spots = [_find(pages, f"Signatory Org {n:02d}") for n in range(1, 8)]
    assert len({page for page, _, _ in spots}) == 1
    left, right = spots[:4], spots[4:]  # seven names: four in the first column
    assert all(x < width / 2 for _, x, _ in left)
    assert all(x > width / 2 for _, x, _ in right)
    for column in (left, right):
        ys = [y for _, _, y in column]
        assert ys == sorted(ys, reverse=True)  # top to bottom, in the order given
    assert left[0][2] == right[0][2]  # both columns start on the same line


def test_a_long_list_of_cosignatories_flows_on_in_two_columns(tmp_path):
    pages, width = _places(_render(tmp_path, "position-paper", _with_cosignatories(70)))
    spots = [_find(pages, f"Signatory Org {n:02d}") for n in range(1, 71)]
    assert len({page for page, _, _ in spots}) > 1  # it continues on the next page
    assert {x < width / 2 for _, x, _ in spots} == {True, False}
    # Down the first column, then the second, page after page.
    assert spots == sorted(spots, key=lambda s: (s[0], s[1] > width / 2, -s[2]))


def _with_aims(count: int) -> Brief:
    brief = sample_brief()
    brief.aims = [Aim(aim=f"Our own aim number {n:02d}",
                      ask=Ask(who=f"Addressee {n:02d}", what=f"Concrete step {n:02d}",
                              by_when="2027")) for n in range(1, count + 1)]
    return brief


def test_many_asks_in_the_two_page_brief_continue_on_the_next_page(tmp_path):
    path = _render(tmp_path, "two-page-brief", _with_aims(24))
    reader = pypdf.PdfReader(str(path))
    assert all(page.extract_text().strip() for page in reader.pages)  # no blank page
    pages, width = _places(path)
    aims = [_find(pages, f"Our own aim number {n:02d}") for n in range(1, 25)]
    steps = [_find(pages, f"Concrete step {n:02d}") for n in range(1, 25)]
    assert len({page for page, _, _ in aims}) > 1
    # One ask a row, in order down the page: the aim at the start, its ask beside it.
    assert aims == sorted(aims, key=lambda s: (s[0], -s[2]))
    for aim, step in zip(aims, steps, strict=True):
        assert aim[0] == step[0] and abs(aim[2] - step[2]) < 3
        assert aim[1] < width / 3 < step[1] < width / 2


def test_a_single_ask_puts_its_aim_beside_it_with_labels_beside_values(tmp_path):
    pages, width = _places(_render(tmp_path, "two-page-brief", _with_aims(1)))
    _, title_x, title_y = _find(pages, "Our own aim number 01")
    _, what_x, what_y = _find(pages, "Concrete step 01")
    _, label_x, label_y = _find(pages, "WHO")
    _, value_x, value_y = _find(pages, "Addressee 01")
    assert title_x < width / 3 < what_x and abs(title_y - what_y) < 3
    assert abs(label_y - value_y) < 3 and what_x <= label_x < value_x


def test_position_paper_ask_labels_sit_beside_their_values_in_both_directions(tmp_path):
    brief = _with_aims(1)
    pages, _ = _places(_render(tmp_path / "ltr", "position-paper", brief))
    _, label_x, label_y = _find(pages, "WHO")
    _, value_x, value_y = _find(pages, "Addressee 01")
    assert abs(label_y - value_y) < 3 and label_x < value_x
    brief.language = "ar"
    pages, _ = _places(_render(tmp_path / "rtl", "position-paper", brief))
    _, label_x, label_y = _find(pages, "الجهة")
    _, value_x, value_y = _find(pages, "Addressee 01")
    assert abs(label_y - value_y) < 3 and label_x > value_x  # right to left: label first


def test_long_asks_never_leave_a_blank_page(tmp_path):
    example = examples_dir() / "imrf-2026-migrant-network.brief.yaml"
    brief = load_brief(example).brief
    brief.aims = brief.aims * 2 + brief.aims[:1]  # eleven long asks
    result = render_job(make_job("two-page-brief", tmp_path, brief=brief,
                                 brief_dir=example.parent))
    assert result["ok"], result["error"]
    reader = pypdf.PdfReader(result["outputs"]["pdf"])
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert all(len(text) > 200 for text in texts), [len(t) for t in texts]
