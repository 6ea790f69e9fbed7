"""Benchmark: the one-shot command line against the ``weasyprint`` command, same document.

``briefwriter render BRIEF -o OUT.pdf`` reads the brief, starts a render worker and has it
lay out the paper; the ``weasyprint`` command is given exactly the HTML and stylesheets that
BriefWriter's pipeline makes for that brief (so both lay out the same document with the same
fonts).  Both run as fresh processes, interleaved, for the example position paper (8 pages)
and a one-paragraph brief, as plain PDFs and as tagged PDF/UA-1 (BriefWriter's default).
Prints medians and the ratio BriefWriter / weasyprint (target <= 1.3).
Run: .venv/bin/python bench/bench_cli.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))

from long_briefs import example  # noqa: E402

from briefwriter.core.model import Brief  # noqa: E402
from briefwriter.core.storage import save_brief  # noqa: E402
from briefwriter.render.context import build_context  # noqa: E402
from briefwriter.render.jinja import render_html  # noqa: E402
from briefwriter.render.pipeline import base_stylesheet  # noqa: E402
from briefwriter.render.templates import find_template  # noqa: E402

TEMPLATE = "position-paper"
BIN = Path(sys.executable).parent
VARIANTS = {"none": [], "ua-1": ["--pdf-variant", "pdf/ua-1", "--pdf-tags"]}


def one_paragraph() -> Brief:
    brief = Brief(title="One paragraph", summary="A single short paragraph of text.")
    brief.organisation.name = "Test organisation"
    return brief


def weasyprint_inputs(brief: Brief, brief_dir: Path, folder: Path) -> list[str]:
    """The HTML file and options that give the ``weasyprint`` command the same document."""
    pack = find_template(TEMPLATE)
    html = render_html(pack, build_context(brief, brief_dir=brief_dir, pack=pack), strict=True).html
    page = folder / "document.html"
    page.write_text(html, encoding="utf-8")
    sheets = [base_stylesheet(), *(pack.folder / sheet for sheet in pack.stylesheets)]
    options = ["-u", pack.folder.as_uri() + "/"]
    for sheet in sheets:
        options += ["-s", str(sheet)]
    return [*options, str(page)]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    brief, path = example()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = folder / "one-paragraph.brief.yaml"
        save_brief(one_paragraph(), small)
        documents = {"example position paper (8 pages)": (path, brief),
                     "one-paragraph brief": (small, one_paragraph())}
        cases = []
        for label, (brief_path, model) in documents.items():
            wp_inputs = weasyprint_inputs(model, brief_path.parent, folder)
            wp_inputs[-1] = str(Path(wp_inputs[-1]).rename(
                folder / f"{brief_path.name}.html"))
            for variant, wp_variant in VARIANTS.items():
                ours = [str(BIN / "briefwriter"), "render", str(brief_path), "--template", TEMPLATE,
                        "--no-brand", "--pdf-variant", variant, "-o", str(folder / "ours.pdf")]
                theirs = [str(BIN / "weasyprint"), *wp_variant, *wp_inputs,
                          str(folder / "theirs.pdf")]
                cases.append((f"{label}, {variant}", ours, theirs))
        for _, ours, theirs in cases:  # untimed: disk cache and bytecode alike for both
            timed(ours)
            timed(theirs)
        print(f"one-shot command line against the weasyprint command, same document, "
              f"{args.runs} interleaved runs each (medians):")
        for label, ours, theirs in cases:
            mine, wp = [], []
            for _ in range(args.runs):
                mine.append(timed(ours))
                wp.append(timed(theirs))
            a, b = statistics.median(mine), statistics.median(wp)
            print(f"  {label}: briefwriter {a * 1000:.0f} ms, weasyprint {b * 1000:.0f} ms, "
                  f"ratio {a / b:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main()
