"""The paper as text: what the preview's pages say, for screen readers and for reading
without the picture.

The text comes from the very PDF the preview shows (``QPdfDocument.getAllText``), so it says
what the paper says, page by page, each page under a "Page 2 of 5" line.  Lines the PDF broke
inside a sentence are joined again (``reflow``), so that a screen reader reads a sentence
whole rather than in the pieces the page width made.  Pages are read a
few at a time on the event loop's idle turns, so a long paper never holds up typing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from briefwriter.gui.i18n import fill

#: pages read per turn of the event loop (a page takes a few milliseconds)
PAGES_PER_TURN = 4


def reflow(text: str) -> str:
    """``text`` (a page's lines as the PDF gives them) with the lines that go on a sentence
    joined to the line before: a line that starts in lower case, or follows a line ending in
    a comma; a word hyphenated at the line end ("evidence-" "based") stays one word.
    Headings, list items and scripts without letter case keep their own lines."""
    out: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        before = out[-1] if out else ""
        if before and line and (line[0].islower() or before.endswith(",")):
            joint = "" if before.endswith("-") and before[-2:-1].isalpha() else " "
            out[-1] = before + joint + line
        else:
            out.append(line)
    return "\n".join(out).strip()


class PaperText(QTextBrowser):
    """A read-only text view of the paper on show; ``load(document)`` after each new one.

    ``textUpdated()`` is emitted once the text of a new document is in place.  The caret and
    the scroll position stay where they were, so a person reading keeps their place.
    """

    textUpdated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperText")
        self.setAccessibleName(self.tr("Paper as text"))
        self.setAccessibleDescription(self.tr(
            "The text of the preview, page by page. The arrow keys read it line by line."))
        self.setOpenLinks(False)
        # A caret to move with the keyboard: screen readers follow it line by line.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setPlaceholderText(self.tr("No preview yet."))
        self._document: QPdfDocument | None = None
        self._pages: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._read_some)

    def load(self, document: QPdfDocument) -> None:
        """Read the text of ``document`` (kept open by the caller until the next ``load``)."""
        self._document = document
        self._pages = []
        self._timer.start()

    def _read_some(self) -> None:
        document = self._document
        count = document.pageCount() if document is not None else 0
        if document is not None:
            for page in range(len(self._pages), min(len(self._pages) + PAGES_PER_TURN, count)):
                self._pages.append(document.getAllText(page).text())
        if len(self._pages) >= count:
            self._timer.stop()
            self._document = None
            self._show(self._pages)

    def _show(self, pages: list[str]) -> None:
        parts = []
        for number, text in enumerate(pages, start=1):
            parts.append(fill(self.tr("Page %1 of %2"), number, len(pages)) + "\n\n"
                         + reflow(text))
        position = self.textCursor().position()
        scroll = self.verticalScrollBar().value()
        self.setPlainText("\n\n".join(parts))
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())),
                           QTextCursor.MoveMode.MoveAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(scroll)
        self.textUpdated.emit()
