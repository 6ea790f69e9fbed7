"""The co-signatory editor: kind, contact, consent and logo per co-signatory; a partner added
from their .orgprofile file (logo copied beside the brief, one undo step); a hostile file
refused with file, line and field; co-signatories' logos carried on the first save."""

from __future__ import annotations

import zipfile

import pikepdf
from helpers_render import RENDER_WAIT_MS, normalise, pdf_text, running_service, small_brief
from helpers_steps import FakeExporter, FakeSettings, make_ctx, show_page
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from briefwriter import paths
from briefwriter.core import profile
from briefwriter.core.model import Brief, Contact, Cosignatory, Organisation
from briefwriter.core.storage import load_brief, save_brief
from briefwriter.gui.checks import CheckRunner
from briefwriter.gui.context import AppContext
from briefwriter.gui.export import ExportController
from briefwriter.gui.session import Session
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.cosignatories import CosignatoriesPage

LEFT = Qt.MouseButton.LeftButton
LOGO = paths.examples_dir() / "logos" / "haki-kazi-coalition.svg"


def partner_file(tmp_path) -> object:
    """A .orgprofile as a partner would send it (made from a profile folder of theirs)."""
    theirs = tmp_path / "their-computer" / "profile"
    profile.save_profile(Organisation(name="Haki Kazi Coalition", country="Kenya",
                                      contact=Contact(email="info@hakikazi.example")),
                         LOGO, theirs)
    return profile.export_profile(tmp_path / "Haki Kazi.orgprofile", theirs)


def saved_page(qtbot, tmp_path, brief: Brief | None = None):
    path = tmp_path / "ours" / "paper.brief.yaml"
    path.parent.mkdir()
    save_brief(brief or Brief(title="Joint letter"), path)
    ctx = make_ctx(load_brief(path).brief, path)
    return ctx, show_page(qtbot, CosignatoriesPage(ctx), height=1000), path


def test_a_partner_profile_becomes_a_cosignatory(qtbot, answers, tmp_path):
    ctx, page, path = saved_page(qtbot, tmp_path)
    answers.open_paths.append(partner_file(tmp_path))
    qtbot.mouseClick(page.signers.from_profile_button, LEFT)
    qtbot.waitUntil(lambda: len(ctx.session.brief.cosignatories) == 1, timeout=5000)
    signer = ctx.session.brief.cosignatories[0]
    assert (signer.name, signer.kind, signer.country, signer.contact.email) == (
        "Haki Kazi Coalition", "organisation", "Kenya", "info@hakikazi.example")
    assert signer.logo == "logo.svg"
    assert (path.parent / "logo.svg").read_bytes() == LOGO.read_bytes()  # beside the brief
    # What the person sees: the row, the details, and that consent is still to record.
    row = page.cosignatories.list.item(0)
    assert row.text().endswith("Haki Kazi Coalition (Kenya)")
    assert row.toolTip().endswith("No consent recorded yet")
    assert page.signers.email.text() == "info@hakikazi.example"
    assert page.signers.logo.name_label.text() == "logo.svg"
    qtbot.keyClicks(page.signers.consent_date, "2026-03-02")
    qtbot.keyClicks(page.signers.consent_how, "e-mail from the director")
    assert ctx.session.brief.cosignatories[0].consent.how == "e-mail from the director"
    assert page.cosignatories.list.item(0).toolTip().endswith(
        "Consent: 2026-03-02, e-mail from the director")
    assert answers.infos == [] and answers.warnings == []
    # Adding the partner was one step.
    stack = ctx.session.undo_stack
    while stack.undoText() != "Add co-signatory from profile":
        stack.undo()
    stack.undo()
    assert ctx.session.brief.cosignatories == []


def test_a_hostile_profile_is_named_and_adds_nothing(qtbot, answers, tmp_path):
    ctx, page, _path = saved_page(qtbot, tmp_path)
    bad = tmp_path / "partner.orgprofile"
    with zipfile.ZipFile(bad, "w") as archive:
        archive.writestr("profile.yaml", "profile_version: 1\norganisation:\n  name: X\n"
                                         "  migrant_led: perhaps\n")
    answers.open_paths.append(bad)
    qtbot.mouseClick(page.signers.from_profile_button, LEFT)
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=5000)
    assert ("partner.orgprofile/profile.yaml, line 4, field organisation.migrant_led: "
            "expected true or false here") in answers.warnings[0]
    assert ctx.session.brief.cosignatories == []


