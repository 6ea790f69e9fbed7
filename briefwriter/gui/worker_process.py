"""The worker's child process as the GUI starts it, and the plain words for a render's failure.

``WorkerProcess`` is a QProcess started from a ``render.launch.WorkerLaunch`` (the one place
that knows how a worker is started), keeping the launch so its private temporary folder can be
removed once the process has been reaped.  ``describe_error`` turns a result's ``error`` into
the line people read ("template.html.j2, line 3: message"); ``failed_result`` is the result
the GUI side gives a job it ended itself (cancelled, or lost with a crashed worker).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment

from briefwriter.gui.i18n import fill
from briefwriter.render.launch import WorkerLaunch


def describe_error(error: dict[str, Any] | None) -> str:
    """One plain-words line for a result's ``error``: "template.html.j2, line 3: message"."""
    error = error or {}
    message = str(error.get("message") or QCoreApplication.translate(
        "RenderService", "The document could not be rendered."))
    where = str(error.get("template") or "")
    line = error.get("line")
    if line:
        where = fill(QCoreApplication.translate("RenderService", "%1, line %2"), where, line) \
            if where else fill(QCoreApplication.translate("RenderService", "line %1"), line)
    return f"{where}: {message}" if where else message


def failed_result(job_id: int, kind: str, message: str) -> dict[str, Any]:
    """A result of the protocol's shape for a job that the GUI side ended (cancel, crash)."""
    return {"id": job_id, "ok": False, "pages": 0, "warnings": [], "timings": {},
            "error": {"kind": kind, "message": message, "template": "", "line": None}}


class WorkerProcess(QProcess):
    """A worker's QProcess with the launch it was started from (its private TMPDIR)."""

    def __init__(self, launch: WorkerLaunch, parent: QObject) -> None:
        super().__init__(parent)
        self.launch = launch
        self.setProgram(launch.program)
        self.setArguments(launch.arguments)
        env = QProcessEnvironment()
        for name, value in launch.environment.items():
            env.insert(name, value)
        self.setProcessEnvironment(env)
