"""Markdown-aware text helpers: plain text, speakable text, word counts, speaking time.

Used by the checks (is the statement over its time limit?), by the renderer (the statement
box) and by ``core.statement``, which composes the statement a person did not write.
"""

from __future__ import annotations

import math
import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from briefwriter.core.model import Brief

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


# Characters a marker left in pasted text may be: a footnote reference whose note is missing
# ("[^3]"), superscript digits, or a note number glued to the end of a sentence ("rose.12 ").
_LEFTOVER_MARKERS_RE = re.compile(
    r"\[\^[^\]\s]*\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+|(?<=[.,;:)\u201d\u2019\"])\d{1,3}(?=\s|$)"
)
_SENTENCE_END = ".!?\u2026。！？؟"


def _chunks(markdown: str, speakable: bool) -> list[tuple[str, int]]:
    """The text of each block as (text, group).

    Consecutive chunks of one tight list or one table share a group > 0; everything else has
    group 0.  ``speakable`` leaves out what nobody reads aloud: headings, tables and code.
    """
    chunks: list[tuple[str, int]] = []
    row: list[str] = []
    in_cell = False
    skip_depth = 0
    tight = False
    group = 0
    for token in _parser().parse(markdown):
        kind = token.type
        if kind == "footnote_block_open" or (
            speakable and kind in ("heading_open", "table_open")
        ):
            skip_depth += 1
        elif kind == "footnote_block_close" or (
            speakable and kind in ("heading_close", "table_close")
        ):
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
        elif kind in ("fence", "code_block") and not speakable:
            chunks.append((token.content.rstrip("\n"), 0))
        elif kind == "tr_close":
            if any(row):
                chunks.append(("\t".join(row), group))
            row = []
    return chunks


def plain_text(markdown: str) -> str:
    """The words a reader sees, without Markdown syntax, footnote markers or footnotes.

    Link text is kept, the link target dropped; blocks are separated by a blank line and
    the items of a tight list by a line break.
    """
    chunks = _chunks(markdown, speakable=False)
    out = ""
    for i, (text, chunk_group) in enumerate(chunks):
        if i:
            out += "\n" if chunk_group and chunk_group == chunks[i - 1][1] else "\n\n"
        out += text
    return out


def end_sentence(text: str) -> str:
    """``text`` ending with exactly one full stop (or the ? ! … it already ends with)."""
    text = text.rstrip()
    stripped = text.rstrip(" .;,:")
    if not stripped:
        return ""
    if stripped[-1] in _SENTENCE_END:
        return stripped
    return stripped + "."


def lower_first(text: str) -> str:
    """ "Adopt a plan" -> "adopt a plan", but "IOM" and "UN agencies" stay as they are."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def strip_markers(text: str) -> str:
    """Plain text without footnote markers left in it ("[^3]", "¹", "rose.12"), on one line."""
    return " ".join(_LEFTOVER_MARKERS_RE.sub("", text).split())


def speakable_text(markdown: str) -> str:
    """Markdown as one paragraph of sentences to read aloud.

    Headings, tables, code, footnotes and footnote markers are left out, links are their
    words, and each paragraph or list item becomes a sentence ending with one full stop.  A
    list introduced by a colon becomes one sentence: "It can: do this; do that."
    """
    chunks = [(strip_markers(text), group) for text, group in _chunks(markdown, speakable=True)]
    chunks = [(text, group) for text, group in chunks if text]
    sentences: list[str] = []
    i = 0
    while i < len(chunks):
        text, _group = chunks[i]
        i += 1
        following = chunks[i][1] if i < len(chunks) else 0
        if text.endswith(":") and following:
            items = []
            while i < len(chunks) and chunks[i][1] == following:
                items.append(lower_first(chunks[i][0].rstrip(" .;,:")))
                i += 1
            text = f"{text} {'; '.join(items)}"
        sentences.append(end_sentence(text))
    return " ".join(s for s in sentences if s)


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


def compose_statement_markdown(brief: Brief, lang: str | None = None) -> str:
    """The oral statement to use when ``brief.statement.text`` is empty, as Markdown.

    ``core.statement.compose_statement`` is the one composer; this is its text.
    """
    # Imported here: the composer builds on the helpers above.
    from briefwriter.core.statement import compose_statement

    return compose_statement(brief, lang).markdown
