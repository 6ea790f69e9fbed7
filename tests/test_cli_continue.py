"""``briefwriter continue``: the next cycle's brief from an earlier one, never over it."""

from __future__ import annotations

import shutil

from briefwriter.cli import main
from briefwriter.core.storage import load_brief
from briefwriter.paths import examples_dir

EXAMPLE = examples_dir() / "imrf-2026-migrant-network.brief.yaml"


def test_continue_writes_the_next_cycles_brief(tmp_path, capsys):
    earlier = tmp_path / "2026.brief.yaml"
    shutil.copy(EXAMPLE, earlier)
    shutil.copytree(examples_dir() / "logos", tmp_path / "logos")
    before = earlier.read_bytes()
    new = tmp_path / "2030.brief.yaml"
    assert main(["continue", str(earlier), "-o", str(new)]) == 0
    out = capsys.readouterr().out
    old = load_brief(earlier).brief
    asks = [a.ask for a in old.aims if a.ask.what.strip()]
    assert out.startswith(f"Wrote {new}: the brief for imrf-2030, with ")
    assert f"{len(asks) + len(old.pledges)} follow-up items" in out
    brief = load_brief(new).brief
    assert brief.occasion.process == "imrf-2030"
    assert [f.text for f in brief.follow_up if f.kind == "ask"] == [a.what for a in asks]
    assert brief.history[0].title == old.title
    assert brief.organisation == old.organisation
    assert earlier.read_bytes() == before


def test_continue_for_a_regional_review(tmp_path, capsys):
    new = tmp_path / "regional.brief.yaml"
    assert main(["continue", str(EXAMPLE), "-o", str(new), "--process",
                 "gcm-regional-review"]) == 0
    assert load_brief(new).brief.occasion.process == "gcm-regional-review"
    # The logo is named relative to the example's folder: said, not silently broken.
    assert "note: the logo logos/migrant-voices-west-africa.svg" in capsys.readouterr().err


def test_continue_never_writes_over_the_earlier_brief(tmp_path, capsys):
    earlier = tmp_path / "2026.brief.yaml"
    shutil.copy(EXAMPLE, earlier)
    before = earlier.read_bytes()
    for extra in ([], ["--force"]):
        assert main(["continue", str(earlier), "-o", str(earlier), *extra]) == 1
        assert "is the earlier brief itself" in capsys.readouterr().err
    assert earlier.read_bytes() == before
    other = tmp_path / "other.brief.yaml"
    other.write_text("x")
    assert main(["continue", str(earlier), "-o", str(other)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert other.read_text() == "x"
