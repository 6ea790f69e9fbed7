"""Changing the interface language while the app runs: every text follows at once, in the
same window, and nothing of the person's work or place is lost."""

from __future__ import annotations

import pytest
from helpers_e2e import (
    SHORT_WAIT_MS,
    ModalAnswer,
    activate,
    current_page,
    go_to,
    wait_for_fresh_preview,
)
from helpers_render import small_brief
from helpers_shell import close_later, fake_parts
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from briefwriter.core.model import Brief
from briefwriter.gui import app as app_module
from briefwriter.gui import i18n
from briefwriter.gui.dialogs import PreferencesDialog
from briefwriter.gui.settings import UI_LANGUAGES, Settings
from briefwriter.gui.steps.registry import create_step_pages
from briefwriter.gui.widgets.mnemonics import mnemonic_letter

FRENCH_MENUS = ["&Fichier", "É&dition", "&Affichage", "A&ller", "&Modèles", "&Outils", "Aid&e"]
FRENCH_GCM_TITLE = "Comparer le texte du Pacte mondial avec le document officiel"
ENGLISH_MENUS = ["&File", "&Edit", "&View", "&Go", "&Templates", "T&ools", "&Help"]


class HideWatch(QObject):
    """Counts the times a window is hidden or closed (a person would see it flash)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.seen = 0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            self.seen += 1
        return False


@pytest.fixture
def app_window(qtbot, qapp, request, tmp_path):
    """The app started in English with the real step pages (fake preview and worker); the
    language, locale and direction put back afterwards."""
    locale = QLocale()
    settings = Settings()
    settings.ui_language = "en"
    settings.show_welcome = False
    window = app_module.start(qapp, [], settings=settings,
                              parts=fake_parts(pages=create_step_pages))
    close_later(request, window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_built, timeout=SHORT_WAIT_MS)
    yield window
    i18n.remove_translations(qapp)
    QLocale.setDefault(locale)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setStyleSheet("")


def choose_in_preferences(qtbot, window, language: str, direction: str = "",
                          title: str = "Preferences", not_title: str = "") -> None:
    """Edit ▸ Preferences (its title in the language shown, or at least not in
    another), pick the language (and direction) with the keyboard, OK."""

    def choose(dialog: PreferencesDialog) -> None:
        if not_title:
            assert dialog.windowTitle() != not_title
        else:
            assert dialog.windowTitle() == title
        for combo, value in ((dialog.language, language), (dialog.direction, direction)):
            combo.setFocus()
            wanted = combo.findData(value)
            assert wanted >= 0, value
            key = Qt.Key.Key_Down if combo.currentIndex() < wanted else Qt.Key.Key_Up
            while combo.currentIndex() != wanted:
                qtbot.keyClick(combo, key)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    activate(qtbot, window)
    answer = ModalAnswer(PreferencesDialog, choose)
    window.preferences_action.trigger()
    answer.check(qtbot, window)


def menu_texts(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_preferences_offer_the_six_un_languages_named_in_themselves(qtbot):
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    names = {dialog.language.itemData(i): dialog.language.itemText(i)
             for i in range(dialog.language.count())}
    assert names == {"": "System default", "ar": "العربية", "zh": "中文（简体）",
                     "en": "English", "fr": "Français", "ru": "Русский", "es": "Español"}
    assert set(UI_LANGUAGES) == set(names)
    note = [label.text() for label in dialog.findChildren(QLabel) if "applies" in label.text()]
    assert note == ["A new language or layout direction applies at once; your work stays "
                    "as it is."]


def test_chinese_finds_qts_own_simplified_chinese(qapp):
    """Qt names its file ``qtbase_zh_CN``: the standard buttons are in Chinese all the same."""
    installed = i18n.install_translations(qapp, "zh")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_switching_language_keeps_the_work_the_step_and_the_window(qtbot, app_window, tmp_path):
    window = app_window
    path = tmp_path / "paper.brief.yaml"
    window.session.replace_brief(Brief(title="Detention"), path)
    page = go_to(qtbot, window, "occasion")
    page.title_edit.setFocus()
    page.title_edit.end(False)
    qtbot.keyClicks(page.title_edit, " at borders")
    page.subtitle.setFocus()
    qtbot.keyClicks(page.subtitle, "A brief")
    assert window.session.is_modified()
    undo_count = window.session.undo_stack.count()
    assert undo_count >= 2
    watch = HideWatch(window)
    group = window.group
    old_page = page

    choose_in_preferences(qtbot, window, "fr")
    qtbot.waitUntil(lambda: menu_texts(window) == FRENCH_MENUS, timeout=SHORT_WAIT_MS)

    # The same window, never hidden; every menu, the page, the navigator, the buttons in French.
    assert group.windows == [window] and watch.seen == 0 and window.isVisible()
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Enregistrer" in [a.text() for a in file_menu.actions()]
    page = current_page(window)
    assert page is not old_page and page.step_id == "occasion"
    assert "Contexte et public" in page.heading.text()
    assert window.step_label.text().startswith("Étape 2 sur 13")
    assert window.navigator.item(1).text().endswith("Contexte et public")
    assert window.navigator.accessibleName() != "Steps"
    assert window.back_button.text() != "&Back"
    assert window.next_button.toolTip() != "Next step (Alt+Right)"
    assert window.splitter.handle(1).accessibleName() != "Resize the steps and the form"
    # The work: the brief, unsaved, its undo history, its file; the field with the cursor.
    assert window.session.brief.title == "Detention at borders"
    assert window.session.brief.subtitle == "A brief"
    assert window.session.is_modified() and window.isWindowModified()
    assert window.session.undo_stack.count() == undo_count
    assert window.session.path == path
    assert window.current_step() == 1
    assert QApplication.focusWidget() is page.subtitle
    assert page.title_edit.text() == "Detention at borders"
    # Undo still works, through the new Edit menu, and the page shows it.
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.undo_action in edit_menu.actions()
    window.undo_action.trigger()
    assert window.session.brief.subtitle in ("", None)
    assert page.subtitle.text() == ""
    window.redo_action.trigger()
    assert page.subtitle.text() == "A brief"
    # Dates and numbers follow the language, in the window's widgets as well.
    assert QLocale().decimalPoint() == ","
    assert page.locale().language() == window.menuBar().locale().language() \
        == QLocale.Language.French

    # Arabic: the whole window right to left (untranslated texts show in English for now).
    choose_in_preferences(qtbot, window, "ar", title="Préférences")  # a dialog opened now
    qtbot.waitUntil(window.isRightToLeft, timeout=SHORT_WAIT_MS)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    assert current_page(window).isRightToLeft()
    navigator_x = window.navigator.mapTo(window, window.navigator.rect().topLeft()).x()
    stack_x = window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    assert navigator_x > stack_x
    assert window.current_step() == 1 and window.session.undo_stack.count() == undo_count

    # And back to French, forced right to left by the direction setting, then automatic.
    choose_in_preferences(qtbot, window, "fr", "rtl", not_title="Préférences")
    qtbot.waitUntil(lambda: menu_texts(window) == FRENCH_MENUS, timeout=SHORT_WAIT_MS)
    assert window.isRightToLeft()
    choose_in_preferences(qtbot, window, "en", "", title="Préférences")
    qtbot.waitUntil(lambda: menu_texts(window) == ENGLISH_MENUS, timeout=SHORT_WAIT_MS)
    assert not window.isRightToLeft()
    assert "Occasion and audience" in current_page(window).heading.text()
    assert watch.seen == 0 and group.windows == [window]
    assert window.session.brief.title == "Detention at borders"
    assert window.session.is_modified()


@pytest.fixture
def real_app_window(qtbot, qapp, request, tmp_path, monkeypatch):
    """The app started in English with every real part: pages, preview, render worker."""
    import tempfile

    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))  # the preview files
    locale, palette = QLocale(), qapp.palette()
    settings = Settings()
    settings.ui_language = "en"
    settings.show_welcome = False
    window = app_module.start(qapp, [], settings=settings)
    close_later(request, window)
    window.resize(1400, 950)
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.is_built, timeout=SHORT_WAIT_MS)
    yield window
    i18n.remove_translations(qapp)
    QLocale.setDefault(locale)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


def test_the_preview_stays_and_its_controls_change_language(qtbot, real_app_window):
    window = real_app_window
    window.session.replace_brief(small_brief(), None)
    text = wait_for_fresh_preview(qtbot, window)
    assert "Migrant Voices Test Network" in text
    window.zoom("zoom_in")
    shown = (window.preview.current_path, window.preview.pages)
    factor = window.preview.view.zoomFactor()
    worker = window.render.worker_pid
    old_preview = window.preview
    window.paper_text_action.setChecked(True)  # reading the paper as text
    assert old_preview.showing_text()

    choose_in_preferences(qtbot, window, "fr")
    qtbot.waitUntil(lambda: menu_texts(window) == FRENCH_MENUS, timeout=SHORT_WAIT_MS)

    preview = window.preview
    assert preview is not old_preview and preview.isVisible()
    # The same pages at the same zoom, at once: no new render, the same worker.
    assert (preview.current_path, preview.pages) == shown
    assert preview.view.zoomFactor() == factor
    assert window.render.worker_pid == worker
    assert preview.view.accessibleName() == "Aperçu du document"
    assert preview.zoom_in_button.accessibleName() == "Zoom +"
    assert preview.status.text() == "À jour"
    assert window.paper_text_action.isChecked() and preview.showing_text()
    # Typing goes on updating it.
    window.session.set_value(("title",), "Children first")
    assert "Children first" in wait_for_fresh_preview(qtbot, window)


def test_an_idle_gcm_import_dialog_reopens_in_the_new_language_and_a_report_stays(
        qtbot, app_window):
    from briefwriter.gui.gcm_import_dialog import GcmImportDialog, open_gcm_import

    window = app_window
    idle = open_gcm_import(window, "/some/folder")
    qtbot.waitExposed(idle)
    with_report = GcmImportDialog(window)
    with_report.report.show()
    with_report.report.setPlainText("A report the person is reading")
    with_report.show()
    qtbot.waitExposed(with_report)

    window.settings.ui_language = "fr"
    qtbot.waitUntil(lambda: menu_texts(window) == FRENCH_MENUS, timeout=SHORT_WAIT_MS)

    shown = [d for d in window.findChildren(GcmImportDialog) if d.isVisible()]
    assert len(shown) == 2 and with_report in shown
    assert with_report.report.toPlainText() == "A report the person is reading"
    reopened = next(d for d in shown if d is not with_report)
    assert reopened.windowTitle() == FRENCH_GCM_TITLE
    assert reopened.start_folder == "/some/folder"
    with_report.close()
    reopened.close()


def test_every_window_follows_even_one_still_opening(qtbot, app_window, request):
    first = app_window
    second = close_later(request, first.group.new_window(deferred=True))
    assert not second.is_built()

    first.settings.ui_language = "fr"
    qtbot.waitUntil(lambda: menu_texts(first) == menu_texts(second) == FRENCH_MENUS,
                    timeout=SHORT_WAIT_MS)
    qtbot.waitUntil(second.is_built, timeout=SHORT_WAIT_MS)
    for window in (first, second):
        assert window.navigator.item(0).text().endswith("Organisation")
        assert window.navigator.item(2).text().endswith("Priorités")
        assert current_page(window).step_id == "organisation"
        # Within the menu bar and each menu, Alt+letter still reaches one item only.
        bar = window.menuBar()
        for actions in [bar.actions()] + [a.menu().actions() for a in bar.actions()]:
            letters = [mnemonic_letter(a.text()) for a in actions if mnemonic_letter(a.text())]
            assert len(letters) == len(set(letters)), [a.text() for a in actions]
    assert first.group.windows == [first, second]


def test_storing_the_language_in_use_changes_nothing(qtbot, app_window):
    """Preferences saves every value on OK: the language shown, saved again, rebuilds nothing."""
    window = app_window
    page = current_page(window)
    menus = window.menuBar()
    window.settings.ui_direction = "ltr"
    window.settings.ui_direction = ""
    window.settings.ui_language = "en"
    qtbot.waitUntil(lambda: not window.group._language_pending, timeout=SHORT_WAIT_MS)
    assert current_page(window) is page and window.menuBar() is menus


def test_the_place_on_the_page_and_the_focus_outside_it_are_kept(qtbot, app_window):
    window = app_window
    window.resize(900, 500)
    page = go_to(qtbot, window, "occasion")
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=SHORT_WAIT_MS)
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    window.navigator.setFocus()
    assert window.focusWidget() is window.navigator

    window.settings.ui_language = "fr"
    qtbot.waitUntil(lambda: menu_texts(window) == FRENCH_MENUS, timeout=SHORT_WAIT_MS)

    page = current_page(window)
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == where, timeout=SHORT_WAIT_MS)
    assert window.focusWidget() is window.navigator
    assert window.navigator.currentRow() == 1
