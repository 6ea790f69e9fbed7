"""Cited paragraphs outside the objectives in the position paper: quoted when their whole
text is known, otherwise a notice that the text is not included, never a fragment."""

from __future__ import annotations

import re

import pytest
from conftest import make_job, pdf_text, sample_brief

from briefwriter import paths
from briefwriter.core.model import Priority
from briefwriter.render.pipeline import render_job


def _brief(actions: list[str]):
    brief = sample_brief()
    brief.priorities[0].gcm.actions = ["29(c)"]
    brief.priorities.append(Priority(title="Follow-up and review",
                                     description="States should report on their plans."))
    brief.priorities[1].gcm.actions = actions
    return brief


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """The position paper for a brief citing 49, 49(c), 53, 54, 43(b)(ii) and 45: (html, pdf)."""
    out = tmp_path_factory.mktemp("paragraphs")
    brief = _brief(["para 49", "49(c)", "para 53", "para 54", "43(b)(ii)", "para 45"])
    job = make_job(paths.templates_dir() / "position-paper", out, brief=brief, html=True)
    result = render_job(job)
    assert result["ok"], result.get("error")
    html = (out / "out.html").read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", html), re.sub(r"\s+", " ", pdf_text(out / "out.pdf"))


def test_unknown_and_partial_text_is_replaced_by_a_notice(rendered):
    html, pdf = rendered
    for number in (53, 54, 45):
        notice = (f'<p class="gcm-not-included">Text not included: see <span lang="en" '
                  f'dir="ltr">A/RES/73/195, para {number}</span></p>')
        assert notice in html
        assert f"Text not included: see A/RES/73/195, para {number}" in pdf
        assert f"GCM para {number}" in pdf
    # The words recovered from the start of 45 are not printed as if they were paragraph 45.
    assert "We welcome the decision of the Secretary-General" not in html
    assert "technical ex" not in html


def test_known_paragraphs_and_sub_items_are_quoted_and_marked_unverified(rendered):
    html, pdf = rendered
    assert "shall take place every four years beginning in 2022;" in html
    quote = re.search(r'<figure class="gcm-action gcm-paragraph" lang="en" dir="ltr"> '
                      r"<blockquote>Considering that international migration requires a forum"
                      r'.*?progress on the implementation.*?development\.<sup '
                      r'class="unverified-mark">†</sup></blockquote> '
                      r'<figcaption lang="en" dir="ltr">GCM para 49</figcaption>', html)
    assert quote is not None
    assert "Complementing other funding sources;" in html and "GCM para 43(b)(ii)" in pdf
    assert "GCM para 49(c)" in pdf
    # The unverified wording is explained, even though 29(c) alone would need no note.
    assert "has not yet been checked against the final text" in pdf


def test_only_a_notice_needs_no_unverified_note(tmp_path):
    job = make_job(paths.templates_dir() / "position-paper", tmp_path,
                   brief=_brief(["para 53"]), html=True)
    result = render_job(job)
    assert result["ok"], result.get("error")
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "A/RES/73/195, para 53" in html
    # Nothing quoted is unverified (principle h, objective 13 and 29(c) are checked wording),
    # so there is no mark and no note explaining one.
    assert 'class="unverified-mark"' not in html
    assert "has not yet been checked" not in html
