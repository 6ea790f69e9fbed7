"""The icons' PNGs are the SVG sources drawn at each hicolor size: each exists at its size,
and drawing its SVG again gives the same pixels (they cannot drift from the source)."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from PySide6.QtGui import QImage

from briefwriter.desktop import ICON_SIZES
from briefwriter.paths import resources_dir

ROOT = resources_dir().parent


def _build_icons():
    spec = importlib.util.spec_from_file_location("build_icons",
                                                  ROOT / "scripts" / "build_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_icons", module)
    spec.loader.exec_module(module)
    return module


BUILD = _build_icons()


@pytest.mark.parametrize("name", sorted(BUILD.CONTEXTS))
@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_its_svg_at_its_size(qapp, name, size):
    path = BUILD.png_path(name, size)
    committed = QImage(str(path))
    assert not committed.isNull(), f"{path} is missing: run scripts/build_icons.py"
    assert (committed.width(), committed.height()) == (size, size)
    drawn = BUILD.render(name, size).convertToFormat(QImage.Format.Format_ARGB32)
    assert committed.convertToFormat(QImage.Format.Format_ARGB32) == drawn, \
        f"{path} differs from {name}.svg: run scripts/build_icons.py"


def test_every_icon_has_its_source_and_no_stray_pngs():
    made = {BUILD.png_path(name, size) for name in BUILD.CONTEXTS for size in ICON_SIZES}
    assert set((ROOT / "resources" / "icons" / "hicolor").rglob("*.png")) == made
    for name in BUILD.CONTEXTS:
        assert (ROOT / "resources" / "icons" / f"{name}.svg").is_file()
