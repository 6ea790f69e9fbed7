"""The render worker process (``python -m briefwriter.render.worker``): reads jobs from stdin,
writes results to stdout, one JSON line each, under its own memory limit.

Started as render/launch.py says (arguments, environment, a private TMPDIR).  The parent
enforces the wall-clock limit by killing this process; see render/client.py.
How each job runs (in the worker, or in a forked copy of it that ends with the job) is
render/worker_jobs.py's part; this module is the process around it.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import select
import signal
import sys
from typing import IO, NoReturn

from briefwriter.render.protocol import (
    MAX_LINE_BYTES,
    ProtocolError,
    decode,
    encode,
    error_info,
    make_result,
    ready_message,
)
from briefwriter.render.worker_jobs import (
    FORKS,
    JobRunner,
    current_rss_mb,
    die_with_parent,
)

DEFAULT_MEMORY_MB = 1536
DEFAULT_FILE_SIZE_MB = 512
DEFAULT_JOB_TIME_LIMIT = 300
MEMORY_ENV = "BRIEFWRITER_WORKER_MEMORY_MB"
TOO_LONG = b"\x00too-long"


def _protect_stdout() -> IO[bytes]:
    """A private pipe for results; fd 1 now goes to stderr, so a stray write from a C library
    (or a ``print``) cannot corrupt the protocol."""
    private = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(private, "wb", buffering=0)


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


def serve(stdin: IO[bytes], out: IO[bytes], *, job_time_limit: int,
          fork: bool = FORKS) -> int:
    from briefwriter.render.pipeline import peak_rss_mb

    reader = LineReader(stdin.fileno())
    gc.disable()  # never in the middle of a job: see render/worker_jobs.py
    runner = JobRunner(out, job_time_limit, fork=fork)
    runner.collector.pending = True  # what importing the renderer left
    while True:
        runner.collector.idle(reader.wait)
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
                              "peak_rss_mb": round(peak_rss_mb(), 1),
                              "rss_mb": round(current_rss_mb(), 1),
                              "children_peak_rss_mb": round(children_peak_rss_mb(), 1),
                              "forked_jobs": runner.children,
                              "collections": runner.collector.collections,
                              "last_collection_ms": round(runner.collector.last_ms, 1)}))
            continue
        code = runner.run(job, job_id)
        if code is not None:
            return code


def children_peak_rss_mb() -> float:
    """The largest peak memory of the forked jobs so far (Linux reports kilobytes)."""
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m briefwriter.render.worker")
    parser.add_argument("--memory-mb", type=int,
                        default=int(os.environ.get(MEMORY_ENV, DEFAULT_MEMORY_MB)),
                        help="address-space limit in MB (0 = none)")
    parser.add_argument("--file-size-mb", type=int, default=DEFAULT_FILE_SIZE_MB)
    parser.add_argument("--job-time-limit", type=int, default=DEFAULT_JOB_TIME_LIMIT,
                        help="seconds after which the worker abandons a job itself")
    args = parser.parse_args(argv)

    gc.disable()  # importing the renderer makes objects by the hundred thousand: ~20 ms of
    # collections for nothing; what the imports leave is collected when the worker is idle
    out = _protect_stdout()
    die_with_parent()
    _set_limits(args.memory_mb, args.file_size_mb)
    # Ready once the renderer is imported.  No warm-up document: the first job comes at once
    # (the app asks for a preview of the brief it opens, the command line has its job), so a
    # warm-up would only delay it.
    import briefwriter.render.pdf
    import briefwriter.render.pipeline  # noqa: F401

    out.write(encode(ready_message(os.getpid())))
    try:
        return serve(sys.stdin.buffer, out, job_time_limit=max(1, args.job_time_limit))
    except BrokenPipeError:
        return 0  # the parent has gone away


def run(argv: list[str] | None = None) -> NoReturn:
    """The worker process from start to end: ``main``, then exit at once.

    Every answer is written (the result pipe is unbuffered) and the parent removes the
    worker's temporary folder: the interpreter's clean-up of a loaded renderer (~30 ms that a
    one-shot command would wait for) is skipped.  ``python -m briefwriter.render.worker`` and
    a frozen BriefWriter's ``--render-worker`` (render/launch.py) both come here.
    """
    code = main(argv)
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
