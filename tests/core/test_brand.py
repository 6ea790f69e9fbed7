"""The brand kit: brand.yaml read with its lines, fonts checked by what they are, saving and
importing all or nothing, and hostile .brandkit files that change nothing."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from fontTools import subset
from fontTools.ttLib import TTFont

from briefwriter import paths
from briefwriter.core import brand, brand_fonts
from briefwriter.core.brand import BrandError, BrandKit
from briefwriter.core.brand_fonts import FontRefused
from briefwriter.core.colours import contrast_with_white
from briefwriter.core.logo import read_logo_file

SERIF = paths.fonts_dir() / "NotoSerif-Regular.ttf"
SANS_BOLD = paths.fonts_dir() / "NotoSans-Bold.ttf"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")


def own_font(tmp_path: Path, name: str = "HouseSerif.ttf", source: Path = SERIF) -> Path:
    target = tmp_path / name
    target.write_bytes(source.read_bytes())
    return target


def make_kit(tmp_path: Path, folder: Path) -> brand.LoadedKit:
    kit = BrandKit(name="Migrant Voices Network", primary="#123456", accent="#7a1f5c",
                   text="#222222", footer="Migrant Voices Network · www.example.org",
                   paper="Letter")
    font = own_font(tmp_path)
    info, name = brand.add_font(kit, font)
    kit.heading_font = kit.body_font = info.family
    logo = tmp_path / "mark.png"
    logo.write_bytes(PNG)
    kit.logo = brand.logo_name(read_logo_file(logo).kind)
    return brand.save_kit(kit, {name: font, kit.logo: logo}, folder)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# -- brand.yaml ------------------------------------------------------------------------------


def test_no_kit_is_none(brand_folder) -> None:
    assert brand.brand_dir() == brand_folder
    assert brand.load_kit() is None


def test_save_and_load_round_trip(tmp_path, brand_folder) -> None:
    saved = make_kit(tmp_path, brand_folder)
    loaded = brand.load_kit()
    assert loaded is not None and loaded.kit == saved.kit
    assert loaded.kit.fonts == ["fonts/HouseSerif.ttf"]
    assert loaded.families() == ["Noto Serif"]
    assert loaded.logo_kind == "png"
    assert (brand_folder / "logo.png").read_bytes() == PNG
    assert (brand_folder / "fonts" / "HouseSerif.ttf").read_bytes() == SERIF.read_bytes()
    text = (brand_folder / "brand.yaml").read_text(encoding="utf-8")
    assert "accent: '#7a1f5c'" in text and "paper: Letter" in text
    # Saving again from the kit's own files keeps them.
    again = brand.save_kit(loaded.kit)
    assert snapshot(brand_folder) == snapshot(again.folder)
    assert not [p for p in brand_folder.parent.iterdir() if p.name.startswith(".brand")]


def test_bad_yaml_names_lines_and_fields(brand_folder) -> None:
    brand_folder.mkdir()
    (brand_folder / "brand.yaml").write_text(
        "name: Net\ncolours:\n  accent: crimson\n  shade: '#000000'\npaper: A5\n"
        "fonts:\n  files: [../../etc/passwd]\n", encoding="utf-8")
    with pytest.raises(BrandError) as caught:
        brand.load_kit()
    shown = str(caught.value).splitlines()
    assert "brand.yaml, line 3, field colours.accent: 'crimson' is not a colour; write it as " \
           "#rrggbb (e.g. #1d5c8c)" in shown
    assert any(s.startswith("brand.yaml, line 4, field colours.shade: unknown field")
               for s in shown)
    assert any(s.startswith("brand.yaml, line 5, field paper:") for s in shown)
    assert any(s.startswith("brand.yaml, line 7, field fonts.files[1]:") for s in shown)


def test_yaml_syntax_error_has_its_line(brand_folder) -> None:
    brand_folder.mkdir()
    (brand_folder / "brand.yaml").write_text("name: Net\ncolours: [\n", encoding="utf-8")
    with pytest.raises(BrandError) as caught:
        brand.load_kit()
    assert caught.value.problems[0].line is not None
    assert "brand.yaml, line" in str(caught.value)


def test_newer_kit_is_refused(brand_folder) -> None:
    brand_folder.mkdir()
    (brand_folder / "brand.yaml").write_text("kit_version: 9\nname: Net\n", encoding="utf-8")
    with pytest.raises(BrandError, match="newer BriefWriter"):
        brand.load_kit()


def test_unknown_family_is_named(tmp_path, brand_folder) -> None:
    kit = BrandKit(name="Net", heading_font="Comic Sans")
    with pytest.raises(BrandError, match="no font named 'Comic Sans'"):
        brand.save_kit(kit)
    assert not brand_folder.exists()


def test_pale_accent_warns() -> None:
    assert contrast_with_white("#ffcc00") < 4.5
    assert BrandKit(accent="#ffcc00").warnings()[0].startswith("The accent colour #ffcc00 has")
    assert BrandKit(accent="#1d5c8c").warnings() == []


# -- fonts -----------------------------------------------------------------------------------


def test_font_family_and_style_come_from_the_file(tmp_path) -> None:
    info = brand.check_font_file(own_font(tmp_path, "anything.ttf", SANS_BOLD))
    assert (info.family, info.weight, info.italic, info.format) == ("Noto Sans", 700, False,
                                                                   "ttf")


def test_woff2_is_accepted(tmp_path) -> None:
    font = TTFont(str(SERIF))
    font.flavor = "woff2"
    out = tmp_path / "serif.woff2"
    font.save(str(out))
    assert brand.check_font_file(out).format == "woff2"


@pytest.mark.parametrize(("name", "data", "why"), [
    ("fake.ttf", b"<html>not a font</html>", "not a TrueType, OpenType or WOFF font"),
    ("cut.ttf", SERIF.read_bytes()[:3000], "damaged"),
    ("set.ttf", b"ttcf" + b"\0" * 64, "font collection"),
    ("font.exe", SERIF.read_bytes(), "ends in .ttf"),
])
def test_bad_font_files_are_refused(tmp_path, name, data, why) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FontRefused, match=why):
        brand.check_font_file(path)


def test_font_without_latin_is_refused(tmp_path) -> None:
    font = TTFont(str(SERIF))
    subsetter = subset.Subsetter()
    subsetter.populate(unicodes=[ord(c) for c in "0123456789"])
    subsetter.subset(font)
    out = tmp_path / "digits.ttf"
    font.save(str(out))
    with pytest.raises(FontRefused, match="does not draw 85 of the basic Latin characters"):
        brand.check_font_file(out)


def test_oversized_and_special_font_files_are_refused(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(brand_fonts, "MAX_FONT_BYTES", 1000)
    with pytest.raises(FontRefused, match="larger than"):
        brand.check_font_file(own_font(tmp_path))
    fifo = tmp_path / "pipe.ttf"
    os.mkfifo(fifo)
    with pytest.raises(FontRefused, match="not an ordinary file"):
        brand.check_font_file(fifo)


def test_a_refused_save_leaves_the_old_kit(tmp_path, brand_folder) -> None:
    make_kit(tmp_path, brand_folder)
    before = snapshot(brand_folder)
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"nope" * 100)
    kit = brand.load_kit().kit
    kit.fonts.append("fonts/fake.ttf")
    with pytest.raises(BrandError, match=r"fake\.ttf"):
        brand.save_kit(kit, {"fonts/fake.ttf": fake})
    assert snapshot(brand_folder) == before
    assert not [p for p in brand_folder.parent.iterdir() if p.name.startswith(".brand")]


# -- .brandkit files -------------------------------------------------------------------------


def test_export_import_round_trip(tmp_path, brand_folder) -> None:
    make_kit(tmp_path, brand_folder)
    before = snapshot(brand_folder)
    out = brand.export_kit(tmp_path / "house.brandkit")
    partner = tmp_path / "partner" / "brand"
    staged = brand.open_kit_file(out)
    assert staged.loaded.kit.name == "Migrant Voices Network"
    brand.install_staged(staged, partner)
    assert snapshot(partner) == before
    assert not staged.loaded.folder.exists()


def _zip(path: Path, entries: dict[str, bytes], links: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = (0o120777) << 16
            archive.writestr(info, target)
    return path


GOOD_YAML = b"name: Partner\nfonts:\n  files: [fonts/a.ttf]\n  body: Noto Serif\n"


@pytest.mark.parametrize(("entries", "links", "why"), [
    ({"brand.yaml": b"name: X\n", "../evil.txt": b"x"}, None, r"\.\."),
    ({"brand.yaml": b"name: X\n"}, {"fonts/a.ttf": "/etc/passwd"}, "symbolic link"),
    ({"brand.yaml": b"name: X\n", "bomb.bin": b"\0" * (30 * 1024 * 1024)}, None,
     "compress|unpack|large"),
    ({"brand.yaml": GOOD_YAML, "fonts/a.ttf": b"<script>not a font</script>"}, None,
     "not a TrueType"),
    ({"brand.yaml": b"name: X\n", "notes.exe": b"MZ"}, None, "does not use: notes.exe"),
    ({"readme.txt": b"hello"}, None, "holds no brand.yaml"),
    ({"brand.yaml": b"name: [\n"}, None, "brand.yaml, line"),
])
def test_hostile_brandkit_changes_nothing(tmp_path, brand_folder, scratch, entries, links,
                                         why) -> None:
    make_kit(tmp_path, brand_folder)
    before = snapshot(brand_folder)
    hostile = _zip(tmp_path / "hostile.brandkit", entries, links)
    siblings = sorted(p.name for p in brand_folder.parent.iterdir())
    with pytest.raises(BrandError, match=why):
        brand.import_kit(hostile)
    assert snapshot(brand_folder) == before
    assert sorted(p.name for p in brand_folder.parent.iterdir()) == siblings
    assert not (tmp_path / "evil.txt").exists()
    assert list(scratch.iterdir()) == []  # the staging folder is gone too


def test_a_font_disguised_in_a_good_kit_is_refused(tmp_path) -> None:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("brand.yaml", GOOD_YAML)
        archive.writestr("fonts/a.ttf", SERIF.read_bytes()[:500])
    path = tmp_path / "cut.brandkit"
    path.write_bytes(data.getvalue())
    with pytest.raises(BrandError, match="damaged"):
        brand.open_kit_file(path)


def test_export_without_a_kit_says_so(tmp_path) -> None:
    with pytest.raises(BrandError, match="no brand kit to export"):
        brand.export_kit(tmp_path / "x.brandkit")
    assert not (tmp_path / "x.brandkit").exists()


# -- the house style of a brief --------------------------------------------------------------


def test_new_briefs_start_in_the_house_style(tmp_path, brand_folder) -> None:
    from briefwriter.core.model import new_brief

    assert brand.in_house_style(new_brief()).template.look == new_brief().template.look
    make_kit(tmp_path, brand_folder)
    look = brand.in_house_style(new_brief()).template.look
    assert (look.accent_colour, look.paper, look.font) == ("#7a1f5c", "Letter", "sans")
    kit = BrandKit(body_font="BriefWriter Serif")
    assert brand.house_look(kit) == {"font": "serif"}


def test_a_broken_kit_leaves_new_briefs_alone(brand_folder) -> None:
    from briefwriter.core.model import new_brief

    brand_folder.mkdir()
    (brand_folder / "brand.yaml").write_text("colours: [\n", encoding="utf-8")
    assert brand.in_house_style(new_brief()).template.look == new_brief().template.look
    assert brand.kit_in_use() == brand_folder.resolve()  # the renderer names the problem
