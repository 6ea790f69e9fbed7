"""Walk a window's accessibility tree as a screen reader does, through ``QAccessible``.

A screen reader (Orca over AT-SPI) sees the tree of ``QAccessibleInterface`` nodes that Qt
builds for the widgets, not the widgets themselves: what a node is called
(``text(Name)``), what it is (``role()``: ``Client`` is what AT-SPI calls a "filler", a
node with no meaning of its own) and what it can do (``state().focusable``).  The walk
skips what is not on screen (a hidden step page, a collapsed part), so a test shows each
page before walking it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QMenu, QWidget

Role = QAccessible.Role

#: roles that say nothing about a node: AT-SPI's "filler" (Client, Whitespace) and none at all
FILLER_ROLES = frozenset({Role.Client, Role.Whitespace, Role.NoRole})

#: roles of nodes a person acts on, which need a name even when they never take the focus
#: (a splitter's handle is dragged, a tree's cell is read out as the row is walked)
INTERACTIVE_ROLES = frozenset({
    Role.Button, Role.ButtonDropDown, Role.ButtonMenu, Role.CheckBox, Role.RadioButton,
    Role.ComboBox, Role.EditableText, Role.SpinBox, Role.Slider, Role.Dial, Role.List,
    Role.ListItem, Role.Tree, Role.TreeItem, Role.Table, Role.Cell, Role.PageTab,
    Role.PageTabList, Role.MenuItem, Role.Link, Role.Grip, Role.Document,
})

MAX_DEPTH = 80


@dataclass(frozen=True)
class Node:
    """One node of the tree, as a screen reader would list it."""

    path: str  # the roles from the root down, e.g. "Window/Splitter/Grip"
    role: QAccessible.Role
    name: str
    focusable: bool
    owner: str  # the class and object name of the nearest widget, to find it in the code

    def __str__(self) -> str:
        focus = "focusable " if self.focusable else ""
        return f"{focus}{self.role.name} {self.name!r} in {self.owner} ({self.path})"


def _owner(iface: QAccessibleInterface) -> str:
    probe: QAccessibleInterface | None = iface
    while probe is not None and probe.isValid():
        obj = probe.object()
        if isinstance(obj, QWidget):
            name = obj.objectName()
            return f"{type(obj).__name__} {name!r}" if name else type(obj).__name__
        probe = probe.parent()
    return "?"


def nodes(root: QWidget) -> Iterator[Node]:
    """Every node under ``root``'s interface that is on screen, ``root`` included."""
    start = QAccessible.queryAccessibleInterface(root)
    if start is None:
        return
    stack: list[tuple[QAccessibleInterface, str, int]] = [(start, start.role().name, 0)]
    while stack:
        iface, path, depth = stack.pop()
        if not iface.isValid():
            continue
        state = iface.state()
        obj = iface.object()
        if state.invisible or (isinstance(obj, QWidget) and not obj.isVisible()):
            continue
        yield Node(path, iface.role(), iface.text(QAccessible.Text.Name).strip(),
                   bool(state.focusable), _owner(iface))
        if depth >= MAX_DEPTH:
            continue
        for index in reversed(range(iface.childCount())):
            child = iface.child(index)
            if child is not None:
                stack.append((child, f"{path}/{child.role().name}", depth + 1))


def is_silent(node: Node) -> bool:
    """A node a screen reader would stop on or offer without saying what it is."""
    if node.focusable and (not node.name or node.role in FILLER_ROLES):
        return True
    return node.role in INTERACTIVE_ROLES and not node.name


def silent_nodes(root: QWidget) -> list[Node]:
    """The silent nodes under ``root`` and in its menus (which are windows of their own)."""
    found = [node for node in nodes(root) if is_silent(node)]
    for menu in root.findChildren(QMenu):
        iface = QAccessible.queryAccessibleInterface(menu)
        for index in range(iface.childCount() if iface is not None else 0):
            item = iface.child(index)
            if item.role() == Role.Separator or item.state().invisible:
                continue
            node = Node(f"Menu {menu.title()!r}/{item.role().name}", item.role(),
                        item.text(QAccessible.Text.Name).strip(), True, _owner(item))
            if is_silent(node):
                found.append(node)
    return found


def report(found: list[Node]) -> str:
    return "\n".join(["silent nodes:", *(f"  {node}" for node in found)])
