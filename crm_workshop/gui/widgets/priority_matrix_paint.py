"""The prioritisation matrix painted, and where its circles go.

Geometry (``cell_offsets``, ``circle_radius``, ``Circle``) spreads the circles that
share a cell; ``paint_matrix`` draws grid, axes, circles and legend from the matrix's
computed layout.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from crm_workshop.gui.tones import readable

if TYPE_CHECKING:
    from crm_workshop.gui.widgets.priority_matrix import PriorityMatrix

LEVELS = range(1, 6)
CORNER = 4  # the urgent and feasible corner: 4..5 on both scores
GREY = QColor(150, 150, 150)
CORNER_TINT = QColor(224, 123, 57, 38)


def cell_offsets(count: int) -> list[tuple[float, float]]:
    """Where ``count`` circles sharing a cell go, in cell widths from its centre."""
    if count == 1:
        return [(0.0, 0.0)]
    if count <= 6:
        ring = 0.25
        return [
            (
                ring * math.cos(-math.pi / 2 + 2 * math.pi * n / count),
                ring * math.sin(-math.pi / 2 + 2 * math.pi * n / count),
            )
            for n in range(count)
        ]
    side = math.ceil(math.sqrt(count))
    step = 0.86 / side
    return [
        (
            (n % side - (side - 1) / 2) * step,
            (n // side - (side - 1) / 2) * step,
        )
        for n in range(count)
    ]


@dataclass(frozen=True)
class Circle:
    initiative_id: int
    number: int
    center: QPointF
    radius: float


def circle_radius(count: int, cell: float) -> float:
    """The radius of each of ``count`` circles sharing a cell ``cell`` wide."""
    if count == 1:
        return cell * 0.24
    if count <= 6:
        return min(cell * 0.2, cell * 0.25 * math.sin(math.pi / count) * 0.95)
    return cell * 0.86 / math.ceil(math.sqrt(count)) / 2 * 0.92


def paint_matrix(matrix: PriorityMatrix, painter: QPainter) -> None:
    """The grid, the shaded corner, the axes, the circles and the legend."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = matrix.palette()
    painter.fillRect(matrix.rect(), palette.color(QPalette.ColorRole.Base))
    text = palette.color(QPalette.ColorRole.Text)
    muted = QColor(text)
    muted.setAlpha(150)
    grid = matrix.grid_rect
    cell = grid.width() / 5
    corner = QRectF(grid.left() + (CORNER - 1) * cell, grid.top(), cell * 2, cell * 2)
    painter.fillRect(corner, CORNER_TINT)
    line = QColor(text)
    line.setAlpha(60)
    for n in range(6):
        width = 2.0 if n in (0, 5) else 1.0
        painter.setPen(QPen(line, width))
        x = grid.left() + n * cell
        y = grid.top() + n * cell
        painter.drawLine(QPointF(x, grid.top()), QPointF(x, grid.bottom()))
        painter.drawLine(QPointF(grid.left(), y), QPointF(grid.right(), y))
    small = matrix.scaled_font(0.8)
    painter.setFont(small)
    painter.setPen(muted)
    painter.drawText(
        corner.adjusted(4, 2, -4, -2),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        QFontMetricsF(small).elidedText(
            QCoreApplication.translate("PriorityMatrix", "urgent and feasible"),
            Qt.TextElideMode.ElideRight,
            corner.width(),
        ),
    )
    _paint_axes(matrix, painter, text, muted)
    for circle in matrix.circles:
        _paint_circle(matrix, painter, circle, text)
    _paint_legend(matrix, painter, text, muted)


