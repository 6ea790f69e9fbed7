"""The welcome screen: when it shows, what each of its choices does, that an example opens
as an untitled copy and is never written, and that a screen reader and a keyboard reach it
all."""

from __future__ import annotations

import shutil
import stat

import pytest
from helpers_a11y import Role, nodes, silent_nodes
from helpers_shell import close_later, fake_parts
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser

from briefwriter.core.model import Brief
from briefwriter.core.storage import load_brief, save_brief
from briefwriter.gui import app as app_module
from briefwriter.gui import dialogs, welcome
from briefwriter.gui.mainwindow import MainWindow
from briefwriter.gui.recovery import recovery_dir
from briefwriter.gui.settings import Settings
from briefwriter.gui.welcome import WelcomeDialog
from briefwriter.gui.widgets.mnemonics import mnemonic_letter
from briefwriter.paths import examples_dir

WAIT_MS = 10_000


@pytest.fixture
def restore_direction(qapp):
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setStyleSheet("")


def start(qtbot, request, argv=()):
    """The app started as from the desktop (fake preview and worker), complete."""
    window = app_module.start(QApplication.instance(), list(argv), settings=Settings(),
                              parts=fake_parts())
    close_later(request, window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_built, timeout=WAIT_MS)
    return window


def shown_welcome(window: MainWindow) -> WelcomeDialog | None:
    found = window.findChild(WelcomeDialog)
    return found if found is not None and found.isVisible() else None


def wait_welcome(qtbot, window: MainWindow) -> WelcomeDialog:
    """The welcome screen once it is on screen and has listed what it found."""
    qtbot.waitUntil(lambda: shown_welcome(window) is not None, timeout=WAIT_MS)
    dialog = shown_welcome(window)
    assert dialog is not None
    qtbot.waitUntil(lambda: not jobs_pending(dialog), timeout=WAIT_MS)
    return dialog


def jobs_pending(dialog: WelcomeDialog) -> bool:
    from briefwriter.gui import jobs

    return jobs.busy(dialog)


def settle(qtbot, window: MainWindow) -> None:
    """Let the start-up's last steps (the welcome is offered a turn after ``built``) run."""
    qtbot.wait(50)
    QCoreApplication.processEvents()
    assert window.is_built()


def item_texts(view) -> list[str]:
    return [view.item(row).text() for row in range(view.count())]


@pytest.fixture
def examples_copy(tmp_path, monkeypatch):
    """The bundled examples in a read-only folder, as in an installed app; the welcome
    screen and the file choosers find them there."""
    folder = tmp_path / "installed" / "examples"
    shutil.copytree(examples_dir(), folder)
    monkeypatch.setattr(welcome, "examples_dir", lambda: folder)
    from briefwriter.gui import files

    monkeypatch.setattr(files, "examples_dir", lambda: folder)
    every = [folder, *folder.rglob("*")]
    before = {p: p.read_bytes() for p in every if p.is_file()}
    for path in sorted(every, key=lambda p: len(p.parts), reverse=True):
        path.chmod(stat.S_IRUSR | stat.S_IXUSR if path.is_dir() else stat.S_IRUSR)
    yield folder, before
    for path in every:
        path.chmod(stat.S_IRWXU)


# -- when it shows ----------------------------------------------------------------------------

def test_the_first_start_shows_the_welcome_and_the_second_does_not(qtbot, request, answers):
    window = start(qtbot, request)
    dialog = wait_welcome(qtbot, window)
    assert dialog.windowTitle() == "Welcome to BriefWriter"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert not dialog.at_startup.isChecked()  # shown once unless the person asks for more
    assert dialog.new_button.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert shown_welcome(window) is None
    window.close()

    again = start(qtbot, request)
    settle(qtbot, again)
    assert shown_welcome(again) is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [again]


def test_ticking_show_at_start_up_brings_it_back_next_time(qtbot, request, answers):
    window = start(qtbot, request)
    dialog = wait_welcome(qtbot, window)
    qtbot.keyClick(dialog.at_startup, Qt.Key.Key_Space)
    assert Settings().show_welcome is True
    dialog.close()
    window.close()

    again = start(qtbot, request)
    dialog = wait_welcome(qtbot, again)
    assert dialog.at_startup.isChecked()
    qtbot.keyClick(dialog.at_startup, Qt.Key.Key_Space)  # and off again
    assert Settings().welcome_due() is False


def test_a_file_named_on_the_command_line_skips_the_welcome(qtbot, request, tmp_path,
                                                             answers):
    path = tmp_path / "given.brief.yaml"
    save_brief(Brief(title="Given on the command line"), path)
    window = start(qtbot, request, [str(path)])
    qtbot.waitUntil(lambda: window.session.path == path, timeout=WAIT_MS)
    settle(qtbot, window)
    assert shown_welcome(window) is None
    assert Settings().welcome_due() is True  # still due at the next start without a file


