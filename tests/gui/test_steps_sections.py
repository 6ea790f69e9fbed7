"""The "Your own sections" step and the publication date, driven from the keyboard."""

from __future__ import annotations

import datetime

from helpers_e2e import go_to
from helpers_shell import fake_parts, new_window
from helpers_steps import make_ctx, show_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from briefwriter.core.model import Brief, Section, new_brief
from briefwriter.gui.steps.occasion import OccasionPage
from briefwriter.gui.steps.registry import create_step_pages
from briefwriter.gui.steps.sections import SectionsPage
from briefwriter.gui.steps.table import step
from briefwriter.gui.widgets.mnemonics import mnemonic_letter

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def alt(qtbot, page: QWidget, label_text: str) -> None:
    """Press Alt and the mnemonic of the label or button reading ``label_text``."""
    found = [w for w in page.findChildren(QWidget)
             if isinstance(w, (QLabel, QAbstractButton))
             and w.text().replace("&", "") == label_text]
    assert len(found) == 1, label_text
    letter = mnemonic_letter(found[0].text())
    assert letter, label_text
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key(ord(letter.upper())), ALT)


def headings_of(brief: Brief) -> list[tuple[str, str, str]]:
    return [(s.heading, s.body, s.after) for s in brief.sections]


def test_sections_are_added_placed_reordered_undone_and_removed_by_keyboard(qtbot):
    ctx = make_ctx(Brief())
    page = SectionsPage(ctx)
    show_page(qtbot, page, 1000, 1000)
    brief = ctx.session.brief
    assert not page.has_content() and page.editor.empty_hint.isVisible()
    assert not page.heading_edit.isEnabled()  # nothing to edit before a section exists

    # The first section: Alt+A adds it and puts the cursor in its heading.
    alt(qtbot, page, "Add section")
    qtbot.waitUntil(page.heading_edit.hasFocus)  # a button pressed by Alt+letter clicks late
    qtbot.keyClicks(page.heading_edit, "What we see in detention")
    qtbot.keyClick(page.heading_edit, Qt.Key.Key_Tab)  # the toolbar is not in the Tab chain
    assert page.body_edit.edit.hasFocus()
    qtbot.keyClicks(page.body_edit.edit, "Nobody told me why I was there.")
    qtbot.keyClick(page.body_edit.edit, Qt.Key.Key_Tab)
    assert page.place.hasFocus()
    assert page.place.currentText() == "At the end"  # a new section goes last
    qtbot.keyClick(page.place, Qt.Key.Key_Home)  # At the start
    qtbot.keyClick(page.place, Qt.Key.Key_Down)
    assert page.place.currentText() == "After the summary"
    assert headings_of(brief) == [
        ("What we see in detention", "Nobody told me why I was there.", "summary")]
    assert page.editor.list.item(0).text() == "1. What we see in detention — After the summary"

    # The second, with the Insert key in the list (reached with Alt+S).
    alt(qtbot, page, "Your sections:")
    assert page.editor.list.hasFocus()
    qtbot.keyClick(page.editor.list, Qt.Key.Key_Insert)
    assert page.heading_edit.hasFocus() and page.editor.list.currentRow() == 1
    qtbot.keyClicks(page.heading_edit, "How we gathered our evidence")
    alt(qtbot, page, "Text:")
    assert page.body_edit.edit.hasFocus()
    qtbot.keyClicks(page.body_edit.edit, "Interviews in 2025.")
    moved = [("How we gathered our evidence", "Interviews in 2025.", "end"),
             ("What we see in detention", "Nobody told me why I was there.", "summary")]

    # Reorder: Alt+Up in the list moves the selected section, and the selection follows it.
    page.editor.list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.editor.list, Qt.Key.Key_Up, ALT)
    assert headings_of(brief) == moved
    assert page.editor.list.currentRow() == 0
    assert page.heading_edit.text() == "How we gathered our evidence"
    assert page.editor.list.item(1).text().startswith("2. What we see in detention")

    # Undo and redo from the keyboard, in a field: the brief's history, not the field's.
    page.heading_edit.setFocus()
    qtbot.keyClick(page.heading_edit, Qt.Key.Key_Z, CTRL)
    assert [h for h, _b, _a in headings_of(brief)] == [
        "What we see in detention", "How we gathered our evidence"]
    assert page.editor.list.currentRow() == 1  # still on the section that moved back
    qtbot.keyClick(page.heading_edit, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert headings_of(brief) == moved
    assert page.editor.list.currentRow() == 0
    ctx.session.undo_stack.undo()
    # The Move up button (Alt+U) does the same.
    page.editor.select(1)
    alt(qtbot, page, "Move up")
    qtbot.waitUntil(lambda: headings_of(brief) == moved)

    # Remove the selected section with the Delete key.
    page.editor.list.setFocus()
    page.editor.select(1)
    qtbot.keyClick(page.editor.list, Qt.Key.Key_Delete)
    assert headings_of(brief) == moved[:1]
    assert page.editor.list.count() == 1 and page.has_content()
    # Undo brings it back where it was, heading, text and place intact.
    ctx.session.undo_stack.undo()
    assert headings_of(brief) == moved


def test_own_headings_show_the_templates_in_the_papers_language(qtbot):
    ctx = make_ctx(Brief())
    page = SectionsPage(ctx)
    show_page(qtbot, page, 1000, 1000)
    fields = page.heading_fields
    assert list(fields) == ["summary", "follow_up", "priorities", "asks", "key_messages",
                            "recommendations", "pledges", "cosignatories"]
    assert fields["summary"].placeholderText() == "Summary"
    assert fields["follow_up"].placeholderText() == "Since the last review"
    assert fields["asks"].placeholderText() == "What we ask"
    assert fields["key_messages"].accessibleName() == "Your heading for the key messages"
    ctx.session.set_value(("language",), "fr", "Language")
    assert fields["summary"].placeholderText() == "Résumé"
    ctx.session.set_value(("language",), "ru", "Language")
    assert fields["summary"].placeholderText() == "Резюме"
    ctx.session.set_value(("language",), "pt", "Language")  # no headings of its own
    assert fields["summary"].placeholderText() == "Summary"
    alt(qtbot, page, "Key messages:")
    assert fields["key_messages"].hasFocus()
    qtbot.keyClicks(fields["key_messages"], "What does our network hope the IMRF will do?")
    assert ctx.session.brief.headings.key_messages == \
        "What does our network hope the IMRF will do?"
    assert page.has_content()
    qtbot.keyClick(fields["key_messages"], Qt.Key.Key_Z, CTRL)
    assert ctx.session.brief.headings.key_messages == ""
    assert not page.has_content()


def test_a_remark_on_a_section_jumps_to_its_text(qtbot):
    window = new_window(qtbot, parts=fake_parts(pages=create_step_pages))
    brief = Brief(title="T", sections=[
        Section(heading="Context", body="The law changed in 2024.", after="summary"),
        Section(heading="What we see in detention", after="priorities")])
    with qtbot.waitSignal(window.checks.updated, timeout=10_000):
        window.session.replace_brief(brief, None)
    review = go_to(qtbot, window, "review")
    rows = [r for r in review.problem_items()
            if tuple(r.data(Qt.ItemDataRole.UserRole + 1)) == ("sections", 1, "body")]
    assert len(rows) == 1
    assert "“What we see in detention” has a heading but no text" in rows[0].text()
    review.problems.setFocus()
    review.problems.setCurrentItem(rows[0])
    qtbot.keyClick(review.problems.viewport(), Qt.Key.Key_Return)
    page = window.stack.currentWidget()
    assert isinstance(page, SectionsPage)
    qtbot.waitUntil(page.body_edit.edit.hasFocus)
    assert page.editor.list.currentRow() == 1
    assert page.heading_edit.text() == "What we see in detention"
    # Writing the text clears the remark, and the step.
    qtbot.keyClicks(page.body_edit.edit, "Families held for weeks.")
    qtbot.waitUntil(lambda: not any(p.path[:1] == ("sections",)
                                    for p in window.checks.problems), timeout=10_000)
    assert window.session.brief.sections[1].body == "Families held for weeks."


def test_the_step_owns_sections_and_headings_after_messages():
    sections = step("sections")
    assert sections.owns == (("sections",), ("headings",))
    assert sections.translated_title() == "Your own sections"
    assert ("published",) in step("occasion").owns


# -- the publication date ---------------------------------------------------------------------


def test_publication_date_is_typed_and_checked_as_you_type(qtbot):
    ctx = make_ctx(new_brief(datetime.date(2026, 5, 5)))
    page = OccasionPage(ctx)
    show_page(qtbot, page)
    field = page.published
    assert field.text() == "2026-05-05"  # a new brief is published today
    assert field.accessibleName() == "Publication date"
    assert not page.has_content()  # a date given by the app is not the person's work yet
    alt(qtbot, page, "Published:")
    assert field.hasFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2026-02-30")
    assert "does not exist" in field.accessibleDescription()
    field.selectAll()
    qtbot.keyClicks(field, "2026-05")  # an event may be a month; a publication is a day
    assert "Not a date" in field.accessibleDescription()
    field.selectAll()
    qtbot.keyClicks(field, "2026-06-01")
    assert field.accessibleDescription() == ""
    assert ctx.session.brief.published == "2026-06-01"
    # Emptied: nothing is printed, and the field says so.
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert ctx.session.brief.published == ""
    assert field.placeholderText() == "Not shown on the paper"
    assert field.accessibleDescription() == ""
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)  # the typing in one field is one step
    assert ctx.session.brief.published == "2026-05-05" and field.text() == "2026-05-05"
    assert page.focus_path(("published",)) and field.hasFocus()


def test_an_older_brief_without_a_date_shows_the_placeholder(qtbot):
    ctx = make_ctx(Brief())  # as a version-2 file opens: no date
    page = OccasionPage(ctx)
    show_page(qtbot, page)
    assert page.published.text() == ""
    assert page.published.placeholderText() == "Not shown on the paper"
