"""What screen readers need that Qt's widgets do not say by themselves.

Qt names most controls from their text or their buddy label; a few parts it makes on its
own stay nameless (a splitter's handles, a line edit's clear button, the status bar's size
grip), and a scroll area such as the PDF view is a "filler" with no role of its own.  The
helpers here name those parts, and ``present_as`` gives a widget class of ours a real role
(Qt's ``QAccessibleWidget`` with that role, through an accessible-interface factory).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QLineEdit,
    QSizeGrip,
    QSplitter,
    QToolButton,
    QWidget,
)


def name_splitter_handles(splitter: QSplitter, names: Sequence[str]) -> None:
    """Name the handles between the splitter's widgets, in order ("Resize form and preview").

    Handle 0 sits before the first widget and is never shown; ``names[i]`` is the handle
    after widget ``i``.
    """
    for index, name in enumerate(names, start=1):
        handle = splitter.handle(index) if index < splitter.count() else None
        if handle is not None:
            handle.setAccessibleName(name)
            handle.setToolTip(name)


def add_clear_button(line_edit: QLineEdit, name: str) -> None:
    """Give ``line_edit`` a clear button (Qt's own) that a screen reader calls ``name``."""
    line_edit.setClearButtonEnabled(True)
    for button in line_edit.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)


def name_size_grips(window: QWidget, name: str) -> None:
    """Name the size grips (the status bar's corner) that the window has."""
    for grip in window.findChildren(QSizeGrip):
        grip.setAccessibleName(name)


_ROLES: dict[str, tuple[type[QWidget], QAccessible.Role]] = {}


def _factory(key: str, obj: object) -> QAccessibleInterface | None:
    # Asked for every class name of every object a screen reader meets: answer quickly.
    found = _ROLES.get(key)
    if found is not None and isinstance(obj, found[0]):
        return QAccessibleWidget(obj, found[1])
    return None


def present_as(cls: type[QWidget], role: QAccessible.Role) -> None:
    """Present widgets of ``cls`` (a class of ours) to screen readers with ``role``, e.g. a
    PDF view, which Qt presents as a nameless scroll area, as the picture it shows."""
    if not _ROLES:
        QAccessible.installFactory(_factory)
    _ROLES[cls.__name__] = (cls, role)
