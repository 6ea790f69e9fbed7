"""Where an imported official text of the Compact is kept, and how it overlays the built-in one.

One JSON file per language edition in the user's data folder (``BRIEFWRITER_GCM_DIR`` when
set), with the source file's name and SHA-256 and the date of the import.
``overlay_official(data, edition)`` puts the official wording and the ``verified`` flags of
the items found into the built-in data (the dict read from ``resources/gcm.json``); items the
importer did not find keep their text and flags.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefwriter.core.atomic_write import atomic_write_bytes

GCM_DIR_ENV = "BRIEFWRITER_GCM_DIR"
FORMAT = 1
#: The languages an edition can be imported in, as the UN lists them.
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")
LANGUAGE_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French",
                  "ru": "Russian", "es": "Spanish"}


def gcm_dir() -> Path:
    """The folder holding imported editions: ``$BRIEFWRITER_GCM_DIR`` or the user data folder."""
    override = os.environ.get(GCM_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_path  # only here: tests and portable use set the variable

    return user_data_path("BriefWriter", appauthor=False) / "gcm"


def edition_path(language: str) -> Path:
    return gcm_dir() / f"official-{language}.json"


def edition_stamp(language: str) -> tuple[int, int] | None:
    """(modification time, size) of the stored edition, None when there is none: what
    ``load_gcm`` checks to notice a new import, also in another process."""
    try:
        info = edition_path(language).stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


@dataclass(frozen=True)
class EditionInfo:
    """Which official edition is in use: its language, file, checksum and import date."""

    language: str
    file: str
    sha256: str
    imported: str  # ISO date and time, UTC
    found: int
    expected: int

    @property
    def language_name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)

    def describe(self) -> str:
        return (f"official {self.language_name} text of A/RES/73/195, imported on "
                f"{self.imported[:10]} from {self.file} (SHA-256 {self.sha256[:16]}…)")


def save_edition(edition: dict[str, Any]) -> Path:
    """Keep an imported edition (atomically, replacing an earlier import of its language)."""
    path = edition_path(str(edition["language"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(edition, ensure_ascii=False, indent=1, sort_keys=True)
    atomic_write_bytes(path, payload.encode("utf-8"), keep_backup=False)
    return path


def load_edition(language: str) -> dict[str, Any] | None:
    """The stored edition in ``language``; None when there is none or it cannot be read
    (a damaged file is ignored: the built-in text is then used, as before any import)."""
    path = edition_path(language)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("language") != language or not isinstance(data.get("objectives"), dict):
        return None
    return data


def edition_info(language: str = "en") -> EditionInfo | None:
    data = load_edition(language)
    if data is None:
        return None
    return EditionInfo(
        language=language, file=str(data.get("file", "")), sha256=str(data.get("sha256", "")),
        imported=str(data.get("imported", "")), found=int(data.get("found", 0)),
        expected=int(data.get("expected", 0)),
    )


def imported_languages() -> list[str]:
    return [lang for lang in LANGUAGES if edition_info(lang) is not None]


def remove_edition(language: str) -> bool:
    """Forget an imported edition (the built-in text is used again); False if there was none."""
    try:
        edition_path(language).unlink()
    except FileNotFoundError:
        return False
    return True


def _source(edition: dict[str, Any]) -> str:
    return (f"A/RES/73/195, official {LANGUAGE_NAMES.get(edition['language'], '')} PDF "
            f"{edition.get('file', '')} imported {str(edition.get('imported', ''))[:10]} "
            f"(SHA-256 {str(edition.get('sha256', ''))[:16]})")


def _items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"label": i["label"], "text": i["text"], "complete": True,
             "items": _items(i.get("items", []))} for i in items]


def overlay_official(data: dict[str, Any], edition: dict[str, Any], *,
                     unfound_unverified: bool = False) -> dict[str, Any]:
    """``data`` (gcm.json, changed in place and returned) with the wording of ``edition``.

    ``unfound_unverified``: an item the edition lacks is flagged as not verified (its
    English wording is not the edition's language); otherwise it keeps its flags.
    """
    source = _source(edition)
    official = {"verified": True, "verification": "full", "source": source}
    other = {"verified": False, "verification": "none"}
    principles = edition.get("principles", {})
    for p in data["guiding_principles"]:
        found = principles.get(p["letter"])
        if found:
            p.update(official, name=found["name"], text=found["text"])
        elif unfound_unverified:
            p.update(other)
    objectives = edition.get("objectives", {})
    for o in data["objectives"]:
        found = objectives.get(str(o["number"]), {})
        if found.get("title"):
            o.update(title=found["title"], title_verified=True, title_source=source)
        elif unfound_unverified:
            o.update(title_verified=False)
        if found.get("commitment"):
            o.update(commitment=found["commitment"], commitment_verified=True,
                     commitment_verification="full", commitment_source=source,
                     commitment_final_chars=None)
        elif unfound_unverified:
            o.update(commitment_verified=False, commitment_verification="none")
        actions = found.get("actions", {})
        for a in o["actions"]:
            if actions.get(a["letter"]):
                a.update(official, text=actions[a["letter"]], final_chars=None)
            elif unfound_unverified:
                a.update(other)
    paragraphs = edition.get("paragraphs", {})
    for p in data["paragraphs"]:
        found = paragraphs.get(str(p["number"]))
        if found:
            p.update(text=found["text"], complete=True, verified=True, source=source,
                     items=_items(found.get("items", [])))
        elif unfound_unverified and p["text"] is not None:
            p.update(verified=False)
    _recount(data)
    return data


def _recount(data: dict[str, Any]) -> None:
    """The summary's verified counts, for the text as it now is."""
    actions = [a for o in data["objectives"] for a in o["actions"]]
    summary = data["summary"]
    summary["actions_verified"] = sum(1 for a in actions if a["verified"])
    summary["actions_partially_verified"] = sum(
        1 for a in actions if not a["verified"] and a["verification"] == "partial")
    summary["actions_unverified"] = (len(actions) - summary["actions_verified"]
                                     - summary["actions_partially_verified"])
    objectives = data["objectives"]
    summary["titles_verified"] = sum(1 for o in objectives if o["title_verified"])
    summary["commitments_verified"] = sum(1 for o in objectives if o["commitment_verified"])
    summary["commitments_partially_verified"] = sum(
        1 for o in objectives
        if not o["commitment_verified"] and o["commitment_verification"] == "partial")
    summary["guiding_principles_verified"] = sum(
        1 for p in data["guiding_principles"] if p["verified"])
