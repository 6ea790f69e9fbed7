"""The whole app as a person meets it: a new brief filled in step by step by typing and
clicking, linked to the GCM, watched in the live preview, reviewed, exported, undone and
redone, closed with unsaved changes; and, after a crash, the work offered back.

Everything runs through the real window, pages, render worker and exporter; only the
modal questions (file choosers, message boxes) are answered by the test.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
import psutil
import pytest
from helpers_e2e import (
    RENDER_WAIT_MS,
    SHORT_WAIT_MS,
    ModalAnswer,
    click,
    click_row,
    current_page,
    go_to,
    key,
    named,
    pdf_text,
    row_where,
    type_into,
    wait_for_fresh_preview,
)
from helpers_shell import Answers, close_later
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeView,
)

from briefwriter.core.model import Brief
from briefwriter.core.storage import save_brief
from briefwriter.gui import app as app_module
from briefwriter.gui.mainwindow import MainWindow, default_parts
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.review import ROLE_PATH
from briefwriter.gui.widgets.catalogue_picker import CatalogueDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CANCEL = QMessageBox.StandardButton.Cancel
DISCARD = QMessageBox.StandardButton.Discard

TITLE = "Children belong in families, not in detention"
OWN_PRIORITY = "End immigration detention of children"
SUGGESTED = "Meaningful migrant participation"
AIM = "Gain measurable commitments from governments through pledging"




pytestmark = pytest.mark.usefixtures("previews_in_tmp")


@pytest.fixture
def app_state(qapp):
    """``app.start`` sets the app's style and direction: put them back afterwards."""
    palette, direction = qapp.palette(), qapp.layoutDirection()
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    QApplication.setLayoutDirection(direction)


def open_window(qtbot, settings: Settings | None = None) -> MainWindow:
    """The real window (real pages, preview, render worker, exporter) with a new brief."""
    window = MainWindow(settings or Settings(), default_parts())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    window.resize(1400, 950)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=SHORT_WAIT_MS)
    return window


