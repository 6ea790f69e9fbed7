"""A Word paragraph being filled with the inline content of the paper's HTML: runs with their
formatting (bold, italic, superscript, code, language), links as ``w:hyperlink``, line breaks
and white space collapsed as a browser collapses it; and the two paragraph and run properties
Word keeps in a fixed order (right to left, language).  ``render.docx_html`` walks the HTML
and fills these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

if TYPE_CHECKING:
    from briefwriter.render.docx_html import HtmlToDocx

_SPACE = re.compile(r"[ \t\n\r\f]+")
_AFTER_BIDI = ("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
               "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
               "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


@dataclass(frozen=True)
class Fmt:
    """How a run of text looks, inherited down the inline elements."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    sup: bool = False
    sub: bool = False
    code: bool = False
    lang: str = ""
    link: tuple[int, str] | None = None  # (which <a>, its URL)


class Para:
    """One Word paragraph being filled with the inline content of HTML (white space
    collapsed as a browser does)."""

    def __init__(self, conv: HtmlToDocx, paragraph: Paragraph, rtl: bool = False) -> None:
        self.conv = conv
        self.p = paragraph
        self.rtl = rtl
        self.space = True  # the last character written was a space (or nothing yet)
        self.last: Run | None = None
        self.pending = ""  # "break" or "space": owed before the next text
        self._link: tuple[int, Any] | None = None

    def text(self, text: str, fmt: Fmt, *, pre: bool = False) -> None:
        if not pre:
            text = _SPACE.sub(" ", text)
        if text.strip(" ") or (pre and text):
            self.settle()  # a break or space owed, now that text follows
        if self.space and not pre:
            text = text.lstrip(" ")
        if not text:
            return
        self.space = text.endswith(" ")
        run = self.run(fmt)
        run.text = text

    def settle(self) -> None:
        """Write the line break or space an element on its own line (or an inline block)
        asked for, now that something follows it."""
        pending, self.pending = self.pending, ""
        if pending == "break" and self.last is not None:
            if self.last.text.endswith(" "):
                self.last.text = self.last.text.rstrip(" ")
            self.run(Fmt()).add_break()
            self.space = True
        elif pending == "space" and self.last is not None and not self.space:
            self.run(Fmt()).text = " "
            self.space = True

    def apart(self, kind: str) -> None:
        """Ask for a line break (``"break"``) or a space before what comes next, if
        anything does; a break wins over a space."""
        if self.last is not None and self.pending != "break":
            self.pending = kind

    def run(self, fmt: Fmt) -> Run:
        run = self.p.add_run()
        font = run.font
        if fmt.bold:
            font.bold = True
        if fmt.italic:
            font.italic = True
        if fmt.underline:
            font.underline = True
        if fmt.strike:
            font.strike = True
        if fmt.sup:
            font.superscript = True
        elif fmt.sub:
            font.subscript = True
        if fmt.code:
            font.name = "Courier New"
        if fmt.lang and fmt.lang != self.conv.lang:
            set_run_lang(run, fmt.lang)
        if self.rtl:
            font.rtl = True
        if fmt.link is not None:
            self._into_link(run, fmt.link)
            style = self.conv.styles("hyperlink")
            if style is not None:
                run.style = style
        self.last = run
        return run

    def _into_link(self, run: Run, link: tuple[int, str]) -> None:
        """Move ``run`` into the ``w:hyperlink`` of this ``<a>`` (made on its first run)."""
        if self._link is None or self._link[0] != link[0] or \
                self._link[1].getparent() is not self.p._p:
            r_id = self.p.part.relate_to(link[1], RT.HYPERLINK, is_external=True)
            element = OxmlElement("w:hyperlink", {qn("r:id"): r_id})
            self.p._p.append(element)
            self._link = (link[0], element)
        self._link[1].append(run._r)

    def finish(self) -> None:
        """Drop the trailing space a browser would not show, and the paragraph if it
        holds nothing (a cell keeps its one paragraph)."""
        if self.last is not None and self.last.text.endswith(" "):
            self.last.text = self.last.text.rstrip(" ")
        p = self.p._p
        parent = p.getparent()
        empty = not "".join(p.itertext()).strip() and not p.xpath(
            ".//w:drawing | .//w:footnoteReference | .//w:br")
        if empty and parent is not None and not (
                parent.tag == qn("w:tc") and len(parent.findall(qn("w:p"))) == 1):
            parent.remove(p)


def set_run_lang(run: Run, lang: str) -> None:
    r_pr = run._r.get_or_add_rPr()
    element = r_pr.find(qn("w:lang"))
    if element is None:
        element = OxmlElement("w:lang")
        r_pr.insert_element_before(element, *_AFTER_LANG)
    element.set(qn("w:val"), lang)


def set_paragraph_rtl(paragraph: Paragraph) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    if p_pr.find(qn("w:bidi")) is None:
        p_pr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
