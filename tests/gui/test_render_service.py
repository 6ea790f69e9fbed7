"""The render service with a real worker: previews, newest-wins, time limits, crashes, exports."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest
from helpers_render import (
    ENDLESS_PAGE,
    RENDER_WAIT_MS,
    SIMPLE_PAGE,
    START_WAIT_MS,
    normalise,
    pdf_text,
    small_brief,
    started_service,
    user_templates_dir,
    write_pack,
)

from briefwriter.gui import render_service as rs
from briefwriter.gui.render_service import READY, RenderService
from briefwriter.gui.session import Session

# Every worker here keeps its files in the test's own temporary folder (set up before the
# shared ``service`` fixture starts one).
pytestmark = pytest.mark.usefixtures("scratch")


def folders_of_the_worker(qtbot, worker_folders, *, fonts: bool = True) -> set[Path]:
    """The folders of the one worker running: its private folder and, once its first job
    has reached the layout (``fonts``), WeasyPrint's font copies in it."""
    prefix = "weasyprint-" if fonts else "briefwriter-worker-"
    qtbot.waitUntil(lambda: any(p.name.startswith(prefix) for p in worker_folders()),
                    timeout=RENDER_WAIT_MS)
    return worker_folders()


def wait_until_removed(qtbot, worker_folders, folders: set[Path]) -> None:
    """Wait until none of ``folders`` is left (a killed worker is reaped within moments)."""
    qtbot.waitUntil(lambda: not folders & worker_folders(), timeout=10_000)


def _is_ready(state: str) -> bool:
    return state == READY


def test_first_preview_shows_the_brief(qtbot, service, session):
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS) as ready:
        pass  # start() asks for a first preview as soon as the worker is warm
    path, pages, warnings = ready.args
    assert pages >= 1
    assert warnings == []
    text = normalise(pdf_text(path))
    assert "Detention is never in the best interests of a child" in text
    assert "Migrant Voices Test Network" in text
    # Private folder: nobody else on the machine reads the person's draft.
    assert (Path(path).parent.stat().st_mode & 0o077) == 0


def test_edits_made_while_it_renders_become_one_job_sent_when_it_is_done(
        qtbot, service, session):
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS):
        pass
    shown: list[str] = []
    started: list[int] = []
    service.previewReady.connect(lambda path, *_: shown.append(path))
    service.previewStarted.connect(lambda: started.append(service.running_generation))

    session.set_value(("title",), "Version one")
    with qtbot.waitSignal(service.previewStarted, timeout=RENDER_WAIT_MS):
        pass  # the worker was free: the job went at once
    first_generation = service.running_generation
    # While that job runs, two more edits: they make one job, sent when the first is done.
    session.set_value(("title",), "Version two")
    session.set_value(("title",), "Version three")
    final_generation = session.generation
    assert service.preview_pending

    qtbot.waitUntil(lambda: service.shown_generation == final_generation,
                    timeout=RENDER_WAIT_MS)
    assert started == [first_generation, final_generation]
    # The first result is shown while the newest renders (it is newer than what was on
    # screen), then the newest replaces it; "Version two" was never rendered.
    assert len(shown) == 2
    texts = [normalise(pdf_text(path)) for path in shown[-1:]]
    assert "Version three" in texts[0] and "Version one" not in texts[0]
    assert not service.preview_pending


def test_a_failure_behind_newer_edits_is_dropped_without_a_message(qtbot, service, session):
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS):
        pass
    failed: list[str] = []
    dropped: list[int] = []
    service.previewFailed.connect(failed.append)
    service.previewDropped.connect(dropped.append)
    session.set_value(("template", "name"), "no-such-template")
    with qtbot.waitSignal(service.previewStarted, timeout=RENDER_WAIT_MS):
        pass
    broken_generation = service.running_generation
    session.set_value(("template", "name"), "position-paper")  # mended before it answered
    qtbot.waitUntil(lambda: service.shown_generation == session.generation,
                    timeout=RENDER_WAIT_MS)
    assert dropped == [broken_generation]
    assert failed == []


