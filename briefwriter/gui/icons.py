"""Step-state icons (empty, done, has warnings), drawn in code so they stay sharp at any scale.

Each state has its own shape as well as its own colour, so the icons still differ for people
who do not see the colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QIconEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from briefwriter.gui.steps.base import StepState

_GREY = QColor("#6b7280")
_GREEN = QColor("#2e7d32")
_AMBER = QColor("#b45309")


class _StateIconEngine(QIconEngine):
    """Paints one state's symbol into whatever size and device pixel ratio Qt asks for."""

    def __init__(self, state: StepState) -> None:
        super().__init__()
        self._state = state

    def clone(self) -> QIconEngine:
        return _StateIconEngine(self._state)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                     side, side).adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        if self._state is StepState.DONE:
            _paint_done(painter, box)
        elif self._state is StepState.WARNINGS:
            _paint_warnings(painter, box)
        else:
            _paint_empty(painter, box)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap


def _paint_empty(painter: QPainter, box: QRectF) -> None:
    # A hollow circle: nothing entered yet.
    pen = QPen(_GREY, max(1.0, box.width() * 0.1))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = pen.widthF() / 2
    painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset))


def _paint_done(painter: QPainter, box: QRectF) -> None:
    # A filled circle with a white tick.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_GREEN)
    painter.drawEllipse(box)
    w = box.width()
    tick = QPainterPath(QPointF(box.left() + w * 0.27, box.top() + w * 0.52))
    tick.lineTo(box.left() + w * 0.44, box.top() + w * 0.69)
    tick.lineTo(box.left() + w * 0.74, box.top() + w * 0.34)
    pen = QPen(QColor("white"), max(1.0, w * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)


def _paint_warnings(painter: QPainter, box: QRectF) -> None:
    # A triangle with an exclamation mark.
    w = box.width()
    triangle = QPainterPath(QPointF(box.center().x(), box.top() + w * 0.04))
    triangle.lineTo(box.right(), box.bottom() - w * 0.06)
    triangle.lineTo(box.left(), box.bottom() - w * 0.06)
    triangle.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_AMBER)
    painter.drawPath(triangle)
    pen = QPen(QColor("white"), max(1.0, w * 0.11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    x = box.center().x()
    painter.drawLine(QPointF(x, box.top() + w * 0.36), QPointF(x, box.top() + w * 0.62))
    painter.drawPoint(QPointF(x, box.top() + w * 0.78))


_CACHE: dict[StepState, QIcon] = {}


def state_icon(state: StepState) -> QIcon:
    """The icon for a step in ``state`` (shared, drawn on demand at the size needed)."""
    icon = _CACHE.get(state)
    if icon is None:
        icon = QIcon(_StateIconEngine(state))
        _CACHE[state] = icon
    return icon
