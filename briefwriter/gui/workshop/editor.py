"""The workshop's code editor: line numbers, the current line marked, a monospace font, Tab
as spaces, and a find and replace bar (next, previous, replace, replace all, match case)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

TAB_SPACES = 2  # the bundled templates indent by two
CURRENT_LINE = QColor("#eef3fb")
GUTTER_BACKGROUND = QColor("#f3f3f3")
GUTTER_TEXT = QColor("#6b6b6b")


class _Gutter(QWidget):
    """The line numbers beside the editor (painted by the editor)."""

    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_gutter(event)


class CodeEditor(QPlainTextEdit):
    """A plain-text editor for template files.  Each open file has its own ``QTextDocument``
    (and so its own undo history); ``show_document`` puts one in the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * TAB_SPACES)
        self.setAccessibleName(self.tr("File text"))
        # The syntax colours are chosen for dark text on white: keep that paper under a
        # dark desktop theme too, as the preview's pages do.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#1d1d1d"))
        self.setPalette(palette)
        self.gutter = _Gutter(self)
        self.blockCountChanged.connect(self._update_gutter_width)
        self.updateRequest.connect(self._update_gutter)
        self.cursorPositionChanged.connect(self._mark_current_line)
        self._update_gutter_width()
        self._mark_current_line()

    # -- documents -------------------------------------------------------------------------
    def show_document(self, document: QTextDocument, *, read_only: bool) -> None:
        self.setDocument(document)
        self.setReadOnly(read_only)
        self._update_gutter_width()
        self._mark_current_line()

    def go_to(self, line: int, column: int = 1) -> None:
        """Put the cursor at ``line`` and ``column`` (counted from 1, clamped to the text)."""
        block = self.document().findBlockByNumber(max(0, min(line, self.blockCount()) - 1))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.MoveAnchor,
                            max(0, min(column - 1, block.length() - 1)))
        self.setTextCursor(cursor)
        self.centerCursor()

    def cursor_place(self) -> tuple[int, int]:
        """(line, column) of the cursor, counted from 1."""
        cursor = self.textCursor()
        return cursor.blockNumber() + 1, cursor.positionInBlock() + 1

    # -- typing ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Tab types spaces, so Ctrl+Tab and Ctrl+Shift+Tab are the keyboard's way out.
            # (QPlainTextEdit's own focusNextPrevChild refuses while Tab types.)
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            return
        if event.key() == Qt.Key.Key_Tab and not event.modifiers() and not self.isReadOnly():
            column = self.textCursor().positionInBlock()
            self.insertPlainText(" " * (TAB_SPACES - column % TAB_SPACES))
            return
        super().keyPressEvent(event)

    # -- the gutter and the current line ------------------------------------------------------
    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * max(3, digits)

    def _update_gutter_width(self, *_args: object) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _update_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.gutter.setGeometry(QRect(area.left(), area.top(), self.gutter_width(),
                                      area.height()))

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        painter.fillRect(event.rect(), GUTTER_BACKGROUND)
        painter.setPen(GUTTER_TEXT)
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                painter.drawText(0, top, self.gutter.width() - 6, height,
                                 Qt.AlignmentFlag.AlignRight, str(block.blockNumber() + 1))
            block = block.next()
            top = bottom
        painter.end()

    def _mark_current_line(self) -> None:
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(CURRENT_LINE)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = self.textCursor()
        selection.cursor.clearSelection()
        self.setExtraSelections([selection])

    # -- finding -----------------------------------------------------------------------------
    def find_text(self, text: str, *, backwards: bool = False, match_case: bool = False) -> bool:
        """Select the next (or previous) ``text``, wrapping around; False when there is none."""
        if not text:
            return False
        flags = QTextDocument.FindFlag(0)
        if backwards:
            flags |= QTextDocument.FindFlag.FindBackward
        if match_case:
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.find(text, flags):
            return True
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if backwards
                            else QTextCursor.MoveOperation.Start)
        found = self.document().find(text, cursor, flags)
        if found.isNull():
            return False
        self.setTextCursor(found)
        return True

    def _selection_matches(self, text: str, match_case: bool) -> bool:
        chosen = self.textCursor().selectedText()
        return chosen == text if match_case else chosen.casefold() == text.casefold()

    def replace_one(self, text: str, replacement: str, *, match_case: bool = False) -> bool:
        """Replace the selected match (finding one first if none is selected), then find the
        next.  False when there was nothing to replace."""
        if self.isReadOnly() or not text:
            return False
        if not self._selection_matches(text, match_case) and \
                not self.find_text(text, match_case=match_case):
            return False
        self.textCursor().insertText(replacement)
        self.find_text(text, match_case=match_case)
        return True

    def replace_all(self, text: str, replacement: str, *, match_case: bool = False) -> int:
        """Replace every ``text`` as one undo step; how many were replaced."""
        if self.isReadOnly() or not text:
            return 0
        flags = QTextDocument.FindFlag.FindCaseSensitively if match_case \
            else QTextDocument.FindFlag(0)
        document = self.document()
        edit = QTextCursor(document)
        edit.beginEditBlock()
        count = 0
        found = document.find(text, 0, flags)
        while not found.isNull():
            found.insertText(replacement)
            count += 1
            found = document.find(text, found.position(), flags)
        edit.endEditBlock()
        return count


