"""The one launch spec for render workers: what the command line and the GUI both start."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import briefwriter
from briefwriter.render.launch import worker_launch


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
