"""The brand kit: an organisation's house style (name, logo, colours, fonts with their own
files, footer line, paper size), kept once in the user's data folder and shared as a
``.brandkit`` file.

The kit is a folder: ``brand.yaml`` and the files it names (``logo.png``, ``fonts/*.ttf``).
Every way in (saving from the app, importing a partner's file) builds the new folder beside
the current one, checks all of it, and only then swaps it into place, so a refused or failed
change leaves the current kit as it was.  Fonts are checked with fontTools, the logo by the
one logo reader (``core.logo``); the font rules are in ``core.brand_fonts``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefwriter.core.archive import ArchiveLimits, ArchiveRefused, extract_zip, write_zip
from briefwriter.core.atomic_write import atomic_write_bytes, swap_in_folder
from briefwriter.core.brand_fonts import (
    FONT_SUFFIXES,
    MAX_FONT_BYTES,
    FontInfo,
    FontRefused,
    check_font_file,
)
from briefwriter.core.colours import MIN_TEXT_CONTRAST, contrast_with_white, is_hex_colour
from briefwriter.core.errors import BriefFileError, BriefWriterError, Problem
from briefwriter.core.logo import LogoRefused, read_logo_file
from briefwriter.core.model import Brief
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file
from briefwriter.core.yamlio import ParsedYaml, dump_yaml, parse_yaml

BRAND_DIR_ENV = "BRIEFWRITER_BRAND_DIR"
BRAND_FILE = "brand.yaml"
BRAND_SUFFIX = ".brandkit"
KIT_VERSION = 1
PAPERS = ("A4", "Letter")
MAX_FONTS = 16
MAX_BRAND_FILE_BYTES = 64 * 1024
MAX_TEXT = 200
"""The longest name, family name or footer line."""
KIT_LIMITS = ArchiveLimits(max_files=40, max_total_bytes=MAX_FONTS * MAX_FONT_BYTES,
                           max_file_bytes=MAX_FONT_BYTES, max_archive_bytes=60 * 1024 * 1024)
#: The bundled families a kit may name without a file of its own.
BUNDLED_FAMILIES = ("BriefWriter Sans", "BriefWriter Serif")


def brand_dir() -> Path:
    """The kit's folder: ``$BRIEFWRITER_BRAND_DIR`` when set, else ``brand`` in the user's
    data folder (beside the user's templates)."""
    override = os.environ.get(BRAND_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("BriefWriter", appauthor=False) / "brand"


def kit_in_use() -> Path | None:
    """The kit's folder (absolute) when there is a kit, for a render job; else ``None``."""
    folder = brand_dir().resolve()
    return folder if (folder / BRAND_FILE).is_file() else None


def read_kit_settings(folder: Path | None = None) -> BrandKit | None:
    """The kit's ``brand.yaml`` alone (a small file; its fonts and logo are not read), or
    ``None`` without a kit; ``BrandError`` when it cannot be read."""
    folder = Path(folder) if folder is not None else brand_dir()
    path = folder / BRAND_FILE
    if not os.path.lexists(path):
        return None
    try:
        text = read_regular_file(path, MAX_BRAND_FILE_BYTES).decode("utf-8")
    except (OSError, ValueError) as exc:
        raise _error(path, f"cannot be read: {getattr(exc, 'strerror', None) or exc}") from None
    return parse_kit_text(text, path)


def house_look(kit: BrandKit) -> dict[str, str]:
    """The brief look fields (``Look``) that put a brief in the kit's house style: the
    accent and paper it sets, and the font whose render gives the kit's body font."""
    values = {"font": "serif" if kit.body_font == BUNDLED_FAMILIES[1] else "sans"}
    if kit.accent:
        values["accent_colour"] = kit.accent
    if kit.paper:
        values["paper"] = kit.paper
    return values


def in_house_style(brief: Brief) -> Brief:
    """``brief`` (a new one) with its look set to the kit's house style; unchanged without a
    kit or when the kit cannot be read (the renderer then names the problem)."""
    try:
        kit = read_kit_settings()
    except BrandError:
        return brief
    if kit is not None:
        for key, value in house_look(kit).items():
            setattr(brief.template.look, key, value)
    return brief


class BrandError(BriefWriterError):
    """A kit (its ``brand.yaml``, a font, the logo, a ``.brandkit`` file) that cannot be used;
    ``problems`` say where (file, line, field) and why.  Nothing has been changed."""

    def __init__(self, path: Path | None, problems: list[Problem]) -> None:
        super().__init__()
        self.path = path
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(p.describe(self.path) for p in self.problems)


def _error(path: Path | None, message: str, field_path: tuple[str | int, ...] = (),
           line: int | None = None, code: str = "brand") -> BrandError:
    return BrandError(path, [Problem(message, field_path, line, code=code)])


@dataclass
class BrandKit:
    """The house style.  Empty strings mean "not set" (the brief's own look is used)."""

    name: str = ""
    logo: str = ""  # file name in the kit folder, "logo.png"
    primary: str = ""  # "#rrggbb"
    accent: str = ""
    text: str = ""
    heading_font: str = ""  # a family name: bundled or one of the kit's font files
    body_font: str = ""
    fonts: list[str] = field(default_factory=list)  # "fonts/Inter-Regular.ttf", ...
    footer: str = ""
    paper: str = ""  # "A4", "Letter" or ""

    def warnings(self) -> list[str]:
        """What may look wrong without being an error: an accent too pale for white paper."""
        found = []
        for label, colour in (("accent", self.accent), ("primary", self.primary),
                              ("text", self.text)):
            if colour and contrast_with_white(colour) < MIN_TEXT_CONTRAST:
                ratio = contrast_with_white(colour)
                found.append(f"The {label} colour {colour} has a contrast of {ratio:.1f}:1 with "
                             f"white paper (below {MIN_TEXT_CONTRAST}:1); text in it may be "
                             "hard to read.")
        return found


# --------------------------------------------------------------------------------------
# brand.yaml: plain data both ways, every value checked with its line
# --------------------------------------------------------------------------------------


def kit_to_data(kit: BrandKit) -> dict[str, Any]:
    return {
        "kit_version": KIT_VERSION, "name": kit.name, "logo": kit.logo,
        "colours": {"primary": kit.primary, "accent": kit.accent, "text": kit.text},
        "fonts": {"heading": kit.heading_font, "body": kit.body_font, "files": list(kit.fonts)},
        "footer": kit.footer, "paper": kit.paper,
    }


_KNOWN = {(): ("kit_version", "name", "logo", "colours", "fonts", "footer", "paper"),
          ("colours",): ("primary", "accent", "text"),
          ("fonts",): ("heading", "body", "files")}


def _check_data(doc: ParsedYaml, path: Path | None) -> tuple[BrandKit, list[Problem]]:
    problems: list[Problem] = []

    def problem(message: str, where: tuple[str | int, ...]) -> None:
        problems.append(Problem(message, where, doc.line_of(where), code="brand-field"))

    data = doc.data
    if not isinstance(data, dict):
        problem("a brand kit file holds named fields (name:, colours:, fonts: ...)", ())
        return BrandKit(), problems
    version = data.get("kit_version", KIT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > KIT_VERSION:
        problem(f"this kit was made by a newer BriefWriter (kit version {version!r}; this "
                f"version reads up to {KIT_VERSION})", ("kit_version",))
        return BrandKit(), problems
    for where, known in _KNOWN.items():
        part = data if not where else data.get(where[0], {})
        if part is None:
            continue
        if not isinstance(part, dict):
            problem("expected named fields here", where)
            continue
        for key in part:
            if key not in known:
                problem(f"unknown field '{key}'; a brand kit has {', '.join(known)}",
                        (*where, str(key)))

    def text_at(*where: str) -> str:
        node: Any = data
        for key in where:
            node = node.get(key) if isinstance(node, dict) else None
        if node is None:
            return ""
        if not isinstance(node, str):
            problem("expected text here", where)
            return ""
        if len(node) > MAX_TEXT:
            problem(f"longer than {MAX_TEXT} characters", where)
        return node.strip()

    kit = BrandKit(name=text_at("name"), logo=text_at("logo"), footer=text_at("footer"),
                   paper=text_at("paper"), heading_font=text_at("fonts", "heading"),
                   body_font=text_at("fonts", "body"))
    for key in ("primary", "accent", "text"):
        value = text_at("colours", key)
        if value and not is_hex_colour(value):
            problem(f"'{value}' is not a colour; write it as #rrggbb (e.g. #1d5c8c)",
                    ("colours", key))
            value = ""
        setattr(kit, key, value.lower())
    if kit.paper and kit.paper not in PAPERS:
        problem(f"'{kit.paper}' is not a paper size; use A4 or Letter", ("paper",))
    fonts = data.get("fonts")
    files = (fonts.get("files") if isinstance(fonts, dict) else None) or []
    if not isinstance(files, list):
        problem("expected a list of font files", ("fonts", "files"))
        files = []
    if len(files) > MAX_FONTS:
        problem(f"a kit holds at most {MAX_FONTS} font files", ("fonts", "files"))
    for i, name in enumerate(files):
        at: tuple[str | int, ...] = ("fonts", "files", i)
        if not isinstance(name, str) or not _safe_member(name, "fonts/", FONT_SUFFIXES):
            problem("a font file is named fonts/NAME.ttf (or .otf, .woff, .woff2)", at)
        else:
            kit.fonts.append(name)
    if kit.logo and not _safe_member(kit.logo, "", (".png", ".jpg", ".jpeg", ".svg")):
        problem("the logo is a file beside brand.yaml: logo.png, logo.jpg or logo.svg", ("logo",))
    return kit, problems


def _safe_member(name: str, folder: str, suffixes: tuple[str, ...]) -> bool:
    """Whether ``name`` is a plain file name inside ``folder`` of the kit with a known suffix."""
    if not name.startswith(folder):
        return False
    rest = name[len(folder):]
    return (bool(rest) and "/" not in rest and "\\" not in rest and rest not in (".", "..")
            and not rest.startswith(".") and rest.lower().endswith(suffixes)
            and rest.isprintable())


def parse_kit_text(text: str, path: Path | None = None) -> BrandKit:
    """The kit ``text`` (brand.yaml) describes, or ``BrandError`` listing every problem with
    its line; the files it names are not read here (``load_kit`` does that)."""
    try:
        doc = parse_yaml(text, path)
    except BriefFileError as exc:
        raise BrandError(path, exc.problems) from None
    kit, problems = _check_data(doc, path)
    if problems:
        raise BrandError(path, problems)
    return kit


def dump_kit_text(kit: BrandKit) -> str:
    return dump_yaml(kit_to_data(kit), "# BriefWriter brand kit\n")


# --------------------------------------------------------------------------------------
# Loading a kit folder
# --------------------------------------------------------------------------------------


@dataclass
class LoadedKit:
    """A kit read from its folder, every file checked."""

    kit: BrandKit
    folder: Path
    fonts: list[FontInfo]
    logo_kind: str = ""  # "png", "jpeg", "svg" or "" without a logo

    def families(self) -> list[str]:
        return list(dict.fromkeys(f.family for f in self.fonts))

    def file(self, name: str) -> Path:
        return self.folder.joinpath(*name.split("/"))


def load_kit(folder: Path | None = None) -> LoadedKit | None:
    """The kit in ``folder`` (default ``brand_dir()``), ``None`` when there is none, or
    ``BrandError`` naming the file, line and field of every problem."""
    folder = Path(folder) if folder is not None else brand_dir()
    path = folder / BRAND_FILE
    if not os.path.lexists(path):
        return None
    try:
        data = read_regular_file(path, MAX_BRAND_FILE_BYTES)
    except FileTooLargeError:
        raise _error(path, "the file is too large to be a brand kit") from None
    except NotRegularFileError:
        raise _error(path, "this is not an ordinary file") from None
    except OSError as exc:
        raise _error(path, exc.strerror or "cannot be read") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _error(path, f"the file is not UTF-8 text (byte {exc.start})") from None
    kit = parse_kit_text(text, path)
    return _check_files(kit, folder, path)


def _check_files(kit: BrandKit, folder: Path, yaml_path: Path) -> LoadedKit:
    problems: list[Problem] = []
    fonts: list[FontInfo] = []
    for i, name in enumerate(kit.fonts):
        try:
            info = check_font_file(folder / name)
            fonts.append(FontInfo(name, info.family, info.weight, info.italic, info.format))
        except FontRefused as exc:
            problems.append(Problem(str(exc), ("fonts", "files", i), code="brand-font"))
    logo_kind = ""
    if kit.logo:
        try:
            logo_kind = read_logo_file(folder / kit.logo).kind
        except LogoRefused as exc:
            problems.append(Problem(str(exc), ("logo",), code="brand-logo"))
    families = {f.family for f in fonts} | set(BUNDLED_FAMILIES)
    for key, family in (("heading", kit.heading_font), ("body", kit.body_font)):
        if family and family not in families:
            problems.append(Problem(
                f"no font named '{family}': use one of {', '.join(sorted(families))}",
                ("fonts", key), code="brand-font"))
    if problems:
        raise BrandError(yaml_path, problems)
    return LoadedKit(kit, folder, fonts, logo_kind)


# --------------------------------------------------------------------------------------
# Saving: a new folder beside the kit, checked, then swapped in
# --------------------------------------------------------------------------------------


def save_kit(kit: BrandKit, sources: Mapping[str, Path] | None = None,
             folder: Path | None = None) -> LoadedKit:
    """Make ``kit`` the kit in ``folder`` (default ``brand_dir()``).

    The files ``kit`` names come from ``sources`` (kit name -> file, e.g. a font just chosen)
    or else from the current kit folder.  The new folder is built and checked beside the old
    one and swapped in only when all of it passed; ``BrandError`` leaves the old kit as it was.
    """
    folder = Path(folder) if folder is not None else brand_dir()
    sources = dict(sources or {})
    folder.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{folder.name}.saving-", dir=folder.parent))
    try:
        for name in ([kit.logo] if kit.logo else []) + list(kit.fonts):
            source = sources.get(name, folder.joinpath(*name.split("/")))
            target = stage.joinpath(*name.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                data = read_regular_file(source, MAX_FONT_BYTES)
            except (OSError, ValueError) as exc:
                raise _error(None, f"The kit's file {name} cannot be read: "
                                   f"{getattr(exc, 'strerror', None) or exc}") from None
            atomic_write_bytes(target, data, keep_backup=False)
        atomic_write_bytes(stage / BRAND_FILE, dump_kit_text(kit).encode("utf-8"),
                           keep_backup=False)
        loaded = load_kit(stage)
        assert loaded is not None
        swap_in_folder(stage, folder)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    loaded.folder = folder
    return loaded




def remove_kit(folder: Path | None = None) -> None:
    """Forget the kit (briefs then render with their own look only)."""
    folder = Path(folder) if folder is not None else brand_dir()
    if os.path.lexists(folder):
        shutil.rmtree(folder)


def add_font(kit: BrandKit, path: Path) -> tuple[FontInfo, str]:
    """Check the font file ``path`` and name it in ``kit``; returns the font and its name in
    the kit (the key to pass in ``save_kit``'s ``sources``)."""
    info = check_font_file(path)
    if info.file not in kit.fonts:
        if len(kit.fonts) >= MAX_FONTS:
            raise _error(None, f"A kit holds at most {MAX_FONTS} font files.")
        kit.fonts.append(info.file)
    return info, info.file


def logo_name(kind: str) -> str:
    """The logo's name in the kit for a logo of ``kind`` (``LogoImage.kind``)."""
    return {"jpeg": "logo.jpg"}.get(kind, f"logo.{kind}")


# --------------------------------------------------------------------------------------
# Sharing: a .brandkit file is a zip of the folder
# --------------------------------------------------------------------------------------


def export_kit(out: Path, folder: Path | None = None) -> Path:
    """Write the kit as the ``.brandkit`` file ``out`` (a zip of the checked folder)."""
    loaded = load_kit(folder)
    if loaded is None:
        raise _error(None, "There is no brand kit to export yet; save one first.")
    try:
        return write_zip(loaded.folder, Path(out), limits=KIT_LIMITS)
    except ArchiveRefused as exc:
        raise _error(Path(out), str(exc), code="brand-archive") from None


@dataclass
class StagedKit:
    """A ``.brandkit`` file unpacked and checked in a private folder, not yet in use."""

    loaded: LoadedKit
    source: Path

    def discard(self) -> None:
        shutil.rmtree(self.loaded.folder.parent, ignore_errors=True)


def open_kit_file(path: Path) -> StagedKit:
    """Unpack and check the ``.brandkit`` file ``path`` outside the kit folder; ``BrandError``
    (nothing kept) when any entry, the brand.yaml, a font or the logo is refused."""
    path = Path(path)
    work = Path(tempfile.mkdtemp(prefix="briefwriter-brandkit-"))
    try:
        try:
            extract_zip(path, work / "kit", limits=KIT_LIMITS)
        except ArchiveRefused as exc:
            raise _error(path, str(exc), code="brand-archive") from None
        except OSError as exc:
            raise _error(path, exc.strerror or str(exc), code="brand-archive") from None
        loaded = load_kit(work / "kit")
        if loaded is None:
            raise _error(path, f"this is not a brand kit: it holds no {BRAND_FILE}",
                         code="brand-archive")
        expected = {BRAND_FILE, *loaded.kit.fonts, *([loaded.kit.logo] if loaded.kit.logo else [])}
        extra = sorted(p.relative_to(work / "kit").as_posix()
                       for p in (work / "kit").rglob("*")
                       if p.is_file() and p.relative_to(work / "kit").as_posix() not in expected)
        if extra:
            raise _error(path, f"the kit holds a file it does not use: {extra[0]}",
                         code="brand-archive")
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return StagedKit(loaded, path)


def install_staged(staged: StagedKit, folder: Path | None = None) -> LoadedKit:
    """Replace the current kit with ``staged`` (then discarded); all or nothing."""
    try:
        sources = {name: staged.loaded.file(name) for name in
                   [*staged.loaded.kit.fonts, *([staged.loaded.kit.logo]
                                                if staged.loaded.kit.logo else [])]}
        return save_kit(staged.loaded.kit, sources, folder)
    finally:
        staged.discard()


def import_kit(path: Path, folder: Path | None = None) -> LoadedKit:
    return install_staged(open_kit_file(path), folder)


__all__ = ["BRAND_FILE", "BRAND_SUFFIX", "BUNDLED_FAMILIES", "FONT_SUFFIXES", "MAX_FONT_BYTES",
           "BrandError", "BrandKit", "FontInfo", "FontRefused", "LoadedKit", "StagedKit",
           "add_font", "brand_dir", "check_font_file", "export_kit", "house_look",
           "import_kit", "in_house_style", "install_staged", "kit_in_use", "load_kit",
           "logo_name", "open_kit_file", "read_kit_settings", "remove_kit", "save_kit"]
