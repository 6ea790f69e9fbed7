"""Safety mode in the exported files: for every bundled template the PDF (read with pikepdf:
document information, XMP, every decoded stream, the page text) and the HTML hold nothing
that names the organisation or its contact person; the PDF stays valid for its variant; the
brand kit's name, identifying footer and logo go; with safety mode off nothing changes."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from conftest import MINIMAL, make_job, pdf_contains_bytes, pdf_text, sample_brief

from briefwriter.core import brand
from briefwriter.core.brand import BrandKit
from briefwriter.core.model import Brief, Contact, Cosignatory
from briefwriter.render.brand_style import load_brand_style
from briefwriter.render.context import build_context
from briefwriter.render.pipeline import render_job
from briefwriter.render.safety import apply_safety
from briefwriter.render.template_lookup import find_template

TEMPLATES = ("position-paper", "two-page-brief", "oral-statement", "joint-letter")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")
NAME = "Ndugu Safe Harbour Collective"
ACRONYM = "NSHC"
EMAIL = "contact@nshc-safe.example"
WEBSITE = "https://www.nshc-safe.example"
PERSON = "Imani Wekesa"
PHONE = "+254 700 123 456"
IDENTIFYING = (NAME, ACRONYM, EMAIL, "nshc-safe.example", PERSON, PHONE)
KIT_NAME = "Ndugu House Style"
KIT_FOOTER = "Ndugu House Style · Nairobi · www.ndugu-style.example"


def at_risk(folder: Path, *, safety: bool = True) -> Brief:
    """The sample brief of an organisation at risk: every identifying field filled."""
    brief = sample_brief()
    org = brief.organisation
    org.name, org.acronym = NAME, ACRONYM
    org.country = "Kenya"
    org.contact.name = f"{PERSON}, Coordinator"
    org.contact.email, org.contact.website, org.contact.phone = EMAIL, WEBSITE, PHONE
    org.contact.address = "PO Box 1234, Nairobi"
    (folder / "logo.png").write_bytes(PNG)
    org.logo = "logo.png"
    brief.statement.text = "Thank you, Chair. Children must never be detained."
    brief.safety.enabled = safety
    return brief


def render(tmp_path: Path, template: str, brief: Brief, *, variant: str = "ua-1",
           kit: Path | None = None, name: str = "out") -> tuple[Path, Path]:
    out = tmp_path / name
    out.mkdir()
    job = make_job(template, out, brief=brief, variant=variant, html=True,
                   brief_dir=tmp_path)
    if kit is not None:
        job["brand"] = str(kit)
    result = render_job(job)
    assert result["ok"], result["error"]
    return Path(result["outputs"]["pdf"]), Path(result["outputs"]["html"])


def found_in_pdf(pdf: Path, words: tuple[str, ...]) -> list[str]:
    """The words found in the PDF's bytes, decoded streams (as UTF-8 and UTF-16, as PDF
    strings may be written) or page text."""
    text = pdf_text(pdf).casefold()
    return [word for word in words
            if word.casefold() in text
            or any(pdf_contains_bytes(pdf, word.encode(codec)) for codec in ("utf-8",
                                                                              "utf-16-be"))]


def images_in(pdf_path: Path) -> int:
    """How many images the file holds (a logo with transparency is two: colour and mask)."""
    with pikepdf.open(pdf_path) as pdf:
        return sum(1 for obj in pdf.objects
                   if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image")


@pytest.mark.parametrize("template", TEMPLATES)
def test_nothing_identifying_in_the_pdf_or_html(tmp_path, template):
    pdf, html = render(tmp_path, template, at_risk(tmp_path))
    assert found_in_pdf(pdf, IDENTIFYING) == []
    page = html.read_text("utf-8").casefold()
    assert [w for w in IDENTIFYING if w.casefold() in page] == []
    assert images_in(pdf) == 0  # the logo is left out
    assert "data:image/png" not in page
    assert "Children must never be detained" in pdf_text(pdf) or template != "oral-statement"


@pytest.mark.parametrize("template", TEMPLATES)
def test_without_safety_mode_the_same_brief_names_its_organisation(tmp_path, template):
    """The control: the words the test above looks for really are printed without it."""
    pdf, html = render(tmp_path, template, at_risk(tmp_path, safety=False))
    assert NAME in found_in_pdf(pdf, IDENTIFYING)
    assert NAME in html.read_text("utf-8")
    assert images_in(pdf) > 0
    with pikepdf.open(pdf) as opened:
        assert str(opened.docinfo["/Author"]) == NAME


def test_contact_details_and_logos_stay_when_chosen(tmp_path):
    brief = at_risk(tmp_path)
    brief.safety.leave_out_contact = False
    brief.safety.leave_out_logos = False
    pdf, html = render(tmp_path, "position-paper", brief)
    assert found_in_pdf(pdf, (NAME,)) == []  # the name goes all the same
    assert f">{ACRONYM}<" not in html.read_text("utf-8")
    assert EMAIL in html.read_text("utf-8") and PERSON in pdf_text(pdf)
    assert images_in(pdf) > 0


@pytest.mark.parametrize("variant", ["ua-1", "a-3u", "none"])
def test_the_metadata_name_the_tool_and_the_title_only(tmp_path, variant):
    brief = at_risk(tmp_path)
    pdf_path, _html = render(tmp_path, "position-paper", brief, variant=variant)
    with pikepdf.open(pdf_path) as pdf:
        info = {str(k): str(v) for k, v in pdf.docinfo.items()}
        assert set(info) == {"/Title", "/Creator", "/Producer"}
        assert info["/Title"] == brief.title
        assert info["/Creator"].startswith("BriefWriter ")
        assert info["/Producer"].startswith("WeasyPrint ")
        assert str(pdf.Root.Lang) == "en"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        if variant != "none":  # PDF/UA and PDF/A: an XMP packet with a title, tags kept
            with pdf.open_metadata() as xmp:
                assert xmp.get("dc:title") == brief.title
                assert xmp.get("dc:creator") is None
                assert xmp.get("dc:description") is None
                assert xmp.get("xmp:CreatorTool").startswith("BriefWriter ")
                if variant == "ua-1":
                    assert xmp.get("pdfuaid:part") == "1"
                else:
                    assert xmp.get("pdfaid:part") == "3"
                    assert xmp.get("pdfaid:conformance") == "U"
            assert "/StructTreeRoot" in pdf.Root
            assert pdf.Root.MarkInfo.Marked is True
        if variant == "a-3u":
            assert "/OutputIntents" in pdf.Root
            assert len(pdf.trailer.ID) == 2  # PDF/A needs a file identifier


def test_a_title_that_names_the_organisation_is_not_the_metadata_title(tmp_path):
    brief = at_risk(tmp_path)
    brief.title = f"{ACRONYM}: end child detention"
    pdf_path, html = render(tmp_path, "position-paper", brief)
    with pikepdf.open(pdf_path) as pdf:
        assert str(pdf.docinfo["/Title"]) == "Position paper"
        with pdf.open_metadata() as xmp:
            assert xmp.get("dc:title") == "Position paper"
    assert "<title>Position paper</title>" in html.read_text("utf-8")


def test_the_document_id_is_not_made_from_identifying_details(tmp_path):
    """Two organisations' papers with the same words (PDF/A, which carries an /ID) are the
    same file: the identifier is made from what the file holds, which names neither."""
    first = at_risk(tmp_path)
    second = at_risk(tmp_path)
    second.organisation.name = "Another Network Entirely"
    second.organisation.acronym = "ANE"
    second.organisation.contact.name = "Someone Else"
    second.organisation.contact.email = "hello@ane.example"
    one, _ = render(tmp_path, "position-paper", first, variant="a-3u", name="one")
    two, _ = render(tmp_path, "position-paper", second, variant="a-3u", name="two")
    with pikepdf.open(one) as a, pikepdf.open(two) as b:
        assert bytes(a.trailer.ID[0]) == bytes(b.trailer.ID[0])
    assert one.read_bytes() == two.read_bytes()


def test_the_html_says_nothing_about_who_made_it(tmp_path):
    _pdf, html = render(tmp_path, "position-paper", at_risk(tmp_path))
    page = html.read_text("utf-8")
    assert '<meta name="author"' not in page and '<meta name="generator"' not in page
    assert f"<title>{sample_brief().title}</title>" in page
    _pdf, plain = render(tmp_path, "position-paper", at_risk(tmp_path, safety=False),
                         name="off")
    assert f'<meta name="author" content="{NAME}">' in plain.read_text("utf-8")


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    folder = tmp_path / "kit"
    logo = tmp_path / "mark.png"
    logo.write_bytes(PNG)
    kit = BrandKit(name=KIT_NAME, footer=KIT_FOOTER, logo="logo.png")
    brand.save_kit(kit, {"logo.png": logo}, folder)
    return folder


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_brand_kits_name_footer_and_logo_go(tmp_path, kit, template):
    brief = at_risk(tmp_path)
    brief.organisation.logo = ""  # the kit's logo would stand in
    pdf, html = render(tmp_path, template, brief, kit=kit)
    words = (*IDENTIFYING, "Ndugu House Style", "ndugu-style.example")
    assert found_in_pdf(pdf, words) == []
    assert images_in(pdf) == 0
    assert "ndugu-style" not in html.read_text("utf-8")


def test_a_footer_that_names_no_one_stays(tmp_path, kit):
    style = load_brand_style(kit)
    brief = at_risk(tmp_path)
    context = build_context(brief, brief_dir=tmp_path, pack=find_template("position-paper"),
                            today=date(2026, 12, 5), brand=style)
    assert context["brand"] == {"name": "", "footer": "", "logo": "", "has_kit": True}
    kept = {"org": {"contact": {}}, "brand": {"has_kit": True, "name": KIT_NAME,
                                              "footer": "Printed on recycled paper",
                                              "logo": "data:image/png;base64,AA"}}
    brief.safety.leave_out_logos = False
    apply_safety(kept, brief)
    assert kept["brand"] == {"has_kit": True, "name": "", "footer": "Printed on recycled paper",
                             "logo": "data:image/png;base64,AA"}


def test_cosignatories_contact_and_logos_are_left_out_of_the_context(tmp_path):
    brief = at_risk(tmp_path)
    context = {"org": {"contact": {"name": PERSON}, "logo": "x"}, "cosignatories": [
        {"name": "Partner", "contact": {"name": "P. Erson", "email": "p@partner.example"},
         "logo": "data:image/png;base64,AA"}]}
    apply_safety(context, brief)
    assert context["cosignatories"] == [
        {"name": "Partner", "contact": {"name": "", "email": ""}, "logo": ""}]
    assert context["org"] == {"contact": {"name": ""}, "logo": "", "name": "", "acronym": "",
                              "display_name": ""}


def test_a_brief_without_safety_mode_keeps_its_context(tmp_path):
    brief = at_risk(tmp_path, safety=False)
    pack = find_template("position-paper")
    context = build_context(brief, brief_dir=tmp_path, pack=pack, today=date(2026, 12, 5))
    assert context["org"]["name"] == NAME and context["org"]["contact"]["email"] == EMAIL
    assert context["org"]["logo"].startswith("data:image/png")


def test_a_template_that_writes_its_own_metadata_is_silenced(tmp_path):
    """A person's own template may write an author, keywords, dates or Open Graph tags into
    its head: in safety mode neither the PDF nor the HTML keeps them."""
    pack = tmp_path / "own-pack"
    shutil.copytree(MINIMAL, pack)
    entry = pack / "page.html.j2"
    entry.write_text(entry.read_text("utf-8").replace(
        "<title>{{ brief.title }}</title>",
        '<title>{{ brief.title }}</title><meta name="author" content="Hardcoded Author">'
        '<meta name="keywords" content="Hardcoded Keyword">'
        '<meta name="dcterms.created" content="2020-01-02">'
        '<meta property="og:site_name" content="Hardcoded Site">'
        '<meta name="viewport" content="width=device-width">'), encoding="utf-8")
    pdf_path, html = render(tmp_path, str(pack), at_risk(tmp_path))
    with pikepdf.open(pdf_path) as pdf:
        assert {str(k) for k in pdf.docinfo.keys()} == {"/Title", "/Creator", "/Producer"}
    assert found_in_pdf(pdf_path, ("Hardcoded", "2020-01-02", "D:2020")) == []
    page = html.read_text("utf-8")
    assert "Hardcoded" not in page and "2020-01-02" not in page
    assert '<meta name="viewport" content="width=device-width">' in page


def test_the_composed_statement_does_not_name_the_organisation(tmp_path):
    brief = at_risk(tmp_path)
    brief.statement.text = ""  # the statement BriefWriter composes from the key messages
    brief.key_messages = ["Children must never be detained."]
    pdf, html = render(tmp_path, "oral-statement", brief)
    assert "Children must never be detained" in pdf_text(pdf)
    assert found_in_pdf(pdf, IDENTIFYING) == []
    assert NAME not in html.read_text("utf-8")


def with_partner(brief: Brief, folder: Path) -> Brief:
    """A co-signing partner with a contact person, an e-mail and a logo of its own."""
    (folder / "partner.png").write_bytes(PNG)
    brief.cosignatories = [Cosignatory(
        name="Partner Network", country="Uganda", logo="partner.png",
        contact=Contact(name="Okello Partner", email="okello@partner-net.example"))]
    return brief


def test_cosignatories_contact_and_logo_are_left_out_of_the_real_context(tmp_path):
    brief = with_partner(at_risk(tmp_path), tmp_path)
    pack = find_template("joint-letter")
    [partner] = build_context(brief, brief_dir=tmp_path, pack=pack)["cosignatories"]
    assert partner["name"] == "Partner Network"  # a partner is no personal name: it stays
    assert set(partner["contact"].values()) == {""} and partner["logo"] == ""
    brief.safety.enabled = False
    [partner] = build_context(brief, brief_dir=tmp_path, pack=pack)["cosignatories"]
    assert partner["contact"]["email"] == "okello@partner-net.example"
    assert partner["logo"].startswith("data:image/png")


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_partners_contact_or_logo_in_any_template(tmp_path, template):
    pdf, html = render(tmp_path, template, with_partner(at_risk(tmp_path), tmp_path))
    assert found_in_pdf(pdf, ("Okello", "partner-net.example")) == []
    assert "partner-net" not in html.read_text("utf-8")
    assert images_in(pdf) == 0


def word_parts(tmp_path: Path, brief: Brief, name: str) -> dict[str, str]:
    """Every part of the Word file made from ``brief`` (XML as text, other parts empty)."""
    out = tmp_path / name
    out.mkdir()
    job = make_job("position-paper", out, brief=brief, brief_dir=tmp_path)
    job["outputs"] = {"docx": str(out / "out.docx")}
    result = render_job(job)
    assert result["ok"], result["error"]
    with zipfile.ZipFile(out / "out.docx") as archive:
        return {part: archive.read(part).decode("utf-8")
                if part.endswith((".xml", ".rels")) else "" for part in archive.namelist()}


def test_nothing_identifying_in_the_word_file(tmp_path):
    parts = word_parts(tmp_path, at_risk(tmp_path), "safe")
    found = {word for word in IDENTIFYING for text in parts.values()
             if word.casefold() in text.casefold()}
    assert found == set()
    # The control: without safety mode the same brief names its organisation there.
    plain = word_parts(tmp_path, at_risk(tmp_path, safety=False), "plain")
    assert NAME in plain["docProps/core.xml"] and NAME in plain["word/document.xml"]
