"""The bundled templates turn every example brief into a PDF a reader can rely on.

Each example is rendered with each bundled template through the in-process render pipeline
(the code the worker runs), and the PDF's extracted text is checked for what a reader must
find: the title, the exact GCM objective titles and "GCM para N(x)" citations, footnotes on
the page that cites them, page limits kept, right-to-left output for Arabic.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefwriter import paths
from briefwriter.core.catalogues import load_catalogues
from briefwriter.core.gcm import Action, load_gcm
from briefwriter.core.model import Brief, brief_to_data
from briefwriter.core.statement import compose_statement
from briefwriter.core.storage import load_brief
from briefwriter.core.text import format_duration, speaking_seconds, word_count
from briefwriter.render.context import format_brief_date
from briefwriter.render.labels import labels_for
from briefwriter.render.pipeline import render_job

TEMPLATES = ("position-paper", "two-page-brief", "oral-statement", "joint-letter")
# Templates that print every linked objective's title and every action's citation.
SHOWS_GCM = ("position-paper", "two-page-brief", "joint-letter")
EXAMPLES = sorted(paths.examples_dir().glob("*.brief.yaml"))
EXAMPLE_IDS = [p.name.removesuffix(".brief.yaml") for p in EXAMPLES]

A4_POINTS = (595.28, 841.89)
LETTER_POINTS = (612.0, 792.0)


def normalise(text: str) -> str:
    """One space between words, and no break after a hyphen that ended a line."""
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"(\w)- (\w)", r"\1-\2", text).strip()


@dataclass
class Rendered:
    result: dict[str, Any]
    pdf: Path
    html: str

    @property
    def page_texts(self) -> list[str]:
        return [normalise(page.extract_text()) for page in PdfReader(self.pdf).pages]

    @property
    def text(self) -> str:
        return " ".join(self.page_texts)

    @property
    def page_count(self) -> int:
        return len(PdfReader(self.pdf).pages)


Render = Callable[..., Rendered]


def example_data(example: Path) -> dict[str, Any]:
    loaded = load_brief(example)
    assert not [w for w in loaded.warnings if w.severity == "error"]
    return brief_to_data(loaded.brief)


@pytest.fixture(scope="module")
def render(tmp_path_factory: pytest.TempPathFactory) -> Render:
    """Render (example, template) once per module, optionally with changed brief fields."""
    out = tmp_path_factory.mktemp("bundled")
    cache: dict[str, Rendered] = {}

    def _render(
        example: Path,
        template: str,
        change: Callable[[dict[str, Any]], None] | None = None,
        key: str = "",
    ) -> Rendered:
        name = f"{example.name.removesuffix('.brief.yaml')}--{template}{key}"
        if name not in cache:
            data = example_data(example)
            if change is not None:
                change(data)
            pdf, html = out / f"{name}.pdf", out / f"{name}.html"
            result = render_job(
                {
                    "id": 1,
                    "op": "render",
                    "brief": data,
                    "brief_dir": str(example.parent.resolve()),
                    "template": template,
                    "outputs": {"pdf": str(pdf), "html": str(html)},
                    "pdf_variant": "ua-1",
                    "mode": "export",
                }
            )
            assert result["ok"], result["error"]
            cache[name] = Rendered(result, pdf, html.read_text(encoding="utf-8"))
        return cache[name]

    return _render


def linked_gcm(data: dict[str, Any]) -> tuple[list[int], list[str]]:
    """The objective numbers and action references the brief's priorities link to."""
    objectives: list[int] = []
    actions: list[str] = []
    for priority in data["priorities"]:
        objectives += [o for o in priority["gcm"]["objectives"] if o not in objectives]
        actions += [a for a in priority["gcm"]["actions"] if a not in actions]
    return objectives, actions


