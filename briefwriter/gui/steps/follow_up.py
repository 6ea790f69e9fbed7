"""The "Since the last review" step: what became of the earlier cycle's asks and pledges.

Each follow-up item (made by File ▸ Continue for the Next Review…, or added by hand) has its
text, who was to act, by when, a status (met, partly met, not met, unknown) and the
evidence.  The earlier cycles the brief continues (``history``) are shown read-only under
the list.  Review says which items still lack a status or evidence
(``core.checks_pledges.check_follow_up``).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.model import FOLLOW_UP_STATUSES, FieldPath, FollowUp
from briefwriter.core.text import plain_text
from briefwriter.gui.context import AppContext
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import paths_overlap
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundChoiceCombo, BoundLineEdit
from briefwriter.gui.widgets.forms import (
    add_row,
    elide,
    group_box,
    hint_label,
    line_height,
    new_form,
    ui_language,
)
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor

FOLLOW_UP: FieldPath = ("follow_up",)
HISTORY: FieldPath = ("history",)
STATUSES = FOLLOW_UP_STATUSES


def status_names() -> dict[str, str]:
    """Each status as the interface says it."""
    # Named ``translate`` so that lupdate reads the first argument as the context.
    translate = QCoreApplication.translate
    return {"met": translate("FollowUpPage", "Met"),
            "partly": translate("FollowUpPage", "Partly met"),
            "not-met": translate("FollowUpPage", "Not met"),
            "unknown": translate("FollowUpPage", "Unknown")}


class FollowUpPage(StepPage):
    step_id = "follow_up"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Since the last review"), self.tr(
            "What became of the asks and pledges of your earlier paper: for each, say whether "
            "it was met, partly met or not met, and give the evidence — what happened, with "
            "sources. The paper prints them under “Since the last review”."))
        s = self.session
        names = status_names()

        detail = QWidget()
        form = new_form()
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = BoundChoiceCombo(s, None, self.tr("Ask or pledge"), [
            ("ask", self.tr("An ask")), ("pledge", self.tr("A pledge"))])
        add_row(form, self.tr("&Kind:"), self.kind)
        self.text = MarkdownEditor(s, None, self.tr("What was asked or pledged"), lines=2)
        add_row(form, self.tr("W&hat:"), self.text, self.text.edit)
        self.who = BoundLineEdit(s, None, self.tr("Who was to act"))
        add_row(form, self.tr("Wh&o:"), self.who)
        self.by_when = BoundLineEdit(s, None, self.tr("By when"))
        add_row(form, self.tr("&By when:"), self.by_when)
        self.status = BoundChoiceCombo(s, None, self.tr("Status"),
                                       [(key, names[key]) for key in STATUSES])
        add_row(form, self.tr("&Status:"), self.status)
        self.evidence = MarkdownEditor(s, None, self.tr("Evidence"), lines=4)
        add_row(form, self.tr("E&vidence:"), self.evidence, self.evidence.edit)
        form.addRow("", hint_label(self.tr(
            "What happened, and how you know: a law passed, a figure from a report, a "
            "statement — with its source.")))
        detail.setLayout(form)

        self.items = ListEditor(
            s, FOLLOW_UP, ListTexts(
                list_label=self.tr("&Follow-up items:"), add=self.tr("&Add item"),
                remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
                empty=self.tr(
                    "Nothing to follow up yet. To report on an earlier paper, open it and "
                    "choose File ▸ Continue for the Next Review…: its asks and pledges come "
                    "here. Or add an item yourself."),
                noun=self.tr("follow-up item")),
            item_label=self._label, new_item=FollowUp, on_select=self._select, detail=detail,
            stacked=True)
        self.items.after_add = lambda _i: self.text.setFocus()
        box = QVBoxLayout()
        box.addWidget(self.items)
        self.body.addWidget(group_box(self.tr("Since the last review"), box))

        self.history = QTextBrowser()
        self.history.setAccessibleName(self.tr("Earlier review cycles"))
        self.history.setOpenLinks(False)
        self.history.setMinimumHeight(line_height(self.history) * 5)
        hbox = QVBoxLayout()
        hbox.addWidget(self.history)
        self.history_box = group_box(self.tr("Earlier review cycles"), hbox)
        self.body.addWidget(self.history_box)
        self.body.addStretch(1)
        s.changed.connect(self._on_changed)
        s.reset.connect(self.refresh_history)
        self.refresh_history()

    def _label(self, item: Any, index: int) -> str:
        text = plain_text(item.text).strip() or self.tr("(empty)")
        status = status_names().get(item.status, item.status)
        return f"{index + 1}. {elide(text, 140)} — {status}"

    def _select(self, index: int | None) -> None:
        base = (*FOLLOW_UP, index) if index is not None else None
        for name in ("kind", "who", "by_when", "status"):
            getattr(self, name).bind((*base, name) if base else None)
        self.text.bind((*base, "text") if base else None)
        self.evidence.bind((*base, "evidence") if base else None)

    def _on_changed(self, path: FieldPath) -> None:
        if paths_overlap(path, HISTORY):
            self.refresh_history()

    def refresh_history(self) -> None:
        """The earlier cycles, newest first: title, process and date, what was asked and
        pledged then, and what that cycle recorded about the one before it."""
        cycles = list(reversed(self.session.brief.history))
        self.history_box.setVisible(bool(cycles))
        cats = load_catalogues()
        lang = ui_language()
        names = status_names()
        parts = []
        for cycle in cycles:
            process = cats.label_for("processes", cycle.process, lang)
            when = " · ".join(v for v in (process, cycle.event.strip(), cycle.date.strip()) if v)
            title = cycle.title.strip() or self.tr("(untitled)")
            out = [f"<h3>{html.escape(title)}</h3>"]
            if when:
                out.append(f"<p>{html.escape(when)}</p>")
            if cycle.published.strip():
                out.append(f"<p>{html.escape(fill(self.tr('Published %1'), cycle.published))}"
                           "</p>")
            lists = (
                (self.tr("Asks"), [" — ".join(v for v in (a.who.strip(), a.what.strip(),
                                                           a.by_when.strip()) if v)
                                   for a in cycle.asks]),
                (self.tr("Pledges"), [" — ".join(v for v in (
                    plain_text(p.action).strip(), p.deadline.strip()) if v)
                    for p in cycle.pledges]),
                (self.tr("Its follow-up"), [fill(self.tr("%1: %2"), names.get(
                    f.status, f.status), plain_text(f.text).strip()) for f in cycle.follow_up]),
            )
            for heading, items in lists:
                if items:
                    rows = "".join(f"<li>{html.escape(elide(i, 200))}</li>" for i in items)
                    out.append(f"<p><b>{html.escape(heading)}</b></p><ul>{rows}</ul>")
            parts.append("".join(out))
        self.history.setHtml("<hr>".join(parts))

    def has_content(self) -> bool:
        return bool(self.session.brief.follow_up)
