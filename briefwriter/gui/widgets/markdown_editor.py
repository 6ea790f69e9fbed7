"""A Markdown field: a bound text box, a small formatting toolbar, a plain-words hint and a count.

Each toolbar action rewrites the field's text as one undoable step through the session; the
text operations themselves are plain functions on ``(text, start, end)`` so they are easy to
reason about and test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.model import FieldPath
from briefwriter.core.text import word_count
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.bound import BoundPlainTextEdit
from briefwriter.gui.widgets.forms import hint_label, line_height

_WORD_CHARS = re.compile(r"[\w'’-]")
_FOOTNOTE_LABEL = re.compile(r"\[\^(\d+)\]")
_BULLET = re.compile(r"^(\s*)[-*+] ")


@dataclass(frozen=True)
class Edit:
    """The result of a formatting operation: the new text and what to select afterwards."""

    text: str
    start: int
    end: int


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave surrounding spaces out of a selection (Markdown emphasis cannot start with one)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _word_at(text: str, pos: int) -> tuple[int, int]:
    start = end = pos
    while start > 0 and _WORD_CHARS.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHARS.match(text[end]):
        end += 1
    return start, end


def _has_marker(text: str, start: int, end: int, marker: str) -> bool:
    """True when ``marker`` sits right outside [start, end) and is not part of a longer run."""
    n = len(marker)
    if start < n or text[start - n:start] != marker or text[end:end + n] != marker:
        return False
    before = text[start - n - 1] if start - n - 1 >= 0 else ""
    after = text[end + n] if end + n < len(text) else ""
    # "*" inside "**bold**" is not italic: the run of stars must be exactly the marker.
    return (before != "*" or marker == "***") and (after != "*" or marker == "***")


def wrap(text: str, start: int, end: int, marker: str) -> Edit:
    """Wrap the selection (or the word at the cursor) in ``marker``; unwrap when already wrapped."""
    if start > end:
        start, end = end, start
    if start == end:
        start, end = _word_at(text, start)
        if start == end:  # nowhere to apply it: insert an empty pair, cursor in the middle
            new = text[:start] + marker * 2 + text[start:]
            pos = start + len(marker)
            return Edit(new, pos, pos)
    start, end = _trim(text, start, end)
    n = len(marker)
    selected = text[start:end]
    if _has_marker(text, start, end, marker):
        new = text[: start - n] + selected + text[end + n:]
        return Edit(new, start - n, end - n)
    if len(selected) > 2 * n and selected.startswith(marker) and selected.endswith(marker):
        inner = selected[n:-n]
        if not inner.startswith("*") or marker != "*":
            return Edit(text[:start] + inner + text[end:], start, start + len(inner))
    if "\n" in selected:  # emphasis cannot span paragraphs: wrap each line on its own
        lines = [marker + line.strip() + marker if line.strip() else line
                 for line in selected.split("\n")]
        out = "\n".join(lines)
        return Edit(text[:start] + out + text[end:], start, start + len(out))
    out = marker + selected + marker
    return Edit(text[:start] + out + text[end:], start + n, start + n + len(selected))


def normalise_url(url: str) -> str:
    """``example.org`` -> ``https://example.org``; mail addresses become ``mailto:`` links."""
    url = url.strip()
    if not url:
        return ""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url):
        return url
    if "@" in url and "/" not in url:
        return "mailto:" + url
    return "https://" + url


def link(text: str, start: int, end: int, url: str) -> Edit:
    """Turn the selection into ``[selection](url)``; with no selection the URL is the text."""
    if start > end:
        start, end = end, start
    start, end = _trim(text, start, end) if start != end else (start, end)
    label = text[start:end].replace("\n", " ") or url
    out = f"[{label}]({url})"
    return Edit(text[:start] + out + text[end:], start + len(out), start + len(out))


def _line_span(text: str, start: int, end: int) -> tuple[int, int]:
    first = text.rfind("\n", 0, start) + 1
    if end > start and end > 0 and text[end - 1] == "\n":
        end -= 1  # a selection ending at the start of a line leaves that line alone
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def bullets(text: str, start: int, end: int) -> Edit:
    """Make the selected lines a bulleted list, or plain lines again when they already are."""
    if start > end:
        start, end = end, start
    first, last = _line_span(text, start, end)
    lines = text[first:last].split("\n")
    filled = [line for line in lines if line.strip()]
    if filled and all(_BULLET.match(line) for line in filled):
        lines = [_BULLET.sub(r"\1", line, count=1) for line in lines]
    else:
        lines = [
            line if _BULLET.match(line) or (not line.strip() and len(lines) > 1) else "- " + line
            for line in lines
        ]
    out = "\n".join(lines)
    new = text[:first] + out + text[last:]
    if start == end and len(lines) == 1:  # a single line: keep typing at its end
        return Edit(new, first + len(out), first + len(out))
    return Edit(new, first, first + len(out))


def footnote(text: str, start: int, end: int) -> Edit:
    """Insert the next note marker ``[^n]`` after the selection and its definition at the end.

    The cursor ends in the definition, ready for the note's text.
    """
    pos = max(start, end)
    used = [int(m) for m in _FOOTNOTE_LABEL.findall(text)]
    n = max(used, default=0) + 1
    marker = f"[^{n}]"
    body = text[:pos] + marker + text[pos:]
    body = body.rstrip("\n")
    new = f"{body}\n\n{marker}: " if body.strip() else f"{marker}\n\n{marker}: "
    return Edit(new, len(new), len(new))


