"""Starts the desktop app: QApplication set-up, language and style, the open windows.

``run_app(["paper.brief.yaml"])`` opens that brief; ``--reverse`` (or
``BRIEFWRITER_UI_DIRECTION=rtl``) lays the UI out right to left; a language or direction
chosen in Preferences applies to every open window at once.  Quitting stops every
window's render worker before the process ends.  The first window is on screen before the
rest of the app is loaded (see ``MainWindow``); the file named is read once it is complete.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from briefwriter import __version__, paths
from briefwriter.gui.gc_guard import collect_on_gui_thread
from briefwriter.gui.i18n import apply_language
from briefwriter.gui.mainwindow import Life, MainWindow, Parts
from briefwriter.gui.settings import DIRECTION_KEY, LANGUAGE_KEY, Settings
from briefwriter.gui.style import apply_style


class WindowGroup(QObject):
    """The open windows of this process: creates them, and closes them all on Quit.

    The group alone decides whether a quit goes on: it closes the windows one by one, waits
    while one saves before closing (``Life.CLOSING``), resumes when that window has closed
    and gives up when its save fails (``closeAbandoned``) or the person keeps a window.

    It also switches the interface language: when the settings' language or direction
    changes, the new translations are installed once and every window is told
    (``MainWindow.change_language``).  ``argv`` keeps ``--reverse`` winning over the setting.
    """

    def __init__(self, settings: Settings, parts: Parts | None = None,
                 parent: QObject | None = None, argv: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.settings = settings
        self.parts = parts
        self.argv = tuple(argv)
        self.windows: list[MainWindow] = []
        self._quitting = False
        self._language_pending = False
        self._language_in_use = self._language_settings()  # set at start-up
        settings.changed.connect(self._on_setting_changed)

    def _language_settings(self) -> tuple[str, str]:
        return self.settings.ui_language, self.settings.ui_direction

    def is_quitting(self) -> bool:
        return self._quitting

    def _on_setting_changed(self, key: str) -> None:
        # Preferences sets the language and the direction one after the other: one switch.
        if key in (LANGUAGE_KEY, DIRECTION_KEY) and not self._language_pending:
            self._language_pending = True
            QTimer.singleShot(0, self.switch_language)

    def switch_language(self) -> None:
        """Install the language and direction of the settings; every window follows."""
        self._language_pending = False
        app = QApplication.instance()
        wanted = self._language_settings()
        if wanted == self._language_in_use or not isinstance(app, QApplication):
            return  # e.g. Preferences stored the language shown, for the first time
        self._language_in_use = wanted
        apply_language(app, self.settings.ui_language, self.settings.ui_direction, self.argv)
        for window in list(self.windows):
            window.change_language()

    def open_requested(self, path: Path) -> None:
        """A file the system asks the running app to open (macOS's Finder sends an "open
        file" event rather than a command line): in a window whose brief nobody has touched
        yet, else in a new window; a template pack shows what it holds."""
        target = None
        for window in self.windows:
            window.ensure_built()
            if window.documents.is_fresh():
                target = window
                break
        if target is None and is_pack_file(path) and self.windows:
            target = self.windows[-1]  # a pack is installed, not opened: any window will do
        if target is None:
            target = self.new_window()
            target.ensure_built()
        target.raise_()
        target.activateWindow()
        open_files(self, target, [path])

    def new_window(self, *, deferred: bool = False) -> MainWindow:
        window = MainWindow(self.settings, self.parts, group=self, deferred=deferred,
                            delete_on_close=True)
        window.show()
        return window

    def add(self, window: MainWindow) -> None:
        self.windows.append(window)
        window.closed.connect(lambda: self._forget(window))
        window.closeAbandoned.connect(self._stop_quitting)

    def _forget(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if self._quitting:
            QTimer.singleShot(0, self._close_next)  # once this close has finished

    def _stop_quitting(self) -> None:
        self._quitting = False

    def quit_all(self) -> None:
        """Close every window in turn; stops at the first one the person keeps open."""
        self._quitting = True
        self._close_next()

    def _close_next(self) -> None:
        while self._quitting and self.windows:
            window = self.windows[0]
            if not window.close():
                # Kept open; or saving first, and the quit goes on once it has closed.
                self._quitting = window.life is Life.CLOSING
                return
        self._quitting = False


def route_file_open(app: QApplication, event: QEvent) -> bool:
    """An "open file" event sent to the app (by macOS's Finder): handled when it names a file
    and the app has its windows; True when it was."""
    if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
        return False
    groups = app.findChildren(WindowGroup)  # the app makes one (tests make one each)
    if not groups or not event.file():
        return False
    groups[-1].open_requested(Path(event.file()))
    return True


class BriefWriterApplication(QApplication):
    """The app's QApplication: it also opens the files the system asks it to open."""

    def event(self, event: QEvent) -> bool:
        return route_file_open(self, event) or super().event(event)


def create_app(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (the existing one, if any), named for the settings and the desktop."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        program = sys.argv[0] if sys.argv and sys.argv[0] else "briefwriter"
        # Qt's own options (-style, -platform, ...) pass through; file names do not.
        app = BriefWriterApplication([program, *[a for a in argv if a.startswith("-")]])
    app.setApplicationName("BriefWriter")
    app.setOrganizationName("BriefWriter")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("briefwriter")  # = the desktop entry's name (briefwriter.desktop)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """BriefWriter's icon, in every size it was drawn in (scripts/build_icons.py)."""
    icon = QIcon()
    # Found by looking, not from desktop.ICON_SIZES: that module would load the brief model
    # before the first window is on screen.
    for png in (paths.resources_dir() / "icons" / "hicolor").glob("*/apps/briefwriter.png"):
        icon.addFile(str(png))
    return icon


def start(app: QApplication, argv: Sequence[str] = (), *, settings: Settings | None = None,
          parts: Parts | None = None) -> MainWindow:
    """Language, direction and style; the first window shown, with the file from ``argv``.

    The recovery offer and the welcome screen come once the window is complete.
    """
    settings = settings if settings is not None else Settings()
    apply_language(app, settings.ui_language, settings.ui_direction, argv)
    apply_style(app)
    group = WindowGroup(settings, parts, parent=app, argv=argv)  # lives as long as the app
    # Shown before the pages are made: the window is on screen at once, complete a moment later.
    window = group.new_window(deferred=True)
    files = [Path(a) for a in argv if not a.startswith("-")]

    def when_built() -> None:
        recovered = window.offer_recovery()
        if files:
            open_files(group, window, files)
        elif not recovered and window.settings.welcome_due():
            # The very first start, and later while "Show this at start-up" is ticked.
            window.settings.welcome_shown()
            window.show_welcome()

    window.built.connect(lambda: QTimer.singleShot(0, when_built))

    def stop_all() -> None:
        # However the app ends (Quit, last window closed, logout), stop the workers.
        for open_window in list(group.windows):
            open_window.shutdown()

    app.aboutToQuit.connect(stop_all)
    return window


def open_files(group: WindowGroup, window: MainWindow, files: Sequence[Path]) -> None:
    """The files named on the command line (a desktop passes every file double-clicked):
    the first brief in ``window``, each further brief in a window of its own, and each
    template pack (a ``.zip``) shown to be installed, as Templates ▸ Import does."""
    briefs = [f for f in files if not is_pack_file(f)]
    for number, brief in enumerate(briefs):
        (window if number == 0 else group.new_window()).open_path(brief)
    pack_files = [f for f in files if is_pack_file(f)]
    if pack_files:  # the template modules are loaded only when needed
        from briefwriter.gui.pack_dialogs import window_pack_actions

        for pack in pack_files:
            window_pack_actions(window.ctx, window).open_pack_file(pack)


def is_pack_file(path: Path) -> bool:
    """A template pack file (``NAME.brieftemplate.zip``, or any other ``.zip``)."""
    return path.name.lower().endswith(".zip")


#: The longest the cyclic garbage collector stays off while the first window starts.
GC_HOLD_MAX_MS = 10_000


def resume_garbage_collection_after(window: MainWindow) -> None:
    """Release the app's garbage collector (see ``gui.gc_guard``) once ``window`` has made its
    pages, first freezing what start-up made.

    Start-up creates hundreds of thousands of objects that live as long as the app (modules,
    classes, widgets' wrappers), and a full collection walks every one of them: 50-70 ms
    with the event loop stopped, in the middle of start-up.  Frozen, they are also left out
    of every later collection; the few garbage cycles start-up leaves are not reclaimed.
    """
    app = QApplication.instance()
    assert app is not None
    collector = collect_on_gui_thread(app)
    deadline = QTimer(window)  # whatever happens
    deadline.setSingleShot(True)

    def resume(*_args: object) -> None:
        deadline.stop()
        collector.release()

    deadline.timeout.connect(resume)
    deadline.start(GC_HOLD_MAX_MS)
    window.built.connect(lambda: window.steps.allMade.connect(resume))
    window.closed.connect(resume)


def run_app(argv: Sequence[str]) -> int:
    """Run the app until the last window closes; returns the exit code."""
    gc.disable()  # until the first window is complete: see resume_garbage_collection_after
    try:
        app = create_app(argv)
        collect_on_gui_thread(app).hold()
        window = start(app, argv)
    except BaseException:
        gc.enable()
        raise
    resume_garbage_collection_after(window)
    return int(app.exec())
