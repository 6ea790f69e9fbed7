"""Step 10, Template and look: which template pack, accent colour, font, paper size, marks."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QIcon,
    QPixmap,
    QRegularExpressionValidator,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.brand import BrandError, BrandKit, house_look, read_kit_settings
from briefwriter.core.colours import contrast_with_white
from briefwriter.core.errors import TemplateError
from briefwriter.core.model import FieldPath
from briefwriter.gui import jobs
from briefwriter.gui.context import AppContext
from briefwriter.gui.i18n import fill
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.widgets.bound import BoundCheckBox, BoundChoiceCombo
from briefwriter.gui.widgets.forms import (
    add_row,
    bidi_isolate,
    buddy_label,
    edits_field,
    group_box,
    hint_label,
    line_height,
    new_form,
    translate,
)
from briefwriter.render.templates import TemplatePack, list_templates, user_templates_dir

LOOK: FieldPath = ("template", "look")
COLOUR: FieldPath = (*LOOK, "accent_colour")
_HEX_RE = re.compile(r"^#[0-9a-fA-F]{6}$")


def presets() -> list[tuple[str, str]]:
    """A few accent colours that read well on white paper: (name, "#rrggbb")."""
    return [
        (translate("LookPage", "Blue"), "#1d5c8c"),
        (translate("LookPage", "Teal"), "#00695c"),
        (translate("LookPage", "Green"), "#2e6b30"),
        (translate("LookPage", "Crimson"), "#a4262c"),
        (translate("LookPage", "Purple"), "#5c2d91"),
        (translate("LookPage", "Brown"), "#7a4a12"),
        (translate("LookPage", "Graphite"), "#3b3b3b"),
    ]


def swatch_icon(colour: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


TEMPLATES_LANE = "templates"


def _list_packs() -> list[TemplatePack]:
    try:
        return list_templates()
    except TemplateError:  # an unreadable user folder must not break the page
        return []


class LookPage(StepPage):
    step_id = "look"
    #: the templates were listed (again) and the list shows them
    templatesListed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.set_texts(self.tr("Template and look"), self.tr(
            "Choose how the paper looks. The preview shows the real PDF as you change things."))
        s = self.session
        self._packs: list[TemplatePack] | None = None  # None until the first listing

        self.templates = QListWidget()
        edits_field(self.templates, ("template",))
        self.templates.setWordWrap(True)
        self.templates.setMinimumHeight(line_height(self.templates) * 9)
        self.templates.setAccessibleName(self.tr("Template"))
        self.templates.currentItemChanged.connect(self._on_template_chosen)
        reload_button = QPushButton(self.tr("Re&load templates"))
        reload_button.clicked.connect(self.reload_templates)
        open_button = QPushButton(self.tr("&Open templates folder"))
        open_button.setToolTip(self.tr(
            "Put template packs shared by other organisations here, then press Reload."))
        open_button.clicked.connect(self.open_templates_folder)
        self.open_button = open_button
        self.gallery_button = QPushButton(self.tr("Template &Gallery…"))
        self.gallery_button.setToolTip(self.tr(
            "See each template print your brief; customise, import or share templates."))
        self.gallery_button.clicked.connect(self.open_gallery)
        buttons = QHBoxLayout()
        buttons.addWidget(self.gallery_button)
        buttons.addWidget(reload_button)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        tbox = QVBoxLayout()
        tbox.addWidget(buddy_label(self.tr("&Template:"), self.templates))
        tbox.addWidget(self.templates)
        tbox.addLayout(buttons)
        self.body.addWidget(group_box(self.tr("Template"), tbox))

        form = new_form()
        colour_row = QHBoxLayout()
        self.sample = QLabel()
        self.sample.setFixedSize(line_height(self) * 2, line_height(self) + 6)
        self.sample.setAccessibleName(self.tr("Accent colour sample"))
        self.hex_edit = QLineEdit()
        edits_field(self.hex_edit, COLOUR)
        self.hex_edit.setValidator(QRegularExpressionValidator(r"#?[0-9a-fA-F]{0,6}"))
        self.hex_edit.setMaxLength(7)
        self.hex_edit.setMaximumWidth(self.hex_edit.fontMetrics().horizontalAdvance("#MMMMMMM"))
        self.hex_edit.setAccessibleName(self.tr("Accent colour, hexadecimal"))
        self.hex_edit.textEdited.connect(self._on_hex_edited)
        self.choose_colour = QPushButton(self.tr("C&hoose colour…"))
        self.choose_colour.setAccessibleName(self.tr("Choose accent colour"))
        self.choose_colour.clicked.connect(self.pick_colour)
        colour_row.addWidget(self.sample)
        colour_row.addWidget(self.hex_edit)
        colour_row.addWidget(self.choose_colour)
        colour_row.addStretch(1)
        colour_widget = QWidget()
        colour_widget.setLayout(colour_row)
        colour_row.setContentsMargins(0, 0, 0, 0)
        add_row(form, self.tr("&Accent colour:"), colour_widget, self.hex_edit)
        swatches = QHBoxLayout()
        swatches.setContentsMargins(0, 0, 0, 0)
        self.swatches: list[QToolButton] = []
        size = line_height(self)
        for name, colour in presets():
            button = QToolButton()
            button.setIcon(swatch_icon(colour, size))
            button.setIconSize(button.icon().availableSizes()[0])
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(f"{name} {colour}")
            button.setAccessibleName(fill(self.tr("%1 accent colour (%2)"), name, colour))
            button.setProperty("colour", colour)
            button.clicked.connect(self._on_swatch)
            swatches.addWidget(button)
            self.swatches.append(button)
        swatches.addStretch(1)
        swatch_widget = QWidget()
        swatch_widget.setLayout(swatches)
        form.addRow(self.tr("Presets:"), swatch_widget)
        self.contrast = hint_label("")
        form.addRow("", self.contrast)
        self.font_combo = BoundChoiceCombo(s, (*LOOK, "font"), self.tr("Font"), [
            ("sans", self.tr("Sans-serif (Noto Sans)")), ("serif", self.tr("Serif (Noto Serif)"))])
        add_row(form, self.tr("&Font:"), self.font_combo)
        self.paper = BoundChoiceCombo(s, (*LOOK, "paper"), self.tr("Paper size"), [
            ("A4", self.tr("A4 (210 × 297 mm)")), ("Letter", self.tr("US Letter (8.5 × 11 in)"))])
        add_row(form, self.tr("&Paper:"), self.paper)
        self.house_button = QPushButton(self.tr("Apply ho&use style"))
        self.house_button.setToolTip(self.tr(
            "Set this brief's accent colour, font and paper to your organisation's brand kit "
            "(Tools ▸ Brand Kit…). Undo takes it back."))
        self.house_button.clicked.connect(self.apply_house_style)
        self.house_note = hint_label("")
        house_row = QHBoxLayout()
        house_row.setContentsMargins(0, 0, 0, 0)
        house_row.addWidget(self.house_button)
        house_row.addWidget(self.house_note, 1)
        house_widget = QWidget()
        house_widget.setLayout(house_row)
        form.addRow("", house_widget)
        self.mark_unverified = BoundCheckBox(s, (*LOOK, "mark_unverified"), self.tr(
            "&Mark GCM wording not yet verified against the final text (†)"))
        form.addRow("", self.mark_unverified)
        self.body.addWidget(group_box(self.tr("Look"), form))
        self.body.addStretch(1)

        s.changed.connect(self._on_changed)
        s.reset.connect(self._on_reset)
        self._fill_templates()  # "Looking for templates…" until they have been listed
        self.reload_templates()
        self.refresh()
        self.look_for_kit()

    def _on_reset(self) -> None:
        self._fill_templates()  # an unknown template name of the new brief gets its own row
        self.refresh()

    # -- templates ---------------------------------------------------------------------------
    def reload_templates(self) -> None:
        """List the templates again, in the background: the user's folder is theirs to fill
        (thousands of packs, a network drive) and is never read on the GUI thread.  The list
        fills when they have been read (``templatesListed``)."""
        jobs.Job(self, _list_packs, lane=TEMPLATES_LANE).newest_wins() \
            .success(self._on_listed).run()

    def _on_listed(self, packs: list[TemplatePack]) -> None:
        self._packs = packs
        self._fill_templates()
        self.templatesListed.emit()

    def _fill_templates(self) -> None:
        chosen = self.session.brief.template.name
        with QSignalBlocker(self.templates):
            self.templates.clear()
            if self._packs is None:
                row = QListWidgetItem(self.tr("Looking for templates…"))
                row.setFlags(Qt.ItemFlag.NoItemFlags)
                self.templates.addItem(row)
                return
            names = []
            for pack in self._packs:
                where = self.tr("bundled") if pack.bundled else fill(
                    self.tr("your templates: %1"), pack.folder.name)
                text = f"{pack.title}  ·  {where}"
                if pack.description:
                    text += f"\n{pack.description}"
                row = QListWidgetItem(bidi_isolate(text))
                row.setData(Qt.ItemDataRole.UserRole, pack.name)
                description = pack.description + (f" ({pack.note})" if pack.note else "")
                row.setToolTip(description)
                row.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
                if pack.note:  # hidden by a bundled pack of the same name
                    row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.templates.addItem(row)
                names.append(pack.name)
            if chosen and chosen not in names:
                row = QListWidgetItem(fill(self.tr("%1 (not installed on this computer)"), chosen))
                row.setData(Qt.ItemDataRole.UserRole, chosen)
                self.templates.addItem(row)
        self._select_chosen()

    def _select_chosen(self) -> None:
        chosen = self.session.brief.template.name
        with QSignalBlocker(self.templates):
            for i in range(self.templates.count()):
                row = self.templates.item(i)
                enabled = bool(row.flags() & Qt.ItemFlag.ItemIsEnabled)
                if enabled and row.data(Qt.ItemDataRole.UserRole) == chosen:
                    self.templates.setCurrentRow(i)
                    return
            self.templates.setCurrentRow(-1)

    def _on_template_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        name = str(current.data(Qt.ItemDataRole.UserRole))
        self.session.set_value(("template", "name"), name, self.tr("Choose template"))

    def open_gallery(self) -> None:
        from briefwriter.gui.gallery import open_gallery  # the gallery is made on first use

        open_gallery(self.ctx, self)

    def showEvent(self, event: QShowEvent) -> None:
        # Packs may have been customised, installed or removed (gallery, Templates menu)
        # since the list was made; listing again is cheap (packs are read once).
        super().showEvent(event)
        if self._packs is not None:
            self.reload_templates()
            self.look_for_kit()  # it may have been made or changed in the meantime

    def open_templates_folder(self) -> None:
        folder = user_templates_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # the file manager will say the folder is missing
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- house style -------------------------------------------------------------------------
    def look_for_kit(self) -> None:
        """Say beside the button whether a brand kit fills in this brief's defaults."""
        def found(kit: BrandKit | None) -> None:
            self.house_note.setText(fill(self.tr(
                "Brand kit “%1”: what this brief leaves at the default (colour, font, paper) "
                "is taken from it."), kit.name or self.tr("unnamed")) if kit else "")

        def unusable(error: Exception) -> None:
            if not isinstance(error, BrandError):
                raise error
            self.house_note.setText(fill(self.tr("The brand kit cannot be used: %1"), str(error)))

        jobs.Job(self, read_kit_settings, lane="files").newest_wins().success(found) \
            .failure(unusable).run()

    def apply_house_style(self) -> None:
        """Set the brief's look to the brand kit's, as one undoable step (the kit's small
        settings file is read in the files lane)."""
        self.house_button.setEnabled(False)
        jobs.Job(self, read_kit_settings, lane="files").success(self._on_house_kit) \
            .failure(self._on_house_failed).run()

    def _on_house_kit(self, kit: BrandKit | None) -> None:
        self.house_button.setEnabled(True)
        if kit is None:
            self.house_note.setText(self.tr(
                "There is no brand kit yet: make one with Tools ▸ Brand Kit…"))
            return
        s = self.session
        changes = [((*LOOK, key), value) for key, value in house_look(kit).items()
                   if s.value((*LOOK, key)) != value]
        if changes:  # one undo step, and none when the brief is in the house style already
            s.begin_macro(self.tr("Apply house style"))
            try:
                for path, value in changes:
                    s.set_value(path, value)
            finally:
                s.end_macro()
        self.house_note.setText(fill(self.tr("The brief now uses the house style of “%1”."),
                                     kit.name or self.tr("your brand kit")))

    def _on_house_failed(self, error: Exception) -> None:
        self.house_button.setEnabled(True)
        if not isinstance(error, BrandError):
            raise error
        self.house_note.setText(fill(self.tr("The brand kit cannot be used: %1"), str(error)))

    # -- colour ------------------------------------------------------------------------------
    def colour(self) -> str:
        value = self.session.brief.template.look.accent_colour
        return value if _HEX_RE.match(value) else "#1d5c8c"

    def set_colour(self, colour: str) -> None:
        if _HEX_RE.match(colour):
            self.session.set_value(COLOUR, colour.lower(), self.tr("Change accent colour"))

    def _on_hex_edited(self, text: str) -> None:
        text = text if text.startswith("#") else "#" + text
        if _HEX_RE.match(text):
            self.set_colour(text)

    def _on_swatch(self) -> None:
        button = self.sender()
        if isinstance(button, QToolButton):
            self.set_colour(str(button.property("colour")))
        self.refresh()

    def pick_colour(self) -> None:
        colour = QColorDialog.getColor(QColor(self.colour()), self,
                                       self.tr("Choose the accent colour"))
        if colour.isValid():
            self.set_colour(colour.name())

    def _on_changed(self, path: FieldPath) -> None:
        if path[:1] == ("template",):
            self.refresh()

    def refresh(self) -> None:
        colour = self.colour()
        self.sample.setStyleSheet(f"background: {colour}; border: 1px solid palette(mid);")
        if self.hex_edit.text().lower() != colour.lower() and not self.hex_edit.hasFocus():
            self.hex_edit.setText(colour)
        for button in self.swatches:
            button.setChecked(str(button.property("colour")).lower() == colour.lower())
        ratio = contrast_with_white(colour)
        shown = QLocale().toString(ratio, "f", 1)  # "4.5" in English, "4,5" in French
        self.contrast.setText(fill(self.tr(
            "Contrast with white paper %1:1 — headings in this colour may be hard to read; "
            "choose a darker colour.") if ratio < 4.5 else self.tr(
            "Contrast with white paper %1:1 — easy to read."), shown))
        self._select_chosen()

    # -- StepPage ----------------------------------------------------------------------------

    def has_content(self) -> bool:
        return bool(self.session.brief.template.name)

