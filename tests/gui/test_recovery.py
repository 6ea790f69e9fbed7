"""Crash recovery: autosave timing, clean-up, the offer after a crash, and live sessions."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap

from helpers_shell import close_later, fake_parts, new_window
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from briefwriter.core.model import Brief
from briefwriter.core.storage import load_brief, parse_brief_text, save_brief
from briefwriter.gui import dialogs
from briefwriter.gui.mainwindow import MainWindow
from briefwriter.gui.recovery import Autosaver, find_orphans, recovery_dir
from briefwriter.gui.session import Session
from briefwriter.gui.settings import Settings
from briefwriter.gui.widgets.bound import BoundLineEdit


def recovery_files():
    return sorted(recovery_dir().glob("*.json")) if recovery_dir().exists() else []


def wait_written(qtbot, autosaver, trigger=None):
    with qtbot.waitSignal(autosaver.written, timeout=5000) as blocker:
        if trigger is not None:
            trigger()
    return blocker.args[0]


def type_text(qtbot, window, text):
    field = window.pages[0].field
    field.setFocus()
    qtbot.keyClicks(field, text)


def window_to_crash(qtbot):
    """A window the test will drop as a crash would (so not handed to qtbot to close)."""
    window = MainWindow(Settings(), fake_parts())
    window.show()
    qtbot.waitExposed(window)
    return window


def drop_without_closing(window):
    """What a crash leaves: no close event, no clean-up; the window object just goes."""
    window.hide()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_autosave_after_a_pause_holds_path_time_and_brief(qtbot, answers, tmp_path):
    own = tmp_path / "mine.brief.yaml"
    save_brief(Brief(title="On disk"), own, keep_backup=False)
    before = own.read_bytes()
    window = new_window(qtbot)
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        window.documents.open_path(own)
    window.autosaver.set_idle_ms(30)
    file = wait_written(qtbot, window.autosaver, lambda: type_text(qtbot, window, "Typed"))

    record = json.loads(file.read_text(encoding="utf-8"))
    assert record["original_path"] == str(own)
    assert record["saved_at"]
    assert "Typed" in record["brief"]
    assert file.parent == recovery_dir()
    assert own.read_bytes() == before  # the user's own file is never written by autosave


def test_no_more_than_the_max_wait_at_risk_while_typing_goes_on(qtbot):
    session = Session()
    autosaver = Autosaver(session, idle_ms=60_000, max_wait_ms=50)
    timer = QTimer()
    timer.setInterval(5)
    count = iter(range(10_000))
    timer.timeout.connect(lambda: session.set_value(("title",), f"typing {next(count)}",
                                                    merge_key=timer))
    timer.start()
    try:
        with qtbot.waitSignal(autosaver.written, timeout=5000):
            pass  # the idle timer never fires while typing goes on; the max wait does
    finally:
        timer.stop()
    autosaver.close()
    assert not recovery_files()


def recorded_brief(file) -> str:
    return json.loads(file.read_text(encoding="utf-8"))["brief"]


def test_steady_typing_gets_a_copy_every_max_interval(qtbot):
    """Typing that never pauses long enough for the idle timer still gets copies, again and
    again, each holding what was typed since the last."""
    session = Session()
    host = QWidget()
    qtbot.addWidget(host)
    field = BoundLineEdit(session, ("title",), "Title", host)
    autosaver = Autosaver(session, idle_ms=60_000, max_wait_ms=150)
    copies = []
    autosaver.written.connect(lambda file: copies.append(recorded_brief(file)))
    typist = QTimer()
    typist.setInterval(10)
    typist.timeout.connect(lambda: qtbot.keyClick(field, Qt.Key.Key_A))
    typist.start()
    try:
        qtbot.waitUntil(lambda: len(copies) >= 3, timeout=10_000)
    finally:
        typist.stop()
    typed = [parse_brief_text(text).brief.title for text in copies]
    assert all(set(t) == {"a"} for t in typed)
    lengths = [len(t) for t in typed]
    assert all(a < b for a, b in itertools.pairwise(lengths))  # each holds more than the last
    assert autosaver.idle_ms() == 60_000  # so every copy came from the maximum wait
    autosaver.close()


def test_at_most_ten_seconds_of_typing_are_at_risk(qtbot):
    assert Autosaver(Session()).idle_ms() <= 2_000  # a short pause gets a copy ...
    assert Autosaver(Session()).max_wait_ms() <= 10_000  # ... and steady typing one as often
    settings = Settings()
    settings.autosave_seconds = 600  # more than the preferences allow
    window = new_window(qtbot, settings)
    assert window.autosaver.idle_ms() <= 10_000
    assert window.autosaver.max_wait_ms() <= 10_000


def paste_into_first_page(qtbot, window, text):
    """One edit, as a paste is: the case where the first edit alone must start the timer."""
    QApplication.clipboard().setText(text)
    field = window.pages[0].field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_the_first_edit_after_opening_and_after_saving_starts_the_timer(qtbot, answers,
                                                                         tmp_path):
    own = tmp_path / "opened.brief.yaml"
    save_brief(Brief(title="On disk"), own, keep_backup=False)
    window = new_window(qtbot)
    with qtbot.waitSignal(window.documents.opened, timeout=5000):
        window.documents.open_path(own)
    window.autosaver.set_idle_ms(30)
    undo_steps = window.session.undo_stack.count()
    with qtbot.waitSignal(window.autosaver.written, timeout=5000) as blocker:
        paste_into_first_page(qtbot, window, "Pasted after opening")
        assert window.session.undo_stack.count() == undo_steps + 1  # one edit
        assert window.autosaver.pending()
    assert "Pasted after opening" in recorded_brief(blocker.args[0])

    with qtbot.waitSignal(window.autosaver.removed, timeout=5000):
        window.save_action.trigger()
    assert not window.isWindowModified()
    with qtbot.waitSignal(window.autosaver.written, timeout=5000) as blocker:
        paste_into_first_page(qtbot, window, " and after saving")
        assert window.autosaver.pending()
    assert "Pasted after opening and after saving" in recorded_brief(blocker.args[0])


def test_an_edit_then_a_crash_leaves_a_copy_with_that_edit(qtbot, tmp_path):
    own = tmp_path / "paper.brief.yaml"
    save_brief(Brief(title="Saved"), own, keep_backup=False)
    crashed = window_to_crash(qtbot)
    with qtbot.waitSignal(crashed.documents.opened, timeout=5000):
        crashed.documents.open_path(own)
    crashed.autosaver.set_idle_ms(50)
    try:
        paste_into_first_page(qtbot, crashed, "The last thing typed")
        # Once the pause has passed, the copy holds the edit ...
        qtbot.waitUntil(lambda: any("The last thing typed" in recorded_brief(f)
                                    for f in recovery_files()), timeout=5000)
    finally:
        drop_without_closing(crashed)  # ... and a crash now loses nothing.
    [orphan] = find_orphans()
    assert orphan.original_path == own
    assert orphan.load().organisation.name == "The last thing typed"
    orphan.remove()


def test_nothing_is_written_for_an_unmodified_brief(qtbot):
    session = Session()
    autosaver = Autosaver(session, idle_ms=10)
    autosaver.save_now()
    assert not autosaver.pending()
    assert recovery_files() == []
    autosaver.close()


def test_recovery_file_goes_when_saved(qtbot, answers, tmp_path):
    window = new_window(qtbot)
    type_text(qtbot, window, "Work")
    file = wait_written(qtbot, window.autosaver, window.autosaver.save_now)
    answers.save_paths.append(tmp_path / "saved.brief.yaml")
    with qtbot.waitSignal(window.autosaver.removed, timeout=5000):
        window.save_action.trigger()
    assert not file.exists()


def test_recovery_file_goes_when_undone_to_the_saved_state(qtbot):
    window = new_window(qtbot)
    type_text(qtbot, window, "Oops")
    file = wait_written(qtbot, window.autosaver, window.autosaver.save_now)
    with qtbot.waitSignal(window.autosaver.removed, timeout=5000):
        window.undo_action.trigger()
    assert not file.exists()


def test_clean_close_leaves_no_recovery_file_and_no_lock(qtbot, answers):
    window = new_window(qtbot)
    type_text(qtbot, window, "Bye")
    wait_written(qtbot, window.autosaver, window.autosaver.save_now)
    answers.save_answers.append(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert list(recovery_dir().iterdir()) == []


def test_crash_then_recover(qtbot, request, answers, monkeypatch, tmp_path):
    own = tmp_path / "paper.brief.yaml"
    save_brief(Brief(title="Last saved title"), own, keep_backup=False)
    before = own.read_bytes()

    crashed = window_to_crash(qtbot)
    with qtbot.waitSignal(crashed.documents.opened, timeout=5000):
        crashed.documents.open_path(own)
    crashed.session.set_value(("title",), "Words written after the last save")
    type_text(qtbot, crashed, "Migrant Voices")
    wait_written(qtbot, crashed.autosaver, crashed.autosaver.save_now)
    drop_without_closing(crashed)
    [left_behind] = recovery_files()

    offers = []
    monkeypatch.setattr(dialogs, "ask_recover",
                        lambda parent, orphan: offers.append(orphan) or "recover")
    window = new_window(qtbot)
    with qtbot.waitSignal(window.autosaver.written, timeout=5000):
        assert window.offer_recovery() == 1

    assert [o.original_path for o in offers] == [own]
    assert offers[0].title == "Words written after the last save"
    assert window.session.brief.title == "Words written after the last save"
    assert window.pages[0].field.text() == "Migrant Voices"
    assert window.isWindowModified()
    assert window.windowTitle() == "paper.brief.yaml[*] — BriefWriter"
    assert window.session.path == own
    assert own.read_bytes() == before  # only an explicit save writes the user's file
    qtbot.waitUntil(lambda: not left_behind.exists(), timeout=5000)
    assert recovery_files() == [window.autosaver.file]  # the work is covered again

    # Saving now is the person's choice, and writes their file.
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        window.save_action.trigger()
    assert load_brief(own).brief.title == "Words written after the last save"
    qtbot.waitUntil(lambda: recovery_files() == [], timeout=5000)
    assert close_later(request, window)


def test_discard_deletes_the_copy_and_later_keeps_it(qtbot, monkeypatch):
    for title in ("Keep me for later", "Throw me away"):
        crashed = window_to_crash(qtbot)
        crashed.session.set_value(("title",), title)
        wait_written(qtbot, crashed.autosaver, crashed.autosaver.save_now)
        drop_without_closing(crashed)
    assert len(recovery_files()) == 2

    choice = {"Keep me for later": "later", "Throw me away": "discard"}
    monkeypatch.setattr(dialogs, "ask_recover", lambda parent, orphan: choice[orphan.title])
    window = new_window(qtbot)
    assert window.offer_recovery() == 0
    assert window.session.brief.title == ""
    assert not window.isWindowModified()
    [kept] = find_orphans()
    assert kept.title == "Keep me for later"
    kept.release()


def test_a_live_session_is_never_offered(qtbot, monkeypatch):
    alive = new_window(qtbot)
    alive.session.set_value(("title",), "Still being edited")
    wait_written(qtbot, alive.autosaver, alive.autosaver.save_now)
    asked = []
    monkeypatch.setattr(dialogs, "ask_recover", lambda parent, orphan: asked.append(orphan))
    other = new_window(qtbot)
    assert other.offer_recovery() == 0
    assert asked == []
    assert alive.autosaver.file.exists()


def test_two_recovered_briefs_open_in_two_windows(qtbot, request, monkeypatch):
    for title in ("First lost brief", "Second lost brief"):
        crashed = window_to_crash(qtbot)
        crashed.session.set_value(("title",), title)
        wait_written(qtbot, crashed.autosaver, crashed.autosaver.save_now)
        drop_without_closing(crashed)
    monkeypatch.setattr(dialogs, "ask_recover", lambda parent, orphan: "recover")
    window = new_window(qtbot)
    assert window.offer_recovery() == 2
    for extra in window.group.windows:
        if extra is not window:
            close_later(request, extra)
    titles = sorted(w.session.brief.title for w in window.group.windows)
    assert titles == ["First lost brief", "Second lost brief"]
    assert all(w.session.is_modified() for w in window.group.windows)


def test_damaged_recovery_file_is_set_aside_not_offered(qtbot):
    recovery_dir().mkdir(parents=True)
    bad = recovery_dir() / "0123.json"
    bad.write_text("{ this is not json", encoding="utf-8")
    assert find_orphans() == []
    assert not bad.exists()
    assert (recovery_dir() / "0123.damaged").read_text(encoding="utf-8") == \
        "{ this is not json"


def test_a_real_crash_in_another_process_is_found(qtbot):
    """The owner process dies without any clean-up: its lock is stale, its file offered."""
    code = textwrap.dedent("""
        import os
        from PySide6.QtCore import QCoreApplication
        from briefwriter.gui.recovery import Autosaver
        from briefwriter.gui.session import Session
        app = QCoreApplication([])
        session = Session()
        session.set_value(("title",), "Typed before the crash")
        saver = Autosaver(session)
        saver.written.connect(lambda path: (print(path, flush=True), os._exit(3)))
        saver.save_now()
        app.exec()
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 3, result.stderr
    [orphan] = find_orphans()
    assert orphan.title == "Typed before the crash"
    assert orphan.load().title == "Typed before the crash"
    orphan.remove()
    assert recovery_files() == []


