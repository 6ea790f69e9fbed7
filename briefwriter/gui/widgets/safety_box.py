"""Safety mode in the app: the switch and its two choices (end of the organisation step), and
the status bar's note that it is on.

What safety mode does is decided elsewhere (``core.safety``, ``core.checks_safety``,
``render.safety``); these widgets only edit ``brief.safety`` and say what it means.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from briefwriter.core.model import FieldPath
from briefwriter.core.safety import neutral_stem
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session, paths_overlap
from briefwriter.gui.widgets.bound import BoundCheckBox
from briefwriter.gui.widgets.forms import group_box, hint_label

SAFETY: FieldPath = ("safety",)


def safety_on(session: Session) -> bool:
    return bool(session.brief.safety.enabled)


class SafetyBox(QWidget):
    """The "Safety mode" group: the switch, a plain explanation, and the two choices (which
    apply only while the switch is on)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout()
        self.switch = BoundCheckBox(session, (*SAFETY, "enabled"), self.tr(
            "&Safety mode: papers that do not say who wrote them"))
        layout.addWidget(self.switch)
        self.explanation = hint_label(fill(self.tr(
            "For organisations at risk. Exported PDFs and web pages leave out your "
            "organisation's name and acronym, and their metadata name no author or "
            "organisation. The file name offered for an export is neutral, such as %1. "
            "Review warns about personal names and anything else in the text that could "
            "identify you. The brief file itself still holds everything you typed: share it "
            "only with people you trust."), f"{neutral_stem()}.pdf"))
        self.switch.setAccessibleDescription(self.explanation.text())
        layout.addWidget(self.explanation)
        self.choices = QWidget()
        choices = QVBoxLayout(self.choices)
        choices.setContentsMargins(24, 0, 0, 0)
        self.leave_out_contact = BoundCheckBox(session, (*SAFETY, "leave_out_contact"), self.tr(
            "Leave out contact deta&ils (yours and the co-signatories')"))
        self.leave_out_logos = BoundCheckBox(session, (*SAFETY, "leave_out_logos"), self.tr(
            "Leave o&ut logos (yours, the brand kit's and the co-signatories')"))
        choices.addWidget(self.leave_out_contact)
        choices.addWidget(self.leave_out_logos)
        layout.addWidget(self.choices)
        self.box: QGroupBox = group_box(self.tr("Safety mode"), layout)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.box)
        session.changed.connect(self._on_changed)
        session.reset.connect(self._follow)
        self._follow()

    def _on_changed(self, path: FieldPath) -> None:
        if paths_overlap(path, SAFETY):
            self._follow()

    def _follow(self) -> None:
        # The choices stay visible (so a person sees what the switch would do) but can be
        # changed only while it is on.
        self.choices.setEnabled(safety_on(self.session))


class SafetyStatus(QLabel):
    """"Safety mode on", in the window's status bar while the brief has it on."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("safetyStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        session.changed.connect(self._on_changed)
        session.reset.connect(self.refresh)
        self.refresh()

    def _on_changed(self, path: FieldPath) -> None:
        if paths_overlap(path, SAFETY):
            self.refresh()

    def refresh(self) -> None:
        on = safety_on(self.session)
        self.setText(self.tr("Safety mode on") if on else "")
        self.setToolTip(self.tr(
            "Exports leave out what names your organisation; Review warns about names in "
            "the text.") if on else "")
        self.setAccessibleName(self.text())
        self.setVisible(on)

    def changeEvent(self, event: QEvent) -> None:
        # The status bar is kept when the interface language changes; its words are not.
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