def test_an_edit_the_template_does_not_print_costs_no_render(qtbot, service, session, scratch):
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS) as ready:
        pass
    shown_path, pages = ready.args[0], ready.args[1]
    files_before = sorted(Path(shown_path).parent.iterdir())
    ready_again: list[str] = []
    service.previewReady.connect(lambda path, *_: ready_again.append(path))
    # The position paper does not print the oral statement.
    with qtbot.waitSignal(service.previewUnchanged, timeout=RENDER_WAIT_MS) as unchanged:
        session.set_value(("statement", "text"), "Words for the plenary, not for the paper.")
    assert unchanged.args[0] == pages
    assert service.shown_generation == session.generation
    timings = service.last_preview_result["timings"]
    assert "pdf_ms" not in timings  # nothing laid out
    assert ready_again == []
    assert sorted(Path(shown_path).parent.iterdir()) == files_before  # nothing written
    # An edit the paper shows is rendered again.
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS) as ready:
        session.set_value(("title",), "A title the paper prints")
    assert "A title the paper prints" in normalise(pdf_text(ready.args[0]))


def test_a_burst_of_edits_makes_one_job(qtbot, service, session):
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS):
        pass
    started: list[int] = []
    service.previewStarted.connect(lambda: started.append(service.running_generation))
    for word in ("A", "A burst", "A burst of", "A burst of typing"):
        session.set_value(("title",), word, merge_key="typing")
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS) as ready:
        pass
    assert started == [session.generation]
    assert "A burst of typing" in normalise(pdf_text(ready.args[0]))


def test_old_preview_files_are_removed_but_the_shown_one_is_kept(qtbot, service, session,
                                                                  scratch):
    paths = []
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS) as ready:
        pass
    paths.append(ready.args[0])
    for n in range(3):
        session.set_value(("title",), f"Edit {n}")
        with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS) as ready:
            pass
        paths.append(ready.args[0])
    assert len(set(paths)) == len(paths)  # never overwritten while on screen
    assert [Path(p).exists() for p in paths] == [False, False, True, True]
    folder = Path(paths[-1]).parent
    assert folder.parent == scratch
    service.shutdown()
    assert not folder.exists()
    assert list(scratch.iterdir()) == []  # nor the worker's temporary folder


def test_a_worker_killed_from_outside_is_restarted(
        qtbot, service, session, scratch, worker_folders):
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS):
        pass
    old_pid = service.worker_pid
    old_folders = folders_of_the_worker(qtbot, worker_folders)
    failures: list[str] = []
    service.previewFailed.connect(failures.append)
    session.set_value(("title",), "Sent to a worker that dies")
    with qtbot.waitSignal(service.previewStarted, timeout=RENDER_WAIT_MS):
        pass
    with qtbot.waitSignal(service.workerStateChanged, timeout=START_WAIT_MS,
                          check_params_cb=_is_ready):
        os.kill(old_pid, signal.SIGKILL)
    assert len(failures) == 1 and "stopped unexpectedly" in failures[0]
    assert service.worker_pid not in (None, old_pid)
    wait_until_removed(qtbot, worker_folders, old_folders)

    session.set_value(("title",), "After the restart")
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS) as ready:
        pass
    assert "After the restart" in normalise(pdf_text(ready.args[0]))
    service.shutdown()
    assert list(scratch.iterdir()) == []


