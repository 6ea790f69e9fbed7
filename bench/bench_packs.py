"""Benchmark: what the template workshop and pack sharing cost.

Prints, measured in one run with a temporary user template folder: the static lint of each
bundled pack (median), customising a bundled pack, packing it into a zip, opening that zip
(unpack into staging, read, lint) and installing it, and how fast a compression bomb and an
archive of too many files are refused, as a ratio to opening the real pack.  Nothing here
renders: the page-limit check of ``templates check`` runs the worker once per example brief
and costs what a render costs (see ``bench_render.py``).
Run: .venv/bin/python bench/bench_packs.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from briefwriter.core.archive import ArchiveRefused
from briefwriter.render import packs
from briefwriter.render.lint import lint_pack
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import USER_DIR_ENV, bundled_templates_dir


def median_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bomb(path: Path) -> Path:
    """One entry of 200 MB of zeros: a few hundred KB packed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb/template.yaml", "name: bomb\n")
        with archive.open("bomb/zeros.css", "w") as entry:
            block = b"\0" * (1 << 20)
            for _ in range(200):
                entry.write(block)
    return path


def crowd(path: Path, files: int) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(files):
            archive.writestr(f"crowd/f{number:05d}.css", "")
    return path


def refused_ms(path: Path, rounds: int) -> float:
    def attempt() -> None:
        try:
            packs.open_pack_zip(path).cleanup()
        except (ArchiveRefused, packs.PackError):
            return
        raise SystemExit(f"{path.name} was not refused")
    return median_ms(attempt, rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    rounds = parser.parse_args().rounds

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        os.environ[USER_DIR_ENV] = str(work / "user-templates")
        print(f"{'lint_pack (static checks), median':44} time")
        for folder in sorted(p for p in bundled_templates_dir().iterdir() if p.is_dir()):
            print(f"  {folder.name:42} {median_ms(lambda f=folder: lint_pack(f), rounds):8.1f} ms")

        source = find_template("position-paper")
        made: list[Path] = []

        def customise() -> None:
            made.append(packs.customise_pack(source, f"own-{len(made)}", "Our own").folder)
        customise_ms = median_ms(customise, rounds)

        zip_path = work / "own.zip"

        def pack() -> None:
            zip_path.unlink(missing_ok=True)
            packs.pack_zip(made[0], zip_path)
        pack_ms = median_ms(pack, rounds)
        size = zip_path.stat().st_size

        def open_and_install() -> None:
            with packs.open_pack_zip(zip_path) as staged:
                packs.install_pack(staged, replace=True)
        install_ms = median_ms(open_and_install, rounds)

        def open_only() -> None:
            packs.open_pack_zip(zip_path).cleanup()
        open_ms = median_ms(open_only, rounds)

        bomb_ms = refused_ms(bomb(work / "bomb.zip"), rounds)
        crowd_ms = refused_ms(crowd(work / "crowd.zip", 5000), rounds)

    print(f"\n{'pack operation, median of ' + str(rounds):44} time")
    print(f"  {'customise a bundled pack':42} {customise_ms:8.1f} ms")
    print(f"  {f'pack it into a zip ({size / 1024:.0f} KB)':42} {pack_ms:8.1f} ms")
    print(f"  {'open the zip (unpack, read, lint)':42} {open_ms:8.1f} ms")
    print(f"  {'open and install (replacing)':42} {install_ms:8.1f} ms")
    print(f"  {'refuse a 200 MB compression bomb':42} {bomb_ms:8.1f} ms"
          f"   ratio to opening the real pack {bomb_ms / open_ms:.2f}")
    print(f"  {'refuse a zip of 5,000 entries':42} {crowd_ms:8.1f} ms"
          f"   ratio to opening the real pack {crowd_ms / open_ms:.2f}")


if __name__ == "__main__":
    main()
