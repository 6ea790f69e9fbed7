"""``briefwriter render`` with several briefs and templates: export sets and batches."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
import pytest

from briefwriter import batch
from briefwriter.cli import main
from briefwriter.render.templates import list_templates

TEMPLATES = ("oral-statement", "two-page-brief")  # both render a near-empty brief quickly


def _brief(folder: Path, stem: str, title: str) -> Path:
    path = folder / f"{stem}.brief.yaml"
    assert main(["new", str(path), "--force"]) == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: ''", f"title: {title}", 1), encoding="utf-8")
    assert f"title: {title}" in path.read_text(encoding="utf-8")
    return path


def _broken(folder: Path) -> Path:
    path = folder / "bad.brief.yaml"
    path.write_text("schema_version: 2\ntitle: [not, text]\nlanguage: en\n", encoding="utf-8")
    return path


def _title(pdf: Path) -> str:
    assert pdf.read_bytes().startswith(b"%PDF-")
    return pypdf.PdfReader(pdf).metadata.title


@pytest.fixture
def briefs(tmp_path, capsys) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    _brief(folder, "alpha", "Alpha paper")
    _brief(folder, "beta", "Beta paper")
    capsys.readouterr()
    return folder


def test_two_briefs_with_two_templates_make_four_named_files(briefs, tmp_path, capsys):
    out = tmp_path / "out"
    args = ["render", str(briefs / "alpha.brief.yaml"), str(briefs / "beta.brief.yaml"),
            "--template", TEMPLATES[0], "--template", TEMPLATES[1], "-o", f"{out}/"]
    assert main(args) == 0
    for stem, title in (("alpha", "Alpha paper"), ("beta", "Beta paper")):
        for template in TEMPLATES:
            assert _title(out / f"{stem}--{template}.pdf") == title
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{s}--{t}.pdf" for s in ("alpha", "beta") for t in TEMPLATES)
    lines = capsys.readouterr().out.splitlines()
    # not a terminal: one plain line per finished document, then the summary
    assert sorted(line.split("] ")[0] for line in lines[:4]) == ["[1/4", "[2/4", "[3/4", "[4/4"]
    assert f"] Wrote {out / 'alpha--oral-statement.pdf'} (1 page)" in "\n".join(lines)
    assert lines[-1] == "Wrote 4 files."
    assert "\r" not in "\n".join(lines)


def test_a_batch_writes_word_files_beside_the_pdfs(briefs, tmp_path, capsys):
    import docx

    out, words = tmp_path / "out", tmp_path / "word"
    args = ["render", str(briefs / "alpha.brief.yaml"), str(briefs / "beta.brief.yaml"),
            "-o", f"{out}/", "--docx", f"{words}/"]
    assert main(args) == 0
    for stem, title in (("alpha", "Alpha paper"), ("beta", "Beta paper")):
        [pdf] = out.glob(f"{stem}--*.pdf")
        assert _title(pdf) == title
        document = docx.Document(str(words / pdf.with_suffix(".docx").name))
        assert document.core_properties.title == title
    assert "Wrote 4 files" in capsys.readouterr().out


def test_a_pattern_is_expanded_by_the_program_sorted_and_each_file_once(
        briefs, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(briefs)
    out = tmp_path / "out"
    assert main(["render", "*.brief.yaml", "alpha.brief.yaml", "--template", "oral-statement",
                 "-o", str(out), "--html", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == [
        "alpha--oral-statement.html", "alpha--oral-statement.pdf",
        "beta--oral-statement.html", "beta--oral-statement.pdf"]
    assert stdout.splitlines()[-1] == "Wrote 4 files."
    assert "Beta paper" in (out / "beta--oral-statement.html").read_text(encoding="utf-8")


def test_all_renders_every_installed_template(briefs, tmp_path, capsys):
    out = tmp_path / "set"
    assert main(["render", str(briefs / "alpha.brief.yaml"), "--template", "all",
                 "-o", f"{out}/"]) == 0
    names = [pack.name for pack in list_templates()]
    assert len(names) >= 4
    assert sorted(p.name for p in out.iterdir()) == sorted(f"alpha--{n}.pdf" for n in names)
    assert capsys.readouterr().out.splitlines()[-1] == f"Wrote {len(names)} files."


def test_a_broken_brief_fails_alone_with_its_line_and_the_rest_are_written(
        briefs, tmp_path, capsys):
    bad = _broken(briefs)
    out = tmp_path / "out"
    assert main(["check", str(bad)]) == 1
    refused_alone = capsys.readouterr().err.removeprefix("error: ").strip()
    assert main(["render", str(briefs / "alpha.brief.yaml"), str(bad),
                 str(briefs / "beta.brief.yaml"), str(briefs / "gone.brief.yaml"),
                 "--template", "oral-statement", "-o", f"{out}/"]) == 1
    stdout = capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == [
        "alpha--oral-statement.pdf", "beta--oral-statement.pdf"]
    summary = stdout[stdout.index("Wrote 2 files; 2 failed:"):].splitlines()
    assert summary[0] == "Wrote 2 files; 2 failed:"
    assert summary[1] == "  gone.brief.yaml (oral-statement): no such file."
    # the single render's message, file, line and field, under the brief and template
    first, *rest = refused_alone.splitlines()
    assert summary[2] == f"  bad.brief.yaml (oral-statement): {first}"
    assert [line.strip() for line in summary[3:]] == [line.strip() for line in rest]
    assert "line 2, field title" in "\n".join(summary)


def test_a_brief_whose_own_template_is_refused_fails_alone(briefs, tmp_path, capsys):
    outside = _brief(briefs, "outside", "Outside")
    text = outside.read_text(encoding="utf-8").replace("name: position-paper", "name: ../pack")
    outside.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["render", str(outside), str(briefs / "alpha.brief.yaml"), "-o", f"{out}/"]) == 1
    stdout = capsys.readouterr().out
    assert [p.name for p in out.iterdir()] == ["alpha--position-paper.pdf"]
    assert "  outside.brief.yaml (../pack): outside.brief.yaml, line" in stdout
    assert "field template.name" in stdout


class _NoWorker:
    def __init__(self, *args, **kwargs):
        raise AssertionError("a render worker was started")


def test_two_briefs_that_would_write_one_file_stop_before_anything_renders(
        briefs, tmp_path, capsys, monkeypatch):
    (tmp_path / "other").mkdir()
    twin = _brief(tmp_path / "other", "alpha", "Another alpha")
    capsys.readouterr()
    monkeypatch.setattr("briefwriter.render.client.RenderWorker", _NoWorker)
    out = tmp_path / "out"
    assert main(["render", str(briefs / "alpha.brief.yaml"), str(twin), "-o", f"{out}/"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: These documents would be written to the same file")
    assert "alpha--position-paper.pdf" in err and str(twin) in err
    assert not out.exists()


def test_several_briefs_need_a_folder_not_a_file(briefs, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("briefwriter.render.client.RenderWorker", _NoWorker)
    assert main(["render", str(briefs / "alpha.brief.yaml"), str(briefs / "beta.brief.yaml"),
                 "-o", str(tmp_path / "both.pdf")]) == 1
    err = capsys.readouterr().err
    assert "-o names a folder" in err and "both.pdf" in err
    assert main(["render", str(briefs / "alpha.brief.yaml"), "--template", "all",
                 "--html", str(tmp_path / "x.html")]) == 1
    assert "--html names a folder" in capsys.readouterr().err


def test_an_unknown_template_stops_the_batch_before_it_starts(briefs, tmp_path, capsys,
                                                               monkeypatch):
    monkeypatch.setattr("briefwriter.render.client.RenderWorker", _NoWorker)
    assert main(["render", str(briefs / "alpha.brief.yaml"), "--template", "oral-statement",
                 "--template", "no-such-template", "-o", f"{tmp_path}/out/"]) == 1
    err = capsys.readouterr().err
    assert "no-such-template" in err and "Traceback" not in err


# -- the pool ------------------------------------------------------------------------------


def test_pool_has_one_worker_per_core_and_no_more_than_the_documents():
    cores = len(os.sched_getaffinity(0))
    assert batch.pool_size(100) == cores
    assert batch.pool_size(1) == 1
    assert batch.pool_size(5, 3) == 3
    assert batch.pool_size(2, 8) == 2


def test_ctrl_c_stops_every_worker_and_leaves_no_process(briefs, tmp_path):
    from briefwriter.render.client import RenderWorker

    plan = batch.plan_batch(
        [str(briefs / "alpha.brief.yaml"), str(briefs / "beta.brief.yaml")],
        ["oral-statement", "two-page-brief"], pdf_dir=tmp_path / "out", html_dir=None,
        make_jobs=_jobs)
    made: list[RenderWorker] = []
    pids: list[int] = []

    def factory() -> RenderWorker:
        made.append(RenderWorker())
        return made[-1]

    def interrupt(outcome: batch.Outcome) -> None:
        pids.extend(w.pid for w in made if w.pid is not None)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch.run_batch(plan.documents, workers=2, timeout=60, on_done=interrupt,
                        worker_factory=factory)
    assert len(made) == 2 and pids
    assert all(w.pid is None for w in made)
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # reaped: no such process
    leftovers = [p for p in (tmp_path / "out").iterdir() if not p.name.endswith(".pdf")]
    assert leftovers == []


def _jobs(path, outputs, loaded):
    from briefwriter.cli import _render_jobs

    return _render_jobs(path, outputs, variant="ua-1", loaded=loaded)


def test_on_a_terminal_the_bar_is_rewritten_in_place_and_cleared():
    stream = io.StringIO()
    progress = batch.Progress(2, stream=stream, errors=stream, tty=True)
    progress.start()
    document = batch.Document(Path("a.brief.yaml"), "oral-statement", [Path("a.pdf")])
    progress.finished(batch.Outcome(document, pages=1))
    failure = batch.Failure(Path("b.brief.yaml"), "oral-statement", "it broke")
    progress.finished(batch.Outcome(document, failure=failure))
    progress.close()
    text = stream.getvalue()
    assert "\n" not in text
    frames = [frame for frame in text.split("\r") if frame.strip()]
    assert frames[0].startswith("[----") and "0/2" in frames[0]
    assert "1/2" in frames[1]
    assert frames[-1].startswith("[" + "#" * 24 + "]") and "2/2, 1 failed" in frames[-1]
    assert text.endswith("\r")  # the bar is wiped before the summary


def test_summary_counts_files_and_lists_each_failure():
    ok = batch.Outcome(batch.Document(Path("a.brief.yaml"), "t", [Path("a.pdf"), Path("a.html")]))
    bad = batch.Outcome(batch.Document(Path("b.brief.yaml"), "t", [Path("b.pdf")]),
                        failure=batch.Failure(Path("b.brief.yaml"), "t", "page.html.j2, line 3: "
                                              "boom"))
    assert batch.summary_lines([ok]) == ["Wrote 2 files."]
    assert batch.summary_lines([ok, bad]) == [
        "Wrote 2 files; 1 failed:", "  b.brief.yaml (t): page.html.j2, line 3: boom"]
