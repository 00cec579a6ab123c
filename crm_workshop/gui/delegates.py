"""Item delegates: how cells draw beyond their text.

``ProgressDelegate`` draws a cell whose model gives a ``FRACTION_ROLE`` (0..1) as a
progress bar labelled with the cell's text; other cells draw as usual.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from crm_workshop.gui.itemmodels import FRACTION_ROLE
from crm_workshop.gui.tones import contrast

_Index = QModelIndex | QPersistentModelIndex


def _ink_on_fill(palette: QPalette) -> QColor:
    fill = palette.color(QPalette.ColorRole.Highlight)
    ink = palette.color(QPalette.ColorRole.HighlightedText)
    if contrast(ink, fill) >= 4.5:
        return ink
    return max((QColor("#000000"), QColor("#ffffff")), key=lambda c: contrast(c, fill))


class ProgressDelegate(QStyledItemDelegate):
    """Draws a cell's ``FRACTION_ROLE`` as a progress bar labelled with its text."""

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: _Index) -> None:
        fraction = index.data(FRACTION_ROLE)
        if fraction is None:
            super().paint(painter, option, index)
            return
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)  # type: ignore[attr-defined]
        bar.state = option.state | QStyle.StateFlag.State_Horizontal  # type: ignore[attr-defined]
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = round(fraction * 100)
        bar.textVisible = False
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)
        # The label is drawn here, not by the style: Fusion writes it in one colour
        # across the bar (white on the projector theme's yellow fill). Over the fill
        # it takes the highlighted-text colour when that reads (4.5:1), else black or
        # white, whichever reads better; beside the fill, the text colour.
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        area = bar.rect  # type: ignore[attr-defined]
        filled = QRect(area)
        filled.setWidth(round(area.width() * min(max(fraction, 0.0), 1.0)))
        painter.save()
        rest = QRect(filled.right() + 1, area.top(), area.width(), area.height())
        palette = option.palette  # type: ignore[attr-defined]
        for clip, ink in (
            (filled, _ink_on_fill(palette)),
            (rest, palette.color(QPalette.ColorRole.Text)),
        ):
            painter.setClipRect(clip)
            painter.setPen(ink)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
