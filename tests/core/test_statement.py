"""The suggested oral statement: speakable sentences, sound grammar, within its time limit."""

from __future__ import annotations

import pytest

from briefwriter.core.model import Aim, Ask, Brief, Organisation
from briefwriter.core.statement import (
    DEFAULT_TIME_LIMIT_SECONDS,
    ask_sentence,
    compose_statement,
    ends_with_time,
    with_article,
)
from briefwriter.core.text import count_words, plain_text, word_count


def _asks(*asks: tuple[str, str, str]) -> list[Aim]:
    return [Aim(ask=Ask(who=who, what=what, by_when=when)) for who, what, when in asks]


def _brief(**changes) -> Brief:
    brief = Brief(
        organisation=Organisation(name="West African Migrant Network", acronym="WAMN",
                                  migrant_led=True, country="Senegal"),
        key_messages=["Search and rescue saves lives.", "  ", "Families deserve answers."],
        aims=_asks(("Member States", "Pledge funding for rescue", "May 2026"),
                   ("IOM", "publish route data.", "before the IMRF 2026"),
                   ("", "join us", "")),
    )
    for name, value in changes.items():
        setattr(brief, name, value)
    return brief


def test_the_statement_has_its_parts_in_order():
    statement = compose_statement(_brief(summary="A summary that is not read out."))
    assert statement.paragraphs == (
        "Thank you, Chair. I speak on behalf of the West African Migrant Network (WAMN), "
        "a migrant-led organisation based in Senegal.",
        "Search and rescue saves lives.",
        "Families deserve answers.",
        "We call on Member States to pledge funding for rescue by May 2026. "
        "We call on IOM to publish route data before the IMRF 2026.",
        "Thank you.",
    )
    assert statement.language == "en" and statement.notes == ()
    assert statement.words == count_words(statement.text)
    assert statement.limit_seconds == DEFAULT_TIME_LIMIT_SECONDS


# --------------------------------------------------------------------------------------
# Grammar
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "opening"),
    [
        ("Coalition for Migrant Rights", "I speak on behalf of the Coalition for Migrant Rights."),
        ("The Migrant Justice Alliance", "I speak on behalf of the Migrant Justice Alliance."),
        ("Migrant Voices West Africa", "I speak on behalf of Migrant Voices West Africa."),
        ("QUNO", "I speak on behalf of QUNO."),
        ("Quaker United Nations Office", "I speak on behalf of the Quaker United Nations Office."),
        ("Sisters of Mercy", "I speak on behalf of the Sisters of Mercy."),
        ("Amnesty International", "I speak on behalf of Amnesty International."),
        ("Legal Aid Org Inc.", "I speak on behalf of Legal Aid Org Inc."),
    ],
)
def test_the_organisation_gets_the_article_it_needs(name, opening):
    brief = Brief(organisation=Organisation(name=name))
    assert compose_statement(brief).paragraphs[0] == f"Thank you, Chair. {opening}"


def test_country_without_migrant_led():
    brief = Brief(organisation=Organisation(name="Legal Aid Coalition", country="Philippines"))
    assert compose_statement(brief).paragraphs[0] == (
        "Thank you, Chair. I speak on behalf of the Legal Aid Coalition, based in Philippines."
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Coalition for Migrant Rights", "the Coalition for Migrant Rights"),
        ("Government of Lebanon", "the Government of Lebanon"),
        ("The Government of Lebanon", "the Government of Lebanon"),
        ("the UN Network on Migration", "the UN Network on Migration"),
        ("Ministry of Labour", "the Ministry of Labour"),
        ("European Union", "the European Union"),
        ("United Nations", "the United Nations"),
        ("Migrant Voices West Africa", "Migrant Voices West Africa"),
        ("IOM", "IOM"),
        ("UN-Habitat", "UN-Habitat"),
        ("Member States", "Member States"),
        ("all States", "all States"),
        ("La Strada International", "La Strada International"),  # not an English article
    ],
)
def test_english_articles(name, expected):
    assert with_article(name) == expected


@pytest.mark.parametrize(
    ("who", "what", "when", "sentence"),
    [
        ("The Government of Lebanon", "End child detention", "May 2026",
         "We call on the Government of Lebanon to end child detention by May 2026."),
        ("Member States", "reduce migrant deaths by 2030", "May 2026",
         "We call on Member States to reduce migrant deaths by 2030."),
        ("Member States", "adopt firewalls before the IMRF 2026.", "May 2026",
         "We call on Member States to adopt firewalls before the IMRF 2026."),
        ("IOM", "publish data by the end of the year", "2027",
         "We call on IOM to publish data by the end of the year."),
        ("Member States", "act immediately", "2026",
         "We call on Member States to act immediately."),
        # A place or a means is not a time: the deadline is still said.
        ("Member States", "include migrants in the review", "May 2026",
         "We call on Member States to include migrants in the review by May 2026."),
        ("Member States", "protect migrants by law", "2027",
         "We call on Member States to protect migrants by law by 2027."),
        ("States", "To end child detention.", "By 2030",
         "We call on States to end child detention by 2030."),
        ("Member States", "adopt firewalls", "ahead of the review",
         "We call on Member States to adopt firewalls ahead of the review."),
        ("Migrant Voices West Africa", "join us..", "2026.",
         "We call on Migrant Voices West Africa to join us by 2026."),
        ("Coalition for Migrant Rights", "share its data[^1]", "",
         "We call on the Coalition for Migrant Rights to share its data."),
        ("*all* States", "act [now]", "", "We call on *all* States to act [now]."),
    ],
)  # fmt: skip
def test_ask_sentences(who, what, when, sentence):
    assert ask_sentence(Ask(who=who, what=what, by_when=when)) == sentence


