"""Parsed stylesheets are kept between renders in the worker: a changed, removed or replaced
sheet must still show at once, and every render must still report what it loaded and blocked."""

from __future__ import annotations

import os
from pathlib import Path

import pikepdf
import pytest
from conftest import make_job, pdf_text

from briefwriter.render.fetcher import ResourceBlocked, SafeURLFetcher
from briefwriter.render.pdf import StylesheetCache, font_config
from briefwriter.render.pipeline import render_job

PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sheets</title>'
        '</head><body><h1>{{ brief.title }}</h1><p class="mark">body text</p></body></html>')


def _pack(folder: Path, css: str, *, extra: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "template.yaml").write_text(
        "manifest_version: 1\nname: sheets\ntitle: Sheets\nentry: page.j2\n"
        "stylesheets: [style.css]\n", encoding="utf-8")
    (folder / "page.j2").write_text(PAGE, encoding="utf-8")
    (folder / "style.css").write_text(css, encoding="utf-8")
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _render(pack: Path, out: Path) -> tuple[dict, str]:
    out.mkdir(exist_ok=True)
    result = render_job(make_job(pack, out))
    assert result["ok"], result["error"]
    return result, pdf_text(Path(result["outputs"]["pdf"]))


def test_an_edited_stylesheet_shows_on_the_next_render(tmp_path):
    pack = _pack(tmp_path / "pack", '.mark::after { content: " FIRST-VERSION"; }')
    _, text = _render(pack, tmp_path / "a")
    assert "FIRST-VERSION" in text
    (pack / "style.css").write_text('.mark::after { content: " SECOND-VERSION"; }',
                                    encoding="utf-8")
    _, text = _render(pack, tmp_path / "b")
    assert "SECOND-VERSION" in text and "FIRST-VERSION" not in text


def _fail(pack: Path, out: Path) -> dict:
    out.mkdir(exist_ok=True)
    result = render_job(make_job(pack, out))
    assert result["ok"] is False
    return result


def test_a_stylesheet_replaced_by_a_link_leading_out_is_refused(tmp_path):
    css = '.mark::after { content: " STYLED"; }'
    pack = _pack(tmp_path / "pack", css)
    _, text = _render(pack, tmp_path / "a")
    assert "STYLED" in text
    # Same bytes, but now outside the pack: the sheet parsed a moment ago must not be used.
    outside = tmp_path / "outside.css"
    outside.write_text(css, encoding="utf-8")
    (pack / "style.css").unlink()
    os.symlink(outside, pack / "style.css")
    result = _fail(pack, tmp_path / "b")
    assert "symbolic link that leads outside" in result["error"]["message"]
    assert not (tmp_path / "b" / "out.pdf").exists()


def test_a_removed_stylesheet_is_reported_not_remembered(tmp_path):
    pack = _pack(tmp_path / "pack", '.mark::after { content: " STYLED"; }')
    _render(pack, tmp_path / "a")
    (pack / "style.css").unlink()
    result = _fail(pack, tmp_path / "b")
    assert "'style.css' is not a file" in result["error"]["message"]


def test_the_cache_asks_the_fetcher_every_time(tmp_path):
    """Between the manifest check and the render a file can still change: a remembered sheet
    is only used when this render's fetcher serves the same bytes from an allowed place."""
    pack = _pack(tmp_path / "pack", ".mark { color: #102030; }")
    cache = StylesheetCache(tmp_path / "trusted")
    url = (pack / "style.css").as_uri()
    first = cache.load(url, SafeURLFetcher([pack]), font_config())
    assert cache.load(url, SafeURLFetcher([pack]), font_config()) is first
    outside = tmp_path / "outside.css"
    outside.write_bytes((pack / "style.css").read_bytes())
    (pack / "style.css").unlink()
    os.symlink(outside, pack / "style.css")
    fetcher = SafeURLFetcher([pack])
    with pytest.raises(ResourceBlocked):
        cache.load(url, fetcher, font_config())
    assert any("symbolic link that leads outside" in m for m in fetcher.blocked)


def test_an_imported_sheet_is_read_again_on_every_render(tmp_path):
    pack = _pack(tmp_path / "pack", '@import "parts.css";\nh1 { color: #123456; }',
                 extra={"parts.css": '.mark::after { content: " PART-ONE"; }'})
    _, text = _render(pack, tmp_path / "a")
    assert "PART-ONE" in text
    (pack / "parts.css").write_text('.mark::after { content: " PART-TWO"; }', encoding="utf-8")
    _, text = _render(pack, tmp_path / "b")
    assert "PART-TWO" in text and "PART-ONE" not in text


def test_what_a_stylesheet_tried_to_load_is_reported_by_every_render(tmp_path):
    pack = _pack(tmp_path / "pack", '@import url("http://example.com/remote.css");\n'
                 '@font-face { font-family: X; src: url("file:///etc/passwd"); }\n'
                 ".mark { color: #654321; }")
    for run in ("a", "b", "c"):
        result, _ = _render(pack, tmp_path / run)
        warnings = " ".join(result["warnings"])
        assert "http://example.com/remote.css: blocked" in warnings
        assert "file:///etc/passwd: blocked" in warnings


def test_parse_warnings_are_reported_by_every_render(tmp_path):
    pack = _pack(tmp_path / "pack", ".mark { colour: red; text-wobble: 3; }")
    for run in range(3):
        result, _ = _render(pack, tmp_path / f"r{run}")
        log = " ".join(result.get("log", []))
        assert "colour" in log and "text-wobble" in log, result


def test_bundled_fonts_stay_embedded_render_after_render(tmp_path):
    pack = _pack(tmp_path / "pack", "body { font-family: 'BriefWriter Serif'; }")
    for run in ("a", "b"):
        result, _ = _render(pack, tmp_path / run)
        with pikepdf.open(result["outputs"]["pdf"]) as pdf:
            names = [str(obj.FontName) for obj in pdf.objects
                     if isinstance(obj, pikepdf.Dictionary)
                     and obj.get("/Type") == "/FontDescriptor"]
        assert any("BriefWriter-Serif" in n for n in names), names
