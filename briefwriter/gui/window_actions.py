"""A main window's actions and menus: File, Edit, View, Go and Help, with standard shortcuts.

Each action is added to the window as well as to its menu, so its shortcut works even when
the menu bar is hidden.  Texts are translated in the ``MainWindow`` context.  ``FieldCommands``
points Cut, Copy, Paste and Select All at the focused field and lets the window's export
shortcuts win over the fields' own use of those keys.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from briefwriter.gui.widgets.mnemonics import mnemonic_letter, with_free_mnemonic

if TYPE_CHECKING:
    from briefwriter.gui.mainwindow import MainWindow

translate = QCoreApplication.translate


def _dialogs() -> ModuleType:
    # Imported on first use: the dialogs' widgets are not needed to put the window on screen.
    from briefwriter.gui import dialogs

    return dialogs


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
    window.continue_action = make_action(
        window,
        translate("MainWindow", "Continue for the Ne&xt Review…"),
        lambda: _continue_for_next(window),
        tip=translate("MainWindow", "Start the brief for the next review cycle from this one: "
                      "its asks and pledges become the follow-up list"),
    )
    window.import_partner_action = make_action(
        window,
        translate("MainWindow", "Import from a &Partner's Brief…"),
        lambda: _import_partner_brief(window),
        tip=translate("MainWindow", "Bring priorities, asks, evidence, recommendations and "
                      "co-signatories from a partner's brief into this one"),
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
    window.export_docx_action = make_action(
        window,
        translate("MainWindow", "Export as &Word…"),
        lambda: window.export("docx"),
        tip=translate("MainWindow", "Export the brief as a Word document (.docx)"),
    )
    window.export_set_action = make_action(
        window,
        translate("MainWindow", "Export Se&t…"),
        lambda: _open_export_set(window),
        tip=translate("MainWindow", "Export the brief with several templates into one folder"),
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
        translate("MainWindow", "Pr&eferences…"),
        lambda: _dialogs().open_preferences(window.settings, window),
        standard=key.Preferences,
        fallback="Ctrl+,",
    )
    window.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.cut_action = make_action(window, translate("MainWindow", "Cu&t"),
                                    lambda: window.field_commands.run("cut"), standard=key.Cut)
    window.copy_action = make_action(window, translate("MainWindow", "&Copy"),
                                     lambda: window.field_commands.run("copy"),
                                     standard=key.Copy)
    window.paste_action = make_action(window, translate("MainWindow", "&Paste"),
                                      lambda: window.field_commands.run("paste"),
                                      standard=key.Paste)
    window.select_all_action = make_action(window, translate("MainWindow", "Select &All"),
                                           lambda: window.field_commands.run("selectAll"),
                                           standard=key.SelectAll)
    window.field_commands = FieldCommands(window)

    window.preview_action = make_action(
        window,
        translate("MainWindow", "Show &Preview"),
        lambda: None,
        fallback="Ctrl+Shift+P",
        tip=translate("MainWindow", "Show or hide the PDF preview"),
    )
    window.preview_action.setCheckable(True)
    window.preview_action.toggled.connect(window.set_preview_visible)
    window.paper_text_action = make_action(
        window,
        translate("MainWindow", "Paper as &Text"),
        lambda: None,
        fallback="Ctrl+Shift+T",
        tip=translate("MainWindow", "Show the text of the preview instead of its pages, to "
                                    "read it line by line (screen readers read it too)"),
    )
    window.paper_text_action.setCheckable(True)
    window.paper_text_action.toggled.connect(window.show_paper_text)
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
    window.welcome_action = make_action(
        window,
        translate("MainWindow", "&Welcome…"),
        window.show_welcome,
        tip=translate("MainWindow", "Start a new brief, open an example or a recent brief"),
    )
    window.guide_action = make_action(
        window,
        translate("MainWindow", "&Getting Started"),
        lambda: _dialogs().open_getting_started(window),
        standard=key.HelpContents,
        fallback="F1",
    )
    window.about_action = make_action(
        window, translate("MainWindow", "&About BriefWriter"),
        lambda: _dialogs().open_about(window),
    )
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.gcm_import_action = make_action(
        window, translate("MainWindow", "Check the GCM &Text Against the Official Document…"),
        lambda: _open_gcm_import(window))
    window.add_to_menu_action = make_action(
        window, translate("MainWindow", "Add to the Applications &Menu"),
        lambda: _desktop_command(window, "add_to_menu"),
        tip=translate("MainWindow", "A menu entry and icon for BriefWriter; double-clicking a "
                      "brief opens it"))
    window.remove_from_menu_action = make_action(
        window, translate("MainWindow", "&Remove from the Applications Menu"),
        lambda: _desktop_command(window, "remove_from_menu"))
    # Usable once the pages, preview and exporter exist (at once, or just after showing).
    window.needs_parts = [
        window.import_partner_action,
        window.export_pdf_action,
        window.export_html_action,
        window.export_docx_action,
        window.export_set_action,
        window.paper_text_action,
        window.zoom_in_action,
        window.zoom_out_action,
        window.back_action,
        window.next_action,
    ]
    for action in window.needs_parts:
        action.setEnabled(False)


def add_undo_actions(window: MainWindow) -> None:
    """Undo and Redo of the window's session, at the top of the Edit menu."""
    stack = window.session.undo_stack
    keys = QKeySequence.StandardKey
    window.undo_action = stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    window.undo_action.setShortcuts(QKeySequence.keyBindings(keys.Undo))
    window.redo_action = stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    window.redo_action.setShortcuts(QKeySequence.keyBindings(keys.Redo))
    window.addActions([window.undo_action, window.redo_action])
    window.edit_menu.insertActions(window.edit_menu.actions()[0],
                                   [window.undo_action, window.redo_action])
    unique_letters(window.edit_menu)


