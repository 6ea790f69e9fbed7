"""Safety mode's knowledge of what identifies an organisation and its people.

One place says which words of a brief name the organisation (name, acronym, e-mail, web
address, phone) or a person (contact person, speaker, individual co-signatories), how such
words are found in other text, and what an export is called when nothing may name anyone.
Review (``core.checks_safety``), the render context (``render.safety``), the app's export
dialog and the command line all ask here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from briefwriter.core.model import Brief, FieldPath, slugify

# A person's name given with a role ("Aminata Sow, Coordinator"): the name is the first part.
_ROLE_SEPARATORS = re.compile(r"\s*(?:[,،;(]|\s[-–—]\s)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An international number ("+41 22 748 48 00"): a plus, then digits with the usual separators.
_PHONE = re.compile(r"(?<![\w+])\+\d[\d ().-]{6,}\d")
_WEB = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>()\"']+")


@dataclass(frozen=True)
class Found:
    """A piece of text that identifies someone: what it is (``kind``) and the words found.

    kinds: "organisation" (its name or acronym), "email", "phone", "website" (the
    organisation's own web address), "person" (a name the brief gives a person elsewhere).
    """

    kind: str
    text: str


def person_name(value: str) -> str:
    """The name in a field that may add a role: "Aminata Sow, Coordinator" -> "Aminata Sow"."""
    return " ".join(_ROLE_SEPARATORS.split(value.strip(), maxsplit=1)[0].split())


def _host(address: str) -> str:
    """"https://www.example.org/about" -> "example.org" ("" when it is no web address)."""
    text = address.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "http://" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    host = host.removeprefix("www.")
    return host if "." in host else ""


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _phrase(words: str, *, case: bool = False) -> re.Pattern[str] | None:
    """``words`` as a whole-word pattern, spaces matching any run of white space."""
    parts = words.split()
    if not parts:
        return None
    body = r"\s+".join(re.escape(part) for part in parts)
    return re.compile(rf"(?<!\w){body}(?!\w)", 0 if case else re.IGNORECASE)


@dataclass(frozen=True)
class People:
    """The personal names a brief gives in its fields, each with where it is given."""

    names: tuple[tuple[FieldPath, str], ...]

    @classmethod
    def of(cls, brief: Brief) -> People:
        out: list[tuple[FieldPath, str]] = []
        for path, value in person_fields(brief):
            name = person_name(value)
            if len(name) >= 3:
                out.append((path, name))
        return cls(tuple(out))

    def found_in(self, text: str) -> Iterator[tuple[FieldPath, str]]:
        """Each (field, name) whose name ``text`` holds."""
        seen: set[str] = set()
        for path, name in self.names:
            pattern = _phrase(name)
            if pattern is not None and name.casefold() not in seen and pattern.search(text):
                seen.add(name.casefold())
                yield path, name


def person_fields(brief: Brief) -> Iterator[tuple[FieldPath, str]]:
    """The fields that hold a person's name: the organisation's contact person, the speaker
    and co-signatories who sign as individuals."""
    if brief.organisation.contact.name.strip():
        yield ("organisation", "contact", "name"), brief.organisation.contact.name
    if brief.statement.speaker.strip():
        yield ("statement", "speaker"), brief.statement.speaker
    for i, cosignatory in enumerate(brief.cosignatories):
        if cosignatory.kind == "individual" and cosignatory.name.strip():
            yield ("cosignatories", i, "name"), cosignatory.name


@dataclass(frozen=True)
class Identifiers:
    """What names the organisation: its name, acronym, e-mail, web address and phone.

    ``extra_names`` are further names that stand for it (the brand kit's name).
    """

    name: str = ""
    acronym: str = ""
    email: str = ""
    host: str = ""
    phone_digits: str = ""

    @classmethod
    def of(cls, brief: Brief) -> Identifiers:
        org = brief.organisation
        return cls(
            name=" ".join(org.name.split()), acronym=org.acronym.strip(),
            email=org.contact.email.strip(), host=_host(org.contact.website),
            phone_digits=_digits(org.contact.phone),
        )

    def find(self, text: str, *, also: tuple[str, ...] = ()) -> list[Found]:
        """What in ``text`` identifies the organisation, or anyone: the organisation's name or
        acronym (and the names in ``also``), any e-mail address, any international phone
        number or the organisation's own, and the organisation's web address."""
        out: list[Found] = []
        for words, case in ((self.name, False), *((a, False) for a in also),
                            (self.acronym, True)):
            pattern = _phrase(words, case=case) if len(words) >= 2 else None
            match = pattern.search(text) if pattern else None
            if match:
                out.append(Found("organisation", match.group(0)))
        for match in _EMAIL.finditer(text):
            out.append(Found("email", match.group(0)))
        if self.email and self.email.casefold() in text.casefold() and not any(
            f.kind == "email" for f in out
        ):
            out.append(Found("email", self.email))
        out += [Found("phone", m.group(0)) for m in _PHONE.finditer(text)]
        if len(self.phone_digits) >= 6 and not any(f.kind == "phone" for f in out):
            spaced = r"[\s().-]*".join(re.escape(d) for d in self.phone_digits)
            match = re.search(rf"(?<!\d){spaced}(?!\d)", text)
            if match:
                out.append(Found("phone", match.group(0)))
        if self.host:
            host = re.compile(rf"(?i)(?<![\w.-]){re.escape(self.host)}(?![\w-])")
            match = host.search(text)
            if match and not any(match.group(0) in f.text for f in out):
                out.append(Found("website", match.group(0)))
        return out

    def identifies(self, text: str, *, also: tuple[str, ...] = ()) -> bool:
        """Whether ``text`` names the organisation or holds contact details of anyone
        (any web address counts: a footer line's link leads to its owner)."""
        return bool(self.find(text, also=also) or _WEB.search(text))


# --------------------------------------------------------------------------------------
# The name an export is offered under
# --------------------------------------------------------------------------------------

NEUTRAL_STEM = "brief"
BRIEF_SUFFIX = ".brief.yaml"


def neutral_stem(today: date | None = None) -> str:
    """"brief-2026-12-05": names neither the organisation nor the paper's subject."""
    return f"{NEUTRAL_STEM}-{(today or date.today()).isoformat()}"


def export_stem(brief: Brief, path: Path | None, *, today: date | None = None) -> str:
    """The file name (without suffix) an export is offered under: the brief file's own name,
    else the title's; with safety mode on, always the neutral ``brief-YYYY-MM-DD``, since the
    brief's file name and its title may name the organisation."""
    if brief.safety.enabled:
        return neutral_stem(today)
    if path is not None:
        return path.name.removesuffix(BRIEF_SUFFIX) if path.name.endswith(BRIEF_SUFFIX) \
            else path.stem
    return slugify(brief.title)[:60].strip("-") or NEUTRAL_STEM
