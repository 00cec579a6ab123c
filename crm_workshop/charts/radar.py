"""Radar of maturity per area: current versus target, optional overlays.

Current and target differ by line style as well as colour (solid filled vs dashed), so
the chart reads in greyscale print and for colour-blind viewers.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field

from matplotlib.figure import Figure
from matplotlib.layout_engine import LayoutEngine
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon

CURRENT = "current"
TARGET = "target"
OVERLAY = "overlay"
CURRENT_COLOR = "#1F4E79"
TARGET_COLOR = "#E07B39"
OVERLAY_COLORS = (
    "#2E8B57",
    "#8E44AD",
    "#C0392B",
    "#16A085",
    "#7F8C8D",
    "#D4AC0D",
    "#2C3E50",
)
MAX_LEVEL = 5.0


class RadarLayout(LayoutEngine):
    """Fits a radar into its figure at every draw: room for the area labels around the
    circle, the title above and the legend below, whatever the figure's shape or size.

    matplotlib's constrained layout cannot do this for a fixed-aspect polar axes that is
    narrower than tall: the circle takes the full width and the side labels overflow.
    """

    _adjust_compatible = False
    _colorbar_gridspec = False
    MARGIN = 6.0  # pixels kept free at the figure's edges

    def set(self, **kwargs: object) -> None:
        self._params.update(kwargs)

    def execute(self, fig: Figure) -> None:
        if not fig.axes:
            return
        renderer = fig._get_renderer()  # the renderer the coming draw uses
        axes = fig.axes[0]
        width, height = fig.bbox.width, fig.bbox.height
        top = height - self.MARGIN
        bottom = self.MARGIN
        for legend in fig.legends:
            legend.set_loc("lower center")
            bottom += legend.get_window_extent(renderer).height
        if fig._suptitle is not None and fig._suptitle.get_text():
            top -= fig._suptitle.get_window_extent(renderer).height + self.MARGIN
        box = [
            self.MARGIN,
            bottom,
            width - self.MARGIN,
            top,
        ]  # x0, y0, x1, y1 in pixels
        need = [0.0, 0.0, 0.0, 0.0]
        for _ in range(3):  # the labels sit a fixed distance outside the circle
            x0, y0 = box[0] + need[0], box[1] + need[1]
            x1, y1 = box[2] - need[2], box[3] - need[3]
            if x1 - x0 < 20 or y1 - y0 < 20:
                break
            axes.set_position(
                [x0 / width, y0 / height, (x1 - x0) / width, (y1 - y0) / height]
            )
            axes.apply_aspect()
            inner = axes.get_window_extent(renderer)
            tight = axes.get_tightbbox(renderer)
            need = [
                max(0.0, inner.x0 - tight.x0),
                max(0.0, inner.y0 - tight.y0),
                max(0.0, tight.x1 - inner.x1),
                max(0.0, tight.y1 - inner.y1),
            ]
            # a square circle: the short side of the box decides; centre what is left
            side = min(
                box[2] - box[0] - need[0] - need[2], box[3] - box[1] - need[1] - need[3]
            )
            spare_x = (box[2] - box[0] - need[0] - need[2] - side) / 2
            spare_y = (box[3] - box[1] - need[1] - need[3] - side) / 2
            need = [
                need[0] + spare_x,
                need[1] + spare_y,
                need[2] + spare_x,
                need[3] + spare_y,
            ]
        x0, y0 = box[0] + need[0], box[1] + need[1]
        x1, y1 = box[2] - need[2], box[3] - need[3]
        if x1 - x0 >= 20 and y1 - y0 >= 20:
            axes.set_position(
                [x0 / width, y0 / height, (x1 - x0) / width, (y1 - y0) / height]
            )


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]
    kind: str = CURRENT
    color: str | None = None


@dataclass
class RadarArtists:
    """What a live view updates in place: one line (and fill) per series, in order."""

    axes: object
    angles: list[float]
    lines: list[Line2D] = field(default_factory=list)
    fills: list[Polygon | None] = field(default_factory=list)


def _closed(
    values: Sequence[float | None], angles: list[float]
) -> tuple[list[float], list[float]]:
    ys = [math.nan if v is None else float(v) for v in values]
    return [*angles, angles[0]], [*ys, ys[0]]


def _style(series: Series, overlay_index: int) -> dict[str, object]:
    if series.kind == CURRENT:
        return {
            "color": series.color or CURRENT_COLOR,
            "linestyle": "-",
            "linewidth": 2.6,
            "marker": "o",
            "markersize": 6,
        }
    if series.kind == TARGET:
        return {
            "color": series.color or TARGET_COLOR,
            "linestyle": "--",
            "linewidth": 2.4,
            "marker": "s",
            "markersize": 5,
        }
    color = series.color or OVERLAY_COLORS[overlay_index % len(OVERLAY_COLORS)]
    return {
        "color": color,
        "linestyle": ":",
        "linewidth": 1.8,
        "marker": "^",
        "markersize": 4,
    }


def draw_radar(
    figure: Figure,
    axis_labels: Sequence[str],
    series: Sequence[Series],
    *,
    title: str = "",
    animated: bool = False,
    font_size: float = 10.0,
    wrap: int = 18,
) -> RadarArtists:
    """Draw a radar into ``figure`` (cleared first) and return its updatable artists.

    With ``animated`` the data artists are left out of normal draws so a live view can
    blit them over a cached background.
    """
    figure.clear()
    figure.set_layout_engine(RadarLayout())  # re-fitted at every draw
    axes = figure.add_subplot(projection="polar")
    count = len(axis_labels)
    # First area at the top, then clockwise, as people read a clock face.
    axes.set_theta_offset(math.pi / 2)
    axes.set_theta_direction(-1)
    angles = [2 * math.pi * n / count for n in range(count)]
    axes.set_ylim(0, MAX_LEVEL)
    axes.set_yticks([1, 2, 3, 4, 5])
    axes.set_yticklabels(
        ["1", "2", "3", "4", "5"], fontsize=font_size * 0.8, color="#555555"
    )
    axes.set_rlabel_position(360 / count / 2)
    axes.set_xticks(angles)
    wrapped = ["\n".join(textwrap.wrap(label, wrap)) or label for label in axis_labels]
    ticks = axes.set_xticklabels(wrapped, fontsize=font_size)
    for tick, angle in zip(ticks, angles, strict=True):
        tick.set_parse_math(False)
        # anchored at the side that faces the chart, so that a label of several
        # lines grows away from the circle instead of across its outer ring
        shown = math.pi / 2 - angle  # the first area at the top, then clockwise
        across, up = math.cos(shown), math.sin(shown)
        tick.set_horizontalalignment(
            "left" if across > 0.2 else "right" if across < -0.2 else "center"
        )
        tick.set_verticalalignment(
            "bottom" if up > 0.2 else "top" if up < -0.2 else "center"
        )
    axes.tick_params(axis="x", pad=font_size * 0.3)
    axes.grid(color="#BBBBBB", linewidth=0.8)
    axes.spines["polar"].set_color("#999999")
    artists = RadarArtists(axes=axes, angles=angles)
    overlay_index = 0
    for item in series:
        style = _style(item, overlay_index)
        if item.kind == OVERLAY:
            overlay_index += 1
        xs, ys = _closed(item.values, angles)
        (line,) = axes.plot(xs, ys, label=item.label, animated=animated, **style)
        fill = None
        if item.kind == CURRENT:
            fill = axes.fill(
                xs,
                [0 if math.isnan(y) else y for y in ys],
                facecolor=(0.12, 0.31, 0.47, 0.18),
                edgecolor="none",
                animated=animated,
            )[0]
        artists.lines.append(line)
        artists.fills.append(fill)
    if series:
        # below the chart, in space the layout engine reserves for it
        legend = figure.legend(
            loc="lower center",
            ncol=min(4, len(series)),
            fontsize=font_size * 0.85,
            frameon=False,
        )
        for text in legend.get_texts():
            text.set_parse_math(False)
    if title:
        figure.suptitle(
            title, fontsize=font_size * 1.3, fontweight="bold", parse_math=False
        )
    return artists


def update_radar(
    artists: RadarArtists, values: Sequence[Sequence[float | None]]
) -> None:
    """Move each series' line (and fill) to new values without redrawing the axes."""
    for line, fill, series_values in zip(
        artists.lines, artists.fills, values, strict=False
    ):
        xs, ys = _closed(series_values, artists.angles)
        line.set_data(xs, ys)
        if fill is not None:
            fill.set_xy(
                list(zip(xs, [0 if math.isnan(y) else y for y in ys], strict=True))
            )
