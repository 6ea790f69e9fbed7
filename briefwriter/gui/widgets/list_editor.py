"""A generic editor for a list field of the brief: the items, Add/Remove/Up/Down, a detail form.

The detail form is re-bound (through ``on_select``) to whichever item is selected.  After any
change to the list, including undo and redo, the selection follows the item that was added,
moved or removed, so the detail form never edits a different item from the one highlighted.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.model import FieldPath
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session, paths_overlap
from briefwriter.gui.widgets.forms import (
    bidi_isolate,
    buddy_label,
    hint_label,
    line_height,
    spoken_label,
    text_width,
)

#: the most lines a row of the list shows; longer labels end in "…" (the tooltip has it all)
ROW_LINES = 2


class ClampedRowsDelegate(QStyledItemDelegate):
    """Rows wrap onto at most ``lines`` lines; the last line shown ends in "…" when cut.

    Cutting by the row's real width reads better than cutting labels at a fixed number of
    characters, which in a narrow list left a lone "th…" on a second line.
    """

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        one_line = QStyleOptionViewItem(option)
        self.initStyleOption(one_line, index)
        one_line.text = "X"
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return size
        single = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, one_line, QSize(),
                                        widget).height()
        most = single + one_line.fontMetrics.lineSpacing() * (self.lines - 1)
        return QSize(size.width(), min(size.height(), most))


@dataclass
class ListTexts:
    """The words one list editor shows (translated by the page that builds it)."""

    list_label: str  # "&Priorities"
    add: str  # "&Add priority"
    remove: str  # "&Remove"
    up: str  # "Move &up"
    down: str  # "Move &down"
    empty: str  # "No priorities yet: press Add priority."
    noun: str  # "priority": for accessible names ("Remove priority")


class ListEditor(QWidget):
    """Items of the list at ``list_path`` on the left, the detail form on the right.

    ``item_label(item, index)`` gives each row's text; ``new_item()`` makes the item that Add
    inserts; ``on_select(index | None)`` re-binds the detail form.  ``currentChanged`` reports
    the selected index (``-1`` for none).
    """

    currentChanged = Signal(int)

    def __init__(self, session: Session, list_path: FieldPath | None, texts: ListTexts, *,
                 item_label: Callable[[Any, int], str], new_item: Callable[[], Any],
                 on_select: Callable[[int | None], None], detail: QWidget | None = None,
                 item_tooltip: Callable[[Any, int], str] | None = None,
                 stacked: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_path = list_path
        self.texts = texts
        self._item_label = item_label
        self._item_tooltip = item_tooltip
        self._new_item = new_item
        self._on_select = on_select
        self._snapshot: list[Any] = []
        self._pending: int | None = None
        self.after_add: Callable[[int], None] | None = None

        self.list = QListWidget(self)
        self.list.setAccessibleName(spoken_label(texts.list_label))
        self.list.setMinimumWidth(text_width(self.list, 22))
        self.list.setMinimumHeight(line_height(self.list) * 5)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        # Long titles wrap instead of scrolling sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when resized
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setItemDelegate(ClampedRowsDelegate(ROW_LINES, self.list))
        self.list.currentRowChanged.connect(self._on_row_changed)
        self.list_label = buddy_label(texts.list_label, self.list, self)
        self.empty_hint = hint_label(texts.empty, self)

        self.add_button = self._button(texts.add, texts.add.replace("&", ""), self.add_item)
        self.remove_button = self._button(texts.remove, fill(self.tr("Remove %1"), texts.noun),
                                          self.remove_current)
        self.up_button = self._button(texts.up, fill(self.tr("Move %1 up"), texts.noun),
                                      lambda: self.move_current(-1))
        self.down_button = self._button(texts.down, fill(self.tr("Move %1 down"), texts.noun),
                                        lambda: self.move_current(+1))
        # Keyboard: the usual keys while the list has the focus.
        for keys, slot in ((Qt.Key.Key_Insert, self.add_item),
                           (QKeySequence.StandardKey.Delete, self.remove_current),
                           ("Alt+Up", lambda: self.move_current(-1)),
                           ("Alt+Down", lambda: self.move_current(+1))):
            action = QAction(self.list)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.list.addAction(action)
        self.add_button.setToolTip(fill(self.tr("%1 (Insert key in the list)"),
                                        texts.add.replace("&", "")))
        self.remove_button.setToolTip(fill(self.tr("Remove the selected %1 (Delete key)"),
                                           texts.noun))
        self.up_button.setToolTip(fill(self.tr("Move the selected %1 up (Alt+Up)"), texts.noun))
        self.down_button.setToolTip(fill(self.tr("Move the selected %1 down (Alt+Down)"),
                                         texts.noun))

        self.button_row = QHBoxLayout()
        self.button_row.setContentsMargins(0, 0, 0, 0)
        self.button_row.addWidget(self.add_button)
        move_row = QHBoxLayout()
        move_row.setContentsMargins(0, 0, 0, 0)
        for button in (self.remove_button, self.up_button, self.down_button):
            move_row.addWidget(button)
        move_row.addStretch(1)
        self.button_row.addStretch(1)

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.list_label)
        side.addLayout(self.button_row)
        # Other ways to add ("Add from suggestions…") go on a line of their own: side by
        # side with Add they made the page too wide for a narrow window at 200%.
        self.extra_row = QHBoxLayout()
        self.extra_row.setContentsMargins(0, 0, 0, 0)
        self.extra_row.addStretch(1)
        side.addLayout(self.extra_row)
        side.addWidget(self.list, 1)
        side.addWidget(self.empty_hint)
        side.addLayout(move_row)
        outer = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(side, 2)
        self.detail = detail
        if detail is not None:
            outer.addWidget(detail, 3)

        session.changed.connect(self._on_session_changed)
        session.reset.connect(self._on_reset)
        self._rebuild(select=0)

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        button.clicked.connect(lambda _checked=False: slot())  # not add_item(item=False)
        return button

    def add_extra_button(self, button: QPushButton) -> None:
        """Another way to add items (e.g. "Add from suggestions…"), under Add."""
        self.extra_row.insertWidget(self.extra_row.count() - 1, button)

    # -- model access ------------------------------------------------------------------------
    def items(self) -> list[Any]:
        if self.list_path is None:
            return []
        try:
            value = self.session.value(self.list_path)
        except (IndexError, AttributeError, TypeError):
            return []
        return value if isinstance(value, list) else []

    def current_index(self) -> int | None:
        row = self.list.currentRow()
        return row if 0 <= row < len(self.items()) else None

    def set_list_path(self, list_path: FieldPath | None) -> None:
        """Edit another list (e.g. the evidence of another priority); None shows nothing."""
        self.list_path = list_path
        self._pending = None
        self.add_button.setEnabled(list_path is not None)
        self._rebuild(select=0)

    def select(self, index: int) -> None:
        if 0 <= index < self.list.count():
            self.list.setCurrentRow(index)

    def edited_field(self) -> tuple[FieldPath | None, QWidget]:
        return self.list_path, self.list

    def select_for(self, path: FieldPath) -> None:
        """Select the item ``path`` lies in, if it is in this list (its detail form then
        edits that item)."""
        base = self.list_path
        if base is not None and len(path) > len(base) and tuple(path[: len(base)]) == base \
                and isinstance(path[len(base)], int):
            self.select(path[len(base)])

    # -- edits (each one undoable step) ------------------------------------------------------
    def add_item(self, item: Any = None, text: str | None = None) -> int:
        """Append ``item`` (a new blank one by default), select it and start editing it."""
        if self.list_path is None:
            return -1
        value = self._new_item() if item is None else item
        index = len(self.items())
        self._pending = index
        self.session.insert_item(self.list_path, index, value,
                                 text or self.texts.add.replace("&", ""))
        if self.after_add is not None:
            self.after_add(index)
        return index

    def remove_current(self) -> None:
        index = self.current_index()
        if index is None or self.list_path is None:
            return
        self._pending = min(index, len(self.items()) - 2)
        self.session.remove_item(self.list_path, index,
                                 fill(self.tr("Remove %1"), self.texts.noun))
        self.list.setFocus()

    def move_current(self, step: int) -> None:
        index = self.current_index()
        if index is None or self.list_path is None:
            return
        target = index + step
        if not 0 <= target < len(self.items()):
            return
        self._pending = target
        self.session.move_item(self.list_path, index, target,
                               fill(self.tr("Move %1"), self.texts.noun))

    # -- keeping in step with the model ------------------------------------------------------
    def _on_reset(self) -> None:
        self._pending = None
        self._rebuild(select=0)

    def _on_session_changed(self, changed: FieldPath) -> None:
        if self.list_path is None:
            return
        n = len(self.list_path)
        if not paths_overlap(changed, self.list_path):
            return
        item = changed[n] if len(changed) > n else None
        if isinstance(item, int):
            self._relabel(item)  # an edit inside one item
            return
        self._rebuild(select=self._follow())

    def _follow(self) -> int:
        """Which row to select after the list changed (an add, remove, move, undo or redo)."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            return pending
        old, new = self._snapshot, self.items()
        current = self.list.currentRow()
        first_diff = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
                          min(len(old), len(new)))
        if len(new) == len(old) + 1:
            return first_diff  # something was inserted there
        if len(new) == len(old) - 1:
            return min(first_diff, len(new) - 1)
        if len(new) == len(old) and 0 <= current < len(old):
            selected = old[current]
            if current < len(new) and new[current] == selected:
                return current
            matches = [i for i, item in enumerate(new) if item == selected]
            if matches:  # the item moved: follow it
                return min(matches, key=lambda i: abs(i - current))
        return min(max(current, 0), len(new) - 1)

    def _rebuild(self, select: int) -> None:
        items = self.items()
        with QSignalBlocker(self.list):
            self.list.clear()
            for i, item in enumerate(items):
                row = QListWidgetItem()
                self._label_row(row, item, i)
                self.list.addItem(row)
            index = min(max(select, 0), len(items) - 1) if items else -1
            self.list.setCurrentRow(index)
        self._snapshot = copy.deepcopy(items)
        self.empty_hint.setVisible(not items)
        self._update_buttons()
        self._on_select(index if index >= 0 else None)
        self.currentChanged.emit(index)

    def _relabel(self, index: int) -> None:
        items = self.items()
        if 0 <= index < len(items) and index < self.list.count():
            self._label_row(self.list.item(index), items[index], index)
            self._snapshot[index:index + 1] = [copy.deepcopy(items[index])]

    def _label_row(self, row: QListWidgetItem, item: Any, index: int) -> None:
        label = self._item_label(item, index)
        row.setText(bidi_isolate(label))
        if self._item_tooltip is not None:
            tip = self._item_tooltip(item, index)
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        else:
            tip = label  # the whole label, for rows cut short
        row.setToolTip(tip)

    def refresh_labels(self) -> None:
        """Recompute every row's text (e.g. when something outside the list changed)."""
        for i in range(self.list.count()):
            self._relabel(i)

    def _on_row_changed(self, row: int) -> None:
        self._update_buttons()
        self._on_select(row if row >= 0 else None)
        self.currentChanged.emit(row)

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

