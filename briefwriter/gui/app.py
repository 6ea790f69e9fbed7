"""Starts the desktop app: QApplication set-up, language and style, the open windows.

``run_app(["paper.brief.yaml"])`` opens that brief; ``--reverse`` (or
``BRIEFWRITER_UI_DIRECTION=rtl``) lays the UI out right to left.  Quitting stops every
window's render worker before the process ends.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from briefwriter import __version__
from briefwriter.gui.i18n import apply_language
from briefwriter.gui.mainwindow import MainWindow, Parts
from briefwriter.gui.settings import Settings
from briefwriter.gui.style import apply_style


class WindowGroup(QObject):
    """The open windows of this process: creates them, and closes them all on Quit."""

    def __init__(self, settings: Settings, parts: Parts | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.parts = parts
        self.windows: list[MainWindow] = []
        self.quitting = False

    def new_window(self, *, deferred: bool = False) -> MainWindow:
        window = MainWindow(self.settings, self.parts, group=self, deferred=deferred)
        window.delete_on_close = True
        window.show()
        return window

    def add(self, window: MainWindow) -> None:
        self.windows.append(window)
        window.closed.connect(lambda: self._forget(window))

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def quit_all(self) -> None:
        """Close every window in turn; stops at the first one the person keeps open."""
        self.quitting = True
        for window in list(self.windows):
            if not window.close():
                # Cancelled, or saving first (the window resumes the quit once it closes).
                self.quitting = window.close_pending
                return
        self.quitting = False


def create_app(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (the existing one, if any), named for the settings and the desktop."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        program = sys.argv[0] if sys.argv and sys.argv[0] else "briefwriter"
        # Qt's own options (-style, -platform, ...) pass through; file names do not.
        app = QApplication([program, *[a for a in argv if a.startswith("-")]])
    app.setApplicationName("BriefWriter")
    app.setOrganizationName("BriefWriter")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefwriter")
    return app


def start(app: QApplication, argv: Sequence[str] = (), *, settings: Settings | None = None,
          parts: Parts | None = None) -> MainWindow:
    """Language, direction and style; the first window shown, with the file from ``argv``.

    The recovery offer and the first-run guide come once the window is complete.
    """
    settings = settings if settings is not None else Settings()
    apply_language(app, settings.ui_language, settings.ui_direction, argv)
    apply_style(app)
    group = WindowGroup(settings, parts, parent=app)  # lives as long as the app
    # Shown before the pages are made: the window is on screen at once, complete a moment later.
    window = group.new_window(deferred=True)
    files = [Path(a) for a in argv if not a.startswith("-")]

    def when_built() -> None:
        recovered = window.offer_recovery()
        if files:
            window.documents.open_path(files[0])
        elif not recovered:
            window.maybe_show_getting_started()

    window.built.connect(lambda: QTimer.singleShot(0, when_built))

    def stop_all() -> None:
        # However the app ends (Quit, last window closed, logout), stop the workers.
        for open_window in list(group.windows):
            open_window.shutdown()

    app.aboutToQuit.connect(stop_all)
    return window


def run_app(argv: Sequence[str]) -> int:
    """Run the app until the last window closes; returns the exit code."""
    app = create_app(argv)
    start(app, argv)
    return int(app.exec())
