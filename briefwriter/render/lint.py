"""Template lint: what is wrong with a template pack, found without rendering it.

``lint_pack(folder)`` reads the manifest, parses every template the entry reaches (through
``{% include %}``, ``{% import %}`` and ``{% extends %}``) with the project's own sandboxed
Jinja, and reports each problem with its file, line and column, so the workshop and
``briefwriter templates check`` can point at it.  It never imports WeasyPrint.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

from jinja2 import TemplateSyntaxError, nodes

from briefwriter.core.errors import TemplateError
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file
from briefwriter.render.jinja import (
    BriefWriterSandbox,
    PackLoader,
    RefusedTemplate,
    make_environment,
)
from briefwriter.render.lint_css import (
    CssFacts,
    Finding,
    StylesheetChecker,
    font_findings,
    style_blocks,
    template_assets,
)
from briefwriter.render.lint_names import NameChecker, assigned_names, column_of
from briefwriter.render.resource_rules import MAX_STYLESHEET_BYTES
from briefwriter.render.templates import MANIFEST_NAME, TemplatePack, load_pack

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class LintProblem:
    """One thing wrong with a pack: ``file`` is relative to the pack ("style.css"), ``line``
    and ``column`` are 1-based and None when not known."""

    file: str
    line: int | None
    column: int | None
    severity: Severity
    code: str
    message: str

    def where(self) -> str:
        """``"style.css:12:5"``, ``"style.css:12"`` or ``"style.css"``."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def describe(self) -> str:
        """``"style.css:12:5: error: ..."``, the form compilers and editors understand."""
        return f"{self.where()}: {self.severity}: {self.message}"


def sort_key(problem: LintProblem) -> tuple[str, int, int, str]:
    return (problem.file, problem.line or 0, problem.column or 0, problem.message)


def relative_name(folder: Path, name: str) -> str:
    """``name`` (often an absolute path from an error) relative to the pack's folder."""
    if not name:
        return MANIFEST_NAME
    path = Path(name)
    try:
        return path.resolve().relative_to(folder.resolve()).as_posix()
    except (ValueError, OSError):
        return path.name if path.is_absolute() else name


# --------------------------------------------------------------------------------------
# The manifest
# --------------------------------------------------------------------------------------


def _manifest_problems(folder: Path) -> tuple[TemplatePack | None, list[LintProblem]]:
    try:
        pack = load_pack(folder)
    except TemplateError as exc:
        file = relative_name(folder, exc.template)
        if (folder / file).is_dir():
            file = MANIFEST_NAME  # "no template.yaml in this folder": point at where it goes
        return None, [LintProblem(file, exc.line, None, "error", "manifest", exc.message)]
    notes = [LintProblem(MANIFEST_NAME, None, None, "warning", "manifest-note", note)
             for note in pack.notes]
    return pack, notes


# --------------------------------------------------------------------------------------
# Jinja: the templates the entry reaches, parsed
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedTemplate:
    """One template of the pack: its name inside the pack, its source and its syntax tree."""

    name: str
    source: str
    tree: nodes.Template


def _referenced(tree: nodes.Template) -> Iterator[tuple[nodes.Node, str]]:
    """Each ``include``/``import``/``from``/``extends`` with a constant name, and that name."""
    for node in tree.find_all((nodes.Include, nodes.Import, nodes.FromImport, nodes.Extends)):
        target = getattr(node, "template", None)
        if isinstance(target, nodes.Const) and isinstance(target.value, str):
            yield node, target.value
        elif isinstance(target, nodes.Tuple | nodes.List):
            for item in target.items:
                if isinstance(item, nodes.Const) and isinstance(item.value, str):
                    yield node, item.value


def parse_templates(
    pack: TemplatePack, env: BriefWriterSandbox | None = None
) -> tuple[list[ParsedTemplate], list[LintProblem]]:
    """Parse the entry and every template it reaches; syntax errors and unloadable
    references as problems.  Loading goes through the pack's own confined loader."""
    env = env or make_environment(pack, strict=True)
    loader = env.loader
    assert isinstance(loader, PackLoader)
    parsed: list[ParsedTemplate] = []
    problems: list[LintProblem] = []
    todo: list[tuple[str, str, int | None]] = [(pack.entry, MANIFEST_NAME, None)]
    seen: set[str] = set()
    while todo:
        name, referrer, ref_line = todo.pop(0)
        if name in seen:
            continue
        seen.add(name)
        try:
            source, _filename, _uptodate = loader.get_source(env, name)
        except RefusedTemplate as exc:
            problems.append(LintProblem(referrer, ref_line, None, "error", "template-missing",
                                        f"cannot load the template '{name}': it {exc.reason}"))
            continue
        try:
            tree = env.parse(source, name)
        except TemplateSyntaxError as exc:
            problems.append(LintProblem(name, exc.lineno, None, "error", "jinja-syntax",
                                        f"Jinja syntax error: {exc.message}"))
            continue
        parsed.append(ParsedTemplate(name, source, tree))
        for node, target in _referenced(tree):
            todo.append((target, name, node.lineno))
    return parsed, problems


def name_problems(env: BriefWriterSandbox, parsed: list[ParsedTemplate]) -> list[LintProblem]:
    """Names, fields, filters and tests that the data contract and the sandbox do not have."""
    problems: list[LintProblem] = []
    # A partial sees the names of the template that includes it (a loop variable, a set).
    pack_names: set[str] = set()
    for template in parsed:
        pack_names |= assigned_names(template.tree)
    for template in parsed:

        def report(line: int, code: str, message: str, needle: str,
                   template: ParsedTemplate = template) -> None:
            problems.append(LintProblem(template.name, line or None,
                                        column_of(template.source, line, needle),
                                        "error", code, message))

        NameChecker(env, report, extra_names=pack_names).run(template.tree)
    return problems


