"""``briefwriter self-check``: is this copy of BriefWriter complete, and does it work?

For the person who installed it (a wheel, a bundle, a source checkout) and for whoever helps
them: one line per part — where the program runs from, the GCM data, the bundled templates,
examples, fonts and interface translations, a real render of an example through the worker,
and (with ``--window``) the main window opened with that example until its preview shows
pages.  Nothing the person keeps is touched: the render goes to a temporary folder and the
window uses temporary settings and recovery folders.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefwriter import __version__
from briefwriter.paths import examples_dir, fonts_dir, i18n_dir, resources_dir, templates_dir

#: The interface languages besides English, one compiled translation file each.
TRANSLATED_UI_LANGUAGES = ("ar", "es", "fr", "ru", "zh")
#: The first bytes of a compiled Qt translation file.
QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
#: The example the render and window checks use (the README's example).
EXAMPLE_NAME = "imrf-2026-migrant-network.brief.yaml"


@dataclass(frozen=True)
class Outcome:
    """One part checked: its name, whether it is fine, and what was found."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


def _check(name: str, run: Callable[[], str]) -> Outcome:
    """Run one check; anything it raises is its failure, in its own words."""
    try:
        return Outcome(name, True, run())
    except Exception as exc:  # a broken installation is reported, never raised
        return Outcome(name, False, f"{type(exc).__name__}: {exc}")


def _installed_from() -> str:
    import briefwriter

    frozen = getattr(sys, "frozen", False)
    kind = "a self-contained bundle" if frozen else f"Python {platform.python_version()}"
    return f"BriefWriter {__version__} from {Path(briefwriter.__file__).parent} ({kind})"


def _gcm() -> str:
    from briefwriter.core.gcm import load_gcm_builtin

    gcm = load_gcm_builtin()
    if len(gcm.objectives) != 23:
        raise ValueError(f"{len(gcm.objectives)} objectives in the bundled data, not 23")
    return f"{len(gcm.objectives)} objectives, {len(gcm.principles)} guiding principles"


def _templates() -> str:
    from briefwriter.render.templates import list_templates

    bundled = sorted(p.name for p in list_templates() if p.bundled)
    if not bundled:
        raise FileNotFoundError(f"no template packs in {templates_dir()}")
    return ", ".join(bundled)


def example_brief() -> Path:
    """The bundled example the checks render (FileNotFoundError when it is missing)."""
    path = examples_dir() / EXAMPLE_NAME
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing")
    return path


def _examples() -> str:
    from briefwriter.core.storage import load_brief

    names = sorted(examples_dir().glob("*.brief.yaml"))
    if not names:
        raise FileNotFoundError(f"no example briefs in {examples_dir()}")
    example_brief()
    for path in names:
        load_brief(path)  # each one reads and passes the checks of the file format
    return f"{len(names)} in {examples_dir()}"


def _fonts() -> str:
    from fontTools.ttLib import TTFont

    files = sorted(fonts_dir().glob("*.ttf"))
    if not files:
        raise FileNotFoundError(f"no fonts in {fonts_dir()}")
    for path in files:
        with TTFont(path, lazy=True) as font:
            font["head"]  # a damaged or truncated file fails here
    return f"{len(files)} bundled fonts"


def _data_files() -> str:
    import json

    for name in ("brief.schema.json", "context.schema.json", "gcm.json"):
        with (resources_dir() / name).open(encoding="utf-8") as handle:
            json.load(handle)
    return f"schemas and GCM text in {resources_dir()}"


def _translations() -> str:
    missing, damaged = [], []
    for code in TRANSLATED_UI_LANGUAGES:
        path = i18n_dir() / f"briefwriter_{code}.qm"
        if not path.is_file():
            missing.append(path.name)
        elif path.read_bytes()[:16] != QM_MAGIC:
            damaged.append(path.name)
    if missing or damaged:
        parts = ([f"missing {', '.join(missing)}"] if missing else []) + (
            [f"not compiled translations: {', '.join(damaged)}"] if damaged else [])
        raise FileNotFoundError(f"in {i18n_dir()}: {'; '.join(parts)} (the interface would "
                                "stay in English)")
    return "Arabic, Chinese, French, Russian, Spanish (and English)"


def _pdf_reader() -> str:
    import pypdf  # what reads the official GCM PDF (Help ▸ Check the GCM Text…, gcm import)

    return f"pypdf {pypdf.__version__}, for checking the GCM text against the official PDF"


def installation_checks() -> list[Outcome]:
    """Every check that needs neither the renderer nor a window."""
    return [
        Outcome("Program", True, _installed_from()),
        _check("GCM data", _gcm),
        _check("Data files", _data_files),
        _check("Templates", _templates),
        _check("Examples", _examples),
        _check("Fonts", _fonts),
        _check("Interface translations", _translations),
        _check("PDF reader", _pdf_reader),
    ]


def render_check(render_example: Callable[[Path, Path], int]) -> Outcome:
    """Render the example to a temporary PDF with ``render_example(brief, pdf)`` (it returns
    the page count) and look at what came out."""

    def run() -> str:
        with tempfile.TemporaryDirectory(prefix="briefwriter-self-check-") as folder:
            pdf = Path(folder) / "example.pdf"
            pages = render_example(example_brief(), pdf)
            head = pdf.read_bytes()[:5]
            if head != b"%PDF-" or pages < 1:
                raise ValueError(f"the render wrote no PDF ({pages} pages, starts {head!r})")
            return f"{EXAMPLE_NAME} -> {pages} pages, {pdf.stat().st_size // 1024} KB"

    return _check("Render", run)


def window_check(timeout_s: float) -> Outcome:
    """Open the main window with the example until its preview shows pages (offscreen when
    there is no display)."""
    platform_note = ""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or os.environ.get("QT_QPA_PLATFORM")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        platform_note = " (offscreen: no display)"

    def run() -> str:
        from briefwriter.gui.window_check import open_window_with

        with _private_app_folders():
            return open_window_with(example_brief(), timeout_s) + platform_note

    return _check("Window", run)


@contextmanager
def _private_app_folders() -> Iterator[None]:
    """Temporary settings and recovery folders for the window check, so that it neither
    reads nor changes the person's own."""
    names = ("BRIEFWRITER_CONFIG_DIR", "BRIEFWRITER_STATE_DIR")
    saved = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix="briefwriter-self-check-") as folder:
        for name in names:
            os.environ[name] = str(Path(folder) / name.lower())
        try:
            yield
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


def run_all(render_example: Callable[[Path, Path], int], *, window: bool,
            timeout_s: float = 120.0) -> Iterator[Outcome]:
    """Every check in turn (the window last, when asked for)."""
    yield from installation_checks()
    yield render_check(render_example)
    if window:
        yield window_check(timeout_s)
