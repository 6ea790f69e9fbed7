"""Template packs: read and check ``template.yaml`` manifests, and list the bundled and the
person's own packs (read once, kept while their folders are unchanged).  Finding a pack by
name or folder, and the rule for which packs a brief may name, are in ``render.template_lookup``."""

from __future__ import annotations

import json
import os
import re
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import yaml
from platformdirs import user_data_path

from briefwriter import paths
from briefwriter.core.errors import TemplateError
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file

MANIFEST_NAME = "template.yaml"
MANIFEST_VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
KINDS = ("paper", "statement")
USER_DIR_ENV = "BRIEFWRITER_TEMPLATES_DIR"

_TEXT_FIELDS = ("title", "description", "version", "author", "licence")
_KNOWN_FIELDS = frozenset(
    {"manifest_version", "name", "entry", "stylesheets", "page_limit", "kind", "shows",
     "based_on", "word_reference", *_TEXT_FIELDS}
)

#: The parts of a brief a manifest's ``shows`` may name, in reading order.  A pack whose
#: manifest has no ``shows`` is taken to show them all (``render.coverage`` warns about the
#: filled parts a pack leaves out).
SHOWABLE_PARTS = ("summary", "follow_up", "priorities", "evidence", "gcm", "asks",
                  "key_messages", "recommendations", "pledges", "cosignatories", "sections",
                  "statement", "organisation")


@dataclass(frozen=True)
class TemplatePack:
    """One template pack, checked: every path in it is a file inside ``folder``."""

    name: str
    title: str
    entry: str
    folder: Path  # resolved, absolute
    description: str = ""
    version: str = ""
    author: str = ""
    licence: str = ""
    stylesheets: tuple[str, ...] = ()
    page_limit: int = 0  # 0 = no limit
    kind: str = "paper"  # "paper" | "statement"
    shows: tuple[str, ...] = SHOWABLE_PARTS  # the parts of a brief it prints
    based_on: str = ""  # the pack this one was customised from ("" for an original)
    word_reference: str = ""  # a .docx whose styles the Word export uses (render.docx)
    bundled: bool = False
    note: str = ""  # e.g. why a user pack is hidden by a bundled one
    notes: tuple[str, ...] = field(default=())  # manifest remarks (unknown fields, ...)

    @property
    def manifest_path(self) -> Path:
        return self.folder / MANIFEST_NAME


def bundled_templates_dir() -> Path:
    return paths.templates_dir()


def user_templates_dir() -> Path:
    """Where the person's own and shared template packs live."""
    override = os.environ.get(USER_DIR_ENV)
    if override:
        return Path(override)
    return user_data_path("BriefWriter", appauthor=False) / "templates"


def safe_relative_path(folder: Path, relative: str, *, where: str = "the template folder") -> Path:
    """``relative`` resolved inside ``folder``; ``ValueError`` for anything that leaves it.

    ``where`` names ``folder`` in the messages ("points outside the template folder").
    """
    if not relative or "\x00" in relative:
        raise ValueError("is not a valid file name")
    if (
        PurePosixPath(relative).is_absolute()
        or PureWindowsPath(relative).is_absolute()
        or PureWindowsPath(relative).drive
        or relative.startswith(("/", "\\"))
    ):
        raise ValueError(f"is an absolute path; use a path inside {where}")
    parts = re.split(r"[\\/]+", relative)
    if ".." in parts:
        raise ValueError(f"points outside {where}")
    root = folder.resolve()
    target = (root / relative).resolve()
    if not target.is_relative_to(root):
        # A symbolic link inside the folder that leads elsewhere.
        raise ValueError(f"is a symbolic link that leads outside {where}")
    return target


# --------------------------------------------------------------------------------------
# Reading a manifest
# --------------------------------------------------------------------------------------


# libyaml when PyYAML has it: some fifteen times faster (listing reads every manifest once),
# and it refuses deep nesting itself where the pure-Python composer would recurse.
_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


