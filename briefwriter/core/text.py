"""Markdown-aware text helpers: plain text, word counts, speaking time, composed statements.

Used by the checks (is the statement over its time limit?) and by the renderer (the statement
box and the text of a statement the person did not write themselves).
"""

from __future__ import annotations

import math
import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from briefwriter.core.model import Ask, Brief

SPEAKING_WPM = 130
"""A fair delivery speed for an oral statement, in words a minute."""


@cache
def _parser() -> MarkdownIt:
    # Raw HTML is not HTML in a brief (the renderer escapes it), so it is text here too.
    return (
        MarkdownIt("commonmark", {"html": False})
        .use(footnote_plugin)
        .enable(["table", "strikethrough"])
    )


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        # footnote_ref, image and link/emphasis markers add nothing a reader would say.
    return "".join(parts)


def plain_text(markdown: str) -> str:
    """The words a reader sees, without Markdown syntax, footnote markers or footnotes.

    Link text is kept, the link target dropped; blocks are separated by a blank line and
    the items of a tight list by a line break.
    """
    # (text, group): consecutive chunks of one tight list or one table share a group > 0
    # and are joined by a line break; everything else is separated by a blank line.
    chunks: list[tuple[str, int]] = []
    row: list[str] = []
    in_cell = False
    skip_depth = 0
    tight = False
    group = 0
    for token in _parser().parse(markdown):
        kind = token.type
        if kind == "footnote_block_open":
            skip_depth += 1
        elif kind == "footnote_block_close":
            skip_depth -= 1
        elif skip_depth:
            continue
        elif kind in ("bullet_list_open", "ordered_list_open", "table_open"):
            group += 1
        elif kind == "paragraph_open":
            tight = token.hidden
        elif kind in ("th_open", "td_open"):
            in_cell = True
        elif kind in ("th_close", "td_close"):
            in_cell = False
        elif kind == "inline":
            text = _inline_text(token).strip()
            if in_cell:
                row.append(text)
            elif text:
                chunks.append((text, group if tight else 0))
            tight = False
        elif kind in ("fence", "code_block"):
            chunks.append((token.content.rstrip("\n"), 0))
        elif kind == "tr_close":
            if any(row):
                chunks.append(("\t".join(row), group))
            row = []
    out = ""
    for i, (text, chunk_group) in enumerate(chunks):
        if i:
            out += "\n" if chunk_group and chunk_group == chunks[i - 1][1] else "\n\n"
        out += text
    return out


_WORD_RE = re.compile(r"\w+(?:['’\-]\w+|[.,]\d+)*")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words in plain text; "rights-based", "migrants’" and "1,000" count once each.

    Chinese and Japanese do not separate words with spaces, so each ideograph or kana
    counts as one word there.
    """
    total = 0
    for word in _WORD_RE.findall(text):
        cjk = len(_CJK_RE.findall(word))
        total += cjk if cjk else 1
    return total


def word_count(markdown: str) -> int:
    """The number of words a reader sees in ``markdown``."""
    return count_words(plain_text(markdown))


def speaking_seconds(words: int, wpm: int = SPEAKING_WPM) -> int:
    """Seconds to deliver ``words`` at ``wpm`` words a minute, to the nearest second."""
    if wpm <= 0:
        raise ValueError("words per minute must be positive")
    return math.floor(max(words, 0) * 60 / wpm + 0.5)


def format_duration(seconds: float) -> str:
    """``92`` -> ``"1:32"``; an hour or more -> ``"1:02:05"``."""
    total = math.floor(max(seconds, 0) + 0.5)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


# --------------------------------------------------------------------------------------
# A statement composed from the brief
# --------------------------------------------------------------------------------------

_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "opening": "Thank you, Chair.",
        "speaker": "I speak on behalf of {org}",
        "migrant_led": ", a migrant-led organisation",
        "based_in": " based in {country}",
        "ask": "We call on {who} to {what}{when}.",
        "by": "by",
        "closing": "Thank you.",
    },
}
# A deadline that already starts with one of these reads well as it is ("before the IMRF").
_TIME_WORDS = frozenset(
    "by before at during within in until till ahead no from on after throughout "
    "between when once".split()
)
_MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_\[\]<>~])")


def _escape(text: str) -> str:
    """Plain text made safe to place inside Markdown."""
    return _MARKDOWN_SPECIAL_RE.sub(r"\\\1", text)


def _lower_first(text: str) -> str:
    """ "Adopt a plan" -> "adopt a plan", but "IOM" and "UN agencies" stay as they are."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _ask_sentence(ask: Ask, phrases: dict[str, str]) -> str:
    who = ask.who.strip()
    what = ask.what.strip().rstrip(".;!")
    if not who or not what:
        return ""
    what = re.sub(r"^to\s+", "", _lower_first(what), flags=re.IGNORECASE)
    when = ask.by_when.strip().rstrip(".;")
    if when:
        first = when.split()[0].casefold()
        when = " " + (_lower_first(when) if first in _TIME_WORDS else f"{phrases['by']} {when}")
    return phrases["ask"].format(who=_escape(who), what=_escape(what), when=_escape(when))


def compose_statement_markdown(brief: Brief, lang: str | None = None) -> str:
    """The oral statement to use when ``brief.statement.text`` is empty.

    An opening that names the organisation (and that it is migrant-led when it is), the
    summary, the key messages and the asks ("We call on {who} to {what} {by when}."), in
    that order.  Empty when the brief has nothing to say yet.  Only English phrases exist
    so far; other languages fall back to English.
    """
    code = (lang or brief.language or "en").strip().casefold().replace("_", "-")
    phrases = _PHRASES.get(code, _PHRASES.get(code.split("-")[0], _PHRASES["en"]))
    body: list[str] = []
    if brief.summary.strip():
        body.append(brief.summary.strip())
    body += [message.strip() for message in brief.key_messages if message.strip()]
    asks = [s for s in (_ask_sentence(aim.ask, phrases) for aim in brief.aims) if s]
    if asks:
        body.append(" ".join(asks))
    org = brief.organisation
    if not body and not org.name.strip():
        return ""
    opening = phrases["opening"]
    if org.name.strip():
        name = org.name.strip()
        if org.acronym.strip():
            name += f" ({org.acronym.strip()})"
        sentence = phrases["speaker"].format(org=_escape(name))
        if org.migrant_led:
            sentence += phrases["migrant_led"]
        if org.country.strip():
            sentence += phrases["based_in"].format(country=_escape(org.country.strip()))
        opening += " " + sentence + "."
    return "\n\n".join([opening, *body, phrases["closing"]])
