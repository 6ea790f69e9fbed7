"""The user's Markdown as HTML: what a template receives, and what it can never receive:
nested headings, quotes with their attribution, boxes, tables."""

from __future__ import annotations

import pytest

from briefwriter.core.markdown_limits import MAX_TABLE_ROWS_PER_FIELD
from briefwriter.render.markdown import (
    link_is_allowed,
    markdown_inline,
    markdown_to_html,
    move_headings,
)


def test_raw_html_is_escaped_not_passed_through():
    html, _ = markdown_to_html('Hi <script>alert(1)</script> <img src=x onerror="alert(2)">')
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_html_block_is_escaped():
    html, _ = markdown_to_html("<div onclick='x()'>\nhello\n</div>")
    assert "<div" not in html
    assert "&lt;div onclick=" in html


@pytest.mark.parametrize("href", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)", "vbscript:msgbox",
    "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "relative/page.html",
    "//evil.example/x", "ftp://example.com/x",
])
def test_links_other_than_web_and_mail_become_their_text(href):
    html, _ = markdown_to_html(f"See [the report]({href}) now.")
    assert "<a" not in html
    assert "See the report now." in html


def test_autolink_with_javascript_scheme_is_not_a_link():
    html, _ = markdown_to_html("<javascript:alert(1)>")
    assert "<a" not in html


@pytest.mark.parametrize("href", ["https://www.ohchr.org/en/migration", "http://example.org",
                                  "mailto:secretariat@example.org"])
def test_web_and_mail_links_are_kept(href):
    html, _ = markdown_to_html(f'[x]({href} "Title")')
    assert f'<a href="{href}" title="Title">x</a>' in html


def test_link_policy_direct():
    assert link_is_allowed("https://example.org/a?b=c")
    assert not link_is_allowed("https:")  # no host
    assert not link_is_allowed(" javascript:x")


def test_images_become_their_description_and_load_nothing():
    html, _ = markdown_to_html("Logo: ![Our network logo](http://example.com/logo.png)")
    assert "<img" not in html and "example.com" not in html
    assert "Logo: Our network logo" in html


def test_footnotes_are_inline_spans_numbered_from_the_start_given():
    text = "One[^a] and two^[inline *note*].\n\n[^a]: The first note."
    html, next_number = markdown_to_html(text, footnote_start=4)
    assert '<span class="footnote" data-n="4">The first note.</span>' in html
    assert '<span class="footnote" data-n="5">inline <em>note</em></span>' in html
    assert next_number == 6
    # No footnote section at the end: print footnotes float from where they are cited.
    assert "footnotes" not in html.replace('class="footnote"', "")


def test_footnote_numbers_continue_across_fields():
    first, n = markdown_to_html("A[^1]\n\n[^1]: one")
    second, n = markdown_to_html("B[^1] C[^2]\n\n[^1]: two\n\n[^2]: three", footnote_start=n)
    assert 'data-n="1">one' in first
    assert 'data-n="2">two' in second and 'data-n="3">three' in second
    assert n == 4


def test_text_without_footnotes_keeps_the_counter():
    html, n = markdown_to_html("Plain.", footnote_start=7)
    assert n == 7 and html == "<p>Plain.</p>"


def test_a_note_citing_itself_does_not_loop():
    html, n = markdown_to_html("X[^a]\n\n[^a]: see[^a]")
    assert html.count('class="footnote"') == 1
    assert n == 2


def test_unknown_footnote_label_stays_as_text():
    html, n = markdown_to_html("X[^missing]")
    assert "[^missing]" in html and n == 1


def test_lists_emphasis_and_headings():
    html, _ = markdown_to_html("# Title\n\n- *one*\n- **two**\n\n1. first\n2. second")
    assert "<h3>Title</h3>" in html  # user headings sit below the template's h1/h2
    assert "<ul>\n<li><em>one</em></li>\n<li><strong>two</strong></li>\n</ul>" in html
    assert "<ol>\n<li>first</li>" in html


def test_empty_text_gives_empty_markup():
    html, n = markdown_to_html("   \n", footnote_start=3)
    assert html == "" and n == 3


def test_inline_markdown_has_no_paragraph_and_same_link_rules():
    html = markdown_inline("A *b* [c](javascript:x) [d](https://e.org) <b>f</b>")
    assert html == 'A <em>b</em> c <a href="https://e.org">d</a> &lt;b&gt;f&lt;/b&gt;'


def test_deep_nesting_is_bounded():
    html, _ = markdown_to_html("> " * 5000 + "deep")
    assert 0 < html.count("<blockquote") <= 25


