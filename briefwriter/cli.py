"""The ``briefwriter`` command: render, check and create briefs, browse templates and the GCM.

A bare ``briefwriter`` (or ``briefwriter FILE.brief.yaml``) opens the desktop app; every other
command works without Qt, which is imported only when the app is launched.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefwriter import __version__
from briefwriter.cli_common import (
    COMMANDS,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WARNINGS,
    PDF_VARIANTS,
    UserError,
)
from briefwriter.cli_common import err as _err
from briefwriter.cli_common import existing_file as _existing_file
from briefwriter.cli_common import out as _out
from briefwriter.cli_manage import cmd_brand, cmd_desktop, cmd_gcm, cmd_templates

if TYPE_CHECKING:
    from briefwriter.core.errors import Problem
    from briefwriter.core.storage import LoadResult

# --------------------------------------------------------------------------------------
# render / demo
# --------------------------------------------------------------------------------------


def _brand_folder(use_brand: bool) -> str | None:
    """The brand kit's folder for a render (``None`` with ``--no-brand`` or without a kit)."""
    from briefwriter.core.brand import kit_in_use

    folder = kit_in_use() if use_brand else None
    return str(folder) if folder else None


def _render_jobs(brief_path: Path,
                 outputs: Sequence[tuple[str | None, Path | None, Path | None, Path | None]],
                 *, variant: str, brand: str | None = None,
                 loaded: LoadResult | None = None) -> list[dict[str, Any]]:
    """Read and check the brief, and check each template, before any worker is started:
    a broken brief or a missing template is refused in well under a second, as ``check``
    refuses it, instead of after the worker's start-up.

    ``outputs`` holds ``(template, pdf, html, docx)`` for each job (template None: the
    brief's own; a path None: not that kind); ``loaded``: the brief, when the caller has read
    it already.
    """
    from briefwriter.core.model import brief_to_data
    from briefwriter.core.safety import export_stem
    from briefwriter.core.storage import load_brief
    from briefwriter.render.protocol import make_render_job
    from briefwriter.render.template_lookup import explicit_template_ref, find_template

    if loaded is None:
        loaded = load_brief(brief_path)  # errors raise BriefFileError, printed by main()
    for warning in loaded.warnings:
        _err(f"warning: {warning.describe(brief_path)}")
    data = brief_to_data(loaded.brief)
    brief_dir = brief_path.resolve().parent
    own_problem = None  # about the brief's own template, looked at once
    if any(output[0] is None for output in outputs):
        own_problem = _template_problem(loaded, brief_path)
    jobs = []
    for template, pdf, html, docx in outputs:
        if template:
            # --template is the person's own choice (any folder); the brief's choice is
            # confined to installed packs and folders inside the brief's folder.
            name, source = explicit_template_ref(template), "explicit"
            find_template(name)  # an unknown or broken pack raises TemplateError
        else:
            if own_problem is not None:  # refused, missing or broken: it never reaches a worker
                raise UserError(own_problem.describe(brief_path))
            name, source = loaded.brief.template.name, "brief"
        paths: dict[str, str] = {}
        for kind, path in (("pdf", pdf), ("html", html), ("docx", docx)):
            if path is not None:
                if _is_folder(path):  # the file inside it takes the default name
                    path = path / f"{export_stem(loaded.brief, brief_path)}.{kind}"
                path.parent.mkdir(parents=True, exist_ok=True)
                paths[kind] = str(path.resolve())
        jobs.append(make_render_job(
            brief=data, brief_dir=str(brief_dir), template=name, template_source=source,
            outputs=paths, pdf_variant=variant, mode="export", brand=brand,
        ))
    return jobs


def _is_folder(path: Path) -> bool:
    """An output named as a folder: the file inside it takes the default name."""
    return path.is_dir()


def _report_result(result: dict[str, Any], outputs: Sequence[Path | None]) -> int:
    for warning in result.get("warnings", []):
        _err(f"warning: {warning}")
    if not result.get("ok"):
        error = result.get("error") or {}
        where = error.get("template", "")
        if error.get("line"):
            where += f", line {error['line']}"
        message = error.get("message", "rendering failed")
        _err(f"error: {where + ': ' if where else ''}{message}")
        return EXIT_ERROR
    for path in outputs:
        if path is not None:
            count = result.get("pages")
            pages = f" ({count} page{'' if count == 1 else 's'})" if path.suffix == ".pdf" else ""
            _out(f"Wrote {path}{pages}")
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from briefwriter.batch import GLOB_CHARACTERS

    if args.output is None and args.html is None and args.docx is None:
        raise UserError("Say where to write the result: -o OUT.pdf, --html OUT.html and/or "
                        "--docx OUT.docx.")
    templates = args.template or []
    # One brief with one template is a single render, even into a folder (it is then named
    # after the brief, as the app names it); anything more is a batch.
    if (len(args.brief) > 1 or len(templates) > 1 or "all" in templates
            or any(GLOB_CHARACTERS & set(name) and not Path(name).is_file()
                   for name in args.brief)):
        return _render_batch(args)
    return _render_one(args, args.brief[0], templates[0] if templates else None)