class MarkdownEditor(QWidget):
    """``BoundPlainTextEdit`` + toolbar (Bold, Italic, Link, List, Footnote) + hint + count.

    The editor itself is ``self.edit`` (the focus proxy, so a label's buddy may be either).
    """

    def __init__(self, session: Session, path: FieldPath | None, label: str,
                 parent: QWidget | None = None, *, lines: int = 5,
                 show_count: bool = True) -> None:
        super().__init__(parent)
        self.session = session
        self.label = label
        self.edit = BoundPlainTextEdit(session, path, label, self)
        self.edit.setMinimumHeight(line_height(self.edit) * lines)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.actions_by_name: dict[str, QAction] = {}
        for name, text, tip, keys, handler in self._action_specs():
            action = QAction(text, self)
            action.setObjectName(f"markdown-{name}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})")
            action.triggered.connect(handler)
            self.addAction(action)
            self.actions_by_name[name] = action
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            # Reached by their shortcuts; keeping them out of the Tab chain keeps forms quick.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(tip)
            button.setAccessibleDescription(action.toolTip())
            if name in ("bold", "italic"):
                font = button.font()
                font.setBold(name == "bold")
                font.setItalic(name == "italic")
                button.setFont(font)
            bar.addWidget(button)
        bar.addStretch(1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("markdownCount")
        # Wraps ("Words:" above the number) rather than widen the form in a narrow window,
        # where the words of some languages are longer than the English ones.
        self.count_label.setWordWrap(True)
        self.count_label.setVisible(show_count)
        bar.addWidget(self.count_label)

        self.hint = hint_label(self.tr(
            "Markdown: **bold**, *italic*, [link](https://…), - list, footnotes[^1]"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(200)
        self._count_timer.timeout.connect(self._update_count)
        # The document, not the text box: a bound field refreshes itself (open, undo, another
        # item chosen) with the box's signals blocked, and the count must follow that too.
        self.edit.document().contentsChanged.connect(self._count_timer.start)
        self._update_count()

    def _action_specs(self) -> list[tuple[str, str, str, str, Callable[[], None]]]:
        return [
            ("bold", self.tr("B"), self.tr("Bold"), "Ctrl+B", self.make_bold),
            ("italic", self.tr("I"), self.tr("Italic"), "Ctrl+I", self.make_italic),
            ("link", self.tr("Link…"), self.tr("Insert link"), "Ctrl+K", self.insert_link),
            ("list", self.tr("• List"), self.tr("Bulleted list"), "Ctrl+Shift+8",
             self.make_list),
            ("footnote", self.tr("Note¹"), self.tr("Footnote"), "Ctrl+Alt+F",
             self.insert_footnote),
        ]

    # -- binding ----------------------------------------------------------------------------
    @property
    def path(self) -> FieldPath | None:
        return self.edit.binding.path

    def bind(self, path: FieldPath | None) -> None:
        self.edit.bind(path)
        self._update_count()

    def text(self) -> str:
        return self.edit.toPlainText()

    # -- the actions ------------------------------------------------------------------------
    def make_bold(self) -> None:
        self._apply(lambda t, s, e: wrap(t, s, e, "**"), self.tr("Bold"))

    def make_italic(self) -> None:
        self._apply(lambda t, s, e: wrap(t, s, e, "*"), self.tr("Italic"))

    def make_list(self) -> None:
        self._apply(bullets, self.tr("Bulleted list"))

    def insert_footnote(self) -> None:
        self._apply(footnote, self.tr("Footnote"))

    def insert_link(self) -> None:
        if not self._editable():
            return
        url, ok = QInputDialog.getText(
            self, self.tr("Insert link"),
            self.tr("Web address (https://…) or e-mail address:"), text="https://")
        url = normalise_url(url) if ok else ""
        if url in ("", "https://", "http://"):
            return
        self._apply(lambda t, s, e: link(t, s, e, url), self.tr("Insert link"))

    def _editable(self) -> bool:
        return self.path is not None and self.edit.isEnabled() and not self.edit.isReadOnly()

    def _apply(self, operation: Callable[[str, int, int], Edit], undo_text: str) -> None:
        """Run ``operation`` on the text and selection; the result is one undo step."""
        if not self._editable() or self.path is None:
            return
        cursor = self.edit.textCursor()
        result = operation(self.edit.toPlainText(), cursor.selectionStart(),
                           cursor.selectionEnd())
        # No merge key: a formatting step never folds into the typing around it.
        self.session.set_value(self.path, result.text, fill(self.tr("%1 in %2"),
                                                             undo_text, self.label))
        cursor = self.edit.textCursor()
        length = len(self.edit.toPlainText())
        cursor.setPosition(min(result.start, length))
        cursor.setPosition(min(result.end, length), QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_count(self) -> None:
        if not self.count_label.isVisible() and self.count_label.isHidden():
            return
        words = word_count(self.edit.toPlainText())
        self.count_label.setText(fill(self.tr("Words: %1"), words))

    # -- keyboard ----------------------------------------------------------------------------
    # (Undo and Redo in the text box already go to the brief's history: see bound.py.)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and self._is_own_shortcut(event)):
            # The text box would take Ctrl+K ("delete to end of line") on some systems.
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _is_own_shortcut(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(a.shortcut().matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for a in self.actions_by_name.values())