def _paint_axes(
    matrix: PriorityMatrix, painter: QPainter, text: QColor, muted: QColor
) -> None:
    grid = matrix.grid_rect
    cell = grid.width() / 5
    font = matrix.scaled_font()
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(muted)
    for level in LEVELS:
        x = grid.left() + (level - 0.5) * cell
        painter.drawText(
            QRectF(x - cell / 2, grid.bottom() + 2, cell, metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            str(level),
        )
        y = grid.bottom() - (level - 0.5) * cell
        painter.drawText(
            QRectF(grid.left() - 40, y - cell / 2, 34, cell),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(level),
        )
    painter.setFont(matrix.scaled_font(bold=True))
    painter.setPen(text)
    painter.drawText(
        QRectF(
            grid.left(),
            grid.bottom() + metrics.height(),
            grid.width(),
            metrics.height() * 1.3,
        ),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("PriorityMatrix", "Urgency →"),
    )
    painter.save()
    painter.translate(grid.left() - metrics.horizontalAdvance("5") - 14, grid.bottom())
    painter.rotate(-90)
    painter.drawText(
        QRectF(0, -metrics.height() * 1.3, grid.height(), metrics.height() * 1.3),
        Qt.AlignmentFlag.AlignCenter,
        QCoreApplication.translate("PriorityMatrix", "Feasibility →"),
    )
    painter.restore()
    missing = matrix.not_placed
    if missing:
        painter.setFont(matrix.scaled_font(0.85))
        painter.setPen(muted)
        names = ", ".join(f"{n} {' '.join(i.title.split())[:80]}" for n, i in missing)
        words = QCoreApplication.translate(
            "PriorityMatrix", "Not placed (urgency or feasibility not set): {names}"
        )
        row = QRectF(
            matrix.rect().left() + 10,
            matrix.rect().bottom() - metrics.height() * 1.2 - 6,
            matrix.width() - 20,
            metrics.height() * 1.2,
        )
        painter.drawText(
            row,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetricsF(painter.font()).elidedText(
                words.format(names=names), Qt.TextElideMode.ElideRight, row.width()
            ),
        )


def _paint_circle(
    matrix: PriorityMatrix, painter: QPainter, circle: Circle, text: QColor
) -> None:
    item = matrix.initiative(circle.initiative_id)
    assert item is not None
    color = matrix.accent if item.active else GREY
    # the engagement's brand colour, made to stand out on the theme's background
    base = matrix.palette().color(QPalette.ColorRole.Base)
    outline = readable(matrix.primary, base) if item.active else GREY
    if item.strategic:
        painter.setBrush(color)
        painter.setPen(QPen(color.darker(130), 2))
        number_color = QColor("white")
    else:
        painter.setBrush(matrix.palette().color(QPalette.ColorRole.Base))
        painter.setPen(QPen(outline, max(2.0, circle.radius / 9)))
        number_color = outline
    painter.drawEllipse(circle.center, circle.radius, circle.radius)
    if circle.initiative_id == matrix.focused_id and matrix.hasFocus():
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(text, 2, Qt.PenStyle.DashLine))
        ring = circle.radius + 4
        painter.drawEllipse(circle.center, ring, ring)
    font = QFont(matrix.font())
    font.setBold(True)
    digits = len(str(circle.number))
    font.setPixelSize(max(8, int(circle.radius * (1.1 if digits < 2 else 0.85))))
    painter.setFont(font)
    painter.setPen(number_color)
    box = QRectF(
        circle.center.x() - circle.radius,
        circle.center.y() - circle.radius,
        circle.radius * 2,
        circle.radius * 2,
    )
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(circle.number))


def _paint_legend(
    matrix: PriorityMatrix, painter: QPainter, text: QColor, muted: QColor
) -> None:
    rect = matrix.legend_rect
    if rect.width() < 60 or not matrix.numbered:
        return
    font = matrix.scaled_font(0.9)
    metrics = QFontMetricsF(font)
    while metrics.height() * (len(matrix.numbered) + 1) > rect.height():
        if font.pointSizeF() <= 8:
            break
        font.setPointSizeF(font.pointSizeF() - 0.5)
        metrics = QFontMetricsF(font)
    painter.setFont(font)
    height = metrics.height()
    number_width = metrics.horizontalAdvance("00 ")
    y = rect.top()
    for n, (number, item) in enumerate(matrix.numbered):
        if y + height * 2 > rect.bottom() and n < len(matrix.numbered) - 1:
            painter.setPen(muted)
            painter.drawText(
                QRectF(rect.left(), y, rect.width(), height),
                Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate(
                    "PriorityMatrix", "… and {count} more"
                ).format(count=len(matrix.numbered) - n),
            )
            break
        strong = item.strategic and item.active
        bold = QFont(font)
        bold.setBold(strong)
        painter.setFont(bold)
        painter.setPen(
            matrix.accent.darker(120) if strong else (text if item.active else GREY)
        )
        painter.drawText(
            QRectF(rect.left(), y, number_width, height),
            Qt.AlignmentFlag.AlignRight,
            f"{number} ",
        )
        title = " ".join(item.title.split())[:500]
        if not item.active:
            title = QCoreApplication.translate(
                "PriorityMatrix", "{title} (dropped)"
            ).format(title=title)
        painter.drawText(
            QRectF(rect.left() + number_width + 4, y, rect.width(), height),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetricsF(bold).elidedText(
                title,
                Qt.TextElideMode.ElideRight,
                rect.width() - number_width - 4,
            ),
        )
        y += height
