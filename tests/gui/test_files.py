"""Opening and saving through the window: dialogs, background I/O, errors, recent files, drops."""

from __future__ import annotations

import errno
import os

import pytest
from helpers_shell import new_window
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from briefwriter.core import storage
from briefwriter.core.model import SCHEMA_VERSION, Brief, Organisation
from briefwriter.core.storage import load_brief, save_brief
from briefwriter.gui import dialogs

SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel




@pytest.fixture
def window(qtbot, answers):
    return new_window(qtbot)


def type_into_first_page(qtbot, window, text: str) -> None:
    window.go_to_step(0)
    field = window.pages[0].field
    field.setFocus()
    qtbot.keyClicks(field, text)


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    window.activateWindow()
    qtbot.keyClick(window, key, modifiers)


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.documents.files.is_busy(), timeout=5000)


def saved_brief(path) -> Brief:
    return load_brief(path).brief


def write_brief(path, **fields) -> None:
    save_brief(Brief(**fields), path, keep_backup=False)


def test_ctrl_s_on_a_new_brief_asks_where_then_saves(qtbot, window, answers, tmp_path):
    type_into_first_page(qtbot, window, "Migrant Voices")
    target = tmp_path / "position.brief.yaml"
    answers.save_paths.append(target)
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        press(qtbot, window, Qt.Key.Key_S)

    assert saved_brief(target).organisation.name == "Migrant Voices"
    assert window.windowTitle() == "position.brief.yaml[*] — BriefWriter"
    assert not window.isWindowModified()
    assert window.settings.recent_files[0] == str(target)
    assert answers.warnings == []


def test_save_again_writes_the_same_file_and_keeps_a_backup(qtbot, window, answers, tmp_path):
    target = tmp_path / "p.brief.yaml"
    answers.save_paths.append(target)
    type_into_first_page(qtbot, window, "One")
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        window.save_action.trigger()
    qtbot.keyClicks(window.pages[0].field, " two")
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        window.save_action.trigger()  # no dialog this time: answers.save_paths is empty
    assert saved_brief(target).organisation.name == "One two"
    assert load_brief(target.with_name("p.brief.yaml.bak")).brief.organisation.name == "One"


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
       b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01"
       b"\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")