def test_notes_nested_3000_deep_are_printed_as_plain_text():
    text = "First paragraph.\n\n" + "".join(f"^[n{i} " for i in range(3000)) + "]" * 3000
    html, next_number = markdown_to_html(text, footnote_start=7)
    assert next_number == 7  # no note numbers are used up
    assert 'class="footnote"' not in html
    assert html.startswith("<p>First paragraph.</p>\n<p>^[n0 ^[n1 ")
    assert "<script>" not in markdown_to_html("<script>" + "^[" * 5 + "x" + "]" * 5)[0]


def test_a_note_inside_a_note_still_renders_as_before():
    html, next_number = markdown_to_html("Text.^[Outer ^[inner] note.]")
    assert '<span class="footnote" data-n="1">Outer  note.</span>' in html
    assert next_number == 2


# --------------------------------------------------------------------------------------
# Headings nest below the part the field is printed in
# --------------------------------------------------------------------------------------


def test_headings_start_at_the_level_given_and_stop_at_h6():
    html, _ = markdown_to_html("# One\n\n## Two\n\n#### Four\n\nSetext\n------", level=4)
    assert "<h4>One</h4>" in html and "<h5>Two</h5>" in html
    assert "<h6>Four</h6>" in html  # h7 does not exist
    assert "<h5>Setext</h5>" in html  # the underlined form is a heading like any other


def test_headings_move_to_the_level_a_template_asks_for():
    html, _ = markdown_to_html("# One\n\n## Two\n\n`<h3>` in code")
    moved = move_headings(html, 4)
    assert "<h4>One</h4>\n<h5>Two</h5>" in moved
    assert "&lt;h3&gt;" in moved  # text that only looks like a tag stays text
    assert move_headings(html, 3) == html
    assert "<h2>One</h2>" in move_headings(html, 2)
    assert move_headings("<h3>typed</h3>", 4) == "&lt;h3&gt;typed&lt;/h3&gt;"  # plain text


def test_the_headings_filter_in_a_template(tmp_path):
    from test_jinja import pack_with

    from briefwriter.render.jinja import render_html

    html, _ = markdown_to_html("# Why\n\nBecause.")
    pack = pack_with(tmp_path, {"page.j2": "<h3>Part</h3>{{ body|headings(4) }}"})
    out = render_html(pack, {"body": html, "brief": {}}, strict=True).html
    assert out == "<h3>Part</h3><h4>Why</h4>\n<p>Because.</p>"


# --------------------------------------------------------------------------------------
# Quotes and who said them
# --------------------------------------------------------------------------------------


QUOTE_WITH_ATTRIBUTION = """<figure class="quote">
<blockquote>
<p>We were held for seven months.</p>
</blockquote>
<figcaption>\u2014 a man held in Libya</figcaption>
</figure>"""


@pytest.mark.parametrize("text", [
    "> We were held for seven months.\n>\n> \u2014 a man held in Libya",
    "> We were held for seven months.\n>\n> -- a man held in Libya",
    "> We were held for seven months.\n> \u2014 a man held in Libya",  # its last line
])
def test_a_quote_ending_with_a_dash_line_names_who_said_it(text):
    html, _ = markdown_to_html(text)
    assert html == QUOTE_WITH_ATTRIBUTION
    assert markdown_to_html(text, typographer=True)[0] == QUOTE_WITH_ATTRIBUTION


def test_a_quote_without_attribution_is_a_styled_blockquote():
    html, _ = markdown_to_html("> Just words -- with a dash inside.\n>\n> \u2014 ")
    assert html.startswith('<blockquote class="quote">') and "figcaption" not in html
    alone, _ = markdown_to_html("> \u2014 only a dash line")
    assert alone == '<blockquote class="quote">\n<p>\u2014 only a dash line</p>\n</blockquote>'


def test_nested_quotes_each_keep_their_own_attribution():
    text = "> Outer.\n>\n> > Inner.\n> > \u2014 inner voice\n>\n> \u2014 outer voice"
    html, _ = markdown_to_html(text)
    assert html.count("<figure") == html.count("</figure>") == 2
    assert html.index("inner voice") < html.index("outer voice")
    assert html.endswith("</blockquote>\n<figcaption>\u2014 outer voice</figcaption>\n</figure>")


def test_attribution_keeps_its_formatting_and_escapes_html():
    html, _ = markdown_to_html("> Words.\n>\n> \u2014 *Ana*, <script>x()</script>")
    assert "<figcaption>\u2014 <em>Ana</em>, &lt;script&gt;x()&lt;/script&gt;</figcaption>" in html


# --------------------------------------------------------------------------------------
# Boxes for a key message
# --------------------------------------------------------------------------------------


