"""Benchmark: warm renders through one long-lived worker, and the worker's peak memory.

Renders, in turn through the same warm worker, the example position paper (8 pages), the
national-coalition example (7 pages, the last holding the end of the annex: the example
nearest to six pages) and a one-paragraph document, each as an export (PDF/UA-1) and as a
preview (what the app asks for while you type), and prints medians, the 90th percentile,
milliseconds per page and the worker's peak resident memory.  The jobs follow each other
without pause, so the worker never has idle time for its garbage collection: a worst case.
Targets on a 2-core machine: a six-page render <= 0.5 s, the 8-page preview <= 0.6 s with
the app's own share, worker peak <= 150 MB.
Run: make bench (or .venv/bin/python bench/bench_render.py [--rounds N]).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from briefwriter.core.model import Brief, brief_to_data
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir
from briefwriter.render.client import RenderWorker
from briefwriter.render.protocol import make_render_job

EXAMPLE = "imrf-2026-migrant-network.brief.yaml"
SIX_PAGES = "national-coalition-pathways.brief.yaml"
TEMPLATE = "position-paper"


@dataclass
class Series:
    label: str
    job: dict
    pages: int = 0
    seconds: list[float] = field(default_factory=list)
    worker_ms: list[float] = field(default_factory=list)

    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000

    def p90_ms(self) -> float:
        ordered = sorted(self.seconds)
        return ordered[max(0, int(0.9 * len(ordered)) - 1)] * 1000


def _jobs(label: str, brief: Brief, brief_dir: Path | None, out: Path) -> list[Series]:
    data = brief_to_data(brief)
    folder = str(brief_dir) if brief_dir else None
    return [
        Series(f"{label}, export", make_render_job(
            brief=data, brief_dir=folder, template=TEMPLATE, outputs={"pdf": str(out)},
            pdf_variant="ua-1", mode="export")),
        Series(f"{label}, preview", make_render_job(
            brief=data, brief_dir=folder, template=TEMPLATE, outputs={"pdf": str(out)},
            pdf_variant="none", mode="preview")),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    tiny = Brief(title="One paragraph", summary="A single short paragraph of text.")
    tiny.organisation.name = "Test organisation"
    with tempfile.TemporaryDirectory() as tmp, RenderWorker() as worker:
        out = Path(tmp) / "bench.pdf"
        series: list[Series] = []
        for label, name in (("example position paper", EXAMPLE),
                            ("national-coalition example", SIX_PAGES)):
            path = examples_dir() / name
            series += _jobs(label, load_brief(path).brief, path.parent, out)
        series += _jobs("one-paragraph document", tiny, None, out)
        for s in series:  # warm-up: the first render of a template parses its stylesheet
            result = worker.render(s.job, timeout=60)
            if not result.get("ok"):
                raise SystemExit(f"render failed: {result.get('error')}")
            s.pages = result["pages"]
        peak = 0.0
        for _ in range(args.rounds):
            for s in series:
                start = time.perf_counter()
                result = worker.render(s.job, timeout=60)
                s.seconds.append(time.perf_counter() - start)
                if not result.get("ok"):
                    raise SystemExit(f"render failed: {result.get('error')}")
                s.worker_ms.append(float(result["timings"]["total_ms"]))
                peak = max(peak, float(result.get("peak_rss_mb", 0.0)))

    print(f"{args.rounds} warm renders of each, in turn, through one worker "
          f"(template {TEMPLATE}):")
    for s in series:
        unit = "page" if s.pages == 1 else "pages"
        print(f"  {s.label} ({s.pages} {unit}): median {s.median_ms():.0f} ms, "
              f"p90 {s.p90_ms():.0f} ms, {s.median_ms() / s.pages:.0f} ms a page "
              f"(worker's own time: median {statistics.median(s.worker_ms):.0f} ms)")
    by_label = {s.label: s for s in series}
    six = by_label["national-coalition example, export"]
    big = by_label["example position paper, export"]
    small = by_label["one-paragraph document, export"]
    print(f"national-coalition example ({six.pages} pages), export: median "
          f"{six.median_ms():.0f} ms (target for six pages <= 500 ms)")
    print(f"example preview ({big.pages} pages): median "
          f"{by_label['example position paper, preview'].median_ms():.0f} ms "
          f"(target for edit -> preview, app included, <= 600 ms)")
    print(f"ratio example / one paragraph (exports): {big.median_ms() / small.median_ms():.2f}")
    print(f"worker peak resident memory: {peak:.0f} MB (target <= 150 MB)")


if __name__ == "__main__":
    main()
