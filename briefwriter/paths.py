"""Where BriefWriter's bundled files live, in a source checkout and in an installed wheel.

The only place that knows the layout: everything else asks here.  In a checkout the data
folders sit beside the package (``templates/``, ``resources/``, ``examples/``); a wheel carries them
inside the package (``briefwriter/templates`` and so on).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    installed = _PACKAGE_DIR / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / name


@cache
def resources_dir() -> Path:
    return _data_dir("resources")


@cache
def templates_dir() -> Path:
    """The bundled template packs, one folder each."""
    return _data_dir("templates")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


@cache
def examples_dir() -> Path:
    """The example briefs that render with every bundled template."""
    return _data_dir("examples")
