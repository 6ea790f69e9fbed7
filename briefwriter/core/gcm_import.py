"""Check the built-in GCM text against the official PDF of A/RES/73/195 and keep the result.

``import_official_pdf(path)`` reads an edition the user downloaded (``core.gcm_import_text``),
recognises the resolution and its language, finds every part of the Compact
(``core.gcm_import_parse``), compares each with the built-in text ignoring spacing, line
breaks, quote and dash styles, and keeps what it found (``core.gcm_import_store``): items
that match become verified, items that differ take the official wording and are listed in
the ``ImportReport``.  Nothing is guessed: an item it could not find keeps its flags.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefwriter.core.gcm import Gcm, fold, load_gcm, load_gcm_builtin, reload_gcm
from briefwriter.core.gcm_import_parse import (
    EDITIONS,
    FIRST_OBJECTIVE,
    PRINCIPLES,
    Compact,
    Edition,
    cjk_punctuation,
    commitment_words,
    find_annex,
    logical_rtl_lines,
    parse_compact,
)
from briefwriter.core.gcm_import_store import FORMAT, LANGUAGE_NAMES, save_edition
from briefwriter.core.gcm_import_text import (
    SYMBOL,
    GcmImportError,
    read_pdf_lines,
)

__all__ = ["Difference", "GcmImportError", "ImportReport", "compare_form",
           "import_official_pdf"]

_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´“”„‟″«»\""})
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u00ad-]")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)\]'])")
_SPACE_AFTER = re.compile(r"([(\[])\s+")


def compare_form(text: str) -> str:
    """``text`` as compared: case, accents, spacing, line breaks, quotes and dashes ignored."""
    text = fold(text).translate(_QUOTES).replace("…", "...")
    text = _DASHES.sub("-", text)
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = _SPACE_BEFORE.sub(r"\1", text)
    return _SPACE_AFTER.sub(r"\1", text)


@dataclass(frozen=True)
class Difference:
    """An item whose built-in wording differed from the official text."""

    ref: str  # "29(e)", "objective 13 (title)", "para 49"
    phrase: str  # the official words where they first differ
    more: int = 0  # how many other places differ

    def describe(self) -> str:
        more = f" (and {self.more} more change{'s' if self.more > 1 else ''})" if self.more else ""
        return f"{self.ref}: '{self.phrase}'{more} — built-in text differed"


@dataclass
class ImportReport:
    """What an import found and changed."""

    language: str
    file: str
    sha256: str
    expected: int = 0
    matched: list[str] = field(default_factory=list)  # now verified, wording unchanged
    differing: list[Difference] = field(default_factory=list)  # official wording taken
    added: list[str] = field(default_factory=list)  # text was not (fully) known before
    missing: list[str] = field(default_factory=list)  # not found: flags kept
    stored: Path | None = None

    @property
    def language_name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)

    @property
    def found(self) -> int:
        return len(self.matched) + len(self.differing) + len(self.added)

    def summary(self) -> str:
        if self.language != "en":
            return (f"{self.file}: official {self.language_name} text of {SYMBOL}. Found "
                    f"{self.found} of {self.expected} items; they are kept as the "
                    f"{self.language_name} edition of the Compact. {len(self.missing)} not "
                    "found.")
        return (f"{self.file}: official {self.language_name} text of {SYMBOL}. "
                f"Found {self.found} of {self.expected} items: {len(self.matched)} matched "
                f"the built-in text, {len(self.differing)} differed and now use the official "
                f"wording, {len(self.added)} were not in the built-in text and were added; "
                f"{len(self.missing)} not found keep their flags.")


# --------------------------------------------------------------------------------------
# Recognising the document
# --------------------------------------------------------------------------------------


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", fold(text))


def recognise(front: str, lines: list[str], path: Path) -> Edition:
    """The edition of A/RES/73/195 these pages are; ``GcmImportError`` if they are not it."""
    head = _squeeze(front + " " + " ".join(lines[:120]))
    if _squeeze(SYMBOL) not in head:
        raise GcmImportError(
            f"{path.name} cannot be used: it is not resolution {SYMBOL} (its first pages do "
            f"not carry that symbol). Download {SYMBOL} from the UN Official Document System.")
    for edition in EDITIONS.values():
        if _squeeze(edition.title) in head and find_annex(lines, edition) is not None:
            return edition
    raise GcmImportError(
        f"{path.name} cannot be used: it carries the symbol {SYMBOL} but neither the title "
        "nor the annex of the Global Compact could be found in any of the six UN languages.")


# --------------------------------------------------------------------------------------
# What was found, item by item
# --------------------------------------------------------------------------------------


def _print_items(found: Compact, paragraph: int) -> list[dict[str, Any]]:
    top: list[dict[str, Any]] = []
    for labels, text in found.sub_items(paragraph):
        node = {"label": labels[-1], "text": text, "items": []}
        if len(labels) == 1:
            top.append(node)
        elif top and top[-1]["label"] == labels[0]:
            top[-1]["items"].append(node)
    return top


def _full(text: str, items: list[dict[str, Any]]) -> str:
    parts = [text, *(f"({i['label']}) {_full(i['text'], i['items'])}" for i in items)]
    return " ".join(p for p in parts if p).strip()


def edition_data(found: Compact) -> dict[str, Any]:
    """What was found, in the stored form (keyed by the built-in data's letters)."""
    principles = {}
    for (paragraph, labels), text in found.items.items():
        if paragraph == PRINCIPLES and len(labels) == 1:
            name, colon, rest = text.partition(":")
            if colon and rest.strip():
                principles[labels[0]] = {"name": name.strip(), "text": rest.strip()}
    objectives: dict[str, Any] = {}
    for number in range(1, 24):
        paragraph = number + 16
        entry: dict[str, Any] = {"actions": {}}
        if found.titles.get(number):
            entry["title"] = found.titles[number]
        if found.paragraphs.get(paragraph):
            entry["commitment"] = commitment_words(found.paragraphs[paragraph])
        for labels, text in found.sub_items(paragraph):
            if len(labels) == 1 and text:
                entry["actions"][labels[0]] = text
        objectives[str(number)] = entry
    paragraphs = {}
    for number, text in found.paragraphs.items():
        if number == PRINCIPLES or FIRST_OBJECTIVE <= number <= FIRST_OBJECTIVE + 22:
            continue
        items = _print_items(found, number)
        if text or items:
            paragraphs[str(number)] = {"text": text, "items": items}
    data = {"principles": principles, "objectives": objectives, "paragraphs": paragraphs}
    return _texts_mapped(data, cjk_punctuation) if found.language == "zh" else data


def _texts_mapped(value: Any, change: Callable[[str], str]) -> Any:
    """``value`` (the stored form) with ``change`` applied to every text in it."""
    if isinstance(value, str):
        return change(value)
    if isinstance(value, dict):
        return {key: _texts_mapped(item, change) for key, item in value.items()}
    if isinstance(value, list):
        return [_texts_mapped(item, change) for item in value]
    return value


def _units(gcm: Gcm, data: dict[str, Any]) -> list[tuple[str, str | None, bool, str | None]]:
    """(reference, built-in text, built-in text complete, official text) for every item."""
    units: list[tuple[str, str | None, bool, str | None]] = []
    for p in gcm.principles:
        got = data["principles"].get(p.letter)
        official = f"{got['name']}: {got['text']}" if got else None
        units.append((p.ref, f"{p.name}: {p.text}", True, official))
    for o in gcm.objectives:
        got = data["objectives"].get(str(o.number), {})
        units.append((f"objective {o.number} (title)", o.title, True, got.get("title")))
        units.append((f"objective {o.number} (commitment, para {o.paragraph})", o.commitment,
                      True, got.get("commitment")))
        for a in o.actions:
            units.append((a.ref, a.text, True, got.get("actions", {}).get(a.letter)))
    for para in gcm.paragraphs:
        got = data["paragraphs"].get(str(para.number))
        official = _full(got["text"], got["items"]) if got else None
        known = para.full_text if para.text is not None else None
        complete = para.complete and all(i.complete for i in para.items)
        units.append((para.ref, known, complete, official))
    return units


def difference(ref: str, builtin: str, official: str) -> Difference:
    """The official words where ``builtin`` differs from ``official`` (a few words' context
    when words were only left out)."""
    old = compare_form(builtin).split()
    new_words = official.split()
    new = [compare_form(w) for w in new_words]
    changes = [op for op in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
               if op[0] != "equal"]
    if not changes:
        return Difference(ref, official[:60])
    _tag, _i1, _i2, j1, j2 = changes[0]
    if j2 - j1 < 3:  # too short to find: widen to a few words around the change
        j1, j2 = max(0, j1 - 2), min(len(new_words), max(j2, j1 + 1) + 2)
    phrase = " ".join(new_words[j1:j2])
    if len(phrase) > 90:
        phrase = phrase[:88].rstrip() + "…"
    return Difference(ref, phrase, len(changes) - 1)


def compare(gcm: Gcm, data: dict[str, Any], report: ImportReport) -> None:
    """Sort every item into matched, differing, added or missing (another language's edition
    is not compared with the English text: what it has is added as that edition)."""
    for ref, builtin, complete, official in _units(gcm, data):
        report.expected += 1
        if official is None:
            report.missing.append(ref)
        elif builtin is None or not complete or report.language != "en":
            report.added.append(ref)
        elif compare_form(builtin) == compare_form(official):
            report.matched.append(ref)
        else:
            report.differing.append(difference(ref, builtin, official))


def _vocabulary(gcm: Gcm, lines: list[str]) -> set[str]:
    words: set[str] = set()
    for item in gcm.items():
        words.update(re.findall(r"[\w-]+", fold(getattr(item, "text", None) or "")))
    for line in lines:
        words.update(re.findall(r"[\w-]+", fold(line))[1:-1])  # not the broken ends
    return words


def import_official_pdf(path: str | Path, *, store: bool = True) -> ImportReport:
    """Read an official edition of A/RES/73/195, compare it with the built-in text and (when
    ``store``) keep it for ``load_gcm``.  Raises ``GcmImportError`` for a file that cannot be
    used; then nothing is stored and the text in use stays as it was."""
    path = Path(path)
    titles = tuple(e.title for e in EDITIONS.values())
    pdf = read_pdf_lines(path, titles)
    lines = pdf.lines()
    edition = recognise(pdf.front, lines, path)
    if edition.language == "ar":
        lines = logical_rtl_lines(lines)
    start = find_annex(lines, edition) or 0
    builtin = load_gcm_builtin()
    annex = lines[start:]
    found = parse_compact(annex, edition, _vocabulary(builtin, annex))
    data = edition_data(found)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    report = ImportReport(edition.language, path.name, sha)
    compare(builtin, data, report)
    if report.found < report.expected // 4:
        raise GcmImportError(
            f"{path.name} cannot be used: it is {SYMBOL}, but only {report.found} of the "
            f"{report.expected} parts of the Compact could be read from it.")
    if store:
        entry: dict[str, Any] = {
            "format": FORMAT, "symbol": SYMBOL, "language": edition.language,
            "file": path.name, "sha256": sha,
            "imported": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "found": report.found, "expected": report.expected,
            "differing": [d.describe() for d in report.differing],
            "missing": report.missing, **data,
        }
        report.stored = save_edition(entry)
        reload_gcm()
    return report


def text_in_use(language: str = "en") -> str:
    """One line saying which text of the Compact the app quotes."""
    from briefwriter.core.gcm_import_store import edition_info

    info = edition_info(language)
    if info is None:
        gcm = load_gcm()
        unverified = sum(1 for i in gcm.items() if i.status != "verified")
        return (f"built-in English text ({unverified} items not yet verified against the "
                "official document)")
    return info.describe()
