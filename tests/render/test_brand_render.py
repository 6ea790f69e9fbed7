"""The brand kit in a render: the --brand-* properties and @font-face rules, the kit's font in
the PDF, its footer and logo, the brief's own choices winning, the fetcher opening only the
kit's fonts, and no change at all without a kit."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from conftest import make_job, pdf_text, sample_brief

from briefwriter import paths
from briefwriter.core import brand
from briefwriter.core.brand import BrandKit
from briefwriter.render.fetcher import ResourceBlocked, SafeURLFetcher
from briefwriter.render.pipeline import render_job
from briefwriter.render.protocol import ProtocolError, check_job, make_render_job

SERIF = paths.fonts_dir() / "NotoSerif-Regular.ttf"
TEMPLATES = ("position-paper", "two-page-brief", "oral-statement", "joint-letter")
FOOTER = "House Style Network · Geneva · www.example.org"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def kit_folder(tmp_path: Path) -> Path:
    """A kit with a distinct accent, a bundled font as its "own" file and a footer."""
    folder = tmp_path / "kit"
    font = tmp_path / "HouseSerif.ttf"
    font.write_bytes(SERIF.read_bytes())
    logo = tmp_path / "mark.png"
    logo.write_bytes(PNG)
    kit = BrandKit(name="House Style Network", accent="#7a1f5c", primary="#203040",
                   text="#222222", footer=FOOTER, paper="Letter", logo="logo.png")
    info, name = brand.add_font(kit, font)
    kit.body_font = kit.heading_font = info.family
    brand.save_kit(kit, {name: font, "logo.png": logo}, folder)
    return folder


def fonts_in(path: Path) -> set[str]:
    with pikepdf.open(path) as pdf:
        return {str(obj.get("/FontName")) for obj in pdf.objects
                if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor"}


def job_with(out: Path, template: str, kit: Path | None, *, html: bool = False,
             brief=None) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    job = make_job(template, out, html=html, brief=brief)
    if kit is not None:
        job["brand"] = str(kit)
    return job


def test_protocol_carries_the_kit_folder(tmp_path, kit_folder) -> None:
    job = make_render_job(brief={}, brief_dir=None, template="position-paper",
                          outputs={"pdf": str(tmp_path / "a.pdf")}, brand=str(kit_folder))
    assert job["brand"] == str(kit_folder)
    assert "brand" not in make_render_job(brief={}, brief_dir=None, template="x", outputs={})
    with pytest.raises(ProtocolError, match="absolute folder"):
        check_job({**job, "brand": "relative/kit"})


def test_kit_font_footer_and_colours_are_in_the_pdf_and_html(tmp_path, kit_folder) -> None:
    plain = render_job(job_with(tmp_path / "plain", "position-paper", None))
    branded = render_job(job_with(tmp_path / "kit", "position-paper", kit_folder, html=True))
    assert plain["ok"] and branded["ok"], (plain["error"], branded["error"])
    plain_pdf, kit_pdf = Path(plain["outputs"]["pdf"]), Path(branded["outputs"]["pdf"])
    # The sample brief is left at the default "sans": the kit's own (serif) font is used.
    assert not any("Serif" in f for f in fonts_in(plain_pdf))
    assert any("Serif" in f for f in fonts_in(kit_pdf))
    assert FOOTER in pdf_text(kit_pdf) and FOOTER not in pdf_text(plain_pdf)
    with pikepdf.open(kit_pdf) as pdf:  # the kit's paper size: US Letter, 612 x 792 pt
        assert [round(float(v)) for v in pdf.pages[0].mediabox][2:] == [612, 792]
    html = Path(branded["outputs"]["html"]).read_text(encoding="utf-8")
    for prop in ("--brand-primary: #203040", "--brand-accent: #7a1f5c", "--brand-text: #222222",
                 '--brand-heading-font: "Noto Serif", "BriefWriter Sans"',
                 '--brand-body-font: "Noto Serif"'):
        assert prop in html
    assert "--accent: #7a1f5c" in html  # the templates' own accent follows the kit
    assert branded["warnings"] == plain["warnings"]


def test_kit_font_face_points_at_the_kit_file(kit_folder) -> None:
    from briefwriter.render.brand_style import load_brand_style

    style = load_brand_style(kit_folder)
    assert style is not None
    css = style.stylesheet("#7a1f5c", '"BriefWriter Sans"')
    font = kit_folder / "fonts" / "HouseSerif.ttf"
    font_uri = f"{font.as_uri()}?v={font.stat().st_size}-{font.stat().st_mtime_ns}"
    assert f'@font-face {{ font-family: "Noto Serif"; font-weight: 400; font-style: normal; ' \
           f'src: url("{font_uri}"); }}' in css
    assert style.font_files == [kit_folder / "fonts" / "HouseSerif.ttf"]


def test_the_briefs_own_choices_win(tmp_path, kit_folder) -> None:
    brief = sample_brief()
    brief.template.look.accent_colour = "#00695c"
    brief.template.look.font = "serif"
    brief.template.look.paper = "A4"  # the default: the kit's Letter is used
    result = render_job(job_with(tmp_path / "own", "two-page-brief", kit_folder, html=True,
                                 brief=brief))
    assert result["ok"], result["error"]
    html = Path(result["outputs"]["html"]).read_text(encoding="utf-8")
    assert "--brand-accent: #00695c" in html and "#7a1f5c" not in html
    assert '--brand-body-font: "BriefWriter Serif"' in html
    with pikepdf.open(result["outputs"]["pdf"]) as pdf:
        assert [round(float(v)) for v in pdf.pages[0].mediabox][2:] == [612, 792]


def test_kit_logo_stands_in_only_without_an_own_logo(kit_folder) -> None:
    from datetime import date

    from briefwriter.render.brand_style import load_brand_style
    from briefwriter.render.context import build_context
    from briefwriter.render.template_lookup import find_template

    style = load_brand_style(kit_folder)
    pack = find_template("position-paper")
    context = build_context(sample_brief(), brief_dir=None, pack=pack, today=date(2026, 1, 1),
                            brand=style)
    assert context["org"]["logo"].startswith("data:image/png;base64,")
    assert context["brand"] == {"name": "House Style Network", "footer": FOOTER,
                                "logo": context["org"]["logo"], "has_kit": True}
    plain = build_context(sample_brief(), brief_dir=None, pack=pack, today=date(2026, 1, 1))
    assert plain["org"]["logo"] == "" and plain["brand"]["has_kit"] is False


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_bundled_template_prints_the_kits_footer_and_colours(tmp_path, kit_folder,
                                                                  template) -> None:
    result = render_job(job_with(tmp_path / "kit", template, kit_folder, html=True))
    assert result["ok"], result["error"]
    assert FOOTER in pdf_text(Path(result["outputs"]["pdf"]))
    html = Path(result["outputs"]["html"]).read_text(encoding="utf-8")
    assert "--brand-primary: #203040" in html and "var(--brand-text" in html


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_kit_that_sets_nothing_changes_nothing(tmp_path, template) -> None:
    """Without a kit's values every template prints exactly what it printed before kits."""
    empty = tmp_path / "empty-kit"
    brand.save_kit(BrandKit(name="Nobody"), folder=empty)
    plain = render_job(job_with(tmp_path / "plain", template, None, html=True))
    nothing = render_job(job_with(tmp_path / "nothing", template, empty, html=True))
    assert plain["ok"] and nothing["ok"]
    assert pdf_text(Path(plain["outputs"]["pdf"])) == pdf_text(Path(nothing["outputs"]["pdf"]))
    plain_html = Path(plain["outputs"]["html"]).read_text(encoding="utf-8")
    assert "class=\"brand-footer\"" not in plain_html and "--brand-accent:" not in plain_html
    assert fonts_in(Path(plain["outputs"]["pdf"])) == fonts_in(Path(nothing["outputs"]["pdf"]))


def test_a_broken_kit_is_named_and_left_out(tmp_path, kit_folder) -> None:
    (kit_folder / "fonts" / "HouseSerif.ttf").write_bytes(b"not a font any more")
    result = render_job(job_with(tmp_path / "out", "position-paper", kit_folder))
    assert result["ok"]
    assert any(w.startswith("The brand kit was not used: brand.yaml, field fonts.files[1]: "
                            "The font file “HouseSerif.ttf” cannot be used") for w in
               result["warnings"])
    assert FOOTER not in pdf_text(Path(result["outputs"]["pdf"]))


def test_fetcher_opens_the_kits_fonts_and_nothing_else(kit_folder) -> None:
    font = kit_folder / "fonts" / "HouseSerif.ttf"
    fetcher = SafeURLFetcher([paths.fonts_dir()], files=[font])
    response = fetcher.fetch(font.as_uri())
    assert response.read() == SERIF.read_bytes()
    for other in (kit_folder / "brand.yaml", kit_folder / "logo.png",
                  kit_folder / "fonts" / ".." / "brand.yaml"):
        with pytest.raises(ResourceBlocked):
            fetcher.fetch(other.as_uri())
    assert len(fetcher.blocked) == 3

