"""Limits on footnotes and tables in a brief's Markdown fields, found before the text is
rendered.

The PDF renderer lays footnotes out one by one, moving each to the foot of its page, so a
field with thousands of footnotes (``^[a] ^[b] ...``) or footnotes nested thousands deep
(``^[a ^[b ^[c ...]]]``) holds it for minutes.  ``footnote_problem`` finds such a field with
one pass over its text, without parsing it: the checks report it (``briefwriter check``, the
Review step) and the renderer prints that field as plain text instead.  A table costs the
renderer about three times what the same text in paragraphs does, so a field with more table
rows than ``MAX_TABLE_ROWS_PER_FIELD`` has its tables printed as text (``table_problem``).
``markdown_problem`` reports either.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefwriter.core.errors import Problem
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg
from briefwriter.core.model import Brief, FieldPath, format_path

MAX_FOOTNOTE_DEPTH = 4
"""Footnotes inside footnotes, at most this deep (the PDF prints only the outermost)."""
MAX_FOOTNOTES_PER_FIELD = 100
"""Footnotes in one field, at most (a long priority rarely cites more than twenty sources)."""
MAX_TABLE_ROWS_PER_FIELD = 200
"""Table rows in one field, at most (a paper's table rarely has more than thirty; 200 rows are
about eight pages and a second of rendering)."""

# What matters to footnotes: an escaped character, "^[", "[^label]" (not a definition
# "[^label]:"), and the brackets that open and close them.
_TOKENS = re.compile(r"\\.|\^\[|\[\^[^\]\s]+\](?!:)|[\[\]]", re.DOTALL)


@dataclass(frozen=True)
class FootnoteScan:
    """What one pass over a field found: ``count`` notes, nested at most ``depth`` deep.

    ``depth_line`` and ``count_line`` are the lines (1-based) where a limit was first passed,
    0 when it was not.
    """

    count: int = 0
    depth: int = 0
    depth_line: int = 0
    count_line: int = 0

    @property
    def too_deep(self) -> bool:
        return self.depth > MAX_FOOTNOTE_DEPTH

    @property
    def too_many(self) -> bool:
        return self.count > MAX_FOOTNOTES_PER_FIELD

    @property
    def ok(self) -> bool:
        return not (self.too_deep or self.too_many)


def scan_footnotes(text: str) -> FootnoteScan:
    """Count the inline notes (``^[...]``) and references (``[^label]``) in ``text`` and how
    deep the inline notes nest.

    One pass with a regular expression, never a parse: it cannot be made slow.  It may count a note
    Markdown would not (one in a code span, say), which only matters far beyond any real text.
    """
    if "^" not in text:
        return FootnoteScan()
    count = depth = depth_line = count_line = 0
    stack: list[bool] = []  # open brackets: True for a note's "^[", False for a plain "["
    notes_open = 0
    for match in _TOKENS.finditer(text):
        found = match.group()
        if found == "]":
            if stack and stack.pop():
                notes_open -= 1
            continue
        if found == "[":
            stack.append(False)
            continue
        if found.startswith("\\"):
            continue  # an escaped character is text
        count += 1
        if count == MAX_FOOTNOTES_PER_FIELD + 1:
            count_line = text.count("\n", 0, match.start()) + 1
        if found == "^[":
            stack.append(True)
            notes_open += 1
            if notes_open > depth:
                depth = notes_open
                if depth == MAX_FOOTNOTE_DEPTH + 1:
                    depth_line = text.count("\n", 0, match.start()) + 1
    return FootnoteScan(count, depth, depth_line, count_line)


@dataclass(frozen=True)
class TableScan:
    """How many lines of a field could be table rows, and the line (1-based) past the limit."""

    rows: int = 0
    limit_line: int = 0

    @property
    def ok(self) -> bool:
        return self.rows <= MAX_TABLE_ROWS_PER_FIELD


def scan_tables(text: str) -> TableScan:
    """Count the lines that could be rows of a pipe table: every line with a ``|``.

    A count from above, never a parse (a ``|`` in a sentence or a code block counts too), which
    only matters far beyond any real text.
    """
    if "|" not in text:
        return TableScan()
    rows = limit_line = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if "|" in line:
            rows += 1
            if rows == MAX_TABLE_ROWS_PER_FIELD + 1:
                limit_line = number
    return TableScan(rows, limit_line)


def table_problem(text: str, path: FieldPath) -> Problem | None:
    """A warning naming the field at ``path`` when its tables have too many rows, else None."""
    scan = scan_tables(text)
    if scan.ok:
        return None
    msg = Msg.of(
        QT_TRANSLATE_NOOP(
            "Checks",
            "The field {field} has tables with {rows} rows (the row past the limit is on line "
            "{line} of its text); at most {limit} fit in one field, so its tables are printed "
            "as plain lines of text. Shorten the table or split it across fields.",
        ),
        field=format_path(path), rows=scan.rows, line=scan.limit_line,
        limit=MAX_TABLE_ROWS_PER_FIELD,
    )
    return Problem(msg.render(), path=path, severity="warning", code="table-too-long", msg=msg)


def markdown_problem(text: str, path: FieldPath) -> Problem | None:
    """The first limit the field at ``path`` passes (footnotes, then tables), or None."""
    return footnote_problem(text, path) or table_problem(text, path)


def footnote_problem(text: str, path: FieldPath) -> Problem | None:
    """A warning naming the field at ``path`` when its footnotes pass a limit, else None."""
    scan = scan_footnotes(text)
    if scan.too_deep:
        msg = Msg.of(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The field {field} has footnotes inside footnotes {depth} deep (from line "
                "{line} of its text); at most {limit} levels can be printed, so this text is "
                "printed as plain text, without its formatting or notes. Take the inner notes "
                "out of the outer ones.",
            ),
            field=format_path(path), depth=scan.depth, line=scan.depth_line,
            limit=MAX_FOOTNOTE_DEPTH,
        )
        return Problem(msg.render(), path=path, severity="warning", code="footnotes-too-deep",
                       msg=msg)
    if scan.too_many:
        msg = Msg.of(
            QT_TRANSLATE_NOOP(
                "Checks",
                "The field {field} has {count} footnotes (the note past the limit is on line "
                "{line} of its text); at most {limit} fit in one field, so this text is "
                "printed as plain text, without its formatting or notes. Cut some notes or "
                "move sources into the evidence of a priority.",
            ),
            field=format_path(path), count=scan.count, line=scan.count_line,
            limit=MAX_FOOTNOTES_PER_FIELD,
        )
        return Problem(msg.render(), path=path, severity="warning", code="too-many-footnotes",
                       msg=msg)
    return None


def markdown_fields(brief: Brief) -> Iterator[tuple[FieldPath, str]]:
    """Every Markdown field of ``brief`` with its path, in the order of the brief."""
    yield ("summary",), brief.summary
    for i, priority in enumerate(brief.priorities):
        yield ("priorities", i, "description"), priority.description
        for j, evidence in enumerate(priority.evidence):
            yield ("priorities", i, "evidence", j, "text"), evidence.text
    for i, message in enumerate(brief.key_messages):
        yield ("key_messages", i), message
    for i, rec in enumerate(brief.recommendations):
        yield ("recommendations", i, "text"), rec.text
    for i, pledge in enumerate(brief.pledges):
        yield ("pledges", i, "action"), pledge.action
    for i, item in enumerate(brief.follow_up):
        yield ("follow_up", i, "text"), item.text
        yield ("follow_up", i, "evidence"), item.evidence
    yield ("organisation", "description"), brief.organisation.description
    yield ("statement", "text"), brief.statement.text
    for i, section in enumerate(brief.sections):  # the organisation's own parts
        yield ("sections", i, "body"), section.body
