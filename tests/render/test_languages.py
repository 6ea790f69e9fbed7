"""Papers in the six UN languages: every heading and fixed phrase in the paper's own language.

The label tables are checked key by key; then a Russian and a Chinese brief are rendered with
every bundled template and their text is read back from the PDF.
"""

from __future__ import annotations

import re

import pytest
from conftest import make_job, pdf_text

from briefwriter import paths
from briefwriter.core.catalogues import load_catalogues
from briefwriter.render.context import format_brief_date
from briefwriter.render.labels import DRAFT_LANGUAGES, LABEL_KEYS, LABELS, labels_for
from briefwriter.render.pipeline import render_job

UN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")

# Keys whose text is deliberately the English one in that language.
PUNCTUATION = {"colon", "comma", "semicolon"}
SAME_AS_ENGLISH = {
    # "Page", "Contact", "Action": the French words are spelt the same.
    "fr": {"page", "contact", "comma", "pledge_action"},
    "es": PUNCTUATION,
    "ru": PUNCTUATION,
    "ar": {"colon"},  # Arabic has its own comma and semicolon, not its own colon
}


def test_every_un_language_has_its_own_text_for_every_label():
    assert set(LABELS) == set(UN_LANGUAGES)
    english = labels_for("en")
    for lang in UN_LANGUAGES:
        labels = labels_for(lang)
        assert set(labels) == set(LABEL_KEYS), lang
        assert all(labels[key].strip() for key in LABEL_KEYS), lang
        if lang == "en":
            continue
        same = {key for key in LABEL_KEYS if labels[key] == english[key]}
        assert same == SAME_AS_ENGLISH.get(lang, set()), lang


def test_labels_keep_their_placeholders_and_colons():
    for lang in UN_LANGUAGES:
        labels = labels_for(lang)
        assert labels["logo_alt"].count("{name}") == 1, lang
        assert "†" in labels["unverified_note"], lang
        assert "73/195" in labels["unverified_note"], lang
        # Labels that end in a colon carry it, in the language's own form.
        for key in ("letter_to", "letter_subject", "letter_asks", "contact_label"):
            assert labels[key].endswith(("\u00a0:", ":", "：")), (lang, key)


def test_chinese_labels_use_full_width_punctuation_and_arabic_its_own_comma():
    for key, text in labels_for("zh").items():
        if key != "of":  # "页码 2 / 5"
            assert not re.search(r"[,:;()]|\.(?!\d)", text), (key, text)
    assert "：" in labels_for("zh")["letter_to"]
    for key, text in labels_for("ar").items():
        assert "," not in text and ";" not in text, (key, text)
    assert labels_for("ar")["letter_salutation"].endswith("،")


def test_russian_letter_is_formal():
    labels = labels_for("ru")
    assert labels["letter_salutation"] == "Ваши Превосходительства!"
    assert "Ваши Превосходительства" in labels["letter_closing"]
    assert labels_for("zh")["letter_salutation"] == "尊敬的各位阁下："


def test_only_english_labels_are_final_every_other_language_awaits_review():
    assert DRAFT_LANGUAGES == set(UN_LANGUAGES) - {"en"}
    assert labels_for("ru-RU") == labels_for("ru")
    assert labels_for("zh_Hans") == labels_for("zh")
    assert labels_for("pt") == labels_for("en")  # not built in: English


# --------------------------------------------------------------------------------------
# Russian and Chinese papers, rendered
# --------------------------------------------------------------------------------------

TEMPLATES = ("position-paper", "two-page-brief", "oral-statement", "joint-letter")

# What each template prints of the brief below, besides the page counter.
HEADINGS = {
    "position-paper": ("summary", "priorities", "evidence", "gcm_links", "principles",
                       "key_messages", "aims_and_asks", "ask_who", "ask_by_when",
                       "recommendations", "cosignatories", "contact", "migrant_led"),
    "two-page-brief": ("summary", "key_messages", "aims_and_asks", "ask_who", "ask_by_when",
                       "priorities", "gcm_links", "evidence", "contact_label", "migrant_led"),
    "oral-statement": ("speaking_time", "time_limit", "words"),
    "joint-letter": ("letter_to", "letter_subject", "letter_salutation", "letter_asks",
                     "letter_closing", "letter_on_behalf", "signatories", "contact_label",
                     "migrant_led"),
}

TEXTS = {
    "ru": dict(
        title="Задержание никогда не отвечает наилучшим интересам ребёнка",
        summary="Наши члены призывают к **альтернативам содержанию под стражей**.",
        org="Сеть мигрантов Центральной Азии", country="Казахстан",
        priority="Положить конец содержанию детей под стражей",
        description="Дети никогда не должны содержаться под стражей.",
        evidence="Задержание вредит детям.", source="ЮНИСЕФ, 2024",
        message="Задержание детей недопустимо.",
        who="государства-члены", what="положить конец содержанию детей под стражей",
        when="2030 года", addressee="Государства-члены",
        recommendation="Запретить задержание детей законом.",
        cosignatory="Правозащитная сеть Бишкека", cosignatory_country="Кыргызстан",
        date="5 мая 2026 г.",
        statement=("Благодарю Вас, Председатель.",
                   "Мы призываем государства-члены положить конец содержанию детей под "
                   "стражей до 2030 года.", "Благодарю за внимание."),
    ),
    "zh": dict(
        title="拘留绝不符合儿童的最大利益",
        summary="我们的成员呼吁采取**拘留的替代办法**。",
        org="亚洲移民之声网络", country="泰国",
        priority="结束对儿童的移民拘留", description="儿童绝不应被拘留。",
        evidence="拘留对儿童有害。", source="儿基会，2024年",
        message="拘留儿童绝不符合儿童的最大利益。",
        who="各会员国", what="结束对儿童的移民拘留", when="2030年",
        addressee="各会员国", recommendation="以法律禁止拘留儿童。",
        cosignatory="湄公河移民网络", cosignatory_country="越南",
        date="2026年5月5日",
        statement=("谢谢主席。", "我们呼吁各会员国在2030年之前结束对儿童的移民拘留。", "谢谢。"),
    ),
}

