"""Template lint, stylesheets and assets: CSS parse errors (tinycss2), files a template or
stylesheet would load that the sandbox blocks or that are missing, and fonts that are
neither in the pack, bundled nor generic.

The decision on a URL is ``render.resource_rules``, the fetcher's own.  Unknown property
names are not checked: WeasyPrint's list of properties is not available without importing it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import tinycss2
from tinycss2 import ast

from briefwriter import paths
from briefwriter.render.resource_rules import refusal, scheme_of

GENERIC_FAMILIES = frozenset({
    "serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "math", "emoji",
    "fangsong", "ui-serif", "ui-sans-serif", "ui-monospace", "ui-rounded", "inherit",
    "initial", "unset", "revert",
})
# Rules whose content is more rules; the others hold declarations (and nested at-rules).
_RULE_LISTS = frozenset({"media", "supports", "document", "layer", "container"})
# ``src`` on anything loads it; ``href`` loads only on ``<link>`` (on ``<a>`` it is a link).
_SRC_ATTR = re.compile(r"""\ssrc\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_LINK_HREF = re.compile(r"""<link\b[^>]*?\shref\s*=\s*(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Finding:
    """A problem before it is given its file: line and column in that file."""

    line: int | None
    column: int | None
    severity: str
    code: str
    message: str


@dataclass
class CssFacts:
    """What the stylesheets of a pack declare and use, for the font check."""

    declared_families: set[str] = field(default_factory=set)
    # (family, line, column, file) for each use outside @font-face
    used_families: list[tuple[str, int, int, str]] = field(default_factory=list)


def line_col(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``source``."""
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


# --------------------------------------------------------------------------------------
# Assets
# --------------------------------------------------------------------------------------


def asset_problem(url: str, base: Path, pack_folder: Path) -> tuple[str, str] | None:
    """(code, message) when ``url``, written in a file in ``base``, would not load."""
    url = url.strip()
    if not url or url.startswith("#") or "{{" in url or "{%" in url:
        return None  # a fragment, or made by the template: judged when it renders
    scheme = scheme_of(url)
    if scheme == "data":
        return None
    if scheme and len(scheme) > 1:  # "c:" is a drive letter, not a scheme
        absolute = url
        reason = refusal(absolute, [pack_folder, paths.fonts_dir()])
    else:
        target = Path(unquote(url.split("?", 1)[0].split("#", 1)[0]))
        path = target if target.is_absolute() else base / target
        reason = refusal(path.absolute().as_uri(), [pack_folder.resolve(), paths.fonts_dir()])
        if reason is None and not path.is_file():
            return "asset-missing", f"'{url}' is not a file in the template folder"
    if reason is not None:
        return "asset-blocked", f"'{url}' will be blocked: {reason}"
    return None


def template_assets(source: str, base: Path, pack_folder: Path) -> Iterator[Finding]:
    """``src`` and ``<link href>`` values in a template that would not load."""
    for pattern in (_SRC_ATTR, _LINK_HREF):
        for match in pattern.finditer(source):
            problem = asset_problem(match.group(2), base, pack_folder)
            if problem:
                line, col = line_col(source, match.start(2))
                yield Finding(line, col, "error", *problem)


# --------------------------------------------------------------------------------------
# Stylesheets
# --------------------------------------------------------------------------------------


def _families(value: list[ast.Node]) -> Iterator[tuple[str, ast.Node]]:
    """The family names of a ``font-family`` value (quoted, or idents joined by spaces)."""
    words: list[str] = []
    first: ast.Node | None = None
    for token in [*value, None]:
        if token is None or (isinstance(token, ast.LiteralToken) and token.value == ","):
            if words and first is not None:
                yield " ".join(words), first
            words, first = [], None
        elif isinstance(token, ast.StringToken):
            words, first = [token.value], token
        elif isinstance(token, ast.IdentToken):
            words.append(token.value)
            first = first or token
        elif isinstance(token, ast.FunctionBlock):
            words, first = [], None  # var(...): not known until rendered
            return


class StylesheetChecker:
    """Checks one stylesheet (a file, or a ``<style>`` block at ``line_offset``)."""

    def __init__(self, base: Path, pack_folder: Path, facts: CssFacts, file: str,
                 line_offset: int = 0, col_offset: int = 0) -> None:
        self.base = base
        self.pack_folder = pack_folder
        self.facts = facts
        self.file = file
        self.line_offset = line_offset
        self.col_offset = col_offset
        self.findings: list[Finding] = []

    def where(self, node: ast.Node) -> tuple[int, int]:
        line, col = node.source_line, node.source_column
        if line == 1:
            col += self.col_offset
        return line + self.line_offset, col

    def parse_error(self, error: ast.ParseError) -> None:
        message = error.message
        if message.startswith("Expected ':' after declaration name"):
            # tinycss2's own wording names a placeholder instead of what it found.
            message = "a declaration needs a ':' between the property name and its value"
        self.add(error, "error", "css-syntax", f"CSS error: {message}")

    def add(self, node: ast.Node, severity: str, code: str, message: str) -> None:
        self.findings.append(Finding(*self.where(node), severity, code, message))

    def check(self, css: str) -> list[Finding]:
        self.rules(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
        return self.findings

    def rules(self, rules: list[ast.Node]) -> None:
        for rule in rules:
            if isinstance(rule, ast.ParseError):
                self.parse_error(rule)
            elif isinstance(rule, ast.QualifiedRule):
                self.urls(rule.prelude)
                self.declarations(rule.content, font_face=False)
            elif isinstance(rule, ast.AtRule):
                self.at_rule(rule)

    def at_rule(self, rule: ast.AtRule) -> None:
        self.urls(rule.prelude)
        if rule.content is None:
            return
        if rule.lower_at_keyword in _RULE_LISTS:
            self.rules(tinycss2.parse_rule_list(rule.content, skip_comments=True,
                                                skip_whitespace=True))
        else:
            self.declarations(rule.content, font_face=rule.lower_at_keyword == "font-face")

    def declarations(self, content: list[ast.Node] | None, *, font_face: bool) -> None:
        items = tinycss2.parse_declaration_list(content or [], skip_comments=True,
                                                skip_whitespace=True)
        for item in items:
            if isinstance(item, ast.ParseError):
                self.parse_error(item)
            elif isinstance(item, ast.AtRule):
                self.at_rule(item)  # @top-center inside @page
            elif isinstance(item, ast.Declaration):
                self.urls(item.value)
                if item.lower_name == "font-family":
                    for family, token in _families(item.value):
                        if font_face:
                            self.facts.declared_families.add(family.casefold())
                        else:
                            line, col = self.where(token)
                            self.facts.used_families.append((family, line, col, self.file))

    def urls(self, tokens: list[ast.Node]) -> None:
        for token in tokens:
            url: str | None = None
            if isinstance(token, ast.URLToken):
                url = token.value
            elif isinstance(token, ast.FunctionBlock):
                if token.lower_name == "url" and token.arguments:
                    first = [a for a in token.arguments if not isinstance(a, ast.WhitespaceToken)]
                    if first and isinstance(first[0], ast.StringToken):
                        url = first[0].value
                else:
                    self.urls(token.arguments)
            if url is not None:
                problem = asset_problem(url, self.base, self.pack_folder)
                if problem:
                    self.add(token, "error", *problem)


def style_blocks(source: str) -> Iterator[tuple[str, int, int]]:
    """Each ``<style>`` block of a template: its CSS, the line before it and its column."""
    for match in _STYLE_BLOCK.finditer(source):
        line, col = line_col(source, match.start(1))
        yield match.group(1), line - 1, col - 1


def bundled_families() -> set[str]:
    """The families ``resources/css/base.css`` declares (given to every template)."""
    facts = CssFacts()
    base = paths.resources_dir() / "css"
    StylesheetChecker(base, base, facts, "base.css").check(
        (base / "base.css").read_text("utf-8"))
    return facts.declared_families


def font_findings(facts: CssFacts) -> Iterator[tuple[str, Finding]]:
    """A warning per family used that no ``@font-face`` of the pack or base.css declares."""
    known = facts.declared_families | bundled_families()
    for family, line, col, file in facts.used_families:
        if family.casefold() not in known and family.casefold() not in GENERIC_FAMILIES:
            yield file, Finding(line, col, "warning", "font-missing",
                                f"the font '{family}' is not in the template folder, nor "
                                "bundled with BriefWriter: another font will be used (add "
                                "its file with an @font-face rule)")
