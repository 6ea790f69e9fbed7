"""GUI test set-up: offscreen Qt, per-test settings/recovery/template folders, leak checks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import threading

import psutil
import pytest
from PySide6.QtCore import QThreadPool

#: how long a test's background work (file jobs, autosaves) may take to finish afterwards
THREADS_WAIT_MS = 10_000


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    """Settings, recent files, recovery files and user templates live in tmp_path."""
    dirs = {
        "BRIEFWRITER_CONFIG_DIR": tmp_path / "config",
        "BRIEFWRITER_STATE_DIR": tmp_path / "state",
        "BRIEFWRITER_TEMPLATES_DIR": tmp_path / "user-templates",
    }
    for name, path in dirs.items():
        path.mkdir()
        monkeypatch.setenv(name, str(path))
    return dirs


def _python_threads() -> set[threading.Thread]:
    # Threads Python started itself; "dummy" entries stand for foreign (Qt) threads that
    # once ran Python code, and Python never learns when those end.
    return {t for t in threading.enumerate()
            if t.is_alive() and not isinstance(t, threading._DummyThread)}


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
