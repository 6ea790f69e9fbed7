"""The Pledges and "Since the last review" steps: a pledge built field by field, the Review
messages that follow it, and follow-up items with their outcome and the earlier cycles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefwriter.core.model import Brief, Cycle, FollowUp, Occasion
from briefwriter.gui.steps.follow_up import FollowUpPage
from briefwriter.gui.steps.pledges import PledgesPage
from tests.gui.helpers_steps import click, make_ctx, show_page, type_into, undo


def checked(qtbot, ctx) -> list:
    """The Review step's problems for the brief as it is now."""
    with qtbot.waitSignal(ctx.checks.updated, timeout=10_000):
        ctx.checks.run_now()
    return ctx.checks.problems


def pledge_warnings(qtbot, ctx) -> list[str]:
    return [p.message for p in checked(qtbot, ctx) if p.path[:1] == ("pledges",)]


def follow_up_codes(qtbot, ctx) -> list[str]:
    return [p.code for p in checked(qtbot, ctx) if p.path[:1] == ("follow_up",)]


def test_a_pledge_built_in_the_step(qtbot):
    ctx = make_ctx(Brief(occasion=Occasion(date="2026-05")))
    page = PledgesPage(ctx)
    show_page(qtbot, page, 900, 1200)
    assert page.pledges.empty_hint.isVisible()
    click(qtbot, page.pledges.add_button)
    assert page.action.edit.hasFocus()
    qtbot.keyClicks(page.action.edit, "Open two legal advice desks.")
    type_into(qtbot, page.who, "Our legal aid unit")
    page.objectives.set_ticked(15, True)
    page.objectives.set_ticked(6, True)
    assert page.objectives.summary.text() == "Ticked: 6, 15"
    type_into(qtbot, page.indicator, "Workers advised a year")
    type_into(qtbot, page.deadline, "2028-12")
    type_into(qtbot, page.resources, "Two lawyers")
    pledge = ctx.session.brief.pledges[0]
    assert (pledge.action, pledge.who, pledge.objectives, pledge.indicator, pledge.deadline,
            pledge.resources) == ("Open two legal advice desks.", "Our legal aid unit", [6, 15],
                                  "Workers advised a year", "2028-12", "Two lawyers")
    assert page.pledges.list.item(0).text().endswith("1. Open two legal advice desks.")
    assert pledge_warnings(qtbot, ctx) == [
        "Pledge 1 has no measurable target: say what will have been reached, in numbers "
        "where you can."]
    type_into(qtbot, page.target, "1,500 a year")
    assert pledge_warnings(qtbot, ctx) == [
        "Pledge 1 has a target but no baseline: say where things stand now, so that the "
        "change can be measured."]
    type_into(qtbot, page.baseline, "400 in 2025")
    assert pledge_warnings(qtbot, ctx) == []
    undo(ctx.session)
    assert page.baseline.text() == ""


def test_objectives_follow_the_selected_pledge_and_undo(qtbot):
    ctx = make_ctx()
    page = PledgesPage(ctx)
    show_page(qtbot, page, 900, 1200)
    click(qtbot, page.pledges.add_button)
    page.objectives.set_ticked(13, True)
    click(qtbot, page.pledges.add_button)
    assert page.pledges.list.currentRow() == 1
    row = page.objectives.item(12)
    assert row.text().startswith("13. ")
    assert row.checkState() == Qt.CheckState.Unchecked  # the new pledge has none
    page.pledges.select(0)
    assert page.objectives.item(12).checkState() == Qt.CheckState.Checked
    undo(ctx.session)  # the second pledge goes
    undo(ctx.session)  # the tick goes
    assert ctx.session.brief.pledges[0].objectives == []
    assert page.objectives.item(12).checkState() == Qt.CheckState.Unchecked
    assert page.objectives.accessibleName() == "GCM objectives served"


def test_a_deadline_in_words_is_pointed_out_under_the_field(qtbot):
    ctx = make_ctx()
    page = PledgesPage(ctx)
    show_page(qtbot, page, 900, 1200)
    click(qtbot, page.pledges.add_button)
    type_into(qtbot, page.deadline, "soon")
    assert page.deadline.accessibleDescription().startswith("Not a date: write 2027-12-31")


def test_review_jumps_to_the_missing_part(qtbot):
    ctx = make_ctx()
    page = PledgesPage(ctx)
    show_page(qtbot, page, 900, 1200)
    click(qtbot, page.pledges.add_button)
    qtbot.keyClicks(page.action.edit, "Run a hotline")
    problem = next(p for p in checked(qtbot, ctx) if p.code == "pledge-without-indicator")
    assert page.focus_path(problem.path)
    assert QApplication.focusWidget() is page.indicator


def test_nothing_to_follow_up_says_how_to_get_items(qtbot):
    ctx = make_ctx()
    page = FollowUpPage(ctx)
    show_page(qtbot, page, 900, 1200)
    hint = page.items.empty_hint
    assert hint.isVisible()
    assert "File ▸ Continue for the Next Review…" in hint.text()
    assert not page.history_box.isVisible()


def test_an_item_marked_met_with_evidence(qtbot):
    brief = Brief(follow_up=[FollowUp(kind="pledge", text="Run a hotline", who="Our team",
                                      by_when="2023-12")],
                  history=[Cycle(title="Firewalls now", process="imrf-2022", date="2022-05",
                                 published="2022-04-20")])
    ctx = make_ctx(brief)
    page = FollowUpPage(ctx)
    show_page(qtbot, page, 900, 1200)
    assert page.items.list.item(0).text().endswith("1. Run a hotline — Unknown")
    assert page.who.text() == "Our team"
    assert follow_up_codes(qtbot, ctx) == ["follow-up-unknown"]
    page.status.setFocus()
    page.status.activated.emit(page.status.findData("met"))
    assert ctx.session.brief.follow_up[0].status == "met"
    assert page.items.list.item(0).text().endswith("— Met")
    assert follow_up_codes(qtbot, ctx) == ["follow-up-without-evidence"]
    qtbot.keyClicks(page.evidence.edit, "5,200 calls answered in 2023 (annual report).")
    assert follow_up_codes(qtbot, ctx) == []
    # The earlier cycle, read-only.
    assert page.history_box.isVisible()
    shown = page.history.toPlainText()
    assert "Firewalls now" in shown
    assert "International Migration Review Forum 2022" in shown
    assert page.history.isReadOnly()


def test_the_continue_dialog_offers_the_next_review_first(qtbot):
    from briefwriter.gui.continue_review import ContinueDialog

    brief = Brief(occasion=Occasion(process="imrf-2026", date="2026-05"))
    dialog = ContinueDialog(brief)
    qtbot.addWidget(dialog)
    combo = dialog.combo
    assert combo.currentData() == "imrf-2030"
    assert combo.currentText() == "International Migration Review Forum 2030"
    assert combo.itemData(1) == "gcm-regional-review"
    offered = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    assert "human-rights-council" in offered and "imrf-2026" in offered
    assert "other" not in offered
    assert combo.accessibleName() == "Next review"
    assert dialog.continue_button.text() == "&Continue"
    combo.setCurrentIndex(combo.findData("gcm-regional-review"))
    assert dialog.process() == "gcm-regional-review"