class _Manifest:
    """The composed YAML of a manifest: values by field, each with its line."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        try:
            root = yaml.compose(text, Loader=_YAML_LOADER)
        except RecursionError:
            raise TemplateError("not valid YAML: nested too deeply", str(path), None) from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(exc, "problem", None) or str(exc)
            raise TemplateError(f"not valid YAML: {problem}", str(path), line) from None
        if not isinstance(root, yaml.MappingNode):
            raise TemplateError(
                "the manifest must be a set of 'field: value' lines", str(path), _line(root)
            )
        self.nodes: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in root.value:
            if isinstance(key, yaml.ScalarNode):
                self.nodes[str(key.value)] = (key, value)

    def error(self, name: str, message: str) -> TemplateError:
        node = self.nodes.get(name)
        return TemplateError(
            f"field '{name}': {message}", str(self.path), _line(node[1] if node else None)
        )

    def scalar(self, name: str, *, required: bool) -> str | None:
        if name not in self.nodes:
            if required:
                raise TemplateError(f"field '{name}' is missing", str(self.path), None)
            return None
        node = self.nodes[name][1]
        if not isinstance(node, yaml.ScalarNode):
            raise self.error(name, "must be a single value")
        return str(node.value)

    def text(self, name: str, *, required: bool = False, limit: int = 2000) -> str:
        value = (self.scalar(name, required=required) or "").strip()
        if required and not value:
            raise self.error(name, "must not be empty")
        if len(value) > limit:
            raise self.error(name, f"is longer than {limit} characters")
        return value

    def integer(self, name: str, default: int) -> int:
        raw = self.scalar(name, required=False)
        if raw is None or raw.strip() == "":
            return default
        try:
            value = int(raw.strip())
        except ValueError:
            raise self.error(name, f"must be a whole number (found '{raw}')") from None
        if value < 0:
            raise self.error(name, "must be 0 or more")
        return value

    def string_list(self, name: str) -> list[str]:
        if name not in self.nodes:
            return []
        node = self.nodes[name][1]
        if isinstance(node, yaml.ScalarNode):
            return [str(node.value)] if str(node.value).strip() else []
        if not isinstance(node, yaml.SequenceNode) or not all(
            isinstance(item, yaml.ScalarNode) for item in node.value
        ):
            raise self.error(name, "must be a list of file names")
        return [str(item.value) for item in node.value]

    def part_names(self, name: str, allowed: tuple[str, ...]) -> tuple[str, ...] | None:
        """A list of names from ``allowed`` (None when the field is absent); an unknown name
        is reported on its own line."""
        if name not in self.nodes:
            return None
        node = self.nodes[name][1]
        usage = f"must be a list of part names: {', '.join(allowed)}"
        if isinstance(node, yaml.ScalarNode):
            if not str(node.value).strip():
                raise self.error(name, "is empty: leave it out (the template shows every part) "
                                 f"or list the parts it shows: {', '.join(allowed)}")
            items = [node]
        elif isinstance(node, yaml.SequenceNode) and all(
            isinstance(item, yaml.ScalarNode) for item in node.value
        ):
            items = list(node.value)
        else:
            raise self.error(name, usage)
        found: list[str] = []
        for item in items:
            value = str(item.value).strip()
            if value not in allowed:
                raise TemplateError(
                    f"field '{name}': '{value}' is not a part of a brief; use "
                    f"{', '.join(allowed)}", str(self.path), _line(item))
            if value not in found:
                found.append(value)
        return tuple(found)


def _checked_file(manifest: _Manifest, name: str, folder: Path, relative: str) -> str:
    try:
        target = safe_relative_path(folder, relative)
    except ValueError as exc:
        raise manifest.error(name, f"'{relative}' {exc}") from None
    if not target.is_file():
        raise manifest.error(name, f"'{relative}' is not a file in the template folder")
    return relative.replace("\\", "/")


def manifest_with_fields(text: str, path: Path, changes: dict[str, str]) -> str:
    """The manifest ``text`` with each field in ``changes`` set to its (text) value.

    The lines of a changed field are replaced where they stand and a missing field is added
    at the end, so the author's comments and layout elsewhere are kept.
    """
    manifest = _Manifest(path, text)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    spans: list[tuple[int, int, str]] = []
    added: list[str] = []
    for name, value in changes.items():
        line = f"{name}: {json.dumps(value, ensure_ascii=False)}\n"  # JSON strings are YAML
        if name not in manifest.nodes:
            added.append(line)
            continue
        key, node = manifest.nodes[name]
        last = node.end_mark.line if node.end_mark.column > 0 else node.end_mark.line - 1
        spans.append((key.start_mark.line, max(last, key.start_mark.line), line))
    for first, last, line in sorted(spans, reverse=True):
        lines[first:last + 1] = [line]
    return "".join(lines + added)


def load_pack(folder: str | Path, *, bundled: bool = False) -> TemplatePack:
    """Read and check the pack in ``folder``; ``TemplateError`` names the file, line and field."""
    folder = Path(folder)
    if folder.name == MANIFEST_NAME and folder.is_file():
        folder = folder.parent
    if not folder.is_dir():
        raise TemplateError("no such template folder", str(folder))
    folder = folder.resolve()
    path = folder / MANIFEST_NAME
    try:
        real = path.resolve()
        if not real.is_relative_to(folder):
            raise TemplateError("the manifest leads outside the template folder", str(path))
        data = read_regular_file(real, MAX_MANIFEST_BYTES)
    except FileNotFoundError:
        raise TemplateError(f"no {MANIFEST_NAME} in this folder", str(folder)) from None
    except NotRegularFileError:
        raise TemplateError("the manifest is not a regular file (a folder, pipe or device?)",
                            str(path)) from None
    except FileTooLargeError:
        raise TemplateError("the manifest is too large", str(path)) from None
    except OSError as exc:
        raise TemplateError(f"cannot read the manifest: {exc.strerror or exc}", str(path)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TemplateError("the manifest is not UTF-8 text", str(path), line) from None
    manifest = _Manifest(path, text)

    version = manifest.integer("manifest_version", 0)
    if "manifest_version" not in manifest.nodes:
        raise TemplateError("field 'manifest_version' is missing", str(path))
    if version != MANIFEST_VERSION:
        newer = " (made for a newer BriefWriter)" if version > MANIFEST_VERSION else ""
        raise manifest.error("manifest_version", f"version {version} is not supported{newer}")
    name = manifest.text("name", required=True, limit=64)
    if not NAME_RE.match(name):
        raise manifest.error(
            "name", f"'{name}' must be lowercase letters, digits and dashes (e.g. my-brief)"
        )
    kind = manifest.text("kind") or "paper"
    if kind not in KINDS:
        raise manifest.error("kind", f"must be one of {', '.join(KINDS)} (found '{kind}')")
    texts: dict[str, Any] = {f: manifest.text(f, required=(f == "title")) for f in _TEXT_FIELDS}
    entry = _checked_file(
        manifest, "entry", folder, manifest.text("entry", required=True, limit=255)
    )
    sheets = tuple(
        _checked_file(manifest, "stylesheets", folder, sheet)
        for sheet in manifest.string_list("stylesheets")
    )
    shows = manifest.part_names("shows", SHOWABLE_PARTS)
    word_reference = manifest.text("word_reference", limit=255)
    if word_reference:
        word_reference = _checked_file(manifest, "word_reference", folder, word_reference)
        if not word_reference.lower().endswith(".docx"):
            raise manifest.error("word_reference", f"'{word_reference}' is not a Word "
                                 "document (.docx)")
    based_on = manifest.text("based_on", limit=64)
    if based_on and not NAME_RE.match(based_on):
        raise manifest.error("based_on", f"'{based_on}' is not a template name")
    unknown = sorted(set(manifest.nodes) - _KNOWN_FIELDS)
    notes = tuple(f"unknown field '{u}' ignored" for u in unknown)
    return TemplatePack(
        name=name,
        entry=entry,
        folder=folder,
        stylesheets=sheets,
        page_limit=manifest.integer("page_limit", 0),
        kind=kind,
        shows=SHOWABLE_PARTS if shows is None else shows,
        based_on=based_on,
        word_reference=word_reference,
        bundled=bundled,
        notes=notes,
        **texts,
    )


# --------------------------------------------------------------------------------------
# Reading packs once: a pack is read again only when its folder or manifest changed
# --------------------------------------------------------------------------------------

MAX_CACHED_PACKS = 50_000
_Stamp = tuple[int, ...]
_cache: dict[tuple[str, bool], tuple[_Stamp, TemplatePack | TemplateError]] = {}
_cache_lock = threading.Lock()  # listing may run on a worker thread of the app


def folder_stamp(folder: Path) -> _Stamp | None:
    """What must be unchanged for an earlier reading of the pack in ``folder`` to hold:
    the folder (files added or removed) and its manifest.  None when there is no manifest."""
    try:
        here = os.stat(folder)
        manifest = os.stat(folder / MANIFEST_NAME)
    except (OSError, ValueError):
        return None
    return (here.st_ino, here.st_mtime_ns, manifest.st_ino, manifest.st_mtime_ns,
            manifest.st_ctime_ns, manifest.st_size, manifest.st_mode)


def read_pack(folder: Path, *, bundled: bool, stamp: _Stamp | None = None) -> TemplatePack:
    """``load_pack``, remembered until the folder or its manifest changes."""
    stamp = stamp or folder_stamp(folder)
    key = (str(folder), bundled)
    if stamp is not None:
        with _cache_lock:
            known = _cache.get(key)
        if known is not None and known[0] == stamp:
            if isinstance(known[1], TemplateError):
                raise replace(known[1])  # a fresh error each time, not one growing traceback
            return known[1]
    try:
        result: TemplatePack | TemplateError = load_pack(folder, bundled=bundled)
    except TemplateError as exc:
        result = exc
    if stamp is not None:
        with _cache_lock:
            if len(_cache) >= MAX_CACHED_PACKS:
                _cache.clear()
            _cache[key] = (stamp, result)
    if isinstance(result, TemplateError):
        raise replace(result)
    return result


def forget_read_packs() -> None:
    """Drop every remembered pack (tests; a changed manifest is noticed without this)."""
    with _cache_lock:
        _cache.clear()


# --------------------------------------------------------------------------------------
# Listing packs
# --------------------------------------------------------------------------------------


def pack_folders(root: Path) -> list[os.DirEntry[str]]:
    """The sub-folders of ``root`` (and links to folders), by name; nothing is opened."""
    try:
        with os.scandir(root) as entries:
            # A name starting with a dot is a copy being made or removed (render.packs).
            found = [entry for entry in entries
                     if entry.is_dir() and not entry.name.startswith(".")]
    except OSError:
        return []
    return sorted(found, key=lambda entry: entry.name)


def packs_in(root: Path, *, bundled: bool) -> tuple[list[TemplatePack], list[TemplateError]]:
    packs: list[TemplatePack] = []
    problems: list[TemplateError] = []
    for entry in pack_folders(root):
        folder = Path(entry.path)
        stamp = folder_stamp(folder)
        if stamp is None:
            continue  # no manifest: not a pack (a folder of notes, a half-copied pack)
        if entry.is_symlink():
            # A pack is a real folder; a link could make "inside the pack" mean anywhere.
            problems.append(TemplateError("a template folder may not be a symbolic link",
                                          str(folder)))
            continue
        try:
            packs.append(read_pack(folder, bundled=bundled, stamp=stamp))
        except TemplateError as exc:
            problems.append(exc)
    return packs, problems


def _name_note(pack: TemplatePack, bundled_names: set[str]) -> str:
    """Why the user's ``pack`` cannot be chosen by its name ("" when it can)."""
    if pack.name in bundled_names:
        return f"not used by name: a bundled template is also called '{pack.name}'"
    if pack.folder.name != pack.name:
        return (f"not used by name: a template is found by its folder, so its folder must be "
                f"called '{pack.name}' (it is called '{pack.folder.name}')")
    return ""


def scan_templates() -> tuple[list[TemplatePack], list[TemplateError]]:
    """Bundled packs, then the user's; broken packs are reported, not raised.

    Each pack is read once and remembered until its folder or manifest changes, so listing
    again is cheap.  Safe to call from any thread; the result is plain, unchangeable data.
    """
    bundled, problems = packs_in(bundled_templates_dir(), bundled=True)
    user, user_problems = packs_in(user_templates_dir(), bundled=False)
    taken = {p.name for p in bundled}
    out = list(bundled)
    for pack in user:
        note = _name_note(pack, taken)
        out.append(replace(pack, note=note) if note else pack)
    return out, problems + user_problems


def list_templates() -> list[TemplatePack]:
    return scan_templates()[0]
