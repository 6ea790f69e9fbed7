"""Export to PDF, HTML or Word: ask where, render in the worker, show progress, report the result.

The worker writes to a hidden partial file beside the target, which is renamed into place
only when the export succeeded: a failed or cancelled export leaves no half-written file and
never damages an earlier export of the same name.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from briefwriter.core.safety import export_stem
from briefwriter.gui.render_service import RenderService
from briefwriter.gui.session import Session
from briefwriter.gui.worker_process import describe_error

PROGRESS_DELAY_MS = 500
DEFAULT_VARIANT = "ua-1"
VARIANTS = ("ua-1", "a-3u", "none")


@dataclass
class _Export:
    job_id: int
    kind: str  # "pdf" | "html" | "docx"
    target: Path
    partial: Path
    variant: str
    safety: bool = False  # made in safety mode


class ExportController(QObject):
    """Runs "Export PDF…", "Export HTML…" and "Export as Word…" for one window.

    Signals: ``finished(path)`` after a file was written, ``failed(message)`` when it could
    not be, ``cancelled()`` when the person cancelled a running export.
    """

    finished = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, session: Session, render: RenderService, settings: Any,
                 parent_widget: QWidget | None = None, *,
                 progress_delay_ms: int = PROGRESS_DELAY_MS) -> None:
        super().__init__(parent_widget)
        self.session = session
        self.render = render
        self.settings = settings
        self.parent_widget = parent_widget
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        self._current: _Export | None = None
        self._leftovers: list[Path] = []  # partial files of cancelled jobs, swept later
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(progress_delay_ms)
        self._progress_timer.timeout.connect(self._show_progress)
        render.exportFinished.connect(self._on_finished)
        render.workerStateChanged.connect(self._sweep_leftovers)

    # -- what the menus and the Review step call ---------------------------------------------
    def variant_labels(self) -> dict[str, str]:
        return {
            "ua-1": self.tr("Accessible PDF (PDF/UA-1)"),
            "a-3u": self.tr("Archival PDF (PDF/A-3u)"),
            "none": self.tr("Plain PDF"),
        }

    @property
    def busy(self) -> bool:
        return self._current is not None

    def export_pdf(self, variant: str | None = None) -> int | None:
        """Ask for a file name and export a PDF; returns the job id, None if not started.

        The file dialog's type list offers the three variants, with ``variant`` (or the
        accessible PDF/UA-1) chosen.
        """
        if self._refuse_while_busy():
            return None
        variant = variant if variant in VARIANTS else self._remembered_variant()
        labels = self.variant_labels()
        filters = {f"{labels[v]} (*.pdf)": v for v in VARIANTS}
        chosen_filter = next(f for f, v in filters.items() if v == variant)
        caption = self.tr("Export PDF — Safety Mode On") if self._safety_on() \
            else self.tr("Export PDF")
        path, picked = QFileDialog.getSaveFileName(
            self.parent_widget, caption, str(self._default_path(".pdf")),
            ";;".join(filters), chosen_filter)
        if not path:
            return None
        variant = filters.get(picked, variant)
        self._remember(variant=variant)
        return self._submit(_with_suffix(Path(path), ".pdf"), "pdf", variant)

    def export_html(self) -> int | None:
        """Ask for a file name and export standalone HTML; returns the job id or None."""
        if self._refuse_while_busy():
            return None
        caption = self.tr("Export HTML — Safety Mode On") if self._safety_on() \
            else self.tr("Export HTML")
        path, _picked = QFileDialog.getSaveFileName(
            self.parent_widget, caption, str(self._default_path(".html")),
            self.tr("Web page (*.html *.htm)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".html", ".htm"):
            target = _with_suffix(target, ".html")
        return self._submit(target, "html", "none")

    def export_docx(self) -> int | None:
        """Ask for a file name and export a Word document of the same paper (the render
        worker makes it from the template's HTML); returns the job id or None."""
        if self._refuse_while_busy():
            return None
        path, _picked = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export as Word"), str(self._default_path(".docx")),
            self.tr("Word document (*.docx)"))
        if not path:
            return None
        return self._submit(_with_suffix(Path(path), ".docx"), "docx", "none")

    def cancel(self) -> None:
        """Stop the running export (the worker is restarted if it was busy with it)."""
        if self._current is not None:
            self.render.cancel(self._current.job_id)

    # -- helpers ---------------------------------------------------------------------------
    def _safety_on(self) -> bool:
        return bool(self.session.brief.safety.enabled)

    def _refuse_while_busy(self) -> bool:
        if self._current is None:
            return False
        if self.progress is not None:
            self.progress.raise_()
        return True

    def _remembered_variant(self) -> str:
        value = getattr(self.settings, "pdf_variant", DEFAULT_VARIANT)
        return value if value in VARIANTS else DEFAULT_VARIANT

    def _remember(self, *, variant: str | None = None, folder: Path | None = None) -> None:
        # Settings belong to the main window; older or test settings may lack a field.
        try:
            if variant is not None and hasattr(self.settings, "pdf_variant"):
                self.settings.pdf_variant = variant
            if folder is not None and hasattr(self.settings, "last_folder"):
                self.settings.last_folder = str(folder)
        except (AttributeError, TypeError):
            pass

    def _default_path(self, suffix: str) -> Path:
        path = self.session.path
        stem = export_stem(self.session.brief, path)
        folder_text = str(getattr(self.settings, "last_folder", "") or "")
        folder = Path(folder_text) if folder_text else None
        if folder is None or not folder.is_dir():
            folder = path.parent if path is not None else Path.home()
        return folder / f"{stem}{suffix}"

    def _submit(self, target: Path, kind: str, variant: str) -> int | None:
        target = target.absolute()
        folder = target.parent
        if not folder.is_dir():
            self._report_failure(target, self.tr("The folder {folder} does not exist.")
                                 .format(folder=folder))
            return None
        self._remember(folder=folder)
        partial = partial_for(target)
        job_id = self.render.submit_export({kind: str(partial)}, variant)
        self._current = _Export(job_id, kind, target, partial, variant, self._safety_on())
        self._progress_timer.start()
        return job_id

    def _show_progress(self) -> None:
        job = self._current
        if job is None:
            return
        dialog = QProgressDialog(self.parent_widget)
        dialog.setWindowTitle(self.tr("Exporting"))
        dialog.setLabelText(self.tr("Writing {name}…").format(name=job.target.name))
        dialog.setCancelButtonText(self.tr("&Cancel"))
        dialog.setRange(0, 0)  # no measurable progress: a busy indicator
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAccessibleName(self.tr("Export progress"))
        dialog.canceled.connect(self.cancel)
        self.progress = dialog
        dialog.show()

    def _close_progress(self) -> None:
        self._progress_timer.stop()
        dialog, self.progress = self.progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _on_finished(self, job_id: int, result: dict[str, Any]) -> None:
        job = self._current
        if job is None or job.job_id != job_id:
            return
        self._current = None
        self._close_progress()
        if result.get("ok"):
            try:
                os.replace(job.partial, job.target)
            except OSError as exc:
                _unlink(job.partial)
                self._report_failure(job.target, exc.strerror or str(exc))
                return
            self._report_success(job, result)
            return
        _unlink(job.partial)
        error = result.get("error") or {}
        if error.get("kind") in ("cancelled", "timeout", "crash"):
            # The killed worker may still be writing: swept again once it has gone.
            self._leftovers.append(job.partial)
            self._sweep_leftovers()
        if error.get("kind") == "cancelled":
            self.cancelled.emit()
            return
        self._report_failure(job.target, describe_error(error))

    def _sweep_leftovers(self, *_args: object) -> None:
        """Remove what a killed worker may have left: the partial file and the temporary file
        the atomic write makes beside it (core.storage names it ``.NAME.saving``)."""
        self._leftovers = [p for p in self._leftovers if not remove_partial(p)]

    # -- telling the person ----------------------------------------------------------------
    def _message(self, icon: QMessageBox.Icon, title: str, text: str,
                 details: str = "") -> QMessageBox:
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton,
                          self.parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if details:
            box.setInformativeText(details)
        box.destroyed.connect(lambda *_: self._forget_box(box))
        self.message_box = box
        return box

    def _forget_box(self, box: QMessageBox) -> None:
        if self.message_box is box:
            self.message_box = None

    def _report_success(self, job: _Export, result: dict[str, Any]) -> None:
        if job.kind == "pdf":
            pages = int(result.get("pages") or 0)
            text = (self.tr("Exported {name} (1 page).") if pages == 1 else
                    self.tr("Exported {name} ({pages} pages).")).format(
                name=job.target.name, pages=pages)
            open_text = self.tr("&Open PDF")
        elif job.kind == "docx":
            text = self.tr("Exported {name}.").format(name=job.target.name)
            open_text = self.tr("&Open document")
        else:
            text = self.tr("Exported {name}.").format(name=job.target.name)
            open_text = self.tr("&Open page")
        if job.safety:
            text += " " + self.tr(
                "Made in safety mode: your organisation's name and the metadata that could "
                "identify you are left out. Review lists any names still in the text.")
        box = self._message(QMessageBox.Icon.Information, self.tr("Export finished"), text,
                            str(job.target))
        warnings = [str(w) for w in result.get("warnings") or []]
        if warnings:
            box.setDetailedText("\n".join(warnings))
        open_file = box.addButton(open_text, QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open &folder"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)
        box.setEscapeButton(close)

        def act(button: QAbstractButton) -> None:
            if button is open_file:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(job.target)))
            elif button is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(job.target.parent)))

        box.buttonClicked.connect(act)
        box.open()
        self.finished.emit(str(job.target))

    def _report_failure(self, target: Path, message: str) -> None:
        box = self._message(QMessageBox.Icon.Warning, self.tr("Export failed"),
                            self.tr("{name} was not exported.").format(name=target.name),
                            message)
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        self.failed.emit(message)


def partial_for(target: Path) -> Path:
    """Where the worker writes ``target`` before it is renamed into place: hidden, unique
    and in the same folder, so the final rename cannot cross disks."""
    return target.parent / f".{target.name}.{uuid.uuid4().hex[:12]}.part"


def remove_partial(partial: Path) -> bool:
    """Remove a partial file and the temporary file the atomic write makes beside it
    (core.storage names it ``.NAME.saving``); whether both are gone."""
    names = (partial, partial.with_name(f".{partial.name}.saving"))
    for path in names:
        _unlink(path)
    return not any(p.exists() for p in names)


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def _unlink(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass
