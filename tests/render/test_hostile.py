"""The hostile-template corpus (tests/data/templates/hostile): every payload ends in a clear
error or a safe PDF, and nothing outside the template folder is ever read or embedded."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pikepdf
import pytest
from conftest import (
    HOSTILE,
    MINIMAL,
    HostilePack,
    make_job,
    pdf_contains_bytes,
    pdf_text,
    sample_brief,
)

from briefwriter.core.checks import check_brief
from briefwriter.core.model import format_path, set_at
from briefwriter.render.pipeline import render_job

# payload -> (outcome, words the message or warnings must contain)
#   "error": the render fails with a template error; "pdf": a PDF is written.
EXPECTED: dict[str, tuple[str, str]] = {
    "jinja/mro-subclasses.j2": ("error", "not allowed"),
    "jinja/tuple-base-subclasses.j2": ("error", "not allowed"),
    "jinja/cycler-globals.j2": ("error", "not allowed"),
    "jinja/joiner-globals.j2": ("error", "not allowed"),
    "jinja/namespace-globals.j2": ("error", "not allowed"),
    "jinja/lipsum-globals.j2": ("error", "'lipsum' is undefined"),
    "jinja/template-reference-context.j2": ("error", "not allowed"),
    "jinja/self-globals.j2": ("error", "not allowed"),
    "jinja/range-class.j2": ("error", "not allowed"),
    "jinja/range-globals.j2": ("error", "not allowed"),
    "jinja/format-class.j2": ("error", "not allowed"),
    "jinja/format-map-cve-2019-10906.j2": ("error", "not allowed"),
    "jinja/attr-class.j2": ("error", "not allowed"),
    "jinja/attr-mro.j2": ("error", "__mro__"),
    "jinja/attr-format-cve-2025-27516.j2": ("error", "not allowed"),
    "jinja/attr-format-globals.j2": ("error", "not allowed"),
    "jinja/markup-globals.j2": ("error", "not allowed"),
    "jinja/dict-update.j2": ("error", "not allowed"),
    "jinja/list-append.j2": ("error", "not allowed"),
    "jinja/context-class.j2": ("error", "not allowed"),
    "jinja/config.j2": ("error", "'config' is undefined"),
    "jinja/request-globals.j2": ("error", "'request' is undefined"),
    "includes/include-etc-passwd.j2": ("error", "points outside the template folder"),
    "includes/include-absolute.j2": ("error", "is an absolute path"),
    "includes/include-canary-absolute.j2": ("error", "is an absolute path"),
    "includes/include-canary-relative.j2": ("error", "points outside the template folder"),
    "includes/include-canary-nested.j2": ("error", "points outside the template folder"),
    "includes/include-canary-backslash.j2": ("error", "points outside the template folder"),
    "includes/include-symlink.j2": ("error", "symbolic link that leads outside"),
    "includes/import-absolute.j2": ("error", "is an absolute path"),
    "includes/extends-canary.j2": ("error", "points outside the template folder"),
    "includes/include-list.j2": ("error", "none of the templates given were found"),
    "resources/css-import-file.j2": ("pdf", "file:///etc/passwd: blocked"),
    "resources/img-file.j2": ("pdf", "file:///etc/passwd: blocked"),
    "resources/link-attachment.j2": ("pdf", ""),
    "resources/http.j2": ("pdf", "http://example.com/x.css: blocked"),
    "resources/base-href.j2": ("pdf", "file:///etc/passwd: blocked"),
    "resources/svg-image.j2": ("pdf", "secret-canary.txt: blocked"),
    "resources/linked-stylesheet.j2": ("pdf", "symbolic link that leads outside"),
    "limits/string-repeat.j2": ("error", "too large"),
    "limits/list-repeat.j2": ("error", "too large"),
    "limits/power.j2": ("error", "too large"),
    "limits/squaring.j2": ("error", "too large"),
    "limits/huge-output.j2": ("error", "repeats something in a loop"),
    "limits/format-filter-width.j2": ("error", "too large"),
    "limits/percent-star.j2": ("error", "too large"),
    "limits/brace-width.j2": ("error", "too large"),
    "limits/brace-nested.j2": ("error", "nested format fields"),
    "limits/ljust.j2": ("error", "too large"),
    "limits/center.j2": ("error", "too large"),
    "limits/indent.j2": ("error", "too large"),
    "limits/join.j2": ("error", "too large"),
    "limits/replace.j2": ("error", "too large"),
    "limits/str-replace.j2": ("error", "too large"),
    "limits/slice.j2": ("error", "too large"),
    "limits/batch.j2": ("error", "too large"),
    "limits/tojson-indent.j2": ("error", "too large"),
    "limits/recursive-macro.j2": ("error", "recurses too deeply"),
    "limits/self-include.j2": ("error", "recurses too deeply"),
}
# These need the worker's time or memory limit: see test_worker.py.
WORKER_ONLY = {"limits/nested-loops.j2", "limits/memory-doubling.j2"}


def test_every_payload_in_the_corpus_has_an_expectation():
    payloads = {str(p.relative_to(HOSTILE)) for p in HOSTILE.glob("*/*.j2")}
    payloads -= {"partials/ok.html.j2"}
    assert payloads == set(EXPECTED) | WORKER_ONLY


@pytest.mark.parametrize("mode", ["export", "preview"])
@pytest.mark.parametrize("payload", sorted(EXPECTED))
def test_payload_ends_in_a_clear_error_or_a_safe_pdf(hostile_pack: HostilePack, payload, mode):
    outcome, words = EXPECTED[payload]
    result = hostile_pack.render(payload, mode=mode)
    assert hostile_pack.leaked(result) == []
    if outcome == "error" and mode == "preview" and result["ok"]:
        # The lenient preview may show an undefined name as empty: it must say so.
        assert result["warnings"], "a preview that drops something must warn"
    elif outcome == "error":
        assert result["ok"] is False
        error = result["error"]
        assert error["kind"] == "template"
        assert words in error["message"]
        assert error["template"]  # names the file
        assert hostile_pack.outputs() == []  # nothing half-written
    else:
        assert result["ok"] is True, result["error"]
        pdf = hostile_pack.root / "out" / "out.pdf"
        assert pdf.read_bytes().startswith(b"%PDF-")
        if words and mode == "export":
            assert any(words in w for w in result["warnings"]), result["warnings"]


def test_blocked_resources_are_each_reported(hostile_pack: HostilePack):
    result = hostile_pack.render("resources/http.j2")
    blocked = [w for w in result["warnings"] if w.startswith("The template tried to load")]
    for url in ("http://example.com/x.css", "https://example.com/y.css",
                "http://example.com/f.ttf", "https://example.com/x.png"):
        assert any(url in w for w in blocked), url


def test_no_network_connection_is_attempted(hostile_pack: HostilePack, monkeypatch):
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network use in a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    result = hostile_pack.render("resources/http.j2")
    assert result["ok"] is True
    assert attempts == []


def test_attachments_are_never_embedded(hostile_pack: HostilePack):
    result = hostile_pack.render("resources/link-attachment.j2")
    assert result["ok"] is True
    pdf_path = hostile_pack.root / "out" / "out.pdf"
    with pikepdf.open(pdf_path) as pdf:
        names = pdf.Root.get("/Names")
        assert names is None or "/EmbeddedFiles" not in names
        assert "/AF" not in pdf.Root
        for page in pdf.pages:
            for annot in page.get("/Annots", []):
                assert annot.get("/Subtype") != "/FileAttachment"
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                assert obj.get("/Type") != "/Filespec"
                assert obj.get("/Type") != "/EmbeddedFile"
    inside = (hostile_pack.folder / "secret.txt").read_text().strip().encode()
    assert not pdf_contains_bytes(pdf_path, inside)
    assert "Attachments" in pdf_text(pdf_path)


def test_svg_external_entity_and_image_are_not_loaded(hostile_pack: HostilePack):
    result = hostile_pack.render("resources/svg-image.j2")
    assert result["ok"] is True and hostile_pack.leaked(result) == []


def write_deep(pack: HostilePack, name: str, text: str) -> str:
    (pack.folder / name).write_text(text, encoding="utf-8")
    return name


def test_5000_nested_divs_end_in_a_clear_error_or_a_safe_pdf(hostile_pack: HostilePack):
    entry = write_deep(hostile_pack, "deep-divs.j2",
                       "<html lang='en'><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000)
    result = hostile_pack.render(entry)
    if result["ok"]:
        assert (hostile_pack.root / "out" / "out.pdf").read_bytes().startswith(b"%PDF-")
    else:
        assert result["error"]["kind"] == "render"
        assert "nested too deeply" in result["error"]["message"]


def test_5000_deep_jinja_nesting_is_a_clear_error(hostile_pack: HostilePack):
    entry = write_deep(hostile_pack, "deep-jinja.j2",
                       "{% if true %}" * 5000 + "deep" + "{% endif %}" * 5000)
    result = hostile_pack.render(entry)
    assert result["ok"] is False
    assert result["error"]["kind"] == "template"
    assert "too deeply" in result["error"]["message"]


def test_the_renderer_still_works_after_the_corpus(hostile_pack: HostilePack):
    for payload in ("limits/recursive-macro.j2", "includes/include-etc-passwd.j2"):
        hostile_pack.render(payload)
    result = hostile_pack.render("index.html.j2")
    assert result["ok"] is True
    assert "A harmless page." in pdf_text(Path(result["outputs"]["pdf"]))


# --------------------------------------------------------------------------------------
# Hostile input in the brief rather than the template
# --------------------------------------------------------------------------------------

LOGOS = Path(__file__).resolve().parents[1] / "data" / "logos"


@pytest.mark.timeout(120)  # it used to hold the renderer for its whole time limit
def test_a_billion_laughs_svg_logo_is_left_out_and_the_field_named(tmp_path):
    folder = tmp_path / "brief"
    folder.mkdir()
    shutil.copy(LOGOS / "use-bomb.svg", folder / "logo.svg")
    brief = sample_brief()
    brief.organisation.logo = "logo.svg"
    (tmp_path / "out").mkdir()
    result = render_job(make_job(MINIMAL, tmp_path / "out", brief=brief, brief_dir=folder))
    assert result["ok"] is True, result["error"]
    (warning,) = [w for w in result["warnings"] if "organisation.logo" in w]
    assert "“logo.svg”" in warning and "too complex to print" in warning
    assert "Detention is never" in pdf_text(tmp_path / "out" / "out.pdf")  # the rest is printed
    (problem,) = [p for p in check_brief(brief, folder) if p.path == ("organisation", "logo")]
    assert problem.code == "logo-unsafe-svg"
    assert problem.message in warning


NESTED_NOTES = "".join(f"^[{chr(97 + i % 26)} " for i in range(3000)) + "]" * 3000
SIDE_BY_SIDE_NOTES = " ".join(f"Claim {i}.^[Source {i}]" for i in range(3000))


@pytest.mark.timeout(120)  # 3000 notes side by side used to hold the renderer for minutes
@pytest.mark.parametrize(("path", "text", "words", "printed"), [
    (("summary",), "Our ask.\n\n" + NESTED_NOTES, "3000 deep (from line 3", "^[a ^[b ^[c"),
    (("priorities", 0, "description"), SIDE_BY_SIDE_NOTES, "has 3000 footnotes",
     "Claim 2999.^[Source 2999]"),
])
def test_pathological_footnotes_are_printed_plain_and_the_field_named(tmp_path, path, text,
                                                                     words, printed):
    brief = sample_brief()
    set_at(brief, path, text)
    (tmp_path / "out").mkdir()
    result = render_job(make_job(MINIMAL, tmp_path / "out", brief=brief))
    assert result["ok"] is True, result["error"]
    (warning,) = [w for w in result["warnings"] if words in w]
    assert f"The field {format_path(path)} has" in warning
    assert printed in pdf_text(tmp_path / "out" / "out.pdf")  # as written, not as notes
    # (The field is also far too long for its place: that is another warning.)
    (problem,) = [p for p in check_brief(brief, None)
                  if p.path == path and p.code in ("footnotes-too-deep", "too-many-footnotes")]
    assert problem.message == warning
