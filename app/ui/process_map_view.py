"""Painting the process map (`app.workflow.process_map`) with Qt: right to left, one lane for
the request (الف–ح) and one for each booking (خ–ذ); a request's path and present step marked."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from app.ui import database_thread, i18n
from app.workflow.process_map import Node, ProcessMap, build

BOX_W, BOX_H, GAP_X, GAP_Y, LANE_GAP, MARGIN = 150, 58, 46, 26, 70, 30
COLOURS = {
    "box": QColor("#f4f6fb"),
    "final": QColor("#eceff4"),
    "border": QColor("#6b7a99"),
    "visited": QColor("#d8ecdf"),
    "current": QColor("#2e7d4f"),
    "edge": QColor("#8a94a8"),
    "taken": QColor("#2e7d4f"),
    "text": QColor("#1d2433"),
}


def _columns(pm: ProcessMap, lane: int) -> int:
    return 1 + max(n.column for n in pm.nodes.values() if n.lane == lane)


def _rows(pm: ProcessMap, lane: int) -> int:
    return 1 + max(n.row for n in pm.nodes.values() if n.lane == lane)


def size(pm: ProcessMap) -> tuple[int, int]:
    columns = _columns(pm, 0)
    width = 2 * MARGIN + columns * BOX_W + (columns - 1) * GAP_X
    lanes = [_rows(pm, lane) * (BOX_H + GAP_Y) - GAP_Y for lane in (0, 1)]
    return width, 2 * MARGIN + sum(lanes) + LANE_GAP


def _rect(pm: ProcessMap, node: Node, width: int) -> QRectF:
    top, column = MARGIN, node.column
    if node.lane == 1:  # the booking lane sits under the request's last steps
        top += _rows(pm, 0) * (BOX_H + GAP_Y) - GAP_Y + LANE_GAP
        column += _columns(pm, 0) - _columns(pm, 1)
    right = width - MARGIN - column * (BOX_W + GAP_X)  # right to left
    return QRectF(right - BOX_W, top + node.row * (BOX_H + GAP_Y), BOX_W, BOX_H)


def _arrow(painter: QPainter, start: QPointF, end: QPointF, pen: QPen, bulge: float = 0.0) -> None:
    painter.setPen(pen)
    painter.setBrush(Qt.NoBrush)
    path = QPainterPath(start)
    middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
    if bulge:  # around the boxes between, on their left
        path.cubicTo(QPointF(start.x() - bulge, start.y()), QPointF(end.x() - bulge, end.y()), end)
    elif abs(start.y() - end.y()) > 1 and abs(start.x() - end.x()) > 1:
        path.quadTo(QPointF(middle.x(), start.y()), middle)
        path.quadTo(QPointF(middle.x(), end.y()), end)
    else:
        path.lineTo(end)
    painter.drawPath(path)
    direction = end - path.pointAtPercent(0.96)
    length = max((direction.x() ** 2 + direction.y() ** 2) ** 0.5, 1e-6)
    ux, uy = direction.x() / length, direction.y() / length
    head = QPolygonF(
        [
            end,
            QPointF(end.x() - 9 * ux + 4.5 * uy, end.y() - 9 * uy - 4.5 * ux),
            QPointF(end.x() - 9 * ux - 4.5 * uy, end.y() - 9 * uy + 4.5 * ux),
        ]
    )
    painter.setBrush(pen.color())
    painter.drawPolygon(head)


def _anchor(a: QRectF, b: QRectF) -> tuple[QPointF, QPointF]:
    """Points on the facing sides of two boxes."""
    if abs(a.center().x() - b.center().x()) < 1:  # same column: vertical
        down = b.center().y() > a.center().y()
        return (
            QPointF(a.center().x() - 20, a.bottom() if down else a.top()),
            QPointF(b.center().x() - 20, b.top() if down else b.bottom()),
        )
    leftward = b.center().x() < a.center().x()
    return (
        QPointF(a.left() if leftward else a.right(), a.center().y()),
        QPointF(b.right() if leftward else b.left(), b.center().y()),
    )


def paint(painter: QPainter, pm: ProcessMap, width: int, font: QFont | None = None) -> None:
    painter.setRenderHint(QPainter.Antialiasing)
    base = QFont(font) if font else QFont()
    rects = {n.id: _rect(pm, n, width) for n in pm.nodes.values()}
    for source, target, _event in pm.edges:
        if source == target:
            continue
        taken = (source, target) in pm.taken
        pen = QPen(COLOURS["taken" if taken else "edge"], 2.4 if taken else 1.2)
        a, b = rects[source], rects[target]
        if (
            abs(a.center().x() - b.center().x()) < 1
            and abs(a.center().y() - b.center().y()) > BOX_H + GAP_Y + 1
        ):
            _arrow(
                painter,
                QPointF(a.left(), a.center().y()),
                QPointF(b.left(), b.center().y()),
                pen,
                bulge=34,
            )
        else:
            _arrow(painter, *_anchor(a, b), pen)
    # The request's last step leads on to the bookings, once per use of a room.
    last = next(n for n in pm.nodes.values() if n.lane == 0 and n.step == "ح")
    first = next(n for n in pm.nodes.values() if n.lane == 1 and n.column == 0 and n.row == 0)
    pen = QPen(COLOURS["edge"], 1.2, Qt.DashLine)
    _arrow(
        painter,
        QPointF(rects[last.id].center().x(), rects[last.id].bottom()),
        QPointF(rects[first.id].center().x(), rects[first.id].top()),
        pen,
    )
    for node in pm.nodes.values():
        rect = rects[node.id]
        fill = COLOURS["final"] if node.final else COLOURS["box"]
        if node.id in pm.visited:
            fill = COLOURS["visited"]
        border = (
            QPen(COLOURS["current"], 3) if node.id == pm.current else QPen(COLOURS["border"], 1.2)
        )
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 9, 9)
        painter.setPen(COLOURS["text"])
        text = QFont(base)
        text.setPointSizeF(max(base.pointSizeF(), 9.0))
        painter.setFont(text)
        painter.drawText(
            rect.adjusted(6, 4, -6, -4),
            Qt.AlignCenter | Qt.TextWordWrap,
            i18n.state_text(node.label),
        )


def render_image(pm: ProcessMap, font: QFont | None = None) -> QImage:
    width, height = size(pm)
    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setLayoutDirection(Qt.RightToLeft)
    paint(painter, pm, width, font)
    painter.end()
    return image


class ProcessMapWidget(QWidget):
    """The map of one request (or of the procedure when no request is given)."""

    def __init__(self, request_ref: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.set_request(request_ref)

    def set_request(self, request_ref: str | None) -> None:
        self._map = database_thread.call(build, request_ref)  # reads the request's state
        width, height = size(self._map)
        self.setMinimumSize(width, height)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802
        painter = QPainter(self)
        paint(painter, self._map, self.width(), self.font())
        painter.end()


def export_png(out: Path, request_ref: str | None = None) -> None:
    """Write the map as PNG, offscreen (no display and no external program needed)."""
    from PySide6.QtWidgets import QApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([])
    from app.ui.app import setup_application

    setup_application(app)
    if not render_image(build(request_ref), app.font()).save(str(out)):
        raise OSError(f"could not write {out}")
