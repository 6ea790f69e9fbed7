"""The blocking parent side of the render worker, for the command line, tests and benchmarks.

Starts ``python -m briefwriter.render.worker`` (as render/launch.py says), sends jobs, waits
for each result with a deadline, kills the worker on timeout and restarts it lazily after a
timeout or a crash.
"""

from __future__ import annotations

import itertools
import os
import selectors
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from types import TracebackType
from typing import IO, Any

from briefwriter.core.errors import RenderError
from briefwriter.render.launch import WorkerLaunch, worker_launch
from briefwriter.render.protocol import (
    MAX_LINE_BYTES,
    ProtocolError,
    decode,
    encode,
    is_long_brief,
    text_characters,
)

ProgressCallback = Callable[[dict[str, Any]], None]

DEFAULT_TIMEOUT = 60.0
STARTUP_TIMEOUT = 60.0


class RenderWorker:
    """A long-lived render worker process.

    ``render(job, timeout=...)`` returns the result dict (``ok`` false for template or brief
    errors); it raises ``RenderError`` with ``kind`` "timeout" or "crash" when the worker had
    to be killed or died.  The next call starts a new worker.
    """

    def __init__(
        self,
        *,
        memory_mb: int | None = None,
        job_time_limit: int | None = None,
        python: str | None = None,
        startup_timeout: float = STARTUP_TIMEOUT,
    ) -> None:
        self._python = python  # None: the launch's own choice (render/launch.py)
        self._memory_mb = memory_mb
        self._job_time_limit = job_time_limit
        self._startup_timeout = startup_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self._launch: WorkerLaunch | None = None
        self._buffer = b""
        self._ready = False
        self._ids = itertools.count(1)

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def start(self) -> None:
        """Start the worker (if it is not running) and wait until it is ready."""
        self.launch()
        if self._ready:
            return
        try:
            message = self._read_message(time.monotonic() + self._startup_timeout, "starting")
        except TimeoutError:
            self._kill()
            raise RenderError(
                f"The renderer did not start within {self._startup_timeout:g} seconds.",
                kind="timeout",
            ) from None
        if message.get("op") != "ready":
            self._kill()
            raise RenderError("The renderer did not start properly.", kind="crash")
        self._ready = True

    def launch(self) -> None:
        """Start the worker process without waiting for it: it loads the renderer while the
        caller gets its job ready.  ``start`` (or the first job) waits for it."""
        if self._proc is not None and self._proc.poll() is None:
            return
        self._reap()
        launch = self._launch = worker_launch(
            memory_mb=self._memory_mb, job_time_limit=self._job_time_limit,
            python=self._python)
        self._stderr = tempfile.TemporaryFile(prefix="briefwriter-worker-")
        try:
            self._proc = subprocess.Popen(
                launch.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=self._stderr, env=launch.environment, close_fds=True,
            )
        except OSError as exc:
            self._reap()
            raise RenderError(f"The renderer could not be started: {exc}", kind="crash") from None
        self._buffer = b""
        self._ready = False
        os.set_blocking(self._proc.stdout.fileno(), False)  # type: ignore[union-attr]

    def close(self) -> None:
        """Ask the worker to stop, kill it if it does not, and reap it."""
        proc = self._proc
        if proc is None:
            return
        if not self._ready:  # launched but never used: nothing to finish, no need to wait
            self._kill()
            return
        if proc.poll() is None:
            try:
                assert proc.stdin is not None
                proc.stdin.write(encode({"id": 0, "op": "shutdown"}))
                proc.stdin.flush()
                proc.stdin.close()
                proc.wait(timeout=5)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                pass
        self._kill()

    def __enter__(self) -> RenderWorker:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:  # a forgotten worker must not outlive its owner
        try:
            self._kill()
        except Exception:  # noqa: S110 - interpreter shutdown: nothing more to do
            pass

    def _kill(self) -> None:
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            try:
                proc.send_signal(signal.SIGKILL)
            except OSError:
                pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL cannot be ignored
            pass
        self._reap()

    def _reap(self) -> None:
        proc, self._proc = self._proc, None
        self._ready = False
        if proc is not None:
            for stream in (proc.stdin, proc.stdout):
                if stream is not None:
                    try:
                        stream.close()
                    except OSError:
                        pass
            if proc.poll() is None:  # pragma: no cover - only after a failed kill
                proc.kill()
            proc.wait()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if self._launch is not None:
            self._launch.cleanup()
            self._launch = None

    # -- messages ------------------------------------------------------------------------

    def _stderr_tail(self, limit: int = 2000) -> str:
        if self._stderr is None:
            return ""
        try:
            self._stderr.seek(0, os.SEEK_END)
            size = self._stderr.tell()
            self._stderr.seek(max(0, size - limit))
            return self._stderr.read().decode("utf-8", errors="replace").strip()
        except (OSError, ValueError):
            return ""

    def _crashed(self, during: str) -> RenderError:
        proc = self._proc
        code = None
        if proc is not None:
            try:  # the pipe closes just before the process ends: give it a moment
                code = proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
        tail = self._stderr_tail()
        self._kill()
        how = f" (exit code {code})" if code is not None else ""
        detail = f"\n{tail.splitlines()[-1]}" if tail else ""
        return RenderError(
            f"The renderer stopped unexpectedly while {during}{how}. It will be restarted "
            f"for the next preview or export.{detail}", kind="crash",
        )

    def _read_message(self, deadline: float, during: str) -> dict[str, Any]:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        stdout = proc.stdout
        with selectors.DefaultSelector() as selector:
            selector.register(stdout, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError
                if not selector.select(timeout=remaining):
                    continue
                try:
                    chunk = os.read(stdout.fileno(), 1 << 16)
                except BlockingIOError:
                    continue
                except OSError:
                    chunk = b""
                if not chunk:
                    raise self._crashed(during)
                self._buffer += chunk
                if len(self._buffer) > MAX_LINE_BYTES:
                    self._kill()
                    raise RenderError("The renderer sent a reply that was too long.",
                                      kind="crash")
        line, _, self._buffer = self._buffer.partition(b"\n")
        try:
            return decode(line)
        except ProtocolError as exc:
            self._kill()
            raise RenderError(f"The renderer sent a garbled reply ({exc}).", kind="crash") from None

    def _exchange(self, message: dict[str, Any], timeout: float, during: str,
                  on_progress: ProgressCallback | None = None) -> dict[str, Any]:
        self.start()
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        message = dict(message)
        message["id"] = job_id = next(self._ids)
        deadline = time.monotonic() + timeout
        try:
            proc.stdin.write(encode(message))
            proc.stdin.flush()
        except (BrokenPipeError, OSError, ValueError):
            raise self._crashed(during) from None
        while True:
            try:
                reply = self._read_message(deadline, during)
            except TimeoutError:
                self._kill()
                why = ("The brief is very long ({:,} characters of text): render it with a "
                       "longer time limit, or in parts.".format(text_characters(message.get(
                           "brief"))) if is_long_brief(message) else
                       "A template that loops or does too much work can cause this.")
                raise RenderError(
                    f"Rendering took longer than {timeout:g} seconds and was stopped. {why}",
                    kind="timeout",
                ) from None
            if reply.get("id") != job_id:
                continue  # a late answer to an abandoned job
            if reply.get("op") == "progress":
                if on_progress is not None:
                    on_progress(reply)
                continue
            break
        error = reply.get("error") or {}
        if error.get("kind") == "memory":
            self._kill()  # it is exiting by itself; reap it now
        return reply

    def render(self, job: dict[str, Any], *, timeout: float = DEFAULT_TIMEOUT,
               on_progress: ProgressCallback | None = None) -> dict[str, Any]:
        """Run one render job (see render/protocol.py) and return its result;
        ``on_progress`` is given each progress message of a long render."""
        return self._exchange(job, timeout, "rendering", on_progress)

    def ping(self, *, timeout: float = 10.0) -> dict[str, Any]:
        """A round trip to the worker: ``{"ok": True, "op": "pong", "pid": ...}``."""
        return self._exchange({"op": "ping"}, timeout, "answering a ping")


def render_once(job: dict[str, Any], *, timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Start a worker, run one job, stop the worker."""
    with RenderWorker() as worker:
        return worker.render(job, timeout=timeout)