def test_a_recovered_session_skips_the_welcome(qtbot, request, monkeypatch, answers):
    crashed = MainWindow(Settings(), fake_parts())
    crashed.show()
    qtbot.waitExposed(crashed)
    with qtbot.waitSignal(crashed.autosaver.written, timeout=WAIT_MS):
        crashed.session.set_value(("title",), "Words never saved")
        crashed.autosaver.save_now()
    crashed.hide()  # what a crash leaves: no close, no clean-up
    crashed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert list(recovery_dir().glob("*.json"))

    monkeypatch.setattr(dialogs, "ask_recover", lambda parent, orphan: "recover")
    window = start(qtbot, request)
    qtbot.waitUntil(lambda: window.session.brief.title == "Words never saved",
                    timeout=WAIT_MS)
    settle(qtbot, window)
    assert shown_welcome(window) is None


def test_help_welcome_opens_it_again_and_raises_the_one_open(qtbot, window):
    window.welcome_action.trigger()
    dialog = wait_welcome(qtbot, window)
    assert "&Welcome…" in [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    window.welcome_action.trigger()
    assert window.findChildren(WelcomeDialog) == [dialog]
    dialog.close()


# -- its choices --------------------------------------------------------------------------------

def test_start_a_new_brief_keeps_the_untouched_brief_and_puts_the_cursor_in_step_one(
        qtbot, window):
    window.go_to_step(3)
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    brief = window.session.brief
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert shown_welcome(window) is None
    assert window.session.brief is brief  # nothing replaced, nothing asked
    assert window.current_step() == 0
    # The field the window gives the keyboard to as it comes back to the front.
    assert window.focusWidget() is window.pages[0].field
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pages[0].field,
                    timeout=WAIT_MS)


