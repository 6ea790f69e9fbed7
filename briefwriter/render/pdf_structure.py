"""The tag tree WeasyPrint writes, finished for PDF/UA before the file is written.

WeasyPrint 70 tags footnote calls and bodies as ``NonStruct`` (the bodies in a footnote area at
the root of the document), lets heading levels skip when the HTML does, and writes header cells
without a ``/Scope``.  ``render.pdf`` notes while tagging which elements are footnote calls,
bodies and markers (``mark``); ``finish_structure`` then, on the same pydyf objects, makes each
body a ``Note`` with an ``ID`` right after its call (a ``Reference``) in the element that holds
the call, closes gaps in heading levels, gives list items whose content is blocks an
``LBody`` and adds the ``/IDTree``.  Moving an element changes
its ``/P`` and the ``/K`` arrays only: the marked content keeps its MCIDs and its parent-tree
entries, which name the elements that hold the content, not their parents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any
from weakref import WeakKeyDictionary

import pydyf

CALL = "call"
NOTE = "note"
MARKER = "marker"

# Per document being written: element number -> (role, the footnote it belongs to).
_ROLES: WeakKeyDictionary[Any, dict[int, tuple[str, int]]] = WeakKeyDictionary()

_HEADING = re.compile(r"/H([1-6])")


def mark(pdf: Any, element: Any, role: str, footnote: int) -> None:
    """Note that ``element`` (a struct element just made) is a footnote's ``role``."""
    _ROLES.setdefault(pdf, {})[element.number] = (role, footnote)


def _footnote_role(box: Any, bodies: set[int]) -> tuple[str, int] | None:
    """Whether a box is a footnote's call, its body (a child of a footnote area, whose ids
    are in ``bodies``) or the body's marker, and which footnote (its element) it is."""
    tag = getattr(box, "element_tag", None) or ""
    if tag.endswith("::footnote-call") and getattr(box, "footnote", None) is not None:
        return CALL, id(box.footnote.element)
    if tag.endswith("::footnote-marker"):
        return MARKER, 0
    if id(box) in bodies and getattr(box, "element", None) is not None:
        return NOTE, id(box.element)
    return None


def noting_tagger(original: Callable[..., Iterator[Any]],
                  footnote_area: type) -> Callable[..., Iterator[Any]]:
    """WeasyPrint's ``_build_box_tree`` (which makes the struct elements of a box and its
    descendants), noting the footnotes' elements (``mark``) and giving header cells their
    ``/Scope``; ``render.pdf`` puts it in place of the original."""
    bodies: set[int] = set()  # the boxes of the footnote area being tagged

    def build_box_tree(box: Any, parent: Any, pdf: Any, *args: Any) -> Iterator[Any]:
        inner: Any = getattr(box, "_box", box)  # an absolutely placed box
        area: set[int] = set()
        if isinstance(inner, footnote_area):
            area = {id(child) for child in getattr(inner, "children", ())}
        bodies.update(area)
        role = _footnote_role(inner, bodies)
        try:
            for element in original(box, parent, pdf, *args):
                if role is not None:
                    mark(pdf, element, *role)
                if element.get("S") == "/TH" and inner.element is not None:
                    element["A"]["Scope"] = header_scope(inner.element.get("scope"))
                yield element
        finally:
            bodies.difference_update(area)

    build_box_tree._briefwriter_notes = True  # type: ignore[attr-defined]
    return build_box_tree


def header_scope(scope: str | None) -> str:
    """The ``/Scope`` of a header cell from its HTML ``scope`` (as WeasyPrint pairs cells
    with headers: a header that is not a row header heads its column)."""
    return "/Row" if (scope or "").strip().lower() in ("row", "rowgroup") else "/Column"


class _Tree:
    """The struct elements of one pydyf document, reached through their references."""

    def __init__(self, pdf: Any) -> None:
        self.pdf = pdf

    def get(self, ref: Any) -> Any:
        if isinstance(ref, bytes):
            return self.pdf.objects[int(ref.split()[0])]
        return ref if isinstance(ref, pydyf.Dictionary) else None

    def kids(self, element: Any) -> Iterator[Any]:
        """The struct elements under ``element``, in order (not MCIDs or annotations)."""
        kids = element.get("K")
        for kid in kids if isinstance(kids, list) else [kids]:
            obj = self.get(kid)
            if isinstance(obj, pydyf.Dictionary) and obj.get("Type") == "/StructElem":
                yield obj

    def walk(self, element: Any) -> Iterator[Any]:
        for kid in self.kids(element):
            yield kid
            yield from self.walk(kid)

    def detach(self, element: Any) -> None:
        parent = self.get(element.get("P"))
        if parent is not None and isinstance(parent.get("K"), list):
            parent["K"][:] = [k for k in parent["K"] if k != element.reference]


def finish_structure(pdf: Any) -> None:
    """Footnotes as notes beside their calls, headings without gaps, an ID tree."""
    roles = _ROLES.pop(pdf, {})
    root = pdf.catalog.get("StructTreeRoot")
    if root is None:
        return
    tree = _Tree(pdf)
    root = tree.get(root)
    elements = [e for top in tree.kids(root) for e in (top, *tree.walk(top))]
    _place_footnotes(tree, roles)
    _close_heading_gaps(elements)
    _give_items_bodies(tree, elements)
    elements = [e for top in tree.kids(root) for e in (top, *tree.walk(top))]
    _margins_as_artifacts(tree, root, elements)
    _add_id_tree(pdf, root, elements)


