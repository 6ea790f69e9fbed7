"""A live preview that would come out the same is not laid out again: the HTML, stylesheets,
options and template files are fingerprinted, and only a preview asked for with
``skip_unchanged`` may be answered from the last one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import MINIMAL, make_job, sample_brief

from briefwriter.render import pipeline
from briefwriter.render.protocol import ProtocolError, make_render_job


@pytest.fixture(autouse=True)
def fresh_memo():
    pipeline.PREVIEWS.forget()
    yield
    pipeline.PREVIEWS.forget()


def preview(template: Path, out: Path, *, title: str = "A title", statement: str = "",
            skip: bool = True) -> dict:
    brief = sample_brief()
    brief.title = title
    brief.statement.text = statement
    job = make_job(template, out, brief=brief, mode="preview", variant="none")
    if skip:
        job["skip_unchanged"] = True
    return job


def own_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(MINIMAL, folder)
    return folder


def test_the_same_document_again_is_not_laid_out_or_written(tmp_path):
    first = pipeline.render_job(preview(MINIMAL, tmp_path))
    assert first["ok"] and not first.get("unchanged")
    out = tmp_path / "out.pdf"
    out.unlink()
    # The minimal pack does not print the oral statement: the document is the same.
    again = pipeline.render_job(preview(MINIMAL, tmp_path, statement="Not printed here."))
    assert again["ok"] and again["unchanged"] is True
    assert again["pages"] == first["pages"] and again["warnings"] == first["warnings"]
    assert "pdf_ms" not in again["timings"]
    assert not out.exists()


def test_a_change_the_paper_shows_is_rendered(tmp_path):
    pipeline.render_job(preview(MINIMAL, tmp_path))
    changed = pipeline.render_job(preview(MINIMAL, tmp_path, title="Another title"))
    assert changed["ok"] and not changed.get("unchanged")
    assert (tmp_path / "out.pdf").exists()


def test_a_tagged_preview_after_a_plain_one_is_rendered(tmp_path):
    pipeline.render_job(preview(MINIMAL, tmp_path))
    tagged = preview(MINIMAL, tmp_path)
    tagged["pdf_variant"] = "ua-1"
    again = pipeline.render_job(tagged)
    assert again["ok"] and not again.get("unchanged")


def test_an_edited_template_file_is_rendered_although_the_html_is_the_same(tmp_path):
    pack = own_pack(tmp_path)
    pipeline.render_job(preview(pack, tmp_path))
    css = pack / "style.css"
    css.write_text(css.read_text(encoding="utf-8") + "\nh1 { color: #800000; }\n",
                   encoding="utf-8")
    stat = css.stat()
    os.utime(css, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    again = pipeline.render_job(preview(pack, tmp_path))
    assert again["ok"] and not again.get("unchanged")


def test_without_the_flag_and_after_a_failure_the_preview_is_rendered(tmp_path):
    pipeline.render_job(preview(MINIMAL, tmp_path))
    plain = pipeline.render_job(preview(MINIMAL, tmp_path, skip=False))
    assert plain["ok"] and not plain.get("unchanged")
    broken = pipeline.render_job(preview(tmp_path / "no-such-pack", tmp_path))
    assert broken["ok"] is False
    after = pipeline.render_job(preview(MINIMAL, tmp_path))
    assert after["ok"] and not after.get("unchanged")  # what is shown may be the error


def test_an_export_is_never_skipped():
    with pytest.raises(ProtocolError, match="previews only"):
        make_render_job(brief={}, brief_dir=None, template="position-paper",
                        outputs={"pdf": "/tmp/x.pdf"}, mode="export", skip_unchanged=True)
