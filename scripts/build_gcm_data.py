"""Convert the GCM reference text (YAML, A/RES/73/195) into resources/gcm.json for the app.

Usage: python scripts/build_gcm_data.py REFERENCE.yaml OUT.json

REFERENCE.yaml holds the guiding principles and the objectives; the paragraphs outside them
(1-14, 16, 40-54) are read from gcm-other-paragraphs.yaml in the same folder.  The conversion
keeps every item, flag and source note as it is.  It first checks the structure (10
principles, 23 objectives, 187 actions, consecutive letters, paragraph = objective + 16,
per-objective counts equal to the reference's own summary, verification flags consistent with
the summary totals; each other paragraph named once, its sub-items (a), (b) ... and (i), (ii)
... in order) and refuses to write anything if one check fails, listing every problem with
its line in the reference files.  Paragraphs the reference does not hold are written with no
text, so that every paragraph 1-54 can be cited.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import string
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

FORMAT_VERSION = 2  # 2: parts and the paragraphs outside the objectives
PRINCIPLE_PARAGRAPH = 15
OBJECTIVE_COUNT = 23
PRINCIPLE_COUNT = 10
ACTION_TOTAL = 187
VERIFICATION_LEVELS = ("full", "full (composite)", "partial", "none")


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that remembers the line where each mapping starts (for messages)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.lines: dict[int, int] = {}


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> Any:
    # The dict yielded here is the object that ends up in the data, so its id is stable
    # for as long as the data lives.
    mapping: dict[Any, Any] = {}
    loader.lines[id(mapping)] = node.start_mark.line + 1
    yield mapping
    mapping.update(loader.construct_mapping(node))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def _load(path: Path) -> tuple[Any, dict[int, int]]:
    loader = _LineLoader(path.read_text(encoding="utf-8"))
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    return data, loader.lines


class _Checker:
    """Collects every structural problem instead of stopping at the first one."""

    def __init__(self, file: Path, lines: dict[int, int]) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[str] = []

    def fail(self, node: object, where: str, message: str) -> None:
        line = self.lines.get(id(node))
        at = f"line {line}, " if line else ""
        self.problems.append(f"{self.file.name}: {at}{where}: {message}")

    def text(self, node: dict[str, Any], key: str, where: str) -> None:
        value = node.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(node, where, f"'{key}' must be non-empty text")

    def flags(self, node: dict[str, Any], where: str, verified: str, level: str) -> None:
        is_verified = node.get(verified)
        how = node.get(level)
        if not isinstance(is_verified, bool):
            self.fail(node, where, f"'{verified}' must be true or false")
            return
        if how not in VERIFICATION_LEVELS:
            self.fail(node, where, f"'{level}' must be one of {', '.join(VERIFICATION_LEVELS)}")
            return
        # 'verified: true' means the whole wording is the final text: only a full check says so.
        if is_verified != how.startswith("full"):
            self.fail(node, where, f"'{verified}: {is_verified}' contradicts '{level}: {how}'")


def _check_partial(check: _Checker, node: dict[str, Any], where: str, prefix: str) -> None:
    """Partial actions and commitments say how much of their text is the final wording."""
    level = node.get(f"{prefix}verification")
    chars = node.get(f"{prefix}final_chars")
    text = node.get("text" if not prefix else "commitment")
    if level == "partial":
        if not isinstance(chars, int) or isinstance(chars, bool) or chars <= 0:
            check.fail(node, where, f"a partial item needs '{prefix}final_chars' (a count > 0)")
        elif isinstance(text, str) and chars > len(text):
            check.fail(node, where, f"'{prefix}final_chars' ({chars}) is longer than the text")
    elif chars is not None and prefix == "":
        check.fail(node, where, "'final_chars' is only meaningful for partial items")


def validate(data: Any, check: _Checker) -> None:
    """Append every structural problem of the reference ``data`` to ``check.problems``."""
    if not isinstance(data, dict):
        check.fail(data, "top level", "expected a mapping with source, summary, objectives")
        return
    source = data.get("source")
    if not isinstance(source, dict):
        check.fail(data, "source", "missing")
    else:
        for key in ("citation", "symbol", "verification_policy"):
            check.text(source, key, "source")
        if not isinstance(source.get("sources"), list) or not source["sources"]:
            check.fail(source, "source.sources", "must list the sources used")
    summary = data.get("summary")
    counts = summary.get("action_counts") if isinstance(summary, dict) else None
    if not isinstance(counts, dict):
        check.fail(data, "summary.action_counts", "missing")
        counts = {}

    principles = data.get("guiding_principles")
    if not isinstance(principles, list) or len(principles) != PRINCIPLE_COUNT:
        check.fail(data, "guiding_principles", f"expected {PRINCIPLE_COUNT} principles (a)-(j)")
        principles = principles if isinstance(principles, list) else []
    for i, principle in enumerate(principles):
        where = f"guiding principle #{i + 1}"
        if not isinstance(principle, dict):
            check.fail(data, where, "must be a mapping")
            continue
        if principle.get("letter") != string.ascii_lowercase[i]:
            check.fail(principle, where, f"letter should be '{string.ascii_lowercase[i]}'")
        for key in ("name", "text", "source"):
            check.text(principle, key, where)
        # Partial principles describe their split in 'source'; they carry no final_chars.
        check.flags(principle, where, "verified", "verification")

    objectives = data.get("objectives")
    if not isinstance(objectives, list) or len(objectives) != OBJECTIVE_COUNT:
        check.fail(data, "objectives", f"expected {OBJECTIVE_COUNT} objectives")
        objectives = objectives if isinstance(objectives, list) else []
    total = 0
    for i, objective in enumerate(objectives):
        number = i + 1
        where = f"objective {number}"
        if not isinstance(objective, dict):
            check.fail(data, where, "must be a mapping")
            continue
        if objective.get("number") != number:
            check.fail(objective, where, f"number should be {number} (objectives in order)")
        if objective.get("paragraph") != number + 16:
            check.fail(objective, where, f"paragraph should be {number + 16} (objective + 16)")
        for key in ("title", "short_label", "commitment", "title_source", "commitment_source"):
            check.text(objective, key, where)
        if not isinstance(objective.get("title_verified"), bool):
            check.fail(objective, where, "'title_verified' must be true or false")
        check.flags(objective, where, "commitment_verified", "commitment_verification")
        _check_partial(check, objective, where, "commitment_")
        actions = objective.get("actions")
        if not isinstance(actions, list) or not actions:
            check.fail(objective, where, "has no actions")
            continue
        total += len(actions)
        expected = counts.get(number)
        if expected != len(actions):
            check.fail(objective, where, f"has {len(actions)} actions; summary says {expected}")
        if objective.get("action_count", len(actions)) != len(actions):
            check.fail(objective, where, f"action_count says {objective.get('action_count')}")
        for j, action in enumerate(actions):
            letter = string.ascii_lowercase[j]
            here = f"objective {number} action #{j + 1}"
            if not isinstance(action, dict):
                check.fail(objective, here, "must be a mapping")
                continue
            if action.get("letter") != letter:
                check.fail(action, here, f"letter should be '{letter}' (letters run a, b, c ...)")
            for key in ("text", "source"):
                check.text(action, key, here)
            # The printed text ends each action with ";" and an objective's last one with ".":
            # a different ending means an action was split, merged or cut short.
            end = "." if j == len(actions) - 1 else ";"
            if isinstance(action.get("text"), str) and not action["text"].endswith(end):
                check.fail(action, here, f"text should end with '{end}'")
            check.flags(action, here, "verified", "verification")
            _check_partial(check, action, here, "")
    if objectives and total != ACTION_TOTAL:
        check.fail(data, "objectives", f"{total} actions in all; the GCM has {ACTION_TOTAL}")
    if isinstance(summary, dict) and not check.problems:
        _check_summary_totals(data, summary, check)


def _check_summary_totals(data: dict[str, Any], summary: dict[str, Any], check: _Checker) -> None:
    """The summary's verification totals must agree with the per-item flags."""
    actions = [a for o in data["objectives"] for a in o["actions"]]
    objectives = data["objectives"]
    found = {
        "actions_total": len(actions),
        "actions_verified": sum(a["verified"] for a in actions),
        "actions_partially_verified": sum(a["verification"] == "partial" for a in actions),
        "actions_unverified": sum(a["verification"] == "none" for a in actions),
        "titles_verified": sum(o["title_verified"] for o in objectives),
        "commitments_verified": sum(o["commitment_verified"] for o in objectives),
        "commitments_partially_verified": sum(
            o["commitment_verification"] == "partial" for o in objectives
        ),
        "guiding_principles_verified": sum(p["verified"] for p in data["guiding_principles"]),
    }
    for key, value in found.items():
        if key in summary and summary[key] != value:
            check.fail(summary, f"summary.{key}", f"says {summary[key]} but the items give {value}")


