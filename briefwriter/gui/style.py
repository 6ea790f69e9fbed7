"""The app's look: the platform style with a calm accent and a little spacing.

Sizes are in ``em``/``pt`` so they scale with the font at 150% and 200%; colours come from
the palette where possible, so dark themes and high-contrast settings keep working.

List rows get vertical padding only: a style sheet's sideways item padding is left out when
a wrapped row is measured but taken off when it is drawn, which cuts long step names short.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1d5c8c"  # the templates' default accent: the app and its papers look related

STYLESHEET = """
QLabel#stepHeading { margin-bottom: 0.2em; }
QLabel#stepIntro { margin-bottom: 0.8em; }
QLabel#loading { qproperty-alignment: AlignCenter; }
QListWidget#stepNavigator { padding: 0.3em 0.3em; }
QListWidget#stepNavigator::item { padding: 0.45em 0; }
QWidget#stepButtons QPushButton { padding: 0.3em 1.2em; }
"""


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_style(app: QApplication) -> None:
    """Give ``app`` BriefWriter's accent colour and small stylesheet."""
    palette = QGuiApplication.palette()
    if not _is_dark(palette):
        # Only on light themes: a dark or high-contrast theme's own highlight reads better.
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(ACCENT))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
            palette.setColor(group, QPalette.ColorRole.Link, QColor(ACCENT))
        app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)
