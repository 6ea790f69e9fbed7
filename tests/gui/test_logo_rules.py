"""One table of logo files, judged by everything that reads a logo: the checks
(``briefwriter check``, the Review step), the renderer, the Organisation step's logo field and
its "Choose logo…" button.  They must all give the same verdict, in the same words."""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers_steps import click, make_ctx, show_page
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QMessageBox

from briefwriter.core.checks import check_logo
from briefwriter.core.logo import MAX_LOGO_BYTES
from briefwriter.core.model import Brief
from briefwriter.gui.steps.organisation import OrganisationPage
from briefwriter.render.context import logo_data_url


def _picture(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 4), (29, 92, 140)).save(out, fmt)
    return out.getvalue()


PNG = _picture("PNG")
JPEG = _picture("JPEG")
GIF = _picture("GIF")
DRAWING = (b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
           b'<rect width="40" height="20" fill="#1d5c8c"/></svg>')
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
DOCTYPE = (b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n')


# 1.6 KB: eight levels of ten <use> copies each, a hundred million shapes once drawn out.
USE_BOMB = (Path(__file__).parents[1] / "data" / "logos" / "use-bomb.svg").read_bytes()

ENTITY_BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
               b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
               b'<svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>')


@dataclass(frozen=True)
class Case:
    """``make(folder, outside)`` puts the file in place and returns the logo field's value."""

    make: Callable[[Path, Path], str]
    kind: str = ""  # the kind read when accepted
    code: str = ""  # the check's code when refused
    pickable: bool = True  # also chosen with "Choose logo…" (a file, not a path rule)


def file(name: str, data: bytes) -> Callable[[Path, Path], str]:
    def make(folder: Path, outside: Path) -> str:
        (folder / name).write_bytes(data)
        return name

    return make


def too_big(folder: Path, outside: Path) -> str:
    with (folder / "huge.png").open("wb") as handle:
        handle.write(PNG)
        handle.truncate(MAX_LOGO_BYTES + 1)  # sparse: nothing is written to disk
    return "huge.png"


def fifo(folder: Path, outside: Path) -> str:
    if not hasattr(os, "mkfifo"):
        pytest.skip("this system has no named pipes")
    os.mkfifo(folder / "pipe.png")  # opening it for reading would wait for a writer forever
    return "pipe.png"


def link_out(folder: Path, outside: Path) -> str:
    (outside / "secret.png").write_bytes(PNG)
    (folder / "linked.png").symlink_to(outside / "secret.png")
    return "linked.png"


def dot_dot(folder: Path, outside: Path) -> str:
    (outside / "up.png").write_bytes(PNG)
    return "../up.png"


def absolute(folder: Path, outside: Path) -> str:
    (outside / "abs.png").write_bytes(PNG)
    return str(outside / "abs.png")


CASES = {
    "png": Case(file("logo.png", PNG), kind="image/png"),
    "jpeg": Case(file("logo.jpg", JPEG), kind="image/jpeg"),
    "svg": Case(file("logo.svg", DRAWING), kind="image/svg+xml"),
    "svg with <?xml": Case(file("logo.svg", XML_DECLARATION + DRAWING), kind="image/svg+xml"),
    "svg with <!DOCTYPE svg": Case(file("logo.svg", XML_DECLARATION + DOCTYPE + DRAWING),
                                   kind="image/svg+xml"),
    "svg with a comment first": Case(file("logo.svg", b"<!-- Made by hand -->\n" + DRAWING),
                                     kind="image/svg+xml"),
    "svg with a byte-order mark": Case(file("logo.svg", b"\xef\xbb\xbf" + DRAWING),
                                       kind="image/svg+xml"),
    "png named .svg": Case(file("logo.svg", PNG), kind="image/png"),
    "gif": Case(file("logo.gif", GIF), code="logo-not-image"),
    "html pretending": Case(
        file("logo.svg", b"<!DOCTYPE html>\n<html><body>" + DRAWING + b"</body></html>"),
        code="logo-not-image"),
    "text named .png": Case(file("logo.png", b"name:password\n"), code="logo-not-image"),
    "too big": Case(too_big, code="logo-too-large"),
    "fifo": Case(fifo, code="logo-not-a-file"),
    "billion laughs of <use>": Case(file("bomb.svg", USE_BOMB), code="logo-unsafe-svg"),
    "entity expansion": Case(file("entities.svg", ENTITY_BOMB), code="logo-unsafe-svg"),
    "svg naming a file": Case(
        file("outer.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"'
                          b' width="9" height="9"/></svg>'), code="logo-unsafe-svg"),
    "svg with a script": Case(
        file("script.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>'
                           b"</svg>"), code="logo-unsafe-svg"),
    "symlink leading out": Case(link_out, code="logo-outside-folder", pickable=False),
    "..": Case(dot_dot, code="logo-outside-folder", pickable=False),
    "absolute path": Case(absolute, code="logo-outside-folder", pickable=False),
}


@pytest.fixture
def place(tmp_path):
    folder, outside = tmp_path / "brief", tmp_path / "elsewhere"
    folder.mkdir()
    outside.mkdir()

    def make(case: Case) -> tuple[Path, str]:
        return folder, case.make(folder, outside)

    return make


@pytest.mark.timeout(60)  # a pipe opened for reading would hang here
@pytest.mark.parametrize("name", list(CASES))
def test_checks_renderer_and_logo_field_agree(qtbot, place, name):
    case = CASES[name]
    folder, value = place(case)

    problems = check_logo(value, folder)
    url, reason = logo_data_url(value, folder)
    ctx = make_ctx(Brief(), folder / "ours.brief.yaml")
    ctx.session.brief.organisation.logo = value
    page = OrganisationPage(ctx)
    show_page(qtbot, page)

    if case.kind:
        assert problems == []
        assert reason is None
        assert url.startswith(f"data:{case.kind};base64,")
        data = (folder / value).read_bytes()
        assert base64.b64decode(url.split(",", 1)[1]) == data
        assert "PNG, JPEG or SVG, up to 5 MB" in page.logo.hint.text()
        if case.kind != "image/svg+xml":
            assert not page.logo.thumbnail.pixmap().isNull()
    else:
        (problem,) = problems
        assert (problem.code, problem.path) == (case.code, ("organisation", "logo"))
        assert url == ""
        assert reason is not None and "organisation.logo" in reason
        assert problem.message in reason  # the renderer says it in the same words
        assert page.logo.hint.text() == problem.message  # and so does the logo field
        assert page.logo.thumbnail.pixmap().isNull()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.pickable])
def test_choose_logo_agrees_with_the_checks(qtbot, place, monkeypatch, name):
    case = CASES[name]
    folder, value = place(case)
    chosen = folder / value
    ctx = make_ctx(Brief(), folder / "ours.brief.yaml")
    page = OrganisationPage(ctx)
    show_page(qtbot, page)
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    click(qtbot, page.logo.choose_button)
    problems = check_logo(value, folder)
    if case.kind:
        assert warned == [] and problems == []
        assert ctx.session.brief.organisation.logo == value
    else:
        (problem,) = problems
        assert warned == [problem.message.replace(f"“{value}”", f"“{chosen.name}”")]
        assert ctx.session.brief.organisation.logo == ""