def test_first_save_and_save_as_take_the_logo_along(qtbot, window, answers, tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    (downloads / "logo.png").write_bytes(PNG)
    # Chosen before the brief had a folder (as the logo field does).
    window.session.choose_folder(downloads)
    window.session.set_value(("organisation", "logo"), "logo.png")
    first = tmp_path / "first" / "paper.brief.yaml"
    first.parent.mkdir()
    answers.save_paths.append(first)
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        window.save_action.trigger()
    assert saved_brief(first).organisation.logo == "logo.png"
    assert (first.parent / "logo.png").read_bytes() == PNG
    assert not window.isWindowModified()
    # Save As into another folder: the logo follows, beside a different logo.png there.
    second = tmp_path / "second" / "paper.brief.yaml"
    second.parent.mkdir()
    (second.parent / "logo.png").write_bytes(b"another picture")
    answers.save_paths.append(second)
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        window.save_as_action.trigger()
    assert saved_brief(second).organisation.logo == "logo-2.png"
    assert (second.parent / "logo-2.png").read_bytes() == PNG
    assert (second.parent / "logo.png").read_bytes() == b"another picture"
    assert saved_brief(first).organisation.logo == "logo.png"  # the first file is as it was
    assert answers.warnings == []


def test_save_as_writes_a_new_file_and_leaves_the_old_one(qtbot, window, answers, tmp_path):
    first = tmp_path / "first.brief.yaml"
    write_brief(first, title="Kept as it was")
    before = first.read_bytes()
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        window.documents.open_path(first)
    window.session.set_value(("title",), "A new version")
    answers.save_paths.append(tmp_path / "second")  # no suffix: .brief.yaml is added
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        press(qtbot, window, Qt.Key.Key_S,
              Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    second = tmp_path / "second.brief.yaml"
    assert saved_brief(second).title == "A new version"
    assert first.read_bytes() == before
    assert window.windowTitle().startswith("second.brief.yaml")
    assert window.settings.recent_files[:2] == [str(second), str(first)]


def test_cancelled_save_as_writes_nothing(qtbot, window, answers, tmp_path):
    type_into_first_page(qtbot, window, "x")
    answers.save_paths.append(None)
    window.save_as_action.trigger()
    assert not window.documents.is_saving()
    assert window.isWindowModified()
    assert list(tmp_path.glob("*.brief.yaml")) == []


def test_edits_during_a_save_keep_the_window_modified(qtbot, window, answers, tmp_path):
    target = tmp_path / "race.brief.yaml"
    answers.save_paths.append(target)
    window.session.set_value(("title",), "Saved text")
    window.save_action.trigger()
    # The result arrives through the event loop, so this edit lands while the save runs.
    window.session.set_value(("title",), "Typed during the save")
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        pass
    assert saved_brief(target).title == "Saved text"
    assert window.isWindowModified()
    assert window.session.path == target


def test_quick_successive_saves_do_not_race(qtbot, window, answers, tmp_path):
    target = tmp_path / "twice.brief.yaml"
    answers.save_paths.append(target)
    window.session.set_value(("title",), "first")
    window.save_action.trigger()
    wait_idle(qtbot, window)
    for n in range(5):
        window.session.set_value(("title",), f"version {n}")
        window.save_action.trigger()
    wait_idle(qtbot, window)
    assert saved_brief(target).title == "version 4"
    assert not window.isWindowModified()
    assert not list(tmp_path.glob(".*.saving"))


def test_failed_save_says_so_and_keeps_the_text(qtbot, window, answers, tmp_path):
    type_into_first_page(qtbot, window, "Precious words")
    answers.save_paths.append(tmp_path / "no-such-folder" / "x.brief.yaml")
    with qtbot.waitSignal(window.documents.saveFailed, timeout=5000):
        window.save_action.trigger()
    assert len(answers.warnings) == 1
    assert "x.brief.yaml" in answers.warnings[0]
    assert "the folder does not exist" in answers.warnings[0]
    assert "previous version" not in answers.warnings[0]  # a new file has none
    assert window.session.brief.organisation.name == "Precious words"
    assert window.pages[0].field.text() == "Precious words"
    assert window.isWindowModified()
    assert window.session.path is None


# -- files that may not be written ------------------------------------------------------------


@pytest.fixture
def offers(monkeypatch):
    """Answers the "Could not save: Save As… / Cancel" question: the messages it was asked
    with, and the answers to give (True for Save As…)."""
    record = {"messages": [], "answers": []}

    def offer(parent, title, message):
        assert title == "Could Not Save"
        record["messages"].append(message)
        return record["answers"].pop(0)

    monkeypatch.setattr(dialogs, "offer_save_as", offer)
    return record


def opened_read_only(qtbot, window, tmp_path):
    own = tmp_path / "locked.brief.yaml"
    write_brief(own, title="As it was")
    own.chmod(0o444)
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        window.documents.open_path(own)
    window.session.set_value(("title",), "New words")
    return own, own.read_bytes()


def test_saving_over_a_read_only_file_offers_save_as(qtbot, window, answers, offers, tmp_path):
    own, before = opened_read_only(qtbot, window, tmp_path)
    offers["answers"].append(True)
    elsewhere = tmp_path / "copy.brief.yaml"
    answers.save_paths.append(elsewhere)
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        press(qtbot, window, Qt.Key.Key_S)
    assert offers["messages"] == [f"Could not save {own}: the file is read-only. "
                                  "The previous version is unchanged."]
    assert own.read_bytes() == before  # not replaced behind the person's back
    assert saved_brief(elsewhere).title == "New words"
    assert window.session.path == elsewhere and not window.isWindowModified()
    assert answers.warnings == []  # one question, not a question and an error


def test_a_refused_save_cancelled_stays_unsaved(qtbot, window, answers, offers, tmp_path):
    own, before = opened_read_only(qtbot, window, tmp_path)
    offers["answers"].append(False)
    with qtbot.waitSignal(window.documents.saveFailed, timeout=5000):
        window.save_action.trigger()
    assert len(offers["messages"]) == 1
    assert answers.save_paths == [] and answers.warnings == []
    assert own.read_bytes() == before
    assert window.session.path == own and window.isWindowModified()
    assert window.statusBar().currentMessage() == "Not saved."


def test_closing_over_a_read_only_file_saves_elsewhere_then_closes(qtbot, window, answers,
                                                                   offers, tmp_path):
    own, before = opened_read_only(qtbot, window, tmp_path)
    answers.save_answers.append(SAVE)  # "Save the changes?"
    offers["answers"].append(True)  # "Could not save: Save As…?"
    elsewhere = tmp_path / "kept.brief.yaml"
    answers.save_paths.append(elsewhere)
    with qtbot.waitSignal(window.closed, timeout=5000):
        assert not window.close()  # waits for the save
    assert saved_brief(elsewhere).title == "New words"
    assert own.read_bytes() == before
    assert not window.isVisible()


def test_a_failed_save_over_an_existing_file_says_it_is_unchanged(qtbot, window, answers,
                                                                 tmp_path, monkeypatch):
    own = tmp_path / "mine.brief.yaml"
    write_brief(own, title="On disk")
    before = own.read_bytes()
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        window.documents.open_path(own)
    window.session.set_value(("title",), "Changed")

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with qtbot.waitSignal(window.documents.saveFailed, timeout=5000):
        window.save_action.trigger()
    monkeypatch.undo()
    assert answers.warnings == [f"Could not save {own}: the disk is full. "
                                "The previous version is unchanged."]
    assert own.read_bytes() == before


@pytest.mark.parametrize("exists", [True, False], ids=["existing file", "new file"])
def test_an_unexpected_failure_says_whether_there_is_a_previous_version(
        qtbot, window, answers, tmp_path, monkeypatch, exists):
    target = tmp_path / "target.brief.yaml"
    if exists:
        write_brief(target, title="On disk")
    window.session.set_value(("title",), "Changed")

    def broken(brief, path):
        raise TypeError("a bug")

    monkeypatch.setattr(storage, "save_brief", broken)
    answers.save_paths.append(target)
    with qtbot.waitSignal(window.documents.saveFailed, timeout=5000):
        window.save_as_action.trigger()
    expected = f"Could not save {target}: an unexpected problem (TypeError: a bug)."
    if exists:
        expected += " The previous version is unchanged."
    assert answers.warnings == [expected]


def test_the_save_as_offer_by_keyboard(qtbot):
    seen = {}

    def answer(key):
        box = QApplication.activeModalWidget()
        try:
            seen.setdefault("buttons", [b.text() for b in box.buttons()])
            seen.setdefault("text", box.text())
            seen.setdefault("title", box.windowTitle())
            box.activateWindow()
            qtbot.waitUntil(box.isActiveWindow, timeout=3000)
            qtbot.keyClick(box, key)
            qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
        finally:
            if box.isVisible():  # never leave the test hanging on a modal dialog
                box.close()

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))
    assert dialogs.offer_save_as(None, "Could Not Save",
                                 "Could not save x: the file is read-only.") is True
    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Escape))
    assert dialogs.offer_save_as(None, "Could Not Save",
                                 "Could not save x: the file is read-only.") is False
    assert seen["text"] == "Could not save x: the file is read-only."
    assert seen["title"] == "Could Not Save"
    assert sorted(b.replace("&", "") for b in seen["buttons"]) == ["Cancel", "Save As…"]


