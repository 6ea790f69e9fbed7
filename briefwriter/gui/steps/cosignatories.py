"""Step 9, Co-signatories and pledges: who signs with you, and what your organisation commits to."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefwriter.core.model import Cosignatory, FieldPath, Pledge
from briefwriter.core.text import plain_text
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundLineEdit
from briefwriter.gui.widgets.forms import add_row, elide, group_box, hint_label, new_form
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor

COSIGNATORIES: FieldPath = ("cosignatories",)
PLEDGES: FieldPath = ("pledges",)


class CosignatoriesPage(StepPage):
    step_id = "cosignatories"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Co-signatories and pledges"), self.tr(
            "List the organisations that sign the paper with you, and the pledges you make: "
            "concrete, measurable commitments with a date, so others can hold you to them."))
        s = self.session

        sdetail = QWidget()
        sform = new_form()
        sform.setContentsMargins(0, 0, 0, 0)
        self.signer_name = BoundLineEdit(s, None, self.tr("Co-signatory name"))
        add_row(sform, self.tr("&Name:"), self.signer_name)
        self.signer_country = BoundLineEdit(s, None, self.tr("Co-signatory country"))
        add_row(sform, self.tr("&Country:"), self.signer_country)
        sdetail.setLayout(sform)
        self.cosignatories = ListEditor(
            s, COSIGNATORIES, ListTexts(
                list_label=self.tr("Co-si&gnatories:"), add=self.tr("&Add co-signatory"),
                remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
                empty=self.tr("No co-signatories yet."), noun=self.tr("co-signatory")),
            item_label=self._signer_label, new_item=Cosignatory,
            on_select=self._select_signer, detail=sdetail)
        self.cosignatories.after_add = lambda _i: self.signer_name.setFocus()
        signers = QVBoxLayout()
        signers.addWidget(self.cosignatories)
        self.body.addWidget(group_box(self.tr("Co-signatories"), signers))

        pdetail = QWidget()
        pform = new_form()
        pform.setContentsMargins(0, 0, 0, 0)
        self.pledge_text = MarkdownEditor(s, None, self.tr("Pledge"), lines=3)
        add_row(pform, self.tr("&Pledge:"), self.pledge_text, self.pledge_text.edit)
        self.pledge_when = BoundLineEdit(s, None, self.tr("Pledge by when"))
        self.pledge_when.setPlaceholderText(self.tr("e.g. by the end of 2027"))
        add_row(pform, self.tr("&By when:"), self.pledge_when)
        pform.addRow(hint_label(self.tr(
            "A good pledge says what you will do, for whom, and by when.")))
        pdetail.setLayout(pform)
        self.pledges = ListEditor(
            s, PLEDGES, ListTexts(
                list_label=self.tr("Pl&edges:"), add=self.tr("Add p&ledge"),
                remove=self.tr("Remo&ve"), up=self.tr("Move u&p"), down=self.tr("Move dow&n"),
                empty=self.tr("No pledges yet."), noun=self.tr("pledge")),
            item_label=self._pledge_label, new_item=Pledge,
            on_select=self._select_pledge, detail=pdetail)
        self.pledges.after_add = lambda _i: self.pledge_text.setFocus()
        pledges = QVBoxLayout()
        pledges.addWidget(self.pledges)
        self.body.addWidget(group_box(self.tr("Pledges"), pledges))
        self.body.addStretch(1)

    def _signer_label(self, item: Any, index: int) -> str:
        name = item.name.strip() or self.tr("(no name)")
        return f"{name} ({item.country.strip()})" if item.country.strip() else name

    def _pledge_label(self, item: Any, index: int) -> str:
        text = plain_text(item.action).strip() or self.tr("(empty)")
        return f"{index + 1}. {elide(text, 160)}"

    def _select_signer(self, index: int | None) -> None:
        base = (*COSIGNATORIES, index) if index is not None else None
        self.signer_name.bind((*base, "name") if base else None)
        self.signer_country.bind((*base, "country") if base else None)

    def _select_pledge(self, index: int | None) -> None:
        base = (*PLEDGES, index) if index is not None else None
        self.pledge_text.bind((*base, "action") if base else None)
        self.pledge_when.bind((*base, "deadline") if base else None)

    def has_content(self) -> bool:
        return bool(self.session.brief.cosignatories or self.session.brief.pledges)

