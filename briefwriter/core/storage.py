"""Opening and saving ``*.brief.yaml`` files: size limits, migration, validation, atomic saves.

Loading is read -> parse -> migrate -> validate -> build; every problem is reported at once
with its line and field.  Saving writes a temporary file beside the target, checks and syncs
it, keeps the previous version as ``<name>.bak`` and then replaces the file in one step.
"""

from __future__ import annotations

import math
import os
import re
import stat
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from briefwriter.core.atomic_write import atomic_write_bytes, os_reason
from briefwriter.core.errors import BriefFileError, NewerFormatError, Problem, SaveError
from briefwriter.core.model import SCHEMA_VERSION, Brief, brief_from_data, brief_to_data
from briefwriter.core.yamlio import FlowList, ParsedYaml, cap_problems, dump_yaml, parse_yaml

MAX_BRIEF_BYTES = 5 * 1024 * 1024
"""Largest brief file BriefWriter opens or writes (a long real brief is under 200 KB)."""

HEADER = f"# BriefWriter brief file (format {SCHEMA_VERSION}). Text fields are Markdown.\n"
_VERSION_LINE = re.compile(r"^schema_version[ \t]*:[ \t]*['\"]?(\d{1,9})['\"]?[ \t]*(#.*)?$", re.M)


@dataclass
class LoadResult:
    """A brief read from a file, with what is worth telling the person about it."""

    brief: Brief
    warnings: list[Problem] = field(default_factory=list)
    migrated_from: int | None = None  # the file's older format version, if it was upgraded
    source_text: str = ""


def _error(path: Path | None, message: str, code: str, line: int | None = None) -> BriefFileError:
    return BriefFileError(path, [Problem(message, (), line, "error", code)])


def _too_big(path: Path | None, size: int) -> BriefFileError:
    return _error(
        path,
        f"the file is too large to be a brief ({size / 1_048_576:.1f} MB; "
        f"the limit is {MAX_BRIEF_BYTES // 1_048_576} MB)",
        "too-large",
    )


class NotABriefError(BriefFileError):
    """The file is something else: another program's YAML or JSON, a document, a picture.

    Said plainly ("x.yaml is not a BriefWriter brief: ...") rather than as the YAML or field
    problems that reading it as a brief would list.
    """

    def __str__(self) -> str:
        name = str(self.path) if self.path is not None else "This file"
        reason = self.problems[0].message if self.problems else ""
        return f"{name} is not a BriefWriter brief: {reason}." if reason else \
            f"{name} is not a BriefWriter brief."


# The top-level fields of a brief, in any format version; a file with none of them (other
# than the version line) is not one.
_BRIEF_FIELDS = frozenset(f.name for f in fields(Brief)) - {"extra", "schema_version"}
_BRIEF_LINE = re.compile(
    r"^[\ufeff]?['\"]?(?:schema_version|" + "|".join(sorted(_BRIEF_FIELDS)) + r")['\"]?[ \t]*:",
    re.M,
)
_SOME_FIELDS = "title, organisation, priorities, …"


def _looks_like_brief(text: str) -> bool:
    """Whether any line of ``text`` starts one of a brief's top-level fields."""
    return _BRIEF_LINE.search(text) is not None


def _not_a_brief(path: Path | None, message: str, code: str,
                 line: int | None = None) -> NotABriefError:
    return NotABriefError(path, [Problem(message, (), line, "error", code)])


class UnsuitableFileError(ValueError):
    """A file ``read_regular_file`` refuses without reading it."""


class NotRegularFileError(UnsuitableFileError):
    """A folder, pipe (FIFO), socket or device where a file was expected."""


