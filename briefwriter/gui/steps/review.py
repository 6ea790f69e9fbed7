"""Step 11, Review and export: what the checks found, grouped by step, and the export buttons.

Activating a warning (Enter or double-click) asks the main window to show the field it is
about (``requestFocus(path)``).  Export runs through the window's export controller.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.errors import Problem
from briefwriter.core.model import FieldPath
from briefwriter.gui.context import AppContext
from briefwriter.gui.i18n import fill
from briefwriter.gui.messages import problem_text
from briefwriter.gui.steps.base import StepPage, StepState
from briefwriter.gui.widgets.forms import bidi_isolate, buddy_label, group_box, line_height
from briefwriter.gui.widgets.mnemonics import mnemonic_letter

ROLE_PATH = Qt.ItemDataRole.UserRole + 1
VARIANTS = ("ua-1", "a-3u", "none")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def with_mnemonic(label: str, used: set[str]) -> str:
    """``label`` with ``&`` before its first letter not in ``used`` (which it then joins)."""
    for i, ch in enumerate(label):
        if ch.isalpha() and ch.casefold() not in used:
            used.add(ch.casefold())
            return label[:i] + "&" + label[i:]
    return label


class ReviewPage(StepPage):
    step_id = "review"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Review and export"), self.tr(
            "Check what is still missing, then export the paper. Press Enter on a remark "
            "(or double-click it) to go to the field it is about."))
        self._pages: list[StepPage] = []

        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        # A list rather than a tree: list views wrap long remarks instead of eliding them.
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems.setMinimumHeight(line_height(self.problems) * 12)
        self.problems.setAccessibleName(self.tr("Remarks on the brief"))
        self.problems.itemActivated.connect(self._on_activated)
        self.problems.currentItemChanged.connect(self._update_go)
        remarks_label = buddy_label(self.tr("&Remarks:"), self.problems)
        self.body.addWidget(remarks_label)
        self.body.addWidget(self.problems, 1)
        self.go_button = QPushButton(self.tr("&Go to the field"))
        self.go_button.clicked.connect(self._go_to_current)
        go_row = QHBoxLayout()
        go_row.addStretch(1)
        go_row.addWidget(self.go_button)
        self.body.addLayout(go_row)

        ebox = QVBoxLayout()
        labels = self._variant_labels()
        descriptions = {
            "ua-1": self.tr("Tagged for screen readers; the best choice for sharing."),
            "a-3u": self.tr("For long-term archiving."),
            "none": self.tr("An ordinary PDF, for systems that reject the others."),
        }
        self.variants = QButtonGroup(self)
        # Letters of the other controls here, in the language of the UI ("rgph" in English).
        used = {mnemonic_letter(text) for text in (
            remarks_label.text(), self.go_button.text(), self.tr("Export &PDF…"),
            self.tr("Export &HTML…"), self.tr("Export as &Word…"))} - {""}
        for i, variant in enumerate(VARIANTS):
            button = QRadioButton(with_mnemonic(labels[variant], used))
            button.setAccessibleName(labels[variant])
            button.setAccessibleDescription(descriptions[variant])
            button.setToolTip(descriptions[variant])
            button.setChecked(variant == "ua-1")
            self.variants.addButton(button, i)
            ebox.addWidget(button)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.clicked.connect(self.export_pdf)
        self.html_button = QPushButton(self.tr("Export &HTML…"))
        self.html_button.clicked.connect(self.export_html)
        self.docx_button = QPushButton(self.tr("Export as &Word…"))
        self.docx_button.setToolTip(self.tr("A Word document (.docx) of the same paper, for "
                                            "partners and calls for input that ask for one"))
        self.docx_button.clicked.connect(self.export_docx)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.html_button)
        buttons.addWidget(self.docx_button)
        buttons.addStretch(1)
        ebox.addLayout(buttons)
        self.body.addWidget(group_box(self.tr("Export"), ebox))

        # What does not fit the template's design (pages over its limit, a statement over
        # its time) is known only once the preview is laid out: shown with the checks.
        self._overflow: list[Problem] = []
        ctx.checks.updated.connect(self.show_problems)
        previews = getattr(ctx.render, "previewReady", None)
        if previews is not None:
            previews.connect(self._on_preview)
        self.show_problems(list(ctx.checks.problems))
        self._on_preview()  # a page made after a preview (or anew in another language)

    # -- the pages that own the fields (for grouping) ------------------------------------------
    def set_pages(self, pages: Sequence[StepPage]) -> None:
        self._pages = [p for p in pages if p is not self]
        self.show_problems(list(self.ctx.checks.problems))

    def owner(self, path: FieldPath) -> StepPage | None:
        if not path:
            return None
        return next((p for p in self._pages if p.owns_path(path)), None)

    # -- the list ------------------------------------------------------------------------------
    def _icon(self, severity: str) -> QStyle.StandardPixmap:
        return {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }.get(severity, QStyle.StandardPixmap.SP_MessageBoxInformation)

    def _severity_word(self, severity: str) -> str:
        return {"error": self.tr("Problem"), "warning": self.tr("Warning")}.get(
            severity, self.tr("Note"))

    def _on_preview(self, *_args: object) -> None:
        result = getattr(self.ctx.render, "last_preview_result", {}) or {}
        overflow = [Problem(str(text), ("template", "name"), None, "warning", "overflow")
                    for text in result.get("overflow") or []]
        if overflow != self._overflow:
            self._overflow = overflow
            self.show_problems(list(self.ctx.checks.problems))

    def show_problems(self, problems: list[Problem]) -> None:
        problems = [*problems, *self._overflow]
        current = self.problems.currentItem()
        keep = current.data(ROLE_PATH) if current is not None else None
        self.problems.clear()
        order = {id(p): i for i, p in enumerate(self._pages)}
        ranked = sorted(problems, key=lambda p: (
            order.get(id(self.owner(p.path)), -1), _SEVERITY_ORDER.get(p.severity, 3)))
        restore: QListWidgetItem | None = None
        group_name = None
        for problem in ranked:
            page = self.owner(problem.path)
            name = page.title() if page is not None else self.tr("General")
            if name != group_name:
                group_name = name
                self.problems.addItem(self._heading(name))
            message = problem_text(problem)  # in the language of the UI
            item = QListWidgetItem(self.style().standardIcon(self._icon(problem.severity)),
                                   bidi_isolate(message))
            item.setData(ROLE_PATH, problem.path)
            item.setToolTip(message)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                         fill(self.tr("%1, %2"), self._severity_word(problem.severity), name))
            self.problems.addItem(item)
            if keep is not None and problem.path == keep and restore is None:
                restore = item
        warnings = sum(1 for p in problems if p.severity in ("warning", "error"))
        notes = len(problems) - warnings
        if warnings:
            text = fill(self.tr("Warnings: %1. Look at them before you export."), warnings)
        else:
            text = self.tr("No warnings: the brief is ready to export.")
        if notes:
            text += " " + fill(self.tr("Notes for your information: %1."), notes)
        self.summary.setText(text)
        if restore is not None:
            self.problems.setCurrentItem(restore)
        self._update_go()

    def _heading(self, name: str) -> QListWidgetItem:
        """A step's name above its remarks: bold, and skipped by the arrow keys."""
        heading = QListWidgetItem(name)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        # Not greyed out like a disabled row: it is a heading, not an unavailable choice.
        heading.setForeground(self.palette().color(QPalette.ColorRole.WindowText))
        return heading

    def problem_items(self) -> list[QListWidgetItem]:
        """Every remark row (not the step headings), in display order."""
        rows = (self.problems.item(i) for i in range(self.problems.count()))
        return [row for row in rows if row.data(ROLE_PATH) is not None]

    def _update_go(self, *_args: object) -> None:
        item = self.problems.currentItem()
        self.go_button.setEnabled(item is not None and bool(item.data(ROLE_PATH)))

    def _on_activated(self, item: QListWidgetItem) -> None:
        path = item.data(ROLE_PATH)
        if path:  # a remark about the whole brief has no field to go to
            self.requestFocus.emit(tuple(path))

    def _go_to_current(self) -> None:
        item = self.problems.currentItem()
        if item is not None:
            self._on_activated(item)

    # -- export --------------------------------------------------------------------------------
    def _variant_labels(self) -> dict[str, str]:
        labels = getattr(self.ctx.exporter, "variant_labels", None)
        found = labels() if callable(labels) else {}
        defaults = {
            "ua-1": self.tr("Accessible PDF (PDF/UA) — recommended"),
            "a-3u": self.tr("PDF/A-3u for archiving"),
            "none": self.tr("Plain PDF"),
        }
        return {v: str(found.get(v) or defaults[v]) for v in VARIANTS}

    def variant(self) -> str:
        index = self.variants.checkedId()
        return VARIANTS[index] if 0 <= index < len(VARIANTS) else "ua-1"

    def export_pdf(self) -> None:
        self.ctx.exporter.export_pdf(variant=self.variant())

    def export_html(self) -> None:
        self.ctx.exporter.export_html()

    def export_docx(self) -> None:
        self.ctx.exporter.export_docx()

    # -- StepPage ------------------------------------------------------------------------------

    def has_content(self) -> bool:
        return bool(self.session.brief.title.strip())

    def state(self, problems: list[Problem]) -> StepState:
        # Review speaks for the whole brief: any warning anywhere shows here too.
        if any(p.severity in ("warning", "error") for p in problems):
            return StepState.WARNINGS
        return StepState.DONE if self.has_content() else StepState.EMPTY

    def focus_path(self, path: FieldPath) -> bool:
        return False
