"""Step 7, Your own sections: the parts of the paper the organisation writes itself, each
placed among the fixed parts, and the organisation's own headings for those fixed parts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefwriter.core.model import PARTS, SECTION_PLACES, FieldPath, Section
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundChoiceCombo, BoundLineEdit
from briefwriter.gui.widgets.forms import (
    add_row,
    compact_combo,
    elide,
    group_box,
    hint_label,
    new_form,
)
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor
from briefwriter.render.labels import labels_for

SECTIONS: FieldPath = ("sections",)
HEADINGS: FieldPath = ("headings",)

#: What the "Placed" choice says for each ``Section.after`` value, in ``SECTION_PLACES`` order.
PLACE_LABELS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("SectionsPage", "At the start"),
    "summary": QT_TRANSLATE_NOOP("SectionsPage", "After the summary"),
    "priorities": QT_TRANSLATE_NOOP("SectionsPage", "After the priorities"),
    "asks": QT_TRANSLATE_NOOP("SectionsPage", "After the asks"),
    "key_messages": QT_TRANSLATE_NOOP("SectionsPage", "After the key messages"),
    "recommendations": QT_TRANSLATE_NOOP("SectionsPage", "After the recommendations"),
    "pledges": QT_TRANSLATE_NOOP("SectionsPage", "After the pledges"),
    "cosignatories": QT_TRANSLATE_NOOP("SectionsPage", "After the co-signatories"),
    "end": QT_TRANSLATE_NOOP("SectionsPage", "At the end"),
}
assert tuple(PLACE_LABELS) == SECTION_PLACES, "one label per place a section can go"

#: The label of each fixed part's field in "Your own headings" (mnemonics chosen to be free
#: on this page and in the window), and the accessible name of that field.
_HEADING_FIELDS: dict[str, tuple[str, str]] = {
    "summary": (QT_TRANSLATE_NOOP("SectionsPage", "Summar&y:"),
                QT_TRANSLATE_NOOP("SectionsPage", "Your heading for the summary")),
    # Not a place for sections (``PARTS``), but a heading the paper prints all the same.
    "follow_up": (QT_TRANSLATE_NOOP("SectionsPage", "Si&nce the last review:"),
                  QT_TRANSLATE_NOOP("SectionsPage",
                                    "Your heading for what happened since the last review")),
    "priorities": (QT_TRANSLATE_NOOP("SectionsPage", "Pr&iorities:"),
                   QT_TRANSLATE_NOOP("SectionsPage", "Your heading for the priorities")),
    "asks": (QT_TRANSLATE_NOOP("SectionsPage", "As&ks:"),
             QT_TRANSLATE_NOOP("SectionsPage", "Your heading for the asks")),
    "key_messages": (QT_TRANSLATE_NOOP("SectionsPage", "Key &messages:"),
                     QT_TRANSLATE_NOOP("SectionsPage", "Your heading for the key messages")),
    "recommendations": (QT_TRANSLATE_NOOP("SectionsPage", "Rec&ommendations:"),
                        QT_TRANSLATE_NOOP("SectionsPage",
                                          "Your heading for the recommendations")),
    "pledges": (QT_TRANSLATE_NOOP("SectionsPage", "P&ledges:"),
                QT_TRANSLATE_NOOP("SectionsPage", "Your heading for the pledges")),
    "cosignatories": (QT_TRANSLATE_NOOP("SectionsPage", "Co-signa&tories:"),
                      QT_TRANSLATE_NOOP("SectionsPage", "Your heading for the co-signatories")),
}
assert [p for p in _HEADING_FIELDS if p in PARTS] == list(PARTS), "one per fixed part"

#: The templates print the asks under the label "aims_and_asks"; every other part's label
#: has the part's own name.
_LABEL_KEYS = {"asks": "aims_and_asks"}


def template_heading(part: str, language: str) -> str:
    """The heading the bundled templates print for ``part`` in the paper's ``language``."""
    return labels_for(language).get(_LABEL_KEYS.get(part, part), "")


