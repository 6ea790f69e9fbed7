"""Building the wheel compiles the interface translations (``resources/i18n/*.ts``) into the
``.qm`` files the app loads, so a wheel is complete whether or not ``make translations`` ran.

Qt's ``lrelease`` compiles them; it comes with PySide6 (a build requirement in
pyproject.toml).  The compiled files go into a temporary folder and are added to the wheel
under ``briefwriter/resources/i18n/``, taking the place of any older ones in the source tree.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TS_FOLDER = "resources/i18n"
WHEEL_FOLDER = "briefwriter/resources/i18n"


def find_lrelease() -> Path:
    """Qt's lrelease: ``$LRELEASE``, else the one in the PySide6 package, else on PATH."""
    named = os.environ.get("LRELEASE")
    if named:
        return Path(named)
    program = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / program
        if candidate.is_file():
            return candidate
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return Path(found)
    raise RuntimeError(
        "Building the BriefWriter wheel compiles its interface translations with Qt's "
        "lrelease, which comes with PySide6: install PySide6-Essentials into the build "
        "environment (pyproject.toml lists it among the build requirements), or name the "
        "program in the LRELEASE environment variable.")


def compile_translations(sources: list[Path], out_dir: Path, lrelease: Path) -> list[Path]:
    """``name.ts`` -> ``out_dir/name.qm`` for each source; RuntimeError naming the file that
    failed, with lrelease's own words."""
    compiled = []
    for ts in sources:
        qm = out_dir / f"{ts.stem}.qm"
        done = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0 or not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(f"{ts}: lrelease could not compile it: "
                               f"{(done.stderr or done.stdout).strip() or 'no output'}")
        compiled.append(qm)
    return compiled


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    """The wheel's build hook (see the module's description)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        sources = sorted((Path(self.root) / TS_FOLDER).glob("*.ts"))
        if not sources:
            raise RuntimeError(f"No translation sources in {Path(self.root) / TS_FOLDER}.")
        self._out = tempfile.TemporaryDirectory(prefix="briefwriter-qm-")
        for qm in compile_translations(sources, Path(self._out.name), find_lrelease()):
            build_data["force_include"][str(qm)] = f"{WHEEL_FOLDER}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        self._out.cleanup()
