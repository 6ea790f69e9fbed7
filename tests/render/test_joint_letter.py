"""The joint sign-on letter reads as a letter: sender, addressees, subject, body, closing and
signatories in that order, tagged for screen readers, in the brief's language, with long
lists of signatories flowing on and a letter from one organisation alone still complete."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf
import pypdf
import pytest
from conftest import make_job

from briefwriter.core.model import Brief, Cosignatory, Section
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir
from briefwriter.render.labels import labels_for
from briefwriter.render.pipeline import render_job

EXAMPLE = examples_dir() / "imrf-2026-joint-letter.brief.yaml"


def _example() -> Brief:
    return load_brief(EXAMPLE).brief


def _render(tmp_path: Path, brief: Brief) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    result = render_job(make_job("joint-letter", tmp_path, brief=brief, brief_dir=EXAMPLE.parent))
    assert result["ok"], result["error"]
    assert not [w for w in result["warnings"] if "template" in w.casefold()], result["warnings"]
    return Path(result["outputs"]["pdf"])


def _flat(text: str) -> str:
    """One space between words, and no break after a hyphen that ended a line."""
    return re.sub(r"(\w)- (\w)", r"\1-\2", " ".join(text.split()))


def _pages(path: Path) -> list[str]:
    return [_flat(page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages]


def _structure(path: Path) -> list[str]:
    """The structure elements' types, in reading order."""
    kinds: list[str] = []

    def visit(element: pikepdf.Dictionary) -> None:
        kinds.append(str(element.get("/S"))[1:])
        kids = element.get("/K")
        for kid in (list(kids) if isinstance(kids, pikepdf.Array) else [kids]):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                visit(kid)

    with pikepdf.open(path) as pdf:
        visit(pdf.Root.StructTreeRoot.K[0])
    return kinds


@pytest.fixture(scope="module")
def example_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _render(tmp_path_factory.mktemp("letter"), _example())


def test_the_letter_reads_sender_addressees_subject_body_closing_signatories(example_pdf):
    brief = _example()
    text = " ".join(_pages(example_pdf))
    labels = labels_for("en")
    in_order = [
        brief.organisation.name,                      # the letterhead
        "23 March 2026",                              # the date
        labels["letter_to"], brief.audience[0],       # the addressees, in the author's words
        labels["letter_subject"], _flat(brief.title),  # the subject
        labels["letter_salutation"],
        _flat(brief.summary.split("\n\n")[0])[:60],   # the body: summary, messages, points, asks
        _flat(brief.key_messages[0])[:60],
        _flat(brief.priorities[0].title),
        _flat(brief.priorities[2].title),
        labels["letter_asks"],
        _flat(brief.aims[0].ask.what)[:60],
        labels["letter_closing"],
        brief.organisation.contact.name,              # who signs
        labels["letter_on_behalf"],
        labels["signatories"].upper(),                 # then the signatories
        brief.cosignatories[0].name,
    ]
    places = []
    for piece in in_order:
        assert piece in text, piece
        places.append(text.index(piece, places[-1] if places else 0))
    assert places == sorted(places)
    for signatory in brief.cosignatories:
        assert text.count(signatory.name) == 1, signatory.name
    assert brief.organisation.contact.email in text[places[-1]:]  # the contact line at the end
    # A list that fits on a page is kept on one page, not begun in a row at the foot of one.
    pages = _pages(example_pdf)
    assert len({n for n, page in enumerate(pages)
                for signatory in brief.cosignatories if signatory.name in page}) == 1


def test_the_gcm_commitments_are_footnotes_on_the_page_of_their_point(example_pdf):
    pages = _pages(example_pdf)
    first = next(page for page in pages if "1. Make saving lives" in page)
    # The footnote names the objective and its title, and the actions, on the same page.
    assert "GCM objective 8 (para 24): Save lives and establish coordinated international " \
           "efforts on missing migrants" in first
    assert "GCM para 24(a); GCM para 24(f)" in first
    # The evidence reads in the body; its source is a footnote.
    assert "IOM, Missing Migrants Project" in " ".join(pages)


def test_the_letter_is_tagged_with_its_headings_in_order(example_pdf):
    kinds = _structure(example_pdf)
    headings = [k for k in kinds if re.fullmatch(r"H[1-6]", k)]
    # The subject is the one h1; each point and the signatories are h2.
    assert headings == ["H1", "H2", "H2", "H2", "H2"]
    assert kinds.index("H1") < kinds.index("H2")
    assert "L" in kinds and "LI" in kinds  # the asks and signatories are lists
    with pikepdf.open(example_pdf) as pdf:
        assert str(pdf.Root.Lang) == "en"
        assert "/MarkInfo" in pdf.Root


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_letters_own_words_are_in_the_briefs_language(tmp_path, language):
    brief = _example()
    brief.language = language
    text = " ".join(_pages(_render(tmp_path, brief)))
    labels = labels_for(language)
    for key in ("letter_to", "letter_subject", "letter_salutation", "letter_asks",
                "letter_closing", "letter_on_behalf"):
        assert _flat(labels[key]) in text, key
    assert labels["signatories"].upper() in text
    assert labels_for("en")["letter_closing"] not in text
    assert {"fr": "23 mars 2026", "es": "23 de marzo de 2026"}[language] in text


