"""Adding BriefWriter to the Linux applications menu from inside the app, for a person who
started it from a folder and never used a terminal: the welcome screen's offer and Help ▸
Add to / Remove from the Applications Menu.  Both do what ``briefwriter install-desktop`` and
``uninstall-desktop`` do (``briefwriter.desktop``).

What is installed is read, and the files written, in the desktop lane (``gui.jobs``): the
cache tools it runs may take a while, and the disk is never touched on the GUI thread.  On
systems whose desktops do not follow freedesktop.org the offer and the actions are hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from briefwriter import desktop
from briefwriter.gui import jobs
from briefwriter.gui.dialogs import show_error, show_info
from briefwriter.gui.i18n import fill
from briefwriter.gui.widgets.forms import hint_label
from briefwriter.gui.widgets.mnemonics import resolve_mnemonics

if TYPE_CHECKING:
    from briefwriter.gui.mainwindow import MainWindow

translate = QCoreApplication.translate

DESKTOP_LANE = "desktop"


def _added_text(report: desktop.DesktopReport) -> str:
    text = translate("DesktopOffer", "BriefWriter is now in your applications menu, with its "
                     "icon, and double-clicking a brief opens it in BriefWriter.")
    if any(not note.startswith("Refreshed") for note in report.notes):
        text += " " + translate("DesktopOffer", "Your desktop may take a moment, or a new "
                                "login, to show it.")
    return text


def _error_text(error: Exception) -> str:
    """The cause in plain words: a file's problem names the file (no error number)."""
    if isinstance(error, OSError) and error.strerror:
        return f"{error.filename}: {error.strerror}." if error.filename else error.strerror
    return str(error) or type(error).__name__


class DesktopOffer(QWidget):
    """The welcome screen's offer: a line saying what it does, the button, and then what was
    done (or why it could not be).  Shown only while this launcher is not in the menu."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.explanation = hint_label(translate(
            "DesktopOffer", "Puts BriefWriter in your desktop's applications menu with its "
            "icon, so that double-clicking a brief opens it."), self)
        self.button = QPushButton(
            translate("DesktopOffer", "Add BriefWriter to the &Applications Menu"), self)
        self.button.setAccessibleDescription(self.explanation.text())
        self.button.clicked.connect(self.add)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.explanation, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.hide()
        if desktop.supported():
            jobs.Job(self, desktop.installed_for, lane=DESKTOP_LANE) \
                .success(self._show_state).run()

    def _show_state(self, installed: bool) -> None:
        self.setVisible(not installed)
        if not installed:
            resolve_mnemonics(self.window(), set())  # its letter, free in this language

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.show()

    def add(self) -> None:
        self.button.setEnabled(False)
        self._say(translate("DesktopOffer", "Adding BriefWriter to the applications menu…"))
        jobs.Job(self, desktop.install, lane=DESKTOP_LANE) \
            .success(self._added).failure(self._failed).run()

    def _added(self, report: desktop.DesktopReport) -> None:
        self.button.hide()
        self.explanation.hide()
        self._say(_added_text(report))

    def _failed(self, error: Exception) -> None:
        self.button.setEnabled(True)
        self._say(fill(translate("DesktopOffer", "BriefWriter could not be added to the "
                                 "applications menu: %1"), _error_text(error)))


# -- Help ▸ Add to / Remove from the Applications Menu --------------------------------------

def update_actions(window: MainWindow) -> None:
    """Enable Add or Remove after what is installed for this launcher (read in the lane);
    both stay hidden where there is no applications menu to add to."""
    add, remove = window.add_to_menu_action, window.remove_from_menu_action
    add.setVisible(desktop.supported())
    remove.setVisible(desktop.supported())
    if not desktop.supported():
        return

    def show(state: tuple[bool, bool]) -> None:
        installed, any_install = state
        add.setEnabled(not installed)
        remove.setEnabled(any_install)

    jobs.Job(window, lambda: (desktop.installed_for(),
                              desktop.manifest_path().is_file()),
             lane=DESKTOP_LANE).success(show).run()


def add_to_menu(window: MainWindow) -> None:
    def done(report: desktop.DesktopReport) -> None:
        update_actions(window)
        show_info(window, translate("DesktopOffer", "Added to the Applications Menu"),
                  _added_text(report))

    _run(window, desktop.install, done,
         translate("DesktopOffer", "BriefWriter could not be added to the applications menu"))


def remove_from_menu(window: MainWindow) -> None:
    def done(report: desktop.DesktopReport) -> None:
        update_actions(window)
        text = (translate("DesktopOffer", "BriefWriter is no longer in your applications "
                          "menu, and briefs no longer open in it with a double-click.")
                if report.files else
                translate("DesktopOffer", "BriefWriter was not in the applications menu: "
                          "there was nothing to remove."))
        show_info(window, translate("DesktopOffer", "Removed from the Applications Menu"), text)

    _run(window, desktop.uninstall, done,
         translate("DesktopOffer", "BriefWriter could not be removed from the applications "
                   "menu"))


def _run(window: MainWindow, op: Callable[[], desktop.DesktopReport],
         done: Callable[[desktop.DesktopReport], None], title: str) -> None:
    window.add_to_menu_action.setEnabled(False)
    window.remove_from_menu_action.setEnabled(False)

    def failed(error: Exception) -> None:
        update_actions(window)
        show_error(window, title, _error_text(error))

    jobs.Job(window, op, lane=DESKTOP_LANE).success(done).failure(failed).run()
