"""Safe YAML reading and writing for brief files, keeping the line of every value.

Reading walks PyYAML's event stream itself (no constructor, no recursion), so anchors,
aliases, unknown tags and deep nesting are refused before anything expands or recurses.
Writing uses a ``SafeDumper`` subclass: keys in the given order, Unicode kept as is,
multi-line text as literal blocks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from briefwriter.core.errors import BriefFileError, Problem
from briefwriter.core.model import FieldPath

MAX_DEPTH = 64
"""Deepest nesting of lists and mappings a brief file may use."""
MAX_VALUES = 250_000
"""Most values (scalars, lists, mappings) one file may hold; a long real brief has ~20,000."""
MAX_PROBLEMS = 100
"""Problems listed for one file; a hostile file could otherwise produce millions."""

_TAG = "tag:yaml.org,2002:"
_STD_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_STD_COLLECTION_TAGS = {_TAG + "map", _TAG + "seq", "!"}
# YAML 1.1 also resolves "<<" (merge) and "=" (value); a brief has no use for either, so
# they are plain text here rather than silently merging mappings.
_TEXT_LIKE_TAGS = {_TAG + "str", _TAG + "timestamp", _TAG + "merge", _TAG + "value"}

# Characters YAML does not allow in a stream (control characters other than tab and line
# breaks, surrogates, U+FFFE/U+FFFF).  Checked up front to give a line number.
_FORBIDDEN_CHARS = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

# Plain-words hints for the commonest hand-editing slips, keyed by PyYAML's wording.
_SYNTAX_HINTS = (
    ("found character '\\t'", "indent with spaces, not tabs"),
    (
        "cannot start any token",
        "indent with spaces, not tabs, and put text starting with @ or ` in quotes",
    ),
    ("mapping values are not allowed", "text containing ': ' must be put in quotes"),
    ("could not find expected ':'", "a field name must be followed by ':'"),
    ("found unexpected end of stream", "the file seems to be cut short"),
    ("did not find expected", "check the indentation and any brackets or quotes"),
)


@dataclass
class ParsedYaml:
    """Plain data read from YAML, with where each value came from.

    ``lines`` maps a field path to its 1-based line (the key's line for mapping entries);
    ``plain_text`` keeps, for unquoted scalars that YAML read as a number, a boolean or a
    date, the text as written (``country: NO`` is ``False`` to YAML but ``"NO"`` to a person).
    """

    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)
    plain_text: dict[FieldPath, str] = field(default_factory=dict)

    def line_of(self, path: FieldPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        return line_of(self.lines, path)


def line_of(lines: dict[FieldPath, int], path: FieldPath) -> int | None:
    for end in range(len(path), -1, -1):
        line = lines.get(path[:end])
        if line is not None:
            return line
    return None


class _PyParser(Reader, Scanner, Parser):
    """The pure-Python event parser, used when PyYAML was built without libyaml."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)

    def dispose(self) -> None:
        pass


def _make_parser(text: str) -> Any:
    try:
        from yaml.cyaml import CParser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - depends on how PyYAML was built
        return _PyParser(text)
    return CParser(text)


class _Abort(Exception):
    """Stop reading: the rest of the file cannot be understood."""


@dataclass
class _Frame:
    container: dict[str, Any] | list[Any]
    path: FieldPath
    key: str | None = None  # mapping frames: the key waiting for its value
    key_line: int = 0
    key_bad: bool = False  # the pending key was refused; drop its value
    first_lines: dict[str, int] = field(default_factory=dict)  # key -> line first seen


class _Builder:
    """Turns parser events into plain data, collecting every problem on the way."""

    def __init__(self) -> None:
        self.result = ParsedYaml(data=None)
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.documents = 0
        self.values = 0
        self.root_set = False
        self.resolver = Resolver()
        self.constructor = SafeConstructor()

    def problem(self, message: str, line: int, path: FieldPath = (), code: str = "") -> None:
        self.problems.append(Problem(message, path, line, "error", code))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _Abort

    # -- where the next value goes -------------------------------------------------
    def _slot(self) -> tuple[FieldPath, int | None, bool]:
        """(path, key line, drop) for the value about to be read."""
        if not self.stack:
            return (), None, False
        top = self.stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container)), None, False
        if top.key is None:  # a mapping or list used as a field name
            return top.path, None, True
        return (*top.path, top.key), top.key_line, top.key_bad

    def _expects_key(self) -> bool:
        return (
            bool(self.stack)
            and isinstance(self.stack[-1].container, dict)
            and (self.stack[-1].key is None)
        )

    def _store(self, value: Any, line: int) -> None:
        path, key_line, drop = self._slot()
        if not self.stack:
            self.result.data = value
            self.root_set = True
            self.result.lines[()] = line
            return
        top = self.stack[-1]
        if isinstance(top.container, list):
            top.container.append(value)
            self.result.lines[path] = line
            return
        assert top.key is not None
        if not drop:
            top.container[top.key] = value
            self.result.lines[path] = key_line or line
        top.key = None
        top.key_bad = False

    # -- events ------------------------------------------------------------------------
    def feed(self, event: Any) -> None:
        line = event.start_mark.line + 1 if event.start_mark is not None else 1
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                self.problem(
                    "the file holds more than one YAML document (a second one starts here); "
                    "a brief file holds exactly one",
                    line,
                    code="multiple-documents",
                )
                raise _Abort
            return
        if isinstance(event, yaml.AliasEvent):
            path, _, _ = self._slot()
            self.problem(
                f"YAML aliases ('*{event.anchor}') are not allowed in a brief file; "
                "write the value out in full",
                line,
                path,
                "alias",
            )
            self._placeholder(line)
            return
        if isinstance(event, yaml.ScalarEvent | yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self.values += 1
            if self.values > MAX_VALUES:
                self.problem(
                    f"the file holds more than {MAX_VALUES:,} values; a brief never has that many",
                    line,
                    code="too-many-values",
                )
                raise _Abort
            self._check_anchor(event, line)
        if isinstance(event, yaml.ScalarEvent):
            self._scalar(event, line)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            self._start_collection(event, line)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            frame = self.stack.pop()
            container, path = frame.container, frame.path
            # Re-enter the parent's slot for this finished collection.
            self._finish_collection(container, path)

    def _check_anchor(self, event: Any, line: int) -> None:
        if event.anchor is not None:
            path, _, _ = self._slot()
            self.problem(
                f"YAML anchors ('&{event.anchor}') are not allowed in a brief file; "
                "write each value out in full",
                line,
                path,
                "anchor",
            )

    def _placeholder(self, line: int) -> None:
        if self._expects_key():
            top = self.stack[-1]
            top.key, top.key_line, top.key_bad = "", line, True
        else:
            self._store(None, line)

    def _scalar(self, event: Any, line: int) -> None:
        path, _, _ = self._slot()
        tag = event.tag
        if tag is not None and tag != "!" and tag not in _STD_SCALAR_TAGS:
            self._bad_tag(tag, line, path)
            self._placeholder(line)
            return
        if self._expects_key():
            self._key(event.value, line)
            return
        if tag is None:
            resolved = self.resolver.resolve(  # type: ignore[no-untyped-call]
                yaml.ScalarNode, event.value, event.implicit
            )
        else:
            resolved = _TAG + "str" if tag == "!" else tag
        try:
            value = self._construct(resolved, event.value)
        except (ValueError, KeyError, TypeError, OverflowError):
            if tag is None:
                value = event.value  # e.g. a 5,000-digit "number": keep it as text
            else:
                self.problem(
                    f"'{_short(event.value)}' is not a valid value for the tag "
                    f"'!!{tag[len(_TAG) :]}'",
                    line,
                    path,
                    "tag",
                )
                value = None
        self._store(value, line)
        if (
            not event.style  # plain: None from PyYAML, "" from libyaml
            and tag is None
            and value is not None
            and not isinstance(value, str)
        ):
            self.result.plain_text[path] = event.value

    def _construct(self, tag: str, text: str) -> Any:
        if tag in _TEXT_LIKE_TAGS:
            return text  # timestamps stay as written
        node = yaml.ScalarNode(tag, text)
        if tag == _TAG + "int":
            return self.constructor.construct_yaml_int(node)
        if tag == _TAG + "float":
            return self.constructor.construct_yaml_float(node)
        if tag == _TAG + "bool":
            return self.constructor.construct_yaml_bool(node)
        if tag == _TAG + "null":
            return None
        return text

    def _key(self, text: str, line: int) -> None:
        top = self.stack[-1]
        assert isinstance(top.container, dict)
        top.key, top.key_line, top.key_bad = text, line, False
        if text in top.first_lines:
            first = top.first_lines[text]
            self.problem(
                f"the field '{_short(text)}' appears twice (first at line {first}); keep only one",
                line,
                (*top.path, text),
                "duplicate-key",
            )
            top.key_bad = True
        else:
            top.first_lines[text] = line

    def _bad_tag(self, tag: str, line: int, path: FieldPath) -> None:
        if tag.startswith(_TAG + "python/"):
            what = f"the Python tag '!!{tag[len(_TAG) :]}' is not allowed (it could run code)"
        elif tag.startswith(_TAG):
            what = f"the YAML tag '!!{tag[len(_TAG) :]}' is not allowed in a brief file"
        else:
            what = f"the custom tag '{_short(tag)}' is not allowed in a brief file"
        self.problem(what + "; remove it", line, path, "tag")

    def _start_collection(self, event: Any, line: int) -> None:
        is_map = isinstance(event, yaml.MappingStartEvent)
        path, _, _ = self._slot()
        if self._expects_key():
            self.problem(
                "a field name must be plain text, not a list or a mapping", line, path, "key"
            )
        tag = event.tag
        if tag is not None and tag not in _STD_COLLECTION_TAGS:
            self._bad_tag(tag, line, path)
        if len(self.stack) + 1 > MAX_DEPTH:
            self.problems.append(_too_deep(line))
            raise _Abort
        container: dict[str, Any] | list[Any] = {} if is_map else []
        self.stack.append(_Frame(container, path))
        self.result.lines.setdefault(path, line)

    def _finish_collection(self, container: dict[str, Any] | list[Any], path: FieldPath) -> None:
        line = self.result.lines.get(path, 1)
        if self.stack and self._expects_key():
            # A mapping or list used as a field name (already reported): swallow it.
            top = self.stack[-1]
            top.key, top.key_line, top.key_bad = "", line, True
            return
        self._store(container, line)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _too_deep(line: int | None) -> Problem:
    return Problem(
        f"the file is nested more than {MAX_DEPTH} levels deep here; a brief is never that deep",
        (), line, "error", "too-deep",
    )


def _syntax_problem(error: yaml.YAMLError) -> Problem:
    mark = getattr(error, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = str(getattr(error, "problem", "") or "").strip() or "the YAML is malformed"
    if "nesting depth" in problem:
        # libyaml (PyYAML >= 6.0.2) scans a run of flow brackets ahead of the events and
        # refuses it at its own limit before ours is reached: the same refusal, in our words.
        return _too_deep(line)
    context = str(getattr(error, "context", "") or "").strip()
    message = f"this is not valid YAML: {problem}"
    context_mark = getattr(error, "context_mark", None)
    if context and context_mark is not None and context_mark.line + 1 != line:
        message += f" ({context} that starts at line {context_mark.line + 1})"
    elif context:
        message += f" ({context})"
    for needle, hint in _SYNTAX_HINTS:
        if needle in problem or needle in context:
            message += f"; {hint}"
            break
    return Problem(message, (), line, "error", "yaml-syntax")


def cap_problems(problems: list[Problem]) -> list[Problem]:
    """At most ``MAX_PROBLEMS`` problems, the last saying how many more there were."""
    if len(problems) < MAX_PROBLEMS:
        return problems
    kept = problems[: MAX_PROBLEMS - 1]
    return [*kept, Problem("there are more problems; fix these first", (), None, "error", "more")]


def forbidden_character(text: str) -> Problem | None:
    """A problem for the first character YAML cannot hold (NUL, other controls), if any."""
    found = _FORBIDDEN_CHARS.search(text)
    if found is None:
        return None
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    code = ord(found.group())
    what = "a NUL byte" if code == 0 else f"the control character U+{code:04X}"
    return Problem(
        f"the file contains {what} (column {column}); it does not look like a text file "
        "written for BriefWriter",
        (),
        line,
        "error",
        "binary",
    )


def _events(text: str) -> Iterator[Any]:
    parser = _make_parser(text)
    try:
        while parser.check_event():
            yield parser.get_event()
    finally:
        parser.dispose()


def parse_yaml(text: str, path: Path | None = None) -> ParsedYaml:
    """Read one YAML document into plain data with line numbers, refusing anything unsafe.

    Raises ``BriefFileError`` listing every problem found: syntax errors, aliases and
    anchors, tags other than the standard scalar and collection ones, duplicate keys,
    nesting deeper than ``MAX_DEPTH``, several documents, an empty file.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    bad = forbidden_character(text)
    if bad is not None:
        raise BriefFileError(path, [bad])
    builder = _Builder()
    try:
        for event in _events(text):
            builder.feed(event)
    except _Abort:
        pass
    except yaml.MarkedYAMLError as error:
        builder.problems.append(_syntax_problem(error))
    except yaml.YAMLError as error:  # reader errors carry no mark
        builder.problems.append(Problem(f"this is not valid YAML: {error}", code="yaml-syntax"))
    if builder.problems:
        raise BriefFileError(path, cap_problems(builder.problems))
    if not builder.root_set:
        raise BriefFileError(path, [Problem("The file is empty", code="empty")])
    return builder.result


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


class FlowList(list[Any]):
    """A list written on one line, ``[f, h]``: used for short lists of GCM references."""


class BriefDumper(yaml.SafeDumper):
    """SafeDumper that writes readable briefs: multi-line text as ``|`` blocks, lists indented."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # PyYAML puts list items flush with their key by default; indenting them reads better.
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style: str | None = None
    if any(ch in text for ch in "\x85\u2028\u2029"):
        # Unicode line separators do not survive plain or single-quoted styles.
        style = '"'
    elif "\n" in text:
        style = "|"  # the emitter falls back to quotes when a block cannot hold the text
    return dumper.represent_scalar(_TAG + "str", text, style=style)


def _represent_flow_list(dumper: yaml.SafeDumper, items: FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence(_TAG + "seq", items, flow_style=True)


def _represent_float(dumper: yaml.SafeDumper, number: float) -> yaml.ScalarNode:
    if math.isfinite(number):
        return dumper.represent_float(number)
    text = ".nan" if math.isnan(number) else (".inf" if number > 0 else "-.inf")
    return dumper.represent_scalar(_TAG + "float", text)


BriefDumper.add_representer(str, _represent_str)
BriefDumper.add_representer(FlowList, _represent_flow_list)
BriefDumper.add_representer(float, _represent_float)


def dump_yaml(data: Any, header: str = "") -> str:
    """Plain data as YAML text, keys in the order given, no line wrapping."""
    body = yaml.dump(
        data,
        Dumper=BriefDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        indent=2,
        width=2**31 - 1,  # never fold long lines: one paragraph per line diffs cleanly
    )
    return header + body
