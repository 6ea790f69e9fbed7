"""Finding GCM items by words: the word index ``Gcm.search`` ranks with.

Every item's searchable fields (a principle's name, an objective's title, short label and
commitment, any text) are folded (case and accents set aside) and indexed word by word. A
query word matches a whole word or the start of one, with a few stems and variants the
Compact's wording needs ("detain" finds "detention", "children" finds "child"), and a few
advocacy terms the Compact does not use point at the items that express the idea
("firewall", "IMRF").  Matches in a title or name rank above the commitment, which ranks
above action text; whole words above partial ones; more occurrences higher; ties keep the
order of the resolution.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping

from briefwriter.core.gcm_items import GcmItem, Objective, Paragraph, Principle

_WORD_RE = re.compile(r"[^\W_]+")
_FIELD_WEIGHT = {"name": 3, "title": 3, "short_label": 3, "commitment": 2, "text": 1}
_WHOLE_WORD_BONUS = 50
_KEYWORD_SCORE = 250  # a curated keyword counts like a whole word in a commitment
_STOP_WORDS = frozenset("a an and at by for from in into of on or the to with".split())
# Shorter stems match unrelated words ("missing" -> "miss" would find "mission").
_MIN_STEM = 5
_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ers", "er", "ies", "es", "ed", "s")
# Word forms that prefix matching and suffix stripping cannot connect.
_VARIANTS: Mapping[str, tuple[str, ...]] = {
    "detain": ("detent",),
    "detainee": ("detent", "detain"),
    "children": ("child",),
    "women": ("woman",),
    "woman": ("women",),
    "racist": ("racis", "racial"),
    "racism": ("racis", "racial"),
}
# Advocacy terms that the Compact does not use, mapped to the items that express the idea.
# "Firewall": keeping basic services separate from immigration enforcement (para 31(b)).
_KEYWORDS: Mapping[str, tuple[str, ...]] = {
    "firewall": ("31(b)",),
    "firewalls": ("31(b)",),
    # The International Migration Review Forum, set up by paragraph 49, by its acronym.
    "imrf": ("para 49",),
}


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _drop_mark(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` ("DÉTENTION" -> "detention")."""
    if text.isascii():
        return text.casefold()
    # Only non-ASCII characters can be combining marks; looking at those alone keeps
    # folding the whole Compact at start-up cheap.
    decomposed = unicodedata.normalize("NFKD", text)
    return _NON_ASCII_RE.sub(_drop_mark, decomposed).casefold()


def _word_stems(word: str) -> set[str]:
    stems = {word}
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            stems.add(word[: -len(suffix)])
            if suffix == "ies":
                stems.add(word[:-3] + "y")
    for stem in list(stems):
        stems.update(_VARIANTS.get(stem, ()))
    return stems


# A posting: (item index in document order, field name, occurrences of the word in it).
_Posting = tuple[int, str, int]


class WordIndex:
    """The words of ``items`` (in document order), for ranking queries against them."""

    def __init__(self, items: tuple[GcmItem, ...]) -> None:
        self._index: dict[str, list[_Posting]] = {}
        for i, item in enumerate(items):
            for field, text in _searchable_fields(item):
                for word, count in Counter(_WORD_RE.findall(fold(text))).items():
                    self._index.setdefault(word, []).append((i, field, count))
        self._vocabulary = sorted(self._index)

    def rank(self, text: str, limit: int, keyword_item: Callable[[str], int]
             ) -> list[tuple[int, int, str]]:
        """``(item index, score, field)`` of the items matching every word of ``text``,
        best first; ``keyword_item(ref)`` is the index of the item a keyword points at."""
        words = _WORD_RE.findall(fold(text))
        words = [w for w in words if w not in _STOP_WORDS] or words
        totals: dict[int, list[int]] = {}  # item -> [score, best field weight*100+bonus]
        fields: dict[int, str] = {}
        for n, word in enumerate(dict.fromkeys(words)):
            per_item = self._score_word(word, keyword_item)
            if n == 0:
                for i, (score, primary, field) in per_item.items():
                    totals[i] = [score, primary]
                    fields[i] = field
                continue
            for i in list(totals):
                if i not in per_item:
                    del totals[i]
                    continue
                score, primary, field = per_item[i]
                totals[i][0] += score
                if primary > totals[i][1]:
                    totals[i][1] = primary
                    fields[i] = field
        ranked = sorted(totals, key=lambda i: (-totals[i][0], i))[:limit]
        return [(i, totals[i][0], fields[i]) for i in ranked]

    def _score_word(self, word: str, keyword_item: Callable[[str], int]
                    ) -> dict[int, tuple[int, int, str]]:
        """For one query word: item -> (score, best primary score, best field)."""
        best: dict[int, tuple[int, str]] = {}
        occurrences: Counter[int] = Counter()
        for token, whole in self._matching_tokens(word).items():
            for i, field, count in self._index[token]:
                primary = _FIELD_WEIGHT[field] * 100 + (_WHOLE_WORD_BONUS if whole else 0)
                if i not in best or primary > best[i][0]:
                    best[i] = (primary, field)
                occurrences[i] += count
        for ref in _KEYWORDS.get(word, ()):
            i = keyword_item(ref)
            if i not in best or _KEYWORD_SCORE > best[i][0]:
                best[i] = (_KEYWORD_SCORE, "keyword")
            occurrences[i] += 1
        return {
            i: (primary + min(occurrences[i], 9), primary, field)
            for i, (primary, field) in best.items()
        }

    def _matching_tokens(self, word: str) -> dict[str, bool]:
        """Indexed words matching ``word``: True for the word itself, False for prefix/stem."""
        matches: dict[str, bool] = {}
        if word in self._index:
            matches[word] = True
        for stem in _word_stems(word):
            start = bisect.bisect_left(self._vocabulary, stem)
            for token in self._vocabulary[start:]:
                if not token.startswith(stem):
                    break
                matches.setdefault(token, False)
        return matches


def _searchable_fields(item: GcmItem) -> tuple[tuple[str, str], ...]:
    if isinstance(item, Paragraph):
        return (("title", item.heading), ("text", item.text or ""))
    if isinstance(item, Principle):
        return (("name", item.name), ("text", item.text))
    if isinstance(item, Objective):
        return (
            ("title", item.title),
            ("short_label", item.short_label),
            ("commitment", item.commitment),
        )
    return (("text", item.text),)
