"""The user's Markdown as safe HTML for templates: raw HTML escaped, only web and mail links,
footnotes placed inline as ``<span class="footnote">`` for print footnotes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.utils import OptionsDict
from markupsafe import Markup, escape
from mdit_py_plugins.footnote import footnote_plugin

from briefwriter.core.markdown_limits import scan_footnotes

ALLOWED_LINK_SCHEMES = frozenset({"http", "https", "mailto"})

# User headings sit below the template's own (h1 title, h2 sections).
_FIRST_USER_HEADING = 3


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


def _new_parser(*, footnotes: bool, typographer: bool) -> MarkdownIt:
    md = MarkdownIt(
        "commonmark", {"html": False, "linkify": False, "typographer": typographer}
    )
    md.enable(["table", "strikethrough"])
    if typographer:
        md.enable(["replacements", "smartquotes"])
    if footnotes:
        md.use(footnote_plugin, inline=True, move_to_end=False)
        md.add_render_rule("footnote_ref", _render_footnote_ref)
    # Every link is parsed so that a refused one can be shown as its text, not as raw syntax.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


@cache
def _parser(footnotes: bool, typographer: bool) -> MarkdownIt:
    return _new_parser(footnotes=footnotes, typographer=typographer)


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


def _clean_tokens(tokens: list[Token], state: _NoteState | None) -> list[Token]:
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
            level = min(6, int(tok.tag[1:]) + _FIRST_USER_HEADING - 1)
            tok.tag = f"h{level}"
        if label is not None:
            if state is not None:
                state.definitions[label].append(tok)
            continue
        out.append(tok)
    return out


def markdown_to_html(
    text: str, *, footnote_start: int = 1, typographer: bool = False
) -> tuple[Markup, int]:
    """Render block Markdown; returns the HTML and the next free footnote number.

    Footnotes (``[^label]`` with a definition, or ``^[inline]``) appear where they are
    cited as ``<span class="footnote" data-n="N">…</span>``, numbered from ``footnote_start``.
    """
    if not text.strip():
        return Markup(""), footnote_start
    if not scan_footnotes(text).ok:
        # Thousands of notes, or notes nested thousands deep, would hold the PDF renderer
        # for minutes: the text is printed as it was written (the checks say why).
        return plain_paragraphs(text), footnote_start
    md = _parser(True, typographer)
    state = _NoteState(next_number=footnote_start)
    env: dict[str, Any] = {"_briefwriter": state}
    tokens = _clean_tokens(md.parse(text, env), state)
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