def test_kind_contact_and_consent_are_edited_per_cosignatory(qtbot, tmp_path):
    ctx, page, _path = saved_page(qtbot, tmp_path, Brief(cosignatories=[
        Cosignatory(name="Kalayaan"), Cosignatory(name="Awa Diop", kind="individual")]))
    editor = page.signers
    assert editor.kind.currentText() == "Organisation"
    editor.list.select(1)
    assert editor.name.text() == "Awa Diop" and editor.kind.currentText() == "Individual"
    qtbot.keyClicks(editor.phone, "+221 33 000 00 00")
    assert ctx.session.brief.cosignatories[1].contact.phone == "+221 33 000 00 00"
    assert ctx.session.brief.cosignatories[0].contact.phone == ""
    editor.list.select(0)
    assert editor.phone.text() == ""
    index = editor.kind.findData("individual")
    editor.kind.setCurrentIndex(index)
    editor.kind.activated.emit(index)
    assert ctx.session.brief.cosignatories[0].kind == "individual"
    # Review's "no consent recorded" jumps to the consent of the right co-signatory.
    assert page.focus_path(("cosignatories", 1, "consent", "date"))
    qtbot.waitUntil(editor.consent_date.hasFocus)
    assert editor.list.current_index() == 1 and editor.name.text() == "Awa Diop"


def test_first_save_takes_cosignatories_logos_along(qtbot, window, answers, tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    (downloads / "kalayaan.svg").write_bytes(LOGO.read_bytes())
    window.session.choose_folder(downloads)  # as the logo field does before a first save
    window.session.append_item(("cosignatories",), Cosignatory(name="Kalayaan",
                                                                logo="kalayaan.svg"))
    target = tmp_path / "paper" / "letter.brief.yaml"
    target.parent.mkdir()
    answers.save_paths.append(target)
    with qtbot.waitSignal(window.documents.savedTo, timeout=5000):
        window.save_action.trigger()
    assert load_brief(target).brief.cosignatories[0].logo == "kalayaan.svg"
    assert (target.parent / "kalayaan.svg").read_bytes() == LOGO.read_bytes()
    assert answers.warnings == []


def test_export_the_joint_letter_with_the_partner_and_its_logo(qtbot, answers, monkeypatch,
                                                               tmp_path):
    brief = small_brief()
    brief.template.name = "joint-letter"
    brief.organisation = Organisation(name="Migrant Voices West Africa", country="Senegal")
    path = tmp_path / "ours" / "letter.brief.yaml"
    path.parent.mkdir()
    save_brief(brief, path)
    session = Session(load_brief(path).brief, path)
    with running_service(qtbot, session) as service:
        ctx = AppContext(session=session, settings=FakeSettings(),  # type: ignore[arg-type]
                         checks=CheckRunner(session), render=service,
                         exporter=FakeExporter())  # type: ignore[arg-type]
        page = show_page(qtbot, CosignatoriesPage(ctx), height=1000)
        answers.open_paths.append(partner_file(tmp_path))
        qtbot.mouseClick(page.signers.from_profile_button, LEFT)
        qtbot.waitUntil(lambda: len(session.brief.cosignatories) == 1, timeout=5000)
        target = tmp_path / "letter.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *args, **kwargs: (str(target), ""))
        exporter = ExportController(session, service, Settings())
        with qtbot.waitSignal(exporter.finished, timeout=RENDER_WAIT_MS):
            exporter.export_pdf()
        if exporter.message_box is not None:
            exporter.message_box.close()
    text = normalise(pdf_text(target))
    assert "Haki Kazi Coalition, Kenya" in text  # the signatories: name, country
    with pikepdf.open(target) as pdf:
        alts = []

        def visit(element):
            if element.get("/S") == "/Figure":
                alts.append(str(element.get("/Alt")))
            kids = element.get("/K")
            for kid in (list(kids) if isinstance(kids, pikepdf.Array) else [kids]):
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                    visit(kid)

        visit(pdf.Root.StructTreeRoot.K[0])
        drawn = sum(len(p.get_images()) + len(p.Resources.get("/XObject", {}))
                    for p in pdf.pages)
    assert alts == ["Logo of Haki Kazi Coalition"]  # the partner's logo, a named figure
    assert drawn >= 1