def _continue_for_next(window: MainWindow) -> None:
    from briefwriter.gui.continue_review import continue_for_next

    continue_for_next(window)


def _import_partner_brief(window: MainWindow) -> None:
    from briefwriter.gui.coalition_dialog import import_partner_brief

    import_partner_brief(window, window.session, window.settings.last_folder)


def _open_export_set(window: MainWindow) -> None:
    from briefwriter.gui.export_set import open_export_set

    open_export_set(window)


def _desktop_command(window: MainWindow, name: str) -> None:
    from briefwriter.gui import desktop_offer

    getattr(desktop_offer, name)(window)


def _update_desktop_actions(window: MainWindow) -> None:
    from briefwriter.gui.desktop_offer import update_actions

    update_actions(window)


def _open_gcm_import(window: MainWindow) -> None:
    from briefwriter.gui.gcm_import_dialog import open_gcm_import

    open_gcm_import(window, window.settings.last_folder)


def create_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([window.new_action, window.open_action])
    window.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(window.rebuild_recent_menu)
    window.rebuild_recent_menu()
    file_menu.addAction(window.import_partner_action)
    file_menu.addSeparator()
    file_menu.addActions([window.save_action, window.save_as_action])
    file_menu.addSeparator()
    file_menu.addAction(window.continue_action)
    file_menu.addSeparator()
    file_menu.addActions([window.export_pdf_action, window.export_html_action,
                          window.export_docx_action, window.export_set_action])
    file_menu.addSeparator()
    file_menu.addActions([window.close_action, window.quit_action])

    window.edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    window.edit_menu.addSeparator()  # Undo and Redo go above, once the session exists
    window.edit_menu.addActions([window.cut_action, window.copy_action, window.paste_action])
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(window.select_all_action)
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(window.preferences_action)
    window.edit_menu.aboutToShow.connect(window.field_commands.update)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([window.preview_action, window.paper_text_action])
    view_menu.addActions([window.zoom_in_action, window.zoom_out_action])

    go_menu = bar.addMenu(translate("MainWindow", "&Go"))
    go_menu.addActions([window.back_action, window.next_action])

    create_templates_menu(window)
    create_tools_menu(window)

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addActions([window.welcome_action, window.guide_action, window.gcm_import_action])
    help_menu.addSeparator()
    help_menu.addActions([window.add_to_menu_action, window.remove_from_menu_action])
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
    # Linux only, enabled after what is installed: looked at each time the menu opens (not
    # before the window paints, which would import what it does not need yet).
    help_menu.aboutToShow.connect(lambda: _update_desktop_actions(window))
    for menu in (file_menu, window.edit_menu, view_menu, go_menu, help_menu):
        unique_letters(menu)
    # The button that shows menus which do not fit (narrow window, large text).
    overflow = bar.findChild(QToolButton, "qt_menubar_ext_button")
    if overflow is not None:
        overflow.setAccessibleName(translate("MainWindow", "More menus"))


def create_templates_menu(window: MainWindow) -> QMenu:
    """The Templates menu: the gallery, and customising, importing and exporting packs.

    The gallery and pack modules are imported on first use: the window paints first."""

    def gallery() -> None:
        from briefwriter.gui.gallery import open_gallery

        open_gallery(window.ctx, window)

    def pack_command(name: str) -> Callable[[], object]:
        def run() -> None:
            from briefwriter.gui.pack_dialogs import window_pack_actions

            getattr(window_pack_actions(window.ctx, window), name)()
        return run

    menu = window.menuBar().addMenu(translate("MainWindow", "&Templates"))
    window.gallery_action = make_action(
        window, translate("MainWindow", "Template &Gallery…"), gallery,
        tip=translate("MainWindow", "See every template with your brief, and choose one"))
    window.customise_template_action = make_action(
        window, translate("MainWindow", "&Customise Current Template…"),
        pack_command("customise_current"),
        tip=translate("MainWindow", "Copy this brief's template under a new name and change it"))
    window.workshop_action = make_action(
        window, translate("MainWindow", "Open in &Workshop…"),
        pack_command("open_current_in_workshop"),
        tip=translate("MainWindow", "Edit this brief's template with a live preview (a bundled "
                      "template opens read-only)"))
    window.import_pack_action = make_action(
        window, translate("MainWindow", "&Import Template Pack…"), pack_command("import_pack"),
        tip=translate("MainWindow", "Install a template pack file from a partner"))
    window.export_pack_action = make_action(
        window, translate("MainWindow", "&Export Template Pack…"), pack_command("export_chosen"),
        tip=translate("MainWindow", "Save a template as a file to share"))
    menu.addAction(window.gallery_action)
    menu.addAction(window.customise_template_action)
    menu.addAction(window.workshop_action)
    menu.addSeparator()
    menu.addActions([window.import_pack_action, window.export_pack_action])
    template_actions = [window.gallery_action, window.customise_template_action,
                        window.workshop_action, window.import_pack_action,
                        window.export_pack_action]
    window.needs_parts.extend(template_actions)  # they act on the window's brief and worker
    for action in template_actions:
        action.setEnabled(False)
    unique_letters(menu)
    return menu


