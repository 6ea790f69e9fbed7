"""Coalition import: what a partner's brief offers to merge into ours, which of it we already
have, and the brief with the chosen items merged.

The partner's brief is read through the normal storage code (``core.storage.load_brief``:
size limits, migration, validation with file, line and field), so it is as untrusted as any
brief that is opened.  ``offers(ours, theirs)`` lists its priorities (with their GCM links
and evidence), asks, evidence, recommendations and co-signatories (the partner's own
organisation first among them), each with the item of ours it duplicates: the same text once
case, spacing, punctuation and Markdown marks are set aside, or a near duplicate by a
similarity ratio (``difflib``).  ``merge(ours, choices)`` returns a new brief with the chosen
items added, taken over ours, or kept both; evidence goes under the priority chosen for it.
Nothing here reads or writes files besides the partner's brief: copying co-signatories'
logos next to our brief is the caller's (it knows where our brief is saved).
"""

from __future__ import annotations

import copy
import difflib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefwriter.core.errors import Problem
from briefwriter.core.model import (
    Aim,
    Brief,
    Cosignatory,
    Evidence,
    FieldPath,
    Recommendation,
)
from briefwriter.core.text import plain_text

NEAR = 0.8
"""The similarity ratio from which two texts are shown as near duplicates."""
KINDS = ("priority", "ask", "evidence", "recommendation", "cosignatory")
#: What may be done with an item that duplicates one of ours.
KEEP_OURS, TAKE_THEIRS, KEEP_BOTH, ADD = "keep-ours", "take-theirs", "keep-both", "add"


def normalise(text: str) -> str:
    """``text`` for comparing: Markdown marks dropped, case folded, punctuation and symbols
    dropped, runs of spaces made one."""
    text = plain_text(text) if any(ch in text for ch in "*_[]`#^>") else text
    kept = "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch
                   for ch in unicodedata.normalize("NFKC", text).casefold())
    return " ".join(kept.split())


