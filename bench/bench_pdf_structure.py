"""Benchmark: what finishing the tag tree for PDF/UA costs in an export.

Renders each example brief with each bundled template as an accessible PDF (``ua-1``) and
times, in the same runs, the whole render and the part spent in
``render.pdf_structure.finish_structure`` (notes beside their calls, joined pieces, header
scopes, artifacts, the ID tree).  Prints the medians and the structure pass's share.
Run: .venv/bin/python bench/bench_pdf_structure.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefwriter.core.model import brief_to_data
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir
from briefwriter.render import pdf_structure
from briefwriter.render.pipeline import render_job

TEMPLATES = ("position-paper", "two-page-brief", "oral-statement", "joint-letter")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    spent: list[float] = []
    original = pdf_structure.finish_structure

    def timed(pdf: object) -> None:
        start = time.perf_counter()
        original(pdf)
        spent.append(time.perf_counter() - start)

    pdf_structure.finish_structure = timed  # render.pdf calls it through the module
    example = examples_dir() / "imrf-2026-migrant-network.brief.yaml"
    brief = brief_to_data(load_brief(example).brief)
    print(f"{'template':<16}{'pages':>6}{'render ms':>11}{'structure ms':>14}{'share':>8}")
    with tempfile.TemporaryDirectory() as folder:
        for template in TEMPLATES:
            totals, parts, pages = [], [], 0
            for _ in range(args.rounds):
                spent.clear()
                out = Path(folder) / f"{template}.pdf"
                start = time.perf_counter()
                result = render_job({
                    "id": 1, "op": "render", "brief": brief, "brief_dir": str(example.parent),
                    "template": template, "template_source": "explicit",
                    "outputs": {"pdf": str(out)}, "pdf_variant": "ua-1", "mode": "export"})
                totals.append(time.perf_counter() - start)
                if not result["ok"]:
                    print(result["error"], file=sys.stderr)
                    return 1
                parts.append(sum(spent))
                pages = result.get("pages", 0)
            total, part = statistics.median(totals) * 1000, statistics.median(parts) * 1000
            print(f"{template:<16}{pages:>6}{total:>11.0f}{part:>14.1f}{part / total:>8.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
