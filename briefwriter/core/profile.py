"""The organisation profile: who we are (the brief's ``Organisation``), saved once in the
user's data folder and offered for every new brief; a partner's profile read from the
``.orgprofile`` file they send.

A profile is a folder: ``profile.yaml`` (the organisation's fields, as a brief holds them,
with ``logo: logo.png``) and the logo beside it.  Saving builds the new folder beside the
old one, checks it and swaps it in (``core.storage``), so a failed save changes nothing.
A ``.orgprofile`` file is a zip of that folder, written and read through ``core.archive``
with small limits; a partner's file is untrusted: every field is checked for its type and
length with the file, line and field named, and the logo passes the one logo reader
(``core.logo``).
"""

from __future__ import annotations

import copy
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefwriter.core.archive import ArchiveLimits, ArchiveRefused, extract_zip, write_zip
from briefwriter.core.atomic_write import atomic_write_bytes, swap_in_folder
from briefwriter.core.brand import logo_name
from briefwriter.core.errors import BriefFileError, BriefWriterError, Problem
from briefwriter.core.logo import MAX_LOGO_BYTES, LogoImage, LogoRefused, read_logo_file
from briefwriter.core.model import (
    Brief,
    Contact,
    FieldPath,
    Organisation,
    field_types,
    to_data,
)
from briefwriter.core.storage import FileTooLargeError, NotRegularFileError, read_regular_file
from briefwriter.core.yamlio import ParsedYaml, dump_yaml, parse_yaml

PROFILE_DIR_ENV = "BRIEFWRITER_PROFILE_DIR"
PROFILE_FILE = "profile.yaml"
PROFILE_SUFFIX = ".orgprofile"
PROFILE_VERSION = 1
MAX_PROFILE_FILE_BYTES = 64 * 1024
MAX_LINE_TEXT = 500
"""The longest name, country or contact detail a profile may hold."""
MAX_DESCRIPTION = 10_000
"""The longest description (Markdown)."""
PROFILE_LIMITS = ArchiveLimits(max_files=4, max_total_bytes=MAX_LOGO_BYTES + MAX_PROFILE_FILE_BYTES,
                               max_file_bytes=MAX_LOGO_BYTES,
                               max_archive_bytes=MAX_LOGO_BYTES + MAX_PROFILE_FILE_BYTES)
LOGO_NAMES = ("logo.png", "logo.jpg", "logo.svg")