def _render_one(args: argparse.Namespace, brief: str, template: str | None) -> int:
    from briefwriter.render.client import RenderWorker

    brief_path = _existing_file(brief)
    pdf = Path(args.output) if args.output else None
    html = Path(args.html) if args.html else None
    docx = Path(args.docx) if args.docx else None
    for given in (args.output, args.html, args.docx):
        if given and given.endswith(("/", os.sep)):  # a folder, perhaps new: make it
            Path(given).mkdir(parents=True, exist_ok=True)
    # The worker loads the renderer while the brief is read here.
    worker = RenderWorker()
    worker.launch()
    try:
        [job] = _render_jobs(brief_path, [(template, pdf, html, docx)],
                             variant=args.pdf_variant, brand=_brand_folder(not args.no_brand))
        # An output given as a folder got its file name from the brief (or safety mode).
        pdf, html, docx = (Path(job["outputs"][kind]) if given is not None and _is_folder(given)
                           else given for kind, given in (("pdf", pdf), ("html", html),
                                                          ("docx", docx)))
        result = worker.render(job, timeout=args.timeout)
    finally:
        worker.close()
    return _report_result(result, [pdf, html, docx])


def _render_batch(args: argparse.Namespace) -> int:
    """Several briefs and/or templates: see batch.py. Each document is written into the
    folder(s) ``-o``, ``--html`` and ``--docx`` name, as ``<brief>--<template>.pdf``."""
    from briefwriter import batch

    folders = {}
    for option, text in (("-o", args.output), ("--html", args.html), ("--docx", args.docx)):
        if text is None:
            continue
        path = Path(text)
        if path.is_file() or (not batch.is_folder_target(text)
                              and path.suffix.lower() in (".pdf", ".html", ".htm", ".docx")):
            raise UserError(f"With several briefs or templates, {option} names a folder to "
                            f"write them into (such as out/), not the file {text}.")
        folders[option] = path
    brand = _brand_folder(not args.no_brand)
    try:
        plan = batch.plan_batch(
            args.brief, batch.chosen_templates(args.template), pdf_dir=folders.get("-o"),
            html_dir=folders.get("--html"), docx_dir=folders.get("--docx"), refusals=(UserError,),
            make_jobs=lambda path, outputs, loaded: _render_jobs(
                path, outputs, variant=args.pdf_variant, brand=brand, loaded=loaded))
    except batch.BatchError as exc:
        raise UserError(str(exc)) from None
    outcomes = batch.execute(plan, workers=args.jobs, timeout=args.timeout,
                             progress=batch.Progress(plan.size))
    for line in batch.summary_lines(outcomes):
        _out(line)
    return EXIT_ERROR if any(o.failure is not None for o in outcomes) else EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from briefwriter.paths import examples_dir
    from briefwriter.render.client import RenderWorker
    from briefwriter.render.templates import list_templates

    out_dir = Path(args.output)
    examples = sorted(examples_dir().glob("*.brief.yaml"))
    if not examples:
        raise UserError(f"No example briefs found in {examples_dir()}.")
    packs = [p for p in list_templates() if p.bundled]
    jobs: list[tuple[dict[str, Any], Path]] = []
    for example in examples:  # every example is read before the worker starts
        stem = example.name.removesuffix(".brief.yaml")
        targets = [(pack.name, out_dir / f"{stem}--{pack.name}.pdf", None, None)
                   for pack in packs]
        made = _render_jobs(example, targets, variant="ua-1")
        jobs += [(job, pdf) for job, (_, pdf, _, _) in zip(made, targets, strict=True)]
    status = EXIT_OK
    with RenderWorker() as worker:
        for job, pdf in jobs:
            result = worker.render(job, timeout=args.timeout)
            status = max(status, _report_result(result, [pdf]))
    return status