def test_there_are_examples_in_english_and_arabic() -> None:
    languages = {example_data(p)["language"] for p in EXAMPLES}
    assert len(EXAMPLES) >= 3
    assert {"en", "ar"} <= languages


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_pdf_shows_title_and_exact_gcm_references(
    render: Render, example: Path, template: str, record_property: Any
) -> None:
    rendered = render(example, template)
    data = example_data(example)
    text = rendered.text
    # The page count the pipeline reports is the PDF's real page count.
    assert rendered.result["pages"] == rendered.page_count
    record_property("pages", rendered.page_count)
    print(f"{example.name} with {template}: {rendered.page_count} page(s)")

    assert normalise(data["title"]) in text
    if template not in SHOWS_GCM:
        return
    gcm = load_gcm()
    objectives, actions = linked_gcm(data)
    assert objectives and actions  # every example links its priorities to the Compact
    for number in objectives:
        objective = gcm.objective(number)
        assert normalise(objective.title) in text, f"title of objective {number} missing"
        assert objective.citation in text
    for ref in actions:
        assert gcm.lookup(ref).citation in text, f"{ref} not cited"


@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_oral_statement_fits_on_one_page(render: Render, example: Path) -> None:
    rendered = render(example, "oral-statement")
    assert rendered.page_count == 1
    statement = example_data(example)["statement"]
    # The author's own words, or (with none) the statement composed from the brief.
    words = (word_count(statement["text"]) if statement["text"].strip()
             else compose_statement(load_brief(example).brief).words)
    assert words > 50
    # The timing box shows the delivery time at 130 words a minute and the limit.
    assert format_duration(speaking_seconds(words)) in rendered.text
    assert format_duration(statement["time_limit_seconds"]) in rendered.text
    assert not [w for w in rendered.result["warnings"] if "statement takes" in w]


def test_typical_two_page_brief_fits_on_two_pages(render: Render) -> None:
    example = paths.examples_dir() / "national-coalition-pathways.brief.yaml"
    data = example_data(example)
    assert len(data["priorities"]) >= 3 and len(data["aims"]) >= 4
    rendered = render(example, "two-page-brief")
    assert rendered.page_count <= 2
    assert not [w for w in rendered.result["warnings"] if "meant to fit" in w]


def test_long_two_page_brief_flows_on_without_losing_text(render: Render) -> None:
    example = paths.examples_dir() / "national-coalition-pathways.brief.yaml"

    def lengthen(data: dict[str, Any]) -> None:
        extra = copy.deepcopy(data["priorities"])
        for n, priority in enumerate(extra, start=1):
            priority["title"] = f"Further priority {n}: {priority['title']}"
        data["priorities"] += extra
        data["aims"] += copy.deepcopy(data["aims"])

    rendered = render(example, "two-page-brief", lengthen, "-long")
    data = example_data(example)
    assert rendered.page_count > 2
    [overrun] = [w for w in rendered.result["warnings"] if "meant to fit on 2 pages" in w]
    # The warning says what makes it long, so the author knows what to cut.
    assert "The longest parts: GCM links (" in overrun and "Priorities (" in overrun
    text = rendered.text
    for n, priority in enumerate(data["priorities"], start=1):
        assert normalise(f"Further priority {n}: {priority['title']}") in text
    # The end of the brief is still there: nothing was clipped.
    assert data["organisation"]["contact"]["email"] in text


@pytest.mark.parametrize(
    "example",
    [p for p in EXAMPLES if example_data(p)["language"] == "en"],
    ids=lambda p: p.name.removesuffix(".brief.yaml"),
)
def test_evidence_sources_print_on_the_page_that_cites_them(render: Render, example: Path) -> None:
    pages = render(example, "position-paper").page_texts
    checked = 0
    for priority in example_data(example)["priorities"]:
        for evidence in priority["evidence"]:
            if not evidence["source"]:
                continue
            # The call sits after the last word; the words just before it are on its page.
            cited = " ".join(normalise(evidence["text"]).split()[-5:-1])
            source = normalise(evidence["source"])[:40]
            cited_on = [page for page in pages if cited in page]
            assert len(cited_on) == 1, f"{cited!r} not found once"
            assert source in cited_on[0], f"footnote {source!r} is not on the citing page"
            checked += 1
    assert checked >= 2


@pytest.mark.parametrize("mark", [True, False])
def test_unverified_wording_is_flagged_only_when_asked(render: Render, mark: bool) -> None:
    example = paths.examples_dir() / "national-coalition-pathways.brief.yaml"
    gcm = load_gcm()
    _objectives, actions = linked_gcm(example_data(example))
    assert any(not gcm.lookup(ref).verified for ref in actions)

    def set_mark(data: dict[str, Any]) -> None:
        data["template"]["look"]["mark_unverified"] = mark

    text = render(example, "two-page-brief", set_mark, f"-mark-{mark}").text
    note = normalise(labels_for("en")["unverified_note"])
    assert ("†" in text) is mark
    assert (note in text) is mark


