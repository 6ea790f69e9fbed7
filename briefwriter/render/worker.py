"""The render worker process (``python -m briefwriter.render.worker``): reads jobs from stdin,
writes results to stdout, one JSON line each, under its own memory limit.

Started as render/launch.py says (arguments, environment, a private TMPDIR).  The parent
enforces the wall-clock limit by killing this process; see render/client.py.
The garbage collector mostly waits while a job runs and catches up when the worker is idle.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import select
import signal
import sys
from typing import IO, Any

from briefwriter.render.protocol import (
    MAX_LINE_BYTES,
    ProtocolError,
    decode,
    encode,
    error_info,
    make_result,
    ready_message,
)

DEFAULT_MEMORY_MB = 1536
DEFAULT_FILE_SIZE_MB = 512
DEFAULT_JOB_TIME_LIMIT = 300
MEMORY_ENV = "BRIEFWRITER_WORKER_MEMORY_MB"
EXIT_MEMORY = 3
EXIT_TIME = 4
JOB_GC_THRESHOLD = 50_000
"""Allocations between young-generation collections while a job runs (Python's default: 700).
A render allocates a few hundred thousand objects that mostly die young; collecting them
every 700 costs 15-90 ms a render, most of it scanning objects that are still in use."""
IDLE_COLLECT_SECONDS = 0.15
"""After a job, a full collection (40-70 ms) runs once no new job has come for this long:
a job already queued arrives within milliseconds, and the app waits 250 ms after an edit
before it asks for a preview, so the collection is over before that job comes ..."""
MAX_JOBS_WITHOUT_COLLECT = 8
"""... or before the job that follows this many jobs without one, so garbage stays bounded."""
TOO_LONG = b"\x00too-long"


class JobTimeLimit(Exception):
    """The worker's own backstop: a job ran far past any reasonable time."""


def _protect_stdout() -> IO[bytes]:
    """A private pipe for results; fd 1 now goes to stderr, so a stray write from a C library
    (or a ``print``) cannot corrupt the protocol."""
    private = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(private, "wb", buffering=0)


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill us if the parent dies (no orphaned renders)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _set_limits(memory_mb: int, file_size_mb: int) -> None:
    def lower(kind: int, value: int) -> None:
        soft, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        if soft == resource.RLIM_INFINITY or value < soft:
            resource.setrlimit(kind, (value, hard))

    if memory_mb > 0:
        lower(resource.RLIMIT_AS, memory_mb * 1024 * 1024)
    # A runaway output file fails with an error (EFBIG) instead of filling the disk.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    lower(resource.RLIMIT_FSIZE, file_size_mb * 1024 * 1024)
    lower(resource.RLIMIT_CORE, 0)


def _on_alarm(signum: int, frame: Any) -> None:
    raise JobTimeLimit()


def warm_up() -> None:
    """Import WeasyPrint and lay out a tiny page with the bundled fonts, so jobs start warm."""
    from briefwriter import paths
    from briefwriter.render.fetcher import SafeURLFetcher
    from briefwriter.render.pdf import render_pdf
    from briefwriter.render.pipeline import base_stylesheet, css_dir

    fetcher = SafeURLFetcher([paths.fonts_dir(), css_dir()])
    html = ("<html lang='en'><body><p>Warm <b>up</b> <i>text</i> <span lang='ar'>نص</span>"
            "</p><p style='font-family: \"BriefWriter Serif\"'>Warm <b>up</b> <i>text</i></p>"
            "</body></html>")
    render_pdf(html, base_url=css_dir().as_uri() + "/", stylesheets=[base_stylesheet().as_uri()],
               fetcher=fetcher, variant="ua-1", title="warm-up")


class LineReader:
    """Lines from a pipe, read in large chunks; it can tell whether a line is waiting."""

    CHUNK = 1024 * 1024

    def __init__(self, fd: int, max_line: int = MAX_LINE_BYTES) -> None:
        self.fd = fd
        self.max_line = max_line
        self.buffer = bytearray()
        self.scanned = 0  # the buffer holds no newline before this offset
        self.eof = False

    def wait(self, timeout: float) -> bool:
        """True when a line (or the end of the input) arrives within ``timeout`` seconds."""
        if self.eof or self.buffer.find(b"\n", self.scanned) >= 0:
            return True
        ready, _, _ = select.select([self.fd], [], [], timeout)
        return bool(ready)

    def _fill(self) -> bool:
        chunk = os.read(self.fd, self.CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.buffer += chunk
        return True

    def readline(self) -> bytes | None:
        """The next line; None at the end of the input; ``TOO_LONG`` for a line over the
        limit (the rest of it is read and dropped)."""
        while True:
            end = self.buffer.find(b"\n", self.scanned)
            if end >= 0:
                line = bytes(self.buffer[: end + 1])
                del self.buffer[: end + 1]
                self.scanned = 0
                return TOO_LONG if len(line) > self.max_line + 1 else line
            self.scanned = len(self.buffer)
            if len(self.buffer) > self.max_line:
                return self._drop_line()
            if not self._fill():
                line, self.buffer, self.scanned = bytes(self.buffer), bytearray(), 0
                return line or None

    def _drop_line(self) -> bytes:
        self.buffer.clear()
        self.scanned = 0
        while self._fill():
            end = self.buffer.find(b"\n")
            if end >= 0:
                del self.buffer[: end + 1]
                break
            self.buffer.clear()
        return TOO_LONG


def serve(stdin: IO[bytes], out: IO[bytes], *, job_time_limit: int) -> int:
    from briefwriter.render.pipeline import peak_rss_mb, render_job

    signal.signal(signal.SIGALRM, _on_alarm)
    reader = LineReader(stdin.fileno())
    gc.set_threshold(JOB_GC_THRESHOLD, *gc.get_threshold()[1:])
    uncollected = 0  # jobs since the last full collection
    while True:
        if uncollected and not reader.wait(IDLE_COLLECT_SECONDS):
            gc.collect()
            uncollected = 0
        line = reader.readline()
        if line is None:
            return 0
        if not line.strip():
            continue
        try:
            if line == TOO_LONG:
                raise ProtocolError("message too long")
            job = decode(line)
        except ProtocolError as exc:
            out.write(encode(make_result(0, ok=False, error=error_info("render", str(exc)))))
            continue
        job_id = job.get("id", 0) if isinstance(job.get("id", 0), int) else 0
        op = job.get("op")
        if op == "shutdown":
            out.write(encode({"id": job_id, "ok": True, "op": "bye"}))
            return 0
        if op == "ping":
            out.write(encode({"id": job_id, "ok": True, "op": "pong", "pid": os.getpid(),
                              "peak_rss_mb": round(peak_rss_mb(), 1)}))
            continue
        if uncollected >= MAX_JOBS_WITHOUT_COLLECT:
            gc.collect()
            uncollected = 0
        uncollected += 1
        signal.alarm(job_time_limit)
        try:
            result = render_job(job)
        except MemoryError:
            signal.alarm(0)
            result = None
        except JobTimeLimit:
            # Interrupted mid-way, caches may be inconsistent: report, then start afresh.
            out.write(encode(make_result(job_id, ok=False, error=error_info(
                "render", f"The render took longer than {job_time_limit} seconds and was "
                "stopped."))))
            return EXIT_TIME
        finally:
            signal.alarm(0)
        if result is None:
            # Memory is low and the heap may be fragmented: report, then start afresh.
            out.write(encode(make_result(job_id, ok=False, error=error_info(
                "memory", "The template needed more memory than a render may use, so it was "
                "stopped."), peak_rss_mb=peak_rss_mb())))
            return EXIT_MEMORY
        out.write(encode(result))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefwriter.render.worker")
    parser.add_argument("--memory-mb", type=int,
                        default=int(os.environ.get(MEMORY_ENV, DEFAULT_MEMORY_MB)),
                        help="address-space limit in MB (0 = none)")
    parser.add_argument("--file-size-mb", type=int, default=DEFAULT_FILE_SIZE_MB)
    parser.add_argument("--job-time-limit", type=int, default=DEFAULT_JOB_TIME_LIMIT,
                        help="seconds after which the worker abandons a job itself")
    parser.add_argument("--no-warm-up", action="store_true")
    args = parser.parse_args(argv)

    out = _protect_stdout()
    _die_with_parent()
    _set_limits(args.memory_mb, args.file_size_mb)
    if not args.no_warm_up:
        warm_up()
    # Modules and caches loaded so far live as long as the worker: keep the garbage
    # collector from scanning them again on every job.
    gc.collect()
    gc.freeze()
    out.write(encode(ready_message(os.getpid())))
    try:
        return serve(sys.stdin.buffer, out, job_time_limit=max(1, args.job_time_limit))
    except BrokenPipeError:
        return 0  # the parent has gone away


if __name__ == "__main__":
    sys.exit(main())