def test_an_ask_without_anyone_or_anything_is_left_out():
    assert ask_sentence(Ask(who="", what="join us", by_when="2026")) == ""
    assert ask_sentence(Ask(who="IOM", what=" ", by_when="2026")) == ""
    assert "join us" not in compose_statement(_brief()).text


@pytest.mark.parametrize(
    ("text", "timed"),
    [
        ("adopt a plan by 2030", True), ("end detention in 2027", True),
        ("report by the end of the year", True), ("act without delay", True),
        ("meet us at the IMRF", True), ("publish data before the IMRF 2026.", True),
        ("include migrants in the review", False), ("reduce deaths by half", False),
        ("protect migrants by law", False), ("end detention", False),
    ],
)  # fmt: skip
def test_a_time_expression_at_the_end(text, timed):
    assert ends_with_time(text) is timed


# --------------------------------------------------------------------------------------
# Speakable text only
# --------------------------------------------------------------------------------------

QUNO_SUMMARY = """\
## Why does the IMRF matter for migration justice?

Our vision of migration justice is grounded in human rights.[^1] The IMRF is the first time all
States can reflect together on their progress.

It can contribute to:

1. Demonstrating the relevance of the GCM
2. Emphasizing a human rights based approach

| Aim | Entry point |
|---|---|
| Pledging | Regional review |

[^1]: See QUNO, *Migration Justice*, Paper 1.
"""


def test_key_messages_are_spoken_without_markdown():
    brief = Brief(
        organisation=Organisation(name="QUNO"),
        key_messages=[
            "### Lethal disregard\n\nDeaths at sea are **preventable**.[^1]\n\n"
            "1. Search and rescue\n2. Safe routes\n\n"
            "| Year | Deaths |\n|---|---|\n| 2024 | 2,452 |\n\n[^1]: IOM Missing Migrants, 2024.",
            "Read [the QUNO paper](https://quno.org/paper) on the IMRF.",
        ],
    )
    statement = compose_statement(brief)
    assert statement.paragraphs[1:3] == (
        "Deaths at sea are preventable. Search and rescue. Safe routes.",
        "Read the QUNO paper on the IMRF.",
    )
    for leftover in ("#", "|", "[^", "1.", "IOM Missing", "2,452", "https", "**"):
        assert leftover not in statement.text


def test_the_summary_stands_in_only_with_its_first_paragraph_of_prose():
    brief = Brief(summary=QUNO_SUMMARY, organisation=Organisation(name="QUNO"))
    assert compose_statement(brief).paragraphs == (
        "Thank you, Chair. I speak on behalf of QUNO.",
        "Our vision of migration justice is grounded in human rights. The IMRF is the first "
        "time all States can reflect together on their progress.",
        "Thank you.",
    )
    # With key messages, the summary is not read out at all.
    brief.key_messages = ["Migration justice needs the IMRF."]
    assert "vision" not in compose_statement(brief).text


@pytest.mark.parametrize(
    "message",
    ["1. A year to act", "- A dash first", "# Not a heading", "> Not a quote",
     "Rights & *duties* [^1] <b> | ~ `x` _y_ \\ ok"],
)
def test_the_markdown_reads_back_as_the_same_words(message):
    brief = Brief(key_messages=[message.replace("[^1]", "\\[^1\\]").replace("\\ ok", "ok")])
    statement = compose_statement(brief)
    assert plain_text(statement.markdown) == statement.text
    assert word_count(statement.markdown) == statement.words


def test_an_empty_brief_has_no_statement():
    statement = compose_statement(Brief())
    assert (statement.paragraphs, statement.text, statement.words) == ((), "", 0)


# --------------------------------------------------------------------------------------
# Time budget
# --------------------------------------------------------------------------------------


def _long_brief(limit: int = 0) -> Brief:
    brief = Brief(
        organisation=Organisation(name="QUNO"),
        key_messages=[f"Message {n} says " + " ".join(["something"] * 40) + "."
                      for n in range(1, 5)],
        aims=_asks(("Member States", "pledge " + " ".join(["support"] * 30), "May 2026"),
                   ("IOM", "publish " + " ".join(["data"] * 30), "2027")),
    )
    brief.statement.time_limit_seconds = limit
    return brief