class FileTooLargeError(UnsuitableFileError):
    """A regular file larger than the limit; ``size`` is what was found (at least)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"larger than {limit} bytes")
        self.size = size
        self.limit = limit


# A FIFO opened for reading waits for a writer forever; O_NONBLOCK makes that open return at
# once, so a pipe swapped in between the check and the open is caught by fstat, not hung on.
_READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
               | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))


def read_regular_file(path: str | Path, limit: int) -> bytes:
    """The bytes of ``path``, which must be a regular file of at most ``limit`` bytes.

    The one way to read a file someone else may have put in place (a brief, a template pack's
    files): a pipe, socket, device or folder is refused without being read (it could block
    forever or never end), and the size is checked before and while reading.  Raises
    ``NotRegularFileError`` or ``FileTooLargeError``, or ``OSError`` when it cannot be read.
    """
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError("not a regular file")
    if info.st_size > limit:
        raise FileTooLargeError(info.st_size, limit)
    fd = os.open(path, _READ_FLAGS)
    try:
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        info = os.fstat(handle.fileno())  # what was opened, whatever the path names now
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError("not a regular file")
        if info.st_size > limit:
            raise FileTooLargeError(info.st_size, limit)
        data = handle.read(limit + 1)
    if len(data) > limit:  # the file grew while it was read
        raise FileTooLargeError(len(data), limit)
    return data


def read_brief_bytes(path: Path) -> bytes:
    """The file's bytes, refusing anything that is not a regular file of at most 5 MiB.

    The size is checked before reading and again while reading, so a huge or growing file
    (or a device) is refused without being read.
    """
    try:
        return read_regular_file(path, MAX_BRIEF_BYTES)
    except NotRegularFileError:
        raise _error(path, "this is not a regular file", "not-a-file") from None
    except FileTooLargeError as error:
        raise _too_big(path, error.size) from None
    except OSError as error:
        raise _error(path, f"the file could not be read: {os_reason(error)}",
                     "unreadable") from None


def decode_brief_bytes(data: bytes, path: Path | None = None) -> str:
    """UTF-8 text (a byte-order mark is fine), or a clear error naming the line."""
    readable = data.decode("utf-8", "replace")
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        if not _looks_like_brief(readable):
            raise _not_a_brief(path, "it is not a text file (a word-processor document, a PDF "
                               "or a picture, perhaps)", "binary", line)
        raise _error(path, "the file contains NUL bytes: it is not a text file", "binary", line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        if not _looks_like_brief(readable):
            raise _not_a_brief(path, "it is not UTF-8 text with the fields of a brief "
                               f"({_SOME_FIELDS})", "encoding", line) from None
        raise _error(
            path,
            f"the file is not UTF-8 text (byte {error.start + 1} cannot be read); "
            "save it as UTF-8 in your editor",
            "encoding",
            line,
        ) from None


def load_brief(path: str | Path) -> LoadResult:
    """Open a brief file: see ``parse_brief_text``.  The file is never changed."""
    path = Path(path)
    return parse_brief_text(decode_brief_bytes(read_brief_bytes(path), path), path)


def parse_brief_text(text: str, path: Path | None = None) -> LoadResult:
    """Read a brief from YAML text: parse, migrate older formats, validate, build the model.

    Raises ``BriefFileError`` listing every problem (line and field for each), or
    ``NewerFormatError`` for a file written by a newer BriefWriter.
    """
    if len(text) > MAX_BRIEF_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_BRIEF_BYTES:
        raise _too_big(path, len(text.encode("utf-8", "surrogatepass")))
    try:
        doc = parse_yaml(text, path)
    except BriefFileError:
        # A newer format may use YAML this version refuses: say "newer" rather than "broken".
        declared = _VERSION_LINE.search(text)
        if declared is not None and int(declared.group(1)) > SCHEMA_VERSION:
            raise NewerFormatError(path, int(declared.group(1)), SCHEMA_VERSION) from None
        if not _looks_like_brief(text):
            raise _not_a_brief(path, f"it has none of a brief's fields ({_SOME_FIELDS})",
                               "not-a-brief") from None
        raise
    if doc.data is None:
        raise _error(path, "The file is empty", "empty")
    if not isinstance(doc.data, dict):
        raise _not_a_brief(
            path,
            "the file should hold the fields of a brief (title: ..., organisation: ...), "
            f"but it holds {'a list' if isinstance(doc.data, list) else 'a single value'}",
            "not-a-brief",
            doc.line_of(()),
        )
    keys = [str(key) for key in doc.data]
    if keys != ["schema_version"] and not _BRIEF_FIELDS.intersection(keys):
        shown = ", ".join(keys[:4]) + (", …" if len(keys) > 4 else "")
        raise _not_a_brief(path, f"it holds other fields ({shown}) and none of a brief's "
                           f"({_SOME_FIELDS})", "not-a-brief", 1)
    # Here, not at the top: the render worker and the file helpers below need neither the
    # migrations nor the schema validator (jsonschema alone takes ~0.1 s to import).
    from briefwriter.core.migrations import migrate
    from briefwriter.core.validate import validate_document

    version = _file_version(doc, path)
    problems: list[Problem] = []
    migrated_from: int | None = None
    if version < SCHEMA_VERSION:
        stepped = migrate(doc, version)
        doc, problems, migrated_from = stepped.doc, stepped.problems, version
    checked = validate_document(doc)
    errors = [p for p in problems if p.severity == "error"] + checked.errors
    if errors:
        errors.sort(key=lambda p: p.line if p.line is not None else 0)
        raise BriefFileError(path, cap_problems(errors))
    warnings = [p for p in problems if p.severity != "error"] + checked.warnings
    return LoadResult(brief_from_data(doc.data), warnings, migrated_from, text)


def _file_version(doc: ParsedYaml, path: Path | None) -> int:
    from briefwriter.core.migrations import OLDEST_VERSION

    version = doc.data.get("schema_version")
    line = doc.line_of(("schema_version",))
    if "schema_version" not in doc.data:
        raise _error(
            path,
            f"'schema_version' is missing: add the line 'schema_version: {SCHEMA_VERSION}' "
            "at the top (use 1 for a file in the first draft layout, with 'gcm_links')",
            "no-version",
            1,
        )
    if isinstance(version, bool) or not isinstance(version, int):
        raise BriefFileError(
            path,
            [
                Problem(
                    f"'schema_version' should be a whole number such as {SCHEMA_VERSION}",
                    ("schema_version",),
                    line,
                    "error",
                    "bad-version",
                )
            ],
        )
    if version > SCHEMA_VERSION:
        raise NewerFormatError(path, version, SCHEMA_VERSION)
    if version < OLDEST_VERSION:
        raise BriefFileError(
            path,
            [
                Problem(
                    f"'schema_version: {version}' is not a BriefWriter file format "
                    f"(this version reads formats {OLDEST_VERSION} to {SCHEMA_VERSION})",
                    ("schema_version",),
                    line,
                    "error",
                    "bad-version",
                )
            ],
        )
    return version


# --------------------------------------------------------------------------------------
# Saving
# --------------------------------------------------------------------------------------


_SURROGATE = re.compile("[\ud800-\udfff]")


def _saveable(value: Any) -> Any:
    """Plain data with lone UTF-16 surrogates (from malformed pasted text) made U+FFFD.

    They cannot be written as UTF-8, and refusing to save over one would lose everything
    else the person typed.
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_saveable(k): _saveable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_saveable(v) for v in value]
    return value


