"""Word output (render.docx): the file is read back with python-docx and its XML parts."""

from __future__ import annotations

import io
import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest
from conftest import make_job, sample_brief
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from PIL import Image

from briefwriter.core.errors import TemplateError
from briefwriter.render.docx import write_docx
from briefwriter.render.pipeline import render_job

BUNDLED = Path(__file__).resolve().parents[2] / "templates"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ATTACHED_TEMPLATE = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                     "attachedTemplate")

PAPER = """<!DOCTYPE html><html lang="en"><head><title>x</title><style>p{color:red}</style>
</head><body>
<header><h1>The paper's title</h1><p class="subtitle">A subtitle</p></header>
<main>
<section><h2>Summary</h2>
<p>Children should <strong>never</strong> be
   detained.<span class="footnote">UNICEF, <a href="https://www.unicef.org">report</a>, 2024</span>
   Alternatives work.</p>
<h3>Evidence</h3>
<ul><li>First point<ul><li>Nested point</li></ul></li><li><p>Second point</p></li></ul>
<ol><li>Ask one</li><li>Ask two</li></ol>
<ol><li>Again one</li></ol>
<table><thead><tr><th>Who</th><th>What</th></tr></thead>
<tbody><tr><td>States</td><td><p>End <em>child</em> detention</p></td></tr>
<tr><td colspan="2">Both columns</td></tr></tbody></table>
<blockquote><p>A quoted commitment.</p></blockquote>
<h4>Fourth</h4><h5>Fifth</h5><h6>Sixth</h6>
<p>Second note here.<span class="footnote">Network survey.</span></p>
</section></main></body></html>"""


def write(tmp_path: Path, html: str = PAPER, **kwargs) -> tuple[Path, list[str]]:
    out = tmp_path / "paper.docx"
    options = {"title": "The paper's title", "lang": "en", "author": "Migrant Voices Test",
               "paper": "A4", "subject": "A subtitle", "keywords": "GCM, IMRF"}
    options.update(kwargs)
    warnings = write_docx(html, out_path=out, **options)
    return out, warnings


def styled(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


def footnotes_xml(path: Path):
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("word/footnotes.xml"))


def note_texts(path: Path) -> dict[str, str]:
    root = footnotes_xml(path)
    return {n.get(f"{W}id"): "".join(n.itertext()).strip()
            for n in root.findall(f"{W}footnote") if n.get(f"{W}type") is None}


def test_headings_carry_word_heading_styles(tmp_path):
    out, _ = write(tmp_path)
    paragraphs = styled(docx.Document(str(out)))
    assert ("Heading 1", "The paper's title") in paragraphs
    assert ("Heading 2", "Summary") in paragraphs
    assert ("Heading 3", "Evidence") in paragraphs
    for n, word in ((4, "Fourth"), (5, "Fifth"), (6, "Sixth")):
        assert (f"Heading {n}", word) in paragraphs
    assert ("Normal", "A subtitle") in paragraphs
    # Nothing of the head (title, styles) reaches the body.
    assert all("color:red" not in text for _, text in paragraphs)


def test_text_keeps_inline_formatting_and_collapses_white_space(tmp_path):
    out, _ = write(tmp_path)
    document = docx.Document(str(out))
    para = next(p for p in document.paragraphs if p.text.startswith("Children"))
    assert para.text == "Children should never be detained. Alternatives work."
    assert [r.text for r in para.runs if r.bold] == ["never"]


def test_lists_are_bulleted_or_numbered_list_paragraphs(tmp_path):
    out, _ = write(tmp_path)
    paragraphs = styled(docx.Document(str(out)))
    assert ("List Bullet", "First point") in paragraphs
    assert ("List Bullet 2", "Nested point") in paragraphs
    assert ("List Bullet", "Second point") in paragraphs
    assert ("List Number", "Ask one") in paragraphs
    assert ("List Number", "Ask two") in paragraphs


def test_each_numbered_list_starts_again_at_one(tmp_path):
    out, _ = write(tmp_path)
    document = docx.Document(str(out))
    num = {p.text: p._p.pPr.numPr.numId.val for p in document.paragraphs
           if p.text in ("Ask one", "Ask two", "Again one")}
    assert num["Ask one"] == num["Ask two"] != num["Again one"]
    numbering = document.part.numbering_part.element
    override = numbering.num_having_numId(num["Again one"]).find(qn("w:lvlOverride"))
    assert override.find(qn("w:startOverride")).get(qn("w:val")) == "1"


