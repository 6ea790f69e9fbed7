"""Tick GCM objectives by number and title: a list field of objective numbers (1 to 23).

``ObjectiveChecklist`` is a bound widget like those in ``widgets.bound``: it shows the
numbers at its field path as ticked rows, writes each tick through the session (undoable)
and follows undo, redo and ``bind(path)`` (a pledge's objectives, when a list selects
another pledge).  The numbers are kept in the Compact's order.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from briefwriter.core.gcm import load_gcm
from briefwriter.core.model import FieldPath
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.bound import _Binding, _Rebindable
from briefwriter.gui.widgets.forms import hint_label, line_height


class ObjectiveChecklist(_Rebindable, QListWidget):
    """One checkable row per objective: "13. Use migration detention only as a measure of
    last resort…"; the objective's full title in the tooltip.  ``summary`` (a label to place
    under the list) names the ticked ones, which the list may have scrolled out of sight."""

    def __init__(self, session: Session, path: FieldPath | None, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = _Binding(self, session, path, label, self.refresh)
        self.summary = hint_label()
        self.setMinimumHeight(line_height(self) * 6)
        self.setWordWrap(True)
        for objective in load_gcm().objectives:
            row = QListWidgetItem(f"{objective.number}. {objective.title}")
            row.setData(Qt.ItemDataRole.UserRole, objective.number)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            row.setToolTip(objective.title)
            self.addItem(row)
        self.itemChanged.connect(self._on_item_changed)
        self.refresh()

    def numbers(self) -> list[int]:
        value = self.binding.current()
        return [int(n) for n in value] if isinstance(value, list) else []

    def refresh(self) -> None:
        value = self.binding.current()
        self.setEnabled(value is not None)
        ticked = set(self.numbers())
        with QSignalBlocker(self):
            for index in range(self.count()):
                row = self.item(index)
                on = row.data(Qt.ItemDataRole.UserRole) in ticked
                row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        text = fill(self.tr("Ticked: %1"), ", ".join(str(n) for n in sorted(ticked))) \
            if ticked else self.tr("None ticked yet.")
        self.summary.setText(text)
        self.setAccessibleDescription(text)

    def set_ticked(self, number: int, on: bool) -> None:
        """Tick or untick objective ``number`` (what a click on its box does)."""
        for index in range(self.count()):
            row = self.item(index)
            if row.data(Qt.ItemDataRole.UserRole) == number:
                row.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return

    def _on_item_changed(self, row: QListWidgetItem) -> None:
        number = int(row.data(Qt.ItemDataRole.UserRole))
        on = row.checkState() == Qt.CheckState.Checked
        numbers = set(self.numbers())
        if on == (number in numbers):
            return
        numbers = numbers | {number} if on else numbers - {number}
        self.binding.push(sorted(numbers), merge=False)
