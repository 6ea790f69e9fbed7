"""Benchmark: the desktop app's cold start, edit-to-preview latency and event-loop lag.

1. Cold start to the first window on screen, in fresh processes (median of several runs):
   a bare PySide6 ``QMainWindow`` script against ``briefwriter EXAMPLE`` (through the real
   command-line entry point), and whether WeasyPrint was imported in the GUI process.
2. Edit -> preview pages updated, for the example position paper: from the edit, and from the
   moment the debounced job is sent to the worker.
3. GUI event-loop lag while previews render: a 5 ms timer measures its own lateness.

Targets (2 cores): start <= 1.5 x bare; preview median <= 0.6 s; lag p99 <= 16 ms.
Run: make bench (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"

# Printed by the child when its first window is exposed; then the child quits normally.
_FIRST_SHOWN_HOOK = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

class FirstShown(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Expose
                and isinstance(obj, QWindow) and obj.isExposed()):
            self.done = True
            print("SHOWN weasyprint=%s" % ("weasyprint" in sys.modules), flush=True)
            QTimer.singleShot(0, QApplication.closeAllWindows)
        return False

hook = FirstShown()
"""

BARE_SCRIPT = _FIRST_SHOWN_HOOK + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv)
app.installEventFilter(hook)
window = QMainWindow()
window.resize(800, 600)
window.show()
sys.exit(app.exec())
"""

APP_SCRIPT = _FIRST_SHOWN_HOOK + """
import briefwriter.gui.app as app_module
from briefwriter.cli import main

_create_app = app_module.create_app

def create_app(argv=()):
    app = _create_app(argv)
    app.installEventFilter(hook)
    return app

app_module.create_app = create_app
sys.exit(main(sys.argv[1:]))
"""


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


# --------------------------------------------------------------------------------------
# 1. cold start
# --------------------------------------------------------------------------------------


def _time_to_first_window(script: str, args: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=str(ROOT))
    assert proc.stdout is not None
    shown_line = ""
    elapsed = float("nan")
    for line in proc.stdout:
        if line.startswith("SHOWN"):
            elapsed = time.perf_counter() - start
            shown_line = line.strip()
            break
    proc.stdout.read()
    proc.wait(timeout=60)
    if not shown_line:
        raise SystemExit(f"the child never showed a window (exit code {proc.returncode})")
    return elapsed, shown_line


def bench_cold_start(runs: int) -> None:
    example = ROOT / "examples" / EXAMPLE
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        for name in ("config", "state", "templates"):
            (Path(tmp) / name).mkdir()
        env["BRIEFWRITER_CONFIG_DIR"] = str(Path(tmp) / "config")
        env["BRIEFWRITER_STATE_DIR"] = str(Path(tmp) / "state")
        env["BRIEFWRITER_TEMPLATES_DIR"] = str(Path(tmp) / "templates")
        # Not the first run: no guide, so both programs show exactly one window.
        (Path(tmp) / "config" / "briefwriter.ini").write_text(
            "[help]\nshow_getting_started=false\n", encoding="utf-8")
        # One untimed run of each warms the disk cache for both alike.
        _time_to_first_window(BARE_SCRIPT, [], env)
        _time_to_first_window(APP_SCRIPT, [str(example)], env)
        bare: list[float] = []
        app: list[float] = []
        weasy_lines: set[str] = set()
        for _ in range(runs):  # interleaved, so load changes hit both alike
            bare.append(_time_to_first_window(BARE_SCRIPT, [], env)[0])
            elapsed, line = _time_to_first_window(APP_SCRIPT, [str(example)], env)
            app.append(elapsed)
            weasy_lines.add(line)
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"cold start, bare QMainWindow: median {bare_median * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f}, {runs} runs)")
    print(f"cold start, briefwriter {EXAMPLE}: median {app_median * 1000:.0f} ms "
          f"(min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f}, {runs} runs)")
    print(f"ratio app / bare: {app_median / bare_median:.2f} (target <= 1.5)")
    imported = any("weasyprint=True" in line for line in weasy_lines)
    print(f"weasyprint imported in the GUI process at first show: {imported}")


# --------------------------------------------------------------------------------------
# 2 and 3: in-process, with a real worker
# --------------------------------------------------------------------------------------


def _wait(signal, timeout_ms: int = 60_000) -> list[object]:
    """Run the event loop until ``signal`` fires; its arguments."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    got: list[object] = []

    def done(*args: object) -> None:
        got[:] = [True, *args]
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    if not got:
        raise SystemExit("timed out waiting for the preview")
    return got[1:]


