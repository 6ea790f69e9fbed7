"""Customising, renaming, removing, packing and installing template packs: only the user's
template folder changes, refusals write nothing, and a shared pack arrives intact."""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from briefwriter.render.packs import (
    PackError,
    customise_pack,
    delete_pack,
    install_pack,
    open_pack_zip,
    pack_zip,
    remove_pack,
    rename_pack,
    revert_pack,
)
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import (
    bundled_templates_dir,
    list_templates,
    load_pack,
    manifest_with_fields,
)

MANIFEST = """\
manifest_version: 1
# Our organisation's paper.
name: {name}
title: Our paper
version: "2.3"
author: Migrant Voices
licence: CC-BY-4.0
entry: template.html.j2
stylesheets: [style.css]
"""


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def write_pack(folder: Path, name: str = "our-paper", manifest: str = MANIFEST) -> Path:
    folder.mkdir(parents=True)
    (folder / "template.yaml").write_text(manifest.format(name=name), encoding="utf-8")
    (folder / "template.html.j2").write_text("<h1>{{ brief.title }}</h1>", encoding="utf-8")
    (folder / "style.css").write_text("h1 { color: var(--brand-accent); }", encoding="utf-8")
    return folder


def zip_of(folder: Path, out: Path, *, root: str | None = None) -> Path:
    root = folder.name if root is None else root
    with zipfile.ZipFile(out, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{root}/{path.relative_to(folder).as_posix()}" if root
                              else path.relative_to(folder).as_posix())
    return out


@pytest.fixture
def user(isolated_user_templates) -> Path:
    return isolated_user_templates


# --------------------------------------------------------------------------------------
# Customise, revert, rename, delete
# --------------------------------------------------------------------------------------


def test_customise_copies_a_bundled_pack_under_a_new_name(user):
    source = find_template("position-paper")
    pack = customise_pack(source, "our-paper", "Our position paper")
    assert pack.folder == (user / "our-paper").resolve() and not pack.bundled
    assert (pack.name, pack.title, pack.based_on, pack.version) == (
        "our-paper", "Our position paper", "position-paper", "1.0")
    assert (pack.author, pack.licence) == (source.author, source.licence)
    mine, theirs = files_of(pack.folder), files_of(source.folder)
    assert set(mine) == set(theirs)
    assert all(mine[n] == theirs[n] for n in mine if n != "template.yaml")
    # The author's comments in the manifest are kept.
    assert "# The parts of a brief this template prints" in mine["template.yaml"].decode()
    assert "our-paper" in [p.name for p in list_templates()]
    assert {p.name for p in user.iterdir()} == {"our-paper"}  # no temporary folder left


def test_unfinished_copies_are_not_listed(user):
    write_pack(user / ".our-paper.copying-x1y2", name="our-paper")
    assert "our-paper" not in [p.name for p in list_templates()]


def test_a_failed_replace_keeps_the_old_pack(user, tmp_path, monkeypatch):
    old = files_of(write_pack(user / "our-paper"))
    newer = write_pack(tmp_path / "our-paper", manifest=MANIFEST.replace('"2.3"', '"3.0"'))
    out = zip_of(newer, tmp_path / "our-paper.zip")
    real_rename = os.rename

    def failing(src, dst):
        if Path(dst) == user / "our-paper" and "copying" in Path(src).name:
            raise OSError(28, "No space left on device")
        return real_rename(src, dst)

    monkeypatch.setattr(os, "rename", failing)
    with open_pack_zip(out) as staged, pytest.raises(PackError, match="No space left"):
        install_pack(staged, replace=True)
    assert files_of(user) == {f"our-paper/{n}": data for n, data in old.items()}
    assert {p.name for p in user.iterdir()} == {"our-paper"}


@pytest.mark.parametrize(("name", "words"), [
    ("position-paper", "bundled template is already called"),
    ("Our Paper", "cannot be a template name"),
    ("../escape", "cannot be a template name"),
    ("", "cannot be a template name"),
])
def test_customise_refuses_bad_or_taken_names(user, name, words):
    with pytest.raises(PackError, match=words):
        customise_pack(find_template("two-page-brief"), name, "Title")
    assert tree(user) == set()


def test_customise_refuses_a_name_the_user_already_has(user):
    customise_pack(find_template("two-page-brief"), "mine", "Mine")
    before = files_of(user)
    with pytest.raises(PackError, match="you already have a template called 'mine'"):
        customise_pack(find_template("position-paper"), "mine", "Other")
    assert files_of(user) == before and {p.name for p in user.iterdir()} == {"mine"}


def test_a_pack_with_a_link_in_it_is_not_copied(user, tmp_path):
    source = write_pack(tmp_path / "src")
    (source / "secret.css").symlink_to("/etc/hostname")
    with pytest.raises(PackError, match=r"secret\.css"):
        customise_pack(load_pack(source), "copy", "Copy")
    assert tree(user) == set()


