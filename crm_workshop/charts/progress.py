"""Radar of two rounds on one chart: where the company was, where it is, and (optional)
where the plan said it would be by now.

The later round is the solid, filled line of ``radar``; the earlier round is grey,
dotted and lightly filled underneath, so what grew shows as the blue band outside the
grey; the planned level is dashed in the accent colour. Styles differ by line and
marker as well as colour, so the chart reads in greyscale print.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.figure import Figure

from crm_workshop.charts.radar import (
    CURRENT,
    OVERLAY,
    TARGET,
    RadarArtists,
    Series,
    _closed,
    draw_radar,
)

EARLIER_COLOR = "#7F8A96"
EARLIER_FILL = (0.50, 0.54, 0.59, 0.16)


def draw_round_overlay(
    figure: Figure,
    axis_labels: Sequence[str],
    earlier: Sequence[float | None],
    later: Sequence[float | None],
    *,
    earlier_label: str,
    later_label: str,
    planned: Sequence[float | None] | None = None,
    planned_label: str = "",
    later_color: str | None = None,
    planned_color: str | None = None,
    title: str = "",
    font_size: float = 10.0,
    wrap: int = 18,
) -> RadarArtists:
    """Draw the earlier round, the later round and the plan into ``figure``.

    Lines come in that order in ``RadarArtists.lines``; the earlier round's fill is
    ``fills[0]``.
    """
    series = [
        Series(earlier_label, earlier, OVERLAY, EARLIER_COLOR),
        Series(later_label, later, CURRENT, later_color),
    ]
    if planned is not None:
        series.append(Series(planned_label, planned, TARGET, planned_color))
    artists = draw_radar(
        figure, axis_labels, series, title=title, font_size=font_size, wrap=wrap
    )
    line = artists.lines[0]
    line.set_linewidth(2.2)
    line.set_markersize(5)
    xs, ys = _closed(earlier, artists.angles)
    (fill,) = artists.axes.fill(  # type: ignore[attr-defined]
        xs,
        [0 if math.isnan(y) else y for y in ys],
        facecolor=EARLIER_FILL,
        edgecolor="none",
        zorder=line.get_zorder() - 0.5,
    )
    artists.fills[0] = fill
    return artists
