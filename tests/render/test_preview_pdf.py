"""A preview takes shortcuts (no tags, no compression) that must not change what a person sees:
the same pages with the same text in the same places as the exported PDF."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdf
from conftest import make_job

from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir
from briefwriter.render.pipeline import render_job

EXAMPLE = examples_dir() / "imrf-2026-migrant-network.brief.yaml"


def _lines(path: Path) -> list[dict[float, tuple[float, str]]]:
    """Per page, each line of text by its height on the page: where it starts, and its text
    without spaces (tagging splits the drawing of a line into different pieces)."""
    pages = []
    for page in pypdf.PdfReader(str(path)).pages:
        lines: dict[float, tuple[float, str]] = {}

        def visit(text, cm, tm, font_dict, font_size, lines=lines):
            if text.strip():
                x = round(tm[4] * cm[0] + tm[5] * cm[2] + cm[4], 1)
                y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5], 1)
                start, words = lines.get(y, (x, ""))
                lines[y] = (min(start, x), words + "".join(text.split()))

        page.extract_text(visitor_text=visit)
        pages.append(lines)
    return pages


def test_a_preview_shows_exactly_what_the_export_prints(tmp_path):
    brief = load_brief(EXAMPLE).brief
    results = {}
    for mode, variant in (("preview", "ua-1"), ("export", "ua-1")):
        out = tmp_path / mode
        out.mkdir()
        result = render_job(make_job("position-paper", out, brief=brief, mode=mode,
                                     variant=variant, brief_dir=EXAMPLE.parent))
        assert result["ok"], result["error"]
        results[mode] = Path(result["outputs"]["pdf"])
    preview, export = _lines(results["preview"]), _lines(results["export"])
    assert len(preview) == len(export) > 1
    assert preview == export
    # The export is still the accessible, compact file; the preview skipped that work.
    with pikepdf.open(results["export"]) as pdf:
        assert "/StructTreeRoot" in pdf.Root
        assert pdf.open_metadata().get("pdfuaid:part") == "1"
    assert results["export"].stat().st_size < results["preview"].stat().st_size
