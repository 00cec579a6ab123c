"""The prioritisation matrix: initiatives by urgency (across) and feasibility (up).

Each initiative is a numbered circle at its (urgency, feasibility) cell; several in one
cell are spread around its centre. Strategic ones are filled in the highlight colour,
the others drawn as rings, so the two read apart in greyscale too. The urgent and
feasible corner (both above the middle of the 1-5 scale) is shaded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

COLOR = "#1F4E79"
HIGHLIGHT_COLOR = "#E07B39"
CORNER_COLOR = "#FBEFE6"
GRID_COLOR = "#D5DAE0"
INK = "#1E2329"
MUTED = "#5B6470"
LEVELS = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class MatrixPoint:
    label: str  # the initiative's number
    urgency: int  # 1..5
    feasibility: int  # 1..5
    highlight: bool = False


def spread(count: int) -> list[tuple[float, float]]:
    """Offsets for ``count`` points sharing one cell: the centre, then a ring."""
    if count == 1:
        return [(0.0, 0.0)]
    radius = 0.25 if count <= 4 else 0.32
    return [
        (
            radius * math.cos(math.pi / 2 + 2 * math.pi * n / count),
            radius * math.sin(math.pi / 2 + 2 * math.pi * n / count),
        )
        for n in range(count)
    ]


def draw_matrix(
    figure: Figure,
    points: Sequence[MatrixPoint],
    *,
    x_label: str,
    y_label: str,
    corner_label: str = "",
    legend: tuple[str, str] = ("", ""),  # strategic, other
    font_size: float = 8.5,
    color: str = COLOR,
    highlight_color: str = HIGHLIGHT_COLOR,
) -> None:
    """Draw the matrix into ``figure`` (cleared first); all text is drawn literally."""
    figure.clear()
    axes = figure.add_subplot()
    axes.set_xlim(0.5, 5.5)
    axes.set_ylim(0.5, 5.5)
    axes.set_aspect("equal")
    axes.add_patch(
        Rectangle((3.5, 3.5), 2, 2, facecolor=CORNER_COLOR, edgecolor="none", zorder=0)
    )
    for value in (1.5, 2.5, 3.5, 4.5):
        width = 1.0 if value == 3.5 else 0.5
        axes.axvline(value, color=GRID_COLOR, linewidth=width, zorder=1)
        axes.axhline(value, color=GRID_COLOR, linewidth=width, zorder=1)
    if corner_label:
        axes.text(
            5.45,
            5.45,
            corner_label,
            ha="right",
            va="top",
            fontsize=font_size * 0.85,
            color=MUTED,
            fontstyle="italic",
            parse_math=False,
        )
    axes.set_xticks(LEVELS)
    axes.set_yticks(LEVELS)
    axes.tick_params(labelsize=font_size * 0.9, colors=MUTED, length=0)
    axes.set_xlabel(x_label, fontsize=font_size, color=INK, parse_math=False)
    axes.set_ylabel(y_label, fontsize=font_size, color=INK, parse_math=False)
    for spine in axes.spines.values():
        spine.set_color(GRID_COLOR)
    cells: dict[tuple[int, int], list[MatrixPoint]] = {}
    for point in points:
        cells.setdefault((point.urgency, point.feasibility), []).append(point)
    size = font_size * (2.3 if max(map(len, cells.values()), default=1) < 5 else 1.9)
    for (x, y), members in cells.items():
        members.sort(key=lambda p: (not p.highlight, p.label))
        for point, (dx, dy) in zip(members, spread(len(members)), strict=True):
            fill = highlight_color if point.highlight else "white"
            axes.plot(
                x + dx,
                y + dy,
                marker="o",
                markersize=size * (1.25 if len(point.label) > 1 else 1.0),
                markerfacecolor=fill,
                markeredgecolor=highlight_color if point.highlight else color,
                markeredgewidth=1.2,
                zorder=3,
            )
            axes.text(
                x + dx,
                y + dy,
                point.label,
                ha="center",
                va="center",
                fontsize=font_size * (0.8 if len(point.label) > 1 else 0.9),
                fontweight="bold",
                color="white" if point.highlight else color,
                zorder=4,
                parse_math=False,
            )
    strategic, other = legend
    if strategic or other:
        handles = [
            Line2D(
                [],
                [],
                marker="o",
                linestyle="none",
                markersize=font_size,
                markerfacecolor=face,
                markeredgecolor=edge,
                label=text,
            )
            for text, face, edge in (
                (strategic, highlight_color, highlight_color),
                (other, "white", color),
            )
            if text
        ]
        box = figure.legend(
            handles=handles,
            loc="lower center",
            ncol=len(handles),
            fontsize=font_size * 0.9,
            frameon=False,
        )
        for text in box.get_texts():
            text.set_parse_math(False)
    figure.tight_layout(rect=(0, 0.07 if (strategic or other) else 0, 1, 1))
