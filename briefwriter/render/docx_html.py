"""The sandboxed HTML a template rendered, written into a Word document's body.

``render.docx`` makes the document (page, styles, properties, the footnotes part) and hands
the body to ``HtmlToDocx``, which walks the HTML parsed by a real HTML parser (tinyhtml5, the
parser WeasyPrint itself uses) and makes python-docx paragraphs, runs and tables from its
semantic elements: h1-h6 as Heading 1-6, p, ul/ol/li (nested, each ``<ol>`` numbered from
its own start), tables with header rows, strong/em/sup/sub/code, links, blockquotes as
quotes, captions, images given as ``data:`` URLs (PNG and JPEG) and the templates' print
footnotes (``<span class="footnote">``) as real Word footnotes.  Styles (CSS) are not
applied: Word's styles give the look, and page furniture (running headers, page numbers)
is left out.
"""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import unquote_to_bytes
from xml.etree.ElementTree import Element

import tinyhtml5
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm
from docx.text.paragraph import Paragraph

from briefwriter.render.docx_css import PrintStyles, style_elements
from briefwriter.render.docx_runs import Fmt, Para, set_paragraph_rtl

_SKIP = frozenset({"head", "script", "style", "template", "noscript", "title", "meta", "link",
                   "svg", "math", "iframe", "object", "embed", "video", "audio", "canvas",
                   "button", "input", "select", "textarea", "option"})
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del",
                     "dfn", "em", "i", "img", "ins", "kbd", "label", "mark", "q", "s", "samp",
                     "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"})
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
MAX_LIST_LEVEL = 3
"""Word's built-in list styles go three deep (List Bullet, List Bullet 2, List Bullet 3)."""
LOGO_WIDTH = Mm(35)
"""The widest a logo is placed; other images are kept within the text's width."""
_PX = 9525  # EMU in a CSS pixel
# What follows w:bidi in a paragraph's properties, and w:lang in a run's (schema order).
def parse_html(html: str) -> Element:
    """The document as an ElementTree element (tags without a namespace)."""
    root: Element = tinyhtml5.parse(html, namespace_html_elements=False)
    return root


@dataclass(frozen=True)
class Block:
    """Where block content goes: list level, quote, direction and language."""

    level: int = -1  # -1: not in a list
    quote: bool = False
    rtl: bool = False
    lang: str = ""


def data_url_image(src: str) -> tuple[str, bytes] | None:
    """``(kind, bytes)`` of a ``data:`` URL image, kind "png", "jpeg", "svg" or "other"."""
    if not src.startswith("data:") or "," not in src:
        return None
    head, _, payload = src[5:].partition(",")
    mime = head.split(";")[0].strip().lower()
    try:
        data = (base64.b64decode(payload, validate=False) if head.endswith(";base64")
                else unquote_to_bytes(payload))
    except (binascii.Error, ValueError):
        return None
    kind = {"image/png": "png", "image/jpeg": "jpeg", "image/jpg": "jpeg",
            "image/svg+xml": "svg"}.get(mime, "other")
    return kind, data


