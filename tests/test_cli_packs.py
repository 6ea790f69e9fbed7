"""``briefwriter templates pack / install / remove`` as a person uses them: what they see,
what lands in their template folder, and plain refusals without tracebacks."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pytest

from briefwriter.cli import main
from briefwriter.paths import templates_dir
from briefwriter.render.templates import forget_read_packs


@pytest.fixture(autouse=True)
def user(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "user-templates"
    monkeypatch.setenv("BRIEFWRITER_TEMPLATES_DIR", str(folder))
    monkeypatch.setenv("TMPDIR", str(tmp_path))  # staging folders, watched by the tests
    monkeypatch.setattr(tempfile, "tempdir", None)
    forget_read_packs()
    return folder


def our_pack(tmp_path: Path, version: str = "1.0") -> Path:
    """A copy of a bundled pack renamed ``our-brief``, as a person would make it."""
    folder = tmp_path / "our-brief"
    folder.mkdir()
    for path in (templates_dir() / "two-page-brief").iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    manifest = folder / "template.yaml"
    text = manifest.read_text("utf-8").replace("name: two-page-brief", "name: our-brief")
    manifest.write_text(text.replace('version: "1.0"', f'version: "{version}"')
                        .replace("author: BriefWriter", "author: Migrant Voices"), "utf-8")
    return folder


def test_pack_install_remove(tmp_path, user, capsys):
    source = our_pack(tmp_path)
    out = tmp_path / "our-brief.zip"
    assert main(["templates", "pack", str(source), "-o", str(out)]) == 0
    assert "Wrote" in capsys.readouterr().out
    assert "our-brief/template.yaml" in zipfile.ZipFile(out).namelist()

    assert main(["templates", "install", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Two-page brief (our-brief, version 1.0)" in printed
    assert "Author:      Migrant Voices    Licence: CC-BY-4.0" in printed
    assert (user / "our-brief" / "template.yaml").read_bytes() == \
        (source / "template.yaml").read_bytes()

    assert main(["templates", "list"]) == 0
    assert "our-brief" in capsys.readouterr().out

    assert main(["templates", "remove", "our-brief"]) == 0
    assert not (user / "our-brief").exists()


def test_pack_refuses_to_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "our-brief.zip"
    out.write_bytes(b"mine")
    assert main(["templates", "pack", str(our_pack(tmp_path)), "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err and out.read_bytes() == b"mine"
    assert main(["templates", "pack", str(tmp_path / "our-brief"), "-o", str(out),
                 "--force"]) == 0
    assert zipfile.is_zipfile(out)


def test_install_a_clash_needs_replace(tmp_path, user, capsys):
    main(["templates", "pack", str(our_pack(tmp_path)), "-o", str(tmp_path / "1.zip")])
    main(["templates", "install", str(tmp_path / "1.zip")])
    (tmp_path / "v2").mkdir()
    newer = our_pack(tmp_path / "v2", version="2.0")
    main(["templates", "pack", str(newer), "-o", str(tmp_path / "2.zip")])
    capsys.readouterr()
    assert main(["templates", "install", str(tmp_path / "2.zip")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "already have a template called 'our-brief'" in err
    assert 'version: "1.0"' in (user / "our-brief" / "template.yaml").read_text("utf-8")
    assert main(["templates", "install", str(tmp_path / "2.zip"), "--replace"]) == 0
    assert 'version: "2.0"' in (user / "our-brief" / "template.yaml").read_text("utf-8")


def test_install_refuses_a_hostile_zip_and_writes_nothing(tmp_path, user, capsys):
    out = tmp_path / "evil.zip"
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("../../../outside.css", "x")
    before = sorted(tmp_path.rglob("*"))
    assert main(["templates", "install", str(out)]) == 1
    err = capsys.readouterr().err
    assert "evil.zip" in err and "outside" in err and "Traceback" not in err
    assert sorted(tmp_path.rglob("*")) == before and not user.exists()


def test_install_a_bundled_name_is_refused(tmp_path, capsys):
    out = tmp_path / "two.zip"
    with zipfile.ZipFile(out, "w") as archive:
        for path in (templates_dir() / "two-page-brief").iterdir():
            archive.write(path, f"two-page-brief/{path.name}")
    assert main(["templates", "install", str(out), "--replace"]) == 1
    assert "bundled template is already called 'two-page-brief'" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "words"), [
    (["templates", "remove", "position-paper"], "bundled template"),
    (["templates", "remove", "nothing-here"], "no template called 'nothing-here'"),
    (["templates", "install", "missing.zip"], "missing.zip: no such file"),
    (["templates", "install"], "needs NAME.brieftemplate.zip"),
    (["templates", "pack"], "needs DIR"),
])
def test_mistakes_get_plain_messages(argv, words, capsys):
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_pack_without_output_is_named_after_the_pack(tmp_path, user, monkeypatch, capsys):
    """Shared packs end in .brieftemplate.zip (their desktop file type); -o is optional."""
    folder = our_pack(tmp_path)
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert main(["templates", "pack", str(folder)]) == 0
    assert "our-brief.brieftemplate.zip" in capsys.readouterr().out
    written = here / "our-brief.brieftemplate.zip"
    assert "our-brief/template.yaml" in zipfile.ZipFile(written).namelist()
    assert main(["templates", "pack", str(folder)]) == 1  # never overwritten unasked
    assert "already exists" in capsys.readouterr().err
    assert main(["templates", "install", str(written)]) == 0
    assert (user / "our-brief" / "template.yaml").is_file()
