"""Benchmark: the desktop app's cold start, edit-to-preview latency and event-loop lag.

1. Cold start to the first window on screen, in fresh processes (median of several runs):
   a bare PySide6 ``QMainWindow`` script against ``briefwriter EXAMPLE`` (through the real
   command-line entry point); the longest event-loop stall in the 3 s after that first
   paint, while the app completes itself; whether WeasyPrint was imported in the GUI process.
2. Keystroke -> new preview shown, for the example position paper, against the same render by
   a plain worker client (interleaved); an edit the template never shows (no render).
3. GUI event-loop lag while previews render (a 5 ms timer measures its own lateness), for the
   example and for a long brief, whose progress reports are counted.

Targets (2 cores): start <= 1.3 x bare; keystroke -> preview <= 1.15 x the bare render; an
unchanged preview <= 20 ms; lag p99 <= 16 ms; a long preview shows its progress.
Run: make bench (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py).
"""

from __future__ import annotations

import argparse
import itertools
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
sys.path.insert(0, str(ROOT / "bench"))  # the long briefs

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"
STALL_WINDOW_S = 3.0

# Run in the child before the program.  When a window is first exposed it prints a line
# (which the parent times), then watches the event loop for STALL_WINDOW_S with a 5 ms timer
# (below 20 ms Qt makes every timer a precise one) and prints the longest gap beyond 5 ms.
# By default the hook watches only the windows shown, through QWidget.show.  An
# application-wide Python event filter (``--watch application``, how this benchmark first
# measured) has every object that gets an event converted to Python: it costs the program
# time in proportion to its size, and an object of one of Qt's private classes (a QSplitter
# makes a QAnimationTimer) makes PySide create the Python types of whole modules, ~20 ms.
# Neither hook touches QtCore.Qt, whose enums a program pays for when it first needs them.
_FIRST_SHOWN_HOOK = """
import sys, time
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget
APPLICATION_WIDE = WATCH_APPLICATION

class FirstShown(QObject):
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Expose
                and isinstance(obj, QWindow) and obj.isExposed()):
            self.done = True
            print("SHOWN weasyprint=%s cpu_ms=%.0f" % ("weasyprint" in sys.modules,
                  time.process_time() * 1000), flush=True)
            self.watch_stalls()
        return False

    def watch_stalls(self):
        self.clock, self.since_shown = QElapsedTimer(), QElapsedTimer()
        self.clock.start()
        self.since_shown.start()
        self.longest, self.longest_at = 0.0, 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self):
        late = self.clock.nsecsElapsed() / 1e6 - 5.0
        self.clock.restart()
        if late > self.longest:
            self.longest, self.longest_at = late, self.since_shown.elapsed()
        if self.since_shown.elapsed() >= STALL_WINDOW_MS:
            self.timer.stop()
            print("STALL %.1f at_ms=%d weasyprint=%s" % (self.longest, self.longest_at,
                  "weasyprint" in sys.modules), flush=True)
            QApplication.closeAllWindows()

hook = FirstShown()
_show = QWidget.show

def show(widget):
    _show(widget)
    handle = widget.windowHandle()
    if handle is not None and not hook.done and not APPLICATION_WIDE:
        handle.installEventFilter(hook)

QWidget.show = show
""".replace("STALL_WINDOW_MS", str(int(STALL_WINDOW_S * 1000)))

BARE_SCRIPT = _FIRST_SHOWN_HOOK + """
from PySide6.QtWidgets import QMainWindow
app = QApplication(sys.argv)
if APPLICATION_WIDE:
    app.installEventFilter(hook)
window = QMainWindow()
window.resize(800, 600)
window.show()
sys.exit(app.exec())
"""