def create_tools_menu(window: MainWindow) -> QMenu:
    """The Tools menu: the brand kit and the organisation profile (their dialogs are
    imported on first use).  "T&ools", as
    Alt+T opens Templates."""

    def brand_kit() -> None:
        from briefwriter.gui.brand_dialog import open_brand_dialog

        open_brand_dialog(window.ctx, window)

    def organisation_profile() -> None:
        from briefwriter.gui.profile_dialog import open_profile_dialog

        open_profile_dialog(window.ctx, window)

    menu = window.menuBar().addMenu(translate("MainWindow", "T&ools"))
    window.brand_kit_action = make_action(
        window, translate("MainWindow", "&Brand Kit…"), brand_kit,
        tip=translate("MainWindow", "Your organisation's logo, colours, fonts and footer line "
                      "for every brief"))
    menu.addAction(window.brand_kit_action)
    window.profile_action = make_action(
        window, translate("MainWindow", "Organisation &Profile…"), organisation_profile,
        tip=translate("MainWindow", "Who you are, saved once: every new brief starts with it"))
    menu.addAction(window.profile_action)
    window.needs_parts.append(window.profile_action)  # it needs the window's services
    window.profile_action.setEnabled(False)
    window.needs_parts.append(window.brand_kit_action)  # it renders the preview again
    window.brand_kit_action.setEnabled(False)
    unique_letters(menu)
    return menu


def unique_letters(menu: QMenu) -> None:
    """Within ``menu``, Alt+letter reaches one item: an item whose letter an earlier one
    has (texts of different ages, translated or not yet) gets another of its letters."""
    taken: set[str] = set()
    for action in menu.actions():
        text = with_free_mnemonic(action.text(), taken)
        if text != action.text():
            action.setText(text)
        taken.add(mnemonic_letter(text))


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


def _text_field(widget: QWidget | None) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The text box that Cut, Copy, Paste and Select All act on for ``widget``, if any."""
    if isinstance(widget, QComboBox):
        return widget.lineEdit()  # None for a list that cannot be typed in
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return widget
    return None


def _has_selection(field: QLineEdit | QPlainTextEdit | QTextEdit) -> bool:
    if isinstance(field, QLineEdit):
        return field.hasSelectedText()
    return field.textCursor().hasSelection()


class FieldCommands(QObject):
    """The Edit menu's Cut, Copy, Paste and Select All for the field that has the focus, and
    the window's export shortcuts in every field.

    The actions are enabled when they can do something there (Cut needs a selection in a
    field that may be changed, Paste text on the clipboard); in a text box the box's own
    handling of the keys runs, these actions serve the menu and other widgets.  A one-line
    box takes Ctrl+E itself (end of line, on Linux): each field that gets the focus is
    watched so that the export shortcuts go to the window instead.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.winning = [window.export_pdf_action, window.export_html_action]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self.update)
        self.update()

    def _field(self) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self.window:
            return None
        return _text_field(focused)

    def run(self, name: str) -> None:
        field = self._field()
        if field is not None:
            getattr(field, name)()
        self.update()

    def update(self, *_args: object) -> None:
        field = self._field()
        editable = field is not None and not field.isReadOnly() and field.isEnabled()
        selected = field is not None and _has_selection(field)
        clipboard = QGuiApplication.clipboard()
        has_text = clipboard is not None and bool(clipboard.text())
        self.window.cut_action.setEnabled(editable and selected)
        self.window.copy_action.setEnabled(selected)
        self.window.paste_action.setEnabled(editable and has_text)
        self.window.select_all_action.setEnabled(field is not None)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        for widget, watch in ((old, False), (new, True)):
            if widget is None or widget.window() is not self.window:
                continue
            field = _text_field(widget)
            for target in {widget, field} - {None}:
                if watch:
                    target.installEventFilter(self)
                else:
                    target.removeEventFilter(self)
            if field is not None and watch:
                selection = getattr(field, "selectionChanged", None)
                if selection is not None:
                    # Once per field; Qt drops the connection when either goes.
                    selection.connect(self.update, QtCore.Qt.ConnectionType.UniqueConnection)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                   for action in self.winning if action.isEnabled()
                   for key in action.shortcuts()):
                event.ignore()  # not the field's: the window's shortcut runs
                return True
        return False
