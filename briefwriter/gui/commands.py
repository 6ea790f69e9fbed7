"""Undoable edits to a brief: every change the GUI makes goes through one of these commands.

Each command records the field path it touches and the value before and after, so undo/redo
is exact.  Typing in one field merges into a single undo step until the field changes, the
user pauses the burst (a new merge key), or the stack's clean state would be crossed.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from briefwriter.core.model import FieldPath, get_at, set_at

if TYPE_CHECKING:
    from briefwriter.gui.session import Session

_SET_FIELD_ID = 1001


class SetFieldCommand(QUndoCommand):
    """Set one field to a new value."""

    def __init__(self, session: Session, path: FieldPath, value: Any, text: str,
                 merge_key: object | None = None) -> None:
        super().__init__(text)
        self._session = session
        self.path = path
        self.old = copy.deepcopy(get_at(session.brief, path))
        self.new = copy.deepcopy(value)
        self.merge_key = merge_key

    def redo(self) -> None:
        set_at(self._session.brief, self.path, copy.deepcopy(self.new))
        self._session.notify_changed(self.path)

    def undo(self) -> None:
        set_at(self._session.brief, self.path, copy.deepcopy(self.old))
        self._session.notify_changed(self.path)

    def id(self) -> int:
        return _SET_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand):
            return False
        if self.merge_key is None or other.merge_key != self.merge_key or other.path != self.path:
            return False
        stack = self._session.undo_stack
        if stack.cleanIndex() == stack.index():  # never merge across the saved state
            return False
        self.new = other.new
        return True


class ListInsertCommand(QUndoCommand):
    """Insert an item into a list field."""

    def __init__(self, session: Session, list_path: FieldPath, index: int, item: Any,
                 text: str) -> None:
        super().__init__(text)
        self._session = session
        self.list_path = list_path
        self.index = index
        self.item = copy.deepcopy(item)

    def redo(self) -> None:
        get_at(self._session.brief, self.list_path).insert(self.index, copy.deepcopy(self.item))
        self._session.notify_changed(self.list_path)

    def undo(self) -> None:
        del get_at(self._session.brief, self.list_path)[self.index]
        self._session.notify_changed(self.list_path)


class ListRemoveCommand(QUndoCommand):
    """Remove an item from a list field."""

    def __init__(self, session: Session, list_path: FieldPath, index: int, text: str) -> None:
        super().__init__(text)
        self._session = session
        self.list_path = list_path
        self.index = index
        self.item = copy.deepcopy(get_at(session.brief, list_path)[index])

    def redo(self) -> None:
        del get_at(self._session.brief, self.list_path)[self.index]
        self._session.notify_changed(self.list_path)

    def undo(self) -> None:
        get_at(self._session.brief, self.list_path).insert(self.index, copy.deepcopy(self.item))
        self._session.notify_changed(self.list_path)


class ListMoveCommand(QUndoCommand):
    """Move an item within a list field (``source`` -> ``target`` positions)."""

    def __init__(self, session: Session, list_path: FieldPath, source: int, target: int,
                 text: str) -> None:
        super().__init__(text)
        self._session = session
        self.list_path = list_path
        self.source = source
        self.target = target

    def _move(self, src: int, dst: int) -> None:
        items = get_at(self._session.brief, self.list_path)
        items.insert(dst, items.pop(src))
        self._session.notify_changed(self.list_path)

    def redo(self) -> None:
        self._move(self.source, self.target)

    def undo(self) -> None:
        self._move(self.target, self.source)


def replace_list_value(old: list[Any], value: Any, present: bool) -> list[Any]:
    """A copy of ``old`` with ``value`` present or absent (order kept, no duplicates)."""
    out = [v for v in old if v != value]
    if present:
        out = [*old] if value in old else [*old, value]
    return out
