"""What a person sees of the shared widgets: whole step names, list rows cut cleanly, labels
that read right in a right-to-left layout, and names a screen reader says plainly."""

from __future__ import annotations

import pytest
from helpers_steps import make_ctx, show_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefwriter.core.model import Brief, Priority
from briefwriter.gui.navigator import StepNavigator
from briefwriter.gui.style import apply_style
from briefwriter.gui.widgets.forms import bidi_isolate, elide, spoken_label
from briefwriter.gui.widgets.list_editor import ROW_LINES, ListEditor, ListTexts

STEPS = ["Organisation", "Occasion and audience", "Priorities", "Link to the GCM",
         "Engagement aims and asks", "Messages and recommendations", "Evidence and sources"]


@pytest.fixture
def app_style(qapp):
    """The app's own style sheet, as the running app has it; put back afterwards."""
    palette = qapp.palette()
    apply_style(qapp)
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


@pytest.fixture
def right_to_left(qapp):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_long_step_name_wraps_rather_than_being_cut_short(qtbot, app_style):
    nav = StepNavigator()
    nav.set_steps(STEPS)
    show_page(qtbot, nav, 400, 500)
    assert nav.item(5).text() == "6. Messages and recommendations"
    one_line = nav.visualItemRect(nav.item(5)).height()
    wrapped = False
    # Whatever the width, a row fits the list: a row laid out wider than the list has its
    # words cut off ("6. Messages and …") instead of wrapped onto a second line.
    for width in range(400, 150, -6):
        nav.resize(width, 500)
        nav.doItemsLayout()
        for row in range(nav.count()):
            assert nav.visualItemRect(nav.item(row)).width() <= nav.viewport().width(), width
        wrapped = wrapped or nav.visualItemRect(nav.item(5)).height() > one_line
    assert wrapped


def test_long_list_rows_stop_after_a_few_lines_and_keep_the_whole_text_in_a_tooltip(qtbot):
    long = "A very long priority title that goes on " * 6
    ctx = make_ctx(Brief(priorities=[Priority(title="Short"), Priority(title=long)]))
    texts = ListTexts("&Priorities:", "&Add", "&Remove", "Move &up", "Move &down",
                      "None yet.", "priority")
    editor = ListEditor(ctx.session, ("priorities",), texts,
                        item_label=lambda item, i: f"{i + 1}. {item.title}",
                        new_item=Priority, on_select=lambda _i: None)
    show_page(qtbot, editor, 420, 400)
    view = editor.list
    one = view.visualRect(view.model().index(0, 0)).height()
    many = view.visualRect(view.model().index(1, 0)).height()
    line = view.fontMetrics().lineSpacing()
    assert many > one  # wrapped ...
    assert many <= one + line * (ROW_LINES - 1)  # ... but no more than ROW_LINES lines
    assert view.item(1).toolTip() == f"2. {long}"
    assert view.accessibleName() == "Priorities"  # not "Priorities:"


def test_labels_that_start_with_a_number_read_right_to_left_in_a_mirrored_ui(right_to_left):
    assert bidi_isolate("1. End detention") == "\u20681. End detention\u2069"
    nav = StepNavigator()
    nav.set_steps(STEPS[:2])
    assert nav.item(0).text() == "\u20681. Organisation\u2069"
    nav.deleteLater()


def test_left_to_right_labels_are_left_alone():
    assert bidi_isolate("1. End detention") == "1. End detention"


def test_elide_cuts_at_a_word_break_and_flattens_lines():
    assert elide("Short enough", 20) == "Short enough"
    assert elide("Deaths on migration routes are the result of policy choices", 40) == \
        "Deaths on migration routes are the…"
    assert elide("one\ntwo   three", 40) == "one two three"
    assert elide("Supercalifragilisticexpialidocious", 10) == "Supercali…"


def test_spoken_labels_drop_the_mnemonic_and_the_colon():
    assert spoken_label("&Priorities:") == "Priorities"
    assert spoken_label("Search the &Compact: ") == "Search the Compact"
    assert spoken_label("Add your o&wn") == "Add your own"


def test_screen_readers_hear_names_without_colons_or_mnemonic_marks(qtbot):
    from PySide6.QtWidgets import QWidget

    from briefwriter.gui.steps.registry import create_step_pages

    ctx = make_ctx(Brief(priorities=[Priority(title="Save lives")]))
    for page in create_step_pages(ctx):
        qtbot.addWidget(page)
        names = [w.accessibleName() for w in page.findChildren(QWidget) if w.accessibleName()]
        odd = [n for n in names if n.rstrip().endswith(":") or "&" in n.replace("&&", "")]
        assert not odd, (page.step_id, odd)
