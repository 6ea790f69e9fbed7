"""Step 1, Organisation: who is speaking — name, description, country, contact and logo."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefwriter.core.model import FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.profile_dialog import ProfileBar
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundCheckBox, BoundLineEdit
from briefwriter.gui.widgets.forms import (
    FieldHint,
    add_row,
    group_box,
    new_form,
)
from briefwriter.gui.widgets.logo_field import LogoField
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor
from briefwriter.gui.widgets.safety_box import SafetyBox

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_WEB_RE = re.compile(r"^(https?://)?[^\s/.]+\.[^\s]+$", re.IGNORECASE)


class OrganisationPage(StepPage):
    step_id = "organisation"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Organisation"), self.tr(
            "Tell readers who is speaking. The name and a short description appear on the "
            "paper; the contact details let them reach you."))
        s = self.session
        org: FieldPath = ("organisation",)
        self.profile_bar = ProfileBar(s, self)
        self.body.addWidget(self.profile_bar)
        form = new_form()
        self.name = BoundLineEdit(s, (*org, "name"), self.tr("Organisation name"))
        add_row(form, self.tr("&Name:"), self.name)
        self.acronym = BoundLineEdit(s, (*org, "acronym"), self.tr("Acronym or short name"))
        self.acronym.setPlaceholderText(self.tr("e.g. MVWA"))
        add_row(form, self.tr("&Acronym:"), self.acronym)
        self.country = BoundLineEdit(s, (*org, "country"), self.tr("Country"))
        self.country.setPlaceholderText(self.tr("Where you are based"))
        add_row(form, self.tr("&Country:"), self.country)
        self.migrant_led = BoundCheckBox(
            s, (*org, "migrant_led"), self.tr("&Migrant-led organisation"))
        self.migrant_led.setToolTip(self.tr(
            "Led by migrants, refugees or returnees themselves. The paper says so."))
        form.addRow("", self.migrant_led)
        self.description = MarkdownEditor(s, (*org, "description"), self.tr("Short description"),
                                          lines=4)
        add_row(form, self.tr("Short &description:"), self.description, self.description.edit)
        self.body.addLayout(form)

        cform = new_form()
        c: FieldPath = (*org, "contact")
        self.contact_name = BoundLineEdit(s, (*c, "name"), self.tr("Contact person"))
        self.contact_name.setPlaceholderText(self.tr("Name and role"))
        add_row(cform, self.tr("Contact &person:"), self.contact_name)
        self.email = BoundLineEdit(s, (*c, "email"), self.tr("E-mail"))
        add_row(cform, self.tr("&E-mail:"), self.email)
        cform.addRow("", FieldHint(self.email, self._check_email))
        self.phone = BoundLineEdit(s, (*c, "phone"), self.tr("Phone"))
        add_row(cform, self.tr("P&hone:"), self.phone)
        self.website = BoundLineEdit(s, (*c, "website"), self.tr("Website"))
        self.website.setPlaceholderText("https://")
        add_row(cform, self.tr("&Website:"), self.website)
        cform.addRow("", FieldHint(self.website, self._check_website))
        self.address = BoundLineEdit(s, (*c, "address"), self.tr("Postal address"))
        add_row(cform, self.tr("Add&ress:"), self.address)
        self.body.addWidget(group_box(self.tr("Contact"), cform))

        self.logo = LogoField(s, (*org, "logo"))
        box = QVBoxLayout()
        box.addWidget(self.logo)
        self.body.addWidget(group_box(self.tr("Logo"), box))
        self.safety = SafetyBox(s)  # last on the page: it is about everything above
        self.body.addWidget(self.safety)
        self.body.addStretch(1)

    def _check_email(self, value: str) -> str:
        return "" if _EMAIL_RE.match(value.strip()) else self.tr(
            "This does not look like an e-mail address (name@example.org).")

    def _check_website(self, value: str) -> str:
        return "" if _WEB_RE.match(value.strip()) else self.tr(
            "This does not look like a web address (https://example.org).")

    def has_content(self) -> bool:
        org = self.session.brief.organisation
        return bool(org.name.strip() or org.description.strip() or org.country.strip())

