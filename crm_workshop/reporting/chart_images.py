"""The shared chart builders (``crm_workshop.charts``) rendered to PNG for paper.

A matplotlib ``Figure`` on an Agg canvas, never pyplot: no global state, no GUI
backend. 200 dpi keeps lines and labels crisp in print at a fraction of the size and
time of vector charts (svglib would also need RGBA fills instead of alpha).
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from crm_workshop.charts.heatmap import HeatCell, draw_heatmap
from crm_workshop.charts.radar import CURRENT, TARGET, Series, draw_radar
from crm_workshop.reporting.data import ChartImage

DPI = 200


def _png(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = BytesIO()
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
