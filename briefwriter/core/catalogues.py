"""Suggestion catalogues: engagement aims, priorities, processes and audiences (six languages).

``load_catalogues()`` reads and checks ``resources/catalogues.yaml`` once; its ``review``
says which languages are drafts awaiting a native speaker's review.  A brief stores a
catalogue id or the person's own words in the same field; ``label_for`` shows either, and
``looks_like_unknown_id`` spots a mistyped id.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from briefwriter.core.errors import BriefWriterError, GcmReferenceError, Problem
from briefwriter.core.gcm import Action, Gcm, load_gcm
from briefwriter.core.model import FieldPath, GcmLinks
from briefwriter.paths import resources_dir

CatalogueKind = Literal["aims", "priorities", "processes", "audiences"]
KINDS: tuple[CatalogueKind, ...] = ("aims", "priorities", "processes", "audiences")
FORMAT_VERSION = 1
DEFAULT_LANGUAGE = "en"

_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# What an id typed by hand tends to look like: lower case joined by dashes or underscores.
_ID_LIKE_RE = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
_LANG_RE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]+)*")
_ITEM_KEYS = frozenset({"id", "label", "help", "gcm"})
_GCM_KEYS = frozenset({"principles", "objectives", "actions"})


@dataclass(frozen=True)
class SuggestedLinks:
    """GCM items that fit a suggested priority; the GUI pre-ticks them."""

    principles: tuple[str, ...] = ()  # letters of para 15
    objectives: tuple[int, ...] = ()
    actions: tuple[str, ...] = ()  # "29(c)"

    def to_gcm_links(self) -> GcmLinks:
        """A fresh ``GcmLinks`` for a brief, holding these suggestions."""
        return GcmLinks(
            principles=list(self.principles),
            objectives=list(self.objectives),
            actions=list(self.actions),
        )


def _language_chain(lang: str) -> tuple[str, ...]:
    """ "fr-CA" -> ("fr-ca", "fr", "en"): the most specific first, English last."""
    code = lang.strip().replace("_", "-").casefold()
    chain = [code, code.split("-")[0], DEFAULT_LANGUAGE]
    return tuple(dict.fromkeys(c for c in chain if c))


@dataclass(frozen=True)
class CatalogueItem:
    id: str
    labels: Mapping[str, str] = field(hash=False)
    helps: Mapping[str, str] = field(hash=False)
    gcm: SuggestedLinks | None = None

    def label(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return _translated(self.labels, lang)

    def help(self, lang: str = DEFAULT_LANGUAGE) -> str:
        return _translated(self.helps, lang)


def _translated(texts: Mapping[str, str], lang: str) -> str:
    for code in _language_chain(lang):
        if texts.get(code):
            return texts[code]
    return ""


@dataclass(frozen=True)
class Catalogues:
    aims: tuple[CatalogueItem, ...]
    priorities: tuple[CatalogueItem, ...]
    processes: tuple[CatalogueItem, ...]
    audiences: tuple[CatalogueItem, ...]
    review: Mapping[str, str] = field(default_factory=dict, hash=False)
    """Language code -> the state of its texts ("drafted, to be reviewed by a native
    speaker"); a language not named here needs no review."""

    def is_draft(self, lang: str) -> bool:
        """Whether the texts shown for ``lang`` still await a native speaker's review."""
        for code in _language_chain(lang):
            if code in self.review:
                return True
            if code == DEFAULT_LANGUAGE:
                break  # English texts are shown, and they are final
        return False

    def items(self, kind: CatalogueKind) -> tuple[CatalogueItem, ...]:
        if kind not in KINDS:
            raise ValueError(f"unknown catalogue {kind!r}; the catalogues are {', '.join(KINDS)}")
        items: tuple[CatalogueItem, ...] = getattr(self, kind)
        return items

    def __iter__(self) -> Iterator[tuple[CatalogueKind, tuple[CatalogueItem, ...]]]:
        return ((kind, self.items(kind)) for kind in KINDS)

    def get(self, kind: CatalogueKind, item_id: str) -> CatalogueItem | None:
        """The item with this id, or None (the value is the person's own words)."""
        wanted = item_id.strip()
        for item in self.items(kind):
            if item.id == wanted:
                return item
        return None

    def label_for(self, kind: CatalogueKind, value: str, lang: str = DEFAULT_LANGUAGE) -> str:
        """The catalogue label when ``value`` is an id, otherwise ``value`` itself."""
        item = self.get(kind, value)
        return item.label(lang) if item else value.strip()

    def help_for(self, kind: CatalogueKind, value: str, lang: str = DEFAULT_LANGUAGE) -> str:
        """The help text of a catalogue id, or "" for the person's own words."""
        item = self.get(kind, value)
        return item.help(lang) if item else ""

    def suggest_id(self, kind: CatalogueKind, value: str) -> str | None:
        """The known id closest to ``value`` (for "did you mean ...?"), if any is close."""
        candidate = value.strip().casefold().replace("_", "-")
        ids = [item.id for item in self.items(kind)]
        matches = difflib.get_close_matches(candidate, ids, n=1, cutoff=0.6)
        return matches[0] if matches else None

    def looks_like_unknown_id(self, kind: CatalogueKind, value: str) -> bool:
        """True when ``value`` looks like an id ("imrf-2062") but is not a known one."""
        text = value.strip()
        if not text or self.get(kind, text) is not None:
            return False
        if _ID_LIKE_RE.fullmatch(text):
            return True
        # A single lower-case word is usually the person's own words ("advocacy"), unless it
        # is a near miss of a one-word id ("donnors").
        if _ID_RE.fullmatch(text):
            near = self.suggest_id(kind, text)
            return near is not None and difflib.SequenceMatcher(None, text, near).ratio() >= 0.8
        return False


@dataclass
class CatalogueError(BriefWriterError):
    """The catalogue file is malformed; ``problems`` lists everything found."""

    path: Path | None
    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        name = self.path.name if self.path else "The catalogues"
        lines = [f"{name} could not be read:"]
        lines += [f"  - {p.describe()}" for p in self.problems]
        return "\n".join(lines)


# --------------------------------------------------------------------------------------
# Loading and validation
# --------------------------------------------------------------------------------------


# libyaml's parser is ten times faster than the pure-Python one; both are safe loaders.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """A safe YAML loader that remembers where each mapping starts, for messages."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.lines: dict[int, int] = {}


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> Iterator[dict[Any, Any]]:
    mapping: dict[Any, Any] = {}
    loader.lines[id(mapping)] = node.start_mark.line + 1
    yield mapping
    mapping.update(loader.construct_mapping(node))


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode) -> Iterator[list[Any]]:
    sequence: list[Any] = []
    loader.lines[id(sequence)] = node.start_mark.line + 1
    yield sequence
    sequence.extend(loader.construct_sequence(node))


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


