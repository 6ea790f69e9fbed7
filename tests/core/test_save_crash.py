"""Saving survives ``kill -9`` at any moment: the file is always the old or the new brief.

A driver process (this file run as a script, so pytest itself is never forked) runs the
trials: each forks a child that saves two briefs alternately in a loop and kills it with
SIGKILL at a random moment.  The test then checks what every trial left on disk.

What a kill can leave besides the brief and its ``.bak``: the temporary file
``.<name>.saving`` (killed while writing) and ``.<name>.bak.saving`` (killed while making the
backup link).  The names are fixed, so they never accumulate, and the next save reuses and
removes them.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefwriter.core import model
from briefwriter.core.storage import dump_brief_text, load_brief, save_brief

ROOT = Path(__file__).resolve().parents[2]

TRIALS = 100
NAME = "paper.brief.yaml"
MAY_REMAIN = {f".{NAME}.saving", f".{NAME}.bak.saving"}


def two_briefs() -> tuple[model.Brief, model.Brief]:
    """Two different briefs; the second is larger so writing it takes a while."""
    first = model.Brief(title="First version", summary="Short.\n")
    second = model.Brief(title="Second version", summary="Longer text.\n" * 200)
    for number in range(8):
        second.priorities.append(
            model.Priority(
                title=f"Priority {number}",
                description="Detention is never in the best interests of a child.\n" * 5,
                gcm=model.GcmLinks(["a", "f"], [13], ["29(a)", "29(c)"]),
            )
        )
    return first, second


def _save_forever(target: Path, briefs: tuple[model.Brief, model.Brief], progress: int) -> None:
    turn = 1
    while True:
        save_brief(briefs[turn % 2], target)
        os.write(progress, b".")
        turn += 1


def _spin(count: int) -> None:
    for _ in range(count):
        pass


def run_trials(folder: Path, trials: int, seed: int) -> dict[str, int]:
    """The driver: run ``trials`` kill trials in sub-folders of ``folder``."""
    rng = random.Random(seed)
    briefs = two_briefs()
    # Calibrate a busy wait (not a sleep) to span about two saves, so kills land anywhere
    # in the next save or the one after.
    probe = folder / "probe.brief.yaml"
    started = time.perf_counter()
    for brief in briefs * 2:
        save_brief(brief, probe)
    save_seconds = (time.perf_counter() - started) / 4
    started = time.perf_counter()
    _spin(200_000)
    spins_per_second = 200_000 / max(time.perf_counter() - started, 1e-6)
    spin_range = max(1, int(2 * save_seconds * spins_per_second))
    for name in os.listdir(folder):
        os.unlink(folder / name)

    for trial in range(trials):
        target = folder / f"trial-{trial:03d}" / NAME
        target.parent.mkdir()
        save_brief(briefs[0], target)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read_end)
                _save_forever(target, briefs, write_end)
            finally:
                os._exit(1)
        os.close(write_end)
        os.read(read_end, 1)  # one save has finished: the .bak exists from here on
        _spin(rng.randrange(spin_range))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read_end)
    return {"trials": trials, "spin_range": spin_range}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_kill_during_save_never_corrupts_the_file(tmp_path: Path):
    driver = subprocess.run(
        [sys.executable, __file__, str(tmp_path), str(TRIALS), "1729"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=240,
        check=False,
    )
    assert driver.returncode == 0, driver.stderr
    assert json.loads(driver.stdout)["trials"] == TRIALS

    first, second = (dump_brief_text(b).encode("utf-8") for b in two_briefs())
    outcomes = {first: 0, second: 0}
    killed_while_writing = 0
    folders = sorted(p for p in tmp_path.iterdir() if p.is_dir())
    assert len(folders) == TRIALS
    for folder in folders:
        target = folder / NAME
        content = target.read_bytes()
        assert content in outcomes, f"{folder.name}: the brief is neither version"
        outcomes[content] += 1
        load_brief(target)  # and it opens
        backup = folder / (NAME + ".bak")
        assert backup.read_bytes() in outcomes, f"{folder.name}: the backup is torn"
        leftovers = set(os.listdir(folder)) - {NAME, NAME + ".bak"}
        assert leftovers <= MAY_REMAIN, f"{folder.name}: unexpected files {leftovers}"
        killed_while_writing += bool(leftovers)
        # The next save cleans up whatever the kill left.
        save_brief(two_briefs()[0], target)
        assert sorted(os.listdir(folder)) == [NAME, NAME + ".bak"]
    # The kills landed at different moments: both versions were seen, and some saves
    # were interrupted half-way (otherwise the test would prove nothing).
    assert outcomes[first] > 0 and outcomes[second] > 0
    assert killed_while_writing > 0


if __name__ == "__main__":
    print(json.dumps(run_trials(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))
