"""The workshop's Problems list: what ``lint_pack`` found and the last preview's render error,
each as "file:line:column — message"; activating one (click or Enter) asks to show that place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from briefwriter.render.lint import LintProblem

PLACE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Place:
    file: str
    line: int | None
    column: int | None


def render_problem(error: dict[str, Any] | None, entry: str) -> LintProblem:
    """A render result's ``error`` as a problem of the pack (``entry`` when no file is named)."""
    error = error or {}
    message = str(error.get("message") or QCoreApplication.translate(
        "Workshop", "The preview could not be made."))
    line = error.get("line")
    return LintProblem(file=str(error.get("template") or entry),
                       line=int(line) if isinstance(line, int) else None, column=None,
                       severity="error", code="render", message=message)


def problem_text(problem: LintProblem) -> str:
    return f"{problem.where()} — {problem.message}"


class ProblemsList(QListWidget):
    """Lint problems and the render error; ``placeChosen(file, line, column)`` (0 unknown)."""

    placeChosen = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems"))
        self.lint: list[LintProblem] = []
        self.render_error: LintProblem | None = None
        self.itemActivated.connect(self._choose)
        self.itemClicked.connect(self._choose)
        self._refill()

    def set_lint(self, problems: list[LintProblem]) -> None:
        self.lint = list(problems)
        self._refill()

    def set_render_error(self, problem: LintProblem | None) -> None:
        self.render_error = problem
        self._refill()

    def problems(self) -> list[LintProblem]:
        shown = [self.render_error] if self.render_error is not None else []
        return shown + [p for p in self.lint if p != self.render_error]

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _severity_name(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning")}.get(
            severity, self.tr("Note"))

    def _refill(self) -> None:
        self.clear()
        style = self.style()
        icons = {"error": QStyle.StandardPixmap.SP_MessageBoxCritical,
                 "warning": QStyle.StandardPixmap.SP_MessageBoxWarning}
        for problem in self.problems():
            text = problem_text(problem)
            item = QListWidgetItem(style.standardIcon(
                icons.get(problem.severity, QStyle.StandardPixmap.SP_MessageBoxInformation)),
                text)
            spoken = f"{self._severity_name(problem.severity)}: {text}"
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(spoken)
            item.setData(PLACE_ROLE, Place(problem.file, problem.line, problem.column))
            self.addItem(item)
        if not self.count():
            item = QListWidgetItem(self.tr("No problems found."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)

    def _choose(self, item: QListWidgetItem) -> None:
        place = item.data(PLACE_ROLE)
        if isinstance(place, Place):
            self.placeChosen.emit(place.file, place.line or 0, place.column or 0)
