"""Tools ▸ Brand Kit…: edit, save and see the preview take the colour; fonts and logos checked
before they are kept; export and import (what the file holds shown first, a hostile file
refused with nothing changed); the look step's "Apply house style" and its undo."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pikepdf
import pytest
from helpers_e2e import spoken_name
from helpers_render import RENDER_WAIT_MS, pdf_text
from helpers_steps import FakeExporter, FakeSettings, make_ctx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from briefwriter import paths
from briefwriter.core import brand
from briefwriter.core.brand import BrandKit
from briefwriter.gui import brand_dialog
from briefwriter.gui.brand_dialog import BrandDialog
from briefwriter.gui.checks import CheckRunner
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.look import LookPage

LEFT = Qt.MouseButton.LeftButton
SERIF = paths.fonts_dir() / "NotoSerif-Regular.ttf"
LOGO = paths.examples_dir() / "logos" / "migrant-voices-west-africa.svg"


def rgb_operator(colour: str) -> bytes:
    """How WeasyPrint writes a fill colour into a page's content."""
    parts = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    return (" ".join(f"{p:.6f}".rstrip("0").rstrip(".") or "0" for p in parts) + " rg").encode()


def page_content(pdf_path: str) -> bytes:
    with pikepdf.open(pdf_path) as pdf:
        found = b""
        for page in pdf.pages:
            contents = page.obj.Contents
            streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
            found += b"".join(stream.read_bytes() for stream in streams)
        return found


def open_dialog(qtbot, ctx) -> BrandDialog:
    dialog = BrandDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def make_kit(tmp_path: Path, folder: Path | None = None) -> brand.LoadedKit:
    font = tmp_path / "HouseSerif.ttf"
    font.write_bytes(SERIF.read_bytes())
    kit = BrandKit(name="Migrant Voices Network", accent="#7a1f5c", footer="MVN · Geneva",
                   paper="Letter")
    info, name = brand.add_font(kit, font)
    kit.body_font = info.family
    return brand.save_kit(kit, {name: font}, folder)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def live_ctx(session, service):
    return AppContext(session=session, settings=FakeSettings(),  # type: ignore[arg-type]
                      checks=CheckRunner(session), render=service,
                      exporter=FakeExporter())  # type: ignore[arg-type]


def test_edit_save_and_the_preview_takes_the_colour(qtbot, live_ctx, brand_folder) -> None:
    dialog = open_dialog(qtbot, live_ctx)
    assert dialog.status.text() == "No brand kit yet: fill in the fields and press Save."
    qtbot.keyClicks(dialog.name_edit, "Migrant Voices Network")
    qtbot.keyClicks(dialog.hex_edits["accent"], "7a1f5c")
    qtbot.keyClicks(dialog.footer_edit, "MVN · Geneva")
    with qtbot.waitSignal(live_ctx.render.previewReady, timeout=RENDER_WAIT_MS,
                          check_params_cb=lambda pdf, *_: rgb_operator("#7a1f5c")
                          in page_content(pdf)) as ready:
        with qtbot.waitSignal(dialog.kitChanged, timeout=5000):
            qtbot.mouseClick(dialog.save_button, LEFT)
    text = (brand_folder / "brand.yaml").read_text(encoding="utf-8")
    assert "accent: '#7a1f5c'" in text and "name: Migrant Voices Network" in text
    assert dialog.status.text() == f"Saved in {brand_folder}"
    assert "MVN · Geneva" in pdf_text(ready.args[0])


def test_every_control_is_named_and_reachable(qtbot, brand_folder) -> None:
    dialog = open_dialog(qtbot, make_ctx())
    controls = dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox) + \
        dialog.findChildren(QAbstractButton)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for control in controls:
        assert spoken_name(control) or control in buddies, control
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if "&" in b.text()]
    texts += [label.text() for label in dialog.findChildren(QLabel) if "&" in label.text()]
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(letters) == len(set(letters)), texts


def test_a_pale_accent_is_warned_about(qtbot, brand_folder) -> None:
    dialog = open_dialog(qtbot, make_ctx())
    qtbot.keyClicks(dialog.hex_edits["accent"], "#ffcc00")
    assert dialog.contrast.text().startswith("The accent colour #ffcc00 has a contrast of 1.")
    dialog.hex_edits["accent"].setText("#1d5c8c")
    assert dialog.contrast.text() == ""


def test_font_files_and_logo_are_checked_before_they_are_kept(qtbot, tmp_path, answers,
                                                              brand_folder) -> None:
    fake = tmp_path / "fake.ttf"
    fake.write_bytes(b"<html>this is no font</html>")
    own = tmp_path / "HouseSerif.ttf"
    own.write_bytes(SERIF.read_bytes())
    answers.open_paths += [fake, own, LOGO]
    dialog = open_dialog(qtbot, make_ctx())
    dialog.add_font()
    qtbot.waitUntil(lambda: bool(answers.warnings))
    assert "The font file “fake.ttf” cannot be used: it is not a TrueType" in answers.warnings[0]
    dialog.add_font()
    qtbot.waitUntil(lambda: dialog.body_combo.currentText() == "Noto Serif (your font file)")
    assert dialog.fonts_hint.text() == "Font files: HouseSerif.ttf (Noto Serif, weight 400)"
    dialog.choose_logo()
    qtbot.waitUntil(lambda: dialog.remove_logo_button.isEnabled())
    with qtbot.waitSignal(dialog.kitChanged, timeout=5000):
        dialog.save()
    saved = brand.load_kit()
    assert saved is not None and saved.kit.fonts == ["fonts/HouseSerif.ttf"]
    assert saved.kit.body_font == saved.kit.heading_font == "Noto Serif"
    assert (brand_folder / "logo.svg").read_bytes() == LOGO.read_bytes()
    assert len(answers.warnings) == 1


