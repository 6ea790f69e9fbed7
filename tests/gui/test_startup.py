"""Start-up: the window appears with only its frame, then fills in step by step; pages are
made on first need (or ahead of time, a slice at a time) and behave as if made at once."""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
import sys
import textwrap
import threading
import weakref

import pytest
from helpers_shell import FakeExporter, FakePreview, FakeRender, close_later
from PySide6.QtCore import QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from briefwriter.core.model import Brief, Priority
from briefwriter.core.storage import load_brief, save_brief
from briefwriter.gui import app as app_module
from briefwriter.gui.jobs import Job
from briefwriter.gui.mainwindow import MainWindow, Parts
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.registry import (
    MADE_ON_VISIT,
    StepInfo,
    create_step_page,
    create_step_pages,
    step_titles,
)
from briefwriter.gui.steps.table import STEP_ORDER
from briefwriter.paths import examples_dir

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"


def lazy_parts() -> Parts:
    """The real step pages, made one at a time; no worker process, preview or dialogs."""
    return Parts(pages=create_step_pages, page=create_step_page, render=FakeRender,
                 preview=FakePreview, exporter=FakeExporter)


def started_window(qtbot, request) -> MainWindow:
    window = MainWindow(Settings(), lazy_parts(), deferred=True)
    close_later(request, window)
    with qtbot.waitSignal(window.built, timeout=10_000):
        window.show()
    return window


def all_pages_made(window: MainWindow) -> bool:
    return window.drops is not None  # installed once the idle slices have nothing left


# -- the real program -----------------------------------------------------------------------