def test_table_cells_hold_the_right_text(tmp_path):
    out, _ = write(tmp_path)
    [table] = docx.Document(str(out)).tables
    assert table.style.name == "Table Grid"
    assert [c.text for c in table.rows[0].cells] == ["Who", "What"]
    assert [c.text for c in table.rows[1].cells] == ["States", "End child detention"]
    assert all(r.bold for r in table.rows[0].cells[0].paragraphs[0].runs)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    merged = table.rows[2].cells
    assert merged[0]._tc is merged[1]._tc and merged[0].text == "Both columns"


def test_quotes_use_the_quote_style(tmp_path):
    out, _ = write(tmp_path)
    assert ("Quote", "A quoted commitment.") in styled(docx.Document(str(out)))


def test_footnotes_are_real_word_footnotes_called_in_place(tmp_path):
    out, _ = write(tmp_path)
    notes = note_texts(out)
    assert notes == {"1": "UNICEF, report, 2024", "2": "Network survey."}
    root = footnotes_xml(out)
    separators = [n.get(f"{W}type") for n in root.findall(f"{W}footnote")][:2]
    assert separators == ["separator", "continuationSeparator"]
    first = root.find(f"{W}footnote[@{W}id='1']")
    assert first.find(f".//{W}pStyle").get(f"{W}val") == "FootnoteText"
    assert first.find(f".//{W}hyperlink") is not None  # the link stays a link
    document = docx.Document(str(out))
    para = next(p for p in document.paragraphs if p.text.startswith("Children"))
    runs = list(para._p.iter(qn("w:r")))
    call = next(i for i, r in enumerate(runs) if r.find(qn("w:footnoteReference")) is not None)
    before = "".join("".join(r.itertext()) for r in runs[:call])
    assert before.endswith("detained.")  # called where the template put the note
    assert runs[call].find(f".//{qn('w:rStyle')}").get(qn("w:val")) == "FootnoteReference"
    assert runs[call].find(qn("w:footnoteReference")).get(qn("w:id")) == "1"
    # The relationship, the settings and the content type Word looks for.
    rels = [r.reltype for r in document.part.rels.values()]
    assert any(t.endswith("/footnotes") for t in rels)
    settings = document.settings.element
    ids = [f.get(qn("w:id")) for f in settings.find(qn("w:footnotePr"))]
    assert ids == ["-1", "0"]
    order = [child.tag for child in settings]
    assert order.index(qn("w:footnotePr")) < order.index(qn("w:compat"))
    with zipfile.ZipFile(out) as z:
        assert "wordprocessingml.footnotes+xml" in z.read("[Content_Types].xml").decode()


def test_a_paper_without_notes_has_no_footnotes_part(tmp_path):
    out, _ = write(tmp_path, "<h1>Title</h1><p>No notes.</p>")
    with zipfile.ZipFile(out) as z:
        assert "word/footnotes.xml" not in z.namelist()


def test_core_properties_language_and_no_python_docx_defaults(tmp_path):
    when = datetime(2026, 4, 20, 9, 30, tzinfo=UTC)
    out, _ = write(tmp_path, lang="fr", now=when)
    props = docx.Document(str(out)).core_properties
    assert props.title == "The paper's title"
    assert props.author == "Migrant Voices Test"
    assert props.last_modified_by == "Migrant Voices Test"
    assert props.subject == "A subtitle"
    assert props.keywords == "GCM, IMRF"
    assert props.language == "fr"
    assert props.created == props.modified == when
    assert props.comments == ""
    with zipfile.ZipFile(out) as z:
        everything = b"".join(z.read(n) for n in z.namelist() if not n.endswith(".jpeg"))
        assert "docProps/thumbnail.jpeg" not in z.namelist()
        styles = z.read("word/styles.xml").decode()
        app = z.read("docProps/app.xml").decode()
    assert b"python-docx" not in everything
    assert b"w:proofState" not in everything  # Word checks the spelling in French itself
    assert "Microsoft Macintosh Word" not in app and "<Company>Migrant Voices Test<" in app
    # The document's language, for spelling and hyphenation: the style defaults.
    defaults = styles.split("<w:docDefaults>")[1].split("</w:docDefaults>")[0]
    assert 'w:lang w:val="fr"' in defaults