class SectionsPage(StepPage):
    step_id = "sections"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Your own sections"), self.tr(
            "Add the parts only your organisation can write — a testimony, the situation in "
            "your country, how you gathered your evidence — and choose where each goes among "
            "the paper's fixed parts. You can also give the fixed parts headings of your own."))
        s = self.session

        detail = QWidget()
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.heading_edit = BoundLineEdit(s, None, self.tr("Section heading"))
        self.heading_edit.setPlaceholderText(self.tr("e.g. What we see in detention"))
        add_row(form, self.tr("Hea&ding:"), self.heading_edit)
        self.body_edit = MarkdownEditor(s, None, self.tr("Section text"), lines=6)
        add_row(form, self.tr("Te&xt:"), self.body_edit, self.body_edit.edit)
        self.place = BoundChoiceCombo(
            s, None, self.tr("Where the section goes"),
            [(value, self.tr(label)) for value, label in PLACE_LABELS.items()])
        compact_combo(self.place)
        add_row(form, self.tr("Pla&ced:"), self.place)
        form.addRow(hint_label(self.tr(
            "Sections placed at the same spot follow the order of the list.")))
        detail.setLayout(form)
        self.editor = ListEditor(
            s, SECTIONS, ListTexts(
                list_label=self.tr("Your &sections:"), add=self.tr("&Add section"),
                remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
                empty=self.tr("No sections of your own yet."), noun=self.tr("section")),
            item_label=self._section_label, new_item=self._new_section,
            on_select=self._select_section, detail=detail)
        self.editor.after_add = lambda _i: self.heading_edit.setFocus()
        sections_box = QVBoxLayout()
        sections_box.addWidget(self.editor)
        self.body.addWidget(group_box(self.tr("Sections"), sections_box))

        hlayout = QVBoxLayout()
        hlayout.addWidget(hint_label(self.tr(
            "A heading left empty keeps the template's, shown greyed in the field.")))
        hform = new_form()
        self.heading_fields: dict[str, BoundLineEdit] = {}
        for part, (label, name) in _HEADING_FIELDS.items():
            field = BoundLineEdit(s, (*HEADINGS, part), self.tr(name))
            add_row(hform, self.tr(label), field)
            self.heading_fields[part] = field
        hlayout.addLayout(hform)
        self.body.addWidget(group_box(self.tr("Your own headings"), hlayout))
        self.body.addStretch(1)

        self._show_template_headings()
        s.changed.connect(self._on_changed)
        s.reset.connect(self._show_template_headings)

    # -- the list -----------------------------------------------------------------------------
    @staticmethod
    def _new_section() -> Section:
        return Section(after="end")  # a section added goes after everything, as a list's would

    def _section_label(self, item: Any, index: int) -> str:
        heading = item.heading.strip() or self.tr("(no heading)")
        place = self.tr(PLACE_LABELS.get(item.after, PLACE_LABELS["end"]))
        return f"{index + 1}. {elide(heading, 120)} — {place}"

    def _select_section(self, index: int | None) -> None:
        base = (*SECTIONS, index) if index is not None else None
        self.heading_edit.bind((*base, "heading") if base else None)
        self.body_edit.bind((*base, "body") if base else None)
        self.place.bind((*base, "after") if base else None)

    # -- the headings -------------------------------------------------------------------------
    def _on_changed(self, path: FieldPath) -> None:
        if path[:1] == ("language",) or not path:
            self._show_template_headings()

    def _show_template_headings(self) -> None:
        """Each heading field shows, greyed, the heading the paper prints when it is empty."""
        language = self.session.brief.language
        fallback = QCoreApplication.translate("SectionsPage", "Template's heading")
        for part, field in self.heading_fields.items():
            field.setPlaceholderText(template_heading(part, language) or fallback)

    # -- StepPage -----------------------------------------------------------------------------
    def has_content(self) -> bool:
        b = self.session.brief
        return bool(b.sections) or any(getattr(b.headings, part).strip()
                                       for part in _HEADING_FIELDS)
