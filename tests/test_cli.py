"""The command line as a person uses it: clear output, clear errors, no tracebacks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from briefwriter.cli import main
from briefwriter.core.gcm import load_gcm
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir

EXAMPLE = examples_dir() / "imrf-2026-migrant-network.brief.yaml"


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert "BriefWriter" in capsys.readouterr().out


def test_gcm_show_action_prints_citation_and_full_text(capsys):
    assert main(["gcm", "show", "29(c)"]) == 0
    out = capsys.readouterr().out
    action = load_gcm().lookup("29(c)")
    assert out.startswith("GCM para 29(c)")
    assert " ".join(action.text.split()[:8]) in " ".join(out.split())


def test_gcm_show_objective_lists_its_actions(capsys):
    assert main(["gcm", "show", "objective", "13"]) == 0
    out = capsys.readouterr().out
    objective = load_gcm().objective(13)
    assert objective.title in " ".join(out.split())
    for action in objective.actions:
        assert f"({action.letter})" in out


def test_gcm_search_ranks_detention_objective_first(capsys):
    assert main(["gcm", "search", "detention"]) == 0
    first_line = capsys.readouterr().out.splitlines()[0]
    assert first_line.startswith("GCM objective 13 (para 29)")


def test_gcm_show_unknown_reference_is_a_clear_error(capsys):
    assert main(["gcm", "show", "29(z)"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "29(z)" in err
    assert "Traceback" not in err


def test_check_example_has_no_errors(capsys):
    assert main(["check", str(EXAMPLE)]) == 0
    assert "error" not in capsys.readouterr().err


def test_check_broken_file_names_line_and_field(tmp_path, capsys):
    bad = tmp_path / "bad.brief.yaml"
    bad.write_text("schema_version: 2\ntitle: [not, text]\nlanguage: en\n", encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.brief.yaml" in err and "line 2" in err and "title" in err
    assert "Traceback" not in err


def test_check_names_the_parts_the_template_leaves_out_with_their_line(tmp_path, capsys):
    path = tmp_path / "short.brief.yaml"
    assert main(["new", str(path), "--template", "two-page-brief"]) == 0
    text = path.read_text(encoding="utf-8").replace(
        "recommendations: []",
        "recommendations:\n- addressee: Member States\n  text: End child detention.\n"
        "- addressee: IOM\n  text: Fund case management.")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("recommendations:") + 1
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert (f"warning: short.brief.yaml, line {line}, field recommendations: The Two-page brief "
            "does not show: Recommendations (2).") in out
    assert main(["check", "--strict", str(path)]) == 3
    # The position paper prints recommendations: no such warning.
    path.write_text(text.replace("name: two-page-brief", "name: position-paper"), "utf-8")
    capsys.readouterr()
    main(["check", str(path)])
    assert "does not show" not in capsys.readouterr().out


def test_check_strict_exits_3_on_warnings(tmp_path, capsys):
    path = tmp_path / "empty.brief.yaml"
    assert main(["new", str(path)]) == 0
    assert main(["check", "--strict", str(path)]) == 3
    assert "warning" in capsys.readouterr().out


def test_new_writes_a_brief_that_loads_and_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "mine.brief.yaml"
    assert main(["new", str(path), "--template", "two-page-brief"]) == 0
    assert load_brief(path).brief.template.name == "two-page-brief"
    before = path.read_bytes()
    assert main(["new", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_templates_list_shows_the_bundled_templates(capsys):
    assert main(["templates", "list"]) == 0
    out = capsys.readouterr().out
    for name in ("position-paper", "two-page-brief", "oral-statement", "joint-letter"):
        assert name in out


def test_unknown_template_lists_the_available_ones(capsys):
    assert main(["templates", "show", "no-such-template"]) == 1
    err = capsys.readouterr().err
    assert "no-such-template" in err and "position-paper" in err


def test_render_example_to_pdf_and_html(tmp_path):
    # The typical example: its summary, asks, priorities, GCM wording and evidence endnotes
    # fit the two-page brief's two pages.
    example = examples_dir() / "national-coalition-pathways.brief.yaml"
    pdf = tmp_path / "out" / "paper.pdf"
    html = tmp_path / "out" / "paper.html"
    result = subprocess.run(
        [sys.executable, "-m", "briefwriter", "render", str(example), "-o", str(pdf),
         "--html", str(html), "--template", "two-page-brief"],
        capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    assert f"Wrote {pdf} (2 pages)" in result.stdout  # the two-page brief fits its limit
    brief = load_brief(example).brief
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages).split())
    assert brief.title.split()[0] in text
    assert brief.title in " ".join(html.read_text(encoding="utf-8").split())


def test_render_to_word_alone_and_beside_the_pdf(tmp_path, capsys):
    import docx

    example = examples_dir() / "imrf-2026-migrant-network.brief.yaml"
    brief = load_brief(example).brief
    word = tmp_path / "out" / "paper.docx"
    assert main(["render", str(example), "--docx", str(word)]) == 0
    captured = capsys.readouterr()
    assert f"Wrote {word}" in captured.out
    assert "SVG image" in captured.err  # the example's logo cannot go into Word: said so
    document = docx.Document(str(word))
    assert document.core_properties.title == brief.title
    assert ("Heading 1", brief.title) in [(p.style.name, p.text) for p in document.paragraphs]
    pdf = tmp_path / "out" / "paper.pdf"
    assert main(["render", str(example), "-o", str(pdf), "--docx", str(word),
                 "--template", "two-page-brief"]) == 0
    out = capsys.readouterr().out
    assert f"Wrote {pdf} (2 pages)" in out and f"Wrote {word}\n" in out


def test_render_without_any_output_says_which_options_there_are(tmp_path, capsys):
    example = examples_dir() / "imrf-2026-migrant-network.brief.yaml"
    assert main(["render", str(example)]) != 0
    assert "--docx OUT.docx" in capsys.readouterr().err


def test_render_missing_brief_is_a_clear_error(tmp_path, capsys):
    assert main(["render", str(tmp_path / "nope.brief.yaml"), "-o", str(tmp_path / "x.pdf")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_render_reports_a_single_page_in_the_singular(tmp_path, capsys):
    pdf = tmp_path / "statement.pdf"
    assert main(["render", str(EXAMPLE), "-o", str(pdf), "--template", "oral-statement"]) == 0
    assert f"Wrote {pdf} (1 page)\n" in capsys.readouterr().out


class _NoWorker:
    """Stands in for RenderWorker where none may be started."""

    def __init__(self, *args, **kwargs):
        raise AssertionError("a render worker was started")


@pytest.fixture
def workers_started(monkeypatch) -> list[tuple[object, Path]]:
    """The render workers a command starts, with their private folders (``render`` starts
    its worker while it reads the brief, so that it is ready sooner)."""
    from briefwriter.render import client

    started: list[tuple[object, Path]] = []

    class Recorded(client.RenderWorker):
        def launch(self):
            super().launch()
            started.append((self, Path(self._launch.environment["TMPDIR"])))

    monkeypatch.setattr(client, "RenderWorker", Recorded)
    return started


def assert_left_no_worker(started: list) -> None:
    assert started
    assert all(worker.pid is None and not folder.exists() for worker, folder in started)


def test_render_refuses_a_broken_brief_as_check_does_and_leaves_no_worker(
        tmp_path, capsys, workers_started):
    bad = tmp_path / "bad.brief.yaml"
    bad.write_text("schema_version: 2\ntitle: [not, text]\nlanguage: en\n", encoding="utf-8")
    assert main(["check", str(bad)]) == 1
    refused_by_check = capsys.readouterr().err
    pdf = tmp_path / "out" / "bad.pdf"
    assert main(["render", str(bad), "-o", str(pdf)]) == 1
    refused_by_render = capsys.readouterr().err
    assert refused_by_render == refused_by_check
    assert "bad.brief.yaml" in refused_by_render and "line 2" in refused_by_render
    assert not pdf.parent.exists()  # nothing was made for a brief that cannot be rendered
    assert_left_no_worker(workers_started)  # gone, with its private folder


def test_render_refuses_an_unknown_template_and_leaves_no_worker(
        tmp_path, capsys, workers_started):
    assert main(["render", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"),
                 "--template", "no-such-template"]) == 1
    err = capsys.readouterr().err
    assert "no-such-template" in err and "position-paper" in err
    assert "Traceback" not in err
    assert_left_no_worker(workers_started)


def test_demo_reads_every_example_before_starting_a_worker(tmp_path, capsys, monkeypatch):
    broken = tmp_path / "examples"
    broken.mkdir()
    (broken / "a-good.brief.yaml").write_bytes(EXAMPLE.read_bytes())
    (broken / "b-broken.brief.yaml").write_text("schema_version: 2\ntitle: [not, text]\n",
                                                encoding="utf-8")
    monkeypatch.setattr("briefwriter.paths.examples_dir", lambda: broken)
    monkeypatch.setattr("briefwriter.render.client.RenderWorker", _NoWorker)
    assert main(["demo", "-o", str(tmp_path / "demo")]) == 1
    err = capsys.readouterr().err
    assert "b-broken.brief.yaml" in err and "line 2" in err


# -- which template a brief may name -------------------------------------------------------

TEST_PACK = Path(__file__).parent / "data" / "templates" / "minimal"


def _brief_naming(tmp_path, monkeypatch, template: str) -> tuple[Path, int]:
    """A brief in tmp_path/briefs whose template is ``template``, with the line that says so;
    the working folder is the brief's, where every path below leads to a real pack."""
    briefs = tmp_path / "briefs"
    (briefs / "sub").mkdir(parents=True, exist_ok=True)
    shutil.copytree(TEST_PACK, tmp_path / "pack", dirs_exist_ok=True)
    if not (briefs / "link").is_symlink():
        (briefs / "link").symlink_to(tmp_path / "pack")
    monkeypatch.chdir(briefs)
    path = briefs / "b.brief.yaml"
    assert main(["new", str(path), "--template", template, "--force"]) == 0
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text.strip() == f"name: {template}")
    return path, line


