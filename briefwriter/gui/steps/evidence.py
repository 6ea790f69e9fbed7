"""Step 8, Evidence and sources: facts behind each priority, each with its source and a web link."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from PySide6.QtWidgets import QHBoxLayout, QWidget

from briefwriter.core.model import Evidence, FieldPath
from briefwriter.core.text import plain_text
from briefwriter.gui.context import AppContext
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundLineEdit
from briefwriter.gui.widgets.forms import (
    FieldHint,
    add_row,
    buddy_label,
    elide,
    new_form,
)
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor
from briefwriter.gui.widgets.priority_combo import PriorityCombo


def url_problem(url: str) -> bool:
    """True when ``url`` is not an absolute http(s) address."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return True
    return parts.scheme.lower() not in ("http", "https") or not parts.netloc


class EvidencePage(StepPage):
    step_id = "evidence"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Evidence and sources"), self.tr(
            "Back each priority with facts: what you found or what others report, who "
            "published it, and where readers can check it. Sources become footnotes."))
        s = self.session
        self.priority = PriorityCombo(s, self.tr("Priority whose evidence is shown"))
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("P&riority:"), self.priority))
        row.addWidget(self.priority, 1)
        self.body.addLayout(row)

        detail = QWidget()
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.text = MarkdownEditor(s, None, self.tr("Evidence"), lines=4)
        add_row(form, self.tr("&Fact or finding:"), self.text, self.text.edit)
        self.source = BoundLineEdit(s, None, self.tr("Source"))
        self.source.setPlaceholderText(self.tr("Who published it, title, year"))
        add_row(form, self.tr("&Source:"), self.source)
        self.url = BoundLineEdit(s, None, self.tr("Web address of the source"))
        self.url.setPlaceholderText("https://")
        add_row(form, self.tr("&Web address:"), self.url)
        form.addRow("", FieldHint(self.url, self._check_url))
        detail.setLayout(form)

        texts = ListTexts(
            list_label=self.tr("&Evidence for this priority:"), add=self.tr("&Add evidence"),
            remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
            empty=self.tr("No evidence for this priority yet."), noun=self.tr("evidence"))
        self.editor = ListEditor(s, self._list_path(self.priority.current()), texts,
                                 item_label=self._label, new_item=Evidence,
                                 on_select=self._select, detail=detail)
        self.editor.after_add = lambda _i: self.text.setFocus()
        self.body.addWidget(self.editor)
        self.body.addStretch(1)
        self.priority.priorityChanged.connect(self._on_priority)
        self._on_priority(self.priority.currentIndex())

    @staticmethod
    def _list_path(index: int | None) -> FieldPath | None:
        return ("priorities", index, "evidence") if index is not None and index >= 0 else None

    def _on_priority(self, index: int) -> None:
        # Always re-point: the detail form must follow even when the index stays the same.
        self.editor.set_list_path(self._list_path(index))

    def _check_url(self, value: str) -> str:
        return self.tr("Use a full web address starting with https:// or http://.") \
            if url_problem(value) else ""

    def _label(self, item: Any, index: int) -> str:
        text = plain_text(item.text).strip() or item.source.strip() or self.tr("(empty)")
        return f"{index + 1}. {elide(text, 160)}"

    def _select(self, index: int | None) -> None:
        editor = getattr(self, "editor", None)  # None while the editor is being built
        list_path = editor.list_path if editor is not None else None
        base = (*list_path, index) if index is not None and list_path is not None else None
        self.text.bind((*base, "text") if base else None)
        self.source.bind((*base, "source") if base else None)
        self.url.bind((*base, "url") if base else None)

    def has_content(self) -> bool:
        return any(p.evidence for p in self.session.brief.priorities)

    def focus_path(self, path: FieldPath) -> bool:
        if self.owns_path(path) and isinstance(path[1], int):
            self.priority.choose(path[1])  # the list below then shows that priority's evidence
        return super().focus_path(path)