def choose_in_combo(qtbot, combo: QComboBox, data: str) -> None:
    """Pick the entry holding ``data`` with the keyboard (Down until it is there)."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def arrow_to(qtbot, view: QListWidget, label: str) -> None:
    """Home, then Down until the row starting with ``label`` is current."""
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(view.count()):
        if view.currentItem().text().startswith(label):
            return
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentItem().text().startswith(label), view.currentItem().text()


def tick_row(qtbot, view: QListWidget, label: str) -> None:
    """Go to the row starting with ``label`` with the arrow keys, tick it with Space."""
    view.setFocus(Qt.FocusReason.TabFocusReason)
    arrow_to(qtbot, view, label)
    qtbot.keyClick(view, Qt.Key.Key_Space)


def pick_suggestion(qtbot, text: str):
    """Answer a CatalogueDialog as a person: arrow down to an entry, press Enter."""
    def act(dialog):
        suggestions = named(dialog, "Suggestions", QListWidget)
        assert suggestions.hasFocus()  # the list is ready for the arrow keys
        arrow_to(qtbot, suggestions, text)
        qtbot.keyClick(suggestions, Qt.Key.Key_Return)
    return act


# ------------------------------------------------------------------------------------------
# One brief, start to finish
# ------------------------------------------------------------------------------------------

def fill_organisation(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "organisation")
    type_into(qtbot, named(page, "Organisation name", QLineEdit), "Voices of Migrant Children")
    click(qtbot, named(page, "Migrant-led organisation", QCheckBox))
    type_into(qtbot, named(page, "Country", QLineEdit), "Mexico")
    type_into(qtbot, named(page, "Contact person", QLineEdit), "Ana Ruiz, Coordinator")
    type_into(qtbot, named(page, "E-mail", QLineEdit), "ana@voices.example.org")
    brief = window.session.brief
    assert brief.organisation.name == "Voices of Migrant Children"
    assert brief.organisation.migrant_led is True
    assert brief.organisation.contact.email == "ana@voices.example.org"


def fill_occasion(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "occasion")
    type_into(qtbot, named(page, "Paper title", QLineEdit), TITLE)
    choose_in_combo(qtbot, named(page, "Process", QComboBox), "imrf-2026")
    type_into(qtbot, named(page, "Date", QLineEdit), "2026-05-05")
    audience = named(page, "Audience", QListWidget)
    tick_row(qtbot, audience, "Member States")
    tick_row(qtbot, audience, "UN agencies")
    brief = window.session.brief
    assert brief.title == TITLE
    assert brief.occasion.process == "imrf-2026"
    assert brief.occasion.date == "2026-05-05"
    assert brief.audience == ["member-states", "un-agencies"]


def fill_priorities(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "priorities")
    click(qtbot, named(page, "Add your own priority", QPushButton))
    title = named(page, "Priority title", QLineEdit)
    qtbot.waitUntil(title.hasFocus, timeout=SHORT_WAIT_MS)  # ready to type the title
    qtbot.keyClicks(title, OWN_PRIORITY)
    type_into(qtbot, named(page, "Priority description", QPlainTextEdit),
              "Children are still held in immigration detention. ")
    key(qtbot, Qt.Key.Key_B, CTRL)  # Bold, with no word at the cursor: type inside the pair
    qtbot.keyClicks(QApplication.focusWidget(), "Alternatives exist")

    answer = ModalAnswer(CatalogueDialog, pick_suggestion(qtbot, SUGGESTED))
    click(qtbot, named(page, "Add a priority from suggestions", QPushButton))
    answer.check(qtbot, window)

    priorities = window.session.brief.priorities
    assert [p.title for p in priorities] == [OWN_PRIORITY, SUGGESTED]
    assert priorities[0].description == ("Children are still held in immigration detention. "
                                         "**Alternatives exist**")
    assert priorities[1].suggestion == "meaningful-migrant-participation"
    assert not priorities[1].gcm.is_empty()  # a suggestion comes with its usual links
    assert priorities[0].gcm.is_empty()
    rows = named(page, "Priorities", QListWidget)
    assert rows.count() == 2 and rows.currentRow() == 1  # the new one is selected


def link_to_the_gcm(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "gcm")
    combo = named(page, "Priority to link", QComboBox)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentText().endswith(OWN_PRIORITY)
    key(qtbot, Qt.Key.Key_F, CTRL)  # to the search box
    search = QApplication.focusWidget()
    assert isinstance(search, QLineEdit)
    qtbot.keyClicks(search, "detention")
    key(qtbot, Qt.Key.Key_Down)  # to the results
    tree = named(page, "Global Compact for Migration", QTreeView)
    assert tree.hasFocus()
    assert "13." in tree.currentIndex().siblingAtColumn(0).data()  # the best match
    key(qtbot, Qt.Key.Key_Space)  # tick objective 13
    key(qtbot, Qt.Key.Key_Right)  # expand it: its commitment and lettered actions
    for _ in range(12):
        if tree.currentIndex().siblingAtColumn(1).data() == "GCM para 29(c)":
            break
        key(qtbot, Qt.Key.Key_Down)
    assert tree.currentIndex().siblingAtColumn(1).data() == "GCM para 29(c)"
    detail = named(page, "Full text of the selected item")
    assert "GCM para 29(c)" in detail.toPlainText()
    key(qtbot, Qt.Key.Key_Space)  # tick action 29(c)

    links = window.session.brief.priorities[0].gcm
    assert links.objectives == [13] and links.actions == ["29(c)"]
    matrix = named(page, "Links of each priority to each objective")
    assert matrix.model().index(0, 12).data() == "●"  # priority 1 x objective 13
    assert "13 Alternatives to detention" in page.linked.text()


def fill_aims(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "aims")
    answer = ModalAnswer(CatalogueDialog, pick_suggestion(qtbot, AIM))
    click(qtbot, named(page, "Add an aim from the twelve aims", QPushButton))
    answer.check(qtbot, window)
    who = named(page, "Who should act", QComboBox)
    qtbot.waitUntil(who.hasFocus, timeout=SHORT_WAIT_MS)  # straight on to the ask
    qtbot.keyClicks(QApplication.focusWidget(), "Member States")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "pledge to end child immigration detention")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "at the IMRF 2026")
    [aim] = window.session.brief.aims
    assert aim.aim == "pledging"
    assert (aim.ask.who, aim.ask.what, aim.ask.by_when) == (
        "Member States", "pledge to end child immigration detention", "at the IMRF 2026")
    rows = named(page, "Aims", QListWidget)
    qtbot.waitUntil(lambda: "incomplete" not in rows.item(0).text(), timeout=SHORT_WAIT_MS)


def fill_messages(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "messages")
    click(qtbot, named(page, "Add message", QPushButton))
    qtbot.keyClicks(QApplication.focusWidget(), "No child should ever be detained.")
    click(qtbot, named(page, "Add recommendation", QPushButton))
    qtbot.keyClicks(QApplication.focusWidget(), "Member States")
    type_into(qtbot, named(page, "Recommendation", QPlainTextEdit),
              "Adopt laws that prohibit the detention of children.")
    brief = window.session.brief
    assert brief.key_messages == ["No child should ever be detained."]
    assert brief.recommendations[0].addressee == "Member States"
    assert brief.recommendations[0].text == "Adopt laws that prohibit the detention of children."


def fill_evidence(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "evidence")
    assert named(page, "Priority whose evidence is shown", QComboBox).currentIndex() == 0
    click(qtbot, named(page, "Add evidence", QPushButton))
    qtbot.keyClicks(QApplication.focusWidget(), "Thousands of children are detained each year.")
    type_into(qtbot, named(page, "Source", QLineEdit), "UNICEF, Child detention report, 2024")
    type_into(qtbot, named(page, "Web address of the source", QLineEdit),
              "https://www.unicef.org/child-detention")
    [evidence] = window.session.brief.priorities[0].evidence
    assert evidence.source == "UNICEF, Child detention report, 2024"
    assert evidence.url == "https://www.unicef.org/child-detention"


def fill_cosignatories(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "cosignatories")
    click(qtbot, named(page, "Add co-signatory", QPushButton))
    qtbot.keyClicks(QApplication.focusWidget(), "Caritas Tijuana")
    type_into(qtbot, named(page, "Co-signatory country", QLineEdit), "Mexico")
    brief = window.session.brief
    assert [(c.name, c.country) for c in brief.cosignatories] == [("Caritas Tijuana", "Mexico")]
    assert named(page, "Co-signatories", QListWidget).item(0).text() == \
        "Caritas Tijuana (Mexico)"
    page = go_to(qtbot, window, "pledges")
    click(qtbot, named(page, "Add pledge", QPushButton))
    qtbot.keyClicks(QApplication.focusWidget(), "We will run 20 family-based care placements.")
    type_into(qtbot, named(page, "Deadline", QLineEdit), "2027-12")
    assert brief.pledges[0].deadline == "2027-12"


def choose_the_look(qtbot, window: MainWindow) -> None:
    page = go_to(qtbot, window, "look")
    templates = named(page, "Template", QListWidget)
    # The templates are listed in the background; the person waits until they show.
    qtbot.waitUntil(lambda: templates.count() > 1, timeout=SHORT_WAIT_MS)
    click_row(qtbot, templates, row_where(templates, lambda t: t.startswith("Two-page brief")))
    click(qtbot, named(page, "Crimson accent colour (#a4262c)", QToolButton))
    look = window.session.brief.template
    assert look.name == "two-page-brief"
    assert look.look.accent_colour == "#a4262c"
    assert named(page, "Accent colour, hexadecimal", QLineEdit).text() == "#a4262c"


def review_and_jump(qtbot, window: MainWindow) -> None:
    """The remark about the suggested priority's missing description leads to that field."""
    page = go_to(qtbot, window, "review")
    remarks = named(page, "Remarks on the brief", QListWidget)

    def remark_rows():
        return [r for r in range(remarks.count())
                if tuple(remarks.item(r).data(ROLE_PATH) or ()) == ("priorities", 1,
                                                                     "description")]
    qtbot.waitUntil(lambda: bool(remark_rows()), timeout=SHORT_WAIT_MS)
    assert not any(remarks.item(r).data(ROLE_PATH) == ("organisation", "name")
                   for r in range(remarks.count()))  # what was filled in is not listed
    click_row(qtbot, remarks, remark_rows()[0])
    key(qtbot, Qt.Key.Key_Return)
    priorities = current_page(window)
    assert priorities.step_id == "priorities"
    description = named(priorities, "Priority description", QPlainTextEdit)
    qtbot.waitUntil(description.hasFocus, timeout=SHORT_WAIT_MS)
    assert named(priorities, "Priority title", QLineEdit).text() == SUGGESTED
    qtbot.keyClicks(description, "Migrants should speak for themselves at the IMRF.")
    assert window.session.brief.priorities[1].description.startswith("Migrants should speak")
    go_to(qtbot, window, "review")
    qtbot.waitUntil(lambda: not remark_rows(), timeout=SHORT_WAIT_MS)


