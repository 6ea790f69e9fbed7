"""Safe YAML reading (values, lines, refusals) and readable YAML writing."""

from __future__ import annotations

import pytest
import yaml

from briefwriter.core.errors import BriefFileError
from briefwriter.core.yamlio import MAX_DEPTH, FlowList, dump_yaml, parse_yaml


def problems_of(text: str) -> list:
    with pytest.raises(BriefFileError) as caught:
        parse_yaml(text)
    return caught.value.problems


def test_values_and_standard_types():
    doc = parse_yaml(
        "a: text\nb: 12\nc: 1.5\nd: true\ne: ~\nf: '12'\ng: 2026-05-05\nh: [x, 2]\ni: {j: k}\n"
    )
    assert doc.data == {
        "a": "text",
        "b": 12,
        "c": 1.5,
        "d": True,
        "e": None,
        "f": "12",
        "g": "2026-05-05",  # timestamps stay text as written
        "h": ["x", 2],
        "i": {"j": "k"},
    }


def test_every_value_has_its_line():
    doc = parse_yaml("title: A\nlist:\n  - one\n  - two\nmap:\n  inner:\n    deep: 3\n")
    assert doc.lines[("title",)] == 1
    assert doc.lines[("list",)] == 2
    assert doc.lines[("list", 0)] == 3
    assert doc.lines[("list", 1)] == 4
    assert doc.lines[("map", "inner", "deep")] == 7
    # A path without its own entry falls back to the nearest ancestor.
    assert doc.line_of(("map", "inner", "deep", "missing")) == 7


def test_unquoted_non_text_scalars_keep_their_written_text():
    doc = parse_yaml("country: NO\nyear: 2026\nquoted: 'yes'\n")
    assert doc.data["country"] is False
    assert doc.plain_text[("country",)] == "NO"
    assert doc.plain_text[("year",)] == "2026"
    assert ("quoted",) not in doc.plain_text


def test_byte_order_mark_is_fine():
    assert parse_yaml("\ufefftitle: x\n").data == {"title": "x"}


def test_keys_are_text_as_written():
    # YAML 1.1 would make these a boolean, None and a number; as field names they are text.
    assert list(parse_yaml("yes: 1\n~: 2\n3: 3\n").data) == ["yes", "~", "3"]


def test_merge_key_is_not_expanded():
    doc = parse_yaml("a:\n  <<: {b: 1}\n")
    assert doc.data == {"a": {"<<": {"b": 1}}}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a: &x 1\n", 1, "anchors"),
        ("a: 1\nb: *x\n", 2, "aliases"),
        ("a: 1\nb: !!python/object/apply:os.system [ls]\n", 2, "Python tag"),
        ("a: 1\n\nb: !!python/name:os.system\n", 3, "Python tag"),
        ("a: !custom 3\n", 1, "custom tag '!custom'"),
        ("a: !!binary aGVsbG8=\n", 1, "YAML tag '!!binary'"),
        ("a: !!set {x}\n", 1, "YAML tag '!!set'"),
        ("a: 1\nb: 2\na: 3\n", 3, "appears twice (first at line 1)"),
        ("a: 1\n---\nb: 2\n", 2, "more than one YAML document"),
        ("a: [1,\n", 2, "not valid YAML"),
        ("a: b: c\n", 1, "must be put in quotes"),
        ("a: !!int twelve\n", 1, "not a valid value for the tag '!!int'"),
        ("? [a, b]\n: c\n", 1, "field name must be plain text"),
    ],
)
def test_refusals_name_the_line(text, line, words):
    problems = problems_of(text)
    assert any(p.line == line and words in p.message for p in problems), problems


def test_all_problems_are_reported_not_only_the_first():
    problems = problems_of("a: &x 1\nb: *x\nc: !foo 2\nd: 1\nd: 2\n")
    assert [p.line for p in problems] == [1, 2, 3, 5]


