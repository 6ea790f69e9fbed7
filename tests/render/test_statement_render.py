"""The oral statement of a real paper: composed from its messages and asks, on one page.

QUNO's "Migration Justice" paper has a long summary with headings, lists, a table and
footnotes; its statement used to be composed from all of that (861 words, 4 pages).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MINIMAL, pdf_text
from pypdf import PdfReader

from briefwriter import paths
from briefwriter.core.model import Aim, Ask, Brief, Organisation, brief_to_data
from briefwriter.render.context import build_context
from briefwriter.render.pipeline import render_job
from briefwriter.render.templates import load_pack

SUMMARY = """\
## Why does the Global Compact for Migration matter for migration justice?

Our vision of migration justice is grounded in human rights and puts the dignity of migrants
at the centre.[^vision] The Global Compact for Migration contains a promise to take a people
centred and human rights based approach to migration policy.

### What role can the IMRF play?

The IMRF is one of the ways migrants, NGOs and other stakeholders can remind States that the
adoption of the GCM was a beginning not an end. It can contribute to:

1. Demonstrating the relevance of the GCM (including in the wake of COVID-19)
2. Emphasizing the importance of a human rights based approach to migration governance
3. Incentivizing implementation of the Compact
4. Contributing to increasing participatory processes at national, regional and global levels
5. Deepening global dialogue on migration
6. Setting the agenda and framing collective action on pressing issues of concern

| Aim of engaging | Where |
|---|---|
| Drawing attention to specific issues | Nationally, regionally or globally |
| Sharing good practice | A project you run |
| Securing a national implementation plan | Your government |

- Guaranteeing a human rights based approach to post-COVID migration governance
- Ending lethal disregard for migrants
- Dismantling systemic racism in migration governance
- Ensuring protection including in the context of mixed migration

[^vision]: QUNO, *Migration Justice*, Paper 1: a vision of migration justice, 2021.
""" * 3  # as long as the real paper and more

KEY_MESSAGES = [
    "### The IMRF matters\n\nThe IMRF is a beginning, not an end: States must deliver on the "
    "promise of the Compact.[^1]\n\n[^1]: A/RES/73/195, para 49.",
    "A human rights based approach must guide national implementation:\n\n"
    "- inclusive national plans\n- regular reviews with migrants at the table",
    "The human cost of migration governance is far too high. "
    "See [QUNO's paper](https://quno.org/resource/2021/migration-justice).",
    "Migrants must have space in policy development and review, at all levels.",
    "Systemic racism in migration governance must be dismantled.",
    "Protection must be ensured, including in the context of mixed migration.",
]


def quno_brief() -> Brief:
    brief = Brief(
        title="Why does the IMRF matter for migration justice?",
        summary=SUMMARY,
        key_messages=KEY_MESSAGES,
        organisation=Organisation(name="Quaker United Nations Office", acronym="QUNO"),
        aims=[
            Aim(ask=Ask(who="The Member States of the United Nations",
                        what="recommit to the guiding principles of the GCM by 2030",
                        by_when="May 2026")),
            Aim(ask=Ask(who="Government of Lebanon", what="Adopt a national implementation "
                        "plan with migrants at the table.", by_when="before the IMRF 2026")),
            Aim(ask=Ask(who="UN Network on Migration", what="ensure migrant representation",
                        by_when="at the IMRF")),
        ],
    )
    brief.statement.time_limit_seconds = 60  # 130 words; the composed draft is 154
    return brief


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path, str]:
    out = tmp_path_factory.mktemp("quno")
    pdf, html = out / "statement.pdf", out / "statement.html"
    result = render_job({
        "id": 1, "op": "render", "brief": brief_to_data(quno_brief()), "brief_dir": None,
        "template": "oral-statement", "outputs": {"pdf": str(pdf), "html": str(html)},
        "pdf_variant": "ua-1", "mode": "export",
    })
    assert result["ok"], result["error"]
    return result, pdf, html.read_text(encoding="utf-8")


def test_the_statement_of_a_long_paper_fits_on_one_page(rendered):
    result, pdf, _html = rendered
    assert result["pages"] == len(PdfReader(pdf).pages) == 1
    text = pdf_text(pdf)
    assert "I speak on behalf of the Quaker United Nations Office (QUNO)." in text
    assert "We call on the Member States of the United Nations to recommit to the guiding " \
           "principles of the GCM by 2030." in text
    assert "by 2030 by May 2026" not in text
    assert "We call on the Government of Lebanon to adopt a national implementation plan " \
           "with migrants at the table before the IMRF 2026." in text


def test_the_statement_has_no_list_table_heading_or_footnote(rendered):
    _result, pdf, html = rendered
    main = html[html.index('<main class="statement">'):html.index("</main>")]
    for tag in ("<ol", "<ul", "<li", "<table", "<h2", "<h3", "<sup", "footnote"):
        assert tag not in main, tag
    text = pdf_text(pdf)
    assert not re.search(r"(^|\s)(\d{1,2}\.|[-•*])\s", text.split("Thank you, Chair.")[1])
    for leftover in ("[^", "A/RES/73/195, para 49", "Paper 1", "Aim of engaging", "quno.org",
                     "The IMRF matters"):
        assert leftover not in text, leftover
    assert "See QUNO's paper." in text  # a link is its words


def test_the_author_is_told_what_was_left_out(rendered):
    result, _pdf, _html = rendered
    notes = [w for w in result["warnings"] if "suggested statement" in w or "Left out" in w]
    assert len(notes) == 2, result["warnings"]
    assert notes[0] == ("The suggested statement would take 1:11 (154 words at 130 words a "
                        "minute): 24 words (0:11) over the time limit of 1:00.")
    assert notes[1] == "Left out to fit: key messages 4, 5 and 6."


def test_composer_notes_go_only_to_templates_that_print_the_statement():
    brief = quno_brief()
    warnings: list[str] = []
    build_context(brief, brief_dir=None, pack=load_pack(MINIMAL), warnings=warnings)
    assert not [w for w in warnings if "suggested statement" in w]
    oral = load_pack(paths.templates_dir() / "oral-statement", bundled=True)
    context = build_context(brief, brief_dir=None, pack=oral, warnings=warnings)
    assert any("suggested statement" in w for w in warnings)
    assert context["statement"]["composed"] is True
    assert context["statement"]["words"] <= 130  # 60 s at 130 words a minute
    assert "Systemic racism" not in context["statement"]["text_html"]  # key message 5
    # The author's own words are used as they are, however long.
    brief.statement.text = "## My heading\n\n" + " ".join(["word"] * 300)
    warnings.clear()
    context = build_context(brief, brief_dir=None, pack=oral, warnings=warnings)
    assert context["statement"]["composed"] is False
    assert context["statement"]["words"] == 302
    assert re.search(r"<h\d>My heading</h\d>", context["statement"]["text_html"])
    assert not [w for w in warnings if "suggested statement" in w]
