"""Review cycles through the app: File ▸ Continue for the Next Review… makes the next
cycle's brief as a new, unsaved document (the earlier file untouched); an earlier ask is
marked met with evidence; the exported PDF prints it under "Since the last review"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers_e2e import (
    RENDER_WAIT_MS,
    SHORT_WAIT_MS,
    ModalAnswer,
    click,
    current_page,
    go_to,
    named,
    pdf_text,
    type_into,
)
from helpers_shell import FakeExporter, FakePreview, FakeRender, new_window
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPushButton

from briefwriter.gui.continue_review import ContinueDialog
from briefwriter.gui.mainwindow import MainWindow, Parts, default_parts
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.registry import create_step_page, create_step_pages
from briefwriter.gui.steps.review import ROLE_PATH
from briefwriter.paths import examples_dir

pytestmark = pytest.mark.usefixtures("previews_in_tmp")

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"


@pytest.fixture
def earlier(tmp_path) -> Path:
    """The example brief (an IMRF 2026 paper) with its logo, in a folder of its own."""
    folder = tmp_path / "2026"
    shutil.copytree(examples_dir(), folder)
    return folder / EXAMPLE


def open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(Settings(), default_parts())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    window.resize(1400, 950)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=SHORT_WAIT_MS)
    with qtbot.waitSignal(window.documents.opened, timeout=SHORT_WAIT_MS):
        window.open_path(path)
    return window


def continue_for(process: str):
    def act(dialog: ContinueDialog) -> None:
        combo = named(dialog, "Next review", QComboBox)
        combo.setCurrentIndex(combo.findData(process))
        assert "Carried over: your organisation, priorities" in dialog.carried.text()
        dialog.continue_button.click()
    return act


def test_continue_mark_met_and_export(qtbot, answers, earlier, tmp_path):
    before = earlier.read_bytes()
    window = open_window(qtbot, earlier)
    brief = window.session.brief
    asks = [aim.ask.what for aim in brief.aims if aim.ask.what.strip()]
    title = brief.title
    assert asks and brief.occasion.process == "imrf-2026"

    modal = ModalAnswer(ContinueDialog, continue_for("imrf-2030"))
    window.continue_action.trigger()
    modal.check(qtbot, window)

    session = window.session
    new = session.brief
    assert session.path is None and session.is_modified()
    assert "Untitled" in window.windowTitle()
    assert new.occasion.process == "imrf-2030"
    assert [f.text for f in new.follow_up if f.kind == "ask"] == asks
    assert [c.title for c in new.history] == [title]
    assert earlier.read_bytes() == before  # never written
    assert current_page(window).step_id == "follow_up"
    # The logo is still found, in the earlier brief's folder.
    assert session.brief_dir == earlier.parent

    page = go_to(qtbot, window, "follow_up")
    page.items.select(0)
    status = named(page, "Status", QComboBox)
    status.setCurrentIndex(status.findData("met"))
    status.activated.emit(status.currentIndex())
    type_into(qtbot, page.evidence.edit, "The Ministry adopted a firewall policy in 2028.")
    item = session.brief.follow_up[0]
    assert (item.status, item.evidence) == ("met",
                                            "The Ministry adopted a firewall policy in 2028.")

    target = tmp_path / "out" / "next.pdf"
    target.parent.mkdir()
    review = go_to(qtbot, window, "review")
    answers.save_paths.append(target)
    with qtbot.waitSignal(window.exporter.finished, timeout=RENDER_WAIT_MS):
        click(qtbot, named(review, "Export PDF…", QPushButton))
    box = window.exporter.message_box
    assert box is not None and target.name in box.text()
    box.close()
    text = pdf_text(str(target))
    assert "Since the last review" in text
    assert "Met" in text
    assert "The Ministry adopted a firewall policy in 2028." in text
    assert earlier.read_bytes() == before


def test_a_pledge_built_in_the_app_until_review_is_satisfied(qtbot, answers):
    """The real pages (no worker): a pledge typed in its step; Review names the missing
    target, and the remark goes once the target and its baseline are written."""
    window = new_window(qtbot, parts=Parts(pages=create_step_pages, page=create_step_page,
                                            render=FakeRender, preview=FakePreview,
                                            exporter=FakeExporter))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=SHORT_WAIT_MS)
    page = go_to(qtbot, window, "pledges")
    click(qtbot, named(page, "Add pledge", QPushButton))
    qtbot.keyClicks(page.action.edit, "Open two legal advice desks.")
    type_into(qtbot, named(page, "Who is responsible", QLineEdit), "Our legal aid unit")
    page.objectives.set_ticked(6, True)
    type_into(qtbot, named(page, "Indicator", QLineEdit), "Workers advised a year")
    type_into(qtbot, named(page, "Deadline", QLineEdit), "2030-12")

    review = go_to(qtbot, window, "review")
    remarks = named(review, "Remarks on the brief", QListWidget)

    def pledge_remarks() -> list[str]:
        return [remarks.item(r).text() for r in range(remarks.count())
                if tuple(remarks.item(r).data(ROLE_PATH) or ())[:1] == ("pledges",)]

    qtbot.waitUntil(lambda: any("Pledge 1 has no measurable target" in text
                                for text in pledge_remarks()), timeout=SHORT_WAIT_MS)
    assert len(pledge_remarks()) == 1
    page = go_to(qtbot, window, "pledges")
    type_into(qtbot, named(page, "Target", QLineEdit), "1,500 a year")
    type_into(qtbot, named(page, "Baseline", QLineEdit), "400 in 2025")
    go_to(qtbot, window, "review")
    qtbot.waitUntil(lambda: not pledge_remarks(), timeout=SHORT_WAIT_MS)