# --------------------------------------------------------------------------------------
# The other paragraphs (1-14, 16, 40-54): gcm-other-paragraphs.yaml beside the reference
# --------------------------------------------------------------------------------------

OTHER_NAME = "gcm-other-paragraphs.yaml"
LAST_PARAGRAPH = 54
# The resolution's parts, in order: (id, title, first paragraph, last paragraph).  The
# reference's `structure` gives the boundaries (checked below); paragraph 15 is split from the
# preamble and vision because its principles are cited on their own.
PARTS = (
    ("preamble", "Preamble and vision", 1, 14),
    ("principles", "Guiding principles", 15, 15),
    ("framework", "Our cooperative framework", 16, 16),
    ("objectives", "Objectives", 17, 39),
    ("implementation", "Implementation", 40, 47),
    ("follow_up", "Follow-up and review", 48, 54),
)
_PART_STARTS = frozenset(first for _id, _title, first, _last in PARTS)
_STRUCTURE = {"1-15": (1, 15), "16": (16, 16), "17-39": (17, 39), "40-47": (40, 47),
              "48-54": (48, 54)}
CUT = "…"  # the reference marks text it could not read past with an ellipsis
_REF_RE = re.compile(r"para (\d+)(?: \((end|fragments)\))?")
_HEADING_RE = re.compile(r"heading before para (\d+)")
# Entries that are not paragraphs of the Compact: kept in the copy of the reference only.
_NOT_PARAGRAPHS = ("resolution 73/195 operative 1-2", "annex chapeau", "para 15 chapeau")
# A sub-item starts with "(a) " or "(ii) " after the colon or semicolon that ends the text
# before it ("... we decide that: (a) The High-level ...; (b) The ...").
_MARK_RE = re.compile(r"(?<=[:;] )\(([a-z]+)\) ")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _part_of(number: int) -> str:
    return next(pid for pid, _title, first, last in PARTS if first <= number <= last)