def cmd_self_check(args: argparse.Namespace) -> int:
    from briefwriter import self_check
    from briefwriter.render.client import RenderWorker

    def render_example(brief: Path, pdf: Path) -> int:
        [job] = _render_jobs(brief, [(None, pdf, None, None)], variant="ua-1")
        with RenderWorker() as worker:
            result = worker.render(job, timeout=args.timeout)
        if not result.get("ok"):
            raise RuntimeError((result.get("error") or {}).get("message", "rendering failed"))
        return int(result.get("pages") or 0)

    failed = 0
    for outcome in self_check.run_all(render_example, window=args.window,
                                      timeout_s=args.timeout):
        _out(outcome.line())
        failed += not outcome.ok
    _out("Everything works." if not failed else
         f"{failed} check{'' if failed == 1 else 's'} failed: this copy of BriefWriter is "
         "incomplete or damaged; reinstalling it should mend it.")
    return EXIT_ERROR if failed else EXIT_OK


# --------------------------------------------------------------------------------------
# check / new
# --------------------------------------------------------------------------------------


def _template_problem(loaded: LoadResult, brief_path: Path) -> Problem | None:
    """``brief_template_problem`` for a brief file, with the line of ``template.name``."""
    from briefwriter.core.errors import BriefWriterError
    from briefwriter.core.yamlio import parse_yaml
    from briefwriter.render.template_lookup import TEMPLATE_FIELD, brief_template_problem

    problem = brief_template_problem(loaded.brief.template.name, brief_path.resolve().parent)
    if problem is None:
        return None
    try:
        line = parse_yaml(loaded.source_text, brief_path).lines.get(TEMPLATE_FIELD)
    except BriefWriterError:
        line = None
    return dataclasses.replace(problem, line=line)


def _coverage_problems(loaded: LoadResult, brief_path: Path) -> list[Problem]:
    """``brief_coverage_problems`` for a brief file, with the line of the part each names."""
    from briefwriter.core.errors import BriefWriterError
    from briefwriter.core.yamlio import parse_yaml
    from briefwriter.render.coverage import brief_coverage_problems

    problems = brief_coverage_problems(loaded.brief, brief_path.resolve().parent)
    if not problems:
        return []
    try:
        parsed = parse_yaml(loaded.source_text, brief_path)
    except BriefWriterError:
        return problems
    return [dataclasses.replace(p, line=parsed.line_of(p.path)) for p in problems]


def cmd_check(args: argparse.Namespace) -> int:
    from briefwriter.core.checks import check_brief
    from briefwriter.core.storage import load_brief

    brief_path = _existing_file(args.brief)
    loaded = load_brief(brief_path)  # errors raise BriefFileError, printed by main()
    problems: list[Problem] = list(loaded.warnings)
    problems += check_brief(loaded.brief, brief_path.resolve().parent)
    template_problem = _template_problem(loaded, brief_path)
    if template_problem is not None:
        problems.append(template_problem)
    else:
        problems += _coverage_problems(loaded, brief_path)
    if loaded.migrated_from is not None:
        _out(f"Note: {brief_path.name} uses file format {loaded.migrated_from}; "
             "it will be updated when saved.")
    warnings = [p for p in problems if p.severity != "info"]
    for problem in problems:
        label = {"info": "note", "error": "error"}.get(problem.severity, "warning")
        _out(f"{label}: {problem.describe(brief_path)}")
    if not warnings:
        _out(f"{brief_path.name}: no problems found.")
    if any(p.severity == "error" for p in problems):
        return EXIT_ERROR  # the brief cannot be rendered as it stands
    return EXIT_WARNINGS if (warnings and args.strict) else EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from briefwriter.core.brand import in_house_style
    from briefwriter.core.model import Aim, Priority, new_brief
    from briefwriter.core.storage import save_brief

    path = Path(args.output)
    if path.exists() and not args.force:
        raise UserError(f"{path} already exists; choose another name or add --force.")
    if not path.name.endswith(".brief.yaml"):
        raise UserError(f"Brief files end in .brief.yaml: try {path.name}.brief.yaml.")
    brief = in_house_style(new_brief())
    brief.priorities, brief.aims, brief.key_messages = [Priority()], [Aim()], [""]
    if args.template:
        brief.template.name = args.template
    save_brief(brief, path, keep_backup=False)
    _out(f"Wrote {path}. Fill it in with a text editor or open it in the app: "
         f"briefwriter {path}")
    return EXIT_OK


# --------------------------------------------------------------------------------------
# the app
# --------------------------------------------------------------------------------------


def open_app(files: Sequence[str] = ()) -> int:  # a desktop passes every file double-clicked
    try:
        from briefwriter.gui.app import run_app
    except ImportError as exc:  # Qt missing or broken: say so plainly
        raise UserError(f"The desktop app cannot start: {exc}. The command line still works: "
                        "briefwriter --help") from exc
    return run_app(list(files))


