"""File ▸ Import from a Partner's Brief… through the app: the partner's brief read in the
background, its items by kind, a duplicate shown beside ours, two priorities merged as one
undo step; a broken partner brief named with its line and field."""

from __future__ import annotations

import shutil

from helpers_a11y import report, silent_nodes
from PySide6.QtCore import Qt

from briefwriter import paths
from briefwriter.core.model import (
    Brief,
    Cosignatory,
    Evidence,
    GcmLinks,
    Organisation,
    Priority,
    Recommendation,
)
from briefwriter.core.storage import load_brief, save_brief
from briefwriter.gui.coalition_dialog import CoalitionDialog

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
LOGO = paths.examples_dir() / "logos" / "haki-kazi-coalition.svg"


def our_brief() -> Brief:
    return Brief(title="Ours", organisation=Organisation(name="Migrant Voices West Africa"),
                 priorities=[Priority(title="End lethal disregard for migrants"),
                             Priority(title="Firewalls between services and immigration "
                                            "enforcement")])


def partner_brief() -> Brief:
    return Brief(
        title="Theirs", organisation=Organisation(name="Haki Kazi Coalition", country="Kenya"),
        priorities=[Priority(title="Firewall between services and immigration enforcement",
                             gcm=GcmLinks(objectives=[15])),
                    Priority(title="Decent work for migrant domestic workers",
                             gcm=GcmLinks(objectives=[6]),
                             evidence=[Evidence(text="Most have no contract.", source="ILO")]),
                    Priority(title="Safe pathways for climate migrants")],
        recommendations=[Recommendation(addressee="IOM", text="Publish data.")],
        cosignatories=[Cosignatory(name="Kalayaan", country="United Kingdom")])


def open_import(qtbot, window, answers, tmp_path) -> CoalitionDialog:
    ours = tmp_path / "ours.brief.yaml"
    save_brief(our_brief(), ours)
    window.session.replace_brief(load_brief(ours).brief, ours)
    partner = tmp_path / "partner" / "haki.brief.yaml"
    partner.parent.mkdir()
    save_brief(partner_brief(), partner)
    answers.open_paths.append(partner)
    window.import_partner_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(CoalitionDialog) is not None, timeout=5000)
    dialog = window.findChild(CoalitionDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_two_priorities_merged_with_a_duplicate_side_by_side(qtbot, window, answers,
                                                              tmp_path):
    dialog = open_import(qtbot, window, answers, tmp_path)
    groups = [dialog.tree.topLevelItem(i).text(0)
              for i in range(dialog.tree.topLevelItemCount())]
    assert groups == ["Priorities (3)", "Evidence (1)", "Recommendations (1)",
                      "Co-signatories (2)"]
    firewall = dialog.row_for("Firewall between services and immigration enforcement")
    assert firewall.text(1) == ("Firewalls between services and immigration enforcement "
                                "(similar)")
    assert firewall.checkState(0) == UNCHECKED  # a duplicate: ours kept unless chosen
    # Selected, the two are shown side by side in full.
    dialog.tree.setCurrentItem(firewall)
    assert dialog.ours_view.toPlainText().startswith("Firewalls between")
    assert dialog.theirs_view.toPlainText().startswith("Firewall between")
    # Keep both of the duplicate, take the new "Decent work", leave out everything else.
    combo = dialog.tree.itemWidget(firewall, 2)
    combo.setCurrentIndex(combo.findText("Keep both"))
    assert firewall.checkState(0) == CHECKED
    for row in dialog.rows:
        if row.text(0) not in ("Firewall between services and immigration enforcement",
                               "Decent work for migrant domestic workers"):
            row.setCheckState(0, UNCHECKED)
    assert dialog.row_for("Decent work for migrant domestic workers").checkState(0) == CHECKED
    with qtbot.waitSignal(dialog.merged, timeout=5000) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert merged.args == [2]
    brief = window.session.brief
    assert [p.title for p in brief.priorities] == [
        "End lethal disregard for migrants",
        "Firewalls between services and immigration enforcement",
        "Firewall between services and immigration enforcement",
        "Decent work for migrant domestic workers"]
    assert brief.priorities[3].gcm.objectives == [6]
    assert [e.source for e in brief.priorities[3].evidence] == ["ILO"]  # came with it
    assert brief.cosignatories == [] and brief.recommendations == []
    assert window.isWindowModified()
    # The whole merge is one undo step.
    assert window.session.undo_stack.undoText() == "Import from partner's brief"
    window.session.undo_stack.undo()
    assert [p.title for p in window.session.brief.priorities] == [
        p.title for p in our_brief().priorities]
    assert answers.warnings == []


def test_the_partner_itself_and_its_cosignatories_come_in(qtbot, window, answers, tmp_path):
    dialog = open_import(qtbot, window, answers, tmp_path)
    for row in dialog.rows:
        row.setCheckState(0, CHECKED if row.parent().text(0).startswith("Co-signatories")
                          else UNCHECKED)
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert [(c.name, c.country) for c in window.session.brief.cosignatories] == [
        ("Haki Kazi Coalition", "Kenya"), ("Kalayaan", "United Kingdom")]


def test_a_broken_partner_brief_is_named_with_line_and_field(qtbot, window, answers,
                                                              tmp_path):
    broken = tmp_path / "partner.brief.yaml"
    broken.write_text("schema_version: 3\ntitle: x\npriorities:\n  - title: [1, 2]\n",
                      encoding="utf-8")
    answers.open_paths.append(broken)
    window.import_partner_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert "partner.brief.yaml" in answers.warnings[0]
    assert "line 4" in answers.warnings[0] and "priorities[1].title" in answers.warnings[0]
    assert window.findChild(CoalitionDialog) is None


def test_the_dialog_has_no_silent_control(qtbot, window, answers, tmp_path):
    dialog = open_import(qtbot, window, answers, tmp_path)
    dialog.tree.setCurrentItem(dialog.row_for("Most have no contract. (ILO)"))
    found = silent_nodes(dialog)
    dialog.reject()  # Cancel: nothing merged
    assert not found, report(found)
    assert [p.title for p in window.session.brief.priorities] == [
        p.title for p in our_brief().priorities]


def test_the_partners_logo_is_copied_beside_our_brief(qtbot, window, answers, tmp_path):
    ours = tmp_path / "ours" / "letter.brief.yaml"
    ours.parent.mkdir()
    save_brief(our_brief(), ours)
    window.session.replace_brief(load_brief(ours).brief, ours)
    partner = tmp_path / "partner" / "haki.brief.yaml"
    partner.parent.mkdir()
    shutil.copy(LOGO, partner.parent / "haki.svg")
    brief = partner_brief()
    brief.organisation.logo = "haki.svg"
    save_brief(brief, partner)
    answers.open_paths.append(partner)
    window.import_partner_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(CoalitionDialog) is not None, timeout=5000)
    dialog = window.findChild(CoalitionDialog)
    for row in dialog.rows:
        row.setCheckState(0, CHECKED if row.text(0) == "Haki Kazi Coalition (Kenya)"
                          else UNCHECKED)
    with qtbot.waitSignal(dialog.merged, timeout=5000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    [signer] = window.session.brief.cosignatories
    assert signer.logo == "haki.svg"
    assert (ours.parent / "haki.svg").read_bytes() == LOGO.read_bytes()
    assert answers.warnings == []
