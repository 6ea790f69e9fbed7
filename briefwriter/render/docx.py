"""Word (.docx) output: the same sandboxed HTML a template renders for the PDF, as a Word
document (python-docx; no WeasyPrint here).

``write_docx`` makes the document from python-docx's own template, or from the pack's
``reference.docx`` (its styles, margins, headers and footers; its text is dropped), sets the
paper size, the document language (``w:lang`` in the style defaults), the core properties
(title, author = the organisation, subject, keywords, dates; nothing of python-docx's or the
reference's own left) and writes the body through ``render.docx_html``.  Footnotes are real
Word footnotes: python-docx has no API for them, so the footnotes part (with Word's two
separator notes), its relationship, the settings' ``w:footnotePr`` and the ``Footnote Text``
and ``Footnote Reference`` styles are made here.

A ``reference.docx`` comes from whoever made the pack: it is size-limited, unpacked in
memory first under ``core.archive``'s limits (no bomb reaches python-docx), and any failure
is a ``TemplateError`` naming the file and the cause.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.story import StoryPart
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from briefwriter.core.archive import ArchiveLimits, ArchiveRefused, read_zip_checked
from briefwriter.core.atomic_write import atomic_write_bytes
from briefwriter.core.errors import TemplateError
from briefwriter.render.docx_html import HtmlToDocx, parse_html
from briefwriter.render.docx_runs import Para, set_paragraph_rtl

MAX_REFERENCE_BYTES = 10 * 1024 * 1024
"""The largest reference document read (a Word file of styles is some tens of kilobytes)."""
REFERENCE_LIMITS = ArchiveLimits(max_files=200, max_total_bytes=40 * 1024 * 1024,
                                 max_file_bytes=20 * 1024 * 1024,
                                 max_archive_bytes=MAX_REFERENCE_BYTES)
PAPER = {"A4": (Mm(210), Mm(297)), "Letter": (Mm(215.9), Mm(279.4))}
MARGINS = {"top": Mm(24), "bottom": Mm(24), "left": Mm(22), "right": Mm(22)}
EAST_ASIAN = frozenset({"zh", "ja", "ko"})
RTL = frozenset({"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})
# What follows w:footnotePr in the settings part (schema order).
_AFTER_FOOTNOTE_PR = ("w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr",
                      "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
                      "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures",
                      "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
                      "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
                      "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")
_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
    'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
    '</w:r></w:p></w:footnote>'
)
# Parts of the starting document that would carry its maker's words or identity along.
_DROPPED_RELS = (RT.COMMENTS, RT.CUSTOM_XML, RT.CUSTOM_PROPERTIES, RT.THUMBNAIL,
                 "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                 "attachedTemplate",
                 RT.FOOTNOTES, RT.EXTENDED_PROPERTIES,
                 "http://schemas.microsoft.com/office/2011/relationships/people",
                 # Word 2010's copy of the styles: it would keep the old styles' look there.
                 "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
                 "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
                 "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
                 "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible")
_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>{app}</Application><Company>{company}</Company>'
    '</Properties>'
)


def base_language(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


def write_docx(html: str, *, out_path: Path, title: str, lang: str, author: str,
               paper: str = "A4", subject: str = "", keywords: str = "",
               stylesheets: Sequence[str] = (),
               generator: str = "BriefWriter", reference: Path | None = None,
               strip_identity: bool = False, now: datetime | None = None) -> list[str]:
    """Write ``html`` (a template's output) as a Word document; the warnings (what was
    left out).  ``stylesheets`` (CSS texts) say what the paper hides or sets apart
    (``render.docx_css``).  ``strip_identity`` (safety mode) leaves author, company and last editor
    blank.  Raises ``TemplateError`` for a reference document that cannot be used."""
    warnings: list[str] = []
    document = open_reference(reference) if reference is not None else docx.Document()
    _drop_foreign_parts(document)
    maker = _Maker(document, lang=lang, warnings=warnings)
    maker.page(paper, keep_margins=reference is not None)
    maker.language()
    maker.write(parse_html(html), stylesheets)
    maker.properties(title=title, author="" if strip_identity else author, subject=subject,
                     keywords=keywords, generator=generator, now=now)
    maker.settings(strip_identity=strip_identity)
    buffer = io.BytesIO()
    document.save(buffer)
    atomic_write_bytes(out_path, buffer.getvalue())
    return list(dict.fromkeys(warnings))


def open_reference(path: Path) -> Any:
    """The pack's reference document with its text taken out (styles, page and headers
    kept); ``TemplateError`` naming the file and the cause when it cannot be used."""
    name = path.name
    try:
        data = read_zip_checked(path, limits=REFERENCE_LIMITS)
    except ArchiveRefused as exc:
        raise TemplateError(f"The Word reference document cannot be used: {exc}",
                            name) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # whatever python-docx meets in a file that is no Word document
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise TemplateError(f"The Word reference document cannot be used: {name} is not a "
                            f"Word document (.docx) or is damaged ({reason})", name) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _drop_foreign_parts(document: Any) -> None:
    """Leave out the parts that belong to the document the file was made from (comments,
    custom XML and properties, a thumbnail, old footnotes): no one else's words or identity
    travel along, and python-docx's own template's picture of an empty page goes too."""
    package = document.part.package
    for owner in (package, document.part, document.part._settings_part):
        for r_id, rel in list(owner.rels.items()):
            if rel.reltype in _DROPPED_RELS:
                del owner.rels[r_id]


class _Maker:
    """One document being made: its styles, footnotes and numbering."""

    def __init__(self, document: Any, *, lang: str, warnings: list[str]) -> None:
        self.document = document
        self.lang = lang or "en"
        self.rtl = base_language(self.lang) in RTL
        self.warnings = warnings
        self._styles: dict[str, Any] = {}
        self._footnotes: Any = None
        self._next_note = 1

    # -- page, language, properties -----------------------------------------------

    def page(self, paper: str, *, keep_margins: bool) -> None:
        width, height = PAPER.get(paper, PAPER["A4"])
        for section in self.document.sections:
            section.page_width, section.page_height = width, height
            if not keep_margins:
                for side, size in MARGINS.items():
                    setattr(section, f"{side}_margin", size)

    def text_width(self) -> int:
        section = self.document.sections[-1]
        return int(section.page_width - section.left_margin - section.right_margin)

    def language(self) -> None:
        """``w:lang`` in the document defaults, and in each style that names a language."""
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        r_pr_default = defaults.find(qn("w:rPrDefault"))
        if r_pr_default is None:
            r_pr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, r_pr_default)
        r_pr = r_pr_default.find(qn("w:rPr"))
        if r_pr is None:
            r_pr = OxmlElement("w:rPr")
            r_pr_default.append(r_pr)
        elements = [r_pr.find(qn("w:lang")), *styles.findall(f".//{qn('w:rPr')}/{qn('w:lang')}")]
        if elements[0] is None:
            lang_el = OxmlElement("w:lang")
            r_pr.insert_element_before(lang_el, "w:eastAsianLayout", "w:specVanish", "w:oMath")
            elements[0] = lang_el
        base = base_language(self.lang)
        for element in elements:
            if element is None:
                continue
            element.set(qn("w:val"), self.lang)
            if base in EAST_ASIAN:
                element.set(qn("w:eastAsia"), self.lang)
            if base in RTL:
                element.set(qn("w:bidi"), self.lang)

    def properties(self, *, title: str, author: str, subject: str, keywords: str,
                   generator: str, now: datetime | None) -> None:
        """Core properties made afresh (python-docx's template says "python-docx"; a
        reference document says who made it), and the application properties."""
        props = self.document.core_properties
        stamp = (now or datetime.now(UTC)).astimezone(UTC)
        stamp = stamp.replace(tzinfo=None, microsecond=0)
        props.title = title
        props.author = author
        props.last_modified_by = author
        props.subject = subject
        props.keywords = keywords
        props.comments = ""
        props.category = ""
        props.content_status = ""
        props.identifier = ""
        props.version = ""
        props.language = self.lang
        props.created = stamp
        props.modified = stamp
        props.revision = 1
        core = props._element
        printed = core.find(qn("cp:lastPrinted"))
        if printed is not None:
            core.remove(printed)
        package = self.document.part.package
        for r_id, rel in list(package.rels.items()):
            if rel.reltype == RT.EXTENDED_PROPERTIES:
                del package.rels[r_id]
        app = _APP_XML.format(app=_xml_text(generator), company=_xml_text(author))
        part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES,
                    app.encode("utf-8"), package)
        package.relate_to(part, RT.EXTENDED_PROPERTIES)

    def settings(self, *, strip_identity: bool) -> None:
        """No claim that spelling was checked (Word checks it in the paper's language), no
        template path of whoever made a reference document; in safety mode, Word is asked
        to remove personal information when the file is saved again."""
        settings = self.document.settings.element
        for name in ("w:proofState", "w:attachedTemplate"):
            for element in settings.findall(qn(name)):
                settings.remove(element)
        if strip_identity and settings.find(qn("w:removePersonalInformation")) is None:
            before = [settings.find(qn(n)) for n in ("w:writeProtection", "w:view", "w:zoom")]
            present = [e for e in before if e is not None]
            index = list(settings).index(present[-1]) + 1 if present else 0
            settings.insert(index, OxmlElement("w:removePersonalInformation"))

    # -- body -----------------------------------------------------------------------

    def write(self, root: Any, stylesheets: Sequence[str]) -> None:
        HtmlToDocx(self.document, lang=self.lang, rtl=self.rtl, text_width=self.text_width(),
                   styles=self.style, footnote=self.footnote, number_list=self.number_list,
                   warn=self.warnings.append).write(root, stylesheets)

    def style(self, name: str) -> Any:
        """A style by its built-in name, whatever the styles' ids (a Word file saved in
        another language has other ids); the footnote and link styles are made when
        missing; None for another style the document lacks."""
        key = name.lower()
        if key not in self._styles:
            found = None
            for style in self.document.styles:
                if (style.name or "").lower() == key:
                    found = style
                    break
            if found is None:
                found = self._make_style(key)
            self._styles[key] = found
        return self._styles[key]

    def _make_style(self, key: str) -> Any:
        styles = self.document.styles
        if key == "footnote text":
            style = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.style("normal")
            style.font.size = Pt(9)
            style.paragraph_format.space_after = Pt(0)
            style.paragraph_format.space_before = Pt(0)
            return style
        if key == "footnote reference":
            style = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
            style.font.superscript = True
            return style
        if key == "hyperlink":
            style = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
            style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
            style.font.underline = True
            return style
        return None

    def _notes(self) -> Any:
        """The footnotes part, made on the first footnote."""
        if self._footnotes is None:
            element = parse_xml(f"<w:footnotes {nsdecls('w', 'r')}>{_SEPARATORS}</w:footnotes>")
            part = StoryPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element,
                             self.document.part.package)
            self.document.part.relate_to(part, RT.FOOTNOTES)
            settings = self.document.settings.element
            if settings.find(qn("w:footnotePr")) is None:
                footnote_pr = parse_xml(
                    f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/>'
                    '<w:footnote w:id="0"/></w:footnotePr>')
                settings.insert_element_before(footnote_pr, *_AFTER_FOOTNOTE_PR)
            self._footnotes = part
        return self._footnotes

    def footnote(self, para: Para) -> Paragraph:
        """A footnote called at the end of ``para`` so far; its paragraph, to be filled."""
        part = self._notes()
        number = self._next_note
        self._next_note += 1
        ref_style = self.style("footnote reference")
        call = para.p.add_run()
        call.style = ref_style
        call._r.append(OxmlElement("w:footnoteReference", {qn("w:id"): str(number)}))
        note = OxmlElement("w:footnote", {qn("w:id"): str(number)})
        part.element.append(note)
        paragraph = Paragraph(_append_p(note), _Story(part))
        paragraph.style = self.style("footnote text")
        if self.rtl:
            set_paragraph_rtl(paragraph)
        mark = paragraph.add_run()
        mark.style = ref_style
        mark._r.append(OxmlElement("w:footnoteRef"))
        paragraph.add_run(" ")
        return paragraph

    def number_list(self, style: Any, start: int) -> int | None:
        """A numbering of its own for one ``<ol>`` (Word otherwise runs every List Number
        paragraph of the document on as one list), from the style's numbering."""
        if style is None:
            return None
        p_pr = style.element.pPr
        num_pr = p_pr.numPr if p_pr is not None else None
        if num_pr is None or num_pr.numId is None:
            return None
        numbering = self.document.part.numbering_part.element
        num = numbering.num_having_numId(num_pr.numId.val)
        abstract_id = num.abstractNumId.val
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        new = numbering.add_num(abstract_id)
        override = new.add_lvlOverride(ilvl=ilvl)
        override.add_startOverride(start)
        return int(new.numId)


class _Story:
    """What a footnote's paragraphs and runs belong to (python-docx asks for ``part``)."""

    def __init__(self, part: Any) -> None:
        self.part = part


def _append_p(parent: Any) -> Any:
    p = OxmlElement("w:p")
    parent.append(p)
    return p


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
