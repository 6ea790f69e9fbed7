"""Alt+letter reaches one control only: on every step page, in the window with its menus,
Back/Next buttons and preview, and in any language the labels are written in."""

from __future__ import annotations

import pytest
from helpers_shell import fake_parts, new_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from briefwriter.core.storage import load_brief
from briefwriter.gui.steps.registry import create_step_pages
from briefwriter.gui.steps.table import STEP_ORDER
from briefwriter.gui.widgets.mnemonics import (
    mnemonic_letter,
    resolve_mnemonics,
    window_letters,
    with_free_mnemonic,
)
from briefwriter.paths import examples_dir


def test_letters_are_read_like_qt_does():
    assert mnemonic_letter("Move do&wn") == "w"
    assert mnemonic_letter("&Aims:") == "a"
    assert mnemonic_letter("Save && close") == ""  # "&&" is an ampersand, not a mnemonic
    assert mnemonic_letter("R&&D &budget") == "b"


def test_a_taken_letter_moves_to_a_word_start_then_any_letter():
    assert with_free_mnemonic("&Remove", {"r"}) == "R&emove"  # no other word: next letter
    assert with_free_mnemonic("Move &up", {"u"}) == "&Move up"
    assert with_free_mnemonic("Move &up", {"u", "m"}) == "M&ove up"
    assert with_free_mnemonic("&Pledge:", {"p"}) == "P&ledge:"
    assert with_free_mnemonic("R&&D &budget", {"b"}) == "&R&&D budget"
    assert with_free_mnemonic("&Free", {"x"}) == "&Free"  # not taken: left alone
    assert with_free_mnemonic("&ab", {"a", "b"}) == "&ab"  # nowhere to go: left alone


def _letters_on(page: QWidget) -> list[tuple[str, str]]:
    controls = [w for w in page.findChildren(QWidget) if w.isVisibleTo(page) and (
        isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy()))]
    return [(mnemonic_letter(w.text()), w.text()) for w in controls if mnemonic_letter(w.text())]


def test_resolving_keeps_the_top_field_and_moves_the_rest(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    first = QLabel("&Name:", page)
    first.setBuddy(QPushButton("x", page))
    first.move(0, 0)
    second = QPushButton("&New", page)
    second.move(0, 50)
    third = QPushButton("&Edit", page)  # the window's Edit menu has E
    third.move(0, 100)
    page.show()
    resolve_mnemonics(page, {"e"})
    assert first.text() == "&Name:"
    assert second.text() == "Ne&w"
    assert third.text() == "E&dit"
    assert len({letter for letter, _ in _letters_on(page)}) == len(_letters_on(page))


@pytest.fixture
def window(qtbot):
    w = new_window(qtbot, parts=fake_parts(pages=create_step_pages))
    example = examples_dir() / "imrf-2026-migrant-network.brief.yaml"
    w.session.replace_brief(load_brief(example).brief, example)
    return w


def test_every_step_has_letters_of_its_own_in_the_window(qtbot, window):
    for step in STEP_ORDER:
        assert window.show_step(step)
        page = window.stack.currentWidget()
        qtbot.waitUntil(page.isVisible)
        outside = window_letters(window, page)
        assert {"f", "e", "v", "g", "h"} <= outside  # the menus
        letters = _letters_on(page)
        clashes = [text for letter, text in letters if letter in outside]
        assert not clashes, (step, clashes)
        seen: dict[str, str] = {}
        for letter, text in letters:
            assert letter not in seen, (step, seen[letter], text)
            seen[letter] = text


def test_alt_letter_reaches_the_field_not_the_menu(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.show_step("evidence")
    page = window.stack.currentWidget()
    qtbot.waitUntil(page.isVisible)
    label = next(w for w in page.findChildren(QLabel)
                 if w.buddy() is not None and "Fact or finding" in w.text().replace("&", ""))
    letter = mnemonic_letter(label.text())
    assert letter and letter != "f"  # F belongs to the File menu
    qtbot.keyClick(window, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    focused = QApplication.focusWidget()
    assert focused is label.buddy() or label.buddy().isAncestorOf(focused)
    assert QApplication.activePopupWidget() is None  # no menu opened
