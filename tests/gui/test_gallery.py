"""The template gallery: cards for every pack with page 1 of the current brief, keyboard
choice, and what can be done with a pack (customise, rename, revert, delete)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
import yaml
from helpers_render import BROKEN_PAGE, RENDER_WAIT_MS, user_templates_dir, write_pack
from helpers_steps import FakeExporter, FakeSettings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from briefwriter.gui import pack_dialogs
from briefwriter.gui.checks import CheckRunner
from briefwriter.gui.context import AppContext
from briefwriter.gui.gallery import GalleryDialog
from briefwriter.gui.pack_dialogs import PackNameDialog
from briefwriter.render import packs
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import forget_read_packs

BUNDLED = ("joint-letter", "oral-statement", "position-paper", "two-page-brief")


@pytest.fixture
def ctx(session, service):
    return AppContext(session=session, settings=FakeSettings(),  # type: ignore[arg-type]
                      checks=CheckRunner(session), render=service,
                      exporter=FakeExporter())  # type: ignore[arg-type]


@contextmanager
def open_gallery(qtbot, ctx):
    forget_read_packs()
    gallery = GalleryDialog(ctx)
    qtbot.addWidget(gallery)
    with qtbot.waitSignal(gallery.listed, timeout=RENDER_WAIT_MS):
        gallery.show()
    try:
        yield gallery
    finally:
        gallery.close()


def wait_thumbnails(qtbot, gallery) -> None:
    qtbot.waitUntil(lambda: all(c.has_image() or c.failure for c in gallery.cards),
                    timeout=RENDER_WAIT_MS * 2)


def distinct_colours(card) -> int:
    image = card.thumbnail.pixmap().toImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), 3)
                for y in range(0, image.height(), 3)})


def test_lists_bundled_packs_with_details_and_thumbnails_of_the_brief(qtbot, ctx):
    with open_gallery(qtbot, ctx) as gallery:
        names = [card.pack.name for card in gallery.cards]
        assert names == list(BUNDLED)
        card = gallery.card_for("two-page-brief")
        assert card.accessibleName() == "Two-page brief, by BriefWriter, version 1.0, bundled"
        assert "2 pages at most" in card.facts.text()
        wait_thumbnails(qtbot, gallery)
        for each in gallery.cards:
            assert each.has_image(), each.failure
            assert distinct_colours(each) > 5  # printed text, not a blank page
            assert each.thumbnail.accessibleDescription() == \
                f"Page 1 of your brief printed with “{each.pack.title}”."
        card.setFocus()
        qtbot.waitUntil(lambda: gallery.current is card)
        shown = [value.text() for _label, value in gallery.detail_rows]
        assert shown[:5] == ["two-page-brief", "BriefWriter", "1.0", "CC-BY-4.0", "paper"]
        assert "2 at most" in shown[5] and shown[6] == "bundled"
        # Bundled packs are read-only: customised or opened, never changed in place.
        assert gallery.customise_button.isEnabled() and gallery.workshop_button.isEnabled()
        assert not gallery.rename_button.isEnabled()
        assert not gallery.delete_button.isEnabled()
        assert not gallery.revert_button.isEnabled()


def test_thumbnails_follow_the_brief(qtbot, ctx, session):
    with open_gallery(qtbot, ctx) as gallery:
        wait_thumbnails(qtbot, gallery)
        card = gallery.card_for("position-paper")
        before = card.thumbnail.pixmap().toImage()
        session.set_value(("title",), "A much longer title that now runs over several lines "
                          "of the first page, and so moves everything below it down")
        qtbot.waitUntil(lambda: card.thumbnail.pixmap().toImage() != before,
                        timeout=RENDER_WAIT_MS)


def test_a_broken_pack_shows_why(qtbot, ctx):
    write_pack(user_templates_dir(), "broken-pack", BROKEN_PAGE)
    with open_gallery(qtbot, ctx) as gallery:
        card = gallery.card_for("broken-pack")
        assert card.accessibleName() == "Test pack broken-pack, installed"
        qtbot.waitUntil(lambda: bool(card.failure), timeout=RENDER_WAIT_MS * 2)
        assert "template.html.j2, line 3" in card.failure
        assert "line 3" in card.thumbnail.accessibleDescription()
        assert not card.has_image()


def test_keyboard_moves_between_cards_and_enter_chooses_undoably(qtbot, ctx, session):
    session.brief.template.name = "position-paper"
    with open_gallery(qtbot, ctx) as gallery:
        gallery.activateWindow()
        first = gallery.cards[0]
        first.setFocus()
        qtbot.waitUntil(first.hasFocus)
        qtbot.keyClick(first, Qt.Key.Key_Right)
        qtbot.keyClick(gallery.cards[1], Qt.Key.Key_Right)
        qtbot.keyClick(gallery.cards[2], Qt.Key.Key_Right)  # on to the second row
        chosen = gallery.cards[3]
        assert chosen.hasFocus() and gallery.current is chosen
        qtbot.keyClick(chosen, Qt.Key.Key_Return)
        assert session.brief.template.name == chosen.pack.name == "two-page-brief"
        assert chosen.lineWidth() > first.lineWidth()  # drawn as the one in use
        session.undo_stack.undo()
        assert session.brief.template.name == "position-paper"
        assert gallery.card_for("position-paper").lineWidth() > chosen.lineWidth()
        qtbot.keyClick(chosen, Qt.Key.Key_Home)
        assert first.hasFocus()


# -- what can be done with a pack -------------------------------------------------------------

@pytest.fixture
def workshop(monkeypatch) -> list:
    """The folders the workshop was asked to open."""
    opened: list = []
    monkeypatch.setattr(pack_dialogs, "open_in_workshop",
                        lambda ctx, folder: opened.append(folder))
    return opened


def focus_card(qtbot, gallery, name: str):
    gallery.activateWindow()
    qtbot.waitUntil(gallery.isActiveWindow)
    card = gallery.card_for(name)
    card.setFocus()
    qtbot.waitUntil(lambda: gallery.current is card and card.hasFocus())
    return card


def manifest(name: str) -> dict:
    return yaml.safe_load((user_templates_dir() / name / "template.yaml").read_text("utf-8"))


def own_pack(name: str = "our-brief", source: str = "two-page-brief"):
    return packs.customise_pack(find_template(source), name, "Our brief")


def test_customise_makes_an_own_copy_uses_it_and_opens_the_workshop(
        qtbot, ctx, session, workshop):
    session.brief.template.name = "position-paper"
    with open_gallery(qtbot, ctx) as gallery:
        focus_card(qtbot, gallery, "two-page-brief")
        gallery.customise_button.click()
        dialog = gallery.actions.dialog
        assert isinstance(dialog, PackNameDialog)
        assert dialog.name() == "two-page-brief-own"
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name_edit.setText("Our Brief")
        assert not ok.isEnabled() and "lowercase letters" in dialog.rule.text()
        dialog.name_edit.setText("our-brief")
        dialog.title_edit.setText("Our brief")
        with qtbot.waitSignal(gallery.listed, timeout=RENDER_WAIT_MS):
            ok.click()
        folder = user_templates_dir() / "our-brief"
        assert manifest("our-brief")["based_on"] == "two-page-brief"
        assert manifest("our-brief")["title"] == "Our brief"
        assert session.brief.template.name == "our-brief"
        assert workshop == [folder.resolve()]
        card = gallery.card_for("our-brief")
        assert card.accessibleName() == \
            "Our brief, by BriefWriter, version 1.0, your own, based on two-page-brief"
        focus_card(qtbot, gallery, "our-brief")
        assert gallery.revert_button.isEnabled() and gallery.rename_button.isEnabled()
        assert gallery.delete_button.isEnabled()
        session.undo_stack.undo()
        assert session.brief.template.name == "position-paper"


def test_rename_changes_the_name_and_the_brief_follows(qtbot, ctx, session):
    own_pack()
    session.brief.template.name = "our-brief"
    with open_gallery(qtbot, ctx) as gallery:
        focus_card(qtbot, gallery, "our-brief")
        gallery.rename_button.click()
        dialog = gallery.actions.dialog
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name_edit.setText("two-page-brief")
        assert not ok.isEnabled() and "already a template" in dialog.rule.text()
        dialog.name_edit.setText("coalition-brief")
        dialog.title_edit.setText("Coalition brief")
        with qtbot.waitSignal(gallery.listed, timeout=RENDER_WAIT_MS):
            ok.click()
        assert not (user_templates_dir() / "our-brief").exists()
        assert manifest("coalition-brief")["title"] == "Coalition brief"
        assert session.brief.template.name == "coalition-brief"
        assert gallery.card_for("coalition-brief") is not None
        assert gallery.card_for("our-brief") is None


def test_revert_puts_back_the_original_files(qtbot, ctx, monkeypatch):
    pack = own_pack()
    style = pack.folder / "style.css"
    original = style.read_text("utf-8")
    style.write_text("body { color: red; }", encoding="utf-8")
    monkeypatch.setattr(pack_dialogs, "ask_confirm", lambda *args: True)
    with open_gallery(qtbot, ctx) as gallery:
        focus_card(qtbot, gallery, "our-brief")
        with qtbot.waitSignal(gallery.listed, timeout=RENDER_WAIT_MS):
            gallery.revert_button.click()
        assert style.read_text("utf-8") == original
        assert manifest("our-brief")["title"] == "Our brief"  # its own name and title stay


def test_delete_asks_and_the_brief_falls_back_with_a_message(qtbot, ctx, session, answers,
                                                             monkeypatch):
    own_pack()
    session.brief.template.name = "our-brief"
    asked: list[str] = []
    answer = [False]
    monkeypatch.setattr(pack_dialogs, "ask_confirm",
                        lambda parent, title, text, action: asked.append(text) or answer[0])
    with open_gallery(qtbot, ctx) as gallery:
        focus_card(qtbot, gallery, "our-brief")
        gallery.delete_button.click()
        assert "Delete the template “Our brief”" in asked[0]
        assert (user_templates_dir() / "our-brief").is_dir()  # Cancel: nothing happened
        answer[0] = True
        with qtbot.waitSignal(gallery.listed, timeout=RENDER_WAIT_MS):
            gallery.delete_button.click()
        assert not (user_templates_dir() / "our-brief").exists()
        assert gallery.card_for("our-brief") is None
        assert session.brief.template.name == "two-page-brief"
        assert "which has been deleted. It now uses “two-page-brief”" in answers.infos[0]


def test_the_templates_menu_reaches_the_gallery_and_packs(qtbot, window, answers):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Templates")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Template &Gallery…", "&Customise Current Template…",
                     "Open in &Workshop…", "&Import Template Pack…", "&Export Template Pack…"]
    assert all(a.isEnabled() for a in menu.actions())
    answers.open_paths.append(None)  # the file dialog cancelled: nothing happens
    window.import_pack_action.trigger()
    assert answers.open_paths == [] and answers.warnings == []