def test_the_labels_are_written_for_french_and_spanish_not_copied_from_english():
    english = labels_for("en")
    for language in ("fr", "es", "ar"):
        labels = labels_for(language)
        for key in ("letter_subject", "letter_salutation", "letter_closing", "signatories"):
            assert labels[key] != english[key], (language, key)
    # French puts a no-break space before a colon.
    assert labels_for("fr")["letter_subject"] == "Objet\u00a0:"


def test_many_signatories_flow_on_to_the_next_pages_in_two_columns(tmp_path):
    brief = _example()
    brief.cosignatories = [Cosignatory(name=f"Signatory Org {n:03d}", country="Kenya")
                           for n in range(1, 121)]
    path = _render(tmp_path, brief)
    pages = _pages(path)
    assert all(len(page) > 200 for page in pages), [len(p) for p in pages]  # no blank page
    holding = [n for n, page in enumerate(pages) if "Signatory Org" in page]
    assert len(holding) >= 2 and holding == list(range(holding[0], holding[-1] + 1))
    text = " ".join(pages)
    for n in range(1, 121):
        assert text.count(f"Signatory Org {n:03d}") == 1
    # The contact line closes the letter, after the last signatory.
    assert text.index(brief.organisation.contact.email, text.index("Signatory Org 120"))
    # Two columns on the page where the list is full.
    reader = pypdf.PdfReader(str(path))
    width = float(reader.pages[0].mediabox.width)
    xs: set[bool] = set()

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip().startswith("Signatory Org"):
            xs.add(tm[4] * cm[0] + cm[4] > width / 2)

    reader.pages[holding[1]].extract_text(visitor_text=visit)
    assert xs == {True, False}


def test_many_signatories_are_grouped_by_country_and_few_are_listed_with_it(tmp_path):
    brief = _example()
    text = " ".join(_pages(_render(tmp_path / "many", brief)))
    assert len(brief.cosignatories) > 10
    # A country heads its group once; its organisations follow it.
    assert text.count("MEXICO") == 1
    mexico = text.index("MEXICO")
    assert mexico < text.index("Red de Acompañamiento") < text.index("Casa del Caminante")
    brief.cosignatories = brief.cosignatories[:3]
    text = " ".join(_pages(_render(tmp_path / "few", brief)))
    assert "Migrant Voices West Africa, Senegal" in text
    assert "SENEGAL" not in text


def test_a_letter_with_no_cosignatories_is_still_a_whole_letter(tmp_path):
    brief = _example()
    brief.cosignatories = []
    pages = _pages(_render(tmp_path, brief))
    text = " ".join(pages)
    labels = labels_for("en")
    # Signed by the organisation alone: no list, no "on behalf of".
    assert labels["signatories"].upper() not in text
    assert labels["letter_on_behalf"] not in text
    closing = text.index(labels["letter_closing"])
    assert text.index(brief.organisation.contact.name, closing) > closing
    assert text.index(brief.organisation.contact.email, closing) > closing
    for piece in (labels["letter_subject"], labels["letter_salutation"], _flat(brief.title)):
        assert piece in text


def test_an_empty_brief_gives_a_one_page_letter(tmp_path):
    path = _render(tmp_path, Brief())
    pages = _pages(path)
    assert len(pages) == 1
    labels = labels_for("en")
    assert labels["letter_salutation"] in pages[0] and labels["letter_closing"] in pages[0]
    assert labels["letter_to"] not in pages[0]  # no addressees given, none printed


def test_own_sections_and_headings_print_where_the_author_put_them(tmp_path):
    brief = _example()
    brief.sections = [
        Section(heading="About this letter", body="Basalt before every part.", after=""),
        Section(heading="Why now", body="Quartz after the summary.", after="summary"),
        Section(heading="Annex: our members", body="Granite at the very end.", after="end"),
    ]
    brief.headings.key_messages = "What we hope the Forum will do"
    text = " ".join(_pages(_render(tmp_path, brief)))
    labels = labels_for("en")
    order = [labels["letter_salutation"], "Basalt", _flat(brief.summary)[:40], "Quartz",
             "What we hope the Forum will do", _flat(brief.priorities[0].title),
             labels["letter_closing"], brief.cosignatories[-1].name, "Granite",
             brief.organisation.contact.email]
    places = [text.index(piece) for piece in order[:-1]]
    places.append(text.index(order[-1], places[-1]))
    assert places == sorted(places), dict(zip(order, places, strict=True))
