"""The Pledges step: what your organisation commits to, built so that others can check it.

Each pledge is written the SMART way: the action (specific), who does it, the GCM objectives
it serves, an indicator with a baseline and a target (measurable), a deadline (time-bound)
and the resources committed (achievable).  The Review step says which part a pledge lacks
(``core.checks_pledges``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefwriter.core.check_text import date_problem
from briefwriter.core.model import FieldPath, Pledge
from briefwriter.core.text import plain_text
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundLineEdit
from briefwriter.gui.widgets.forms import (
    FieldHint,
    add_row,
    elide,
    group_box,
    hint_label,
    new_form,
)
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor
from briefwriter.gui.widgets.objective_list import ObjectiveChecklist

PLEDGES: FieldPath = ("pledges",)
#: The fields of a pledge the detail form edits, in its order.
FIELDS = ("action", "who", "objectives", "indicator", "baseline", "target", "deadline",
          "resources")


class PledgesPage(StepPage):
    step_id = "pledges"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Pledges"), self.tr(
            "The commitments your organisation makes, written so that others can hold you to "
            "them: SMART — specific (what exactly, done by whom), measurable (an indicator, "
            "where things stand now and the target), achievable (the resources you put in), "
            "relevant (the GCM objectives it serves) and time-bound (a deadline). Review "
            "says which part a pledge still lacks."))
        s = self.session

        detail = QWidget()
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.action = MarkdownEditor(s, None, self.tr("Pledge action"), lines=3)
        add_row(form, self.tr("&Action:"), self.action, self.action.edit)
        form.addRow("", hint_label(self.tr(
            "Specific: what you will do, for whom, where. “Open two legal advice desks for "
            "migrant domestic workers in Nairobi”, not “support migrants”.")))
        self.who = BoundLineEdit(s, None, self.tr("Who is responsible"))
        self.who.setPlaceholderText(self.tr("e.g. our legal aid unit, with the Bar Association"))
        add_row(form, self.tr("&Who:"), self.who)
        self.objectives = ObjectiveChecklist(s, None, self.tr("GCM objectives served"))
        add_row(form, self.tr("GCM ob&jectives:"), self.objectives)
        form.addRow("", self.objectives.summary)
        form.addRow("", hint_label(self.tr(
            "Relevant: tick the objectives of the Global Compact the pledge helps to meet.")))
        self.indicator = BoundLineEdit(s, None, self.tr("Indicator"))
        self.indicator.setPlaceholderText(self.tr("e.g. migrants given legal advice a year"))
        add_row(form, self.tr("&Indicator:"), self.indicator)
        self.baseline = BoundLineEdit(s, None, self.tr("Baseline"))
        self.baseline.setPlaceholderText(self.tr("e.g. 400 in 2025"))
        add_row(form, self.tr("&Baseline:"), self.baseline)
        self.target = BoundLineEdit(s, None, self.tr("Target"))
        self.target.setPlaceholderText(self.tr("e.g. 1,500 a year"))
        add_row(form, self.tr("&Target:"), self.target)
        form.addRow("", hint_label(self.tr(
            "Measurable: how progress is counted (the indicator), where it stands now (the "
            "baseline) and what you will reach (the target), in numbers where you can.")))
        self.deadline = BoundLineEdit(s, None, self.tr("Deadline"))
        self.deadline.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.deadline.setToolTip(self.tr(
            "Time-bound: the day (2027-12-31), month (2027-12) or year (2027) by which it is "
            "done."))
        add_row(form, self.tr("&Deadline:"), self.deadline)
        form.addRow("", FieldHint(self.deadline, self._check_deadline))
        self.resources = BoundLineEdit(s, None, self.tr("Resources"))
        self.resources.setPlaceholderText(self.tr("e.g. two lawyers, USD 40,000 a year"))
        add_row(form, self.tr("&Resources:"), self.resources)
        form.addRow("", hint_label(self.tr(
            "Achievable: the money, staff and partners you commit.")))
        detail.setLayout(form)

        self.pledges = ListEditor(
            s, PLEDGES, ListTexts(
                list_label=self.tr("Pl&edges:"), add=self.tr("Add p&ledge"),
                remove=self.tr("Remo&ve"), up=self.tr("Move u&p"), down=self.tr("Move dow&n"),
                empty=self.tr("No pledges yet: press Add pledge."), noun=self.tr("pledge")),
            item_label=self._label, new_item=Pledge, on_select=self._select, detail=detail,
            stacked=True)
        self.pledges.after_add = lambda _i: self.action.setFocus()
        box = QVBoxLayout()
        box.addWidget(self.pledges)
        self.body.addWidget(group_box(self.tr("Pledges"), box))
        self.body.addStretch(1)

    def _label(self, item: Any, index: int) -> str:
        text = plain_text(item.action).strip() or self.tr("(no action yet)")
        return f"{index + 1}. {elide(text, 160)}"

    def _select(self, index: int | None) -> None:
        base = (*PLEDGES, index) if index is not None else None
        self.action.bind((*base, "action") if base else None)
        for name in FIELDS[1:]:
            getattr(self, name).bind((*base, name) if base else None)

    def _check_deadline(self, value: str) -> str:
        problem = date_problem(value)
        if problem == "format":
            return self.tr("Not a date: write 2027-12-31, 2027-12 or 2027, so that progress "
                           "can be checked.")
        if problem == "calendar":
            return self.tr("This date does not exist in the calendar.")
        return ""

    def has_content(self) -> bool:
        return bool(self.session.brief.pledges)
