"""Small helpers the step pages share: labelled rows, hints, the UI language, sizes by font."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.model import FieldPath

#: UI languages the catalogues carry labels for; anything else falls back to English.
CATALOGUE_LANGUAGES = ("en", "fr", "es")


def translate(context: str, text: str) -> str:
    """Translate ``text`` outside a QObject method (Qt Linguist extracts these too)."""
    return QCoreApplication.translate(context, text)


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A visible label with a mnemonic (``&Name``) that puts the focus in ``buddy``.

    Screen readers get the label text as the buddy's accessible name when it has none yet.
    """
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if not buddy.accessibleName():
        buddy.setAccessibleName(spoken_label(text))
    return label


def spoken_label(text: str) -> str:
    """A visible label as a screen reader should say it: "&Priorities:" -> "Priorities"."""
    return text.replace("&", "").strip().rstrip(":：").strip()


def add_row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
    """Add ``field`` to ``form`` under a mnemonic label that focuses ``buddy`` (or ``field``)."""
    label = buddy_label(text, buddy if buddy is not None else field)
    form.addRow(label, field)
    return label


def group_box(title: str, layout: QLayout) -> QGroupBox:
    """A titled box around ``layout`` (filled already, or filled later).

    The fields sit in a plain widget inside the box, not in the box itself: Qt tells
    screen readers that a field whose parent is a group box is labelled by the box's title
    ("Contact person" heard as "Contact"), besides or before its own label.
    """
    box = QGroupBox(title)
    inner = QWidget(box)
    inner.setLayout(layout)
    outer = QVBoxLayout(box)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(inner)
    return box


def new_form() -> QFormLayout:
    """A form whose fields grow with the window and whose labels sit above on narrow widths."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    return form


def hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A wrapped, quieter line of help under a field."""
    label = QLabel(text, parent)
    label.setObjectName("fieldHint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    # Quieter than body text but still readable (about 7:1 on the usual light or dark
    # backgrounds); the placeholder colour would fall below the 4.5:1 that small text needs.
    palette = label.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    mixed = QColor.fromRgbF(*(0.7 * t + 0.3 * w for t, w in zip(
        text.getRgbF()[:3], back.getRgbF()[:3], strict=True)))
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    return label


def line_height(widget: QWidget) -> int:
    """The height of one line of text in ``widget``'s font (scales with DPI and font size)."""
    return widget.fontMetrics().lineSpacing()


def text_width(widget: QWidget, chars: int) -> int:
    """The width of ``chars`` average characters in ``widget``'s font."""
    return widget.fontMetrics().averageCharWidth() * chars


def ui_language(settings: Any = None) -> str:
    """The language for catalogue labels in the UI: the chosen UI language, else the system's."""
    chosen = str(getattr(settings, "ui_language", "") or "") if settings is not None else ""
    lang = chosen or QLocale().name().split("_")[0]
    return lang if lang in CATALOGUE_LANGUAGES else "en"


def elide(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis (at a word break
    when there is one near the end)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + "…"


_FSI, _PDI = "\u2068", "\u2069"  # Unicode first-strong isolate ... pop directional isolate


def bidi_isolate(text: str) -> str:
    """In a right-to-left UI, let ``text``'s own words decide its direction.

    Labels such as "1. End child detention" start with a number, which takes the direction
    of the UI: mirrored, English words would read "End child detention .1".  Isolated, an
    English label reads left to right and an Arabic one right to left, both aligned to the
    right.  Left-to-right UIs get the text unchanged.
    """
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return f"{_FSI}{text}{_PDI}"


def field_editor(container: QWidget, path: FieldPath) -> QWidget | None:
    """The control in ``container`` that edits ``path``, found from the fields the widgets
    were made for (each widget that edits a field answers ``edited_field() -> (path, focus
    target)``; see ``edits_field``), so a page never lists its field paths a second time.

    Any list in ``container`` that ``path`` points into first selects that item (its detail
    form then edits it).  Then: the widget for exactly ``path``; else the first one for a
    field inside it (a group such as ``("organisation", "contact")`` or a list item focuses
    its first field); else the one for the longest field that contains ``path``.
    """
    widgets = container.findChildren(QWidget)
    for widget in widgets:
        select_for = getattr(widget, "select_for", None)
        if callable(select_for):
            select_for(path)
    path = tuple(path)
    inside: QWidget | None = None
    around: QWidget | None = None
    around_length = 0
    for widget in widgets:
        edited = getattr(widget, "edited_field", None)
        if not callable(edited):
            continue
        field, target = edited()
        field = tuple(field or ())
        if not field:
            continue
        if field == path:
            return target
        if inside is None and field[: len(path)] == path:
            inside = target
        elif path[: len(field)] == field and len(field) > around_length:
            around, around_length = target, len(field)
    return inside if inside is not None else around


def edits_field(widget: QWidget, path: FieldPath) -> None:
    """Say that ``widget`` (not a bound widget) edits the field at ``path``."""
    widget.edited_field = lambda: (path, widget)  # type: ignore[attr-defined]


def show_and_focus(scroll_area: QScrollArea | None, widget: QWidget) -> bool:
    """Scroll ``widget`` into view and put the keyboard focus in it."""
    if scroll_area is not None:
        scroll_area.ensureWidgetVisible(widget)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


class FieldHint(QLabel):
    """A live remark under a bound field ("Not a date: write 2026-05-12, ..."), hidden when fine.

    ``check(value)`` returns the remark or "".  The remark also becomes the field's
    accessible description, so screen reader users hear it.
    """

    def __init__(self, field: QWidget, check: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldProblem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._field = field
        self._check = check
        binding = getattr(field, "binding", None)
        if binding is not None:
            binding.session.changed.connect(self._on_changed)
            binding.session.reset.connect(self.update_hint)
        self.update_hint()

    def _on_changed(self, _path: object) -> None:
        self.update_hint()

    def update_hint(self) -> None:
        binding = getattr(self._field, "binding", None)
        value = binding.current() if binding is not None else None
        message = self._check(str(value)) if isinstance(value, str) and value.strip() else ""
        self.setText(message)
        self.setVisible(bool(message))
        self._field.setAccessibleDescription(message)


def compact_combo(combo: QComboBox, chars: int = 16) -> None:
    """Let a combo box with long entries shrink with the window instead of forcing its width."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)


def show_start(combo: QComboBox) -> None:
    """Show the beginning of a long text in an editable combo box, not its end."""
    line = combo.lineEdit()
    if line is not None:
        line.setCursorPosition(0)
