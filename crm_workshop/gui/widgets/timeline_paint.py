"""The timeline chart painted: quarter columns, today, bars, badges, labels, header.

The same painting serves the screen (the visible part, scrolled) and an export (the
whole chart); every position comes from the chart's computed layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen

from crm_workshop.gui.widgets.timeline_layout import Item

if TYPE_CHECKING:
    from crm_workshop.gui.widgets.timeline_chart import TimelineChart

AREA_COLOR = QColor("#1F4E79")
STEP_COLOR = QColor("#2E75B6")
STRATEGIC_COLOR = QColor("#E07B39")
BAR_COLOR = QColor("#B8CCE4")
NOW_TINT = QColor(255, 196, 0, 46)
NOW_LINE = QColor("#C00000")


def paint_chart(
    chart: TimelineChart, painter: QPainter, view: QRectF, offset: QPointF
) -> None:
    """Draw the chart into ``view`` scrolled by ``offset``."""
    content = chart.content_size()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette = chart.palette()
    painter.fillRect(view, palette.color(QPalette.ColorRole.Base))
    text_color = palette.color(QPalette.ColorRole.Text)
    grid = QColor(text_color)
    grid.setAlpha(40)
    # body: columns, today, bars, badges (scrolled both ways)
    painter.save()
    painter.translate(-offset)
    bottom = max(content.height(), view.height() + offset.y())
    for n, (quarter, rect) in enumerate(chart.columns):
        column = QRectF(rect.left(), 0, rect.width(), bottom)
        if chart.today is not None and quarter == chart.today.quarter:
            painter.fillRect(column, NOW_TINT)
        elif n % 2:
            shade = QColor(text_color)
            shade.setAlpha(10)
            painter.fillRect(column, shade)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(column.topLeft(), column.bottomLeft())
    if chart.today is not None and chart.column_rect(chart.today.quarter):
        x = chart.month_x(chart.today) + chart.column_width / 6
        painter.setPen(QPen(NOW_LINE, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
    for item in chart.items:
        if item.kind in ("area", "question"):
            painter.setPen(QPen(grid, 1))
            painter.drawLine(
                QPointF(0, item.rect.top()),
                QPointF(content.width(), item.rect.top()),
            )
    for item in chart.items:
        if item.kind == "bar":
            _paint_bar(chart, painter, item, text_color)
        elif item.kind in ("marker", "step", "start"):
            _paint_badge(chart, painter, item)
    painter.restore()
    # label column: scrolled vertically only
    painter.save()
    painter.setClipRect(QRectF(0, 0, chart.label_width, view.height()))
    painter.fillRect(
        QRectF(0, 0, chart.label_width, view.height()),
        palette.color(QPalette.ColorRole.Base),
    )
    painter.translate(0, -offset.y())
    for item in chart.items:
        if item.kind in ("area", "question"):
            _paint_label(chart, painter, item, text_color)
        elif item.kind == "start":
            _paint_badge(chart, painter, item)
    painter.restore()
    painter.setPen(QPen(grid, 1))
    painter.drawLine(
        QPointF(chart.label_width, 0), QPointF(chart.label_width, view.height())
    )
    _paint_header(chart, painter, view, offset, palette, text_color)


def _paint_header(
    chart: TimelineChart,
    painter: QPainter,
    view: QRectF,
    offset: QPointF,
    palette: QPalette,
    text: QColor,
) -> None:
    painter.save()
    header = QRectF(0, 0, view.width(), chart.header_height)
    painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
    painter.setClipRect(
        QRectF(chart.label_width, 0, header.width(), chart.header_height)
    )
    bold = QFont(chart.font())
    bold.setBold(True)
    half = chart.header_height / 2
    for quarter, rect in chart.columns:
        shown = rect.translated(-offset.x(), 0)
        current = chart.today is not None and quarter == chart.today.quarter
        if current:
            painter.fillRect(shown, NOW_TINT)
        painter.setFont(bold if current else chart.font())
        painter.setPen(text)
        painter.drawText(
            QRectF(shown.left(), 0, shown.width(), half * 1.15),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            str(quarter),
        )
        if current:
            painter.setPen(NOW_LINE)
            painter.drawText(
                QRectF(shown.left(), half * 1.1, shown.width(), half * 0.9),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                QCoreApplication.translate("TimelineChart", "now"),
            )
    painter.restore()
    painter.setPen(QPen(text, 1))
    painter.drawLine(
        QPointF(0, chart.header_height), QPointF(header.width(), chart.header_height)
    )


def _paint_label(
    chart: TimelineChart, painter: QPainter, item: Item, text: QColor
) -> None:
    font = QFont(chart.font())
    rect = item.rect.adjusted(8, 0, -8, 0)
    if item.kind == "area":
        if item.detail:
            painter.setFont(font)
            painter.setPen(chart.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                item.detail,
            )
            detail = QFontMetricsF(font).horizontalAdvance(item.detail + "  ")
            rect.setRight(rect.right() - detail)
        font.setBold(True)
        marker = "▾ " if item.key in chart.expanded else "▸ "
        label = marker + item.text
    else:
        rect.adjust(chart.fontMetrics().height() * 1.2, 0, 0, 0)
        starts = [i for i in chart.items if i.kind == "start" and i.key == item.key]
        if starts:
            rect.setRight(starts[0].rect.left() - 6)
        label = item.text
    painter.setFont(font)
    painter.setPen(text)
    metrics = QFontMetricsF(font)
    if item.kind == "area" and metrics.horizontalAdvance(label) > rect.width():
        # a long area name takes two lines, the second cut if need be
        words = label.split()
        first = ""
        while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= (
            rect.width()
        ):
            first = f"{first} {words.pop(0)}".strip()
        rest = metrics.elidedText(
            " ".join(words), Qt.TextElideMode.ElideRight, rect.width()
        )
        label = f"{first}\n{rest}" if first else rest
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label
        )
    else:
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown
        )
    if item.kind == "area" and item.key == chart.focus_area and chart.hasFocus():
        pen = QPen(chart.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(item.rect.adjusted(2, 2, -2, -2))


def _paint_bar(
    chart: TimelineChart, painter: QPainter, item: Item, text: QColor
) -> None:
    content = chart.content_size()
    rect = item.rect
    painter.setPen(QPen(AREA_COLOR if item.emphasis else QColor("#7F9DBF"), 1.2))
    painter.setBrush(STRATEGIC_COLOR if item.emphasis else BAR_COLOR)
    painter.drawRoundedRect(rect, 4, 4)
    font = QFont(chart.font())
    font.setBold(item.emphasis)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    label = ("★ " if item.emphasis else "") + item.text
    inside = rect.adjusted(6, 0, -6, 0)
    if metrics.horizontalAdvance(label) <= inside.width():
        painter.setPen(QColor("#111111"))
        painter.drawText(inside, Qt.AlignmentFlag.AlignVCenter, label)
        return
    # too long for the bar: beside it, where there is more room
    right_room = content.width() - rect.right() - 6
    left_room = rect.left() - chart.label_width - 6
    if right_room < metrics.horizontalAdvance(label) and left_room > right_room:
        outside = QRectF(chart.label_width, rect.top(), left_room, rect.height())
        painter.setPen(text)
        painter.drawText(
            outside,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, left_room),
        )
        return
    outside = QRectF(
        rect.right() + 6,
        rect.top(),
        content.width() - rect.right() - 6,
        rect.height(),
    )
    if outside.width() < metrics.averageCharWidth() * 8:
        outside = inside
    painter.setPen(text)
    painter.drawText(
        outside,
        Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(label, Qt.TextElideMode.ElideRight, outside.width()),
    )


def _paint_badge(chart: TimelineChart, painter: QPainter, item: Item) -> None:
    rect = item.rect
    font = QFont(chart.font())
    font.setBold(True)
    painter.setFont(font)
    radius = rect.height() / 2
    if item.kind == "marker":
        painter.setPen(QPen(AREA_COLOR, 1))
        painter.setBrush(AREA_COLOR)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(QColor("white"))
    elif item.kind == "start":
        painter.setPen(QPen(QColor("#7F7F7F"), 1.2))
        painter.setBrush(QColor("#EEEEEE"))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(QColor("#333333"))
    else:
        style = Qt.PenStyle.DashLine if item.emphasis else Qt.PenStyle.SolidLine
        painter.setPen(QPen(STEP_COLOR, 2, style))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(QColor("#1A3E66"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, item.text)
