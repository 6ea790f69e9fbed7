"""Help ▸ Check the GCM Text Against the Official Document…: import A/RES/73/195.

The dialog says where to download the resolution, lets the person choose the PDF, runs the
import off the GUI thread (``core.gcm_import`` in the ``gcm`` lane of ``gui.jobs``), shows
the report (counts and every item whose wording differed) and refreshes every GCM browser.
A refused file is explained in the dialog; the text in use then stays as it was.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefwriter.gui import jobs
from briefwriter.gui.dialogs import show_single
from briefwriter.gui.i18n import fill

GCM_LANE = "gcm"
ODS_URL = "https://documents.un.org/"


def text_in_use_line() -> str:
    """Which text of the Compact the app quotes, in the UI language."""
    from briefwriter.core.gcm_import_store import edition_info, imported_languages

    info = edition_info("en")
    if info is None:
        line = QApplication.translate(
            "GcmImport", "The built-in English text, in which some wording is not yet "
            "verified against the official document.")
    else:
        line = fill(QApplication.translate(
            "GcmImport", "The official %1 text of A/RES/73/195, imported on %2 from %3 "
            "(SHA-256 %4…)."), info.language_name, info.imported[:10], info.file,
            info.sha256[:16])
    others = [QLocale(code).nativeLanguageName() for code in imported_languages() if code != "en"]
    if others:
        line += " " + fill(QApplication.translate(
            "GcmImport", "Papers in %1 quote the official edition in their language."),
            ", ".join(others))
    return line


def refresh_gcm_views() -> None:
    """Show the text now in use in every window's GCM browser."""
    from briefwriter.gui.widgets.gcm_browser import GcmBrowser

    for widget in QApplication.allWidgets():
        if isinstance(widget, GcmBrowser):
            widget.reload_text()


def _items_html(title: str, items: list[str]) -> str:
    if not items:
        return ""
    rows = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return f"<p><b>{html.escape(title)}</b></p><ul>{rows}</ul>"


class GcmImportDialog(QDialog):
    """Where to get the official PDF, a button to choose it, and the report."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, parent: QWidget | None = None, start_folder: str = "") -> None:
        super().__init__(parent)
        self.start_folder = start_folder
        self.setWindowTitle(self.tr("Check the GCM Text Against the Official Document"))
        layout = QVBoxLayout(self)

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setOpenExternalLinks(True)
        self.explanation.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.explanation.setText(fill(self.tr(
            "<p>BriefWriter quotes the Global Compact for Migration from a built-in copy in "
            "which some wording comes from the July 2018 draft. Bring the official "
            "resolution and BriefWriter checks every paragraph, guiding principle, objective "
            "and action against it.</p>"
            "<ol><li>Open the UN Official Document System, <a href=\"%1\">%1</a>.</li>"
            "<li>Search for the symbol <b>A/RES/73/195</b>.</li>"
            "<li>Choose the language of your papers (Arabic, Chinese, English, French, "
            "Russian or Spanish) and download the PDF.</li>"
            "<li>Choose that file here.</li></ol>"
            "<p>Items that match become verified; items that differ take the official "
            "wording and are listed. The file is read on this computer only.</p>"), ODS_URL))
        self.explanation.setAccessibleName(self.tr("Where to download the official text"))
        layout.addWidget(self.explanation)

        self.in_use = QLabel(self)
        self.in_use.setWordWrap(True)
        self.in_use.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.in_use)

        self.choose = QPushButton(self.tr("&Choose the PDF…"), self)
        self.choose.setAccessibleName(self.tr("Choose the official PDF of A/RES/73/195"))
        self.choose.clicked.connect(self.choose_file)
        layout.addWidget(self.choose, 0, Qt.AlignmentFlag.AlignLeading)

        self.report = QTextBrowser(self)
        self.report.setAccessibleName(self.tr("Result of the check"))
        self.report.setOpenLinks(False)
        self.report.hide()
        layout.addWidget(self.report, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.forget = QPushButton(self.tr("Use the &Built-in Text Again"), self)
        self.forget.setAccessibleName(self.tr("Forget the imported text and use the built-in "
                                              "text again"))
        self.forget.clicked.connect(self.forget_import)
        buttons.addButton(self.forget, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self._update_in_use()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 84, metrics.height() * 32)

    def _update_in_use(self) -> None:
        from briefwriter.core.gcm_import_store import edition_info

        self.in_use.setText(fill(self.tr("Text in use: %1"), text_in_use_line()))
        self.forget.setVisible(edition_info("en") is not None)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the Official PDF of A/RES/73/195"), self.start_folder,
            self.tr("PDF documents (*.pdf *.PDF)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read ``path`` in the background; the report or the refusal is shown here."""
        from briefwriter.core.gcm_import import import_official_pdf

        self.choose.setEnabled(False)
        self.report.show()
        self.report.setPlainText(fill(self.tr("Reading %1…"), path.name))
        jobs.Job(self, lambda: import_official_pdf(path), lane=GCM_LANE) \
            .success(self._done).failure(self._refused).run()

    def _done(self, report: object) -> None:
        from briefwriter.core.gcm_import import ImportReport

        assert isinstance(report, ImportReport)
        self.choose.setEnabled(True)
        self.report.setHtml(self.report_html(report))
        self._update_in_use()
        refresh_gcm_views()
        self.imported.emit(report)

    def _refused(self, error: Exception) -> None:
        from briefwriter.core.gcm_import import GcmImportError

        self.choose.setEnabled(True)
        if not isinstance(error, GcmImportError | OSError):
            raise error
        self.report.setHtml(
            "<p><b>" + html.escape(self.tr("The file was not used; the text in use is "
                                           "unchanged.")) + "</b></p>"
            + f"<p>{html.escape(str(error))}</p>")

    def report_html(self, report: object) -> str:
        from briefwriter.core.gcm_import import ImportReport

        assert isinstance(report, ImportReport)
        if report.language != "en":
            head = fill(self.tr(
                "%1: the official %2 text of A/RES/73/195. Found %3 of %4 items; they are "
                "kept as the %2 edition of the Compact."), report.file, report.language_name,
                report.found, report.expected)
        else:
            head = fill(self.tr(
                "%1: the official English text of A/RES/73/195. Found %2 of %3 items: %4 "
                "matched the built-in text and are now verified, %5 differed and now use the "
                "official wording, %6 were not (fully) in the built-in text and were added."),
                report.file, report.found, report.expected, len(report.matched),
                len(report.differing), len(report.added))
        return (f"<p>{html.escape(head)}</p>"
                + _items_html(self.tr("Wording that differed (the official wording is now "
                                      "used):"), [d.describe() for d in report.differing])
                + _items_html(self.tr("Not found in the file (these keep their flags):"),
                              report.missing))

    def forget_import(self) -> None:
        from briefwriter.core.gcm import reload_gcm
        from briefwriter.core.gcm_import_store import remove_edition

        remove_edition("en")
        reload_gcm()
        self.report.show()
        self.report.setPlainText(self.tr("The built-in text is used again."))
        self._update_in_use()
        refresh_gcm_views()


def open_gcm_import(parent: QWidget, start_folder: str = "") -> GcmImportDialog:
    """Show the dialog (not modal: the person may look at the GCM step meanwhile); the one
    already open is raised."""
    return show_single(parent, GcmImportDialog,
                       lambda window: GcmImportDialog(window, start_folder))
