"""Settings: where they live, typed values, recent files, hand-edited files, persistence."""

from __future__ import annotations

import pytest
from helpers_shell import close_quietly, new_window
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import QDialogButtonBox

from briefwriter.gui.dialogs import PreferencesDialog
from briefwriter.gui.i18n import install_translations, layout_direction, resolve_language
from briefwriter.gui.mainwindow import MainWindow
from briefwriter.gui.settings import MAX_RECENT_FILES, Settings


def test_settings_file_is_in_the_config_dir_and_values_persist(isolated_user_dirs):
    settings = Settings()
    assert settings.path == isolated_user_dirs["BRIEFWRITER_CONFIG_DIR"] / "briefwriter.ini"
    settings.ui_language = "fr"
    settings.autosave_seconds = 7
    settings.splitter_sizes = [120, 500, 400]
    settings.show_preview = False
    settings.sync()
    assert settings.path.is_file()

    again = Settings()
    assert again.ui_language == "fr"
    assert again.autosave_seconds == 7
    assert again.splitter_sizes == [120, 500, 400]
    assert again.show_preview is False


def test_defaults_before_anything_is_stored():
    settings = Settings()
    assert settings.ui_language == ""
    assert settings.ui_direction == ""
    assert settings.recent_files == []
    assert settings.geometry.isEmpty()
    assert settings.show_welcome is False  # the box starts unticked...
    assert settings.welcome_due() is True  # ...yet the very first start shows the welcome
    assert settings.autosave_seconds == 2


def test_the_welcome_is_due_on_the_first_start_then_while_its_box_is_ticked():
    settings = Settings()
    settings.welcome_shown()
    assert Settings().welcome_due() is False
    settings.show_welcome = True
    settings.welcome_shown()  # a later start leaves the person's choice alone
    assert Settings().welcome_due() is True
    settings.show_welcome = False
    assert Settings().welcome_due() is False


def test_someone_shown_the_former_start_up_guide_is_no_first_starter(isolated_user_dirs):
    ini = isolated_user_dirs["BRIEFWRITER_CONFIG_DIR"] / "briefwriter.ini"
    ini.write_text("[help]\nshow_getting_started=false\n", encoding="utf-8")
    assert Settings().welcome_due() is False


def test_recent_files_most_recent_first_unique_and_capped(tmp_path):
    settings = Settings()
    paths = []
    for n in range(MAX_RECENT_FILES + 3):
        path = tmp_path / f"paper-{n}.brief.yaml"
        path.write_text("x", encoding="utf-8")
        paths.append(path)
        settings.add_recent_file(path)
    settings.add_recent_file(paths[5])  # opened again: moves to the top, not duplicated

    recent = Settings().recent_files
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == str(paths[5])
    assert recent[1] == str(paths[-1])
    assert len(set(recent)) == len(recent)
    assert str(paths[0]) not in recent  # the oldest fell off
    assert settings.last_folder == str(tmp_path)


def test_a_single_recent_file_reads_back_as_a_list(tmp_path):
    path = tmp_path / "only.brief.yaml"
    path.write_text("x", encoding="utf-8")
    Settings().add_recent_file(path)
    assert Settings().recent_files == [str(path)]


def test_missing_recent_files_are_pruned(tmp_path):
    settings = Settings()
    kept = tmp_path / "kept.brief.yaml"
    gone = tmp_path / "gone.brief.yaml"
    for path in (gone, kept):
        path.write_text("x", encoding="utf-8")
        settings.add_recent_file(path)
    gone.unlink()
    assert settings.existing_recent_files() == [kept]
    assert Settings().recent_files == [str(kept)]


def test_hand_edited_nonsense_falls_back_to_defaults(isolated_user_dirs):
    ini = isolated_user_dirs["BRIEFWRITER_CONFIG_DIR"] / "briefwriter.ini"
    ini.write_text(
        "[ui]\nlanguage=klingon\ndirection=sideways\n"
        "[recovery]\nautosave_seconds=soon\n"
        "[window]\nsplitter=a, b\nshow_preview=perhaps\ngeometry=not bytes\n"
        "[help]\nshow_welcome=perhaps\n",
        encoding="utf-8")
    settings = Settings()
    assert settings.ui_language == ""
    assert settings.ui_direction == ""
    assert settings.autosave_seconds == 2
    assert settings.splitter_sizes == []
    assert settings.show_preview is True
    assert settings.geometry.isEmpty()
    assert settings.show_welcome is False
    assert settings.welcome_due() is False  # the file says it has been answered, somehow


def test_autosave_seconds_are_kept_in_range():
    settings = Settings()
    settings.autosave_seconds = 600
    assert settings.autosave_seconds == 10  # never more than ten seconds of work at risk
    settings.autosave_seconds = 0
    assert settings.autosave_seconds == 1