class HtmlToDocx:
    """Writes the HTML body into a document (``target`` makes the body's paragraphs).

    ``styles(name)`` gives a style by its built-in name (case-insensitive) or None;
    ``footnote(paragraph)`` adds a footnote called from ``paragraph`` and gives the
    footnote's own first paragraph to fill; ``number_list(paragraph_style, start)`` gives a
    fresh numbering for one ``<ol>`` (or None); ``warn(message)`` notes what was left out.
    """

    def __init__(self, document: Any, *, lang: str, rtl: bool, text_width: int,
                 styles: Callable[[str], Any],
                 footnote: Callable[[Para], Paragraph],
                 number_list: Callable[[Any, int], int | None],
                 warn: Callable[[str], None]) -> None:
        self.document = document
        self.lang = lang
        self.rtl = rtl
        self.text_width = text_width
        self.styles = styles
        self.add_footnote = footnote
        self.number_list = number_list
        self.warn = warn
        self._links = 0
        self._in_note = False
        self.css: PrintStyles | None = None

    def hidden(self, el: Element) -> bool:
        """Left out: the ``hidden`` attribute, or ``display: none`` in the print CSS."""
        return el.get("hidden") is not None or (self.css is not None and self.css.hidden(el))

    # -- blocks ---------------------------------------------------------------------

    def write(self, root: Element, stylesheets: Iterable[str] = ()) -> None:
        """Write the body of the document ``root`` (``parse_html``); ``stylesheets`` are the
        template's CSS texts, read for what changes what the paper shows (``docx_css``)."""
        self.css = PrintStyles(root, [*stylesheets, *style_elements(root)])
        body = root.find("body")
        self.blocks(self.document, body if body is not None else root,
                    Block(rtl=self.rtl, lang=self.lang))

    def new_paragraph(self, target: Any, style_name: str, block: Block,
                      num_id: int | None = None) -> Para:
        paragraph = _fresh_paragraph(target)
        style = self.styles(style_name)
        if style is not None and style_name != "normal":
            paragraph.style = style
        if num_id is not None:
            _set_num(paragraph, num_id)
        if block.rtl:
            set_paragraph_rtl(paragraph)
        return Para(self, paragraph, block.rtl)

    def blocks(self, target: Any, el: Element, block: Block) -> None:
        """The children of a block container: blocks, and runs of inline content that
        become paragraphs of their own."""
        para: Para | None = None
        style = "quote" if block.quote else "normal"

        def inline_para() -> Para:
            nonlocal para
            if para is None:
                para = self.new_paragraph(target, style, block)
            return para

        if el.text and el.text.strip():
            self.inline_text(inline_para(), el.text, Fmt(lang=block.lang))
        for child in el:
            tag = _tag(child)
            if tag in _INLINE:
                if tag == "img" or (para is not None) or _has_content(child):
                    self.inline(inline_para(), child, Fmt(lang=block.lang))
            elif tag not in _SKIP and not self.hidden(child):
                if para is not None:
                    para.finish()
                    para = None
                self.block(target, child, block)
            if child.tail and (child.tail.strip() or para is not None):
                self.inline_text(inline_para(), child.tail, Fmt(lang=block.lang))
        if para is not None:
            para.finish()

    def block(self, target: Any, el: Element, block: Block) -> None:
        if self.hidden(el):
            return
        tag = _tag(el)
        block = _with_dir(el, block)
        if tag in _HEADINGS:
            self.paragraph(target, el, f"heading {_HEADINGS[tag]}", block)
        elif tag == "p":
            self.paragraph(target, el, "quote" if block.quote else "normal", block)
        elif tag in ("ul", "ol"):
            self.list(target, el, block)
        elif tag == "table":
            self.table(target, el, block)
        elif tag == "blockquote":
            self.blocks(target, el, replace(block, quote=True))
        elif tag in ("figcaption", "caption"):
            self.paragraph(target, el, "caption", block)
        elif tag == "pre":
            para = self.new_paragraph(target, "normal", block)
            self.inline_children(para, el, Fmt(code=True, lang=block.lang), pre=True)
        elif tag == "dt":
            self.paragraph(target, el, "normal", block, Fmt(bold=True, lang=block.lang))
        elif tag == "hr":
            return
        elif tag == "address":  # one line a child, as the templates lay contacts out
            for child in el:
                if _tag(child) in _INLINE and _has_content(child):
                    para = self.new_paragraph(target, "normal", block)
                    self.inline(para, child, Fmt(lang=block.lang))
                    para.finish()
                elif _tag(child) not in _INLINE and _tag(child) not in _SKIP:
                    self.block(target, child, block)
        else:  # section, div, header, main, figure, dl, dd, li outside a list, ...
            self.blocks(target, el, block)

    def paragraph(self, target: Any, el: Element, style: str, block: Block,
                  fmt: Fmt | None = None) -> None:
        """A paragraph-like element; block elements inside it (a list in a paragraph
        written by hand) follow as paragraphs of their own."""
        para = self.new_paragraph(target, style, block)
        fmt = fmt or Fmt(lang=block.lang)
        if el.text:
            self.inline_text(para, el.text, fmt)
        for child in el:
            if _tag(child) in _INLINE or _tag(child) in _SKIP:
                self.inline(para, child, fmt)
            else:
                para.finish()
                self.block(target, child, block)
                para = self.new_paragraph(target, style, block)
            if child.tail:
                self.inline_text(para, child.tail, fmt)
        para.finish()

    def list(self, target: Any, el: Element, block: Block) -> None:
        level = min(block.level + 1, MAX_LIST_LEVEL - 1)
        numbered = _tag(el) == "ol"
        base = "list number" if numbered else "list bullet"
        style_name = base if level == 0 else f"{base} {level + 1}"
        if self.styles(style_name) is None:
            style_name = base
        num_id = None
        if self.css is not None and self.css.unmarked_list(el):
            # No bullets or numbers on the paper (the items may carry their own "[1]").
            style_name = "normal" if level == 0 else f"list continue {min(level, 2)}"
            if self.styles(style_name) is None:
                style_name = "normal"
        elif numbered:
            start = _int(el.get("start"), 1)
            num_id = self.number_list(self.styles(style_name), start)
        inner = replace(block, level=level)
        for child in el:
            if _tag(child) in _SKIP or self.hidden(child):
                continue
            self.list_item(target, child, style_name, inner, num_id)

    def list_item(self, target: Any, li: Element, style: str, block: Block,
                  num_id: int | None) -> None:
        """The item's inline content and its first paragraph make the list paragraph;
        later paragraphs continue it (List Continue), nested lists go one level deeper.
        Plain containers (a ``<div>`` around the item's text) are looked through."""
        block = _with_dir(li, block)
        item = _Item(self.new_paragraph(target, style, block, num_id))
        self._item_children(target, li, block, item)
        if item.para is not None:
            item.para.finish()

    def _item_children(self, target: Any, el: Element, block: Block, item: _Item) -> None:
        fmt = Fmt(lang=block.lang)
        if el.text and (el.text.strip() or item.used):
            self.inline_text(item.open(self, target, block), el.text, fmt)
            item.used = True
        for child in el:
            tag = _tag(child)
            if tag in _SKIP or self.hidden(child):
                pass
            elif tag in _INLINE:
                self.inline(item.open(self, target, block), child, fmt)
                item.used = True
            elif tag == "p":
                if item.para is not None and item.used:
                    item.close()
                self.inline_children(item.open(self, target, block), child, fmt)
                item.used = True
                item.close()
            elif tag in ("ul", "ol"):
                item.close()
                self.list(target, child, block)
            elif tag in ("div", "section", "article", "span", "figure"):
                self._item_children(target, child, _with_dir(child, block), item)
            else:
                item.close()
                self.block(target, child, block)
            if child.tail and (child.tail.strip() or (item.para is not None and item.used)):
                self.inline_text(item.open(self, target, block), child.tail, fmt)

    def _continue(self, target: Any, block: Block) -> Para:
        level = max(block.level, 0)
        name = "list continue" if level == 0 else f"list continue {level + 1}"
        if self.styles(name) is None:
            name = "list continue" if self.styles("list continue") is not None else "normal"
        return self.new_paragraph(target, name, block)

    def table(self, target: Any, el: Element, block: Block) -> None:
        caption = el.find("caption")
        if caption is not None:
            self.paragraph(target, caption, "caption", block)
        rows: list[tuple[Element, bool]] = []  # (row, is a header row)
        for part in el:
            tag = _tag(part)
            if tag == "tr":
                rows.append((part, False))
            elif tag in ("thead", "tbody", "tfoot"):
                rows += [(tr, tag == "thead") for tr in part if _tag(tr) == "tr"]
        rows = [(tr, head or (all(_tag(c) == "th" for c in _cells(tr)) and bool(_cells(tr))))
                for tr, head in rows]
        width = max((sum(_int(c.get("colspan"), 1, 1, 50) for c in _cells(tr))
                     for tr, _ in rows), default=0)
        if not rows or not width:
            return
        table = target.add_table(rows=len(rows), cols=width)
        style = self.styles("table grid")
        if style is not None:
            table.style = style
        for r, (tr, head) in enumerate(rows):
            if (head and r == 0) or (head and rows[r - 1][1]):
                _repeat_header(table.rows[r])
            col = 0
            for cell_el in _cells(tr):
                if col >= width:
                    break
                span = min(_int(cell_el.get("colspan"), 1, 1, 50), width - col)
                cell = table.cell(r, col)
                if span > 1:
                    cell = cell.merge(table.cell(r, col + span - 1))
                cell_block = replace(_with_dir(cell_el, block), level=-1, quote=False)
                if _tag(cell_el) == "th":
                    para = self.new_paragraph(cell, "normal", cell_block)
                    self.inline_children(para, cell_el, Fmt(bold=True, lang=cell_block.lang))
                    para.finish()
                else:
                    self.blocks(cell, cell_el, cell_block)
                col += span

    # -- inline ---------------------------------------------------------------------

    def inline_text(self, para: Para, text: str, fmt: Fmt) -> None:
        para.text(text, fmt)

    def inline_children(self, para: Para, el: Element, fmt: Fmt, *, pre: bool = False) -> None:
        if el.text:
            para.text(el.text, fmt, pre=pre)
        for child in el:
            self.inline(para, child, fmt, pre=pre)
            if child.tail:
                para.text(child.tail, fmt, pre=pre)

    def inline(self, para: Para, el: Element, fmt: Fmt, *, pre: bool = False) -> None:
        tag = _tag(el)
        if tag in _SKIP or self.hidden(el):
            return
        classes = (el.get("class") or "").split()
        if "footnote" in classes and tag == "span" and not self._in_note:
            self.footnote(para, el, fmt)
            return
        if tag in ("br", "wbr"):
            if tag == "br":
                para.settle()
                para.run(fmt).add_break()
                para.space = True
            return
        own_line = self.css is not None and self.css.on_own_line(el)
        inline_block = self.css is not None and self.css.inline_block(el)
        if own_line or inline_block:
            para.apart("break" if own_line else "space")
        if tag == "img":
            self.image(para, el, fmt)
            return
        lang = el.get("lang")
        if lang:
            fmt = replace(fmt, lang=lang)
        if tag in ("strong", "b"):
            fmt = replace(fmt, bold=True)
        elif tag in ("em", "i", "cite", "dfn", "var"):
            fmt = replace(fmt, italic=True)
        elif tag in ("u", "ins"):
            fmt = replace(fmt, underline=True)
        elif tag in ("s", "del"):
            fmt = replace(fmt, strike=True)
        elif tag == "sup":
            fmt = replace(fmt, sup=True, sub=False)
        elif tag == "sub":
            fmt = replace(fmt, sub=True, sup=False)
        elif tag in ("code", "kbd", "samp"):
            fmt = replace(fmt, code=True)
        elif tag == "a":
            href = (el.get("href") or "").strip()
            if href.lower().startswith(("http://", "https://", "mailto:")):
                self._links += 1
                fmt = replace(fmt, link=(self._links, href))
        if tag in _INLINE:
            self.inline_children(para, el, fmt, pre=pre)
        else:  # a block inside inline content (a list in a footnote): its text, in line
            para.text(" ", fmt)
            self.inline_children(para, el, fmt, pre=pre)
            para.text(" ", fmt)
        if own_line or inline_block:
            para.apart("break" if own_line else "space")

    def footnote(self, para: Para, el: Element, fmt: Fmt) -> None:
        para.settle()
        note = Para(self, self.add_footnote(para), self.rtl)
        para.space = False
        self._in_note = True
        try:
            self.inline_children(note, el, Fmt(lang=fmt.lang))
        finally:
            self._in_note = False
        note.finish()

    def image(self, para: Para, el: Element, fmt: Fmt) -> None:
        src = (el.get("src") or "").strip()
        alt = (el.get("alt") or "").strip()
        found = data_url_image(src)
        what = f"the image “{alt}”" if alt else "an image"
        if found is None or found[0] not in ("png", "jpeg"):
            kind = found[0] if found else ""
            if kind == "svg":
                self.warn(f"The Word file leaves out {what}: it is an SVG image, which Word "
                          "files cannot hold as they are. Use a PNG or JPEG logo to have it "
                          "in the Word file too.")
            else:
                self.warn(f"The Word file leaves out {what}: only PNG and JPEG pictures "
                          "embedded by the template are carried over.")
            return
        is_logo = "logo" in (el.get("class") or "").split()
        para.settle()
        run = para.run(replace(fmt, link=None))
        try:
            shape = run.add_picture(io.BytesIO(found[1]))
        except Exception as exc:  # a picture its own reader cannot take: left out, said
            run._r.getparent().remove(run._r)
            self.warn(f"The Word file leaves out {what}: it could not be read "
                      f"({type(exc).__name__}).")
            return
        limit = min(LOGO_WIDTH if is_logo else self.text_width, self.text_width)
        wanted = _int(el.get("width"), 0, 0, 100_000) * _PX or shape.width
        if wanted > limit or wanted != shape.width:
            wanted = min(wanted, limit)
            shape.height = Emu(int(shape.height * wanted / max(shape.width, 1)))
            shape.width = Emu(wanted)
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", alt)
        para.space = False