APP_SCRIPT = _FIRST_SHOWN_HOOK + """
if APPLICATION_WIDE:  # installed as soon as the app's QApplication exists
    import briefwriter.gui.app as app_module
    _create_app = app_module.create_app

    def create_app(argv=()):
        app = _create_app(argv)
        app.installEventFilter(hook)
        return app

    app_module.create_app = create_app
from briefwriter.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _field(line: str, name: str) -> str:
    return next(part.split("=", 1)[1] for part in line.split() if part.startswith(name + "="))


# --------------------------------------------------------------------------------------
# 1. cold start
# --------------------------------------------------------------------------------------


class Start:
    """One cold start: seconds to the first window, the child's CPU time by then, the
    longest event-loop stall in the seconds after, and whether WeasyPrint was loaded."""

    def __init__(self, script: str, args: list[str], env: dict[str, str]) -> None:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True, env=env, cwd=str(ROOT))
        assert proc.stdout is not None
        self.shown = self.cpu_ms = self.stall_ms = float("nan")
        self.stall_at_ms = 0
        self.weasyprint: set[str] = set()
        for line in proc.stdout:
            if line.startswith("SHOWN"):
                self.shown = time.perf_counter() - start
                self.cpu_ms = float(_field(line, "cpu_ms"))
                self.weasyprint.add(_field(line, "weasyprint"))
            elif line.startswith("STALL"):
                self.stall_ms = float(line.split()[1])
                self.stall_at_ms = int(_field(line, "at_ms"))
                self.weasyprint.add(_field(line, "weasyprint"))
        proc.wait(timeout=60)
        if self.shown != self.shown:  # nan: no window
            raise SystemExit(f"the child never showed a window (exit code {proc.returncode})")


def _ms(values: list[float]) -> str:
    return (f"median {statistics.median(values) * 1000:.0f} ms "
            f"(min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f})")


def bench_cold_start(runs: int, bytecode_cache: bool, watch: str) -> None:
    example = ROOT / "examples" / EXAMPLE
    application_wide = str(watch == "application")
    bare_script = BARE_SCRIPT.replace("WATCH_APPLICATION", application_wide)
    app_script = APP_SCRIPT.replace("WATCH_APPLICATION", application_wide)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        for name in ("config", "state", "templates"):
            (Path(tmp) / name).mkdir()
        env["BRIEFWRITER_CONFIG_DIR"] = str(Path(tmp) / "config")
        env["BRIEFWRITER_STATE_DIR"] = str(Path(tmp) / "state")
        env["BRIEFWRITER_TEMPLATES_DIR"] = str(Path(tmp) / "templates")
        if bytecode_cache:
            # Compiled modules, as an installed copy has them: kept in a private folder that
            # the untimed runs fill, for both programs alike.
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")
        else:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        # Not the first run: no guide, so both programs show exactly one window.
        (Path(tmp) / "config" / "briefwriter.ini").write_text(
            "[help]\nshow_getting_started=false\n", encoding="utf-8")
        # One untimed run of each warms the disk cache (and the bytecode cache) alike.
        Start(bare_script, [], env)
        Start(app_script, [str(example)], env)
        bare: list[Start] = []
        app: list[Start] = []
        for _ in range(runs):  # interleaved, so load changes hit both alike
            bare.append(Start(bare_script, [], env))
            app.append(Start(app_script, [str(example)], env))
    how = "with" if bytecode_cache else "without"
    print(f"cold start to the first window, {runs} runs each, {how} Python's bytecode cache, "
          f"watching {'the application' if watch == 'application' else 'the window shown'}:")
    bare_s, app_s = [r.shown for r in bare], [r.shown for r in app]
    print(f"  bare QMainWindow: {_ms(bare_s)}; CPU time by then median "
          f"{statistics.median(r.cpu_ms for r in bare):.0f} ms")
    print(f"  briefwriter {EXAMPLE}: {_ms(app_s)}; CPU time by then median "
          f"{statistics.median(r.cpu_ms for r in app):.0f} ms")
    print(f"  ratio app / bare: {statistics.median(app_s) / statistics.median(bare_s):.2f} "
          f"(target <= 1.3)")
    stalls = [r.stall_ms for r in app]
    worst = max(app, key=lambda r: r.stall_ms)
    print(f"  longest stall during the first {STALL_WINDOW_S:.0f} s after the first paint "
          f"(5 ms timer): app median {statistics.median(stalls):.0f} ms, worst "
          f"{worst.stall_ms:.0f} ms ({worst.stall_at_ms} ms after the first paint); bare "
          f"median {statistics.median(r.stall_ms for r in bare):.0f} ms")
    imported = {"True"} & set().union(*(r.weasyprint for r in app))
    print(f"  weasyprint imported in the GUI process (at first show, and {STALL_WINDOW_S:.0f} s "
          f"later with the first preview rendered): {bool(imported)}")


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


def _lag_timer(late: list[float]):
    """A 5 ms precise timer that notes how late each of its ticks comes."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer

    clock = QElapsedTimer()
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
    return timer