def test_recover_dialog_by_keyboard(qtbot):
    session = Session()
    session.set_value(("title",), "Dialog test")
    saver = Autosaver(session)
    wait_written(qtbot, saver, saver.save_now)
    saver.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    [orphan] = find_orphans()
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        try:
            seen["text"] = box.text()
            seen["buttons"] = [b.text() for b in box.buttons()]
            box.activateWindow()
            qtbot.waitUntil(box.isActiveWindow, timeout=3000)
            qtbot.keyClick(box, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
            # A mnemonic "animates" the click: the button fires a moment later.
            qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)
        finally:
            if box.isVisible():  # never leave the test hanging on a modal dialog
                box.close()

    QTimer.singleShot(0, answer)
    # Alt+D is neither the default (Enter) nor the escape button: only the mnemonic gets here.
    assert dialogs.ask_recover(None, orphan) == "discard"
    assert "Dialog test" in seen["text"]
    assert sorted(seen["buttons"]) == ["&Discard", "&Later", "&Recover"]
    orphan.release()


def test_unreadable_brief_in_a_copy_is_reported_and_kept(qtbot, answers, monkeypatch):
    recovery_dir().mkdir(parents=True)
    copy = recovery_dir() / "feedface.json"
    copy.write_text(json.dumps({
        "format": "briefwriter-recovery", "version": 1, "session": "feedface", "pid": 1,
        "original_path": None, "saved_at": "2026-05-01T10:00:00+00:00", "title": "Broken",
        "brief": "schema_version: 2\ntitle: [unclosed\n"}), encoding="utf-8")
    monkeypatch.setattr(dialogs, "ask_recover", lambda parent, orphan: "recover")
    window = new_window(qtbot)
    assert window.offer_recovery() == 0
    assert len(answers.warnings) == 1 and "line 2" in answers.warnings[0]
    assert copy.exists()  # kept: it may be rescued by hand
    assert not window.isWindowModified()