def test_strip_identity_blanks_author_company_and_last_editor(tmp_path):
    out, _ = write(tmp_path, strip_identity=True)
    props = docx.Document(str(out)).core_properties
    assert props.author == "" and props.last_modified_by == ""
    assert props.title == "The paper's title"
    with zipfile.ZipFile(out) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
        settings = z.read("word/settings.xml").decode()
    assert b"Migrant Voices Test" not in everything
    assert "<w:removePersonalInformation/>" in settings  # Word strips it on a later save too
    order = settings.index("<w:zoom"), settings.index("<w:removePersonalInformation/>")
    assert order[0] < order[1] < settings.index("<w:defaultTabStop")


@pytest.mark.parametrize(("paper", "width", "height"), [("A4", Mm(210), Mm(297)),
                                                         ("Letter", Mm(215.9), Mm(279.4))])
def test_page_size_follows_the_paper(tmp_path, paper, width, height):
    out, _ = write(tmp_path, paper=paper)
    section = docx.Document(str(out)).sections[0]
    assert abs(section.page_width - width) < Mm(0.1)
    assert abs(section.page_height - height) < Mm(0.1)
    assert Mm(15) < section.left_margin < Mm(30)


def test_right_to_left_paper_has_right_to_left_paragraphs(tmp_path):
    html = '<h1>عنوان</h1><p>نص عربي.</p><p lang="en" dir="ltr">English quote.</p>'
    out, _ = write(tmp_path, html, lang="ar")
    document = docx.Document(str(out))
    bidi = {p.text: p._p.pPr is not None and p._p.pPr.find(qn("w:bidi")) is not None
            for p in document.paragraphs}
    assert bidi == {"عنوان": True, "نص عربي.": True, "English quote.": False}
    with zipfile.ZipFile(out) as z:
        assert 'w:bidi="ar"' in z.read("word/styles.xml").decode()


def png_data_url(width: int = 240, height: int = 120) -> str:
    import base64

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (11, 110, 79)).save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def test_a_png_logo_is_placed_with_its_alt_text(tmp_path):
    html = f'<header><img class="logo" src="{png_data_url()}" alt="Logo of MVTN"></header>'
    out, warnings = write(tmp_path, html)
    assert warnings == []
    document = docx.Document(str(out))
    [shape] = document.inline_shapes
    assert shape._inline.docPr.get("descr") == "Logo of MVTN"
    assert shape.width <= Mm(35.1)
    assert abs(shape.height * 2 - shape.width) < Mm(0.2)  # its proportions kept


def test_an_svg_logo_is_left_out_with_a_warning(tmp_path):
    svg = "data:image/svg+xml;base64,PHN2Zy8+"
    out, warnings = write(tmp_path, f'<img class="logo" src="{svg}" alt="Logo of MVTN"><p>x</p>')
    assert len(warnings) == 1 and "SVG" in warnings[0] and "Logo of MVTN" in warnings[0]
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == 0
    assert [p.text for p in document.paragraphs] == ["x"]  # no empty paragraph left behind


# -- what the print CSS changes ---------------------------------------------------------

CSS_PAPER = """<style>.gone { display: none } ul.plain { list-style: none }
ol.counted { list-style: none } ol.counted li::before { content: counter(item) }
.line { display: block } .ref { display: inline-block }
@media screen { .print-only { display: none } }</style>
<p>Kept<span class="gone"> and hidden</span>.</p><div class="gone"><p>Hidden block</p></div>
<ul class="plain"><li>No bullet</li></ul><ol class="counted"><li>Still numbered</li></ol>
<p><span class="line">Aminata Sow</span> <span class="line">Dakar</span></p>
<p><span class="ref">GCM para 22(c)</span><span class="ref">GCM para 22(f)</span></p>
<p class="print-only">On paper</p>"""


def test_what_the_print_css_hides_or_sets_apart_is_followed(tmp_path):
    out, _ = write(tmp_path, CSS_PAPER)
    paragraphs = styled(docx.Document(str(out)))
    texts = [t for _, t in paragraphs]
    assert "Kept." in texts and "Hidden block" not in texts
    assert ("Normal", "No bullet") in paragraphs
    assert ("List Number", "Still numbered") in paragraphs
    assert "Aminata Sow\nDakar" in texts  # display: block spans: a line each
    assert "GCM para 22(c) GCM para 22(f)" in texts  # inline blocks kept apart
    assert "On paper" in texts  # screen-only rules do not reach paper


