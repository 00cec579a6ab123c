"""``build_progress_report``: the progress PDF from plain data and translated labels.

Same page machinery, branding and fonts as the roadmap report (``document``): a
branded cover, contents with page numbers, running header and "page x of y", a
bookmark outline and metadata. ``with_progress_charts`` draws the overlay radar with
the shared chart builder (``charts.progress``).
"""

from __future__ import annotations

import dataclasses
from io import BytesIO
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from reportlab.platypus import Flowable

from crm_workshop.charts.progress import draw_round_overlay
from crm_workshop.reporting.data import ChartImage
from crm_workshop.reporting.labels import ReportText
from crm_workshop.reporting.progress_chapters import (
    initiatives,
    participants,
    plan,
    risks,
)
from crm_workshop.reporting.progress_data import ProgressData
from crm_workshop.reporting.progress_kit import ProgressKit
from crm_workshop.reporting.progress_labels import ProgressText
from crm_workshop.reporting.progress_sections import changes, cover, summary
from crm_workshop.reporting.report import report_document
from crm_workshop.reporting.sections import contents
from crm_workshop.reporting.styles import make_styles

DPI = 200


def build_progress_report(
    target: Path | BytesIO, data: ProgressData, text: ReportText, words: ProgressText
) -> int:
    """Write the progress report to ``target``; returns its number of pages."""
    document = report_document(
        target,
        data.cover,
        text,
        paper=data.paper,
        language=data.language,
        title=words.report_title,
        subject=f"{data.current.name} · {data.previous.name}",
        keywords=[data.current.name],
    )
    palette = document.palette
    styles = make_styles(palette)
    kit = ProgressKit(data, text, words, styles, palette, document.frame_width)
    story: list[Flowable] = [
        *cover(kit),
        *contents(kit.base),
        *summary(kit),
        *changes(kit),
        *plan(kit),
        *initiatives(kit),
        *risks(kit),
        *participants(kit),
    ]
    document.multiBuild(story)
    return int(document.page)


def overlay_radar_image(
    labels: list[str],
    earlier: list[float | None],
    later: list[float | None],
    planned: list[float | None] | None,
    *,
    earlier_label: str,
    later_label: str,
    planned_label: str,
    later_color: str,
    planned_color: str,
    size: tuple[float, float] = (6.4, 4.8),
) -> ChartImage:
    figure = Figure(figsize=size, dpi=DPI)
    draw_round_overlay(
        figure,
        labels,
        earlier,
        later,
        earlier_label=earlier_label,
        later_label=later_label,
        planned=planned,
        planned_label=planned_label,
        later_color=later_color,
        planned_color=planned_color,
        font_size=8.5,
        wrap=22,
    )
    FigureCanvasAgg(figure)
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return ChartImage(buffer.getvalue(), *size)


def with_progress_charts(
    data: ProgressData,
    words: ProgressText,
    planned: list[float | None] | None,
    month_words: str,
) -> ProgressData:
    """``data`` with its overlay radar drawn (``planned``: the plan's area values at
    the round's date; ``month_words``: that month, as the legend says it)."""
    if data.index_after is None and data.index_before is None:
        return data
    image = overlay_radar_image(
        [a.title for a in data.areas],
        [a.before for a in data.areas],
        [a.after for a in data.areas],
        planned,
        earlier_label=data.previous.name,
        later_label=data.current.name,
        planned_label=words.planned_series.format(month=month_words),
        later_color=data.cover.primary_color,
        planned_color=data.cover.accent_color,
    )
    return dataclasses.replace(data, radar=image)