def test_briefwriter_with_a_file_shows_the_window_then_the_brief_without_weasyprint(tmp_path):
    """`briefwriter PAPER` in its own process: the window is on screen before the brief's
    model, schema or Markdown code is even loaded (or QtCore.Qt's enums built); then the
    Occasion step shows the title from the file, previews arrive from the worker, and
    WeasyPrint never enters the GUI process."""
    paper = tmp_path / "paper.brief.yaml"
    shutil.copy(examples_dir() / EXAMPLE, paper)
    script = textwrap.dedent("""
        import json, os, sys
        from PySide6 import QtCore
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QWidget

        HEAVY = ("weasyprint", "briefwriter.core.model", "briefwriter.core.storage",
                 "briefwriter.gui.steps.base", "jsonschema", "yaml", "markdown_it")
        report = {}

        def done():
            print("REPORT", json.dumps(report), flush=True)
            QApplication.instance().closeAllWindows()

        class Watch(QObject):
            def eventFilter(self, obj, event):
                if "at_show" not in report and event.type() == QEvent.Type.Expose:
                    report["at_show"] = [m for m in HEAVY if m in sys.modules]
                    # PySide builds all of QtCore.Qt's ~90 enums on its first use.
                    report["qt_namespace_at_show"] = "Qt" in QtCore.__dict__
                    QTimer.singleShot(0, follow)
                return False

        def follow():
            [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            report["pages_at_show"] = len(window.pages)
            window.built.connect(lambda: window.documents.opened.connect(lambda _p: opened(window)))

        def opened(window):
            window.go_to_step(1)  # the person goes to Occasion and audience
            page = window.stack.currentWidget()
            report["step"] = page.step_id
            report["title_field"] = page.title_edit.text()
            report["window_title"] = window.windowTitle()
            window.preview.pagesUpdated.connect(lambda _n: previewed(window))

        def previewed(window):
            if window.render.last_preview_result is None:
                return
            report["previewed_path"] = str(window.session.path)
            report["at_end"] = [m for m in HEAVY[:1] if m in sys.modules]
            QTimer.singleShot(0, done)

        watch = Watch()
        show = QWidget.show
        def show_and_watch(widget):
            show(widget)
            if widget.windowHandle() is not None:
                widget.windowHandle().installEventFilter(watch)
        QWidget.show = show_and_watch
        QTimer.singleShot(90_000, lambda: os._exit(5))  # never hang the test run

        from briefwriter.cli import main
        code = main([sys.argv[1]])
        print("EXIT", code, flush=True)
    """)
    result = subprocess.run([sys.executable, "-c", script, str(paper)], capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    report = json.loads(lines["REPORT"])
    assert report["at_show"] == []  # nothing heavy before the first paint
    assert report["qt_namespace_at_show"] is False
    assert report["pages_at_show"] == 0
    assert report["step"] == "occasion"
    assert report["title_field"] == load_brief(paper).brief.title != ""
    assert report["window_title"] == "paper.brief.yaml[*] — BriefWriter"
    assert report["previewed_path"] == str(paper)
    assert report["at_end"] == []  # rendering happened in the worker, not here
    assert lines["EXIT"] == "0"


def test_garbage_collection_is_held_while_the_first_window_starts(qtbot, request,
                                                                   collector_on_the_gui_thread):
    collector = collector_on_the_gui_thread
    request.addfinalizer(gc.unfreeze)  # let this test's objects be collected again
    request.addfinalizer(collector.release)
    collector.hold()  # as run_app does before making the window
    window = MainWindow(Settings(), lazy_parts(), deferred=True)
    close_later(request, window)
    app_module.resume_garbage_collection_after(window)
    window.show()
    qtbot.waitUntil(window.is_built, timeout=10_000)
    assert collector.held
    qtbot.waitUntil(lambda: all_pages_made(window), timeout=10_000)
    assert not collector.held and gc.get_freeze_count() > 0
    assert not gc.isenabled()  # the GUI thread's timer collects, never another thread


def test_garbage_collection_comes_back_if_the_window_closes_first(qtbot, request,
                                                                  collector_on_the_gui_thread):
    collector = collector_on_the_gui_thread
    request.addfinalizer(gc.unfreeze)
    request.addfinalizer(collector.release)
    collector.hold()
    window = MainWindow(Settings(), lazy_parts(), deferred=True)
    close_later(request, window)
    app_module.resume_garbage_collection_after(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert not collector.held


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_garbage_is_collected_on_the_gui_thread_and_never_in_a_jobs_lane(
        qtbot, request, collector_on_the_gui_thread):
    """A collection in a lane's thread could free Qt objects there (their timers then fire
    on freed memory): the lanes allocate freely, and only the GUI thread collects."""
    threads: list[str] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    request.addfinalizer(lambda: gc.callbacks.remove(note))
    parent = QObject()
    request.addfinalizer(parent.deleteLater)
    garbage = _Cycle()
    gone = weakref.ref(garbage)
    del garbage
    done: list[int] = []
    # Enough allocation to cross every generation's threshold many times over.
    Job(parent, lambda: len([_Cycle() for _ in range(200_000)])).success(done.append).run()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)  # collected by the timer
    assert threads and set(threads) == {threading.main_thread().name}
    assert not gc.isenabled()


def test_the_static_titles_are_the_pages_own_in_any_language(qtbot, request):
    class Marking(QTranslator):
        # Every string comes back marked with its context: a title with the wrong context
        # would miss its translation.
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"[{context}] {source}"

    translator = Marking()
    QApplication.installTranslator(translator)
    request.addfinalizer(lambda: QApplication.removeTranslator(translator))
    window = MainWindow(Settings(), lazy_parts())
    close_later(request, window)
    titles = step_titles()
    assert titles[0] == "[OrganisationPage] Organisation"
    assert titles == [page.title() for page in window.pages]
    assert len(set(titles)) == len(STEP_ORDER)


@pytest.mark.parametrize("brief", [
    Brief(),
    load_brief(examples_dir() / EXAMPLE).brief,
    Brief(title="Only a title", priorities=[Priority(title="Firewalls")]),
], ids=["empty", "example", "partial"])
def test_a_step_before_its_page_says_what_the_page_will(qtbot, request, brief):
    window = MainWindow(Settings(), lazy_parts())
    close_later(request, window)
    window.session.replace_brief(brief, None)
    with qtbot.waitSignal(window.checks.updated, timeout=10_000):  # run in the background
        window.checks.run_now()
    problems = window.checks.problems
    infos = [StepInfo(step, title, window.session)
             for step, title in zip(STEP_ORDER, step_titles(), strict=True)]
    pages = window.pages
    assert [i.state(problems) for i in infos] == [p.state(problems) for p in pages]
    assert [i.has_content() for i in infos] == [p.has_content() for p in pages]
    for problem in problems:
        assert [i.owns_path(problem.path) for i in infos] == \
            [p.owns_path(problem.path) for p in pages]


# -- the deferred start ---------------------------------------------------------------------

def test_the_frame_comes_first_then_one_page_then_the_others(qtbot, request):
    window = MainWindow(Settings(), lazy_parts(), deferred=True)
    close_later(request, window)
    assert not window.is_built() and window.pages == []
    assert window.loading.text() == "Loading…"
    assert "&File" in [a.text() for a in window.menuBar().actions()]
    with qtbot.waitSignal(window.built, timeout=10_000):
        window.show()
    assert window.navigator.count() == len(STEP_ORDER)
    assert window.current_step() == 0 and window.steps.is_made(0)
    assert not window.loading.isVisible()
    assert window.undo_action in window.edit_menu.actions()
    # The navigator already knows the state of every step whose page class is loaded.
    qtbot.waitUntil(lambda: all_pages_made(window), timeout=10_000)
    made = [window.steps.is_made(i) for i in range(len(STEP_ORDER))]
    assert made == [step not in MADE_ON_VISIT for step in STEP_ORDER]
    problems = window.checks.problems
    for row in range(len(STEP_ORDER)):
        info = window.steps.infos[row]
        assert window.navigator.state(row) is info.state(problems)
    # A page made only when visited is made then.
    gcm = STEP_ORDER.index("gcm")
    window.navigator.setCurrentRow(gcm)
    assert window.steps.is_made(gcm) and window.current_step() == gcm


def test_a_window_closed_while_starting_leaves_nothing_behind(qtbot, request):
    window = MainWindow(Settings(), lazy_parts(), deferred=True)
    close_later(request, window)
    window.show()
    qtbot.waitExposed(window)
    assert window.close()  # nothing typed yet: nothing to ask
    assert not window.isVisible()
    assert not window.is_built()


def test_a_file_command_before_the_brief_exists_still_works(qtbot, request, tmp_path):
    path = tmp_path / "early.brief.yaml"
    save_brief(Brief(title="Opened early"), path)
    window = MainWindow(Settings(), lazy_parts(), deferred=True)
    close_later(request, window)
    window.open_path(path)  # e.g. Open Recent in the first moment after the window shows
    with qtbot.waitSignal(window.documents.opened, timeout=10_000):
        window.show()
    qtbot.waitUntil(window.is_built, timeout=10_000)
    assert window.session.brief.title == "Opened early"
    assert window.windowTitle() == "early.brief.yaml[*] — BriefWriter"


# -- pages made late behave like the others ---------------------------------------------------

def tab_chain(start: QWidget, limit: int = 80) -> list[QWidget]:
    """The widgets Tab visits from ``start``, until it comes back round."""
    seen: list[QWidget] = []
    start.setFocus()
    for _ in range(limit):
        widget = QApplication.focusWidget()
        widget.focusNextPrevChild(True)
        if QApplication.focusWidget() is start:
            break
        seen.append(QApplication.focusWidget())
    return seen


@pytest.mark.parametrize("step", ["occasion", "gcm"])
def test_a_page_made_late_sits_between_navigator_and_buttons_in_tab_order(qtbot, request,
                                                                         step):
    window = started_window(qtbot, request)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    index = STEP_ORDER.index(step)
    window.go_to_step(index)  # made now, long after the buttons and the preview
    page = window.stack.currentWidget()
    qtbot.waitUntil(lambda: page.isVisible())
    chain = tab_chain(window.navigator)
    on_page = [i for i, w in enumerate(chain) if page.isAncestorOf(w)]
    assert on_page, "Tab reaches the page"
    assert chain.index(window.back_button) > max(on_page)
    assert chain.index(window.next_button) > max(on_page)
    preview = [i for i, w in enumerate(chain) if window.preview.isAncestorOf(w)
               or w is window.preview]
    assert all(i > max(on_page) for i in preview)


def test_late_pages_survive_garbage_collection(qtbot, request):
    # Moving a page in the tab order must not leave Python thinking it owns Qt's own
    # widgets (table headers), which it would free on the next collection.
    window = started_window(qtbot, request)
    window.show_step("gcm")
    page = window.stack.currentWidget()
    headers = page.findChildren(QHeaderView)
    assert headers
    del headers
    gc.collect()
    window.session.replace_brief(load_brief(examples_dir() / EXAMPLE).brief, None)
    gc.collect()
    lengths = [header.length() for header in page.findChildren(QHeaderView)]
    assert any(length > 0 for length in lengths)


def test_focus_field_on_a_page_not_made_yet_makes_it_and_focuses(qtbot, request):
    window = MainWindow(Settings(), lazy_parts())  # complete at once; no idle slice ran yet
    close_later(request, window)
    messages = STEP_ORDER.index("messages")
    assert not window.steps.is_made(messages)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.focus_field(("statement", "text"))
    page = window.stack.currentWidget()
    assert page.step_id == "messages"
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()), timeout=3000)
    assert window.navigator.currentRow() == STEP_ORDER.index("messages")


def test_typing_on_a_page_made_late_is_undoable(qtbot, request):
    window = started_window(qtbot, request)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.go_to_step(1)
    field = window.stack.currentWidget().title_edit
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "Firewalls now")
    assert window.session.brief.title == "Firewalls now" and window.isWindowModified()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "" and not window.isWindowModified()


def test_start_opens_the_file_into_pages_made_before_and_after_it_loads(qtbot, request,
                                                                        tmp_path):
    path = tmp_path / "given.brief.yaml"
    save_brief(Brief(title="Given", subtitle="On the command line"), path)
    window = app_module.start(QApplication.instance(), [str(path)], settings=Settings(),
                              parts=lazy_parts())
    close_later(request, window)
    qtbot.waitUntil(lambda: window.session.path == path, timeout=10_000)
    qtbot.waitUntil(lambda: all_pages_made(window), timeout=10_000)
    window.go_to_step(1)
    page = window.stack.currentWidget()
    assert (page.title_edit.text(), page.subtitle.text()) == ("Given", "On the command line")
