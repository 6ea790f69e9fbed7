"""Helpers for driving the whole app as a person does: find controls by their accessible
names, click and type into them, go to a step, answer a modal dialog from inside its loop,
and wait for the live preview to show the brief as it is now."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import pypdf
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QListWidget,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from briefwriter.gui.mainwindow import MainWindow
from briefwriter.gui.steps.base import StepPage
from briefwriter.gui.steps.table import STEP_ORDER

#: a real worker: its start-up and one render on a busy 2-core machine
RENDER_WAIT_MS = 60_000
#: the debounced checks and small background jobs (autosave, open, save)
SHORT_WAIT_MS = 5_000


def spoken_name(widget: QWidget) -> str:
    """What a screen reader calls the control: its accessible name, or a button's text."""
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&", "")
    return name


def named(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> Any:
    """The one visible control under ``root`` that a screen reader calls ``name``."""
    found = [w for w in root.findChildren(kind)
             if spoken_name(w) == name and w.isVisibleTo(root)]
    assert len(found) == 1, f"{len(found)} controls named {name!r} in {type(root).__name__}"
    return found[0]


def activate(qtbot: Any, widget: QWidget) -> None:
    """Make ``widget``'s window the active one, as a window manager does when a person clicks
    in it (the offscreen platform has none: after a popup or a dialog no window is active)."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=SHORT_WAIT_MS)


def click(qtbot: Any, widget: QWidget) -> None:
    """Click a button; a check box on its box or label, not in the empty space beside it."""
    activate(qtbot, widget)
    pos = widget.rect().center()
    if isinstance(widget, QCheckBox):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        pos = widget.style().subElementRect(QStyle.SubElement.SE_CheckBoxClickRect, option,
                                            widget).center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Click into a text field, as a person does before typing, then type ``text``."""
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
        target = widget.lineEdit()
    activate(qtbot, widget)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.hasFocus, timeout=SHORT_WAIT_MS)
    qtbot.keyClicks(target, text)


def key(qtbot: Any, name: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        times: int = 1) -> None:
    """Press a key where the keyboard focus is (where a person's key press would go)."""
    for _ in range(times):
        # After a dialog closes, the window takes the focus back a moment later.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=SHORT_WAIT_MS)
        qtbot.keyClick(QApplication.focusWidget(), name, modifier)


def click_row(qtbot: Any, view: QAbstractItemView, row: int) -> None:
    """Click the middle of a list row (scrolled into view first, as a person would)."""
    activate(qtbot, view)
    model = view.model()
    index = model.index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_where(view: QListWidget, test: Callable[[str], bool]) -> int:
    rows = [r for r in range(view.count()) if test(view.item(r).text())]
    assert len(rows) == 1, [view.item(r).text() for r in range(view.count())]
    return rows[0]


def current_page(window: MainWindow) -> StepPage:
    """The step page on show (found inside whatever holds it)."""
    shown = window.stack.currentWidget()
    if isinstance(shown, StepPage):
        return shown
    pages = shown.findChildren(StepPage)
    assert len(pages) == 1, f"the stack shows {type(shown).__name__}, not one step page"
    return pages[0]


def go_to(qtbot: Any, window: MainWindow, step_id: str) -> StepPage:
    """Click the step in the navigator and wait until its page is on show."""
    activate(qtbot, window)
    nav = window.navigator
    row = STEP_ORDER.index(step_id)
    nav.scrollToItem(nav.item(row))
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: current_page(window).step_id == step_id, timeout=SHORT_WAIT_MS)
    return current_page(window)


class ModalAnswer:
    """Acts on the next modal dialog of a kind from inside its event loop, as a person does
    once it has appeared.  A failure inside rejects the dialog (never a hanging test) and is
    raised again by ``check``."""

    MAX_POLLS = 2_000

    def __init__(self, kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
        self.kind = kind
        self.act = act
        self.done = False
        self.dialog: QDialog | None = None
        self.error: BaseException | None = None
        self.polls = 0
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        # Shown and active: key presses reach it, as they would a person's.
        if not (isinstance(dialog, self.kind) and dialog.isVisible()
                and dialog.isActiveWindow()):
            self.polls += 1
            if self.polls < self.MAX_POLLS:
                QTimer.singleShot(5, self._poll)
            return
        # Polled, not a connection to ``destroyed``: PySide touches the sender again when a
        # plain Python receiver goes, and the dialog is long deleted by then.
        self.dialog = dialog
        try:
            self.act(dialog)
        except BaseException as error:  # raised again in the test, outside the dialog's loop
            # Kept as text: a traceback holding the dialog's widgets alive past their deletion
            # crashes the binding.
            self.error = AssertionError(
                f"in the {self.kind.__name__}:\n{traceback.format_exc()}")
            del error
            dialog.reject()
        self.done = True

    def gone(self) -> bool:
        """The dialog has been deleted (its window is no more)."""
        return self.dialog is not None and not shiboken6.isValid(self.dialog)

    def check(self, qtbot: Any, window: QWidget) -> None:
        """Raise what went wrong inside; then, once the dialog is gone, make ``window``
        active again, as a window manager does (the offscreen platform has none)."""
        assert self.done, f"no {self.kind.__name__} appeared"
        qtbot.waitUntil(self.gone, timeout=SHORT_WAIT_MS)
        if self.error is not None:
            raise self.error
        activate(qtbot, window)


def pdf_text(path: str) -> str:
    """The PDF's text with whitespace runs collapsed (extraction breaks lines anywhere)."""
    reader = pypdf.PdfReader(path)
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def wait_for_fresh_preview(qtbot: Any, window: MainWindow) -> str:
    """Wait until the preview pane shows pages made from the brief as it is now; their text."""
    def fresh(*_args: object) -> bool:
        return window.render.shown_generation == window.session.generation

    if not (fresh() and window.preview.pages):
        with qtbot.waitSignal(window.preview.pagesUpdated, timeout=RENDER_WAIT_MS,
                              check_params_cb=fresh):
            pass
    return pdf_text(window.preview.current_path)
