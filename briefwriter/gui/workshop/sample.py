"""The workshop's preview requests: the current brief printed with one pack folder, through
the window's ``RenderService.submit_sample`` (the same worker as the main preview).

Newest wins: a request still waiting in the queue is cancelled for a newer one, and one the
worker is busy with is followed by another once it ends (its result is then dropped).
"""

from __future__ import annotations

import shutil
import tempfile
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from briefwriter.gui.render_service import RenderService

KEEP_PDFS = 2  # the one shown and the one before it (still open while the view swaps)


class PackSampler(QObject):
    """Prints the session's brief with the pack in ``folder``.

    ``started()`` when a print is asked for; ``printed(pdf, warnings)`` with a fresh PDF
    (kept until two more have come); ``failed(error)`` with the result's ``error`` (its
    ``kind``, ``message``, ``template`` and ``line``).
    """

    started = Signal()
    printed = Signal(str, list)
    failed = Signal(dict)

    def __init__(self, render: RenderService, folder: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.render = render
        self.folder = folder
        self._tmpdir = Path(tempfile.mkdtemp(prefix="briefwriter-workshop-"))
        self._pdfs: deque[Path] = deque()
        self._made = 0
        self._job: dict[str, Any] | None = None  # the print asked for: id, pdf
        self._again = False  # print again when the one under way has ended
        self._stopped = False
        render.exportFinished.connect(self._on_finished)

    def _running(self, job: dict[str, Any]) -> bool:
        return self.render.running_job == (job["id"], "export")

    def request(self) -> None:
        """Print the brief as it is now with the pack's files as they are now."""
        if self._stopped:
            return
        job = self._job
        if job is not None:
            if self._running(job):
                self._again = True
                return
            self._job = None
            self.render.cancel(job["id"])
            Path(job["pdf"]).unlink(missing_ok=True)
        self._again = False
        self._made += 1
        self._tmpdir.mkdir(parents=True, exist_ok=True)
        pdf = self._tmpdir / f"workshop-{self._made}.pdf"
        self._job = {"id": self.render.submit_sample(str(self.folder), str(pdf)), "pdf": pdf}
        self.started.emit()

    def stop(self) -> None:
        """Ask for nothing more and remove the PDFs (a print under way ends in the worker;
        its result is ignored)."""
        self._stopped = True
        job, self._job = self._job, None
        if job is not None and not self._running(job):
            self.render.cancel(job["id"])
        shutil.rmtree(self._tmpdir, ignore_errors=True)

    def _on_finished(self, job_id: int, result: dict[str, Any]) -> None:
        job = self._job
        if job is None or job["id"] != job_id:
            return
        self._job = None
        pdf: Path = job["pdf"]
        if self._again:
            pdf.unlink(missing_ok=True)
            self.request()
            return
        if result.get("ok"):
            self._pdfs.append(pdf)
            self.printed.emit(str(pdf), [str(w) for w in result.get("warnings") or []])
            while len(self._pdfs) > KEEP_PDFS:
                self._pdfs.popleft().unlink(missing_ok=True)
            return
        pdf.unlink(missing_ok=True)
        self.failed.emit(dict(result.get("error") or {}))
