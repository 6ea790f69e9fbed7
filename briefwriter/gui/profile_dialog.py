"""The organisation profile in the app (``core.profile``): Tools ▸ Organisation Profile… edits
it in one place, and the Organisation step's bar puts it into the brief ("Use saved profile")
or keeps the brief's organisation as the profile ("Save as profile").

The dialog shows the Organisation step's own page, bound to a private session that holds the
profile's organisation, so the profile is edited with the very fields (labels, checks, the
logo field) the brief uses.  Every file is read and written in the ``files`` lane.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefwriter.core.errors import BriefWriterError
from briefwriter.core.logo import LogoRefused, resolve_logo_path
from briefwriter.core.model import Brief, FieldPath, Organisation
from briefwriter.gui import jobs
from briefwriter.gui.context import AppContext
from briefwriter.gui.dialogs import show_error, show_info, show_single
from briefwriter.gui.i18n import fill
from briefwriter.gui.session import Session
from briefwriter.gui.widgets.forms import hint_label, line_height, text_width, translate

if TYPE_CHECKING:
    from briefwriter.core.profile import Profile, StagedProfile

FILES_LANE = "files"
ORGANISATION: FieldPath = ("organisation",)
PROFILE_SUFFIX = ".orgprofile"  # core.profile.PROFILE_SUFFIX (a test keeps them the same)
PROFILE_FILTER = f"*{PROFILE_SUFFIX}"


def _profile() -> ModuleType:
    # Imported on first use: the Organisation step (the first page shown) has this bar, and
    # the profile's reader (YAML, zip) is not needed to put it on screen.
    from briefwriter.core import profile

    return profile


def error_text(error: Exception) -> str:
    """What went wrong, in the words the core gave (file, line, field and cause)."""
    if isinstance(error, OSError):
        return f"{error.filename or ''}{': ' if error.filename else ''}{error.strerror or error}"
    return str(error)


def file_job(parent: QWidget, op: Callable[[], Any], done: Callable[[Any], object],
             title: str, busy: Callable[[bool], None] | None = None) -> None:
    """Run ``op`` in the files lane; a refusal is shown in full under ``title``."""
    if busy is not None:
        busy(True)

    def succeeded(result: Any) -> None:
        if busy is not None:
            busy(False)
        done(result)

    def failed(error: Exception) -> None:
        if busy is not None:
            busy(False)
        if not isinstance(error, BriefWriterError | LogoRefused | OSError):
            raise error
        show_error(parent, title, f"{title}.\n\n{error_text(error)}")

    jobs.Job(parent, op, lane=FILES_LANE).success(succeeded).failure(failed).run()


def logo_source(org: Organisation, brief_dir: Path | None) -> Path | None:
    """The file ``org.logo`` names in ``brief_dir`` (``None`` without a logo); ``LogoRefused``
    when it names a place outside the folder."""
    if not org.logo.strip() or brief_dir is None:
        return None
    return resolve_logo_path(org.logo, brief_dir)


def describe(org: Organisation, source: str) -> str:
    """What a profile holds, in a few lines (before it is used)."""
    none = "—"
    contact = ", ".join(v for v in (org.contact.name, org.contact.email, org.contact.website)
                        if v)
    lines = [fill(translate("ProfileDialog", "%1 holds the profile of “%2”:"), source,
                  org.name or translate("ProfileDialog", "an unnamed organisation")),
             fill(translate("ProfileDialog", "Acronym: %1"), org.acronym or none),
             fill(translate("ProfileDialog", "Country: %1"), org.country or none),
             fill(translate("ProfileDialog", "Contact: %1"), contact or none),
             fill(translate("ProfileDialog", "Logo: %1"), org.logo or none)]
    return "\n".join(lines)


class ProfileDialog(QDialog):
    """Edit the saved organisation profile; Save keeps it, Export/Import share it."""

    #: the saved profile was read (or there is none) and the fields show it
    loaded = Signal()
    #: the profile was saved or imported (the path of its folder)
    saved = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from briefwriter.gui.steps.organisation import OrganisationPage

        self.ctx = ctx
        self.setWindowTitle(self.tr("Organisation Profile"))
        self.setAccessibleName(self.tr("Organisation profile"))
        # The profile's organisation, in a brief of its own: the page edits it like a brief's.
        self.session = Session(Brief(), None, self)
        self.page = OrganisationPage(dataclasses.replace(ctx, session=self.session), self)
        self.page.profile_bar.hide()
        self.page.safety.hide()  # safety mode is the brief's choice, not the organisation's
        self.page.set_texts(self.tr("Organisation Profile"), self.tr(
            "Who you are, saved once: every new brief starts with it, and partners can use "
            "the exported file to add you as a co-signatory."))
        self.status = hint_label("")
        self.status.setAccessibleName(self.tr("Profile status"))
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("I&mport…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = buttons.addButton(self.tr("E&xport…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("Cl&ose"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setToolTip(self.tr("Use a profile file made on another computer"))
        self.export_button.setToolTip(self.tr(
            "Save the profile as a file partners can add as a co-signatory"))
        self.import_button.clicked.connect(self.import_profile)
        self.export_button.clicked.connect(lambda: self.export_profile())
        self.save_button.clicked.connect(lambda: self.save())
        self.close_button.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        self.setMinimumWidth(text_width(self, 80))
        self.setMinimumHeight(line_height(self) * 24)
        self.resize(text_width(self, 90), line_height(self) * 40)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._busy(True)
        file_job(self, _profile().load_profile, self._show, self.tr("The saved profile cannot be "
                                                                  "used; saving replaces it"),
                 self._busy)

    def organisation(self) -> Organisation:
        return copy.deepcopy(self.session.brief.organisation)

    def _show(self, loaded: Profile | None) -> None:
        brief = Brief()
        if loaded is None:
            self.status.setText(self.tr("No profile yet: fill in the fields and press Save."))
            self.session.replace_brief(brief, None)
        else:
            brief.organisation = copy.deepcopy(loaded.organisation)
            self.session.replace_brief(brief, None)
            self.session.choose_folder(loaded.folder)  # where its logo is
            self.status.setText(fill(self.tr("Saved in %1"), str(loaded.folder)))
        self.loaded.emit()

    def _busy(self, busy: bool) -> None:
        for button in (self.save_button, self.export_button, self.import_button):
            button.setEnabled(not busy)

    def save(self, then: Callable[[Profile], object] | None = None) -> None:
        org = self.organisation()
        folder = self.session.brief_dir

        def op() -> Profile:
            return _profile().save_profile(org, logo_source(org, folder))

        def saved(result: Profile) -> None:
            self._show(result)
            self.saved.emit(str(result.folder))
            if then is not None:
                then(result)

        file_job(self, op, saved, self.tr("The profile was not saved; the previous one is "
                                          "unchanged"), self._busy)

    def export_profile(self) -> None:
        name = self.organisation().acronym or self.organisation().name or "organisation"
        suggested = str(Path(self.ctx.settings.last_folder or Path.home())
                        / f"{name}{PROFILE_SUFFIX}")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Organisation Profile"), suggested,
            fill(self.tr("Organisation profiles (%1)"), PROFILE_FILTER))
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != PROFILE_SUFFIX:
            out = out.with_name(out.name + PROFILE_SUFFIX)

        def written(path: Path) -> None:
            show_info(self, self.tr("Profile exported"), fill(self.tr(
                "The profile was saved as %1. A partner adds you to their brief with "
                "“Add from a partner's profile…” on the Co-signatories step."), str(path)))

        # What is exported is what the fields show: saved first.
        self.save(then=lambda _saved: file_job(
            self, lambda: _profile().export_profile(out), written,
            self.tr("The profile was not exported"), self._busy))

    def import_profile(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import Organisation Profile"), self.ctx.settings.last_folder,
            fill(self.tr("Organisation profiles (%1)"), PROFILE_FILTER))
        if not chosen:
            return
        source = Path(chosen)
        title = self.tr("The profile was not imported; nothing was changed")

        def opened(staged: StagedProfile) -> None:
            from briefwriter.gui.pack_dialogs import ask_confirm

            text = describe(staged.profile.organisation, source.name) + "\n\n" + self.tr(
                "It replaces your saved profile.")
            if not ask_confirm(self, self.tr("Import Organisation Profile"), text,
                               self.tr("&Replace My Profile")):
                jobs.Job(self, staged.discard, lane=FILES_LANE).run()
                return
            def installed(result: Profile) -> None:
                self._show(result)
                self.status.setText(fill(self.tr("Imported from %1"), source.name))
                self.saved.emit(str(result.folder))

            file_job(self, lambda: _profile().install_staged(staged), installed, title,
                     self._busy)

        file_job(self, lambda: _profile().open_profile_file(source), opened, title, self._busy)


def open_profile_dialog(ctx: AppContext, parent: QWidget) -> ProfileDialog:
    """Show the profile dialog of ``parent``'s window (the one already open is raised)."""
    return show_single(parent, ProfileDialog, lambda window: ProfileDialog(ctx, window))


