"""Step 9, Co-signatories: who signs the paper with you (pledges have their own step)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.cosignatory_editor import CosignatoryEditor
from briefwriter.gui.widgets.forms import group_box


class CosignatoriesPage(StepPage):
    step_id = "cosignatories"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Co-signatories"), self.tr(
            "List the organisations that sign the paper with you."))
        s = self.session

        self.signers = CosignatoryEditor(s)
        self.cosignatories = self.signers.list
        self.signer_name = self.signers.name
        self.signer_country = self.signers.country
        signers = QVBoxLayout()
        signers.addWidget(self.signers)
        self.body.addWidget(group_box(self.tr("Co-signatories"), signers))

        self.body.addStretch(1)

    def has_content(self) -> bool:
        return bool(self.session.brief.cosignatories)

