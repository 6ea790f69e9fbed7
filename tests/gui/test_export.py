"""Export with a real worker: the file dialog (patched) picks the name and the PDF variant; the
file that lands has the brief's text and the right structure; cancel and failure leave no file
behind and an earlier export intact."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from helpers_render import (
    BROKEN_PAGE,
    ENDLESS_PAGE,
    RENDER_WAIT_MS,
    START_WAIT_MS,
    normalise,
    pdf_text,
    user_templates_dir,
    write_pack,
)
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from briefwriter.gui.export import ExportController
from briefwriter.gui.settings import Settings

TITLE = "Detention is never in the best interests of a child"





class FakeSaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers with a path and a chosen filter."""

    def __init__(self, path: Path | None, pick: str | None = None) -> None:
        self.path = path
        self.pick = pick  # a word the chosen file type contains, e.g. "PDF/A"
        self.calls: list[dict] = []

    def __call__(self, parent, caption, directory, filters, selected=""):
        self.calls.append({"caption": caption, "directory": directory, "filters": filters,
                           "selected": selected})
        if self.path is None:
            return "", ""
        chosen = selected
        if self.pick:
            chosen = next(f for f in filters.split(";;") if self.pick in f)
        return str(self.path), chosen


@pytest.fixture
def opened(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def exporter(qtbot, session, service):
    controller = ExportController(session, service, Settings())
    yield controller
    if controller.message_box is not None:
        controller.message_box.close()


def click(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_export_pdf_writes_an_accessible_pdf_and_offers_to_open_it(
        qtbot, monkeypatch, exporter, session, tmp_path, opened):
    target = tmp_path / "out" / "paper.pdf"
    target.parent.mkdir()
    dialog = FakeSaveDialog(target)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    with qtbot.waitSignal(exporter.finished, timeout=RENDER_WAIT_MS) as done:
        assert exporter.export_pdf() is not None
    assert done.args == [str(target)]
    assert "Accessible PDF (PDF/UA-1)" in dialog.calls[0]["selected"]

    assert TITLE in normalise(pdf_text(target))
    with pikepdf.open(target) as pdf:
        assert pdf.Root.MarkInfo.Marked is True  # tagged
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.open_metadata().get("pdfuaid:part")) == "1"
    assert [p.name for p in target.parent.iterdir()] == ["paper.pdf"]  # no partial files

    box = exporter.message_box
    assert box is not None and box.isVisible()
    assert "paper.pdf" in box.text()
    click(qtbot, box, "Open PDF")
    assert opened == [QUrl.fromLocalFile(str(target))]
    qtbot.waitUntil(lambda: exporter.message_box is None or not box.isVisible())


def test_the_file_type_list_chooses_the_pdf_variant(qtbot, monkeypatch, exporter, tmp_path,
                                                    opened):
    target = tmp_path / "archive"  # no suffix typed: ".pdf" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(target, pick="PDF/A"))
    with qtbot.waitSignal(exporter.finished, timeout=RENDER_WAIT_MS) as done:
        exporter.export_pdf()
    written = Path(done.args[0])
    assert written == tmp_path / "archive.pdf"
    with pikepdf.open(written) as pdf:
        meta = pdf.open_metadata()
        assert str(meta.get("pdfaid:part")) == "3"
        assert str(meta.get("pdfaid:conformance")) == "U"
    click(qtbot, exporter.message_box, "Open folder")
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_default_name_and_folder_come_from_the_brief_and_the_settings(
        qtbot, monkeypatch, session, service, tmp_path):
    settings = Settings()
    folder = tmp_path / "exports"
    folder.mkdir()
    settings.last_folder = str(folder)
    controller = ExportController(session, service, settings)
    dialog = FakeSaveDialog(None)  # the person cancels the file dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)

    assert controller.export_pdf(variant="none") is None
    expected = folder / "detention-is-never-in-the-best-interests-of-a-child.pdf"
    assert Path(dialog.calls[0]["directory"]) == expected
    assert "Plain PDF" in dialog.calls[0]["selected"]
    assert not controller.busy

    session.mark_saved(tmp_path / "network-paper.brief.yaml")
    controller.export_html()
    assert Path(dialog.calls[1]["directory"]) == folder / "network-paper.html"


def test_export_html_writes_a_standalone_page(qtbot, monkeypatch, exporter, tmp_path, opened):
    target = tmp_path / "paper.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(target))
    with qtbot.waitSignal(exporter.finished, timeout=RENDER_WAIT_MS):
        exporter.export_html()
    html = target.read_text(encoding="utf-8")
    assert TITLE in html
    assert "<style" in html  # the stylesheet travels inside the page
    click(qtbot, exporter.message_box, "Open page")
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_export_as_word_writes_a_word_file_of_the_paper(qtbot, monkeypatch, exporter, session,
                                                       tmp_path, opened):
    import docx

    session.mark_saved(tmp_path / "network-paper.brief.yaml")
    target = tmp_path / "out" / "paper"  # no suffix typed: ".docx" is added
    target.parent.mkdir()
    (target.parent / "paper.docx").write_bytes(b"an earlier export")  # replaced whole
    dialog = FakeSaveDialog(target)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    with qtbot.waitSignal(exporter.finished, timeout=RENDER_WAIT_MS) as done:
        assert exporter.export_docx() is not None
    assert dialog.calls[0]["caption"] == "Export as Word"
    assert Path(dialog.calls[0]["directory"]).name == "network-paper.docx"
    assert "Word document (*.docx)" in dialog.calls[0]["filters"]
    written = tmp_path / "out" / "paper.docx"
    assert done.args == [str(written)]
    assert [p.name for p in written.parent.iterdir()] == ["paper.docx"]  # no partial files
    document = docx.Document(str(written))
    assert document.core_properties.title == TITLE
    assert ("Heading 1", TITLE) in [(p.style.name, p.text) for p in document.paragraphs]
    box = exporter.message_box
    assert "paper.docx" in box.text()
    click(qtbot, box, "Open document")
    assert opened == [QUrl.fromLocalFile(str(written))]


def test_a_failed_export_names_the_template_line_and_keeps_the_old_file(
        qtbot, monkeypatch, exporter, session, tmp_path):
    write_pack(user_templates_dir(), "broken", BROKEN_PAGE)
    session.set_value(("template", "name"), "broken")
    target = tmp_path / "out" / "paper.pdf"
    target.parent.mkdir()
    target.write_bytes(b"an earlier export")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(target))
    with qtbot.waitSignal(exporter.failed, timeout=RENDER_WAIT_MS) as failed:
        exporter.export_pdf()
    assert "template.html.j2, line 3" in failed.args[0]
    box = exporter.message_box
    assert box.icon() == QMessageBox.Icon.Warning
    assert "paper.pdf was not exported" in box.text()
    assert "line 3" in box.informativeText()
    assert target.read_bytes() == b"an earlier export"
    assert [p.name for p in target.parent.iterdir()] == ["paper.pdf"]


