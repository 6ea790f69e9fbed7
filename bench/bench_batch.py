"""Benchmark: 50 briefs rendered in one batch against one after another.

The 50 briefs are copies of the bundled examples (each with its own title, each with the
template it names) in a temporary folder.  Three ways of making the same 50 PDFs:

- one after another: 50 separate ``briefwriter render BRIEF -o OUT.pdf`` runs, which is what
  a coalition had to do before batches (a shell loop); each pays for a Python start-up and a
  render worker's start-up;
- batch, pool of 1: ``briefwriter render DIR/*.brief.yaml -o OUT/ -j 1``: one process, one
  worker, the documents one after another: what batching saves without parallelism;
- batch, one worker per core: the same command without ``-j``.

Wall time is measured around the command (a fresh process each time, as a person runs it).
Memory: for the separate runs, the largest process any run had (the operating system's
figure for the finished children); for the batches, the same batch is run again inside this
process with the command's own code (batch.plan_batch / run_batch) and workers that report
their peaks before they stop: each worker's largest process (the worker or the job it forked),
their sum (what the pool holds at most at once) and the largest.
CPU time (the command's and its workers') is printed beside the wall time: on a machine
busy with other work the wall times of a pool say little, the CPU times still say what a
batch saves.
Run: .venv/bin/python bench/bench_batch.py [--briefs 50] [--repeats 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from briefwriter import batch  # noqa: E402
from briefwriter.cli import _render_jobs  # noqa: E402
from briefwriter.core.storage import load_brief, save_brief  # noqa: E402
from briefwriter.paths import examples_dir  # noqa: E402
from briefwriter.render.client import RenderWorker  # noqa: E402

BRIEFWRITER = [sys.executable, "-m", "briefwriter"]


def make_briefs(folder: Path, count: int) -> list[Path]:
    """``count`` copies of the examples, titled apart, beside a copy of their logos."""
    examples = sorted(examples_dir().glob("*.brief.yaml"))
    if (examples_dir() / "logos").is_dir():
        shutil.copytree(examples_dir() / "logos", folder / "logos")
    paths = []
    for number in range(count):
        source = examples[number % len(examples)]
        brief = load_brief(source).brief
        brief.title = f"{brief.title} (copy {number + 1})"
        path = folder / f"brief-{number + 1:02d}.brief.yaml"
        save_brief(brief, path, keep_backup=False)
        paths.append(path)
    return paths


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its workers)."""
    cpu, start = cpu_seconds(), time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, cpu_seconds() - cpu


def children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


class MeasuredWorker(RenderWorker):
    """A render worker that asks for its peaks before it stops."""

    peaks: ClassVar[list[float]] = []

    def close(self) -> None:
        if self.pid is not None:
            pong: dict[str, Any] = self.ping()
            MeasuredWorker.peaks.append(max(pong.get("peak_rss_mb", 0.0),
                                            pong.get("children_peak_rss_mb", 0.0)))
        super().close()


def batch_memory(briefs: list[Path], out: Path, workers: int) -> tuple[float, float, int]:
    """(sum of the workers' peaks, the largest, pool size) for one batch run in-process."""
    MeasuredWorker.peaks = []
    plan = batch.plan_batch(
        [str(p) for p in briefs], [None], pdf_dir=out, html_dir=None,
        make_jobs=lambda path, outputs, loaded: _render_jobs(path, outputs, variant="ua-1",
                                                             loaded=loaded))
    outcomes = batch.run_batch(plan.documents, workers=workers, timeout=120,
                               on_done=lambda outcome: None, worker_factory=MeasuredWorker)
    failed = [o.failure.describe() for o in outcomes if o.failure is not None]
    if failed or plan.failures:
        raise SystemExit("a document failed: " + "; ".join(failed))
    peaks = MeasuredWorker.peaks
    return sum(peaks), max(peaks), len(peaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=2,
                        help="batch runs of each kind (the best is kept)")
    args = parser.parse_args()
    cores = batch.pool_size(10_000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "briefs").mkdir()
        briefs = make_briefs(folder / "briefs", args.briefs)
        pattern = str(folder / "briefs" / "*.brief.yaml")
        timed([*BRIEFWRITER, "render", str(briefs[0]), "-o", str(folder / "warm.pdf")])  # caches

        before = children_peak_mb()
        cpu, start = cpu_seconds(), time.perf_counter()
        for path in briefs:
            subprocess.run([*BRIEFWRITER, "render", str(path), "--no-brand", "-o",
                            str(folder / "one" / path.name.replace(".brief.yaml", ".pdf"))],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        separate = (time.perf_counter() - start, cpu_seconds() - cpu)
        separate_peak = max(children_peak_mb(), before)

        runs: dict[str, list[tuple[float, float]]] = {"1": [], "pool": []}
        for _ in range(args.repeats):  # interleaved, the best of each kept
            for key, jobs in (("1", ["-j", "1"]), ("pool", [])):
                runs[key].append(timed([*BRIEFWRITER, "render", pattern, "--no-brand", *jobs,
                                        "-o", str(folder / f"pool{key}") + "/"]))
        one, pooled = min(runs["1"]), min(runs["pool"])
        written = len(list((folder / "poolpool").glob("*.pdf")))
        assert written == len(briefs) == len(list((folder / "one").glob("*.pdf")))
        _one_sum, one_max, _ = batch_memory(briefs, folder / "m1", 1)
        pool_sum, pool_max, size = batch_memory(briefs, folder / "mp", cores)

    n = len(briefs)
    load = os.getloadavg()[0]
    print(f"{n} briefs (copies of the {len(list(examples_dir().glob('*.brief.yaml')))} "
          f"examples, each with its own template), {os.cpu_count()} cores, load average "
          f"{load:.1f} at the end; wall time (CPU time of the command and its workers):")
    rows = [(f"one after another ({n} separate runs)", separate,
             f"largest process {separate_peak:.0f} MB"),
            ("batch, pool of 1", one, f"worker peak {one_max:.0f} MB"),
            (f"batch, {size} workers", pooled,
             f"workers' peaks {pool_sum:.0f} MB together, largest {pool_max:.0f} MB")]
    for label, (wall, cpu), memory in rows:
        print(f"  {label + ':':<38}{wall:6.1f} s ({cpu:5.1f} s CPU, {wall / n * 1000:4.0f} ms "
              f"a brief, {separate[0] / wall:4.2f}x the separate runs); {memory}")
    print(f"  {size} workers against a pool of 1: {one[0] / pooled[0]:.2f}x")

if __name__ == "__main__":
    main()
