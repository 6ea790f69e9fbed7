"""Safety mode through the app: the switch at the end of the organisation step (reached with
its own Alt+letter), its two choices, the status bar's note, Review's warnings, and the PDF and HTML
exported through the real window and worker, read for their metadata and bytes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest
from helpers_e2e import (
    RENDER_WAIT_MS,
    SHORT_WAIT_MS,
    activate,
    click,
    go_to,
    named,
    pdf_text,
    type_into,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QListWidget,
)

from briefwriter.core.model import Brief
from briefwriter.gui.mainwindow import MainWindow, default_parts
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.review import ROLE_PATH
from briefwriter.gui.widgets.mnemonics import mnemonic_letter
from briefwriter.gui.widgets.safety_box import SafetyBox, SafetyStatus

NAME = "Ndugu Safe Harbour Collective"
ACRONYM = "NSHC"
EMAIL = "contact@nshc-safe.example"
PERSON = "Imani Wekesa"
SWITCH = "Safety mode: papers that do not say who wrote them"
CONTACT_CHOICE = "Leave out contact details (yours and the co-signatories')"
LOGO_CHOICE = "Leave out logos (yours, the brand kit's and the co-signatories')"

pytestmark = pytest.mark.usefixtures("previews_in_tmp")


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records what it was asked, answers a path
    in the test's folder under the name it offered."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.calls: list[tuple[str, str]] = []

    def __call__(self, parent, caption, directory, *args, **kwargs):
        self.calls.append((caption, directory))
        return str(self.folder / Path(directory).name), ""


@pytest.fixture
def window(qtbot):
    window = MainWindow(Settings(), default_parts())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    window.resize(1400, 950)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=SHORT_WAIT_MS)
    return window


def test_the_switch_is_last_on_the_organisation_step_with_its_choices(qtbot, window):
    page = go_to(qtbot, window, "organisation")
    boxes = page.findChildren(SafetyBox)
    assert len(boxes) == 1
    layout_order = [page.body.itemAt(i).widget() for i in range(page.body.count())]
    widgets = [w for w in layout_order if w is not None]
    assert widgets[-1] is boxes[0]  # at the end of the page (only the stretch follows)
    switch = named(page, SWITCH, QCheckBox)
    contact = named(page, CONTACT_CHOICE, QCheckBox)
    logos = named(page, LOGO_CHOICE, QCheckBox)
    assert "leave out your organisation's name" in switch.accessibleDescription()
    assert not switch.isChecked() and contact.isChecked() and logos.isChecked()
    assert not contact.isEnabled() and not logos.isEnabled()  # they apply when it is on
    status = window.findChild(SafetyStatus)
    assert status is not None and not status.isVisible()

    # The keyboard path: the switch's Alt+letter, its own on the page (the page shares out
    # the letters top down, so the profile bar above may take the S), ticks it from anywhere.
    letter = mnemonic_letter(switch.text())
    assert letter and letter in SWITCH.casefold()
    others = [mnemonic_letter(w.text()) for w in page.findChildren(QAbstractButton)
              if w is not switch and w.isVisibleTo(page)]
    assert letter not in others
    name_field = named(page, "Organisation name", QLineEdit)
    name_field.setFocus()
    qtbot.waitUntil(name_field.hasFocus, timeout=SHORT_WAIT_MS)
    qtbot.keyClick(name_field, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.session.brief.safety.enabled, timeout=SHORT_WAIT_MS)
    assert contact.isEnabled() and logos.isEnabled()
    assert status.isVisible() and status.text() == "Safety mode on"
    assert status.accessibleName() == "Safety mode on"
    click(qtbot, logos)
    assert window.session.brief.safety.leave_out_logos is False

    # One undo step each, and the window follows the undo.
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.session.brief.safety.enabled is False
    qtbot.waitUntil(lambda: not status.isVisible(), timeout=SHORT_WAIT_MS)
    assert not contact.isEnabled()


def fill_organisation(qtbot, page) -> None:
    type_into(qtbot, named(page, "Organisation name", QLineEdit), NAME)
    type_into(qtbot, named(page, "Acronym or short name", QLineEdit), ACRONYM)
    type_into(qtbot, named(page, "Contact person", QLineEdit), f"{PERSON}, Coordinator")
    type_into(qtbot, named(page, "E-mail", QLineEdit), EMAIL)


def export(qtbot, window: MainWindow, kind: str, dialog: SaveDialog) -> Path:
    start = window.exporter.export_pdf if kind == "pdf" else window.exporter.export_html
    with qtbot.waitSignal(window.exporter.finished, timeout=RENDER_WAIT_MS) as done:
        assert start() is not None
    box = window.exporter.message_box
    assert box is not None and "Made in safety mode" in box.text()
    box.close()
    return Path(done.args[0])


def test_switched_on_the_exports_are_anonymous(qtbot, window, monkeypatch, tmp_path):
    brief: Brief = window.session.brief
    page = go_to(qtbot, window, "organisation")
    fill_organisation(qtbot, page)
    occasion = go_to(qtbot, window, "occasion")
    type_into(qtbot, named(occasion, "Paper title", QLineEdit), "Children are not detainees")
    page = go_to(qtbot, window, "organisation")
    click(qtbot, named(page, SWITCH, QCheckBox))
    assert brief.safety.enabled

    # Review names the contact person and the acronym found in the text.
    summary = "NSHC asks for alternatives to detention."
    window.session.set_value(("summary",), summary)
    review = go_to(qtbot, window, "review")
    remarks = named(review, "Remarks on the brief", QListWidget)

    def paths() -> set:
        return {tuple(remarks.item(r).data(ROLE_PATH) or ()) for r in range(remarks.count())}
    qtbot.waitUntil(lambda: {("organisation", "contact", "name"), ("summary",)} <= paths(),
                    timeout=SHORT_WAIT_MS)
    texts = [remarks.item(r).text() for r in range(remarks.count())]
    assert any("The summary holds your organisation's name “NSHC”" in t for t in texts)
    window.session.set_value(("summary",), "We ask for alternatives to detention.")

    dialog = SaveDialog(tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    activate(qtbot, window)
    pdf_path = export(qtbot, window, "pdf", dialog)
    html_path = export(qtbot, window, "html", dialog)
    today = date.today().isoformat()
    assert [Path(d).name for _c, d in dialog.calls] == [f"brief-{today}.pdf",
                                                        f"brief-{today}.html"]
    assert [c for c, _d in dialog.calls] == ["Export PDF — Safety Mode On",
                                             "Export HTML — Safety Mode On"]
    assert pdf_path == tmp_path / f"brief-{today}.pdf"

    with pikepdf.open(pdf_path) as pdf:
        info = {str(k) for k in pdf.docinfo.keys()}
        assert info == {"/Title", "/Creator", "/Producer"}
        with pdf.open_metadata() as xmp:
            assert xmp.get("dc:title") == "Children are not detainees"
            assert xmp.get("dc:creator") is None
            assert xmp.get("pdfuaid:part") == "1"
        streams = b"".join(obj.read_bytes() for obj in pdf.objects
                           if isinstance(obj, pikepdf.Stream))
    data = pdf_path.read_bytes() + streams
    text = pdf_text(str(pdf_path))
    assert "Children are not detainees" in text
    for word in (NAME, ACRONYM, EMAIL, PERSON):
        assert word.encode() not in data and word not in text, word
    page_html = html_path.read_text("utf-8")
    assert "Children are not detainees" in page_html
    for word in (NAME, ACRONYM, EMAIL, PERSON):
        assert word not in page_html, word
    assert '<meta name="author"' not in page_html
