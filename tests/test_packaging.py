"""A built wheel carries everything the app needs at run time: templates, resources, examples."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_templates_resources_and_examples(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
         "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True, timeout=300, capture_output=True,
    )
    (wheel,) = tmp_path.glob("briefwriter-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())

    expected = []
    for folder, target in (("templates", "briefwriter/templates"),
                           ("resources", "briefwriter/resources"),
                           ("examples", "briefwriter/examples")):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix != ".qm" and "__pycache__" not in path.parts:
                expected.append(f"{target}/{path.relative_to(ROOT / folder).as_posix()}")
    assert len(expected) > 20
    missing = [name for name in expected if name not in names]
    assert not missing, missing
    for essential in ("briefwriter/resources/gcm.json",
                      "briefwriter/resources/brief.schema.json",
                      "briefwriter/resources/fonts/NotoSans-Regular.ttf",
                      "briefwriter/templates/position-paper/template.yaml",
                      "briefwriter/cli.py", "briefwriter/render/worker.py"):
        assert essential in names