def _place_footnotes(tree: _Tree, roles: dict[int, tuple[str, int]]) -> None:
    calls: dict[int, Any] = {}
    notes: dict[int, list[Any]] = {}
    for number, (role, footnote) in sorted(roles.items()):
        element = tree.pdf.objects[number]
        if role == MARKER:
            element["S"] = "/Lbl"
        elif role == CALL:
            element["S"] = "/Reference"
            calls.setdefault(footnote, element)
        elif role == NOTE:
            element["S"] = "/Note"
            notes.setdefault(footnote, []).append(element)
    emptied: list[Any] = []
    for count, (footnote, parts) in enumerate(
            sorted(notes.items(), key=lambda item: item[1][0].number), start=1):
        for part, element in enumerate(parts):
            element["ID"] = pydyf.String(f"note-{count}" + (f"-{part + 1}" if part else ""))
        call = calls.get(footnote)
        holder = tree.get(call.get("P")) if call is not None else None
        if call is None or holder is None or not isinstance(holder.get("K"), list):
            continue  # a note without a call stays where WeasyPrint put it
        at = holder["K"].index(call.reference) + 1
        for element in parts:
            old = tree.get(element.get("P"))
            tree.detach(element)
            holder["K"].insert(at, element.reference)
            element["P"] = holder.reference
            at += 1
            if old is not None and old is not holder:
                emptied.append(old)
    # The footnote areas the notes came from, now empty, leave the tree.
    for area in emptied:
        while (area.get("S") == "/NonStruct" and not area.get("K")
               and tree.get(area.get("P")) is not None):
            parent = tree.get(area.get("P"))
            tree.detach(area)
            area = parent


def _close_heading_gaps(elements: list[Any]) -> None:
    """H1 H3 becomes H1 H2: a reader moving by heading level never meets a missing level."""
    last = 0
    for element in elements:
        match = _HEADING.fullmatch(str(element.get("S", "")))
        if match is None:
            continue
        level = min(int(match.group(1)), last + 1)
        element["S"] = f"/H{level}"
        last = level


def _give_items_bodies(tree: _Tree, elements: list[Any]) -> None:
    """A list item whose content is blocks (``<li><p>``) gets the ``LBody`` PDF/UA asks for:
    WeasyPrint makes one only for an item's loose text."""
    for item in elements:
        if item.get("S") != "/LI" or not isinstance(item.get("K"), list):
            continue
        kids = list(item["K"])
        loose = [k for k in kids if (obj := tree.get(k)) is None or obj.get("S") != "/Lbl"]
        if not loose or any(tree.get(k) is None or tree.get(k).get("S") == "/LBody"
                            for k in loose):
            continue  # already a body, or marked content held by the item itself
        body = pydyf.Dictionary({"Type": "/StructElem", "S": "/LBody", "K": pydyf.Array(loose),
                                 "P": item.reference})
        if "Pg" in item:
            body["Pg"] = item["Pg"]
        tree.pdf.add_object(body)
        for kid in loose:
            tree.get(kid)["P"] = body.reference
        at = kids.index(loose[0])
        item["K"][:] = [k for k in kids if k not in loose]
        item["K"].insert(at, body.reference)


def _margins_as_artifacts(tree: _Tree, root: Any, elements: list[Any]) -> None:
    """Running headers and footers (page margin boxes) become artifacts.

    WeasyPrint tags their text with elements it leaves out of the tree, so a reader never
    reaches content that the parent tree says is structured.  Pagination is what PDF/UA
    calls an artifact: each such sequence is marked ``/Artifact`` and leaves the parent tree.
    """
    parent_tree = tree.get(root.get("ParentTree"))
    if parent_tree is None or not isinstance(parent_tree.get("Nums"), list):
        return
    in_tree = {element.number for element in elements}
    nums = parent_tree["Nums"]
    pages = [tree.get(ref) for ref in tree.pdf.page_references]
    for page in pages:
        key = page.get("StructParents") if page is not None else None
        at = next((i for i in range(0, len(nums) - 1, 2) if nums[i] == key), None)
        if key is None or at is None or not isinstance(nums[at + 1], list):
            continue
        owners = nums[at + 1]
        loose = {mcid for mcid, ref in enumerate(owners)
                 if isinstance(ref, bytes) and tree.get(ref).number not in in_tree}
        stream = tree.get(page.get("Contents"))
        if not loose or stream is None:
            continue
        ops = stream.stream
        out: list[Any] = []
        for op in ops:
            if op == b"BDC" and len(out) >= 2 and isinstance(out[-1], pydyf.Dictionary) \
                    and out[-1].get("MCID") in loose:
                out[-2:] = ["/Artifact", b"BMC"]
            else:
                out.append(op)
        stream.stream = out
        for mcid in loose:
            owners[mcid] = b"null"


def _add_id_tree(pdf: Any, root: Any, elements: list[Any]) -> None:
    """The ``/IDTree`` that elements with an ``/ID`` (notes, header cells) must be found in."""
    named = []
    for element in elements:
        ident = element.get("ID")
        if isinstance(ident, pydyf.String):
            named.append((str(ident.string), element.reference))
    if not named:
        return
    names = pydyf.Array()
    for ident, reference in sorted(named):
        names.extend((pydyf.String(ident), reference))
    id_tree = pydyf.Dictionary({"Names": names})
    pdf.add_object(id_tree)
    root["IDTree"] = id_tree.reference
