"""Step 9, Co-signatories: who signs the paper with you (pledges have their own step)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefwriter.core.model import Cosignatory, FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundLineEdit
from briefwriter.gui.widgets.forms import add_row, group_box, new_form
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts

COSIGNATORIES: FieldPath = ("cosignatories",)


class CosignatoriesPage(StepPage):
    step_id = "cosignatories"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Co-signatories"), self.tr(
            "List the organisations that sign the paper with you."))
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

        self.body.addStretch(1)

    def _signer_label(self, item: Any, index: int) -> str:
        name = item.name.strip() or self.tr("(no name)")
        return f"{name} ({item.country.strip()})" if item.country.strip() else name

    def _select_signer(self, index: int | None) -> None:
        base = (*COSIGNATORIES, index) if index is not None else None
        self.signer_name.bind((*base, "name") if base else None)
        self.signer_country.bind((*base, "country") if base else None)

    def has_content(self) -> bool:
        return bool(self.session.brief.cosignatories)