def test_later_key_messages_are_left_out_to_fit_the_default_90_seconds():
    statement = compose_statement(_long_brief())
    # 9 + 4 * 43 + 40 + 38 + 2 = 261 words: 66 over the 195 words of 1:30.
    assert statement.limit_seconds == 90
    assert statement.left_out_messages == (3, 4)
    assert statement.left_out_asks == ()
    assert statement.words == 175 and statement.seconds == 81
    assert not statement.over_limit
    assert [str(n) for n in statement.notes] == [
        "The suggested statement would take 2:00 (261 words at 130 words a minute): 66 words "
        "(0:30) over 1:30, the usual limit when none is set.",
        "Left out to fit: key messages 3 and 4.",
    ]
    assert "Message 1" in statement.text and "Message 2" in statement.text
    assert "Message 3" not in statement.text


def test_then_later_asks_and_a_warning_when_still_over():
    statement = compose_statement(_long_brief(limit=40))
    assert statement.left_out_messages == (2, 3, 4)
    assert statement.left_out_asks == (2,)
    assert statement.over_limit  # the first message and the first ask stay
    assert statement.words == 94  # 40 s is 86 words
    assert [str(n) for n in statement.notes] == [
        "The suggested statement would take 2:00 (261 words at 130 words a minute): 175 words "
        "(1:20) over the time limit of 0:40.",
        "Left out to fit: key messages 2, 3 and 4; the ask of aim 2.",
        "It is still 8 words over: shorten the first key message or the first ask, or edit "
        "the draft.",
    ]


def test_a_statement_within_its_limit_loses_nothing():
    statement = compose_statement(_long_brief(limit=180))
    assert (statement.left_out_messages, statement.left_out_asks, statement.notes) == (
        (), (), ())
    assert statement.words == 261


# --------------------------------------------------------------------------------------
# Languages
# --------------------------------------------------------------------------------------


def test_french():
    brief = Brief(
        language="fr",
        organisation=Organisation(name="Réseau des migrantes", acronym="RM", country="Sénégal",
                                  migrant_led=True),
        key_messages=["Les morts en mer sont évitables"],
        aims=_asks(("Gouvernement du Liban", "Adopter un plan", "mai 2026"),
                   ("États membres", "mettre fin à la détention d’ici 2030", "mai 2026"),
                   ("Organisation internationale pour les migrations", "publier ses données",
                    "avant le FIMI")),
    )
    assert compose_statement(brief).paragraphs == (
        "Merci, Madame la Présidente, Monsieur le Président. Je m’exprime au nom du Réseau "
        "des migrantes (RM, Sénégal), une organisation dirigée par des personnes migrantes.",
        "Les morts en mer sont évitables.",
        "Nous appelons le Gouvernement du Liban à adopter un plan d’ici mai 2026. "
        "Nous appelons les États membres à mettre fin à la détention d’ici 2030. "
        "Nous appelons l’Organisation internationale pour les migrations à publier ses "
        "données avant le FIMI.",
        "Je vous remercie.",
    )
    brief.organisation = Organisation(name="Coalition pour les droits")
    assert compose_statement(brief).paragraphs[0].endswith(
        "Je m’exprime au nom de la Coalition pour les droits.")
    brief.organisation = Organisation(name="Amnesty International")
    assert compose_statement(brief).paragraphs[0].endswith(
        "Je m’exprime au nom d’Amnesty International.")


def test_spanish():
    brief = Brief(
        language="es",
        organisation=Organisation(name="Red de Mujeres Migrantes", country="México",
                                  migrant_led=True),
        key_messages=["Las muertes en el mar se pueden evitar."],
        aims=_asks(("Gobierno del Líbano", "adoptar un plan", "mayo de 2026"),
                   ("Estados miembros", "poner fin a la detención para 2030", "mayo de 2026")),
    )
    assert compose_statement(brief).paragraphs == (
        "Gracias, Presidencia. Hablo en nombre de la Red de Mujeres Migrantes, una "
        "organización liderada por personas migrantes con sede en México.",
        "Las muertes en el mar se pueden evitar.",
        "Instamos al Gobierno del Líbano a adoptar un plan para mayo de 2026. "
        "Instamos a los Estados miembros a poner fin a la detención para 2030.",
        "Muchas gracias.",
    )
    brief.organisation = Organisation(name="Consejo Noruego para Refugiados")
    assert compose_statement(brief).paragraphs[0].endswith(
        "Hablo en nombre del Consejo Noruego para Refugiados.")


def test_other_languages_fall_back_to_english_with_a_note():
    brief = _brief(language="pt")
    statement = compose_statement(brief)
    assert statement.language == "en"
    assert statement.paragraphs == compose_statement(_brief()).paragraphs
    assert [str(n) for n in statement.notes] == [
        "The suggested statement is in English: BriefWriter cannot yet compose one in "
        "Portuguese (pt). Translate it or write your own."
    ]
    assert compose_statement(brief, "fr-CH").language == "fr"
    assert compose_statement(brief, "fr-CH").notes == ()
