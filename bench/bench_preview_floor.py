"""Benchmark: where a preview's time goes, and what could bring it under 0.15 s perceived.

For the example position paper (8 pages) and a long brief, rendered warm in this process as
the worker renders a preview (plain PDF, uncompressed), this prints:
1. the stages of one render, from WeasyPrint's own progress reports: building the HTML and
   styles, page 1 laid out, the last page's layout started, writing the PDF;
2. "pages in view first": after the whole layout, writing only the first two pages (what a
   window shows) against writing them all; and the layout of page 1 alone, which is what an
   engine able to stop after the pages in view would need;
3. "reuse layout for unchanged parts": whether a second render of the same document costs
   less than the first (it would if the engine kept layout between renders).
Run: .venv/bin/python bench/bench_preview_floor.py [--runs N]
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
from briefwriter.render import pipeline  # noqa: E402
from briefwriter.render.protocol import make_render_job  # noqa: E402

TEMPLATE = "position-paper"


def job_for(brief, path: Path, out: Path) -> dict:
    return make_render_job(brief=brief_to_data(brief), brief_dir=str(path.parent),
                           template=TEMPLATE, outputs={"pdf": str(out)}, pdf_variant="none",
                           mode="preview", job_id=1)


def stages(job: dict) -> dict[str, float]:
    """One render with a progress report at every step: ms from the start to each mark."""
    marks: dict[str, float] = {}
    start = time.perf_counter()

    def progress(stage: str, page: int) -> None:
        now = (time.perf_counter() - start) * 1000
        # WeasyPrint reports a page as its layout starts: page 2 starting is page 1 done.
        if stage == "layout" and page == 1:
            marks.setdefault("layout starts", now)
        if stage == "layout" and page == 2:
            marks.setdefault("page 1 laid out", now)
        if stage == "layout":
            marks["last page laid out"] = now  # (as its layout starts)
        if stage == "write":
            marks.setdefault("writing starts", now)

    result = pipeline.render_job(job, progress=progress)
    assert result["ok"], result
    marks["done"] = (time.perf_counter() - start) * 1000
    marks["pages"] = result["pages"]
    return marks


def partial_write(job: dict) -> tuple[float, float, float]:
    """Layout, write of all pages, write of the first two: ms each (WeasyPrint directly,
    with the HTML and stylesheets the pipeline makes)."""
    from weasyprint import CSS, HTML

    from briefwriter.core.model import brief_from_data
    from briefwriter.render.context import build_context
    from briefwriter.render.jinja import render_html
    from briefwriter.render.template_lookup import find_template

    pack = find_template(TEMPLATE)
    brief = brief_from_data(job["brief"])
    html = render_html(pack, build_context(brief, brief_dir=Path(job["brief_dir"]), pack=pack),
                       strict=True).html
    sheets = [CSS(filename=str(pipeline.base_stylesheet())),
              *(CSS(filename=str(pack.folder / s)) for s in pack.stylesheets)]
    start = time.perf_counter()
    document = HTML(string=html, base_url=pack.folder.as_uri() + "/").render(stylesheets=sheets)
    laid_out = time.perf_counter()
    document.write_pdf(uncompressed_pdf=True)
    whole = time.perf_counter()
    document.copy(document.pages[:2]).write_pdf(uncompressed_pdf=True)
    two = time.perf_counter()
    return (laid_out - start) * 1000, (whole - laid_out) * 1000, (two - whole) * 1000


def report(label: str, job: dict, runs: int) -> None:
    stages(job)  # warm: fonts, stylesheets, template, catalogues
    runs_marks = [stages(job) for _ in range(runs)]
    keys = ["layout starts", "page 1 laid out", "last page laid out", "writing starts", "done"]
    med = {k: statistics.median(m[k] for m in runs_marks if k in m) for k in keys}
    total = med["done"]
    print(f"{label} ({runs_marks[0]['pages']:.0f} pages), {runs} warm renders in process, "
          f"medians:")
    for key in keys:
        print(f"  {key}: {med[key]:.0f} ms ({med[key] / total:.0%} of the render)")
    layout, write_all, write_two = (statistics.median(v) for v in
                                    zip(*(partial_write(job) for _ in range(runs)), strict=True))
    print(f"  WeasyPrint directly: layout {layout:.0f} ms, write all pages {write_all:.0f} ms, "
          f"write the first two {write_two:.0f} ms")
    print(f"  pages in view first (layout + write two) would show at {layout + write_two:.0f} ms "
          f"instead of {layout + write_all:.0f} ms: "
          f"{(layout + write_two) / (layout + write_all):.2f} x")
    print(f"  an engine that stopped after page 1 would show it at about "
          f"{med['page 1 laid out']:.0f} ms ({med['page 1 laid out'] / total:.2f} x)")
    first, again = runs_marks[0]["done"], statistics.median(m["done"] for m in runs_marks[1:])
    print(f"  the same document again: {again:.0f} ms against {first:.0f} ms "
          f"({again / first:.2f} x; WeasyPrint keeps no layout between renders)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--long-pages", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "preview.pdf"
        brief, path = example()
        report("example position paper", job_for(brief, path, out), args.runs)
        brief, path = grown_brief(args.long_pages)
        report("long brief", job_for(brief, path, out), max(2, args.runs // 2))


if __name__ == "__main__":
    pipeline.PROGRESS_INTERVAL = 0.0  # every report, to time each stage
    main()