def profile_dir() -> Path:
    """The profile's folder: ``$BRIEFWRITER_PROFILE_DIR`` when set (tests), else ``profile``
    in the user's data folder (beside the user's templates and brand kit)."""
    override = os.environ.get(PROFILE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("BriefWriter", appauthor=False) / "profile"


class ProfileError(BriefWriterError):
    """A profile (``profile.yaml``, its logo, a ``.orgprofile`` file) that cannot be used;
    ``problems`` say where (file, line, field) and why.  Nothing has been changed."""

    def __init__(self, path: Path | None, problems: list[Problem], shown: str = "") -> None:
        super().__init__()
        self.path = path
        self.problems = problems
        #: how the file is named to people ("partner.orgprofile/profile.yaml")
        self.shown = shown or (path.name if path is not None else "")

    def __str__(self) -> str:
        return "\n".join(", ".join(part for part in (self.shown, p.where()) if part)
                         + (": " if self.shown or p.where() else "") + p.message
                         for p in self.problems)


def _error(path: Path | None, message: str, field_path: FieldPath = (),
           line: int | None = None) -> ProfileError:
    return ProfileError(path, [Problem(message, field_path, line, code="profile")])


# --------------------------------------------------------------------------------------
# profile.yaml: the organisation's fields, each checked with its line
# --------------------------------------------------------------------------------------


def profile_to_data(org: Organisation) -> dict[str, Any]:
    data = to_data(org)
    for key in [k for k in data if k not in field_types(Organisation)]:
        del data[key]  # what the model does not know is not sent to partners
    data["contact"] = {k: v for k, v in data["contact"].items() if k in field_types(Contact)}
    return {"profile_version": PROFILE_VERSION, "organisation": data}


def dump_profile_text(org: Organisation) -> str:
    return dump_yaml(profile_to_data(org), "# BriefWriter organisation profile\n")


def _check_data(doc: ParsedYaml) -> tuple[Organisation, list[Problem]]:
    problems: list[Problem] = []

    def problem(message: str, where: FieldPath) -> None:
        problems.append(Problem(message, where, doc.line_of(where), code="profile-field"))

    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("organisation"), dict):
        problem("a profile holds named fields: profile_version and organisation", ())
        return Organisation(), problems
    version = data.get("profile_version", PROFILE_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > PROFILE_VERSION:
        problem(f"this profile was made by a newer BriefWriter (profile version {version!r}; "
                f"this version reads up to {PROFILE_VERSION})", ("profile_version",))
        return Organisation(), problems
    for key in data:
        if key not in ("profile_version", "organisation"):
            problem(f"unknown field '{key}'; a profile has profile_version and organisation",
                    (str(key),))

    def fields(cls: type, values: dict[str, Any], where: FieldPath) -> Any:
        obj = cls()
        known = field_types(cls)
        for key, value in values.items():
            at: FieldPath = (*where, str(key))
            if key not in known:
                problem(f"unknown field '{key}'; expected one of {', '.join(known)}", at)
                continue
            kind = known[key]
            if value is None:
                continue
            if kind is bool:
                if not isinstance(value, bool):
                    problem("expected true or false here", at)
                else:
                    setattr(obj, key, value)
            elif kind is str:
                text = value if isinstance(value, str) else doc.plain_text.get(at)
                if text is None:
                    problem("expected text here", at)
                    continue
                limit = MAX_DESCRIPTION if key == "description" else MAX_LINE_TEXT
                if len(text) > limit:
                    problem(f"longer than {limit} characters", at)
                    continue
                setattr(obj, key, text)
            elif kind is Contact:
                if not isinstance(value, dict):
                    problem("expected named fields here (name, email, phone, website, address)",
                            at)
                else:
                    setattr(obj, key, fields(Contact, value, at))
        return obj

    org: Organisation = fields(Organisation, data["organisation"], ("organisation",))
    if org.logo and org.logo not in LOGO_NAMES:
        problem(f"the logo is a file beside {PROFILE_FILE}: {', '.join(LOGO_NAMES)}",
                ("organisation", "logo"))
    return org, problems


def parse_profile_text(text: str, path: Path | None = None) -> Organisation:
    """The organisation ``text`` (a profile.yaml) describes, or ``ProfileError`` listing
    every problem with its line; the logo is not read here."""
    try:
        doc = parse_yaml(text, path)
    except BriefFileError as exc:
        raise ProfileError(path, exc.problems) from None
    org, problems = _check_data(doc)
    if problems:
        raise ProfileError(path, problems)
    return org


# --------------------------------------------------------------------------------------
# A profile folder
# --------------------------------------------------------------------------------------


@dataclass
class Profile:
    """An organisation profile read from ``folder``, every file checked."""

    organisation: Organisation
    folder: Path
    logo: LogoImage | None = None

    def logo_file(self) -> Path | None:
        """The logo's file, or ``None`` when the profile has none."""
        return self.folder / self.organisation.logo if self.organisation.logo else None


def _read_yaml(path: Path) -> Organisation:
    try:
        data = read_regular_file(path, MAX_PROFILE_FILE_BYTES)
    except FileTooLargeError:
        raise _error(path, f"the file is larger than {MAX_PROFILE_FILE_BYTES // 1024} KB: "
                           "too large to be a profile") from None
    except NotRegularFileError:
        raise _error(path, "this is not an ordinary file") from None
    except OSError as exc:
        raise _error(path, exc.strerror or "cannot be read") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _error(path, f"the file is not UTF-8 text (byte {exc.start})") from None
    return parse_profile_text(text, path)


def read_profile_settings(folder: Path | None = None) -> Organisation | None:
    """The saved organisation alone (a small file; the logo is not read), ``None`` without
    a profile; ``ProfileError`` when it cannot be read."""
    folder = Path(folder) if folder is not None else profile_dir()
    path = folder / PROFILE_FILE
    if not os.path.lexists(path):
        return None
    return _read_yaml(path)


def load_profile(folder: Path | None = None) -> Profile | None:
    """The profile in ``folder`` (default ``profile_dir()``), ``None`` when there is none, or
    ``ProfileError`` naming the file, line and field of every problem."""
    folder = Path(folder) if folder is not None else profile_dir()
    path = folder / PROFILE_FILE
    if not os.path.lexists(path):
        return None
    org = _read_yaml(path)
    logo = None
    if org.logo:
        try:
            logo = read_logo_file(folder / org.logo)
        except LogoRefused as exc:
            raise ProfileError(path, [Problem(str(exc), ("organisation", "logo"),
                                              code="profile-logo")]) from None
    return Profile(org, folder, logo)


def save_profile(org: Organisation, logo_source: Path | None = None,
                 folder: Path | None = None) -> Profile:
    """Make ``org`` the saved profile in ``folder`` (default ``profile_dir()``).

    The logo is read from ``logo_source`` (a file chosen, a brief's logo) when given, else
    kept from the current profile when ``org.logo`` names it; ``org.logo`` is set to the
    logo's name in the profile.  The new folder is built and checked beside the old one and
    swapped in only when all of it passed; ``ProfileError`` leaves the old profile as it was.
    """
    folder = Path(folder) if folder is not None else profile_dir()
    org = copy.deepcopy(org)
    org.extra = {}
    org.contact.extra = {}
    if logo_source is None and org.logo:
        logo_source = folder / org.logo if org.logo in LOGO_NAMES else None
    logo = None
    if logo_source is not None:
        try:
            logo = read_logo_file(logo_source)
        except LogoRefused as exc:
            raise ProfileError(None, [Problem(str(exc), ("organisation", "logo"),
                                              code="profile-logo")]) from None
    org.logo = logo_name(logo.kind) if logo is not None else ""
    folder.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=f".{folder.name}.saving-", dir=folder.parent))
    try:
        if logo is not None:
            atomic_write_bytes(stage / org.logo, logo.data, keep_backup=False)
        atomic_write_bytes(stage / PROFILE_FILE, dump_profile_text(org).encode("utf-8"),
                           keep_backup=False)
        saved = load_profile(stage)
        assert saved is not None
        swap_in_folder(stage, folder)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    saved.folder = folder
    return saved