def split_items(text: str) -> tuple[str, list[dict[str, Any]]] | str:
    """(the words before the first sub-item, the sub-items) of a paragraph's text.

    Letters (a), (b) ... hold the sub-items; roman numerals (i), (ii) ... the sub-items of a
    lettered one whose words end with a colon.  Returns a message when the marks do not run
    in order (a letter skipped, a numeral out of place).
    """
    marks = list(_MARK_RE.finditer(text))
    if not marks:
        return text, []
    chapeau = text[: marks[0].start()].strip()
    items: list[dict[str, Any]] = []
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        words = text[mark.end() : end].strip()
        label = mark.group(1)
        parent = items[-1] if items else None
        children = parent["items"] if parent is not None else []
        next_letter = string.ascii_lowercase[len(items)]
        next_roman = _ROMAN[len(children)] if len(children) < len(_ROMAN) else ""
        opens_list = parent is not None and (
            children or parent["text"].endswith(":")
        )
        if opens_list and label == next_roman:
            children.append({"label": label, "text": words, "items": []})
        elif label == next_letter:
            items.append({"label": label, "text": words, "items": []})
        else:
            expected = f"({next_letter})" + (f" or ({next_roman})" if opens_list else "")
            return f"sub-item ({label}) found where {expected} was expected"
    return chapeau, items


def _mark_completeness(items: list[dict[str, Any]], complete: bool) -> None:
    """Every sub-item is complete, except the last one of a paragraph that is cut short."""
    for n, item in enumerate(items):
        last = n == len(items) - 1
        item["complete"] = complete or not last or not item["text"].endswith(CUT)
        _mark_completeness(item["items"], item["complete"] or not last)


def validate_other(data: Any, check: _Checker) -> None:
    """Append every structural problem of the other-paragraphs ``data`` to ``check``."""
    if not isinstance(data, dict) or not isinstance(data.get("paragraphs"), list):
        check.fail(data, "top level", "expected a mapping with 'paragraphs' (a list)")
        return
    structure = data.get("structure")
    if not isinstance(structure, dict) or {str(k) for k in structure} != set(_STRUCTURE):
        check.fail(data, "structure", f"expected the parts {', '.join(_STRUCTURE)}")
    seen: set[int] = set()
    for i, entry in enumerate(data["paragraphs"]):
        where = f"entry #{i + 1}"
        if not isinstance(entry, dict):
            check.fail(data, where, "must be a mapping")
            continue
        ref = entry.get("ref")
        where = f"entry #{i + 1} ({ref})"
        for key in ("ref", "text", "source"):
            check.text(entry, key, where)
        if not isinstance(entry.get("complete"), bool):
            check.fail(entry, where, "'complete' must be true or false")
        if "verified" in entry and not isinstance(entry["verified"], bool):
            check.fail(entry, where, "'verified' must be true or false")
        if entry.get("verified") is True and entry.get("complete") is not True:
            check.fail(entry, where, "only a complete paragraph can be verified")
        if not isinstance(ref, str) or ref in _NOT_PARAGRAPHS or _HEADING_RE.fullmatch(ref):
            continue
        match = _REF_RE.fullmatch(ref)
        number = int(match.group(1)) if match else 0
        if not 1 <= number <= LAST_PARAGRAPH or number == PRINCIPLE_PARAGRAPH or (
            PRINCIPLE_PARAGRAPH + 2 <= number <= PRINCIPLE_PARAGRAPH + 1 + OBJECTIVE_COUNT
        ):
            check.fail(entry, where, "'ref' should name a paragraph 1-14, 16 or 40-54 "
                                     "('para 49', 'para 10 (end)'), a heading or a chapeau")
            continue
        if number in seen:
            check.fail(entry, where, f"paragraph {number} is given twice")
        seen.add(number)
        text = entry.get("text")
        if isinstance(text, str):
            if entry.get("complete") is True and CUT in text:
                check.fail(entry, where, f"a complete paragraph should not contain '{CUT}'")
            if isinstance(split_items(text), str):
                check.fail(entry, where, str(split_items(text)))


