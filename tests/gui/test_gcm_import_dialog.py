"""Help ▸ Check the GCM Text Against the Official Document…: choose the PDF, see the report,
the GCM browser and Help ▸ About follow the imported text; a bad file changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from briefwriter.core.gcm import load_gcm, load_gcm_builtin
from briefwriter.gui import dialogs
from briefwriter.gui.gcm_import_dialog import GcmImportDialog
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.gcm_browser import GcmBrowser

CHANGED = ("Ensure that all migrants in detention are informed about the reasons for their "
           "detention, in a language they understand;")
TESTS = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def official(tmp_path_factory) -> Path:
    """A test edition with 29(e) changed, made in another process (the GUI never loads
    WeasyPrint)."""
    path = tmp_path_factory.mktemp("gui-gcm") / "A_RES_73_195-E.pdf"
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
            "from gcm_official_pdf import official_pdf; "
            "official_pdf(Path(sys.argv[2]), 'en', {'29(e)': sys.argv[3]})")
    subprocess.run([sys.executable, "-c", code, str(TESTS), str(path), CHANGED], check=True)
    return path


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _menu_action(window, text: str):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                return menu_action.menu(), action
    raise AssertionError(f"no menu item {text!r}")


def test_help_menu_opens_the_dialog_explaining_where_to_download(window, qtbot):
    menu, action = _menu_action(window, "Check the GCM Text Against the Official Document…")
    assert menu.title().replace("&", "") == "Help"
    action.trigger()
    dialog = window.findChild(GcmImportDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.explanation.text()
    assert "A/RES/73/195" in text and "documents.un.org" in text and "Official Document" in text
    assert "built-in English text" in dialog.in_use.text()
    assert dialog.choose.accessibleName()
    assert not dialog.forget.isVisible()
    action.trigger()  # asked again: the open dialog comes forward, no second one
    assert [d for d in window.findChildren(GcmImportDialog) if d.isVisible()] == [dialog]
    dialog.close()


def test_import_shows_the_report_and_the_browser_follows_the_official_text(
        qtbot, monkeypatch, official, tmp_path):
    browser = GcmBrowser(Session())
    qtbot.addWidget(browser)
    browser.reveal(browser.gcm.lookup("29(e)"))
    assert CHANGED not in browser.detail.toPlainText()
    dialog = GcmImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(monkeypatch, official)
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.choose.click()
    report = dialog.report.toPlainText()
    assert "Found 273 of 273 items" in report
    assert "1 differed" in report
    assert "29(e): 'language they understand;' — built-in text differed" in report
    assert "A_RES_73_195-E.pdf" in dialog.in_use.text()
    assert dialog.forget.isVisible()
    # The browser shows the official wording, now verified, and keeps the item shown.
    assert browser.current_item().ref == "29(e)"
    assert CHANGED in browser.detail.toPlainText()
    assert browser.gcm.lookup("29(e)").status == "verified"
    assert "A_RES_73_195-E.pdf" in dialogs.about_html()
    dialog.grab().save(str(tmp_path / "gcm-import.png"))
    # Going back to the built-in text.
    dialog.forget.click()
    assert "built-in English text" in dialog.in_use.text()
    assert load_gcm().lookup("29(e)").text == load_gcm_builtin().lookup("29(e)").text
    assert CHANGED not in browser.detail.toPlainText()


def test_a_file_that_is_not_the_resolution_is_refused_in_the_dialog(qtbot, monkeypatch,
                                                                     tmp_path):
    bad = tmp_path / "download.pdf"
    bad.write_bytes(b"<html>Not found</html>")
    dialog = GcmImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(monkeypatch, bad)
    dialog.choose.click()
    qtbot.waitUntil(lambda: "cannot be used" in dialog.report.toPlainText(), timeout=10_000)
    report = dialog.report.toPlainText()
    assert "download.pdf cannot be used: it is not a PDF file" in report
    assert "text in use is unchanged" in report
    assert "built-in English text" in dialog.in_use.text()
    assert dialog.choose.isEnabled()


def test_about_says_the_built_in_text_is_in_use_without_an_import():
    assert "Text in use:" in dialogs.about_html()
    assert "built-in English text" in dialogs.about_html()


@pytest.fixture(scope="module")
def french(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gui-gcm-fr") / "A_RES_73_195-F.pdf"
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from pathlib import Path; "
            "from gcm_official_pdf import official_pdf; official_pdf(Path(sys.argv[2]), 'fr')")
    subprocess.run([sys.executable, "-c", code, str(TESTS), str(path)], check=True)
    return path


def test_the_gcm_step_imports_the_papers_edition_and_follows_the_papers_language(
        qtbot, monkeypatch, french):
    from helpers_steps import make_ctx, show_page

    from briefwriter.core.model import Brief, Priority
    from briefwriter.gui.steps.gcm_link import GcmLinkPage

    ctx = make_ctx(Brief(language="fr", priorities=[Priority(title="Detention")]))
    page = GcmLinkPage(ctx)
    show_page(qtbot, page, 1000, 1100)
    browser = page.browser
    english = load_gcm_builtin().lookup("29(c)").text
    browser.reveal(browser.gcm.lookup("29(c)"))
    assert english in browser.detail.toPlainText()  # nothing imported: the English text
    assert page.check_text_button.text().replace("&", "").startswith("Check the Text")
    page.check_text_button.click()
    dialog = page.window().findChild(GcmImportDialog)
    assert dialog is not None and dialog.isVisible()
    _choose(monkeypatch, french)
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.choose.click()
    assert "Found 273 of 273 items" in dialog.report.toPlainText()
    assert "français" in dialog.in_use.text()  # "Papers in français quote ..."
    dialog.close()
    # The French paper's browser now shows the French edition, cited as it writes it.
    wording = load_gcm("fr").lookup("29(c)").text
    assert wording != english
    qtbot.waitUntil(lambda: wording in browser.detail.toPlainText())
    assert "PMM, par. 29 c)" in browser.detail.toPlainText()
    assert browser.gcm.search(wording.split()[0])  # searching in French finds it
    # The paper switched to English: the English text again, at once.
    ctx.session.set_value(("language",), "en")
    assert english in browser.detail.toPlainText()
    assert "GCM para 29(c)" in browser.detail.toPlainText()
    ctx.session.undo_stack.undo()
    assert wording in browser.detail.toPlainText()
