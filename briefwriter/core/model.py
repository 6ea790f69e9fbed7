"""The brief: a typed, Qt-free model of everything a person writes in BriefWriter.

The model is plain dataclasses.  ``to_data``/``from_data`` convert between the model and the
plain dicts/lists/strings that the ``*.brief.yaml`` file holds (see docs/file-format.md).
Fields the model does not know are kept in each object's ``extra`` mapping and written back
on save, so a file from a partner's newer tool or a hand edit never loses anything.

Validation (types, line numbers, plain-words messages) happens before ``from_data`` in
``briefwriter.core.validate``; ``from_data`` assumes data that has passed validation but is
still defensive about missing keys.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 4
"""The version of the brief file format this code writes."""

#: A field path inside a brief, e.g. ``("priorities", 0, "gcm", "actions")``.
FieldPath = tuple[str | int, ...]


@dataclass
class Contact:
    name: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    address: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Organisation:
    name: str = ""
    acronym: str = ""
    description: str = ""  # Markdown
    country: str = ""
    migrant_led: bool = False
    contact: Contact = field(default_factory=Contact)
    logo: str = ""  # path relative to the brief file's folder
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Occasion:
    process: str = ""  # a catalogue id (e.g. "imrf-2026") or the user's own words
    event: str = ""
    date: str = ""  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    place: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class GcmLinks:
    principles: list[str] = field(default_factory=list)  # letters of para 15: "a" .. "j"
    objectives: list[int] = field(default_factory=list)  # 1 .. 23
    actions: list[str] = field(default_factory=list)  # paragraph citations: "29(c)"
    extra: dict[str, Any] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.principles or self.objectives or self.actions)


@dataclass
class Evidence:
    text: str = ""  # Markdown: the fact or finding
    source: str = ""  # who published it, title, year
    url: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Priority:
    title: str = ""
    description: str = ""  # Markdown
    suggestion: str = ""  # catalogue id it started from, if any
    gcm: GcmLinks = field(default_factory=GcmLinks)
    evidence: list[Evidence] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Ask:
    who: str = ""  # who should act
    what: str = ""  # what they should do
    by_when: str = ""  # a date or a moment ("before the IMRF 2026")
    extra: dict[str, Any] = field(default_factory=dict)

    def is_complete(self) -> bool:
        return bool(self.who.strip() and self.what.strip() and self.by_when.strip())


@dataclass
class Aim:
    aim: str = ""  # a catalogue id (e.g. "pledging") or the user's own words
    ask: Ask = field(default_factory=Ask)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Recommendation:
    addressee: str = ""  # e.g. "Member States", "IOM"
    text: str = ""  # Markdown
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Pledge:
    """A commitment the organisation makes, written so that it can be followed up."""

    action: str = ""  # Markdown: what will be done
    who: str = ""  # who does it (a unit, a partner)
    objectives: list[int] = field(default_factory=list)  # GCM objectives 1 .. 23 it serves
    indicator: str = ""  # how progress is measured
    baseline: str = ""  # where things stand now
    target: str = ""  # the measurable target
    deadline: str = ""  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or words
    resources: str = ""  # money, staff, partners committed
    extra: dict[str, Any] = field(default_factory=dict)

    def texts(self) -> tuple[str, ...]:
        """Its text fields, in order."""
        return (self.action, self.who, self.indicator, self.baseline, self.target,
                self.deadline, self.resources)

    def is_empty(self) -> bool:
        return not (self.objectives or any(t.strip() for t in self.texts()))


#: What a co-signatory is.
COSIGNATORY_KINDS = ("organisation", "individual")


@dataclass
class Consent:
    """The author's record of a co-signatory's consent to sign (never printed)."""

    date: str = ""  # when consent was given: "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    how: str = ""  # e.g. "e-mail from the director", "signed form", "board meeting"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Cosignatory:
    name: str = ""
    kind: str = "organisation"  # one of COSIGNATORY_KINDS
    country: str = ""
    contact: Contact = field(default_factory=Contact)
    consent: Consent = field(default_factory=Consent)
    logo: str = ""  # path relative to the brief file's folder, like Organisation.logo
    extra: dict[str, Any] = field(default_factory=dict)


#: What a follow-up entry is about, and what became of it.
FOLLOW_UP_KINDS = ("ask", "pledge")
FOLLOW_UP_STATUSES = ("met", "partly", "not-met", "unknown")


@dataclass
class FollowUp:
    """One earlier ask or pledge and what became of it."""

    kind: str = "ask"  # one of FOLLOW_UP_KINDS
    text: str = ""  # Markdown: what was asked or pledged
    who: str = ""  # who was to act
    by_when: str = ""
    status: str = "unknown"  # one of FOLLOW_UP_STATUSES
    evidence: str = ""  # Markdown: what happened, with sources
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Cycle:
    """An earlier review cycle this brief continues."""

    title: str = ""
    process: str = ""  # a catalogue id or the user's own words, as Occasion.process
    event: str = ""
    date: str = ""  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    published: str = ""  # "YYYY-MM-DD"
    asks: list[Ask] = field(default_factory=list)  # the asks made then
    pledges: list[Pledge] = field(default_factory=list)  # the pledges made then
    follow_up: list[FollowUp] = field(default_factory=list)  # its record of the cycle before
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Safety:
    """Safety mode: outputs that can be shared where naming people puts them at risk."""

    enabled: bool = False
    leave_out_contact: bool = True  # with safety on: no contact details in outputs
    leave_out_logos: bool = True  # with safety on: no logos (own and co-signatories')
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Statement:
    text: str = ""  # Markdown; the words to deliver (oral-statement template)
    speaker: str = ""
    time_limit_seconds: int = 0  # 0 = no limit set
    extra: dict[str, Any] = field(default_factory=dict)


#: The parts every template knows, in their usual order; the organisation's own sections are
#: placed after one of them (``Section.after``), or before them all ("").
PARTS = ("summary", "priorities", "asks", "key_messages", "recommendations", "pledges",
         "cosignatories")
SECTION_PLACES = ("", *PARTS, "end")


@dataclass
class Section:
    """A part of the paper the organisation writes itself: a heading and Markdown."""

    heading: str = ""
    body: str = ""  # Markdown
    after: str = ""  # where it goes: "" (first), one of PARTS, or "end"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Headings:
    """The organisation's own headings for the fixed parts ("" = the template's)."""

    summary: str = ""
    priorities: str = ""
    asks: str = ""
    key_messages: str = ""
    recommendations: str = ""
    pledges: str = ""
    cosignatories: str = ""
    follow_up: str = ""  # "Since the last review"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Look:
    accent_colour: str = "#1d5c8c"  # "#rrggbb"
    font: str = "sans"  # "sans" or "serif"
    paper: str = "A4"  # "A4" or "Letter"
    mark_unverified: bool = True  # flag GCM wording not yet checked against the final text
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class TemplateChoice:
    name: str = "position-paper"  # a bundled or user template's name
    look: Look = field(default_factory=Look)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Brief:
    schema_version: int = SCHEMA_VERSION
    title: str = ""
    subtitle: str = ""
    language: str = "en"  # output language, BCP 47 ("en", "fr", "es", "ar", "ru", "zh")
    published: str = ""  # publication date, YYYY-MM-DD ("" = not given)
    summary: str = ""  # Markdown
    sections: list[Section] = field(default_factory=list)
    headings: Headings = field(default_factory=Headings)
    organisation: Organisation = field(default_factory=Organisation)
    occasion: Occasion = field(default_factory=Occasion)
    audience: list[str] = field(default_factory=list)  # catalogue ids or own words
    priorities: list[Priority] = field(default_factory=list)
    aims: list[Aim] = field(default_factory=list)
    key_messages: list[str] = field(default_factory=list)  # Markdown each
    recommendations: list[Recommendation] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    cosignatories: list[Cosignatory] = field(default_factory=list)
    follow_up: list[FollowUp] = field(default_factory=list)  # what became of earlier asks
    history: list[Cycle] = field(default_factory=list)  # earlier review cycles, oldest first
    safety: Safety = field(default_factory=Safety)
    statement: Statement = field(default_factory=Statement)
    template: TemplateChoice = field(default_factory=TemplateChoice)
    extra: dict[str, Any] = field(default_factory=dict)


def new_brief(today: datetime.date | None = None) -> Brief:
    """A brief to start from, published today unless the author says otherwise."""
    return Brief(published=(today or datetime.date.today()).isoformat())


# --------------------------------------------------------------------------------------
# Conversion between the model and plain data (what YAML/JSON hold)
# --------------------------------------------------------------------------------------

_HINTS_CACHE: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS_CACHE.get(cls)
    if hints is None:
        hints = typing.get_type_hints(cls)
        _HINTS_CACHE[cls] = hints
    return hints


def is_model_class(tp: Any) -> bool:
    return isinstance(tp, type) and dataclasses.is_dataclass(tp)


def field_types(cls: type) -> dict[str, Any]:
    """The declared type of each data field of a model class (``extra`` excluded)."""
    return {f.name: _hints(cls)[f.name] for f in dataclasses.fields(cls) if f.name != "extra"}


def to_data(obj: Any) -> Any:
    """Turn a model object into plain data, in field order, unknown fields last.

    Empty values are written too, so that a saved file shows every field a person may fill.
    """
    if is_model_class(type(obj)):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(obj):
            if f.name == "extra":
                continue
            out[f.name] = to_data(getattr(obj, f.name))
        for key, value in obj.extra.items():
            if key not in out:
                out[key] = copy.deepcopy(value)
        return out
    if isinstance(obj, list):
        return [to_data(v) for v in obj]
    return obj


def _from_value(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if is_model_class(tp):
        return from_data(tp, value if isinstance(value, dict) else {})
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        return [_from_value(item_tp, v) for v in (value if isinstance(value, list) else [])]
    if origin in (typing.Union, types.UnionType):
        return value
    if tp is bool:
        return bool(value)
    if tp is int:
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else 0
    if tp is str:
        return "" if value is None else str(value)
    return value


def from_data(cls: type[Any], data: dict[str, Any]) -> Any:
    """Build a model object of class ``cls`` from validated plain data."""
    kwargs: dict[str, Any] = {}
    types_ = field_types(cls)
    for name, tp in types_.items():
        if name in data and data[name] is not None:
            kwargs[name] = _from_value(tp, data[name])
    extra = {k: copy.deepcopy(v) for k, v in data.items() if k not in types_ and k != "extra"}
    if "extra" in data:  # a field literally called "extra" is unknown to us: keep it too
        extra["extra"] = copy.deepcopy(data["extra"])
    obj = cls(**kwargs)
    obj.extra = extra
    return obj


def brief_from_data(data: dict[str, Any]) -> Brief:
    brief: Brief = from_data(Brief, data)
    brief.schema_version = SCHEMA_VERSION
    return brief


def brief_to_data(brief: Brief) -> dict[str, Any]:
    data: dict[str, Any] = to_data(brief)
    data["schema_version"] = SCHEMA_VERSION
    return data


# --------------------------------------------------------------------------------------
# Field paths: how checks point at a field and how the GUI edits one
# --------------------------------------------------------------------------------------


def get_at(obj: Any, path: FieldPath) -> Any:
    """The value at ``path`` (attribute names and list indexes)."""
    for step in path:
        obj = obj[step] if isinstance(step, int) else getattr(obj, step)
    return obj


def set_at(obj: Any, path: FieldPath, value: Any) -> None:
    """Set the value at ``path``; the parent must exist."""
    if not path:
        raise ValueError("empty field path")
    parent = get_at(obj, path[:-1])
    last = path[-1]
    if isinstance(last, int):
        parent[last] = value
    else:
        if not hasattr(parent, last):
            raise AttributeError(f"{type(parent).__name__} has no field {last!r}")
        setattr(parent, last, value)


def format_path(path: FieldPath) -> str:
    """``("priorities", 0, "title")`` -> ``"priorities[1].title"`` (1-based for people)."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step + 1}]"
        else:
            out += ("." if out else "") + step
    return out


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """A lowercase, dash-separated id made from ``text`` (ASCII letters and digits only)."""
    return _SLUG_RE.sub("-", text.lower()).strip("-")
