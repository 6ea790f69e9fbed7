"""Step 2, Occasion and audience: title, output language, publication date, the process or
event, and readers."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.check_text import date_problem
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundChoiceCombo, BoundLineEdit
from briefwriter.gui.widgets.catalogue_picker import CatalogueChecklist, CataloguePicker
from briefwriter.gui.widgets.forms import (
    FieldHint,
    add_row,
    group_box,
    hint_label,
    new_form,
    ui_language,
)


class OccasionPage(StepPage):
    step_id = "occasion"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Occasion and audience"), self.tr(
            "What is the paper for? Give it a title, choose the language it is written in, "
            "and say which process or meeting it is for and who should read it."))
        s = self.session
        lang = ui_language(ctx.settings)
        catalogues = load_catalogues()

        form = new_form()
        self.title_edit = BoundLineEdit(s, ("title",), self.tr("Paper title"))
        add_row(form, self.tr("&Title:"), self.title_edit)
        self.subtitle = BoundLineEdit(s, ("subtitle",), self.tr("Subtitle"))
        add_row(form, self.tr("&Subtitle:"), self.subtitle)
        self.language = BoundChoiceCombo(s, ("language",), self.tr("Language of the paper"), [
            ("en", self.tr("English")),
            ("fr", self.tr("Français — French")),
            ("es", self.tr("Español — Spanish")),
            ("ar", self.tr("العربية — Arabic")),
            ("zh", self.tr("中文 — Chinese")),
            ("ru", self.tr("Русский — Russian")),
        ])
        self.language.setToolTip(self.tr(
            "The six official UN languages. Headings and dates in the paper follow it; "
            "Arabic papers are laid out right to left."))
        add_row(form, self.tr("&Language of the paper:"), self.language)
        self.published = BoundLineEdit(s, ("published",), self.tr("Publication date"))
        self.published.setPlaceholderText(self.tr("Not shown on the paper"))
        self.published.setToolTip(self.tr(
            "The day the paper comes out, written YYYY-MM-DD (2026-05-05); it is printed on "
            "the paper. Leave it empty to print no date."))
        add_row(form, self.tr("P&ublished:"), self.published)
        form.addRow("", FieldHint(self.published, self._check_published))
        self.body.addLayout(form)

        eform = new_form()
        self.process = CataloguePicker(
            s, ("occasion", "process"), self.tr("Process"), catalogues.processes, lang,
            self.tr("Other — in your own words…"))
        add_row(eform, self.tr("&Process:"), self.process, self.process.combo)
        self.event = BoundLineEdit(s, ("occasion", "event"), self.tr("Event"))
        self.event.setPlaceholderText(self.tr("e.g. Multi-stakeholder hearing"))
        add_row(eform, self.tr("&Event:"), self.event)
        self.date = BoundLineEdit(s, ("occasion", "date"), self.tr("Date"))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.date.setToolTip(self.tr(
            "A full date (2026-05-05), a month (2026-05) or a year (2026); leave it empty for "
            "no date."))
        add_row(eform, self.tr("&Date:"), self.date)
        eform.addRow("", FieldHint(self.date, self._check_date))
        self.place = BoundLineEdit(s, ("occasion", "place"), self.tr("Place"))
        self.place.setPlaceholderText(self.tr("e.g. New York"))
        add_row(eform, self.tr("Pla&ce:"), self.place)
        self.body.addWidget(group_box(self.tr("Process and event"), eform))

        self.audience = CatalogueChecklist(s, ("audience",), self.tr("Audience"),
                                           catalogues.audiences, lang)
        rbox = QVBoxLayout()
        rbox.addWidget(hint_label(self.tr(
            "Tick everyone the paper is for (hover for a hint), or add your own.")))
        rbox.addWidget(self.audience)
        self.body.addWidget(group_box(self.tr("Audience"), rbox))
        self.body.addStretch(1)

    def _check_date(self, value: str) -> str:
        problem = date_problem(value)
        if problem == "format":
            return self.tr("Not a date: write 2026-05-12, 2026-05 or 2026.")
        if problem == "calendar":
            return self.tr("This date does not exist in the calendar.")
        return ""

    def _check_published(self, value: str) -> str:
        problem = date_problem(value, full=True)
        if problem == "format":
            return self.tr("Not a date: write it as 2026-05-12, or leave it empty.")
        if problem == "calendar":
            return self.tr("This date does not exist in the calendar.")
        return ""

    def has_content(self) -> bool:
        b = self.session.brief
        o = b.occasion
        return bool(b.title.strip() or b.subtitle.strip() or o.process.strip()
                    or o.event.strip() or o.date.strip() or b.audience)

