"""Importing the official A/RES/73/195 PDF: every item found, exactly the changed ones
reported and taken, other languages' numbering, and files refused with a plain message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gcm_official_pdf import FOOTNOTES, official_pdf

from briefwriter.core.gcm import gcm_from_data, load_gcm, load_gcm_builtin
from briefwriter.core.gcm_import import (
    GcmImportError,
    compare_form,
    import_official_pdf,
    text_in_use,
)
from briefwriter.core.gcm_import_store import edition_info, edition_path, overlay_official
from briefwriter.paths import resources_dir
from briefwriter.render.fetcher import SafeURLFetcher
from briefwriter.render.pdf import render_pdf

CHANGES = {
    "29(c)": "Review and revise relevant legislation so that migrants are never detained "
             "arbitrarily, in accordance with international human rights law;",
    "objective 5 (title)": "Enhance the availability of pathways for regular migration",
    "15(c)": "The Global Compact upholds the sovereign right of States, in conformity with "
             "international law;",
    "para 49": "Considering that international migration requires a global forum for "
               "Member States to share progress, we decide that:",
}
ALL_ITEMS = 10 + 23 * 2 + 187 + 30


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("official")
    return {
        "en": official_pdf(folder / "A_RES_73_195-E.pdf", "en", CHANGES),
        "ru": official_pdf(folder / "A_RES_73_195-R.pdf", "ru"),
        "ar": official_pdf(folder / "A_RES_73_195-A.pdf", "ar"),
        "fr": official_pdf(folder / "A_RES_73_195-F.pdf", "fr"),
        "zh": official_pdf(folder / "A_RES_73_195-C.pdf", "zh"),
    }


def _pdf(path: Path, html: str) -> Path:
    out = render_pdf(html, base_url=str(path.parent) + "/", stylesheets=[],
                     fetcher=SafeURLFetcher([path.parent]), variant="none")
    path.write_bytes(out.data)
    return path


def test_english_edition_finds_every_item_and_reports_exactly_the_changed_ones(pdfs):
    report = import_official_pdf(pdfs["en"])
    assert report.language == "en"
    assert report.expected == ALL_ITEMS
    assert report.missing == []
    assert report.found == ALL_ITEMS
    assert sorted(d.ref for d in report.differing) == sorted(
        ["29(c)", "objective 5 (title)", "15(c)", "para 49"])
    lines = {d.ref: d.describe() for d in report.differing}
    assert lines["29(c)"].startswith("29(c): '") and "built-in text differed" in lines["29(c)"]
    assert "so that migrants" in lines["29(c)"]
    # Items with footnote markers and hyphenated line ends still match the built-in text.
    assert {"29(a)", "17(b)"} <= set(report.matched)
    assert set(FOOTNOTES) - {"para 2"} <= set(report.matched)


def test_import_makes_matching_items_verified_and_takes_the_official_wording(pdfs):
    before = load_gcm()
    assert before.lookup("29(a)").status != "verified" or before.lookup("29(d)").status
    report = import_official_pdf(pdfs["en"])
    gcm = load_gcm()
    assert gcm.lookup("29(c)").text == CHANGES["29(c)"]
    assert gcm.objective(5).title == CHANGES["objective 5 (title)"]
    assert gcm.principle("c").text == CHANGES["15(c)"].split(": ", 1)[-1]
    assert gcm.lookup("para 49").text == CHANGES["para 49"]
    assert all(a.status == "verified" for a in gcm.actions())
    assert all(o.verified for o in gcm.objectives)
    assert gcm.summary["actions_verified"] == 187 and gcm.summary["actions_unverified"] == 0
    assert gcm.lookup("para 53").status == "verified"  # its text was not known before
    builtin = load_gcm_builtin()
    assert gcm.lookup("17(a)").text == builtin.lookup("17(a)").text
    stored = json.loads(edition_path("en").read_text(encoding="utf-8"))
    assert stored["sha256"] == report.sha256 and len(stored["sha256"]) == 64
    assert stored["file"] == "A_RES_73_195-E.pdf"
    info = edition_info("en")
    assert info is not None and "A_RES_73_195-E.pdf" in text_in_use()


def test_without_an_import_the_built_in_text_is_used():
    assert edition_info("en") is None
    assert text_in_use().startswith("built-in English text")
    assert load_gcm().lookup("29(c)").text == load_gcm_builtin().lookup("29(c)").text


@pytest.mark.parametrize("language", ["ru", "ar", "fr", "zh"])
def test_russian_arabic_french_and_chinese_numbering_finds_every_item(pdfs, language):
    report = import_official_pdf(pdfs[language])
    assert report.language == language
    assert report.missing == []
    assert report.found == ALL_ITEMS
    stored = json.loads(edition_path(language).read_text(encoding="utf-8"))
    actions = stored["objectives"]["13"]["actions"]
    assert sorted(actions) == list("abcdefgh")
    # Whole sentences (Chinese is written without spaces between words).
    assert all(len(text) > 25 and "\n" not in text for text in actions.values())
    if language == "zh":  # its own full-width punctuation, no lead-in after a commitment
        assert all(" " not in text and text.endswith("；") for text in actions.values())
        commitment = stored["objectives"]["13"]["commitment"]
        assert commitment.endswith("。") and "：" not in commitment
    assert sorted(stored["paragraphs"]["43"]["items"][0]) == ["items", "label", "text"]
    assert [i["label"] for i in stored["paragraphs"]["43"]["items"][0]["items"]] == [
        "i", "ii", "iii", "iv", "v"]
    assert load_gcm().lookup("29(c)").text == load_gcm_builtin().lookup("29(c)").text


def _refused(path: Path) -> str:
    with pytest.raises(GcmImportError) as caught:
        import_official_pdf(path)
    assert edition_info("en") is None  # nothing kept
    message = str(caught.value)
    assert path.name in message and "Traceback" not in message
    return message


def test_a_pdf_that_is_not_the_resolution_is_refused(tmp_path):
    path = _pdf(tmp_path / "minutes.pdf", "<p>Minutes of the meeting of 3 May.</p>" * 200)
    assert "not resolution A/RES/73/195" in _refused(path)


def test_a_scanned_pdf_without_text_is_refused(tmp_path):
    blocks = '<div style="height: 250mm; background: #777; break-after: page"></div>' * 3
    path = _pdf(tmp_path / "scan.pdf", blocks)
    assert "scanned copy" in _refused(path)


def test_a_truncated_download_is_refused(pdfs, tmp_path):
    data = pdfs["en"].read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert "incomplete or damaged" in _refused(path)


def test_a_file_that_is_not_a_pdf_is_refused(tmp_path):
    path = tmp_path / "A_RES_73_195.pdf"
    path.write_text("<html>Error 404</html>", encoding="utf-8")
    assert "not a PDF file" in _refused(path)


def test_a_damaged_pdf_is_refused(pdfs, tmp_path):
    data = bytearray(pdfs["en"].read_bytes())
    middle = len(data) // 3
    data[middle: middle + 4000] = b"\0" * 4000
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    with pytest.raises(GcmImportError) as caught:
        import_official_pdf(path)
    assert "damaged.pdf cannot be used" in str(caught.value)


def test_comparison_ignores_spacing_line_breaks_quotes_and_dashes():
    assert compare_form("migrants’ rights — a  “human\nrights-based” approach") == \
        compare_form("migrants' rights - a \"human rights‐based\" approach")
    assert compare_form("in a language they understand") != compare_form("in their language")


def test_items_the_import_did_not_find_keep_their_text_and_flags():
    builtin = load_gcm_builtin()
    data = json.loads((resources_dir() / "gcm.json").read_text(encoding="utf-8"))
    edition = {"language": "en", "file": "x.pdf", "sha256": "0" * 64, "imported": "2026-01-01",
               "principles": {}, "paragraphs": {},
               "objectives": {"13": {"actions": {"c": "Official words;"}}}}
    gcm = gcm_from_data(overlay_official(data, edition))
    assert gcm.lookup("29(c)").text == "Official words;"
    assert gcm.lookup("29(c)").status == "verified"
    for ref in ("29(d)", "17(a)", "15(e)", "para 53"):
        assert gcm.lookup(ref) == builtin.lookup(ref)
    assert gcm.objective(8).verified == builtin.objective(8).verified


def test_a_damaged_stored_import_is_ignored(tmp_path):
    edition_path("en").parent.mkdir(parents=True, exist_ok=True)
    edition_path("en").write_text("{not json", encoding="utf-8")
    assert edition_info("en") is None
    assert load_gcm().lookup("29(c)").text == load_gcm_builtin().lookup("29(c)").text


def test_an_imported_edition_gives_papers_in_its_language_its_wording_and_citations(pdfs):
    assert load_gcm("ru").language == "en"  # nothing imported yet: the English text
    import_official_pdf(pdfs["ru"])
    stored = json.loads(edition_path("ru").read_text(encoding="utf-8"))
    russian = load_gcm("ru-RU")
    assert russian.language == "ru"
    action = russian.lookup("29(c)")
    assert action.text == stored["objectives"]["13"]["actions"]["c"]
    assert action.status == "verified"
    assert russian.cite(action) == "ГДМ, п. 29 в)"
    assert russian.cite(russian.objective(13)) == "ГДМ, цель 13 (п. 29)"
    assert russian.search(action.text.split()[0])  # the Russian words can be searched
    # Other languages and the English text are untouched.
    assert load_gcm().language == "en" and load_gcm("fr").language == "en"
    assert load_gcm().lookup("29(c)").text == load_gcm_builtin().lookup("29(c)").text
    assert load_gcm().cite(load_gcm().lookup("29(c)")) == "GCM para 29(c)"


def test_pieces_drawn_apart_get_a_space_and_small_print_is_left_out():
    from briefwriter.core.gcm_import_text import _Fragment, _lines

    line = [_Fragment("17.", 72, 100, 10, True),
            _Fragment("We commit to the ", 108, 100, 10, False),
            _Fragment("Agen", 180, 100, 10, False), _Fragment("da,", 201, 100, 10, False),
            _Fragment("3", 215, 97, 6.5, False), _Fragment(" and", 219, 100, 10, False),
            _Fragment("3 Resolution 70/1.", 72, 700, 9, True)]
    assert ["".join(pieces) for pieces in _lines(line, 10)] == [
        "17. We commit to the Agenda, and"]


def test_review_tells_a_french_brief_how_to_quote_the_french_text(pdfs):
    from briefwriter.core.checks import check_brief
    from briefwriter.core.model import Brief, Priority

    def notes(language: str) -> list[str]:
        brief = Brief(title="T", summary="S", language=language)
        priority = Priority(title="Detention")
        priority.gcm.actions = ["29(c)"]
        brief.priorities.append(priority)
        return [p.message for p in check_brief(brief, None) if p.code == "gcm-quoted-in-english"]

    assert notes("en") == []
    (french,) = notes("fr")
    assert "in French but quotes the English text" in french and "Help ▸ Check" in french
    (portuguese,) = notes("pt-BR")
    assert "no official edition in this brief's language" in portuguese
    import_official_pdf(pdfs["fr"])
    assert notes("fr") == [] and notes("fr-CA") == []
    assert len(notes("es")) == 1  # only the edition imported counts
