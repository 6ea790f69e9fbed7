"""The app as a screen reader meets it: the accessibility tree Qt gives Orca (over AT-SPI),
walked in-process through ``QAccessible`` (see helpers_a11y)."""

from __future__ import annotations

import pytest
from helpers_a11y import report, silent_nodes
from helpers_e2e import SHORT_WAIT_MS, current_page, named, wait_for_fresh_preview
from helpers_render import normalise
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTreeView,
    QWidget,
)

from briefwriter.gui.mainwindow import MainWindow, default_parts
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.table import STEP_ORDER
from briefwriter.gui.widgets.forms import spoken_label
from briefwriter.paths import examples_dir

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"


pytestmark = pytest.mark.usefixtures("previews_in_tmp")


@pytest.fixture
def real_window(qtbot, answers):
    """The real window (pages, preview, render worker) holding the example brief."""
    window = MainWindow(Settings(), default_parts())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    window.resize(1400, 950)
    window.show()
    qtbot.waitExposed(window)
    path = examples_dir() / EXAMPLE
    with qtbot.waitSignal(window.session.reset, timeout=SHORT_WAIT_MS):
        window.open_path(path)
    return window


def _show_each_step(qtbot, window: MainWindow):
    """Yield each step's id with its page on show and every tree in it opened."""
    for index, step_id in enumerate(STEP_ORDER):
        window.go_to_step(index)
        qtbot.waitUntil(lambda step_id=step_id: current_page(window).step_id == step_id,
                        timeout=SHORT_WAIT_MS)
        for tree in current_page(window).findChildren(QTreeView):
            tree.expandAll()
        yield step_id


def test_no_silent_node_anywhere_in_the_window(qtbot, real_window):
    window = real_window
    found = []
    for step_id in _show_each_step(qtbot, window):
        if step_id == "gcm":  # the search box's clear button shows once there is text
            window.preview.show_paper_text(True)
            named(current_page(window), "Search the Compact", QLineEdit).setText("detention")
        found += [f"{step_id}: {node}" for node in silent_nodes(window)]
    assert not found, "\n".join(found)


def test_the_walk_finds_silent_nodes(qtbot):
    """The walk itself: a nameless focusable widget and a scroll area are reported."""
    from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    layout.addWidget(QPushButton())
    layout.addWidget(QScrollArea())
    top.show()
    qtbot.waitExposed(top)
    found = silent_nodes(top)
    assert [node.role for node in found] == [QAccessible.Role.Button, QAccessible.Role.Client], \
        report(found)


def test_page_scroll_area_is_no_tab_stop_yet_follows_the_focus(qtbot, real_window):
    window = real_window
    page = window.pages[STEP_ORDER.index("messages")]
    window.go_to_step(STEP_ORDER.index("messages"))
    assert not page.scroll_area.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.scroll_area
    assert page.scroll_area.isAncestorOf(QApplication.focusWidget())  # the first field
    # Alt+letter on a label far down the page: the page scrolls to its field.
    speaker = named(page, "Speaker", QLineEdit)
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(0)
    assert bar.maximum() > 0
    speaker.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=SHORT_WAIT_MS)
    top = speaker.mapTo(page.scroll_area.viewport(), speaker.rect().topLeft()).y()
    assert 0 <= top < page.scroll_area.viewport().height()


@pytest.mark.parametrize("how", ["select", "toggle"])
def test_navigator_follows_selection_from_assistive_technology(qtbot, window, how):
    nav = window.navigator
    iface = QAccessible.queryAccessibleInterface(nav)
    target = STEP_ORDER.index("aims")
    cell = iface.child(target)
    if how == "select":
        assert iface.selectionInterface().select(cell)
    else:
        cell.actionInterface().doAction("Toggle")
    qtbot.waitUntil(lambda: current_page(window).step_id == "aims", timeout=SHORT_WAIT_MS)
    assert nav.currentRow() == target
    assert [i.row() for i in nav.selectedIndexes()] == [target]
    assert window.step_label.text().startswith(f"Step {target + 1} of")

    # A selection cleared by the screen reader comes back to the page on show.
    iface.selectionInterface().clear()
    qtbot.waitUntil(lambda: [i.row() for i in nav.selectedIndexes()] == [target],
                    timeout=SHORT_WAIT_MS)
    assert current_page(window).step_id == "aims"


#: the visible label without its Alt letter (which the page may move to keep letters unique)
FIELDS_AND_LABELS = [
    ("organisation", "Contact person", "Contact person:"),
    ("aims", "What they should do", "What they should do:"),
    ("aims", "By when", "By when:"),
    ("messages", "Speaker", "Speaker:"),
]


@pytest.mark.parametrize(("step_id", "name", "label_text"), FIELDS_AND_LABELS)
def test_fields_are_labelled_by_their_own_label(qtbot, real_window, step_id, name, label_text):
    window = real_window
    window.go_to_step(STEP_ORDER.index(step_id))
    page = current_page(window)
    field = named(page, name)
    labels = [label for label in page.findChildren(QLabel) if label.buddy() is field]
    assert [label.text().replace("&", "") for label in labels] == [label_text]
    iface = QAccessible.queryAccessibleInterface(field)
    assert iface.text(QAccessible.Text.Name) == spoken_label(label_text) == name
    labelled_by = [other.object() for other, _rel in
                   iface.relations(QAccessible.RelationFlag.Label)]
    assert labelled_by == labels  # the label, and no group box