def _one_line(group: Any, *keys: str) -> None:
    """Write the GCM reference lists ``keys`` of ``group`` on one line: ``[29(a), 29(c)]``."""
    if isinstance(group, dict):
        for key in keys:
            if isinstance(group.get(key), list):
                group[key] = FlowList(group[key])


def _data_for_saving(brief: Brief) -> dict[str, Any]:
    data: dict[str, Any] = _saveable(brief_to_data(brief))
    for priority in data.get("priorities") or []:
        if isinstance(priority, dict):
            _one_line(priority.get("gcm"), "principles", "objectives", "actions")
    pledges = list(data.get("pledges") or [])
    for cycle in data.get("history") or []:
        pledges += (cycle.get("pledges") or []) if isinstance(cycle, dict) else []
    for pledge in pledges:
        _one_line(pledge, "objectives")
    return data


def dump_brief_text(brief: Brief) -> str:
    """The brief as YAML text: model field order, unknown fields last, a one-line header."""
    return dump_yaml(_data_for_saving(brief), HEADER)


def _same(a: Any, b: Any) -> bool:
    """Equal as data, with NaN equal to itself (an unknown field may hold ``.nan``)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and bool(a == b)


def save_brief(brief: Brief, path: str | Path, *, keep_backup: bool = True) -> None:
    """Write the brief to ``path`` atomically (see ``atomic_write_bytes``).

    The text is read back before writing: if it would not reopen as the same data, or is
    over the size limit, nothing is written and ``SaveError`` says why.
    """
    path = Path(path)
    try:
        data = _data_for_saving(brief)
        text = dump_yaml(data, HEADER)
    except yaml.YAMLError as error:
        raise _not_written(path,
                           f"the brief holds a value that cannot be saved ({error})") from None
    payload = text.encode("utf-8")
    if len(payload) > MAX_BRIEF_BYTES:
        raise _not_written(
            path,
            f"the brief is too large to save ({len(payload) / 1_048_576:.1f} MB; "
            f"files over {MAX_BRIEF_BYTES // 1_048_576} MB cannot be reopened)",
        )
    try:
        again = parse_yaml(text, path).data
    except BriefFileError as error:
        raise _not_written(path, f"the saved text would not read back ({error})") from None
    if not _same(again, data):
        raise _not_written(path, "the saved text would not read back as the same brief")
    atomic_write_bytes(path, payload, keep_backup=keep_backup)


def _not_written(path: Path, reason: str) -> SaveError:
    """A save refused before anything was written: any previous version is as it was."""
    return SaveError(path, reason, previous=os.path.isfile(path))
