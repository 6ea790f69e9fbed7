"""How the render worker runs each job: the first of a template in the worker itself, later
ones in a forked copy of the warm worker that ends with the job.

The first job of a template fills the worker's caches (the fonts registered, the parsed
stylesheets, the compiled template, the catalogues and GCM text) and leaves the worker
warm; its garbage is collected once the worker is idle, and what outlives it is frozen out
of later collections.  Every later job with a template the worker knows runs in a child made
by ``os.fork``: it starts with all of those caches, allocates what it needs, writes its
progress and result through a pipe to the worker, and exits, so its memory goes back to the
system at once and no garbage collection ever runs between two jobs.  A child that hits the
time or memory limit, or crashes, ends alone: the warm worker answers for it and carries on.
Where ``os.fork`` does not exist every job runs in the worker, collected when it is idle.
"""

from __future__ import annotations

import gc
import os
import resource
import signal
import time
from collections.abc import Callable
from typing import IO, Any

from briefwriter.render.protocol import (
    ProtocolError,
    decode,
    encode,
    error_info,
    make_result,
    progress_message,
)

FORKS = hasattr(os, "fork")
EXIT_MEMORY = 3
EXIT_TIME = 4
EXIT_CHILD_FAILED = 70
COLLECT_GRACE_SECONDS = 0.02
"""After a job run in the worker itself, the collection of its garbage waits this long for a
next job first (the app sends the next preview the moment a result comes in when edits are
waiting)."""
GARBAGE_BUDGET_MB = 64
"""... unless the memory in use has grown by this much since the last collection: then the
garbage is collected before the next job."""


class JobTimeLimit(BaseException):
    """The worker's own backstop: a job ran far past any reasonable time.  A BaseException,
    like KeyboardInterrupt, so that no ``except Exception`` on the way (a template's own
    error report, a malformed log record) mistakes it for the template's failure."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise JobTimeLimit()


def current_rss_mb() -> float:
    """The memory this process holds now (Linux; elsewhere its peak so far)."""
    try:
        with open("/proc/self/statm", "rb") as handle:
            resident_pages = int(handle.read().split()[1])
        return resident_pages * resource.getpagesize() / (1024 * 1024)
    except (OSError, ValueError, IndexError):
        from briefwriter.render.pipeline import peak_rss_mb

        return peak_rss_mb()


class Collector:
    """Collects the garbage of jobs run in the worker when it has nothing else to do."""

    def __init__(self) -> None:
        self.pending = False  # a job ended here since the last collection
        self.baseline_mb = current_rss_mb()
        self.collections = 0
        self.last_ms = 0.0

    def idle(self, wait: Callable[[float], bool]) -> None:
        """Between jobs: collect unless a job is already waiting or comes at once
        (``wait(seconds)`` says whether one came)."""
        if self.pending and not wait(COLLECT_GRACE_SECONDS):
            self.collect()

    def before_job(self) -> None:
        """A job is about to start: collect first only if the garbage has grown too big."""
        if self.pending and current_rss_mb() - self.baseline_mb > GARBAGE_BUDGET_MB:
            self.collect()

    def collect(self) -> None:
        start = time.perf_counter()
        gc.collect()
        # What outlives a template's first job is the renderer's caches: kept out of every
        # later collection (and never copied by a child's reference counting more than once).
        gc.freeze()
        self.last_ms = (time.perf_counter() - start) * 1000
        self.collections += 1
        self.pending = False
        self.baseline_mb = current_rss_mb()


def _warm_key(job: dict[str, Any]) -> tuple[str, str, str, str]:
    """What a job needs from the caches: its template (and where it may come from), the
    brand kit and the paper's language (fonts and labels)."""
    brief = job.get("brief")
    language = brief.get("language") if isinstance(brief, dict) else ""
    return (str(job.get("template")), str(job.get("template_source", "brief")),
            str(job.get("brand") or ""), str(language or ""))


def _run_here(job: dict[str, Any], job_id: int, out: IO[bytes], time_limit: int) -> int | None:
    """Run ``job`` in this process and write its progress and result to ``out``; an exit
    code when this process must end (time or memory limit), else None."""
    from briefwriter.render.pipeline import peak_rss_mb, render_job

    def progress(stage: str, page: int) -> None:
        out.write(encode(progress_message(job_id, stage, page)))

    signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(time_limit)
    try:
        result = render_job(job, progress=progress)
    except MemoryError:
        signal.alarm(0)
        # Memory is low and the heap may be fragmented: report, then start afresh.
        out.write(encode(make_result(job_id, ok=False, error=error_info(
            "memory", "The template needed more memory than a render may use, so it was "
            "stopped."), peak_rss_mb=peak_rss_mb())))
        return EXIT_MEMORY
    except JobTimeLimit:
        # Interrupted mid-way, caches may be inconsistent: report, then start afresh.
        out.write(encode(make_result(job_id, ok=False, error=error_info(
            "render", f"The render took longer than {time_limit} seconds and was stopped."))))
        return EXIT_TIME
    finally:
        signal.alarm(0)
    out.write(encode(result))
    return None


class JobRunner:
    """Runs render jobs for the worker's loop, in the worker or in a forked child."""

    def __init__(self, out: IO[bytes], time_limit: int, *, fork: bool = FORKS) -> None:
        self.out = out
        self.time_limit = time_limit
        self.fork = fork
        self.warm: set[tuple[str, str, str, str]] = set()
        self.collector = Collector()
        self.children = 0

    def run(self, job: dict[str, Any], job_id: int) -> int | None:
        """Run one job; an exit code when the worker must end, else None."""
        key = _warm_key(job)
        if self.fork and key in self.warm:
            self._run_forked(job, job_id)
            return None
        self.collector.before_job()
        code = _run_here(job, job_id, self.out, self.time_limit)
        self.collector.pending = True
        self.warm.add(key)
        return code

    def _run_forked(self, job: dict[str, Any], job_id: int) -> None:
        from briefwriter.render.pipeline import remember_preview

        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run the job, then leave without any clean-up
            code = EXIT_CHILD_FAILED
            try:
                os.close(read_fd)
                die_with_parent()
                code = _run_here(job, job_id, os.fdopen(write_fd, "wb", buffering=0),
                                 self.time_limit) or 0
            finally:
                os._exit(code)
        self.children += 1
        os.close(write_fd)
        answered = False
        with os.fdopen(read_fd, "rb") as replies:
            for line in replies:  # progress lines, then the result
                try:
                    message = decode(line)
                except ProtocolError:
                    continue
                if message.get("op") != "progress":
                    answered = True
                    remember_preview(job, message)
                self.out.write(line if line.endswith(b"\n") else line + b"\n")
        _, status = os.waitpid(pid, 0)
        if not answered:
            why = (f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status)
                   else f"exit code {os.waitstatus_to_exitcode(status)}")
            self.out.write(encode(make_result(job_id, ok=False, error=error_info(
                "render", f"The renderer stopped unexpectedly ({why}); please try again."))))


def die_with_parent() -> None:
    """On Linux, ask the kernel to kill this process if its parent dies (no orphaned
    renders); a forked child asks again, as the request is not inherited."""
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
