"""The shared chart builders (``crm_workshop.charts``) rendered to PNG for paper.

A matplotlib ``Figure`` on an Agg canvas, never pyplot: no global state, no GUI
backend. 200 dpi keeps lines and labels crisp in print at a fraction of the size and
time of vector charts (svglib would also need RGBA fills instead of alpha).
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Sequence
from io import BytesIO

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from crm_workshop.charts.heatmap import HeatCell, draw_heatmap
from crm_workshop.charts.matrix import MatrixPoint, draw_matrix
from crm_workshop.charts.radar import CURRENT, OVERLAY, TARGET, Series, draw_radar
from crm_workshop.charts.timeline import Bar, Lane, draw_timeline, figure_height
from crm_workshop.reporting.data import ChartImage, ReportData, RoadmapData
from crm_workshop.reporting.labels import ReportText

DPI = 200


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = BytesIO()
    with warnings.catch_warnings():
        # A character the chart font lacks (an emoji in a client's text) is drawn as a
        # box, as in the PDF's own text; matplotlib's note about it is no error.
        warnings.filterwarnings("ignore", "Glyph .* missing from font", UserWarning)
        figure.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()


def radar_image(
    labels: Sequence[str],
    current: Sequence[float | None],
    target: Sequence[float | None],
    *,
    current_label: str,
    target_label: str,
    current_color: str,
    target_color: str,
    size: tuple[float, float] = (6.4, 4.6),
) -> ChartImage:
    """Current (solid, filled) against target (dashed), one spoke per area."""
    figure = Figure(figsize=size, dpi=DPI)
    draw_radar(
        figure,
        labels,
        [
            Series(current_label, current, CURRENT, current_color),
            Series(target_label, target, TARGET, target_color),
        ],
        font_size=8.5,
        wrap=22,
    )
    return ChartImage(_png(figure), *size)


def heatmap_image(
    rows: Sequence[tuple[str, Sequence[HeatCell]]],
    *,
    size: tuple[float, float] = (6.7, 3.5),
    decimal: str = ".",
) -> ChartImage:
    """One row per area, one cell per question: score and → target."""
    figure = Figure(figsize=size, dpi=DPI)
    draw_heatmap(figure, rows, font_size=8.5, decimal=decimal)
    return ChartImage(_png(figure), *size)


def projected_radar_image(
    labels: Sequence[str],
    now: Sequence[float | None],
    projected: Sequence[float | None],
    target: Sequence[float | None],
    *,
    now_label: str,
    projected_label: str,
    target_label: str,
    now_color: str,
    projected_color: str,
    size: tuple[float, float] = (6.4, 4.6),
) -> ChartImage:
    """Now (solid, filled), at the end of the plan (dashed) and the target (dotted)."""
    figure = Figure(figsize=size, dpi=DPI)
    draw_radar(
        figure,
        labels,
        [
            Series(now_label, now, CURRENT, now_color),
            Series(projected_label, projected, TARGET, projected_color),
            Series(target_label, target, OVERLAY, "#8A939E"),
        ],
        font_size=8.5,
        wrap=22,
    )
    return ChartImage(_png(figure), *size)


def timeline_image(
    quarters: Sequence[str],
    bars: Sequence[Bar],
    lanes: Sequence[Lane],
    *,
    now_month: float | None,
    now_label: str,
    bar_color: str,
    highlight_color: str,
    width: float = 6.7,
) -> ChartImage:
    """The Gantt of initiatives and the level marks of each area, by quarter."""
    size = (width, figure_height(len(bars), len(lanes)))
    figure = Figure(figsize=size, dpi=DPI)
    draw_timeline(
        figure,
        quarters,
        bars,
        lanes,
        now_month=now_month,
        now_label=now_label,
        font_size=7.5 if len(quarters) <= 12 else 6.5,
        bar_color=bar_color,
        highlight_color=highlight_color,
    )
    return ChartImage(_png(figure), *size)


def matrix_image(
    points: Sequence[MatrixPoint],
    *,
    x_label: str,
    y_label: str,
    corner_label: str,
    legend: tuple[str, str],
    color: str,
    highlight_color: str,
    size: tuple[float, float] = (5.0, 5.0),
) -> ChartImage:
    """Urgency across, feasibility up; strategic initiatives filled."""
    figure = Figure(figsize=size, dpi=DPI)
    draw_matrix(
        figure,
        points,
        x_label=x_label,
        y_label=y_label,
        corner_label=corner_label,
        legend=legend,
        color=color,
        highlight_color=highlight_color,
    )
    return ChartImage(_png(figure), *size)


# -- the roadmap's charts, from the report's plain data ------------------------------------
def _month_index(month: str | None) -> int | None:
    if not month or len(month) < 7:
        return None
    try:
        return int(month[:4]) * 12 + int(month[5:7]) - 1
    except ValueError:
        return None


def with_roadmap_charts(data: ReportData, text: ReportText) -> ReportData:
    """``data`` with the timeline, projected radar and matrix of its roadmap drawn."""
    roadmap, words = data.roadmap, text.roadmap
    if roadmap.empty:
        return data
    primary, accent = data.cover.primary_color, data.cover.accent_color
    charts: dict[str, ChartImage | None] = {"matrix": None}
    if roadmap.planned and roadmap.quarters:
        charts["timeline"] = _timeline(roadmap, text, primary, accent)
        charts["radar"] = projected_radar_image(
            [a.title for a in roadmap.areas],
            [a.now for a in roadmap.areas],
            [a.at_end for a in roadmap.areas],
            [a.target for a in roadmap.areas],
            now_label=words.now,
            projected_label=words.at_end.format(
                end=words.quarter(*roadmap.quarters[-1])
            ),
            target_label=text.target,
            now_color=primary,
            projected_color=accent,
        )
    points = [
        MatrixPoint(str(p.number), p.urgency, p.feasibility, p.strategic)
        for p in roadmap.projects
        if p.urgency is not None and p.feasibility is not None
    ]
    if points:
        charts["matrix"] = matrix_image(
            points,
            x_label=words.urgency,
            y_label=words.feasibility,
            corner_label=words.corner,
            legend=(words.strategic_legend, words.other_legend),
            color=primary,
            highlight_color=accent,
        )
    return dataclasses.replace(data, roadmap=dataclasses.replace(roadmap, **charts))


def _timeline(
    roadmap: RoadmapData, text: ReportText, primary: str, accent: str
) -> ChartImage:
    words = text.roadmap
    year, number = roadmap.quarters[0]
    origin = year * 12 + (number - 1) * 3

    def offset(month: str | None) -> int | None:
        index = _month_index(month)
        return None if index is None else index - origin

    bars = []
    for project in roadmap.projects:
        start = offset(project.starts_on or project.ends_on)
        end = offset(project.ends_on or project.starts_on)
        if start is None or end is None:
            continue
        bars.append(
            Bar(
                f"{project.number} {project.title}",
                start,
                max(start, end),
                project.strategic,
            )
        )
    lanes = [
        Lane(
            f"{area.number}. {area.title}",
            text.number(area.now),
            [
                (step.level, month)
                for step in area.steps
                if (month := offset(step.month)) is not None
            ],
        )
        for area in roadmap.areas
    ]
    start = offset(roadmap.start)
    return timeline_image(
        [words.quarter(*q) for q in roadmap.quarters],
        bars,
        lanes,
        now_month=None if start is None else start + 0.5,
        now_label=words.timeline_now,
        bar_color=primary,
        highlight_color=accent,
    )
