"""Step 6, Messages and recommendations: summary, key messages, recommendations, oral statement.

The statement shows a live word count and speaking time at 130 words a minute against its
time limit; with no text of its own, the suggested draft (``core.statement``) is counted, and
a button copies that draft into the statement for the author to edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.model import FieldPath, Recommendation
from briefwriter.core.statement import ComposedStatement, compose_statement
from briefwriter.core.text import (
    SPEAKING_WPM,
    format_duration,
    plain_text,
    speaking_seconds,
    word_count,
)
from briefwriter.gui.context import AppContext
from briefwriter.gui.i18n import fill
from briefwriter.gui.messages import msg_text
from briefwriter.gui.steps.aims import addressee_suggestions
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundChoiceCombo, BoundLineEdit, BoundSpinBox
from briefwriter.gui.widgets.forms import (
    add_row,
    compact_combo,
    elide,
    group_box,
    hint_label,
    new_form,
    show_start,
    ui_language,
)
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor

KEY_MESSAGES: FieldPath = ("key_messages",)
RECOMMENDATIONS: FieldPath = ("recommendations",)
STATEMENT_TEXT: FieldPath = ("statement", "text")


class MessagesPage(StepPage):
    step_id = "messages"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Messages and recommendations"), self.tr(
            "Say it briefly: a summary, a few key messages, recommendations for each "
            "addressee, and — for the oral-statement template — the words to deliver."))
        s = self.session
        self.catalogues = load_catalogues()
        self.lang = ui_language(ctx.settings)

        summary_form = new_form()
        self.summary = MarkdownEditor(s, ("summary",), self.tr("Summary"), lines=5)
        add_row(summary_form, self.tr("S&ummary:"), self.summary, self.summary.edit)
        self.body.addLayout(summary_form)

        # Key messages: a list of short Markdown texts.
        self.message_edit = MarkdownEditor(s, None, self.tr("Key message"), lines=3)
        message_detail = QWidget()
        mform = new_form()
        mform.setContentsMargins(0, 0, 0, 0)
        add_row(mform, self.tr("Key &message:"), self.message_edit, self.message_edit.edit)
        mform.addRow(hint_label(self.tr("One or two sentences each; three to five messages "
                                        "work best.")))
        message_detail.setLayout(mform)
        self.messages = ListEditor(
            s, KEY_MESSAGES, ListTexts(
                list_label=self.tr("Messa&ges:"), add=self.tr("&Add message"),
                remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
                empty=self.tr("No key messages yet."), noun=self.tr("key message")),
            item_label=self._message_label, new_item=str,
            on_select=lambda i: self.message_edit.bind((*KEY_MESSAGES, i) if i is not None
                                                       else None),
            detail=message_detail)
        self.messages.after_add = lambda _i: self.message_edit.setFocus()
        messages_box = QVBoxLayout()
        messages_box.addWidget(self.messages)
        self.body.addWidget(group_box(self.tr("Key messages"), messages_box))

        # Recommendations: addressee + text.
        rec_detail = QWidget()
        rform = new_form()
        rform.setContentsMargins(0, 0, 0, 0)
        self.addressee = BoundChoiceCombo(s, None, self.tr("Addressee"),
                                          addressee_suggestions(self._audience_labels()),
                                          editable=True)
        self.addressee.lineEdit().setPlaceholderText(self.tr("Who the recommendation is for"))
        compact_combo(self.addressee)
        add_row(rform, self.tr("Addre&ssee:"), self.addressee)
        self.rec_text = MarkdownEditor(s, None, self.tr("Recommendation"), lines=3)
        add_row(rform, self.tr("Recommendatio&n:"), self.rec_text, self.rec_text.edit)
        rec_detail.setLayout(rform)
        self.recommendations = ListEditor(
            s, RECOMMENDATIONS, ListTexts(
                list_label=self.tr("Recommen&dations:"), add=self.tr("Add recommen&dation"),
                remove=self.tr("&Remove"), up=self.tr("Move &up"), down=self.tr("Move do&wn"),
                empty=self.tr("No recommendations yet."), noun=self.tr("recommendation")),
            item_label=self._recommendation_label, new_item=Recommendation,
            on_select=self._select_recommendation, detail=rec_detail)
        self.recommendations.after_add = lambda _i: self.addressee.setFocus()
        recs_box = QVBoxLayout()
        recs_box.addWidget(self.recommendations)
        self.body.addWidget(group_box(self.tr("Recommendations"), recs_box))

        # The oral statement.
        sform = new_form()
        self.statement = MarkdownEditor(s, STATEMENT_TEXT, self.tr("Statement text"),
                                        lines=6, show_count=False)
        add_row(sform, self.tr("Statement &text:"), self.statement, self.statement.edit)
        sform.addRow("", hint_label(self.tr(
            "Leave it empty to deliver the suggested draft, composed from your key messages "
            "and asks; or take the draft and edit it.")))
        # The suggested draft: its length, what was left out, and a button to take it.
        self.use_draft = QPushButton(self.tr("&Insert the suggested draft"))
        self.use_draft.setObjectName("useStatementDraft")
        self.use_draft.setAccessibleName(self.tr("Insert the suggested draft"))
        self.use_draft.setToolTip(self.tr(
            "Copy the statement composed from your key messages and asks into the statement "
            "text, to edit as you like (Undo brings back what was there)."))
        self.use_draft.clicked.connect(self.take_draft)
        self.draft_info = QLabel()
        self.draft_info.setObjectName("statementDraftInfo")
        self.draft_info.setWordWrap(True)
        self.draft_info.setAccessibleName(self.tr("Length of the suggested draft"))
        draft_row = QHBoxLayout()
        draft_row.setContentsMargins(0, 0, 0, 0)
        draft_row.addWidget(self.use_draft)
        draft_row.addWidget(self.draft_info, 1)
        sform.addRow("", draft_row)
        self.speaker = BoundLineEdit(s, ("statement", "speaker"), self.tr("Speaker"))
        self.speaker.setPlaceholderText(self.tr("Name and role of the person speaking"))
        add_row(sform, self.tr("S&peaker:"), self.speaker)
        self.time_limit = BoundSpinBox(s, ("statement", "time_limit_seconds"),
                                       self.tr("Time limit in seconds"))
        self.time_limit.setRange(0, 3600)
        self.time_limit.setSingleStep(15)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setSpecialValueText(self.tr("No limit"))
        # Room for the longer of "No limit" and "3600 s" in the language of the UI.
        self.time_limit.setMaximumWidth(self.time_limit.fontMetrics().horizontalAdvance(
            f"{self.time_limit.specialValueText()} 0000{self.time_limit.suffix()}") * 2)
        self.time_limit.refresh()  # the value was clamped to the default range before
        add_row(sform, self.tr("Time &limit:"), self.time_limit)
        self.timing = QLabel()
        self.timing.setObjectName("statementTiming")
        self.timing.setWordWrap(True)
        self.timing.setAccessibleName(self.tr("Length of the statement"))
        sform.addRow("", self.timing)
        self.body.addWidget(group_box(self.tr("Oral statement"), sform))
        self.body.addStretch(1)

        self._timing_timer = QTimer(self)
        self._timing_timer.setSingleShot(True)
        self._timing_timer.setInterval(150)
        self._timing_timer.timeout.connect(self.update_timing)
        s.changed.connect(self._on_changed)
        s.reset.connect(self._on_reset)
        self.update_timing()

    # -- lists ---------------------------------------------------------------------------------
    def _message_label(self, item: Any, index: int) -> str:
        text = plain_text(str(item)).strip() or self.tr("(empty)")
        return f"{index + 1}. {elide(text, 160)}"

    def _recommendation_label(self, item: Any, index: int) -> str:
        who = item.addressee.strip() or self.tr("(no addressee)")
        what = plain_text(item.text).strip()
        return f"{index + 1}. {who}: {elide(what, 160)}" if what else f"{index + 1}. {who}"

    def _select_recommendation(self, index: int | None) -> None:
        base = (*RECOMMENDATIONS, index) if index is not None else None
        self.addressee.bind((*base, "addressee") if base else None)
        show_start(self.addressee)
        self.rec_text.bind((*base, "text") if base else None)

    def _audience_labels(self) -> list[str]:
        return [self.catalogues.label_for("audiences", a, self.lang)
                for a in self.session.brief.audience]

    # -- live statement length -------------------------------------------------------------
    def _on_changed(self, path: FieldPath) -> None:
        if path[:1] == ("audience",):
            self.addressee.set_choices(addressee_suggestions(self._audience_labels()))
            show_start(self.addressee)
        # A composed statement depends on the organisation, summary, messages and asks too.
        self._timing_timer.start()

    def _on_reset(self) -> None:
        self.addressee.set_choices(addressee_suggestions(self._audience_labels()))
        show_start(self.addressee)
        self.update_timing()

    def draft(self) -> ComposedStatement:
        """The statement suggested for the brief as it is now (fast: no rendering)."""
        return compose_statement(self.session.brief)

    def take_draft(self) -> None:
        """Copy the suggested draft into the statement text: one undoable edit."""
        draft = self.draft()
        if draft.paragraphs:
            self.session.set_value(STATEMENT_TEXT, draft.markdown,
                                   self.tr("Insert the suggested statement"))
            self.update_timing()  # at once: the button has nothing more to insert
            self.statement.setFocus()

    def statement_figures(self, draft: ComposedStatement | None = None
                          ) -> tuple[int, int, int, bool]:
        """(words, seconds at 130 wpm, limit in seconds, composed from the brief)."""
        brief = self.session.brief
        text = brief.statement.text
        if not text.strip():
            draft = draft or self.draft()
            return draft.words, draft.seconds, brief.statement.time_limit_seconds, True
        words = word_count(text)
        return words, speaking_seconds(words), brief.statement.time_limit_seconds, False

    def update_timing(self) -> None:
        draft = self.draft()
        words, seconds, limit, composed = self.statement_figures(draft)
        parts = [fill(self.tr("Words: %1"), words),
                 fill(self.tr("about %1 to speak at %2 words a minute"),
                      format_duration(seconds), SPEAKING_WPM)]
        if limit > 0:
            if seconds > limit:
                parts.append(fill(self.tr("⚠ %1 over the limit of %2"),
                                  format_duration(seconds - limit), format_duration(limit)))
            else:
                parts.append(fill(self.tr("within the limit of %1"), format_duration(limit)))
        text = " · ".join(parts)
        if composed and words:
            text = fill(self.tr("Composed statement: %1"), text)
        self.timing.setText(text)
        self.time_limit.setToolTip(format_duration(limit) if limit else self.tr("No limit"))
        self._show_draft(draft)

    def _show_draft(self, draft: ComposedStatement) -> None:
        if not draft.paragraphs:
            self.draft_info.setText(self.tr("No draft yet: add key messages or asks."))
            self.use_draft.setEnabled(False)
            return
        info = fill(self.tr("Suggested draft: %1 words, about %2"), draft.words,
                    format_duration(draft.seconds))
        notes = [msg_text(note) for note in draft.notes]
        self.draft_info.setText("\n".join([info, *(f"⚠ {n}" for n in notes)]))
        self.draft_info.setAccessibleDescription(" ".join(notes))
        # Nothing to take when the statement already is the draft.
        self.use_draft.setEnabled(self.session.brief.statement.text != draft.markdown)

    # -- StepPage ----------------------------------------------------------------------------

    def has_content(self) -> bool:
        b = self.session.brief
        return bool(b.summary.strip() or b.key_messages or b.recommendations
                    or b.statement.text.strip())

