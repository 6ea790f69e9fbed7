"""The command line's default output name: a folder given to -o or --html gets the brief's
own name, or the neutral brief-YYYY-MM-DD in safety mode (which also leaves the
organisation's name out of the file)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf

from briefwriter.cli import main
from briefwriter.core.storage import load_brief, save_brief
from briefwriter.paths import examples_dir

EXAMPLE = examples_dir() / "imrf-2026-migrant-network.brief.yaml"


def copy_of_example(folder: Path, *, safety: bool) -> Path:
    brief = load_brief(EXAMPLE).brief
    brief.organisation.logo = ""
    brief.safety.enabled = safety
    path = folder / "migrant-voices-imrf.brief.yaml"
    save_brief(brief, path)
    return path


def test_a_folder_output_in_safety_mode_gets_a_neutral_name(tmp_path, capsys):
    brief = copy_of_example(tmp_path, safety=True)
    out = tmp_path / "exports"
    out.mkdir()
    assert main(["render", str(brief), "-o", f"{tmp_path / 'new'}/", "--html", str(out),
                 "--template", "oral-statement"]) == 0
    stem = f"brief-{date.today().isoformat()}"
    pdf, html = tmp_path / "new" / f"{stem}.pdf", out / f"{stem}.html"
    printed = capsys.readouterr().out
    assert f"Wrote {pdf.resolve()} (1 page)" in printed and f"Wrote {html.resolve()}" in printed
    with pikepdf.open(pdf) as opened:
        assert "/Author" not in opened.docinfo
    assert "Migrant Voices West Africa" not in html.read_text("utf-8").split("<body", 1)[0]


def test_a_folder_output_otherwise_takes_the_briefs_name(tmp_path, capsys):
    brief = copy_of_example(tmp_path, safety=False)
    assert main(["render", str(brief), "-o", str(tmp_path), "--template", "oral-statement"]) == 0
    pdf = tmp_path / "migrant-voices-imrf.pdf"
    assert pdf.is_file()
    assert f"Wrote {pdf.resolve()} (1 page)" in capsys.readouterr().out
    with pikepdf.open(pdf) as opened:
        assert str(opened.docinfo["/Author"]) == "Migrant Voices West Africa"
