"""A tagged PDF's structure tree as a reader of the tags meets it (a test helper).

``read_tags(path)`` walks ``/StructTreeRoot`` into ``Tag`` nodes (type, attributes, children,
the text of the marked content each one holds), decoding the page text through each font's
``ToUnicode`` map; ``parent_tree_problems`` checks the tree against ``/ParentTree`` (every
marked-content sequence on a page owned by the element that holds it, and held once).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf

_BFCHAR = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")
_BFRANGE = re.compile(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>")


@dataclass
class Tag:
    """One structure element: its type (``"P"``), attributes and ID, kids in order."""

    type: str
    attributes: dict[str, str] = field(default_factory=dict)
    id: str = ""
    children: list[Tag] = field(default_factory=list)
    own_text: str = ""  # the text of the marked content directly under this element
    mcids: list[tuple[int, int]] = field(default_factory=list)  # (page index, MCID)
    parent: Tag | None = field(default=None, repr=False)
    obj: Any = field(default=None, repr=False)  # the pikepdf dictionary, while the file is open
    objgen: tuple[int, int] = (0, 0)  # its object number, which outlives the open file

    @property
    def text(self) -> str:
        """All the text under this element, in tree order (a line's end adds no space)."""
        return self.own_text + "".join(child.text for child in self.children)

    @property
    def letters(self) -> str:
        """The text without any white space: what comparisons with printed lines use."""
        return "".join(self.text.split())

    def walk(self) -> Iterator[Tag]:
        yield self
        for child in self.children:
            yield from child.walk()

    def next_sibling(self) -> Tag | None:
        if self.parent is None:
            return None
        siblings = self.parent.children
        index = next(i for i, s in enumerate(siblings) if s is self)
        return siblings[index + 1] if index + 1 < len(siblings) else None

    def ancestors(self) -> Iterator[Tag]:
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


def _to_unicode(font: pikepdf.Dictionary) -> dict[int, str]:
    table: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return table
    data = font.ToUnicode.read_bytes()
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, text in _BFCHAR.findall(block):
            table[int(code, 16)] = bytes.fromhex(text.decode()).decode("utf-16-be", "replace")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, start in _BFRANGE.findall(block):
            first = int.from_bytes(bytes.fromhex(start.decode()), "big")
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                table[code] = chr(first + offset)
    return table


def _decode(data: bytes, table: dict[int, str]) -> str:
    codes = (int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data) - 1, 2))
    return "".join(table.get(code, "") for code in codes)


def marked_text(page: pikepdf.Page) -> dict[int, str]:
    """The text of each marked-content sequence on ``page``, by MCID."""
    fonts = page.Resources.get("/Font", pikepdf.Dictionary())
    tables: dict[str, dict[int, str]] = {}
    texts: dict[int, str] = {}
    stack: list[int | None] = []
    table: dict[int, str] = {}
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "BDC":
            props = operands[1]
            mcid = props.get("/MCID") if isinstance(props, pikepdf.Dictionary) else None
            stack.append(int(mcid) if mcid is not None else None)
            if mcid is not None:
                texts.setdefault(int(mcid), "")
        elif op == "BMC":
            stack.append(None)
        elif op == "EMC" and stack:
            stack.pop()
        elif op == "Tf":
            name = str(operands[0])
            if name not in tables:
                tables[name] = _to_unicode(fonts[name]) if name in fonts else {}
            table = tables[name]
        elif op in ("Tj", "TJ", "'", '"'):
            mcid = next((m for m in reversed(stack) if m is not None), None)
            if mcid is None:
                continue
            pieces = operands[-1] if op == "TJ" else [operands[-1]]
            text = "".join(_decode(bytes(p), table) for p in pieces
                           if isinstance(p, pikepdf.String))
            texts[mcid] = texts.get(mcid, "") + text
    return texts


def _kids(element: pikepdf.Dictionary) -> list[Any]:
    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _attributes(element: pikepdf.Dictionary) -> dict[str, str]:
    found: dict[str, str] = {}
    attrs = element.get("/A")
    for attr in (list(attrs) if isinstance(attrs, pikepdf.Array) else [attrs]):
        if isinstance(attr, pikepdf.Dictionary):
            found.update({key: str(value) for key, value in attr.items()})
    return found


def read_tags(pdf: pikepdf.Pdf) -> Tag:
    """The structure tree of ``pdf`` under a ``StructTreeRoot`` node."""
    page_index = {page.objgen: i for i, page in enumerate(pdf.pages)}
    page_texts: dict[int, dict[int, str]] = {}

    def text_of(page: int, mcid: int) -> str:
        if page not in page_texts:
            page_texts[page] = marked_text(pdf.pages[page])
        return page_texts[page].get(mcid, "")

    def build(element: pikepdf.Dictionary, parent: Tag | None) -> Tag:
        ident = element.get("/ID")
        tag = Tag(type=str(element.get("/S", "/?"))[1:], attributes=_attributes(element),
                  id=bytes(ident).decode("utf-8", "replace") if ident is not None else "",
                  parent=parent, obj=element, objgen=element.objgen)
        page = element.get("/Pg")
        for kid in _kids(element):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                tag.children.append(build(kid, tag))
            elif isinstance(kid, int) and page is not None:
                index = page_index[page.objgen]
                tag.mcids.append((index, int(kid)))
                tag.own_text += text_of(index, int(kid))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                index = page_index[kid.Pg.objgen]
                tag.mcids.append((index, int(kid.MCID)))
                tag.own_text += text_of(index, int(kid.MCID))
        return tag

    root = pdf.Root.StructTreeRoot
    top = Tag(type="StructTreeRoot", obj=root, objgen=root.objgen)
    for kid in _kids(root):
        top.children.append(build(kid, top))
    return top


def parent_tree_problems(pdf: pikepdf.Pdf, tree: Tag) -> list[str]:
    """Where the tree and ``/ParentTree`` disagree, and marked content the tree misses."""
    problems: list[str] = []
    nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
    parent_tree = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    held: dict[tuple[int, int], Tag] = {}
    for tag in tree.walk():
        for key in tag.mcids:
            if key in held:
                problems.append(f"MCID {key} held twice")
            held[key] = tag
    for index, page in enumerate(pdf.pages):
        if "/StructParents" not in page.obj:
            problems.append(f"page {index + 1} has no /StructParents")
            continue
        owners = parent_tree.get(int(page.obj.StructParents))
        if owners is None:
            problems.append(f"page {index + 1} missing from the parent tree")
            continue
        for mcid in marked_text(page):
            tag = held.get((index, mcid))
            if tag is None:
                problems.append(f"page {index + 1} MCID {mcid} is not in the tree")
            elif mcid >= len(owners) or owners[mcid].objgen != tag.objgen:
                problems.append(f"page {index + 1} MCID {mcid}: parent tree names another "
                                f"element than its {tag.type}")
    for tag in tree.walk():
        parent_obj = tag.obj.get("/P") if tag.parent is not None else None
        if parent_obj is not None and tag.parent is not None \
                and parent_obj.objgen != tag.parent.objgen:
            problems.append(f"{tag.type} {tag.text[:30]!r}: /P is not its parent")
    return problems


def read_file(path: Path) -> Tag:
    with pikepdf.open(path) as pdf:
        return read_tags(pdf)