def similarity(a: str, b: str) -> float:
    """1.0 for the same normalised text, else ``difflib``'s ratio of the normalised texts."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    return difflib.SequenceMatcher(None, na, nb, autojunk=False).ratio()


@dataclass
class Offer:
    """One item of the partner's brief that can be merged into ours.

    ``path`` is where it is in the partner's brief; ``text`` what it says (plain, to show and
    compare); ``ours`` the path of the item of ours it duplicates (``None`` when none) with
    ``ours_text`` and ``score`` (1.0: the same text; else a near duplicate).  For evidence,
    ``priority`` is the partner's priority it sits under and ``under`` the priority of ours
    that one duplicates (where the evidence is proposed to go), if any.
    """

    kind: str
    path: FieldPath
    item: Any
    text: str
    ours: FieldPath | None = None
    ours_text: str = ""
    score: float = 0.0
    priority: int | None = None
    under: int | None = None

    @property
    def duplicate(self) -> bool:
        return self.ours is not None

    @property
    def exact(self) -> bool:
        return self.score >= 1.0


@dataclass
class Choice:
    """What to do with one offer: ``action`` is ``ADD`` (no duplicate), ``KEEP_OURS``,
    ``TAKE_THEIRS`` or ``KEEP_BOTH``; evidence goes under our priority ``under`` (its index
    in our brief, or ``"new:N"`` for the partner's priority N merged in the same import)."""

    offer: Offer
    action: str = ADD
    under: int | str | None = None


def _cosignatory_text(item: Cosignatory) -> str:
    return f"{item.name} ({item.country})" if item.country.strip() else item.name


def _ask_text(item: Aim) -> str:
    ask = item.ask
    return " — ".join(part for part in (ask.who.strip(), plain_text(ask.what).strip(),
                                        ask.by_when.strip()) if part) or item.aim


def _recommendation_text(item: Recommendation) -> str:
    body = plain_text(item.text).strip()
    return f"{item.addressee.strip()}: {body}" if item.addressee.strip() else body


def _evidence_text(item: Evidence) -> str:
    body = plain_text(item.text).strip()
    return f"{body} ({item.source.strip()})" if item.source.strip() else body


def organisation_as_cosignatory(brief: Brief) -> Cosignatory | None:
    """The partner's own organisation as a co-signatory of ours (``None`` without a name):
    name, country, contact and logo (its path stays relative to the partner's folder until
    the caller copies it); consent is ours to record."""
    org = brief.organisation
    if not org.name.strip():
        return None
    return Cosignatory(name=org.name.strip(), kind="organisation", country=org.country.strip(),
                       contact=copy.deepcopy(org.contact), logo=org.logo.strip())


def _best(text: str, ours: list[tuple[FieldPath, str]]) -> tuple[FieldPath | None, str, float]:
    best: tuple[FieldPath | None, str, float] = (None, "", 0.0)
    for path, our_text in ours:
        score = similarity(text, our_text)
        if score > best[2]:
            best = (path, our_text, score)
    return best if best[2] >= NEAR else (None, "", 0.0)


def _ours(brief: Brief) -> dict[str, list[tuple[FieldPath, str]]]:
    found: dict[str, list[tuple[FieldPath, str]]] = {kind: [] for kind in KINDS}
    for i, p in enumerate(brief.priorities):
        found["priority"].append((("priorities", i), p.title))
        for j, e in enumerate(p.evidence):
            found["evidence"].append((("priorities", i, "evidence", j), _evidence_text(e)))
    for i, a in enumerate(brief.aims):
        found["ask"].append((("aims", i), _ask_text(a)))
    for i, r in enumerate(brief.recommendations):
        found["recommendation"].append((("recommendations", i), _recommendation_text(r)))
    for i, c in enumerate(brief.cosignatories):
        found["cosignatory"].append((("cosignatories", i), c.name))
    if brief.organisation.name.strip():  # we do not co-sign our own paper
        found["cosignatory"].append((("organisation",), brief.organisation.name))
    return found


def offers(ours: Brief, theirs: Brief) -> list[Offer]:
    """Everything in ``theirs`` that can be merged into ``ours``, by kind, in their order;
    empty items (no title, no text, no name) are left out."""
    mine = _ours(ours)
    found: list[Offer] = []

    def offer(kind: str, path: FieldPath, item: Any, text: str, compare: str = "",
              **more: Any) -> None:
        if not text.strip():
            return
        our_path, our_text, score = _best(compare or text, mine[kind])
        found.append(Offer(kind, path, copy.deepcopy(item), text.strip(), our_path, our_text,
                           score, **more))

    for i, p in enumerate(theirs.priorities):
        offer("priority", ("priorities", i), p, p.title)
    for i, a in enumerate(theirs.aims):
        offer("ask", ("aims", i), a, _ask_text(a))
    twins = {o.path[1]: o.ours[1] for o in found if o.kind == "priority" and o.ours is not None}
    for i, p in enumerate(theirs.priorities):
        for j, e in enumerate(p.evidence):
            offer("evidence", ("priorities", i, "evidence", j), e, _evidence_text(e),
                  priority=i, under=twins.get(i))
    for i, r in enumerate(theirs.recommendations):
        offer("recommendation", ("recommendations", i), r, _recommendation_text(r))
    partner = organisation_as_cosignatory(theirs)
    if partner is not None:
        offer("cosignatory", ("organisation",), partner, _cosignatory_text(partner),
              partner.name)
    for i, c in enumerate(theirs.cosignatories):
        offer("cosignatory", ("cosignatories", i), c, _cosignatory_text(c), c.name)
    return found


@dataclass
class MergeResult:
    """The merged brief, and what came in (for the status line and the caller's logo copy):
    ``added`` counts per kind, ``cosignatories`` the indexes (in ``brief``) of co-signatories
    that came from the partner."""

    brief: Brief
    added: dict[str, int] = field(default_factory=dict)
    cosignatories: list[int] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)