# English the paper must not print: its headings, fixed phrases and catalogue labels.
ENGLISH = ("Summary", "Our priorities", "What we ask", "Key messages", "Evidence and sources",
           "Links to the Global Compact", "Co-signatories", "Recommendations", "Page 1 of",
           "Speaking time", "Time limit", "Excellencies", "On behalf of", "Signatories",
           "Migrant-led", "International Migration Review Forum", "Member States and",
           "Thank you", "We call on", "Logo of", "Contact")


def _brief(lang: str):
    from briefwriter.core.model import (
        Aim,
        Ask,
        Brief,
        Cosignatory,
        Evidence,
        Priority,
        Recommendation,
    )

    t = TEXTS[lang]
    brief = Brief(language=lang, title=t["title"], summary=t["summary"],
                  published="2026-05-05", key_messages=[t["message"]])
    org = brief.organisation
    org.name, org.country, org.migrant_led = t["org"], t["country"], True
    org.contact.email = "info@example.org"
    org.logo = "logos/migrant-voices-west-africa.svg"
    brief.occasion.process = "imrf-2026"
    brief.audience = ["member-states", "un-network-on-migration"]
    priority = Priority(title=t["priority"], description=t["description"],
                        suggestion="alternatives-to-detention")
    priority.gcm.principles, priority.gcm.objectives = ["h"], [13]
    priority.evidence = [Evidence(text=t["evidence"], source=t["source"])]
    brief.priorities.append(priority)
    brief.aims = [Aim(aim="pledging", ask=Ask(who=t["who"], what=t["what"], by_when=t["when"]))]
    brief.recommendations = [Recommendation(addressee=t["addressee"], text=t["recommendation"])]
    brief.cosignatories = [Cosignatory(name=t["cosignatory"], country=t["cosignatory_country"])]
    brief.statement.time_limit_seconds = 90
    return brief


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """lang -> template -> (PDF text, HTML), each brief rendered once per template."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for lang in TEXTS:
        for template in TEMPLATES:
            folder = tmp_path_factory.mktemp(f"{lang}-{template}")
            job = make_job(paths.templates_dir() / template, folder, brief=_brief(lang),
                           html=True, brief_dir=paths.examples_dir())
            result = render_job(job)
            assert result["ok"], result
            html = (folder / "out.html").read_text("utf-8")
            out.setdefault(lang, {})[template] = (pdf_text(folder / "out.pdf"), html)
    return out


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_papers_print_their_headings_in_their_language(rendered, lang, template):
    text, html = rendered[lang][template]
    # The characters themselves come back from the PDF, whatever font drew them.
    assert TEXTS[lang]["title"] in text
    labels = labels_for(lang)
    # Headings may be set in capitals and Chinese may be spaced out: compare letters only.
    flat = _flat(text)
    for key in HEADINGS[template]:
        assert _flat(labels[key]) in flat, (key, labels[key])
    assert _flat(f"{labels['page']} 1 {labels['of']}") in flat
    assert TEXTS[lang]["date"] in text
    if template in ("two-page-brief", "joint-letter"):
        # Punctuation between items is the language's own.
        t = TEXTS[lang]
        assert _flat(f"{t['cosignatory']}{labels['comma']}{t['cosignatory_country']}") in flat
    for english in ENGLISH:
        assert english.casefold() not in text.casefold(), english
    # The logo's alternative text names the organisation in the paper's language.
    alt = labels["logo_alt"].replace("{name}", TEXTS[lang]["org"])
    assert f'alt="{alt}"' in html
    assert f'lang="{lang}"' in html


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_catalogue_labels_are_printed_in_the_papers_language(rendered, lang):
    cats = load_catalogues()
    paper, _ = rendered[lang]["position-paper"]
    letter, _ = rendered[lang]["joint-letter"]
    brief_text, _ = rendered[lang]["two-page-brief"]
    process = cats.label_for("processes", "imrf-2026", lang)
    assert _flat(process) in _flat(paper)
    for audience in ("member-states", "un-network-on-migration"):
        assert _flat(cats.label_for("audiences", audience, lang)) in _flat(letter)
    assert _flat(cats.label_for("aims", "pledging", lang)) in _flat(brief_text)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_oral_statement_is_composed_in_the_papers_language(rendered, lang):
    text, _ = rendered[lang]["oral-statement"]
    for sentence in TEXTS[lang]["statement"]:
        assert _flat(sentence) in _flat(text), sentence


@pytest.mark.parametrize(("lang", "day", "month"), [
    # Genitive after the day, nominative alone; a narrow no-break space before "г."
    ("ru", "5 мая 2026\u202fг.", "май 2026\u202fг."),
    ("zh", "2026年5月5日", "2026年5月"),
    ("zh-Hans", "2026年5月5日", "2026年5月"),
    ("ar", "5 مايو 2026", "مايو 2026"),
])
def test_dates_are_written_as_the_language_writes_them(lang, day, month):
    assert format_brief_date("2026-05-05", lang) == day
    assert format_brief_date("2026-05", lang) == month