def test_a_render_over_the_time_limit_is_stopped_and_the_worker_restarted(
        qtbot, scratch, worker_folders):
    write_pack(user_templates_dir(), "endless", ENDLESS_PAGE)
    write_pack(user_templates_dir(), "simple", SIMPLE_PAGE)
    brief = small_brief("Stuck in a loop")
    brief.template.name = "endless"
    session = Session(brief)
    service = started_service(qtbot, session, preview_timeout_ms=1_500)
    try:
        first_pid = service.worker_pid
        # The page loops before any layout: the worker's private folder is all there is.
        first_folders = folders_of_the_worker(qtbot, worker_folders, fonts=False)
        with qtbot.waitSignal(service.previewFailed, timeout=RENDER_WAIT_MS) as failed:
            pass
        assert "longer than 1.5 seconds" in failed.args[0]
        qtbot.waitUntil(lambda: service.state == READY, timeout=START_WAIT_MS)
        assert service.worker_pid != first_pid
        wait_until_removed(qtbot, worker_folders, first_folders)

        session.set_value(("template", "name"), "simple")
        with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS) as ready:
            pass
        assert "Stuck in a loop" in normalise(pdf_text(ready.args[0]))
    finally:
        service.shutdown()


def test_export_runs_ahead_of_a_waiting_preview(qtbot, service, session, tmp_path):
    with qtbot.waitSignal(service.previewReady, timeout=RENDER_WAIT_MS):
        pass
    order: list[str] = []  # the kind of each job as the worker starts it

    def started(state: str) -> None:
        if state == rs.BUSY and service.running_job is not None:
            order.append(service.running_job[1])

    service.workerStateChanged.connect(started)
    session.set_value(("title",), "Exported title")
    service.preview_now()  # the preview is running ...
    out = tmp_path / "out.pdf"
    job_id = service.submit_export({"pdf": str(out)}, "ua-1")  # ... the export waits for it
    session.set_value(("title",), "Edited after the export was asked for")
    with qtbot.waitSignal(service.exportFinished, timeout=RENDER_WAIT_MS,
                          check_params_cb=lambda i, _r: i == job_id) as done:
        pass
    result = done.args[1]
    assert result["ok"], result
    assert order[:2] == ["preview", "export"]  # the export did not wait behind the newer edit
    assert "Exported title" in normalise(pdf_text(out))


def test_cancelling_a_queued_export_needs_no_restart(qtbot, tmp_path):
    session = Session(small_brief())
    service = RenderService(session)
    try:
        service.start()  # still warming up: the export waits in the queue
        finished = []
        service.exportFinished.connect(lambda i, r: finished.append((i, r)))
        job_id = service.submit_export({"pdf": str(tmp_path / "never.pdf")}, "ua-1")
        assert service.cancel(job_id) is True
        assert finished and finished[0][0] == job_id
        assert finished[0][1]["error"]["kind"] == "cancelled"
        assert service.state == rs.STARTING  # the worker was left to start in peace
        qtbot.waitUntil(lambda: service.state == READY, timeout=START_WAIT_MS)
        assert not (tmp_path / "never.pdf").exists()
        assert service.cancel(job_id) is False
    finally:
        service.shutdown()


def test_a_worker_that_cannot_start_gives_up_with_a_message(qtbot, monkeypatch, scratch):
    monkeypatch.setattr(rs, "RESTART_DELAYS_MS", (0, 0, 0))
    monkeypatch.setattr(sys, "executable", "/nonexistent/python-for-briefwriter")
    session = Session(small_brief())
    service = RenderService(session)
    states: list[str] = []
    service.workerStateChanged.connect(states.append)
    exports: list[dict] = []
    service.exportFinished.connect(lambda _id, result: exports.append(result))
    try:
        with qtbot.waitSignal(service.previewFailed, timeout=10_000) as failed:
            service.start()
            service.submit_export({"pdf": "/nonexistent/never.pdf"}, "ua-1")
        assert service.state == rs.FAILED
        # The waiting export is answered, not left hanging.
        assert [r["error"]["kind"] for r in exports] == ["crash"]
        assert states.count(rs.STARTING) == 4  # the first try and three restarts, then stop
        assert "could not be started" in failed.args[0]
        # Edits do not make it try again on every keystroke.
        session.set_value(("title",), "Still typing")
        service.preview_now()
        assert service.state == rs.FAILED
        assert states.count(rs.STARTING) == 4
        assert list(scratch.iterdir()) == []  # each try's temporary folder went with it
    finally:
        service.shutdown()


