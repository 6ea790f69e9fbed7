"""Text helpers: what a reader sees, how long it takes to say, and the composed statement."""

from __future__ import annotations

import pytest

from briefwriter.core.model import Brief, Organisation
from briefwriter.core.statement import compose_statement
from briefwriter.core.text import (
    compose_statement_markdown,
    count_words,
    end_sentence,
    format_duration,
    plain_text,
    speakable_text,
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
# Speakable text
# --------------------------------------------------------------------------------------


def test_speakable_text_leaves_out_headings_tables_footnotes_and_list_markers():
    markdown = (
        "## Why the IMRF matters\n\n"
        "The IMRF is a beginning, not an end.[^1] It can contribute to:\n\n"
        "1. Demonstrating the relevance of the GCM\n"
        "2. Incentivising implementation;\n\n"
        "- Ending lethal disregard for migrants\n\n"
        "| State | Pledge |\n|---|---|\n| Ghana | yes |\n\n"
        "See [the QUNO paper](https://quno.org/paper).\u00b2 Rose.12 Fell[^9].\n\n"
        "```\ncode\n```\n\n"
        "[^1]: QUNO, 2022.\n"
    )
    assert speakable_text(markdown) == (
        "The IMRF is a beginning, not an end. It can contribute to: "
        "demonstrating the relevance of the GCM; incentivising implementation. "
        "Ending lethal disregard for migrants. See the QUNO paper. Rose. Fell."
    )


def test_end_sentence_gives_one_full_stop():
    assert end_sentence("We ask for change..") == "We ask for change."
    assert end_sentence("We ask for change;") == "We ask for change."
    assert end_sentence("Why now?") == "Why now?"
    assert end_sentence("  ") == ""


def test_the_composed_markdown_is_the_composer_text():
    brief = Brief(key_messages=["Deaths at sea are preventable."],
                  organisation=Organisation(name="Migrant Voices"))
    assert compose_statement_markdown(brief) == compose_statement(brief).markdown
    assert plain_text(compose_statement_markdown(brief)) == compose_statement(brief).text
