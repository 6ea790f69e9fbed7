"""A window in a new interface language: its menus and panes made again around the same work.

Once ``i18n.apply_language`` has installed the new translations, ``rebuild_in_new_language``
makes the window's actions and menus, navigator, step pages, Back/Next and preview afresh,
so every text, tooltip and accessible name is looked up again and every widget takes the
new layout direction.  What the person has is not in those widgets and is kept: the
``Session`` (the brief, its unsaved changes, its undo history, the file path), the render
worker and its last preview, the checks.  The place they were at is carried across: the
step, the page's scroll position, the field with the cursor (or the navigator, Back/Next,
the preview), the preview's zoom and scroll position, whether it is shown.

Rebuilding rather than retranslating in place: the pages set their texts in ``__init__``
(several hundred strings in dozens of widgets), and a ``retranslateUi`` in each would be a
second copy of all of them, out of step as soon as one is forgotten.  The window object
itself stays (the same ``QMainWindow``, never hidden or closed), so its geometry, its place
among the desktop's windows and the ``WindowGroup`` bookkeeping are untouched.

The window's non-modal tool windows are made again only where nothing is lost by it: the
template gallery, and the GCM import dialog before it has read a file.  The others (the
template workshop, which may hold unsaved files; the brand kit dialog, which may hold unsaved
choices; an import under way or its report) stay open as they are, in the language they
were opened in, and come in the new one the next time they are opened.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMenuBar, QWidget

from briefwriter.gui import window_actions

if TYPE_CHECKING:
    from briefwriter.core.model import FieldPath
    from briefwriter.gui.mainwindow import MainWindow


@dataclass
class Place:
    """Where the person was in a window, in terms that survive new widgets."""

    step: int = -1
    scroll: int = 0
    field: FieldPath | None = None  # the field with the keyboard focus, on the step page
    focus: str = ""  # or "navigator", "back", "next", "preview"
    preview: dict[str, Any] | None = None
    paper_text: bool = False  # the preview shows the paper's text rather than its pages


def _edited_field(widget: QWidget | None, page: QWidget) -> FieldPath | None:
    """The field path edited by ``widget`` or the nearest control around it on ``page``."""
    while widget is not None and widget is not page:
        edited = getattr(widget, "edited_field", None)
        if callable(edited):
            path, _target = edited()
            if path:
                return tuple(path)
        widget = widget.parentWidget()
    return None


def _preview_state(preview: QWidget) -> dict[str, Any] | None:
    """What the live preview shows (the PDF, zoom, scroll), when it is the real one."""
    view = getattr(preview, "view", None)
    path = getattr(preview, "current_path", "")
    if view is None or not path:
        return None
    return {"path": path, "warnings": list(getattr(preview, "warnings", [])),
            "mode": view.zoomMode(), "factor": view.zoomFactor(),
            "scroll": (view.verticalScrollBar().value(), view.horizontalScrollBar().value())}


def remember_place(window: MainWindow) -> Place:
    place = Place(step=window.current_step())
    page = window.stack.currentWidget()
    if page is not None:
        place.scroll = page.scroll_area.verticalScrollBar().value()
    # The window's own focus widget: Preferences, still on screen, has the application's.
    focused = window.focusWidget()
    if focused is not None:
        if page is not None and page.isAncestorOf(focused):
            place.field = _edited_field(focused, page)
        elif window.navigator.isAncestorOf(focused) or focused is window.navigator:
            place.focus = "navigator"
        elif focused is window.back_button:
            place.focus = "back"
        elif focused is window.next_button:
            place.focus = "next"
        elif window.preview.isAncestorOf(focused):
            place.focus = "preview"
    place.preview = _preview_state(window.preview)
    paper_text = getattr(window, "paper_text_action", None)
    place.paper_text = paper_text is not None and paper_text.isChecked()
    return place


def _restore_preview(preview: QWidget, state: dict[str, Any]) -> None:
    show_pdf = getattr(preview, "show_pdf", None)
    view = getattr(preview, "view", None)
    if not callable(show_pdf) or view is None:
        return
    show_pdf(state["path"], state["warnings"])
    view.setZoomMode(state["mode"])
    view.setZoomFactor(state["factor"])

    def scroll() -> None:  # once the pages are laid out in the new view
        view.verticalScrollBar().setValue(state["scroll"][0])
        # Sideways only at a zoom of the person's own: a page fitted to the width has no
        # sideways position to keep (and its bar counts from the other side right to left).
        if view.zoomMode() == type(view).ZoomMode.Custom:
            view.horizontalScrollBar().setValue(state["scroll"][1])
        # Zoom in/out were enabled from the zoom of a view not laid out yet: again, now.
        update = getattr(preview, "_update_actions", None)
        if callable(update):
            update()

    QTimer.singleShot(0, scroll)


def restore_place(window: MainWindow, place: Place) -> None:
    if place.preview is not None:
        _restore_preview(window.preview, place.preview)
    if place.paper_text:
        window.paper_text_action.setChecked(True)
    window.go_to_step(max(place.step, 0))
    page = window.stack.currentWidget()
    if page is None:
        return
    page.layout().activate()
    page.body.activate()
    bar = page.scroll_area.verticalScrollBar()
    bar.setValue(place.scroll)
    if place.field is not None:
        window.focus_field(place.field)  # scrolls only if the field is out of sight
    preview = getattr(window.preview, "view", window.preview)  # the pages, not the pane
    target = {"navigator": window.navigator, "back": window.back_button,
              "next": window.next_button, "preview": preview}.get(place.focus)
    if target is not None:
        target.setFocus()
    if place.field is not None or target is not None:
        return
    # Page laid out only once shown: the scroll position follows on the next turn.
    QTimer.singleShot(0, lambda: bar.setValue(place.scroll))


def rebuild_menus(window: MainWindow) -> None:
    """New actions and menus in the language now installed (the old ones deleted)."""
    from briefwriter.gui.mainwindow import Made

    preview_shown = window.preview_action.isChecked()
    for action in window.actions():
        window.removeAction(action)
        action.deleteLater()
    window.field_commands.deleteLater()
    window.setMenuBar(QMenuBar(window))  # the old bar and its menus go with it
    window_actions.create_actions(window)
    window_actions.create_menus(window)
    if window._has(Made.DOCUMENT):
        window_actions.add_undo_actions(window)
    if window._has(Made.PARTS):
        for action in window.needs_parts:
            action.setEnabled(True)
    window.preview_action.setChecked(preview_shown)


def _remove(widget: QWidget) -> None:
    """Out of its layout, hidden (so out of the tab order) and deleted by Qt with its
    children.  Left with its parent: an object whose parent is taken away belongs to
    Python, and Python and Qt must not both come to delete it."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is not None:
        layout.removeWidget(widget)
    widget.hide()
    widget.deleteLater()