def export_pdf(qtbot, window: MainWindow, answers: Answers, target: Path) -> None:
    page = go_to(qtbot, window, "review")
    assert named(page, "Accessible PDF (PDF/UA-1)").isChecked()  # the default
    answers.save_paths.append(target)
    with qtbot.waitSignal(window.exporter.finished, timeout=RENDER_WAIT_MS) as done:
        click(qtbot, named(page, "Export PDF…", QPushButton))
    assert done.args == [str(target)]
    text = pdf_text(str(target))
    assert TITLE in text and "GCM para 29(c)" in text and "Caritas Tijuana" in text
    with pikepdf.open(target) as pdf:
        assert pdf.Root.MarkInfo.Marked is True  # tagged for screen readers
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "en"
        assert TITLE in str(pdf.open_metadata().get("dc:title"))
    box = window.exporter.message_box
    assert box is not None and target.name in box.text()
    box.close()


def undo_and_redo_across_steps(qtbot, window: MainWindow) -> None:
    """From the Review step, Ctrl+Z undoes the description typed on Priorities, then the
    accent colour chosen on Template and look; Ctrl+Shift+Z brings both back."""
    review = go_to(qtbot, window, "review")
    named(review, "Remarks on the brief", QListWidget).setFocus()
    brief = window.session.brief
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert brief.priorities[1].description == ""
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert brief.template.look.accent_colour == "#1d5c8c"
    assert brief.template.name == "two-page-brief"  # one step at a time

    look = go_to(qtbot, window, "look")
    assert named(look, "Accent colour, hexadecimal", QLineEdit).text() == "#1d5c8c"
    assert named(look, "Blue accent colour (#1d5c8c)", QToolButton).isChecked()
    priorities = go_to(qtbot, window, "priorities")
    click_row(qtbot, named(priorities, "Priorities", QListWidget), 1)
    assert named(priorities, "Priority description", QPlainTextEdit).toPlainText() == ""

    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert brief.template.look.accent_colour == "#a4262c"
    assert named(priorities, "Priority description", QPlainTextEdit).toPlainText().startswith(
        "Migrants should speak")
    look = go_to(qtbot, window, "look")
    assert named(look, "Accent colour, hexadecimal", QLineEdit).text() == "#a4262c"


