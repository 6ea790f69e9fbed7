"""The suggested oral statement in Arabic, Chinese and Russian: every phrase in that language."""

from __future__ import annotations

import re

import pytest

from briefwriter.core.model import Aim, Ask, Brief, Organisation
from briefwriter.core.statement import ask_sentence, compose_statement, statement_language
from briefwriter.core.statement_phrases import DRAFT_LANGUAGES, PHRASES
from briefwriter.core.text import count_words

UN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")

# Briefs written wholly in one language: whatever Latin letters the statement holds came
# from the phrases (the acronym is left out for that reason).
BRIEFS = {
    "ru": dict(name="Сеть мигрантов Центральной Азии", country="Казахстан",
               message="Задержание детей недопустимо.",
               asks=[("государства-члены", "Положить конец содержанию детей под стражей",
                      "2030 года"),
                     ("МОМ", "обеспечить финансирование альтернатив", "к 2027 году")]),
    "zh": dict(name="亚洲移民之声网络", country="泰国",
               message="拘留儿童绝不符合儿童的最大利益。",
               asks=[("各会员国", "结束对儿童的移民拘留", "2030年"),
                     ("国际移民组织", "资助替代拘留的措施", "在下一届国际移民审查论坛之前")]),
    "ar": dict(name="شبكة أصوات المهاجرين", country="لبنان",
               message="احتجاز الأطفال لا يخدم مصلحتهم الفضلى أبداً.",
               asks=[("الدول الأعضاء", "وضع حد لاحتجاز الأطفال المهاجرين", "عام 2030"),
                     ("المنظمة الدولية للهجرة", "تمويل بدائل الاحتجاز", "قبل المنتدى")]),
}


def _brief(lang: str, *, migrant_led: bool = True) -> Brief:
    data = BRIEFS[lang]
    brief = Brief(language=lang, key_messages=[data["message"]])
    brief.organisation = Organisation(name=data["name"], country=data["country"],
                                      migrant_led=migrant_led)
    brief.aims = [Aim(ask=Ask(who=who, what=what, by_when=when))
                  for who, what, when in data["asks"]]
    return brief


def test_every_un_language_has_every_phrase_and_only_english_is_final():
    assert set(PHRASES) == set(UN_LANGUAGES)
    required = {"opening", "speaker", "acronym", "migrant_led", "based_in", "ask", "by",
                "closing"}
    for lang, phrases in PHRASES.items():
        assert required <= set(phrases), lang
        assert all(value.strip() for key, value in phrases.items() if key != "space"), lang
    assert DRAFT_LANGUAGES == set(UN_LANGUAGES) - {"en"}


@pytest.mark.parametrize("lang", ["ru", "zh", "ar", "ru-RU", "zh-Hans", "ar_EG"])
def test_a_statement_is_composed_in_its_own_language(lang):
    assert statement_language(lang) == lang[:2]
    brief = _brief(lang[:2])
    statement = compose_statement(brief, lang)
    assert statement.language == lang[:2]
    assert statement.notes == ()
    assert len(statement.paragraphs) == 4  # opening, message, asks, closing
    # No English word from the phrases: no Latin letters at all in an all-native brief.
    assert not re.search(r"[A-Za-z]", statement.text), statement.text
    assert statement.words == count_words(statement.text)


def test_russian_statement_reads_as_russian():
    paragraphs = compose_statement(_brief("ru")).paragraphs
    assert paragraphs[0] == (
        "Благодарю Вас, Председатель. Я выступаю от имени организации «Сеть мигрантов "
        "Центральной Азии» (Казахстан), возглавляемой мигрантами.")
    assert paragraphs[2] == (
        "Мы призываем государства-члены положить конец содержанию детей под стражей до "
        "2030 года. Мы призываем МОМ обеспечить финансирование альтернатив к 2027 году.")
    assert paragraphs[3] == "Благодарю за внимание."
    # Acronym and country share one bracket.
    brief = _brief("ru", migrant_led=False)
    brief.organisation.acronym = "СМЦА"
    assert compose_statement(brief).paragraphs[0].endswith(
        "«Сеть мигрантов Центральной Азии» (СМЦА, Казахстан).")


def test_chinese_statement_puts_the_deadline_before_the_verb_with_full_width_punctuation():
    statement = compose_statement(_brief("zh"))
    assert statement.paragraphs[0] == (
        "谢谢主席。我谨代表移民主导的组织亚洲移民之声网络（泰国）发言。")
    assert statement.paragraphs[2] == (
        "我们呼吁各会员国在2030年之前结束对儿童的移民拘留。"
        "我们呼吁国际移民组织在下一届国际移民审查论坛之前资助替代拘留的措施。")
    assert statement.paragraphs[3] == "谢谢。"
    assert "." not in statement.text and ", " not in statement.text
    # Chinese is counted by characters, as it is spoken.
    assert statement.words > 60


def test_arabic_statement_uses_arabic_punctuation():
    paragraphs = compose_statement(_brief("ar", migrant_led=False)).paragraphs
    assert paragraphs[0] == (
        "شكراً، سيدتي الرئيسة، سيدي الرئيس. أتحدث باسم شبكة أصوات المهاجرين، ومقرها في لبنان.")
    assert paragraphs[2] == (
        "ندعو الدول الأعضاء إلى وضع حد لاحتجاز الأطفال المهاجرين بحلول عام 2030. "
        "ندعو المنظمة الدولية للهجرة إلى تمويل بدائل الاحتجاز قبل المنتدى.")
    assert "," not in " ".join(paragraphs)


@pytest.mark.parametrize(("lang", "ask", "expected"), [
    # A deadline the ask already states is not said twice.
    ("ru", Ask(who="Правительство", what="принять план до конца 2026 года", by_when="2026"),
     "Мы призываем Правительство принять план до конца 2026 года."),
    ("ru", Ask(who="Парламент", what="чтобы принять закон", by_when="немедленно"),
     "Мы призываем Парламент принять закон немедленно."),
    ("ar", Ask(who="الحكومة", what="إلى اعتماد خطة وطنية", by_when="خلال عام"),
     "ندعو الحكومة إلى اعتماد خطة وطنية خلال عام."),
    ("ar", Ask(who="الحكومة", what="اعتماد خطة وطنية فوراً", by_when="2026"),
     "ندعو الحكومة إلى اعتماد خطة وطنية فوراً."),
    ("zh", Ask(who="各国政府", what="立即释放被拘留的儿童。", by_when="2026年"),
     "我们呼吁各国政府立即释放被拘留的儿童。"),
    ("zh", Ask(who="各国政府", what="制定国家执行计划", by_when="于2026年底前"),
     "我们呼吁各国政府于2026年底前制定国家执行计划。"),
])
def test_deadlines_read_naturally(lang, ask, expected):
    assert ask_sentence(ask, lang) == expected
