"""Runs the brief checks shortly after each edit and tells the GUI what they found.

The checks are pure Python over a small model (milliseconds), so they run on the GUI thread,
debounced so that a burst of typing triggers one run.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from briefwriter.core.errors import Problem
from briefwriter.gui.session import Session

DEBOUNCE_MS = 300


class CheckRunner(QObject):
    """Keeps ``problems`` up to date with the session's brief; emits ``updated`` after a run."""

    updated = Signal(list)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.problems: list[Problem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        session.changed.connect(self._schedule)
        session.reset.connect(self.run_now)
        session.pathChanged.connect(self._schedule)  # the logo is found relative to the file

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def run_now(self) -> None:
        # Imported on the first run, not with this module: the checks bring the GCM and
        # catalogue data, which the window does not need to appear.
        from briefwriter.core.checks import check_brief

        self._timer.stop()
        self.problems = check_brief(self.session.brief, self.session.brief_dir)
        self.updated.emit(self.problems)

    def problems_for(self, prefix: tuple[str | int, ...]) -> list[Problem]:
        return [p for p in self.problems if p.path[: len(prefix)] == prefix]
