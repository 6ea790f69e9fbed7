"""File ▸ Export Set…: several templates into one folder with a real worker, one progress
display, cancel, the summary, and a dialog a screen reader and a keyboard can use."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from helpers_a11y import report, silent_nodes
from helpers_render import RENDER_WAIT_MS
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from briefwriter.gui.export_set import ExportSetDialog
from briefwriter.gui.settings import Settings

STEM = "detention-is-never-in-the-best-interests-of-a-child"
TITLE = "Detention is never in the best interests of a child"


@pytest.fixture
def dialog(qtbot, session, service, tmp_path):
    settings = Settings()
    settings.last_folder = str(tmp_path / "set")
    (tmp_path / "set").mkdir()
    made = ExportSetDialog(None, session, service, settings)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitUntil(lambda: made.templates.count() > 0)
    return made


def _ticked(dialog) -> list[str]:
    return [name for name, _title in dialog.chosen()]


def test_the_briefs_own_template_is_ticked_and_the_names_are_previewed(dialog, session,
                                                                        tmp_path):
    assert _ticked(dialog) == [session.brief.template.name]
    assert dialog.folder.text() == str(tmp_path / "set")
    dialog.set_checked(["oral-statement", "two-page-brief"])
    dialog.html.setChecked(True)
    shown = [dialog.names.item(i).text() for i in range(dialog.names.count())]
    assert shown == [f"{STEM}--oral-statement.pdf", f"{STEM}--oral-statement.html",
                     f"{STEM}--two-page-brief.pdf", f"{STEM}--two-page-brief.html"]
    dialog.set_checked([])
    assert not dialog.export_button.isEnabled()


def test_two_templates_are_exported_into_the_folder_with_one_progress_display(
        qtbot, dialog, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    folder = tmp_path / "set"
    dialog.set_checked(["oral-statement", "two-page-brief"])
    with qtbot.waitSignal(dialog.exported, timeout=RENDER_WAIT_MS) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.bar.isVisible() and dialog.cancel_button.isVisible()
        assert dialog.bar.text() == "1 of 2 — Oral statement (oral-statement)"
        assert not dialog.templates.isEnabled()  # nothing changes under a running set
    written, failures = done.args
    assert failures == []
    expected = [folder / f"{STEM}--oral-statement.pdf", folder / f"{STEM}--two-page-brief.pdf"]
    assert sorted(written) == sorted(str(p) for p in expected)
    for pdf in expected:
        assert pdf.read_bytes().startswith(b"%PDF-")
        assert pypdf.PdfReader(pdf).metadata.title == TITLE
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in expected)
    assert dialog.status.text() == f"2 files written into {folder}."
    assert f"Wrote {STEM}--oral-statement.pdf" in dialog.summary.toPlainText()
    assert not dialog.cancel_button.isVisible()
    assert dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(folder))]


def test_a_set_with_word_documents_writes_them_beside_the_pdfs(qtbot, dialog, tmp_path):
    import docx

    folder = tmp_path / "set"
    dialog.set_checked(["oral-statement", "two-page-brief"])
    dialog.word.setChecked(True)
    shown = [dialog.names.item(i).text() for i in range(dialog.names.count())]
    assert shown == [f"{STEM}--oral-statement.pdf", f"{STEM}--oral-statement.docx",
                     f"{STEM}--two-page-brief.pdf", f"{STEM}--two-page-brief.docx"]
    with qtbot.waitSignal(dialog.exported, timeout=RENDER_WAIT_MS) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written, failures = done.args
    assert failures == [] and len(written) == 4
    for template in ("oral-statement", "two-page-brief"):
        document = docx.Document(str(folder / f"{STEM}--{template}.docx"))
        assert document.core_properties.title == TITLE
    assert sorted(p.name for p in folder.iterdir()) == sorted(shown)  # no partial files


def test_cancel_stops_the_running_document_and_drops_the_rest(qtbot, dialog, tmp_path,
                                                              service):
    folder = tmp_path / "set"
    dialog.set_checked(["oral-statement", "two-page-brief", "position-paper"])
    with qtbot.waitSignal(dialog.cancelled, timeout=RENDER_WAIT_MS):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: service.running_job is not None, timeout=RENDER_WAIT_MS)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Cancelled: 0 of 3 documents exported."
    assert dialog.export_button.isEnabled()  # ready for another go
    qtbot.waitUntil(lambda: not any(folder.iterdir()), timeout=RENDER_WAIT_MS)  # no partials


def test_a_failed_template_is_named_with_its_reason_and_the_rest_are_written(
        qtbot, dialog, tmp_path, isolated_user_dirs):
    from helpers_render import BROKEN_PAGE, write_pack

    write_pack(isolated_user_dirs["BRIEFWRITER_TEMPLATES_DIR"], "broken-pack", BROKEN_PAGE)
    dialog.reload()
    qtbot.waitUntil(lambda: any(dialog.templates.item(i).data(Qt.ItemDataRole.UserRole)
                                == "broken-pack" for i in range(dialog.templates.count())))
    dialog.set_checked(["broken-pack", "oral-statement"])
    with qtbot.waitSignal(dialog.exported, timeout=RENDER_WAIT_MS) as done:
        dialog.start()
    written, failures = done.args
    assert [Path(p).name for p in written] == [f"{STEM}--oral-statement.pdf"]
    assert len(failures) == 1 and "broken-pack" in failures[0][0]
    assert "line" in failures[0][1]  # the template's file and line, as a single export says
    assert dialog.status.text() == "1 file written; 1 failed."
    assert failures[0][1] in dialog.summary.toPlainText()
    assert not list((tmp_path / "set").glob(".*"))


def test_every_control_is_named_and_reachable_by_keyboard(dialog):
    found = silent_nodes(dialog)
    assert not found, report(found)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
    letters = [w.text().split("&")[1][0].lower() for w in
               [dialog.browse, dialog.html, dialog.word, dialog.export_button,
                dialog.cancel_button,
                dialog.open_button, dialog.close_button]
               + [lb for lb in dialog.findChildren(QLabel) if "&" in lb.text()]]
    assert len(letters) == len(set(letters)), letters  # every mnemonic letter once


def test_file_export_set_opens_one_dialog_for_the_window(qtbot, window):
    action = window.export_set_action
    assert action in window.menuBar().actions()[0].menu().actions()
    qtbot.waitUntil(action.isEnabled)
    action.trigger()
    opened = window.findChild(ExportSetDialog)
    assert opened is not None and opened.isVisible()
    action.trigger()  # raised again, not a second one
    assert len(window.findChildren(ExportSetDialog)) == 1
    opened.close()
