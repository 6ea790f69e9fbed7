"""Tools ▸ Brand Kit…: the organisation's house style (``core.brand``) edited, saved, exported
and imported.  Every file is read and written in the ``files`` lane; the preview is rendered
again once a kit is saved or imported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core import brand
from briefwriter.core.brand import BrandError, BrandKit, FontInfo, LoadedKit, StagedKit
from briefwriter.core.colours import is_hex_colour
from briefwriter.core.errors import BriefWriterError
from briefwriter.core.logo import LogoImage, LogoRefused, read_logo_file
from briefwriter.gui import jobs
from briefwriter.gui.context import AppContext
from briefwriter.gui.dialogs import show_error, show_info, show_single
from briefwriter.gui.i18n import fill
from briefwriter.gui.pack_dialogs import ask_confirm
from briefwriter.gui.widgets.forms import add_row, hint_label, line_height, new_form, text_width

FILES_LANE = "files"
FONT_FILTER = "*.ttf *.otf *.woff *.woff2"
LOGO_FILTER = "*.png *.jpg *.jpeg *.svg"
BRANDKIT_FILTER = f"*{brand.BRAND_SUFFIX}"
_COLOURS = ("primary", "accent", "text")


def error_text(error: Exception) -> str:
    """What went wrong, in the words the core gave (file, line, field and cause)."""
    if isinstance(error, OSError):
        return f"{error.filename or ''}{': ' if error.filename else ''}{error.strerror or error}"
    return str(error)


def swatch(colour: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour) if is_hex_colour(colour) else QColor(0, 0, 0, 0))
    return QIcon(pixmap)


class BrandDialog(QDialog):
    """Edit the brand kit; Save writes it (all or nothing), Export/Import share it."""

    #: the kit was saved or imported (the path of its folder)
    kitChanged = Signal(str)
    #: the kit on disk was read and the fields show it
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Brand Kit"))
        self.setAccessibleName(self.tr("Brand kit"))
        self._kit = BrandKit()
        self._fonts: list[FontInfo] = []  # the kit's font files, read
        self._sources: dict[str, Path] = {}  # kit file name -> a file chosen, not yet saved
        form = new_form()

        intro = hint_label(self.tr(
            "Your organisation's house style, used for every brief and template. A brief's own "
            "look choices (a colour, font or paper other than the default) win over it."))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(brand.MAX_TEXT)
        add_row(form, self.tr("&Name:"), self.name_edit)

        self.logo_preview = QLabel()
        side = line_height(self) * 3
        self.logo_preview.setFixedSize(side * 2, side)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remo&ve logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.logo_preview, self.logo_button, self.remove_logo_button):
            logo_row.addWidget(widget)
        logo_row.addStretch(1)
        logo_widget = QWidget()
        logo_widget.setLayout(logo_row)
        add_row(form, self.tr("Logo:"), logo_widget, self.logo_button)

        self.hex_edits: dict[str, QLineEdit] = {}
        self.colour_buttons: dict[str, QPushButton] = {}
        labels = {"primary": (self.tr("P&rimary colour:"), self.tr("Primary colour")),
                  "accent": (self.tr("&Accent colour:"), self.tr("Accent colour")),
                  "text": (self.tr("&Text colour:"), self.tr("Text colour"))}
        for key in _COLOURS:
            label, name = labels[key]
            edit = QLineEdit()
            edit.setValidator(QRegularExpressionValidator(r"#?[0-9a-fA-F]{0,6}"))
            edit.setMaxLength(7)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("#MMMMMMMM"))
            edit.setPlaceholderText(self.tr("template's own"))
            edit.setAccessibleName(fill(self.tr("%1, hexadecimal"), name))
            edit.textChanged.connect(self._on_colours_edited)
            button = QPushButton(self.tr("Choose…"))
            button.setAccessibleName(fill(self.tr("Choose %1"), name.lower()))
            button.clicked.connect(lambda _=False, k=key: self.pick_colour(k))
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit)
            row.addWidget(button)
            row.addStretch(1)
            holder = QWidget()
            holder.setLayout(row)
            add_row(form, label, holder, edit)
            self.hex_edits[key], self.colour_buttons[key] = edit, button
        self.contrast = hint_label("")
        form.addRow("", self.contrast)

        self.heading_combo = QComboBox()
        self.body_combo = QComboBox()
        add_row(form, self.tr("&Heading font:"), self.heading_combo)
        add_row(form, self.tr("&Body font:"), self.body_combo)
        self.add_font_button = QPushButton(self.tr("Add font &file…"))
        self.add_font_button.setToolTip(self.tr(
            "Your own font (.ttf, .otf, .woff or .woff2). It must draw every basic Latin letter."))
        self.add_font_button.clicked.connect(self.add_font)
        self.fonts_hint = hint_label("")
        font_box = QVBoxLayout()
        font_box.setContentsMargins(0, 0, 0, 0)
        font_box.addWidget(self.add_font_button, 0, Qt.AlignmentFlag.AlignLeading)
        font_box.addWidget(self.fonts_hint)
        font_widget = QWidget()
        font_widget.setLayout(font_box)
        form.addRow("", font_widget)

        self.footer_edit = QLineEdit()
        self.footer_edit.setMaxLength(brand.MAX_TEXT)
        self.footer_edit.setPlaceholderText(self.tr("e.g. the network's name, address, website"))
        add_row(form, self.tr("Footer l&ine:"), self.footer_edit)
        self.paper_combo = QComboBox()
        for value, text in (("", self.tr("The brief's own")), ("A4", self.tr("A4 (210 × 297 mm)")),
                            ("Letter", self.tr("US Letter (8.5 × 11 in)"))):
            self.paper_combo.addItem(text, value)
        add_row(form, self.tr("&Paper:"), self.paper_combo)

        self.status = hint_label("")
        self.status.setAccessibleName(self.tr("Brand kit status"))
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("I&mport…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = buttons.addButton(self.tr("&Export…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("&Close"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setToolTip(self.tr("Use a brand kit file a partner sent you"))
        self.export_button.setToolTip(self.tr("Save the brand kit as a file to share"))
        self.import_button.clicked.connect(self.import_kit)
        self.export_button.clicked.connect(self.export_kit)
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self.save_button.setDefault(True)

        self.setMinimumWidth(text_width(self, 64))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._set_busy(True)
        self._fill_fonts()
        jobs.Job(self, brand.load_kit, lane=FILES_LANE).success(self._on_loaded) \
            .failure(self._on_load_failed).run()

    # -- filling the fields --------------------------------------------------------------------
    def _on_loaded(self, loaded: LoadedKit | None) -> None:
        if loaded is None:
            self.status.setText(self.tr("No brand kit yet: fill in the fields and press Save."))
            self._show(BrandKit(), [], None)
        else:
            self.status.setText(fill(self.tr("Saved in %1"), str(loaded.folder)))
            self._show_loaded(loaded)
        self._set_busy(False)
        self.loaded.emit()

    def _on_load_failed(self, error: Exception) -> None:
        if not isinstance(error, BriefWriterError | OSError):
            raise error
        self.status.setText(fill(self.tr(
            "The saved brand kit cannot be used; saving replaces it.\n%1"), error_text(error)))
        self._show(BrandKit(), [], None)
        self._set_busy(False)
        self.loaded.emit()

    def _show_loaded(self, loaded: LoadedKit) -> None:
        logo = None
        if loaded.kit.logo:
            try:
                logo = read_logo_file(loaded.file(loaded.kit.logo))
            except LogoRefused:
                logo = None
        self._sources = {}
        self._show(loaded.kit, loaded.fonts, logo)

    def _show(self, kit: BrandKit, fonts: list[FontInfo], logo: LogoImage | None) -> None:
        self._kit = kit
        self._fonts = list(fonts)
        self.name_edit.setText(kit.name)
        for key in _COLOURS:
            self.hex_edits[key].setText(getattr(kit, key))
        self.footer_edit.setText(kit.footer)
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(kit.paper)))
        self._fill_fonts()
        self._show_logo(logo)
        self._on_colours_edited()

    def _fill_fonts(self) -> None:
        families = [(self.tr("The template's own"), "")]
        families += [(fill(self.tr("%1 (bundled)"), f), f) for f in brand.BUNDLED_FAMILIES]
        families += [(fill(self.tr("%1 (your font file)"), f), f)
                     for f in dict.fromkeys(font.family for font in self._fonts)]
        for combo, chosen in ((self.heading_combo, self._kit.heading_font),
                              (self.body_combo, self._kit.body_font)):
            combo.clear()
            for text, value in families:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        files = [fill(self.tr("%1 (%2, weight %3)"), Path(f.file).name, f.family, str(f.weight))
                 for f in self._fonts]
        self.fonts_hint.setText(fill(self.tr("Font files: %1"), "; ".join(files)) if files
                                else self.tr("No font files of your own yet."))

    def _show_logo(self, logo: LogoImage | None) -> None:
        self.remove_logo_button.setEnabled(logo is not None)
        pixmap = QPixmap()
        if logo is None or not pixmap.loadFromData(logo.data):
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if logo is None else logo.kind.upper())
            return
        size = self.logo_preview.size()
        self.logo_preview.setPixmap(pixmap.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.export_button, self.import_button,
                       self.add_font_button, self.logo_button):
            button.setEnabled(not busy)

    # -- colours -------------------------------------------------------------------------------
    def _colour(self, key: str) -> str:
        text = self.hex_edits[key].text().strip()
        text = text if not text or text.startswith("#") else "#" + text
        return text.lower()

    def _on_colours_edited(self, *_args: object) -> None:
        size = line_height(self)
        for key in _COLOURS:
            button = self.colour_buttons[key]
            button.setIcon(swatch(self._colour(key), size))
            button.setIconSize(QSize(size, size))
        kit = BrandKit(**{k: self._colour(k) for k in _COLOURS if is_hex_colour(self._colour(k))})
        warnings = kit.warnings()
        self.contrast.setText("\n".join(warnings) if warnings else "")

    def pick_colour(self, key: str) -> None:
        start = self._colour(key) if is_hex_colour(self._colour(key)) else "#1d5c8c"
        colour = QColorDialog.getColor(QColor(start), self, self.tr("Choose a colour"))
        if colour.isValid():
            self.hex_edits[key].setText(colour.name())

    # -- logo and fonts ------------------------------------------------------------------------
    def choose_logo(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the Logo"), self.ctx.settings.last_folder,
            fill(self.tr("Images (%1)"), LOGO_FILTER))
        if not name:
            return
        source = Path(name)

        def chosen(logo: LogoImage) -> None:
            self._kit.logo = brand.logo_name(logo.kind)
            self._sources[self._kit.logo] = source
            self._show_logo(logo)

        self._file_job(lambda: read_logo_file(source), chosen,
                       self.tr("This image cannot be the logo"))

    def remove_logo(self) -> None:
        self._kit.logo = ""
        self._show_logo(None)

    def add_font(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a Font File"), self.ctx.settings.last_folder,
            fill(self.tr("Fonts (%1)"), FONT_FILTER))
        if not name:
            return
        source = Path(name)

        def added(info: FontInfo) -> None:
            if info.file not in self._kit.fonts:
                self._kit.fonts.append(info.file)
            self._fonts = [f for f in self._fonts if f.file != info.file] + [info]
            self._sources[info.file] = source
            self._kit = self._kit_from_fields()
            if not self._kit.body_font:
                self._kit.body_font = info.family
            if not self._kit.heading_font:
                self._kit.heading_font = info.family
            self._fill_fonts()
            self.status.setText(fill(self.tr("Added the font “%1”; press Save to keep it."),
                                     info.family))

        self._file_job(lambda: brand.check_font_file(source), added,
                       self.tr("This font cannot be used"))

    # -- save, export, import ------------------------------------------------------------------
    def _kit_from_fields(self) -> BrandKit:
        colours = {key: self._colour(key) for key in _COLOURS}
        return BrandKit(
            name=self.name_edit.text().strip(), logo=self._kit.logo,
            primary=colours["primary"], accent=colours["accent"], text=colours["text"],
            heading_font=str(self.heading_combo.currentData() or ""),
            body_font=str(self.body_combo.currentData() or ""), fonts=list(self._kit.fonts),
            footer=self.footer_edit.text().strip(),
            paper=str(self.paper_combo.currentData() or ""))

    def _checked_kit(self) -> BrandKit | None:
        """The kit the fields describe, or ``None`` after saying which colour is unfinished."""
        for key in _COLOURS:
            value = self._colour(key)
            if value and not is_hex_colour(value):
                show_error(self, self.tr("Brand kit not saved"), fill(self.tr(
                    "“%1” is not a whole colour: write six hexadecimal digits, as #1d5c8c, "
                    "or leave the field empty."), value))
                self.hex_edits[key].setFocus()
                return None
        return self._kit_from_fields()

    def save(self, then: Callable[[LoadedKit], object] | None = None) -> None:
        kit = self._checked_kit()
        if kit is None:
            return
        sources = dict(self._sources)

        def saved(loaded: LoadedKit) -> None:
            self._show_loaded(loaded)
            self.status.setText(fill(self.tr("Saved in %1"), str(loaded.folder)))
            self._changed(loaded)
            if callable(then):
                then(loaded)

        self._file_job(lambda: brand.save_kit(kit, sources), saved,
                       self.tr("The brand kit was not saved; the previous one is unchanged"))

    def export_kit(self) -> None:
        name = self._kit_from_fields().name or "brand"
        suggested = str(Path(self.ctx.settings.last_folder or Path.home())
                        / f"{name}{brand.BRAND_SUFFIX}")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Brand Kit"), suggested,
            fill(self.tr("Brand kits (%1)"), BRANDKIT_FILTER))
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != brand.BRAND_SUFFIX:
            out = out.with_name(out.name + brand.BRAND_SUFFIX)

        def written(path: Path) -> None:
            show_info(self, self.tr("Brand kit exported"), fill(self.tr(
                "The brand kit was saved as %1. A partner uses it with Tools ▸ Brand Kit… ▸ "
                "Import."), str(path)))

        # What is exported is what the fields show: saved first.
        self.save(then=lambda _loaded: self._file_job(
            lambda: brand.export_kit(out), written, self.tr("The brand kit was not exported")))

    def import_kit(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import Brand Kit"), self.ctx.settings.last_folder,
            fill(self.tr("Brand kits (%1)"), BRANDKIT_FILTER))
        if not chosen:
            return
        source = Path(chosen)

        def opened(staged: StagedKit) -> None:
            if not ask_confirm(self, self.tr("Import Brand Kit"), self.describe(staged),
                               self.tr("&Replace My Brand Kit")):
                jobs.Job(self, staged.discard, lane=FILES_LANE).run()
                return

            def installed(loaded: LoadedKit) -> None:
                self._show_loaded(loaded)
                self.status.setText(fill(self.tr("Imported from %1"), source.name))
                self._changed(loaded)

            self._file_job(lambda: brand.install_staged(staged), installed,
                           self.tr("The brand kit was not imported; nothing was changed"))

        self._file_job(lambda: brand.open_kit_file(source), opened,
                       self.tr("The brand kit was not imported; nothing was changed"))

    def describe(self, staged: StagedKit) -> str:
        """What a kit file holds, in a few lines, before it replaces the current kit."""
        kit = staged.loaded.kit
        none = self.tr("—")
        lines = [fill(self.tr("%1 holds the brand kit “%2”:"), staged.source.name,
                      kit.name or self.tr("unnamed")),
                 fill(self.tr("Colours: primary %1, accent %2, text %3"), kit.primary or none,
                      kit.accent or none, kit.text or none),
                 fill(self.tr("Fonts: headings %1, body %2"), kit.heading_font or none,
                      kit.body_font or none),
                 fill(self.tr("Font files: %1"), ", ".join(
                     f"{Path(f.file).name} ({f.family})" for f in staged.loaded.fonts) or none),
                 fill(self.tr("Logo: %1"), kit.logo or none),
                 fill(self.tr("Footer line: %1"), kit.footer or none),
                 fill(self.tr("Paper: %1"), kit.paper or none), "",
                 self.tr("It replaces your brand kit.")]
        lines += kit.warnings()
        return "\n".join(lines)

    # -- helpers -------------------------------------------------------------------------------
    def _changed(self, loaded: LoadedKit) -> None:
        self.ctx.render.request_preview()
        self.kitChanged.emit(str(loaded.folder))

    def _file_job(self, op: Callable[[], Any], done: Callable[[Any], object],
                  title: str) -> None:
        """Run ``op`` in the files lane with the buttons off; a refusal is shown, in full."""
        self._set_busy(True)

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            done(result)

        def failed(error: Exception) -> None:
            self._set_busy(False)
            if not isinstance(error, BriefWriterError | LogoRefused | OSError):
                raise error
            if isinstance(error, BrandError | LogoRefused):
                self.status.setText(title)
            show_error(self, title, f"{title}.\n\n{error_text(error)}")

        jobs.Job(self, op, lane=FILES_LANE).success(succeeded).failure(failed).run()


def open_brand_dialog(ctx: AppContext, parent: QWidget) -> BrandDialog:
    """Show the brand kit dialog of ``parent``'s window (the one already open is raised)."""
    return show_single(parent, BrandDialog, lambda window: BrandDialog(ctx, window))
