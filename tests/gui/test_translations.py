"""The translations (French, Spanish, Arabic, Russian, Chinese): complete, true to the English
placeholders and mnemonics, in step with the code, and what a person sees when the app starts
in them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers_e2e import SHORT_WAIT_MS, ModalAnswer, go_to
from helpers_shell import close_later, fake_parts
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

import briefwriter.gui.i18n as i18n
from briefwriter.core.model import Brief, Priority
from briefwriter.gui import app as app_module
from briefwriter.gui.dialogs import PreferencesDialog
from briefwriter.gui.settings import Settings
from briefwriter.gui.steps.registry import create_step_pages
from briefwriter.gui.widgets.mnemonics import mnemonic_letter
from briefwriter.paths import i18n_dir

LANGUAGES = ("fr", "es", "ar", "ru", "zh")
# Every translation file, and the number of plural forms Qt uses in each language.
PLURAL_FORMS = {"fr": 2, "es": 2, "ar": 6, "ru": 3, "zh": 1}
TS_LANGUAGES = tuple(PLURAL_FORMS)
REPO = Path(__file__).resolve().parents[2]
# {name} (the checks), %1-%9 (Qt's arg), %n (Qt's plural count), [*] (the title bar's
# modified mark).
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[1-9n]|\[\*\]")
MARKUP = re.compile(r"</?[a-z][a-z0-9]*>")


def qt_tool(name: str) -> str:
    """lupdate/lrelease from the PySide6 wheel (as the Makefile finds them)."""
    import PySide6.QtCore

    return os.path.join(os.path.dirname(PySide6.QtCore.__file__), name)


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, English source, <message>) for every message of the language's .ts file."""
    root = ET.parse(i18n_dir() / f"briefwriter_{language}.ts").getroot()
    assert root.get("language") == language
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def translations(message: ET.Element) -> list[str]:
    """The translated text, or each plural form of it."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def mnemonics(text: str) -> int:
    """How many Alt+letter marks ``text`` has ("&&" is a plain ampersand)."""
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


# -- the .ts sources --------------------------------------------------------------------------

def test_every_translation_file_is_checked():
    assert sorted(p.stem.removeprefix("briefwriter_") for p in i18n_dir().glob("*.ts")) \
        == sorted(TS_LANGUAGES)


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_every_message_is_translated(language):
    """Every string has a translation.  Drafts await a native speaker's review and say so
    the way Qt Linguist does (``type="unfinished"``: not yet accepted); the app uses them
    meanwhile.  Nothing may be left for strings the code no longer has."""
    found = messages(language)
    assert len(found) > 500  # the whole app, not a sample
    left = [(context, source) for context, source, message in found
            if message.find("translation").get("type") not in (None, "unfinished")
            or not all(text.strip() for text in translations(message))]
    assert not left, f"{len(left)} messages not translated, e.g. {left[:5]}"


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_plural_messages_have_every_form(language):
    plurals = [(source, translations(message)) for _c, source, message in messages(language)
               if message.get("numerus") == "yes"]
    assert plurals
    for source, forms in plurals:
        assert len(forms) == PLURAL_FORMS[language], source
        assert all("%n" in form for form in forms), source


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_placeholders_mnemonics_and_markup_are_kept(language):
    wrong = []
    for context, source, message in messages(language):
        for text in translations(message):
            if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                wrong.append((context, source, text, "placeholders"))
            if mnemonics(text) != mnemonics(source):
                wrong.append((context, source, text, "mnemonic"))
            if MARKUP.findall(text) != MARKUP.findall(source):
                wrong.append((context, source, text, "markup"))
    assert not wrong, wrong


def test_the_checks_read_as_sentences_in_every_language():
    # Check messages are templates that the GUI fills in after translating: a translation
    # must fill in with the same names, or the Review step would fall back to English.
    for language in TS_LANGUAGES:
        for context, source, message in messages(language):
            if context != "Checks":
                continue
            names = dict.fromkeys(re.findall(r"\{(\w+)\}", source), "x")
            (text,) = translations(message)
            assert text.format(**names), source


@pytest.mark.parametrize("language", TS_LANGUAGES)
def test_lrelease_builds_every_translation(language, tmp_path):
    result = subprocess.run(
        [qt_tool("lrelease"), str(i18n_dir() / f"briefwriter_{language}.ts"),
         "-qm", str(tmp_path / "out.qm")],
        capture_output=True, text=True, check=True, timeout=60)
    report = result.stdout + result.stderr
    generated = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) "
                          r"unfinished\)", report)
    assert generated, report
    # Drafts awaiting review (unfinished) are built in too: the app speaks them meanwhile.
    assert int(generated[1]) == len(messages(language)) > 500, report
    assert "Ignored" not in report, report


def test_the_sources_list_every_string_of_the_code(tmp_path):
    """What ``make update-translations`` would add or drop: nothing, or a string of the app
    has no translation (run it, then translate what is new)."""
    copy = tmp_path / "briefwriter_fr.ts"
    shutil.copy(i18n_dir() / "briefwriter_fr.ts", copy)
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "briefwriter/gui").rglob("*.py"))
    # The core modules the Makefile's update-translations extracts (tests/core/test_i18n.py
    # checks that every core module marking strings is among them).
    recipe = (REPO / "Makefile").read_text(encoding="utf-8").split("update-translations:")[-1]
    sources += re.findall(r"briefwriter/core/\w+\.py", recipe)
    result = subprocess.run([qt_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
                            cwd=REPO, capture_output=True, text=True, check=True, timeout=120)
    counts = re.search(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)",
                       result.stdout)
    assert counts, result.stdout
    assert counts[2] == "0", f"strings without a translation:\n{result.stdout}"
    assert "obsolete" not in result.stdout, f"translations of strings gone:\n{result.stdout}"


# -- the app in each language ------------------------------------------------------------

@pytest.fixture
def start_in(qtbot, request, qapp, monkeypatch):
    """``start_in(language, direction="")`` starts the app as ``briefwriter`` does, with that
    language chosen in the settings; everything it changes app-wide is put back after."""
    installed = []
    real = i18n.install_translations

    def recording(app, language):
        found = real(app, language)
        installed.extend(found)
        return found

    monkeypatch.setattr(i18n, "install_translations", recording)
    locale, palette = QLocale(), qapp.palette()

    def start(language: str, direction: str = ""):
        settings = Settings()
        settings.ui_language = language
        settings.ui_direction = direction
        settings.show_welcome = False
        window = app_module.start(qapp, [], settings=settings,
                                  parts=fake_parts(pages=create_step_pages))
        close_later(request, window)
        qtbot.waitExposed(window)
        qtbot.waitUntil(window.is_built, timeout=SHORT_WAIT_MS)
        return window

    yield start
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qapp.setStyleSheet("")
    qapp.setPalette(palette)


SEEN = {
    "fr": {
        "menus": ["&Fichier", "É&dition", "&Affichage", "A&ller", "&Modèles", "&Outils", "Aid&e"],
        "steps": ["Organisation", "Contexte et public", "Priorités", "Lien avec le Pacte mondial",
                  "Buts de la participation et demandes", "Messages et recommandations",
                  "Vos propres sections", "Preuves et sources", "Cosignataires", "Engagements",
                  "Depuis le dernier examen",
                  "Modèle et apparence",
                  "Vérification et exportation"],
        "save": "&Enregistrer",
        "no description": "Priorité 1 “Détention” : pas encore de description.",
        "question": "Voulez-vous enregistrer les modifications",
        "buttons": ["Enregistrer", "Annuler"],
        "decimal": ",",
    },
    "es": {
        "menus": ["&Archivo", "&Editar", "&Ver", "&Ir", "&Plantillas", "&Herramientas", "A&yuda"],
        "steps": ["Organización", "Contexto y público", "Prioridades",
                  "Vínculo con el Pacto Mundial", "Propósitos de la participación y peticiones",
                  "Mensajes y recomendaciones", "Sus propias secciones", "Pruebas y fuentes",
                  "Cofirmantes", "Compromisos", "Desde el último examen", "Plantilla y aspecto",
                  "Revisión y exportación"],
        "save": "&Guardar",
        "no description": "Prioridad 1 “Detención”: todavía no tiene descripción.",
        "question": "¿Desea guardar los cambios",
        "buttons": ["Guardar", "Cancelar"],
        "decimal": ",",
    },
    "ar": {
        "menus": ["ملف(&F)", "تحرير(&E)", "عرض(&V)", "انتقال(&G)", "قوالب(&T)", "أدوات(&O)",
                  "تعليمات(&H)"],
        "steps": ["المنظمة", "المناسبة والجمهور", "الأولويات", "الربط بالاتفاق العالمي",
                  "غايات المشاركة والمطالب", "الرسائل والتوصيات", "أقسامك الخاصة",
                  "الأدلة والمصادر", "الجهات الموقِّعة المشاركة", "التعهدات",
                  "منذ الاستعراض السابق", "القالب والمظهر",
                  "المراجعة والتصدير"],
        "save": "حفظ(&S)",
        "no description": "الأولوية 1 “الاحتجاز”: لا وصف بعد.",
        "question": "هل تريد حفظ التغييرات في",
        "buttons": ["احفظ", "ألغِ"],
        "decimal": "٫",
    },
    "ru": {
        "menus": ["&Файл", "&Правка", "&Вид", "Пере&ход", "&Шаблоны", "&Инструменты",
                  "&Справка"],
        "steps": ["Организация", "Повод и аудитория", "Приоритеты", "Связь с ГДМ",
                  "Задачи участия и требования", "Тезисы и рекомендации", "Собственные разделы",
                  "Факты и источники", "Соподписанты", "Обязательства",
                  "С момента последнего обзора", "Шаблон и оформление",
                  "Проверка и экспорт"],
        "save": "Со&хранить",
        "no description": "Приоритет 1 “Задержание”: пока нет описания.",
        "question": "Сохранить изменения в",
        "buttons": ["Сохранить", "Отмена"],
        "decimal": ",",
    },
    "zh": {
        "menus": ["文件(&F)", "编辑(&E)", "视图(&V)", "转到(&G)", "模板(&T)", "工具(&O)",
                  "帮助(&H)"],
        "steps": ["组织", "场合和受众", "优先事项", "关联《全球契约》", "参与目的和诉求",
                  "信息和建议", "自定义章节", "证据和来源", "联署方", "保证", "上次审查以来",
                  "模板和外观",
                  "审阅和导出"],
        "save": "保存(&S)",
        "no description": "优先事项1“拘留”尚无描述",
        "question": "是否保存对",
        "buttons": ["保存", "取消"],
        "decimal": ".",
    },
}


def _plain(text: str) -> str:
    """Without the invisible marks that keep mixed-direction text in order, and with French
    no-break spaces (before ":" and inside « ») as plain ones."""
    text = text.replace("\u00a0", " ")
    return "".join(ch for ch in text if ch not in "\u2066\u2067\u2068\u2069")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_app_speaks_the_language_chosen_in_preferences(qtbot, start_in, language):
    seen = SEEN[language]
    window = start_in(language)

    bar = window.menuBar()
    assert [action.text() for action in bar.actions()] == seen["menus"]
    assert seen["save"] in [a.text() for a in bar.actions()[0].menu().actions()]
    # Within the menu bar and within each menu, Alt+letter reaches one item only.
    for actions in [bar.actions()] + [a.menu().actions() for a in bar.actions()]:
        letters = [mnemonic_letter(a.text()) for a in actions if mnemonic_letter(a.text())]
        assert len(letters) == len(set(letters)), [a.text() for a in actions]

    # Nor do the menus, Back, Next and the preview's controls share a letter.
    outside = [a.text() for a in bar.actions()] + [
        w.text() for w in window.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QLabel)) and w.isVisibleTo(window)
        and not window.stack.isAncestorOf(w) and mnemonic_letter(w.text())
        and (not isinstance(w, QLabel) or w.buddy() is not None)]
    letters = [mnemonic_letter(text) for text in outside]
    assert len(outside) >= 7 and len(set(letters)) == len(letters), outside

    titles = [_plain(window.navigator.item(row).text()) for row in range(window.navigator.count())]
    assert titles == [f"{n}. {title}" for n, title in enumerate(seen["steps"], start=1)]

    # A check message, with a priority's name filled in, in the Review list.
    titles = {"fr": "Détention", "es": "Detención", "ar": "الاحتجاز", "ru": "Задержание",
              "zh": "拘留"}
    brief = Brief(title="T", priorities=[Priority(title=titles[language])])
    window.session.replace_brief(brief, None)
    review = go_to(qtbot, window, "review")
    qtbot.waitUntil(lambda: any(_plain(item.text()).startswith(seen["no description"])
                                for item in review.problem_items()), timeout=SHORT_WAIT_MS)

    # Numbers are written the local way (a decimal comma in French and Spanish).
    look = go_to(qtbot, window, "look")
    assert re.search(rf"\d{re.escape(seen['decimal'])}\d:1", look.contrast.text())

    # Closing with unsaved changes asks in the language, with Qt's own buttons translated.
    window.session.set_value(("title",), "Changed")
    found: dict[str, object] = {}

    def read_and_cancel(box):
        found["text"] = box.text()
        found["buttons"] = [box.button(b).text().replace("&", "") for b in (
            QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Cancel)]
        found["discard"] = box.button(QMessageBox.StandardButton.Discard).text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer = ModalAnswer(QMessageBox, read_and_cancel)
    assert not window.close()  # cancelled: the window stays
    answer.check(qtbot, window)
    assert str(found["text"]).startswith(seen["question"])
    assert found["buttons"] == seen["buttons"]
    assert found["discard"].replace("&", "") != "Discard"


def test_right_to_left_mirrors_the_translated_window(qtbot, start_in):
    window = start_in("es", "rtl")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.menuBar().actions()[0].text() == "&Archivo"
    # The navigator sits on the right, where a right-to-left reader starts.
    navigator_x = window.navigator.mapTo(window, window.navigator.rect().topLeft()).x()
    stack_x = window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    assert navigator_x > stack_x


@pytest.mark.parametrize("language", LANGUAGES)
def test_preferences_in_each_language_have_one_control_per_letter(qtbot, qapp, language):
    translators = i18n.install_translations(qapp, language)
    try:
        dialog = PreferencesDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy()]
        texts += [dialog.show_welcome.text()]
        assert dialog.windowTitle() != "Preferences"
        letters = [mnemonic_letter(t) for t in texts]
        assert all(letters) and len(set(letters)) == len(letters), texts
        dialog.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
