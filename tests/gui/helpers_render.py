"""Shared set-up for the preview, render service and export tests: briefs, packs, a worker."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pypdf

from briefwriter.core.model import Brief, Priority
from briefwriter.gui.render_service import READY, RenderService
from briefwriter.gui.session import Session

#: generous limits for waiting on a real worker (start-up and a render on a busy machine)
START_WAIT_MS = 60_000
RENDER_WAIT_MS = 60_000


def small_brief(title: str = "Detention is never in the best interests of a child") -> Brief:
    brief = Brief(title=title, summary="Our members ask for **alternatives to detention**.")
    brief.organisation.name = "Migrant Voices Test Network"
    brief.priorities.append(Priority(title="End child immigration detention",
                                     description="Children should never be detained."))
    brief.priorities[0].gcm.objectives.append(13)
    return brief


def pdf_text(path: str | Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def normalise(text: str) -> str:
    """Text with whitespace runs collapsed (PDF extraction breaks lines where it likes)."""
    return " ".join(text.split())


def write_pack(root: Path, name: str, body: str, *, css: str = "body { margin: 0; }") -> Path:
    """A minimal user template pack called ``name`` with ``body`` as its Jinja entry."""
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "template.yaml").write_text(textwrap.dedent(f"""\
        manifest_version: 1
        name: {name}
        title: Test pack {name}
        entry: template.html.j2
        stylesheets: [style.css]
        """), encoding="utf-8")
    (folder / "template.html.j2").write_text(textwrap.dedent(body), encoding="utf-8")
    (folder / "style.css").write_text(css, encoding="utf-8")
    return folder


SIMPLE_PAGE = """\
    <!doctype html>
    <html lang="{{ brief.language }}"><head><title>{{ brief.title }}</title></head>
    <body><h1>{{ brief.title }}</h1><p>{{ org.name }}</p></body></html>
    """

#: a Jinja syntax error on line 3 of the entry file
BROKEN_PAGE = """\
    <!doctype html>
    <html><body>
    <h1>{{ brief.title }</h1>
    </body></html>
    """

#: never finishes (the sandbox caps each range, not the nesting), writes nothing
ENDLESS_PAGE = """\
    <!doctype html>
    <html><body>
    {%- for i in range(100000) -%}{%- for j in range(100000) -%}{%- for k in range(100000) -%}
    {%- endfor -%}{%- endfor -%}{%- endfor -%}
    </body></html>
    """


def user_templates_dir() -> Path:
    return Path(os.environ["BRIEFWRITER_TEMPLATES_DIR"])


def started_service(qtbot, session: Session, **kwargs) -> RenderService:
    """A render service with a warm worker; the caller must shut it down (see ``service``)."""
    service = RenderService(session, **kwargs)
    with qtbot.waitSignal(service.workerStateChanged, timeout=START_WAIT_MS,
                          check_params_cb=lambda state: state == READY):
        service.start()
    return service


@contextmanager
def running_service(qtbot, session: Session, **kwargs) -> Iterator[RenderService]:
    """A started service (its first preview on its way), stopped and deleted afterwards."""
    service = started_service(qtbot, session, **kwargs)
    try:
        yield service
    finally:
        service.shutdown()
        service.deleteLater()