def test_cancel_stops_the_export_leaves_no_file_and_restarts_the_worker(
        qtbot, monkeypatch, session, service, tmp_path):
    write_pack(user_templates_dir(), "endless", ENDLESS_PAGE)
    session.set_value(("template", "name"), "endless")
    controller = ExportController(session, service, Settings(), progress_delay_ms=0)
    target = tmp_path / "out" / "paper.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(target))
    old_pid = service.worker_pid

    job_id = controller.export_pdf()
    # The person goes back to the template that works while the export runs.
    session.set_value(("template", "name"), "position-paper")
    qtbot.waitUntil(lambda: service.running_job == (job_id, "export"), timeout=RENDER_WAIT_MS)
    qtbot.waitUntil(lambda: controller.progress is not None and controller.progress.isVisible())
    cancel = controller.progress.findChild(QPushButton)
    assert cancel.text().replace("&", "") == "Cancel"
    cancelled = []
    controller.cancelled.connect(lambda: cancelled.append(True))
    # The killed worker is replaced, and the new one renders the waiting preview.
    with qtbot.waitSignal(service.previewReady, timeout=START_WAIT_MS) as ready:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert cancelled == [True]
        assert controller.progress is None and not controller.busy
    assert controller.message_box is None  # cancelling is not an error to report
    assert service.worker_pid != old_pid
    assert list(target.parent.iterdir()) == []
    assert TITLE in normalise(pdf_text(ready.args[0]))


def test_a_quick_export_shows_no_progress_dialog(qtbot, monkeypatch, exporter, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(tmp_path / "a.pdf"))
    exporter._progress_timer.setInterval(60_000)  # "quick" = before the dialog is due
    with qtbot.waitSignal(exporter.finished, timeout=RENDER_WAIT_MS):
        exporter.export_pdf()
    assert exporter.progress is None
    # A second export while one runs is refused rather than queued twice.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", FakeSaveDialog(tmp_path / "b.pdf"))
    first = exporter.export_pdf()
    assert first is not None and exporter.export_pdf() is None
    with qtbot.waitSignal(exporter.finished, timeout=RENDER_WAIT_MS):
        pass
