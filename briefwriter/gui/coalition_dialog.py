"""File ▸ Import from a Partner's Brief…: choose what of a partner's brief to merge into ours
(``core.coalition``), duplicates shown side by side, and merge it as one undoable edit.

The partner's brief is read in the ``files`` lane through the normal storage code; a file
that cannot be used is named with its line and field.  The dialog lists the offers by kind,
each checkable; a duplicate of ours has "Keep ours" / "Take theirs" / "Keep both", and a
piece of evidence the priority it goes under.  The row selected is shown in full below,
ours beside theirs.  Co-signatories' logos are copied next to a saved brief (as the logo
field does) in the ``files`` lane before the merge is applied.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.coalition import (
    ADD,
    KEEP_BOTH,
    KEEP_OURS,
    KINDS,
    TAKE_THEIRS,
    Choice,
    MergeResult,
    Offer,
    default_choice,
    merge,
    offers,
    read_partner_brief,
)
from briefwriter.core.model import Brief
from briefwriter.gui import jobs
from briefwriter.gui.dialogs import show_error
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.forms import (
    buddy_label,
    compact_combo,
    hint_label,
    line_height,
    text_width,
)

if TYPE_CHECKING:
    from briefwriter.core.errors import Problem

translate = QCoreApplication.translate
FILES_LANE = "files"
OFFER_ROLE = Qt.ItemDataRole.UserRole + 1
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
_LIST_FIELDS = ("priorities", "aims", "recommendations", "cosignatories")


def kind_title(kind: str) -> str:
    return {"priority": translate("CoalitionDialog", "Priorities"),
            "ask": translate("CoalitionDialog", "Asks"),
            "evidence": translate("CoalitionDialog", "Evidence"),
            "recommendation": translate("CoalitionDialog", "Recommendations"),
            "cosignatory": translate("CoalitionDialog", "Co-signatories")}[kind]


class CoalitionDialog(QDialog):
    """The offers of one partner's brief, to check and merge into the session's brief."""

    #: the merge was applied (the number of items that came in)
    merged = Signal(int)

    def __init__(self, session: Session, partner: Brief, source: Path,
                 warnings: list[Problem] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.partner = partner
        self.source = source
        self.setWindowTitle(self.tr("Import from a Partner's Brief"))
        self.offers = offers(session.brief, partner)
        self.rows: list[QTreeWidgetItem] = []
        self.actions: dict[int, QComboBox] = {}  # row number -> its duplicate's choice
        self.unders: dict[int, QComboBox] = {}  # row number -> evidence's priority

        who = partner.organisation.name.strip() or source.name
        intro = QLabel(fill(self.tr(
            "From “%1” (%2). Check what to bring into your brief. Items already in your "
            "brief are shown beside yours: keep yours, take theirs, or keep both."),
            who, source.name))
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("From your partner"), self.tr("Already in your brief"),
                                   self.tr("What to do")])
        self.tree.setAccessibleName(self.tr("Items from your partner's brief"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.resizeSection(2, text_width(self, 30))
        tree_label = buddy_label(self.tr("&Items:"), self.tree, self)
        self._fill()
        self.tree.currentItemChanged.connect(lambda _item, _old: self._show_selected())
        self.tree.itemChanged.connect(self._on_item_changed)

        self.ours_view = QPlainTextEdit(self)
        self.theirs_view = QPlainTextEdit(self)
        side = QHBoxLayout()
        for view, label, name in ((self.ours_view, self.tr("&Yours:"), self.tr("Yours")),
                                  (self.theirs_view, self.tr("Your &partner's:"),
                                   self.tr("Your partner's"))):
            view.setReadOnly(True)
            view.setAccessibleName(name)
            view.setMaximumHeight(line_height(self) * 6)
            column = QVBoxLayout()
            column.addWidget(buddy_label(label, view, self))
            column.addWidget(view)
            side.addLayout(column)
        self.notes = hint_label("", self)
        if warnings:
            self.notes.setText(fill(self.tr("Worth a look in the partner's file: %1"),
                                    "; ".join(p.describe(source) for p in warnings[:3])))
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(self.tr("&Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(tree_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(side)
        layout.addWidget(self.notes)
        layout.addWidget(buttons)
        self.resize(text_width(self, 130), line_height(self) * 36)
        first = self.rows[0] if self.rows else None
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.notes.setText(self.tr("The partner's brief holds nothing to import."))
            self.merge_button.setEnabled(False)

    # -- the list ---------------------------------------------------------------------------
    def _fill(self) -> None:
        for kind in KINDS:
            mine = [o for o in self.offers if o.kind == kind]
            if not mine:
                continue
            twins = sum(1 for o in mine if o.duplicate)
            group = QTreeWidgetItem(self.tree, [
                fill(self.tr("%1 (%2)"), kind_title(kind), str(len(mine))),
                fill(self.tr("%1 already in your brief"), str(twins)) if twins
                else self.tr("none in your brief"), ""])
            group.setData(2, ACCESSIBLE_TEXT, kind_title(kind))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                           | Qt.ItemFlag.ItemIsAutoTristate | Qt.ItemFlag.ItemIsSelectable)
            group.setExpanded(True)
            for offer in mine:
                self._add_row(group, offer)

    def _add_row(self, group: QTreeWidgetItem, offer: Offer) -> None:
        number = len(self.rows)
        choice = default_choice(offer)
        ours = offer.ours_text if offer.duplicate else ""
        if offer.duplicate and not offer.exact:
            ours = fill(self.tr("%1 (similar)"), ours)
        row = QTreeWidgetItem(group, [offer.text, ours or self.tr("not in your brief"),
                                      "" if offer.duplicate or offer.kind == "evidence"
                                      else self.tr("Add")])
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                     | Qt.ItemFlag.ItemIsSelectable)
        row.setData(0, OFFER_ROLE, number)
        row.setToolTip(0, offer.text)
        row.setToolTip(1, offer.ours_text)
        row.setCheckState(0, Qt.CheckState.Unchecked if choice.action == KEEP_OURS
                          else Qt.CheckState.Checked)
        self.rows.append(row)
        if offer.kind == "evidence":
            combo = QComboBox(self.tree)
            compact_combo(combo, 24)
            combo.setAccessibleName(fill(self.tr("Priority for the evidence “%1”"),
                                         offer.text[:60]))
            self._fill_priorities(combo, offer, choice.under)
            self.unders[number] = combo
            row.setData(2, ACCESSIBLE_TEXT, combo.accessibleName())
            self.tree.setItemWidget(row, 2, combo)
        elif offer.duplicate:
            combo = QComboBox(self.tree)
            compact_combo(combo, 12)
            combo.setAccessibleName(fill(self.tr("What to do with “%1”"), offer.text[:60]))
            for text, action in ((self.tr("Keep ours"), KEEP_OURS),
                                 (self.tr("Take theirs"), TAKE_THEIRS),
                                 (self.tr("Keep both"), KEEP_BOTH)):
                combo.addItem(text, action)
            combo.currentIndexChanged.connect(lambda _i, n=number: self._on_action(n))
            self.actions[number] = combo
            row.setData(2, ACCESSIBLE_TEXT, combo.accessibleName())
            self.tree.setItemWidget(row, 2, combo)

    def _fill_priorities(self, combo: QComboBox, offer: Offer, under: int | str | None) -> None:
        """Our priorities, then the partner's (merged in this import, with it)."""
        for i, p in enumerate(self.session.brief.priorities):
            combo.addItem(fill(self.tr("Under: %1"), p.title or fill(self.tr("priority %1"),
                                                                     str(i + 1))), i)
        for i, p in enumerate(self.partner.priorities):
            combo.addItem(fill(self.tr("Under: %1 (theirs, if merged)"), p.title), f"new:{i}")
        wanted = under if under is not None else f"new:{offer.priority}"
        combo.setCurrentIndex(max(0, combo.findData(wanted)))

    def _on_action(self, number: int) -> None:
        action = self.actions[number].currentData()
        state = Qt.CheckState.Unchecked if action == KEEP_OURS else Qt.CheckState.Checked
        if self.rows[number].checkState(0) != state:
            self.rows[number].setCheckState(0, state)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        number = item.data(0, OFFER_ROLE)
        if column != 0 or not isinstance(number, int) or number not in self.actions:
            return
        combo = self.actions[number]
        checked = item.checkState(0) == Qt.CheckState.Checked
        if not checked and combo.currentData() != KEEP_OURS:
            combo.setCurrentIndex(combo.findData(KEEP_OURS))
        elif checked and combo.currentData() == KEEP_OURS:
            combo.setCurrentIndex(combo.findData(KEEP_BOTH))

    def _show_selected(self) -> None:
        item = self.tree.currentItem()
        number = item.data(0, OFFER_ROLE) if item is not None else None
        if not isinstance(number, int):
            self.ours_view.setPlainText("")
            self.theirs_view.setPlainText("")
            return
        offer = self.offers[number]
        self.theirs_view.setPlainText(offer.text)
        self.ours_view.setPlainText(offer.ours_text if offer.duplicate
                                    else self.tr("(not in your brief)"))

    # -- choosing and merging ---------------------------------------------------------------
    def row_for(self, text: str) -> QTreeWidgetItem:
        """The row showing the partner's ``text`` (for tests and scripts)."""
        return next(r for r in self.rows if r.text(0) == text)

    def choices(self) -> list[Choice]:
        chosen: list[Choice] = []
        for number, row in enumerate(self.rows):
            if row.checkState(0) != Qt.CheckState.Checked:
                continue
            offer = self.offers[number]
            action = ADD
            if number in self.actions:
                action = self.actions[number].currentData()
            elif offer.duplicate and offer.kind == "evidence":
                action = KEEP_BOTH
            under = self.unders[number].currentData() if number in self.unders else None
            chosen.append(Choice(offer, action, under))
        return chosen

    def apply(self) -> None:
        result = merge(self.session.brief, self.choices())
        if result.notes:
            show_error(self, self.tr("Not Everything Can Be Merged"),
                       "\n".join(p.message for p in result.notes))
            return
        brief_dir = self.session.path.parent if self.session.path is not None else None
        partner_dir = self.source.parent
        self.merge_button.setEnabled(False)

        def copy_logos() -> list[str]:
            return carry_partner_logos(result, partner_dir, brief_dir)

        def done(left_out: list[str]) -> None:
            self._commit(result)
            if left_out:
                show_error(self.parentWidget() or self, self.tr("Logos Left Out"),
                           "\n".join(left_out))
            self.accept()

        def failed(error: Exception) -> None:
            self.merge_button.setEnabled(True)
            show_error(self, self.tr("Not Merged"), str(error))

        jobs.Job(self, copy_logos, lane=FILES_LANE).success(done).failure(failed).run()

    def _commit(self, result: MergeResult) -> None:
        """One undo step for the whole merge."""
        brief = result.brief
        self.session.begin_macro(self.tr("Import from partner's brief"))
        try:
            for name in _LIST_FIELDS:
                value = getattr(brief, name)
                if value != getattr(self.session.brief, name):
                    self.session.set_value((name,), copy.deepcopy(value))
        finally:
            self.session.end_macro()
        self.merged.emit(sum(result.added.values()))


