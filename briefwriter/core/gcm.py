"""The Global Compact for Migration (A/RES/73/195) as a typed, searchable catalogue.

``load_gcm()`` reads the bundled ``resources/gcm.json`` once; ``Gcm.lookup`` turns the ways
people write references ("29(c)", "objective 13 action c", "principle f", "para 49",
"43(b)(ii)") into items, and ``Gcm.search`` finds items by words, accent- and
case-insensitively, fast enough per keystroke.  Every paragraph 1-54 can be cited: the
paragraphs outside the principles and objectives carry their text where it is known, and a
``status`` that says whether it is complete, checked, partial or unknown.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from briefwriter.core.errors import BriefWriterError, GcmReferenceError
from briefwriter.core.gcm_items import (
    FIRST_OBJECTIVE_PARAGRAPH,
    PRINCIPLES_PARAGRAPH,
    Action,
    GcmItem,
    GcmSource,
    Objective,
    Paragraph,
    Part,
    Principle,
    SearchHit,
    SourceNote,
    SubItem,
    labels_ref,
)
from briefwriter.core.gcm_search import WordIndex, fold
from briefwriter.paths import resources_dir

#: The item types live in ``core.gcm_items``; they are named here too, where most code looks.
__all__ = [
    "FIRST_OBJECTIVE_PARAGRAPH",
    "PRINCIPLES_PARAGRAPH",
    "Action",
    "Gcm",
    "GcmDataError",
    "GcmItem",
    "GcmSource",
    "Objective",
    "Paragraph",
    "Part",
    "Principle",
    "SearchHit",
    "SourceNote",
    "SubItem",
    "cite",
    "fold",
    "gcm_from_data",
    "load_gcm",
    "load_gcm_builtin",
    "load_gcm_file",
    "reload_gcm",
]



class GcmDataError(BriefWriterError):
    """The bundled GCM data file is missing or damaged (a broken installation)."""


def cite(item: GcmItem) -> str:
    """The citation to print for ``item``: "GCM para 29(c)", "GCM objective 13 (para 29)"."""
    return item.citation


# --------------------------------------------------------------------------------------
# References
# --------------------------------------------------------------------------------------

_FORMS_HELP = (
    "write an objective as '13' or 'objective 13', an action as '29(c)' or "
    "'objective 13 action c', a guiding principle as 'principle f' or '15(f)', any other "
    "paragraph as 'para 49', '49(c)' or '43(b)(ii)'"
)
_LABEL = r"(?:[a-z]|[ivx]+)"  # a sub-item's letter or roman numeral
_PAREN_LABEL = re.compile(r"\(([a-z]+)\)")
_REF_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("para-letter", r"(?:para )?(\d+)((?:\([a-z]+\))+)"),
        ("para-spaced", rf"(?:para )?(\d+)((?: {_LABEL})+)"),
        ("objective-citation", r"objective (\d+)\(para (\d+)\)"),
        ("objective-action", r"objective (\d+)(?:,? action|,)? ?\(?([a-z]+)\)?"),
        ("dotted", r"(\d+)\.\(?([a-z]+)\)?"),
        ("number", r"(\d+)"),
        ("objective", r"objective (\d+)"),
        ("para", r"para (\d+)"),
        ("principle", r"(?:guiding )?principle ?\(?([a-z]+)\)?"),
    )
)


def _normalise_ref(reference: str) -> str:
    text = unicodedata.normalize("NFKC", reference).casefold().strip()
    text = text.replace("¶", " para ").replace("§", " para ")
    text = re.sub(r"^gcm\b[\s,:]*", "", text)
    text = re.sub(r"(?<![a-z])(?:paragraphs?|paras?)(?![a-z])\.?", " para ", text)
    text = re.sub(r"(?<![a-z])(?:objectives?|obj)(?![a-z])\.?", " objective ", text)
    text = re.sub(r"\s*\(\s*", "(", text)
    text = re.sub(r"\s*\)", ")", text)
    text = re.sub(r"\s*\.\s*", ".", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(para|objective)\s?(?=\d)", r"\1 ", text)


# --------------------------------------------------------------------------------------
# Search
# --------------------------------------------------------------------------------------

class Gcm:
    """The whole Compact: its parts, paragraphs, principles, objectives and actions, with
    lookup and search."""

    def __init__(
        self,
        principles: tuple[Principle, ...],
        objectives: tuple[Objective, ...],
        source: GcmSource,
        summary: Mapping[str, Any],
        paragraphs: tuple[Paragraph, ...] = (),
        parts: tuple[Part, ...] = (),
        language: str = "en",
    ) -> None:
        self.language = language  # the language of the wording: "en" or an imported edition's
        self.principles = principles
        self.objectives = objectives
        self.source = source
        self.summary = summary
        self.paragraphs = paragraphs  # 1-14, 16 and 40-54, whether their text is known or not
        self.parts = parts
        self._paragraphs = {p.number: p for p in paragraphs}
        self._items: tuple[GcmItem, ...] = tuple(self._document_order())
        self._order = {id(item): i for i, item in enumerate(self._items)}
        self._words = WordIndex(self._items)

    def _document_order(self) -> Iterator[GcmItem]:
        before = [p for p in self.paragraphs if p.number < PRINCIPLES_PARAGRAPH]
        after = [p for p in self.paragraphs if p.number > PRINCIPLES_PARAGRAPH]
        for paragraph in before:
            yield from _with_sub_items(paragraph)
        yield from self.principles
        for paragraph in after:
            if paragraph.number > FIRST_OBJECTIVE_PARAGRAPH:
                break
            yield from _with_sub_items(paragraph)
        for objective in self.objectives:
            yield objective
            yield from objective.actions
        for paragraph in after:
            if paragraph.number > FIRST_OBJECTIVE_PARAGRAPH:
                yield from _with_sub_items(paragraph)

    # -- access ----------------------------------------------------------------------

    def cite(self, item: GcmItem) -> str:
        """``item``'s citation as this text's edition writes it: "GCM para 29(c)" in English,
        "PMM, par. 29 c)" in French, "ГДМ, п. 29 в)" in Russian."""
        if self.language == "en":
            return item.citation
        from briefwriter.core.gcm_import_parse import EDITIONS

        edition = EDITIONS[self.language]
        if isinstance(item, Objective):
            return edition.cite("objective", item.paragraph, number=item.number)
        if isinstance(item, Principle | Action):
            return edition.cite(item.kind, item.paragraph, (item.letter,))
        if isinstance(item, SubItem):
            return edition.cite(item.kind, item.paragraph, item.labels)
        return edition.cite(item.kind, item.paragraph)

    def items(self) -> Iterator[GcmItem]:
        """Every paragraph, sub-item, principle, objective and action, in the order of the
        resolution."""
        return iter(self._items)

    def part_items(self, part: Part) -> tuple[GcmItem, ...]:
        """The top-level items of ``part``: its paragraphs, principles or objectives."""
        if part.first == PRINCIPLES_PARAGRAPH:
            return self.principles
        if part.first == FIRST_OBJECTIVE_PARAGRAPH:
            return self.objectives
        return tuple(p for p in self.paragraphs if part.first <= p.number <= part.last)

    def part_of(self, paragraph: int) -> Part | None:
        return next((p for p in self.parts if p.first <= paragraph <= p.last), None)

    def paragraph(self, number: int) -> Paragraph:
        """A paragraph outside the principles and objectives (1-14, 16, 40-54)."""
        found = self._paragraphs.get(number)
        if found is not None:
            return found
        if number == PRINCIPLES_PARAGRAPH or self._objective_paragraph(number):
            raise GcmReferenceError(
                f"para {number}", "this paragraph holds guiding principles or an objective"
            )
        raise GcmReferenceError(f"para {number}", self._paragraph_range())

    def _objective_paragraph(self, number: int) -> bool:
        last = FIRST_OBJECTIVE_PARAGRAPH + len(self.objectives) - 1
        return FIRST_OBJECTIVE_PARAGRAPH <= number <= last

    def _paragraph_range(self) -> str:
        last = max([*self._paragraphs, FIRST_OBJECTIVE_PARAGRAPH + len(self.objectives) - 1])
        return f"the GCM has paragraphs 1 to {last}"

    def actions(self) -> Iterator[Action]:
        for objective in self.objectives:
            yield from objective.actions

    def principle(self, letter: str) -> Principle:
        wanted = letter.strip().strip("()").casefold()
        for principle in self.principles:
            if principle.letter == wanted:
                return principle
        raise GcmReferenceError(
            f"principle {letter}",
            f"the guiding principles are 15({self.principles[0].letter}) "
            f"to 15({self.principles[-1].letter})",
        )

    def objective(self, number: int) -> Objective:
        if 1 <= number <= len(self.objectives):
            return self.objectives[number - 1]
        raise GcmReferenceError(
            f"objective {number}", f"the GCM has objectives 1 to {len(self.objectives)}"
        )

    def action(self, paragraph: int, letter: str) -> Action:
        ref = f"{paragraph}({letter})"
        item = self._paragraph_item(paragraph, (letter.strip().strip("()").casefold(),), ref)
        if not isinstance(item, Action):
            what = "guiding principles" if paragraph == PRINCIPLES_PARAGRAPH else "sub-items"
            raise GcmReferenceError(ref, f"paragraph {paragraph} lists {what}, not actions")
        return item

    def _paragraph_item(self, paragraph: int, labels: tuple[str, ...], ref: str) -> GcmItem:
        """The item at paragraph ``paragraph`` and sub-item ``labels`` (empty: the paragraph)."""
        letter = labels[0] if labels else None
        if len(labels) > 1 and (
            paragraph == PRINCIPLES_PARAGRAPH or self._objective_paragraph(paragraph)
        ):
            what = "guiding principle" if paragraph == PRINCIPLES_PARAGRAPH else "action"
            raise GcmReferenceError(
                ref, f"{what} {labels_ref(paragraph, labels[:1])} has no sub-items"
            )
        if paragraph == PRINCIPLES_PARAGRAPH:
            if letter is None:
                raise GcmReferenceError(
                    ref, "paragraph 15 holds the ten guiding principles: name one, e.g. 15(f)"
                )
            try:
                return self.principle(letter)
            except GcmReferenceError as exc:
                raise GcmReferenceError(ref, exc.reason) from None
        if self._objective_paragraph(paragraph):
            objective = self.objectives[paragraph - FIRST_OBJECTIVE_PARAGRAPH]
            if letter is None:
                return objective
            try:
                return objective.action(letter)
            except GcmReferenceError as exc:
                raise GcmReferenceError(ref, exc.reason) from None
        found = self._paragraphs.get(paragraph)
        if found is None:
            raise GcmReferenceError(ref, self._paragraph_range())
        if not labels:
            return found
        try:
            return found.sub_item(labels, ref)
        except GcmReferenceError as exc:
            reason = exc.reason
        if len(labels) == 1 and 1 <= paragraph <= len(self.objectives):
            # "13(c)": most likely action (c) of objective 13, which is paragraph 29(c).
            reason += (
                f". Actions are cited by paragraph, and objective {paragraph} is paragraph "
                f"{paragraph + 16}: did you mean {paragraph + 16}({letter})?"
            )
        raise GcmReferenceError(ref, reason)

    def lookup(self, reference: str) -> GcmItem:
        """The item a reference names; raises ``GcmReferenceError`` with a helpful reason."""
        text = _normalise_ref(reference)
        if not text:
            raise GcmReferenceError(reference, "the reference is empty")
        for kind, pattern in _REF_PATTERNS:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            try:
                return self._resolve(kind, match.groups(), reference)
            except GcmReferenceError as exc:
                raise GcmReferenceError(reference, exc.reason) from None
        raise GcmReferenceError(reference, _FORMS_HELP)

    def _resolve(self, kind: str, groups: tuple[str, ...], ref: str) -> GcmItem:
        if kind == "principle":
            return self.principle(groups[0])
        if kind == "para-letter":
            labels = tuple(_PAREN_LABEL.findall(groups[1]))
            return self._paragraph_item(int(groups[0]), labels, ref)
        if kind == "para-spaced":
            return self._paragraph_item(int(groups[0]), tuple(groups[1].split()), ref)
        if kind == "para":
            return self._paragraph_item(int(groups[0]), (), ref)
        number = int(groups[0])
        if kind == "number" and number > len(self.objectives):
            # Objectives end at 23; a larger bare number can only be a paragraph ("49").
            return self._paragraph_item(number, (), ref)
        objective = self.objective(number)
        if kind == "objective-citation" and int(groups[1]) != objective.paragraph:
            raise GcmReferenceError(
                ref, f"objective {objective.number} is paragraph {objective.paragraph}"
            )
        if kind in ("objective-action", "dotted"):
            return objective.action(groups[1])
        return objective

    # -- search ----------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Items matching every word of ``text`` (ignoring case and accents), best first.

        A word matches a whole word or the start of one ("detain" also finds "detention").
        Matches in a title or name rank above the commitment, which ranks above action text;
        whole words above partial ones; more occurrences higher; ties keep the order of the
        resolution.  A query that is a reference ("29(c)") returns that item first.
        """
        if limit <= 0 or not text.strip():
            return []
        try:
            found = self.lookup(text)
        except GcmReferenceError:
            pass
        else:
            hits = [SearchHit(found, 1000, "ref")]
            if isinstance(found, Objective):
                hits += [SearchHit(a, 900, "ref") for a in found.actions]
            elif isinstance(found, Paragraph | SubItem):
                hits += [SearchHit(i, 900, "ref") for i in _sub_items(found.items)]
            return hits[:limit]
        ranked = self._words.rank(text, limit, lambda ref: self._order[id(self.lookup(ref))])
        return [SearchHit(self._items[i], score, field) for i, score, field in ranked]

