"""How a render worker process is started: program, arguments and environment, in one place.

The command line's blocking client (render/client.py) and the GUI's QProcess service both
start workers from a ``WorkerLaunch``, so the two cannot drift apart.  Each launch owns a
private temporary folder, given to the worker as TMPDIR: WeasyPrint keeps copies of the fonts
there (about 5 MB), and a worker that is killed cannot remove them itself.  Whoever starts
the process calls ``cleanup()`` once the process has been reaped, however it ended.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

WORKER_MODULE = "briefwriter.render.worker"
#: the first argument that makes a frozen BriefWriter executable run as a render worker
FROZEN_WORKER_ARGUMENT = "--render-worker"
#: tells a PyInstaller program that it is a new instance, not a helper of its parent
PYINSTALLER_RESET = "PYINSTALLER_RESET_ENVIRONMENT"
TMPDIR_PREFIX = "briefwriter-worker-"
#: the folder that holds the ``briefwriter`` package the parent runs: the worker must import
#: this very copy, whether it is installed, a source checkout or a second worktree
PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])


@dataclass
class WorkerLaunch:
    """One worker process to start: ``program`` with ``arguments`` in ``environment``."""

    program: str
    arguments: list[str]
    environment: dict[str, str]
    tmpdir: Path
    _cleaned: bool = field(default=False, repr=False)

    @property
    def command(self) -> list[str]:
        """``[program, *arguments]``, as ``subprocess.Popen`` takes it."""
        return [self.program, *self.arguments]

    def cleanup(self) -> None:
        """Remove the worker's temporary folder; call it once the process has been reaped.

        Safe to call more than once.
        """
        if not self._cleaned:
            self._cleaned = True
            shutil.rmtree(self.tmpdir, ignore_errors=True)


def worker_launch(
    *,
    memory_mb: int | None = None,
    job_time_limit: int | None = None,
    python: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> WorkerLaunch:
    """A launch for one worker; it makes the worker's temporary folder, so ``cleanup()``
    must follow (also when the process fails to start).

    ``memory_mb`` and ``job_time_limit`` default to the worker's own defaults;
    ``environ`` (default: this process's environment) is the environment to start from;
    ``python`` (default: this interpreter, or in a frozen BriefWriter its own executable) is
    the Python that runs the worker.
    """
    environment = dict(os.environ if environ is None else environ)
    if python is None and getattr(sys, "frozen", False):
        # The bundle's executable is the program and carries its own copy of the package.
        # Started as a new instance of the bundle (PyInstaller's variable), its loader puts
        # the bundle's libraries first again: WeasyPrint's Pango, not the system's.
        program, arguments = sys.executable, [FROZEN_WORKER_ARGUMENT]
        environment[PYINSTALLER_RESET] = "1"
    else:
        program, arguments = python or sys.executable, ["-m", WORKER_MODULE]
        environment["PYTHONPATH"] = os.pathsep.join(
            p for p in (PACKAGE_PARENT, environment.get("PYTHONPATH")) if p)
    if memory_mb is not None:
        arguments += ["--memory-mb", str(memory_mb)]
    if job_time_limit is not None:
        arguments += ["--job-time-limit", str(job_time_limit)]
    # mkdtemp makes a folder only this user can read, in this process's temporary folder.
    tmpdir = Path(tempfile.mkdtemp(prefix=TMPDIR_PREFIX))
    environment["TMPDIR"] = str(tmpdir)
    return WorkerLaunch(program=program, arguments=arguments, environment=environment,
                        tmpdir=tmpdir)
