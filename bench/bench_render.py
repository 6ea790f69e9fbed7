"""Benchmark: warm renders through one long-lived worker, and the worker's peak memory.

Renders the example position paper and a one-paragraph document alternately through the same
warm worker, prints the medians and their ratio, and the worker's peak resident memory.
Targets on a 2-core machine: warm multi-page render <= 0.5 s, worker peak <= 150 MB.
Run: make bench (or .venv/bin/python bench/bench_render.py [--rounds N]).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from briefwriter.core.model import Brief, brief_to_data
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir
from briefwriter.render.client import RenderWorker
from briefwriter.render.protocol import make_render_job

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"


def _job(brief_data: dict, brief_dir: str | None, out: Path, template: str) -> dict:
    return make_render_job(brief=brief_data, brief_dir=brief_dir, template=template,
                           outputs={"pdf": str(out)}, pdf_variant="ua-1", mode="export")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    example_path = examples_dir() / EXAMPLE
    example = load_brief(example_path).brief
    tiny = Brief(title="One paragraph", summary="A single short paragraph of text.")
    tiny.organisation.name = "Test organisation"

    with tempfile.TemporaryDirectory() as tmp, RenderWorker() as worker:
        out = Path(tmp) / "bench.pdf"
        big_job = _job(brief_to_data(example), str(example_path.parent), out, "position-paper")
        tiny_job = _job(brief_to_data(tiny), None, out, "position-paper")
        first = worker.render(big_job, timeout=60)  # warm-up (fonts, caches)
        if not first.get("ok"):
            raise SystemExit(f"render failed: {first.get('error')}")
        pages = first["pages"]
        big_times: list[float] = []
        tiny_times: list[float] = []
        peak = 0.0
        for _ in range(args.rounds):
            for job, times in ((big_job, big_times), (tiny_job, tiny_times)):
                start = time.perf_counter()
                result = worker.render(job, timeout=60)
                times.append(time.perf_counter() - start)
                if not result.get("ok"):
                    raise SystemExit(f"render failed: {result.get('error')}")
                peak = max(peak, float(result.get("peak_rss_mb", 0.0)))

    big = statistics.median(big_times)
    small = statistics.median(tiny_times)
    print(f"example position paper ({pages} pages): median {big * 1000:.0f} ms, "
          f"p90 {sorted(big_times)[int(0.9 * len(big_times)) - 1] * 1000:.0f} ms "
          f"over {args.rounds} warm renders (target <= 500 ms)")
    print(f"one-paragraph document: median {small * 1000:.0f} ms")
    print(f"ratio example / one paragraph: {big / small:.2f}")
    print(f"worker peak resident memory: {peak:.0f} MB (target <= 150 MB)")


if __name__ == "__main__":
    main()
