"""The little of a template's print CSS that decides what the Word export shows.

Word's styles give a Word file its look, so the template's CSS is not applied; but a few
properties change *what* the paper says, and a Word file that ignored them would not match
the PDF:

- ``display: none`` leaves an element out;
- ``display: block`` (or ``flex``, ``table``…) on an inline element puts it on a line of its
  own, and ``inline-block`` keeps it apart from its neighbours as a word is;
- ``list-style: none`` on a list takes its bullets or numbers away, unless the items number
  themselves with a CSS counter in ``::before`` (then the list stays numbered).

Rules are read from the template's stylesheets and ``<style>`` elements with tinycss2 and
matched with cssselect2 (both WeasyPrint's own libraries, without WeasyPrint): top-level
rules and those in ``@media print``/``all``; specificity and order decide as in a browser,
``!important`` and inheritance aside (``list-style`` is looked up on the list itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

import cssselect2
import tinycss2

from briefwriter.core.storage import read_regular_file
from briefwriter.render.resource_rules import MAX_STYLESHEET_BYTES

_BLOCK = frozenset({"block", "flex", "grid", "table", "flow-root", "list-item", "table-row",
                    "table-cell", "table-caption"})
_WATCHED = frozenset({"display", "list-style", "list-style-type", "content"})
_OTHER_MEDIA = frozenset({"screen", "speech", "tv", "projection", "handheld", "aural"})


class PrintStyles:
    """What the matched rules say about each element of one parsed document."""

    def __init__(self, root: Element, sheets: Iterable[str]) -> None:
        matcher = cssselect2.Matcher()
        order = 0
        for css in sheets:
            for rule in _rules(tinycss2.parse_stylesheet(css, skip_comments=True,
                                                         skip_whitespace=True)):
                declarations = _declarations(rule.content)
                if not declarations:
                    continue
                try:
                    selectors = cssselect2.compile_selector_list(rule.prelude)
                except cssselect2.SelectorError:
                    continue  # a selector this reader does not know: WeasyPrint warns
                for selector in selectors:
                    order += 1
                    matcher.add_selector(selector, (order, declarations))
        self._values: dict[int, dict[str, str]] = {}
        self._before: dict[int, str] = {}
        if order == 0:
            return
        wrapper = cssselect2.ElementWrapper.from_html_root(root)
        for element in wrapper.iter_subtree():
            found: dict[str, tuple[Any, int, str]] = {}
            before: tuple[Any, int, str] | None = None
            for specificity, _order, pseudo, (rule_order, declarations) in matcher.match(
                    element):
                for name, value in declarations.items():
                    key = (specificity, rule_order, value)
                    if pseudo == "before" and name == "content":
                        if before is None or key[:2] >= before[:2]:
                            before = key
                    elif pseudo is None and name != "content":
                        if name not in found or key[:2] >= found[name][:2]:
                            found[name] = key
            ident = id(element.etree_element)
            if found:
                self._values[ident] = {name: v[2] for name, v in found.items()}
            if before is not None:
                self._before[ident] = before[2]

    def display(self, el: Element) -> str:
        return self._values.get(id(el), {}).get("display", "")

    def hidden(self, el: Element) -> bool:
        return self.display(el) == "none"

    def on_own_line(self, el: Element) -> bool:
        return self.display(el) in _BLOCK

    def inline_block(self, el: Element) -> bool:
        return self.display(el) in ("inline-block", "inline-flex", "inline-table")

    def unmarked_list(self, el: Element) -> bool:
        """A list whose items show no bullet or number of the list's own."""
        values = self._values.get(id(el), {})
        style = values.get("list-style-type", "")
        shorthand = values.get("list-style", "")
        if style != "none" and "none" not in shorthand.split():
            return False
        return not any("counter(" in self._before.get(id(li), "") for li in el)


def read_stylesheets(paths: Iterable[Path]) -> list[str]:
    """The text of each stylesheet that can be read (the PDF reports the others)."""
    sheets = []
    for path in paths:
        try:
            sheets.append(read_regular_file(path, MAX_STYLESHEET_BYTES).decode("utf-8-sig"))
        except (OSError, ValueError):
            continue
    return sheets


def style_elements(root: Element) -> list[str]:
    """The document's own ``<style>`` elements (for print or all media)."""
    return ["".join(el.itertext()) for el in root.iter("style")
            if _for_print(el.get("media") or "all")]


def _rules(rules: Iterable[Any]) -> Iterable[Any]:
    for rule in rules:
        if rule.type == "qualified-rule":
            yield rule
        elif rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content:
            if _for_print(tinycss2.serialize(rule.prelude)):
                yield from _rules(tinycss2.parse_rule_list(rule.content, skip_comments=True,
                                                           skip_whitespace=True))


def _for_print(media: str) -> bool:
    """Whether rules for ``media`` reach paper (print, all, or no media type named)."""
    words = set(re.findall(r"[a-z-]+", media.lower()))
    return bool(words & {"print", "all"}) or not (words & _OTHER_MEDIA)


def _declarations(content: Any) -> dict[str, str]:
    found = {}
    for item in tinycss2.parse_declaration_list(content or [], skip_comments=True,
                                                skip_whitespace=True):
        if item.type == "declaration" and item.lower_name in _WATCHED:
            found[item.lower_name] = tinycss2.serialize(item.value).strip().lower()
    return found
