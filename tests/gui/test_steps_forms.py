"""Organisation, Occasion and Look steps: typing and clicking fills the brief; the page shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_steps import click, make_ctx, show_page, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox

from briefwriter.core.checks import check_logo
from briefwriter.core.model import Brief
from briefwriter.gui.steps.look import LookPage, contrast_with_white
from briefwriter.gui.steps.occasion import OccasionPage, date_problem
from briefwriter.gui.steps.organisation import OrganisationPage
from briefwriter.gui.widgets.logo_field import LogoError, adopt_logo, carry_logo
from briefwriter.render.context import logo_data_url

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
       b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01"
       b"\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" ' \
      b'height="20" fill="#1d5c8c"/></svg>'


# -- Organisation ----------------------------------------------------------------------------


def test_organisation_fields_by_keyboard(qtbot):
    ctx = make_ctx()
    page = OrganisationPage(ctx)
    show_page(qtbot, page)
    type_into(qtbot, page.name, "Migrant Voices West Africa")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    assert page.acronym.hasFocus()  # the tab order follows the form
    qtbot.keyClicks(page.acronym, "MVWA")
    qtbot.keyClick(page.acronym, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.country, "Senegal")
    qtbot.keyClick(page.country, Qt.Key.Key_Tab)
    assert page.migrant_led.hasFocus()
    qtbot.keyClick(page.migrant_led, Qt.Key.Key_Space)
    type_into(qtbot, page.description.edit, "A network of **41** associations.")
    type_into(qtbot, page.email, "secretariat at example")
    org = ctx.session.brief.organisation
    assert (org.name, org.acronym, org.country, org.migrant_led) == (
        "Migrant Voices West Africa", "MVWA", "Senegal", True)
    assert org.description == "A network of **41** associations."
    assert org.contact.email == "secretariat at example"
    hint = page.email.accessibleDescription()
    assert "e-mail address" in hint
    page.email.clear()
    type_into(qtbot, page.email, "secretariat@example.org")
    assert page.email.accessibleDescription() == ""
    assert page.has_content()
    assert page.focus_path(("organisation", "contact", "email"))
    assert page.email.hasFocus()


def test_logo_chosen_before_the_first_save_is_shown_and_copied_on_saving(
        qtbot, tmp_path, monkeypatch):
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "logo.png").write_bytes(PNG)
    ctx = make_ctx()  # a new brief, never saved
    page = OrganisationPage(ctx)
    show_page(qtbot, page)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(elsewhere / "logo.png"), ""))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: pytest.fail("no 'save first' for a new brief"))
    click(qtbot, page.logo.choose_button)
    session = ctx.session
    assert session.brief.organisation.logo == "logo.png"  # never an absolute path
    assert page.logo.name_label.text() == str(elsewhere / "logo.png")
    assert not page.logo.thumbnail.pixmap().isNull()
    # The checks and the preview read it from where it was chosen, by the usual rules.
    assert check_logo(session.brief.organisation.logo, session.brief_dir) == []
    url, problem = logo_data_url(session.brief.organisation.logo, session.brief_dir)
    assert problem is None and url.startswith("data:image/png;base64,")
    # Saved into a folder that has a different logo.png: copied beside it, not over it.
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "logo.png").write_bytes(SVG)
    assert carry_logo(session, folder) == ""
    session.mark_saved(folder / "ours.brief.yaml")
    assert session.brief.organisation.logo == "logo-2.png"
    assert (folder / "logo-2.png").read_bytes() == PNG
    assert (folder / "logo.png").read_bytes() == SVG
    assert page.logo.name_label.text() == "logo-2.png"
    assert not page.logo.thumbnail.pixmap().isNull()


def test_undo_before_the_first_save_reads_each_logo_where_it_was_chosen(
        qtbot, tmp_path, monkeypatch):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "mark.svg").write_bytes(SVG)
    (second / "logo.png").write_bytes(PNG)
    ctx = make_ctx()
    page = OrganisationPage(ctx)
    show_page(qtbot, page)
    chosen = [str(first / "mark.svg")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: pytest.fail("no 'save first' for a new brief"))
    click(qtbot, page.logo.choose_button)
    chosen[0] = str(second / "logo.png")
    click(qtbot, page.logo.choose_button)
    assert ctx.session.brief_dir == second
    ctx.session.undo_stack.undo()
    assert ctx.session.brief.organisation.logo == "mark.svg"
    assert ctx.session.brief_dir == first
    assert not page.logo.thumbnail.pixmap().isNull()


def test_a_brief_from_a_file_reads_its_logo_only_from_its_own_folder(tmp_path):
    folder = tmp_path / "theirs"
    folder.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "logo.png").write_bytes(PNG)
    ctx = make_ctx(Brief(), folder / "theirs.brief.yaml")
    ctx.session.choose_folder(elsewhere)  # only a new, unsaved brief reads from elsewhere
    assert ctx.session.brief_dir == folder
    assert [p.code for p in check_logo("logo.png", ctx.session.brief_dir)] == ["logo-missing"]
    assert [p.code for p in check_logo(str(elsewhere / "logo.png"), ctx.session.brief_dir)] \
        == ["logo-outside-folder"]
    # A brief written by someone else, opened without a folder, may not name a file either.
    assert [p.code for p in check_logo(str(elsewhere / "logo.png"), None)] \
        == ["logo-outside-folder"]


def test_logo_is_copied_next_to_the_brief_without_overwriting(qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "briefs"
    folder.mkdir()
    elsewhere = tmp_path / "downloads"
    elsewhere.mkdir()
    (elsewhere / "logo.png").write_bytes(PNG)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n a different picture")
    ctx = make_ctx(Brief(), folder / "ours.brief.yaml")
    page = OrganisationPage(ctx)
    show_page(qtbot, page)
    chosen = [str(elsewhere / "logo.png")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    click(qtbot, page.logo.choose_button)
    assert ctx.session.brief.organisation.logo == "logo-2.png"
    assert (folder / "logo-2.png").read_bytes() == PNG
    assert (folder / "logo.png").read_bytes() != PNG  # the other file is untouched
    assert page.logo.name_label.text() == "logo-2.png"
    assert not page.logo.thumbnail.pixmap().isNull()
    # Choosing the same picture again reuses the copy.
    click(qtbot, page.logo.choose_button)
    assert sorted(p.name for p in folder.iterdir()) == ["logo-2.png", "logo.png"]
    # A file already inside the folder is used where it is.
    sub = folder / "img"
    sub.mkdir()
    (sub / "mark.svg").write_bytes(SVG)
    chosen[0] = str(sub / "mark.svg")
    click(qtbot, page.logo.choose_button)
    assert ctx.session.brief.organisation.logo == "img/mark.svg"
    click(qtbot, page.logo.remove_button)
    assert ctx.session.brief.organisation.logo == ""
    ctx.session.undo_stack.undo()
    assert ctx.session.brief.organisation.logo == "img/mark.svg"


def test_logo_that_is_not_an_image_is_refused(qtbot, tmp_path, monkeypatch):
    (tmp_path / "notes.png").write_text("not a picture", encoding="utf-8")
    ctx = make_ctx(Brief(), tmp_path / "b.brief.yaml")
    page = OrganisationPage(ctx)
    show_page(qtbot, page)
    warned = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "notes.png"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    click(qtbot, page.logo.choose_button)
    assert warned and "not a PNG, JPEG or SVG" in warned[0]
    assert ctx.session.brief.organisation.logo == ""


def test_a_logo_over_5_mb_is_not_adopted(tmp_path):
    big = tmp_path / "big.png"
    big.write_bytes(PNG + b"\0" * (5 * 1024 * 1024))
    with pytest.raises(LogoError, match="the limit is 5 MB"):
        adopt_logo(big, tmp_path / "x")


# -- Occasion --------------------------------------------------------------------------------


def test_occasion_by_keyboard(qtbot):
    ctx = make_ctx()
    page = OccasionPage(ctx)
    show_page(qtbot, page)
    brief = ctx.session.brief
    type_into(qtbot, page.title_edit, "Ending lethal disregard")
    page.language.setFocus()
    for _ in range(3):  # English, French, Spanish, Arabic
        qtbot.keyClick(page.language, Qt.Key.Key_Down)
    assert brief.language == "ar"
    assert "Arabic" in page.language.currentText()
    # The process: a suggestion shows its help; "Other" asks for own words.
    combo = page.process.combo
    imrf = combo.findData("imrf-2026")
    combo.setCurrentIndex(imrf)
    combo.activated.emit(imrf)
    assert brief.occasion.process == "imrf-2026"
    assert page.process.help.isVisibleTo(page) and page.process.help.text()
    assert not page.process.own.isVisibleTo(page)
    own = combo.count() - 1
    combo.setCurrentIndex(own)
    combo.activated.emit(own)
    assert brief.occasion.process == ""
    assert page.process.own.isVisibleTo(page) and page.process.own.hasFocus()
    qtbot.keyClicks(page.process.own, "Regional consultation on mixed migration")
    assert brief.occasion.process == "Regional consultation on mixed migration"
    ctx.session.undo_stack.undo()  # typing, then the switch to own words
    ctx.session.undo_stack.undo()
    assert brief.occasion.process == "imrf-2026"
    assert combo.currentData() == "imrf-2026"
    assert not page.process.own.isVisibleTo(page)


def test_date_is_checked_as_you_type(qtbot):
    ctx = make_ctx()
    page = OccasionPage(ctx)
    show_page(qtbot, page)
    type_into(qtbot, page.date, "May 2026")
    assert "Not a date" in page.date.accessibleDescription()
    page.date.clear()
    type_into(qtbot, page.date, "2026-02-30")
    assert "does not exist" in page.date.accessibleDescription()
    page.date.clear()
    type_into(qtbot, page.date, "2026-05")
    assert page.date.accessibleDescription() == ""
    assert ctx.session.brief.occasion.date == "2026-05"
    assert date_problem("2026") == "" and date_problem("26-05") == "format"


def test_audiences_tick_and_own_words(qtbot):
    ctx = make_ctx()
    page = OccasionPage(ctx)
    show_page(qtbot, page)
    checklist = page.audience
    checklist.list.setFocus()
    checklist.list.setCurrentRow(2)
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    first_id = checklist.items[2].id
    assert ctx.session.brief.audience == [first_id]
    type_into(qtbot, checklist.entry, "Regional economic communities")
    qtbot.keyClick(checklist.entry, Qt.Key.Key_Return)
    assert ctx.session.brief.audience == [first_id, "Regional economic communities"]
    last = checklist.list.item(checklist.list.count() - 1)
    assert "Regional economic communities" in last.text()
    assert last.checkState() == Qt.CheckState.Checked
    # Typing a catalogue label stores its id, not the words.
    type_into(qtbot, checklist.entry, checklist.items[0].label("en"))
    qtbot.keyClick(checklist.entry, Qt.Key.Key_Return)
    assert ctx.session.brief.audience[-1] == checklist.items[0].id
    checklist.list.setCurrentRow(checklist.list.count() - 1)
    assert checklist.remove_button.isEnabled()
    click(qtbot, checklist.remove_button)
    assert ctx.session.brief.audience == [first_id, checklist.items[0].id]
    assert checklist.list.item(2).checkState() == Qt.CheckState.Checked
    assert page.focus_path(("audience", 0))
    assert checklist.list.currentItem().data(Qt.ItemDataRole.UserRole) == first_id


# -- Look ------------------------------------------------------------------------------------


def listed_look_page(qtbot, ctx) -> LookPage:
    """The Look page, once its templates have been listed (in the background)."""
    page = LookPage(ctx)
    with qtbot.waitSignal(page.templatesListed, timeout=10_000):
        show_page(qtbot, page)
    return page


def test_look_choices(qtbot, monkeypatch):
    ctx = make_ctx()
    page = listed_look_page(qtbot, ctx)
    look = ctx.session.brief.template.look
    names = [page.templates.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(page.templates.count())]
    assert {"position-paper", "two-page-brief", "oral-statement"} <= set(names)
    assert page.templates.currentItem().data(Qt.ItemDataRole.UserRole) == "position-paper"
    assert "bundled" in page.templates.currentItem().text()
    page.templates.setFocus()
    target = names.index("two-page-brief")
    for _ in range(abs(target - page.templates.currentRow())):
        key = Qt.Key.Key_Down if target > page.templates.currentRow() else Qt.Key.Key_Up
        qtbot.keyClick(page.templates, key)
    assert ctx.session.brief.template.name == "two-page-brief"
    # Colours: a swatch, the hex field, the colour dialog.
    click(qtbot, page.swatches[3])
    assert look.accent_colour == "#a4262c"
    assert page.swatches[3].isChecked() and not page.swatches[0].isChecked()
    assert page.hex_edit.text() == "#a4262c"
    page.hex_edit.selectAll()
    type_into(qtbot, page.hex_edit, "#00695C")
    assert look.accent_colour == "#00695c"
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#ffdd00"))
    click(qtbot, page.choose_colour)
    assert look.accent_colour == "#ffdd00"
    assert "hard to read" in page.contrast.text()  # yellow on white
    page.font_combo.setFocus()
    qtbot.keyClick(page.font_combo, Qt.Key.Key_Down)
    assert look.font == "serif"
    page.paper.setFocus()
    qtbot.keyClick(page.paper, Qt.Key.Key_Down)
    assert look.paper == "Letter"
    page.mark_unverified.setFocus()
    qtbot.keyClick(page.mark_unverified, Qt.Key.Key_Space)
    assert look.mark_unverified is False
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    click(qtbot, page.open_button)
    assert opened and Path(opened[0].toLocalFile()).is_dir()


def test_unknown_template_keeps_its_name(qtbot):
    brief = Brief()
    brief.template.name = "partner-template"
    ctx = make_ctx(brief)
    page = listed_look_page(qtbot, ctx)
    texts = [page.templates.item(i).text() for i in range(page.templates.count())]
    assert any("partner-template" in t and "not installed" in t for t in texts)
    assert ctx.session.brief.template.name == "partner-template"
    assert ctx.session.undo_stack.count() == 0


def test_user_template_is_listed_after_reload(qtbot, isolated_user_dirs):
    ctx = make_ctx()
    page = listed_look_page(qtbot, ctx)
    folder = isolated_user_dirs["BRIEFWRITER_TEMPLATES_DIR"] / "our-flyer"
    folder.mkdir()
    (folder / "template.yaml").write_text(
        "manifest_version: 1\nname: our-flyer\ntitle: Our flyer\nentry: t.html.j2\n",
        encoding="utf-8")
    (folder / "t.html.j2").write_text("<p>{{ brief.title }}</p>", encoding="utf-8")
    with qtbot.waitSignal(page.templatesListed, timeout=10_000):
        page.reload_templates()
    texts = [page.templates.item(i).text() for i in range(page.templates.count())]
    assert any(t.startswith("Our flyer") and "your templates" in t for t in texts)


def test_templates_are_listed_off_the_gui_thread(qtbot, isolated_user_dirs, monkeypatch):
    """A FIFO, a slow disk or thousands of packs in the user's folder never hold the window:
    the page shows that it is looking, and fills the list from another thread."""
    import threading

    from briefwriter.gui.steps import look

    release = threading.Event()
    listed_on: list[threading.Thread] = []
    real = look.list_templates

    def slow_listing():
        listed_on.append(threading.current_thread())
        release.wait(10)
        return real()

    monkeypatch.setattr(look, "list_templates", slow_listing)
    page = LookPage(make_ctx())
    show_page(qtbot, page)  # returns while the listing is still held up
    assert [page.templates.item(i).text() for i in range(page.templates.count())] == [
        "Looking for templates…"]
    with qtbot.waitSignal(page.templatesListed, timeout=10_000):
        release.set()
    assert listed_on and listed_on[0] is not threading.main_thread()
    names = {page.templates.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(page.templates.count())}
    assert {"position-paper", "two-page-brief", "oral-statement"} <= names


def test_contrast_ratio():
    assert contrast_with_white("#000000") == pytest.approx(21.0)
    assert contrast_with_white("#ffffff") == pytest.approx(1.0)
    assert contrast_with_white("#1d5c8c") > 4.5