def _sub_items(items: tuple[SubItem, ...]) -> Iterator[SubItem]:
    for item in items:
        yield item
        yield from _sub_items(item.items)


def _with_sub_items(paragraph: Paragraph) -> Iterator[GcmItem]:
    yield paragraph
    yield from _sub_items(paragraph.items)


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------


def _pick(data: Mapping[str, Any], *required: str, **optional: Any) -> dict[str, Any]:
    """The named fields of a JSON object; a missing required one raises KeyError."""
    picked = {name: data[name] for name in required}
    picked.update({name: data.get(name, default) for name, default in optional.items()})
    return picked


_ITEM_FIELDS = ("letter", "text", "verified", "verification", "source")


def _objective(o: Mapping[str, Any]) -> Objective:
    number, paragraph = int(o["number"]), int(o["paragraph"])
    actions = tuple(
        Action(
            objective=number,
            paragraph=paragraph,
            **_pick(a, *_ITEM_FIELDS, final_chars=None, section_heading=""),
        )
        for a in o["actions"]
    )
    fields = _pick(
        o,
        "title", "title_verified", "short_label", "commitment", "commitment_verified",
        "commitment_verification",
        title_source="", commitment_source="", commitment_final_chars=None,
    )  # fmt: skip
    return Objective(number=number, paragraph=paragraph, actions=actions, **fields)


