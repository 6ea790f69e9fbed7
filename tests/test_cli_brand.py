"""``briefwriter brand`` and the kit in ``briefwriter render``, as a person uses them: what
they see, what lands in the kit folder, and plain refusals without tracebacks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdf

from briefwriter import paths
from briefwriter.cli import main
from briefwriter.core import brand
from briefwriter.core.brand import BrandKit

FOOTER = "Migrant Voices Network · Geneva"
EXAMPLE = paths.examples_dir() / "imrf-2026-migrant-network.brief.yaml"


def make_kit(tmp_path: Path) -> None:
    font = tmp_path / "HouseSerif.ttf"
    font.write_bytes((paths.fonts_dir() / "NotoSerif-Regular.ttf").read_bytes())
    kit = BrandKit(name="Migrant Voices Network", accent="#7a1f5c", footer=FOOTER)
    info, name = brand.add_font(kit, font)
    kit.body_font = info.family
    brand.save_kit(kit, {name: font})


def text_of(pdf: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split())
                    for p in pypdf.PdfReader(str(pdf)).pages)


def test_show_without_a_kit(capsys, brand_folder) -> None:
    assert main(["brand", "show"]) == 0
    assert capsys.readouterr().out == f"No brand kit yet (it would be in {brand_folder}).\n"


def test_export_import_show(tmp_path, capsys, brand_folder, monkeypatch) -> None:
    make_kit(tmp_path)
    assert main(["brand", "export", str(tmp_path / "house")]) == 0
    assert capsys.readouterr().out == f"Wrote {tmp_path / 'house.brandkit'}\n"
    assert main(["brand", "export", str(tmp_path / "house.brandkit")]) == 1
    assert "already exists; add --force" in capsys.readouterr().err

    partner = tmp_path / "partner-kit"
    monkeypatch.setenv("BRIEFWRITER_BRAND_DIR", str(partner))
    assert main(["brand", "import", str(tmp_path / "house.brandkit")]) == 0
    out = capsys.readouterr().out
    assert "  Accent:       #7a1f5c" in out
    assert "  Font file:    fonts/HouseSerif.ttf (Noto Serif, weight 400)" in out
    assert out.endswith(f"The brand kit is now Migrant Voices Network (in {partner}).\n")
    assert (partner / "fonts" / "HouseSerif.ttf").is_file()
    assert main(["brand", "show"]) == 0
    assert f"  Footer:       {FOOTER}" in capsys.readouterr().out


def test_a_hostile_import_is_refused_plainly(tmp_path, capsys, brand_folder) -> None:
    make_kit(tmp_path)
    before = (brand_folder / "brand.yaml").read_bytes()
    bad = tmp_path / "bad.brandkit"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("brand.yaml", "name: Evil\n")
        archive.writestr("../../outside.txt", "x")
    assert main(["brand", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "outside.txt" in err and "Traceback" not in err
    assert (brand_folder / "brand.yaml").read_bytes() == before


def test_render_uses_the_kit_unless_told_not_to(tmp_path, capsys) -> None:
    make_kit(tmp_path)
    with_kit, without = tmp_path / "kit.pdf", tmp_path / "plain.pdf"
    assert main(["render", str(EXAMPLE), "-o", str(with_kit)]) == 0
    assert main(["render", str(EXAMPLE), "-o", str(without), "--no-brand"]) == 0
    assert FOOTER in text_of(with_kit)
    assert FOOTER not in text_of(without)


def test_new_brief_starts_in_the_house_style(tmp_path, capsys) -> None:
    make_kit(tmp_path)
    out = tmp_path / "ours.brief.yaml"
    assert main(["new", str(out)]) == 0
    assert "accent_colour: '#7a1f5c'" in out.read_text(encoding="utf-8")
