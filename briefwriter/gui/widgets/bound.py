"""Input widgets bound to one field of the brief through the session.

A bound widget shows the value at its field path, sends each user edit to the session as an
undoable command (bursts of typing merge into one undo step) and refreshes itself when the
session reports a change that touches its path (undo, redo, another widget).  ``bind(path)``
points it at another field, e.g. when a list editor selects another item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from briefwriter.core.model import FieldPath
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session, paths_overlap


class _UndoKeys(QObject):
    """Sends Undo/Redo keys to the brief's history instead of the text box's own.

    A text box's built-in undo would change the field behind the session's back (the
    window's title and the Edit menu would then disagree with what is shown).
    """

    def __init__(self, target: QWidget, session: Session) -> None:
        super().__init__(target)
        self.session = session
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            step = self.session.undo_stack.undo
        elif event.matches(QKeySequence.StandardKey.Redo):
            step = self.session.undo_stack.redo
        else:
            return False
        event.accept()  # on ShortcutOverride: "this key is ours", so the press comes here
        if kind == QEvent.Type.KeyPress:
            step()
        return True


class _Binding(QObject):
    """The shared part: path, session subscription, refresh on relevant changes.

    A child of its widget, so its connections to the session end with the widget.
    """

    def __init__(self, widget: QWidget, session: Session, path: FieldPath | None,
                 label: str, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self.refresh = refresh
        self.session = session
        self.path: FieldPath | None = path
        self.label = label  # names the undo step: "Edit Organisation name"
        widget.setAccessibleName(label)
        session.changed.connect(self._on_changed)
        session.reset.connect(self._on_reset)

    def _on_reset(self) -> None:
        self.refresh()

    def _on_changed(self, changed: FieldPath) -> None:
        if self.path is not None and paths_overlap(changed, self.path):
            self.refresh()

    def current(self) -> Any:
        if self.path is None:
            return None
        try:
            return self.session.value(self.path)
        except (IndexError, AttributeError):  # the item went away (removed by undo)
            return None

    def push(self, value: Any, merge: bool) -> None:
        if self.path is None or self.current() is None:
            return
        text = fill(QCoreApplication.translate("BoundField", "Edit %1"), self.label) \
            if self.label else None
        self.session.set_value(self.path, value, text, merge_key=self._widget if merge else None)


class _Rebindable:
    """``bind(path)``: point the widget at another field (e.g. another list item)."""

    binding: _Binding

    def refresh(self) -> None:
        raise NotImplementedError

    def bind(self, path: FieldPath | None) -> None:
        self.binding.path = path
        self.refresh()

    def edited_field(self) -> tuple[FieldPath | None, QWidget]:
        """The field this widget edits and what takes the focus for it (see
        ``forms.field_editor``)."""
        assert isinstance(self, QWidget)
        return self.binding.path, self


class BoundLineEdit(_Rebindable, QLineEdit):
    """A one-line text field."""

    def __init__(self, session: Session, path: FieldPath | None, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = _Binding(self, session, path, label, self.refresh)
        self._undo_keys = _UndoKeys(self, session)
        self.textEdited.connect(lambda text: self.binding.push(text, merge=True))
        self.refresh()

    def refresh(self) -> None:
        value = self.binding.current()
        text = "" if value is None else str(value)
        self.setEnabled(value is not None)
        if self.text() != text:
            with QSignalBlocker(self):
                pos = self.cursorPosition()
                self.setText(text)
                self.setCursorPosition(min(pos, len(text)))


class BoundPlainTextEdit(_Rebindable, QPlainTextEdit):
    """A multi-line text field (Markdown is edited as plain text)."""

    def __init__(self, session: Session, path: FieldPath | None, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = _Binding(self, session, path, label, self.refresh)
        self._undo_keys = _UndoKeys(self, session)
        self.setUndoRedoEnabled(False)  # the brief's history is the only one
        self.setTabChangesFocus(True)  # keyboard users can leave the field with Tab
        self.textChanged.connect(lambda: self.binding.push(self.toPlainText(), merge=True))
        self.refresh()

    def refresh(self) -> None:
        value = self.binding.current()
        text = "" if value is None else str(value)
        self.setEnabled(value is not None)
        if self.toPlainText() != text:
            with QSignalBlocker(self):
                cursor = self.textCursor()
                pos = cursor.position()
                self.setPlainText(text)
                cursor = self.textCursor()
                cursor.setPosition(min(pos, len(text)))
                self.setTextCursor(cursor)


class BoundCheckBox(_Rebindable, QCheckBox):
    """A yes/no field."""

    def __init__(self, session: Session, path: FieldPath | None, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.binding = _Binding(self, session, path, label.replace("&", ""), self.refresh)
        self.toggled.connect(lambda on: self.binding.push(bool(on), merge=False))
        self.refresh()

    def refresh(self) -> None:
        value = self.binding.current()
        self.setEnabled(value is not None)
        with QSignalBlocker(self):
            self.setChecked(bool(value))


class BoundSpinBox(_Rebindable, QSpinBox):
    """A whole-number field."""

    def __init__(self, session: Session, path: FieldPath | None, label: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binding = _Binding(self, session, path, label, self.refresh)
        self._undo_keys = _UndoKeys(self.lineEdit(), session)
        self.valueChanged.connect(lambda v: self.binding.push(int(v), merge=True))
        self.refresh()

    def refresh(self) -> None:
        value = self.binding.current()
        self.setEnabled(value is not None)
        with QSignalBlocker(self):
            self.setValue(int(value or 0))


class BoundChoiceCombo(_Rebindable, QComboBox):
    """A field holding one of several ids, or (when ``editable``) the user's own words.

    ``choices`` is a list of ``(value, label)``; the model stores the value.  When editable,
    typed text that matches no label is stored as it is.
    """

    def __init__(self, session: Session, path: FieldPath | None, label: str,
                 choices: list[tuple[str, str]], *, editable: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(editable)
        self.binding = _Binding(self, session, path, label, self.refresh)
        self.set_choices(choices)
        self.activated.connect(self._on_activated)
        if editable:
            line = self.lineEdit()
            line.setAccessibleName(label)
            # Suggestions in a list under the field, never typed into it: with Qt's inline
            # completion, "Member States" became "Member States and diplomats" on Tab.
            completer = self.completer()
            if completer is not None:
                completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self._undo_keys = _UndoKeys(line, session)
            line.textEdited.connect(self._on_text_edited)
        self.refresh()

    def set_choices(self, choices: list[tuple[str, str]]) -> None:
        with QSignalBlocker(self):
            self.clear()
            for value, text in choices:
                self.addItem(text, value)
        self.refresh()

    def _value_for_text(self, text: str) -> str:
        index = self.findText(text)
        return str(self.itemData(index)) if index >= 0 else text

    def _on_activated(self, index: int) -> None:
        self.binding.push(str(self.itemData(index)), merge=False)

    def _on_text_edited(self, text: str) -> None:
        self.binding.push(self._value_for_text(text), merge=True)

    def refresh(self) -> None:
        value = self.binding.current()
        self.setEnabled(value is not None)
        with QSignalBlocker(self):
            index = self.findData(value)
            if index >= 0:
                self.setCurrentIndex(index)
            elif self.isEditable():
                self.setCurrentIndex(-1)
                self.setEditText("" if value is None else str(value))
            else:
                self.setCurrentIndex(-1)