class _Item:
    """A list item being written: the paragraph open for its inline content, if any."""

    def __init__(self, para: Para) -> None:
        self.para: Para | None = para
        self.used = False  # the open paragraph has content

    def open(self, conv: HtmlToDocx, target: Any, block: Block) -> Para:
        if self.para is None:
            self.para = conv._continue(target, block)
            self.used = False
        return self.para

    def close(self) -> None:
        if self.para is not None:
            self.para.finish()
            self.para = None


def _fresh_paragraph(target: Any) -> Paragraph:
    """A new paragraph in ``target``; a table cell's first, empty paragraph is used first."""
    paragraphs = getattr(target, "paragraphs", None)
    if (paragraphs is not None and hasattr(target, "merge") and len(paragraphs) == 1
            and not paragraphs[0]._p.r_lst and paragraphs[0]._p.pPr is None
            and not getattr(target, "_bw_used", False)):
        target._bw_used = True
        return paragraphs[0]  # type: ignore[no-any-return]
    return target.add_paragraph()  # type: ignore[no-any-return]


def _set_num(paragraph: Paragraph, num_id: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = p_pr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:tblHeader")) is None:
        tr_pr.append(OxmlElement("w:tblHeader"))


def _cells(tr: Element) -> list[Element]:
    return [c for c in tr if _tag(c) in ("td", "th")]


def _tag(el: Element) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""  # comments have a function as tag




def _has_content(el: Element) -> bool:
    return bool("".join(el.itertext()).strip()) or any(_tag(c) == "img" for c in el.iter())


def _with_dir(el: Element, block: Block) -> Block:
    direction = (el.get("dir") or "").lower()
    lang = el.get("lang")
    if direction in ("rtl", "ltr"):
        block = replace(block, rtl=direction == "rtl")
    if lang:
        block = replace(block, lang=lang)
    return block


def _int(value: str | None, default: int, low: int = 1, high: int = 1_000_000) -> int:
    try:
        number = int((value or "").strip())
    except ValueError:
        return default
    return max(low, min(high, number))
