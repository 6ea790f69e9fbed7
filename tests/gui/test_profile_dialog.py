"""The organisation profile through the app: Tools ▸ Organisation Profile… edits, saves and
exports it; File ▸ New starts with it (its logo carried next to the brief on the first
save); the Organisation step's "Use saved profile" (one undo step) and "Save as profile"."""

from __future__ import annotations

import zipfile

from helpers_a11y import report, silent_nodes
from helpers_steps import make_ctx, show_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from briefwriter import paths
from briefwriter.core import profile
from briefwriter.core.model import Brief, Contact, Organisation
from briefwriter.core.storage import load_brief, save_brief
from briefwriter.gui import profile_dialog
from briefwriter.gui.profile_dialog import ProfileDialog
from briefwriter.gui.steps.organisation import OrganisationPage

LEFT = Qt.MouseButton.LeftButton
LOGO = paths.examples_dir() / "logos" / "migrant-voices-west-africa.svg"


def saved_profile(tmp_path) -> profile.Profile:
    return profile.save_profile(
        Organisation(name="Migrant Voices West Africa", acronym="MVWA", country="Senegal",
                     migrant_led=True, contact=Contact(email="info@example.org")), LOGO)


def open_dialog(qtbot, ctx) -> ProfileDialog:
    dialog = ProfileDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def test_the_suffix_is_the_cores():
    assert profile_dialog.PROFILE_SUFFIX == profile.PROFILE_SUFFIX


def test_edit_save_and_export_in_one_place(qtbot, answers, tmp_path, profile_folder):
    dialog = open_dialog(qtbot, make_ctx())
    assert dialog.status.text() == "No profile yet: fill in the fields and press Save."
    page = dialog.page
    assert not page.profile_bar.isVisibleTo(dialog)  # no "Use saved profile" in the profile
    # Safety mode is chosen for each brief; the profile is the organisation's, for every brief.
    assert not page.safety.isVisibleTo(dialog)
    assert "Safety mode" not in {box.title() for box in page.findChildren(QGroupBox)
                            if box.isVisibleTo(dialog)}
    qtbot.keyClicks(page.name, "Migrant Voices West Africa")
    qtbot.keyClicks(page.country, "Senegal")
    page.migrant_led.click()
    answers.open_paths.append(LOGO)  # the logo field's "Choose logo…"
    qtbot.mouseClick(page.logo.choose_button, LEFT)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    text = (profile_folder / "profile.yaml").read_text(encoding="utf-8")
    assert "name: Migrant Voices West Africa" in text and "migrant_led: true" in text
    assert (profile_folder / "logo.svg").read_bytes() == LOGO.read_bytes()
    assert dialog.status.text() == f"Saved in {profile_folder}"

    out = tmp_path / "MVWA"
    answers.save_paths.append(out)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=5000)
    exported = tmp_path / "MVWA.orgprofile"
    assert str(exported) in answers.infos[0]
    with zipfile.ZipFile(exported) as archive:
        assert sorted(archive.namelist()) == ["logo.svg", "profile.yaml"]
    assert answers.warnings == []


def test_a_broken_partner_file_is_named_with_line_and_field(qtbot, answers, tmp_path,
                                                              profile_folder):
    saved_profile(tmp_path)
    before = (profile_folder / "profile.yaml").read_bytes()
    bad = tmp_path / "partner.orgprofile"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("profile.yaml", "profile_version: 1\norganisation:\n  name: [1, 2]\n")
    dialog = open_dialog(qtbot, make_ctx())
    assert dialog.page.name.text() == "Migrant Voices West Africa"
    answers.open_paths.append(bad)
    qtbot.mouseClick(dialog.import_button, LEFT)
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert ("partner.orgprofile/profile.yaml, line 3, field organisation.name: expected text "
            "here") in answers.warnings[0]
    assert (profile_folder / "profile.yaml").read_bytes() == before


def test_new_starts_with_the_profile_and_the_first_save_takes_its_logo(
        qtbot, window, answers, tmp_path):
    saved_profile(tmp_path)
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.session.brief.organisation.name != "", timeout=5000)
    org = window.session.brief.organisation
    assert (org.name, org.acronym, org.migrant_led, org.logo) == (
        "Migrant Voices West Africa", "MVWA", True, "logo.svg")
    assert not window.isWindowModified()
    target = tmp_path / "paper" / "imrf.brief.yaml"
    target.parent.mkdir()
    answers.save_paths.append(target)
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        window.save_action.trigger()
    assert load_brief(target).brief.organisation.logo == "logo.svg"
    assert (target.parent / "logo.svg").read_bytes() == LOGO.read_bytes()


def test_use_saved_profile_is_one_undo_step(qtbot, answers, tmp_path):
    saved_profile(tmp_path)
    path = tmp_path / "brief" / "paper.brief.yaml"
    path.parent.mkdir()
    save_brief(Brief(title="Paper", organisation=Organisation(name="Old name")), path)
    ctx = make_ctx(load_brief(path).brief, path)
    page = show_page(qtbot, OrganisationPage(ctx))
    qtbot.mouseClick(page.profile_bar.use_button, LEFT)
    qtbot.waitUntil(lambda: page.name.text() == "Migrant Voices West Africa", timeout=5000)
    assert page.acronym.text() == "MVWA" and page.migrant_led.isChecked()
    assert ctx.session.brief.organisation.logo == "logo.svg"
    assert (path.parent / "logo.svg").read_bytes() == LOGO.read_bytes()  # beside the brief
    assert ctx.session.undo_stack.undoText() == "Use saved profile"
    ctx.session.undo_stack.undo()
    assert page.name.text() == "Old name" and ctx.session.brief.organisation.logo == ""


def test_save_as_profile_asks_before_replacing(qtbot, answers, tmp_path, profile_folder,
                                               monkeypatch):
    ctx = make_ctx(Brief(organisation=Organisation(name="Caritas Geneva", country="CH")))
    page = show_page(qtbot, OrganisationPage(ctx))
    qtbot.mouseClick(page.profile_bar.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(answers.infos), timeout=5000)
    assert answers.infos[0].startswith("“Caritas Geneva” is now your organisation profile")
    assert profile.load_profile().organisation.country == "CH"

    asked: list[str] = []
    monkeypatch.setattr("briefwriter.gui.pack_dialogs.ask_confirm",
                        lambda parent, title, text, action: asked.append(text) or False)
    page.country.selectAll()
    qtbot.keyClicks(page.country, "Switzerland")
    assert ctx.session.brief.organisation.country == "Switzerland"
    qtbot.mouseClick(page.profile_bar.save_button, LEFT)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "Replace your saved profile (“Caritas Geneva”)" in asked[0]
    assert profile.load_profile().organisation.country == "CH"  # declined: unchanged


def test_the_dialog_has_no_silent_control(qtbot, tmp_path):
    saved_profile(tmp_path)
    dialog = open_dialog(qtbot, make_ctx())
    found = silent_nodes(dialog)
    assert not found, report(found)
