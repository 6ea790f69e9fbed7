"""The shell's message boxes as a person meets them: Alt+letter on every button, dates
written the way the person's language writes them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from helpers_e2e import ModalAnswer
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from briefwriter.gui import dialogs
from briefwriter.gui.widgets.mnemonics import mnemonic_letter

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _press(qtbot, key, seen: dict):
    def act(box):
        seen["buttons"] = [b.text() for b in box.buttons()]
        qtbot.keyClick(box, key, ALT)
        # A mnemonic "animates" the click: the button fires a moment later.  Without one the
        # box stays, and the failure (raised by ``check``) closes it.
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)

    return ModalAnswer(QMessageBox, act)


@pytest.mark.parametrize(("key", "answer"), [(Qt.Key.Key_D, "discard"),
                                             (Qt.Key.Key_S, "save"),
                                             (Qt.Key.Key_C, "cancel")])
def test_unsaved_changes_answered_with_alt_letters(qtbot, parent, key, answer):
    seen: dict = {}
    reply = _press(qtbot, key, seen)
    assert dialogs.ask_save_changes(parent, "Untitled brief") == answer
    reply.check(qtbot, parent)
    letters = [mnemonic_letter(text) for text in seen["buttons"]]
    assert sorted(letters) == ["c", "d", "s"]


def test_save_as_offer_has_a_letter_on_each_button(qtbot, parent):
    seen: dict = {}
    reply = _press(qtbot, Qt.Key.Key_C, seen)
    assert dialogs.offer_save_as(parent, "Could Not Save", "The file is read-only.") is False
    reply.check(qtbot, parent)
    letters = [mnemonic_letter(text) for text in seen["buttons"]]
    assert all(letters) and len(set(letters)) == len(letters)


def test_letters_of_translated_buttons_are_made_unique(qtbot):
    box = QMessageBox()
    qtbot.addWidget(box)
    for text in ("&Sauver", "&Supprimer", "Annuler"):  # a clash, and one without a letter
        box.addButton(text, QMessageBox.ButtonRole.ActionRole)
    dialogs.give_mnemonics(box)
    texts = [b.text() for b in box.buttons()]
    letters = [mnemonic_letter(t) for t in texts]
    assert all(letters) and len(set(letters)) == 3
    assert [t.replace("&", "") for t in texts] == ["Sauver", "Supprimer", "Annuler"]


@pytest.fixture
def locale():
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def _orphan(moment: datetime):
    return SimpleNamespace(original_path=Path("/briefs/imrf.brief.yaml"), title="IMRF",
                           saved_at=moment)


def test_recovery_dates_are_written_the_ui_languages_way(locale):
    moment = datetime(2026, 12, 4, 14, 12, tzinfo=UTC)
    local = moment.astimezone()
    locale(QLocale.c())  # a system without a language: the window speaks English
    text = dialogs.recovery_text(_orphan(moment))
    assert f"December {local.day}, 2026" in text, text
    assert f"{local.day} 12 2026" not in text
    locale(QLocale("fr"))
    text = dialogs.recovery_text(_orphan(moment))
    assert f"{local.day} décembre 2026" in text, text
    assert f"{local.hour:02d}:12" in text
