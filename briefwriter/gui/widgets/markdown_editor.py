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
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
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


def _emphasis_around(text: str, pos: int, marker: str) -> tuple[int, int] | None:
    """The text inside the ``marker`` emphasis that holds ``pos`` on its line, if any.

    Runs of stars on the line pair up in order (opening, closing); a run of three counts
    as both bold and italic.  An approximation of CommonMark, good enough to know whether
    the cursor is in bold (or italic) text as the person typed it.
    """
    first = text.rfind("\n", 0, pos) + 1
    last = text.find("\n", pos)
    last = len(text) if last < 0 else last
    runs = [m.span() for m in re.finditer(r"\*+", text[first:last])
            if m.end() - m.start() in (len(marker), 3)]
    for (_o_start, o_end), (c_start, _c_end) in zip(runs[0::2], runs[1::2], strict=False):
        if first + o_end <= pos <= first + c_start:
            return first + o_end, first + c_start
    return None


def _toggle_at_cursor(text: str, pos: int, marker: str) -> Edit | None:
    """Bold or italic at a cursor without selection, as in a word processor, or ``None``
    when the word at the cursor is to be wrapped.

    In an empty pair (``**|**``) the pair goes again; at the end of emphasised text the
    cursor steps out of it, so what is typed next is plain; inside emphasised text the
    emphasis is taken off; just after it the cursor steps back in; after a word or a space
    an empty pair is put in, ready for typing.
    """
    n = len(marker)
    left, right = pos, pos
    while left > 0 and text[left - 1] == "*":
        left -= 1
    while right < len(text) and text[right] == "*":
        right += 1
    if pos - left == n and right - pos == n:
        return Edit(text[:left] + text[right:], left, left)
    span = _emphasis_around(text, pos, marker)
    if span is not None:
        inner_start, inner_end = span
        if pos == inner_end:  # "**bold|**": end it, keep typing after it
            return Edit(text, pos + n, pos + n)
        inner = text[inner_start:inner_end]
        new = text[:inner_start - n] + inner + text[inner_end + n:]
        return Edit(new, pos - n, pos - n)
    if pos >= n and text[pos - n:pos] == marker:
        before = _emphasis_around(text, pos - n, marker)
        if before is not None and before[1] == pos - n:  # "**bold**|": back into it
            return Edit(text, pos - n, pos - n)
    start, end = _word_at(text, pos)
    if start == end or end == pos:  # not in a word: an empty pair, cursor in the middle
        new = text[:pos] + marker * 2 + text[pos:]
        return Edit(new, pos + n, pos + n)
    return None


def wrap(text: str, start: int, end: int, marker: str) -> Edit:
    """Wrap the selection in ``marker`` (unwrap when already wrapped); without a selection,
    toggle the emphasis at the cursor as a word processor does (see ``_toggle_at_cursor``)."""
    if start > end:
        start, end = end, start
    if start == end:
        toggled = _toggle_at_cursor(text, start, marker)
        if toggled is not None:
            return toggled
        start, end = _word_at(text, start)
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


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def footnote(text: str, start: int, end: int, note: str) -> Edit:
    """Put a footnote with the text ``note`` after the selection (or at the cursor).

    An inline note ``^[note]`` keeps the note beside the words it belongs to, wherever they
    are moved.  A note with unbalanced square brackets would end early there, so it becomes
    the next numbered note ``[^n]`` with its definition at the end of the text.  The cursor
    ends after the marker, ready to go on writing.
    """
    pos = max(start, end)
    note = " ".join(note.split())  # a note is one paragraph
    if _balanced(note):
        marker = f"^[{note}]"
        new = text[:pos] + marker + text[pos:]
        return Edit(new, pos + len(marker), pos + len(marker))
    used = [int(m) for m in _FOOTNOTE_LABEL.findall(text)]
    marker = f"[^{max(used, default=0) + 1}]"
    body = (text[:pos] + marker + text[pos:]).rstrip("\n")
    new = f"{body}\n\n{marker}: {note}"
    return Edit(new, pos + len(marker), pos + len(marker))


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
            "Markdown: **bold**, *italic*, [link](https://…), - list, footnote^[the note]"), self)
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
        """Ask for the note's text, then put the note at the cursor (one undo step)."""
        if not self._editable():
            return
        note = self._ask_footnote()
        if note:
            self._apply(lambda t, s, e: footnote(t, s, e, note), self.tr("Footnote"))

    def _ask_footnote(self) -> str:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Insert Footnote"))
        dialog.setLabelText(self.tr("&Text of the note (printed at the foot of the page):"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setOkButtonText(self.tr("&Insert"))
        dialog.setCancelButtonText(self.tr("&Cancel"))
        field = dialog.findChild(QLineEdit)
        if field is not None:
            field.setAccessibleName(self.tr("Text of the note"))
        metrics = self.fontMetrics()
        dialog.resize(metrics.averageCharWidth() * 70, dialog.sizeHint().height())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        note = dialog.textValue().strip() if accepted else ""
        dialog.deleteLater()
        return note

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
        # While Python's collector takes apart an editor that Qt has not deleted yet, its
        # text box still gets events (focus, child removal), but the editor has no
        # attributes left: nothing to filter then.
        edit = getattr(self, "edit", None)
        if edit is None:
            return False
        if (watched is edit and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and self._is_own_shortcut(event)):
            # The text box would take Ctrl+K ("delete to end of line") on some systems.
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def _is_own_shortcut(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(a.shortcut().matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for a in self.actions_by_name.values())
