"""What every ``briefwriter`` command shares: the exit codes, the error a command reports for a
mistake in how it was used, and where its output goes."""

from __future__ import annotations

import sys
from pathlib import Path

COMMANDS = ("render", "check", "new", "continue", "templates", "gcm", "demo", "brand",
            "self-check", "install-desktop", "uninstall-desktop")
PDF_VARIANTS = ("ua-1", "a-3u", "none")
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_WARNINGS = 0, 1, 2, 3


class UserError(Exception):
    """A mistake in how the command was used (missing file, existing output, ...).

    Reported like the core's errors (``BriefWriterError``), whose module is imported only
    when one is raised: opening the app should not wait for the brief model to load.
    """


def out(text: str = "") -> None:
    print(text)


def err(text: str) -> None:
    print(text, file=sys.stderr)


def existing_file(name: str) -> Path:
    path = Path(name)
    if not path.is_file():
        raise UserError(f"{name}: no such file.")
    return path
