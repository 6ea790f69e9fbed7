"""Export file names: one stem for the app and the command line, and clashes found early."""

from __future__ import annotations

from pathlib import Path

from briefwriter.core.export_names import collisions, export_name, export_stem, template_label
from briefwriter.core.model import new_brief


def _brief(title: str = ""):
    brief = new_brief()
    brief.title = title
    return brief


def test_the_stem_is_the_brief_files_name_without_its_suffix():
    assert export_stem(_brief("Ignored"), Path("/a/imrf-2026.brief.yaml")) == "imrf-2026"
    assert export_stem(_brief(), Path("notes.yaml")) == "notes"


def test_an_unsaved_brief_is_named_after_its_title_or_brief():
    assert export_stem(_brief("Pathways to Regularisation!"), None) == \
        "pathways-to-regularisation"
    assert export_stem(_brief(""), None) == "brief"


def test_export_name_is_brief_stem_then_template():
    brief = _brief()
    assert export_name(brief, Path("x/pathways.brief.yaml"), "oral-statement", ".pdf") == \
        "pathways--oral-statement.pdf"
    # a template chosen as a folder is named by its last part
    assert export_name(brief, Path("p.brief.yaml"), "/home/me/packs/house/", ".html") == \
        "p--house.html"
    assert template_label("packs/house") == "house"


def test_collisions_name_the_file_and_every_source_ignoring_case():
    found = collisions([("out/a--x.pdf", "one/a"), ("out/b--x.pdf", "b"),
                        ("out/A--x.pdf", "two/A")])
    assert found == {"out/a--x.pdf": ["one/a", "two/A"]}
    assert collisions([("a.pdf", "a"), ("b.pdf", "b")]) == {}