def test_the_stylesheets_given_count_as_the_pages_own(tmp_path):
    out, _ = write(tmp_path, '<p class="x">Shown on screen only</p><p>Kept</p>',
                   stylesheets=[".x { display: none }", "@media print { p { color: red } }",
                                "not css at all {{{"])
    assert [p.text for p in docx.Document(str(out)).paragraphs] == ["Kept"]


# -- reference.docx ------------------------------------------------------------------

def make_reference(path: Path) -> Path:
    reference = docx.Document()
    heading = reference.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.size = Pt(31)
    reference.add_paragraph("Text of the reference that must not travel along")
    reference.core_properties.author = "Someone at the design agency"
    reference.core_properties.comments = "internal draft"
    reference.sections[0].left_margin = Mm(40)
    settings = reference.settings
    r_id = reference.part._settings_part.relate_to("file:///C:/Users/jdoe/AppData/Normal.dotm",
                                   ATTACHED_TEMPLATE, is_external=True)
    attached = OxmlElement("w:attachedTemplate", {qn("r:id"): r_id})
    settings.element.insert(1, attached)
    reference.save(str(path))
    return path


def test_a_reference_document_gives_its_styles_not_its_text(tmp_path):
    reference = make_reference(tmp_path / "reference.docx")
    out, _ = write(tmp_path, reference=reference, paper="Letter")
    document = docx.Document(str(out))
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Georgia" and heading.font.size == Pt(31)
    assert ("Heading 1", "The paper's title") in styled(document)
    assert all("reference" not in p.text for p in document.paragraphs)
    section = document.sections[0]
    assert abs(section.left_margin - Mm(40)) < Mm(0.1)  # its margins kept
    assert abs(section.page_width - Mm(215.9)) < Mm(0.1)  # the paper's size
    props = document.core_properties
    assert props.author == "Migrant Voices Test" and props.comments == ""
    with zipfile.ZipFile(out) as z:
        everything = b"".join(z.read(n) for n in z.namelist())
    assert b"jdoe" not in everything and b"design agency" not in everything
    assert note_texts(out)["2"] == "Network survey."


@pytest.mark.parametrize(("make", "cause"), [
    (lambda p: p.write_bytes(b"not a zip at all"), "not a zip archive"),
    (lambda p: zipfile.ZipFile(p, "w").writestr("hello.txt", "hi"), "not a Word document"),
    (lambda p: p.write_bytes(b""), "not a zip archive"),
])
def test_a_broken_reference_document_is_a_clear_error(tmp_path, make, cause):
    reference = tmp_path / "reference.docx"
    make(reference)
    with pytest.raises(TemplateError) as raised:
        write(tmp_path, reference=reference)
    assert raised.value.template == "reference.docx"
    assert cause in raised.value.message and "reference.docx" in raised.value.message
    assert not (tmp_path / "paper.docx").exists()


def test_a_reference_document_that_is_a_compression_bomb_is_refused(tmp_path):
    reference = tmp_path / "reference.docx"
    with zipfile.ZipFile(reference, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    with pytest.raises(TemplateError) as raised:
        write(tmp_path, reference=reference)
    assert "compression bomb" in raised.value.message


def test_a_huge_reference_document_is_refused_unread(tmp_path):
    reference = tmp_path / "reference.docx"
    with open(reference, "wb") as f:
        f.truncate(11 * 1024 * 1024)
    with pytest.raises(TemplateError) as raised:
        write(tmp_path, reference=reference)
    assert "larger than 10 MB" in raised.value.message


# -- through the render pipeline -------------------------------------------------------

def docx_job(template, tmp_path, **kwargs):
    job = make_job(template, tmp_path, **kwargs)
    job["outputs"] = {"docx": str(tmp_path / "out.docx")}
    return job


@pytest.mark.parametrize("pack", sorted(p.name for p in BUNDLED.iterdir() if p.is_dir()))
def test_every_bundled_template_writes_a_word_file_of_its_paper(tmp_path, pack):
    result = render_job(docx_job(pack, tmp_path))
    assert result["ok"], result["error"]
    assert result["outputs"] == {"docx": str(tmp_path / "out.docx")}
    document = docx.Document(str(tmp_path / "out.docx"))
    assert document.core_properties.title == sample_brief().title
    assert document.core_properties.author == "Migrant Voices Test Network"
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings, "no headings"
    assert "python-docx" not in (document.core_properties.comments or "")
    assert not (tmp_path / "out.pdf").exists()


def test_position_paper_word_file_has_its_sources_as_footnotes(tmp_path):
    result = render_job(docx_job("position-paper", tmp_path))
    assert result["ok"], result["error"]
    document = docx.Document(str(tmp_path / "out.docx"))
    texts = styled(document)
    assert ("Heading 1", sample_brief().title) in texts
    assert ("Heading 3", "1 End child immigration detention") in texts
    notes = list(note_texts(tmp_path / "out.docx").values())
    assert "Network survey." in notes
    assert any(n.startswith("UNICEF, 2024") for n in notes)


def pack_with_reference(tmp_path: Path, declared: str = "reference.docx") -> Path:
    pack = tmp_path / "pack"
    shutil.copytree(BUNDLED / "two-page-brief", pack)
    make_reference(pack / "reference.docx")
    manifest = pack / "template.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8")
                        + f"word_reference: {declared}\n", encoding="utf-8")
    return pack


