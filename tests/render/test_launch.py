"""The one launch spec for render workers: what the command line and the GUI both start."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

import briefwriter
from briefwriter.core.errors import RenderError
from briefwriter.render import client
from briefwriter.render.client import RenderWorker
from briefwriter.render.launch import FROZEN_WORKER_ARGUMENT, worker_launch


def test_a_launch_runs_this_copy_of_the_package_with_a_private_temporary_folder(
        tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    launch = worker_launch(memory_mb=700, job_time_limit=30, python="py",
                           environ={"PYTHONPATH": "/elsewhere", "LANG": "fr_FR.UTF-8"})
    try:
        assert launch.command == ["py", "-m", "briefwriter.render.worker", "--memory-mb", "700",
                                  "--job-time-limit", "30"]
        env = launch.environment
        here = str(Path(briefwriter.__file__).resolve().parents[1])
        assert env["PYTHONPATH"] == os.pathsep.join([here, "/elsewhere"])
        assert env["LANG"] == "fr_FR.UTF-8"
        folder = Path(env["TMPDIR"])
        assert folder == launch.tmpdir and folder.parent == tmp_path
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700  # nobody else reads the drafts
        (folder / "weasyprint-fonts").mkdir()  # what a worker leaves when it is killed
    finally:
        launch.cleanup()
    assert list(tmp_path.iterdir()) == []
    launch.cleanup()  # a second call (shutdown after a reap) is harmless


def test_defaults_are_the_workers_own_and_each_launch_has_its_own_folder():
    first, second = worker_launch(), worker_launch()
    try:
        assert first.arguments == ["-m", "briefwriter.render.worker"]
        assert first.tmpdir != second.tmpdir
        assert first.environment["PYTHONPATH"].split(os.pathsep)[0] == str(
            Path(briefwriter.__file__).resolve().parents[1])
    finally:
        first.cleanup()
        second.cleanup()


def test_a_frozen_briefwriter_starts_its_own_executable_as_a_new_instance(monkeypatch):
    """In the bundle there is no Python to run ``-m``: the program is the bundle's
    executable with the worker's argument (packaging/entry.py dispatches on it)."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/briefwriter/briefwriter")
    launch = worker_launch(memory_mb=700, job_time_limit=30,
                           environ={"LANG": "fr_FR.UTF-8", "PYTHONPATH": "/elsewhere"})
    try:
        assert launch.command == ["/opt/briefwriter/briefwriter", FROZEN_WORKER_ARGUMENT,
                                  "--memory-mb", "700", "--job-time-limit", "30"]
        env = launch.environment
        # A new instance of the bundle: its loader puts the bundle's libraries first again,
        # instead of taking the worker for a helper that inherits its parent's set-up.
        assert env["PYINSTALLER_RESET_ENVIRONMENT"] == "1"
        assert env["PYTHONPATH"] == "/elsewhere"  # the frozen program ignores it: untouched
        assert env["LANG"] == "fr_FR.UTF-8"
        assert env["TMPDIR"] == str(launch.tmpdir) and launch.tmpdir.is_dir()
    finally:
        launch.cleanup()


def test_a_python_given_explicitly_is_used_even_when_frozen(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    launch = worker_launch(python="py", environ={})
    try:
        assert launch.command == ["py", "-m", "briefwriter.render.worker"]
        assert "PYINSTALLER_RESET_ENVIRONMENT" not in launch.environment
    finally:
        launch.cleanup()


def test_the_command_line_client_leaves_the_choice_of_program_to_the_launch(
        monkeypatch, scratch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(scratch / "no-such-bundle" / "briefwriter"))
    started = []

    def popen(command, **_kwargs):
        started.append(command)
        raise FileNotFoundError(2, "No such file or directory", command[0])

    monkeypatch.setattr(client.subprocess, "Popen", popen)
    with pytest.raises(RenderError, match="could not be started"):
        RenderWorker().start()
    assert started == [[sys.executable, FROZEN_WORKER_ARGUMENT]]  # not ``-m``
    assert list(scratch.iterdir()) == []