def close_with_unsaved_changes(qtbot, window: MainWindow, answers: Answers) -> None:
    assert window.isWindowModified()
    answers.save_answers.append(CANCEL)
    key(qtbot, Qt.Key.Key_W, CTRL)
    assert window.isVisible()  # Cancel: nothing lost
    assert window.session.brief.title == TITLE
    answers.save_answers.append(DISCARD)
    with qtbot.waitSignal(window.closed, timeout=SHORT_WAIT_MS):
        key(qtbot, Qt.Key.Key_W, CTRL)
    assert not window.isVisible()
    assert len(answers.questions) == 2 and "Untitled brief" in answers.questions[0]
    assert psutil.Process().children(recursive=True) == []  # the worker has stopped


def test_a_new_brief_from_first_step_to_exported_pdf(qtbot, answers, tmp_path):
    window = open_window(qtbot)
    assert window.windowTitle() == "Untitled brief[*] — BriefWriter"
    fill_organisation(qtbot, window)
    fill_occasion(qtbot, window)
    fill_priorities(qtbot, window)
    link_to_the_gcm(qtbot, window)
    fill_aims(qtbot, window)
    fill_messages(qtbot, window)
    fill_evidence(qtbot, window)
    fill_cosignatories(qtbot, window)
    choose_the_look(qtbot, window)

    # The live preview shows the brief as it is now, in the chosen template.
    text = wait_for_fresh_preview(qtbot, window)
    assert TITLE in text and "GCM para 29(c)" in text
    assert "Voices of Migrant Children" in text
    assert window.preview.pages >= 1

    review_and_jump(qtbot, window)
    export_pdf(qtbot, window, answers, tmp_path / "paper.pdf")
    undo_and_redo_across_steps(qtbot, window)
    close_with_unsaved_changes(qtbot, window, answers)


