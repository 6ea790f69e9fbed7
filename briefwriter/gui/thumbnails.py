"""Thumbnails of template packs: page 1 of the current brief as each pack prints it.

The window's render worker lays the brief out with the pack (``RenderService.submit_sample``),
one pack at a time so the live preview still gets its turn; page 1 of that PDF is then drawn
with QtPdf on a background lane.  When the brief changes, thumbnails already asked for are made
again for the new brief (the newest brief wins; a result for an older one is dropped).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from briefwriter.core.model import FieldPath
from briefwriter.gui import jobs
from briefwriter.gui.render_service import PREVIEW_TIMEOUT_MS, RenderService
from briefwriter.gui.session import Session
from briefwriter.gui.worker_process import describe_error

THUMBNAIL_WIDTH = 180
#: edits are let pause this long before the thumbnails are made again
DEBOUNCE_MS = 800
DRAW_LANE = "thumbnails"
TEMPLATE_NAME: FieldPath = ("template", "name")


class ThumbnailError(RuntimeError):
    """Page 1 of a rendered PDF could not be drawn."""


def draw_first_page(pdf: Path, width: int) -> QImage:
    """Page 1 of ``pdf`` drawn ``width`` pixels wide on white, as a person sees paper."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise ThumbnailError("the rendered PDF could not be read")
        size = document.pagePointSize(0)
        height = max(1, round(width * size.height() / max(size.width(), 1.0)))
        page = document.render(0, QSize(width, height))
    finally:
        document.close()
    if page.isNull():
        raise ThumbnailError("the first page could not be drawn")
    # The page comes with a transparent background: paper is white.
    image = QImage(page.size(), QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    return image


class Thumbnailer(QObject):
    """Makes thumbnails of packs (keyed by their folders) for the session's brief.

    Signals: ``ready(folder, image)``; ``failed(folder, message)`` in plain words (the
    template's error with its file and line).
    """

    ready = Signal(str, QImage)
    failed = Signal(str, str)

    def __init__(self, session: Session, render: RenderService, parent: QObject | None = None,
                 *, width: int = THUMBNAIL_WIDTH, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.session = session
        self.render = render
        self.width = width
        self._wanted: list[str] = []
        self._done: dict[str, QImage | str] = {}  # for the brief as it is now
        self._drawing: set[str] = set()  # rendered, page 1 being drawn
        self._epoch: dict[str, int] = {}  # bumps when a pack's files change
        self._running: dict[str, Any] | None = None  # job id, folder, pdf, made_for
        self._generation = 0
        self._made = 0  # renders asked for, to name their files
        self._stopped = False
        self._tmpdir = Path(tempfile.mkdtemp(prefix="briefwriter-thumbnails-"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._next)
        render.exportFinished.connect(self._on_finished)
        session.changed.connect(self._on_brief_changed)
        session.reset.connect(self._on_brief_changed)
        session.pathChanged.connect(self._on_brief_changed)

    # -- asking ------------------------------------------------------------------------------
    def request(self, folders: list[str]) -> None:
        """Make thumbnails for ``folders``, in that order (those known for this brief are
        sent again at once)."""
        self._wanted = list(dict.fromkeys(folders))
        for folder in self._wanted:
            known = self._done.get(folder)
            if isinstance(known, QImage):
                self.ready.emit(folder, known)
            elif isinstance(known, str):
                self.failed.emit(folder, known)
        QTimer.singleShot(0, self, self._next)

    def forget(self, folder: str) -> None:
        """``folder``'s pack changed (reverted, edited): make its thumbnail again."""
        self._done.pop(folder, None)
        self._drawing.discard(folder)
        self._epoch[folder] = self._epoch.get(folder, 0) + 1
        QTimer.singleShot(0, self, self._next)

    def image(self, folder: str) -> QImage | None:
        known = self._done.get(folder)
        return known if isinstance(known, QImage) else None

    def pending(self) -> list[str]:
        """The folders still waiting for this brief's thumbnail."""
        return [f for f in self._wanted if f not in self._done and f not in self._drawing]

    def stop(self) -> None:
        """Ask for nothing more and remove the temporary files (a render under way finishes
        in the worker; its result is ignored)."""
        self._stopped = True
        self._debounce.stop()
        running, self._running = self._running, None
        if running is not None and self.render.running_job != (running["id"], "export"):
            self.render.cancel(running["id"])  # still waiting in the queue: never started
        shutil.rmtree(self._tmpdir, ignore_errors=True)

    # -- the work ----------------------------------------------------------------------------
    def _on_brief_changed(self, path: object = None) -> None:
        if isinstance(path, tuple) and path == TEMPLATE_NAME:
            return  # which template the brief uses does not change how each pack prints it
        self._generation += 1
        self._done.clear()  # the pictures shown stay until their new ones arrive
        self._drawing.clear()
        self._debounce.start()

    def _next(self) -> None:
        if self._stopped or self._running is not None or self._debounce.isActive():
            return
        todo = self.pending()
        if not todo:
            return
        folder = todo[0]
        self._tmpdir.mkdir(parents=True, exist_ok=True)
        self._made += 1
        pdf = self._tmpdir / f"thumbnail-{self._made}.pdf"
        job_id = self.render.submit_sample(folder, str(pdf), timeout_ms=PREVIEW_TIMEOUT_MS)
        self._running = {"id": job_id, "folder": folder, "pdf": pdf,
                         "made_for": self._made_for(folder)}

    def _on_finished(self, job_id: int, result: dict[str, Any]) -> None:
        running = self._running
        if running is None or running["id"] != job_id:
            return
        self._running = None
        pdf: Path = running["pdf"]
        folder: str = running["folder"]
        made_for = running["made_for"]
        current = made_for == self._made_for(folder)
        if not current or self._stopped:
            pdf.unlink(missing_ok=True)
        elif result.get("ok"):
            width = self.width
            self._drawing.add(folder)
            jobs.Job(self, lambda: _draw_and_remove(pdf, width), lane=DRAW_LANE) \
                .success(lambda image: self._drawn(folder, made_for, image)) \
                .failure(lambda error: self._drawn(folder, made_for, str(error))) \
                .run()
            return
        else:
            pdf.unlink(missing_ok=True)
            message = describe_error(result.get("error"))
            self._done[folder] = message
            self.failed.emit(folder, message)
        # Later, so that a preview waiting for the worker goes before the next thumbnail.
        QTimer.singleShot(0, self, self._next)

    def _made_for(self, folder: str) -> tuple[int, int]:
        """What a thumbnail of ``folder`` shows: this brief, these files of the pack."""
        return (self._generation, self._epoch.get(folder, 0))

    def _drawn(self, folder: str, made_for: tuple[int, int], image: QImage | str) -> None:
        current = made_for == self._made_for(folder)
        if current:
            self._drawing.discard(folder)
        if current and not self._stopped:
            self._done[folder] = image
            if isinstance(image, QImage):
                self.ready.emit(folder, image)
            else:
                self.failed.emit(folder, image)
        self._next()


def _draw_and_remove(pdf: Path, width: int) -> QImage:
    try:
        return draw_first_page(pdf, width)
    finally:
        pdf.unlink(missing_ok=True)
