"""Template packs: manifest checks that name file, line and field; finding packs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import MINIMAL

from briefwriter.core.errors import TemplateError
from briefwriter.render import templates
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import (
    list_templates,
    load_pack,
    safe_relative_path,
    scan_templates,
    user_templates_dir,
)

GOOD = """\
manifest_version: 1
name: my-pack
title: My pack
entry: page.html.j2
stylesheets: [style.css]
page_limit: 2
kind: statement
"""


def make_pack(root: Path, manifest: str, files: tuple[str, ...] = ("page.html.j2", "style.css"),
              folder: str = "pack") -> Path:
    pack = root / folder
    pack.mkdir(parents=True)
    (pack / "template.yaml").write_text(textwrap.dedent(manifest), encoding="utf-8")
    for name in files:
        (pack / name).parent.mkdir(parents=True, exist_ok=True)
        (pack / name).write_text("<p>x</p>", encoding="utf-8")
    return pack


def test_a_good_manifest_is_read(tmp_path):
    pack = load_pack(make_pack(tmp_path, GOOD))
    assert (pack.name, pack.title, pack.entry) == ("my-pack", "My pack", "page.html.j2")
    assert (pack.stylesheets, pack.page_limit, pack.kind) == (("style.css",), 2, "statement")
    assert pack.folder == (tmp_path / "pack").resolve()


def test_the_minimal_test_pack_is_valid():
    pack = load_pack(MINIMAL)
    assert pack.name == "test-minimal" and pack.page_limit == 1


@pytest.mark.parametrize(("old", "new", "field", "line", "words"), [
    ("name: my-pack", "name: My Pack!", "name", 2, "lowercase letters"),
    ("entry: page.html.j2", "entry: ../page.html.j2", "entry", 4, "points outside"),
    ("entry: page.html.j2", "entry: /etc/passwd", "entry", 4, "absolute path"),
    ("entry: page.html.j2", "entry: missing.j2", "entry", 4, "not a file"),
    ("stylesheets: [style.css]", "stylesheets: [style.css, ../../x.css]", "stylesheets", 5,
     "points outside"),
    ("stylesheets: [style.css]", "stylesheets: {a: b}", "stylesheets", 5, "list of file names"),
    ("page_limit: 2", "page_limit: two", "page_limit", 6, "whole number"),
    ("page_limit: 2", "page_limit: -1", "page_limit", 6, "0 or more"),
    ("kind: statement", "kind: poster", "kind", 7, "paper, statement"),
    ("title: My pack", "title: [a, b]", "title", 3, "single value"),
    ("manifest_version: 1", "manifest_version: 2", "manifest_version", 1, "newer BriefWriter"),
])
def test_bad_fields_are_reported_with_file_line_and_field(tmp_path, old, new, field, line, words):
    folder = make_pack(tmp_path, GOOD.replace(old, new))
    with pytest.raises(TemplateError) as caught:
        load_pack(folder)
    error = caught.value
    assert error.template == str(folder.resolve() / "template.yaml")
    assert error.line == line
    assert f"field '{field}'" in error.message and words in error.message


def test_missing_required_field(tmp_path):
    folder = make_pack(tmp_path, GOOD.replace("title: My pack\n", ""))
    with pytest.raises(TemplateError, match="field 'title' is missing"):
        load_pack(folder)


def test_yaml_syntax_error_names_the_line(tmp_path):
    folder = make_pack(tmp_path, GOOD + "description: [unclosed\n")
    with pytest.raises(TemplateError) as caught:
        load_pack(folder)
    assert "not valid YAML" in caught.value.message and caught.value.line is not None


def test_not_a_mapping_and_not_utf8(tmp_path):
    folder = make_pack(tmp_path, "- just\n- a list\n")
    with pytest.raises(TemplateError, match="field: value"):
        load_pack(folder)
    (folder / "template.yaml").write_bytes(b"name: caf\xe9\n")
    with pytest.raises(TemplateError, match="UTF-8"):
        load_pack(folder)


def test_oversized_manifest_is_refused_without_parsing(tmp_path):
    folder = make_pack(tmp_path, GOOD + "# " + "x" * 70_000 + "\n")
    with pytest.raises(TemplateError, match="too large"):
        load_pack(folder)


@pytest.mark.parametrize("loader", ["libyaml", "python"])
def test_a_deeply_nested_manifest_is_reported_not_raised(tmp_path, monkeypatch, loader):
    if loader == "python":
        monkeypatch.setattr(templates, "_YAML_LOADER", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("PyYAML was built without libyaml here")
    folder = make_pack(tmp_path, GOOD + "title: " + "[" * 20_000 + "]" * 20_000 + "\n")
    with pytest.raises(TemplateError, match="not valid YAML") as caught:
        load_pack(folder)
    assert caught.value.template == str(folder.resolve() / "template.yaml")


def test_entry_through_a_symlink_leading_out_is_refused(tmp_path):
    (tmp_path / "outside.j2").write_text("secret")
    folder = make_pack(tmp_path, GOOD.replace("page.html.j2", "link.j2"), files=("style.css",))
    (folder / "link.j2").symlink_to(tmp_path / "outside.j2")
    with pytest.raises(TemplateError, match="symbolic link"):
        load_pack(folder)


def test_unknown_fields_are_noted_not_fatal(tmp_path):
    pack = load_pack(make_pack(tmp_path, GOOD + "colour: blue\n"))
    assert pack.notes == ("unknown field 'colour' ignored",)


def test_no_manifest(tmp_path):
    with pytest.raises(TemplateError, match=r"no template\.yaml"):
        load_pack(tmp_path)


def test_safe_relative_path_rules(tmp_path):
    assert safe_relative_path(tmp_path, "a/b.css") == (tmp_path / "a" / "b.css").resolve()
    bad_paths = ("", "../x", "a/../../x", "/etc/passwd", "C:\\x", "\\\\server\\share",
                 "a\\..\\..\\x", "x\x00y")
    for bad in bad_paths:
        with pytest.raises(ValueError):
            safe_relative_path(tmp_path, bad)


# --------------------------------------------------------------------------------------
# Finding packs
# --------------------------------------------------------------------------------------


def test_user_folder_comes_from_the_environment(isolated_user_templates):
    assert user_templates_dir() == isolated_user_templates


def test_bundled_names_win_and_clashing_user_packs_carry_a_note(isolated_user_templates):
    bundled = [p for p in list_templates() if p.bundled]
    assert bundled, "the bundled templates should be found"
    clash = bundled[0].name
    make_pack(isolated_user_templates, GOOD.replace("my-pack", clash), folder=clash)
    make_pack(isolated_user_templates, GOOD, folder="my-pack")
    packs = list_templates()
    user = [p for p in packs if not p.bundled]
    assert {p.name for p in user} == {clash, "my-pack"}
    assert "a bundled template is also called" in next(p for p in user if p.name == clash).note
    assert find_template(clash).bundled is True
    assert find_template("my-pack").folder == (isolated_user_templates / "my-pack").resolve()
    assert not next(p for p in user if p.name == "my-pack").note


def test_a_user_pack_is_found_by_name_only_in_the_folder_of_that_name(isolated_user_templates):
    # Looking a name up opens that one folder; a pack elsewhere is listed, with the reason it
    # cannot be chosen by its name.
    make_pack(isolated_user_templates, GOOD, folder="my-pack-v2")
    (listed,) = [p for p in list_templates() if not p.bundled]
    assert listed.name == "my-pack" and "must be called 'my-pack'" in listed.note
    with pytest.raises(TemplateError, match="there is no template called 'my-pack'"):
        find_template("my-pack")


def test_every_bundled_pack_lives_in_a_folder_of_its_own_name():
    # Finding a bundled pack by name looks only in the folder of that name.
    for pack in (p for p in list_templates() if p.bundled):
        assert pack.folder.name == pack.name
        assert find_template(pack.name) == pack


def test_broken_user_pack_is_reported_not_raised(isolated_user_templates):
    make_pack(isolated_user_templates, GOOD.replace("name: my-pack", "name: Bad Name"))
    packs, problems = scan_templates()
    assert all(p.name != "Bad Name" for p in packs)
    assert len(problems) == 1 and "lowercase" in problems[0].message


def test_symlinked_pack_folder_in_the_user_folder_is_refused(isolated_user_templates, tmp_path):
    real = make_pack(tmp_path, GOOD, folder="elsewhere")
    (isolated_user_templates / "linked").symlink_to(real)
    packs, problems = scan_templates()
    assert all(p.name != "my-pack" for p in packs)
    assert any("symbolic link" in p.message for p in problems)


def test_find_by_folder_path(tmp_path):
    folder = make_pack(tmp_path, GOOD)
    assert find_template(str(folder)).name == "my-pack"
    assert find_template(folder / "template.yaml").name == "my-pack"


def test_unknown_name_lists_the_available_ones():
    with pytest.raises(TemplateError) as caught:
        find_template("no-such-template")
    names = [p.name for p in list_templates()]
    assert "no-such-template" in caught.value.message
    assert all(name in caught.value.message for name in names)


def test_missing_folder_path():
    with pytest.raises(TemplateError, match="no such template folder"):
        find_template("/no/such/folder/at/all")


# --------------------------------------------------------------------------------------
# What a pack shows
# --------------------------------------------------------------------------------------


def test_a_manifest_without_shows_shows_every_part(tmp_path):
    assert load_pack(make_pack(tmp_path, GOOD)).shows == templates.SHOWABLE_PARTS


def test_shows_is_read_in_order_without_repeats(tmp_path):
    pack = load_pack(make_pack(tmp_path, GOOD + "shows: [summary, asks, summary, sections]\n"))
    assert pack.shows == ("summary", "asks", "sections")
    block = load_pack(make_pack(tmp_path, GOOD + "shows:\n  - statement\n", folder="b"))
    assert block.shows == ("statement",)
    nothing = load_pack(make_pack(tmp_path, GOOD + "shows: []\n", folder="c"))
    assert nothing.shows == ()


@pytest.mark.parametrize(("shows", "line", "words"), [
    ("shows: [summary, recomendations]", 8, "'recomendations' is not a part of a brief"),
    ("shows:\n  - summary\n  - asks\n  - evidense", 11, "'evidense' is not a part of a brief"),
    ("shows: {summary: yes}", 8, "must be a list of part names"),
    ("shows: [[summary]]", 8, "must be a list of part names"),
    ("shows:", 8, "is empty: leave it out"),
])
def test_bad_shows_names_file_line_and_the_known_parts(tmp_path, shows, line, words):
    folder = make_pack(tmp_path, GOOD + shows + "\n")
    with pytest.raises(TemplateError) as caught:
        load_pack(folder)
    error = caught.value
    assert error.template == str(folder.resolve() / "template.yaml")
    assert error.line == line
    assert "field 'shows'" in error.message and words in error.message
    assert "key_messages" in error.message  # the names that would do


def test_every_bundled_pack_says_what_it_shows():
    shows = {p.name: p.shows for p in list_templates() if p.bundled}
    assert "recommendations" in shows["position-paper"]
    assert "recommendations" not in shows["two-page-brief"]
    assert {"summary", "asks", "evidence", "sections"} <= set(shows["two-page-brief"])
    assert shows["oral-statement"] == ("statement",)
    assert {"key_messages", "asks", "gcm", "cosignatories"} <= set(shows["joint-letter"])
    assert "recommendations" not in shows["joint-letter"]
    for name in shows:
        text = (templates.bundled_templates_dir() / name / "template.yaml").read_text("utf-8")
        assert "\nshows:" in text, f"{name} relies on the default"