@pytest.mark.parametrize("error, expected", [
    ({"kind": "template", "message": "unexpected '}'", "template": "template.html.j2",
      "line": 3}, "template.html.j2, line 3: unexpected '}'"),
    ({"kind": "render", "message": "out of paper", "template": "", "line": None},
     "out of paper"),
    (None, "The document could not be rendered."),
])
def test_errors_are_described_in_plain_words(error, expected):
    assert rs.describe_error(error) == expected


def test_a_slow_stale_preview_is_abandoned_for_the_newest_edit(qtbot):
    write_pack(user_templates_dir(), "endless", ENDLESS_PAGE)
    brief = small_brief("Back to a template that works")
    brief.template.name = "endless"
    session = Session(brief)
    # The time limit is far away: only abandoning the stale job can bring the preview in time.
    service = started_service(qtbot, session, preview_timeout_ms=600_000, stale_abort_ms=300)
    try:
        dropped: list[int] = []
        service.previewDropped.connect(dropped.append)
        qtbot.waitUntil(lambda: service.running_job is not None, timeout=RENDER_WAIT_MS)
        stuck_generation = service.running_generation
        stuck_pid = service.worker_pid
        with qtbot.waitSignal(service.previewReady, timeout=START_WAIT_MS) as ready:
            session.set_value(("template", "name"), "position-paper")
        assert dropped == [stuck_generation]
        assert service.worker_pid != stuck_pid
        assert "Back to a template that works" in normalise(pdf_text(ready.args[0]))
    finally:
        service.shutdown()


def test_a_worker_killed_for_a_stale_preview_leaves_no_temporary_files(
        qtbot, scratch, worker_folders):
    write_pack(user_templates_dir(), "endless", ENDLESS_PAGE)
    brief = small_brief("Back to a template that works")
    brief.template.name = "endless"
    session = Session(brief)
    service = started_service(qtbot, session, preview_timeout_ms=600_000, stale_abort_ms=300)
    try:
        qtbot.waitUntil(lambda: service.running_job is not None, timeout=RENDER_WAIT_MS)
        stuck = folders_of_the_worker(qtbot, worker_folders, fonts=False)  # a looping page
        with qtbot.waitSignal(service.previewDropped, timeout=START_WAIT_MS):
            session.set_value(("template", "name"), "position-paper")
        wait_until_removed(qtbot, worker_folders, stuck)
        qtbot.waitUntil(lambda: service.state == READY, timeout=START_WAIT_MS)
    finally:
        service.shutdown()
    assert list(scratch.iterdir()) == []


def test_a_worker_killed_to_cancel_an_export_leaves_no_temporary_files(qtbot, scratch,
                                                                         tmp_path, worker_folders):
    write_pack(user_templates_dir(), "endless", ENDLESS_PAGE)
    brief = small_brief()
    brief.template.name = "endless"
    session = Session(brief)
    # No preview gets in the way: the first one is never asked for.
    service = RenderService(session, coalesce_ms=600_000)
    service.request_preview()
    try:
        with qtbot.waitSignal(service.workerStateChanged, timeout=START_WAIT_MS,
                              check_params_cb=_is_ready):
            job_id = service.submit_export({"pdf": str(tmp_path / "never.pdf")}, "ua-1")
        qtbot.waitUntil(lambda: service.running_job == (job_id, "export"), timeout=RENDER_WAIT_MS)
        stuck = folders_of_the_worker(qtbot, worker_folders, fonts=False)  # a looping page
        with qtbot.waitSignal(service.exportFinished, timeout=RENDER_WAIT_MS) as finished:
            assert service.cancel(job_id) is True
        assert finished.args[1]["error"]["kind"] == "cancelled"
        wait_until_removed(qtbot, worker_folders, stuck)
    finally:
        service.shutdown()
    assert list(scratch.iterdir()) == []
    assert not (tmp_path / "never.pdf").exists()
