"""Step 6, Messages and recommendations: summary, key messages, recommendations, oral statement.

The statement shows a live word count and speaking time at 130 words a minute against its
time limit; with no text of its own, the statement the paper would compose is counted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.model import FieldPath, Recommendation
from briefwriter.core.text import (
    SPEAKING_WPM,
    compose_statement_markdown,
    format_duration,
    plain_text,
    speaking_seconds,
    word_count,
)
from briefwriter.gui.context import AppContext
from briefwriter.gui.i18n import fill
from briefwriter.gui.steps.aims import addressee_suggestions
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundChoiceCombo, BoundLineEdit, BoundSpinBox
from briefwriter.gui.widgets.forms import (
    add_row,
    compact_combo,
    elide,
    hint_label,
    new_form,
    show_start,
    ui_language,
)
from briefwriter.gui.widgets.list_editor import ListEditor, ListTexts
from briefwriter.gui.widgets.markdown_editor import MarkdownEditor

KEY_MESSAGES: FieldPath = ("key_messages",)
RECOMMENDATIONS: FieldPath = ("recommendations",)


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
        messages_box = QGroupBox(self.tr("Key messages"))
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
        QVBoxLayout(messages_box).addWidget(self.messages)
        self.body.addWidget(messages_box)

        # Recommendations: addressee + text.
        recs_box = QGroupBox(self.tr("Recommendations"))
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
        QVBoxLayout(recs_box).addWidget(self.recommendations)
        self.body.addWidget(recs_box)

        # The oral statement.
        statement_box = QGroupBox(self.tr("Oral statement"))
        sform = new_form()
        self.statement = MarkdownEditor(s, ("statement", "text"), self.tr("Statement text"),
                                        lines=6, show_count=False)
        add_row(sform, self.tr("Statement &text:"), self.statement, self.statement.edit)
        sform.addRow("", hint_label(self.tr(
            "Leave it empty to let the oral-statement template compose one from your summary, "
            "key messages and asks.")))
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
        statement_box.setLayout(sform)
        self.body.addWidget(statement_box)
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

    def statement_figures(self) -> tuple[int, int, int, bool]:
        """(words, seconds at 130 wpm, limit in seconds, composed from the brief)."""
        brief = self.session.brief
        text = brief.statement.text
        composed = not text.strip()
        if composed:
            text = compose_statement_markdown(brief)
        words = word_count(text)
        return words, speaking_seconds(words), brief.statement.time_limit_seconds, composed

    def update_timing(self) -> None:
        words, seconds, limit, composed = self.statement_figures()
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

    # -- StepPage ----------------------------------------------------------------------------

    def has_content(self) -> bool:
        b = self.session.brief
        return bool(b.summary.strip() or b.key_messages or b.recommendations
                    or b.statement.text.strip())

