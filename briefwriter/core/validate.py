"""Validation of brief data read from a file: JSON Schema, GCM references, plain-words problems.

Runs on plain data (after migration, before the model is built) and reports every problem
with its field path and line.  Unknown fields are reported as warnings and kept.
"""

from __future__ import annotations

import datetime
import difflib
import json
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jsonschema

from briefwriter.core.errors import GcmReferenceError, Problem
from briefwriter.core.gcm import Gcm, load_gcm
from briefwriter.core.model import Brief, FieldPath, field_types, is_model_class
from briefwriter.core.yamlio import ParsedYaml, line_of
from briefwriter.paths import resources_dir

SCHEMA_FILE = "brief.schema.json"
MAX_TEXT_CHARS = 100_000
"""Longest text a single field may hold (the schema's ``maxLength``)."""
MAX_LIST_ITEMS = 500
"""Most items a list may hold (the schema's ``maxItems``)."""

_ACTION_FORM = re.compile(r"[0-9]{2}\([a-z]\)")
_TYPE_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a group of fields",
    "null": "empty",
}


@dataclass
class Validation:
    """What validating a brief found: ``errors`` stop it opening, ``warnings`` do not."""

    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


@cache
def brief_schema() -> dict[str, Any]:
    """The published JSON Schema (draft 2020-12) of the current brief file format."""
    with open(resources_dir() / SCHEMA_FILE, encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = brief_schema()
    cls = jsonschema.validators.validator_for(schema)
    validator: jsonschema.protocols.Validator = cls(schema)
    return validator


# --------------------------------------------------------------------------------------
# Walking the data alongside the model
# --------------------------------------------------------------------------------------

#: Called for every known field and list item: (path, declared type, container, key).
_FieldVisitor = Callable[[FieldPath, Any, Any, Any], None]
#: Called for every key the model does not know: (path, key, model class).
_UnknownVisitor = Callable[[FieldPath, str, type], None]


def _walk(
    cls: type,
    data: dict[str, Any],
    path: FieldPath,
    on_field: _FieldVisitor,
    on_unknown: _UnknownVisitor,
) -> None:
    types = field_types(cls)
    for key in list(data):
        if key not in types:
            on_unknown((*path, key), key, cls)
            continue
        on_field((*path, key), types[key], data, key)
        _descend(types[key], data[key], (*path, key), on_field, on_unknown)


def _descend(
    tp: Any, value: Any, path: FieldPath, on_field: _FieldVisitor, on_unknown: _UnknownVisitor
) -> None:
    if is_model_class(tp) and isinstance(value, dict):
        _walk(tp, value, path, on_field, on_unknown)
    elif typing.get_origin(tp) is list and isinstance(value, list):
        (item_tp,) = typing.get_args(tp)
        for index in range(len(value)):
            on_field((*path, index), item_tp, value, index)
            _descend(item_tp, value[index], (*path, index), on_field, on_unknown)


def _take_plain_text(doc: ParsedYaml) -> None:
    """Read unquoted numbers, booleans and dates in text fields as the text written.

    YAML reads ``country: NO`` as false and ``date: 2026`` as a number; in a text field the
    person meant the text.
    """

    def visit(path: FieldPath, tp: Any, container: Any, key: Any) -> None:
        if tp is str and not isinstance(container[key], str) and path in doc.plain_text:
            container[key] = doc.plain_text[path]

    _walk(Brief, doc.data, (), visit, lambda *_: None)


def _unknown_fields(doc: ParsedYaml) -> list[Problem]:
    found: list[Problem] = []

    def visit(path: FieldPath, key: str, cls: type) -> None:
        message = f"unknown field '{key}' — kept as it is"
        close = difflib.get_close_matches(key, list(field_types(cls)), n=1, cutoff=0.75)
        if close:
            message += f" (did you mean '{close[0]}'?)"
        found.append(Problem(message, path, doc.line_of(path), "warning", "unknown-field"))

    _walk(Brief, doc.data, (), lambda *_: None, visit)
    return found


# --------------------------------------------------------------------------------------
# GCM references
# --------------------------------------------------------------------------------------

_KIND_WORDS = {
    "principle": "a guiding principle",
    "objective": "an objective",
    "action": "an action",
    "paragraph": "a paragraph",
    "subitem": "a paragraph's sub-item",
}
_LIST_OF_KIND = {"principle": "principles", "objective": "objectives", "action": "actions",
                 "paragraph": "actions", "subitem": "actions"}
# What each list holds: ``actions`` holds paragraph citations, of actions and of the
# paragraphs outside the principles and objectives ("para 49", "43(b)(ii)").
_KINDS_OF_LIST = {"principles": ("principle",), "objectives": ("objective",),
                  "actions": ("action", "paragraph", "subitem")}
_EXPECTED = {
    "principles": "a guiding principle letter from a to j",
    "objectives": "an objective number from 1 to 23",
    "actions": "an action written as paragraph and letter, like 29(c), or another paragraph, "
               "like para 49 or 49(c)",
}


def _gcm_item(gcm: Gcm, kind: str, value: Any, *, elsewhere: bool = True) -> tuple[Any, str | None]:
    """(canonical value, None) or (None, reason) for one entry of a ``gcm`` list.

    ``elsewhere``: the other kinds have lists next to this one (a priority's, not a pledge's).
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None, f"should be {_EXPECTED[kind]}"
    if isinstance(value, int) and kind != "objectives":
        return None, f"should be {_EXPECTED[kind]}, not a number"
    text = str(value).strip()
    if kind == "actions" and isinstance(value, int):
        return None, (
            f'"{text}" should be {_EXPECTED[kind]} (objective numbers go under objectives)'
        )
    query = text
    if kind == "principles" and len(text) == 1:
        query = f"principle {text}"
    elif kind == "objectives" and text.isdigit():
        query = f"objective {text}"  # a bare number over 23 would name a paragraph
    try:
        item = gcm.lookup(query)
    except GcmReferenceError as error:
        return None, f'"{text}" is not a GCM reference: {error.reason}'
    wanted = _KINDS_OF_LIST[kind]
    if item.kind not in wanted:
        where = f": list it under {_LIST_OF_KIND[item.kind]}" if elsewhere else ""
        return None, (
            f'"{text}" is {_KIND_WORDS[item.kind]} ({item.citation}), not '
            f"{_KIND_WORDS[wanted[0]]}{where}"
        )
    if kind == "principles":
        return item.letter, None  # type: ignore[union-attr]
    if kind == "objectives":
        return item.number, None  # type: ignore[union-attr]
    return item.ref, None


def _items_at(data: Any, path: FieldPath) -> Any:
    """The value at ``path`` in plain data, or None where the path does not exist."""
    for step in path:
        if isinstance(step, int):
            data = data[step] if isinstance(data, list) and step < len(data) else None
        else:
            data = data.get(step) if isinstance(data, dict) else None
    return data


def _each_of(data: Any, path: FieldPath) -> list[tuple[FieldPath, Any]]:
    """(path, item) for each mapping in the list at ``path``."""
    items = _items_at(data, path)
    if not isinstance(items, list):
        return []
    return [((*path, i), item) for i, item in enumerate(items) if isinstance(item, dict)]


def _gcm_lists(data: Any) -> list[tuple[FieldPath, str, bool]]:
    """Every list of GCM references in a brief: (path of the list, what it holds, whether
    lists of the other kinds sit next to it)."""
    found: list[tuple[FieldPath, str, bool]] = []
    for base, _priority in _each_of(data, ("priorities",)):
        found += [((*base, "gcm", kind), kind, True)
                  for kind in ("principles", "objectives", "actions")]
    pledges = _each_of(data, ("pledges",))
    for cycle, _ in _each_of(data, ("history",)):
        pledges += _each_of(data, (*cycle, "pledges"))
    found += [((*base, "objectives"), "objectives", False) for base, _pledge in pledges]
    return found


def _check_gcm_links(doc: ParsedYaml, gcm: Gcm, result: Validation) -> None:
    """Check every GCM reference exists; rewrite other accepted forms canonically."""
    for list_path, kind, elsewhere in _gcm_lists(doc.data):
        items = _items_at(doc.data, list_path)
        if not isinstance(items, list) or len(items) > MAX_LIST_ITEMS:
            continue  # the schema reports these
        for pos, value in enumerate(items):
            path: FieldPath = (*list_path, pos)
            canonical, reason = _gcm_item(gcm, kind, value, elsewhere=elsewhere)
            if reason is not None:
                result.errors.append(
                    Problem(reason, path, doc.line_of(path), "error", "gcm-reference")
                )
            elif canonical != value:
                message = f'"{value}" was read as "{canonical}" and will be saved that way'
                if str(canonical) == str(value):
                    message = f'"{value}" is written as text; it will be saved as a number'
                result.warnings.append(
                    Problem(
                        message,
                        path,
                        doc.line_of(path),
                        "warning",
                        "gcm-reference-rewritten",
                    )
                )
                items[pos] = canonical


# --------------------------------------------------------------------------------------
# JSON Schema errors in plain words
# --------------------------------------------------------------------------------------


def _describe_value(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return f"a number ({value})"
    if isinstance(value, float):
        return f"a decimal number ({value})"
    if isinstance(value, str):
        return f'text ("{_short(value)}")'
    if isinstance(value, list):
        return "a list"
    return "a group of fields"


def _quoted(value: Any) -> str:
    return f'"{_short(value)}"' if isinstance(value, str) else _describe_value(value)


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain_words(error: jsonschema.ValidationError) -> str:
    kind, expected, value = error.validator, error.validator_value, error.instance
    hint = error.schema.get("x-expected") if isinstance(error.schema, dict) else None
    if kind == "type":
        wanted = [expected] if isinstance(expected, str) else list(expected)
        words = " or ".join(_TYPE_WORDS[t] for t in wanted if t != "null")
        return f"should be {words}, not {_describe_value(value)}"
    if kind == "maxLength":
        return f"is too long: {len(value):,} characters (the limit is {expected:,})"
    if kind == "maxItems":
        return f"has too many items: {len(value):,} (the limit is {expected:,})"
    if kind == "pattern" and hint:
        return f'"{_short(str(value))}" should be {hint}'
    if kind == "enum":
        choices = ", ".join(str(c) for c in expected if c is not None)
        return f"should be one of: {choices} — not {_quoted(value)}"
    if kind == "minimum":
        return f"should be at least {expected} (not {value})"
    if kind == "maximum":
        return f"should be at most {expected} (not {value})"
    if kind == "const":
        return f"should be {expected} — not {_quoted(value)}"
    return str(error.message)


def _covered(path: FieldPath, reported: set[FieldPath]) -> bool:
    return any(path[: len(done)] == done for done in reported)


def _schema_problems(doc: ParsedYaml, reported: set[FieldPath]) -> list[Problem]:
    found: list[Problem] = []
    for error in _validator().iter_errors(doc.data):
        path: FieldPath = tuple(error.absolute_path)
        if _covered(path, reported):
            continue
        reported.add(path)
        found.append(Problem(_plain_words(error), path, doc.line_of(path), "error", "invalid"))
    return found


def _date_fields(data: Any) -> list[FieldPath]:
    """Every date field that may be written YYYY-MM-DD, YYYY-MM or YYYY, or YYYY-MM-DD."""
    paths: list[FieldPath] = [("occasion", "date")]
    paths += [(*base, "consent", "date") for base, _ in _each_of(data, ("cosignatories",))]
    for base, _cycle in _each_of(data, ("history",)):
        paths += [(*base, "date"), (*base, "published")]
    return paths


def _check_date(doc: ParsedYaml, reported: set[FieldPath]) -> list[Problem]:
    """Dates the schema's pattern lets through that are not on the calendar (2026-02-30)."""
    found: list[Problem] = []
    for path in _date_fields(doc.data):
        value = _items_at(doc.data, path)
        if not isinstance(value, str) or _covered(path, reported):
            continue
        parts = [int(p) for p in value.split("-")] if re.fullmatch(
            r"\d{4}(-\d{2}){0,2}", value) else []
        try:
            if len(parts) == 3:
                datetime.date(parts[0], parts[1], parts[2])
            elif len(parts) == 2:
                datetime.date(parts[0], parts[1], 1)
        except ValueError:
            found.append(
                Problem(f'"{value}" is not a real date', path, doc.line_of(path), "error", "date")
            )
    return found


def validate_document(doc: ParsedYaml, gcm: Gcm | None = None) -> Validation:
    """Check brief data of the current format; fix up what is safe to fix, report the rest.

    ``doc.data`` is changed in place: plain numbers and booleans in text fields become the
    text as written, and GCM references written another accepted way ("para 29(c)") become
    the canonical form ("29(c)"), each with a warning.
    """
    result = Validation()
    if not isinstance(doc.data, dict):
        result.errors.append(
            Problem("the file should hold the fields of a brief", (), 1, "error", "not-a-brief")
        )
        return result
    _take_plain_text(doc)
    _check_gcm_links(doc, gcm if gcm is not None else load_gcm(), result)
    reported = {p.path for p in result.errors}
    result.errors += _schema_problems(doc, reported)
    result.errors += _check_date(doc, reported)
    result.warnings += _unknown_fields(doc)
    result.errors.sort(key=_order)
    result.warnings.sort(key=_order)
    return result


def _order(problem: Problem) -> tuple[int, str]:
    return (problem.line if problem.line is not None else 0, repr(problem.path))


__all__ = [
    "MAX_LIST_ITEMS",
    "MAX_TEXT_CHARS",
    "Validation",
    "brief_schema",
    "line_of",
    "validate_document",
]
