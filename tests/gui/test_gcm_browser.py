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
    """(kind, ref) of every row a person can see (under expanded parents only), in order."""
    tree, model = page.browser.tree, page.browser.model
    out = []

    def walk(parent) -> None:
        index = parent.index() if parent is not model.invisibleRootItem() else QModelIndex()
        for r in range(parent.rowCount()):
            if tree.isRowHidden(r, index):
                continue
            child = parent.child(r, 0)
            out.append((child.data(ROLE_KIND), child.data(ROLE_REF)))
            if tree.isExpanded(child.index()):
                walk(child)

    walk(model.invisibleRootItem())
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


def test_the_tree_shows_the_parts_of_the_compact_in_order(page):
    rows = visible_rows(page)
    parts = [ref for kind, ref in rows if kind == "part"]
    assert parts == ["preamble", "principles", "framework", "objectives", "implementation",
                     "follow_up"]
    model = page.browser.model
    titles = [model.item(r, 0).text() for r in range(model.rowCount())]
    assert titles[0] == "Preamble and vision (paras 1–14)"
    assert titles[-1] == "Follow-up and review (paras 48–54)"
    # The objectives are open at first, as before; the other parts are closed.
    assert ("objective", "1") in rows and ("paragraph", "para 49") not in rows


def test_search_ticks_and_unticks_para_49_and_its_sub_items(qtbot, page):
    session, browser = page.session, page.browser
    qtbot.keyClicks(browser.search, "review forum")
    rows = visible_rows(page)
    assert ("part", "follow_up") in rows and ("paragraph", "para 49") in rows
    assert ("subitem", "49(c)") in rows
    assert ("objective", "1") not in rows and ("part", "preamble") not in rows
    qtbot.keyClick(browser.search, Qt.Key.Key_Down)
    for _ in range(10):
        if current(page) == ("paragraph", "para 49"):
            break
        qtbot.keyClick(browser.tree, Qt.Key.Key_Up)
    assert current(page) == ("paragraph", "para 49")
    assert "GCM para 49" in browser.detail.toPlainText()
    assert "Follow-up and review" in browser.detail.toPlainText()
    assert "every four years beginning in 2022" in browser.detail.toPlainText()
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)
    assert session.brief.priorities[0].gcm.actions == ["para 49"]
    browser.reveal(load_gcm().lookup("49(c)"))
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)
    browser.reveal(load_gcm().lookup("29(c)"))
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)
    # Stored with the actions, in the order of the resolution.
    assert session.brief.priorities[0].gcm.actions == ["29(c)", "para 49", "49(c)"]
    cell = browser.model.itemFromIndex(browser.index_of(load_gcm().paragraph(49)))
    assert cell.checkState() == Qt.CheckState.Checked
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.brief.priorities[0].gcm.actions == ["para 49"]
    browser.reveal(load_gcm().paragraph(49))
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)
    assert session.brief.priorities[0].gcm.actions == []
    assert cell.checkState() == Qt.CheckState.Unchecked


def test_paragraphs_without_text_say_so_plainly(qtbot, page):
    browser, gcm = page.browser, load_gcm()
    index = browser.index_of(gcm.paragraph(53))
    assert index.data() == "53. Text not included"
    description = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description == ("GCM para 53. Text not included — see A/RES/73/195, para 53. It "
                           "can still be cited.")
    mark = index.siblingAtColumn(1).data(Qt.ItemDataRole.DecorationRole)
    assert mark is not None and not mark.isNull()
    partial = browser.index_of(gcm.paragraph(45))
    assert partial.data().endswith("(partial text)")
    assert "Only part of the text is included" in partial.data(
        Qt.ItemDataRole.AccessibleDescriptionRole)
    browser.reveal(gcm.paragraph(53))
    assert "Text not included — see A/RES/73/195, para 53" in browser.detail.toPlainText()
    qtbot.keyClick(browser.tree, Qt.Key.Key_Space)  # still tickable: it can be cited
    assert page.session.brief.priorities[0].gcm.actions == ["para 53"]
    # The deepest sub-items are in the tree too.
    assert browser.index_of(gcm.lookup("43(b)(ii)")).data() == (
        "(ii) Complementing other funding sources;")


def test_focus_path_reaches_a_sub_item_inside_a_closed_part(qtbot, page):
    page.session.set_value(("priorities", 1, "gcm", "actions"), ["43(b)(ii)"])
    assert page.focus_path(("priorities", 1, "gcm", "actions", 0))
    assert current(page) == ("subitem", "43(b)(ii)")
    assert ("subitem", "43(b)(ii)") in visible_rows(page)
    cell = page.browser.model.itemFromIndex(page.browser.tree.currentIndex())
    assert cell.checkState() == Qt.CheckState.Checked