def test_no_field_is_labelled_by_a_group_box(qtbot, real_window):
    window = real_window
    boxed = []
    for step_id in _show_each_step(qtbot, window):
        for node_widget in current_page(window).findChildren(QWidget):
            if not node_widget.isVisible() or node_widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            iface = QAccessible.queryAccessibleInterface(node_widget)
            for other, _rel in iface.relations(QAccessible.RelationFlag.Label):
                if isinstance(other.object(), QGroupBox):
                    boxed.append(f"{step_id}: {iface.text(QAccessible.Text.Name)!r} "
                                 f"labelled by {other.object().title()!r}")
    assert not boxed, "\n".join(boxed)


def test_named_parts_qt_makes_itself(qtbot, real_window):
    window = real_window
    handles = [window.splitter.handle(i).accessibleName() for i in (1, 2)]
    assert handles == ["Resize the steps and the form", "Resize the form and the preview"]
    window.go_to_step(STEP_ORDER.index("gcm"))
    search = named(current_page(window), "Search the Compact", QLineEdit)
    search.setText("detention")
    iface = QAccessible.queryAccessibleInterface(search)
    buttons = [iface.child(i) for i in range(iface.childCount())]
    assert [b.text(QAccessible.Text.Name) for b in buttons
            if b.role() == QAccessible.Role.Button] == ["Clear search"]
    tree = named(current_page(window), "Global Compact for Migration", QTreeView)
    model = tree.model()
    for row in range(model.rowCount()):  # the parts' rows: both cells say something
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert (index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data()), (row, column)


def test_preview_is_a_picture_of_the_paper_and_its_text_can_be_read(qtbot, real_window):
    window = real_window
    preview = window.preview
    wait_for_fresh_preview(qtbot, window)
    view = QAccessible.queryAccessibleInterface(preview.view)
    assert view.role() == QAccessible.Role.Graphic
    assert view.text(QAccessible.Text.Name) == "Preview of the brief"
    assert "Page 1 of" in view.text(QAccessible.Text.Description)
    assert "choose Paper as text (Ctrl+Shift+T)" in view.text(QAccessible.Text.Description)

    # View ▸ Paper as Text, from the keyboard.
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus, timeout=SHORT_WAIT_MS)
    qtbot.keyClick(window.navigator, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text_view = preview.paper_text
    assert window.paper_text_action.isChecked() and preview.text_action.isChecked()
    assert text_view.isVisible() and not preview.view.isVisible()
    assert text_view.hasFocus()  # ready to read
    qtbot.waitUntil(lambda: "Page 1 of" in text_view.toPlainText(), timeout=SHORT_WAIT_MS)
    brief = window.session.brief
    read = QAccessible.queryAccessibleInterface(text_view)
    assert read.role() == QAccessible.Role.StaticText  # read-only text, with a caret
    assert read.state().focusable and read.textInterface() is not None
    assert read.text(QAccessible.Text.Name) == "Paper as text"
    spoken = normalise(read.textInterface().text(0, read.textInterface().characterCount()))
    assert normalise(brief.title) in spoken
    assert normalise(brief.priorities[0].title) in spoken
    # Line by line, as a screen reader reads with the arrow keys.
    lines = read.textInterface().text(0, read.textInterface().characterCount()).splitlines()
    assert lines[0].startswith("Page 1 of")
    assert read.textInterface().cursorPosition() == 0
    qtbot.keyClick(text_view, Qt.Key.Key_Down)
    qtbot.keyClick(text_view, Qt.Key.Key_Down)
    place = read.textInterface().cursorPosition()
    assert place > len(lines[0])  # the caret moved on by lines

    # A new preview brings its text, and the place being read is kept.
    with qtbot.waitSignal(text_view.textUpdated, timeout=60_000):
        window.session.set_value(("title",), "A new title for the paper as text")
    assert "A new title for the paper as text" in normalise(text_view.toPlainText())
    assert text_view.textCursor().position() == place

    # And back to the pages with the pane's own button.
    qtbot.mouseClick(preview.text_button, Qt.MouseButton.LeftButton)
    assert preview.view.isVisible() and not window.paper_text_action.isChecked()


def test_no_silent_node_in_the_template_gallery(qtbot, real_window):
    from briefwriter.gui.gallery import GalleryDialog

    dialog = GalleryDialog(real_window.ctx, real_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    found = silent_nodes(dialog)
    dialog.close()
    assert not found, report(found)


def test_no_silent_node_in_the_template_workshop(qtbot, real_window):
    from briefwriter.gui.workshop import open_workshop
    from briefwriter.paths import templates_dir

    workshop = open_workshop(real_window.ctx, templates_dir() / "position-paper", real_window)
    qtbot.waitExposed(workshop)
    qtbot.waitUntil(lambda: workshop.file_list.count() > 0, timeout=SHORT_WAIT_MS)
    found = silent_nodes(workshop)
    workshop.close()
    assert not found, report(found)


def test_paper_text_joins_the_lines_the_page_width_broke():
    from briefwriter.gui.paper_text import reflow

    page = ("Summary\n"
            "Four years after the first Forum, people from our\n"
            "communities still die on the Atlantic routes,\n"
            "Member States have not acted. A people-centred and evidence-\n"
            "based approach.\n"
            "Our priorities\n"
            "1 End lethal disregard\r\n"
            "移民在原籍国\n获得保护")
    assert reflow(page).split("\n") == [
        "Summary",
        "Four years after the first Forum, people from our communities still die on the "
        "Atlantic routes, Member States have not acted. A people-centred and evidence-based "
        "approach.",
        "Our priorities",
        "1 End lethal disregard",
        "移民在原籍国",  # no letter case: lines stay as printed
        "获得保护",
    ]
