"""Safety mode's Review warnings: personal names in fields and text, and what identifies the
organisation; none when safety mode is off, none for the bundled examples' GCM quotations."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefwriter.core.checks import check_brief
from briefwriter.core.checks_safety import check_safety, personal_names
from briefwriter.core.model import Brief, Cosignatory, Evidence, Priority
from briefwriter.core.safety import Identifiers, export_stem, neutral_stem, person_name
from briefwriter.core.statement import compose_statement
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir


def at_risk() -> Brief:
    brief = Brief(title="Ending detention of children", summary="We ask for alternatives.")
    org = brief.organisation
    org.name = "Ndugu Safe Harbour Collective"
    org.acronym = "NSHC"
    org.contact.name = "Imani Wekesa, Coordinator"
    org.contact.email = "contact@nshc-safe.example"
    org.contact.website = "https://www.nshc-safe.example/about"
    org.contact.phone = "+254 700 123 456"
    brief.safety.enabled = True
    return brief


def by_code(problems, code):
    return [p for p in problems if p.code == code]


def test_nothing_is_said_when_safety_mode_is_off():
    brief = at_risk()
    brief.safety.enabled = False
    brief.summary = "Ms Wekesa of NSHC (contact@nshc-safe.example) says so."
    assert check_safety(brief) == []
    assert not [p for p in check_brief(brief, None) if p.code.startswith("safety-")]


def test_the_contact_person_is_named_as_a_personal_name_kept_in_the_file():
    [warning] = by_code(check_safety(at_risk()), "safety-contact-person")
    assert warning.path == ("organisation", "contact", "name")
    assert "“Imani Wekesa, Coordinator”" in warning.message
    assert "left out of the exported paper" in warning.message
    assert "clear it before you share the file" in warning.message


def test_a_printed_contact_person_is_named_as_printed():
    brief = at_risk()
    brief.safety.leave_out_contact = False
    [warning] = by_code(check_safety(brief), "safety-contact-person")
    assert "is printed on the paper" in warning.message


def test_speaker_and_individual_cosignatories_are_personal_names():
    brief = at_risk()
    brief.statement.speaker = "Amina Yusuf"
    brief.cosignatories = [Cosignatory(name="Refugee Rights Forum"),
                           Cosignatory(name="Dr Omar Haddad", kind="individual")]
    problems = check_safety(brief)
    [speaker] = by_code(problems, "safety-speaker-named")
    assert speaker.path == ("statement", "speaker") and "“Amina Yusuf”" in speaker.message
    [individual] = by_code(problems, "safety-individual-cosignatory")
    assert individual.path == ("cosignatories", 1, "name")
    assert "co-signatory 2 “Dr Omar Haddad” signs as an individual" in individual.message
    # An organisation signing is no personal name, and a field's own name is not "free text".
    assert not [p for p in problems if p.path[:2] == ("cosignatories", 0)]
    assert not by_code(problems, "safety-name-signal")


def test_a_name_given_in_a_field_is_found_again_in_the_text():
    brief = at_risk()
    brief.key_messages = ["As imani  wekesa told the Forum, detention harms children."]
    [warning] = by_code(check_safety(brief), "safety-name-in-text")
    assert warning.path == ("key_messages", 0)
    assert warning.message.startswith("Key message 1 names “Imani Wekesa”, a person the brief "
                                      "names elsewhere")
    assert not by_code(check_safety(brief), "safety-name-signal")  # said once, not twice


@pytest.mark.parametrize("text, found", [
    ("We met Ms Sow in Dakar.", ["Ms Sow"]),
    ("Dr. Ali and Prof Mensah spoke.", ["Dr. Ali", "Prof Mensah"]),
    ("Selon Mme Diallo et M. Ndiaye, ...", ["Mme Diallo", "M. Ndiaye"]),
    ("La Sra. Pérez y el Dr. Gómez", ["Sra. Pérez", "Dr. Gómez"]),
    ("Hello, my name is Aminata and I work here.", ["my name is Aminata"]),
    ("Je m’appelle Fatou.", ["Je m’appelle Fatou"]),
    ("Me llamo Lucía.", ["Me llamo Lucía"]),
])
def test_titles_and_my_name_is_signal_a_name(text, found):
    assert personal_names(text) == found


@pytest.mark.parametrize("text", [
    "Results in ms are fast.",  # a unit, not a title
    "M Diallo",  # a bare M without its full stop
    "The meeting at 10 A.M. Then we left.",
    "Dr who? the doctor said nothing.",  # no capitalised word after the title
    "Member States shall, as Parties, ensure due process.",
    "my name is not important",
    "Madame la Présidente",
])
def test_ordinary_words_are_no_name(text):
    assert personal_names(text) == []


def test_a_title_before_a_name_in_a_field_is_a_warning_naming_the_field():
    brief = at_risk()
    brief.priorities = [Priority(title="Detention",
                                 description="Mr Juma was held for 90 days.")]
    [warning] = by_code(check_safety(brief), "safety-name-signal")
    assert warning.path == ("priorities", 0, "description")
    assert "Priority 1 “Detention” seems to name a person: “Mr Juma”" in warning.message
    assert "a title such as Ms or Dr before a name" in warning.message


def test_what_identifies_the_organisation_is_named_with_the_field():
    brief = at_risk()
    brief.organisation.description = "The Ndugu Safe Harbour Collective works in Nairobi."
    brief.key_messages = ["NSHC calls on States to act.",
                          "Write to help@other.example or call +254 20 555 0101.",
                          "Nshc is no acronym when written so."]
    brief.priorities = [Priority(title="Data", evidence=[
        Evidence(text="Our survey.", source="Survey 2025",
                 url="https://nshc-safe.example/survey")])]
    problems = by_code(check_safety(brief), "safety-identifies-organisation")
    where = {p.path: p.message for p in problems}
    assert "your organisation's name “Ndugu Safe Harbour Collective”" in \
        where[("organisation", "description")]
    assert "your organisation's name “NSHC”" in where[("key_messages", 0)]
    message = where[("key_messages", 1)]
    assert "an e-mail address “help@other.example”" in message
    assert "a phone number “+254 20 555 0101”" in message
    assert ("key_messages", 2) not in where  # an acronym is matched as written
    url = where[("priorities", 0, "evidence", 0, "url")]
    assert url.startswith("Evidence 1 of Priority 1 “Data” holds your organisation's web "
                          "address “nshc-safe.example”")
    # The identity fields themselves are no free text.
    assert not [p for p in problems if p.path[:2] == ("organisation", "name")]


def test_the_organisations_own_phone_is_found_however_it_is_written():
    found = Identifiers.of(at_risk()).find("Call 0700-123-456? No: 254 700 123 456.")
    assert [(f.kind, f.text) for f in found] == [("phone", "254 700 123 456")]


def test_other_web_addresses_are_sources_not_identifiers():
    brief = at_risk()
    brief.priorities = [Priority(title="Data", evidence=[
        Evidence(text="UN data.", source="OHCHR", url="https://www.ohchr.org/en/migration")])]
    assert not by_code(check_safety(brief), "safety-identifies-organisation")


def test_check_brief_includes_the_safety_warnings():
    brief = at_risk()
    brief.summary = "Ms Achieng leads our work."
    codes = {p.code for p in check_brief(brief, None)}
    assert {"safety-contact-person", "safety-name-signal"} <= codes


@pytest.mark.parametrize("example", sorted(examples_dir().glob("*.brief.yaml")),
                         ids=lambda p: p.name.removesuffix(".brief.yaml"))
def test_no_false_alarms_on_the_bundled_examples(example: Path):
    """The examples quote the GCM, cite UN sources and name processes and places: none of
    that is a person's name.  What they do hold is the organisation's name, in fields such
    as the description, and the people in the fields made for them."""
    brief = load_brief(example).brief
    brief.safety.enabled = True
    problems = check_safety(brief)
    assert not by_code(problems, "safety-name-signal"), [p.message for p in problems]
    flagged_text = {p.path for p in by_code(problems, "safety-identifies-organisation")}
    for path in flagged_text:  # only where the organisation's own details really are
        value = _value(brief, path)
        ids = Identifiers.of(brief)
        assert ids.find(value), (path, value)


def _value(brief: Brief, path) -> str:
    value: object = brief
    for part in path:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return str(value)


def test_person_name_drops_the_role():
    assert person_name("Aminata Sow, Coordinator") == "Aminata Sow"
    assert person_name("مريم حداد، منسقة المناصرة") == "مريم حداد"
    assert person_name("Wanjiru Otieno - Policy Lead") == "Wanjiru Otieno"


def test_the_export_name_is_neutral_in_safety_mode():
    brief = at_risk()
    day = date(2026, 12, 5)
    assert neutral_stem(day) == "brief-2026-12-05"
    assert export_stem(brief, Path("/x/nshc-imrf.brief.yaml"), today=day) == "brief-2026-12-05"
    assert export_stem(brief, None, today=day) == "brief-2026-12-05"
    brief.safety.enabled = False
    assert export_stem(brief, Path("/x/nshc-imrf.brief.yaml"), today=day) == "nshc-imrf"
    assert export_stem(brief, Path("/x/paper.yaml"), today=day) == "paper"
    assert export_stem(brief, None, today=day) == "ending-detention-of-children"


def test_a_missing_organisation_name_is_not_asked_for_in_safety_mode():
    brief = at_risk()
    brief.organisation.name = ""
    assert "no-organisation-name" not in {p.code for p in check_brief(brief, None)}
    brief.safety.enabled = False
    assert "no-organisation-name" in {p.code for p in check_brief(brief, None)}


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "ru", "zh"])
def test_the_suggested_statement_does_not_say_who_speaks_in_safety_mode(lang):
    brief = at_risk()
    brief.organisation.country = "Kenya"
    brief.key_messages = ["Children must never be detained."]
    brief.safety.enabled = False
    named = compose_statement(brief, lang).markdown
    assert "Ndugu" in named
    brief.safety.enabled = True
    anonymous = compose_statement(brief, lang).markdown
    assert "Ndugu" not in anonymous and "NSHC" not in anonymous
    assert "Children must never be detained." in anonymous
