"""The shell's dialogs: unsaved changes, recovery offer, errors (and Save As after a refused
save), file choosers, Getting started, About and Preferences.

Questions go through small functions here so the main window reads plainly and tests can
answer them by patching the ``QMessageBox``/``QFileDialog`` static methods or these helpers.
"""

from __future__ import annotations

import html
import platform
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefwriter import __version__
from briefwriter.gui.i18n import fill, language_choices, resolve_language
from briefwriter.gui.settings import MAX_AUTOSAVE_SECONDS, MIN_AUTOSAVE_SECONDS, Settings
from briefwriter.gui.widgets.mnemonics import mnemonic_letter, with_free_mnemonic, without_mnemonic

if TYPE_CHECKING:
    from briefwriter.gui.recovery import Orphan

translate = QCoreApplication.translate
D = TypeVar("D", bound=QDialog)

BRIEF_SUFFIX = ".brief.yaml"



# -- questions ------------------------------------------------------------------------------

def give_mnemonics(box: QMessageBox) -> None:
    """Give each of the box's buttons an Alt+letter of its own (Qt's standard buttons have
    none on some systems), keeping the letters the texts already carry where they are free.

    Works on the texts as translated, so every language gets letters from its own words.
    """
    taken: set[str] = set()
    buttons = box.buttons()
    for button in buttons:  # those that chose their letter keep it
        letter = mnemonic_letter(button.text())
        if letter and letter not in taken:
            taken.add(letter)
        elif letter:
            button.setText(without_mnemonic(button.text()))
    for button in buttons:
        text = button.text()
        if mnemonic_letter(text):
            continue
        marked = with_free_mnemonic("&" + text.replace("&", "&&"), taken)
        letter = mnemonic_letter(marked)
        if letter and letter not in taken:
            taken.add(letter)
            button.setText(marked)


