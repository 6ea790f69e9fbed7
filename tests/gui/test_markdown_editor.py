"""The Markdown editor: formatting operations, the toolbar and shortcuts, one undo step each."""

from __future__ import annotations

import pytest
from helpers_e2e import ModalAnswer
from helpers_steps import click, make_ctx, show_page
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QLineEdit, QToolButton

from briefwriter.core.model import Brief
from briefwriter.gui.widgets.markdown_editor import (
    MarkdownEditor,
    bullets,
    footnote,
    link,
    normalise_url,
    wrap,
)

# -- the text operations ---------------------------------------------------------------------


def test_wrap_selection_in_bold_and_unwrap_again():
    text = "Detention is never in the best interests of a child."
    start, end = text.index("never"), text.index("never") + len("never")
    done = wrap(text, start, end, "**")
    assert done.text == "Detention is **never** in the best interests of a child."
    assert done.text[done.start:done.end] == "never"  # the word stays selected
    undone = wrap(done.text, done.start, done.end, "**")
    assert undone.text == text


def test_wrap_without_selection_takes_the_word_under_the_cursor():
    text = "save lives"
    done = wrap(text, 2, 2, "*")
    assert done.text == "*save* lives"


def test_wrap_leaves_spaces_outside_the_markers():
    text = "we ask  States  to act"
    done = wrap(text, text.index("  States"), text.index("  to"), "**")
    assert "**States**" in done.text and "** States" not in done.text


def test_italic_does_not_unwrap_bold():
    text = "**bold**"
    done = wrap(text, 2, 6, "*")
    assert done.text == "***bold***"


def test_wrap_across_lines_wraps_each_line():
    text = "first line\nsecond line"
    done = wrap(text, 0, len(text), "**")
    assert done.text == "**first line**\n**second line**"


def test_link_uses_selection_as_text():
    text = "See the report."
    start = text.index("report")
    done = link(text, start, start + len("report"), "https://example.org/r")
    assert done.text == "See the [report](https://example.org/r)."


def test_normalise_url():
    assert normalise_url("example.org/x") == "https://example.org/x"
    assert normalise_url("info@example.org") == "mailto:info@example.org"
    assert normalise_url("http://example.org") == "http://example.org"


def test_bullets_toggle_on_selected_lines():
    text = "intro\none\ntwo\noutro"
    start, end = text.index("one"), text.index("two") + 3
    done = bullets(text, start, end)
    assert done.text == "intro\n- one\n- two\noutro"
    assert bullets(done.text, done.start, done.end).text == text


def test_footnote_goes_inline_at_the_cursor():
    text = "A fact. More."
    pos = text.index(".")
    done = footnote(text, pos, pos, "UNHCR,\n 2024 [p. 3]")
    assert done.text == "A fact^[UNHCR, 2024 [p. 3]]. More."
    assert done.text[: done.start].endswith("]")  # typing goes on after the note


def test_footnote_with_unbalanced_brackets_is_numbered_after_existing_ones():
    text = "A fact.[^1]\n\n[^1]: Source one."
    pos = text.index(".[^1]")  # before the first sentence's full stop
    done = footnote(text, pos, pos, "see [3")
    assert done.text.startswith("A fact[^2].[^1]")
    assert done.text.endswith("[^1]: Source one.\n\n[^2]: see [3")
    assert done.text[: done.start] == "A fact[^2]"


def test_the_notes_reach_the_rendered_text():
    from briefwriter.render.markdown import markdown_to_html

    inline = footnote("A fact.", 6, 6, "UNHCR [2024], p. 3").text
    numbered = footnote("A fact.", 6, 6, "see [3").text
    assert '<span class="footnote" data-n="1">UNHCR [2024], p. 3</span>' in \
        str(markdown_to_html(inline)[0])
    assert '<span class="footnote" data-n="1">see [3</span>' in str(markdown_to_html(numbered)[0])


# -- the widget ------------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot):
    ctx = make_ctx(Brief(summary="Detention is never in the best interests of a child."))
    widget = MarkdownEditor(ctx.session, ("summary",), "Summary")
    show_page(qtbot, widget, 600, 300)
    return ctx.session, widget


