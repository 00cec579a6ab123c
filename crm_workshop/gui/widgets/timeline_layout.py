"""What the timeline chart shows, and where: its data and its computed layout.

The page hands the chart ``AreaGroup`` rows (with their badges, bars and question
rows); ``lay_out`` turns them into ``Item`` rectangles in content coordinates, which
the chart paints and tests and accessibility read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF

from crm_workshop.domain.roadmap import Month, Quarter

if TYPE_CHECKING:
    from crm_workshop.gui.widgets.timeline_chart import TimelineChart


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


def badge_text(level: int) -> str:
    """A level on a badge, "L3", in the interface's language ("P3" in Polish)."""
    return QCoreApplication.translate("TimelineChart", "L{level}").format(level=level)


def metrics(font: QFont) -> tuple[QFontMetricsF, QFontMetricsF]:
    """Metrics of ``font`` and of its bold face."""
    bold = QFont(font)
    bold.setBold(True)
    return QFontMetricsF(font), QFontMetricsF(bold)


def lay_out(chart: TimelineChart) -> QSize:
    """Place every row, bar and badge for the chart's data, font and width.

    Sets the chart's columns, label column, header and ``items``; returns the size
    of the whole content.
    """
    fm, bold = metrics(chart.font())
    line = fm.height()
    pad = line * 0.35
    count = max(1, len(chart.quarters))
    chart.label_width = max(
        fm.averageCharWidth() * 24,
        min(_label_need(chart.groups, fm, bold), chart.viewport().width() * 0.34),
    )
    min_column = bold.horizontalAdvance("Q4 2027") + line * 0.7
    available = chart.viewport().width() - chart.label_width
    chart.column_width = max(min_column, available / count)
    chart.header_height = line * 2.4
    chart.columns = [
        (
            q,
            QRectF(
                chart.label_width + n * chart.column_width,
                0,
                chart.column_width,
                chart.header_height,
            ),
        )
        for n, q in enumerate(chart.quarters)
    ]
    items: list[Item] = []
    y = chart.header_height + pad
    badge_h = line * 1.15
    for group in chart.groups:
        one_line = (
            bold.horizontalAdvance(f"▾ {group.title}")
            + fm.horizontalAdvance(f"  {group.summary}")
            <= chart.label_width - 16
        )
        area_h = line * (1.9 if one_line else 2.7)
        items.append(
            Item(
                "area",
                group.area_id,
                QRectF(0, y, chart.label_width, area_h),
                group.title,
                group.tooltip,
                detail=group.summary,
            )
        )
        items += _badges(
            chart,
            "marker",
            group.area_id,
            group.badges,
            y + (area_h - badge_h) / 2,
            bold,
        )
        y += area_h
        for bar in group.bars:
            row_h = line * 1.45
            left = chart.month_x(bar.first)
            right = max(chart.month_x(bar.last.plus(1)), left + chart.column_width / 3)
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
        if group.area_id in chart.expanded:
            for question in group.questions:
                row_h = line * 1.5
                items.append(
                    Item(
                        "question",
                        question.question_id,
                        QRectF(0, y, chart.label_width, row_h),
                        question.title,
                        question.tooltip,
                    )
                )
                top = y + (row_h - badge_h) / 2
                if question.start is not None:
                    width = bold.horizontalAdvance(badge_text(5)) + pad * 2
                    items.append(
                        Item(
                            "start",
                            question.question_id,
                            QRectF(
                                chart.label_width - width - pad, top, width, badge_h
                            ),
                            badge_text(question.start),
                            question.tooltip,
                            level=question.start,
                        )
                    )
                items += _badges(
                    chart, "step", question.question_id, question.badges, top, bold
                )
                y += row_h
        y += pad * 2
    chart.items = items
    width = chart.label_width + count * chart.column_width
    return QSize(int(width), int(y + line))


def _label_need(
    groups: tuple[AreaGroup, ...], fm: QFontMetricsF, bold: QFontMetricsF
) -> float:
    """The label column's width for every name on one line."""
    need = 0.0
    for group in groups:
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
                + bold.horizontalAdvance(badge_text(5))
                + fm.height() * 1.2,
            )
    return need + 24


def _badges(
    chart: TimelineChart,
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
        column = chart.column_rect(quarter)
        if column is None:
            continue
        widths = [bold.horizontalAdvance(badge_text(b.level)) + gap * 3 for b in shown]
        total = sum(widths) + gap * (len(shown) - 1)
        x = column.center().x() - total / 2
        for badge, width in zip(shown, widths, strict=True):
            items.append(
                Item(
                    kind,
                    key,
                    QRectF(x, top, width, bold.height() * 1.15),
                    badge_text(badge.level),
                    badge.tooltip,
                    quarter=quarter,
                    level=badge.level,
                    emphasis=badge.overridden,
                )
            )
            x += width + gap
    return items
