"""The one way the GUI runs work off its thread: ``Job(parent, op).success(fn).run()``.

``op`` runs on a worker thread of a named *lane*, a serial queue shared by the whole app:
jobs in one lane run one at a time in the order they were started (saves never race each
other or an open; recovery writes and removals stay in order).  ``success(result)`` or
``failure(error)`` is then called on the GUI thread, and never after ``parent`` (a QObject)
has been deleted.  ``newest_wins()`` drops the parent's earlier jobs of that kind still
waiting in the lane (the checks want only the newest brief checked).  ``busy(parent)`` says
whether a parent's jobs are still under way; ``wait(parent, msecs)`` is the bounded wait a
closing window makes.  A lane's one thread is started when work arrives and ends when its
queue is empty, so an idle app runs no extra threads.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

T = TypeVar("T")

DEFAULT_LANE = "background"


class Job(Generic[T]):
    """One piece of work for a lane, and what to do with its outcome on the GUI thread.

    Build it, attach ``success``/``failure``, then ``run()`` it (from the GUI thread).
    Without a ``failure`` handler an error goes to ``sys.excepthook``, like any other bug.
    """

    def __init__(self, parent: QObject, op: Callable[[], T], *, lane: str = DEFAULT_LANE) -> None:
        self.parent = parent
        self.op = op
        self.lane = lane
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[Exception], object] | None = None
        self._newest_wins = False
        self._finished = threading.Event()  # ``op`` has returned or raised
        self._outcome: tuple[bool, Any] = (False, None)
        self._delivered = False  # GUI thread only
        self._relay: _Relay | None = None

    def success(self, fn: Callable[[T], object]) -> Self:
        """Call ``fn(result)`` on the GUI thread when ``op`` returns."""
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[Exception], object]) -> Self:
        """Call ``fn(error)`` on the GUI thread when ``op`` raises."""
        self._on_failure = fn
        return self

    def newest_wins(self) -> Self:
        """On ``run``, drop this parent's newest-wins jobs still waiting in the lane.

        A dropped job never runs and nothing is called for it; one already running finishes
        and is delivered as usual (its caller tells stale results apart).
        """
        self._newest_wins = True
        return self

    def run(self) -> Self:
        """Queue the job on its lane; returns at once."""
        if QThread.currentThread() is not _gui_thread():
            raise RuntimeError("jobs are started from the GUI thread")
        self._relay = _relay()  # made on the GUI thread, so it delivers there
        dropped = _lane(self.lane).submit(self)
        for job in dropped:
            _pending.pop(job, None)
        _pending[self] = None
        return self

    def is_finished(self) -> bool:
        return self._finished.is_set()

    # -- on the worker thread -------------------------------------------------------------
    def _execute(self) -> None:
        try:
            self._outcome = (True, self.op())
        except Exception as error:
            self._outcome = (False, error)
        self._finished.set()
        assert self._relay is not None
        self._relay.finished.emit(self)  # queued: delivered by the GUI thread's event loop


class _Lane:
    """A named queue run in order by one worker thread, started only while there is work."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.Lock()
        self._queue: deque[Job[Any]] = deque()
        self._running = False

    def submit(self, job: Job[Any]) -> list[Job[Any]]:
        """Add ``job``; the jobs it replaced (see ``Job.newest_wins``) are returned."""
        dropped: list[Job[Any]] = []
        with self._lock:
            if job._newest_wins:
                dropped = [j for j in self._queue if j._newest_wins and j.parent is job.parent]
                for old in dropped:
                    self._queue.remove(old)
            self._queue.append(job)
            start = not self._running
            self._running = True
        if start:
            threading.Thread(target=self._work, name=f"jobs-{self.name}", daemon=True).start()
        return dropped

    def _work(self) -> None:
        while True:
            with self._lock:
                if not self._queue:
                    self._running = False  # decided under the lock: ``submit`` starts another
                    return
                job = self._queue.popleft()
            job._execute()


class _Relay(QObject):
    """Lives on the GUI thread; carries finished jobs there through a queued signal."""

    finished = Signal(object)


_lanes: dict[str, _Lane] = {}
_lanes_lock = threading.Lock()
_pending: dict[Job[Any], None] = {}  # started and not yet delivered, oldest first (GUI thread)
_relay_object: _Relay | None = None


def _gui_thread() -> QThread:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("jobs need a running QCoreApplication")
    return app.thread()


def _relay() -> _Relay:
    global _relay_object
    if _relay_object is None or not shiboken6.isValid(_relay_object):
        _relay_object = _Relay()
        _relay_object.finished.connect(_deliver)
    return _relay_object


def _lane(name: str) -> _Lane:
    with _lanes_lock:
        if name not in _lanes:
            _lanes[name] = _Lane(name)
        return _lanes[name]


def _deliver(job: Job[Any]) -> None:
    """On the GUI thread: hand the outcome to the caller, once, if its parent still lives."""
    if job._delivered:
        return
    job._delivered = True
    _pending.pop(job, None)
    ok, value = job._outcome
    on_success, on_failure = job._on_success, job._on_failure
    # Let go of the result and the callbacks (and, through them, the caller's objects): an
    # error's traceback holds the worker's frame, and with it this job, in a cycle.
    job._outcome = (ok, None)
    job._on_success = job._on_failure = None
    if not shiboken6.isValid(job.parent):
        return
    if ok:
        if on_success is not None:
            on_success(value)
    elif on_failure is not None:
        on_failure(value)
    else:
        sys.excepthook(type(value), value, value.__traceback__)


def busy(parent: QObject) -> bool:
    """Whether any job of ``parent`` is waiting, running or not yet delivered."""
    return any(job.parent is parent for job in _pending)


def wait(parent: QObject, msecs: int) -> bool:
    """Block (at most ``msecs``) until ``parent``'s jobs have run, and deliver their outcomes.

    For a window that is closing; True if every one finished in time.  Jobs still queued
    afterwards run later (a save is never abandoned); their outcome is delivered only if
    ``parent`` still lives.
    """
    deadline = time.monotonic() + max(0, msecs) / 1000
    mine = [job for job in _pending if job.parent is parent]
    in_time = all(job._finished.wait(max(0.0, deadline - time.monotonic())) for job in mine)
    for job in mine:
        if job.is_finished():
            _deliver(job)
    return in_time


def lane_threads() -> list[str]:
    """The names of the lanes' worker threads now running (for leak checks)."""
    return [t.name for t in threading.enumerate() if t.name.startswith("jobs-") and t.is_alive()]
