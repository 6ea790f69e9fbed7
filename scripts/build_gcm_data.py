"""Convert the GCM reference text (YAML, A/RES/73/195) into resources/gcm.json for the app.

Usage: python scripts/build_gcm_data.py REFERENCE.yaml OUT.json

The conversion keeps every item, flag and source note as it is.  It first checks the structure
(10 principles, 23 objectives, 187 actions, consecutive letters, paragraph = objective + 16,
per-objective counts equal to the reference's own summary, verification flags consistent with
the summary totals) and refuses to write anything if one check fails, listing every problem
with its line in the reference file.
"""

from __future__ import annotations

import hashlib
import json
import os
import string
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

FORMAT_VERSION = 1
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


def convert(data: dict[str, Any], reference_name: str, digest: str) -> dict[str, Any]:
    """The JSON document: the reference's content unchanged, plus where it was built from."""
    summary = dict(data["summary"])
    # JSON object keys are strings; the loader turns them back into objective numbers.
    summary["action_counts"] = {str(k): v for k, v in summary["action_counts"].items()}
    return {
        "format": FORMAT_VERSION,
        "built_from": {"file": reference_name, "sha256": digest},
        "source": data["source"],
        "summary": summary,
        "guiding_principles": data["guiding_principles"],
        "objectives": data["objectives"],
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
    try:
        raw = reference.read_bytes()
        data, lines = _load(reference)
    except (OSError, yaml.YAMLError) as exc:
        print(f"{reference.name}: cannot read the reference: {exc}", file=sys.stderr)
        return 1
    check = _Checker(reference, lines)
    validate(data, check)
    if check.problems:
        print(
            f"{reference.name}: {len(check.problems)} problem(s); nothing written:", file=sys.stderr
        )
        for problem in check.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    document = convert(data, reference.name, hashlib.sha256(raw).hexdigest())
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    _write_atomically(out, text)
    summary = data["summary"]
    print(
        f"Wrote {out.name}: {len(data['guiding_principles'])} principles, "
        f"{len(data['objectives'])} objectives, {summary['actions_total']} actions "
        f"({summary['actions_verified']} verified)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
