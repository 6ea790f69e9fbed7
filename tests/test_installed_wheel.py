"""The built wheel, installed into a fresh virtual environment outside the source tree, is the
whole app: scripts/test_installed_wheel.py says what it checks (self-check with the window,
an installed example rendered, a newer file format refused, the person's settings, template
pack, brand kit and recovery copy kept across a reinstall and an upgrade)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(900)  # a fresh venv: PySide6 and WeasyPrint are installed again
def test_the_installed_wheel_works_and_keeps_the_persons_work():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "test_installed_wheel.py"),
         "--build-python", sys.executable],
        capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    assert "Upgraded to " in done.stdout and "Reinstalled: the work is all there." in done.stdout
