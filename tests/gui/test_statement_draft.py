"""The Messages step offers the suggested statement as a draft the author takes and edits."""

from __future__ import annotations

import pytest
from helpers_steps import click, make_ctx, show_page, type_into, undo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefwriter import paths
from briefwriter.core.model import Aim, Ask, Brief, Organisation
from briefwriter.core.statement import compose_statement
from briefwriter.gui.steps.messages import MessagesPage
from briefwriter.gui.widgets.mnemonics import mnemonic_letter
from briefwriter.render.context import build_context
from briefwriter.render.templates import load_pack


def _brief() -> Brief:
    return Brief(
        organisation=Organisation(name="Coalition for Migrant Rights"),
        key_messages=["Deaths at sea are **preventable**.[^1]\n\n[^1]: IOM, 2024."],
        aims=[Aim(ask=Ask(who="The Government of Lebanon", what="end child detention by 2030",
                          by_when="May 2026"))],
    )


@pytest.fixture
def page(qtbot):
    ctx = make_ctx(_brief())
    page = MessagesPage(ctx)
    show_page(qtbot, page, 900, 1400)
    return page


def _statement_context(brief: Brief) -> dict:
    oral = load_pack(paths.templates_dir() / "oral-statement", bundled=True)
    return build_context(brief, brief_dir=None, pack=oral)["statement"]


def test_the_draft_is_taken_as_one_undoable_edit_then_used_as_written(qtbot, page):
    session = page.session
    draft = compose_statement(session.brief)
    assert draft.text == (
        "Thank you, Chair. I speak on behalf of the Coalition for Migrant Rights.\n\n"
        "Deaths at sea are preventable.\n\n"
        "We call on the Government of Lebanon to end child detention by 2030.\n\n"
        "Thank you."
    )
    button = page.use_draft
    assert button.accessibleName() == "Insert the suggested draft"
    assert mnemonic_letter(button.text()) == "i"
    assert button.isEnabled()
    assert draft.words == 33  # 0:15 at 130 words a minute
    assert page.draft_info.text() == "Suggested draft: 33 words, about 0:15"

    # Alt+I, as a person would (the button then animates its click).
    qtbot.keyClick(page, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: session.brief.statement.text == draft.markdown)
    assert page.statement.edit.toPlainText() == draft.markdown
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Insert the suggested statement"
    assert not button.isEnabled()  # the statement already is the draft
    assert QApplication.focusWidget() is page.statement.edit

    # The author edits it; the template prints the author's words, not a new composition.
    page.statement.edit.moveCursor(page.statement.edit.textCursor().MoveOperation.End)
    type_into(qtbot, page.statement.edit, " We will be watching.")
    assert session.brief.statement.text.endswith("Thank you. We will be watching.")
    statement = _statement_context(session.brief)
    assert statement["composed"] is False
    assert "Thank you. We will be watching." in statement["text_html"]
    assert "on behalf of the Coalition for Migrant Rights" in statement["text_html"]
    qtbot.waitUntil(lambda: button.isEnabled())

    # Undo goes back through the typing, then the draft: the statement is empty again and
    # the template composes it.
    while session.undo_stack.canUndo():
        undo(session)
    assert session.brief.statement.text == ""
    assert page.statement.edit.toPlainText() == ""
    assert _statement_context(session.brief)["composed"] is True


def test_the_draft_figures_follow_the_brief(qtbot, page):
    session = page.session
    before = compose_statement(session.brief).words
    session.append_item(("key_messages",), "Families deserve answers.")
    qtbot.waitUntil(lambda: f"Suggested draft: {before + 3} words" in page.draft_info.text())
    # Over its time limit, the draft leaves out the later key message and says so.
    session.set_value(("statement", "time_limit_seconds"), 10)  # 21 words
    qtbot.waitUntil(lambda: "Left out to fit: key message 2." in page.draft_info.text())
    assert "over the time limit of 0:10" in page.draft_info.text()
    assert "Left out to fit" in page.draft_info.accessibleDescription()


def test_nothing_to_take_from_an_empty_brief(qtbot):
    ctx = make_ctx(Brief())
    page = MessagesPage(ctx)
    show_page(qtbot, page)
    assert not page.use_draft.isEnabled()
    assert page.draft_info.text() == "No draft yet: add key messages or asks."
    click(qtbot, page.use_draft)
    assert ctx.session.undo_stack.count() == 0
