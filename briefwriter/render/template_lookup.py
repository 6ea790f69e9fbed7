"""Finding a template pack by name or folder, and which packs a brief may name.

``find_template`` takes a name (the person's own packs first, then the bundled ones) or a
folder; ``find_brief_template`` applies the rule for a brief's own ``template.name``: a
bundled or installed pack by name, or a folder inside the brief's own folder, never one
elsewhere (``TemplateRefused``); ``find_job_template`` is what a render job uses.  Unknown
names are answered with the names there are.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefwriter.core.errors import Problem, TemplateError
from briefwriter.render.templates import (
    NAME_RE,
    TemplatePack,
    bundled_templates_dir,
    folder_stamp,
    load_pack,
    pack_folders,
    packs_in,
    read_pack,
    safe_relative_path,
    user_templates_dir,
)


class TemplateRefused(TemplateError):
    """A brief names a template it may not use: a folder outside the brief's own folder."""


MAX_NAMES_SHOWN = 20


def _pack_named(root: Path, name: str, *, bundled: bool) -> TemplatePack | None:
    """The pack in ``root/name`` when that folder holds a pack called ``name``.

    Only that one folder is looked at, however many packs ``root`` holds.
    """
    folder = root / name
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise TemplateError("a template folder may not be a symbolic link", str(folder))
    stamp = folder_stamp(folder) if stat.S_ISDIR(info.st_mode) else None
    if stamp is None:
        return None
    pack = read_pack(folder, bundled=bundled, stamp=stamp)
    return pack if pack.name == name else None


def _installed(name: str) -> TemplatePack | None:
    """The bundled pack called ``name``, else the user's (in the folder of that name)."""
    return (_pack_named(bundled_templates_dir(), name, bundled=True)
            or _pack_named(user_templates_dir(), name, bundled=False))


def _available_names() -> tuple[list[str], int]:
    """Some names a brief can use (bundled packs, then the user's), and how many more of the
    user's pack folders there are.

    Only a few of the user's packs are read, to check they answer to their folder's name:
    this is for a message, and a crowded template folder must not make a typo expensive.
    """
    names = [p.name for p in packs_in(bundled_templates_dir(), bundled=True)[0]]
    more = reads = 0
    root = user_templates_dir()
    for entry in pack_folders(root):
        if not NAME_RE.match(entry.name) or entry.name in names or entry.is_symlink():
            continue
        if len(names) >= MAX_NAMES_SHOWN or reads >= 3 * MAX_NAMES_SHOWN:
            more += 1
            continue
        reads += 1
        try:
            if _pack_named(root, entry.name, bundled=False) is not None:
                names.append(entry.name)
        except TemplateError:
            pass  # broken: ``briefwriter templates list`` says why
    return names, more


def _unknown_name(name: str) -> TemplateError:
    names, more = _available_names()
    shown = ", ".join(names) or "none"
    if more:
        shown += f", and {more} more folders in your template folder (briefwriter templates list)"
    return TemplateError(f"there is no template called '{name}'. Available: {shown}")


def find_template(name_or_path: str | Path) -> TemplatePack:
    """A pack the person chose: by name (bundled names win over the user's) or by any folder.

    For templates named on the command line or picked in the app; a name written in a brief
    goes through ``find_brief_template``.
    """
    text = str(name_or_path)
    candidate = Path(text).expanduser()
    if NAME_RE.match(text):
        pack = _installed(text)
        if pack is not None:
            return pack
        if not candidate.is_dir():
            raise _unknown_name(text)
    if candidate.is_dir():
        return read_pack(candidate.resolve(), bundled=False)
    if candidate.exists():
        return load_pack(candidate)  # a manifest's own path
    raise TemplateError("no such template folder", text)


def explicit_template_ref(name_or_path: str) -> str:
    """What a render job carries for a template the person chose: a pack's name as it is,
    a folder as an absolute path (so the worker's own working folder never matters)."""
    if NAME_RE.match(name_or_path):
        try:
            if _installed(name_or_path) is not None or not Path(name_or_path).is_dir():
                return name_or_path
        except TemplateError:
            return name_or_path  # the worker reports what is wrong with it
    return os.path.abspath(Path(name_or_path).expanduser())


def _shown(text: str, limit: int = 80) -> str:
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _refused(name: str, reason: str) -> TemplateRefused:
    return TemplateRefused(
        f"The brief's template '{_shown(name)}' {reason}. A brief may use a bundled template, "
        "one from your template folder, or a folder inside the brief's own folder (copy a "
        "template from elsewhere into one of these)."
    )


def _inside_brief_folder(name: str, brief_dir: Path | None) -> Path:
    """The folder ``name`` gives, relative to ``brief_dir`` and never leaving it."""
    if brief_dir is None:
        raise _refused(name, "is a folder, and the brief has not been saved yet, so there is "
                       "no brief folder to look in")
    try:
        folder = safe_relative_path(brief_dir, name, where="the brief's folder")
    except ValueError as exc:
        raise _refused(name, str(exc)) from None
    if folder == brief_dir.resolve():
        raise _refused(name, "is the brief's folder itself, not a template folder inside it")
    return folder


def find_brief_template(name: str, brief_dir: Path | None) -> TemplatePack:
    """The pack a brief's ``template.name`` chooses: the one rule for what a brief may name.

    A brief may name a pack by its name (bundled first, then the user's template folder) or a
    folder inside the brief's own folder (``brief_dir``): a relative path, resolved there,
    that stays inside it after symbolic links are followed.  Anything else raises
    ``TemplateRefused``; a name or folder that is simply not there raises ``TemplateError``.
    The current working folder plays no part.  Used for render jobs and by the checks.
    """
    if not name.strip():
        raise TemplateError("The brief names no template: choose one.")
    if NAME_RE.match(name):
        pack = _installed(name)
        if pack is not None:
            return pack
        if brief_dir is None or not os.path.lexists(brief_dir / name):
            raise _unknown_name(name)
    folder = _inside_brief_folder(name, brief_dir)
    if not folder.is_dir():
        raise TemplateError(f"The brief's template '{_shown(name)}' is not a folder in the "
                            "brief's folder, nor the name of an installed template.")
    return read_pack(folder, bundled=False)


TEMPLATE_FIELD = ("template", "name")


def brief_template_problem(name: str, brief_dir: Path | None,
                           line: int | None = None) -> Problem | None:
    """What stops the template a brief names from being used, as a check result on the
    brief's ``template.name``: an "error" when the brief may not name it (a folder outside
    the brief's own), a "warning" when it is not installed or is broken; None when it can be
    used.  The one answer for ``briefwriter check``, ``render`` and the app's Review step."""
    try:
        find_brief_template(name, brief_dir)
        return None
    except TemplateRefused as exc:
        return Problem(exc.message, TEMPLATE_FIELD, line, "error", "template-refused")
    except TemplateError as exc:
        return Problem(str(exc), TEMPLATE_FIELD, line, "warning", "template-unusable")


def find_job_template(template: str, source: str, brief_dir: Path | None) -> TemplatePack:
    """The pack for a render job: ``source`` "explicit" (the person chose it: any name or
    folder) or "brief" (written in the brief: confined by ``find_brief_template``)."""
    if source == "explicit":
        return find_template(template)
    return find_brief_template(template, brief_dir)
