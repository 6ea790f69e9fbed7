"""Managing the person's own template packs: customise a copy, revert, rename, delete, and
share packs as zip files (pack, open and look at, install, remove).

Only packs in the user's template folder are ever changed.  Every change is made in a
temporary folder beside its target (a name starting with a dot, which listings skip) and
renamed into place at the end, so a failed change leaves the packs as they were.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from briefwriter.core.archive import (
    ArchiveLimits,
    ArchiveRefused,
    extract_zip,
    folder_entries,
    write_zip,
)
from briefwriter.core.atomic_write import swap_in_folder
from briefwriter.core.errors import SaveError, TemplateError
from briefwriter.core.storage import read_regular_file
from briefwriter.render import template_lookup, templates
from briefwriter.render.lint import lint_pack
from briefwriter.render.templates import (
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    NAME_RE,
    TemplatePack,
    bundled_templates_dir,
    user_templates_dir,
)

#: The ending a shared pack is written with (its desktop file type); any .zip still installs.
PACK_SUFFIX = ".brieftemplate.zip"
# What other tools put beside a pack in a zip (macOS's resource forks).
_IGNORED_TOP = frozenset({"__MACOSX"})


class PackError(TemplateError):
    """A pack cannot be customised, renamed, removed, packed or installed; the message says
    why in plain words.  Nothing has been changed when it is raised."""


# --------------------------------------------------------------------------------------
# Names and places
# --------------------------------------------------------------------------------------


def _check_new_name(name: str, *, allow: Path | None = None) -> None:
    """Refuse ``name`` for a new user pack: not a valid name, or taken (``allow`` is the
    folder that may already have it: the pack being renamed)."""
    if not NAME_RE.match(name):
        raise PackError(f"'{name}' cannot be a template name: use lowercase letters, digits "
                        "and dashes, starting with a letter or digit (e.g. our-brief)")
    if os.path.lexists(bundled_templates_dir() / name):
        raise PackError(f"a bundled template is already called '{name}'; choose another name")
    mine = user_templates_dir() / name
    if os.path.lexists(mine) and (allow is None or mine.resolve() != allow):
        raise PackError(f"you already have a template called '{name}'; choose another name")


def _check_title(title: str) -> str:
    title = title.strip()
    if not title:
        raise PackError("a template needs a title")
    if len(title) > 2000:
        raise PackError("the title is longer than 2000 characters")
    return title


def _own(pack: TemplatePack) -> Path:
    """The folder of ``pack`` when it is one of the person's own packs; else ``PackError``."""
    root = user_templates_dir()
    if pack.bundled or pack.folder.parent != root.resolve():
        raise PackError(f"'{pack.name}' is not in your template folder ({root}); only your "
                        "own templates can be changed, renamed or removed")
    if os.path.islink(root / pack.folder.name):
        raise PackError("a template folder may not be a symbolic link", str(pack.folder))
    return pack.folder


