"""The step table is the only list of steps: navigator, pages and "jump to the field" follow it."""

from __future__ import annotations

import pytest
from helpers_steps import show_page
from PySide6.QtWidgets import QApplication, QWidget

from briefwriter.gui.steps import table
from briefwriter.gui.steps.registry import StepInfo, step_titles


@pytest.fixture
def pages(example_pages):
    return example_pages[1]


def test_pages_take_identity_title_and_fields_from_the_table(pages):
    assert [p.step_id for p in pages] == [s.id for s in table.STEPS]
    assert [p.title() for p in pages] == step_titles() == [s.translated_title()
                                                          for s in table.STEPS]
    for page, spec in zip(pages, table.STEPS, strict=True):
        assert type(page).__name__ == spec.class_name
        assert page.owns == spec.owns
        # The stand-in used before a page exists answers the same.
        info = StepInfo(spec.id, spec.translated_title(), page.session)
        assert info.owns == page.owns


def _edited_fields(page: QWidget) -> dict[tuple, list[QWidget]]:
    """Each field path and the controls made for it (a catalogue picker's own-words box
    edits the same field as its list)."""
    found: dict[tuple, list[QWidget]] = {}
    for widget in page.findChildren(QWidget):
        edited = getattr(widget, "edited_field", None)
        if callable(edited):
            path, target = edited()
            if path and target.isEnabled():
                found.setdefault(tuple(path), []).append(target)
    return found


def test_every_field_a_page_edits_can_be_focused_from_its_path(qtbot, pages):
    """Jumping to a field needs no second list of paths: each control the page made for a
    field is found from that field alone, and the keyboard focus lands in it."""
    checked = 0
    for page in pages:
        if page.step_id == "gcm":
            continue  # its fields are ticks in a tree, focused through the tree
        show_page(qtbot, page)
        for path, targets in _edited_fields(page).items():
            if not page.owns_path(path):
                continue
            assert page.focus_path(path), (page.step_id, path)
            assert QApplication.focusWidget() in targets, (page.step_id, path)
            checked += 1
        page.hide()
    assert checked >= 40  # every form field of the example, not a handful


def test_a_list_item_path_selects_the_item_and_focuses_its_first_field(qtbot, pages):
    by_id = {p.step_id: p for p in pages}
    aims = by_id["aims"]
    show_page(qtbot, aims)
    assert aims.focus_path(("aims", 1))
    assert aims.editor.list.currentRow() == 1
    assert aims.isAncestorOf(QApplication.focusWidget())
    organisation = by_id["organisation"]
    show_page(qtbot, organisation)
    assert organisation.focus_path(("organisation", "contact"))
    assert QApplication.focusWidget() is organisation.contact_name
