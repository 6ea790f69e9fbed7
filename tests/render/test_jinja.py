"""The sandboxed Jinja environment: escaping, strict and lenient undefined, error locations,
and caps that stop allocations without getting in the way of ordinary templates."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from markupsafe import Markup

from briefwriter.core.errors import TemplateError
from briefwriter.render.jinja import OutputBudget, render_html
from briefwriter.render.templates import load_pack


def pack_with(tmp_path: Path, files: dict[str, str], entry: str = "page.j2"):
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    (folder / "template.yaml").write_text(
        f"manifest_version: 1\nname: jinja-test\ntitle: Jinja test\nentry: {entry}\n",
        encoding="utf-8")
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_pack(folder)


CONTEXT = {"brief": {"title": "<b>Rights</b> & more", "language": "fr",
                     "summary_html": Markup("<p><strong>ok</strong></p>")}}


def test_plain_text_is_escaped_and_html_values_are_not(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": "{{ brief.title }}|{{ brief.summary_html }}"})
    html = render_html(pack, CONTEXT, strict=True).html
    assert html == "&lt;b&gt;Rights&lt;/b&gt; &amp; more|<p><strong>ok</strong></p>"


def test_includes_and_imports_inside_the_pack_work(tmp_path):
    pack = pack_with(tmp_path, {
        "page.j2": "{% import 'parts/m.j2' as m %}{% include 'parts/p.j2' %}{{ m.hi('x') }}",
        "parts/p.j2": "[part]",
        "parts/m.j2": "{% macro hi(n) %}hi {{ n }}{% endmacro %}",
    })
    assert render_html(pack, CONTEXT, strict=True).html == "[part]hi x"


def test_export_undefined_names_the_file_line_and_variable(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": "line one\n{% include 'part.j2' %}",
                                "part.j2": "a\nb\n{{ org.nmae }}\n"})
    with pytest.raises(TemplateError) as caught:
        render_html(pack, CONTEXT, strict=True)
    assert (caught.value.template, caught.value.line) == ("part.j2", 3)
    assert "'org' is undefined" in caught.value.message


def test_export_undefined_attribute_names_it(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": "\n\n{{ brief.titel }}"})
    with pytest.raises(TemplateError) as caught:
        render_html(pack, CONTEXT, strict=True)
    assert caught.value.line == 3 and "titel" in caught.value.message


def test_preview_renders_undefined_as_empty_and_warns_with_the_place(tmp_path):
    pack = pack_with(tmp_path, {
        "page.j2": ("A{{ org.nmae }}B\n{% for x in nothing %}{{ x }}{% endfor %}"
                    "C{{ brief.titel.x }}"),
    })
    result = render_html(pack, CONTEXT, strict=False)
    assert result.html == "AB\nC"
    assert len(result.warnings) == 3
    assert result.warnings[0].startswith("page.j2, line 1: 'org' is undefined")
    assert result.warnings[1].startswith("page.j2, line 2: 'nothing' is undefined")
    assert "titel" in result.warnings[2]


def test_preview_does_not_warn_for_names_tested_with_defined_or_default(tmp_path):
    pack = pack_with(tmp_path, {
        "page.j2": "{% if org is defined %}x{% endif %}{{ org | default('none') }}",
    })
    result = render_html(pack, CONTEXT, strict=False)
    assert result.html == "none" and result.warnings == []


def test_preview_still_refuses_unsafe_access(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": "{{ ''.__class__ }}"})
    with pytest.raises(TemplateError, match="not allowed"):
        render_html(pack, CONTEXT, strict=False)


def test_syntax_error_names_file_and_line(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": "ok\n{% include 'bad.j2' %}",
                                "bad.j2": "one\ntwo\n{% if x %}never closed\n"})
    with pytest.raises(TemplateError) as caught:
        render_html(pack, CONTEXT, strict=True)
    assert caught.value.template == "bad.j2"
    assert caught.value.message.startswith("syntax error")
    assert caught.value.line is not None and caught.value.line >= 3


def test_runtime_error_in_template_is_a_template_error(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": "\n{{ 1 // 0 }}"})
    with pytest.raises(TemplateError) as caught:
        render_html(pack, CONTEXT, strict=True)
    assert caught.value.line == 2 and "ZeroDivisionError" in caught.value.message


def test_ordinary_formatting_and_repetition_still_work(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": (
        "{{ '-' * 3 }}|{{ '%5.1f'|format(3.14159) }}|{{ '{:>4}'.format('x') }}|"
        "{{ 'ab'|center(6) }}|{{ 2 ** 10 }}|{{ [1, 2] + [3] }}|{{ 'a-b'.replace('-', '+') }}|"
        "{{ ['x', 'y']|join(', ') }}|{{ '2026-05-05'|format_date }}|"
        "{{ [1, 2, 3]|slice(2)|list }}|{{ [1, 2, 3]|batch(2, 0)|list }}|"
        "{{ [1]|tojson(indent=1) }}")})
    html = render_html(pack, CONTEXT, strict=True).html
    assert html == ("---|  3.1|   x|  ab  |1024|[1, 2, 3]|a+b|x, y|5 mai 2026|"
                    "[[1, 2], [3]]|[[1, 2], [3, 0]]|[\n 1\n]")


def test_output_is_capped(tmp_path):
    loop = "{% for i in range(6000) %}{{ 'x' * 1000 }}{% endfor %}"
    pack = pack_with(tmp_path, {"page.j2": loop})
    with pytest.raises(TemplateError, match="it probably repeats something in a loop") as info:
        render_html(pack, CONTEXT, strict=True)
    assert info.value.template == "page.j2"
    assert "the template produced more than 2.0 MB of HTML" in str(info.value)
    assert 6000 * 1000 > OutputBudget.of(CONTEXT).max_output_chars


def test_template_changes_on_disk_are_picked_up(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": "one"})
    assert render_html(pack, CONTEXT, strict=True).html == "one"
    page = pack.folder / "page.j2"
    page.write_text("two", encoding="utf-8")
    stat = page.stat()
    os.utime(page, (stat.st_atime, stat.st_mtime + 5))
    assert render_html(pack, CONTEXT, strict=True).html == "two"


def test_non_utf8_template_is_a_clear_error(tmp_path):
    pack = pack_with(tmp_path, {"page.j2": "{% include 'latin1.j2' %}"})
    (pack.folder / "latin1.j2").write_bytes(b"ok\ncaf\xe9")
    with pytest.raises(TemplateError, match=r"latin1\.j2' is not UTF-8 text \(line 2\)"):
        render_html(pack, CONTEXT, strict=True)


def test_undefined_field_suggests_the_nearest_one_or_lists_what_is_there(tmp_path):
    context = {"org": {"name": "n", "acronym": "A", "contact": {"email": "e"}}}
    for source, words in (("{{ org.nmae }}", "there is no 'nmae' here; did you mean 'name'?"),
                          ("{{ org.contact.emial }}", "did you mean 'email'?"),
                          ("{{ org.zzz }}", "(there is: acronym, contact, name)")):
        pack = pack_with(tmp_path, {"page.j2": source})
        with pytest.raises(TemplateError) as caught:
            render_html(pack, context, strict=True)
        assert words in caught.value.message


@pytest.mark.parametrize("how", ["in place", "replaced"])
def test_a_template_saved_again_within_the_same_tick_is_read_again(tmp_path, how):
    # An editor saving twice within a second (same size, same mtime) must still be seen by
    # the next render of a long-lived worker, whose environment caches compiled templates.
    pack = pack_with(tmp_path, {"page.j2": "first {{ brief.language }}"})
    entry = pack.folder / "page.j2"
    assert render_html(pack, CONTEXT, strict=True).html == "first fr"
    before = entry.stat()
    if how == "in place":
        with open(entry, "r+b") as handle:
            handle.write(b"later")
    else:
        fresh = pack.folder / "page.j2.new"
        fresh.write_bytes(b"later {{ brief.language }}")
        os.replace(fresh, entry)
    os.utime(entry, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert entry.stat().st_mtime_ns == before.st_mtime_ns
    assert entry.stat().st_size == before.st_size
    assert render_html(pack, CONTEXT, strict=True).html == "later fr"
