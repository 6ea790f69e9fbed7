"""Priorities × objectives at a glance: a ● where a priority links an objective or its actions.

Rows are the brief's priorities, columns the 23 objectives by number (the title in the
tooltip; numbers of linked objectives in bold, and named in ``linked_summary``).  Activating a
cell (double-click, Enter or Space) ticks or unticks the objective for that priority;
selecting a cell reports it so the browser can show that objective.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from briefwriter.core.gcm import load_gcm
from briefwriter.core.model import FieldPath, Priority
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session, paths_overlap
from briefwriter.gui.widgets.forms import bidi_isolate, text_width, translate

LINKED = "●"


def priority_name(priority: Priority, index: int) -> str:
    title = priority.title.strip() or translate("GcmMatrix", "(untitled)")
    return f"{index + 1}. {title}"


class GcmMatrixModel(QAbstractTableModel):
    """Read-only view of ``brief.priorities[*].gcm`` by objective; refreshed on every change."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.objectives = load_gcm().objectives
        self._linked: set[int] | None = None  # worked out once per change, not per paint
        session.changed.connect(self._on_changed)
        session.reset.connect(self._reset)

    def _on_changed(self, changed: FieldPath) -> None:
        if paths_overlap(changed, ("priorities",)):
            self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._linked = None
        self.endResetModel()

    def priorities(self) -> list[Priority]:
        return self.session.brief.priorities

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.priorities())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.objectives)

    def links(self, row: int, column: int) -> tuple[bool, list[str]]:
        """(objective itself linked, refs of its linked actions) for one cell."""
        priority = self.priorities()[row]
        objective = self.objectives[column]
        refs = {a.ref for a in objective.actions}
        actions = [a for a in priority.gcm.actions if a in refs]
        return objective.number in priority.gcm.objectives, actions

    def describe(self, row: int, column: int) -> str:
        priority = self.priorities()[row]
        objective = self.objectives[column]
        own, actions = self.links(row, column)
        who = fill(translate("GcmMatrix", "Priority %1, objective %2 (%3)"),
                   priority_name(priority, row), objective.number, objective.short_label)
        if own and actions:
            what = fill(translate("GcmMatrix", "objective and actions %1 linked"),
                        ", ".join(actions))
        elif own:
            what = translate("GcmMatrix", "objective linked")
        elif actions:
            what = fill(translate("GcmMatrix", "actions %1 linked"), ", ".join(actions))
        else:
            what = translate("GcmMatrix", "not linked")
        return f"{who}: {what}"

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        own, actions = self.links(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return LINKED if own or actions else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.describe(index.row(), index.column())
        if role == Qt.ItemDataRole.ForegroundRole and actions and not own:
            # Linked only through actions: the same mark, a quieter colour.
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def linked_numbers(self) -> set[int]:
        """Objectives linked by any priority, directly or through one of their actions."""
        if self._linked is None:
            self._linked = {
                objective.number for column, objective in enumerate(self.objectives)
                if any(any(self.links(row, column)) for row in range(self.rowCount()))}
        return self._linked

    def linked_summary(self) -> str:
        """"Linked: 8 Save lives · 13 Alternatives to detention" (names for the numbers)."""
        linked = self.linked_numbers()
        names = [f"{o.number} {o.short_label}" for o in self.objectives if o.number in linked]
        if not names:
            return translate("GcmMatrix", "No objective is linked yet.")
        return fill(translate("GcmMatrix", "Linked: %1"), " · ".join(names))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.objectives):
                return None
            objective = self.objectives[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return str(objective.number)
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{objective.citation}: {objective.title}"
            if role == Qt.ItemDataRole.FontRole and objective.number in self.linked_numbers():
                font = QFont()
                font.setBold(True)
                return font
            return None
        priorities = self.priorities()
        if not 0 <= section < len(priorities):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Cut to the header's width by the view (see GcmMatrix.resizeEvent).
            return bidi_isolate(priority_name(priorities[section], section))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return priority_name(priorities[section], section)
        return None


class GcmMatrix(QTableView):
    """The matrix view; ``cellChosen(priority, objective)`` on selection, toggles on activation."""

    cellChosen = Signal(int, int)  # priority index, objective number

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.matrix = GcmMatrixModel(session, self)
        self.setModel(self.matrix)
        self.setAccessibleName(translate("GcmMatrix", "Links of each priority to each objective"))
        self.setAccessibleDescription(translate(
            "GcmMatrix", "Rows are priorities, columns objectives 1 to 23. Space or Enter "
                         "ticks or unticks the objective for that priority."))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        corner = self.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:  # an inert square, but screen readers still list it
            corner.setAccessibleName(translate("GcmMatrix", "Priorities by objectives"))
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        # Square cells just wide enough for "23", whatever the font size or scaling.
        metrics = self.fontMetrics()
        cell = max(round(metrics.height() * 1.25),
                   metrics.horizontalAdvance("88") + metrics.height() // 2)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns.setMinimumSectionSize(cell)  # the style's minimum is wider
        columns.setDefaultSectionSize(cell)
        columns.setHighlightSections(True)  # the column of the current cell stands out
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(int(metrics.height() * 1.6))
        rows.setHighlightSections(True)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._scrolls = False  # too narrow for all columns: scrolls sideways
        # As tall as its rows, no taller: the page scrolls, not the matrix.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.doubleClicked.connect(lambda index: self.toggle(index.row(), index.column()))
        self.matrix.modelReset.connect(self._fit_row_labels)
        self.matrix.modelReset.connect(self.updateGeometry)

    def _fit_row_labels(self) -> None:
        """Give the priority names what the 23 columns leave, so nothing scrolls sideways."""
        spare = self.width() - 2 * self.frameWidth() - self.horizontalHeader().length()
        self.verticalHeader().setMaximumWidth(max(self._least_label_width(), spare))
        scrolls = spare < self._least_label_width()
        if scrolls != self._scrolls:  # the scroll bar needs room below the rows, or no more
            self._scrolls = scrolls
            self.updateGeometry()

    def _least_label_width(self) -> int:
        return text_width(self, 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_row_labels()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        width = (self.verticalHeader().sizeHint().width()
                 + self.horizontalHeader().length() + 2 * self.frameWidth())
        rows = max(self.matrix.rowCount(), 1)
        height = (self.horizontalHeader().sizeHint().height()
                  + self.verticalHeader().defaultSectionSize() * rows + 2 * self.frameWidth())
        if self._scrolls:
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(width, height)

    def minimumSizeHint(self) -> QSize:
        # Narrower than all columns only on very small windows; then it scrolls sideways.
        return QSize(self.fontMetrics().height() * 10, self.sizeHint().height())

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        if current.isValid():
            self.cellChosen.emit(current.row(), self.matrix.objectives[current.column()].number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter,
                           Qt.Key.Key_Select):
            index = self.currentIndex()
            if index.isValid():
                self.toggle(index.row(), index.column())
                return
        super().keyPressEvent(event)

    def toggle(self, row: int, column: int) -> None:
        """Tick or untick objective ``column + 1`` for priority ``row`` (one undo step)."""
        priorities = self.matrix.priorities()
        if not (0 <= row < len(priorities) and 0 <= column < len(self.matrix.objectives)):
            return
        number = self.matrix.objectives[column].number
        current = list(priorities[row].gcm.objectives)
        on = number not in current
        new = sorted([*current, number]) if on else [n for n in current if n != number]
        text = fill(translate("GcmMatrix", "Link objective %1") if on else
                    translate("GcmMatrix", "Unlink objective %1"), number)
        self.session.set_value(("priorities", row, "gcm", "objectives"), new, text)
        self.setCurrentIndex(self.matrix.index(row, column))
