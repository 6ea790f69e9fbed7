"""``briefwriter self-check``: a complete copy passes every line; a damaged one is told what is
missing or broken, by file, without a traceback; the window check leaves the person's own
settings and recovery folders alone."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pypdf

from briefwriter import self_check
from briefwriter.cli import main
from briefwriter.paths import examples_dir, fonts_dir, i18n_dir


def _lines(capsys):
    return capsys.readouterr().out.splitlines()


def test_a_complete_copy_passes_every_check_and_renders_the_example(capsys):
    assert main(["self-check"]) == 0
    lines = _lines(capsys)
    names = [line.split(":")[0].split(None, 1)[1] for line in lines[:-1]]
    assert names == ["Program", "GCM data", "Data files", "Templates", "Examples", "Fonts",
                     "Interface translations", "PDF reader", "Render"]
    assert all(line.startswith("ok") for line in lines[:-1])
    assert lines[-1] == "Everything works."
    rendered = re.search(r"Render: (\S+) -> (\d+) pages", "\n".join(lines))
    assert rendered and rendered.group(1) == self_check.EXAMPLE_NAME
    assert int(rendered.group(2)) > 1


def test_a_damaged_copy_names_each_broken_file(tmp_path, monkeypatch, capsys):
    i18n, fonts = tmp_path / "i18n", tmp_path / "fonts"
    shutil.copytree(i18n_dir(), i18n)
    shutil.copytree(fonts_dir(), fonts)
    (i18n / "briefwriter_fr.qm").unlink()
    (i18n / "briefwriter_ru.qm").write_text("not compiled", encoding="utf-8")
    damaged = sorted(fonts.glob("*.ttf"))[0]
    damaged.write_bytes(damaged.read_bytes()[:40])  # cut short, as by a broken download
    monkeypatch.setattr(self_check, "i18n_dir", lambda: i18n)
    monkeypatch.setattr(self_check, "fonts_dir", lambda: fonts)

    assert main(["self-check"]) == 1
    out = "\n".join(_lines(capsys))
    fail = {line.split(":")[0].split(None, 1)[1]: line for line in out.splitlines()
            if line.startswith("FAIL")}
    assert set(fail) == {"Fonts", "Interface translations"}
    assert "missing briefwriter_fr.qm" in fail["Interface translations"]
    assert "not compiled translations: briefwriter_ru.qm" in fail["Interface translations"]
    assert "Traceback" not in out
    assert out.splitlines()[-1].startswith("2 checks failed")


def test_missing_examples_fail_the_examples_and_the_render(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(self_check, "examples_dir", lambda: tmp_path)
    assert main(["self-check"]) == 1
    fail = [line for line in _lines(capsys) if line.startswith("FAIL")]
    assert [line.split(":")[0] for line in fail] == ["FAIL  Examples", "FAIL  Render"]
    assert f"no example briefs in {tmp_path}" in fail[0]
    assert f"{tmp_path / self_check.EXAMPLE_NAME} is missing" in fail[1]


def test_the_window_check_opens_the_example_and_keeps_the_persons_folders(tmp_path):
    config, state = tmp_path / "config", tmp_path / "state"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFWRITER_CONFIG_DIR": str(config),
           "BRIEFWRITER_STATE_DIR": str(state)}
    done = subprocess.run([sys.executable, "-m", "briefwriter", "self-check", "--window"],
                          env=env, capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    window = [line for line in done.stdout.splitlines() if "Window:" in line]
    expected_pages = len(pypdf.PdfReader(_render_example(tmp_path)).pages)
    assert window == [f"ok    Window: '{self_check.EXAMPLE_NAME} — BriefWriter' opened, "
                      f"preview of {expected_pages} pages"]
    assert not config.exists() and not state.exists()  # its own settings, not the person's
    assert "Traceback" not in done.stderr


def _render_example(tmp_path):
    pdf = tmp_path / "example.pdf"
    assert main(["render", str(examples_dir() / self_check.EXAMPLE_NAME), "-o", str(pdf)]) == 0
    return pdf
