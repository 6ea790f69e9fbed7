"""Runs the brief checks shortly after each edit and tells the GUI what they found.

The checks run as background jobs (``gui.jobs``) on a copy of the brief taken when they are
asked for, debounced so that a burst of typing triggers one run; the newest request wins,
and a result is shown only if the brief is still the one that was checked.
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from briefwriter.core.errors import Problem
from briefwriter.core.model import Brief
from briefwriter.gui import jobs
from briefwriter.gui.session import Session

DEBOUNCE_MS = 300
CHECKS_LANE = "checks"


def _check(brief: Brief, brief_dir: Path | None) -> list[Problem]:
    # Imported on the first run (in the background), not with this module: the checks
    # bring the GCM and catalogue data, which the window does not need to appear.
    from briefwriter.core.checks import check_brief
    from briefwriter.render.coverage import brief_coverage_problems
    from briefwriter.render.template_lookup import brief_template_problem

    problems = check_brief(brief, brief_dir)
    template = brief_template_problem(brief.template.name, brief_dir)
    if template is not None:
        return [template, *problems]
    return [*problems, *brief_coverage_problems(brief, brief_dir)]


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

    def _state(self) -> tuple[int, Path | None]:
        # What a result is valid for: every edit bumps the generation, and the folder
        # decides where the logo is looked for.
        return self.session.generation, self.session.brief_dir

    def run_now(self) -> None:
        """Check the brief as it is now, in the background; ``updated`` follows."""
        self._timer.stop()
        state = self._state()
        brief, brief_dir = copy.deepcopy(self.session.brief), self.session.brief_dir
        jobs.Job(self, lambda: _check(brief, brief_dir), lane=CHECKS_LANE).newest_wins() \
            .success(lambda problems: self._on_checked(state, problems)).run()

    def wait(self, msecs: int) -> bool:
        """Block until the checks asked for have run (at most ``msecs``); their result is
        then in ``problems``.  True if they finished in time."""
        return jobs.wait(self, msecs)

    def _on_checked(self, state: tuple[int, Path | None], problems: list[Problem]) -> None:
        if state != self._state():
            return  # the brief changed meanwhile, and a newer run has been asked for
        self.problems = problems
        self.updated.emit(problems)

    def problems_for(self, prefix: tuple[str | int, ...]) -> list[Problem]:
        return [p for p in self.problems if p.path[: len(prefix)] == prefix]
