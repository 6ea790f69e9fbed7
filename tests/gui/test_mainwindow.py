"""The main window as a person meets it: title, steps, keyboard, menus, closing, help, RTL."""

from __future__ import annotations

import pytest
from helpers_shell import STEP_FIELDS, close_later, fake_parts, focus, new_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMessageBox,
    QTextBrowser,
)

from briefwriter.core.gcm import load_gcm
from briefwriter.core.storage import load_brief
from briefwriter.gui import app as app_module
from briefwriter.gui import dialogs
from briefwriter.gui.mainwindow import Life, MainWindow
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.base import StepState
from briefwriter.gui.steps.table import STEP_ORDER

SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel








# -- title and undo -----------------------------------------------------------------------

def test_title_follows_typing_undo_and_redo(qtbot, window):
    assert window.windowTitle() == "Untitled brief[*] — BriefWriter"
    assert not window.isWindowModified()
    field = window.pages[0].field
    focus(qtbot, field)
    qtbot.keyClicks(field, "Migrant Voices")
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Edit Organisation field"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""
    assert not window.isWindowModified()
    assert not window.undo_action.isEnabled()

    window.redo_action.trigger()
    assert field.text() == "Migrant Voices"
    assert window.isWindowModified()


def test_undo_to_the_saved_state_clears_the_mark(qtbot, window, answers, tmp_path):
    field = window.pages[0].field
    focus(qtbot, field)
    qtbot.keyClicks(field, "Saved")
    answers.save_paths.append(tmp_path / "t.brief.yaml")
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, " and more")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert field.text() == "Saved"
    assert not window.isWindowModified()
    assert window.windowTitle() == "t.brief.yaml[*] — BriefWriter"


# -- steps ----------------------------------------------------------------------------------

def test_navigator_lists_the_thirteen_steps_with_their_state(qtbot, window):
    nav = window.navigator
    assert nav.count() == len(STEP_ORDER) == 13
    titles = [STEP_FIELDS[step][0] for step in STEP_ORDER]
    assert [nav.item(i).text() for i in range(nav.count())] == [
        f"{n}. {t}" for n, t in enumerate(titles, start=1)]
    assert nav.accessible_text(1) == "Occasion and audience — empty"

    field = window.pages[1].field
    focus(qtbot, field)
    with qtbot.waitSignal(window.checks.updated, timeout=5000):
        qtbot.keyClicks(field, "IMRF 2026")
    assert nav.state(1) is StepState.DONE
    assert nav.accessible_text(1) == "Occasion and audience — done"
    assert not nav.item(1).icon().isNull()


def test_steps_with_warnings_say_so(qtbot, window):
    problems = [p for p in window.checks.problems if p.severity == "warning"]
    assert problems, "an empty brief has something to check"
    for row, page in enumerate(window.pages):
        expected = any(page.owns_path(p.path) for p in problems)
        assert (window.navigator.state(row) is StepState.WARNINGS) == expected
        if expected:
            assert window.navigator.accessible_text(row).endswith("— has warnings")


def test_back_and_next_by_button_and_shortcut(qtbot, window):
    assert window.current_step() == 0
    assert not window.back_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_step() == 1
    assert window.navigator.currentRow() == 1
    assert window.step_label.text() == \
        f"Step 2 of {len(STEP_ORDER)}: Occasion and audience"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == 3
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step() == 1
    window.go_to_step(len(STEP_ORDER) - 1)
    assert not window.next_button.isEnabled() and not window.next_action.isEnabled()


def test_navigator_jumps_by_keyboard(qtbot, window):
    focus(qtbot, window.navigator)
    qtbot.keyClick(window.navigator, Qt.Key.Key_End)
    last = len(STEP_ORDER) - 1
    assert window.current_step() == last
    assert window.stack.currentWidget() is window.pages[last]
    qtbot.keyClick(window.navigator, Qt.Key.Key_Up)
    assert window.current_step() == last - 1
    assert window.navigator.hasFocus()  # browsing the steps keeps the focus in the list


def test_pages_can_ask_for_a_step_and_a_field(qtbot, window):
    window.pages[0].requestStep.emit("evidence")
    assert window.stack.currentWidget().step_id == "evidence"
    window.pages[-1].requestFocus.emit(("statement", "text"))
    page = window.stack.currentWidget()
    assert page.step_id == "cosignatories"
    qtbot.waitUntil(page.field.hasFocus)
    assert not window.focus_field(("no", "such", "field"))


