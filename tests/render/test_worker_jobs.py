"""How the worker runs jobs: a template's first job in the worker, later ones in a forked copy
that ends with the job (no garbage collection between jobs, memory back at once), a child
that overruns or crashes ending alone, and progress reports from long renders."""

from __future__ import annotations

import io
import os
import shutil
import signal
import threading
from pathlib import Path

import psutil
import pytest
from conftest import MINIMAL, make_job, sample_brief

from briefwriter.core.model import Priority
from briefwriter.render import pipeline, worker_jobs
from briefwriter.render.client import RenderWorker
from briefwriter.render.protocol import decode
from briefwriter.render.worker_jobs import JobRunner

LOOPING_WHEN_ASKED = """\
<!doctype html><html><body><h1>{{ brief.title }}</h1>
{%- if brief.title == "loop" -%}
{%- for i in range(100000) -%}{%- for j in range(100000) -%}{%- endfor -%}{%- endfor -%}
{%- endif -%}
</body></html>
"""


def looping_pack(root: Path) -> Path:
    """A copy of the minimal pack whose page loops for ever when the title is "loop"."""
    folder = root / "looping"
    shutil.copytree(MINIMAL, folder)
    (folder / "page.html.j2").write_text(LOOPING_WHEN_ASKED, encoding="utf-8")
    return folder


def titled_job(template: Path, out: Path, title: str) -> dict:
    brief = sample_brief()
    brief.title = title
    return make_job(template, out, brief=brief, mode="preview", variant="none")


def long_brief(priorities: int = 40):
    brief = sample_brief()
    text = " ".join(["A sentence of evidence about safe and regular pathways."] * 30)
    brief.priorities = [Priority(title=f"Priority {n}", description=text)
                        for n in range(1, priorities + 1)]
    return brief


def test_later_jobs_run_in_a_forked_copy_and_the_worker_does_not_grow(tmp_path):
    with RenderWorker() as worker:
        pid = worker.pid
        first = worker.render(titled_job(MINIMAL, tmp_path, "First"), timeout=60)
        assert first["ok"]
        before = worker.ping()
        for n in range(5):
            result = worker.render(titled_job(MINIMAL, tmp_path, f"Job {n}"), timeout=60)
            assert result["ok"], result
        after = worker.ping()
        assert worker.pid == pid
        assert after["forked_jobs"] - before["forked_jobs"] == 5
        # The children's memory went with them: the worker holds what it held before.
        assert after["rss_mb"] <= before["rss_mb"] + 2
        assert after["collections"] == before["collections"]  # nothing to collect here
        assert [c for c in psutil.Process(pid).children() if c.status() != "zombie"] == []


def test_a_job_over_the_time_limit_in_a_child_leaves_the_worker_warm(tmp_path):
    pack = looping_pack(tmp_path)
    with RenderWorker(job_time_limit=2) as worker:
        assert worker.render(titled_job(pack, tmp_path, "warm"), timeout=60)["ok"]
        pid = worker.pid
        stuck = worker.render(titled_job(pack, tmp_path, "loop"), timeout=60)
        assert stuck["ok"] is False
        assert "longer than 2 seconds" in stuck["error"]["message"]
        assert worker.pid == pid  # not restarted: only the child ended
        assert worker.render(titled_job(pack, tmp_path, "fine again"), timeout=60)["ok"]
        assert worker.pid == pid