class _Reader:
    """Builds the catalogues from parsed YAML, collecting every problem on the way."""

    def __init__(self, lines: dict[int, int], gcm: Gcm) -> None:
        self.lines = lines
        self.gcm = gcm
        self.problems: list[Problem] = []

    def fail(self, node: object, path: FieldPath, message: str) -> None:
        self.problems.append(Problem(message, path=path, line=self.lines.get(id(node))))

    def texts(self, item: dict[str, Any], key: str, path: FieldPath) -> dict[str, str]:
        value = item.get(key)
        if not isinstance(value, dict):
            self.fail(item, path, f"'{key}' must map languages to text, e.g. {key}: {{en: ...}}")
            return {}
        out: dict[str, str] = {}
        for lang, text in value.items():
            if not isinstance(lang, str) or not _LANG_RE.fullmatch(lang):
                self.fail(value, path, f"'{lang}' is not a language code such as en, fr, es")
            elif not isinstance(text, str) or not text.strip():
                self.fail(value, (*path, lang), "must be non-empty text")
            else:
                out[lang] = text.strip()
        if value and DEFAULT_LANGUAGE not in value:
            self.fail(value, path, "the English text (en) is missing")
        return out

    def links(self, node: Any, path: FieldPath) -> SuggestedLinks | None:
        if not isinstance(node, dict) or not node or set(node) - _GCM_KEYS:
            self.fail(node, path, "'gcm' must map principles/objectives/actions to lists")
            return None
        lists = {key: node.get(key) or [] for key in _GCM_KEYS}
        for key, values in lists.items():
            if not isinstance(values, list):
                self.fail(node, (*path, key), "must be a list")
                lists[key] = []
        # Problems point at the line of the list that holds the reference.
        principles, objectives, actions = (
            lists[k] for k in ("principles", "objectives", "actions")
        )
        for i, letter in enumerate(principles):
            where = (*path, "principles", i)
            self._check_ref(principles, where, f"principle {letter}", "principle")
        for i, number in enumerate(objectives):
            where = (*path, "objectives", i)
            if not isinstance(number, int) or isinstance(number, bool):
                self.fail(objectives, where, f"{number!r} is not an objective number")
            else:
                self._check_ref(objectives, where, f"objective {number}", "objective")
        for i, ref in enumerate(actions):
            where = (*path, "actions", i)
            action = self._check_ref(actions, where, str(ref), "action")
            if isinstance(action, Action) and action.ref != ref:
                self.fail(actions, where, f"write '{ref}' as '{action.ref}'")
        return SuggestedLinks(
            principles=tuple(str(p) for p in lists["principles"]),
            objectives=tuple(n for n in lists["objectives"] if isinstance(n, int)),
            actions=tuple(str(a) for a in lists["actions"]),
        )

    def _check_ref(self, node: object, path: FieldPath, ref: str, kind: str) -> object:
        try:
            item = self.gcm.lookup(ref)
        except GcmReferenceError as exc:
            self.fail(node, path, str(exc))
            return None
        if item.kind != kind:
            article = "an" if kind[0] in "aeiou" else "a"
            self.fail(node, path, f"'{ref}' is a GCM {item.kind}, not {article} {kind}")
        return item

    def review(self, data: dict[str, Any]) -> dict[str, str]:
        """The optional ``review`` mapping: language code -> the state of its texts."""
        value = data.get("review", {})
        if not isinstance(value, dict):
            self.fail(data, ("review",), "'review' must map languages to text, e.g. "
                      "review: {ru: drafted, to be reviewed by a native speaker}")
            return {}
        out: dict[str, str] = {}
        for lang, text in value.items():
            if not isinstance(lang, str) or not _LANG_RE.fullmatch(lang):
                self.fail(value, ("review",), f"'{lang}' is not a language code such as en, fr, es")
            elif not isinstance(text, str) or not text.strip():
                self.fail(value, ("review", lang), "must be non-empty text")
            else:
                out[lang] = text.strip()
        return out

    def catalogue(self, data: dict[str, Any], kind: CatalogueKind) -> tuple[CatalogueItem, ...]:
        entries = data.get(kind)
        if not isinstance(entries, list) or not entries:
            self.fail(data, (kind,), f"the '{kind}' catalogue is missing or empty")
            return ()
        items: list[CatalogueItem] = []
        seen: dict[str, int | None] = {}  # id -> line of its first use
        for i, entry in enumerate(entries):
            path: FieldPath = (kind, i)
            if not isinstance(entry, dict):
                self.fail(data, path, "each entry must be a mapping with id, label and help")
                continue
            for key in sorted(set(entry) - _ITEM_KEYS, key=str):
                self.fail(entry, (*path, str(key)), f"unknown field '{key}'")
            item_id = entry.get("id")
            if not isinstance(item_id, str) or not _ID_RE.fullmatch(item_id):
                self.fail(entry, (*path, "id"), f"{item_id!r} is not a kebab-case id")
                continue
            if item_id in seen:
                first = seen[item_id]
                where = f" (first on line {first})" if first else ""
                self.fail(
                    entry, (*path, "id"), f"the id '{item_id}' is used twice in {kind}{where}"
                )
            seen.setdefault(item_id, self.lines.get(id(entry)))
            labels = self.texts(entry, "label", (*path, "label"))
            helps = self.texts(entry, "help", (*path, "help"))
            links = self.links(entry["gcm"], (*path, "gcm")) if "gcm" in entry else None
            items.append(CatalogueItem(item_id, labels, helps, links))
        return tuple(items)


def catalogues_from_text(text: str, path: Path | None = None, gcm: Gcm | None = None) -> Catalogues:
    """Parse and check catalogue YAML; raises ``CatalogueError`` listing every problem."""
    loader = _LineLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise CatalogueError(path, [Problem(f"not valid YAML: {exc}", line=line)]) from None
    finally:
        loader.dispose()
    reader = _Reader(loader.lines, gcm or load_gcm())
    if not isinstance(data, dict):
        raise CatalogueError(path, [Problem("expected a mapping of catalogues", line=1)])
    version = data.get("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        reader.fail(data, ("format",), f"format {version!r} is not supported (expected 1)")
    parts = {kind: reader.catalogue(data, kind) for kind in KINDS}
    review = reader.review(data)
    if reader.problems:
        raise CatalogueError(path, reader.problems)
    return Catalogues(**parts, review=review)


def load_catalogues_file(path: Path) -> Catalogues:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(path, [Problem(f"cannot be read: {exc}")]) from exc
    return catalogues_from_text(text, path)


@cache
def load_catalogues() -> Catalogues:
    """The bundled catalogues, read and checked once per process."""
    return load_catalogues_file(resources_dir() / "catalogues.yaml")
