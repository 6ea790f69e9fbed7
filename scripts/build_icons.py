"""Render the icons' SVG sources (resources/icons/*.svg) into the PNG sizes of the hicolor
icon theme: resources/icons/hicolor/SIZExSIZE/{apps,mimetypes}/NAME.png.

Run after changing an SVG (``python scripts/build_icons.py``) and commit the PNGs; a test
renders the SVGs again and fails while a PNG differs from its source.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from briefwriter.desktop import ICON_SIZES as SIZES

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
#: each icon's file stem and its context in the icon theme
CONTEXTS = {
    "briefwriter": "apps",
    "application-x-briefwriter-brief": "mimetypes",
    "application-x-briefwriter-template-pack": "mimetypes",
}


def png_path(name: str, size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / CONTEXTS[name] / f"{name}.png"


def render(name: str, size: int):  # -> QImage (Qt is imported only when rendering)
    """The SVG ``name`` drawn into a transparent ``size`` x ``size`` image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / f"{name}.svg"))
    if not renderer.isValid():
        raise SystemExit(f"{name}.svg: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    for name in CONTEXTS:
        for size in SIZES:
            path = png_path(name, size)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not render(name, size).save(str(path), "PNG"):
                raise SystemExit(f"{path}: could not be written")
    print(f"Wrote {len(CONTEXTS) * len(SIZES)} PNGs in {ICONS / 'hicolor'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
