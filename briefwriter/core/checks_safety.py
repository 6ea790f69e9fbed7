"""Review's safety-mode warnings: personal names and whatever identifies the organisation.

Only with ``brief.safety.enabled``.  The signals are simple enough to explain in one line
each: a field made for a person's name (contact person, speaker, an individual
co-signatory); such a name found again in the text; a title such as Ms, Dr or Mme before a
capitalised word; "my name is"; and the organisation's name, acronym, e-mail, phone or web
address, or any e-mail address or international phone number, in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from briefwriter.core.check_text import field_name
from briefwriter.core.check_text import warning as _warning
from briefwriter.core.errors import Problem
from briefwriter.core.font_coverage import printed_fields
from briefwriter.core.i18n import QT_TRANSLATE_NOOP, Msg, join_and
from briefwriter.core.logo import quoted
from briefwriter.core.model import Brief, FieldPath
from briefwriter.core.safety import Found, Identifiers, People, person_fields

# Titles before a name, in English, French and Spanish (case as written: "ms" is no title).
_TITLES = (
    "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame",
    "M", "Mme", "Mlle", "Mmes", "MM", "Pr", "Me", "Monsieur", "Madame", "Mademoiselle",
    "Docteur", "Professeur", "Maître",
    "Sr", "Sra", "Srta", "Dra", "Dña", "Señor", "Señora", "Señorita", "Doctor", "Doctora",
    "Profesor", "Profesora", "Doña",
)
# Bare one- and two-letter titles need their full stop ("M. Diallo", "Me Ndiaye"): without
# it "M" and "Me" are ordinary words and letters.
_NEEDS_STOP = frozenset({"M", "MM", "Pr", "Me"})
_TITLE = re.compile(
    r"(?<![\w.])(" + "|".join(sorted(map(re.escape, _TITLES), key=len, reverse=True))
    + r")(\.?)[ \u00a0]+([^\W\d_][\w'’-]*)"
)
_MY_NAME = re.compile(
    r"(?i)\b(?:my name is|je m'appelle|je m’appelle|mon nom est|me llamo|mi nombre es)"
    r"\s+([^\W\d_][\w'’-]*)"
)
# Fields that are the organisation's identity or a person's name: named by their own warning
# (or left out of outputs), never searched as free text.  Consent is the author's record and
# never printed.
_OWN_FIELDS: tuple[FieldPath, ...] = (
    ("organisation", "name"), ("organisation", "acronym"), ("organisation", "contact"),
    ("statement", "speaker"),
)
_OWN_NAMES = frozenset({"consent", "contact"})

_WHAT = {
    "organisation": QT_TRANSLATE_NOOP("Checks", "your organisation's name"),
    "email": QT_TRANSLATE_NOOP("Checks", "an e-mail address"),
    "phone": QT_TRANSLATE_NOOP("Checks", "a phone number"),
    "website": QT_TRANSLATE_NOOP("Checks", "your organisation's web address"),
}


def _free_text(brief: Brief) -> Iterator[tuple[FieldPath, str]]:
    for path, text in printed_fields(brief):
        if any(path[: len(own)] == own for own in _OWN_FIELDS):
            continue
        if path[:1] == ("cosignatories",) and (path[2:3] == ("name",)
                                               or _OWN_NAMES & set(map(str, path))):
            continue
        if text.strip():
            yield path, text


def _field(brief: Brief, path: FieldPath) -> Msg:
    """How a warning names the field: as the other checks do, and a piece of evidence as
    "Evidence 2 of Priority 1 “Detention”"."""
    if path[:1] == ("priorities",) and path[2:3] == ("evidence",) and len(path) > 3:
        return Msg.of(QT_TRANSLATE_NOOP("Checks", "Evidence {number} of {owner}"),
                      number=int(path[3]) + 1, owner=field_name(brief, path))
    return field_name(brief, path)


def personal_names(text: str) -> list[str]:
    """Names ``text`` seems to give: a title before a capitalised word ("Ms Sow", "Dr. Ali",
    "Mme Diallo", "Sra. Pérez") or "my name is ..." (and its French and Spanish forms)."""
    out: list[str] = []
    for match in _TITLE.finditer(text):
        title, stop, word = match.groups()
        if not word[0].isupper() or (title in _NEEDS_STOP and not stop):
            continue
        out.append(match.group(0))
    out += [m.group(0) for m in _MY_NAME.finditer(text) if m.group(1)[0].isupper()]
    return out


def _person_field_warning(brief: Brief, path: FieldPath, value: str) -> Problem:
    printed_contact = not brief.safety.leave_out_contact
    name = quoted(value)
    if path == ("statement", "speaker"):
        return _warning(
            "safety-speaker-named", path,
            QT_TRANSLATE_NOOP(
                "Checks",
                "Safety mode: the speaker {name} is a personal name, printed with the "
                "statement. Give a role instead (“our representative”), or leave it empty.",
            ), name=name)
    if path[-1] == "name" and path[0] == "cosignatories" and len(path) == 3:
        return _warning(
            "safety-individual-cosignatory", path,
            QT_TRANSLATE_NOOP(
                "Checks",
                "Safety mode: co-signatory {number} {name} signs as an individual, so the "
                "paper prints a personal name. Make sure they agreed to be named, or leave "
                "them out.",
            ), number=int(path[1]) + 1, name=name)
    if printed_contact:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "Safety mode: the contact person {name} is a personal name and is printed on "
            "the paper. Leave contact details out (Organisation step, Safety mode), or give "
            "a role instead of a name.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Checks",
            "Safety mode: the contact person {name} is a personal name. It is left out of "
            "the exported paper, but anyone you send the brief file to can read it: clear it "
            "before you share the file.",
        )
    return _warning("safety-contact-person", path, template, name=name)


def _text_warnings(brief: Brief, path: FieldPath, text: str, identifiers: Identifiers,
                   people: People) -> list[Problem]:
    out: list[Problem] = []
    field = _field(brief, path)
    found_people = [name for _where, name in people.found_in(text)]
    if found_people:
        out.append(_warning(
            "safety-name-in-text", path,
            QT_TRANSLATE_NOOP(
                "Checks",
                "{field} names {names}, a person the brief names elsewhere (as a contact "
                "person, speaker or co-signatory); with safety mode on, leave the name out or "
                "give a role.",
            ), field=field, names=join_and([quoted(n) for n in found_people])))
    seen = {name.casefold() for name in found_people}
    signals = [s for s in personal_names(text)
               if not any(name in s.casefold() for name in seen)]
    if signals:
        out.append(_warning(
            "safety-name-signal", path,
            QT_TRANSLATE_NOOP(
                "Checks",
                "{field} seems to name a person: {names} (a title such as Ms or Dr before a "
                "name, or “my name is”); with safety mode on, leave the name out or give a "
                "role.",
            ), field=field, names=join_and([quoted(s) for s in dict.fromkeys(signals)])))
    found: dict[str, Found] = {}
    for item in identifiers.find(text):
        found.setdefault(item.kind, item)
    if found:
        what = join_and([Msg.of(QT_TRANSLATE_NOOP("Checks", "{what} {text}"),
                                what=Msg(_WHAT[f.kind]), text=quoted(f.text))
                         for f in found.values()])
        out.append(_warning(
            "safety-identifies-organisation", path,
            QT_TRANSLATE_NOOP(
                "Checks",
                "{field} holds {what}, which can tell readers who wrote the paper; with "
                "safety mode on, leave it out or write “our organisation”.",
            ), field=field, what=what))
    return out


def check_safety(brief: Brief) -> list[Problem]:
    """With safety mode on: a warning for each field that names a person or identifies the
    organisation (nothing when it is off)."""
    if not brief.safety.enabled:
        return []
    out = [_person_field_warning(brief, path, value) for path, value in person_fields(brief)]
    identifiers = Identifiers.of(brief)
    people = People.of(brief)
    for path, text in _free_text(brief):
        out += _text_warnings(brief, path, text, identifiers, people)
    return out