class FindBar(QWidget):
    """Find and replace for a ``CodeEditor``; Esc closes it and gives the editor the keys."""

    closed = Signal()

    def __init__(self, editor: CodeEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.find_edit = QLineEdit(self)
        self.find_edit.setAccessibleName(self.tr("Find"))
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setAccessibleName(self.tr("Replace with"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        find_label = QLabel(self.tr("Fi&nd:"), self)
        find_label.setBuddy(self.find_edit)
        replace_label = QLabel(self.tr("Re&place:"), self)
        replace_label.setBuddy(self.replace_edit)
        self.match_case = QCheckBox(self.tr("Match &case"), self)
        self.next_button = self._button(self.tr("&Next"), self.find_next)
        self.previous_button = self._button(self.tr("Pre&vious"), self.find_previous)
        self.replace_button = self._button(self.tr("&Replace"), self.replace)
        self.replace_all_button = self._button(self.tr("Replace &All"), self.replace_all)
        self.close_button = self._button(self.tr("Close"), self.close_bar)
        self.close_button.setAccessibleName(self.tr("Close find bar"))
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Find result"))
        # Two rows, find above replace, so the bar fits beside a preview.
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setVerticalSpacing(2)
        for edit in (self.find_edit, self.replace_edit):
            edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("m") * 12)
        rows = ((find_label, self.find_edit, self.next_button, self.previous_button,
                 self.match_case, self.close_button),
                (replace_label, self.replace_edit, self.replace_button,
                 self.replace_all_button, self.status))
        for row, widgets in enumerate(rows):
            for column, widget in enumerate(widgets):
                layout.addWidget(widget, row, column)
        layout.setColumnStretch(1, 1)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace)
        self.hide()

    def _button(self, text: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(slot)
        return button

    def open_bar(self, *, replacing: bool) -> None:
        chosen = self.editor.textCursor().selectedText()
        if chosen and "\u2029" not in chosen:
            self.find_edit.setText(chosen)
        self.show()
        target = self.replace_edit if replacing and self.find_edit.text() else self.find_edit
        target.setFocus()
        target.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _say(self, found: bool) -> None:
        self.status.setText("" if found else self.tr("Not found"))

    def find_next(self) -> None:
        self._say(self.editor.find_text(self.find_edit.text(),
                                        match_case=self.match_case.isChecked()))

    def find_previous(self) -> None:
        self._say(self.editor.find_text(self.find_edit.text(), backwards=True,
                                        match_case=self.match_case.isChecked()))

    def replace(self) -> None:
        self._say(self.editor.replace_one(self.find_edit.text(), self.replace_edit.text(),
                                          match_case=self.match_case.isChecked()))

    def replace_all(self) -> None:
        count = self.editor.replace_all(self.find_edit.text(), self.replace_edit.text(),
                                        match_case=self.match_case.isChecked())
        self.status.setText(self.tr("%n replaced", "", count) if count
                            else self.tr("Not found"))
