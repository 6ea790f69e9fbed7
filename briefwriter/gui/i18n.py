"""UI language and direction: loads Qt's and BriefWriter's translations, sets right-to-left.

Our translations are ``resources/i18n/briefwriter_<lang>.qm`` (built from the ``.ts`` sources
by ``make translations``); Qt's own (standard buttons, file dialogs) come from Qt's folder.
``apply_language`` is called at start-up and again whenever Preferences changes the
language or direction: it swaps the translators, the default locale (dates, numbers) and the
layout direction while the app runs; the windows then make their texts again
(``gui/language_switch.py``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from briefwriter.paths import i18n_dir

#: Languages written right to left (the UI mirrors for them).
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ps", "sd", "ug", "ur", "yi"})


#: The six UN languages of the interface, named in themselves, in the UN's order.
UI_LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (
    ("ar", "العربية"),
    ("zh", "中文（简体）"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("es", "Español"),
)

#: Our translators' object name: how ``apply_language`` finds those it installed before.
TRANSLATOR_NAME = "briefwriterUiTranslator"


def language_choices() -> list[tuple[str, str]]:
    """(setting value, label) for the Preferences list; languages are named in themselves."""
    return [("", QCoreApplication.translate("i18n", "System default")), *UI_LANGUAGE_NAMES]


def resolve_language(setting: str) -> str:
    """The language code to use: the setting, or the system's when the setting is empty."""
    if setting:
        return setting
    name = QLocale.system().name()  # "fr_CH", "C"
    code = name.split("_")[0].lower()
    return code if code.isalpha() and code != "c" else "en"


def direction(language: str, override: str = "", argv: Sequence[str] = ()) -> str:
    """"rtl" for ``--reverse``, ``BRIEFWRITER_UI_DIRECTION=rtl``, the direction setting, or a
    right-to-left language; "ltr" otherwise.

    The command-line switch wins over the environment, which wins over the setting.
    """
    choice = ""
    if any(arg in ("-reverse", "--reverse") for arg in argv):
        choice = "rtl"
    if not choice:
        choice = os.environ.get("BRIEFWRITER_UI_DIRECTION", "").strip().lower()
    if choice not in ("ltr", "rtl"):
        choice = override if override in ("ltr", "rtl") else ""
    if not choice:
        choice = "rtl" if language.split("_")[0] in RTL_LANGUAGES else "ltr"
    return choice


def layout_direction(language: str, override: str = "",
                     argv: Sequence[str] = ()) -> QtCore.Qt.LayoutDirection:
    """``direction`` as Qt's value."""
    rtl = direction(language, override, argv) == "rtl"
    return QtCore.Qt.LayoutDirection.RightToLeft if rtl else QtCore.Qt.LayoutDirection.LeftToRight


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's and our translations for ``language`` into ``app``; returns those loaded.

    English needs none.  A missing file (e.g. translations not built) is not an error: the
    UI simply stays in English.  The files are found from the locale's names, so "zh" finds
    Qt's ``qtbase_zh_CN`` as well as our ``briefwriter_zh``.  The translators are children
    of ``app`` (``remove_translations`` takes them out again).
    """
    installed: list[QTranslator] = []
    if not language or language == "en":
        return installed
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    locale = QLocale(language)
    for base, folder in (("qtbase", qt_folder), ("briefwriter", str(i18n_dir()))):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(locale, base, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translations(app: QCoreApplication) -> None:
    """Take out the translators ``install_translations`` put into ``app``."""
    for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setObjectName("")  # found once only, even before it is deleted
        translator.deleteLater()


def apply_language(app: QGuiApplication, language_setting: str, direction_setting: str,
                   argv: Sequence[str] = ()) -> str:
    """Install translations and set the layout direction; returns the language in use.

    Called again while the app runs, it first takes out the translations it installed
    before.  Qt sends every widget a ``LanguageChange`` event for each translator added or
    removed; windows that make their texts in code are rebuilt by their owner instead.
    """
    language = resolve_language(language_setting)
    remove_translations(app)
    install_translations(app, language)
    # A chosen language also sets how dates and numbers are written; "system" puts the
    # system's way back (the default until a language is chosen).
    if language_setting:
        QLocale.setDefault(QLocale(language))
    elif QLocale() != QLocale.system():
        QLocale.setDefault(QLocale.system())
    rtl = direction(language, direction_setting, argv) == "rtl"
    if rtl != QGuiApplication.isRightToLeft():
        # Only on a change: QtCore.Qt is slow to load, and not needed before the first paint.
        QGuiApplication.setLayoutDirection(layout_direction(language, direction_setting, argv))
    return language


def fill(text: str, *values: object) -> str:
    """Fill Qt-style ``%1``, ``%2`` placeholders (translators may reorder them)."""
    for number in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
