"""Step 5, Engagement aims and asks: what you want from engaging, each turned into a concrete ask.

The twelve aims come from the catalogue (with help); people may write their own.  Every aim
gets an ask: who should act, what they should do, by when — incomplete asks are flagged.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.model import Aim, FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.i18n import fill
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundChoiceCombo, BoundLineEdit, BoundPlainTextEdit
from briefwriter.gui.widgets.catalogue_picker import CatalogueDialog
from briefwriter.gui.widgets.forms import (
    add_row,
    compact_combo,
    elide,
    group_box,
    hint_label,
    line_height,
    new_form,
    show_start,
    translate,
    ui_language,
)
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts

LIST: FieldPath = ("aims",)


def addressee_suggestions(audience_labels: list[str]) -> list[tuple[str, str]]:
    """Who an ask or recommendation is usually for; the brief's own audiences first."""
    common = [
        translate("Addressees", "Member States"),
        translate("Addressees", "Our government"),
        translate("Addressees", "Parliaments"),
        translate("Addressees", "IOM"),
        translate("Addressees", "OHCHR"),
        translate("Addressees", "UNHCR"),
        translate("Addressees", "The UN Network on Migration"),
        translate("Addressees", "Local authorities"),
        translate("Addressees", "National human rights institutions"),
        translate("Addressees", "Civil-society organisations"),
    ]
    seen: list[str] = []
    for label in [*audience_labels, *common]:
        if label and label not in seen:
            seen.append(label)
    return [(label, label) for label in seen]


def missing_parts(aim: Aim) -> list[str]:
    """The parts of the aim's ask that are still empty, in plain words."""
    out = []
    if not aim.ask.who.strip():
        out.append(translate("AimsPage", "who"))
    if not aim.ask.what.strip():
        out.append(translate("AimsPage", "what"))
    if not aim.ask.by_when.strip():
        out.append(translate("AimsPage", "by when"))
    return out


