"""The Link to the GCM step: search, expand, tick, the matrix, undo, and unverified wording."""

from __future__ import annotations

import json

import pytest
from helpers_steps import make_ctx, show_page
from PySide6.QtCore import QModelIndex, Qt

from briefwriter.core.gcm import load_gcm
from briefwriter.core.model import Brief, Priority
from briefwriter.gui.steps.gcm_link import GcmLinkPage
from briefwriter.gui.widgets.gcm_browser import ROLE_KIND, ROLE_REF
from briefwriter.gui.widgets.gcm_matrix import LINKED
from briefwriter.paths import resources_dir


@pytest.fixture
def page(qtbot):
    brief = Brief(priorities=[Priority(title="End child immigration detention"),
                              Priority(title="Firewalls for basic services")])
    ctx = make_ctx(brief)
    widget = GcmLinkPage(ctx)
    show_page(qtbot, widget, 1000, 1100)
    return widget


def visible_rows(page: GcmLinkPage) -> list[tuple[str, str]]:
    """(kind, ref) of every row a person can see (expanded parents only)."""
    tree, model = page.browser.tree, page.browser.model
    out = []
    for r in range(model.rowCount()):
        if tree.isRowHidden(r, QModelIndex()):
            continue
        top = model.item(r, 0)
        out.append((top.data(ROLE_KIND), top.data(ROLE_REF)))
        if tree.isExpanded(top.index()):
            for c in range(top.rowCount()):
                if not tree.isRowHidden(c, top.index()):
                    child = top.child(c, 0)
                    out.append((child.data(ROLE_KIND), child.data(ROLE_REF)))
    return out


def current(page: GcmLinkPage) -> tuple[str, str]:
    index = page.browser.tree.currentIndex().siblingAtColumn(0)
    return index.data(ROLE_KIND), index.data(ROLE_REF)


def test_search_expand_tick_matrix_and_undo(qtbot, page):
    session, browser = page.session, page.browser
    page.priority.setFocus()
    qtbot.keyClick(page.priority, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert browser.search.hasFocus()
    qtbot.keyClicks(browser.search, "detention")
    rows = visible_rows(page)
    assert ("objective", "13") in rows
    assert ("objective", "1") not in rows  # the tree is filtered as you type
    assert browser.match_label.text().startswith("Matches:")
    # The best match is current; Down goes from the search box to the results.
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    assert browser.tree.hasFocus()
    assert current(page) == ("objective", "13")
    objective = browser.tree.currentIndex()
    qtbot.keyClick(browser.tree, Qt.Key.Key_Left)  # collapse, then expand with the keyboard
    assert not browser.tree.isExpanded(objective)
    qtbot.keyClick(browser.tree, Qt.Key.Key_Right)
    assert browser.tree.isExpanded(objective)
    rows = visible_rows(page)
    assert ("commitment", "13") in rows and ("action", "29(c)") in rows
    for _ in range(10):
        qtbot.keyClick(browser.tree, Qt.Key.Key_Down)
        if current(page) == ("action", "29(c)"):
            break
    assert current(page) == ("action", "29(c)")
    assert "GCM para 29(c)" in browser.detail.toPlainText()
    assert "immigration detention" in browser.detail.toPlainText()
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)
    assert session.brief.priorities[0].gcm.actions == ["29(c)"]
    assert session.brief.priorities[1].gcm.is_empty()
    # The matrix shows the link at priority 1 x objective 13 through the action.
    matrix = page.matrix.matrix
    cell = matrix.index(0, 12)
    assert cell.data() == LINKED
    assert "29(c)" in cell.data(Qt.ItemDataRole.AccessibleTextRole)
    assert matrix.index(1, 12).data() == ""
    session.undo_stack.undo()
    assert session.brief.priorities[0].gcm.actions == []
    assert matrix.index(0, 12).data() == ""
    cell_item = browser.model.itemFromIndex(browser.tree.currentIndex().siblingAtColumn(0))
    assert cell_item.checkState() == Qt.CheckState.Unchecked


def test_ticks_follow_the_selected_priority(qtbot, page):
    session, browser = page.session, page.browser
    page.priority.setFocus()
    qtbot.keyClick(page.priority, Qt.Key.Key_Down)
    assert page.current_priority() == 1
    browser.reveal(load_gcm().lookup("31(b)"))
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)
    assert session.brief.priorities[1].gcm.actions == ["31(b)"]
    assert session.brief.priorities[0].gcm.actions == []
    qtbot.keyClick(page.priority, Qt.Key.Key_Up)
    item = browser.model.itemFromIndex(browser.index_of(load_gcm().lookup("31(b)")))
    assert item.checkState() == Qt.CheckState.Unchecked


def test_principles_and_objectives_are_stored_in_their_own_lists(qtbot, page):
    session, browser = page.session, page.browser
    gcm = load_gcm()
    for ref in ("principle h", "objective 13", "principle d"):
        browser.reveal(gcm.lookup(ref))
        qtbot.keyClick(browser.tree, Qt.Key.Key_Space)
    links = session.brief.priorities[0].gcm
    assert links.principles == ["d", "h"]  # in the order of the resolution
    assert links.objectives == [13]
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)  # principle d again: unticks
    assert session.brief.priorities[0].gcm.principles == ["h"]


