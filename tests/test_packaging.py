"""A built wheel carries everything the app needs at run time: templates, resources, examples,
and the interface translations compiled by the build itself (hatch_build.py), whether or not
``make translations`` ran, and never an older compiled file left in the source tree."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from briefwriter.self_check import QM_MAGIC, TRANSLATED_UI_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
#: what a clean clone does not have (and the build must not need)
NOT_IN_A_CLONE = shutil.ignore_patterns(".venv", ".git", "__pycache__", "dist", "build", "out",
                                        ".*_cache", "*.egg-info", "demo-output")


def _source_copy(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=NOT_IN_A_CLONE)
    return source


def _build_wheel(source: Path, out: Path) -> zipfile.ZipFile:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "--wheel-dir", str(out), str(source)],
        check=True, timeout=300, capture_output=True,
    )
    (wheel,) = out.glob("briefwriter-*.whl")
    return zipfile.ZipFile(wheel)


def _lrelease(ts: Path, qm: Path) -> bytes:
    import PySide6

    tool = Path(PySide6.__file__).parent / "lrelease"
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm.read_bytes()


def test_wheel_contains_templates_resources_and_examples(tmp_path):
    source = _source_copy(tmp_path)
    for old in (source / "resources" / "i18n").glob("*.qm"):
        old.unlink()  # as in a clean clone: only the .ts sources
    names = set(_build_wheel(source, tmp_path / "wheel").namelist())

    expected = []
    for folder, target in (("templates", "briefwriter/templates"),
                           ("resources", "briefwriter/resources"),
                           ("examples", "briefwriter/examples")):
        for path in (source / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                expected.append(f"{target}/{path.relative_to(source / folder).as_posix()}")
    assert len(expected) > 20
    missing = [name for name in expected if name not in names]
    assert not missing, missing
    for essential in ("briefwriter/resources/gcm.json",
                      "briefwriter/resources/brief.schema.json",
                      "briefwriter/resources/fonts/NotoSans-Regular.ttf",
                      "briefwriter/templates/position-paper/template.yaml",
                      "briefwriter/cli.py", "briefwriter/render/worker.py"):
        assert essential in names


def test_the_build_compiles_the_translations_and_ignores_stale_ones(tmp_path):
    source = _source_copy(tmp_path)
    i18n = source / "resources" / "i18n"
    for old in i18n.glob("*.qm"):
        old.unlink()
    (i18n / "briefwriter_fr.qm").write_bytes(b"an old compiled file")  # stale, not rebuilt
    wheel = _build_wheel(source, tmp_path / "wheel")
    for code in TRANSLATED_UI_LANGUAGES:
        packed = wheel.read(f"briefwriter/resources/i18n/briefwriter_{code}.qm")
        assert packed.startswith(QM_MAGIC)
        assert packed == _lrelease(i18n / f"briefwriter_{code}.ts", tmp_path / f"{code}.qm")


def test_a_broken_translation_source_stops_the_build_naming_the_file(tmp_path):
    source = _source_copy(tmp_path)
    broken = source / "resources" / "i18n" / "briefwriter_es.ts"
    broken.write_text("<TS version='2.1'><context><name>x</name>", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(tmp_path / "wheel"), str(source)],
        timeout=300, capture_output=True, text=True, check=False)
    assert done.returncode != 0
    assert f"{broken}: lrelease could not compile it" in done.stdout + done.stderr
    assert not list((tmp_path / "wheel").glob("*.whl"))