@pytest.mark.parametrize("template", ["{tmp}/pack", "../pack", "sub/../../pack", "link"])
def test_check_reports_a_template_outside_the_briefs_folder(tmp_path, monkeypatch, capsys,
                                                            template):
    template = template.format(tmp=tmp_path)
    path, line = _brief_naming(tmp_path, monkeypatch, template)
    capsys.readouterr()
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert (f"error: b.brief.yaml, line {line}, field template.name: The brief's template "
            f"'{template}'") in out
    assert "no problems found" not in out


@pytest.mark.parametrize("template", ["{tmp}/pack", "../pack", "sub/../../pack", "link"])
def test_render_refuses_a_template_outside_the_briefs_folder(tmp_path, monkeypatch, capsys,
                                                             template):
    template = template.format(tmp=tmp_path)
    path, line = _brief_naming(tmp_path, monkeypatch, template)
    pdf = tmp_path / "out.pdf"
    capsys.readouterr()
    assert main(["render", str(path), "-o", str(pdf)]) == 1
    err = capsys.readouterr().err
    assert f"b.brief.yaml, line {line}, field template.name: The brief's template" in err
    assert "Traceback" not in err
    assert not pdf.exists()


def test_a_template_only_in_the_working_folder_is_not_found(tmp_path, monkeypatch, capsys):
    path, line = _brief_naming(tmp_path, monkeypatch, "test-minimal")
    shutil.copytree(TEST_PACK, tmp_path / "briefs" / "elsewhere" / "test-minimal")
    monkeypatch.chdir(tmp_path / "briefs" / "elsewhere")
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert (f"warning: b.brief.yaml, line {line}, field template.name: there is no template "
            "called 'test-minimal'") in capsys.readouterr().out
    pdf = tmp_path / "out.pdf"
    assert main(["render", str(path), "-o", str(pdf)]) == 1
    assert "there is no template called 'test-minimal'" in capsys.readouterr().err
    assert not pdf.exists()


