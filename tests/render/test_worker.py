"""The render worker process and its blocking client: long-lived, killed on timeout, limited
in memory, restarted after a crash, and never leaving processes behind."""

from __future__ import annotations

import os
import re
import signal
import subprocess
from pathlib import Path

import psutil
import pytest
from conftest import MINIMAL, HostilePack, make_job, pdf_text, sample_brief

from briefwriter.core.errors import RenderError
from briefwriter.render.client import RenderWorker, render_once
from briefwriter.render.launch import worker_launch
from briefwriter.render.protocol import decode, encode


def children() -> list[psutil.Process]:
    return [p for p in psutil.Process().children(recursive=True) if p.status() != "zombie"]






@pytest.fixture
def worker():
    with RenderWorker() as running:
        yield running
    assert children() == []


def test_one_worker_serves_many_jobs(worker, tmp_path):
    pid = worker.pid
    assert worker.ping()["pid"] == pid
    for n in range(3):
        out = tmp_path / str(n)
        out.mkdir()
        result = worker.render(make_job(MINIMAL, out), timeout=60)
        assert result["ok"], result["error"]
        assert "Detention is never in the best interests of a child" in pdf_text(out / "out.pdf")
    assert worker.pid == pid
    assert result["peak_rss_mb"] > 0


def test_a_long_brief_over_the_time_limit_is_named_as_the_cause(worker, hostile_pack):
    """A legal but very long brief that runs out of time is not blamed on the template."""
    brief = sample_brief()
    brief.summary = "Migrants' rights are human rights. " * 20_000  # 700,000 characters
    loop = make_job(hostile_pack.with_entry("limits/nested-loops.j2"), hostile_pack.root,
                    brief=brief)
    with pytest.raises(RenderError) as caught:
        worker.render(loop, timeout=3)
    message = str(caught.value)
    assert caught.value.kind == "timeout"
    assert re.search(r"The brief is very long \(70\d,\d{3} characters of text\)", message)
    assert "template" not in message
    short = make_job(hostile_pack.with_entry("limits/nested-loops.j2"), hostile_pack.root)
    with pytest.raises(RenderError) as caught:
        worker.render(short, timeout=3)
    assert "A template that loops" in str(caught.value)


def test_template_errors_come_back_as_results_not_exceptions(worker, hostile_pack: HostilePack):
    job = make_job(hostile_pack.with_entry("includes/include-etc-passwd.j2"), hostile_pack.root)
    result = worker.render(job, timeout=60)
    assert result["ok"] is False and result["error"]["kind"] == "template"
    assert "points outside the template folder" in result["error"]["message"]


def test_a_looping_template_is_stopped_and_the_next_job_runs(worker, hostile_pack: HostilePack):
    first = worker.pid
    scratch = Path(psutil.Process(first).environ()["TMPDIR"])
    assert scratch.is_dir()  # the worker's own temporary folder (font copies)
    loop = make_job(hostile_pack.with_entry("limits/nested-loops.j2"), hostile_pack.root)
    with pytest.raises(RenderError) as caught:
        worker.render(loop, timeout=3)
    assert caught.value.kind == "timeout"
    assert "longer than 3 seconds" in str(caught.value)
    assert not psutil.pid_exists(first) or psutil.Process(first).status() == "zombie"
    assert not scratch.exists()  # removed although the worker was killed
    good = make_job(hostile_pack.with_entry("index.html.j2"), hostile_pack.root)
    result = worker.render(good, timeout=60)
    assert result["ok"] and worker.pid not in (None, first)


def test_a_template_that_allocates_without_end_hits_the_memory_limit(hostile_pack: HostilePack):
    with RenderWorker(memory_mb=700) as worker:
        first = worker.pid
        hog = make_job(hostile_pack.with_entry("limits/memory-doubling.j2"), hostile_pack.root)
        result = worker.render(hog, timeout=60)
        assert result["ok"] is False
        assert result["error"]["kind"] == "memory"
        assert "more memory" in result["error"]["message"]
        # The parent is unaffected and the next job runs in a fresh worker.
        good = make_job(hostile_pack.with_entry("index.html.j2"), hostile_pack.root)
        assert worker.render(good, timeout=60)["ok"] is True
        assert worker.pid != first
    assert children() == []