def test_tab_order_reaches_navigator_page_and_buttons(qtbot, window):
    focus(qtbot, window.navigator)
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert window.pages[0].field in seen
    assert window.next_button in seen
    page_at = seen.index(window.pages[0].field)
    assert page_at < seen.index(window.next_button)
    # ... and round again to the navigator.
    for _ in range(30):
        if QApplication.focusWidget() is window.navigator:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.navigator
    window.go_to_step(1)
    focus(qtbot, window.next_button)
    qtbot.keyClick(window.next_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.back_button.hasFocus()
    qtbot.keyClick(window.back_button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.pages[1].field.hasFocus()  # the page shown, not a hidden one


# -- menus and accessibility ----------------------------------------------------------------

def test_every_action_and_button_is_named(window):
    unnamed = []
    for action in window.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None:
            continue
        if not (action.text().strip() or action.accessibleName().strip()):
            unnamed.append(action)
    for button in window.findChildren(QAbstractButton):
        if not (button.text().strip() or button.accessibleName().strip()):
            unnamed.append(button)
    assert unnamed == []


def test_menus_have_mnemonics(window):
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        for action in menu_action.menu().actions():
            if action.isSeparator() or not action.isEnabled():
                continue
            assert "&" in action.text(), action.text()
    assert "&" in window.back_button.text() and "&" in window.next_button.text()


def test_standard_shortcuts(window):
    def keys(action):
        return [k.toString() for k in action.shortcuts()]

    key = QKeySequence.StandardKey
    for action, standard in ((window.new_action, key.New), (window.open_action, key.Open),
                             (window.save_action, key.Save), (window.undo_action, key.Undo),
                             (window.redo_action, key.Redo), (window.close_action, key.Close)):
        expected = [k.toString() for k in QKeySequence.keyBindings(standard)]
        assert expected and keys(action) == expected
    assert "Ctrl+Q" in keys(window.quit_action)
    assert "Ctrl+Shift+S" in keys(window.save_as_action)
    assert keys(window.export_pdf_action) == ["Ctrl+E"]


def test_export_and_zoom_are_handed_to_their_owners(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    window.export_html_action.trigger()
    window.export_docx_action.trigger()
    assert window.exporter.calls == ["pdf", "html", "docx"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "Export as &Word…" in [a.text() for a in file_menu.actions()]
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    window.zoom_out_action.trigger()
    assert window.preview.zoom == 1
    window.preview_action.trigger()
    assert not window.preview.isVisible()
    window.preview_action.trigger()
    assert window.preview.isVisible()


# -- closing --------------------------------------------------------------------------------

def edited_window(qtbot):
    w = new_window(qtbot)
    w.session.set_value(("title",), "Unsaved work")
    return w


def test_close_cancel_keeps_the_window_and_the_work(qtbot, answers):
    w = edited_window(qtbot)
    answers.save_answers.append(CANCEL)
    assert not w.close()
    assert w.isVisible() and w.session.brief.title == "Unsaved work"
    assert "Untitled brief" in answers.questions[0]
    assert w.render.stopped == 0


def test_close_discard_closes_and_stops_the_worker(qtbot, answers):
    w = edited_window(qtbot)
    w.autosaver.save_now()
    with qtbot.waitSignal(w.autosaver.written, timeout=5000):
        pass
    answers.save_answers.append(DISCARD)
    assert w.close()
    assert not w.isVisible()
    assert w.render.stopped == 1
    assert not w.autosaver.file.exists()  # a deliberate discard leaves no recovery copy


def test_close_save_writes_then_closes(qtbot, answers, tmp_path):
    w = edited_window(qtbot)
    answers.save_answers.append(SAVE)
    target = tmp_path / "closing.brief.yaml"
    answers.save_paths.append(target)
    with qtbot.waitSignal(w.closed, timeout=5000):
        w.close()
    assert load_brief(target).brief.title == "Unsaved work"
    assert not w.isVisible()


def test_close_save_that_fails_keeps_the_window_open(qtbot, answers, tmp_path):
    w = edited_window(qtbot)
    answers.save_answers.append(SAVE)
    answers.save_paths.append(tmp_path / "missing-folder" / "x.brief.yaml")
    w.close()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert w.isVisible()
    assert w.session.brief.title == "Unsaved work" and w.isWindowModified()


def test_close_save_as_cancelled_keeps_the_window_open(qtbot, answers):
    w = edited_window(qtbot)
    answers.save_answers.append(SAVE)
    answers.save_paths.append(None)
    assert not w.close()
    assert w.isVisible()


def test_quit_closes_every_window_after_asking(qtbot, request, answers):
    first = new_window(qtbot)
    second = close_later(request, first.group.new_window())
    second.session.set_value(("title",), "Second's work")
    answers.save_answers.append(CANCEL)
    first.quit_action.trigger()
    assert second.isVisible()  # the person kept it
    assert len(answers.questions) == 1
    answers.save_answers.append(DISCARD)
    second.quit_action.trigger()
    assert not first.isVisible() and not second.isVisible()
    assert first.group.windows == []


def test_quit_waits_for_a_save_then_closes_the_other_windows(qtbot, request, answers, tmp_path):
    first = new_window(qtbot)
    first.session.set_value(("title",), "First's work")
    second = close_later(request, first.group.new_window())
    second.session.set_value(("title",), "Second's work")
    answers.save_answers += [SAVE, DISCARD]
    answers.save_paths.append(tmp_path / "first.brief.yaml")
    with qtbot.waitSignal(second.closed, timeout=5000):
        first.quit_action.trigger()  # first saves (off the GUI thread), then second is asked
    assert load_brief(tmp_path / "first.brief.yaml").brief.title == "First's work"
    assert first.life is Life.CLOSED and not first.isVisible()
    assert len(answers.questions) == 2 and first.group.windows == []
    assert not first.group.is_quitting()


def test_a_save_that_fails_while_quitting_stops_the_quit(qtbot, request, answers, tmp_path):
    first = new_window(qtbot)
    first.session.set_value(("title",), "First's work")
    second = close_later(request, first.group.new_window())
    second.session.set_value(("title",), "Second's work")
    answers.save_answers.append(SAVE)
    answers.save_paths.append(tmp_path / "no-such-folder" / "first.brief.yaml")
    first.quit_action.trigger()
    assert first.life is Life.CLOSING and first.group.is_quitting()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert first.life is Life.OPEN and not first.group.is_quitting()
    assert first.isVisible() and second.isVisible()
    assert len(answers.questions) == 1  # the second window was never asked


def test_preferences_reach_every_window(qtbot, request, answers, monkeypatch):
    settings = Settings()
    first = new_window(qtbot, settings)
    second = close_later(request, first.group.new_window())
    assert second.settings is settings

    def accept_with_seven_seconds(dialog):
        dialog.autosave.setValue(7)
        dialog.accept()
        return 1

    monkeypatch.setattr("briefwriter.gui.dialogs.PreferencesDialog.exec",
                        accept_with_seven_seconds)
    dialogs.open_preferences(first.settings, first)
    assert first.autosaver.idle_ms() == second.autosaver.idle_ms() == 7_000


# -- help -----------------------------------------------------------------------------------

def visible_dialog_text() -> str:
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible()]
    assert len(dialogs) == 1
    text = dialogs[0].findChild(QTextBrowser).toPlainText()
    dialogs[0].close()
    return text


def test_getting_started_opens_with_f1(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    text = visible_dialog_text()
    assert "Getting started" in text
    assert len([p for p in text.split("\n") if p.strip()]) >= 7


def test_about_names_versions_and_gcm_provenance(qtbot, window):
    import platform

    from PySide6 import QtCore

    window.about_action.trigger()
    text = visible_dialog_text()
    summary = load_gcm().summary
    assert QtCore.qVersion() in text
    assert platform.python_version() in text
    assert "A/RES/73/195" in text
    assert f"{summary['actions_verified']} verified" in text
    assert f"of {summary['actions_total']}" in text


# -- start-up ---------------------------------------------------------------------------------

@pytest.fixture
def restore_direction(qapp):
    palette = qapp.palette()
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


def _start(qtbot, request, argv):
    window = app_module.start(QApplication.instance(), argv, settings=Settings(),
                              parts=fake_parts())
    close_later(request, window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_built, timeout=5000)  # the pages follow the first paint
    return window


@pytest.mark.parametrize("how", ["--reverse", "env", "setting"])
def test_the_app_can_start_right_to_left(qtbot, request, monkeypatch, restore_direction, how):
    argv: list[str] = []
    if how == "--reverse":
        argv = ["--reverse"]
    elif how == "env":
        monkeypatch.setenv("BRIEFWRITER_UI_DIRECTION", "rtl")
    else:
        Settings().ui_direction = "rtl"
    window = _start(qtbot, request, argv)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    # The navigator sits on the right, where right-to-left readers start.
    assert window.navigator.mapTo(window, window.navigator.rect().topLeft()).x() > \
        window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    window.close()


def test_start_opens_the_file_named_on_the_command_line(qtbot, request, restore_direction,
                                                         tmp_path, answers):
    from briefwriter.core.model import Brief
    from briefwriter.core.storage import save_brief

    path = tmp_path / "given.brief.yaml"
    save_brief(Brief(title="Given on the command line"), path)
    window = _start(qtbot, request, [str(path)])
    qtbot.waitUntil(lambda: window.session.path == path, timeout=5000)
    assert window.session.brief.title == "Given on the command line"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.close()


def test_a_window_can_be_made_with_the_default_parts_missing_nothing():
    # The real pages, preview, render service and exporter are wired by name.
    from briefwriter.gui.mainwindow import default_parts

    parts = default_parts()
    assert callable(parts.pages) and callable(parts.render)


def test_run_app_opens_a_file_renders_it_and_quits_cleanly(tmp_path):
    """The real program in its own process: file from the command line, real render
    worker, Quit, exit code 0 and no worker process left behind."""
    import shutil
    import subprocess
    import sys
    import textwrap

    from briefwriter.paths import examples_dir

    example = tmp_path / "paper.brief.yaml"
    shutil.copy(examples_dir() / "imrf-2026-migrant-network.brief.yaml", example)
    script = textwrap.dedent("""
        import os, sys
        import psutil
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from briefwriter.gui.app import run_app
        from briefwriter.gui.mainwindow import Life, MainWindow

        app = QApplication(["briefwriter"])
        QTimer.singleShot(90_000, lambda: os._exit(5))  # never hang the test run

        def check():
            [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
            window.built.connect(lambda: window.preview.pagesUpdated.connect(ready))
            def ready(pages):
                if window.session.path is None:
                    return  # the first preview is of the empty brief
                print("TITLE", window.windowTitle(), flush=True)
                print("PAGES", pages, flush=True)
                print("WORKERS", len(psutil.Process().children()), flush=True)
                window.quit_action.trigger()

        QTimer.singleShot(0, check)
        code = run_app([sys.argv[1]])
        print("EXIT", code, "LEFT", len(psutil.Process().children()), flush=True)
    """)
    result = subprocess.run([sys.executable, "-c", script, str(example)], capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["TITLE"] == "paper.brief.yaml[*] — BriefWriter"
    assert int(lines["PAGES"]) >= 1
    assert int(lines["WORKERS"]) >= 1
    assert lines["EXIT"] == "0 LEFT 0"


# -- with the real step pages -----------------------------------------------------------------

@pytest.fixture
def real_window(qtbot, answers):
    from briefwriter.gui.steps.registry import create_step_pages

    w = new_window(qtbot, parts=fake_parts(pages=create_step_pages))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def test_typing_on_the_real_organisation_page_marks_and_undoes(qtbot, real_window):
    window = real_window
    assert [p.step_id for p in window.pages] == list(STEP_ORDER)
    name = window.pages[0].name
    focus(qtbot, name)
    qtbot.keyClicks(name, "Migrant Voices West Africa")
    assert window.isWindowModified()
    assert window.session.brief.organisation.name == "Migrant Voices West Africa"
    assert window.undo_action.text() == "&Undo Edit Organisation name"
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name.text() == "" and not window.isWindowModified()


def test_review_list_jumps_to_the_field(qtbot, real_window):
    from briefwriter.gui.steps.review import ROLE_PATH

    window = real_window
    assert window.show_step("review")
    review = window.stack.currentWidget()
    qtbot.waitUntil(lambda: bool(review.problem_items()), timeout=5000)
    item = next(i for i in review.problem_items() if i.data(ROLE_PATH))
    path = tuple(item.data(ROLE_PATH))
    review.problems.setCurrentItem(item)
    qtbot.mouseClick(review.go_button, Qt.MouseButton.LeftButton)
    page = window.stack.currentWidget()
    assert page is not review and page.owns_path(path)
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    assert window.navigator.currentRow() == window.pages.index(page)


def test_real_pages_have_named_controls(real_window):
    unnamed = []
    for index, page in enumerate(real_window.pages):
        real_window.go_to_step(index)
        unnamed += [(page.step_id, b) for b in page.findChildren(QAbstractButton)
                    if b.isVisible() and not (b.text().strip() or b.accessibleName().strip())]
    assert unnamed == []


def test_deferred_window_shows_first_and_fills_in_after(qtbot):
    window = MainWindow(Settings(), fake_parts(), deferred=True)
    qtbot.addWidget(window)
    assert not window.is_built() and window.pages == []
    assert not window.export_pdf_action.isEnabled()
    assert window.windowTitle() == "Untitled brief[*] — BriefWriter"
    with qtbot.waitSignal(window.built, timeout=5000):
        window.show()
    assert len(window.pages) == len(STEP_ORDER) == window.navigator.count()
    assert window.export_pdf_action.isEnabled()
    assert window.render.started == 1
    assert not window.loading.isVisible()