def test_revert_brings_back_the_original_files_keeping_name_and_title(user):
    pack = customise_pack(find_template("two-page-brief"), "short", "Our short brief")
    (pack.folder / "style.css").write_text("body { color: red }", encoding="utf-8")
    (pack.folder / "extra.css").write_text("p {}", encoding="utf-8")
    reverted = revert_pack(load_pack(pack.folder))
    assert (reverted.name, reverted.title, reverted.based_on) == (
        "short", "Our short brief", "two-page-brief")
    original = files_of(bundled_templates_dir() / "two-page-brief")
    assert files_of(reverted.folder)["style.css"] == original["style.css"]
    assert set(files_of(reverted.folder)) == set(original)
    assert {p.name for p in user.iterdir()} == {"short"}  # no temporary or old folder left


def test_revert_needs_a_pack_it_was_based_on(user):
    pack = load_pack(write_pack(user / "our-paper"))
    with pytest.raises(PackError, match="not made from another template"):
        revert_pack(pack)


def test_rename_moves_the_folder_and_changes_the_manifest(user):
    pack = customise_pack(find_template("two-page-brief"), "draft", "Draft")
    renamed = rename_pack(pack, "final", "Final brief")
    assert renamed.folder == (user / "final").resolve()
    assert (renamed.name, renamed.title, renamed.based_on) == (
        "final", "Final brief", "two-page-brief")
    assert {p.name for p in user.iterdir()} == {"final"}
    retitled = rename_pack(renamed, "final", "Final brief, 2nd")
    assert retitled.title == "Final brief, 2nd" and {p.name for p in user.iterdir()} == {"final"}


def test_rename_refuses_a_taken_name(user):
    one = customise_pack(find_template("two-page-brief"), "one", "One")
    customise_pack(find_template("two-page-brief"), "two", "Two")
    with pytest.raises(PackError, match="already have a template called 'two'"):
        rename_pack(one, "two", "Two again")
    assert load_pack(user / "two").title == "Two" and load_pack(user / "one").title == "One"


def test_bundled_packs_cannot_be_changed(user):
    bundled = find_template("position-paper")
    before = files_of(bundled.folder)
    for action in (lambda: delete_pack(bundled), lambda: revert_pack(bundled),
                   lambda: rename_pack(bundled, "other", "Other")):
        with pytest.raises(PackError, match="not in your template folder"):
            action()
    with pytest.raises(PackError, match="bundled template"):
        remove_pack("position-paper")
    assert files_of(bundled.folder) == before


def test_delete_and_remove_take_the_folder_away(user):
    pack = customise_pack(find_template("two-page-brief"), "gone", "Gone")
    delete_pack(pack)
    assert list(user.iterdir()) == []
    broken = user / "broken"
    broken.mkdir()
    (broken / "template.yaml").write_text("name: [", encoding="utf-8")
    remove_pack("broken")  # a broken pack can still be removed by name
    assert list(user.iterdir()) == []
    with pytest.raises(PackError, match="no template called 'nothing'"):
        remove_pack("nothing")


def test_remove_does_not_follow_a_link(user, tmp_path):
    outside = write_pack(tmp_path / "outside")
    (user / "linked").symlink_to(outside)
    with pytest.raises(PackError, match="symbolic link"):
        remove_pack("linked")
    assert (outside / "template.yaml").is_file()


def test_manifest_fields_are_changed_in_place():
    text = MANIFEST.format(name="old") + "description: >-\n  two\n  lines\nkind: paper\n"
    new = manifest_with_fields(text, Path("template.yaml"), {
        "name": "new", "description": "one: line", "based_on": "old"})
    assert "# Our organisation's paper.\nname: \"new\"\ntitle: Our paper\n" in new
    assert 'description: "one: line"\nkind: paper\nbased_on: "old"\n' in new


# --------------------------------------------------------------------------------------
# Sharing
# --------------------------------------------------------------------------------------


def test_round_trip_customise_pack_install_under_a_new_name(user, tmp_path, scratch):
    pack = customise_pack(find_template("position-paper"), "our-paper", "Our paper")
    out = pack_zip(pack.folder, tmp_path / "our-paper.zip")
    assert all(n.startswith("our-paper/") for n in zipfile.ZipFile(out).namelist())
    made = files_of(pack.folder)
    delete_pack(pack)
    with open_pack_zip(out) as staged:
        assert (staged.pack.name, staged.pack.author, staged.pack.version) == (
            "our-paper", "BriefWriter", "1.0")
        assert staged.problems == [] and staged.clash is None
        assert not staged.pack.folder.is_relative_to(user)  # previewed from staging
        installed = install_pack(staged)
    assert files_of(installed.folder) == made
    assert installed.folder == (user / "our-paper").resolve()
    assert list(scratch.iterdir()) == []  # the staging folder is gone


def test_a_pack_at_the_top_of_the_zip_installs_too(user, tmp_path):
    source = write_pack(tmp_path / "src")
    out = zip_of(source, tmp_path / "flat.zip", root="")
    with open_pack_zip(out) as staged:
        pack = install_pack(staged)
    assert files_of(pack.folder) == files_of(source)


