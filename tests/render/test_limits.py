"""The limits agree: the largest brief file with the largest logo renders, and when a limit is
reached the message names what was too large (the brief, or the template's output)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import MINIMAL, make_job, pdf_text, sample_brief
from PIL import Image

from briefwriter.core.errors import RenderError, TemplateError
from briefwriter.core.logo import MAX_LOGO_BYTES
from briefwriter.core.model import Brief, Evidence, Priority
from briefwriter.core.storage import MAX_BRIEF_BYTES, dump_brief_text, parse_brief_text
from briefwriter.render.context import build_context
from briefwriter.render.jinja import MAX_GIVEN_CHARS, render_html
from briefwriter.render.pipeline import render_job
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import load_pack

BUNDLED = ["position-paper", "two-page-brief", "oral-statement", "joint-letter"]
WORDS = ("migrant workers rights detention children access to justice labour recruitment "
         "fees remittances consular protection safe return reintegration").split()


def noise_png(path: Path, size: int = 4 * 1024 * 1024) -> Path:
    """A PNG of random pixels: it does not compress, so the file is about ``size`` bytes."""
    side = int((size / 3) ** 0.5) + 16  # a little over: PNG filters save a few bytes
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path,
                                                                          compress_level=1)
    return path


@pytest.fixture(scope="module")
def big_logo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("brief")
    logo = noise_png(folder / "logo.png")
    assert 4 * 1024 * 1024 <= logo.stat().st_size <= MAX_LOGO_BYTES
    return logo


def test_a_4_mb_logo_renders(tmp_path, big_logo):
    brief = sample_brief()
    brief.organisation.logo = big_logo.name
    (tmp_path / "out").mkdir()
    result = render_job(make_job(MINIMAL, tmp_path / "out", brief=brief,
                                 brief_dir=big_logo.parent))
    assert result["ok"] is True, result["error"]
    assert not [w for w in result["warnings"] if "logo" in w]
    assert "Detention is never" in pdf_text(tmp_path / "out" / "out.pdf")
    # The picture itself is in the PDF (an image of its size, not left out).
    pdf = (tmp_path / "out" / "out.pdf").read_bytes()
    assert b"/Subtype /Image" in pdf or b"/Subtype/Image" in pdf


@pytest.fixture(scope="module")
def largest_brief() -> Brief:
    """500 priorities in a brief file just under the 5 MB limit, read back as a file is."""
    brief = Brief(title="Five hundred priorities", summary="Our members' priorities.")
    share = int(4.9 * 1024 * 1024) // 500 - 420  # room for each priority's other fields
    for i in range(500):
        words, size = [], 0
        while size < share:
            word = WORDS[(i * 7 + len(words) * 3) % len(WORDS)]
            words.append(word)
            size += len(word) + 1
        priority = Priority(title=f"Priority {i + 1}", description=" ".join(words),
                            evidence=[Evidence(text="A finding.", source=f"Survey {i}, 2025")])
        priority.gcm.objectives = [13]
        priority.gcm.actions = ["29(c)"]
        brief.priorities.append(priority)
    text = dump_brief_text(brief)
    assert 4.8 * 1024 * 1024 < len(text.encode()) <= MAX_BRIEF_BYTES
    return parse_brief_text(text).brief


@pytest.mark.parametrize("template", BUNDLED)
def test_the_largest_brief_with_the_largest_logo_passes_the_html_stage(largest_brief, big_logo,
                                                                       template):
    largest_brief.organisation.logo = big_logo.name
    pack = find_template(template)
    warnings: list[str] = []
    context = build_context(largest_brief, brief_dir=big_logo.parent, pack=pack,
                            warnings=warnings)
    assert warnings == []
    assert context["org"]["logo"].startswith("data:image/png;base64,")
    html = render_html(pack, context, strict=True).html
    assert len(html) > 5_000_000  # more than the old fixed cap, which blamed the template
    assert context["org"]["logo"] in html
    if template != "oral-statement":  # the statement prints only the words to deliver
        assert "Priority 500" in html


def test_a_template_that_prints_the_logo_in_a_loop_is_stopped_and_named(tmp_path, big_logo):
    pack_dir = tmp_path / "looping"
    pack_dir.mkdir()
    (pack_dir / "template.yaml").write_text(
        "manifest_version: 1\nname: looping\ntitle: Looping\nentry: page.j2\nkind: paper\n",
        encoding="utf-8")
    (pack_dir / "page.j2").write_text(
        "{% for i in range(1000) %}<img src=\"{{ org.logo }}\">{% endfor %}", encoding="utf-8")
    brief = sample_brief()
    brief.organisation.logo = big_logo.name
    pack = load_pack(pack_dir)
    context = build_context(brief, brief_dir=big_logo.parent, pack=pack)
    with pytest.raises(TemplateError, match="repeats something in a loop") as info:
        render_html(pack, context, strict=True)
    assert info.value.template == "page.j2"
    # What it was given, in figures: the logo, 4 MB as a file, is 5.6 MB as a data: URL.
    assert re.search(r"from \d+ KB of text from the brief and a 5\.\d MB logo",
                     info.value.message)


def test_a_brief_too_large_to_print_is_named_before_any_template_runs(tmp_path):
    # GCM wording is copied under every priority that links it: 187 actions under each of
    # 300 priorities is more text than any template may be handed.
    from briefwriter.core.gcm import load_gcm

    actions = [item.ref for item in load_gcm().items() if item.kind == "action"]
    brief = Brief(title="Everything linked everywhere")
    for i in range(300):
        priority = Priority(title=f"Priority {i + 1}")
        priority.gcm.actions = list(actions)
        brief.priorities.append(priority)
    pack = find_template("position-paper")
    context = build_context(brief, brief_dir=None, pack=pack)
    with pytest.raises(RenderError, match="The brief is too large to print") as info:
        render_html(pack, context, strict=True)
    assert f"at most {MAX_GIVEN_CHARS / 1_000_000:.1f} MB can be printed" in str(info.value)
    (tmp_path / "out").mkdir()
    result = render_job(make_job("position-paper", tmp_path / "out", brief=brief))
    assert result["ok"] is False
    assert result["error"]["kind"] == "render"  # not blamed on the template
    assert result["error"]["message"].startswith("The brief is too large to print")
