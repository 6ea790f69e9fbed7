"""The background-job helper: GUI-thread delivery, ordered lanes, newest wins, bounded waits."""

from __future__ import annotations

import sys
import threading

import pytest
import shiboken6
from helpers_shell import Answers, new_window
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMessageBox

from briefwriter.gui import jobs
from briefwriter.gui.jobs import Job

WAIT_MS = 5_000  # a guard against hangs, never a measurement


@pytest.fixture
def owner(qapp):
    parent = QObject()
    yield parent
    if shiboken6.isValid(parent):
        jobs.wait(parent, WAIT_MS)


@pytest.fixture
def gate():
    """An event a job's operation waits on; always opened at the end (no thread left)."""
    event = threading.Event()
    yield event
    event.set()


def hold_lane(lane: str, gate: threading.Event) -> tuple[QObject, threading.Event]:
    """Occupy ``lane`` with a job that waits for ``gate``; returns its owner and an event set
    once it is running (so what follows queues behind it)."""
    holder = QObject()
    running = threading.Event()

    def hold() -> None:
        running.set()
        assert gate.wait(WAIT_MS)

    Job(holder, hold, lane=lane).run()
    assert running.wait(WAIT_MS)
    return holder, running


def test_the_work_runs_off_the_gui_thread_and_the_answer_comes_back_on_it(qtbot, owner):
    ran_on, answered_on, results = [], [], []

    def op() -> int:
        ran_on.append(threading.current_thread())
        return 42

    def success(value: int) -> None:
        answered_on.append(threading.current_thread())
        results.append(value)

    Job(owner, op, lane="test-threads").success(success).run()
    qtbot.waitUntil(lambda: results == [42], timeout=WAIT_MS)
    assert ran_on[0] is not threading.main_thread()
    assert answered_on == [threading.main_thread()]
    assert not jobs.busy(owner)


def test_an_error_reaches_the_failure_handler_on_the_gui_thread(qtbot, owner):
    failures = []

    def op() -> None:
        raise OSError("the disk went away")

    Job(owner, op, lane="test-errors") \
        .success(lambda _value: failures.append("success?")) \
        .failure(lambda error: failures.append((threading.current_thread(), str(error)))) \
        .run()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert failures == [(threading.main_thread(), "the disk went away")]


def test_an_error_nobody_handles_is_reported_like_any_bug(qtbot, owner, monkeypatch):
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: reported.append(error))
    Job(owner, lambda: 1 // 0, lane="test-errors").run()
    qtbot.waitUntil(lambda: bool(reported), timeout=WAIT_MS)
    assert isinstance(reported[0], ZeroDivisionError)


def test_nothing_is_called_once_the_parent_is_deleted(qtbot, gate):
    parent = QObject()
    called, started = [], threading.Event()

    def op() -> str:
        started.set()
        assert gate.wait(WAIT_MS)
        return "late"

    job = Job(parent, op, lane="test-deleted").success(called.append) \
        .failure(called.append).run()
    assert started.wait(WAIT_MS)
    parent.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(parent)
    gate.set()
    qtbot.waitUntil(job.is_finished, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not jobs.busy(parent), timeout=WAIT_MS)  # its answer was dropped
    assert called == []


def test_a_lane_runs_its_jobs_one_at_a_time_in_order_on_one_thread(qtbot, owner, gate):
    holder, _running = hold_lane("test-order", gate)
    log, threads, active, overlaps = [], set(), [0], []
    lock = threading.Lock()

    def step(n: int) -> int:
        with lock:
            active[0] += 1
            overlaps.append(active[0] > 1)
        threads.add(threading.get_ident())
        log.append(n)
        with lock:
            active[0] -= 1
        return n

    results = []
    for n in range(20):
        Job(owner, lambda n=n: step(n), lane="test-order").success(results.append).run()
    assert log == []  # all queued behind the job holding the lane
    gate.set()
    qtbot.waitUntil(lambda: len(results) == 20, timeout=WAIT_MS)
    assert log == results == list(range(20))
    assert not any(overlaps)
    assert len(threads) == 1
    jobs.wait(holder, WAIT_MS)


def test_newest_wins_drops_the_queued_jobs_of_the_same_parent_only(qtbot, gate):
    hold_lane("test-newest", gate)
    mine, other = QObject(), QObject()
    ran, answered = [], []
    for n in range(5):
        Job(mine, lambda n=n: ran.append(("mine", n)) or n, lane="test-newest") \
            .newest_wins().success(answered.append).run()
    Job(other, lambda: ran.append(("other", 0)) or "other", lane="test-newest") \
        .newest_wins().success(answered.append).run()
    Job(mine, lambda: ran.append(("mine", "plain")) or "plain", lane="test-newest") \
        .success(answered.append).run()
    gate.set()
    qtbot.waitUntil(lambda: len(answered) == 3, timeout=WAIT_MS)
    assert ran == [("mine", 4), ("other", 0), ("mine", "plain")]
    assert answered == [4, "other", "plain"]
    assert not jobs.busy(mine)


def test_busy_and_a_bounded_wait(qtbot, owner, gate):
    answers = []
    Job(owner, lambda: gate.wait(WAIT_MS) and "done", lane="test-wait") \
        .success(answers.append).run()
    assert jobs.busy(owner)
    assert jobs.wait(owner, 20) is False  # gave up: the job is still running
    assert answers == [] and jobs.busy(owner)
    gate.set()
    assert jobs.wait(owner, WAIT_MS) is True
    assert answers == ["done"]  # delivered by the wait itself
    assert not jobs.busy(owner)
    QCoreApplication.processEvents()  # the queued delivery that follows is not a second one
    assert answers == ["done"]


def test_jobs_start_only_on_the_gui_thread(qtbot, owner):
    errors = []

    def from_a_thread() -> None:
        try:
            Job(owner, lambda: None).run()
        except RuntimeError as error:
            errors.append(str(error))

    thread = threading.Thread(target=from_a_thread)
    thread.start()
    thread.join(WAIT_MS / 1000)
    assert errors == ["jobs are started from the GUI thread"]


def test_no_lane_thread_is_left_once_the_work_is_done(qtbot, owner):
    done = []
    for lane in ("test-idle-a", "test-idle-b"):
        Job(owner, lambda lane=lane: lane, lane=lane).success(done.append).run()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not jobs.lane_threads(), timeout=WAIT_MS)


def test_no_thread_is_left_after_a_window_that_used_every_lane_closes(qtbot, tmp_path,
                                                                       monkeypatch):
    answers = Answers.install(monkeypatch)
    window = new_window(qtbot)
    target = tmp_path / "all-lanes.brief.yaml"
    answers.save_paths.append(target)
    window.session.set_value(("title",), "Saved, checked and copied")
    with qtbot.waitSignal(window.autosaver.written, timeout=WAIT_MS):
        window.autosaver.save_now()  # the recovery lane
    with qtbot.waitSignal(window.checks.updated, timeout=WAIT_MS):
        window.checks.run_now()  # the checks lane
    with qtbot.waitSignal(window.documents.savedTo, timeout=WAIT_MS):
        window.save_action.trigger()  # the file lane
    with qtbot.waitSignal(window.documents.opened, timeout=WAIT_MS):
        window.documents.open_path(target)
    window.session.set_value(("title",), "More")
    window.checks.run_now()
    window.autosaver.save_now()
    answers.save_answers.append(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert not any(jobs.busy(owner) for owner in
                   (window.documents.files, window.autosaver))  # waited for on close
    qtbot.waitUntil(lambda: not jobs.lane_threads(), timeout=WAIT_MS)