def test_open_shows_the_brief(qtbot, window, answers, tmp_path):
    source = tmp_path / "from-disk.brief.yaml"
    write_brief(source, title="From disk", organisation=Organisation(name="Diaspora Assoc"))
    answers.open_paths.append(source)
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        press(qtbot, window, Qt.Key.Key_O)
    assert window.pages[0].field.text() == "Diaspora Assoc"
    assert window.windowTitle() == "from-disk.brief.yaml[*] — BriefWriter"
    assert not window.isWindowModified()
    assert window.settings.recent_files[0] == str(source)


def test_broken_file_shows_file_and_line_and_changes_nothing(qtbot, window, answers, tmp_path):
    window.session.set_value(("title",), "My unsaved work")
    broken = tmp_path / "broken.brief.yaml"
    broken.write_text(f"schema_version: {SCHEMA_VERSION}\ntitle: fine\n"
                      "organisation:\n  name: [unclosed\n", encoding="utf-8")
    answers.open_paths.append(broken)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    message = answers.warnings[0]
    assert "broken.brief.yaml" in message
    assert "line " in message
    assert answers.questions == []  # nothing to save or discard: the file did not open
    assert window.session.brief.title == "My unsaved work"
    assert window.isWindowModified()


def test_a_file_that_is_not_a_brief_is_called_that(qtbot, window, answers, tmp_path):
    window.session.set_value(("title",), "My unsaved work")
    manifest = tmp_path / "deployment.yaml"
    manifest.write_text("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n",
                        encoding="utf-8")
    answers.open_paths.append(manifest)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert answers.warnings[0].startswith(f"{manifest} is not a BriefWriter brief: ")
    assert window.session.brief.title == "My unsaved work"


