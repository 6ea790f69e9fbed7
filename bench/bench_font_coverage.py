"""Benchmark: the cost of the unprintable-characters check that Review runs on every edit.

Prints the time of the first coverage look-up in a process (fontconfig asked, the bundled and
kit fonts' character maps read with fontTools), of a later one (only the font folders looked
at: fontconfig is asked again only when one changed), and of the whole ``check_brief`` on the
example position paper and on a Chinese brief, first and later, with the part of a later
check spent on the fonts and on scanning the text.  ``--fake-fonts N`` also
times a look-up with N installed font files (a desktop with many fonts), made up in a
temporary folder.
Run: .venv/bin/python bench/bench_font_coverage.py [--rounds N] [--fake-fonts N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefwriter import paths
from briefwriter.core import font_coverage
from briefwriter.core.checks import check_brief
from briefwriter.core.font_coverage import FontCatalogue, run_fc_list, unprintable_fields
from briefwriter.core.model import Brief, Priority
from briefwriter.core.storage import load_brief


def once_ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def median_ms(action: Callable[[], object], rounds: int) -> float:
    return statistics.median(once_ms(action) for _ in range(rounds))


def chinese_brief() -> Brief:
    text = "我们呼吁各国停止拘留移民儿童，并在国际移民审查论坛之前提供以社区为基础的替代办法。"
    brief = Brief(title="移民儿童永远不应被拘留", summary=text * 10, language="zh")
    brief.priorities = [Priority(title=f"优先事项{i}", description=text * 20) for i in range(5)]
    return brief


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--fake-fonts", type=int, default=3000)
    args = parser.parse_args()

    answer = run_fc_list() or ""
    installed = len({line.split("\t")[0] for line in answer.splitlines() if line})
    print(f"installed font files (fc-list): {installed}; bundled: "
          f"{len(list(paths.fonts_dir().glob('*.ttf')))}")
    print(f"fc-list alone: {median_ms(run_fc_list, args.rounds):.1f} ms (median)")

    catalogue = FontCatalogue()
    first = once_ms(catalogue.coverage)
    later = median_ms(catalogue.coverage, args.rounds)
    print(f"coverage, first in a process: {first:.1f} ms; later: {later:.2f} ms (median); "
          f"ratio {first / later:.0f}x")

    example = load_brief(paths.examples_dir() / "imrf-2026-migrant-network.brief.yaml")
    for name, brief in (("example position paper", example.brief),
                        ("Chinese brief", chinese_brief())):
        font_coverage._CATALOGUE = FontCatalogue()  # a new process's
        cold = once_ms(lambda brief=brief: check_brief(brief, None))
        warm = median_ms(lambda brief=brief: check_brief(brief, None), args.rounds)
        coverage = font_coverage.paper_coverage()
        scan = median_ms(lambda brief=brief, coverage=coverage: unprintable_fields(
            brief, coverage), args.rounds)
        look_up = median_ms(font_coverage.paper_coverage, args.rounds)
        print(f"check_brief, {name}: first {cold:.1f} ms, later {warm:.1f} ms, of which "
              f"looking the fonts up {look_up:.2f} ms and scanning the text {scan:.2f} ms")

    if args.fake_fonts:
        with tempfile.TemporaryDirectory() as folder:
            files = []
            for i in range(args.fake_fonts):
                sub = Path(folder) / f"family-{i // 20}"
                sub.mkdir(exist_ok=True)
                path = sub / f"font-{i}.ttf"
                path.write_bytes(b"x")
                files.append(path)
            fake = "".join(f"{p}\t20-7e a0-17f 4e00-9fff\n" for p in files)
            big = FontCatalogue(lambda: fake)
            first = once_ms(big.coverage)
            later = median_ms(big.coverage, args.rounds)
            print(f"with {args.fake_fonts} installed font files: first {first:.1f} ms "
                  f"(fc-list not run), later {later:.2f} ms (median)")


if __name__ == "__main__":
    main()