def test_a_pack_inside_the_briefs_folder_renders(tmp_path, monkeypatch, capsys):
    path, _ = _brief_naming(tmp_path, monkeypatch, "packs/house")
    shutil.copytree(TEST_PACK, tmp_path / "briefs" / "packs" / "house")
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["check", str(path)]) == 0
    assert "template.name" not in capsys.readouterr().out
    html = tmp_path / "out.html"
    assert main(["render", str(path), "--html", str(html)]) == 0
    assert '<p class="footer">' in html.read_text(encoding="utf-8")  # the test pack's markup


def test_render_with_an_explicit_template_folder_anywhere(tmp_path, monkeypatch, capsys):
    path, _ = _brief_naming(tmp_path, monkeypatch, "position-paper")
    pack = tmp_path / "somewhere" / "my-pack"
    shutil.copytree(TEST_PACK, pack)
    monkeypatch.chdir(tmp_path)
    html = tmp_path / "out.html"
    assert main(["render", str(path), "--html", str(html), "--template", str(pack)]) == 0
    assert '<p class="footer">' in html.read_text(encoding="utf-8")
    html.unlink()
    relative = Path("somewhere") / "my-pack"  # from the working folder, as a shell user types
    assert main(["render", str(path), "--html", str(html), "--template", str(relative)]) == 0
    assert '<p class="footer">' in html.read_text(encoding="utf-8")


def test_templates_list_with_a_fifo_manifest_finishes_with_a_warning(tmp_path):
    user = tmp_path / "user-templates"
    (user / "piped").mkdir(parents=True)
    os.mkfifo(user / "piped" / "template.yaml")
    env = {**os.environ, "BRIEFWRITER_TEMPLATES_DIR": str(user)}
    for args in (["templates", "list"], ["templates", "show", "piped"]):
        result = subprocess.run([sys.executable, "-m", "briefwriter", *args], env=env,
                                capture_output=True, text=True, timeout=60, check=False)
        assert "not a regular file" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    listed = subprocess.run([sys.executable, "-m", "briefwriter", "templates", "list"],
                            env=env, capture_output=True, text=True, timeout=60, check=True)
    assert "position-paper" in listed.stdout