def convert_other(data: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(parts, paragraphs) of the JSON: each paragraph 1-14, 16 and 40-54, text or not."""
    found: dict[int, dict[str, Any]] = {}
    headings: dict[int, str] = {}
    for entry in data["paragraphs"]:
        heading = _HEADING_RE.fullmatch(entry["ref"])
        if heading:
            headings[int(heading.group(1))] = entry["text"]
            continue
        match = _REF_RE.fullmatch(entry["ref"])
        if match:
            found[int(match.group(1))] = entry
    parts = [
        {"id": pid, "title": title, "first": first, "last": last,
         "heading": headings.get(first, "")}
        for pid, title, first, last in PARTS
    ]  # fmt: skip
    paragraphs = []
    for number in range(1, LAST_PARAGRAPH + 1):
        part = _part_of(number)
        if part in ("principles", "objectives"):
            continue
        entry = found.get(number)
        paragraph: dict[str, Any] = {
            "number": number, "part": part,
            # The heading of a part is the part's; only headings inside a part stay here.
            "heading": "" if number in _PART_STARTS else headings.get(number, ""),
        }  # fmt: skip
        if entry is None:
            paragraph.update(text=None, complete=False, verified=False, source="", note="",
                             items=[])
        else:
            split = split_items(entry["text"])
            assert not isinstance(split, str)  # validate_other refused these
            chapeau, items = split
            _mark_completeness(items, entry["complete"])
            paragraph.update(
                text=chapeau, complete=entry["complete"],
                verified=entry.get("verified", False), source=entry["source"],
                note=entry.get("note", ""), reference_entry=entry["ref"], items=items,
            )  # fmt: skip
        paragraphs.append(paragraph)
    return parts, paragraphs


def convert(
    data: dict[str, Any], other: dict[str, Any], built_from: list[dict[str, str]]
) -> dict[str, Any]:
    """The JSON document: the reference's content unchanged, plus where it was built from."""
    summary = dict(data["summary"])
    # JSON object keys are strings; the loader turns them back into objective numbers.
    summary["action_counts"] = {str(k): v for k, v in summary["action_counts"].items()}
    parts, paragraphs = convert_other(other)
    return {
        "format": FORMAT_VERSION,
        "built_from": built_from,
        "source": data["source"],
        "summary": summary,
        "parts": parts,
        "guiding_principles": data["guiding_principles"],
        "objectives": data["objectives"],
        "paragraphs": paragraphs,
        # The other-paragraphs reference as it is (sources, notes, headings, the resolution's
        # operative paragraphs): what `paragraphs` was made from, for tracing and tests.
        "other_reference": other,
    }


def _write_atomically(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes private files; this one is shipped data
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    reference, out = Path(args[0]), Path(args[1])
    other_path = reference.parent / OTHER_NAME
    loaded = []
    for path in (reference, other_path):
        try:
            raw = path.read_bytes()
            data, lines = _load(path)
        except (OSError, yaml.YAMLError) as exc:
            print(f"{path.name}: cannot read the reference: {exc}", file=sys.stderr)
            return 1
        loaded.append((path, data, lines, hashlib.sha256(raw).hexdigest()))
    problems = []
    for (path, data, lines, _digest), check_data in zip(loaded, (validate, validate_other),
                                                       strict=True):
        check = _Checker(path, lines)
        check_data(data, check)
        if check.problems:
            problems.append((path, check.problems))
    if problems:
        for path, found in problems:
            print(f"{path.name}: {len(found)} problem(s); nothing written:", file=sys.stderr)
            for problem in found:
                print(f"  - {problem}", file=sys.stderr)
        return 1
    data, other = loaded[0][1], loaded[1][1]
    built_from = [{"file": path.name, "sha256": digest} for path, _d, _l, digest in loaded]
    document = convert(data, other, built_from)
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    _write_atomically(out, text)
    summary = data["summary"]
    known = sum(p["text"] is not None for p in document["paragraphs"])
    print(
        f"Wrote {out.name}: {len(data['guiding_principles'])} principles, "
        f"{len(data['objectives'])} objectives, {summary['actions_total']} actions "
        f"({summary['actions_verified']} verified), {len(document['paragraphs'])} other "
        f"paragraphs ({known} with text)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
