"""The GUI's side of the render worker: one long-lived child process spoken to through QProcess.

A preview starts as soon as the worker is free: the first edit after a pause is sent at once
(edits made in the same turn of the event loop make one job), and edits made while it
renders are gathered into one job sent the moment it is done, so the newest text is on
screen about one render after the last keystroke.  Previews ask the worker to skip the
layout when the document would come out the same (an edit to a part the template does not
print).  Exports queue ahead of previews.  Nothing
here ever waits on the worker on the GUI thread (except a bounded wait at shutdown); a job
that overruns its time limit, a cancelled export or a crashed worker ends in a killed and
restarted worker, with a back-off so a broken installation does not spin.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QProcess,
    QTimer,
    Signal,
)

from briefwriter.core.brand import kit_in_use
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session
from briefwriter.gui.worker_process import WorkerProcess, describe_error, failed_result
from briefwriter.render import protocol
from briefwriter.render.launch import worker_launch

COALESCE_MS = 0
"""How long a preview waits for more edits when the worker is free: edits made in one turn of
the event loop (a paste, an undo of several fields) become one job; then it starts at once."""
PREVIEW_TIMEOUT_MS = 20_000
#: a preview still running this long after newer edits came in is abandoned (the worker is
#: restarted) rather than waited for: a normal render takes a second or less.
STALE_ABORT_MS = 4_000
EXPORT_TIMEOUT_MS = 120_000
START_TIMEOUT_MS = 60_000  # importing the renderer; generous for slow disks
#: waits before each automatic restart after a crash; when they run out the service gives up
#: until ``start()`` is called again (an export or the user asking).
RESTART_DELAYS_MS = (0, 500, 1_000, 2_000, 4_000)
SHUTDOWN_WAIT_MS = 1_000
KEEP_PREVIEW_FILES = 2  # the one shown and the one before it (still open while swapping)
STDERR_TAIL_BYTES = 8 * 1024

# Worker states, as reported by ``workerStateChanged``.
STOPPED, STARTING, READY, BUSY, RESTARTING, FAILED = (
    "stopped", "starting", "ready", "busy", "restarting", "failed")


@dataclass
class _Job:
    id: int
    kind: str  # "preview" | "export"
    message: dict[str, Any]
    timeout_ms: int
    serial: int = 0  # the preview request it answers; stale when the serial moved on
    overdue: bool = False  # a preview that has been running for longer than it should
    generation: int = 0  # the session's generation when the job was made
    outputs: dict[str, str] = field(default_factory=dict)


class RenderService(QObject):
    """Renders previews and exports of the session's brief in a worker process.

    Signals:
    - ``previewStarted()``: a preview job was sent to the worker;
    - ``previewProgress(stage, page)``: what a long preview render is doing ("prepare",
      "layout" with the page being laid out, "write");
    - ``previewReady(path, pages, warnings)``: a fresh preview PDF (valid until two more
      previews have arrived); one made before later edits is shown too (it is newer than
      what is on screen), while the next is on its way;
    - ``previewUnchanged(pages, warnings)``: the brief changed, but not the document: the
      preview on screen is up to date;
    - ``previewFailed(message)``: the newest preview could not be made (e.g. a broken template);
    - ``previewDropped(generation)``: a preview was abandoned (a slow render behind newer
      edits) or failed after newer edits were made, and was thrown away;
    - ``workerStateChanged(state)``: "starting", "ready", "busy", "restarting", "failed",
      "stopped";
    - ``exportProgress(id, stage, page)``: what a long export is doing;
    - ``exportFinished(id, result)``: an export ended (``result["ok"]``; on failure
      ``result["error"]`` with ``kind`` "template", "timeout", "cancelled", "crash", ...).
    """

    previewStarted = Signal()
    previewProgress = Signal(str, int)
    previewReady = Signal(str, int, list)
    previewUnchanged = Signal(int, list)
    previewFailed = Signal(str)
    previewDropped = Signal(int)
    workerStateChanged = Signal(str)
    exportProgress = Signal(int, str, int)
    exportFinished = Signal(int, dict)

    def __init__(self, session: Session, parent: QObject | None = None, *,
                 coalesce_ms: int = COALESCE_MS, preview_timeout_ms: int = PREVIEW_TIMEOUT_MS,
                 export_timeout_ms: int = EXPORT_TIMEOUT_MS,
                 stale_abort_ms: int = STALE_ABORT_MS,
                 preview_variant: str = "none") -> None:
        super().__init__(parent)
        self.session = session
        self.preview_timeout_ms = preview_timeout_ms
        self.export_timeout_ms = export_timeout_ms
        # The preview shows the same pages as the export; tagging for PDF/UA adds time and
        # nothing visible, so previews are plain PDFs unless asked otherwise.
        self.preview_variant = preview_variant
        self._state = STOPPED
        self._proc: WorkerProcess | None = None
        self._dying: list[WorkerProcess] = []  # killed or told to quit, not yet reaped
        self._buffer = bytearray()
        self._stderr_tail = bytearray()
        self._running: _Job | None = None
        self._exports: deque[_Job] = deque()
        self._next_id = 1
        self._serial = 0  # bumps on every change that needs a new preview
        self._dirty = False
        self._failures = 0
        self._files: deque[Path] = deque()  # preview files handed out, oldest first
        self._tmpdir: Path | None = None
        self.shown_generation = -1  # the session generation of the preview last shown
        self.running_generation = -1  # the session generation of the preview being rendered
        self.last_preview_result: dict[str, Any] = {}  # the worker's answer (timings, ...)

        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(coalesce_ms)
        self._coalesce.timeout.connect(self._pump)
        self._job_timer = QTimer(self)
        self._job_timer.setSingleShot(True)
        self._job_timer.timeout.connect(self._on_job_timeout)
        self._stale_timer = QTimer(self)
        self._stale_timer.setSingleShot(True)
        self._stale_timer.setInterval(stale_abort_ms)
        self._stale_timer.timeout.connect(self._on_stale_timeout)
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(START_TIMEOUT_MS)
        self._start_timer.timeout.connect(self._on_start_timeout)
        self._restart_timer = QTimer(self)
        self._restart_timer.setSingleShot(True)
        self._restart_timer.timeout.connect(self._spawn)

        session.changed.connect(self.request_preview)
        session.reset.connect(self.request_preview)
        session.pathChanged.connect(self.request_preview)  # the logo is found beside the file
        app = QCoreApplication.instance()
        if app is not None:  # a safety net: never leave a worker behind at quit
            app.aboutToQuit.connect(self.shutdown)

    # -- state ----------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def running_job(self) -> tuple[int, str] | None:
        """``(id, kind)`` of the job the worker is busy with, if any."""
        return (self._running.id, self._running.kind) if self._running else None

    @property
    def worker_pid(self) -> int | None:
        if self._proc is None:
            return None
        return int(self._proc.processId()) or None

    def stderr_tail(self) -> str:
        return self._stderr_tail.decode("utf-8", "replace")

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.workerStateChanged.emit(state)

    # -- starting and stopping -------------------------------------------------------------
    def start(self) -> None:
        """Start the worker (returns at once; the worker says when it is ready)."""
        if self._proc is not None:
            return
        self._failures = 0
        self._restart_timer.stop()
        self._dirty = True  # show the brief as soon as the worker is ready
        self._spawn()

    def shutdown(self) -> None:
        """Stop the worker and remove the preview files (waits at most about a second)."""
        for timer in (self._coalesce, self._job_timer, self._stale_timer, self._start_timer,
                      self._restart_timer):
            timer.stop()
        proc, self._proc = self._proc, None
        if proc is not None:
            if self._running is None and self._state == READY:
                proc.write(protocol.encode({"op": "shutdown"}))
                proc.closeWriteChannel()
                if not proc.waitForFinished(SHUTDOWN_WAIT_MS):
                    proc.kill()
            else:
                proc.kill()  # mid-render or starting: nothing to save, do not wait for it
            self._dying.append(proc)
        # A copy: waiting may deliver ``finished``, whose handler reaps from the list.
        for dying in list(self._dying):
            if dying.state() != QProcess.ProcessState.NotRunning:
                dying.kill()
                dying.waitForFinished(SHUTDOWN_WAIT_MS)
            self._reap(dying)
        self._dying.clear()
        self._running = None
        self._exports.clear()
        self._set_state(STOPPED)
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None
            self._files.clear()

    def _spawn(self) -> None:
        if self._proc is not None:
            return
        proc = WorkerProcess(worker_launch(), self)
        proc.readyReadStandardOutput.connect(self._on_stdout)
        proc.readyReadStandardError.connect(self._on_stderr)
        proc.finished.connect(self._on_finished)
        proc.errorOccurred.connect(self._on_error)
        self._proc = proc
        self._buffer.clear()
        self._set_state(STARTING)
        self._start_timer.start()
        proc.start()

    @staticmethod
    def _reap(proc: WorkerProcess) -> None:
        """``proc`` has ended (or never started): remove its temporary folder, let it go."""
        proc.launch.cleanup()
        proc.deleteLater()

    def _retire(self, proc: WorkerProcess) -> None:
        """Kill ``proc`` (if it is the current worker, forget it); reaped when it finishes."""
        if proc is self._proc:
            self._proc = None
            self._start_timer.stop()
        if proc not in self._dying:
            self._dying.append(proc)
        proc.kill()

    def _restart(self, *, count_failure: bool) -> None:
        """Kill the current worker and start another, after a back-off when it keeps failing."""
        if self._proc is not None:
            self._retire(self._proc)
        if count_failure:
            self._failures += 1
        if self._failures > len(RESTART_DELAYS_MS):
            self._set_state(FAILED)
            message = self._failure_message()
            while self._exports:  # nothing will run them: say so rather than wait forever
                job = self._exports.popleft()
                self.exportFinished.emit(job.id, failed_result(job.id, "crash", message))
            self.previewFailed.emit(message)
            return
        delay = RESTART_DELAYS_MS[self._failures - 1] if self._failures else 0
        self._set_state(RESTARTING)
        self._restart_timer.start(delay)

    def _failure_message(self) -> str:
        tail = self.stderr_tail().strip().splitlines()
        detail = f" ({tail[-1].strip()})" if tail else ""
        return self.tr("The renderer could not be started{detail}. The preview and export "
                       "are unavailable until BriefWriter is restarted or repaired."
                       ).format(detail=detail)

    # -- worker output ---------------------------------------------------------------------
    # Connected as bound methods (not closures over a process): the connections then end
    # cleanly with either object, whichever goes first.  ``sender()`` says which process.
    def _sender_process(self) -> WorkerProcess | None:
        sender = self.sender()
        return sender if isinstance(sender, WorkerProcess) else None

    def _on_stdout(self) -> None:
        proc = self._sender_process()
        if proc is None:
            return
        data = bytes(proc.readAllStandardOutput().data())
        if proc is not self._proc:
            return
        self._buffer += data
        while proc is self._proc:  # a line may end this worker (a crash report, say)
            end = self._buffer.find(b"\n")
            if end < 0:
                break
            line = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            if line.strip():
                self._on_line(line)
        if len(self._buffer) > protocol.MAX_LINE_BYTES:
            self._buffer.clear()
            self._fail_running("crash", self.tr("The renderer sent a malformed reply."))
            self._restart(count_failure=True)

    def _on_stderr(self) -> None:
        proc = self._sender_process()
        if proc is not None:
            self._keep_stderr(proc)

    def _keep_stderr(self, proc: QProcess) -> None:
        self._stderr_tail += bytes(proc.readAllStandardError().data())
        del self._stderr_tail[:-STDERR_TAIL_BYTES]

    def _on_line(self, line: bytes) -> None:
        try:
            message = protocol.decode(line)
        except protocol.ProtocolError:
            return  # not ours (the worker keeps stray library output off this pipe)
        if message.get("op") == "ready":
            self._start_timer.stop()
            self._failures = 0
            self._set_state(READY)
            self._pump()
            return
        job = self._running
        if job is None or message.get("id") != job.id:
            return  # a pong, or the answer to a job that was already given up
        if message.get("op") == "progress":
            self._progress(job, message)
            return
        self._running = None
        self._job_timer.stop()
        self._stale_timer.stop()
        self._set_state(READY)
        # The next job first: the worker starts on it while this result is shown.
        self._pump()
        self._deliver(job, message)

    def _progress(self, job: _Job, message: dict[str, Any]) -> None:
        stage = str(message.get("stage") or "")
        page = message.get("page")
        page = page if isinstance(page, int) and page > 0 else 0
        if job.kind == "preview":
            self.previewProgress.emit(stage, page)
        else:
            self.exportProgress.emit(job.id, stage, page)

    def _on_finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        proc = self._sender_process()
        if proc is None:
            return
        if proc in self._dying:
            self._dying.remove(proc)
            self._reap(proc)
            return
        if proc is not self._proc:
            return
        self._keep_stderr(proc)
        self._proc = None
        self._start_timer.stop()
        self._reap(proc)
        self._fail_running("crash", self._crash_message())
        self._restart(count_failure=True)

    def _crash_message(self) -> str:
        if self._running is not None and self._running.kind == "preview":
            return self.tr("The renderer stopped unexpectedly and is being restarted; the "
                           "preview will update with your next edit.")
        return self.tr("The renderer stopped unexpectedly and is being restarted. Please "
                       "try again.")

    def _on_error(self, error: QProcess.ProcessError) -> None:
        proc = self._sender_process()
        if error == QProcess.ProcessError.FailedToStart and proc is not None \
                and proc is self._proc:
            # No ``finished`` follows a failed start.
            self._proc = None
            self._start_timer.stop()
            self._stderr_tail += proc.errorString().encode()
            self._reap(proc)
            self._fail_running("crash", self._failure_message())
            self._restart(count_failure=True)

    def _on_start_timeout(self) -> None:
        if self._proc is not None and self._state == STARTING:
            self._restart(count_failure=True)

    def _on_job_timeout(self) -> None:
        job = self._running
        if job is None:
            return
        seconds = f"{job.timeout_ms / 1000:g}"
        if protocol.is_long_brief(job.message):
            message = fill(self.tr("Rendering took longer than %1 seconds and was stopped. "
                                   "The brief is very long (%2 characters of text): export it "
                                   "in parts, or shorten it."), seconds,
                           QLocale().toString(protocol.text_characters(job.message["brief"])))
        else:
            message = self.tr("Rendering took longer than {seconds} seconds and was stopped. "
                              "The template may be stuck in a loop.").format(seconds=seconds)
        self._fail_running("timeout", message)
        self._restart(count_failure=False)

    def _on_stale_timeout(self) -> None:
        job = self._running
        if job is None or job.kind != "preview":
            return
        if job.serial == self._serial:
            job.overdue = True  # still the newest: abandoned only when an edit comes in
            return
        self._abandon_preview(job)

    def _abandon_preview(self, job: _Job) -> None:
        # Newer edits are waiting behind a slow render (a template in a loop, say): a fresh
        # worker is quicker than waiting for the time limit.
        self._running = None
        self._job_timer.stop()
        _unlink(Path(job.outputs["pdf"]))
        self.previewDropped.emit(job.generation)
        self._restart(count_failure=False)

    # -- jobs ------------------------------------------------------------------------------
    def request_preview(self, *_args: object) -> None:
        """The brief changed: render it again as soon as the worker is free (newest wins)."""
        self._serial += 1
        self._dirty = True
        if self._running is None:
            if not self._coalesce.isActive():
                self._coalesce.start()
        elif self._running.overdue:
            self._abandon_preview(self._running)

    @property
    def preview_pending(self) -> bool:
        """Whether a newer preview than the one on screen is being made or waits to be."""
        running = self._running is not None and self._running.kind == "preview"
        return self._dirty or running

    def preview_now(self) -> None:
        """Render the current brief now (without waiting for more edits)."""
        self._serial += 1
        self._dirty = True
        self._coalesce.stop()
        self._pump()

    def submit_export(self, outputs: dict[str, str], variant: str, *,
                      template: str | None = None) -> int:
        """Queue an export (ahead of any preview); the answer comes by ``exportFinished``.
        ``template``: a pack the person chose (an export set) instead of the brief's own."""
        job_id = self._take_id()
        message = protocol.make_render_job(
            brief=self.session.brief_data(),
            brief_dir=self._brief_dir(),
            template=template or self.session.brief.template.name,
            template_source="explicit" if template else "brief",
            outputs=dict(outputs),
            pdf_variant=variant,
            mode="export",
            job_id=job_id,
        )
        self._exports.append(_Job(job_id, "export", message, self.export_timeout_ms,
                                  generation=self.session.generation, outputs=dict(outputs)))
        if self._proc is None and self._state in (STOPPED, FAILED):
            self.start()
        self._pump()
        return job_id

    def submit_sample(self, template: str, pdf: str, *, timeout_ms: int = PREVIEW_TIMEOUT_MS
                      ) -> int:
        """Queue a one-off render of the brief with a template the person is looking at
        (``template`` a pack's folder; a gallery thumbnail, an install preview), as a plain
        PDF written to ``pdf``.  It queues with the exports and answers by ``exportFinished``;
        ``cancel`` drops it while it waits."""
        job_id = self._take_id()
        message = protocol.make_render_job(
            brief=self.session.brief_data(),
            brief_dir=self._brief_dir(),
            template=template,
            template_source="explicit",
            outputs={"pdf": pdf},
            pdf_variant="none",
            mode="preview",
            job_id=job_id,
        )
        self._exports.append(_Job(job_id, "export", message, timeout_ms,
                                  generation=self.session.generation, outputs={"pdf": pdf}))
        if self._proc is None and self._state in (STOPPED, FAILED):
            self.start()
        self._pump()
        return job_id

    def cancel(self, job_id: int) -> bool:
        """Cancel an export: dropped if queued, otherwise the worker is killed and restarted."""
        for job in list(self._exports):
            if job.id == job_id:
                self._exports.remove(job)
                self.exportFinished.emit(job_id, failed_result(
                    job_id, "cancelled", self.tr("The export was cancelled.")))
                return True
        if self._running is not None and self._running.id == job_id:
            self._fail_running("cancelled", self.tr("The export was cancelled."))
            self._restart(count_failure=False)
            return True
        return False

    def _take_id(self) -> int:
        job_id = self._next_id
        self._next_id += 1
        return job_id

    def _brief_dir(self) -> str | None:
        folder = self.session.brief_dir
        return str(folder.resolve()) if folder is not None else None

    def _pump(self) -> None:
        """Send the next job if the worker is free: exports first, then the newest preview."""
        if self._running is not None or self._state != READY or self._proc is None:
            return
        if self._exports:
            self._send(self._exports.popleft())
        elif self._dirty and not self._coalesce.isActive():
            self._send(self._make_preview())

    def _make_preview(self) -> _Job:
        job_id = self._take_id()
        out = self._preview_dir() / f"preview-{job_id}.pdf"
        message = protocol.make_render_job(
            brief=self.session.brief_data(),
            brief_dir=self._brief_dir(),
            template=self.session.brief.template.name,
            outputs={"pdf": str(out)},
            pdf_variant=self.preview_variant,
            mode="preview",
            job_id=job_id,
            skip_unchanged=True,
        )
        self._dirty = False
        return _Job(job_id, "preview", message, self.preview_timeout_ms, serial=self._serial,
                    generation=self.session.generation, outputs={"pdf": str(out)})

    def _preview_dir(self) -> Path:
        if self._tmpdir is None or not self._tmpdir.is_dir():
            # mkdtemp makes a folder only this user can read.
            self._tmpdir = Path(tempfile.mkdtemp(prefix="briefwriter-preview-"))
        return self._tmpdir

    def _send(self, job: _Job) -> None:
        assert self._proc is not None
        self._running = job
        self._set_state(BUSY)
        self._job_timer.start(job.timeout_ms)
        if job.kind == "preview":
            self._stale_timer.start()
        folder = kit_in_use()  # the brand kit as it is when the job starts
        message = {**job.message, "brand": str(folder)} if folder else job.message
        self._proc.write(protocol.encode(message))
        if job.kind == "preview":
            self.running_generation = job.generation
            self.previewStarted.emit()

    def _fail_running(self, kind: str, message: str) -> None:
        job, self._running = self._running, None
        self._job_timer.stop()
        self._stale_timer.stop()
        if job is not None:
            self._deliver(job, failed_result(job.id, kind, message))

    def _deliver(self, job: _Job, result: dict[str, Any]) -> None:
        if job.kind == "export":
            self.exportFinished.emit(job.id, result)
            return
        out = Path(job.outputs["pdf"])
        if not result.get("ok"):
            _unlink(out)
            if job.serial != self._serial:  # the newer edits may well have mended it
                self.previewDropped.emit(job.generation)
            else:
                self.previewFailed.emit(describe_error(result.get("error")))
            return
        self.shown_generation = job.generation
        self.last_preview_result = result
        warnings = [str(w) for w in result.get("warnings") or []]
        if result.get("unchanged"):
            self.previewUnchanged.emit(int(result.get("pages") or 0), warnings)
            return
        self._files.append(out)
        while len(self._files) > KEEP_PREVIEW_FILES:
            _unlink(self._files.popleft())
        self.previewReady.emit(str(out), int(result.get("pages") or 0), warnings)


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # still open elsewhere (Windows): the folder goes at shutdown