def test_window_geometry_splitter_and_recent_files_persist_across_windows(
        qtbot, monkeypatch, tmp_path):
    paper = tmp_path / "kept.brief.yaml"
    paper.write_text("x", encoding="utf-8")
    first = new_window(qtbot, Settings())
    first.resize(720, 520)
    first.move(QPoint(40, 30))
    first.splitter.setSizes([130, 330, 260])
    sizes = first.splitter.sizes()
    first.settings.add_recent_file(paper)
    close_quietly(first, monkeypatch)

    second = new_window(qtbot, Settings())
    assert (second.width(), second.height()) == (720, 520)
    assert second.splitter.sizes() == sizes
    second.rebuild_recent_menu()
    texts = [a.text() for a in second.recent_menu.actions()]
    assert "&1 kept.brief.yaml" in texts
    close_quietly(second, monkeypatch)


def test_hidden_preview_stays_hidden_next_time(qtbot, monkeypatch):
    first = new_window(qtbot, Settings())
    first.preview_action.trigger()
    assert not first.preview.isVisible()
    close_quietly(first, monkeypatch)
    second = new_window(qtbot, Settings())
    assert not second.preview.isVisible()
    assert not second.preview_action.isChecked()
    close_quietly(second, monkeypatch)


def test_preferences_dialog_by_keyboard(qtbot):
    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget in (dialog.language, dialog.direction, dialog.autosave, dialog.show_welcome):
        assert widget.accessibleName()
    dialog.language.setFocus()
    index = dialog.language.findData("es")
    while dialog.language.currentIndex() != index:
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    dialog.autosave.selectAll()
    qtbot.keyClicks(dialog.autosave, "9")
    qtbot.keyClick(dialog.show_welcome, Qt.Key.Key_Space)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    stored = Settings()
    assert stored.ui_language == "es"
    assert stored.autosave_seconds == 9
    assert stored.show_welcome is True  # ticked with the space bar


def test_preferences_cancel_changes_nothing(qtbot):
    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert Settings().ui_language == ""


# -- language and direction -------------------------------------------------------------------

def test_french_loads_qt_translations_for_standard_buttons(qapp):
    translators = install_translations(qapp, "fr")
    try:
        assert translators, "Qt's own French translation should be found"
        assert QCoreApplication.translate("QPlatformTheme", "Save") == "Enregistrer"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Save"


def test_english_needs_no_translation_files(qapp):
    assert install_translations(qapp, "en") == []


@pytest.mark.parametrize(("language", "setting", "argv", "env", "expected"), [
    ("en", "", [], "", Qt.LayoutDirection.LeftToRight),
    ("ar", "", [], "", Qt.LayoutDirection.RightToLeft),
    ("en", "rtl", [], "", Qt.LayoutDirection.RightToLeft),
    ("ar", "ltr", [], "", Qt.LayoutDirection.LeftToRight),
    ("en", "", [], "rtl", Qt.LayoutDirection.RightToLeft),
    ("en", "ltr", ["--reverse"], "", Qt.LayoutDirection.RightToLeft),
    ("en", "rtl", [], "ltr", Qt.LayoutDirection.LeftToRight),
])
def test_layout_direction_sources(monkeypatch, language, setting, argv, env, expected):
    monkeypatch.setenv("BRIEFWRITER_UI_DIRECTION", env)
    assert layout_direction(language, setting, argv) == expected


def test_language_setting_wins_over_the_system():
    assert resolve_language("es") == "es"
    assert resolve_language("").isalpha()


def test_translation_sources_exist_for_french_and_spanish():
    import xml.etree.ElementTree as ET

    from briefwriter.paths import i18n_dir

    for language in ("fr", "es"):
        root = ET.parse(i18n_dir() / f"briefwriter_{language}.ts").getroot()
        assert root.tag == "TS" and root.get("language") == language
        sources = {(c.findtext("name"), m.findtext("source"))
                   for c in root.iter("context") for m in c.iter("message")}
        assert ("MainWindow", "&File") in sources
        assert ("StepNavigator", "has warnings") in sources


def test_our_translations_are_loaded_for_the_chosen_language(qapp, tmp_path, monkeypatch):
    import os
    import subprocess

    import PySide6.QtCore

    source = tmp_path / "briefwriter_fr.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">'
        "<context><name>MainWindow</name><message><source>&amp;File</source>"
        "<translation>&amp;Fichier</translation></message></context></TS>",
        encoding="utf-8")
    lrelease = os.path.join(os.path.dirname(PySide6.QtCore.__file__), "lrelease")
    subprocess.run([lrelease, "-silent", str(source), "-qm", str(tmp_path / "briefwriter_fr.qm")],
                   check=True, timeout=60)
    monkeypatch.setattr("briefwriter.gui.i18n.i18n_dir", lambda: tmp_path)
    translators = install_translations(qapp, "fr")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


class _Screen:
    """A 1600 × 1000 screen with a 40-pixel panel at the top."""

    def availableGeometry(self) -> QRect:
        return QRect(0, 40, 1600, 960)


def test_the_first_window_takes_most_of_the_screen_centred(qtbot, monkeypatch):
    monkeypatch.setattr(MainWindow, "screen", lambda self: _Screen())
    window = new_window(qtbot, Settings(), show=False)
    assert 0.85 * 1600 <= window.width() <= 0.9 * 1600
    assert 0.85 * 960 <= window.height() <= 0.9 * 960
    centre = window.frameGeometry().center()
    assert abs(centre.x() - 800) <= 2 and abs(centre.y() - 520) <= 2
