"""File ▸ Export Set…: one brief, several templates, one folder, one progress display.

The person ticks the installed templates (the brief's own is ticked to start with), picks a
folder (remembered as the last folder, as a single export does) and sees the file names that
will be written (core/export_names.py, the command line's names). Export queues one job per
template on the window's render service; each is written to a hidden partial file and
renamed into place when it succeeds (gui/export.py), so a cancelled or failed document leaves
nothing behind. One progress bar ("2 of 3 — Position paper") and Cancel, which drops the
queued documents and stops the running one; at the end a summary with the files written and
each failure's reason, and Open Folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.export_names import export_name
from briefwriter.gui import jobs
from briefwriter.gui.export import DEFAULT_VARIANT, VARIANTS, partial_for, remove_partial
from briefwriter.gui.i18n import fill
from briefwriter.gui.render_service import RenderService
from briefwriter.gui.session import Session
from briefwriter.gui.worker_process import describe_error
from briefwriter.render.templates import TemplatePack, scan_templates

TEMPLATES_LANE = "templates"  # the lane the gallery and the Template step list packs in
OWN = Qt.ItemDataRole.UserRole  # an item's template: a pack's name


@dataclass
class _Document:
    """One template's export: its job, where it lands and where the worker writes it."""

    template: str
    title: str
    targets: list[Path]
    partials: list[Path] = field(default_factory=list)
    job_id: int = 0
    done: bool = False


