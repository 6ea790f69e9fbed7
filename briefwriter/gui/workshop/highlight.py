"""Syntax colouring for a template pack's files: Jinja with HTML, CSS and YAML.

``highlighter_for(name, document)`` picks one by the file's extension (None for plain text).
Each highlighter is a list of (pattern, format) rules applied in order, later rules painting
over earlier ones, plus the block comments that may span lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


def _format(colour: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if italic:
        fmt.setFontItalic(True)
    return fmt


#: the colours, named by what they show (dark enough on white for WCAG AA contrast)
FORMATS = {
    "tag": _format("#1a4f8b", bold=True),
    "attribute": _format("#7a3e00"),
    "string": _format("#21701f"),
    "comment": _format("#6b6b6b", italic=True),
    "jinja": _format("#8a1c7c", bold=True),
    "selector": _format("#1a4f8b", bold=True),
    "property": _format("#7a3e00"),
    "value": _format("#004d61"),
    "at_rule": _format("#8a1c7c", bold=True),
    "variable": _format("#a11d1d"),
    "key": _format("#1a4f8b", bold=True),
}


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    kind: str
    group: int = 0


@dataclass(frozen=True)
class BlockComment:
    """A comment that may span lines, remembered as block state ``state``."""

    start: str
    end: str
    kind: str
    state: int


class RuleHighlighter(QSyntaxHighlighter):
    """Applies ``rules`` line by line, then the multi-line ``blocks`` over them."""

    rules: tuple[Rule, ...] = ()
    blocks: tuple[BlockComment, ...] = ()

    def highlightBlock(self, text: str) -> None:
        for rule in self.rules:
            for match in rule.pattern.finditer(text):
                start, end = match.span(rule.group)
                if end > start:
                    self.setFormat(start, end - start, FORMATS[rule.kind])
        self._block_comments(text)

    def _block_comments(self, text: str) -> None:
        self.setCurrentBlockState(0)
        position = 0
        open_block = next((b for b in self.blocks if b.state == self.previousBlockState()),
                          None)
        while position <= len(text):
            if open_block is None:
                found = [(text.find(b.start, position), b) for b in self.blocks]
                found = [(at, b) for at, b in found if at >= 0]
                if not found:
                    return
                start, open_block = min(found, key=lambda item: item[0])
                search_from = start + len(open_block.start)
            else:
                start, search_from = position, position
            end = text.find(open_block.end, search_from)
            if end < 0:
                self.setFormat(start, len(text) - start, FORMATS[open_block.kind])
                self.setCurrentBlockState(open_block.state)
                return
            end += len(open_block.end)
            self.setFormat(start, end - start, FORMATS[open_block.kind])
            position, open_block = end, None


class JinjaHtmlHighlighter(RuleHighlighter):
    """HTML tags, attributes and strings, with Jinja's ``{{ }}``, ``{% %}`` and ``{# #}``."""

    rules = (
        Rule(re.compile(r"</?[A-Za-z][\w:-]*|/?>|<!doctype[^>]*>", re.I), "tag"),
        Rule(re.compile(r"\s([A-Za-z_:][\w:.-]*)\s*="), "attribute", 1),
        Rule(re.compile(r"\"[^\"]*\"|'[^']*'"), "string"),
        Rule(re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{\{.*$|\{%.*$"), "jinja"),
    )
    blocks = (BlockComment("<!--", "-->", "comment", 1),
              BlockComment("{#", "#}", "comment", 2))


class CssHighlighter(RuleHighlighter):
    """Selectors, properties, values, at-rules, ``var(--x)`` and comments."""

    rules = (
        Rule(re.compile(r"^\s*([^{}:;@/][^{};]*?)\s*(?=\{)"), "selector", 1),
        Rule(re.compile(r"([\w-]+)\s*:(?![^{]*\{)"), "property", 1),
        Rule(re.compile(r":\s*([^;{}]+)"), "value", 1),
        Rule(re.compile(r"@[\w-]+"), "at_rule"),
        Rule(re.compile(r"var\(\s*--[\w-]+\s*\)|--[\w-]+"), "variable"),
        Rule(re.compile(r"\"[^\"]*\"|'[^']*'"), "string"),
    )
    blocks = (BlockComment("/*", "*/", "comment", 1),)


class YamlHighlighter(RuleHighlighter):
    """Keys, strings and comments of a manifest."""

    rules = (
        Rule(re.compile(r"^\s*(?:-\s+)?([\w.-]+)\s*:(?=\s|$)"), "key", 1),
        Rule(re.compile(r"\"(?:[^\"\\]|\\.)*\"|'[^']*'"), "string"),
        Rule(re.compile(r"(?:^|\s)(#.*)$"), "comment", 1),
    )


_BY_EXTENSION: dict[str, type[RuleHighlighter]] = {
    ".j2": JinjaHtmlHighlighter, ".jinja": JinjaHtmlHighlighter,
    ".html": JinjaHtmlHighlighter, ".htm": JinjaHtmlHighlighter,
    ".css": CssHighlighter,
    ".yaml": YamlHighlighter, ".yml": YamlHighlighter,
}


def highlighter_for(name: str, document: QTextDocument) -> RuleHighlighter | None:
    """The highlighter for a file called ``name``, attached to ``document`` (or None)."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = _BY_EXTENSION.get(suffix)
    return kind(document) if kind is not None else None
