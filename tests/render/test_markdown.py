"""The user's Markdown as HTML: what a template receives, and what it can never receive."""

from __future__ import annotations

import pytest

from briefwriter.render.markdown import link_is_allowed, markdown_inline, markdown_to_html


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
    assert html.count("<blockquote>") <= 25


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
