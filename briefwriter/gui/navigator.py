"""The step navigator: the steps in order, each with its state, for free jumping.

Each row's icon shows the state and its accessible name says it in words ("Organisation —
done"), so a screen reader hears what a sighted person sees.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from briefwriter.gui.i18n import fill
from briefwriter.gui.steps.base import StepState
from briefwriter.gui.widgets.forms import bidi_isolate


class StepNavigator(QListWidget):
    """A list of the steps; selecting a row (mouse, arrows, Home/End) asks for that step.

    ``stepSelected(index)`` is emitted when the person picks a step; ``set_current`` moves
    the selection without emitting it.
    """

    stepSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigator")
        self.setAccessibleName(self.tr("Steps"))
        self.setAccessibleDescription(
            self.tr("The steps of writing a brief; each says whether it is empty, done or "
                    "has warnings. Choose one to go to it."))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A long step name wraps onto a second line in a narrow navigator rather than being
        # cut short ("6. Messages and …"): rows may differ in height, and are laid out
        # again when the navigator is resized.
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        side = self.fontMetrics().height()
        self.setIconSize(QSize(side, side))
        self._titles: list[str] = []
        self._states: list[StepState] = []
        self._quiet = False
        self.currentRowChanged.connect(self._on_row_changed)

    def set_steps(self, titles: list[str]) -> None:
        # Set here, not at construction: the window is shown before touching QtCore.Qt.
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._quiet = True
        try:
            self.clear()
            self._titles = list(titles)
            self._states = [StepState.EMPTY] * len(titles)
            for number, title in enumerate(titles, start=1):
                item = QListWidgetItem(bidi_isolate(fill(self.tr("%1. %2"), number, title)))
                self.addItem(item)
                self._refresh_item(number - 1)
        finally:
            self._quiet = False

    def state_words(self, state: StepState) -> str:
        if state is StepState.DONE:
            return self.tr("done")
        if state is StepState.WARNINGS:
            return self.tr("has warnings")
        return self.tr("empty")

    def set_states(self, states: list[StepState]) -> None:
        for row, state in enumerate(states[: len(self._titles)]):
            if self._states[row] is not state:
                self._states[row] = state
                self._refresh_item(row)

    def state(self, row: int) -> StepState:
        return self._states[row]

    def accessible_text(self, row: int) -> str:
        return str(self.item(row).data(QtCore.Qt.ItemDataRole.AccessibleTextRole))

    def _refresh_item(self, row: int) -> None:
        item = self.item(row)
        state = self._states[row]
        words = fill(self.tr("%1 — %2"), self._titles[row], self.state_words(state))
        from briefwriter.gui.icons import state_icon  # drawn only once there are steps

        item.setIcon(state_icon(state))
        item.setData(QtCore.Qt.ItemDataRole.AccessibleTextRole, words)
        item.setToolTip(words)

    def set_current(self, row: int) -> None:
        self._quiet = True
        try:
            self.setCurrentRow(row)
        finally:
            self._quiet = False

    def _on_row_changed(self, row: int) -> None:
        if not self._quiet and row >= 0:
            self.stepSelected.emit(row)

    def sizeHint(self) -> QSize:
        # Wide enough for the longest title at the current font, whatever the scaling.
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(r).text())
                      for r in range(self.count())), default=metrics.averageCharWidth() * 20)
        extra = self.iconSize().width() + metrics.averageCharWidth() * 6
        return QSize(widest + extra, super().sizeHint().height())