def carry_partner_logos(result: MergeResult, partner_dir: Path,
                        brief_dir: Path | None) -> list[str]:
    """Copy the logos of the co-signatories that came from the partner next to our brief
    (``adopt_logo``: the logo field's rules) and point them there; a logo that cannot be
    copied is left out.  Returns what was left out and why, to tell the person."""
    from briefwriter.core.logo import LogoRefused, resolve_logo_path
    from briefwriter.gui.widgets.logo_field import LogoError, adopt_logo

    left_out: list[str] = []
    for index in result.cosignatories:
        signer: Any = result.brief.cosignatories[index]
        logo = str(getattr(signer, "logo", "") or "").strip()
        if not logo:
            continue
        try:
            if brief_dir is None:
                raise LogoError(translate("CoalitionDialog", "save your brief first, then "
                                                             "add the logo on the "
                                                             "Co-signatories step"))
            signer.logo = adopt_logo(resolve_logo_path(logo, partner_dir), brief_dir)
        except (LogoRefused, LogoError, OSError) as problem:
            signer.logo = ""
            left_out.append(fill(translate("CoalitionDialog", "The logo of %1 was left out: %2"),
                                 signer.name, str(problem)))
    return left_out


def import_partner_brief(window: QWidget, session: Session, folder: str) -> None:
    """Ask for a partner's brief, read it in the files lane, and show what it offers."""
    name, _filter = QFileDialog.getOpenFileName(
        window, translate("CoalitionDialog", "Import from a Partner's Brief"), folder,
        ";;".join([translate("dialogs", "Briefs (*.brief.yaml)"),
                   translate("dialogs", "YAML files (*.yaml *.yml)"),
                   translate("dialogs", "All files (*)")]))
    if not name:
        return
    path = Path(name).absolute()

    def read(result: tuple[Brief, list[Problem]]) -> None:
        partner, warnings = result
        dialog = CoalitionDialog(session, partner, path, warnings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def failed(error: Exception) -> None:
        from briefwriter.gui.files import load_error_message

        show_error(window, translate("CoalitionDialog", "Could Not Read the Partner's Brief"),
                   load_error_message(path, error))

    jobs.Job(window, lambda: read_partner_brief(path), lane=FILES_LANE) \
        .success(read).failure(failed).run()
