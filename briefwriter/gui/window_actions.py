"""A main window's actions and menus: File, Edit, View, Go and Help, with standard shortcuts.

Each action is added to the window as well as to its menu, so its shortcut works even when
the menu bar is hidden.  Texts are translated in the ``MainWindow`` context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

if TYPE_CHECKING:
    from briefwriter.gui.mainwindow import MainWindow

translate = QCoreApplication.translate


def make_action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    *,
    standard: QKeySequence.StandardKey | None = None,
    fallback: str | list[str] = "",
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    keys: list[QKeySequence] = []
    if standard is not None:
        keys = list(QKeySequence.keyBindings(standard))
    if not keys and fallback:
        keys = [QKeySequence(k) for k in ([fallback] if isinstance(fallback, str) else fallback)]
    if keys:
        action.setShortcuts(keys)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def file_command(window: MainWindow, name: str) -> Callable[[], object]:
    """A File command of the window's ``DocumentController`` (``"save"``, ...)."""
    return lambda: getattr(window.documents, name)()  # made on first use if need be


def create_actions(window: MainWindow) -> None:
    key = QKeySequence.StandardKey
    window.new_action = make_action(
        window,
        translate("MainWindow", "&New"),
        file_command(window, "new_brief"),
        standard=key.New,
        tip=translate("MainWindow", "Start a new, empty brief"),
    )
    window.open_action = make_action(
        window,
        translate("MainWindow", "&Open…"),
        file_command(window, "open_dialog"),
        standard=key.Open,
        tip=translate("MainWindow", "Open a brief file"),
    )
    window.save_action = make_action(
        window,
        translate("MainWindow", "&Save"),
        file_command(window, "save"),
        standard=key.Save,
        tip=translate("MainWindow", "Save the brief"),
    )
    window.save_as_action = make_action(
        window,
        translate("MainWindow", "Save &As…"),
        file_command(window, "save_as"),
        standard=key.SaveAs,
        fallback="Ctrl+Shift+S",
        tip=translate("MainWindow", "Save the brief under a new name"),
    )
    window.export_pdf_action = make_action(
        window,
        translate("MainWindow", "&Export PDF…"),
        lambda: window.export("pdf"),
        fallback="Ctrl+E",
        tip=translate("MainWindow", "Export the brief as a PDF file"),
    )
    window.export_html_action = make_action(
        window,
        translate("MainWindow", "Export &HTML…"),
        lambda: window.export("html"),
        fallback="Ctrl+Shift+E",
        tip=translate("MainWindow", "Export the brief as a web page"),
    )
    window.close_action = make_action(
        window,
        translate("MainWindow", "&Close"),
        window.close,
        standard=key.Close,
        fallback="Ctrl+W",
        tip=translate("MainWindow", "Close this window"),
    )
    window.quit_action = make_action(
        window,
        translate("MainWindow", "&Quit"),
        window.group.quit_all,
        standard=key.Quit,
        fallback="Ctrl+Q",
        tip=translate("MainWindow", "Close all windows and quit"),
    )
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    # Undo and Redo come with the session, just after the first paint (_make_document).
    window.preferences_action = make_action(
        window,
        translate("MainWindow", "&Preferences…"),
        window.show_preferences,
        standard=key.Preferences,
        fallback="Ctrl+,",
    )
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

    window.preview_action = make_action(
        window,
        translate("MainWindow", "Show &Preview"),
        lambda: None,
        fallback="Ctrl+Shift+P",
        tip=translate("MainWindow", "Show or hide the PDF preview"),
    )
    window.preview_action.setCheckable(True)
    window.preview_action.toggled.connect(window.set_preview_visible)
    window.zoom_in_action = make_action(
        window,
        translate("MainWindow", "Zoom &In"),
        lambda: window.zoom("zoom_in"),
        standard=key.ZoomIn,
    )
    window.zoom_out_action = make_action(
        window,
        translate("MainWindow", "Zoom &Out"),
        lambda: window.zoom("zoom_out"),
        standard=key.ZoomOut,
    )

    window.back_action = make_action(
        window,
        translate("MainWindow", "&Previous Step"),
        window.previous_step,
        fallback=["Alt+Left", "Ctrl+PgUp"],
    )
    window.next_action = make_action(
        window,
        translate("MainWindow", "&Next Step"),
        window.next_step,
        fallback=["Alt+Right", "Ctrl+PgDown"],
    )
    window.guide_action = make_action(
        window,
        translate("MainWindow", "&Getting Started"),
        window.show_getting_started,
        standard=key.HelpContents,
        fallback="F1",
    )
    window.about_action = make_action(
        window, translate("MainWindow", "&About BriefWriter"), window.show_about
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    # Usable once the pages, preview and exporter exist (at once, or just after showing).
    window.needs_parts = [
        window.export_pdf_action,
        window.export_html_action,
        window.zoom_in_action,
        window.zoom_out_action,
        window.back_action,
        window.next_action,
    ]
    for action in window.needs_parts:
        action.setEnabled(False)


def create_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([window.new_action, window.open_action])
    window.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(window.rebuild_recent_menu)
    window.rebuild_recent_menu()
    file_menu.addSeparator()
    file_menu.addActions([window.save_action, window.save_as_action])
    file_menu.addSeparator()
    file_menu.addActions([window.export_pdf_action, window.export_html_action])
    file_menu.addSeparator()
    file_menu.addActions([window.close_action, window.quit_action])

    window.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    window.edit_menu.addSeparator()  # Undo and Redo go above, once the session exists
    window.edit_menu.addAction(window.preferences_action)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(window.preview_action)
    view_menu.addActions([window.zoom_in_action, window.zoom_out_action])

    go_menu = bar.addMenu(translate("MainWindow", "&Go"))
    go_menu.addActions([window.back_action, window.next_action])

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([window.guide_action, window.about_action])
    # The button that shows menus which do not fit (narrow window, large text).
    overflow = bar.findChild(QToolButton, "qt_menubar_ext_button")
    if overflow is not None:
        overflow.setAccessibleName(translate("MainWindow", "More menus"))


def rebuild_recent_menu(window: MainWindow) -> None:
    """Fill Open Recent from the settings, forgetting files that no longer exist."""
    menu: QMenu = window.recent_menu
    menu.clear()
    paths = window.settings.existing_recent_files()
    for number, path in enumerate(paths, start=1):
        mnemonic = f"&{number} " if number < 10 else "1&0 "
        action = menu.addAction(mnemonic + path.name.replace("&", "&&"))
        action.setStatusTip(str(path))
        action.setToolTip(str(path))
        action.triggered.connect(lambda _c=False, p=path: window.open_path(p))
    if not paths:
        empty = menu.addAction(translate("MainWindow", "No recent files"))
        empty.setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(translate("MainWindow", "&Clear Menu"))
    clear.setEnabled(bool(paths))
    clear.triggered.connect(window.settings.clear_recent_files)
