"""What template a brief may name: an installed pack by name, or a folder inside the brief's own
folder; never a folder elsewhere on disk, never one found through the working folder."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import MINIMAL, sample_brief

from briefwriter.core.errors import TemplateError
from briefwriter.core.model import brief_to_data
from briefwriter.render.pipeline import render_job
from briefwriter.render.protocol import ProtocolError, check_job, make_render_job
from briefwriter.render.template_lookup import TemplateRefused, find_brief_template


@pytest.fixture
def layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A brief's folder, a good pack outside it, and the brief's folder as working folder:
    every path below leads to a real pack from the working folder, so only the rule can
    stop it."""
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    outside = tmp_path / "pack"
    shutil.copytree(MINIMAL, outside)
    (briefs / "sub").mkdir()
    (briefs / "link").symlink_to(outside)
    (briefs / "sub" / "link").symlink_to(outside)
    monkeypatch.chdir(briefs)
    return {"briefs": briefs, "outside": outside, "out": tmp_path}


def brief_job(template: str, brief_dir: Path | None, out: Path, **kwargs: Any) -> dict[str, Any]:
    return make_render_job(brief=brief_to_data(sample_brief()),
                           brief_dir=str(brief_dir) if brief_dir else None, template=template,
                           outputs={"html": str(out / "out.html")}, **kwargs)


REFUSED = ["{outside}", "../pack", "sub/../../pack", "link", "./link", "sub/link", "."]


@pytest.mark.parametrize("name", REFUSED)
def test_a_brief_cannot_name_a_folder_outside_its_own(layout, name):
    name = name.format(outside=layout["outside"])
    result = render_job(brief_job(name, layout["briefs"], layout["out"]))
    assert not result["ok"]
    assert result["error"]["kind"] == "template"
    message = result["error"]["message"]
    assert message.startswith("The brief's template '") and "brief's own folder" in message
    assert not (layout["out"] / "out.html").exists()
    with pytest.raises(TemplateRefused):
        find_brief_template(name, layout["briefs"])


def test_the_reason_is_given_in_plain_words(layout):
    def reason(name: str) -> str:
        with pytest.raises(TemplateRefused) as caught:
            find_brief_template(name, layout["briefs"])
        return caught.value.message

    assert "is an absolute path" in reason(str(layout["outside"]))
    assert "points outside the brief's folder" in reason("../pack")
    assert "symbolic link that leads outside the brief's folder" in reason("link")


def test_a_folder_path_in_an_unsaved_brief_is_refused(layout):
    with pytest.raises(TemplateRefused, match="has not been saved"):
        find_brief_template("packs/house", None)


def test_a_name_that_is_only_a_folder_in_the_working_folder_is_not_used(tmp_path, monkeypatch):
    briefs, elsewhere = tmp_path / "briefs", tmp_path / "cwd"
    briefs.mkdir()
    shutil.copytree(MINIMAL, elsewhere / "cwd-pack")
    monkeypatch.chdir(elsewhere)
    for brief_dir in (briefs, None):
        result = render_job(brief_job("cwd-pack", brief_dir, tmp_path))
        assert not result["ok"]
        assert "there is no template called 'cwd-pack'" in result["error"]["message"]


@pytest.mark.parametrize("name", ["packs/house", "./packs/house", "house-style"])
def test_a_pack_inside_the_briefs_folder_is_used(tmp_path, monkeypatch, name):
    briefs = tmp_path / "briefs"
    shutil.copytree(MINIMAL, briefs / "packs" / "house")
    shutil.copytree(MINIMAL, briefs / "house-style")
    monkeypatch.chdir(tmp_path)  # not the brief's folder: paths are read against the brief's
    result = render_job(brief_job(name, briefs, tmp_path))
    assert result["ok"], result["error"]
    assert "Migrant Voices Test Network" in (tmp_path / "out.html").read_text(encoding="utf-8")


def test_a_link_to_a_folder_inside_the_briefs_folder_is_fine(tmp_path):
    briefs = tmp_path / "briefs"
    shutil.copytree(MINIMAL, briefs / "packs" / "house")
    (briefs / "current").symlink_to(briefs / "packs" / "house")
    assert find_brief_template("current", briefs).folder == (briefs / "packs" / "house")


def test_installed_names_come_before_the_briefs_folder(tmp_path):
    briefs = tmp_path / "briefs"
    shutil.copytree(MINIMAL, briefs / "position-paper")
    assert find_brief_template("position-paper", briefs).bundled is True


def test_a_missing_folder_in_the_briefs_folder_is_an_error_not_a_refusal(tmp_path):
    with pytest.raises(TemplateError, match="is not a folder in the brief's folder") as caught:
        find_brief_template("packs/missing", tmp_path)
    assert not isinstance(caught.value, TemplateRefused)


def test_an_explicit_folder_may_be_anywhere(layout):
    job = brief_job(str(layout["outside"]), layout["briefs"], layout["out"],
                    template_source="explicit")
    result = render_job(job)
    assert result["ok"], result["error"]
    assert (layout["out"] / "out.html").exists()


def test_a_job_without_a_source_is_treated_as_the_briefs(layout):
    job = brief_job(str(layout["outside"]), layout["briefs"], layout["out"])
    del job["template_source"]
    result = render_job(job)
    assert not result["ok"] and "brief's own folder" in result["error"]["message"]


@pytest.mark.parametrize(("change", "words"), [
    ({"template_source": "anywhere"}, "'template_source' must be one of brief, explicit"),
    ({"template_source": None}, "'template_source' must be one of"),
    ({"brief_dir": "relative/folder"}, "'brief_dir' must be an absolute folder path"),
])
def test_the_protocol_refuses_other_sources_and_relative_brief_folders(tmp_path, change, words):
    job = brief_job("position-paper", tmp_path, tmp_path)
    job.update(change)
    with pytest.raises(ProtocolError, match=words):
        check_job(job)
    result = render_job(job)
    assert not result["ok"] and words.split(" must")[0] in result["error"]["message"]