def test_newer_format_is_refused_in_plain_words(qtbot, window, answers, tmp_path):
    newer = tmp_path / "future.brief.yaml"
    text = f"schema_version: {SCHEMA_VERSION + 5}\ntitle: From the future\n"
    newer.write_text(text, encoding="utf-8")
    answers.open_paths.append(newer)
    window.open_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert "newer version of BriefWriter" in answers.warnings[0]
    assert "future.brief.yaml" in answers.warnings[0]
    assert newer.read_text(encoding="utf-8") == text
    assert window.session.path is None


def test_opening_over_unsaved_changes_asks_first(qtbot, window, answers, tmp_path):
    other = tmp_path / "other.brief.yaml"
    write_brief(other, title="Other")
    type_into_first_page(qtbot, window, "Unsaved")

    answers.save_answers.append(CANCEL)
    window.documents.open_path(other)
    qtbot.waitUntil(lambda: bool(answers.questions), timeout=5000)
    assert "Untitled brief" in answers.questions[0]
    assert window.session.brief.organisation.name == "Unsaved"

    answers.save_answers.append(DISCARD)
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        window.documents.open_path(other)
    assert window.session.brief.title == "Other"
    assert not window.isWindowModified()


def test_new_after_discard_is_empty_and_unmodified(qtbot, window, answers):
    type_into_first_page(qtbot, window, "Gone")
    answers.save_answers.append(DISCARD)
    press(qtbot, window, Qt.Key.Key_N)
    assert window.session.brief.organisation.name == ""
    assert window.pages[0].field.text() == ""
    assert not window.isWindowModified()
    assert window.session.undo_stack.count() == 0


def test_recent_files_menu_opens_and_forgets_missing_files(qtbot, window, answers, tmp_path):
    there = tmp_path / "there.brief.yaml"
    gone = tmp_path / "gone.brief.yaml"
    write_brief(there, title="There")
    write_brief(gone, title="Gone")
    window.settings.add_recent_file(gone)
    window.settings.add_recent_file(there)
    gone.unlink()

    window.recent_menu.aboutToShow.emit()
    actions = [a for a in window.recent_menu.actions() if a.text().startswith("&1")]
    assert [a.text() for a in actions] == ["&1 there.brief.yaml"]
    assert window.settings.recent_files == [str(there)]
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        actions[0].trigger()
    assert window.session.brief.title == "There"

    clear = next(a for a in window.recent_menu.actions() if a.text() == "&Clear Menu")
    clear.trigger()
    assert window.settings.recent_files == []


def _drop(target, paths, pos=QPoint(5, 5)):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_brief_on_the_window_opens_it(qtbot, window, tmp_path):
    dropped = tmp_path / "dropped.brief.yaml"
    write_brief(dropped, title="Dropped in")
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        accepted = _drop(window, [dropped])
    assert accepted == (True, True)
    assert window.session.brief.title == "Dropped in"


def test_dropping_a_brief_on_a_text_field_opens_it_not_pastes_it(qtbot, window, tmp_path):
    dropped = tmp_path / "onto-field.brief.yaml"
    write_brief(dropped, title="Onto a field")
    field = window.pages[0].field
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        _drop(field, [dropped])
    assert window.session.brief.title == "Onto a field"
    assert field.text() == ""


def test_other_files_are_not_taken(qtbot, window, tmp_path):
    picture = tmp_path / "logo.png"
    picture.write_bytes(b"\x89PNG")
    accepted = _drop(window, [picture])
    assert accepted == (False, False)
    assert not window.documents.files.is_busy()
