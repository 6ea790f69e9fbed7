"""Co-signatories' logos in print: the joint letter's logo wall (five a row, thirty partners
still tidy), the position paper's logo before each name, every logo a tagged figure whose
text names the organisation; a logo that cannot be used is left out and named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pypdf
import pytest
from conftest import make_job

from briefwriter.core.model import Consent, Cosignatory
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir
from briefwriter.render.pipeline import render_job

EXAMPLE = examples_dir() / "imrf-2026-joint-letter.brief.yaml"
LOGOS = sorted((examples_dir() / "logos").glob("*.svg"))
PARTNERS = 30


def _figures(path: Path) -> list[str]:
    """The /Alt of every Figure in the structure tree, in reading order."""
    alts: list[str] = []

    def visit(element: pikepdf.Dictionary) -> None:
        if element.get("/S") == "/Figure":
            alts.append(str(element.get("/Alt", "")))
        kids = element.get("/K")
        for kid in (list(kids) if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                visit(kid)

    with pikepdf.open(path) as pdf:
        visit(pdf.Root.StructTreeRoot.K[0])
    return alts


def _image_positions(path: Path, page: int) -> list[tuple[float, float]]:
    """Where the images are drawn on ``page`` (x, y of each placement)."""
    with pikepdf.open(path) as pdf:
        found: list[tuple[float, float]] = []
        stack: list[list[float]] = [[1, 0, 0, 1, 0, 0]]
        for operands, operator in pikepdf.parse_content_stream(pdf.pages[page]):
            name = str(operator)
            if name == "q":
                stack.append(list(stack[-1]))
            elif name == "Q" and len(stack) > 1:
                stack.pop()
            elif name == "cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                m = stack[-1]
                stack[-1] = [a * m[0] + b * m[2], a * m[1] + b * m[3], c * m[0] + d * m[2],
                             c * m[1] + d * m[3], e * m[0] + f * m[2] + m[4],
                             e * m[1] + f * m[3] + m[5]]
            elif name == "Do":
                found.append((round(stack[-1][4], 1), round(stack[-1][5], 1)))
        return found


@pytest.fixture(scope="module")
def coalition(tmp_path_factory: pytest.TempPathFactory):
    """The example letter signed by thirty partners, two in three with a logo (in the brief's
    folder), and one whose logo file is not an image."""
    folder = tmp_path_factory.mktemp("coalition")
    for logo in LOGOS:
        shutil.copy(logo, folder / logo.name)
    (folder / "broken.png").write_bytes(b"<html>not an image</html>")
    brief = load_brief(EXAMPLE).brief
    brief.organisation.logo = LOGOS[1].name
    agreed = Consent(date="2026-03-01", how="e-mail")
    brief.cosignatories = [
        Cosignatory(name=f"Partner {n:02d}", country=("Kenya", "Mali", "Senegal")[n % 3],
                    logo=LOGOS[n % 2].name if n % 3 else "", consent=agreed)
        for n in range(PARTNERS)]
    brief.cosignatories.append(Cosignatory(name="Broken Logo Network", country="Kenya",
                                           logo="broken.png", consent=agreed))
    return brief, folder


def _render(template: str, out: Path, brief, folder: Path) -> tuple[Path, list[str]]:
    out.mkdir()
    result = render_job(make_job(template, out, brief=brief, brief_dir=folder))
    assert result["ok"], result["error"]
    return Path(result["outputs"]["pdf"]), result["warnings"]


def test_the_joint_letter_shows_a_tidy_wall_of_logos(coalition, tmp_path):
    brief, folder = coalition
    pdf, warnings = _render("joint-letter", tmp_path / "letter", brief, folder)
    with_logo = [c.name for c in brief.cosignatories if c.logo and c.logo != "broken.png"]
    assert len(with_logo) == 20
    alts = _figures(pdf)
    # The letterhead, then the wall of the partners' logos.
    assert alts == [f"Logo of {brief.organisation.name}",
                    *[f"Logo of {name}" for name in with_logo]]
    # The unusable logo is left out and named, with the co-signatory's field.
    assert any("cosignatories[31].logo" in w and "broken.png" in w for w in warnings)
    # Every partner is named once, under the logos.
    pages = [page.extract_text() or "" for page in pypdf.PdfReader(str(pdf)).pages]
    text = " ".join(pages)
    for n in range(PARTNERS):
        assert text.count(f"Partner {n:02d}") == 1
    # The wall is in rows of five: five columns, and the rows evenly spaced.
    page = next(i for i, t in enumerate(pages) if "Partner 00" in t)
    placed = _image_positions(pdf, page)
    wall = placed[-20:]
    assert len({x for x, _y in wall}) <= 5 * 2  # a logo is centred in its box: ≤ 2 per box
    rows = sorted({y for _x, y in wall}, reverse=True)
    assert len(wall) == 20 and 4 <= len(rows) <= 8


def test_the_position_paper_puts_a_logo_before_each_name(coalition, tmp_path):
    brief, folder = coalition
    pdf, _warnings = _render("position-paper", tmp_path / "paper", brief, folder)
    alts = _figures(pdf)
    partners = [a for a in alts if a.startswith("Logo of Partner")]
    assert partners == [f"Logo of {c.name}" for c in brief.cosignatories
                        if c.logo and c.logo != "broken.png"]
