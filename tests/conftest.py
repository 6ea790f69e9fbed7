"""Set-up shared by every test folder: a private temporary folder to watch workers' files in."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def scratch(tmp_path, monkeypatch) -> Path:
    """This process's temporary folder, where workers get theirs: empty at the start."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    return folder


@pytest.fixture
def worker_folders(scratch) -> Callable[[], set[Path]]:
    """The workers' temporary folders and WeasyPrint's font copies in ``scratch`` now."""
    return lambda: set(scratch.glob("briefwriter-worker-*")) | set(scratch.rglob("weasyprint-*"))