def _sub_item(paragraph: int, parent: tuple[str, ...], verified: bool,
              source: str, s: Mapping[str, Any]) -> SubItem:
    labels = (*parent, str(s["label"]))
    return SubItem(
        paragraph=paragraph, labels=labels, text=s["text"], complete=bool(s["complete"]),
        verified=verified, source=source,
        items=tuple(_sub_item(paragraph, labels, verified, source, c) for c in s["items"]),
    )  # fmt: skip


def _paragraph(p: Mapping[str, Any]) -> Paragraph:
    number, verified, source = int(p["number"]), bool(p["verified"]), str(p["source"])
    return Paragraph(
        number=number, part=p["part"], text=p["text"], complete=bool(p["complete"]),
        verified=verified, source=source, note=p.get("note", ""), heading=p.get("heading", ""),
        items=tuple(_sub_item(number, (), verified, source, s) for s in p["items"]),
    )  # fmt: skip


def gcm_from_data(data: Mapping[str, Any]) -> Gcm:
    """Build the catalogue from the JSON written by ``scripts/build_gcm_data.py``."""
    principles = tuple(
        Principle(**_pick(p, "name", *_ITEM_FIELDS)) for p in data["guiding_principles"]
    )
    objectives = tuple(_objective(o) for o in data["objectives"])
    src = data["source"]
    notes = tuple(
        SourceNote(**_pick(n, "id", what="", url="", used_for="")) for n in src["sources"]
    )
    source = GcmSource(
        provenance=notes,
        **_pick(
            src, "citation", "symbol", "verification_policy",
            structure="", text_conventions="", not_retrieved="",
        ),
    )  # fmt: skip
    summary = dict(data["summary"])
    summary["action_counts"] = {int(k): v for k, v in summary["action_counts"].items()}
    paragraphs = tuple(_paragraph(p) for p in data["paragraphs"])
    parts = tuple(
        Part(**_pick(p, "id", "title", "first", "last", heading="")) for p in data["parts"]
    )
    return Gcm(principles, objectives, source, summary, paragraphs, parts)


