"""A template whose styles ask for absurd sizes or numbers gets a plain-words error naming the
file and line, not "Rendering failed: OverflowError: ..." from deep inside WeasyPrint."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from conftest import make_job

from briefwriter.render.pipeline import render_job

PAGE = """\
    <!doctype html>
    <html lang="en"><head><title>{{ brief.title }}</title></head>
    <body>
    <h1>{{ brief.title }}</h1>
    <p>Some <b>text</b> to lay out.</p>
    <ol><li>one</li><li>two</li></ol>
    </body></html>
    """


def make_pack(root: Path, css: str, page: str = PAGE) -> Path:
    folder = root / "pack"
    folder.mkdir()
    (folder / "template.yaml").write_text(textwrap.dedent("""\
        manifest_version: 1
        name: absurd
        title: Absurd sizes
        entry: page.html.j2
        stylesheets: [style.css]
        """), encoding="utf-8")
    (folder / "page.html.j2").write_text(textwrap.dedent(page), encoding="utf-8")
    (folder / "style.css").write_text(textwrap.dedent(css), encoding="utf-8")
    return folder


def render(tmp_path: Path, css: str, page: str = PAGE) -> dict:
    out = tmp_path / "out"
    out.mkdir()
    result = render_job(make_job(make_pack(tmp_path, css, page), out, html=True))
    assert result["ok"] is False
    assert list(out.iterdir()) == []  # nothing half-written
    return result


# Each of these made WeasyPrint raise a different exception (noted), reported as
# "Rendering failed: <exception>: ..." before.
@pytest.mark.parametrize("declaration, shown", [
    ("font-size: 1e9px", "font-size: 1e9px"),  # ZeroDivisionError
    ("font-size: 1e400px", "font-size: 1e400px"),  # OverflowError (infinity)
    ("letter-spacing: 1e9px", "letter-spacing: 1e9px"),  # OverflowError (does not fit 'int')
    ("font-size: 3e6vw", "font-size: 3e6vw"),  # ZeroDivisionError
    ("column-count: " + "9" * 5000, "column-count: 999999…999999 (a number of 5000 digits)"),
    # ValueError: too many digits for an integer
])
def test_an_absurd_size_is_named_with_its_file_and_line(tmp_path, declaration, shown):
    result = render(tmp_path, f"""\
        /* Sizes from 1 to 99999999999 are fine in a comment */
        body {{ margin: 0; background: url("img-99999999999.png"); color: #1e9999; }}
        p {{ {declaration}; }}
        """)
    error = result["error"]
    assert error["kind"] == "template"
    assert (error["template"], error["line"]) == ("style.css", 3)
    assert error["message"].startswith(f"“{shown}” is far too large to lay out.")
    for technical in ("Error", "Rendering failed", "int_max_str_digits"):
        assert technical not in error["message"]


def test_an_absurd_size_in_a_style_attribute_names_the_template_file(tmp_path):
    page = PAGE.replace("<p>Some", '<p style="color: black;\n    font-size: 1e12px">Some')
    error = render(tmp_path, "p { color: black; }", page)["error"]
    assert error["kind"] == "template"
    assert (error["template"], error["line"]) == ("page.html.j2", 6)
    assert error["message"].startswith("“font-size: 1e12px” is far too large")


def test_a_size_computed_by_the_template_is_explained_without_a_file(tmp_path):
    page = PAGE.replace("<p>Some", '<p style="font-size: {{ 10 ** 9 }}px">Some')
    error = render(tmp_path, "p { color: black; }", page)["error"]
    assert error["kind"] == "render"
    assert error["message"].startswith("The pages could not be laid out: a size or number in "
                                       "the template's style sheet is probably far too large")


def test_only_files_inside_the_pack_are_searched(tmp_path):
    outside = tmp_path / "outside.css"
    outside.write_text("p { width: 77777777777px; }\n", encoding="utf-8")
    page = PAGE.replace("<p>Some", '<p style="font-size: {{ 10 ** 9 }}px">Some')
    out = tmp_path / "out"
    out.mkdir()
    pack = make_pack(tmp_path, "p { color: black; }", page)
    (pack / "linked.css").symlink_to(outside)
    result = render_job(make_job(pack, out))
    assert result["error"]["kind"] == "render"
    assert "77777777777" not in repr(result)  # nothing read through the link
