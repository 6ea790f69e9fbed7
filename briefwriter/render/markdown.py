"""The user's Markdown as safe HTML for templates: raw HTML escaped, only web and mail links,
footnotes placed inline as ``<span class="footnote">`` for print footnotes, headings nested
below the part a field is printed in, quotes with an attribution, boxes and tables.

What each construct becomes (the classes are styled in ``resources/css/base.css``):

- ``# Heading``: ``<hN>`` with N = the level given (3 by default), ``##`` one deeper, at most h6;
- a quote whose last line starts with "— " or "-- ": ``<figure class="quote"><blockquote>…
  </blockquote><figcaption>— who said it</figcaption></figure>``; any other quote
  ``<blockquote class="quote">``;
- ``::: box Title`` … ``:::``: ``<div class="box" role="note">`` with the title as
  ``<p class="box-title">``;
- a pipe table: ``<table class="table">`` with ``<th scope="col">`` header cells.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.utils import OptionsDict
from markupsafe import Markup, escape
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.footnote import footnote_plugin

from briefwriter.core.markdown_limits import scan_footnotes, scan_tables

ALLOWED_LINK_SCHEMES = frozenset({"http", "https", "mailto"})

HEADING_LEVEL = 3
"""Where a field's ``#`` headings go unless told otherwise: below the template's own h1 (the
title) and h2 (its parts)."""

# A quote's attribution: its last line starts with a dash and a space. "--" is how people type
# a dash; with the typographer on, markdown-it has already made it an en dash.
_ATTRIBUTION = re.compile(r"^(?:\u2014|\u2013|\u2015|--)\s+")
_HEADING_TAG = re.compile(r"<(/?)h([1-6])>")


@dataclass
class _NoteState:
    """Per-call footnote bookkeeping kept in the markdown-it ``env``."""

    next_number: int
    definitions: dict[str, list[Token]] = field(default_factory=dict)
    depth: int = 0


def link_is_allowed(href: str) -> bool:
    """True for absolute ``http``, ``https`` and ``mailto`` links; everything else is refused."""
    # Control characters and spaces inside a scheme are a classic filter bypass.
    cleaned = "".join(ch for ch in href if ch > " ").strip()
    try:
        parts = urlsplit(cleaned)
    except ValueError:
        return False
    if parts.scheme.lower() not in ALLOWED_LINK_SCHEMES:
        return False
    return parts.scheme == "mailto" or bool(parts.netloc)


def _render_footnote_ref(
    renderer: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    state: _NoteState = env["_briefwriter"]
    if state.depth > 0:
        # A note inside a note (or a note citing itself) is dropped rather than nested.
        return ""
    data = env.get("footnotes", {}).get("list", {}).get(tokens[idx].meta.get("id"), {})
    state.depth += 1
    try:
        if "tokens" in data:  # inline note: ^[text]
            # The plugin keeps the note's tokens from before the core rules run, so an
            # escaped character (``\[``) is still a "text_special" token with no render rule.
            for token in data["tokens"]:
                if token.type == "text_special":
                    token.type = "text"
            inner = renderer.renderInline(data["tokens"], options, env)
        else:
            parts = [
                renderer.renderInline(tok.children or [], options, env)
                for tok in state.definitions.get(str(data.get("label", "")), [])
                if tok.type == "inline"
            ]
            inner = " ".join(p for p in parts if p)
    finally:
        state.depth -= 1
    number = state.next_number
    state.next_number += 1
    return f'<span class="footnote" data-n="{number}">{inner}</span>'


def _is_box(params: str, *args: Any) -> bool:
    words = params.split(None, 1)
    return bool(words) and words[0].lower() == "box"


def _render_box(
    renderer: Any, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Any
) -> str:
    token = tokens[idx]
    if token.nesting != 1:
        return "</div>\n"
    title = token.info.strip().split(None, 1)[1:]
    html = '<div class="box" role="note">\n'
    if title and title[0].strip():
        # The title is Markdown like any line of the text, with the same escaping and links.
        typographer = bool(options.get("typographer", False))
        html += f'<p class="box-title">{markdown_inline(title[0], typographer=typographer)}</p>\n'
    return html


def _new_parser(*, footnotes: bool, typographer: bool, tables: bool = True) -> MarkdownIt:
    # Without tables, a table's lines stay lines (each soft break a <br>), not one run of text.
    md = MarkdownIt(
        "commonmark",
        {"html": False, "linkify": False, "typographer": typographer, "breaks": not tables},
    )
    md.enable(["table", "strikethrough"] if tables else ["strikethrough"])
    if typographer:
        md.enable(["replacements", "smartquotes"])
    if footnotes:
        md.use(footnote_plugin, inline=True, move_to_end=False)
        md.add_render_rule("footnote_ref", _render_footnote_ref)
        # Boxes are blocks: only block Markdown (a field) has them, never one line of it.
        md.use(container_plugin, "box", validate=_is_box, render=_render_box)
    # Every link is parsed so that a refused one can be shown as its text, not as raw syntax.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


@cache
def _parser(footnotes: bool, typographer: bool, tables: bool = True) -> MarkdownIt:
    return _new_parser(footnotes=footnotes, typographer=typographer, tables=tables)


def _clean_inline(children: list[Token]) -> list[Token]:
    """Drop refused links (keeping their text) and turn images into their alt text."""
    out: list[Token] = []
    dropping = 0
    for tok in children:
        if tok.type == "link_open":
            href = str(tok.attrGet("href") or "")
            if dropping or not link_is_allowed(href):
                dropping += 1
                continue
            title = tok.attrGet("title")
            tok.attrs = {"href": href}
            if title is not None:
                tok.attrSet("title", str(title))
        elif tok.type == "link_close" and dropping:
            dropping -= 1
            continue
        elif tok.type == "image":
            # Images in the text would be fetched while rendering: show what they describe.
            alt = "".join(c.content for c in (tok.children or []) if c.type == "text")
            tok = Token("text", "", 0, content=alt or tok.content)
        out.append(tok)
    return out


def _clean_tokens(
    tokens: list[Token], state: _NoteState | None, level: int = HEADING_LEVEL
) -> list[Token]:
    out: list[Token] = []
    label: str | None = None
    for tok in tokens:
        if tok.type == "footnote_reference_open":
            label = str(tok.meta.get("label", ""))
            if state is not None:
                state.definitions.setdefault(label, [])
            continue
        if tok.type == "footnote_reference_close":
            label = None
            continue
        if tok.children is not None:
            tok.children = _clean_inline(tok.children)
        if tok.type in ("heading_open", "heading_close"):
            tok.tag = f"h{min(6, int(tok.tag[1:]) + level - 1)}"
        elif tok.type == "th_open":
            tok.attrSet("scope", "col")  # PDF/UA wants every header cell to say what it heads
        elif tok.type == "table_open":
            tok.attrSet("class", "table")
        if label is not None:
            if state is not None:
                state.definitions[label].append(tok)
            continue
        out.append(tok)
    return out


def _block(type_: str, tag: str, nesting: Literal[-1, 1], level: int, cls: str = "") -> Token:
    token = Token(type_, tag, nesting, level=level, block=True)
    if cls:
        token.attrSet("class", cls)
    return token


def _balanced(children: list[Token]) -> bool:
    return sum(child.nesting for child in children) == 0


def _attribution(inline: Token, alone: bool) -> tuple[list[Token], list[Token]] | None:
    """Split a quote's last paragraph into (what stays quoted, the attribution's inline
    tokens), or None when it has no attribution.

    The attribution is the paragraph itself when it starts with a dash (and is not all the
    quote: ``alone``), or its last line when that line does.
    """
    children = inline.children or []
    start = depth = 0
    for i, child in enumerate(children):  # the last line break outside any emphasis or link
        if depth == 0 and child.type in ("softbreak", "hardbreak"):
            start = i + 1
        depth += child.nesting
    if start == 0 and alone:
        return None
    rest = children[start:]
    if not rest or rest[0].type != "text" or not _balanced(rest):
        return None
    match = _ATTRIBUTION.match(rest[0].content)
    if match is None or not (rest[0].content[match.end():].strip() or rest[1:]):
        return None
    first = Token("text", "", 0, content="\u2014 " + rest[0].content[match.end():])
    return children[: max(0, start - 1)], [first, *rest[1:]]


def _quotes_with_attribution(tokens: list[Token]) -> list[Token]:
    """Mark every quote as ``class="quote"``; one with an attribution becomes a figure with
    the quote and a caption naming who said it."""
    before: dict[int, list[Token]] = {}  # tokens to put in place of the token at an index
    opened: list[int] = []
    for i, tok in enumerate(tokens):
        if tok.type == "blockquote_open":
            opened.append(i)
            continue
        if tok.type != "blockquote_close" or not opened:
            continue
        start = opened.pop()
        last = i - 3  # its last block, when it is a paragraph: paragraph_open, inline, close
        split = None
        if (last > start and tokens[last].type == "paragraph_open"
                and tokens[last].level == tok.level + 1
                and tokens[i - 1].type == "paragraph_close"):
            split = _attribution(tokens[last + 1], alone=last == start + 1)
        if split is None:
            tokens[start].attrSet("class", "quote")
            continue
        kept, said_by = split
        depth = tok.level
        caption = Token("inline", "", 0, level=depth + 1, children=said_by,
                        content="".join(t.content for t in said_by))
        closing = [
            _block("blockquote_close", "blockquote", -1, depth + 1),
            _block("figcaption_open", "figcaption", 1, depth + 1),
            caption,
            _block("figcaption_close", "figcaption", -1, depth + 1),
            _block("figure_close", "figure", -1, depth),
        ]
        before[start] = [_block("figure_open", "figure", 1, depth, "quote"), tokens[start]]
        before[i] = closing
        if kept:
            tokens[last + 1].children = kept
        else:  # the whole paragraph names who said it
            for j in (last, last + 1, last + 2):
                before[j] = []
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        out.extend(before.get(i, [tok]))
    return out


def markdown_to_html(
    text: str, *, footnote_start: int = 1, typographer: bool = False,
    level: int = HEADING_LEVEL,
) -> tuple[Markup, int]:
    """Render block Markdown; returns the HTML and the next free footnote number.

    Footnotes (``[^label]`` with a definition, or ``^[inline]``) appear where they are
    cited as ``<span class="footnote" data-n="N">…</span>``, numbered from ``footnote_start``.
    A ``#`` heading becomes ``<h{level}>``, ``##`` one deeper and so on, at most ``<h6>``:
    ``level`` is one below the heading of the part the field is printed in.
    """
    level = max(1, min(6, level))
    if not text.strip():
        return Markup(""), footnote_start
    if not scan_footnotes(text).ok:
        # Thousands of notes, or notes nested thousands deep, would hold the PDF renderer
        # for minutes: the text is printed as it was written (the checks say why).
        return plain_paragraphs(text), footnote_start
    # Thousands of table rows hold the renderer too: their lines are printed as text.
    md = _parser(True, typographer, scan_tables(text).ok)
    state = _NoteState(next_number=footnote_start)
    env: dict[str, Any] = {"_briefwriter": state}
    tokens = _quotes_with_attribution(_clean_tokens(md.parse(text, env), state, level))
    html = md.renderer.render(tokens, md.options, env)
    # The HTML is built by markdown-it from escaped text; raw HTML input is disabled.
    return Markup(html.strip()), state.next_number  # noqa: S704


def markdown_inline(text: str, *, typographer: bool = False) -> Markup:
    """Render one line of Markdown (emphasis, code, links) without a wrapping paragraph."""
    if not text.strip():
        return Markup("")
    md = _parser(False, typographer)
    env: dict[str, Any] = {}
    tokens = _clean_tokens(md.parseInline(text, env), None)
    return Markup(md.renderer.render(tokens, md.options, env).strip())  # noqa: S704


def plain_text(text: str) -> Markup:
    """Plain text as HTML with its line breaks kept."""
    return Markup("<br>\n").join(escape(line) for line in text.splitlines())


def plain_paragraphs(text: str) -> Markup:
    """Plain text as HTML paragraphs (split at blank lines), with its line breaks kept."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text.strip()) if p.strip()]
    return Markup("\n").join(Markup("<p>{}</p>").format(plain_text(p)) for p in paragraphs)


def move_headings(html: Any, level: int) -> Markup:
    """Markdown HTML made with headings from ``HEADING_LEVEL`` (as every field of the template
    context is), with its headings moved so that a ``#`` heading is ``<h{level}>``.

    The template filter ``headings``: ``{{ p.description_html|headings(4) }}`` prints a field
    below a part whose own heading is an h3.  Only bare heading tags are moved, the ones the
    Markdown conversion writes: a heading the person typed as HTML was escaped long before.
    Anything that is not already HTML is escaped, as Jinja would have done.
    """
    if not isinstance(html, Markup):
        return escape(html)
    if not isinstance(level, int) or isinstance(level, bool):
        raise TypeError("headings(level) takes a heading level from 1 to 6")
    shift = max(1, min(6, level)) - HEADING_LEVEL
    if shift == 0:
        return html

    def moved(match: re.Match[str]) -> str:
        return f"<{match.group(1)}h{max(1, min(6, int(match.group(2)) + shift))}>"

    # Only the tags are rewritten; the text between them is the escaped HTML it was.
    return Markup(_HEADING_TAG.sub(moved, str(html)))  # noqa: S704
