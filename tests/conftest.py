"""Set-up shared by every test folder: a private temporary folder to watch workers' files in."""

from __future__ import annotations

import os
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


# An imported official GCM text lives in the user's data folder: never the real one in tests.
os.environ["BRIEFWRITER_GCM_DIR"] = tempfile.mkdtemp(prefix="briefwriter-gcm-")


@pytest.fixture(autouse=True)
def _private_gcm_folder(tmp_path_factory, monkeypatch):
    """Each test imports official GCM texts into a folder of its own; the cached catalogue
    is forgotten after a test that imported one."""
    folder = tmp_path_factory.mktemp("gcm")
    monkeypatch.setenv("BRIEFWRITER_GCM_DIR", str(folder))
    yield folder
    if any(folder.iterdir()):
        from briefwriter.core.gcm import reload_gcm

        reload_gcm()


@pytest.fixture(autouse=True)
def brand_folder(tmp_path, monkeypatch) -> Path:
    """Every test's brand kit lives in its own temporary folder (empty: no kit), never in the
    user's data folder."""
    folder = tmp_path / "brand-kit"
    monkeypatch.setenv("BRIEFWRITER_BRAND_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def profile_folder(tmp_path, monkeypatch) -> Path:
    """Every test's organisation profile lives in its own temporary folder (empty: no
    profile), never in the user's data folder."""
    folder = tmp_path / "org-profile"
    monkeypatch.setenv("BRIEFWRITER_PROFILE_DIR", str(folder))
    return folder
