"""The file names exports are written under: one function for the app and the command line.

``export_stem`` (core/safety.py) is the one place the stem comes from (the brief file's own
name, else the title's; a neutral ``brief-YYYY-MM-DD`` in safety mode); ``export_name`` adds
the template and the suffix for an export set, where several documents are made from one
brief: ``<brief-stem>--<template>.pdf``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePath

from briefwriter.core.model import Brief
from briefwriter.core.safety import export_stem

__all__ = ["collisions", "export_name", "export_stem", "template_label"]

SEPARATOR = "--"


def template_label(template: str) -> str:
    """How a template is named in a file name: a pack's name as it is, a folder by its last
    part (``--template ~/packs/house`` gives "house")."""
    return PurePath(template.rstrip("/\\")).name or template


def export_name(brief: Brief, brief_path: Path | None, template: str, suffix: str) -> str:
    """The file name of one document of an export set: ``<brief-stem>--<template><suffix>``
    (suffix with its dot: ".pdf", ".html")."""
    return f"{export_stem(brief, brief_path)}{SEPARATOR}{template_label(template)}{suffix}"


def collisions(names: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """``(file name, what it is made from)`` pairs -> the names that two or more sources would
    write, each with its sources (compared case-blind: on Windows and macOS they are one
    file)."""
    by_name: dict[str, list[str]] = {}
    shown: dict[str, str] = {}
    for name, source in names:
        key = name.casefold()
        shown.setdefault(key, name)
        by_name.setdefault(key, []).append(source)
    return {shown[key]: sources for key, sources in by_name.items() if len(sources) > 1}
