"""The items of the Global Compact for Migration: principles, objectives, actions, the other
paragraphs and their sub-items, with their citations and how far their wording can be trusted.

Plain frozen dataclasses; ``core.gcm`` reads them from the bundled data and looks them up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from briefwriter.core.errors import GcmReferenceError

PRINCIPLES_PARAGRAPH = 15
FIRST_OBJECTIVE_PARAGRAPH = 17  # objective n is paragraph n + 16
LAST_PARAGRAPH = 54

#: How far an item's wording can be trusted: "verified" (complete, checked word for word
#: against A/RES/73/195), "unverified" (complete, not yet checked), "partial" (only part of
#: the text is known) or "unknown" (no text: the item can be cited, not quoted).
TextStatus = Literal["verified", "unverified", "partial", "unknown"]


@dataclass(frozen=True)
class Principle:
    """A guiding principle, paragraph 15 (a)-(j)."""

    letter: str
    name: str
    text: str
    verified: bool
    verification: str  # "full" | "partial" | "none"
    source: str

    kind: ClassVar[Literal["principle"]] = "principle"

    @property
    def paragraph(self) -> int:
        return PRINCIPLES_PARAGRAPH

    @property
    def status(self) -> TextStatus:
        return "verified" if self.verified else "unverified"

    @property
    def ref(self) -> str:
        return f"{PRINCIPLES_PARAGRAPH}({self.letter})"

    @property
    def citation(self) -> str:
        return f"GCM para {self.ref}"


@dataclass(frozen=True)
class Action:
    """A lettered action of an objective, cited by paragraph: "GCM para 29(c)"."""

    objective: int
    paragraph: int
    letter: str
    text: str
    verified: bool
    verification: str  # "full" | "partial" | "none"
    source: str
    final_chars: int | None = None  # partial items: how many characters are final text
    section_heading: str = ""  # a sub-heading printed just before this action, if any

    kind: ClassVar[Literal["action"]] = "action"

    @property
    def ref(self) -> str:
        return f"{self.paragraph}({self.letter})"

    @property
    def status(self) -> TextStatus:
        return "verified" if self.verified else "unverified"

    @property
    def citation(self) -> str:
        return f"GCM para {self.ref}"


@dataclass(frozen=True)
class Objective:
    """One of the 23 objectives: a title, a commitment ("We commit to ...") and its actions."""

    number: int
    paragraph: int
    title: str
    title_verified: bool
    short_label: str
    commitment: str
    commitment_verified: bool
    commitment_verification: str  # "full" | "full (composite)" | "partial" | "none"
    actions: tuple[Action, ...]
    title_source: str = ""
    commitment_source: str = ""
    commitment_final_chars: int | None = None

    kind: ClassVar[Literal["objective"]] = "objective"

    @property
    def ref(self) -> str:
        return str(self.number)

    @property
    def citation(self) -> str:
        return f"GCM objective {self.number} (para {self.paragraph})"

    @property
    def verified(self) -> bool:
        """Both the title and the commitment are the final wording."""
        return self.title_verified and self.commitment_verified

    @property
    def status(self) -> TextStatus:
        return "verified" if self.verified else "unverified"

    @property
    def letters(self) -> str:
        return "".join(a.letter for a in self.actions)

    def action(self, letter: str) -> Action:
        wanted = letter.strip().strip("()").casefold()
        for action in self.actions:
            if action.letter == wanted:
                return action
        raise GcmReferenceError(f"{self.paragraph}({letter})", self._range())

    def _range(self) -> str:
        return (
            f"objective {self.number} (para {self.paragraph}) has actions "
            f"({self.actions[0].letter}) to ({self.actions[-1].letter})"
        )


def _status(text: str | None, complete: bool, verified: bool) -> TextStatus:
    if text is None:
        return "unknown"
    if not complete:
        return "partial"
    return "verified" if verified else "unverified"


def labels_ref(paragraph: int, labels: tuple[str, ...]) -> str:
    return f"{paragraph}" + "".join(f"({label})" for label in labels)


def _range_words(items: tuple[SubItem, ...]) -> str:
    first, last = items[0].labels[-1], items[-1].labels[-1]
    if len(items) <= 2:
        return f"({first})" if first == last else f"({first}) and ({last})"
    return f"({first}) to ({last})"


class _Worded:
    """What a paragraph and a sub-item share: words that may be partial or unknown, and
    sub-items printed after them."""

    text: str | None
    complete: bool
    verified: bool
    items: tuple[SubItem, ...]

    @property
    def status(self) -> TextStatus:
        return _status(self.text, self.complete, self.verified)

    @property
    def full_text(self) -> str:
        """The words with those of the sub-items, as printed: "... by: (i) ...; (ii) ..."
        ("" when the text is unknown)."""
        return " ".join([self.text or "",
                         *(f"({i.labels[-1]}) {i.full_text}" for i in self.items)]).strip()


@dataclass(frozen=True)
class SubItem(_Worded):
    """A lettered or numbered sub-item of a paragraph outside the objectives: "GCM para 49(c)",
    "GCM para 43(b)(ii)"."""

    paragraph: int
    labels: tuple[str, ...]  # ("c",) or ("b", "ii")
    text: str
    complete: bool  # False: the text breaks off ("…") where the reference could read no more
    verified: bool
    source: str
    items: tuple[SubItem, ...] = ()

    kind: ClassVar[Literal["subitem"]] = "subitem"

    @property
    def ref(self) -> str:
        return labels_ref(self.paragraph, self.labels)

    @property
    def citation(self) -> str:
        return f"GCM para {self.ref}"




@dataclass(frozen=True)
class Paragraph(_Worded):
    """A paragraph outside the principles (15) and the objectives (17-39): "GCM para 49".

    ``text`` is the paragraph's own words before any sub-items, the part of them the
    reference could read (``complete`` False), or None when its text is not known.
    """

    number: int
    part: str  # the id of its part of the Compact: "preamble", "implementation", ...
    text: str | None
    complete: bool
    verified: bool
    source: str
    note: str = ""
    heading: str = ""  # a heading printed just before this paragraph, if any
    items: tuple[SubItem, ...] = ()

    kind: ClassVar[Literal["paragraph"]] = "paragraph"

    @property
    def paragraph(self) -> int:
        return self.number

    @property
    def ref(self) -> str:
        # "para 3", not "3": a bare number up to 23 names an objective.
        return f"para {self.number}"

    @property
    def citation(self) -> str:
        return f"GCM para {self.number}"

    def sub_item(self, labels: tuple[str, ...], ref: str) -> SubItem:
        """The sub-item at ``labels`` (("b", "ii") for 43(b)(ii)); a plain reason otherwise."""
        items, where = self.items, f"paragraph {self.number}"
        found: SubItem | None = None
        for depth, label in enumerate(labels):
            if not items:
                raise GcmReferenceError(ref, self._no_items(where, depth == 0))
            found = next((i for i in items if i.labels[-1] == label), None)
            if found is None:
                raise GcmReferenceError(ref, self._range(where, items, depth == 0))
            items, where = found.items, f"para {found.ref}"
        assert found is not None  # labels is never empty
        return found

    def _no_items(self, where: str, top: bool) -> str:
        if top and self.text is None:
            return (f"the text of paragraph {self.number} is not included, so its sub-items "
                    f"are not known: cite para {self.number}")
        if top and not self.complete:
            return (f"only part of paragraph {self.number} is included and it shows no "
                    f"sub-items: cite para {self.number}")
        return f"{where} has no sub-items"

    def _range(self, where: str, items: tuple[SubItem, ...], top: bool) -> str:
        if top and not self.complete:
            return (f"only part of paragraph {self.number} is included: its known sub-items "
                    f"are {_range_words(items)}; cite para {self.number} for the rest")
        return f"{where} has sub-items {_range_words(items)}"


@dataclass(frozen=True)
class Part:
    """One part of the Compact, in the order of the resolution: "Implementation" (40-47)."""

    id: str
    title: str
    first: int
    last: int
    heading: str = ""  # the heading printed at its start, where the reference gives it

    @property
    def paragraphs_label(self) -> str:
        if self.first == self.last:
            return f"para {self.first}"
        return f"paras {self.first}–{self.last}"


GcmItem = Principle | Objective | Action | Paragraph | SubItem


@dataclass(frozen=True)
class SourceNote:
    """One of the sources the text was taken from, and what it was used for."""

    id: str
    what: str
    url: str
    used_for: str


@dataclass(frozen=True)
class GcmSource:
    """Where the text comes from and what ``verified`` means."""

    citation: str
    symbol: str
    verification_policy: str
    provenance: tuple[SourceNote, ...]
    structure: str = ""
    text_conventions: str = ""
    not_retrieved: str = ""


@dataclass(frozen=True)
class SearchHit:
    item: GcmItem
    score: int
    field: str  # where the best match was: "ref", "name", "title", "short_label", ...