# --------------------------------------------------------------------------------------
# Stylesheets, assets, fonts
# --------------------------------------------------------------------------------------

_JINJA_MARKUP = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)


def _blank_jinja(source: str) -> str:
    """``source`` with each Jinja expression made a plain value of the same length (newlines
    kept), so the CSS around it parses and keeps its lines and columns."""
    return _JINJA_MARKUP.sub(
        lambda m: "0" + re.sub(r"[^\n]", " ", m.group(0)[1:]), source)


def _as_problems(file: str, findings: Iterable[Finding]) -> list[LintProblem]:
    return [LintProblem(file, f.line, f.column, cast(Severity, f.severity), f.code, f.message)
            for f in findings]


def asset_and_css_problems(pack: TemplatePack,
                           templates: list[ParsedTemplate]) -> list[LintProblem]:
    problems: list[LintProblem] = []
    facts = CssFacts()
    for sheet in pack.stylesheets:
        path = pack.folder / sheet
        try:
            css = read_regular_file(path, MAX_STYLESHEET_BYTES).decode("utf-8-sig")
        except (OSError, NotRegularFileError, FileTooLargeError, UnicodeDecodeError) as exc:
            problems.append(LintProblem(sheet, None, None, "error", "css-unreadable",
                                        f"cannot read the stylesheet: {exc}"))
            continue
        checker = StylesheetChecker(path.parent, pack.folder, facts, sheet)
        problems += _as_problems(sheet, checker.check(css))
    for template in templates:
        base = pack.folder  # the document's base URL is the pack's folder
        problems += _as_problems(template.name,
                                 template_assets(template.source, base, pack.folder))
        for css, line, col in style_blocks(template.source):
            checker = StylesheetChecker(base, pack.folder, facts, template.name, line, col)
            problems += _as_problems(template.name, checker.check(_blank_jinja(css)))
    for file, finding in font_findings(facts):
        problems += _as_problems(file, [finding])
    return problems


# --------------------------------------------------------------------------------------
# The page limit, on the bundled examples (this one renders)
# --------------------------------------------------------------------------------------

Render = Callable[[dict[str, Any]], dict[str, Any]]
"""Runs one render job and returns its result: ``RenderWorker(...).render``."""


def _manifest_line(folder: Path, field_name: str) -> int | None:
    try:
        text = (folder / MANIFEST_NAME).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(rf"{re.escape(field_name)}\s*:", line):
            return number
    return None


def example_page_problems(folder: Path, render: Render) -> list[LintProblem]:
    """An error per bundled example brief that, printed with the pack in ``folder``, runs
    past the manifest's ``page_limit`` (or cannot be printed at all).

    ``render`` runs one job in the render worker, so a hostile pack cannot hang or crash
    the caller.  Nothing is checked when the pack has no page limit or does not load.
    """
    from briefwriter import paths
    from briefwriter.core.model import brief_to_data
    from briefwriter.core.storage import load_brief
    from briefwriter.render.protocol import make_render_job

    try:
        pack = load_pack(folder)
    except TemplateError:
        return []  # lint_pack reports it
    if not pack.page_limit:
        return []
    line = _manifest_line(pack.folder, "page_limit")
    problems: list[LintProblem] = []
    with tempfile.TemporaryDirectory(prefix="briefwriter-lint-") as scratch:
        for example in sorted(paths.examples_dir().glob("*.brief.yaml")):
            job = make_render_job(
                brief=brief_to_data(load_brief(example).brief), brief_dir=str(example.parent),
                template=str(pack.folder), template_source="explicit",
                outputs={"pdf": str(Path(scratch) / "example.pdf")}, pdf_variant="none",
            )
            result = render(job)
            if not result.get("ok"):
                error = result.get("error") or {}
                problems.append(LintProblem(
                    MANIFEST_NAME, line, None, "error", "example-failed",
                    f"the example {example.name} cannot be printed with this template: "
                    f"{error.get('message', 'unknown error')}"))
            elif int(result.get("pages", 0)) > pack.page_limit:
                problems.append(LintProblem(
                    MANIFEST_NAME, line, None, "error", "page-limit",
                    f"the example {example.name} runs to {result['pages']} pages; "
                    f"page_limit is {pack.page_limit}"))
    return problems


# --------------------------------------------------------------------------------------
# The whole lint
# --------------------------------------------------------------------------------------


def lint_pack(folder: Path) -> list[LintProblem]:
    """Every problem the static checks find in the pack in ``folder``, sorted by place.

    Fast (no rendering, no WeasyPrint); for the page limit see ``example_page_problems``.
    """
    folder = Path(folder)
    pack, problems = _manifest_problems(folder)
    if pack is None:
        return problems
    env = make_environment(pack, strict=True)
    templates, jinja_problems = parse_templates(pack, env)
    problems += jinja_problems
    problems += name_problems(env, templates)
    problems += asset_and_css_problems(pack, templates)
    problems += word_reference_problems(pack)
    return sorted(problems, key=sort_key)


def word_reference_problems(pack: TemplatePack) -> list[LintProblem]:
    """The manifest's ``word_reference`` opened as the Word export opens it (size, zip
    limits, a Word document): what would stop every Word export with this pack."""
    if not pack.word_reference:
        return []
    from briefwriter.render.docx import open_reference  # python-docx: only when needed

    try:
        open_reference(pack.folder / pack.word_reference)
    except TemplateError as exc:
        return [LintProblem(pack.word_reference, None, None, "error", "word-reference",
                            exc.message)]
    return []