def test_two_page_brief_prints_only_the_first_paragraph_of_a_description(tmp_path):
    brief = sample_brief()
    brief.priorities[0].description = "First paragraph.\n\nSecond paragraph, left out."
    result = render_job(docx_job("two-page-brief", tmp_path, brief=brief))
    assert result["ok"], result["error"]
    texts = [p.text for p in docx.Document(str(tmp_path / "out.docx")).paragraphs]
    assert "First paragraph." in texts
    assert not any("Second paragraph" in t for t in texts)


def test_a_packs_declared_reference_document_is_used_and_a_broken_one_named(tmp_path):
    pack = pack_with_reference(tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = render_job(docx_job(pack, out_dir))
    assert result["ok"], result["error"]
    assert docx.Document(str(out_dir / "out.docx")).styles["Heading 1"].font.name == "Georgia"
    (pack / "reference.docx").write_bytes(b"PK\3\4 broken")
    result = render_job(docx_job(pack, out_dir))
    assert not result["ok"]
    assert result["error"]["kind"] == "template"
    assert result["error"]["template"] == "reference.docx"
    assert "cannot be used" in result["error"]["message"]


def test_an_undeclared_reference_document_is_not_used(tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(BUNDLED / "two-page-brief", pack)
    make_reference(pack / "reference.docx")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    assert render_job(docx_job(pack, out_dir))["ok"]
    assert docx.Document(str(out_dir / "out.docx")).styles["Heading 1"].font.name != "Georgia"


def test_the_manifest_names_a_missing_or_wrong_reference_document(tmp_path):
    from briefwriter.render.templates import load_pack

    pack = pack_with_reference(tmp_path, "missing.docx")
    with pytest.raises(TemplateError) as raised:
        load_pack(pack)
    assert "word_reference" in str(raised.value) and "missing.docx" in str(raised.value)
    (pack / "notes.txt").write_text("x", encoding="utf-8")
    manifest = pack / "template.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "missing.docx", "notes.txt"), encoding="utf-8")
    with pytest.raises(TemplateError) as raised:
        load_pack(pack)
    assert "not a Word document" in str(raised.value)


def test_lint_opens_the_reference_document_as_the_export_does(tmp_path):
    from briefwriter.render.lint import lint_pack

    pack = pack_with_reference(tmp_path)
    assert not [p for p in lint_pack(pack) if p.code == "word-reference"]
    (pack / "reference.docx").write_bytes(b"not a zip")
    [problem] = [p for p in lint_pack(pack) if p.code == "word-reference"]
    assert problem.file == "reference.docx" and problem.severity == "error"
    assert "not a zip archive" in problem.message


def test_python_docx_is_loaded_only_for_a_word_export():
    import subprocess
    import sys

    code = ("import sys, briefwriter.render.pipeline, briefwriter.render.worker; "
            "print('docx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert out.strip() == "False"


def test_the_organisations_png_logo_reaches_the_word_file(tmp_path):
    brief = sample_brief()
    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (29, 92, 140)).save(buffer, "PNG")
    (tmp_path / "logo.png").write_bytes(buffer.getvalue())
    brief.organisation.logo = "logo.png"
    result = render_job(docx_job("position-paper", tmp_path, brief=brief, brief_dir=tmp_path))
    assert result["ok"], result["error"]
    assert not any("SVG" in w for w in result["warnings"])
    [logo] = docx.Document(str(tmp_path / "out.docx")).inline_shapes
    assert "Migrant Voices Test Network" in logo._inline.docPr.get("descr")
    assert abs(logo.width - Mm(35)) < Mm(0.1) and abs(logo.width - 3 * logo.height) < Mm(0.2)
