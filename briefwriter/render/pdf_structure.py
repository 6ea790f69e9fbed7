"""The tag tree WeasyPrint writes, finished for PDF/UA before the file is written.

WeasyPrint 70 tags footnote calls and bodies as ``NonStruct`` (the bodies in a footnote area at
the root of the document), makes one element per page, column or line of an element that
they cut, lets heading levels skip when the HTML does, writes header cells without a
``/Scope`` and tags running headers and footers with elements it leaves out of the tree.
``noting_tagger`` wraps its tagger to note, for each element made, the HTML element it was
made for and whether it is a footnote's call, body or marker; ``finish_structure`` then, on
the same pydyf objects, makes each body a ``Note`` with an ``/ID`` right after its call (a
``Reference``), joins the pieces of one element, gives list items an ``LBody``, closes gaps
in heading levels, makes running headers and footers artifacts and adds the ``/IDTree``.
Moving an element changes its ``/P`` and the ``/K`` arrays, never the MCIDs in the page
content; where the element holding marked content changes, its parent-tree entry follows.
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
# Per document being written: element number -> the HTML element (and box kind) it was made
# for, so that the pieces a page, a column or a line break made of one element become one.
_ORIGINS: WeakKeyDictionary[Any, dict[int, tuple[int, str]]] = WeakKeyDictionary()

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
        origin = getattr(inner, "element", None)
        try:
            for element in original(box, parent, pdf, *args):
                if role is not None:
                    mark(pdf, element, *role)
                if origin is not None:
                    _ORIGINS.setdefault(pdf, {})[element.number] = (
                        id(origin), f"{getattr(inner, 'element_tag', '')} {element.get('S')}")
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
    """Footnotes as notes beside their calls, one element for each HTML element however
    pages, columns and lines cut it, list items with bodies, headings without gaps, running
    headers and footers as artifacts, an ID tree."""
    roles = _ROLES.pop(pdf, {})
    origins = _ORIGINS.pop(pdf, {})
    root = pdf.catalog.get("StructTreeRoot")
    if root is None:
        return
    tree = _Tree(pdf)
    root = tree.get(root)
    _place_footnotes(tree, roles)
    _Joiner(tree, root, origins).join_all()
    elements = [e for top in tree.kids(root) for e in (top, *tree.walk(top))]
    _number_notes(elements)
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
    for footnote, parts in notes.items():
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


class _Joiner:
    """Joins the pieces WeasyPrint makes of one HTML element: a paragraph on two pages, a
    list item in two columns, an inline paragraph on three lines.  Neighbours in the same
    parent made for the same element and of the same type become one; a piece inside a
    piece of the same element (a column inside its list) gives its kids to it.  Marked
    content of a piece on another page is kept as a marked-content reference (``/MCR``
    with its page) and its parent-tree entry follows it."""

    def __init__(self, tree: _Tree, root: Any, origins: dict[int, tuple[int, str]]) -> None:
        self.tree = tree
        self.origins = origins
        self.owners: dict[bytes, list[tuple[list[Any], int]]] = {}
        parent_tree = tree.get(root.get("ParentTree"))
        nums = parent_tree.get("Nums", []) if parent_tree is not None else []
        for i in range(1, len(nums), 2):
            entry = nums[i]
            if isinstance(entry, list):  # a page: its MCIDs' owners
                for mcid, ref in enumerate(entry):
                    self.owners.setdefault(ref, []).append((entry, mcid))
            else:  # an annotation's owner
                self.owners.setdefault(entry, []).append((nums, i))
        self.root = root

    def join_all(self) -> None:
        self._join_kids(self.root)

    def _origin(self, element: Any) -> tuple[int, str] | None:
        return self.origins.get(element.number)

    def _join_kids(self, parent: Any) -> None:
        kids = parent.get("K")
        if not isinstance(kids, list):
            return
        origin = self._origin(parent)
        out: list[Any] = []

        def push(ref: Any) -> None:
            element = self.tree.get(ref)
            if element is None or element.get("Type") != "/StructElem":
                out.append(ref)
                return
            key = self._origin(element)
            if key is not None and key == origin and element.get("S") == parent.get("S"):
                # A column inside its list: its kids are the list's.
                for kid in self._release(parent, element):
                    push(kid)
                return
            last = self.tree.get(out[-1]) if out else None
            if (key is not None and last is not None and self._origin(last) == key
                    and last.get("S") == element.get("S")):
                last["K"].extend(self._release(last, element))
                return
            out.append(ref)

        for ref in list(kids):
            push(ref)
        parent["K"][:] = out
        for ref in out:
            element = self.tree.get(ref)
            if element is not None and element.get("Type") == "/StructElem":
                self._join_kids(element)

    def _release(self, keeper: Any, piece: Any) -> list[Any]:
        """``piece``'s kids, made ``keeper``'s (their parent, their parent-tree entries)."""
        page = piece.get("Pg")
        kids: list[Any] = []
        for kid in piece.get("K") or []:
            if isinstance(kid, int):
                if page is not None and page != keeper.get("Pg"):
                    kid = pydyf.Dictionary({"Type": "/MCR", "Pg": page, "MCID": kid})
            elif (obj := self.tree.get(kid)) is not None and obj.get("Type") == "/StructElem":
                obj["P"] = keeper.reference
            kids.append(kid)
        for entry, index in self.owners.pop(piece.reference, []):
            entry[index] = keeper.reference
            self.owners.setdefault(keeper.reference, []).append((entry, index))
        piece["K"] = pydyf.Array()
        return kids


def _number_notes(elements: list[Any]) -> None:
    """Each note its ``/ID`` (PDF/UA), in reading order."""
    notes = [e for e in elements if e.get("S") == "/Note"]
    for count, note in enumerate(notes, start=1):
        note["ID"] = pydyf.String(f"note-{count}")


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
    """A list item holds a label and one ``LBody`` (PDF/UA): WeasyPrint makes a body only for
    an item's loose text, so an item of blocks (``<li><p>``, or a name on a line of its own
    above the text) gets one body around all but its label; a body WeasyPrint made among
    them is the item's loose text, a paragraph in the new body."""
    for item in elements:
        if item.get("S") != "/LI" or not isinstance(item.get("K"), list):
            continue
        kids = list(item["K"])
        loose = [k for k in kids if (obj := tree.get(k)) is None or obj.get("S") != "/Lbl"]
        if not loose or (len(loose) == 1 and tree.get(loose[0]).get("S") == "/LBody"):
            continue
        if any(tree.get(k) is None for k in loose):
            continue  # marked content held by the item itself: its parent tree entry stays
        body = pydyf.Dictionary({"Type": "/StructElem", "S": "/LBody", "K": pydyf.Array(loose),
                                 "P": item.reference})
        if "Pg" in item:
            body["Pg"] = item["Pg"]
        tree.pdf.add_object(body)
        for kid in loose:
            obj = tree.get(kid)
            obj["P"] = body.reference
            if obj.get("S") == "/LBody":
                obj["S"] = "/P"
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
