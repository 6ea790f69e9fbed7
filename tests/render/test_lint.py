"""Template lint: each check finds its planted error at the right file, line and column,
and clean packs (the fixture and every bundled template) have no problem at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwriter import paths
from briefwriter.render.lint import LintProblem, lint_pack

LINT = Path(__file__).resolve().parents[1] / "data" / "templates" / "lint"


def where(problems: list[LintProblem]) -> list[tuple[str, int | None, int | None, str]]:
    return [(p.file, p.line, p.column, p.code) for p in problems]


def test_clean_pack_has_no_problems() -> None:
    assert lint_pack(LINT / "clean") == []


@pytest.mark.parametrize("name", sorted(p.name for p in paths.templates_dir().iterdir()
                                        if (p / "template.yaml").is_file()))
def test_every_bundled_template_lints_clean(name: str) -> None:
    problems = lint_pack(paths.templates_dir() / name)
    assert [p.describe() for p in problems] == []


def test_manifest_error_names_the_line_and_field() -> None:
    problems = lint_pack(LINT / "bad-manifest")
    assert where(problems) == [("template.yaml", 6, None, "manifest")]
    assert problems[0].severity == "error"
    assert "page_limit" in problems[0].message and "many" in problems[0].message
    assert problems[0].describe().startswith("template.yaml:6: error: field 'page_limit'")


def test_folder_without_manifest() -> None:
    problems = lint_pack(LINT / "clean" / "partials")
    assert where(problems) == [("template.yaml", None, None, "manifest")]
    assert "no template.yaml" in problems[0].message


def test_jinja_syntax_error_in_an_included_file_and_a_missing_include() -> None:
    problems = lint_pack(LINT / "bad-jinja")
    assert where(problems) == [
        ("page.html.j2", 3, None, "template-missing"),
        ("partials/body.html.j2", 3, None, "jinja-syntax"),
    ]
    assert "partials/missing.html.j2" in problems[0].message
    assert "endfor" in problems[1].message


def test_describe_format() -> None:
    problem = LintProblem("style.css", 12, 5, "warning", "css", "something")
    assert problem.describe() == "style.css:12:5: warning: something"
    assert LintProblem("a.j2", None, None, "error", "x", "m").describe() == "a.j2: error: m"


def test_names_not_in_the_contract_are_errors_with_the_nearest_field() -> None:
    problems = lint_pack(LINT / "bad-names")
    assert where(problems) == [
        ("page.html.j2", 2, 13, "undefined-field"),
        ("page.html.j2", 3, 11, "undefined-field"),
        ("page.html.j2", 5, 12, "undefined-field"),
        ("page.html.j2", 6, 33, "undefined-field"),
        ("page.html.j2", 9, 7, "undefined-name"),
        ("page.html.j2", 9, 46, "unknown-filter"),
        ("page.html.j2", 10, 22, "unknown-test"),
        ("page.html.j2", 10, 35, "undefined-name"),
        ("page.html.j2", 11, 49, "undefined-field"),
        ("page.html.j2", 11, 69, "undefined-field"),
        ("partials/item.html.j2", 2, 31, "undefined-field"),
    ]
    messages = [p.message for p in problems]
    assert "did you mean 'org'" in messages[0]
    assert messages[1] == "there is no 'nmae' in org; did you mean 'name'?"
    assert messages[2] == "there is no 'titel' in priorities[]; did you mean 'title'?"
    assert "did you mean 'source'?" in messages[3]
    assert "'prioritis' is not defined; did you mean 'priorities'?" == messages[4]
    assert "there is no filter 'uppercase'; did you mean 'upper'?" == messages[5]
    assert all(p.severity == "error" for p in problems)


def test_css_errors_blocked_or_missing_assets_and_unknown_fonts() -> None:
    problems = lint_pack(LINT / "bad-css")
    assert [(p.file, p.line, p.column, p.severity, p.code) for p in problems] == [
        ("page.html.j2", 2, 30, "error", "asset-blocked"),  # <link href="/etc/passwd">
        ("page.html.j2", 4, 21, "warning", "font-missing"),  # in a <style> block
        ("page.html.j2", 7, 17, "error", "asset-blocked"),  # <img src="file:///etc/hosts">
        ("style.css", 1, 46, "error", "asset-missing"),  # @font-face src
        ("style.css", 2, 35, "warning", "font-missing"),
        ("style.css", 3, 18, "error", "asset-blocked"),  # ../secret.png
        ("style.css", 4, 24, "error", "asset-blocked"),  # https://
        ("style.css", 5, 29, "error", "css-syntax"),  # font-weight bold
    ]
    messages = [p.message for p in problems]
    assert "'Comic Neue'" in messages[1] and "'Fancy Grotesk'" in messages[4]
    assert messages[5] == ("'../secret.png' will be blocked: only files inside the template "
                           "folder may be used")
    assert messages[7] == ("CSS error: a declaration needs a ':' between the property name "
                           "and its value")
    # A link to a web page, a logo made by the template and the pack's own fonts and
    # the bundled and generic families are fine: nothing else is reported.


def test_lint_decides_urls_as_the_fetcher_does(tmp_path: Path) -> None:
    # A symbolic link inside the pack that leads out is refused by both, for the same reason.
    from briefwriter.render.fetcher import ResourceBlocked, SafeURLFetcher
    from briefwriter.render.lint_css import asset_problem

    (tmp_path / "outside.png").write_bytes(b"x")
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "link.png").symlink_to(tmp_path / "outside.png")
    problem = asset_problem("link.png", pack, pack)
    assert problem is not None and problem[0] == "asset-blocked"
    fetcher = SafeURLFetcher([pack])
    with pytest.raises(ResourceBlocked) as blocked:
        fetcher.fetch((pack / "link.png").as_uri())
    assert problem[1].split(": ", 1)[1] in str(blocked.value)