def load_gcm_file(path: Path) -> Gcm:
    """Read a gcm.json file; a missing or damaged file raises ``GcmDataError``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return gcm_from_data(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise GcmDataError(
            f"The GCM text that comes with BriefWriter ({path.name}) could not be read "
            f"({type(exc).__name__}: {exc}). Please reinstall BriefWriter."
        ) from exc


@cache
def load_gcm_builtin() -> Gcm:
    """The GCM catalogue as bundled, without any imported official text."""
    return load_gcm_file(resources_dir() / "gcm.json")


def base_language(language: str) -> str:
    """``"fr-CA"`` -> ``"fr"``, ``"pt_BR"`` -> ``"pt"``; empty or odd values -> ``"en"``."""
    primary = language.replace("_", "-").split("-", 1)[0].strip().lower()
    return primary if primary.isalpha() else "en"


def load_gcm(language: str = "en") -> Gcm:
    """The GCM catalogue in use for a paper in ``language``.

    The bundled English text, with the wording and verified flags of the official English
    edition where the user has imported one (``core.gcm_import``).  For another language
    whose official edition has been imported, that edition's wording (its ``language``
    says which; an item not found in it keeps the English wording, flagged as unverified).
    Read once per process and again only when an imported file changes (one ``stat`` per
    call), so a render worker started before an import quotes the new text too.
    """
    from briefwriter.core.gcm_import_store import edition_stamp

    english = edition_stamp("en")
    wanted = base_language(language)
    if wanted != "en":
        stamp = edition_stamp(wanted)
        if stamp is not None:
            return _load_gcm(english, wanted, stamp)
    return _load_gcm(english)


@cache
def _load_gcm(english: tuple[int, int] | None, language: str = "en",
              stamp: tuple[int, int] | None = None) -> Gcm:
    from briefwriter.core.gcm_import_store import load_edition, overlay_official

    wanted = [load_edition("en") if english is not None else None]
    if language != "en":
        wanted.append(load_edition(language))
    editions = [e for e in wanted if e is not None]
    if not editions:
        return load_gcm_builtin()
    path = resources_dir() / "gcm.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        for edition in editions:
            overlay_official(data, edition, unfound_unverified=edition["language"] != "en")
        gcm = gcm_from_data(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return load_gcm_builtin()  # a damaged import is ignored; the bundled text still works
    gcm.language = editions[-1]["language"]
    return gcm


def reload_gcm() -> None:
    """Forget the cached catalogue, so the next ``load_gcm`` reads it anew."""
    _load_gcm.cache_clear()
