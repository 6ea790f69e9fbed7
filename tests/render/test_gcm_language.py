"""Papers quote the Compact in their own language when the user imported that official edition,
cite it as the edition does, and say so where they quote the English text instead."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import make_job, pdf_text, sample_brief
from gcm_official_pdf import official_pdf

from briefwriter.core.gcm_import import import_official_pdf
from briefwriter.core.gcm_import_store import edition_path
from briefwriter.render.context import build_context
from briefwriter.render.labels import labels_for
from briefwriter.render.pipeline import render_job
from briefwriter.render.template_lookup import find_template

TEMPLATES = ("position-paper", "two-page-brief", "joint-letter")


@pytest.fixture(scope="module")
def official(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("official")
    return {language: official_pdf(folder / f"A_RES_73_195-{language}.pdf", language)
            for language in ("fr", "ar", "zh")}


def brief_in(language: str):
    brief = sample_brief()
    brief.language = language
    return brief


def context(language: str) -> dict:
    pack = find_template("position-paper")
    return build_context(brief_in(language), brief_dir=None, pack=pack, today=date(2026, 1, 1))


def rendered(tmp_path: Path, template: str, language: str) -> tuple[str, str]:
    out = tmp_path / f"{template}-{language}"
    out.mkdir()
    result = render_job(make_job(template, out, brief=brief_in(language), html=True))
    assert result["ok"], result["error"]
    return (pdf_text(Path(result["outputs"]["pdf"])),
            Path(result["outputs"]["html"]).read_text(encoding="utf-8"))


def test_without_an_edition_a_french_paper_says_it_quotes_the_english_text() -> None:
    gcm = context("fr")["gcm"]
    assert gcm["quoted_in_english"] is True
    assert gcm["text_lang"] == "en" and gcm["text_dir"] == "ltr"
    action = gcm["actions"][0]
    assert (action["citation"], action["text_lang"]) == ("GCM para 29(c)", "en")
    assert context("en")["gcm"]["quoted_in_english"] is False


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_prints_the_english_text_note_only_when_it_applies(tmp_path,
                                                                          template) -> None:
    note = labels_for("fr")["gcm_quoted_in_english"]
    french, _ = rendered(tmp_path, template, "fr")
    english, _ = rendered(tmp_path, template, "en")
    flat = " ".join(french.split())
    assert " ".join(note.split()) in flat
    assert " ".join(labels_for("en")["gcm_quoted_in_english"].split()) not in " ".join(
        english.split())


def test_an_imported_french_edition_is_quoted_and_cited_in_french(official) -> None:
    import_official_pdf(official["fr"])
    stored = json.loads(edition_path("fr").read_text(encoding="utf-8"))
    gcm = context("fr")["gcm"]
    assert gcm["quoted_in_english"] is False and gcm["text_lang"] == "fr"
    action = next(a for a in gcm["actions"] if a["ref"] == "29(c)")
    assert action["text"] == stored["objectives"]["13"]["actions"]["c"]
    assert action["citation"] == "PMM, par. 29 c)" and action["text_lang"] == "fr"
    objective = gcm["objectives"][0]
    assert objective["citation"] == "PMM, objectif 13 (par. 29)"
    assert objective["title"] == stored["objectives"]["13"]["title"]
    principle = gcm["principles"][0]
    assert principle["citation"] == "PMM, par. 15 h)"
    # An English paper still quotes the English text.
    english = context("en")["gcm"]
    assert english["text_lang"] == "en"
    assert english["actions"][0]["citation"] == "GCM para 29(c)"


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_french_paper_prints_the_french_edition_marked_as_french(tmp_path, official,
                                                                    template) -> None:
    import_official_pdf(official["fr"])
    stored = json.loads(edition_path("fr").read_text(encoding="utf-8"))
    text, html = rendered(tmp_path, template, "fr")
    flat = " ".join(text.split())
    assert "PMM" in flat and "GCM para" not in flat
    assert " ".join(labels_for("fr")["gcm_quoted_in_english"].split()) not in flat
    # The French wording is quoted where the template quotes wording at all.
    if template != "joint-letter":
        title = stored["objectives"]["13"]["title"]
        assert " ".join(title.split()[:3]) in flat
    # Nothing of the Compact is marked as English any more.
    assert not re.search(r'class="[^"]*gcm[^"]*"[^>]*lang="en"', html)
    assert 'lang="fr"' in html


def test_an_arabic_edition_runs_right_to_left(official) -> None:
    import_official_pdf(official["ar"])
    gcm = context("ar")["gcm"]
    assert (gcm["text_lang"], gcm["text_dir"]) == ("ar", "rtl")
    action = gcm["actions"][0]
    assert action["text_dir"] == "rtl" and action["citation"].startswith("الاتفاق العالمي")


def test_a_chinese_paper_quotes_the_chinese_edition_with_its_punctuation(tmp_path, official):
    import_official_pdf(official["zh"])
    gcm = context("zh")["gcm"]
    action = next(a for a in gcm["actions"] if a["ref"] == "29(c)")
    assert action["citation"] == "《全球契约》第29(c)段" and action["text_lang"] == "zh"
    assert action["text"].endswith("；") and " " not in action["text"]
    text, _html = rendered(tmp_path, "position-paper", "zh")
    assert action["text"][:12] in "".join(text.split())