class AimsPage(StepPage):
    step_id = "aims"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Engagement aims and asks"), self.tr(
            "What do you want to achieve by engaging? Choose from the twelve common aims or "
            "write your own, then turn each into a concrete ask: who should do what, by when."))
        s = self.session
        self.catalogues = load_catalogues()
        self.lang = ui_language(ctx.settings)

        detail = QWidget()
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        choices = [(item.id, item.label(self.lang)) for item in self.catalogues.aims]
        self.aim = BoundChoiceCombo(s, None, self.tr("Aim"), choices, editable=True)
        self.aim.lineEdit().setPlaceholderText(self.tr("Choose an aim or type your own"))
        compact_combo(self.aim)
        add_row(form, self.tr("&Aim:"), self.aim)
        self.aim_help = hint_label("")
        form.addRow("", self.aim_help)
        aform = new_form()
        self.who = BoundChoiceCombo(s, None, self.tr("Who should act"),
                                    addressee_suggestions([]), editable=True)
        self.who.lineEdit().setPlaceholderText(self.tr("e.g. Member States"))
        compact_combo(self.who)
        add_row(aform, self.tr("&Who should act:"), self.who)
        self.what = BoundPlainTextEdit(s, None, self.tr("What they should do"))
        self.what.setPlaceholderText(self.tr("e.g. adopt a national GCM implementation plan "
                                             "with civil society"))
        self.what.setMinimumHeight(line_height(self.what) * 3)
        self.what.setMaximumHeight(line_height(self.what) * 6)
        add_row(aform, self.tr("W&hat they should do:"), self.what)
        self.by_when = BoundLineEdit(s, None, self.tr("By when"))
        self.by_when.setPlaceholderText(self.tr("e.g. before the IMRF 2026"))
        add_row(aform, self.tr("&By when:"), self.by_when)
        form.addRow(group_box(self.tr("The ask"), aform))
        self.status = QLabel()
        self.status.setObjectName("askStatus")
        self.status.setWordWrap(True)
        form.addRow(self.status)
        detail.setLayout(form)

        texts = ListTexts(
            list_label=self.tr("&Aims:"), add=self.tr("Add your o&wn aim"),
            remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
            empty=self.tr("No aims yet: choose from the twelve aims or add your own."),
            noun=self.tr("aim"))
        self.editor = ListEditor(s, LIST, texts, item_label=self._label, new_item=Aim,
                                 on_select=self._select, detail=detail,
                                 item_tooltip=self._tooltip)
        self.choose_button = QPushButton(self.tr("Choose from the &twelve aims…"))
        self.choose_button.setAccessibleName(self.tr("Add an aim from the twelve aims"))
        self.choose_button.clicked.connect(self.add_from_catalogue)
        self.editor.add_extra_button(self.choose_button)
        self.editor.after_add = lambda _i: self.aim.setFocus()
        self.body.addWidget(self.editor)
        self.body.addStretch(1)
        s.changed.connect(self._on_changed)
        s.reset.connect(self._refresh_suggestions)
        self._refresh_suggestions()

    def _aim_label(self, aim: Aim) -> str:
        return self.catalogues.label_for("aims", aim.aim, self.lang) or self.tr("(no aim yet)")

    def _label(self, item: Any, index: int) -> str:
        label = elide(self._aim_label(item), 160)
        if item.ask.is_complete():
            return f"{index + 1}. {label}"
        # The mark leads, so it shows even when a long row is cut short.
        return f"{index + 1}. ⚠ {label}" + self.tr(" — ask incomplete")

    def _tooltip(self, item: Any, index: int) -> str:
        missing = missing_parts(item)
        if not missing:
            return self.tr("The ask is complete.")
        return fill(self.tr("The ask is missing: %1."), ", ".join(missing))

    def _select(self, index: int | None) -> None:
        base = (*LIST, index) if index is not None else None
        self.aim.bind((*base, "aim") if base else None)
        self.who.bind((*base, "ask", "who") if base else None)
        self.what.bind((*base, "ask", "what") if base else None)
        self.by_when.bind((*base, "ask", "by_when") if base else None)
        show_start(self.aim)
        show_start(self.who)
        self._show_status(index)

    def _on_changed(self, path: FieldPath) -> None:
        if path[:1] == LIST:
            self._show_status(self.editor.current_index())
        elif path[:1] == ("audience",):
            self._refresh_suggestions()

    def _refresh_suggestions(self) -> None:
        labels = [self.catalogues.label_for("audiences", a, self.lang)
                  for a in self.session.brief.audience]
        self.who.set_choices(addressee_suggestions(labels))
        show_start(self.who)

    def _show_status(self, index: int | None) -> None:
        if index is None or index >= len(self.session.brief.aims):
            self.status.setText("")
            self.aim_help.setText("")
            return
        aim = self.session.brief.aims[index]
        self.aim_help.setText(self.catalogues.help_for("aims", aim.aim, self.lang))
        self.aim_help.setVisible(bool(self.aim_help.text()))
        missing = missing_parts(aim)
        self.status.setText(self.tr("✓ This ask is complete.") if not missing else
                            fill(self.tr("⚠ This ask is incomplete: add %1."), ", ".join(missing)))

    def add_from_catalogue(self) -> None:
        used = [a.aim for a in self.session.brief.aims]
        item = CatalogueDialog.choose(
            self, self.tr("Choose an engagement aim"),
            self.tr("The twelve aims organisations commonly pursue when engaging with the "
                    "Global Compact reviews. You will turn the aim into a concrete ask next."),
            self.catalogues.aims, self.lang, used)
        if item is None:
            return
        self.editor.add_item(Aim(aim=item.id), self.tr("Add aim"))
        self.who.setFocus()

    def has_content(self) -> bool:
        return bool(self.session.brief.aims)

    def focus_path(self, path: FieldPath) -> bool:
        if len(path) == 3 and path[0] == LIST and isinstance(path[1], int) and path[2] == "ask":
            # The checks point at the whole ask: go to its first missing part.
            aim = self.session.brief.aims[path[1]]
            part = ("who" if not aim.ask.who.strip() else
                    "what" if not aim.ask.what.strip() else "by_when")
            path = (*path, part)
        return super().focus_path(path)
