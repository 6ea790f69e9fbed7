"""Screenshots of the desktop app's main steps for the README (``make screenshots``).

Opens the app on the bundled example brief in child processes (offscreen by default, or on
the current display with ``--on-display``, e.g. under ``xvfb-run``), visits the steps, waits
for the live preview and saves PNGs: the main steps at 100 %, one step at 200 %
(``QT_SCALE_FACTOR=2``) and one laid out right to left.  Settings and recovery files go to a
temporary folder, so the person's own are never touched.

    python docs/screenshots.py [OUT_DIR]        # default: docs/images
    python docs/screenshots.py --all OUT_DIR    # every step in every variant, for review
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"
ALL_STEPS = ("organisation", "occasion", "priorities", "gcm", "aims", "messages", "evidence",
             "cosignatories", "look", "review")
WAIT_S = 90.0  # worker start-up and the first render on a slow machine
MAX_COLOURS = 256  # a palette keeps screenshots of a calm UI small without visible loss


@dataclass(frozen=True)
class Variant:
    """One child run: how the app is started and which steps are saved under which names."""

    name: str
    env: dict[str, str]
    size: tuple[int, int]  # window size in logical pixels
    shots: dict[str, str]  # step id -> file name

    def all_steps(self) -> Variant:
        return Variant(self.name, self.env, self.size,
                       {step: f"{self.name}-{i:02d}-{step}.png"
                        for i, step in enumerate(ALL_STEPS, start=1)})


VARIANTS = (
    Variant("100", {}, (1480, 900), {
        "organisation": "screenshot-organisation.png",
        "priorities": "screenshot-priorities.png",
        "gcm": "screenshot-link-to-the-gcm.png",
        "aims": "screenshot-engagement-aims.png",
        "look": "screenshot-template-and-look.png",
        "review": "screenshot-review-and-export.png",
    }),
    Variant("200", {"QT_SCALE_FACTOR": "2"}, (1180, 720), {
        "priorities": "screenshot-200-percent.png",
    }),
    Variant("rtl", {"BRIEFWRITER_UI_DIRECTION": "rtl"}, (1480, 900), {
        "priorities": "screenshot-right-to-left.png",
    }),
)


# --------------------------------------------------------------------------------------
# The parent: one child process per variant, each in fresh settings folders
# --------------------------------------------------------------------------------------


def run_variant(variant: Variant, out_dir: Path, on_display: bool) -> None:
    with tempfile.TemporaryDirectory(prefix="briefwriter-shots-") as tmp:
        home = Path(tmp)
        env = dict(os.environ)
        for name in ("config", "state", "templates"):
            (home / name).mkdir()
            env[f"BRIEFWRITER_{name.upper()}_DIR"] = str(home / name)
        env.pop("BRIEFWRITER_UI_DIRECTION", None)
        env.pop("QT_SCALE_FACTOR", None)
        env.update(variant.env)
        if not on_display:
            env["QT_QPA_PLATFORM"] = "offscreen"
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        # The example and its logo, copied: the app never writes beside the bundled files.
        brief_dir = home / "brief"
        shutil.copytree(ROOT / "examples", brief_dir)
        width, height = variant.size
        shots = ",".join(f"{step}={name}" for step, name in variant.shots.items())
        command = [sys.executable, str(Path(__file__).resolve()), "--child",
                   str(brief_dir / EXAMPLE), str(out_dir), f"{width}x{height}", shots]
        result = subprocess.run(command, env=env, cwd=str(ROOT), check=False,
                                timeout=WAIT_S * 4)
        if result.returncode != 0:
            raise SystemExit(f"the {variant.name} screenshots failed "
                             f"(exit code {result.returncode})")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--child"]:
        return child(*args[1:5])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", default=str(ROOT / "docs" / "images"),
                        help="folder for the PNG files (default: docs/images)")
    parser.add_argument("--all", action="store_true",
                        help="every step in every variant (to look the whole app over)")
    parser.add_argument("--only", choices=[v.name for v in VARIANTS], action="append",
                        help="only this variant (may be repeated)")
    parser.add_argument("--on-display", action="store_true",
                        help="use the current display (e.g. under xvfb-run) instead of "
                             "offscreen rendering")
    options = parser.parse_args(args)
    out_dir = Path(options.out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    for variant in VARIANTS:
        if options.only and variant.name not in options.only:
            continue
        run_variant(variant.all_steps() if options.all else variant, out_dir,
                    options.on_display)
    for path in sorted(out_dir.glob("*.png")):
        print(f"{path.stat().st_size // 1024:5d} KB  {path}")
    return 0


# --------------------------------------------------------------------------------------
# The child: the real app, driven step by step
# --------------------------------------------------------------------------------------


def wait_until(predicate: Callable[[], bool], what: str, timeout_s: float = WAIT_S) -> None:
    """Run the event loop until ``predicate()`` holds (checked every few milliseconds)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s
    timer = QTimer()
    timer.setInterval(10)

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()
    if not predicate():
        raise SystemExit(f"timed out waiting for {what}")


