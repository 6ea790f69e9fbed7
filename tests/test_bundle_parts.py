"""The parts of the self-contained bundle that can be checked without building it: the entry
script's worker dispatch and library path, and the data the specs put in the bundle.

``make test-bundle`` builds the bundle and runs it outside the tree (scripts/test_bundle.py).
"""

from __future__ import annotations

import importlib.util
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from briefwriter import __version__
from briefwriter.render.launch import FROZEN_WORKER_ARGUMENT

ROOT = Path(__file__).resolve().parent.parent
ENTRY = ROOT / "packaging" / "entry.py"


def _bundle_common():
    spec = importlib.util.spec_from_file_location("bundle_common",
                                                  ROOT / "packaging" / "bundle_common.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_entry(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(ENTRY), *args], env=env, cwd=ROOT, **kwargs)


def test_the_entry_script_runs_the_command_line():
    proc = _run_entry("--version", stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert out.strip() == f"BriefWriter {__version__}"


def test_the_entry_script_gives_the_worker_argument_to_the_render_worker():
    """What a frozen app's launch runs: the worker's protocol, not the command line (which
    would refuse the argument)."""
    proc = _run_entry(FROZEN_WORKER_ARGUMENT, "--memory-mb", "0", stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        ready = json.loads(proc.stdout.readline())
        assert ready["op"] == "ready" and ready["pid"] == proc.pid
        proc.stdin.write(b'{"id": 0, "op": "shutdown"}\n')
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


@pytest.mark.parametrize(("before", "after"), [
    ({"LD_LIBRARY_PATH": "/b/_internal:/opt/x", "LD_LIBRARY_PATH_ORIG": "/opt/x"},
     {"LD_LIBRARY_PATH": "/opt/x"}),
    ({"LD_LIBRARY_PATH": "/b/_internal"}, {}),  # the person had none
    ({"LD_LIBRARY_PATH": "/b/_internal", "LD_LIBRARY_PATH_ORIG": ""}, {}),
    ({"QT_PLUGIN_PATH": "/b/_internal/PySide6/Qt/plugins",
      "QML2_IMPORT_PATH": "/b/_internal/PySide6/Qt/qml"}, {}),
    ({"QT_PLUGIN_PATH": "/home/someone/plugins"}, {"QT_PLUGIN_PATH": "/home/someone/plugins"}),
])
def test_programs_the_bundle_starts_get_the_persons_environment(before, after):
    give_back = runpy.run_path(str(ENTRY))["give_back_environment"]
    environ = {"HOME": "/home/someone", **before}
    give_back(environ, "/b/_internal")
    assert environ == {"HOME": "/home/someone", **after}


def test_the_bundle_carries_the_data_where_paths_py_looks_first():
    """A frozen app's package folder is ``_internal/briefwriter``: templates, resources and
    examples go beside it, as in the wheel; the translations compiled, their sources left."""
    targets = {}
    for source, folder in _bundle_common().data_files():
        targets[f"{folder}/{Path(source).name}"] = Path(source)
    for essential in ("briefwriter/resources/gcm.json",
                      "briefwriter/resources/brief.schema.json",
                      "briefwriter/resources/fonts/NotoSans-Regular.ttf",
                      "briefwriter/resources/i18n/briefwriter_ar.qm",
                      "briefwriter/templates/position-paper/template.yaml",
                      "briefwriter/examples/imrf-2026-migrant-network.brief.yaml"):
        assert essential in targets
    assert all(target.split("/")[1] in {"templates", "resources", "examples"}
               for target in targets)
    assert not [t for t in targets if t.endswith(".ts") or "__pycache__" in t]
    for target, source in targets.items():
        assert source == ROOT / target.removeprefix("briefwriter/")


def test_the_bundle_is_not_made_without_compiled_translations(tmp_path, monkeypatch):
    common = _bundle_common()
    for folder in ("templates", "examples", "resources/i18n"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "resources" / "i18n" / "briefwriter_fr.ts").write_text("<TS/>")
    monkeypatch.setattr(common, "ROOT", tmp_path)
    with pytest.raises(SystemExit, match="make translations"):
        common.data_files()


def test_only_the_interface_languages_keep_qt_translations():
    keep = _bundle_common().keep_qt_translation
    assert keep("PySide6/Qt/translations/qtbase_fr.qm")
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert keep("briefwriter/resources/i18n/briefwriter_fr.qm")  # ours are not Qt's


def test_the_version_is_read_from_the_package():
    assert _bundle_common().version() == __version__
