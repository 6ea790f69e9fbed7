"""The step navigator: the steps in order, each with its state, for free jumping.

Each row's icon shows the state and its accessible name says it in words ("Organisation —
done"), so a screen reader hears what a sighted person sees.  A screen reader may choose a
row by selecting it (AT-SPI's Selection, Qt's ``QAccessibleSelectionInterface``) without
moving the current row: the navigator follows the selection too, so the page shown and the
row highlighted always agree.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QSize, QTimer, Signal
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
    """A list of the steps; choosing a row (mouse, arrows, Home/End, or selecting it through
    assistive technology) asks for that step.

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
        self._sync = QTimer(self)
        self._sync.setSingleShot(True)
        self._sync.setInterval(0)
        self._sync.timeout.connect(self._follow_selection)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)

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

    def _on_selection_changed(self, *_args: object) -> None:
        # Looked at once the change is complete: assistive technology may clear the
        # selection and then select the new row, in two steps.
        if not self._quiet and not self._sync.isActive():
            self._sync.start()

    def _follow_selection(self) -> None:
        """A row selected without becoming current (assistive technology selects a child;
        the mouse and keys move both) becomes current, which asks for its step.  With no
        row selected, or several, the current row alone is selected again."""
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        current = self.currentRow()
        if len(rows) == 1 and rows[0] != current:
            self.setCurrentRow(rows[0])
        elif rows != [current] and current >= 0:
            self._quiet = True
            try:
                self.setCurrentRow(current)  # selects it alone (single selection)
            finally:
                self._quiet = False

    def sizeHint(self) -> QSize:
        # Wide enough for the longest title at the current font, whatever the scaling.
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(r).text())
                      for r in range(self.count())), default=metrics.averageCharWidth() * 20)
        extra = self.iconSize().width() + metrics.averageCharWidth() * 6
        return QSize(widest + extra, super().sizeHint().height())