def settle(ms: int = 150) -> None:
    """Let queued layout, paint and preview-swap events run for a moment."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save_png(image: Any, path: Path) -> None:
    """Save with a palette of 256 colours: a third of the size and the same look.

    Qt's own conversion maps colours onto a fixed cube (a pale green turns cyan); Pillow,
    which WeasyPrint installs anyway, picks the palette from the picture.  Without Pillow
    the full-colour PNG is kept.
    """
    from PySide6.QtCore import QBuffer, QIODevice

    try:
        from PIL import Image
    except ImportError:
        image.save(str(path), "PNG")
        return
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    with Image.open(io.BytesIO(bytes(buffer.data()))) as full:
        small = full.convert("RGB").quantize(MAX_COLOURS, method=Image.Quantize.MAXCOVERAGE,
                                             dither=Image.Dither.NONE)
        small.save(path, optimize=True)


def current_page(window: Any) -> Any:
    """The step page on show (the stack may hold it inside another widget)."""
    from briefwriter.gui.steps.base import StepPage

    shown = window.stack.currentWidget()
    return shown if isinstance(shown, StepPage) else shown.findChild(StepPage)


def prepare_step(window: Any, step: str) -> None:
    """Put a step in the state worth showing (selections, an expanded objective)."""
    page = current_page(window)
    if step == "gcm":
        from briefwriter.core.gcm import load_gcm

        brief = window.session.brief
        objectives = brief.priorities[0].gcm.objectives if brief.priorities else []
        objective = load_gcm().objective(objectives[0] if objectives else 13)
        page.browser.reveal(objective)
        index = page.browser.tree.currentIndex()
        page.browser.tree.expand(index)
        page.browser.tree.scrollTo(index, page.browser.tree.ScrollHint.PositionAtTop)
        page.browser.tree.setFocus()
    elif step in ("priorities", "aims"):
        page.editor.list.setFocus()
    elif step == "review":
        items = page.problem_items()
        if items:
            page.problems.setCurrentItem(items[0])
        page.problems.setFocus()
    elif step == "look":
        page.templates.setFocus()


def _quiet_qt_messages() -> None:
    """Drop the offscreen platform's notes on what it cannot do (window hints, raising)."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind: object, _context: object, message: str) -> None:
        if "This plugin does not support" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def child(brief: str, out_dir: str, size: str, shots: str) -> int:
    from PySide6.QtPdf import QPdfPageRenderer

    from briefwriter.gui.app import create_app, start
    from briefwriter.gui.settings import Settings

    _quiet_qt_messages()
    app = create_app([])
    settings = Settings()
    settings.show_welcome = False
    window = start(app, [brief], settings=settings)
    width, height = (int(v) for v in size.split("x"))
    window.resize(width, height)
    brief_path = Path(brief)
    wait_until(lambda: window.is_built() and window.session.path == brief_path,
               "the example brief to open")

    # The first preview of the example: the pages are in, and the view has drawn one.
    fresh = {"pages": False, "drawn": False}
    window.preview.pagesUpdated.connect(lambda _pages: fresh.update(pages=True))
    renderer = window.preview.view.findChild(QPdfPageRenderer)
    if renderer is not None:
        renderer.pageRendered.connect(lambda *_a: fresh.update(drawn=fresh["pages"]))
    else:
        fresh["drawn"] = True
    window.render.request_preview()
    wait_until(lambda: fresh["pages"], "the preview")
    window.preview.view.viewport().update()
    wait_until(lambda: fresh["drawn"], "the preview pages to be drawn")

    for item in shots.split(","):
        step, name = item.split("=", 1)
        if not window.show_step(step):
            raise SystemExit(f"no step called {step!r}")
        settle()
        prepare_step(window, step)
        settle()
        save_png(window.grab().toImage(), Path(out_dir) / name)
        print(f"saved {name}", flush=True)

    window.session.undo_stack.setClean()  # nothing to ask on closing
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
