"""The presenter's answer distribution: one bar pair per level, then N/A and don't know.

``AnswerBars`` paints counts only (filled bars: current, dashed: target), never names,
in the presenter's palette; the labels scale with the widget's font, which the
presenter window sets from its height.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from crm_workshop.gui.widgets.presenter_palette import ACCENT, MUTED, TARGET, TEXT


class AnswerBars(QWidget):
    """Answers per level (filled: current, dashed: target), then N/A and don't know."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current, self.target = [0] * 5, [0] * 5
        self.not_applicable = self.dont_know = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(300, 200)
        self.setAccessibleName(self.tr("Distribution of answers"))

    def set_counts(
        self, current: list[int], target: list[int], not_applicable: int, dont_know: int
    ) -> None:
        counts = (list(current), list(target), not_applicable, dont_know)
        if counts == (self.current, self.target, self.not_applicable, self.dont_know):
            return
        self.current, self.target, self.not_applicable, self.dont_know = counts
        self.setAccessibleDescription(
            self.tr("Current: %s; target: %s; not applicable %d; don't know %d")
            % (", ".join(map(str, current)), ", ".join(map(str, target)), *counts[2:])
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = painter.fontMetrics().height()
        pen = max(3.0, line / 12)
        x = 0.0
        for text, filled in ((self.tr("Current"), True), (self.tr("Target"), False)):
            self._bar(
                painter, QRectF(x, line * 0.2, line * 0.6, line * 0.6), filled, pen
            )
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(x + line * 0.8, 0, self.width(), line), text)
            x += line * 1.8 + painter.fontMetrics().horizontalAdvance(text)
        labels = ["1", "2", "3", "4", "5", self.tr("N/A"), "?"]
        values = [*self.current, self.not_applicable, self.dont_know]
        targets = [*self.target, 0, 0]
        top, bottom = line * 2.4, self.height() - line * 1.3
        slot = self.width() / (len(labels) + 0.5)  # half a slot apart before N/A
        biggest = max([*values, *targets, 1])
        for n, label in enumerate(labels):
            left = (n + (0.5 if n >= 5 else 0)) * slot
            for value, offset, filled in (
                (values[n], 0.1, True),
                (targets[n], 0.52, False),
            ):
                if not value:
                    continue
                bar_h = max(1.0, bottom - top) * value / biggest
                rect = QRectF(left + slot * offset, bottom - bar_h, slot * 0.38, bar_h)
                self._bar(painter, rect, filled, pen, muted=n >= 5)
                painter.setPen(QColor(TEXT if filled else TARGET))
                above = QRectF(
                    rect.x() - slot * 0.1, rect.y() - line, slot * 0.58, line
                )
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(value))
            painter.setPen(QColor(TEXT))
            below = QRectF(left, bottom + line * 0.2, slot, line)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, label)
        painter.setPen(QPen(QColor(TEXT), pen / 2))
        painter.drawLine(0, int(bottom), self.width(), int(bottom))
        painter.end()

    @staticmethod
    def _bar(
        painter: QPainter, rect: QRectF, filled: bool, pen: float, muted: bool = False
    ) -> None:
        if filled:
            painter.fillRect(rect, QColor(MUTED if muted else ACCENT))
            return
        painter.setPen(QPen(QColor(TARGET), pen, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(pen / 2, pen / 2, -pen / 2, 0))
