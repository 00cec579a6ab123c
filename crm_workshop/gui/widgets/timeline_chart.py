"""The plan over time, painted: quarters as columns, one row group per area.

An area's group has a header row with its name and the whole levels its score reaches
("L3" badges in the quarter they are reached), one bar per initiative touching the area
(start to end month; strategic ones emphasised) and, when expanded, one row per question
with its start level and the quarter of each level step.

The chart keeps its computed layout (``items``, ``column_rect``) so tests and
accessibility read what is drawn without looking at pixels. The header row (quarters)
and the label column stay in place while the body scrolls. The layout is computed in
timeline_layout.py and painted by timeline_paint.py.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from crm_workshop.domain.roadmap import Month, Quarter
from crm_workshop.gui.text import plain_tooltip
from crm_workshop.gui.widgets.timeline_layout import AreaGroup, Item, lay_out
from crm_workshop.gui.widgets.timeline_paint import paint_chart


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
    def relayout(self) -> None:
        self._content = lay_out(self)
        self._update_scrollbars()
        self.viewport().update()

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
        paint_chart(self, painter, view, offset)

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