def test_matrix_space_toggles_the_objective_and_shows_it(qtbot, page):
    session = page.session
    matrix = page.matrix
    matrix.setFocus()
    matrix.setCurrentIndex(matrix.matrix.index(1, 14))  # priority 2, objective 15
    assert page.current_priority() == 1
    assert page.browser.current_item() == load_gcm().objective(15)
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert session.brief.priorities[1].gcm.objectives == [15]
    assert matrix.matrix.index(1, 14).data() == LINKED
    qtbot.keyClick(matrix, Qt.Key.Key_Space)
    assert session.brief.priorities[1].gcm.objectives == []


def test_search_is_accent_and_case_insensitive(qtbot, page):
    browser = page.browser
    qtbot.keyClicks(browser.search, "DÉTENTION")
    assert ("objective", "13") in visible_rows(page)
    browser.search.clear()
    assert ("objective", "1") in visible_rows(page)
    qtbot.keyClicks(browser.search, "children")
    rows = visible_rows(page)
    assert ("principle", "15(h)") in rows  # child-sensitive: inside the expanded group
    assert ("principle", "15(a)") not in rows
    browser.search.clear()
    qtbot.keyClicks(browser.search, "zzzqqq")
    assert browser.match_label.text() == "No match"


def _first_unverified_action() -> tuple[str, bool]:
    data = json.loads((resources_dir() / "gcm.json").read_text(encoding="utf-8"))
    for objective in data["objectives"]:
        for action in objective["actions"]:
            if action["verified"] is False:
                return f"{objective['paragraph']}({action['letter']})", False
    raise AssertionError("gcm.json has no unverified action")


def test_unverified_wording_is_marked_and_described(page):
    ref, _ = _first_unverified_action()
    browser = page.browser
    index = browser.index_of(load_gcm().lookup(ref))
    description = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "July 2018 draft" in description and "A/RES/73/195" in description
    assert "July 2018 draft" in index.data(Qt.ItemDataRole.ToolTipRole)
    mark = index.siblingAtColumn(1).data(Qt.ItemDataRole.DecorationRole)
    assert mark is not None and not mark.isNull()
    # A verified action carries no mark.
    verified = next(a for a in load_gcm().actions() if a.verified)
    vindex = browser.index_of(verified)
    assert vindex.siblingAtColumn(1).data(Qt.ItemDataRole.DecorationRole) is None
    assert "draft" not in (vindex.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
    assert "A/RES/73/195" in browser.legend.text()
    browser.reveal(load_gcm().lookup(ref))
    assert "July 2018 draft" in browser.detail.toPlainText()


def test_without_priorities_the_tree_cannot_tick(qtbot):
    ctx = make_ctx(Brief())
    page = GcmLinkPage(ctx)
    show_page(qtbot, page)
    assert page.add_priority_button.isVisible()
    browser = page.browser
    browser.reveal(load_gcm().objective(8))
    assert not browser.model.itemFromIndex(browser.tree.currentIndex()).isCheckable()
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)
    assert ctx.session.undo_stack.count() == 0
    # A priority added elsewhere makes the page usable at once.
    ctx.session.append_item(("priorities",), Priority(title="Save lives"))
    assert page.current_priority() == 0
    assert not page.add_priority_button.isVisible()
    assert browser.model.itemFromIndex(browser.tree.currentIndex()).isCheckable()


def test_focus_path_selects_priority_and_item(qtbot, page):
    page.session.set_value(("priorities", 1, "gcm", "actions"), ["31(b)", "99(z)"])
    assert page.focus_path(("priorities", 1, "gcm", "actions", 0))
    assert page.current_priority() == 1
    assert current(page) == ("action", "31(b)")
    assert page.browser.tree.hasFocus()
    # An unknown reference still lands on the right priority without an error.
    assert page.focus_path(("priorities", 1, "gcm", "actions", 1))
    assert not page.focus_path(("priorities", 1, "title"))


def test_the_overview_fits_its_width_and_names_the_linked_objectives(qtbot):
    brief = Brief(priorities=[
        Priority(title="End the immigration detention of children, everywhere and for good"),
        Priority(title="Firewalls for basic services")])
    brief.priorities[0].gcm.actions.append("29(c)")  # objective 13, through an action
    brief.priorities[1].gcm.objectives.append(15)
    ctx = make_ctx(brief)
    page = GcmLinkPage(ctx)
    show_page(qtbot, page, 760, 1100)
    matrix = page.matrix
    header = matrix.horizontalHeader()
    model = matrix.model()
    # Numbers across the top (the title on hover), the linked ones in bold.
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 12, 22)] == \
        ["1", "13", "23"]
    tip = model.headerData(12, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("GCM objective 13 (para 29)") and "detention" in tip
    bold = model.headerData(12, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert bold is not None and bold.bold()
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole) is None
    # All 23 columns in view: no sideways scrolling, the priority names take what is left.
    assert header.length() <= matrix.viewport().width()
    assert not matrix.horizontalScrollBar().isVisible()
    assert matrix.verticalHeader().width() >= matrix.fontMetrics().averageCharWidth() * 8
    # The rows all show: the matrix is as tall as its rows.
    last = matrix.visualRect(model.index(1, 0))
    assert last.bottom() <= matrix.viewport().height()
    # The overview names what the bold numbers stand for, and follows the links.
    assert page.linked.text() == "Linked: 13 Alternatives to detention · 15 Access to " \
        "basic services"
    ctx.session.set_value(("priorities", 1, "gcm", "objectives"), [])
    assert page.linked.text() == "Linked: 13 Alternatives to detention"
    bold = model.headerData(14, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert bold is None
