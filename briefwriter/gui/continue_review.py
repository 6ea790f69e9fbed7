"""File ▸ Continue for the Next Review…: the next cycle's brief, made from the one on show.

``ContinueDialog`` asks which review comes next (``core.cycles.next_processes``: the next
IMRF, a regional review, ...) and says what carries over and what starts anew.  The new
brief (``core.cycles.continue_for_next_review``) replaces the one on show as a new, unsaved
document, as File ▸ New does (unsaved changes to the earlier brief are asked about first);
the earlier file is never written.  Its logo is still read from the earlier brief's folder
and copied beside the new file when it is first saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.cycles import continue_for_next_review, next_processes
from briefwriter.core.model import Brief
from briefwriter.gui.dialogs import give_mnemonics
from briefwriter.gui.i18n import fill
from briefwriter.gui.widgets.forms import (
    buddy_label,
    hint_label,
    text_width,
    translate,
    ui_language,
)

if TYPE_CHECKING:
    from briefwriter.gui.mainwindow import MainWindow


class ContinueDialog(QDialog):
    """Choose the next review; ``process()`` is the chosen catalogue id (or words)."""

    def __init__(self, brief: Brief, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Continue for the Next Review"))
        cats = load_catalogues()
        lang = ui_language()
        self.combo = QComboBox(self)
        suggested = [option.process for option in next_processes(brief, cats)]
        for process in suggested:
            self.combo.addItem(cats.label_for("processes", process, lang), process)
        # Then any other process of the catalogue (the person knows best what comes next).
        others = [item for item in cats.processes if item.id not in suggested
                  and item.id != "other"]
        if others:
            self.combo.insertSeparator(self.combo.count())
            for item in others:
                self.combo.addItem(item.label(lang), item.id)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Start the brief for the next review from this one. This brief and its file stay "
            "as they are."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(buddy_label(self.tr("&Next review:"), self.combo, self))
        layout.addWidget(self.combo)
        self.carried = hint_label(self.tr(
            "Carried over: your organisation, priorities with their GCM links and evidence, "
            "audience, language, template and look, your own sections and headings, and the "
            "safety settings."))
        self.follow = hint_label(self.tr(
            "Your asks and pledges become the list “Since the last review”, where you record "
            "what happened to each. This paper is kept in the new brief's history."))
        self.anew = hint_label(self.tr(
            "Starting anew: title, summary, key messages, recommendations, asks, pledges, "
            "co-signatories and the oral statement."))
        for label in (self.carried, self.follow, self.anew):
            layout.addWidget(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.continue_button = buttons.addButton(
            self.tr("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.continue_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        give_mnemonics(buttons)  # type: ignore[arg-type]  # buttons() is all it needs
        layout.addWidget(buttons)
        self.setMinimumWidth(text_width(self, 60))

    def process(self) -> str:
        return str(self.combo.currentData())


def choose_next_process(parent: QWidget, brief: Brief) -> str | None:
    """Ask which review comes next; None when the person cancels."""
    dialog = ContinueDialog(brief, parent)
    try:
        return dialog.process() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def continue_for_next(window: MainWindow) -> None:
    """What File ▸ Continue for the Next Review… does in ``window``."""
    session = window.session
    process = choose_next_process(window, session.brief)
    if process is None:
        return
    earlier_dir = session.brief_dir
    earlier_name = session.display_name()
    new = continue_for_next_review(session.brief, process)

    def adopt() -> None:
        session.replace_brief(new, None, modified=True)
        session.choose_folder(earlier_dir)  # the logo is read from there until saved
        window.show_step("follow_up")
        window.statusBar().showMessage(fill(translate(
            "MainWindow", "The brief for the next review, made from %1: not saved yet."),
            earlier_name), 8000)

    window.documents.guard(adopt)