class ProfileBar(QWidget):
    """The Organisation step's top bar: "Use saved profile" and "Save as profile"."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.use_button = QPushButton(self.tr("&Use saved profile"), self)
        self.use_button.setToolTip(self.tr(
            "Fill in this page from your organisation profile (Tools ▸ Organisation Profile…)"))
        self.use_button.clicked.connect(self.use_profile)
        self.save_button = QPushButton(self.tr("Save as &profile"), self)
        self.save_button.setToolTip(self.tr(
            "Keep this organisation as your profile, for every new brief"))
        self.save_button.clicked.connect(self.save_as_profile)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.use_button)
        row.addWidget(self.save_button)
        row.addStretch(1)

    def _busy(self, busy: bool) -> None:
        self.use_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def use_profile(self) -> None:
        brief_dir = self.session.path.parent if self.session.path is not None else None

        def op() -> tuple[Profile | None, str]:
            loaded = _profile().load_profile()
            if loaded is None or loaded.logo_file() is None or brief_dir is None:
                return loaded, loaded.organisation.logo if loaded is not None else ""
            # A saved brief keeps its logo beside it: the profile's is copied there.
            from briefwriter.gui.widgets.logo_field import adopt_logo

            logo_file = loaded.logo_file()
            assert logo_file is not None
            return loaded, adopt_logo(logo_file, brief_dir)

        def done(result: tuple[Profile | None, str]) -> None:
            loaded, logo = result
            if loaded is None:
                show_info(self, self.tr("No saved profile"), self.tr(
                    "There is no organisation profile yet. Fill in this page and press "
                    "“Save as profile”, or use Tools ▸ Organisation Profile…"))
                return
            org = copy.deepcopy(loaded.organisation)
            org.logo = logo
            org.extra = copy.deepcopy(self.session.brief.organisation.extra)
            if self.session.path is None and logo:
                self.session.choose_folder(loaded.folder)  # copied next to it on saving
            self.session.set_value(ORGANISATION, org, self.tr("Use saved profile"))

        file_job(self, op, done, self.tr("The saved profile cannot be used"), self._busy)

    def save_as_profile(self) -> None:
        org = copy.deepcopy(self.session.brief.organisation)
        brief_dir = self.session.brief_dir

        def go() -> None:
            file_job(self, lambda: _profile().save_profile(org, logo_source(org, brief_dir)),
                     lambda saved: show_info(self, self.tr("Profile saved"), fill(self.tr(
                         "“%1” is now your organisation profile: every new brief starts "
                         "with it."), saved.organisation.name or self.tr("Your organisation"))),
                     self.tr("The profile was not saved; the previous one is unchanged"),
                     self._busy)

        def asked(existing: Organisation | None) -> None:
            from briefwriter.gui.pack_dialogs import ask_confirm

            if existing is not None and existing != _without_extra(org) and not ask_confirm(
                    self, self.tr("Save as Profile"), fill(self.tr(
                        "Replace your saved profile (“%1”) with this brief's organisation?"),
                        existing.name or self.tr("unnamed")), self.tr("&Replace Profile")):
                return
            go()

        file_job(self, _saved_or_none, asked,
                 self.tr("The saved profile cannot be read"), self._busy)


def _saved_or_none() -> Organisation | None:
    """The saved organisation; ``None`` also when it cannot be read (saving replaces it)."""
    try:
        return _profile().read_profile_settings()
    except _profile().ProfileError:
        return None


def _without_extra(org: Organisation) -> Organisation:
    plain = copy.deepcopy(org)
    plain.extra = {}
    plain.contact.extra = {}
    return plain
