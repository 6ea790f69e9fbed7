"""The open brief: model, file path, undo history and modified state, passed explicitly.

A ``Session`` is the single owner of the brief being edited.  Widgets never change the model
directly: they call ``set_value``/``insert_item``/... which push undoable commands, and they
listen to ``changed`` to refresh themselves.  There is no global session.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefwriter.core.model import Brief, FieldPath, brief_to_data, get_at, new_brief
from briefwriter.gui.commands import (
    ListInsertCommand,
    ListMoveCommand,
    ListRemoveCommand,
    SetFieldCommand,
)


def paths_overlap(a: FieldPath, b: FieldPath) -> bool:
    """True when one path is a prefix of the other (a change to one may affect the other)."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


class Session(QObject):
    """One brief being edited.

    Signals:
    - ``changed(path)``: the field at ``path`` (or something below it) changed.  It comes
      from inside the undo stack, before the stack has counted the edit: during the first
      edit after opening or saving, ``is_modified()`` still says False;
    - ``reset()``: the whole brief was replaced (new, open, recover): rebuild everything;
    - ``pathChanged(path)``: the file the brief is saved to changed (``None`` = untitled);
    - ``modifiedChanged(bool)``: the unsaved-changes state flipped.
    """

    changed = Signal(object)
    reset = Signal()
    pathChanged = Signal(object)
    modifiedChanged = Signal(bool)

    def __init__(self, brief: Brief | None = None, path: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._brief = brief if brief is not None else new_brief()
        self._path = path
        # Until the first save: the folder of a logo the person chose (see ``choose_folder``).
        self._chosen_folder: Path | None = None
        self.generation = 0  # bumps on every change: lets the preview drop stale results
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- state --------------------------------------------------------------------------
    @property
    def brief(self) -> Brief:
        return self._brief

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def brief_dir(self) -> Path | None:
        """The folder the brief's files (its logo) are found in: the brief file's, or,
        before the first save, the folder the person chose a logo from."""
        return self._path.parent if self._path else self._chosen_folder

    def choose_folder(self, folder: Path | None) -> None:
        """Before the first save, read the brief's files from ``folder`` (chosen by the
        person in this window, never taken from a file); ignored once the brief has a file."""
        if self._path is None and folder != self._chosen_folder:
            self._chosen_folder = folder
            self.pathChanged.emit(None)  # what depends on the folder looks again

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        return self._path.name if self._path else self.tr("Untitled brief")

    def value(self, path: FieldPath) -> Any:
        return get_at(self._brief, path)

    def brief_data(self) -> dict[str, Any]:
        """A deep, plain-data snapshot of the brief (for render jobs and autosave)."""
        return copy.deepcopy(brief_to_data(self._brief))

    # -- edits (all undoable) -------------------------------------------------------------
    def set_value(self, path: FieldPath, value: Any, text: str | None = None,
                  merge_key: object | None = None) -> bool:
        """Set a field; returns False (and records nothing) when the value is unchanged.

        Pass a ``merge_key`` (e.g. the editing widget) to fold a burst of typing into one
        undo step.
        """
        if get_at(self._brief, path) == value:
            return False
        label = text or self.tr("Edit")
        self.undo_stack.push(SetFieldCommand(self, path, value, label, merge_key))
        return True

    def insert_item(self, list_path: FieldPath, index: int, item: Any,
                    text: str | None = None) -> None:
        self.undo_stack.push(ListInsertCommand(self, list_path, index, item,
                                               text or self.tr("Add item")))

    def append_item(self, list_path: FieldPath, item: Any, text: str | None = None) -> int:
        index = len(get_at(self._brief, list_path))
        self.insert_item(list_path, index, item, text)
        return index

    def remove_item(self, list_path: FieldPath, index: int, text: str | None = None) -> None:
        self.undo_stack.push(ListRemoveCommand(self, list_path, index,
                                               text or self.tr("Remove item")))

    def move_item(self, list_path: FieldPath, source: int, target: int,
                  text: str | None = None) -> None:
        if source == target:
            return
        self.undo_stack.push(ListMoveCommand(self, list_path, source, target,
                                             text or self.tr("Move item")))

    def begin_macro(self, text: str) -> None:
        """Group several edits into one undo step (pair with ``end_macro``)."""
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    # -- whole-brief changes -------------------------------------------------------------
    def replace_brief(self, brief: Brief, path: Path | None, *, modified: bool = False) -> None:
        """Start editing another brief (new, open, recover); the undo history starts afresh.

        ``modified=True`` (a recovered brief) leaves it marked as unsaved.
        """
        self.undo_stack.clear()
        self._brief = brief
        self._path = path
        self._chosen_folder = None
        self.generation += 1
        if modified:
            # An undo stack that is clean at an index it can never reach is never clean.
            self.undo_stack.resetClean()
        else:
            self.undo_stack.setClean()
        self.modifiedChanged.emit(self.is_modified())
        self.pathChanged.emit(path)
        self.reset.emit()

    def mark_saved(self, path: Path, *, clean: bool = True) -> None:
        """The brief has been written to ``path``.

        ``clean=False`` says the brief changed while it was being written (saving runs in
        the background): the file holds an earlier state, so the brief stays marked unsaved.
        """
        path_changed = path != self._path
        self._path = path
        self._chosen_folder = None
        if clean:
            self.undo_stack.setClean()
        else:
            self.undo_stack.resetClean()
        if path_changed:
            self.pathChanged.emit(path)

    def notify_changed(self, path: FieldPath) -> None:
        """Called by the undo commands after they changed the model."""
        self.generation += 1
        self.changed.emit(path)