def ask_save_changes(parent: QWidget, name: str) -> str:
    """"save", "discard" or "cancel" for a brief with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("dialogs", "Unsaved Changes"))
    text = translate("dialogs", "Do you want to save the changes to “%1”?\n\n"
                     "If you don't save them, your changes will be lost.")
    box.setText(fill(text, name))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    give_mnemonics(box)
    box.exec()
    answer = box.standardButton(box.clickedButton()) if box.clickedButton() else None
    box.deleteLater()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    if answer == QMessageBox.StandardButton.Discard:
        return "discard"
    return "cancel"


def ui_locale() -> QLocale:
    """The locale dates and numbers are written in: the UI language's.

    ``QLocale()`` is the language chosen in Preferences, else the system's; a system set to
    the bare "C" locale (no language at all) writes dates as "4 12 2026", so the language the
    window speaks is used then.
    """
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(resolve_language(""))
    return locale


def local_date_time(moment: datetime) -> str:
    """``moment`` in the computer's time zone, written the UI language's way, with the month
    in words (no day/month ambiguity): "4 December 2026 at 15:12"."""
    local = moment.astimezone()
    locale = ui_locale()
    day = locale.toString(QDate(local.year, local.month, local.day),
                          QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return fill(translate("dialogs", "%1 at %2"), day, time)


def recovery_text(orphan: Orphan) -> str:
    """"BriefWriter did not close properly. A recovery copy of ... was found, saved ..."."""
    if orphan.original_path is not None:
        name = orphan.original_path.name
    else:
        name = translate("dialogs", "never saved")
    title = orphan.title.strip() or translate("dialogs", "Untitled brief")
    text = fill(translate("dialogs", "BriefWriter did not close properly. A recovery copy "
                          "of “%1” (%2) was found"), title, name)
    if orphan.saved_at is not None:
        text += fill(translate("dialogs", ", saved %1"), local_date_time(orphan.saved_at))
    return text + "."


def ask_recover(parent: QWidget | None, orphan: Orphan) -> str:
    """"recover", "discard" or "later" for a recovery copy left by a crash."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("dialogs", "Recover Unsaved Work?"))
    box.setText(recovery_text(orphan))
    box.setInformativeText(translate(
        "dialogs", "Recover opens it with its changes marked as unsaved; your own file is "
        "not changed until you save. Discard deletes the copy. Later keeps it for the next "
        "start."))
    recover = box.addButton(translate("dialogs", "&Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("dialogs", "&Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(translate("dialogs", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.setEscapeButton(later)
    give_mnemonics(box)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is recover:
        return "recover"
    if clicked is discard:
        return "discard"
    return "later"


def offer_save_as(parent: QWidget | None, title: str, message: str) -> bool:
    """After a save refused because the file or folder cannot be written: True for
    "Save As…" (choose another place), False for Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    box.setInformativeText(translate("dialogs", "You can save the brief under another name "
                                     "or in another folder."))
    save_as = box.addButton(translate("dialogs", "Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    give_mnemonics(box)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is save_as


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


# -- file choosers --------------------------------------------------------------------------

def show_single(parent: QWidget, kind: type[D], make: Callable[[QWidget], D]) -> D:
    """Show ``parent``'s window's dialog of ``kind``: the one already open is raised, else
    ``make(window)`` makes one, deleted when it closes (for dialogs that are not modal)."""
    window = parent.window()
    existing = window.findChild(kind)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = make(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _filters() -> str:
    return ";;".join([translate("dialogs", "Briefs (*.brief.yaml)"),
                      translate("dialogs", "YAML files (*.yaml *.yml)"),
                      translate("dialogs", "All files (*)")])


def get_open_path(parent: QWidget, folder: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, translate("dialogs", "Open Brief"),
                                                folder, _filters())
    return Path(name) if name else None


def get_save_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save; a name without ``.yaml``/``.yml`` gets ``.brief.yaml`` added."""
    name, _filter = QFileDialog.getSaveFileName(parent, translate("dialogs", "Save Brief As"),
                                                suggested, _filters())
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".yaml", ".yml"):
        path = path.with_name(path.name + BRIEF_SUFFIX)
    return path


# -- Getting started and About ----------------------------------------------------------------

def _getting_started_html() -> str:
    paragraphs = [
        translate("dialogs", "<h2>Getting started</h2>"),
        translate(
            "dialogs", "<p>BriefWriter walks you through a briefing paper step by step. The "
            "list on the left shows them in order, with a mark for each: an empty circle for "
            "a step not started, a tick when it is done, and a warning sign when something "
            "needs a look. You can go to any step at any time.</p>"),
        translate(
            "dialogs", "<p><b>Start with who you are and what the paper is for.</b> "
            "Organisation takes your name, country and contact; Occasion and audience asks "
            "which process or event the paper is for (the IMRF, a regional review, a Human "
            "Rights Council session or your own) and who will read it.</p>"),
        translate(
            "dialogs", "<p><b>Name your priorities in your own words.</b> Suggestions drawn "
            "from civil-society guidance are there if they help. Then, in Link to the GCM, "
            "tick the guiding principles, objectives and lettered actions of the Global "
            "Compact that each priority relates to. Search for words such as “detention” or "
            "“children” to find them quickly.</p>"),
        translate(
            "dialogs", "<p><b>Say what you want to achieve.</b> Pick engagement aims and turn "
            "each into a concrete ask: who should do what, by when. Add your key messages, "
            "recommendations, evidence with sources, pledges and co-signatories.</p>"),
        translate(
            "dialogs", "<p><b>Watch the paper take shape.</b> The pane on the right shows the "
            "real PDF and updates a moment after you stop typing. Choose a template and "
            "adjust the look in Template and look.</p>"),
        translate(
            "dialogs", "<p><b>Export.</b> Review and export lists anything worth checking; "
            "choose an item to jump to the field. Then export an accessible PDF (or HTML) "
            "with File ▸ Export PDF.</p>"),
        translate(
            "dialogs", "<p><b>Your work is kept safe.</b> Save with Ctrl+S: briefs are "
            "readable text files you can reopen next year or share with partners. Every "
            "change can be undone with Ctrl+Z, and a recovery copy is kept while you work, "
            "so a crash does not cost you your text.</p>"),
        translate(
            "dialogs", "<p>Everything works from the keyboard: Tab moves between fields, "
            "Alt+Left and Alt+Right (or Ctrl+Page Up and Ctrl+Page Down) go to the previous "
            "and next step, and F1 opens this guide again.</p>"),
    ]
    return "".join(paragraphs)


class TextDialog(QDialog):
    """A read-only page of rich text with a Close button."""

    def __init__(self, title: str, body_html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(title)
        self.browser.setHtml(body_html)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 80, metrics.height() * 30)


def getting_started_dialog(parent: QWidget | None) -> TextDialog:
    return TextDialog(translate("dialogs", "Getting Started with BriefWriter"),
                      _getting_started_html(), parent)


def _rows(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td>{html.escape(a)}&nbsp;&nbsp;</td><td>{html.escape(b)}</td></tr>"
                    for a, b in rows)
    return f"<table>{cells}</table>"


def _gcm_html() -> str:
    """Where the bundled GCM text comes from and how much of it is verified."""
    try:
        from briefwriter.core.gcm import load_gcm

        gcm = load_gcm()
    except Exception as error:  # a broken installation is reported here, not raised
        return fill(translate("dialogs", "<p>The GCM data could not be loaded: %1</p>"),
                    html.escape(str(error)))
    s = gcm.summary
    of = translate("dialogs", "%1 of %2 verified")
    rows = [
        (translate("dialogs", "Guiding principles"),
         fill(of, s.get("guiding_principles_verified", 0), len(gcm.principles))),
        (translate("dialogs", "Objective titles"),
         fill(of, s.get("titles_verified", 0), s.get("objectives", 0))),
        (translate("dialogs", "Commitments"),
         fill(translate("dialogs", "%1 verified, %2 partly verified, of %3"),
              s.get("commitments_verified", 0), s.get("commitments_partially_verified", 0),
              s.get("objectives", 0))),
        (translate("dialogs", "Actions"),
         fill(translate("dialogs", "%1 verified, %2 partly verified, %3 not yet verified, "
                        "of %4"),
              s.get("actions_verified", 0), s.get("actions_partially_verified", 0),
              s.get("actions_unverified", 0), s.get("actions_total", 0))),
    ]
    sources = "".join(
        f"<li>{html.escape(note.what)}"
        + (f' — <a href="{html.escape(note.url)}">{html.escape(note.url)}</a>'
           if note.url.startswith(("https://", "http://")) else "")
        + f"<br><i>{html.escape(note.used_for)}</i></li>"
        for note in gcm.source.provenance)
    verified = translate("dialogs", "<p>“Verified” means every word was compared with the "
                         "final text of %1. Wording not yet verified is flagged in the app "
                         "and, if you choose, in the PDF.</p>")
    from briefwriter.gui.gcm_import_dialog import text_in_use_line

    return (
        translate("dialogs", "<h3>The Global Compact for Migration text</h3>")
        + f"<p>{html.escape(gcm.source.citation)}</p>"
        + fill(translate("dialogs", "<p><b>Text in use:</b> %1</p>"),
               html.escape(text_in_use_line()))
        + _rows(rows)
        + fill(verified, html.escape(gcm.source.symbol))
        + translate("dialogs", "<p><b>Sources</b></p>") + f"<ul>{sources}</ul>"
    )


def about_html() -> str:
    versions = [
        ("BriefWriter", __version__),
        ("Qt", QtCore.qVersion()),
        ("PySide6", QtCore.__version__),
        ("Python", platform.python_version()),
    ]
    return (
        translate("dialogs", "<h2>BriefWriter</h2><p>Write briefing papers on migrants' "
                  "rights that cite the Global Compact for Migration, and export accessible "
                  "PDFs.</p>")
        + _rows(versions)
        + translate("dialogs", "<p>Code: GPL-3.0-or-later. Fonts: Noto, SIL Open Font "
                    "License 1.1.</p>")
        + _gcm_html()
    )


def open_getting_started(parent: QWidget) -> None:
    """Help ▸ Getting Started: the guide, beside the window (not modal)."""
    dialog = getting_started_dialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def open_about(parent: QWidget) -> None:
    dialog = about_dialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


def open_preferences(settings: Settings, parent: QWidget) -> None:
    """Edit ▸ Preferences; every window hears of the changes through ``settings.changed``."""
    dialog = PreferencesDialog(settings, parent)
    dialog.exec()
    dialog.deleteLater()


def about_dialog(parent: QWidget | None) -> TextDialog:
    return TextDialog(translate("dialogs", "About BriefWriter"), about_html(), parent)


# -- Preferences ----------------------------------------------------------------------------

class PreferencesDialog(QDialog):
    """Language, direction, autosave delay and the welcome screen at start-up; applied on OK.

    A new language or direction applies at once to every open window (the app's window
    group hears it through ``settings.changed``).
    """

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout()

        self.language = QComboBox(self)
        for value, label in language_choices():
            self.language.addItem(label, value)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.language.setAccessibleName(self.tr("Language of the app"))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)

        self.direction = QComboBox(self)
        for value, label in (("", self.tr("Automatic (from the language)")),
                             ("ltr", self.tr("Left to right")),
                             ("rtl", self.tr("Right to left"))):
            self.direction.addItem(label, value)
        self.direction.setCurrentIndex(max(0, self.direction.findData(settings.ui_direction)))
        self.direction.setAccessibleName(self.tr("Layout direction"))
        direction_label = QLabel(self.tr("Layout &direction:"), self)
        direction_label.setBuddy(self.direction)
        form.addRow(direction_label, self.direction)

        self.autosave = QSpinBox(self)
        self.autosave.setRange(MIN_AUTOSAVE_SECONDS, MAX_AUTOSAVE_SECONDS)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        self.autosave.setAccessibleName(self.tr("Seconds without typing before a recovery "
                                                "copy is saved"))
        autosave_label = QLabel(self.tr("&Recovery copy after a pause of:"), self)
        autosave_label.setBuddy(self.autosave)
        form.addRow(autosave_label, self.autosave)

        self.show_welcome = QCheckBox(self.tr("Show the welcome screen when BriefWriter &starts"),
                                      self)
        self.show_welcome.setChecked(settings.show_welcome)
        self.show_welcome.setAccessibleName(self.show_welcome.text().replace("&", ""))
        form.addRow(self.show_welcome)

        note = QLabel(self.tr("A new language or layout direction applies at once; your "
                              "work stays as it is."), self)
        note.setWordWrap(True)
        form.addRow(note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
            Qt.Orientation.Horizontal, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.ui_language = str(self.language.currentData())
        self.settings.ui_direction = str(self.direction.currentData())
        self.settings.autosave_seconds = self.autosave.value()
        self.settings.show_welcome = self.show_welcome.isChecked()
        self.settings.sync()
        super().accept()
