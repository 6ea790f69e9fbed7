"""Adding BriefWriter to the applications menu without a terminal: the welcome screen's offer
and Help ▸ Add to / Remove from the Applications Menu, with the desktop's data folder and
the cache tools of the test's own."""

from __future__ import annotations

import sys

import pytest
from helpers_a11y import Role, nodes, silent_nodes
from PySide6.QtWidgets import QLabel

from briefwriter import desktop
from briefwriter.gui import jobs
from briefwriter.gui.widgets.mnemonics import mnemonic_letter
from briefwriter.gui.window_actions import unique_letters

WAIT_MS = 10_000
ENTRY = "applications/briefwriter.desktop"


@pytest.fixture
def linux(tmp_path, monkeypatch):
    """A Linux desktop whose data folder is empty; no cache tool is installed."""
    monkeypatch.setattr(sys, "platform", "linux")
    tools = tmp_path / "tools"
    tools.mkdir()
    monkeypatch.setenv("PATH", str(tools))
    return tmp_path / "share"


def welcome_with_offer(qtbot, window):
    from briefwriter.gui.welcome import WelcomeDialog

    window.show_welcome()
    dialog = window.findChild(WelcomeDialog)
    qtbot.waitUntil(lambda: not jobs.busy(dialog) and not jobs.busy(dialog.desktop_offer),
                    timeout=WAIT_MS)
    return dialog


def exec_line(home) -> str:
    text = (home / ENTRY).read_text("utf-8")
    return next(line for line in text.splitlines() if line.startswith("Exec="))


def test_the_welcome_offers_it_and_the_button_adds_this_launcher(qtbot, window, linux):
    dialog = welcome_with_offer(qtbot, window)
    offer = dialog.desktop_offer
    assert offer.isVisible() and offer.button.isVisible()
    assert offer.button.text().replace("&", "") == "Add BriefWriter to the Applications Menu"
    assert "double-clicking a brief opens it" in offer.explanation.text()

    offer.button.click()
    qtbot.waitUntil(lambda: not offer.button.isVisible(), timeout=WAIT_MS)
    assert (linux / ENTRY).is_file()
    assert (linux / "mime/packages/briefwriter.xml").is_file()
    assert exec_line(linux) == "Exec=" + " ".join(desktop.launcher()) + " %F"
    assert desktop.installed_for()
    assert offer.status.isVisible()
    assert offer.status.text().startswith("BriefWriter is now in your applications menu")
    assert "a new login" in offer.status.text()  # no cache tool ran
    dialog.close()


def test_already_added_for_this_launcher_there_is_no_offer(qtbot, window, linux):
    desktop.install()
    dialog = welcome_with_offer(qtbot, window)
    assert not dialog.desktop_offer.isVisible()
    dialog.close()


def test_added_by_another_copy_the_offer_stays(qtbot, window, linux, tmp_path):
    desktop.install([str(tmp_path / "old copy" / "briefwriter")])
    dialog = welcome_with_offer(qtbot, window)
    assert dialog.desktop_offer.isVisible()
    dialog.close()


def test_a_failure_is_said_in_plain_words_and_the_button_stays(qtbot, window, linux):
    (linux / "applications").write_text("a file where a folder should be", "utf-8")
    dialog = welcome_with_offer(qtbot, window)
    offer = dialog.desktop_offer
    offer.button.click()
    qtbot.waitUntil(lambda: offer.button.isEnabled(), timeout=WAIT_MS)
    assert offer.button.isVisible()
    assert offer.status.text().startswith("BriefWriter could not be added to the "
                                          "applications menu: ")
    assert offer.status.text().endswith(f"{linux / 'applications'}: File exists.")
    dialog.close()


def test_elsewhere_neither_the_offer_nor_the_help_actions_show(qtbot, window, monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    window.menuBar().actions()[-1].menu().aboutToShow.emit()  # Help opened
    assert not window.add_to_menu_action.isVisible()
    assert not window.remove_from_menu_action.isVisible()
    dialog = welcome_with_offer(qtbot, window)
    assert not dialog.desktop_offer.isVisible()
    dialog.close()


def test_help_adds_and_removes_and_enables_after_the_state(qtbot, window, linux, answers):
    add, remove = window.add_to_menu_action, window.remove_from_menu_action
    desktop.install([str(linux.parent / "old copy" / "briefwriter")])
    window.menuBar().actions()[-1].menu().aboutToShow.emit()  # Help opened
    qtbot.waitUntil(lambda: not jobs.busy(window), timeout=WAIT_MS)
    assert add.isEnabled() and remove.isEnabled()  # another copy's entry: either
    desktop.uninstall()
    window.menuBar().actions()[-1].menu().aboutToShow.emit()
    qtbot.waitUntil(lambda: not jobs.busy(window), timeout=WAIT_MS)
    assert add.isVisible() and add.isEnabled() and not remove.isEnabled()
    help_texts = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert add.text() in help_texts and remove.text() in help_texts

    add.trigger()
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not jobs.busy(window), timeout=WAIT_MS)
    assert (linux / ENTRY).is_file()
    assert answers.infos[-1].startswith("BriefWriter is now in your applications menu")
    assert not add.isEnabled() and remove.isEnabled()

    remove.trigger()
    qtbot.waitUntil(lambda: len(answers.infos) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not jobs.busy(window), timeout=WAIT_MS)
    assert not (linux / ENTRY).exists()
    assert not desktop.manifest_path().exists()
    assert answers.infos[-1].startswith("BriefWriter is no longer in your applications menu")
    assert add.isEnabled() and not remove.isEnabled()


def test_help_add_failing_is_a_warning_naming_the_cause(qtbot, window, linux, answers):
    (linux / "applications").write_text("a file where a folder should be", "utf-8")
    window.add_to_menu_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=WAIT_MS)
    assert answers.warnings[-1] == f"{linux / 'applications'}: File exists."
    assert answers.infos == []


def test_the_offer_is_named_for_a_screen_reader_and_has_a_letter_of_its_own(
        qtbot, window, linux):
    dialog = welcome_with_offer(qtbot, window)
    assert silent_nodes(dialog) == []
    found = {(node.role, node.name) for node in nodes(dialog)}
    assert (Role.Button, "Add BriefWriter to the Applications Menu") in found
    buttons = [dialog.new_button, dialog.open_button, dialog.guide_button,
               dialog.example_button, dialog.at_startup, dialog.desktop_offer.button]
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy()
              and label.isVisible()]
    letters = [mnemonic_letter(w.text()) for w in buttons + labels]
    assert all(letters) and len(set(letters)) == len(letters), letters
    dialog.close()


def test_the_help_menu_keeps_one_letter_per_item(window):
    menu = window.menuBar().actions()[-1].menu()
    unique_letters(menu)
    letters = [mnemonic_letter(a.text()) for a in menu.actions() if a.text()]
    assert len(set(letters)) == len(letters), letters