def with_profile(brief: Brief, folder: Path | None = None) -> tuple[Brief, Path | None]:
    """``brief`` (a new one) with the saved organisation filled in, and the folder its logo
    is read from until the brief is first saved (``None`` without a logo).  Unchanged when
    there is no profile or it cannot be read (Tools ▸ Organisation Profile… says why)."""
    folder = Path(folder) if folder is not None else profile_dir()
    try:
        org = read_profile_settings(folder)
    except ProfileError:
        return brief, None
    if org is None:
        return brief, None
    brief.organisation = org
    return brief, (folder if org.logo else None)


def remove_profile(folder: Path | None = None) -> None:
    """Forget the saved profile (new briefs then start empty)."""
    folder = Path(folder) if folder is not None else profile_dir()
    if os.path.lexists(folder):
        shutil.rmtree(folder)


# --------------------------------------------------------------------------------------
# Sharing: a .orgprofile file is a zip of the folder
# --------------------------------------------------------------------------------------


def export_profile(out: Path, folder: Path | None = None) -> Path:
    """Write the saved profile as the ``.orgprofile`` file ``out``."""
    profile = load_profile(folder)
    if profile is None:
        raise _error(None, "There is no organisation profile to export yet; save one first.")
    try:
        return write_zip(profile.folder, Path(out), limits=PROFILE_LIMITS)
    except ArchiveRefused as exc:
        raise _error(Path(out), str(exc)) from None


@dataclass
class StagedProfile:
    """A ``.orgprofile`` file unpacked and checked in a private folder, not yet used."""

    profile: Profile
    source: Path

    def discard(self) -> None:
        shutil.rmtree(self.profile.folder.parent, ignore_errors=True)


def open_profile_file(path: Path) -> StagedProfile:
    """Unpack and check the ``.orgprofile`` file ``path`` in a private folder; ``ProfileError``
    (nothing kept) when an entry, the profile.yaml or the logo is refused.  Problems inside
    name the file as ``NAME.orgprofile/profile.yaml`` with the line and field."""
    path = Path(path)
    work = Path(tempfile.mkdtemp(prefix="briefwriter-orgprofile-"))
    inner = work / "profile"
    try:
        try:
            extract_zip(path, inner, limits=PROFILE_LIMITS)
        except ArchiveRefused as exc:
            raise _error(path, str(exc)) from None
        except OSError as exc:
            raise _error(path, exc.strerror or str(exc)) from None
        if not (inner / PROFILE_FILE).is_file():
            raise _error(path, f"this is not an organisation profile: it holds no {PROFILE_FILE}")
        try:
            profile = load_profile(inner)
        except ProfileError as exc:
            raise ProfileError(path, exc.problems, f"{path.name}/{PROFILE_FILE}") from None
        assert profile is not None
        expected = {PROFILE_FILE, *([profile.organisation.logo] if profile.organisation.logo
                                    else [])}
        extra = sorted(p.relative_to(inner).as_posix() for p in inner.rglob("*")
                       if p.is_file() and p.relative_to(inner).as_posix() not in expected)
        if extra:
            raise _error(path, f"the profile holds a file it does not use: {extra[0]}")
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return StagedProfile(profile, path)


def install_staged(staged: StagedProfile, folder: Path | None = None) -> Profile:
    """Make ``staged`` the saved profile (then discarded); all or nothing."""
    try:
        return save_profile(staged.profile.organisation, staged.profile.logo_file(), folder)
    finally:
        staged.discard()


__all__ = ["LOGO_NAMES", "PROFILE_FILE", "PROFILE_SUFFIX", "Profile", "ProfileError",
           "StagedProfile", "dump_profile_text", "export_profile", "install_staged",
           "load_profile", "open_profile_file", "parse_profile_text",
           "profile_dir", "profile_to_data", "read_profile_settings", "remove_profile",
           "save_profile", "with_profile"]
