"""Text helpers: what a reader sees, how long it takes to say, and the composed statement."""

from __future__ import annotations

import pytest

from briefwriter.core.model import Aim, Ask, Brief, Organisation
from briefwriter.core.text import (
    compose_statement_markdown,
    count_words,
    format_duration,
    plain_text,
    speaking_seconds,
    word_count,
)


def test_plain_text_keeps_link_text_and_drops_markup():
    text = plain_text("Read **the** [OHCHR report](https://www.ohchr.org/x) on _borders_.")
    assert text == "Read the OHCHR report on borders."


def test_plain_text_drops_footnote_markers_and_footnotes():
    markdown = "Deaths rose sharply.[^1] Inline too.^[An inline note.]\n\n[^1]: IOM, 2024.\n"
    text = plain_text(markdown)
    assert text == "Deaths rose sharply. Inline too."
    assert "IOM" not in text and "inline note" not in text


def test_plain_text_blocks_lists_and_tables():
    markdown = (
        "# Our asks\n\nFirst paragraph\ncontinues here.\n\n- one\n- two\n\n"
        "| State | Pledge |\n|---|---|\n| Ghana | yes |\n\n```\ncode stays\n```\n"
    )
    assert plain_text(markdown) == (
        "Our asks\n\nFirst paragraph continues here.\n\none\ntwo\n\n"
        "State\tPledge\nGhana\tyes\n\ncode stays"
    )


def test_raw_html_is_text_and_entities_are_decoded():
    # The renderer escapes raw HTML, so a reader sees the tag as typed.
    assert plain_text("A <b>bold</b> claim &amp; more") == "A <b>bold</b> claim & more"


def test_images_are_not_read_out():
    assert plain_text("Logo ![our logo](logo.png) here") == "Logo  here"
    assert word_count("Logo ![our logo](logo.png) here") == 2


@pytest.mark.parametrize(
    ("markdown", "words"),
    [
        ("", 0),
        ("One two three.", 3),
        ("A rights-based approach for migrants’ rights", 6),
        ("1,000 migrants and 3.5 million people", 6),
        ("**Bold** and [a link](https://example.org)", 4),
        ("Text[^1]\n\n[^1]: A long footnote that is not spoken at all.", 1),
        ("- item one\n- item two", 4),
        ("移民权利", 4),
        ("La protección de las personas migrantes", 6),
    ],
)
def test_word_count(markdown, words):
    assert word_count(markdown) == words


def test_count_words_on_plain_text():
    assert count_words("l’État s’engage") == 2
    assert count_words("   ") == 0


@pytest.mark.parametrize(
    ("words", "seconds"),
    [(0, 0), (130, 60), (65, 30), (200, 92), (260, 120), (1, 0), (2, 1)],
)
def test_speaking_seconds_at_130_words_a_minute(words, seconds):
    assert speaking_seconds(words) == seconds


def test_speaking_seconds_other_speeds():
    assert speaking_seconds(100, wpm=100) == 60
    assert speaking_seconds(-5) == 0
    with pytest.raises(ValueError, match="positive"):
        speaking_seconds(10, wpm=0)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (5, "0:05"), (59.6, "1:00"), (92, "1:32"), (600, "10:00"), (3725, "1:02:05"),
     (-3, "0:00")],
)  # fmt: skip
def test_format_duration(seconds, shown):
    assert format_duration(seconds) == shown


# --------------------------------------------------------------------------------------
# The composed statement
# --------------------------------------------------------------------------------------


def _brief(**changes) -> Brief:
    brief = Brief(
        summary="Migrants keep dying on routes that States could make safe.",
        key_messages=["Search and rescue saves lives.", "  ", "Families deserve answers."],
        organisation=Organisation(
            name="West African Migrant Network", acronym="WAMN", migrant_led=True,
            country="Senegal",
        ),
        aims=[
            Aim(aim="pledging", ask=Ask(who="Member States", what="Pledge funding for rescue",
                                        by_when="May 2026")),
            Aim(aim="opening-dialogue", ask=Ask(who="IOM", what="publish route data.",
                                                by_when="before the IMRF 2026")),
            Aim(aim="coalition-building", ask=Ask(who="", what="join us")),
        ],
    )  # fmt: skip
    for name, value in changes.items():
        setattr(brief, name, value)
    return brief


def test_composed_statement_has_its_parts_in_order():
    text = compose_statement_markdown(_brief())
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == (
        "Thank you, Chair. I speak on behalf of West African Migrant Network (WAMN), "
        "a migrant-led organisation based in Senegal."
    )
    assert paragraphs[1] == "Migrants keep dying on routes that States could make safe."
    assert paragraphs[2:4] == ["Search and rescue saves lives.", "Families deserve answers."]
    assert paragraphs[4] == (
        "We call on Member States to pledge funding for rescue by May 2026. "
        "We call on IOM to publish route data before the IMRF 2026."
    )
    assert paragraphs[5] == "Thank you."
    assert "join us" not in text  # an ask without anyone to ask is left out


def test_composed_statement_without_migrant_led_or_country():
    org = Organisation(name="Legal Aid Coalition")
    text = compose_statement_markdown(_brief(organisation=org))
    assert text.startswith("Thank you, Chair. I speak on behalf of Legal Aid Coalition.\n\n")
    assert "migrant-led" not in text


def test_composed_asks_read_naturally():
    def ask_sentence(who, what, by_when):
        brief = Brief(aims=[Aim(ask=Ask(who=who, what=what, by_when=by_when))])
        return compose_statement_markdown(brief).split("\n\n")[1]

    assert ask_sentence("States", "To end child detention.", "By 2030") == (
        "We call on States to end child detention by 2030."
    )
    assert ask_sentence("the UN Network", "UNHCR-led reviews", "") == (
        "We call on the UN Network to UNHCR-led reviews."
    )
    assert ask_sentence("Member States", "adopt firewalls", "ahead of the review") == (
        "We call on Member States to adopt firewalls ahead of the review."
    )


def test_composed_statement_escapes_plain_fields_for_markdown():
    brief = Brief(aims=[Aim(ask=Ask(who="*all* States", what="act [now]", by_when="2026"))])
    text = compose_statement_markdown(brief)
    assert plain_text(text).split("\n\n")[1] == "We call on *all* States to act [now] by 2026."


def test_composed_statement_of_an_empty_brief_is_empty():
    assert compose_statement_markdown(Brief()) == ""


def test_composed_statement_falls_back_to_english():
    brief = _brief(language="ar")
    assert compose_statement_markdown(brief, "fr") == compose_statement_markdown(brief, "en")
    assert compose_statement_markdown(brief).startswith("Thank you, Chair.")
