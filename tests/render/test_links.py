"""Links in the PDF: a template may link within the document, to the web and to e-mail, and
nothing else, so that clicking a link in a shared brief can never run a script or open a file."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from conftest import make_job, pdf_text

from briefwriter.render.pdf import allowed_link
from briefwriter.render.pipeline import render_job

HOSTILE_LINKS = [
    "javascript:alert(document.title)",
    "JavaScript:alert(1)",
    " javascript:alert(2)",
    "java\tscript:alert(3)",
    "file:///etc/passwd",
    "FILE:///etc/shadow",
    "data:text/html,<script>alert(4)</script>",
    "vbscript:msgbox(5)",
    "launch:/bin/sh",
    "smb://attacker.example/share",
    "other-page.html",  # relative: it would become a file: address inside the pack
]
SAFE_LINKS = ["https://example.org/report", "http://example.net/", "mailto:team@example.org"]


def _pack(folder: Path) -> Path:
    folder.mkdir()
    (folder / "template.yaml").write_text(
        "manifest_version: 1\nname: hostile-links\ntitle: Hostile links\nentry: page.j2\n",
        encoding="utf-8")
    anchors = "\n".join(f'<p><a href="{href}">link {i}</a></p>'
                        for i, href in enumerate(HOSTILE_LINKS + SAFE_LINKS))
    (folder / "page.j2").write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Links</title>'
        '<style>.weasy { -weasy-link: url("javascript:alert(6)"); }</style></head><body>'
        '<h1 id="top">{{ brief.title }}</h1>'
        f"{anchors}"
        '<p class="weasy">styled link</p>'
        '<p><a href="#top">back to the top</a></p>'
        "</body></html>", encoding="utf-8")
    return folder


def _annotations(path: Path) -> tuple[list[str], int]:
    """The URIs of the PDF's link annotations, and how many links go to a place inside it."""
    uris: list[str] = []
    internal = 0
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                if annot.get("/Subtype") != "/Link":
                    continue
                action = annot.get("/A")
                if action is not None and "/URI" in action:
                    uris.append(str(action.URI))
                elif "/Dest" in annot:
                    internal += 1
                else:
                    uris.append(repr(annot))
    return uris, internal


@pytest.mark.parametrize(("mode", "variant"), [("export", "ua-1"), ("export", "none"),
                                               ("preview", "none")])
def test_a_template_cannot_write_script_or_file_links(tmp_path, mode, variant):
    pack = _pack(tmp_path / "pack")
    out = tmp_path / "out"
    out.mkdir()
    result = render_job(make_job(pack, out, mode=mode, variant=variant))
    assert result["ok"], result["error"]
    path = Path(result["outputs"]["pdf"])
    uris, internal = _annotations(path)
    assert sorted(uris) == sorted(SAFE_LINKS)
    assert internal == 1  # "back to the top"
    # The text of every link is still printed; only the dangerous targets are gone.
    text = pdf_text(path)
    for i in range(len(HOSTILE_LINKS + SAFE_LINKS)):
        assert f"link {i}" in text
    raw = path.read_bytes()
    assert b"javascript" not in raw.lower() and b"/etc/passwd" not in raw


@pytest.mark.parametrize("target", [*HOSTILE_LINKS, "https://ok.example\x00javascript:x",
                                    "mailto:a@example.org\nBCC:x", "", None, 42])
def test_other_external_targets_are_refused(target):
    assert not allowed_link("external", target)


@pytest.mark.parametrize("target", [*SAFE_LINKS, "HTTPS://EXAMPLE.ORG/A", "mailto:a@b.example"])
def test_web_and_mail_links_are_kept(target):
    assert allowed_link("external", target)


def test_internal_links_are_kept_and_attachments_are_not():
    assert allowed_link("internal", "top")
    assert not allowed_link("attachment", "https://example.org/file.pdf")