def _assert_nothing_written(user: Path, scratch: Path, action) -> str:
    before_user, before_scratch = tree(user), tree(scratch)
    with pytest.raises(PackError) as caught:
        action()
    assert tree(user) == before_user and tree(scratch) == before_scratch
    return str(caught.value)


def test_a_hostile_zip_writes_nothing_anywhere(user, tmp_path, scratch):
    out = tmp_path / "evil.zip"
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("pack/template.yaml", MANIFEST.format(name="pack"))
        archive.writestr("../../evil.css", "x")
    message = _assert_nothing_written(user, scratch, lambda: open_pack_zip(out))
    assert "evil.zip" in message and "../../evil.css" in message


def test_a_link_in_a_zip_is_refused(user, tmp_path, scratch):
    out = tmp_path / "link.zip"
    link = zipfile.ZipInfo("pack/style.css")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("pack/template.yaml", MANIFEST.format(name="pack"))
        archive.writestr(link, "/etc/passwd")
    message = _assert_nothing_written(user, scratch, lambda: open_pack_zip(out))
    assert "pack/style.css" in message and "symbolic link" in message


def test_a_zip_bomb_writes_nothing_anywhere(user, tmp_path, scratch):
    out = tmp_path / "bomb.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("pack/template.yaml", MANIFEST.format(name="pack"))
        archive.writestr("pack/style.css", bytes(30 * 1024 * 1024))
    message = _assert_nothing_written(user, scratch, lambda: open_pack_zip(out))
    assert "pack/style.css" in message and "100 to 1" in message


def test_a_broken_manifest_is_refused_naming_its_line(user, tmp_path, scratch):
    source = write_pack(tmp_path / "src", manifest=MANIFEST.replace("name: {name}",
                                                                    "name: Not A Name"))
    out = zip_of(source, tmp_path / "broken.zip", root="src")
    message = _assert_nothing_written(user, scratch, lambda: open_pack_zip(out))
    assert "broken.zip: src/template.yaml, line 3: field 'name'" in message
    assert str(scratch) not in message


@pytest.mark.parametrize("entries", [
    [],  # an empty zip
    [("readme.txt", "hello")],
    [("a/template.yaml", "x"), ("b/template.yaml", "y")],
])
def test_a_zip_without_one_pack_is_refused(user, tmp_path, scratch, entries):
    out = tmp_path / "nopack.zip"
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in entries:
            archive.writestr(name, text)
    message = _assert_nothing_written(user, scratch, lambda: open_pack_zip(out))
    assert "nopack.zip is not a template pack" in message


def test_a_name_clash_needs_replace(user, tmp_path, scratch):
    write_pack(user / "our-paper")
    newer = write_pack(tmp_path / "our-paper", manifest=MANIFEST.replace('"2.3"', '"3.0"'))
    out = zip_of(newer, tmp_path / "our-paper.zip")
    with open_pack_zip(out) as staged:
        assert staged.clash is not None and staged.clash.version == "2.3"
        before = files_of(user)
        with pytest.raises(PackError, match="already have a template called 'our-paper'"):
            install_pack(staged)
        assert files_of(user) == before
        installed = install_pack(staged, replace=True)
    assert installed.version == "3.0" and load_pack(user / "our-paper").version == "3.0"
    assert {p.name for p in user.iterdir()} == {"our-paper"}  # the old copy is gone


def test_a_clash_with_a_bundled_pack_is_always_refused(user, tmp_path, scratch):
    bundled = bundled_templates_dir() / "two-page-brief"
    out = zip_of(bundled, tmp_path / "two.zip")
    with open_pack_zip(out) as staged:
        assert staged.clash is not None and staged.clash.bundled
        for replace in (False, True):
            with pytest.raises(PackError, match="bundled template is already called"):
                install_pack(staged, replace=replace)
    assert tree(user) == set() and tree(scratch) == set()


def test_pack_zip_refuses_a_broken_pack(tmp_path):
    source = write_pack(tmp_path / "src")
    (source / "style.css").unlink()
    with pytest.raises(PackError, match=r"template\.yaml:9: error: field 'stylesheets'"):
        pack_zip(source, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_a_pack_that_fails_lint_is_shown_but_not_installed(user, tmp_path, scratch):
    # The manifest reads, so the person sees what the pack is; the misspelt field is one of
    # the errors template lint finds, and it stops the install with its file and line.
    source = write_pack(tmp_path / "src")
    zipped = tmp_path / "typo.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        for path in sorted(source.iterdir()):
            text = path.read_text(encoding="utf-8")
            if path.name == "template.html.j2":
                text = "<h1>{{ brief.title }}</h1>\n<p>{{ brief.organisaton.name }}</p>"
            archive.writestr(f"our-paper/{path.name}", text)
    before = tree(user)
    with open_pack_zip(zipped) as staged:
        assert staged.pack.name == "our-paper"
        assert [e.split(": error")[0] for e in staged.errors] == ["template.html.j2:2:13"]
        assert staged.errors[0] in staged.problems
        with pytest.raises(PackError, match=r"template\.html\.j2:2:13: error: .*organisaton"):
            install_pack(staged)
    assert tree(user) == before and list(scratch.iterdir()) == []