class ExportSetDialog(QDialog):
    """Export the window's brief with several templates into one folder.

    Signals: ``exported(written, failures)`` when a set is done (the paths written, and
    ``(document, reason)`` for each that was not), ``cancelled()`` when Cancel stopped it.
    """

    exported = Signal(list, list)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, session: Session, render: RenderService,
                 settings: Any) -> None:
        super().__init__(parent)
        self.session = session
        self.render = render
        self.settings = settings
        self.documents: list[_Document] = []
        self.written: list[Path] = []
        self.failures: list[tuple[str, str]] = []
        self._leftovers: list[Path] = []
        self._cancelling = False
        self.setWindowTitle(self.tr("Export Set"))
        self.setAccessibleName(self.tr("Export set"))
        self._build()
        render.exportFinished.connect(self._on_finished)
        render.workerStateChanged.connect(self._sweep_leftovers)
        self.reload()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Export this brief with several templates at once, into one "
                               "folder."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.templates = QListWidget()
        self.templates.setAccessibleName(self.tr("Templates to export"))
        self.templates.itemChanged.connect(self._update_names)
        label = QLabel(self.tr("&Templates:"))
        label.setBuddy(self.templates)
        layout.addWidget(label)
        layout.addWidget(self.templates, 2)

        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder to export into"))
        self.folder.textChanged.connect(self._update_names)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the folder to export into"))
        self.browse.clicked.connect(self._choose_folder)
        folder_label = QLabel(self.tr("Save &in folder:"))
        folder_label.setBuddy(self.folder)
        row = QHBoxLayout()
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout.addLayout(row)

        self.html = QCheckBox(self.tr("Also write HT&ML pages"))
        self.html.setAccessibleName(self.tr("Also write HTML pages"))
        self.html.toggled.connect(self._update_names)
        layout.addWidget(self.html)
        self.word = QCheckBox(self.tr("Also write &Word documents"))
        self.word.setAccessibleName(self.tr("Also write Word documents"))
        self.word.toggled.connect(self._update_names)
        layout.addWidget(self.word)

        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Files that will be written"))
        self.names.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        names_label = QLabel(self.tr("File &names:"))
        names_label.setBuddy(self.names)
        layout.addWidget(names_label)
        layout.addWidget(self.names, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Export progress"))
        self.bar.setTextVisible(True)
        self.bar.hide()
        layout.addWidget(self.bar)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Export summary"))
        self.summary.hide()
        layout.addWidget(self.summary, 1)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export the chosen templates"))
        self.cancel_button = self.buttons.addButton(self.tr("&Cancel Export"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.cancel_button.hide()
        self.open_button = self.buttons.addButton(self.tr("Open &Folder"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setAccessibleName(self.tr("Open the folder the files were written to"))
        self.open_button.hide()
        self.close_button = self.buttons.addButton(self.tr("Cl&ose"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(self.tr("Close this dialog"))
        self.export_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self._open_folder)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.export_button.setDefault(True)
        self.resize(520, 560)

    # -- filling in ------------------------------------------------------------------------
    def reload(self) -> None:
        """List the installed templates in the background."""
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Looking for templates…"))
        jobs.Job(self, scan_templates, lane=TEMPLATES_LANE).newest_wins() \
            .success(self._on_listed).run()

    def _on_listed(self, found: tuple[list[TemplatePack], list[Any]]) -> None:
        packs = [pack for pack in found[0] if not getattr(pack, "note", "")]
        own = self.session.brief.template.name
        self.templates.blockSignals(True)
        self.templates.clear()
        for pack in packs:
            item = QListWidgetItem(fill(self.tr("%1 (%2)"), pack.title, pack.name))
            item.setData(OWN, pack.name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if pack.name == own
                               else Qt.CheckState.Unchecked)
            self.templates.addItem(item)
        self.templates.blockSignals(False)
        if self.templates.count():
            self.templates.setCurrentRow(0)
        folder = str(getattr(self.settings, "last_folder", "") or "")
        if not folder and self.session.path is not None:
            folder = str(self.session.path.parent)
        self.folder.setText(folder or str(Path.home()))
        self.status.setText("")
        self._update_names()

    def chosen(self) -> list[tuple[str, str]]:
        """The ticked templates: ``(name, title)`` each, in the listed order."""
        result = []
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                result.append((str(item.data(OWN)), item.text()))
        return result

    def set_checked(self, names: list[str]) -> None:
        """Tick exactly the templates called ``names`` (tests and scripted use)."""
        for row in range(self.templates.count()):
            item = self.templates.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(OWN) in names
                               else Qt.CheckState.Unchecked)

    def targets(self, template: str) -> list[Path]:
        folder = Path(self.folder.text().strip()).expanduser()
        suffixes = [".pdf"] + [suffix for box, suffix in ((self.html, ".html"),
                                                          (self.word, ".docx"))
                               if box.isChecked()]
        return [folder / export_name(self.session.brief, self.session.path, template, suffix)
                for suffix in suffixes]

    def _update_names(self, *_args: object) -> None:
        if self.running:
            return
        self.names.clear()
        chosen = self.chosen()
        for name, _title in chosen:
            for target in self.targets(name):
                self.names.addItem(target.name)
        has_folder = bool(self.folder.text().strip())
        self.export_button.setEnabled(bool(chosen) and has_folder)
        if not chosen:
            self.names.addItem(self.tr("(tick at least one template)"))

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export Set Into"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    # -- running ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return any(not d.done for d in self.documents)

    def start(self) -> None:
        """Queue one export per ticked template (nothing waits here)."""
        chosen = self.chosen()
        folder = Path(self.folder.text().strip()).expanduser()
        if self.running or not chosen:
            return
        if not folder.is_dir():
            self.status.setText(fill(self.tr("The folder %1 does not exist."), folder))
            return
        if hasattr(self.settings, "last_folder"):
            self.settings.last_folder = str(folder)
        variant = getattr(self.settings, "pdf_variant", DEFAULT_VARIANT)
        variant = variant if variant in VARIANTS else DEFAULT_VARIANT
        self.written, self.failures, self._cancelling = [], [], False
        self.documents = []
        for name, title in chosen:
            document = _Document(name, title, self.targets(name))
            document.partials = [partial_for(t) for t in document.targets]
            outputs = {t.suffix.lstrip("."): str(p)
                       for t, p in zip(document.targets, document.partials, strict=True)}
            document.job_id = self.render.submit_export(outputs, variant, template=name)
            self.documents.append(document)
        self._set_running(True)
        self._show_progress()

    def cancel(self) -> None:
        """Drop the documents still waiting and stop the one being written."""
        if not self.running:
            return
        self._cancelling = True
        waiting = [d for d in self.documents if not d.done]
        for document in reversed(waiting):  # the queued first, then the running one
            self.render.cancel(document.job_id)

    def _on_finished(self, job_id: int, result: dict[str, Any]) -> None:
        document = next((d for d in self.documents if d.job_id == job_id and not d.done), None)
        if document is None:
            return
        document.done = True
        error = result.get("error") or {}
        if result.get("ok"):
            try:
                for partial, target in zip(document.partials, document.targets, strict=True):
                    os.replace(partial, target)
                    self.written.append(target)
            except OSError as exc:
                self.failures.append((document.title, exc.strerror or str(exc)))
                self._discard(document)
        else:
            self._discard(document, killed=error.get("kind") in ("cancelled", "timeout",
                                                                  "crash"))
            if error.get("kind") != "cancelled":
                self.failures.append((document.title, describe_error(error)))
        if self.running:
            self._show_progress()
        else:
            self._finish()

    def _discard(self, document: _Document, *, killed: bool = False) -> None:
        for partial in document.partials:
            if not remove_partial(partial) or killed:
                # A killed worker may still be writing: swept again once it has gone.
                self._leftovers.append(partial)

    def _sweep_leftovers(self, *_args: object) -> None:
        self._leftovers = [p for p in self._leftovers if not remove_partial(p)]

    def _show_progress(self) -> None:
        total = len(self.documents)
        finished = sum(d.done for d in self.documents)
        current = next(d for d in self.documents if not d.done)
        self.bar.setRange(0, total)
        self.bar.setValue(finished)
        text = fill(self.tr("%1 of %2 — %3"), finished + 1, total, current.title)
        self.bar.setFormat(text)
        self.status.setText("")  # the bar says it

    def _finish(self) -> None:
        self._sweep_leftovers()
        self._set_running(False)
        total = len(self.documents)
        self.bar.setValue(total)
        self.bar.setFormat(fill(self.tr("%1 of %2 done"), total, total))
        count = len(self.written)
        folder = self.folder.text().strip()
        if self._cancelling:
            exported = sum(all(t in self.written for t in d.targets) for d in self.documents)
            head = fill(self.tr("Cancelled: %1 of %2 documents exported."), exported, total)
        elif self.failures:
            head = fill(self.tr("1 file written; %2 failed.") if count == 1 else
                        self.tr("%1 files written; %2 failed."), count, len(self.failures))
        else:
            head = fill(self.tr("1 file written into %2.") if count == 1 else
                        self.tr("%1 files written into %2."), count, folder)
        self.status.setText(head)
        lines = [fill(self.tr("Wrote %1"), path.name) for path in self.written]
        lines += [fill(self.tr("%1: %2"), title, reason) for title, reason in self.failures]
        self.summary.setPlainText("\n".join(lines))
        self.summary.setVisible(bool(lines))
        self.open_button.setVisible(bool(self.written))
        (self.open_button if self.written else self.close_button).setFocus()
        if self._cancelling:
            self.cancelled.emit()
        self.exported.emit([str(p) for p in self.written],
                           [list(failure) for failure in self.failures])

    def _set_running(self, running: bool) -> None:
        for widget in (self.templates, self.folder, self.browse, self.html, self.word,
                       self.export_button):
            widget.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.bar.setVisible(running or bool(self.documents))
        if running:
            self.summary.hide()
            self.open_button.hide()
            self.cancel_button.setFocus()
        else:
            self._update_names()

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text().strip()))

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Close (Escape): a running set is cancelled first, never left writing unseen."""
        if self.running:
            self.cancel()
        super().reject()


def open_export_set(window: Any) -> ExportSetDialog:
    """File ▸ Export Set… for a main window (its session, render service and settings)."""
    from briefwriter.gui.dialogs import show_single

    return show_single(window, ExportSetDialog, lambda parent: ExportSetDialog(
        parent, window.session, window.render, window.settings))