def test_export_then_import_shows_the_kit_first(qtbot, tmp_path, answers, brand_folder,
                                                monkeypatch) -> None:
    make_kit(tmp_path)
    out = tmp_path / "shared" / "house"
    out.parent.mkdir()
    answers.save_paths.append(out)
    dialog = open_dialog(qtbot, make_ctx())
    assert dialog.name_edit.text() == "Migrant Voices Network"
    dialog.export_kit()
    qtbot.waitUntil(lambda: bool(answers.infos))
    assert (tmp_path / "shared" / "house.brandkit").is_file()

    partner = tmp_path / "partner-kit"
    monkeypatch.setenv("BRIEFWRITER_BRAND_DIR", str(partner))
    asked: list[str] = []
    replies = [False, True]

    def confirm(parent, title, text, action) -> bool:
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(brand_dialog, "ask_confirm", confirm)
    other = open_dialog(qtbot, make_ctx())
    answers.open_paths += [tmp_path / "shared" / "house.brandkit"] * 2
    other.import_kit()
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "house.brandkit holds the brand kit “Migrant Voices Network”:" in asked[0]
    assert "Font files: HouseSerif.ttf (Noto Serif)" in asked[0]
    assert not partner.exists()  # declined: nothing written
    with qtbot.waitSignal(other.kitChanged, timeout=5000):
        other.import_kit()
    assert other.name_edit.text() == "Migrant Voices Network"
    assert other.hex_edits["accent"].text() == "#7a1f5c"
    assert snapshot(partner) == snapshot(brand_folder)


def test_a_hostile_kit_file_changes_nothing(qtbot, tmp_path, answers, brand_folder,
                                           monkeypatch) -> None:
    make_kit(tmp_path)
    before = snapshot(brand_folder)
    hostile = tmp_path / "hostile.brandkit"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("brand.yaml", "name: Evil\nfonts:\n  files: [fonts/a.ttf]\n")
        archive.writestr("fonts/a.ttf", "<script>not a font</script>")
    monkeypatch.setattr(brand_dialog, "ask_confirm", lambda *args: pytest.fail("asked"))
    answers.open_paths.append(hostile)
    dialog = open_dialog(qtbot, make_ctx())
    dialog.import_kit()
    qtbot.waitUntil(lambda: bool(answers.warnings))
    assert answers.warnings[0].startswith("The brand kit was not imported; nothing was changed.")
    assert "fonts.files[1]: The font file “a.ttf” cannot be used" in answers.warnings[0]
    assert snapshot(brand_folder) == before
    assert dialog.name_edit.text() == "Migrant Voices Network"


def test_apply_house_style_is_one_undo_step(qtbot, tmp_path, brand_folder) -> None:
    make_kit(tmp_path)
    ctx = make_ctx()
    look = ctx.session.brief.template.look
    look.accent_colour, look.font = "#00695c", "serif"
    page = LookPage(ctx)
    qtbot.addWidget(page)
    assert spoken_name(page.house_button) == "Apply house style"
    qtbot.mouseClick(page.house_button, LEFT)
    qtbot.waitUntil(lambda: look.accent_colour == "#7a1f5c")
    assert (look.font, look.paper) == ("sans", "Letter")
    assert page.hex_edit.text() == "#7a1f5c"
    assert page.house_note.text() == \
        "The brief now uses the house style of “Migrant Voices Network”."
    ctx.session.undo_stack.undo()
    assert (look.accent_colour, look.font, look.paper) == ("#00695c", "serif", "A4")


def test_apply_house_style_without_a_kit_says_where_to_make_one(qtbot, brand_folder) -> None:
    ctx = make_ctx()
    page = LookPage(ctx)
    qtbot.addWidget(page)
    page.apply_house_style()
    qtbot.waitUntil(lambda: bool(page.house_note.text()))
    assert page.house_note.text() == "There is no brand kit yet: make one with Tools ▸ Brand Kit…"
    assert ctx.session.undo_stack.count() == 0


def test_tools_menu_opens_the_dialog(qtbot, window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert "T&ools" in titles
    letters = [t[t.index("&") + 1].lower() for t in titles if "&" in t]
    assert len(letters) == len(set(letters)), titles
    assert window.brand_kit_action.text() == "&Brand Kit…"
    qtbot.waitUntil(window.brand_kit_action.isEnabled)
    window.brand_kit_action.trigger()
    dialog = window.findChild(BrandDialog)
    assert isinstance(dialog, QWidget) and dialog.isVisible()
    qtbot.waitUntil(dialog.save_button.isEnabled)  # the kit (none) was looked for
    dialog.close()


def test_the_look_step_says_when_a_kit_fills_in_the_defaults(qtbot, tmp_path,
                                                             brand_folder) -> None:
    make_kit(tmp_path)
    page = LookPage(make_ctx())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.house_note.text() == (
        "Brand kit “Migrant Voices Network”: what this brief leaves at the default (colour, "
        "font, paper) is taken from it."))
