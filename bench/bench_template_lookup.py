"""Benchmark: finding a template by name, and listing templates, with a crowded template folder.

Fills a temporary user template folder with many small packs (20,000 by default), then
prints the time of ``find_template`` for a bundled name (cold: nothing read before; warm: the
median of repeated lookups) and for one of the user's packs, against the same lookups with
an empty folder, and the ratios; then the time of a first and a second ``list_templates``
(the second reuses what the first read).  A render job looks its template up once, so the
lookup time is added to every render.
Run: .venv/bin/python bench/bench_template_lookup.py [--packs N] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefwriter.render import templates
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import USER_DIR_ENV, list_templates

# Older versions read every manifest on every lookup and remembered nothing.
forget = getattr(templates, "forget_read_packs", lambda: None)

BUNDLED = "position-paper"
MANIFEST = """\
manifest_version: 1
name: {name}
title: Pack {number}
description: A pack made up for the benchmark.
entry: page.html.j2
"""


def fill(folder: Path, count: int) -> None:
    for number in range(count):
        name = f"pack-{number:05d}"
        pack = folder / name
        pack.mkdir()
        (pack / "template.yaml").write_text(MANIFEST.format(name=name, number=number),
                                            encoding="utf-8")
        (pack / "page.html.j2").write_text("<p>{{ brief.title }}</p>", encoding="utf-8")


def median_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def cold_ms(action: Callable[[], object]) -> float:
    forget()
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packs", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-templates-") as tmp:
        empty, crowded = Path(tmp) / "empty", Path(tmp) / "crowded"
        empty.mkdir()
        crowded.mkdir()
        fill(crowded, args.packs)
        user_name = f"pack-{args.packs // 2:05d}" if args.packs else BUNDLED

        os.environ[USER_DIR_ENV] = str(empty)
        none_cold = cold_ms(lambda: find_template(BUNDLED))
        none_warm = median_ms(lambda: find_template(BUNDLED), args.rounds)

        os.environ[USER_DIR_ENV] = str(crowded)
        many_cold = cold_ms(lambda: find_template(BUNDLED))
        many_warm = median_ms(lambda: find_template(BUNDLED), args.rounds)
        user_cold = cold_ms(lambda: find_template(user_name))
        user_warm = median_ms(lambda: find_template(user_name), args.rounds)
        list_first = cold_ms(list_templates)
        start = time.perf_counter()
        list_templates()
        list_second = (time.perf_counter() - start) * 1000

    n = args.packs
    print(f"find_template('{BUNDLED}'), no user packs:     cold {none_cold:9.2f} ms, "
          f"warm {none_warm:9.2f} ms")
    print(f"find_template('{BUNDLED}'), {n} user packs: cold {many_cold:9.2f} ms, "
          f"warm {many_warm:9.2f} ms")
    print(f"  ratio {n} packs / none: cold {many_cold / none_cold:.2f}, "
          f"warm {many_warm / none_warm:.2f}")
    print(f"find_template('{user_name}'), {n} user packs:   cold {user_cold:9.2f} ms, "
          f"warm {user_warm:9.2f} ms")
    print(f"list_templates(), {n} user packs: first {list_first:.0f} ms, "
          f"second {list_second:.0f} ms (ratio {list_first / max(list_second, 1e-6):.1f})")


if __name__ == "__main__":
    main()
