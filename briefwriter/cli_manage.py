"""The ``briefwriter`` commands that manage what briefs are made with: template packs
(``templates``), the brand kit (``brand``) and the GCM text (``gcm``); and the app's place on
the desktop (``install-desktop``, ``uninstall-desktop``).  Each imports what it
needs when it runs, so that the command line starts quickly."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path
from typing import Any

from briefwriter.cli_common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_WARNINGS,
    UserError,
)
from briefwriter.cli_common import err as _err
from briefwriter.cli_common import existing_file as _existing_file
from briefwriter.cli_common import out as _out


def _templates_pack(args: argparse.Namespace) -> int:
    from briefwriter.render.packs import PACK_SUFFIX, pack_zip

    out = Path(args.output) if args.output else Path(_pack_name(Path(args.name)) + PACK_SUFFIX)
    if out.exists() and not args.force:
        raise UserError(f"{out} already exists; choose another name with -o or add --force.")
    pack_zip(Path(args.name), out)
    _out(f"Wrote {out}. Share it; it is installed with: briefwriter templates install "
         f"{out.name}")
    return EXIT_OK


def _pack_name(folder: Path) -> str:
    """The name in the pack's manifest (the folder's own name when it has none readable)."""
    from briefwriter.core.errors import TemplateError
    from briefwriter.render.templates import load_pack

    try:
        return load_pack(folder).name
    except (TemplateError, OSError):
        return folder.resolve().name or "template"


def _templates_install(args: argparse.Namespace) -> int:
    from briefwriter.render.packs import install_pack, open_pack_zip

    with open_pack_zip(_existing_file(args.name)) as staged:
        pack = staged.pack
        _out(f"{pack.title} ({pack.name}, version {pack.version or '-'})")
        _out(f"Author:      {pack.author or '-'}    Licence: {pack.licence or '-'}")
        installed = install_pack(staged, replace=args.replace)
    replaced = " (replacing the one you had)" if staged.clash is not None else ""
    _out(f"Installed '{installed.name}' in {installed.folder}{replaced}.")
    return EXIT_OK


def _templates_remove(args: argparse.Namespace) -> int:
    from briefwriter.render.packs import remove_pack

    remove_pack(args.name)
    _out(f"Removed '{args.name}' from your template folder.")
    return EXIT_OK


def _templates_check(args: argparse.Namespace) -> int:
    """``templates check DIR``: lint a pack, and print its bundled examples with it."""
    from briefwriter.render.lint import example_page_problems, lint_pack

    folder = Path(args.name).expanduser()
    if not folder.is_dir():
        raise UserError(f"{args.name}: no such folder.")
    problems = lint_pack(folder)
    if not args.no_examples and not any(p.code == "manifest" for p in problems):
        from briefwriter.render.client import RenderWorker

        with RenderWorker() as worker:
            problems += example_page_problems(
                folder, lambda job: worker.render(job, timeout=args.timeout))
    for problem in problems:
        _out(problem.describe())
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if not problems:
        _out(f"{folder}: no problems found.")
    else:
        _out(f"{folder}: {errors} error{'s' * (errors != 1)}, "
             f"{warnings} warning{'s' * (warnings != 1)}.")
    if errors:
        return EXIT_ERROR
    return EXIT_WARNINGS if (warnings and args.strict) else EXIT_OK


def _templates_context(args: argparse.Namespace) -> int:
    """``templates context BRIEF``: the data a template receives for that brief, as JSON."""
    import json

    from briefwriter.render.contract import schema_json

    if args.schema:
        sys.stdout.write(schema_json())
        return EXIT_OK
    from briefwriter.core.storage import load_brief
    from briefwriter.render.context import build_context
    from briefwriter.render.template_lookup import find_brief_template, find_template

    path = _existing_file(args.name)
    loaded = load_brief(path)
    for warning in loaded.warnings:
        _err(f"warning: {warning.describe(path)}")
    brief_dir = path.resolve().parent
    pack = (find_template(args.template) if args.template
            else find_brief_template(loaded.brief.template.name, brief_dir))
    notes: list[str] = []
    context = build_context(loaded.brief, brief_dir=brief_dir, pack=pack, warnings=notes)
    for note in notes:
        _err(f"warning: {note}")
    sys.stdout.write(json.dumps(context, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


_ACTIONS = {"pack": _templates_pack, "install": _templates_install,
            "remove": _templates_remove, "check": _templates_check,
            "context": _templates_context}
_ACTION_ARGUMENT = {"show": "NAME", "pack": "DIR", "install": "NAME.brieftemplate.zip",
                    "remove": "NAME", "check": "DIR", "context": "BRIEF"}


def cmd_templates(args: argparse.Namespace) -> int:
    from briefwriter.render.template_lookup import find_template
    from briefwriter.render.templates import scan_templates

    needs_name = args.action != "list" and not (args.action == "context" and args.schema)
    if needs_name and not args.name:
        raise UserError(f"briefwriter templates {args.action} needs "
                        f"{_ACTION_ARGUMENT[args.action]}; see briefwriter templates --help")
    if args.action in _ACTIONS:
        return _ACTIONS[args.action](args)
    if args.action == "list":
        packs, problems = scan_templates()
        for pack in packs:
            origin = "bundled" if pack.bundled else str(pack.folder)
            _out(f"{pack.name:<18} {pack.title}  [{origin}]")
            _out(textwrap.indent(textwrap.fill(pack.description, 76), " " * 19))
            if pack.note:
                _out(" " * 19 + f"({pack.note})")
        for problem in problems:
            _err(f"warning: {problem}")
        return EXIT_OK
    pack = find_template(args.name)
    _out(f"{pack.title} ({pack.name}, version {pack.version})")
    _out(textwrap.fill(pack.description, 80))
    _out(f"Folder:      {pack.folder}")
    _out(f"Author:      {pack.author or '-'}    Licence: {pack.licence or '-'}")
    _out(f"Page limit:  {pack.page_limit or 'none'}")
    return EXIT_OK


def cmd_brand(args: argparse.Namespace) -> int:
    """``brand show``, ``brand export FILE``, ``brand import FILE``, ``brand remove``."""
    from briefwriter.core import brand

    if args.action in ("export", "import") and not args.file:
        raise UserError(f"briefwriter brand {args.action} needs a .brandkit file")
    if args.action == "export":
        out = Path(args.file)
        if out.suffix.lower() != brand.BRAND_SUFFIX:
            out = out.with_name(out.name + brand.BRAND_SUFFIX)
        if out.exists() and not args.force:
            raise UserError(f"{out} already exists; add --force to replace it")
        brand.export_kit(out)
        _out(f"Wrote {out}")
        return EXIT_OK
    if args.action == "import":
        staged = brand.open_kit_file(_existing_file(args.file))
        _show_kit(staged.loaded, f"{args.file} holds")
        loaded = brand.install_staged(staged)
        _out(f"The brand kit is now {loaded.kit.name or 'unnamed'} (in {loaded.folder}).")
        return EXIT_OK
    if args.action == "remove":
        brand.remove_kit()
        _out("The brand kit was removed; briefs render in their own look.")
        return EXIT_OK
    loaded = brand.load_kit()
    if loaded is None:
        _out(f"No brand kit yet (it would be in {brand.brand_dir()}).")
        return EXIT_OK
    _show_kit(loaded, f"Brand kit in {loaded.folder}")
    return EXIT_OK


def _show_kit(loaded: Any, heading: str) -> None:
    kit = loaded.kit
    _out(f"{heading}:")
    rows = [("Name", kit.name), ("Logo", kit.logo), ("Primary", kit.primary),
            ("Accent", kit.accent), ("Text", kit.text), ("Heading font", kit.heading_font),
            ("Body font", kit.body_font), ("Footer", kit.footer), ("Paper", kit.paper)]
    for label, value in rows:
        _out(f"  {label + ':':<14}{value or '-'}")
    for font in loaded.fonts:
        style = " italic" if font.italic else ""
        _out(f"  {'Font file:':<14}{font.file} ({font.family}, weight {font.weight}{style})")
    for warning in kit.warnings():
        _err(f"warning: {warning}")


def _describe_gcm_item(item: Any) -> str:
    lines: list[str] = []
    flag = "" if item.verified else "  [wording not yet verified against A/RES/73/195]"
    if item.kind == "principle":
        lines.append(f"{item.citation}: {item.name}{flag}")
        lines.append(textwrap.fill(item.text, 80))
    elif item.kind == "objective":
        lines.append(f"{item.citation}: {item.title}{flag}")
        lines.append(textwrap.fill(item.commitment, 80))
        for action in item.actions:
            mark = "" if action.verified else " *"
            lines.append(textwrap.fill(f"({action.letter}){mark} {action.text}", 80,
                                       subsequent_indent="    "))
        if not all(a.verified for a in item.actions):
            lines.append("* wording not yet verified against the final resolution")
    else:
        lines.append(f"{item.citation} (objective {item.objective}){flag}")
        lines.append(textwrap.fill(item.text, 80))
    return "\n".join(lines)


def _gcm_import(files: list[str]) -> int:
    from briefwriter.core.gcm_import import import_official_pdf

    if len(files) != 1:
        raise UserError("gcm import needs one file: the official PDF of A/RES/73/195")
    report = import_official_pdf(Path(files[0]))
    _out(textwrap.fill(report.summary(), 88))
    if report.differing:
        _out("")
        _out("Differing items (the official wording is now used):")
        for difference in report.differing:
            _out(f"  {difference.describe()}")
    if report.added and report.language == "en":
        _out("")
        _out(textwrap.fill("Text not (fully) in the built-in data, now taken from the "
                           "official document: " + ", ".join(report.added), 88))
    if report.missing:
        _out("")
        _out(textwrap.fill("Not found (they keep their flags): " + ", ".join(report.missing),
                           88))
    _out("")
    _out(f"Kept in {report.stored}")
    return EXIT_OK


def _gcm_status(forget: list[str] | None = None) -> int:
    from briefwriter.core.gcm import reload_gcm
    from briefwriter.core.gcm_import import text_in_use
    from briefwriter.core.gcm_import_store import (
        LANGUAGES,
        edition_info,
        imported_languages,
        remove_edition,
    )

    for language in forget or ():
        if language not in LANGUAGES:
            raise UserError(f"unknown language {language!r}: use one of {', '.join(LANGUAGES)}")
        removed = remove_edition(language)
        reload_gcm()
        _out(f"Forgot the imported {language} text." if removed
             else f"No {language} text was imported.")
    _out(f"GCM text in use: {text_in_use()}")
    for language in imported_languages():
        info = edition_info(language)
        if language != "en" and info is not None:
            _out(f"Also imported: {info.describe()}")
    return EXIT_OK


def cmd_gcm(args: argparse.Namespace) -> int:
    from briefwriter.core.gcm import load_gcm

    if args.action == "import":
        return _gcm_import(args.text)
    if args.action in ("status", "forget"):
        if args.action == "forget" and not args.text:
            raise UserError("gcm forget needs a language: en, fr, es, ru, ar or zh")
        return _gcm_status(args.text if args.action == "forget" else None)
    if not args.text:
        raise UserError(f"gcm {args.action} needs a reference or words to search for")
    gcm = load_gcm()
    text = " ".join(args.text)
    if args.action == "show":
        _out(_describe_gcm_item(gcm.lookup(text)))
        return EXIT_OK
    hits = gcm.search(text, limit=args.limit)
    if not hits:
        _out(f"Nothing in the GCM matches “{text}”.")
        return EXIT_OK
    for hit in hits:
        item = hit.item
        label = item.name if item.kind == "principle" else (
            item.title if item.kind == "objective" else item.text)
        _out(textwrap.shorten(f"{item.citation}: {label}", 100, placeholder=" …"))
    return EXIT_OK


def cmd_desktop(args: argparse.Namespace) -> int:
    """``install-desktop`` / ``uninstall-desktop``: the app in the desktop's menus, its icons,
    and briefs and template packs opened with a double-click (``briefwriter.desktop``)."""
    from briefwriter import desktop

    if not desktop.supported():
        raise UserError(desktop.unsupported_message())
    if args.command == "install-desktop":
        report = desktop.install()
        _out(f"Added BriefWriter to your desktop: {len(report.files)} files written in "
             f"{report.data_home}")
        _out("  (the menu entry, the icons, and the file types of briefs and template packs).")
        for note in report.notes:
            _out(f"  {note}")
        _out("BriefWriter is now in your applications menu; double-click a .brief.yaml file to "
             "open it, or a .brieftemplate.zip file to install a template pack.")
        _out("To take it away again: briefwriter uninstall-desktop")
        return EXIT_OK
    report = desktop.uninstall()
    if report.files:
        _out(f"Removed BriefWriter from your desktop: {len(report.files)} files deleted in "
             f"{report.data_home}.")
    for note in report.notes:
        _out(f"  {note}" if report.files else note)
    return EXIT_OK