_LISTS = {"priority": "priorities", "ask": "aims", "recommendation": "recommendations",
          "cosignatory": "cosignatories"}


def merge(ours: Brief, choices: list[Choice]) -> MergeResult:
    """A copy of ``ours`` with the ``choices`` applied (``ours`` is not changed).

    Items are appended in the order given; "take theirs" puts the partner's item in the
    place of ours; evidence of a partner's priority that is merged whole comes with it and is
    not added twice.
    """
    brief = copy.deepcopy(ours)
    result = MergeResult(brief)
    new_priority: dict[int, int] = {}  # partner's priority -> its index in the merged brief
    whole: set[int] = set()  # partner's priorities merged with their evidence

    def count(kind: str) -> None:
        result.added[kind] = result.added.get(kind, 0) + 1

    for choice in choices:
        offer = choice.offer
        if offer.kind == "evidence" or choice.action == KEEP_OURS:
            continue
        items: list[Any] = getattr(brief, _LISTS[offer.kind])
        item = copy.deepcopy(offer.item)
        if choice.action == TAKE_THEIRS and offer.ours is not None and \
                offer.ours[0] == _LISTS[offer.kind]:
            index = offer.ours[1]
            assert isinstance(index, int)
            items[index] = item
        else:
            items.append(item)
            index = len(items) - 1
        count(offer.kind)
        if offer.kind == "priority":
            partner_index = offer.path[1]
            assert isinstance(partner_index, int)
            new_priority[partner_index] = index
            whole.add(partner_index)
        elif offer.kind == "cosignatory":
            result.cosignatories.append(index)

    for choice in choices:
        offer = choice.offer
        if offer.kind != "evidence" or choice.action == KEEP_OURS:
            continue
        under = choice.under
        if under is None and offer.priority in whole:
            continue  # it came with its priority
        if isinstance(under, str) and under.startswith("new:"):
            under = new_priority.get(int(under[4:]))
        if not isinstance(under, int) or not 0 <= under < len(brief.priorities):
            result.notes.append(Problem(
                f"The evidence “{offer.text[:60]}” was not added: choose a priority for it.",
                offer.path, severity="warning", code="coalition-evidence-without-priority"))
            continue
        if offer.priority in whole and under == new_priority.get(offer.priority or 0):
            continue  # already there, inside the partner's priority
        evidence = brief.priorities[under].evidence
        if choice.action == TAKE_THEIRS and offer.ours is not None and \
                offer.ours[:3] == ("priorities", under, "evidence"):
            index = offer.ours[3]
            assert isinstance(index, int)
            evidence[index] = copy.deepcopy(offer.item)
        else:
            evidence.append(copy.deepcopy(offer.item))
        count("evidence")
    return result


def default_choice(offer: Offer) -> Choice:
    """What the import dialog proposes: duplicates (exact or near) kept as ours until the
    person, seeing both side by side, decides otherwise; the rest added; evidence under the
    priority of ours its partner's priority duplicates, if any."""
    action = KEEP_OURS if offer.duplicate else ADD
    return Choice(offer, action, offer.under if offer.kind == "evidence" else None)


def read_partner_brief(path: Path) -> tuple[Brief, list[Problem]]:
    """The partner's brief at ``path`` through the normal storage code (size limits,
    migration, validation): ``BriefFileError``/``NewerFormatError`` name file, line and
    field; its warnings are returned to show."""
    from briefwriter.core.storage import load_brief

    loaded = load_brief(path)
    return loaded.brief, loaded.warnings


__all__ = ["ADD", "KEEP_BOTH", "KEEP_OURS", "KINDS", "NEAR", "TAKE_THEIRS", "Choice",
           "MergeResult", "Offer", "default_choice", "merge", "normalise", "offers",
           "organisation_as_cosignatory", "read_partner_brief", "similarity"]
