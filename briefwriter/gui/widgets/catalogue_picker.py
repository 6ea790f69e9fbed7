"""Choosing from a suggestion catalogue (label + help) while always leaving room for own words.

- ``CataloguePicker``: one field holding a catalogue id or the person's own words (a process).
- ``CatalogueChecklist``: a list field of ids and own words, as tick boxes (audiences).
- ``CatalogueDialog``: pick one suggestion to add (a priority, an engagement aim).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.catalogues import CatalogueItem
from briefwriter.core.model import FieldPath
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session, paths_overlap
from briefwriter.gui.widgets.bound import BoundLineEdit
from briefwriter.gui.widgets.forms import (
    buddy_label,
    compact_combo,
    hint_label,
    line_height,
    text_width,
)

_OWN = "\x00own"  # the combo entry for "in your own words"


class CataloguePicker(QWidget):
    """A combo of catalogue labels plus "In your own words…", which reveals a text field.

    The field at ``path`` stores the chosen id, or the typed words.  The chosen item's help
    text is shown underneath.
    """

    def __init__(self, session: Session, path: FieldPath, label: str,
                 items: Sequence[CatalogueItem], lang: str, own_words_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.path = path
        self.items = list(items)
        self.lang = lang
        self._own_mode = False
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(label)
        compact_combo(self.combo)
        self.combo.addItem(self.tr("— Choose —"), "")
        for item in self.items:
            self.combo.addItem(item.label(lang), item.id)
            index = self.combo.count() - 1
            self.combo.setItemData(index, item.help(lang), Qt.ItemDataRole.ToolTipRole)
            self.combo.setItemData(index, item.help(lang),
                                   Qt.ItemDataRole.AccessibleDescriptionRole)
        self.combo.addItem(own_words_text, _OWN)
        self.combo.activated.connect(self._on_activated)
        self.own = BoundLineEdit(session, path, fill(self.tr("%1 in your own words"), label),
                                 self)
        self.own.setPlaceholderText(self.tr("Describe it in your own words"))
        self.help = hint_label("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.own)
        layout.addWidget(self.help)
        self.setFocusProxy(self.combo)
        session.changed.connect(self._on_changed)
        session.reset.connect(self._on_reset)
        self.refresh()

    def edited_field(self) -> tuple[FieldPath | None, QWidget]:
        return self.path, self.combo

    def _item(self, value: str) -> CatalogueItem | None:
        return next((i for i in self.items if i.id == value), None)

    def value(self) -> str:
        value = self.session.value(self.path)
        return value if isinstance(value, str) else ""

    def _on_reset(self) -> None:
        self._own_mode = False
        self.refresh()

    def _on_changed(self, changed: FieldPath) -> None:
        if paths_overlap(changed, self.path):
            self.refresh()

    def _on_activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == _OWN:
            self._own_mode = True
            if self._item(self.value()) is not None:
                # Leaving a suggestion for own words starts from an empty field.
                self.session.set_value(self.path, "",
                                       fill(self.tr("Edit %1"), self.own.binding.label))
            self.refresh()
            self.own.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._own_mode = False
        self.session.set_value(self.path, str(data),
                               fill(self.tr("Choose %1"), self.combo.accessibleName()))
        self.refresh()

    def refresh(self) -> None:
        value = self.value()
        item = self._item(value)
        own = item is None and (bool(value.strip()) or self._own_mode)
        with QSignalBlocker(self.combo):
            if item is not None:
                self.combo.setCurrentIndex(self.combo.findData(item.id))
            elif own:
                self.combo.setCurrentIndex(self.combo.findData(_OWN))
            else:
                self.combo.setCurrentIndex(0)
        self.own.setVisible(own)
        self.help.setText(item.help(self.lang) if item is not None else "")
        self.help.setVisible(item is not None)


class CatalogueChecklist(QWidget):
    """Tick the catalogue entries that apply; add and remove entries in your own words.

    The list field at ``list_path`` holds ids and own words in the order they were ticked.
    """

    def __init__(self, session: Session, list_path: FieldPath, label: str,
                 items: Sequence[CatalogueItem], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.list_path = list_path
        self.items = list(items)
        self.lang = lang
        self.label = label
        self.list = QListWidget(self)
        self.list.setAccessibleName(label)
        self.list.setMinimumHeight(line_height(self.list) * 7)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentRowChanged.connect(self._update_remove)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("e.g. Regional economic commissions"))
        self.entry.returnPressed.connect(self.add_own)
        self.entry_label = buddy_label(self.tr("Add your o&wn:"), self.entry, self)
        self.add_button = QPushButton(self.tr("A&dd"), self)
        self.add_button.setAccessibleName(self.tr("Add your own entry"))
        self.add_button.clicked.connect(self.add_own)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected own entry"))
        self.remove_button.clicked.connect(self.remove_current_own)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry_label)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.setFocusProxy(self.list)
        session.changed.connect(self._on_changed)
        session.reset.connect(self.refresh)
        self.refresh()

    def values(self) -> list[str]:
        value = self.session.value(self.list_path)
        return [str(v) for v in value] if isinstance(value, list) else []

    def _on_changed(self, changed: FieldPath) -> None:
        if paths_overlap(changed, self.list_path):
            self.refresh()

    def refresh(self) -> None:
        values = self.values()
        known = {i.id for i in self.items}
        current = self.list.currentRow()
        with QSignalBlocker(self.list):
            self.list.clear()
            for item in self.items:
                row = QListWidgetItem(item.label(self.lang))
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if item.id in values
                                  else Qt.CheckState.Unchecked)
                row.setToolTip(item.help(self.lang))
                row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.help(self.lang))
                self.list.addItem(row)
            for value in values:
                if value in known:
                    continue
                row = QListWidgetItem(fill(self.tr("%1 (your own)"), value))
                row.setData(Qt.ItemDataRole.UserRole, value)
                row.setData(Qt.ItemDataRole.UserRole + 1, True)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked)
                row.setToolTip(self.tr("Your own entry: untick it or press Remove to drop it."))
                self.list.addItem(row)
            if 0 <= current < self.list.count():
                self.list.setCurrentRow(current)
        self._update_remove()

    def _on_item_changed(self, row: QListWidgetItem) -> None:
        value = str(row.data(Qt.ItemDataRole.UserRole))
        on = row.checkState() == Qt.CheckState.Checked
        values = self.values()
        if on and value not in values:
            new = [*values, value]
        elif not on and value in values:
            new = [v for v in values if v != value]
        else:
            return
        text = fill(self.tr("Add %1") if on else self.tr("Remove %1"), self.label)
        self.session.set_value(self.list_path, new, text)

    def add_own(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        known = next((i.id for i in self.items if i.label(self.lang).casefold() ==
                      text.casefold()), None)
        value = known or text
        if value not in self.values():
            self.session.set_value(self.list_path, [*self.values(), value],
                                   fill(self.tr("Add %1"), self.label))
        self.entry.clear()

    def remove_current_own(self) -> None:
        row = self.list.currentItem()
        if row is None or not row.data(Qt.ItemDataRole.UserRole + 1):
            return
        value = str(row.data(Qt.ItemDataRole.UserRole))
        self.session.set_value(self.list_path, [v for v in self.values() if v != value],
                               fill(self.tr("Remove %1"), self.label))

    def edited_field(self) -> tuple[FieldPath | None, QWidget]:
        return self.list_path, self.list

    def select_for(self, path: FieldPath) -> None:
        """Make the row of the value ``path`` points at current (``("audience", 2)``)."""
        base = self.list_path
        if len(path) > len(base) and tuple(path[: len(base)]) == base \
                and isinstance(path[len(base)], int):
            self.select_value_at(path[len(base)])

    def select_value_at(self, index: int) -> None:
        """Make the row for the ``index``-th value of the list field current."""
        values = self.values()
        if not 0 <= index < len(values):
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == values[index]:
                self.list.setCurrentRow(row)
                return

    def _update_remove(self, *_args: object) -> None:
        row = self.list.currentItem()
        self.remove_button.setEnabled(bool(row and row.data(Qt.ItemDataRole.UserRole + 1)))


class CatalogueDialog(QDialog):
    """Pick one suggestion; its help is shown as you move through the list."""

    def __init__(self, parent: QWidget | None, title: str, intro: str,
                 items: Sequence[CatalogueItem], lang: str, used: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.items = list(items)
        self.lang = lang
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setMinimumSize(text_width(self.list, 72), line_height(self.list) * 12)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for item in self.items:
            text = item.label(lang)
            if item.id in used:
                text = fill(self.tr("%1 (already added)"), text)
            row = QListWidgetItem(text)
            row.setToolTip(item.help(lang))
            row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.help(lang))
            self.list.addItem(row)
        list_label = buddy_label(self.tr("&Suggestions:"), self.list, self)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.help.setMinimumHeight(line_height(self.help) * 3)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show_help)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.help)
        layout.addWidget(self.buttons)
        self.list.setCurrentRow(0)
        # Arrows to browse and Enter to add, at once: the dialog is for choosing from the list.
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_help(self, row: int) -> None:
        self.help.setText(self.items[row].help(self.lang) if 0 <= row < len(self.items) else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(row >= 0)

    def chosen(self) -> CatalogueItem | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    @staticmethod
    def choose(parent: QWidget | None, title: str, intro: str, items: Sequence[CatalogueItem],
               lang: str, used: Sequence[str] = ()) -> CatalogueItem | None:
        """Show the dialog modally; the chosen suggestion, or None when cancelled."""
        dialog = CatalogueDialog(parent, title, intro, items, lang, used)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.chosen()
            return None
        finally:
            dialog.deleteLater()