def test_statement_over_the_time_limit_is_flagged(render: Render) -> None:
    example = paths.examples_dir() / "imrf-2026-migrant-network.brief.yaml"
    seconds = speaking_seconds(word_count(example_data(example)["statement"]["text"]))
    limit = seconds - 30

    def shorten_limit(data: dict[str, Any]) -> None:
        data["statement"]["time_limit_seconds"] = limit

    over = render(example, "oral-statement", shorten_limit, "-over")
    assert f"+{format_duration(seconds - limit)}" in over.text
    assert any("statement takes" in w for w in over.result["warnings"])
    within = render(example, "oral-statement")
    assert f"+{format_duration(seconds - limit)}" not in within.text


@pytest.mark.parametrize(("paper", "size"), [("A4", A4_POINTS), ("Letter", LETTER_POINTS)])
def test_paper_size_follows_the_brief(
    render: Render, paper: str, size: tuple[float, float]
) -> None:
    example = paths.examples_dir() / "national-coalition-pathways.brief.yaml"

    def set_paper(data: dict[str, Any]) -> None:
        data["template"]["look"]["paper"] = paper

    for template in TEMPLATES:
        rendered = render(example, template, set_paper, f"-{paper}")
        for page in PdfReader(rendered.pdf).pages:
            assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
                size, abs=0.5
            )


