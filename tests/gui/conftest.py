"""GUI test set-up: offscreen Qt, per-test settings/recovery/template folders, leak checks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import psutil
import pytest


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


@pytest.fixture(autouse=True)
def no_leaks(qapp):
    """After each test: no top-level windows left open, no child processes left running."""
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
    assert not visible, f"windows left open: {[type(w).__name__ for w in visible]}"
    assert not children, f"processes left running: {[c.cmdline() for c in children]}"
