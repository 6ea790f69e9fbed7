"""Upgrades of older brief files to the current format, one pure function per version step.

``MIGRATIONS[n - 1]`` takes a version-n document to version n + 1; a future format appends
its step to the list.  Steps work on plain data with line numbers and never touch the file.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from briefwriter.core.errors import GcmReferenceError, Problem
from briefwriter.core.gcm import Gcm, load_gcm
from briefwriter.core.model import SCHEMA_VERSION, FieldPath
from briefwriter.core.yamlio import ParsedYaml


@dataclass
class StepResult:
    """A migrated document and the problems met on the way (errors stop the file opening)."""

    doc: ParsedYaml
    problems: list[Problem] = field(default_factory=list)


MigrationStep = Callable[[ParsedYaml], StepResult]


def _moved(mapping: dict[FieldPath, Any], old: FieldPath, new: FieldPath) -> None:
    """Re-key every entry at or under ``old`` to sit under ``new`` instead."""
    for path in [p for p in mapping if p[: len(old)] == old]:
        mapping[(*new, *path[len(old) :])] = mapping.pop(path)


def _rename_key(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """A copy of ``data`` with ``old`` renamed to ``new`` in the same position."""
    return {(new if key == old else key): value for key, value in data.items()}


def v1_to_v2(doc: ParsedYaml, gcm: Gcm | None = None) -> StepResult:
    """Version 1 (the draft layout) to version 2.

    - ``priorities[].gcm_links`` (one flat list of references) becomes
      ``gcm: {principles, objectives, actions}``; a reference the GCM does not have is an
      error naming its line, so nothing is silently lost.
    - ``aims[].ask`` as one string becomes ``ask: {who, what, by_when}`` with the string in
      ``what``.
    - ``organisation.logo_path`` becomes ``organisation.logo``.
    """
    data: dict[str, Any] = copy.deepcopy(doc.data)
    out = StepResult(ParsedYaml(data, dict(doc.lines), dict(doc.plain_text)))
    new = out.doc
    catalogue = gcm if gcm is not None else load_gcm()

    priorities = data.get("priorities")
    if isinstance(priorities, list):
        for index, priority in enumerate(priorities):
            if isinstance(priority, dict) and "gcm_links" in priority:
                priorities[index] = _split_gcm_links(
                    priority, ("priorities", index), new, catalogue, out.problems
                )

    aims = data.get("aims")
    if isinstance(aims, list):
        for index, aim in enumerate(aims):
            ask = aim.get("ask") if isinstance(aim, dict) else None
            if isinstance(ask, str | int | float) and not isinstance(ask, bool):
                base: FieldPath = ("aims", index, "ask")
                text = new.plain_text.pop(base, str(ask))
                assert isinstance(aim, dict)
                aim["ask"] = {"who": "", "what": text, "by_when": ""}
                line = new.lines.get(base)
                if line is not None:
                    for key in ("who", "what", "by_when"):
                        new.lines[(*base, key)] = line

    organisation = data.get("organisation")
    if isinstance(organisation, dict) and "logo_path" in organisation:
        if "logo" not in organisation:
            data["organisation"] = _rename_key(organisation, "logo_path", "logo")
            _moved(new.lines, ("organisation", "logo_path"), ("organisation", "logo"))
            _moved(new.plain_text, ("organisation", "logo_path"), ("organisation", "logo"))
        # With both present, logo_path stays as an unknown field: kept and reported.

    data["schema_version"] = 2
    return out


def v2_to_v3(doc: ParsedYaml, gcm: Gcm | None = None) -> StepResult:
    """Version 2 to version 3: the organisation's own sections (``sections``), headings of
    its own for the fixed parts (``headings``) and the publication date (``published``) are
    new and start empty, so a version-2 file means exactly what it meant before.  (Its
    publication date is not known: the footer then prints none rather than today's.)"""
    data: dict[str, Any] = copy.deepcopy(doc.data)
    data["schema_version"] = 3
    return StepResult(ParsedYaml(data, dict(doc.lines), dict(doc.plain_text)))


def v3_to_v4(doc: ParsedYaml, gcm: Gcm | None = None) -> StepResult:
    """Version 3 to version 4: coalitions, pledges and review cycles.

    - ``pledges[].text`` becomes ``action`` and ``pledges[].by_when`` becomes ``deadline``,
      each in the same position and with its line.  A pledge that has both ``text`` and
      ``action`` keeps ``text`` as an unknown field (kept and reported), as does one with both
      ``by_when`` and ``deadline``.
    - Everything else new (a pledge's who, objectives, indicator, baseline, target and
      resources; a co-signatory's kind, contact, consent and logo; ``follow_up``,
      ``history`` and ``safety``) starts empty or at its default, so a version-3 file means
      exactly what it meant before.
    """
    data: dict[str, Any] = copy.deepcopy(doc.data)
    out = StepResult(ParsedYaml(data, dict(doc.lines), dict(doc.plain_text)))
    pledges = data.get("pledges")
    if isinstance(pledges, list):
        for index, pledge in enumerate(pledges):
            if not isinstance(pledge, dict):
                continue
            for old, new in (("text", "action"), ("by_when", "deadline")):
                if old in pledge and new not in pledge:
                    pledge = _rename_key(pledge, old, new)
                    _moved(out.doc.lines, ("pledges", index, old), ("pledges", index, new))
                    _moved(out.doc.plain_text, ("pledges", index, old), ("pledges", index, new))
            pledges[index] = pledge
    data["schema_version"] = 4
    return out


def _split_gcm_links(
    priority: dict[str, Any],
    base: FieldPath,
    doc: ParsedYaml,
    gcm: Gcm,
    problems: list[Problem],
) -> dict[str, Any]:
    old_path: FieldPath = (*base, "gcm_links")
    links = priority["gcm_links"]
    key_line = doc.lines.get(old_path)
    if "gcm" in priority:
        problems.append(
            Problem(
                "this priority has both 'gcm_links' (version 1) and 'gcm' (version 2): "
                "keep one of them",
                old_path,
                key_line,
                "error",
                "v1-gcm-links",
            )
        )
        return priority
    if links is None:
        links = []
    if not isinstance(links, list):
        problems.append(
            Problem(
                "should be a list of GCM references such as 15(f), objective 13, 29(c)",
                old_path,
                key_line,
                "error",
                "v1-gcm-links",
            )
        )
        return priority
    split: dict[str, list[Any]] = {"principles": [], "objectives": [], "actions": []}
    new_path: FieldPath = (*base, "gcm")
    for pos, ref in enumerate(links):
        item_path: FieldPath = (*old_path, pos)
        line = doc.lines.get(item_path, key_line)
        text = doc.plain_text.get(item_path, str(ref)) if ref is not None else ""
        if isinstance(ref, bool) or not isinstance(ref, str | int):
            problems.append(
                Problem(
                    "should be a GCM reference such as 15(f), objective 13 or 29(c)",
                    item_path,
                    line,
                    "error",
                    "v1-gcm-links",
                )
            )
            continue
        try:
            item = gcm.lookup(text)
        except GcmReferenceError as error:
            problems.append(
                Problem(
                    f'"{text}" is not a GCM reference: {error.reason}',
                    item_path,
                    line,
                    "error",
                    "gcm-reference",
                )
            )
            continue
        kind = item.kind + "s"
        value: str | int = item.ref
        if item.kind == "principle":
            value = item.letter
        elif item.kind == "objective":
            value = item.number
        if value in split[kind]:
            continue  # "29(c)" and "para 29(c)" in one list name the same action
        if line is not None:
            doc.lines[(*new_path, kind, len(split[kind]))] = line
        split[kind].append(value)
    for path in [p for p in doc.lines if p[: len(old_path)] == old_path]:
        del doc.lines[path]
    for path in [p for p in doc.plain_text if p[: len(old_path)] == old_path]:
        del doc.plain_text[path]
    if key_line is not None:
        doc.lines[new_path] = key_line
        for kind in split:
            doc.lines[(*new_path, kind)] = key_line
    result: dict[str, Any] = {}
    for key, old in priority.items():
        result[key if key != "gcm_links" else "gcm"] = split if key == "gcm_links" else old
    return result


MIGRATIONS: list[MigrationStep] = [v1_to_v2, v2_to_v3, v3_to_v4]
"""``MIGRATIONS[n - 1]`` upgrades a version-n document to version n + 1."""

OLDEST_VERSION = SCHEMA_VERSION - len(MIGRATIONS)
"""The oldest file format this version can open."""


def migrate(doc: ParsedYaml, from_version: int) -> StepResult:
    """Run every step from ``from_version`` up to the current format, collecting problems."""
    if not OLDEST_VERSION <= from_version <= SCHEMA_VERSION:
        raise ValueError(f"no migration from format {from_version}")
    result = StepResult(doc)
    for step in MIGRATIONS[from_version - OLDEST_VERSION :]:
        stepped = step(result.doc)
        result = StepResult(stepped.doc, result.problems + stepped.problems)
    return result