class _Preview:
    """A preview pane with its own render service for ``brief``, shown offscreen."""

    def __init__(self, brief, path: Path) -> None:
        from briefwriter.gui.preview import PreviewPane
        from briefwriter.gui.render_service import RenderService
        from briefwriter.gui.session import Session

        self.session = Session(brief, path)
        self.service = RenderService(self.session)
        self.pane = PreviewPane(self.service)
        line = self.pane.fontMetrics().height()
        self.pane.resize(40 * line, 50 * line)
        self.pane.show()
        self.service.start()
        self.pages = int(_wait(self.pane.pagesUpdated)[0])

    def bare_job(self, job_id: int, out: Path) -> dict:
        """The job the service sends for the brief as it is now, for a plain worker client."""
        from briefwriter.render import protocol

        return protocol.make_render_job(
            brief=self.session.brief_data(), brief_dir=str(self.session.brief_dir),
            template=self.session.brief.template.name, outputs={"pdf": str(out)},
            pdf_variant=self.service.preview_variant, mode="preview", job_id=job_id)

    def close(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.service.shutdown()
        self.pane.close()
        QApplication.processEvents()


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns at every window shown that it cannot pass on size hints;
    keep every other message."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def bench_preview(edits: int, lag_edits: int, long_pages: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from long_briefs import example
    from PySide6.QtWidgets import QApplication

    from briefwriter.render.client import RenderWorker

    app = QApplication.instance() or QApplication([])
    _quiet_offscreen_warnings()
    preview = _Preview(*example())
    session, service = preview.session, preview.service
    sent: list[float] = []
    service.previewStarted.connect(lambda: sent.append(time.perf_counter()))
    try:
        base = session.brief.summary
        total: list[float] = []
        after_send: list[float] = []
        worker_ms: list[float] = []
        bare: list[float] = []
        with tempfile.TemporaryDirectory() as tmp, RenderWorker() as worker:
            # The plain client's worker gets its first (in-process) job out of the way.
            worker.render(preview.bare_job(1, Path(tmp) / "warm.pdf"), timeout=120)
            for i in range(edits):  # interleaved, so load changes hit both alike
                session.set_value(("summary",), f"{base} Edit number {i}.")
                edited = time.perf_counter()
                _wait(preview.pane.pagesUpdated)
                done = time.perf_counter()
                total.append(done - edited)
                after_send.append(done - sent[-1])
                worker_ms.append(float(service.last_preview_result["timings"]["total_ms"]))
                job = preview.bare_job(i + 2, Path(tmp) / f"bare-{i}.pdf")
                started = time.perf_counter()
                result = worker.render(job, timeout=120)
                bare.append(time.perf_counter() - started)
                assert result["ok"], result
        keystroke = statistics.median(total)
        print(f"keystroke -> new preview shown, example position paper ({preview.pages} "
              f"pages), {edits} edits interleaved with the same render by a plain client:")
        print(f"  from the edit: median {keystroke * 1000:.0f} ms, max "
              f"{max(total) * 1000:.0f} ms; from the job sent: median "
              f"{statistics.median(after_send) * 1000:.0f} ms")
        print(f"  the worker's bare render of the same brief (client round trip): median "
              f"{statistics.median(bare) * 1000:.0f} ms; the render inside the worker: median "
              f"{statistics.median(worker_ms):.0f} ms")
        print(f"  ratio keystroke -> preview / bare render: "
              f"{keystroke / statistics.median(bare):.2f} (target <= 1.15); / the render inside "
              f"the worker: {keystroke * 1000 / statistics.median(worker_ms):.2f}")

        # An edit the template never shows: no render, the preview stays as it is.
        unchanged: list[float] = []
        for i in range(edits):
            session.set_value(("statement", "text"), f"Words for the plenary, draft {i}.")
            edited = time.perf_counter()
            _wait(service.previewUnchanged)
            unchanged.append(time.perf_counter() - edited)
        print(f"an edit the position paper never shows (the oral statement), {edits} edits: "
              f"median {statistics.median(unchanged) * 1000:.1f} ms, max "
              f"{max(unchanged) * 1000:.1f} ms to 'unchanged', no layout (target <= 20 ms)")

        late: list[float] = []
        timer = _lag_timer(late)
        for i in range(lag_edits):
            session.set_value(("summary",), f"{base} Lag edit {i}.")
            _wait(preview.pane.pagesUpdated)
        timer.stop()
        print(f"GUI event-loop lag over {len(late)} ticks while {lag_edits} previews rendered: "
              f"p50 {_percentile(late, 0.5):.1f} ms, p99 {_percentile(late, 0.99):.1f} ms, "
              f"max {max(late):.1f} ms (target p99 <= 16 ms)")
    finally:
        preview.close()
    bench_long_preview(long_pages, lag_edits)
    print(f"weasyprint imported in this GUI process after the previews: "
          f"{'weasyprint' in sys.modules}")
    app.processEvents()


def bench_long_preview(pages: int, edits: int) -> None:
    """A long brief: what the preview shows while it works, and the event loop's lag."""
    from long_briefs import grown_brief

    preview = _Preview(*grown_brief(pages))
    session, pane = preview.session, preview.pane
    reports: list[tuple[float, str, int]] = []
    statuses: set[str] = set()
    bar_seen: list[bool] = []

    def on_progress(stage: str, page: int) -> None:
        reports.append((time.perf_counter(), stage, page))
        statuses.add(pane.status.text())
        bar_seen.append(pane.progress.isVisible())

    preview.service.previewProgress.connect(on_progress)
    late: list[float] = []
    spans: list[float] = []
    try:
        timer = _lag_timer(late)
        for i in range(edits):
            reports.clear()
            session.set_value(("summary",), f"{session.brief.summary} More {i}.")
            edited = time.perf_counter()
            _wait(pane.pagesUpdated, 180_000)
            spans.append(time.perf_counter() - edited)
        timer.stop()
        first = reports[0][0] - edited if reports else float("nan")
        gaps = [b[0] - a[0] for a, b in itertools.pairwise(reports)]
        print(f"long brief ({preview.pages} pages), {edits} edits: preview in median "
              f"{statistics.median(spans):.1f} s; the last render sent {len(reports)} progress "
              f"reports (first {first * 1000:.0f} ms after the edit, then every "
              f"{statistics.median(gaps) * 1000 if gaps else float('nan'):.0f} ms), stages "
              f"{sorted({stage for _, stage, _ in reports})}, pages laid out up to "
              f"{max((p for _, s, p in reports if s == 'layout'), default=0)}; progress bar "
              f"visible: {all(bar_seen) and bool(bar_seen)}")
        print(f"  status lines seen, e.g.: {sorted(statuses)[:2]}")
        print(f"  GUI event-loop lag over {len(late)} ticks: p50 {_percentile(late, 0.5):.1f} "
              f"ms, p99 {_percentile(late, 0.99):.1f} ms, max {max(late):.1f} ms "
              f"(target p99 <= 16 ms)")
    finally:
        preview.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold starts of each program")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="cold starts compile every module from source (no .pyc files)")
    parser.add_argument("--watch", choices=("window", "application"), default="window",
                        help="how the child notices its first window: a filter on the window "
                        "shown (default) or on the whole application (costs the program time)")
    parser.add_argument("--only-start", action="store_true", help="skip the preview figures")
    parser.add_argument("--edits", type=int, default=15, help="edits timed to the preview")
    parser.add_argument("--lag-edits", type=int, default=10, help="previews under the lag timer")
    parser.add_argument("--long-pages", type=int, default=40, help="pages of the long brief")
    args = parser.parse_args()
    print(textwrap.dedent(f"""\
        BriefWriter GUI benchmark: Python {sys.version.split()[0]}, {os.cpu_count()} CPUs,
        Qt platform {os.environ.get('QT_QPA_PLATFORM', '(default)')}"""))
    bench_cold_start(args.runs, bytecode_cache=not args.no_bytecode_cache, watch=args.watch)
    if not args.only_start:
        bench_preview(args.edits, args.lag_edits, args.long_pages)


if __name__ == "__main__":
    main()