# --------------------------------------------------------------------------------------
# argument parsing
# --------------------------------------------------------------------------------------


def cmd_continue(args: argparse.Namespace) -> int:
    from briefwriter.core.cycles import continue_for_next_review
    from briefwriter.core.storage import load_brief, save_brief

    source = _existing_file(args.brief)
    path = Path(args.output)
    if not path.name.endswith(".brief.yaml"):
        raise UserError(f"Brief files end in .brief.yaml: try {path.name}.brief.yaml.")
    if path.exists() and path.resolve() == source.resolve():
        raise UserError(f"{path} is the earlier brief itself; choose another name for the new "
                        "one.")
    if path.exists() and not args.force:
        raise UserError(f"{path} already exists; choose another name or add --force.")
    loaded = load_brief(source)  # errors raise BriefFileError, printed by main()
    for warning in loaded.warnings:
        _err(f"warning: {warning.describe(source)}")
    brief = continue_for_next_review(loaded.brief, args.process)
    logo = brief.organisation.logo.strip()
    if logo and source.resolve().parent != path.resolve().parent:
        _err(f"note: the logo {logo} is named relative to {source.parent}; copy it beside "
             f"{path.name} or choose it again.")
    save_brief(brief, path, keep_backup=False)
    items = len(brief.follow_up)
    _out(f"Wrote {path}: the brief for {brief.occasion.process}, with {items} follow-up "
         f"item{'' if items == 1 else 's'} from {source.name} to report on.")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefwriter",
        description="Write briefing papers on migrants' rights that cite the Global Compact "
        "for Migration. With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"BriefWriter {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "render", help="render briefs to PDF, HTML and/or Word",
        description="Render one brief (-o OUT.pdf, or -o FOLDER/ for a file named after the "
        "brief, brief-YYYY-MM-DD.pdf in safety mode), or several briefs and/or templates at "
        "once into a folder (-o FOLDER/), as BRIEF--TEMPLATE.pdf, on one worker per core.")
    p.add_argument("brief", metavar="BRIEF", nargs="+",
                   help="a .brief.yaml file; several, or a pattern such as 'briefs/*.brief.yaml'")
    p.add_argument("-o", "--output", metavar="OUT.pdf|FOLDER/",
                   help="the PDF to write; a folder for several briefs or templates")
    p.add_argument("--html", metavar="OUT.html|FOLDER/",
                   help="also (or only) write standalone HTML; a folder for several")
    p.add_argument("--docx", metavar="OUT.docx|FOLDER/",
                   help="also (or only) write a Word document of the same paper; a folder "
                   "for several")
    p.add_argument("--template", metavar="NAME|DIR|all", action="append",
                   help="template name or folder (default: the one the brief names); repeat "
                   "it for several documents per brief, or 'all' for every installed template")
    p.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="render on N worker processes (default: one per core)")
    p.add_argument("--pdf-variant", choices=PDF_VARIANTS, default="ua-1",
                   help="ua-1: accessible, tagged PDF/UA-1 (default); a-3u: PDF/A-3u for "
                   "archiving; none: plain PDF")
    p.add_argument("--no-brand", action="store_true",
                   help="leave the organisation's brand kit out (the brief's own look only)")
    p.add_argument("--timeout", type=float, default=60.0, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_render)

    p = sub.add_parser("brand", help="show, export, import or remove the organisation's brand kit")
    p.add_argument("action", choices=("show", "export", "import", "remove"))
    p.add_argument("file", nargs="?", metavar="FILE.brandkit")
    p.add_argument("--force", action="store_true", help="export: overwrite an existing file")
    p.set_defaults(func=cmd_brand)

    p = sub.add_parser("check", help="validate a brief and list what is missing")
    p.add_argument("brief", metavar="BRIEF")
    p.add_argument("--strict", action="store_true",
                   help=f"exit with status {EXIT_WARNINGS} when there are warnings")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("new", help="write an empty brief to fill in")
    p.add_argument("output", metavar="OUT.brief.yaml")
    p.add_argument("--template", metavar="NAME", help="the template the brief will use")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("continue", help="start the brief for the next review cycle from an "
                       "earlier one (its asks and pledges become follow-up items)")
    p.add_argument("brief", metavar="BRIEF", help="the earlier cycle's .brief.yaml file")
    p.add_argument("-o", "--output", required=True, metavar="NEW.brief.yaml",
                   help="the new brief to write (never the earlier one)")
    p.add_argument("--process", metavar="ID",
                   help="the next review: a process id (imrf-2030, gcm-regional-review) or "
                   "words (default: the one that follows, e.g. IMRF 2026 -> IMRF 2030)")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_continue)

    p = sub.add_parser("templates", help="list, show, check and share template packs",
                       description="list; show NAME; check DIR (lint a template folder); "
                       "context BRIEF (the data a template receives, as JSON); pack DIR [-o "
                       "FILE] (share a pack, as NAME.brieftemplate.zip); install FILE.zip; "
                       "remove NAME (one of your own packs)")
    p.add_argument("action", choices=("list", "show", "check", "context", "pack", "install",
                                      "remove"))
    p.add_argument("name", nargs="?", metavar="NAME|DIR|BRIEF|FILE.zip")
    p.add_argument("-o", "--output", metavar="FILE.zip",
                   help="pack: the zip file to write (default: NAME.brieftemplate.zip here)")
    p.add_argument("--force", action="store_true", help="pack: overwrite an existing file")
    p.add_argument("--replace", action="store_true",
                   help="install: replace your own pack of the same name")
    p.add_argument("--no-examples", action="store_true",
                   help="check: do not print the bundled examples to test the page limit")
    p.add_argument("--strict", action="store_true",
                   help=f"check: exit with status {EXIT_WARNINGS} when there are warnings")
    p.add_argument("--schema", action="store_true",
                   help="context: print the JSON Schema of the context instead")
    p.add_argument("--template", metavar="NAME|DIR",
                   help="context: the template to build it for (default: the brief's)")
    p.add_argument("--timeout", type=float, default=60.0, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_templates)

    p = sub.add_parser("gcm", help="show or search the Global Compact for Migration, or check "
                       "it against the official document")
    p.add_argument("action", choices=("show", "search", "import", "status", "forget"),
                   help="import: read the official PDF of A/RES/73/195 (from the UN Official "
                   "Document System) and use its wording; status: which text is in use; "
                   "forget LANG: go back to the built-in text")
    p.add_argument("text", nargs="*", metavar="REF|TEXT|FILE.pdf|LANG",
                   help='a reference ("13", "29(c)", "principle f"), words to search for, the '
                   "PDF to import or the language to forget")
    p.add_argument("--limit", type=int, default=20, help="at most this many search results")
    p.set_defaults(func=cmd_gcm)

    for name, help_text in (
            ("install-desktop", "add BriefWriter to your Linux desktop: menu entry, icons, and "
             "briefs and template packs opened with a double-click"),
            ("uninstall-desktop", "take away what install-desktop added")):
        sub.add_parser(name, help=help_text, description=help_text).set_defaults(
            func=cmd_desktop)

    p = sub.add_parser("demo", help="render every example with every bundled template")
    p.add_argument("-o", "--output", default="demo-output", metavar="DIR")
    p.add_argument("--timeout", type=float, default=60.0, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("self-check", help="check that this copy of BriefWriter is complete and "
                       "works: its data, templates, fonts and translations, a render of an "
                       "example and, with --window, the window")
    p.add_argument("--window", action="store_true",
                   help="also open the window with the example until its preview shows "
                   "(offscreen when there is no display)")
    p.add_argument("--timeout", type=float, default=120.0, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_self_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    run: Callable[[], int]
    if not args_list or (not args_list[0].startswith("-") and args_list[0] not in COMMANDS):
        # Several names are files a desktop passes; anything else is a mistyped command.
        if len(args_list) > 1 and not all(Path(a).is_file() for a in args_list):
            _err("usage: briefwriter [FILE.brief.yaml ...] | briefwriter COMMAND ... "
                 "(see --help)")
            return EXIT_USAGE
        run = lambda: open_app(args_list)  # noqa: E731
    else:
        args = build_parser().parse_args(args_list)
        if args.command is None:
            run = lambda: open_app()  # noqa: E731
        else:
            run = lambda: args.func(args)  # noqa: E731
    try:
        return run()
    except KeyboardInterrupt:
        _err("Interrupted.")
        return 130
    except Exception as exc:
        from briefwriter.core.errors import BriefWriterError

        if isinstance(exc, UserError | BriefWriterError):
            _err(f"error: {exc}")
            return EXIT_ERROR
        if isinstance(exc, OSError):
            _err(f"error: {exc.filename or ''}{': ' if exc.filename else ''}"
                 f"{exc.strerror or exc}")
            return EXIT_ERROR
        raise


if __name__ == "__main__":
    sys.exit(main())