def test_alias_is_refused_before_anything_expands():
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i, name in enumerate("bcdefghi"):
        prev = "abcdefghi"[i]
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    problems = problems_of("\n".join(lines) + "\n")
    assert problems[0].line == 1 and "anchors" in problems[0].message
    assert len(problems) <= 100  # capped, however many aliases the file holds


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 500, 5000])
def test_deep_nesting_is_refused_without_recursion(depth):
    # Whichever parser notices first (ours at MAX_DEPTH, libyaml's own limit further on),
    # the person is told the same thing, with the line.
    problems = problems_of("title: x\na: " + "[" * depth + "]" * depth + "\n")
    assert [(p.code, p.line) for p in problems] == [("too-deep", 2)]
    assert f"more than {MAX_DEPTH} levels" in problems[0].message


def test_deep_block_nesting_is_refused_at_the_line_it_goes_too_deep():
    text = "a:\n" + "".join("  " * i + "-\n" for i in range(1, 3000))
    problems = problems_of(text)
    assert [(p.code, p.line) for p in problems] == [("too-deep", MAX_DEPTH + 1)]


def test_nesting_up_to_the_limit_is_fine():
    depth = MAX_DEPTH - 1  # the top-level mapping is the first level
    doc = parse_yaml("a: " + "[" * depth + "]" * depth + "\n")
    value = doc.data["a"]
    for _ in range(depth - 1):
        value = value[0]
    assert value == []


@pytest.mark.parametrize("text", ["", "   \n", "# just a comment\n"])
def test_empty_file(text):
    assert [p.message for p in problems_of(text)] == ["The file is empty"]


def test_control_characters_are_refused_with_line():
    problems = problems_of("a: 1\nb: x\x07y\n")
    assert problems[0].line == 2 and "U+0007" in problems[0].message


def test_dump_is_readable_and_reads_back():
    data = {
        "title": "Rien sur nous sans nous — لا شيء عنا بدوننا",
        "summary": "First paragraph.\n\nSecond paragraph.\n",
        "date": "2026-05-05",
        "count": 3,
        "gcm": {"actions": FlowList(["29(c)", "24(a)"])},
        "items": ["one", "two"],
        "long": "word " * 99 + "end",
    }
    text = dump_yaml(data, "# header\n")
    assert text.startswith("# header\ntitle: Rien sur nous sans nous — لا شيء عنا بدوننا\n")
    assert "summary: |\n  First paragraph.\n\n  Second paragraph.\n" in text
    assert "date: '2026-05-05'\n" in text  # quoted: it must stay text
    assert "actions: [29(c), 24(a)]\n" in text
    assert "items:\n  - one\n  - two\n" in text
    assert "long: " + "word " * 99 + "end\n" in text  # long lines are not folded
    assert yaml.safe_load(text) == data
    assert parse_yaml(text).data == data


@pytest.mark.parametrize(
    "value",
    [
        "trailing space  \nnext",
        "  leading\nspaces",
        "ends without newline\nx",
        "many newlines\n\n\n",
        "tab\there\nand there",
        "windows\r\nline",
        "separator\u2028inside",
        "next line\x85inside",
        "bell\x07 and escape\x1b",
        "- looks like a list\n# and a comment",
        "key: value\n  indented",
        "",
        "\n",
    ],
)
def test_awkward_text_survives_a_round_trip(value):
    text = dump_yaml({"v": value, "w": [value]})
    assert parse_yaml(text).data == {"v": value, "w": [value]}


def test_too_many_values_are_refused(monkeypatch):
    from briefwriter.core import yamlio

    monkeypatch.setattr(yamlio, "MAX_VALUES", 100)
    parse_yaml("a: [" + ", ".join(["1"] * 90) + "]\n")
    problems = problems_of("a: [" + ", ".join(["1"] * 200) + "]\n")
    assert [p.code for p in problems] == ["too-many-values"]