def bench_preview(edits: int, lag_edits: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from briefwriter.core.storage import load_brief
    from briefwriter.gui.preview import PreviewPane
    from briefwriter.gui.render_service import DEBOUNCE_MS, RenderService
    from briefwriter.gui.session import Session
    from briefwriter.paths import examples_dir

    app = QApplication.instance() or QApplication([])
    path = examples_dir() / EXAMPLE
    session = Session(load_brief(path).brief, path)
    service = RenderService(session)
    pane = PreviewPane(service)
    line = pane.fontMetrics().height()
    pane.resize(40 * line, 50 * line)
    pane.show()
    sent: list[float] = []
    service.previewStarted.connect(lambda: sent.append(time.perf_counter()))
    try:
        service.start()
        pages = _wait(pane.pagesUpdated)[0]
        base = session.brief.summary
        total: list[float] = []
        after_debounce: list[float] = []
        worker_ms: list[float] = []
        for i in range(edits):
            session.set_value(("summary",), f"{base} Edit number {i}.")
            edited = time.perf_counter()
            _wait(pane.pagesUpdated)
            done = time.perf_counter()
            total.append(done - edited)
            after_debounce.append(done - sent[-1])
            worker_ms.append(float(service.last_preview_result["timings"]["total_ms"]))
        print(f"edit -> preview pages updated, example position paper ({pages} pages), "
              f"{edits} edits:")
        print(f"  from the edit (includes the {DEBOUNCE_MS} ms debounce): median "
              f"{statistics.median(total) * 1000:.0f} ms, max {max(total) * 1000:.0f} ms")
        print(f"  after the debounce (job sent -> pages on screen): median "
              f"{statistics.median(after_debounce) * 1000:.0f} ms, max "
              f"{max(after_debounce) * 1000:.0f} ms (target <= 600 ms)")
        print(f"  of which the worker's render: median {statistics.median(worker_ms):.0f} ms")

        # Event-loop lag: a 5 ms timer notes how late each tick comes while previews run.
        clock = QElapsedTimer()
        late: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(5)

        def tick() -> None:
            elapsed = clock.nsecsElapsed() / 1e6
            clock.restart()
            late.append(max(0.0, elapsed - 5.0))

        timer.timeout.connect(tick)
        clock.start()
        timer.start()
        for i in range(lag_edits):
            session.set_value(("summary",), f"{base} Lag edit {i}.")
            _wait(pane.pagesUpdated)
        timer.stop()
        print(f"GUI event-loop lag over {len(late)} ticks while {lag_edits} previews rendered: "
              f"p50 {_percentile(late, 0.5):.1f} ms, p99 {_percentile(late, 0.99):.1f} ms, "
              f"max {max(late):.1f} ms (target p99 <= 16 ms)")
        print(f"weasyprint imported in this GUI process after the previews: "
              f"{'weasyprint' in sys.modules}")
    finally:
        service.shutdown()
        pane.close()
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold starts of each program")
    parser.add_argument("--edits", type=int, default=15, help="edits timed to the preview")
    parser.add_argument("--lag-edits", type=int, default=10, help="previews under the lag timer")
    args = parser.parse_args()
    print(textwrap.dedent(f"""\
        BriefWriter GUI benchmark: Python {sys.version.split()[0]}, {os.cpu_count()} CPUs,
        Qt platform {os.environ.get('QT_QPA_PLATFORM', '(default)')}"""))
    bench_cold_start(args.runs)
    bench_preview(args.edits, args.lag_edits)


if __name__ == "__main__":
    main()