def _select(widget: MarkdownEditor, word: str) -> None:
    text = widget.edit.toPlainText()
    cursor = widget.edit.textCursor()
    cursor.setPosition(text.index(word))
    cursor.setPosition(text.index(word) + len(word), QTextCursor.MoveMode.KeepAnchor)
    widget.edit.setTextCursor(cursor)
    widget.edit.setFocus()


def test_ctrl_b_wraps_selection_and_undo_restores(qtbot, editor):
    session, widget = editor
    _select(widget, "never")
    qtbot.keyClick(widget.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert session.brief.summary == "Detention is **never** in the best interests of a child."
    assert widget.edit.toPlainText() == session.brief.summary
    assert widget.edit.textCursor().selectedText() == "never"
    # Ctrl+Z in the text box undoes the formatting as one step of the brief's history.
    qtbot.keyClick(widget.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.brief.summary == "Detention is never in the best interests of a child."
    assert widget.edit.toPlainText() == session.brief.summary
    session.undo_stack.redo()
    assert "**never**" in widget.edit.toPlainText()


def test_formatting_is_its_own_undo_step_after_typing(qtbot, editor):
    session, widget = editor
    cursor = widget.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    widget.edit.setTextCursor(cursor)
    widget.edit.setFocus()
    qtbot.keyClicks(widget.edit, " Ever")
    _select(widget, "Ever")
    click(qtbot, _button(widget, "bold"))
    assert session.brief.summary.endswith("child. **Ever**")
    session.undo_stack.undo()
    assert session.brief.summary.endswith("child. Ever")  # the typing is still there
    session.undo_stack.undo()
    assert session.brief.summary.endswith("child.")


def _button(widget: MarkdownEditor, name: str) -> QToolButton:
    action = widget.actions_by_name[name]
    for button in widget.findChildren(QToolButton):
        if button.defaultAction() is action:
            return button
    raise AssertionError(f"no button for {name}")


def test_toolbar_buttons_have_accessible_names_and_tooltips(editor):
    _session, widget = editor
    for name in ("bold", "italic", "link", "list", "footnote"):
        button = _button(widget, name)
        assert button.accessibleName()
        assert "Ctrl" in button.toolTip()


def test_link_asks_for_the_address(qtbot, editor, monkeypatch):
    session, widget = editor
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("www.unhcr.org/detention", True))
    _select(widget, "child")
    qtbot.keyClick(widget.edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert session.brief.summary.endswith("[child](https://www.unhcr.org/detention).")


def test_cancelled_link_changes_nothing(qtbot, editor, monkeypatch):
    session, widget = editor
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    before = session.undo_stack.count()
    _select(widget, "child")
    click(qtbot, _button(widget, "link"))
    assert session.brief.summary == "Detention is never in the best interests of a child."
    assert session.undo_stack.count() == before


def test_list_button(qtbot, editor):
    session, widget = editor
    _select(widget, "Detention")
    click(qtbot, _button(widget, "list"))
    assert session.brief.summary.startswith("- Detention")


def _end(widget: MarkdownEditor) -> None:
    cursor = widget.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    widget.edit.setTextCursor(cursor)
    widget.edit.setFocus()


def _type_note(qtbot, text: str, answered: list[str]):
    def act(dialog):
        field = dialog.findChild(QLineEdit)
        answered.append(field.accessibleName())
        assert field.hasFocus()  # the keyboard goes straight to the note
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return ModalAnswer(QInputDialog, act)


def test_footnote_shortcut_asks_for_the_note_and_places_it(qtbot, editor):
    session, widget = editor
    text = widget.edit.toPlainText()
    cursor = widget.edit.textCursor()
    cursor.setPosition(text.index(" in the best"))
    widget.edit.setTextCursor(cursor)
    widget.edit.setFocus()
    before = session.undo_stack.count()
    named: list[str] = []
    answer = _type_note(qtbot, "UNICEF, 2024", named)
    qtbot.keyClick(widget.edit, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    answer.check(qtbot, widget)
    assert named == ["Text of the note"]
    assert session.brief.summary == \
        "Detention is never^[UNICEF, 2024] in the best interests of a child."
    qtbot.keyClicks(widget.edit, " (ever)")  # the cursor is after the note
    assert "^[UNICEF, 2024] (ever) in the best" in session.brief.summary
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.brief.summary == "Detention is never in the best interests of a child."
    assert session.undo_stack.index() == before


def test_footnote_button_cancelled_changes_nothing(qtbot, editor):
    session, widget = editor
    _end(widget)
    before = session.undo_stack.count()
    answer = ModalAnswer(QInputDialog,
                         lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    click(qtbot, _button(widget, "footnote"))
    answer.check(qtbot, widget)
    assert session.brief.summary == "Detention is never in the best interests of a child."
    assert session.undo_stack.count() == before


def test_ctrl_b_toggles_while_typing_as_in_a_word_processor(qtbot):
    ctx = make_ctx(Brief())
    widget = MarkdownEditor(ctx.session, ("summary",), "Summary")
    show_page(qtbot, widget, 600, 300)
    widget.edit.setFocus()
    bold = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClicks(widget.edit, "abc ")
    qtbot.keyClick(widget.edit, Qt.Key.Key_B, bold)
    qtbot.keyClicks(widget.edit, "bold word")
    qtbot.keyClick(widget.edit, Qt.Key.Key_B, bold)
    qtbot.keyClicks(widget.edit, " rest")
    assert ctx.session.brief.summary == "abc **bold word** rest"
    # Italic the same way, and Ctrl+I twice leaves nothing behind.
    qtbot.keyClick(widget.edit, Qt.Key.Key_I, bold)
    qtbot.keyClicks(widget.edit, "x")
    qtbot.keyClick(widget.edit, Qt.Key.Key_I, bold)
    qtbot.keyClick(widget.edit, Qt.Key.Key_I, bold)
    qtbot.keyClick(widget.edit, Qt.Key.Key_I, bold)
    qtbot.keyClicks(widget.edit, ".")
    assert ctx.session.brief.summary == "abc **bold word** rest*x*."


def test_ctrl_b_inside_bold_text_takes_the_bold_off(qtbot, editor):
    session, widget = editor
    _select(widget, "never")
    qtbot.keyClick(widget.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    cursor = widget.edit.textCursor()
    cursor.setPosition(cursor.selectionStart() + 2)  # "ne|ver", no selection
    widget.edit.setTextCursor(cursor)
    qtbot.keyClick(widget.edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert session.brief.summary == "Detention is never in the best interests of a child."


def test_word_count_follows_the_text(qtbot, editor):
    _session, widget = editor
    qtbot.waitUntil(lambda: widget.count_label.text() == "Words: 10")
    cursor = widget.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    widget.edit.setTextCursor(cursor)
    qtbot.keyClicks(widget.edit, " Never.")
    qtbot.waitUntil(lambda: widget.count_label.text() == "Words: 11")


def test_unbound_editor_is_disabled_and_ignores_shortcuts(qtbot):
    ctx = make_ctx(Brief())
    widget = MarkdownEditor(ctx.session, None, "Nothing")
    show_page(qtbot, widget, 400, 200)
    assert not widget.edit.isEnabled()
    widget.make_bold()
    assert ctx.session.undo_stack.count() == 0


def test_word_count_follows_a_new_brief_and_undo(qtbot, editor):
    session, widget = editor
    qtbot.waitUntil(lambda: widget.count_label.text() == "Words: 10")
    session.replace_brief(Brief(summary="Three words here"), None)
    qtbot.waitUntil(lambda: widget.count_label.text() == "Words: 3")
    session.set_value(("summary",), "One two three four five")
    qtbot.waitUntil(lambda: widget.count_label.text() == "Words: 5")
    session.undo_stack.undo()
    qtbot.waitUntil(lambda: widget.count_label.text() == "Words: 3")


def test_an_editor_taken_apart_by_the_collector_lets_its_text_box_events_pass(qtbot):
    """Python's collector clears an editor's attributes before Qt deletes its widgets; the
    text box still gets events then, and the editor's filter must let them pass."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    ctx = make_ctx(Brief())
    widget = MarkdownEditor(ctx.session, ("summary",), "Summary")
    qtbot.addWidget(widget)
    text_box = widget.edit
    del widget.__dict__["edit"]  # as the collector leaves it, mid-way
    event = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_K,
                      Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(text_box, event)  # an exception here fails the test
    assert not hasattr(widget, "edit")
