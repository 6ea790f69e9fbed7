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


@pytest.fixture(autouse=True)
def brand_folder(tmp_path, monkeypatch) -> Path:
    """Every test's brand kit lives in its own temporary folder (empty: no kit), never in the
    user's data folder."""
    folder = tmp_path / "brand-kit"
    monkeypatch.setenv("BRIEFWRITER_BRAND_DIR", str(folder))
    return folder
