"""The co-signatories of a brief: each with kind, name, country, contact, consent (when and
how it was given; the author's record, never printed) and an optional logo; and "Add from a
partner's profile…", which reads a ``.orgprofile`` file (``core.profile``, untrusted) in the
``files`` lane and adds the partner as a co-signatory, its logo copied next to the brief as
the logo field does for the organisation.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from briefwriter.core.model import COSIGNATORY_KINDS, Consent, Cosignatory, FieldPath
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.bound import BoundChoiceCombo, BoundLineEdit
from briefwriter.gui.widgets.forms import add_row, group_box, hint_label, new_form, translate
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.logo_field import LogoField

if TYPE_CHECKING:
    from briefwriter.core.profile import StagedProfile

COSIGNATORIES: FieldPath = ("cosignatories",)
PROFILE_FILTER = "*.orgprofile"


def profile_cosignatory(staged: StagedProfile, brief_dir: Path | None) -> tuple[Cosignatory, str]:
    """The partner of ``staged`` as a co-signatory, its logo copied into ``brief_dir`` (run in
    the files lane); also why the logo was left out ("" when it came, or there is none).
    The staged files are removed."""
    from briefwriter.gui.widgets.logo_field import LogoError, adopt_logo

    try:
        org = staged.profile.organisation
        signer = Cosignatory(name=org.name, kind="organisation", country=org.country,
                             contact=copy.deepcopy(org.contact), consent=Consent())
        signer.contact.extra = {}
        logo_file = staged.profile.logo_file()
        left_out = ""
        if logo_file is not None:
            if brief_dir is None:
                left_out = fill(translate(
                    "CosignatoryEditor", "The logo of %1 was left out: save the brief first, "
                    "then add the partner's profile again."), org.name)
            else:
                try:
                    signer.logo = adopt_logo(logo_file, brief_dir)
                except LogoError as problem:
                    left_out = str(problem)
        return signer, left_out
    finally:
        staged.discard()


class CosignatoryEditor(QWidget):
    """The list of co-signatories with the selected one's details, and the ways to add one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        s = session
        detail = QWidget()
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = BoundChoiceCombo(s, None, self.tr("Co-signatory kind"), [
            (kind, label) for kind, label in zip(COSIGNATORY_KINDS, (
                self.tr("Organisation"), self.tr("Individual")), strict=True)])
        add_row(form, self.tr("&Kind:"), self.kind)
        self.name = BoundLineEdit(s, None, self.tr("Co-signatory name"))
        add_row(form, self.tr("&Name:"), self.name)
        self.country = BoundLineEdit(s, None, self.tr("Co-signatory country"))
        add_row(form, self.tr("&Country:"), self.country)

        contact = new_form()
        self.contact_name = BoundLineEdit(s, None, self.tr("Co-signatory contact person"))
        add_row(contact, self.tr("Contact &person:"), self.contact_name)
        self.email = BoundLineEdit(s, None, self.tr("Co-signatory e-mail"))
        add_row(contact, self.tr("&E-mail:"), self.email)
        self.phone = BoundLineEdit(s, None, self.tr("Co-signatory phone"))
        add_row(contact, self.tr("P&hone:"), self.phone)
        self.website = BoundLineEdit(s, None, self.tr("Co-signatory website"))
        self.website.setPlaceholderText("https://")
        add_row(contact, self.tr("&Website:"), self.website)
        self.address = BoundLineEdit(s, None, self.tr("Co-signatory postal address"))
        add_row(contact, self.tr("Add&ress:"), self.address)
        form.addRow(group_box(self.tr("Contact"), contact))

        consent = new_form()
        self.consent_date = BoundLineEdit(s, None, self.tr("Date consent was given"))
        self.consent_date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        add_row(consent, self.tr("&Date:"), self.consent_date)
        self.consent_how = BoundLineEdit(s, None, self.tr("How consent was given"))
        self.consent_how.setPlaceholderText(self.tr("e.g. e-mail from the director, signed form"))
        add_row(consent, self.tr("H&ow:"), self.consent_how)
        consent.addRow(hint_label(self.tr(
            "Your own record that they agreed to sign this paper. It is never printed.")))
        form.addRow(group_box(self.tr("Consent"), consent))

        self.logo = LogoField(s, None)
        logo = QVBoxLayout()
        logo.addWidget(self.logo)
        form.addRow(group_box(self.tr("Logo (optional)"), logo))
        detail.setLayout(form)
        self.list = ListEditor(
            s, COSIGNATORIES, ListTexts(
                list_label=self.tr("Co-si&gnatories:"), add=self.tr("&Add co-signatory"),
                remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
                empty=self.tr("No co-signatories yet."), noun=self.tr("co-signatory")),
            item_label=self._label, item_tooltip=self._tooltip, new_item=Cosignatory,
            on_select=self._select, detail=detail)
        self.list.after_add = lambda _i: self.name.setFocus()
        self.from_profile_button = QPushButton(self.tr("Add from a partner's pro&file…"))
        self.from_profile_button.setToolTip(self.tr(
            "Add a partner from the organisation profile file they sent you (.orgprofile)"))
        self.from_profile_button.clicked.connect(lambda: self.add_from_profile())
        self.list.add_extra_button(self.from_profile_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    def _label(self, item: Any, index: int) -> str:
        name = item.name.strip() or self.tr("(no name)")
        return f"{name} ({item.country.strip()})" if item.country.strip() else name

    def _tooltip(self, item: Any, index: int) -> str:
        """The row in full, and whether consent is recorded (Review says so too)."""
        consent = item.consent
        if consent.date.strip() or consent.how.strip():
            said = fill(self.tr("Consent: %1"), ", ".join(
                part for part in (consent.date.strip(), consent.how.strip()) if part))
        else:
            said = self.tr("No consent recorded yet")
        return f"{self._label(item, index)}\n{said}"

    def _select(self, index: int | None) -> None:
        base = (*COSIGNATORIES, index) if index is not None else None

        def at(*rest: str) -> FieldPath | None:
            return (*base, *rest) if base is not None else None

        self.kind.bind(at("kind"))
        self.name.bind(at("name"))
        self.country.bind(at("country"))
        for widget, key in ((self.contact_name, "name"), (self.email, "email"),
                            (self.phone, "phone"), (self.website, "website"),
                            (self.address, "address")):
            widget.bind(at("contact", key))
        self.consent_date.bind(at("consent", "date"))
        self.consent_how.bind(at("consent", "how"))
        self.logo.bind(at("logo"))

    def add_from_profile(self, path: Path | None = None) -> None:
        """Ask for a partner's ``.orgprofile`` file and add the partner (one undo step)."""
        from briefwriter.gui.dialogs import show_info
        from briefwriter.gui.profile_dialog import file_job

        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Add from a Partner's Profile"),
                str(self.session.brief_dir or Path.home()),
                fill(self.tr("Organisation profiles (%1)"), PROFILE_FILTER))
            if not chosen:
                return
            path = Path(chosen)
        source = path
        brief_dir = self.session.path.parent if self.session.path is not None else None

        def op() -> tuple[Cosignatory, str]:
            from briefwriter.core.profile import open_profile_file

            return profile_cosignatory(open_profile_file(source), brief_dir)

        def added(result: tuple[Cosignatory, str]) -> None:
            signer, left_out = result
            self.list.add_item(signer, self.tr("Add co-signatory from profile"))
            if left_out:
                show_info(self, self.tr("Logo Not Added"), left_out)

        def busy(on: bool) -> None:
            self.from_profile_button.setEnabled(not on)

        file_job(self, op, added, self.tr("The partner's profile cannot be used"), busy)
