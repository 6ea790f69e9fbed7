"""Benchmark: the example brief through each bundled template, in one warm worker.

Renders the example position paper's brief with every bundled template, as an export
(PDF/UA-1), through the same long-lived worker, and prints for each template the page count,
the median and 90th percentile of warm renders and milliseconds per page, then the worker's
peak resident memory.  The first render of each template (stylesheet parsing) is not counted.
Run: make bench (or .venv/bin/python bench/bench_templates.py [--rounds N]).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench_render import EXAMPLE, Series

from briefwriter.core.model import brief_to_data
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir
from briefwriter.render.client import RenderWorker
from briefwriter.render.protocol import make_render_job
from briefwriter.render.templates import list_templates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    path = examples_dir() / EXAMPLE
    brief = brief_to_data(load_brief(path).brief)
    templates = [pack.name for pack in list_templates() if pack.bundled]
    with tempfile.TemporaryDirectory() as tmp, RenderWorker() as worker:
        out = Path(tmp) / "bench.pdf"
        series = [Series(name, make_render_job(
            brief=brief, brief_dir=str(path.parent), template=name, outputs={"pdf": str(out)},
            pdf_variant="ua-1", mode="export")) for name in templates]
        for s in series:
            result = worker.render(s.job, timeout=60)  # warm-up: parses the stylesheets
            if not result.get("ok"):
                raise SystemExit(f"{s.label}: render failed: {result.get('error')}")
            s.pages = result["pages"]
            for _ in range(args.rounds):
                start = time.perf_counter()
                result = worker.render(s.job, timeout=60)
                s.seconds.append(time.perf_counter() - start)
                if not result.get("ok"):
                    raise SystemExit(f"{s.label}: render failed: {result.get('error')}")
                s.worker_ms.append(float(result["timings"]["total_ms"]))
        peak = float(worker.ping()["peak_rss_mb"])

    print(f"{EXAMPLE}, {args.rounds} warm exports (PDF/UA-1) with each bundled template:")
    for s in series:
        unit = "page" if s.pages == 1 else "pages"
        print(f"  {s.label} ({s.pages} {unit}): median {s.median_ms():.0f} ms, "
              f"p90 {s.p90_ms():.0f} ms, {s.median_ms() / s.pages:.0f} ms a page "
              f"(worker's own time: median {statistics.median(s.worker_ms):.0f} ms)")
    print(f"worker peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