def _temp_folder(root: Path, name: str, purpose: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{name}.{purpose}-", dir=root))


def _discard(folder: Path) -> None:
    """Remove ``folder``: first renamed to a hidden name (one step, so the pack is gone at
    once), then deleted; a failure part-way leaves only a hidden folder listings skip."""
    hidden = folder.with_name(f".{folder.name}.removing-{os.getpid()}-{id(folder)}")
    os.rename(folder, hidden)
    shutil.rmtree(hidden, ignore_errors=True)


def _failed(action: str, exc: OSError) -> PackError:
    return PackError(f"could not {action}: {exc.strerror or exc}")


# --------------------------------------------------------------------------------------
# Copying a pack
# --------------------------------------------------------------------------------------


def _copy_files(source: Path, target: Path) -> None:
    """Copy the regular files of ``source`` into the (empty) folder ``target``.

    A link or special file is refused by name: a link could lead out of the pack.
    """
    limits = ArchiveLimits()
    try:
        entries = folder_entries(source, limits)
    except ArchiveRefused as exc:
        raise PackError(f"cannot copy the template: {exc}", str(source)) from None
    for name, path in entries:
        dest = target.joinpath(*name.split("/"))
        if path is None:
            dest.mkdir(parents=True, exist_ok=True)
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        data = read_regular_file(path, limits.max_file_bytes)
        with open(dest, "xb") as out:
            out.write(data)


def _set_fields(folder: Path, changes: dict[str, str]) -> None:
    """Change fields of the manifest in ``folder``, keeping the author's other lines."""
    path = folder / MANIFEST_NAME
    text = read_regular_file(path, MAX_MANIFEST_BYTES).decode("utf-8-sig")
    new = templates.manifest_with_fields(text, path, changes)
    path.write_bytes(new.encode("utf-8"))


def _made(folder: Path, root: Path, name: str, replace_old: bool = False) -> TemplatePack:
    """Check the pack in the temporary ``folder`` and rename it to ``root/name``."""
    target = root / name
    try:
        pack = templates.load_pack(folder)
        if pack.name != name:
            raise PackError(f"the copy is called '{pack.name}', not '{name}'")
        if replace_old:
            swap_in_folder(folder, target)
        else:
            os.rename(folder, target)
    except (TemplateError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _failed(f"write the template '{name}'", exc) from None
        raise
    templates.forget_read_packs()
    return templates.load_pack(target)


def _copy_pack(source: Path, name: str, changes: dict[str, str],
               replace_old: bool = False) -> TemplatePack:
    """A copy of the pack in ``source`` as the user pack ``name``, with manifest ``changes``."""
    root = user_templates_dir()
    try:
        work = _temp_folder(root, name, "copying")
    except OSError as exc:
        raise _failed(f"create a folder in {root}", exc) from None
    try:
        _copy_files(source, work)
        if changes:
            _set_fields(work, changes)
    except (TemplateError, OSError) as exc:
        shutil.rmtree(work, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _failed(f"copy the template into {root}", exc) from None
        raise
    return _made(work, root, name, replace_old)


# --------------------------------------------------------------------------------------
# Customise, revert, rename, delete
# --------------------------------------------------------------------------------------


def customise_pack(source: TemplatePack, new_name: str, title: str) -> TemplatePack:
    """A copy of ``source`` in the user's template folder called ``new_name``: its own
    title, ``based_on`` the source's name, version 1.0; author and licence kept."""
    _check_new_name(new_name)
    title = _check_title(title)
    return _copy_pack(source.folder, new_name, {
        "name": new_name, "title": title, "based_on": source.name, "version": "1.0"})


def revert_pack(pack: TemplatePack) -> TemplatePack:
    """Copy the files of the pack ``pack`` was based on again, keeping its name and title."""
    _own(pack)
    if not pack.based_on:
        raise PackError(f"'{pack.name}' was not made from another template, so there is "
                        "nothing to go back to")
    try:
        source = template_lookup.find_template(pack.based_on)
    except TemplateError as exc:
        raise PackError(f"'{pack.name}' was made from '{pack.based_on}', which cannot be "
                        f"used: {exc}") from None
    if source.folder == pack.folder:
        raise PackError(f"'{pack.name}' says it was made from itself")
    return _copy_pack(source.folder, pack.name, {
        "name": pack.name, "title": pack.title, "based_on": source.name, "version": "1.0"},
        replace_old=True)


def rename_pack(pack: TemplatePack, new_name: str, title: str) -> TemplatePack:
    """Give the user's ``pack`` a new name (and folder) and title."""
    folder = _own(pack)
    _check_new_name(new_name, allow=folder)
    title = _check_title(title)
    changes = {"name": new_name, "title": title}
    if new_name == pack.name:
        return _copy_pack(folder, new_name, changes, replace_old=True)
    made = _copy_pack(folder, new_name, changes)
    try:
        _discard(folder)
    except OSError as exc:
        raise _failed(f"remove the old folder {folder} (the renamed copy is in "
                      f"{made.folder})", exc) from None
    templates.forget_read_packs()
    return made


def delete_pack(pack: TemplatePack) -> None:
    """Remove the user's ``pack`` and its folder."""
    folder = _own(pack)
    try:
        _discard(folder)
    except OSError as exc:
        raise _failed(f"remove {folder}", exc) from None
    templates.forget_read_packs()


def remove_pack(name: str) -> None:
    """Remove the user's pack in the folder called ``name``, even a broken one."""
    if not NAME_RE.match(name):
        raise PackError(f"'{name}' is not a template name")
    folder = user_templates_dir() / name
    try:
        info = os.lstat(folder)
    except OSError:
        info = None
    if info is None or not stat.S_ISDIR(info.st_mode):
        if os.path.isdir(bundled_templates_dir() / name):
            raise PackError(f"'{name}' is a bundled template; only your own templates can be "
                            "removed")
        if info is not None and stat.S_ISLNK(info.st_mode):
            raise PackError("a template folder may not be a symbolic link; remove the link "
                            "yourself", str(folder))
        raise PackError(f"there is no template called '{name}' in your template folder "
                        f"({user_templates_dir()})")
    try:
        _discard(folder)
    except OSError as exc:
        raise _failed(f"remove {folder}", exc) from None
    templates.forget_read_packs()


# --------------------------------------------------------------------------------------
# Sharing: zip files
# --------------------------------------------------------------------------------------


def _pack_errors(folder: Path) -> list[str]:
    """What stops the pack in ``folder`` from being shared or installed, one line each: the
    errors template lint finds (the same checks as the workshop and ``templates check``).

    The one check both ``pack_zip`` and ``install_pack`` apply.
    """
    return [p.describe() for p in lint_pack(folder) if p.severity == "error"]


def _relative(exc: TemplateError, folder: Path) -> str:
    """``exc`` with the pack's own folder left out of the file name it gives."""
    where = exc.template
    try:
        where = Path(where).resolve().relative_to(folder.resolve()).as_posix()
    except (ValueError, OSError):
        pass
    return str(TemplateError(exc.message, where, exc.line))


def pack_zip(folder: Path, out: Path) -> Path:
    """Write the pack in ``folder`` to the zip ``out``, its files under a folder named after
    the pack; only a pack without errors is packed."""
    folder = Path(folder)
    errors = _pack_errors(folder)
    if errors:
        raise PackError(f"the template in {folder} has errors; fix them first: "
                        + "; ".join(errors))
    name = templates.load_pack(folder).name
    try:
        return write_zip(folder, Path(out), arcroot=name)
    except ArchiveRefused as exc:
        raise PackError(f"cannot pack {folder}: {exc}") from None
    except SaveError as exc:
        raise PackError(str(exc)) from None


@dataclass
class StagedPack:
    """A pack unpacked from a zip into a staging folder outside the template folder, to be
    looked at (name, author, version, licence, a preview of ``pack.folder``) before it is
    installed.  ``cleanup()`` (or leaving the ``with`` block) removes the staging folder."""

    pack: TemplatePack
    source: Path  # the zip file
    staging: Path
    problems: list[str] = field(default_factory=list)  # lint's findings, one line each
    errors: list[str] = field(default_factory=list)  # those that stop the install
    clash: TemplatePack | None = None  # the installed pack of the same name, if any

    def cleanup(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def __enter__(self) -> StagedPack:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.cleanup()


def _pack_folder(unpacked: Path, label: str) -> Path:
    """The pack in an unpacked zip: at the top, or in its one top-level folder."""
    if (unpacked / MANIFEST_NAME).is_file():
        return unpacked
    tops = [p for p in unpacked.iterdir() if p.name not in _IGNORED_TOP]
    if len(tops) == 1 and tops[0].is_dir() and (tops[0] / MANIFEST_NAME).is_file():
        return tops[0]
    raise PackError(f"{label} is not a template pack: it has no {MANIFEST_NAME} at the top "
                    "or in a single folder")


def _installed_clash(name: str) -> TemplatePack | None:
    for root, bundled in ((bundled_templates_dir(), True), (user_templates_dir(), False)):
        if os.path.isdir(root / name):
            try:
                return templates.load_pack(root / name, bundled=bundled)
            except TemplateError:
                return None  # a broken pack: install_pack still sees the folder
    return None


def open_pack_zip(zip_path: Path) -> StagedPack:
    """Unpack the zip ``zip_path`` into a new staging folder and read the pack in it.

    Nothing is written to the template folder.  An archive ``core.archive`` refuses or a
    manifest that cannot be read raises ``PackError`` naming the entry or the manifest line
    (the staging folder is then already removed).
    """
    zip_path = Path(zip_path)
    staging = Path(tempfile.mkdtemp(prefix="briefwriter-pack-"))
    try:
        try:
            extract_zip(zip_path, staging / "unpacked")
        except ArchiveRefused as exc:
            raise PackError(f"cannot install: {exc}") from None
        folder = _pack_folder(staging / "unpacked", zip_path.name)
        try:
            pack = templates.load_pack(folder)
        except TemplateError as exc:
            inside = folder.relative_to(staging / "unpacked").as_posix()
            where = _relative(exc, folder)
            prefix = f"{zip_path.name}: {inside + '/' if inside != '.' else ''}"
            raise PackError(f"cannot install: {prefix}{where}") from None
        found = lint_pack(folder)
        return StagedPack(pack=pack, source=zip_path, staging=staging,
                          problems=[p.describe() for p in found],
                          errors=[p.describe() for p in found if p.severity == "error"],
                          clash=_installed_clash(pack.name))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def install_pack(staged: StagedPack, *, replace: bool = False) -> TemplatePack:
    """Copy the staged pack into the user's template folder, in a folder of its name.

    Refused when the pack has errors, when a bundled template has its name, or when one of
    the user's packs has it (unless ``replace``: the old folder is swapped out in one step
    and removed only once the new one is in place).
    """
    pack = staged.pack
    errors = _pack_errors(pack.folder)
    if errors:
        raise PackError(f"'{pack.name}' has errors and was not installed: " + "; ".join(errors))
    if os.path.lexists(bundled_templates_dir() / pack.name):
        raise PackError(f"a bundled template is already called '{pack.name}', so this pack "
                        "cannot be installed; ask its author to rename it")
    target = user_templates_dir() / pack.name
    if os.path.islink(target) or (os.path.lexists(target) and not os.path.isdir(target)):
        raise PackError(f"{target} is in the way (a link or a file, not a template folder)")
    if os.path.lexists(target) and not replace:
        raise PackError(f"you already have a template called '{pack.name}'; choose to "
                        "replace it to install this one")
    return _copy_pack(pack.folder, pack.name, {}, replace_old=replace)
