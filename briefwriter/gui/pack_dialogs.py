"""What the app does with template packs, and the dialogs it asks with: Customise (copy a pack
under a new name), Rename, Revert, Delete, Open in the workshop, Import (preview, then install)
and Export.  The file work is ``render.packs``'s, run in the "templates" lane."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.errors import TemplateError
from briefwriter.gui import jobs
from briefwriter.gui.context import AppContext
from briefwriter.gui.dialogs import give_mnemonics, show_error, show_info
from briefwriter.gui.i18n import fill
from briefwriter.gui.thumbnails import THUMBNAIL_WIDTH, Thumbnailer
from briefwriter.gui.widgets.forms import add_row, bidi_isolate, hint_label, new_form
from briefwriter.render import packs
from briefwriter.render.packs import StagedPack
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import NAME_RE, TemplatePack, scan_templates

translate = QCoreApplication.translate
TEMPLATES_LANE = "templates"  # the lane the Template step lists packs in: one queue for both
TEMPLATE_NAME = ("template", "name")
#: what Import offers (any zip still installs); Export writes the first
PACK_FILTER = f"*{packs.PACK_SUFFIX} *.zip"
#: a brief whose template was deleted falls back to this bundled one (the model's default)
FALLBACK_TEMPLATE = "position-paper"


def pack_origin(pack: TemplatePack) -> str:
    """"bundled", "own" (customised from another pack) or "installed" (any other of the
    user's packs)."""
    if pack.bundled:
        return "bundled"
    return "own" if pack.based_on else "installed"


def origin_text(pack: TemplatePack) -> str:
    origin = pack_origin(pack)
    if origin == "bundled":
        return translate("PackDialogs", "bundled")
    if origin == "own":
        return fill(translate("PackDialogs", "your own, based on %1"), pack.based_on)
    return translate("PackDialogs", "installed")


def pack_summary(pack: TemplatePack) -> str:
    """How a pack is named to a person (and to a screen reader): "Two-page brief, by
    BriefWriter, version 1.0, bundled"."""
    parts = [pack.title]
    if pack.author:
        parts.append(fill(translate("PackDialogs", "by %1"), pack.author))
    if pack.version:
        parts.append(fill(translate("PackDialogs", "version %1"), pack.version))
    parts.append(origin_text(pack))
    return ", ".join(parts)


def pack_facts(pack: TemplatePack) -> list[tuple[str, str]]:
    """(label, value) rows describing a pack, for the gallery and the install dialog."""
    kind = translate("PackDialogs", "oral statement") if pack.kind == "statement" else \
        translate("PackDialogs", "paper")
    limit = fill(translate("PackDialogs", "%1 at most"), pack.page_limit) if pack.page_limit \
        else translate("PackDialogs", "no limit")
    return [
        (translate("PackDialogs", "Name:"), pack.name),
        (translate("PackDialogs", "Author:"), pack.author or "—"),
        (translate("PackDialogs", "Version:"), pack.version or "—"),
        (translate("PackDialogs", "Licence:"), pack.licence or "—"),
        (translate("PackDialogs", "Kind:"), kind),
        (translate("PackDialogs", "Pages:"), limit),
        (translate("PackDialogs", "Where:"), origin_text(pack)),
    ]


def ask_confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Whether the person goes on with ``action`` (a button text, "&Delete"); Cancel is the
    default, so a stray Enter never deletes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    give_mnemonics(box)
    box.exec()
    chosen = box.clickedButton() is go
    box.deleteLater()
    return chosen


def open_in_workshop(ctx: AppContext, folder: Path) -> None:
    """Open the template workshop on ``folder``: the one place the app reaches it.

    The workshop belongs to the window whose render worker it uses (closed with it); a
    bundled pack's Customise… there ends in a workshop on the copy."""
    from briefwriter.gui.workshop import open_workshop  # made on first use

    owner = ctx.render.parent()
    window = open_workshop(ctx, folder, owner if isinstance(owner, QWidget) else None)
    if window.on_customise is None:
        window.on_customise = lambda source: window_pack_actions(ctx, window) \
            .customise_folder(source)


# -- dialogs ----------------------------------------------------------------------------------

class PackNameDialog(QDialog):
    """Asks for a pack's name (checked as it is typed) and title.  ``taken`` are the names
    already used, which the new one may not be (``keep`` may: a rename keeping its name)."""

    def __init__(self, parent: QWidget | None, heading: str, intro: str, *, name: str,
                 title: str, taken: set[str], keep: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.taken = taken - {keep}
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(intro))
        form = new_form()
        self.name_edit = QLineEdit(name)
        self.name_edit.setAccessibleName(self.tr("Template name"))
        add_row(form, self.tr("&Name:"), self.name_edit)
        self.rule = hint_label()
        form.addRow("", self.rule)
        self.title_edit = QLineEdit(title)
        self.title_edit.setAccessibleName(self.tr("Template title"))
        add_row(form, self.tr("&Title:"), self.title_edit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.title_edit.textChanged.connect(self._check)
        self.name_edit.selectAll()
        self._check()

    def problem(self) -> str:
        """Why the name or title cannot be used as typed ("" when they can)."""
        name = self.name()
        if not NAME_RE.match(name):
            return self.tr("A name is lowercase letters (a–z), digits and dashes, starts with "
                           "a letter or digit and is at most 64 characters, e.g. our-brief.")
        if name in self.taken:
            return fill(self.tr("There is already a template called “%1”: choose another "
                                "name."), name)
        if not self.title():
            return self.tr("Give the template a title: people see it in the gallery.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.rule.setText(problem or self.tr(
            "The name is how briefs refer to the template; the title is what people see."))
        self.rule.setAccessibleDescription(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def title(self) -> str:
        return self.title_edit.text().strip()


class InstallDialog(QDialog):
    """What a template pack file holds, before it is installed: its details, its problems, a
    thumbnail of the brief printed with it, and on a name clash the question whether to
    replace the person's pack.  Install / Cancel; the staging folder goes either way."""

    def __init__(self, ctx: AppContext, staged: StagedPack, source: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staged = staged
        pack: TemplatePack = staged.pack
        self.setWindowTitle(fill(self.tr("Install template “%1”"), pack.title))
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(fill(self.tr("From the file %1."), bidi_isolate(
            source.name))))
        heading = QLabel(f"<b>{_escape(pack.title)}</b>")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        if pack.description:
            layout.addWidget(hint_label(pack.description))
        self.thumbnail = QLabel(self.tr("Printing your brief with this template…"))
        self.thumbnail.setAccessibleName(self.tr("Preview"))
        self.thumbnail.setAccessibleDescription(self.tr(
            "Page 1 of your brief printed with this template, being made"))
        self.thumbnail.setMinimumSize(THUMBNAIL_WIDTH, round(THUMBNAIL_WIDTH * 1.41))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setWordWrap(True)
        layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignHCenter)
        form = new_form()
        for label, value in pack_facts(pack)[:-1]:  # "Where" is the clash line below
            form.addRow(label, QLabel(bidi_isolate(value)))
        layout.addLayout(form)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems found in the template"))
        for problem in staged.problems:
            self.problems.addItem(problem)
        if self.problems.count():
            layout.addWidget(QLabel(self.tr("Problems found:")))
            layout.addWidget(self.problems)
        errors = staged.errors  # warnings are shown but do not stop the install
        clash: TemplatePack | None = staged.clash
        self.clash_label = QLabel()
        self.clash_label.setWordWrap(True)
        if clash is not None and clash.bundled:
            self.clash_label.setText(fill(self.tr(
                "A bundled template is already called “%1”, so this pack cannot be installed; "
                "ask its author to rename it."), clash.name))
            layout.addWidget(self.clash_label)
        elif clash is not None:
            self.clash_label.setText(fill(self.tr(
                "Replace your template “%1”? Its files will be replaced by this pack's."),
                clash.title))
            layout.addWidget(self.clash_label)
        self.buttons = QDialogButtonBox()
        self.install_button = self.buttons.addButton(
            self.tr("&Replace") if clash is not None else self.tr("&Install"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.install_button.setEnabled(not errors and not (clash and clash.bundled))
        if errors:
            layout.addWidget(hint_label(self.tr(
                "This template has errors and cannot be installed; ask its author for a "
                "corrected pack.")))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(bool(errors) or staged.clash is not None)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.thumbnails = Thumbnailer(ctx.session, ctx.render, self)
        self.thumbnails.ready.connect(self._on_thumbnail)
        self.thumbnails.failed.connect(self._on_thumbnail_failed)
        self.finished.connect(lambda _result: self.thumbnails.stop())
        if not errors:
            self.thumbnails.request([str(pack.folder)])

    def _on_thumbnail(self, _folder: str, image: QImage) -> None:
        self.thumbnail.setPixmap(QPixmap.fromImage(image))
        self.thumbnail.setAccessibleDescription(self.tr(
            "Page 1 of your brief printed with this template"))

    def _on_thumbnail_failed(self, _folder: str, message: str) -> None:
        text = fill(self.tr("Your brief could not be printed with this template: %1"), message)
        self.thumbnail.setText(text)
        self.thumbnail.setAccessibleDescription(text)


class ChoosePackDialog(QDialog):
    """Which pack to export: any bundled or user pack, the brief's own chosen first."""

    def __init__(self, choices: list[TemplatePack], current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export template pack"))
        layout = QVBoxLayout(self)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Template to export"))
        for pack in choices:
            self.combo.addItem(bidi_isolate(pack_summary(pack)), pack)
            if pack.name == current:
                self.combo.setCurrentIndex(self.combo.count() - 1)
        form = new_form()
        add_row(form, self.tr("&Template:"), self.combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def pack(self) -> TemplatePack:
        chosen: TemplatePack = self.combo.currentData()
        return chosen


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- the actions --------------------------------------------------------------------------------

class PackActions(QObject):
    """Customise, Revert, Rename, Delete, Open in workshop, Import and Export for one window.

    ``changed(folder)`` says a pack was made, changed or removed (``folder`` its folder then),
    so lists and thumbnails can be refreshed.  The dialog the person is answering is kept in
    ``dialog`` while it is open.
    """

    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.dialog: QDialog | None = None

    def _title(self) -> str:
        return self.tr("Templates")

    def _run(self, op: Callable[[], Any], done: Callable[[Any], object],
             failed_title: str) -> None:
        def failed(error: Exception) -> None:
            if not isinstance(error, (TemplateError, ValueError, OSError)):
                raise error
            show_error(self.parent_widget, failed_title, _error_text(error))
        jobs.Job(self, op, lane=TEMPLATES_LANE).success(done).failure(failed).run()

    def _show(self, dialog: QDialog, on_accept: Callable[[], object]) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def _use(self, name: str, text: str) -> None:
        self.ctx.session.set_value(TEMPLATE_NAME, name, text)

    # -- customise ---------------------------------------------------------------------------
    def customise(self, source: TemplatePack, taken: set[str]) -> None:
        """Ask for a name and title, copy ``source`` to the user's folder under them, use the
        copy for the brief and open it in the workshop."""
        suggested = _free_name(f"{source.name}-own", taken)
        dialog = PackNameDialog(
            self.parent_widget, self.tr("Customise template"), fill(self.tr(
                "A copy of “%1” is made in your template folder under a new name. Change the "
                "copy as you like; the original stays as it is."), source.title),
            name=suggested, title=fill(self.tr("%1 (our own)"), source.title), taken=taken)
        self._show(dialog, lambda: self._customise(source, dialog.name(), dialog.title()))

    def _customise(self, source: TemplatePack, name: str, title: str) -> None:
        def done(pack: TemplatePack) -> None:
            self._use(pack.name, self.tr("Use customised template"))
            self.changed.emit(str(pack.folder))
            open_in_workshop(self.ctx, pack.folder)
        self._run(lambda: packs.customise_pack(source, name, title), done,
                  self.tr("The template could not be copied"))

    def customise_current(self) -> None:
        """Customise the template the brief uses (the Templates menu)."""
        self._customise_found(self.ctx.session.brief.template.name)

    def customise_folder(self, folder: Path) -> None:
        """Customise the pack in ``folder`` (a bundled pack's bar in the workshop)."""
        self._customise_found(folder)

    def _customise_found(self, name_or_folder: str | Path) -> None:
        def found(result: tuple[TemplatePack, set[str]]) -> None:
            self.customise(*result)

        def lookup() -> tuple[TemplatePack, set[str]]:
            pack = find_template(name_or_folder)
            return pack, {p.name for p in scan_templates()[0]}
        self._run(lookup, found, self.tr("The template could not be customised"))

    def open_current_in_workshop(self) -> None:
        """Open the brief's template in the workshop (a bundled one read-only)."""
        current = self.ctx.session.brief.template.name
        self._run(lambda: find_template(current),
                  lambda pack: open_in_workshop(self.ctx, pack.folder),
                  self.tr("The template could not be opened"))

    # -- rename, revert, delete ------------------------------------------------------------------
    def rename(self, pack: TemplatePack, taken: set[str]) -> None:
        dialog = PackNameDialog(
            self.parent_widget, self.tr("Rename template"), self.tr(
                "Briefs that use this template by its old name will need to be pointed at the "
                "new one."), name=pack.name, title=pack.title, taken=taken, keep=pack.name)
        self._show(dialog, lambda: self._rename(pack, dialog.name(), dialog.title()))

    def _rename(self, pack: TemplatePack, name: str, title: str) -> None:
        def done(renamed: TemplatePack) -> None:
            if self.ctx.session.brief.template.name == pack.name and renamed.name != pack.name:
                self._use(renamed.name, self.tr("Follow renamed template"))
            self.changed.emit(str(renamed.folder))
        self._run(lambda: packs.rename_pack(pack, name, title), done,
                  self.tr("The template could not be renamed"))

    def revert(self, pack: TemplatePack) -> None:
        if not ask_confirm(self.parent_widget, self.tr("Revert template"), fill(self.tr(
                "Put back the files of “%1” as they are in “%2”? The changes made to this "
                "copy will be lost."), pack.title, pack.based_on), self.tr("&Revert")):
            return
        self._run(lambda: packs.revert_pack(pack),
                  lambda reverted: self.changed.emit(str(reverted.folder)),
                  self.tr("The template could not be reverted"))

    def delete(self, pack: TemplatePack) -> None:
        if not ask_confirm(self.parent_widget, self.tr("Delete template"), fill(self.tr(
                "Delete the template “%1” and its files from your template folder? This "
                "cannot be undone."), pack.title), self.tr("&Delete")):
            return

        def done(_result: object) -> None:
            self.changed.emit(str(pack.folder))
            if self.ctx.session.brief.template.name != pack.name:
                return
            fallback = pack.based_on or FALLBACK_TEMPLATE
            self._use(fallback, self.tr("Template deleted"))
            show_info(self.parent_widget, self.tr("Template deleted"), fill(self.tr(
                "This brief used the template “%1”, which has been deleted. It now uses “%2”; "
                "choose another on the Template and look step."), pack.title, fallback))
        self._run(lambda: packs.delete_pack(pack), done,
                  self.tr("The template could not be deleted"))

    def open_workshop(self, pack: TemplatePack) -> None:
        open_in_workshop(self.ctx, pack.folder)

    # -- import and export --------------------------------------------------------------------
    def import_pack(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Import Template Pack"), self.ctx.settings.last_folder,
            fill(self.tr("Template packs (%1)"), PACK_FILTER))
        if name:
            self.open_pack_file(Path(name))

    def open_pack_file(self, source: Path) -> None:
        """Read the pack file ``source`` and show what it holds, to install it or not (also
        for a pack given on the command line: a double-click on it in the file manager)."""
        def opened(staged: StagedPack) -> None:
            dialog = InstallDialog(self.ctx, staged, source, self.parent_widget)
            dialog.rejected.connect(lambda: self._discard(staged))
            self._show(dialog, lambda: self._install(staged))

        def refused(error: Exception) -> None:
            if not isinstance(error, (TemplateError, ValueError, OSError)):
                raise error
            # The message names the file and the entry at fault (packs' PackError).
            show_error(self.parent_widget, self.tr("Template pack refused"), fill(self.tr(
                "The template pack was not installed; nothing was written.\n\n%1"),
                _error_text(error)))
        jobs.Job(self, lambda: packs.open_pack_zip(source), lane=TEMPLATES_LANE) \
            .success(opened).failure(refused).run()

    def _discard(self, staged: StagedPack) -> None:
        jobs.Job(self, staged.cleanup, lane=TEMPLATES_LANE).run()

    def _install(self, staged: StagedPack) -> None:
        replace = staged.clash is not None  # the install dialog asked

        def install() -> TemplatePack:
            try:
                return packs.install_pack(staged, replace=replace)
            finally:
                staged.cleanup()

        def done(pack: TemplatePack) -> None:
            self.changed.emit(str(pack.folder))
            show_info(self.parent_widget, self.tr("Template installed"), fill(self.tr(
                "“%1” is installed in your template folder. Choose it in the template "
                "gallery or on the Template and look step."), pack.title))
        self._run(install, done, self.tr("The template could not be installed"))

    def export(self, pack: TemplatePack) -> None:
        """Ask for a file name and write ``pack`` there as a template pack file."""
        folder = Path(self.ctx.settings.last_folder or Path.home())
        suggested = str(folder / f"{pack.name}{packs.PACK_SUFFIX}")
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export Template Pack"), suggested,
            fill(self.tr("Template packs (%1)"), f"*{packs.PACK_SUFFIX}"))
        if not name:
            return
        # A name of one's own ending in .zip is kept; any other gets the pack's ending.
        out = Path(name) if name.lower().endswith(".zip") else Path(name + packs.PACK_SUFFIX)

        def done(written: Path) -> None:
            show_info(self.parent_widget, self.tr("Template exported"), fill(self.tr(
                "“%1” was saved as %2. Send this file to a partner: they install it with "
                "Templates ▸ Import Template Pack."), pack.title, str(written)))
        self._run(lambda: packs.pack_zip(pack.folder, out), done,
                  self.tr("The template could not be exported"))

    def export_chosen(self) -> None:
        """Let the person choose any pack, then export it (the Templates menu)."""
        def listed(found: list[TemplatePack]) -> None:
            dialog = ChoosePackDialog(found, self.ctx.session.brief.template.name,
                                      self.parent_widget)
            self._show(dialog, lambda: self.export(dialog.pack()))
        self._run(lambda: [p for p in scan_templates()[0] if not p.note], listed,
                  self.tr("The templates could not be listed"))


def window_pack_actions(ctx: AppContext, window: QWidget) -> PackActions:
    """The pack actions of ``window`` (made on first use), for its Templates menu."""
    found = window.findChild(PackActions, "windowPackActions",
                             Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, PackActions):
        return found
    actions = PackActions(ctx, window)
    actions.setObjectName("windowPackActions")
    return actions


def _free_name(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``... the first not taken (cut to fit the name rule)."""
    base = name[:60]
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _error_text(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)
