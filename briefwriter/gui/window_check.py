"""The window part of ``briefwriter self-check``: the app as it starts for a person, with a
brief given, until the preview shows its pages; then every window closed and its worker
stopped.

The caller chooses the settings and recovery folders (see ``briefwriter.self_check``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import (
    QDeadlineTimer,
    QEventLoop,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)

from briefwriter.gui.app import create_app, start
from briefwriter.gui.mainwindow import MainWindow


def _state(window: MainWindow, brief: Path) -> tuple[bool, str]:
    """(finished, what went wrong or ""): pages on screen for ``brief``, or a failure."""
    session = getattr(window, "session", None)
    preview = getattr(window, "preview", None)
    if session is None or preview is None or session.path is None:
        return False, ""
    if Path(session.path).resolve() != brief.resolve():
        return True, f"the window opened {session.path}, not {brief}"
    banner = getattr(preview, "banner", None)
    if banner is not None and banner.isVisible() and banner.text():
        return True, f"the preview says: {banner.text()}"
    return getattr(preview, "pages", 0) > 0, ""


#: What Qt's offscreen platform says about every window: not a problem of the app.
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if message != _OFFSCREEN_NOISE:
        print(message, file=sys.stderr)


def open_window_with(brief: Path, timeout_s: float) -> str:
    """Start the app with ``brief``; returns what was shown, or raises RuntimeError."""
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        return _open_window_with(brief, timeout_s)
    finally:
        qInstallMessageHandler(previous)


def _open_window_with(brief: Path, timeout_s: float) -> str:
    app = create_app([])
    window = start(app, [str(brief)])
    deadline = QDeadlineTimer(int(timeout_s * 1000))
    loop = QEventLoop()
    outcome: list[str] = []

    def poll() -> None:
        finished, problem = _state(window, brief)
        if problem:
            outcome.append(problem)
        if finished or problem or deadline.hasExpired():
            loop.quit()

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(100)
    loop.exec()
    timer.stop()
    pages = getattr(window.preview, "pages", 0)
    title = window.windowTitle().replace("[*]", "")
    window.group.quit_all()  # nothing was changed: no question is asked
    for open_window in list(window.group.windows):
        open_window.shutdown()
    app.processEvents()
    if outcome:
        raise RuntimeError(outcome[0])
    if not pages:
        raise RuntimeError(f"no preview within {timeout_s:.0f} s (window {title!r})")
    return f"{title!r} opened, preview of {pages} pages"
