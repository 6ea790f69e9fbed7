"""The file names exports are written under: one function for the app and the command line.

``export_stem`` is the one place the stem comes from (the brief file's own name, else the
title's); ``export_name`` adds the template and the suffix for an export set, where several
documents are made from one brief: ``<brief-stem>--<template>.pdf``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePath

from briefwriter.core.model import Brief, slugify

BRIEF_SUFFIX = ".brief.yaml"
FALLBACK_STEM = "brief"
SEPARATOR = "--"


def export_stem(brief: Brief, path: Path | None) -> str:
    """The name (without suffix) a brief's export is offered under: the brief file's own
    name without ``.brief.yaml``, else a short form of the title, else "brief"."""
    if path is not None:
        return path.name.removesuffix(BRIEF_SUFFIX) if path.name.endswith(BRIEF_SUFFIX) \
            else path.stem
    return slugify(brief.title)[:60].strip("-") or FALLBACK_STEM


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
