"""The plan over time, painted: quarters as columns, one row group per area.

An area's group has a header row with its name and the whole levels its score reaches
("L3" badges in the quarter they are reached), one bar per initiative touching the area
(start to end month; strategic ones emphasised) and, when expanded, one row per question
with its start level and the quarter of each level step.

The chart keeps its computed layout (``items``, ``column_rect``) so tests and
accessibility read what is drawn without looking at pixels. The header row (quarters)
and the label column stay in place while the body scrolls.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from crm_workshop.domain.roadmap import Month, Quarter
from crm_workshop.gui.text import plain_tooltip

AREA_COLOR = QColor("#1F4E79")
STEP_COLOR = QColor("#2E75B6")
STRATEGIC_COLOR = QColor("#E07B39")
BAR_COLOR = QColor("#B8CCE4")
NOW_TINT = QColor(255, 196, 0, 46)
NOW_LINE = QColor("#C00000")


@dataclass(frozen=True)
class Badge:
    """A level reached in a month."""

    level: int
    month: Month
    overridden: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class Bar:
    initiative_id: int
    title: str
    first: Month
    last: Month
    strategic: bool
    tooltip: str = ""


@dataclass(frozen=True)
class QuestionRow:
    question_id: str
    title: str
    start: int | None
    badges: tuple[Badge, ...]
    tooltip: str = ""


@dataclass(frozen=True)
class AreaGroup:
    area_id: str
    title: str
    summary: str  # "now 2.3, target 3.8"
    badges: tuple[Badge, ...]
    bars: tuple[Bar, ...]
    questions: tuple[QuestionRow, ...]
    tooltip: str = ""


@dataclass(frozen=True)
class Item:
    """One drawn thing, in content coordinates (before scrolling)."""

    kind: str  # "area", "marker", "bar", "question", "start", "step"
    key: str  # area id, question id or initiative id (as text)
    rect: QRectF
    text: str
    tooltip: str = ""
    quarter: Quarter | None = None
    level: int | None = None
    emphasis: bool = False  # strategic bar, overridden step
    detail: str = ""  # an area's scores, beside its name


class TimelineChart(QAbstractScrollArea):
    expandedChanged = Signal(str, bool)  # area id, expanded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(False)
        self.quarters: tuple[Quarter, ...] = ()
        self.groups: tuple[AreaGroup, ...] = ()
        self.today: Month | None = None
        self.expanded: set[str] = set()
        self.items: list[Item] = []
        self.columns: list[tuple[Quarter, QRectF]] = []
        self.focus_area: str | None = None
        self.label_width = 0.0
        self.header_height = 0.0
        self.column_width = 0.0
        self._content = QSize(0, 0)

    # -- data --------------------------------------------------------------------------
    def set_content(
        self,
        quarters: tuple[Quarter, ...],
        groups: tuple[AreaGroup, ...],
        today: Month | None,
    ) -> None:
        """Show new data; scroll position, expanded areas and focus are kept."""
        self.quarters = tuple(quarters)
        self.groups = tuple(groups)
        self.today = today
        ids = {g.area_id for g in groups}
        self.expanded &= ids
        if self.focus_area not in ids:
            self.focus_area = groups[0].area_id if groups else None
        self.relayout()

    def set_expanded(self, area_id: str, expanded: bool) -> None:
        if (area_id in self.expanded) == expanded:
            return
        if expanded:
            self.expanded.add(area_id)
        else:
            self.expanded.discard(area_id)
        self.relayout()
        self.expandedChanged.emit(area_id, expanded)

    def set_all_expanded(self, expanded: bool) -> None:
        self.expanded = {g.area_id for g in self.groups} if expanded else set()
        self.relayout()

    # -- what is drawn -----------------------------------------------------------------
    def column_rect(self, quarter: Quarter) -> QRectF | None:
        for shown, rect in self.columns:
            if shown == quarter:
                return rect
        return None

    def items_of(self, kind: str, key: str | None = None) -> list[Item]:
        return [
            i for i in self.items if i.kind == kind and (key is None or i.key == key)
        ]

    def quarter_at_x(self, x: float) -> Quarter | None:
        for quarter, rect in self.columns:
            if rect.left() <= x < rect.right():
                return quarter
        return None

    def month_x(self, month: Month) -> float:
        """Left edge of ``month`` in content coordinates (clamped to the columns)."""
        if not self.columns:
            return self.label_width
        first = self.quarters[0].first_month
        offset = first.months_until(month)
        offset = max(0, min(offset, len(self.quarters) * 3))
        return self.label_width + offset * self.column_width / 3

    # -- layout ------------------------------------------------------------------------
    def _metrics(self) -> tuple[QFontMetricsF, QFontMetricsF]:
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetricsF(self.font()), QFontMetricsF(bold)

    def relayout(self) -> None:
        fm, bold = self._metrics()
        line = fm.height()
        pad = line * 0.35
        count = max(1, len(self.quarters))
        self.label_width = max(
            fm.averageCharWidth() * 24,
            min(self._label_need(fm, bold), self.viewport().width() * 0.34),
        )
        min_column = bold.horizontalAdvance("Q4 2027") + line * 0.7
        available = self.viewport().width() - self.label_width
        self.column_width = max(min_column, available / count)
        self.header_height = line * 2.4
        self.columns = [
            (
                q,
                QRectF(
                    self.label_width + n * self.column_width,
                    0,
                    self.column_width,
                    self.header_height,
                ),
            )
            for n, q in enumerate(self.quarters)
        ]
        items: list[Item] = []
        y = self.header_height + pad
        badge_h = line * 1.15
        for group in self.groups:
            one_line = (
                bold.horizontalAdvance(f"▾ {group.title}")
                + fm.horizontalAdvance(f"  {group.summary}")
                <= self.label_width - 16
            )
            area_h = line * (1.9 if one_line else 2.7)
            items.append(
                Item(
                    "area",
                    group.area_id,
                    QRectF(0, y, self.label_width, area_h),
                    group.title,
                    group.tooltip,
                    detail=group.summary,
                )
            )
            items += self._badges(
                "marker", group.area_id, group.badges, y + (area_h - badge_h) / 2, bold
            )
            y += area_h
            for bar in group.bars:
                row_h = line * 1.45
                left = self.month_x(bar.first)
                right = max(
                    self.month_x(bar.last.plus(1)), left + self.column_width / 3
                )
                items.append(
                    Item(
                        "bar",
                        str(bar.initiative_id),
                        QRectF(left, y + line * 0.15, right - left, row_h - line * 0.3),
                        bar.title,
                        bar.tooltip,
                        emphasis=bar.strategic,
                    )
                )
                y += row_h
            if group.area_id in self.expanded:
                for question in group.questions:
                    row_h = line * 1.5
                    items.append(
                        Item(
                            "question",
                            question.question_id,
                            QRectF(0, y, self.label_width, row_h),
                            question.title,
                            question.tooltip,
                        )
                    )
                    top = y + (row_h - badge_h) / 2
                    if question.start is not None:
                        width = bold.horizontalAdvance("L5") + pad * 2
                        items.append(
                            Item(
                                "start",
                                question.question_id,
                                QRectF(
                                    self.label_width - width - pad, top, width, badge_h
                                ),
                                f"L{question.start}",
                                question.tooltip,
                                level=question.start,
                            )
                        )
                    items += self._badges(
                        "step", question.question_id, question.badges, top, bold
                    )
                    y += row_h
            y += pad * 2
        self.items = items
        width = self.label_width + count * self.column_width
        self._content = QSize(int(width), int(y + line))
        self._update_scrollbars()
        self.viewport().update()

    def _label_need(self, fm: QFontMetricsF, bold: QFontMetricsF) -> float:
        """The label column's width for every name on one line."""
        need = 0.0
        for group in self.groups:
            need = max(
                need,
                bold.horizontalAdvance(f"▾ {group.title}")
                + fm.horizontalAdvance(f"  {group.summary}"),
            )
            for question in group.questions:
                need = max(
                    need,
                    fm.horizontalAdvance(question.title)
                    + fm.height() * 1.2
                    + bold.horizontalAdvance("L5")
                    + fm.height() * 1.2,
                )
        return need + 24

    def _badges(
        self,
        kind: str,
        key: str,
        badges: tuple[Badge, ...],
        top: float,
        bold: QFontMetricsF,
    ) -> list[Item]:
        """Badges centred in the column of the quarter they fall in, side by side."""
        by_quarter: dict[Quarter, list[Badge]] = {}
        for badge in badges:
            by_quarter.setdefault(badge.month.quarter, []).append(badge)
        items = []
        gap = bold.height() * 0.2
        for quarter, shown in by_quarter.items():
            column = self.column_rect(quarter)
            if column is None:
                continue
            widths = [bold.horizontalAdvance(f"L{b.level}") + gap * 3 for b in shown]
            total = sum(widths) + gap * (len(shown) - 1)
            x = column.center().x() - total / 2
            for badge, width in zip(shown, widths, strict=True):
                items.append(
                    Item(
                        kind,
                        key,
                        QRectF(x, top, width, bold.height() * 1.15),
                        f"L{badge.level}",
                        badge.tooltip,
                        quarter=quarter,
                        level=badge.level,
                        emphasis=badge.overridden,
                    )
                )
                x += width + gap
        return items

    def _update_scrollbars(self) -> None:
        view = self.viewport().size()
        horizontal = self.horizontalScrollBar()
        vertical = self.verticalScrollBar()
        horizontal.setRange(0, max(0, self._content.width() - view.width()))
        horizontal.setPageStep(view.width())
        horizontal.setSingleStep(max(8, int(self.column_width / 4)))
        vertical.setRange(0, max(0, self._content.height() - view.height()))
        vertical.setPageStep(view.height())
        vertical.setSingleStep(max(8, self.fontMetrics().height()))

    def content_size(self) -> QSize:
        return QSize(self._content)

    def sizeHint(self) -> QSize:
        return QSize(900, 480)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    # -- painting ----------------------------------------------------------------------
    def _offset(self) -> QPointF:
        return QPointF(
            self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        self.paint(painter, QRectF(self.viewport().rect()), self._offset())
        painter.end()

    def export_to(self, path: str) -> None:
        """The whole chart (not only what is scrolled into view) as PNG or SVG."""
        size = QSizeF(self._content.width(), self._content.height())
        if path.lower().endswith(".svg"):
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(path)
            generator.setSize(size.toSize())
            generator.setViewBox(QRectF(QPointF(0, 0), size))
            generator.setTitle(self.accessibleName())
            painter = QPainter(generator)
            self.paint(painter, QRectF(QPointF(0, 0), size), QPointF(0, 0))
            painter.end()
            return
        scale = 2.0
        image = QImage((size * scale).toSize(), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        self.paint(painter, QRectF(QPointF(0, 0), size), QPointF(0, 0))
        painter.end()
        if not image.save(path):
            raise OSError(path)

    def paint(self, painter: QPainter, view: QRectF, offset: QPointF) -> None:
        """Draw the chart into ``view`` scrolled by ``offset``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(view, palette.color(QPalette.ColorRole.Base))
        text_color = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text_color)
        grid.setAlpha(40)
        # body: columns, today, bars, badges (scrolled both ways)
        painter.save()
        painter.translate(-offset)
        bottom = max(self._content.height(), view.height() + offset.y())
        for n, (quarter, rect) in enumerate(self.columns):
            column = QRectF(rect.left(), 0, rect.width(), bottom)
            if self.today is not None and quarter == self.today.quarter:
                painter.fillRect(column, NOW_TINT)
            elif n % 2:
                shade = QColor(text_color)
                shade.setAlpha(10)
                painter.fillRect(column, shade)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(column.topLeft(), column.bottomLeft())
        if self.today is not None and self.column_rect(self.today.quarter):
            x = self.month_x(self.today) + self.column_width / 6
            painter.setPen(QPen(NOW_LINE, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
        for item in self.items:
            if item.kind in ("area", "question"):
                painter.setPen(QPen(grid, 1))
                painter.drawLine(
                    QPointF(0, item.rect.top()),
                    QPointF(self._content.width(), item.rect.top()),
                )
        for item in self.items:
            if item.kind == "bar":
                self._paint_bar(painter, item, text_color)
            elif item.kind in ("marker", "step", "start"):
                self._paint_badge(painter, item)
        painter.restore()
        # label column: scrolled vertically only
        painter.save()
        painter.setClipRect(QRectF(0, 0, self.label_width, view.height()))
        painter.fillRect(
            QRectF(0, 0, self.label_width, view.height()),
            palette.color(QPalette.ColorRole.Base),
        )
        painter.translate(0, -offset.y())
        for item in self.items:
            if item.kind in ("area", "question"):
                self._paint_label(painter, item, text_color)
            elif item.kind == "start":
                self._paint_badge(painter, item)
        painter.restore()
        painter.setPen(QPen(grid, 1))
        painter.drawLine(
            QPointF(self.label_width, 0), QPointF(self.label_width, view.height())
        )
        self._paint_header(painter, view, offset, palette, text_color)

    def _paint_header(
        self,
        painter: QPainter,
        view: QRectF,
        offset: QPointF,
        palette: QPalette,
        text: QColor,
    ) -> None:
        painter.save()
        header = QRectF(0, 0, view.width(), self.header_height)
        painter.fillRect(header, palette.color(QPalette.ColorRole.Window))
        painter.setClipRect(
            QRectF(self.label_width, 0, header.width(), self.header_height)
        )
        bold = QFont(self.font())
        bold.setBold(True)
        half = self.header_height / 2
        for quarter, rect in self.columns:
            shown = rect.translated(-offset.x(), 0)
            current = self.today is not None and quarter == self.today.quarter
            if current:
                painter.fillRect(shown, NOW_TINT)
            painter.setFont(bold if current else self.font())
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
                    self.tr("now"),
                )
        painter.restore()
        painter.setPen(QPen(text, 1))
        painter.drawLine(
            QPointF(0, self.header_height), QPointF(header.width(), self.header_height)
        )

    def _paint_label(self, painter: QPainter, item: Item, text: QColor) -> None:
        font = QFont(self.font())
        rect = item.rect.adjusted(8, 0, -8, 0)
        if item.kind == "area":
            if item.detail:
                painter.setFont(font)
                painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                    item.detail,
                )
                detail = QFontMetricsF(font).horizontalAdvance(item.detail + "  ")
                rect.setRight(rect.right() - detail)
            font.setBold(True)
            marker = "▾ " if item.key in self.expanded else "▸ "
            label = marker + item.text
        else:
            rect.adjust(self.fontMetrics().height() * 1.2, 0, 0, 0)
            starts = [i for i in self.items if i.kind == "start" and i.key == item.key]
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
            while words and metrics.horizontalAdvance(
                f"{first} {words[0]}".strip()
            ) <= (rect.width()):
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
        if item.kind == "area" and item.key == self.focus_area and self.hasFocus():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(item.rect.adjusted(2, 2, -2, -2))

    def _paint_bar(self, painter: QPainter, item: Item, text: QColor) -> None:
        rect = item.rect
        painter.setPen(QPen(AREA_COLOR if item.emphasis else QColor("#7F9DBF"), 1.2))
        painter.setBrush(STRATEGIC_COLOR if item.emphasis else BAR_COLOR)
        painter.drawRoundedRect(rect, 4, 4)
        font = QFont(self.font())
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
        right_room = self._content.width() - rect.right() - 6
        left_room = rect.left() - self.label_width - 6
        if right_room < metrics.horizontalAdvance(label) and left_room > right_room:
            outside = QRectF(self.label_width, rect.top(), left_room, rect.height())
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
            self._content.width() - rect.right() - 6,
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

    def _paint_badge(self, painter: QPainter, item: Item) -> None:
        rect = item.rect
        font = QFont(self.font())
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

    # -- interaction -------------------------------------------------------------------
    def item_at(self, pos: QPointF) -> Item | None:
        """The item under a viewport position (the last drawn wins)."""
        offset = self._offset()
        if pos.y() < self.header_height:
            quarter = self.quarter_at_x(pos.x() + offset.x())
            return (
                Item("header", str(quarter), QRectF(), str(quarter))
                if quarter
                else None
            )
        for item in reversed(self.items):
            if item.kind in ("area", "question", "start"):
                point = QPointF(pos.x(), pos.y() + offset.y())
                if pos.x() > self.label_width:
                    continue
            else:
                point = pos + offset
                if pos.x() <= self.label_width:
                    continue
            if item.rect.contains(point):
                return item
        return None

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.Resize:
            self.relayout()  # a scroll bar came or went
        elif event.type() == event.Type.ToolTip:
            item = self.item_at(QPointF(event.pos()))
            text = (item.tooltip or item.text) if item is not None else self.toolTip()
            if text:
                QToolTip.showText(
                    event.globalPos(), plain_tooltip(text), self.viewport()
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None and item.kind == "area":
            self.focus_area = item.key
            self.set_expanded(item.key, item.key not in self.expanded)
            return
        super().mousePressEvent(event)

    def zoom(self, steps: int) -> None:
        """Larger or smaller type (Ctrl + plus / minus / wheel), for a projector."""
        font = QFont(self.font())
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(max(7.0, min(28.0, size + steps)))
        self.setFont(font)
        self.relayout()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1 if event.angleDelta().y() > 0 else -1)
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = [g.area_id for g in self.groups]
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
            Qt.Key.Key_Minus,
        ):
            self.zoom(-1 if key == Qt.Key.Key_Minus else 1)
            return
        if not ids or self.focus_area is None:
            super().keyPressEvent(event)
            return
        index = ids.index(self.focus_area)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            index = max(
                0, min(len(ids) - 1, index + (1 if key == Qt.Key.Key_Down else -1))
            )
            self.focus_area = ids[index]
            self._reveal(self.focus_area)
            self.viewport().update()
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.set_expanded(self.focus_area, self.focus_area not in self.expanded)
        elif key == Qt.Key.Key_Right:
            self.set_expanded(self.focus_area, True)
        elif key == Qt.Key.Key_Left:
            self.set_expanded(self.focus_area, False)
        else:
            super().keyPressEvent(event)

    def _reveal(self, area_id: str) -> None:
        for item in self.items_of("area", area_id):
            vertical = self.verticalScrollBar()
            top = item.rect.top() - self.header_height
            if top < vertical.value():
                vertical.setValue(int(top))
            elif item.rect.bottom() > vertical.value() + self.viewport().height():
                vertical.setValue(int(item.rect.bottom() - self.viewport().height()))

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()