class _Structure(HTMLParser):
    """Headings, image alt texts and the language of each piece of text in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[int] = []
        self.alts: list[str | None] = []
        self.root: dict[str, str | None] = {}
        self.title = ""
        self._langs: list[tuple[str, str | None]] = []
        self._in_title = False
        self.text_langs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.root = attributes
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "img":
            self.alts.append(attributes.get("alt"))
        if tag == "title":
            self._in_title = True
        if tag not in ("img", "meta", "br", "link"):
            parent = self._langs[-1][1] if self._langs else None
            self._langs.append((tag, attributes.get("lang", parent)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        while self._langs:
            if self._langs.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if data.strip():
            self.text_langs.append((data, self._langs[-1][1] if self._langs else None))


def structure(html: str) -> _Structure:
    parser = _Structure()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("example", EXAMPLES, ids=EXAMPLE_IDS)
def test_html_is_structured_for_tagged_pdf(render: Render, example: Path, template: str) -> None:
    data = example_data(example)
    page = structure(render(example, template).html)
    assert page.root.get("lang") == data["language"]
    assert normalise(page.title) == normalise(data["title"])
    # One h1, and no heading skips a level on the way down.
    assert page.headings[0] == 1 and page.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(page.headings, page.headings[1:], strict=False))
    # Every logo is a figure named by its alt text: the organisation's at the top, then the
    # co-signatories' where the template prints them (the joint letter, the position paper).
    alt = labels_for(data["language"])["logo_alt"]
    owners = [data["organisation"]["name"]] if data["organisation"]["logo"] else []
    if template in ("joint-letter", "position-paper"):
        owners += [c["name"] for c in data.get("cosignatories") or [] if c.get("logo")]
    assert page.alts == [alt.replace("{name}", name) for name in owners]


def test_arabic_example_reads_right_to_left(render: Render) -> None:
    example = paths.examples_dir() / "domestic-workers-statement-ar.brief.yaml"
    for template in TEMPLATES:
        rendered = render(example, template)
        page = structure(rendered.html)
        assert page.root.get("dir") == "rtl"
        assert str(PdfReader(rendered.pdf).root_object["/Lang"]) == "ar"
    # The GCM wording is English: it is marked so, to read left to right and be spoken
    # in English inside the Arabic paper.
    gcm = load_gcm()
    _objectives, actions = linked_gcm(example_data(example))
    page = structure(render(example, "position-paper").html)
    for ref in actions:
        action = gcm.lookup(ref)
        assert isinstance(action, Action)
        wording = action.text
        assert [lang for text, lang in page.text_langs if wording in text] == ["en"]


def link_targets(pdf: Path) -> list[str]:
    targets = []
    for page in PdfReader(pdf).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                targets.append(str(action["/URI"]))
    return targets


def test_only_web_and_mail_addresses_become_links(render: Render) -> None:
    example = paths.examples_dir() / "imrf-2026-migrant-network.brief.yaml"

    def hostile(data: dict[str, Any]) -> None:
        data["priorities"][0]["evidence"][0]["url"] = "javascript:alert(1)"
        data["organisation"]["contact"]["website"] = "file:///etc/passwd"

    for template in ("position-paper", "two-page-brief"):
        rendered = render(example, template, hostile, "-hostile")
        targets = link_targets(rendered.pdf)
        assert targets, "the e-mail address and web sources should still be links"
        assert all(t.startswith(("https://", "http://", "mailto:")) for t in targets), targets
    # The addresses are still shown, as plain text, so the reader can judge them.
    assert "javascript:alert(1)" in render(example, "position-paper", hostile, "-hostile").text


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_new_empty_brief_exports(tmp_path: Path, template: str) -> None:
    result = render_job(
        {
            "id": 1,
            "op": "render",
            "brief": brief_to_data(Brief()),
            "brief_dir": None,
            "template": template,
            "outputs": {"pdf": str(tmp_path / "empty.pdf")},
            "pdf_variant": "ua-1",
            "mode": "export",
        }
    )
    assert result["ok"], result["error"]
    assert result["pages"] == 1


# --------------------------------------------------------------------------------------
# The organisation's own sections, headings and publication date
# --------------------------------------------------------------------------------------

NATIONAL = paths.examples_dir() / "national-coalition-pathways.brief.yaml"
PAPERS = ("position-paper", "two-page-brief")
OWN_SECTIONS = [
    {"heading": "Why the Compact matters to workers", "body": "Quartz body after the summary.",
     "after": "summary"},
    {"heading": "About this series", "body": "Basalt body at the very start.", "after": ""},
    {"heading": "Further reading for members", "body": "> Granite quote at the end.",
     "after": "end"},
]


def with_sections(data: dict[str, Any]) -> None:
    data["sections"] = copy.deepcopy(OWN_SECTIONS)
    data["headings"]["key_messages"] = "What we hope the review will do"
    # Marker words, each printed once, to find the parts on the page.
    data["summary"] = "Obsidian. " + data["summary"]
    data["priorities"][0]["title"] = "Zircon " + data["priorities"][0]["title"]
    data["priorities"][-1]["title"] = "Jasper " + data["priorities"][-1]["title"]


def reading_places(pdf: Path, words: list[str]) -> dict[str, tuple[int, float]]:
    """Where each word is printed: (page, distance from the top of the page).

    The order in which a PDF's text is drawn is not the reading order (WeasyPrint draws
    placed boxes, such as a priority's number, after the rest), so the order is read from
    where the words are on the pages.
    """
    found: dict[str, tuple[int, float]] = {}
    for number, page in enumerate(PdfReader(pdf).pages):
        height = float(page.mediabox.height)

        def visit(text: str, cm: list[float], tm: list[float], *_: Any,
                  number: int = number, height: float = height) -> None:
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            for word in words:
                if word.casefold() in text.casefold() and word not in found:
                    found[word] = (number, height - y)

        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("template", PAPERS)
def test_papers_print_each_section_where_the_author_put_it(render: Render, template: str) -> None:
    rendered = render(NATIONAL, template, with_sections, "-sections")
    for section in OWN_SECTIONS:
        assert normalise(section["heading"]).casefold() in rendered.text.casefold()
    # first section, summary, section after the summary, priorities, section at the end
    order = ["Basalt", "Obsidian", "Quartz", "Zircon", "Jasper", "Granite"]
    places = reading_places(rendered.pdf, order)
    assert set(places) == set(order), f"not printed: {set(order) - set(places)}"
    assert sorted(order, key=places.__getitem__) == order, places
    # The end is after every part: only back matter (notes, contact) follows it.
    contact = reading_places(rendered.pdf, [example_data(NATIONAL)["organisation"]["contact"]
                                            ["email"]])
    assert max(contact.values()) > places["Granite"]


@pytest.mark.parametrize("template", PAPERS)
def test_papers_use_the_organisations_own_heading(render: Render, template: str) -> None:
    text = render(NATIONAL, template, with_sections, "-sections").text.casefold()
    assert "what we hope the review will do" in text
    assert labels_for("en")["key_messages"].casefold() not in text


def test_the_oral_statement_prints_no_sections(render: Render) -> None:
    # It is read aloud: the organisation's sections belong to the written paper.
    rendered = render(NATIONAL, "oral-statement", with_sections, "-sections")
    for section in OWN_SECTIONS:
        assert normalise(section["heading"]) not in rendered.text
    assert rendered.page_count == 1


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_publication_date_is_printed_in_the_papers_language(render: Render,
                                                                template: str) -> None:
    def in_french(data: dict[str, Any]) -> None:
        data["language"], data["published"] = "fr", "2022-03-15"

    assert "15 mars 2022" in render(NATIONAL, template, in_french, "-fr-2022").text


@pytest.mark.parametrize("template", TEMPLATES)
def test_no_publication_date_prints_no_date_not_the_day_of_rendering(render: Render,
                                                                     template: str) -> None:
    def unpublished(data: dict[str, Any]) -> None:
        data["published"] = ""

    text = render(NATIONAL, template, unpublished, "-unpublished").text
    assert format_brief_date(example_data(NATIONAL)["published"], "en") not in text
    assert format_brief_date(date.today().isoformat(), "en") not in text
    published = render(NATIONAL, template).text
    assert format_brief_date(example_data(NATIONAL)["published"], "en") in published


@pytest.mark.parametrize("template", PAPERS)
def test_an_aim_without_an_ask_prints_its_label_not_the_apps_help(render: Render,
                                                                  template: str) -> None:
    aim = load_catalogues().get("aims", "pledging")
    assert aim is not None

    def bare_aim(data: dict[str, Any]) -> None:
        data["aims"].append({"aim": "pledging", "ask": {"who": "", "what": "", "by_when": ""}})

    text = render(NATIONAL, template, bare_aim, "-bare-aim").text
    assert normalise(aim.label("en")) in text
    assert normalise(aim.help("en"))[:40] not in text


def test_the_two_page_brief_carries_evidence_as_numbered_endnotes(render: Render) -> None:
    rendered = render(NATIONAL, "two-page-brief")
    assert rendered.page_count == 2  # within its two pages
    text = rendered.text
    notes = text.index(normalise(labels_for("en")["evidence"]).upper())
    evidence = [e for p in example_data(NATIONAL)["priorities"] for e in p["evidence"]]
    assert len(evidence) >= 3
    for number, item in enumerate(evidence, start=1):
        note = text.index(f"[{number}] {normalise(item['text'])[:50]}")
        assert note > notes  # the note is at the end ...
        assert text.index(f"[{number}]") < notes  # ... and called under its priority
        assert normalise(item["source"]) in text[note:]


@pytest.mark.parametrize(("template", "level"), [("position-paper", 4), ("two-page-brief", 4),
                                                 ("joint-letter", 3)])
def test_a_heading_written_in_a_priority_nests_below_the_priority(template: str,
                                                                   level: int) -> None:
    """A '#' heading in a priority's description never stands level with the priorities."""
    from briefwriter.core.model import Priority
    from briefwriter.render.context import build_context
    from briefwriter.render.jinja import render_html
    from briefwriter.render.template_lookup import find_template

    brief = Brief(title="Nesting")
    brief.priorities = [Priority(title="Detention", description="# Inside the priority\n\nText")]
    pack = find_template(template)
    html = render_html(pack, build_context(brief, brief_dir=None, pack=pack), strict=True).html
    assert re.search(rf"<h{level}[^>]*>Inside the priority</h{level}>", html), html


def test_the_annex_lists_the_other_paragraphs_cited(render: Render) -> None:
    """Para 49 is quoted in the annex; paras 53 and 54, whose text is not held, say so."""
    example = paths.examples_dir() / "review-forum-migration-justice.brief.yaml"
    text = render(example, "position-paper").text
    annex = text[text.index("Annex: GCM text cited"):]
    other = annex[annex.index("Other paragraphs"):]
    assert "GCM para 49" in other and "Review Forum" in other
    assert "Text not included: see A/RES/73/195, para 53" in other
    assert "GCM para 54" in other
