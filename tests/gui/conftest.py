"""GUI test set-up: offscreen Qt, per-test settings/recovery/template folders, leak checks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import gc
import tempfile
import threading
import weakref
from pathlib import Path

import psutil
import pytest
import shiboken6
from helpers_render import running_service, small_brief
from helpers_shell import Answers, new_window
from helpers_steps import make_ctx
from PySide6.QtCore import QThreadPool

from briefwriter.core.storage import load_brief
from briefwriter.gui.gc_guard import collect_on_gui_thread
from briefwriter.gui.session import Session
from briefwriter.gui.steps.registry import create_step_pages
from briefwriter.paths import examples_dir

#: how long a test's background work (file jobs, autosaves) may take to finish afterwards
THREADS_WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    """Settings, recent files, recovery files, user templates and the desktop's data folder
    (where Add to the Applications Menu writes) live in tmp_path."""
    dirs = {
        "XDG_DATA_HOME": tmp_path / "share",
        "BRIEFWRITER_CONFIG_DIR": tmp_path / "config",
        "BRIEFWRITER_STATE_DIR": tmp_path / "state",
        "BRIEFWRITER_TEMPLATES_DIR": tmp_path / "user-templates",
    }
    for name, path in dirs.items():
        path.mkdir()
        monkeypatch.setenv(name, str(path))
    return dirs


#: every Session a test makes, so that its undo history is let go of when the test ends
_SESSIONS: weakref.WeakSet[Session] = weakref.WeakSet()
_session_init = Session.__init__


def _registered_init(self: Session, *args, **kwargs) -> None:
    _session_init(self, *args, **kwargs)
    _SESSIONS.add(self)


Session.__init__ = _registered_init  # type: ignore[method-assign]


def _let_go_of_undo_histories() -> None:
    """Clear the undo stack of each Session a test made without a parent (the app always
    gives its sessions one, a window or a dialog, and Qt deletes them with it).

    Such a session is freed by Python's cycle collector, at some later moment: the collector
    frees the Python side of its undo commands first and then deletes the C++ undo stack,
    which deletes the commands again and touches their freed Python side (a segfault in
    QUndoStack::clear, in whichever test happens to run then). Cleared here, while
    everything is alive, the commands are deleted once and in order."""
    for session in list(_SESSIONS):
        _SESSIONS.discard(session)
        if shiboken6.isValid(session) and session.parent() is None:
            stack = session.undo_stack
            if shiboken6.isValid(stack):
                stack.blockSignals(True)  # the widgets that listened are gone
                stack.clear()


def _python_threads() -> set[threading.Thread]:
    # Threads Python started itself; "dummy" entries stand for foreign (Qt) threads that
    # once ran Python code, and Python never learns when those end.
    return {t for t in threading.enumerate()
            if t.is_alive() and not isinstance(t, threading._DummyThread)}


@pytest.fixture(autouse=True, scope="session")
def collector_on_the_gui_thread(qapp):
    """As in the app: Python's garbage cycles are collected on the GUI thread only (a
    collection in a jobs lane could destroy Qt objects there)."""
    return collect_on_gui_thread(qapp)


@pytest.fixture(autouse=True)
def no_leaks(qapp):
    """After each test: no top-level windows left open, no child processes left running,
    no Python threads it started still running, and Qt's shared thread pool idle."""
    threads_before = _python_threads()  # the main thread, and pytest's if it runs any
    yield
    qapp.processEvents()
    visible = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    for widget in visible:
        widget.close()
        widget.deleteLater()
    qapp.processEvents()
    _let_go_of_undo_histories()
    # The test's garbage (cycles of widgets, sessions and their Qt wrappers) is collected
    # now, when its windows are deleted and nothing of it runs, rather than by a collection
    # that falls inside a later test's event processing (a timer or an event then reached
    # an object the collector had half freed: segfaults that moved with the test count).
    gc.collect()
    qapp.processEvents()
    children = psutil.Process().children(recursive=True)
    for child in children:
        child.kill()
    pool = QThreadPool.globalInstance()
    pool_idle = pool.waitForDone(THREADS_WAIT_MS)
    threads = list(_python_threads() - threads_before)
    for thread in threads:
        thread.join(THREADS_WAIT_MS / 1000)  # a thread about to end is not a leak
    threads = [t.name for t in threads if t.is_alive()]
    assert not visible, f"windows left open: {[type(w).__name__ for w in visible]}"
    assert not children, f"processes left running: {[c.cmdline() for c in children]}"
    assert pool_idle and pool.activeThreadCount() == 0, \
        f"Qt's thread pool still busy: {pool.activeThreadCount()} threads"
    assert not threads, f"threads left running: {threads}"


# -- fixtures many test modules share -------------------------------------------------------

@pytest.fixture
def previews_in_tmp(tmp_path, monkeypatch):
    """The render service's preview files go to this test's folder (also after a crash)."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))


@pytest.fixture
def answers(monkeypatch):
    """The message boxes and file dialogs answered from lists (see ``helpers_shell.Answers``)."""
    return Answers.install(monkeypatch)


@pytest.fixture
def session() -> Session:
    """A session holding a small brief that renders quickly."""
    return Session(small_brief())


@pytest.fixture
def service(qtbot, session):
    """A started render service for ``session``, stopped after the test."""
    with running_service(qtbot, session) as running:
        yield running


@pytest.fixture
def example_pages(qtbot):
    """``(ctx, pages)``: every step page, made for the example brief."""
    path = Path(examples_dir()) / "imrf-2026-migrant-network.brief.yaml"
    ctx = make_ctx(load_brief(path).brief, path)
    built = create_step_pages(ctx)
    for page in built:
        qtbot.addWidget(page)
    return ctx, built


@pytest.fixture
def window(qtbot, answers):
    """A main window with fake services, shown and active (shortcuts reach it)."""
    w = new_window(qtbot)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w