def rebuild_panes(window: MainWindow) -> None:
    """A new navigator, step pages, Back/Next and preview for the same session, in the
    window's tab order (navigator, page, buttons, preview)."""
    window.steps.stop()  # no more pages made ahead; the stack takes its pages with it
    window.steps.deleteLater()
    for widget in (window.navigator, window.stack, window.step_buttons, window.preview):
        _remove(widget)
    window._make_frame()
    window._place_preview()
    # Shown now, not on the layouts' next turn: the focus and the scroll position can be
    # put back at once.
    for widget in (window.navigator, window.stack, window.step_buttons, window.preview):
        widget.show()
    window._follow_steps()


def reopen_tool_windows(window: MainWindow) -> None:
    """The gallery and an idle GCM import dialog closed and opened again, in place."""
    gallery = sys.modules.get("briefwriter.gui.gallery")
    if gallery is not None:
        for dialog in window.findChildren(gallery.GalleryDialog):
            if dialog.isVisible():
                geometry = dialog.geometry()
                dialog.close()
                gallery.open_gallery(window.ctx, window).setGeometry(geometry)
    gcm = sys.modules.get("briefwriter.gui.gcm_import_dialog")
    if gcm is not None:
        from briefwriter.gui import jobs

        for dialog in window.findChildren(gcm.GcmImportDialog):
            if dialog.isVisible() and dialog.report.isHidden() and not jobs.busy(dialog):
                geometry, folder = dialog.geometry(), dialog.start_folder
                dialog.close()
                gcm.open_gcm_import(window, folder).setGeometry(geometry)


def rebuild_in_new_language(window: MainWindow) -> None:
    """Everything ``window`` shows made again in the language now installed."""
    from briefwriter.gui.mainwindow import Life, Made

    if window.life is Life.CLOSED:
        return
    # Widgets take their locale from their parent, which kept the old default: the window
    # takes the new one (dates, numbers) and passes it on to everything in it.
    window.unsetLocale()
    window.loading.setText(QCoreApplication.translate("MainWindow", "Loading…"))
    if window._has(Made.PARTS) and not window.is_built():
        window.ensure_built()  # half-made: finish it, then make it again as a whole
    place = remember_place(window) if window.is_built() else None
    rebuild_menus(window)
    window.name_frame_parts()
    window._update_title()
    if place is None:
        return  # the panes are yet to be made: they come in the new language
    window.setUpdatesEnabled(False)  # one repaint, with the new panes
    try:
        rebuild_panes(window)
        restore_place(window, place)
        window._update_states()
    finally:
        window.setUpdatesEnabled(True)
    reopen_tool_windows(window)
