"""The Priorities step: the list editor (add, move, remove, undo) and suggestions with GCM links."""

from __future__ import annotations

import pytest
from helpers_steps import click, make_ctx, show_page, type_into
from PySide6.QtCore import Qt

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.model import Brief, Priority
from briefwriter.gui.steps.priorities import PrioritiesPage
from briefwriter.gui.widgets.catalogue_picker import CatalogueDialog


@pytest.fixture
def page(qtbot):
    ctx = make_ctx(Brief())
    widget = PrioritiesPage(ctx)
    show_page(qtbot, widget)
    return widget


def titles(page: PrioritiesPage) -> list[str]:
    return [p.title for p in page.session.brief.priorities]


def shown(page: PrioritiesPage) -> list[str]:
    lst = page.editor.list
    return [lst.item(i).text() for i in range(lst.count())]


def test_add_type_move_remove_and_undo_keep_the_form_in_step(qtbot, page):
    session = page.session
    assert not page.title_edit.isEnabled()  # nothing to edit yet
    assert page.editor.empty_hint.isVisible()
    click(qtbot, page.editor.add_button)
    assert page.title_edit.hasFocus()
    qtbot.keyClicks(page.title_edit, "Save lives at sea")
    click(qtbot, page.editor.add_button)
    qtbot.keyClicks(page.title_edit, "End child detention")
    type_into(qtbot, page.description.edit, "Children are never detained.")
    assert titles(page) == ["Save lives at sea", "End child detention"]
    assert session.brief.priorities[1].description == "Children are never detained."
    assert shown(page) == ["1. Save lives at sea", "2. End child detention"]

    # Move the second priority up with the keyboard; the form follows it.
    page.editor.list.setFocus()
    qtbot.keyClick(page.editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(page) == ["End child detention", "Save lives at sea"]
    assert page.editor.list.currentRow() == 0
    assert page.title_edit.text() == "End child detention"
    session.undo_stack.undo()
    assert titles(page) == ["Save lives at sea", "End child detention"]
    assert page.editor.list.currentRow() == 1  # selection followed the item back down
    assert page.title_edit.text() == "End child detention"
    assert page.description.text() == "Children are never detained."

    # Remove the selected one with Delete: the form shows the one left.
    page.editor.list.setFocus()
    qtbot.keyClick(page.editor.list, Qt.Key.Key_Delete)
    assert titles(page) == ["Save lives at sea"]
    assert page.title_edit.text() == "Save lives at sea"
    assert page.description.text() == ""
    session.undo_stack.undo()
    assert titles(page) == ["Save lives at sea", "End child detention"]
    assert page.editor.list.currentRow() == 1
    assert page.title_edit.text() == "End child detention"
    # Editing after the undo edits the restored priority, not its neighbour.
    page.title_edit.setFocus()
    qtbot.keyClick(page.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(page.title_edit, " now")
    assert titles(page) == ["Save lives at sea", "End child detention now"]


def test_undo_of_an_add_selects_a_neighbour(qtbot, page):
    session = page.session
    page.editor.add_item(Priority(title="One"))
    page.editor.add_item(Priority(title="Two"))
    assert page.title_edit.text() == "Two"
    session.undo_stack.undo()
    assert titles(page) == ["One"]
    assert page.title_edit.text() == "One"
    session.undo_stack.undo()
    assert not page.title_edit.isEnabled()
    session.undo_stack.redo()
    assert page.title_edit.text() == "One"


def test_buttons_follow_the_selection(qtbot, page):
    for title in ("A", "B", "C"):
        page.editor.add_item(Priority(title=title))
    page.editor.select(0)
    assert not page.editor.up_button.isEnabled() and page.editor.down_button.isEnabled()
    click(qtbot, page.editor.down_button)
    assert titles(page) == ["B", "A", "C"]
    assert page.title_edit.text() == "A"
    page.editor.list.setFocus()
    qtbot.keyClick(page.editor.list, Qt.Key.Key_Insert)
    assert len(titles(page)) == 4 and page.title_edit.text() == ""


def test_add_from_suggestions_pre_ticks_gcm_links(qtbot, page, monkeypatch):
    item = load_catalogues().get("priorities", "alternatives-to-detention")
    assert item is not None and item.gcm is not None
    offered = []

    def choose(parent, title, intro, items, lang, used=()):
        offered.append([i.id for i in items])
        return item

    monkeypatch.setattr(CatalogueDialog, "choose", staticmethod(choose))
    click(qtbot, page.suggest_button)
    assert "alternatives-to-detention" in offered[0]
    priority = page.session.brief.priorities[0]
    assert priority.title == item.label("en")
    assert priority.suggestion == "alternatives-to-detention"
    assert priority.gcm.actions == list(item.gcm.actions)
    assert priority.gcm.objectives == list(item.gcm.objectives)
    assert priority.gcm.principles == list(item.gcm.principles)
    assert page.title_edit.text() == item.label("en")
    assert "29(c)" in page.links_label.text()
    assert item.label("en") in page.suggestion_label.text()
    page.session.undo_stack.undo()  # one step takes it all away
    assert page.session.brief.priorities == []


def test_suggested_title_is_in_the_papers_language(qtbot, monkeypatch):
    ctx = make_ctx(Brief(language="fr"))
    page = PrioritiesPage(ctx)
    show_page(qtbot, page)
    item = load_catalogues().get("priorities", "ending-lethal-disregard")
    monkeypatch.setattr(CatalogueDialog, "choose", staticmethod(lambda *a, **k: item))
    page.add_from_suggestions()
    assert ctx.session.brief.priorities[0].title == item.label("fr") != item.label("en")


def test_catalogue_dialog_shows_help_and_marks_used(qtbot):
    items = load_catalogues().priorities
    dialog = CatalogueDialog(None, "Pick", "Intro", items, "en", used=[items[1].id])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.help.text() == items[0].help("en")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.help.text() == items[1].help("en")
    assert "(already added)" in dialog.list.item(1).text()
    assert dialog.chosen() == items[1]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    dialog.close()


def test_focus_path_selects_the_priority(qtbot, page):
    for title in ("A", "B"):
        page.editor.add_item(Priority(title=title))
    assert page.focus_path(("priorities", 0, "description"))
    assert page.editor.list.currentRow() == 0
    assert page.description.edit.hasFocus()
    assert page.focus_path(("priorities", 1, "title"))
    assert page.title_edit.hasFocus() and page.title_edit.text() == "B"
    # GCM links and evidence belong to other steps.
    assert not page.owns_path(("priorities", 0, "gcm"))
    assert not page.owns_path(("priorities", 0, "evidence", 0, "url"))
    assert page.owns_path(("priorities",))