def test_a_killed_worker_is_reported_and_restarted(scratch, worker_folders, tmp_path):
    with RenderWorker() as worker:
        first = worker.pid
        assert worker.render(make_job(MINIMAL, tmp_path), timeout=60)["ok"]
        killed = worker_folders()
        assert any(p.name.startswith("weasyprint-") for p in killed)  # its font copies
        os.kill(first, signal.SIGKILL)
        with pytest.raises(RenderError) as caught:
            worker.render(make_job(MINIMAL, tmp_path), timeout=60)
        assert caught.value.kind == "crash"
        assert "stopped unexpectedly" in str(caught.value)
        assert not killed & worker_folders()  # removed with the killed worker
        result = worker.render(make_job(MINIMAL, tmp_path), timeout=60)
        assert result["ok"] and worker.pid != first
    assert list(scratch.iterdir()) == []
    assert children() == []


def test_a_worker_that_cannot_start_is_a_clear_error(scratch):
    broken = RenderWorker(memory_mb=40)  # too little memory even to import the renderer
    with pytest.raises(RenderError) as caught:
        broken.start()
    assert caught.value.kind == "crash"
    assert "while starting" in str(caught.value)
    broken.close()
    assert children() == []
    assert list(scratch.iterdir()) == []


def test_a_missing_python_is_a_clear_error_and_leaves_nothing_behind(scratch, tmp_path):
    missing = tmp_path / "no-such-python"
    with pytest.raises(RenderError) as caught:
        RenderWorker(python=str(missing)).start()
    assert caught.value.kind == "crash"
    assert "could not be started" in str(caught.value) and str(missing) in str(caught.value)
    assert list(scratch.iterdir()) == []


def test_close_leaves_no_process_behind(tmp_path):
    worker = RenderWorker()
    worker.start()
    pid = worker.pid
    worker.render(make_job(MINIMAL, tmp_path), timeout=60)
    worker.close()
    assert worker.pid is None
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == "zombie"
    assert children() == []


def test_render_once(tmp_path):
    result = render_once(make_job(MINIMAL, tmp_path), timeout=60)
    assert result["ok"] and (tmp_path / "out.pdf").exists()
    assert children() == []


def test_nothing_outside_the_pack_reaches_the_output_through_the_worker(
        worker, hostile_pack: HostilePack):
    for entry in ("resources/css-import-file.j2", "resources/img-file.j2",
                  "resources/link-attachment.j2"):
        out = _fresh(hostile_pack.root / "out")
        result = worker.render(make_job(hostile_pack.with_entry(entry), out, html=True),
                               timeout=60)
        assert result["ok"], result["error"]
        assert hostile_pack.leaked(result) == []


def _fresh(folder: Path) -> Path:
    if folder.exists():
        for path in folder.iterdir():
            path.unlink()
    else:
        folder.mkdir()
    return folder


def test_worker_answers_bad_lines_and_keeps_its_output_clean():
    launch = worker_launch()
    try:
        proc = subprocess.Popen(launch.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=launch.environment)
        out, _ = proc.communicate(
            b"this is not json\n" + encode({"id": 5, "op": "nonsense"})
            + encode({"id": 6, "op": "ping"}) + encode({"id": 7, "op": "shutdown"}), timeout=60)
    finally:
        launch.cleanup()
    replies = [decode(line) for line in out.splitlines()]
    assert replies[0]["op"] == "ready"
    assert replies[1]["ok"] is False and "not a JSON message" in replies[1]["error"]["message"]
    assert replies[2]["id"] == 5 and "unknown op" in replies[2]["error"]["message"]
    assert replies[3] == {**replies[3], "id": 6, "ok": True, "op": "pong", "pid": proc.pid}
    assert replies[4]["op"] == "bye" and proc.returncode == 0