def test_a_child_that_dies_is_answered_for_and_the_worker_goes_on(tmp_path):
    pack = looping_pack(tmp_path)
    with RenderWorker() as worker:
        assert worker.render(titled_job(pack, tmp_path, "warm"), timeout=60)["ok"]
        pid = worker.pid
        outcome: dict = {}
        thread = threading.Thread(target=lambda: outcome.update(
            worker.render(titled_job(pack, tmp_path, "loop"), timeout=60)))
        thread.start()
        parent = psutil.Process(pid)
        child = None
        for _ in range(600):  # wait (up to a minute) for the job's child to appear
            running = [c for c in parent.children() if c.status() != "zombie"]
            if running:
                child = running[0]
                break
            thread.join(0.1)
        assert child is not None
        os.kill(child.pid, signal.SIGKILL)
        thread.join(60)
        assert outcome["ok"] is False
        assert "stopped unexpectedly" in outcome["error"]["message"]
        assert "signal 9" in outcome["error"]["message"]
        assert worker.pid == pid
        assert worker.render(titled_job(pack, tmp_path, "after"), timeout=60)["ok"]


def test_a_forked_child_that_fails_before_answering_gets_a_clear_result(monkeypatch, tmp_path):
    def dies(*_args, **_kwargs):
        os._exit(1)

    runner = JobRunner(io.BytesIO(), 60)
    job = titled_job(MINIMAL, tmp_path, "x")
    runner.warm.add(worker_jobs._warm_key(job))  # as if the template's first job had run
    monkeypatch.setattr(worker_jobs, "_run_here", dies)
    assert runner.run(job, 7) is None
    [reply] = [decode(line) for line in runner.out.getvalue().splitlines()]
    assert reply["id"] == 7 and reply["ok"] is False
    assert "stopped unexpectedly (exit code 1)" in reply["error"]["message"]


def test_a_long_render_reports_each_stage_and_page(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "PROGRESS_INTERVAL", 0.0)
    reports: list[tuple[str, int]] = []
    job = make_job("position-paper", tmp_path, brief=long_brief(), mode="preview",
                   variant="none")
    result = pipeline.render_job(job, progress=lambda stage, page: reports.append((stage,
                                                                                   page)))
    assert result["ok"] and result["pages"] >= 8
    stages = [stage for stage, _ in reports]
    assert stages[0] == "prepare" and stages[-1] == "write"
    pages = [page for stage, page in reports if stage == "layout"]
    assert pages[0] == 1 and max(pages) == result["pages"]


def test_no_progress_is_reported_before_the_first_interval(monkeypatch, tmp_path):
    # A render that ends within the interval says nothing: a short one costs no messages.
    monkeypatch.setattr(pipeline, "PROGRESS_INTERVAL", 3600.0)
    reports: list[tuple[str, int]] = []
    job = make_job("position-paper", tmp_path, brief=long_brief(), mode="preview",
                   variant="none")
    result = pipeline.render_job(job, progress=lambda stage, page: reports.append((stage,
                                                                                   page)))
    assert result["ok"] and result["pages"] >= 8
    assert reports == []


def test_progress_comes_through_the_worker_for_a_long_render(tmp_path):
    with RenderWorker() as worker:
        seen: list[dict] = []
        job = make_job("position-paper", tmp_path, brief=long_brief(80), mode="preview",
                       variant="none")
        result = worker.render(job, timeout=120, on_progress=seen.append)
        assert result["ok"]
        assert seen and all(m["op"] == "progress" and m["id"] == job["id"] for m in seen)
        layout = [m["page"] for m in seen if m["stage"] == "layout"]
        assert layout == sorted(layout) and layout[-1] <= result["pages"]


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in the worker"])
def test_jobs_answer_alike_in_a_child_and_in_the_worker(fork, tmp_path):
    out = io.BytesIO()
    runner = JobRunner(out, 60, fork=fork)
    for n in range(2):
        job = titled_job(MINIMAL, tmp_path, f"Alike {n}")
        job["id"] = n + 1
        assert runner.run(job, n + 1) is None
    replies = [decode(line) for line in out.getvalue().splitlines()]
    results = [r for r in replies if r.get("op") != "progress"]  # a cold first job reports
    assert [(r["id"], r["ok"], r["pages"]) for r in results] == [(1, True, 1), (2, True, 1)]
    assert runner.children == (1 if fork else 0)
