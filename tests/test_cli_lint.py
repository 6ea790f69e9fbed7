"""``briefwriter templates check DIR`` and ``templates context BRIEF``: what a person sees on
the terminal and the exit status."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest

from briefwriter.cli import main
from briefwriter.paths import examples_dir, templates_dir
from briefwriter.render.contract import CONTEXT_VERSION, contract_schema

LINT = Path(__file__).resolve().parent / "data" / "templates" / "lint"
MINIMAL = Path(__file__).resolve().parent / "data" / "templates" / "minimal"
EXAMPLE = examples_dir() / "imrf-2026-migrant-network.brief.yaml"


def test_check_prints_each_problem_with_file_line_and_column_and_fails(capsys) -> None:
    assert main(["templates", "check", str(LINT / "bad-names"), "--no-examples"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("page.html.j2:2:13: error: there is no 'organisaton' in brief; did you "
                      "mean 'org' (a name of its own, not inside brief)?")
    assert "page.html.j2:5:12: error: there is no 'titel' in priorities[]; did you mean " \
           "'title'?" in out
    assert out[-1].endswith("bad-names: 11 errors, 0 warnings.")


def test_check_of_a_clean_pack_succeeds(capsys) -> None:
    assert main(["templates", "check", str(LINT / "clean"), "--no-examples"]) == 0
    assert capsys.readouterr().out.strip().endswith("clean: no problems found.")


def test_warnings_alone_pass_unless_strict(tmp_path: Path, capsys) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(LINT / "clean", pack)
    with (pack / "style.css").open("a", encoding="utf-8") as css:
        css.write("h2 { font-family: Nowhere Sans; }\n")
    assert main(["templates", "check", str(pack), "--no-examples"]) == 0
    out = capsys.readouterr().out
    assert "style.css:5:19: warning: the font 'Nowhere Sans'" in out
    assert out.strip().endswith("0 errors, 1 warning.")
    assert main(["templates", "check", str(pack), "--no-examples", "--strict"]) == 3


def test_check_of_a_missing_folder_is_a_plain_error(tmp_path: Path, capsys) -> None:
    assert main(["templates", "check", str(tmp_path / "nowhere")]) == 1
    assert "no such folder" in capsys.readouterr().err


def test_check_renders_the_examples_against_the_page_limit(tmp_path: Path, capsys) -> None:
    # The minimal test pack promises one page; the full example brief runs past it.
    pack = tmp_path / "minimal"
    shutil.copytree(MINIMAL, pack)
    assert main(["templates", "check", str(pack)]) == 1
    out = capsys.readouterr().out
    assert ("template.yaml:11: error: the example imrf-2026-migrant-network.brief.yaml runs "
            "to ") in out
    assert "page_limit is 1" in out
    (pack / "template.yaml").write_text(
        (pack / "template.yaml").read_text("utf-8").replace("page_limit: 1", "page_limit: 0"),
        "utf-8")
    assert main(["templates", "check", str(pack)]) == 0


def test_context_prints_the_briefs_context_as_json(capsys) -> None:
    assert main(["templates", "context", str(EXAMPLE)]) == 0
    context = json.loads(capsys.readouterr().out)
    jsonschema.validate(context, contract_schema())
    assert context["meta"]["context_version"] == CONTEXT_VERSION
    assert context["brief"]["title"].startswith("Ending lethal disregard")
    assert context["brief"]["summary_html"].startswith("<p>")  # Markup printed as a string


def test_context_with_another_template(capsys) -> None:
    assert main(["templates", "context", str(EXAMPLE), "--template", "oral-statement"]) == 0
    assert json.loads(capsys.readouterr().out)["meta"]["template_name"] == "oral-statement"


def test_context_schema(capsys) -> None:
    assert main(["templates", "context", "--schema"]) == 0
    assert json.loads(capsys.readouterr().out) == contract_schema()


@pytest.mark.parametrize("args, wanted", [(["templates", "context"], "context needs BRIEF"),
                                           (["templates", "check"], "check needs DIR")])
def test_missing_argument_says_what_to_give(args: list[str], wanted: str, capsys) -> None:
    assert main(args) == 1
    assert f"briefwriter templates {wanted}" in capsys.readouterr().err


def test_every_bundled_template_passes_the_static_checks(capsys) -> None:
    for pack in sorted(p for p in templates_dir().iterdir() if (p / "template.yaml").exists()):
        assert main(["templates", "check", str(pack), "--no-examples"]) == 0, pack.name