def test_a_box_with_a_title():
    html, _ = markdown_to_html("::: box Our *key* message\nAlternatives **work**.\n:::\n\nAfter.")
    assert html == (
        '<div class="box" role="note">\n<p class="box-title">Our <em>key</em> message</p>\n'
        "<p>Alternatives <strong>work</strong>.</p>\n</div>\n<p>After.</p>"
    )


def test_a_box_without_a_title_holds_any_markdown():
    html, _ = markdown_to_html("::: Box\n- one\n- two\n\n> quoted\n:::")
    assert html.startswith('<div class="box" role="note">\n<ul>')
    assert "box-title" not in html and '<blockquote class="quote">' in html
    assert html.endswith("</div>")


@pytest.mark.parametrize("title", [
    "<script>alert(1)</script>", '" onmouseover="alert(1)', "[x](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
])
def test_a_hostile_box_title_is_only_text(title):
    html, _ = markdown_to_html(f"::: box {title}\nBody\n:::")
    assert "<script" not in html and "<img" not in html and "<a" not in html
    assert "onmouseover=" not in html.replace("&quot; onmouseover=&quot;", "")
    assert html.startswith('<div class="box" role="note">\n<p class="box-title">')


def test_raw_html_inside_boxes_quotes_and_tables_is_escaped():
    text = ("::: box\n<div onclick=x>in a box</div>\n:::\n\n> <iframe src=x>\n>\n> \u2014 <b>me</b>"
            "\n\n| <th>h</th> |\n|---|\n| <script>c()</script> |")
    html, _ = markdown_to_html(text)
    for tag in ("<div onclick", "<iframe", "<b>", "<th>h", "<script"):
        assert tag not in html
    assert "&lt;script&gt;c()&lt;/script&gt;" in html


def test_an_unclosed_box_runs_to_the_end_of_the_field_and_is_closed():
    html, _ = markdown_to_html("Before.\n\n::: box Open\nInside.\n\n# Still inside")
    assert html.endswith("<h3>Still inside</h3>\n</div>")
    assert html.count("<div") == html.count("</div>") == 1


def test_boxes_nested_thousands_deep_are_bounded():
    for text in ("::: box\n" * 3000 + "x\n",  # each a box inside the one before
                 "".join(":" * (303 - i) + " box\n" for i in range(300)) + "x\n"):
        html, _ = markdown_to_html(text)
        assert 0 < html.count("<div") == html.count("</div>") <= 25


def test_a_line_of_markdown_has_no_boxes():
    assert markdown_inline("::: box not here") == "::: box not here"


# --------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------


def test_a_pipe_table_has_column_headers_with_scope():
    html, _ = markdown_to_html("| Country | Held |\n|---|--:|\n| A | 1,200 |\n| B | *340* |")
    assert html.startswith('<table class="table">\n<thead>\n<tr>\n<th scope="col">Country</th>')
    assert '<th style="text-align:right" scope="col">Held</th>' in html
    assert '<td style="text-align:right"><em>340</em></td>' in html
    assert html.count('scope="col"') == 2 and "<td scope" not in html


def test_a_table_up_to_the_limit_is_a_table():
    rows = MAX_TABLE_ROWS_PER_FIELD - 2  # with its header and delimiter rows
    text = "| n | x |\n|---|---|\n" + "".join(f"| {i} | y |\n" for i in range(rows))
    html, _ = markdown_to_html(text)
    assert html.count("<tr>") == rows + 1


def test_a_table_of_2000_rows_is_printed_as_lines_of_text():
    text = "Intro^[a note].\n\n| n | x |\n|---|---|\n" + "".join(
        f"| {i} | <b>{i}</b> |\n" for i in range(2000))
    html, next_number = markdown_to_html(text)
    assert "<table" not in html and "<b>" not in html
    assert "| 1999 | &lt;b&gt;1999&lt;/b&gt; |" in html
    assert html.count("<br") >= 2000  # one line each, not one run of text
    assert next_number == 2 and 'class="footnote"' in html  # the rest keeps its Markdown


def test_a_long_quote_inside_one_emphasis_is_split_in_one_pass():
    # Every line break sits inside the emphasis, so none of them starts an attribution.
    text = "> *" + "\n> line".join(str(i) for i in range(50_000)) + "\n> \u2014 said*"
    html, _ = markdown_to_html(text)
    assert html.startswith('<blockquote class="quote">\n<p><em>0\nline1\n')
    assert html.endswith("\u2014 said</em></p>\n</blockquote>")


def test_escaped_characters_in_an_inline_footnote_print_as_themselves():
    html, _next = markdown_to_html("Text^[see \\[Annex\\] and \\*this\\*] end.")
    assert 'data-n="1">see [Annex] and *this*</span>' in html
    assert "< />" not in html