# ------------------------------------------------------------------------------------------
# After a crash
# ------------------------------------------------------------------------------------------

def test_work_comes_back_after_a_crash_and_a_broken_file_changes_nothing(
        qtbot, request, answers, monkeypatch, tmp_path, app_state):
    own = tmp_path / "paper.brief.yaml"
    save_brief(Brief(title="The saved title"), own, keep_backup=False)
    before = own.read_bytes()

    settings = Settings()
    settings.autosave_seconds = 1  # the shortest pause before a recovery copy
    crashed = close_later(request, MainWindow(settings, default_parts()))  # if it never crashes
    crashed.show()
    qtbot.waitExposed(crashed)
    answers.open_paths.append(own)
    with qtbot.waitSignal(crashed.documents.opened, timeout=SHORT_WAIT_MS):
        key(qtbot, Qt.Key.Key_O, CTRL)
    page = go_to(qtbot, crashed, "organisation")
    with qtbot.waitSignal(crashed.autosaver.written, timeout=SHORT_WAIT_MS):
        type_into(qtbot, named(page, "Organisation name", QLineEdit), "Words never saved")
    # The crash: no close, no clean-up; the window and its worker just go.
    crashed.hide()
    crashed.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: psutil.Process().children(recursive=True) == [],
                    timeout=SHORT_WAIT_MS)

    # The next start offers the copy; the person presses Recover.
    offered: list[str] = []

    def recover(box: QMessageBox) -> int:
        assert box.windowTitle() == "Recover Unsaved Work?", box.windowTitle()
        offered.append(box.text())
        button = next(b for b in box.buttons() if b.text() == "&Recover")
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", recover)
    window = app_module.start(QApplication.instance(), [], settings=Settings(),
                              parts=default_parts())
    close_later(request, window)  # closed here unless the test gets to close it
    qtbot.waitUntil(window.is_built, timeout=RENDER_WAIT_MS)  # the recovery offer follows
    qtbot.waitUntil(lambda: window.session.path == own, timeout=SHORT_WAIT_MS)
    assert len(offered) == 1 and "The saved title" in offered[0] and own.name in offered[0]
    page = go_to(qtbot, window, "organisation")
    assert named(page, "Organisation name", QLineEdit).text() == "Words never saved"
    assert window.isWindowModified()
    assert window.windowTitle() == "paper.brief.yaml[*] — BriefWriter"
    assert own.read_bytes() == before  # only an explicit save writes the person's file

    # A broken file: the message names the file and the line; the brief stays as it was.
    broken = tmp_path / "broken.brief.yaml"
    broken.write_text("schema_version: 2\ntitle: fine\norganisation:\n  name: [unclosed\n",
                      encoding="utf-8")
    answers.open_paths.append(broken)
    key(qtbot, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=SHORT_WAIT_MS)
    assert "broken.brief.yaml" in answers.warnings[0]
    assert "line " in answers.warnings[0]
    assert answers.questions == []  # nothing to save or discard: it never opened
    assert named(page, "Organisation name", QLineEdit).text() == "Words never saved"
    assert window.session.path == own and window.isWindowModified()

    answers.save_answers.append(DISCARD)
    with qtbot.waitSignal(window.closed, timeout=SHORT_WAIT_MS):
        key(qtbot, Qt.Key.Key_W, CTRL)
    assert own.read_bytes() == before
