"""The Edit menu's Cut, Copy, Paste and Select All, and the window's Export PDF shortcut,
from the kinds of field a person types in."""

from __future__ import annotations

import pytest
from helpers_shell import focus
from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from briefwriter.gui.widgets.markdown_editor import MarkdownEditor
from briefwriter.gui.widgets.mnemonics import mnemonic_letter

CTRL = Qt.KeyboardModifier.ControlModifier


class LinuxLineEdit(QLineEdit):
    """A one-line box that takes Ctrl+E for itself (end of line), as it does on Linux desktops
    (the offscreen platform's key bindings do not include it)."""

    def event(self, event):
        if (event.type() == QEvent.Type.ShortcutOverride
                and event.keyCombination() == QKeyCombination(CTRL, Qt.Key.Key_E)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event):
        if event.keyCombination() == QKeyCombination(CTRL, Qt.Key.Key_E):
            self.end(False)
            return
        super().keyPressEvent(event)






def _fields(window):
    """A one-line field, a Markdown editor, a list and a box to type in, on the first page."""
    page = window.stack.currentWidget()
    line = page.field
    assert isinstance(line, QLineEdit)
    markdown = MarkdownEditor(window.session, ("summary",), "Summary", page)
    choice = QComboBox(page)
    choice.addItems(["one", "two"])
    typed = QComboBox(page)
    typed.setEditable(True)
    linux = LinuxLineEdit(page)
    for widget in (markdown, choice, typed, linux):
        page.body.addWidget(widget)
    return {"line": line, "markdown": markdown.edit, "list": choice, "typed": typed,
            "linux": linux}


@pytest.mark.parametrize("kind", ["line", "linux", "markdown", "list", "typed"])
def test_ctrl_e_exports_the_pdf_from_every_field(qtbot, window, kind):
    field = _fields(window)[kind]
    focus(qtbot, field)
    qtbot.keyClicks(field if kind != "typed" else field.lineEdit(), "ab")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, CTRL)
    assert window.exporter.calls == ["pdf"]
    # The field kept what was typed: the key was not taken as "end of line" as well.
    if kind == "linux":
        assert field.text() == "ab"


def test_ctrl_e_in_a_field_of_another_window_is_left_alone(qtbot, window):
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    focus(qtbot, other)
    qtbot.keyClicks(other, "abc")
    other.setCursorPosition(0)
    qtbot.keyClick(other, Qt.Key.Key_E, CTRL)
    assert window.exporter.calls == []


def test_edit_menu_has_cut_copy_paste_and_select_all_with_standard_keys(window):
    texts = [a.text() for a in window.edit_menu.actions() if not a.isSeparator()]
    assert texts == ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Select &All",
                     "Pr&eferences…"]
    letters = [mnemonic_letter(text) for text in texts]
    assert len(set(letters)) == len(letters)  # Alt+E then one letter reaches one item
    key = QKeySequence.StandardKey
    for action, standard in ((window.cut_action, key.Cut), (window.copy_action, key.Copy),
                             (window.paste_action, key.Paste),
                             (window.select_all_action, key.SelectAll)):
        assert action.shortcuts() == QKeySequence.keyBindings(standard)


def test_edit_menu_acts_on_the_focused_field(qtbot, window):
    fields = _fields(window)
    line, markdown = fields["line"], fields["markdown"]
    focus(qtbot, line)
    qtbot.keyClicks(line, "Migrant Network")
    line.setSelection(0, len("Migrant "))
    window.field_commands.update()
    assert window.cut_action.isEnabled() and window.copy_action.isEnabled()
    window.cut_action.trigger()
    assert window.session.brief.organisation.name == "Network"
    assert QApplication.clipboard().text() == "Migrant "
    focus(qtbot, markdown)
    assert not window.cut_action.isEnabled()  # nothing selected in the new field
    assert window.paste_action.isEnabled()
    window.paste_action.trigger()
    assert window.session.brief.summary == "Migrant "
    window.select_all_action.trigger()
    assert markdown.textCursor().selectedText() == "Migrant "
    assert window.copy_action.isEnabled()


def test_clipboard_actions_are_off_where_there_is_no_text(qtbot, window):
    fields = _fields(window)
    focus(qtbot, fields["list"])
    for action in (window.cut_action, window.copy_action, window.paste_action,
                   window.select_all_action):
        assert not action.isEnabled()
    window.navigator.setFocus()
    qtbot.waitUntil(window.navigator.hasFocus)
    assert not window.select_all_action.isEnabled()
