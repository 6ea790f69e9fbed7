"""The template gallery: every template pack as a card with page 1 of the current brief printed
with it, its details, and what can be done with it (use, customise, open in the workshop,
revert, rename, delete, export; import a pack file)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QImage, QKeyEvent, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.errors import TemplateError
from briefwriter.core.model import FieldPath
from briefwriter.gui import jobs
from briefwriter.gui.context import AppContext
from briefwriter.gui.dialogs import show_single
from briefwriter.gui.i18n import fill
from briefwriter.gui.pack_dialogs import (
    TEMPLATE_NAME,
    TEMPLATES_LANE,
    PackActions,
    pack_facts,
    pack_origin,
    pack_summary,
)
from briefwriter.gui.thumbnails import THUMBNAIL_WIDTH, Thumbnailer
from briefwriter.gui.widgets.forms import bidi_isolate, elide, hint_label, new_form
from briefwriter.render.templates import TemplatePack, scan_templates

COLUMNS = 3
THUMBNAIL_HEIGHT = round(THUMBNAIL_WIDTH * 297 / 210)  # an A4 page until the real one comes


class PackCard(QFrame):
    """One pack: its thumbnail, title and a line of facts.  Focusable; Enter or a double
    click chooses it, the arrow keys move to the neighbouring cards."""

    focused = Signal(object)  # the card
    chosen = Signal(object)
    moved = Signal(object, int)  # the card, the key

    def __init__(self, pack: TemplatePack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.setObjectName("packCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(pack_summary(pack))
        self.setAccessibleDescription(pack.description)
        self.setToolTip(pack.description + (f"\n\n{pack.note}" if pack.note else ""))
        layout = QVBoxLayout(self)
        self.thumbnail = QLabel(self.tr("Printing your brief…"))
        self.thumbnail.setFixedSize(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setAccessibleName(fill(self.tr("Thumbnail of %1"), pack.title))
        self.thumbnail.setAccessibleDescription(fill(self.tr(
            "Page 1 of your brief printed with “%1” is being made."), pack.title))
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignHCenter)
        title = QLabel(bidi_isolate(pack.title))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        layout.addWidget(title)
        facts = [pack_origin_label(pack)]
        if pack.page_limit:
            facts.append(fill(self.tr("%1 pages at most"), pack.page_limit)
                         if pack.page_limit > 1 else self.tr("1 page"))
        self.facts = hint_label(" · ".join(facts))
        layout.addWidget(self.facts)
        self.failure = ""
        self.set_current(False)

    def set_image(self, image: QImage) -> None:
        self.failure = ""
        self.thumbnail.setPixmap(QPixmap.fromImage(image))
        self.thumbnail.setAccessibleDescription(fill(self.tr(
            "Page 1 of your brief printed with “%1”."), self.pack.title))

    def set_failure(self, message: str) -> None:
        self.failure = message
        self.thumbnail.setPixmap(QPixmap())
        self.thumbnail.setText(fill(self.tr("Could not print your brief:\n%1"),
                                    elide(message, 160)))
        self.thumbnail.setAccessibleDescription(fill(self.tr(
            "Your brief could not be printed with “%1”: %2"), self.pack.title, message))

    def has_image(self) -> bool:
        pixmap = self.thumbnail.pixmap()
        return pixmap is not None and not pixmap.isNull()

    def set_current(self, current: bool) -> None:
        # The chosen card is drawn raised, the others flat; focus adds Qt's own focus frame.
        self.setFrameShadow(QFrame.Shadow.Raised if current else QFrame.Shadow.Plain)
        self.setLineWidth(3 if current else 1)

    # -- input ---------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.chosen.emit(self)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.chosen.emit(self)
            event.accept()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                     Qt.Key.Key_Home, Qt.Key.Key_End):
            self.moved.emit(self, key)
            event.accept()
        else:
            super().keyPressEvent(event)


def pack_origin_label(pack: TemplatePack) -> str:
    return pack_facts(pack)[-1][1]


class GalleryDialog(QDialog):
    """The gallery for one window's brief.  ``listed`` fires when the cards have been made
    (again) from a fresh listing of the packs."""

    listed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.setWindowTitle(self.tr("Template Gallery"))
        self.setObjectName("templateGallery")
        self.cards: list[PackCard] = []
        self.current: PackCard | None = None
        self._select_after: str | None = None  # a pack folder to make current when listed
        self.problems: list[TemplateError] = []
        self.actions = PackActions(ctx, self)
        self.actions.changed.connect(self._on_pack_changed)
        self.thumbnails = Thumbnailer(ctx.session, ctx.render, self)
        self.thumbnails.ready.connect(self._on_thumbnail)
        self.thumbnails.failed.connect(self._on_thumbnail_failed)

        outer = QVBoxLayout(self)
        outer.addWidget(hint_label(self.tr(
            "Each template is shown printing the first page of your brief. Use the arrow keys "
            "to move between them and Enter to use one for this brief.")))
        body = QHBoxLayout()
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.status = QLabel(self.tr("Looking for templates…"))
        self.grid.addWidget(self.status, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_widget)
        scroll.setAccessibleName(self.tr("Templates"))
        # Not a Tab stop of its own (a screen reader hears a nameless "filler"): the cards
        # take the focus, and the area scrolls to the card that has it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll = scroll
        body.addWidget(scroll, 3)
        body.addWidget(self._details(), 1)
        outer.addLayout(body, 1)
        self.broken = hint_label()
        self.broken.hide()
        outer.addWidget(self.broken)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("&Import Template Pack…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.actions.import_pack)
        self.reload_button = buttons.addButton(self.tr("Re&load"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.clicked.connect(self.reload)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(THUMBNAIL_WIDTH * (COLUMNS + 2) + 160, THUMBNAIL_HEIGHT * 2 + 200)

        self.session.changed.connect(self._on_brief_changed)
        self.session.reset.connect(self._mark_chosen)
        self.finished.connect(lambda _result: self.thumbnails.stop())
        self._update_details()
        self.reload()

    def _details(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.detail_title = QLabel()
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.detail_title.setFont(font)
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        self.detail_description = QLabel()
        self.detail_description.setWordWrap(True)
        self.detail_description.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail_description)
        self.detail_form = new_form()
        self.detail_rows: list[tuple[QLabel, QLabel]] = []  # made for the first pack shown
        layout.addLayout(self.detail_form)
        self.detail_note = hint_label()
        layout.addWidget(self.detail_note)

        def button(text: str, slot: object, tip: str = "") -> QPushButton:
            made = QPushButton(text)
            made.setToolTip(tip)
            made.clicked.connect(slot)
            made.setAutoDefault(False)
            layout.addWidget(made)
            return made

        self.use_button = button(self.tr("&Use for This Brief"), self.choose_current)
        self.customise_button = button(
            self.tr("&Customise…"), lambda: self._act("customise"),
            self.tr("Copy this template into your template folder under a new name and "
                    "change it in the workshop"))
        self.workshop_button = button(self.tr("Open in &Workshop"), lambda: self._act("open"))
        self.revert_button = button(self.tr("Re&vert…"), lambda: self._act("revert"),
                                    self.tr("Put back the files of the template this one is "
                                            "based on"))
        self.rename_button = button(self.tr("Rena&me…"), lambda: self._act("rename"))
        self.delete_button = button(self.tr("&Delete…"), lambda: self._act("delete"))
        self.export_button = button(self.tr("E&xport…"), lambda: self._act("export"),
                                    self.tr("Save this template as a file to share"))
        layout.addStretch(1)
        return panel

    # -- listing ---------------------------------------------------------------------------
    def reload(self) -> None:
        """List the packs again in the background; the cards are made when they are read."""
        jobs.Job(self, scan_templates, lane=TEMPLATES_LANE).newest_wins() \
            .success(self._on_listed).run()

    def _on_listed(self, found: tuple[list[TemplatePack], list[TemplateError]]) -> None:
        packs, self.problems = found
        keep = self._select_after or (
            str(self.current.pack.folder) if self.current is not None else None)
        self._select_after = None
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self.current = None
        self.status.setVisible(not packs)
        self.status.setText(self.tr("No templates found."))
        for index, pack in enumerate(packs):
            card = PackCard(pack, self.grid_widget)
            card.focused.connect(self._on_card_focused)
            card.chosen.connect(self._on_card_chosen)
            card.moved.connect(self._on_card_moved)
            self.grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards.append(card)
        if self.problems:
            self.broken.setText(fill(self.tr(
                "Some folders in your template folder could not be read as templates: %1"),
                "; ".join(elide(str(p), 120) for p in self.problems[:5])))
        self.broken.setVisible(bool(self.problems))
        self._mark_chosen()
        start = next((c for c in self.cards if str(c.pack.folder) == keep), None) or next(
            (c for c in self.cards if c.pack.name == self.session.brief.template.name), None)
        self._set_current(start or (self.cards[0] if self.cards else None))
        if self.current is not None and self.isActiveWindow():
            self.current.setFocus(Qt.FocusReason.OtherFocusReason)
        self.thumbnails.request([str(card.pack.folder) for card in self.cards])
        self.listed.emit()

    def card_for(self, name: str) -> PackCard | None:
        return next((c for c in self.cards if c.pack.name == name and not c.pack.note), None)

    # -- thumbnails ------------------------------------------------------------------------
    def _card_at(self, folder: str) -> PackCard | None:
        return next((c for c in self.cards if str(c.pack.folder) == folder), None)

    def _on_thumbnail(self, folder: str, image: QImage) -> None:
        card = self._card_at(folder)
        if card is not None:
            card.set_image(image)
            if card is self.current:
                self._update_details()

    def _on_thumbnail_failed(self, folder: str, message: str) -> None:
        card = self._card_at(folder)
        if card is not None:
            card.set_failure(message)
            if card is self.current:
                self._update_details()

    # -- the current card -------------------------------------------------------------------
    def _set_current(self, card: PackCard | None) -> None:
        self.current = card
        self._update_details()

    def _on_card_focused(self, card: PackCard) -> None:
        self._set_current(card)
        self.scroll.ensureWidgetVisible(card)

    def _on_card_moved(self, card: PackCard, key: int) -> None:
        index = self.cards.index(card)
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -COLUMNS,
                Qt.Key.Key_Down: COLUMNS}
        if key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = len(self.cards) - 1
        else:
            move = step[Qt.Key(key)]
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and abs(move) == 1:
                move = -move  # the grid is mirrored: Right goes to the previous card
            target = index + move
        if 0 <= target < len(self.cards):
            self.cards[target].setFocus(Qt.FocusReason.TabFocusReason)

    def _on_card_chosen(self, card: PackCard) -> None:
        self._set_current(card)
        self.choose_current()

    def choose_current(self) -> None:
        """Use the current card's pack for the brief (one undoable edit)."""
        card = self.current
        if card is None or card.pack.note:
            return
        if self.session.brief.template.name != card.pack.name:
            self.session.set_value(TEMPLATE_NAME, card.pack.name, self.tr("Choose template"))

    def _on_brief_changed(self, path: FieldPath) -> None:
        if path[:2] == TEMPLATE_NAME or path == ("template",):
            self._mark_chosen()

    def _mark_chosen(self) -> None:
        chosen = self.session.brief.template.name
        for card in self.cards:
            card.set_current(card.pack.name == chosen and not card.pack.note)
        self._update_details()

    def _update_details(self) -> None:
        card = self.current
        buttons = (self.use_button, self.customise_button, self.workshop_button,
                   self.revert_button, self.rename_button, self.delete_button,
                   self.export_button)
        if card is None:
            self.detail_title.setText("")
            self.detail_description.setText("")
            for label, value in self.detail_rows:
                label.setText("")
                value.setText("")
            for each in buttons:
                each.setEnabled(False)
            return
        pack = card.pack
        self.detail_title.setText(bidi_isolate(pack.title))
        self.detail_description.setText(pack.description)
        facts = pack_facts(pack)
        while len(self.detail_rows) < len(facts):
            label, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.detail_form.addRow(label, value)
            self.detail_rows.append((label, value))
        for (label, value), (label_text, value_text) in zip(self.detail_rows, facts,
                                                            strict=False):
            label.setText(label_text)
            value.setText(bidi_isolate(value_text))
        notes = [n for n in (pack.note, card.failure) if n]
        self.detail_note.setText("\n".join(notes))
        chosen = self.session.brief.template.name == pack.name
        origin = pack_origin(pack)
        mine = origin != "bundled"
        self.use_button.setEnabled(not pack.note and not chosen)
        self.use_button.setText(self.tr("In Use for This Brief") if chosen and not pack.note
                                else self.tr("&Use for This Brief"))
        self.customise_button.setEnabled(True)
        self.workshop_button.setEnabled(True)
        self.workshop_button.setText(self.tr("Open in &Workshop (Read Only)") if not mine
                                     else self.tr("Open in &Workshop"))
        self.revert_button.setEnabled(origin == "own")
        self.rename_button.setEnabled(mine)
        self.delete_button.setEnabled(mine)
        self.export_button.setEnabled(True)

    def _act(self, what: str) -> None:
        card = self.current
        if card is None:
            return
        pack = card.pack
        taken = {c.pack.name for c in self.cards}
        if what == "customise":
            self.actions.customise(pack, taken)
        elif what == "open":
            self.actions.open_workshop(pack)
        elif what == "revert":
            self.actions.revert(pack)
        elif what == "rename":
            self.actions.rename(pack, taken)
        elif what == "delete":
            self.actions.delete(pack)
        elif what == "export":
            self.actions.export(pack)

    def _on_pack_changed(self, folder: str) -> None:
        self.thumbnails.forget(folder)
        self._select_after = folder  # the pack just made or changed (gone: the first)
        self.reload()


def open_gallery(ctx: AppContext, parent: QWidget) -> GalleryDialog:
    """Show the gallery of ``parent``'s window (the one already open is raised)."""
    return show_single(parent, GalleryDialog, lambda window: GalleryDialog(ctx, window))
