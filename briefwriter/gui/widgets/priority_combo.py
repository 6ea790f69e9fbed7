"""A combo box of the brief's priorities ("1. End lethal disregard"), kept in step with edits."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from briefwriter.core.model import FieldPath
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.forms import bidi_isolate
from briefwriter.gui.widgets.gcm_matrix import priority_name


class PriorityCombo(QComboBox):
    """Choose a priority; ``priorityChanged(index)`` reports it (``-1`` when there is none)."""

    priorityChanged = Signal(int)

    def __init__(self, session: Session, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(label)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.currentIndexChanged.connect(self._emit)
        session.changed.connect(self._on_changed)
        session.reset.connect(self.refill)
        self.refill()

    def current(self) -> int | None:
        index = self.currentIndex()
        return index if 0 <= index < len(self.session.brief.priorities) else None

    def choose(self, index: int) -> None:
        if 0 <= index < self.count():
            self.setCurrentIndex(index)

    def refill(self) -> None:
        priorities = self.session.brief.priorities
        keep = self.currentIndex()
        with QSignalBlocker(self):
            self.clear()
            for i, priority in enumerate(priorities):
                self.addItem(bidi_isolate(priority_name(priority, i)))
            if priorities:
                self.setCurrentIndex(min(max(keep, 0), len(priorities) - 1))
        self.setEnabled(bool(priorities))
        self._emit(self.currentIndex())

    def _on_changed(self, path: FieldPath) -> None:
        if path[:1] != ("priorities",):
            return
        priorities = self.session.brief.priorities
        if len(path) >= 3 and isinstance(path[1], int) and self.count() == len(priorities):
            # An edit inside one priority: only its title can change the text shown.
            if path[2] == "title" and 0 <= path[1] < self.count():
                self.setItemText(path[1], bidi_isolate(priority_name(priorities[path[1]],
                                                                     path[1])))
            return
        self.refill()

    def _emit(self, index: int) -> None:
        self.priorityChanged.emit(index if 0 <= index < len(self.session.brief.priorities)
                                  else -1)