def test_start_a_new_brief_over_a_brief_with_work_in_it_is_file_new(qtbot, window, answers):
    window.session.set_value(("title",), "Work in progress")
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    answers.save_answers.append(dialogs.QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert answers.questions == ["Do you want to save the changes to “Untitled brief”?"]
    assert window.session.brief.title == ""
    assert not window.isWindowModified()
    assert window.focusWidget() is window.pages[0].field


def test_start_a_new_brief_cancelled_keeps_the_work(qtbot, window, answers):
    window.session.set_value(("title",), "Work in progress")
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    answers.save_answers.append(dialogs.QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert window.session.brief.title == "Work in progress"
    assert window.isWindowModified()


def test_an_example_opens_as_an_untitled_copy_and_is_never_written(
        qtbot, window, answers, examples_copy, tmp_path, monkeypatch):
    folder, before = examples_copy
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    texts = item_texts(dialog.examples)
    assert len(texts) == len(list(folder.glob("*.brief.yaml")))
    joint = next(row for row, text in enumerate(texts) if text.startswith("Joint civil"))
    assert texts[joint].endswith("\nEnglish · Joint sign-on letter")
    dialog.examples.setCurrentRow(joint)
    example = folder / "imrf-2026-joint-letter.brief.yaml"
    expected = load_brief(example).brief

    with qtbot.waitSignal(window.documents.openedCopy, timeout=WAIT_MS):
        qtbot.keyClick(dialog.examples, Qt.Key.Key_Return)
    assert shown_welcome(window) is None
    assert window.session.path is None
    assert window.session.brief == expected
    assert window.windowTitle() == (f"Copy of the example “{expected.title}”[*] — BriefWriter")
    assert str(example) not in Settings().recent_files  # the example is no brief of theirs

    # Save asks where, starting in the person's folders, never in the examples'.
    suggested: list[str] = []
    saved = tmp_path / "ours" / "joint-letter.brief.yaml"
    saved.parent.mkdir()
    answers.save_paths.append(saved)
    ask = dialogs.get_save_path

    def record(parent, suggestion):
        suggested.append(suggestion)
        return ask(parent, suggestion)

    monkeypatch.setattr(dialogs, "get_save_path", record)
    with qtbot.waitSignal(window.documents.savedTo, timeout=WAIT_MS):
        window.save_action.trigger()
    assert len(suggested) == 1 and not suggested[0].startswith(str(folder))
    assert window.session.path == saved
    assert window.windowTitle() == "joint-letter.brief.yaml[*] — BriefWriter"
    assert load_brief(saved).brief.title == expected.title
    logo = expected.organisation.logo
    if logo:  # the example's logo came along, beside the saved brief
        assert (saved.parent / logo).is_file()
    after = {p: p.read_bytes() for p in [folder, *folder.rglob("*")] if p.is_file()}
    assert after == before


def test_open_a_brief_uses_the_open_dialog_and_a_cancel_keeps_the_welcome(
        qtbot, window, answers, tmp_path):
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    answers.open_paths.append(None)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert shown_welcome(window) is dialog  # cancelled: still there to choose from

    path = tmp_path / "chosen.brief.yaml"
    save_brief(Brief(title="Chosen in the dialog"), path)
    answers.open_paths.append(path)
    with qtbot.waitSignal(window.documents.opened, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert shown_welcome(window) is None
    assert window.session.path == path
    assert window.session.brief.title == "Chosen in the dialog"


def test_the_recent_list_shows_existing_briefs_only_and_opens_one(qtbot, window, tmp_path):
    kept, gone = tmp_path / "kept" / "kept.brief.yaml", tmp_path / "gone.brief.yaml"
    kept.parent.mkdir()
    for path in (gone, kept):
        save_brief(Brief(title=path.stem), path)
        window.settings.add_recent_file(path)
    gone.unlink()
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    assert item_texts(dialog.recent) == [f"kept.brief.yaml\n{kept.parent}"]
    assert dialog.recent.item(0).toolTip() == str(kept)
    assert not dialog.no_recent.isVisible()
    assert Settings().recent_files == [str(kept)]  # the missing one forgotten

    dialog.recent.setFocus()
    with qtbot.waitSignal(window.documents.opened, timeout=WAIT_MS):
        qtbot.keyClick(dialog.recent, Qt.Key.Key_Return)
    assert window.session.path == kept
    assert shown_welcome(window) is None


def test_no_recent_briefs_says_so(qtbot, window):
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    assert not dialog.recent.isVisible()
    assert not dialog.recent_button.isVisible()
    assert dialog.no_recent.isVisible()
    assert not dialog.recent_label.isVisible()  # no heading over nothing
    assert dialog.no_recent.text() == "No recent briefs yet."
    dialog.close()


def test_the_guide_button_opens_the_getting_started_guide(qtbot, window):
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    qtbot.mouseClick(dialog.guide_button, Qt.MouseButton.LeftButton)
    assert shown_welcome(window) is None
    guides = [w for w in QApplication.topLevelWidgets()
              if isinstance(w, QDialog) and w.isVisible()]
    assert len(guides) == 1
    assert "Getting started" in guides[0].findChild(QTextBrowser).toPlainText()
    guides[0].close()


def test_examples_that_cannot_be_read_are_named(qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "examples"
    folder.mkdir()
    shutil.copy(examples_dir() / "imrf-2026-joint-letter.brief.yaml", folder)
    (folder / "broken.brief.yaml").write_text("schema_version: 4\ntitle: [unclosed\n",
                                              encoding="utf-8")
    monkeypatch.setattr(welcome, "examples_dir", lambda: folder)
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    assert dialog.examples.count() == 1
    assert dialog.examples_note.isVisible()
    assert "broken.brief.yaml" in dialog.examples_note.text()
    dialog.close()

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(welcome, "examples_dir", lambda: empty)
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    assert dialog.examples_note.text() == f"No examples were found in {empty}."
    assert not dialog.examples.isVisible()
    assert not dialog.example_button.isEnabled()
    dialog.close()


# -- for everyone ---------------------------------------------------------------------------------

def test_a_screen_reader_hears_every_control_by_name(qtbot, window, tmp_path):
    recent = tmp_path / "recent.brief.yaml"
    save_brief(Brief(title="Recent"), recent)
    window.settings.add_recent_file(recent)
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    assert silent_nodes(dialog) == []
    found = {(node.role, node.name) for node in nodes(dialog)}
    for name in ("Start a new brief", "Open a brief…", "Read the getting-started guide",
                 "Open a copy of the example", "Open the recent brief", "Close"):
        assert (Role.Button, name) in found, name
    assert (Role.CheckBox, "Show this at start-up") in found
    assert (Role.List, "Examples") in found
    assert (Role.List, "Recent briefs") in found
    assert (Role.ListItem, f"recent.brief.yaml, in {tmp_path}") in found
    assert any(role == Role.ListItem and name.startswith("Joint civil society letter")
               and name.endswith(", in English, template Joint sign-on letter")
               for role, name in found)
    iface = QAccessible.queryAccessibleInterface(dialog.new_button)
    assert "steps" in iface.text(QAccessible.Text.Description)
    dialog.close()


def test_every_control_has_an_alt_letter_of_its_own(qtbot, window, tmp_path):
    recent = tmp_path / "recent.brief.yaml"
    save_brief(Brief(title="Recent"), recent)
    window.settings.add_recent_file(recent)
    window.show_welcome()
    dialog = wait_welcome(qtbot, window)
    controls = [dialog.new_button, dialog.open_button, dialog.guide_button,
                dialog.example_button, dialog.recent_button, dialog.at_startup]
    labels = [label for label in dialog.findChildren(welcome.QLabel) if label.buddy()]
    letters = [mnemonic_letter(w.text()) for w in controls + labels]
    assert all(letters) and len(set(letters)) == len(letters), letters

    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert dialog.examples.hasFocus()  # Alt+E: the examples list, by its label
    dialog.close()


def test_right_to_left_the_start_column_is_on_the_right(qtbot, request, restore_direction,
                                                        answers):
    Settings().ui_direction = "rtl"
    window = start(qtbot, request)
    dialog = wait_welcome(qtbot, window)
    assert dialog.isRightToLeft()

    def left(widget) -> int:
        return widget.mapTo(dialog, widget.rect().topLeft()).x()

    assert left(dialog.new_button) > left(dialog.examples)
    dialog.close()
