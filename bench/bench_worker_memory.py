"""Benchmark: the render worker's memory on long briefs, and whether collecting its garbage
ever delays the next job.

1. Peak memory: for each size, a fresh worker renders the example (its template's first job,
   in the worker itself), then the example grown to about N pages (a job in a forked copy),
   as a preview; prints the worker's own peak and resident memory and its children's peak.
   A child's resident memory counts the pages it shares with the worker, so the children's
   peak is the most the machine saw at once for that job.
2. Collection: a fresh worker's first job is the long brief (its garbage stays in the
   worker); the example is sent at once after it, then again after an idle moment (when the
   worker has collected), interleaved over several rounds.  Prints both medians and their
   ratio (1.0 = collection never delays the next job) and the collection's own time.
Targets (2 cores): peak <= 150 MB up to 25 pages, <= 200 MB at 80 pages; ratio about 1.0.
Run: .venv/bin/python bench/bench_worker_memory.py [--sizes 25 80] [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from long_briefs import example, grown_brief  # noqa: E402

from briefwriter.core.model import brief_to_data  # noqa: E402
from briefwriter.render.client import RenderWorker  # noqa: E402
from briefwriter.render.protocol import make_render_job  # noqa: E402

TEMPLATE = "position-paper"
IDLE_S = 0.3  # well past the worker's wait before it collects


def job(brief, path: Path, out: Path, job_id: int = 0) -> dict:
    return make_render_job(brief=brief_to_data(brief), brief_dir=str(path.parent),
                           template=TEMPLATE, outputs={"pdf": str(out)}, pdf_variant="none",
                           mode="preview", job_id=job_id)


def rendered(worker: RenderWorker, message: dict) -> dict:
    result = worker.render(message, timeout=300)
    if not result.get("ok"):
        raise SystemExit(f"render failed: {result.get('error')}")
    return result


def peak_memory(sizes: list[int], out: Path) -> None:
    print("worker memory, preview of the example grown to about N pages, a fresh worker each:")
    small = job(*example(), out)
    for pages in sizes:
        with RenderWorker() as worker:
            rendered(worker, small)  # the template's first job: in the worker, caches warm
            warm = worker.ping()
            result = rendered(worker, job(*grown_brief(pages), out))
            after = worker.ping()
        peak = max(after["peak_rss_mb"], after["children_peak_rss_mb"])
        print(f"  {result['pages']} pages: peak {peak:.0f} MB (the worker's own "
              f"{after['peak_rss_mb']:.0f} MB, warm {warm['rss_mb']:.0f} MB, after the job "
              f"{after['rss_mb']:.0f} MB; the job's forked copy "
              f"{after['children_peak_rss_mb']:.0f} MB) (target "
              f"{'<= 150' if pages <= 25 else '<= 200'} MB)")


def collection_delay(pages: int, rounds: int, out: Path) -> None:
    big = job(*grown_brief(pages), out)
    small = job(*example(), out)
    at_once: list[float] = []
    after_idle: list[float] = []
    collection_ms: list[float] = []
    for _ in range(rounds):
        with RenderWorker() as worker:
            rendered(worker, big)  # the first job: its garbage stays in the worker
            start = time.perf_counter()
            rendered(worker, small)
            at_once.append(time.perf_counter() - start)
            time.sleep(IDLE_S)
            collection_ms.append(worker.ping()["last_collection_ms"])
            start = time.perf_counter()
            rendered(worker, small)
            after_idle.append(time.perf_counter() - start)
    a, b = statistics.median(at_once), statistics.median(after_idle)
    print(f"the example right after a {pages}-page first job, {rounds} fresh workers: "
          f"median {a * 1000:.0f} ms; after an idle moment: {b * 1000:.0f} ms; ratio "
          f"{a / b:.2f} (target about 1.0); the idle collection itself: median "
          f"{statistics.median(collection_ms):.0f} ms, while nothing waited")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25, 80])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "preview.pdf"
        peak_memory(args.sizes, out)
        collection_delay(max(args.sizes), args.rounds, out)


if __name__ == "__main__":
    main()
