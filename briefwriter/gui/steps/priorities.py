"""Step 3, Priorities: the issues the paper is about, in the organisation's own words.

Suggestions from the catalogue start a priority with a title and pre-ticked GCM links.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.model import FieldPath, GcmLinks, Priority
from briefwriter.gui.context import AppContext
from briefwriter.gui.i18n import fill
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundLineEdit
from briefwriter.gui.widgets.catalogue_picker import CatalogueDialog
from briefwriter.gui.widgets.forms import (
    add_row,
    group_box,
    new_form,
    translate,
    ui_language,
)
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor

LIST: FieldPath = ("priorities",)


def links_summary(links: GcmLinks) -> str:
    """``"Principles 15(a), 15(f) · objectives 13 · actions 29(a), 29(c)"`` ("" when none)."""
    parts = []
    if links.principles:
        parts.append(fill(translate("PrioritiesPage", "principles %1"), ", ".join(
            f"15({letter})" for letter in links.principles)))
    if links.objectives:
        parts.append(fill(translate("PrioritiesPage", "objectives %1"), ", ".join(
            str(n) for n in links.objectives)))
    if links.actions:
        parts.append(fill(translate("PrioritiesPage", "actions %1"), ", ".join(links.actions)))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


class PrioritiesPage(StepPage):
    step_id = "priorities"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Priorities"), self.tr(
            "Name the issues your paper is about, in your own words. Start from a suggestion "
            "if one fits: it comes with links to the Global Compact already ticked."))
        s = self.session
        self.catalogues = load_catalogues()
        self.lang = ui_language(ctx.settings)

        detail = QWidget()
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = BoundLineEdit(s, None, self.tr("Priority title"))
        self.title_edit.setPlaceholderText(self.tr("A short, clear headline"))
        add_row(form, self.tr("&Title:"), self.title_edit)
        self.description = MarkdownEditor(s, None, self.tr("Priority description"), lines=10)
        add_row(form, self.tr("&Description:"), self.description, self.description.edit)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        form.addRow(self.suggestion_label)
        links_row = QHBoxLayout()
        self.links_label = QLabel()
        self.links_label.setWordWrap(True)
        self.link_button = QPushButton(self.tr("Link to the &GCM…"))
        self.link_button.setAccessibleName(self.tr("Go to the Link to the GCM step"))
        self.link_button.clicked.connect(lambda: self.requestStep.emit("gcm"))
        links_row.addWidget(self.links_label, 1)
        links_row.addWidget(self.link_button)
        form.addRow(group_box(self.tr("Links to the GCM"), links_row))
        detail.setLayout(form)

        texts = ListTexts(
            list_label=self.tr("&Priorities:"), add=self.tr("&Add your own priority"),
            remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
            empty=self.tr("No priorities yet: add your own or start from a suggestion."),
            noun=self.tr("priority"))
        self.editor = ListEditor(s, LIST, texts, item_label=self._label, new_item=Priority,
                                 on_select=self._select, detail=detail)
        self.suggest_button = QPushButton(self.tr("Add from su&ggestions…"))
        self.suggest_button.setAccessibleName(self.tr("Add a priority from suggestions"))
        self.suggest_button.clicked.connect(self.add_from_suggestions)
        self.editor.add_extra_button(self.suggest_button)
        self.editor.after_add = lambda _i: self.title_edit.setFocus()
        self.body.addWidget(self.editor)
        self.body.addStretch(1)
        s.changed.connect(self._on_changed)

    def _label(self, item: Any, index: int) -> str:
        title = item.title.strip() or self.tr("(untitled)")
        return f"{index + 1}. {title}"

    def _select(self, index: int | None) -> None:
        base = (*LIST, index) if index is not None else None
        self.title_edit.bind((*base, "title") if base else None)
        self.description.bind((*base, "description") if base else None)
        self.link_button.setEnabled(base is not None)
        self._show_extras(index)

    def _on_changed(self, path: FieldPath) -> None:
        if path[:1] == LIST:
            self._show_extras(self.editor.current_index())

    def _show_extras(self, index: int | None) -> None:
        if index is None:
            self.suggestion_label.setText("")
            self.links_label.setText(self.tr("Select or add a priority."))
            return
        priority = self.session.brief.priorities[index]
        item = self.catalogues.get("priorities", priority.suggestion) if priority.suggestion \
            else None
        self.suggestion_label.setText(
            fill(self.tr("Started from the suggestion “%1”."), item.label(self.lang))
            if item else "")
        self.suggestion_label.setVisible(item is not None)
        summary = links_summary(priority.gcm)
        self.links_label.setText(summary or self.tr(
            "Not linked to the Global Compact yet: use “Link to the GCM”."))

    def add_from_suggestions(self) -> None:
        used = [p.suggestion for p in self.session.brief.priorities if p.suggestion]
        item = CatalogueDialog.choose(
            self, self.tr("Add a priority from suggestions"),
            self.tr("Suggested priorities from civil-society work on the Global Compact. "
                    "Picking one adds it with its usual GCM links ticked; change anything "
                    "afterwards."),
            self.catalogues.priorities, self.lang, used)
        if item is None:
            return
        # The title is printed in the paper, so it is in the paper's language.
        language = self.session.brief.language or "en"
        links = item.gcm.to_gcm_links() if item.gcm is not None else GcmLinks()
        priority = Priority(title=item.label(language), suggestion=item.id, gcm=links)
        self.session.begin_macro(fill(self.tr("Add priority “%1”"), priority.title))
        try:
            self.editor.add_item(priority)
        finally:
            self.session.end_macro()

    def owns_path(self, path: FieldPath) -> bool:
        # GCM links and evidence of a priority belong to their own steps.
        if path[:1] != LIST:
            return False
        return len(path) <= 2 or path[2] in ("title", "description", "suggestion")

    def has_content(self) -> bool:
        return bool(self.session.brief.priorities)

