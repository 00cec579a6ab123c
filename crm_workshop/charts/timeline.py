"""The roadmap's timeline by quarter: a Gantt of initiatives above, and one lane per area
below marking the month the area's score reaches each whole level.

Time runs in months from the first month of the first quarter (0); a bar covers its
months in full, and a level reached "in" a month is marked at that month's end.
Strategic initiatives are filled in the highlight colour; the others are lighter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

BAR_COLOR = "#1F4E79"
HIGHLIGHT_COLOR = "#E07B39"
GRID_COLOR = "#D5DAE0"
SHADE_COLOR = "#F3F5F8"
INK = "#1E2329"
MUTED = "#5B6470"
ROW_INCHES = 0.27  # the height of one bar or lane
HEADER_INCHES = 0.5  # quarter labels and margins
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Bar:
    label: str  # "3 CDP project"
    start: int  # first month, counted from the plan's first quarter (0)
    end: int  # last month (inclusive)
    highlight: bool = False


@dataclass(frozen=True)
class Lane:
    label: str  # "3. Customer data"
    now: str  # the area's score now, worded ("2.3")
    steps: Sequence[tuple[int, int]]  # (level, month it is reached in)


def figure_height(bars: int, lanes: int) -> float:
    """The height in inches that gives every row the same room."""
    return HEADER_INCHES + ROW_INCHES * (bars + lanes + (1 if bars and lanes else 0))


def _shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters; control characters (which the font
    has no glyph for) count as spaces."""
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _marks(steps: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
    """Levels reached in the same month share one mark: "3–4"."""
    by_month: dict[int, list[int]] = {}
    for level, month in steps:
        by_month.setdefault(month, []).append(level)
    marks = []
    for month in sorted(by_month):
        levels = sorted(by_month[month])
        text = str(levels[0]) if len(levels) == 1 else f"{levels[0]}–{levels[-1]}"
        marks.append((month, text))
    return marks


def draw_timeline(
    figure: Figure,
    quarters: Sequence[str],
    bars: Sequence[Bar],
    lanes: Sequence[Lane],
    *,
    now_month: float | None = None,
    now_label: str = "",
    font_size: float = 8.0,
    bar_color: str = BAR_COLOR,
    highlight_color: str = HIGHLIGHT_COLOR,
) -> None:
    """Draw the timeline into ``figure`` (cleared first); all text is drawn literally."""
    figure.clear()
    months = max(3, 3 * len(quarters))
    width_in, height_in = figure.get_size_inches()
    label_in = min(2.4, width_in * 0.36)
    # what fits beside the axes (DejaVu Sans: about 0.53 em a letter, 0.61 in bold)
    plain = int(label_in * 72 / (font_size * 0.53))
    bold = int(label_in * 72 / (font_size * 0.61))
    rows = [("bar", _shorten(b.label, plain)) for b in bars]
    if bars and lanes:
        rows.append(("gap", ""))
    rows += [
        ("lane", f"{_shorten(lane.label, bold - len(lane.now) - 3)}  ({lane.now})")
        for lane in lanes
    ]
    count = max(1, len(rows))
    top_in, bottom_in = 0.3, 0.1
    room = (width_in - label_in - 0.16) * 72 / max(1, len(quarters))  # points
    longest = max((len(q) for q in quarters), default=0) * font_size * 0.95 * 0.55
    if longest > room * 0.92:  # "IV kw. 2026" over two lines: "IV kw." above "2026"
        quarters = ["\n".join(q.rsplit(" ", 1)) for q in quarters]
        top_in = 0.42
    axes = figure.add_axes(
        (
            label_in / width_in,
            bottom_in / height_in,
            1 - (label_in + 0.16) / width_in,
            1 - (top_in + bottom_in) / height_in,
        )
    )
    axes.set_xlim(0, months)
    axes.set_ylim(count, 0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.tick_params(length=0)
    # quarters: alternate shading, a rule between them, the label on top
    axes.set_xticks([3 * n + 1.5 for n in range(len(quarters))])
    axes.xaxis.tick_top()
    labels = axes.set_xticklabels(quarters, fontsize=font_size * 0.95, color=INK)
    for label in labels:
        label.set_parse_math(False)
    for n in range(len(quarters)):
        if n % 2:
            axes.add_patch(
                Rectangle((3 * n, 0), 3, count, facecolor=SHADE_COLOR, zorder=0)
            )
        axes.axvline(3 * n, color=GRID_COLOR, linewidth=0.6, zorder=1)
    axes.axvline(months, color=GRID_COLOR, linewidth=0.6, zorder=1)
    axes.set_yticks([n + 0.5 for n in range(len(rows))])
    ticks = axes.set_yticklabels([text for _, text in rows], fontsize=font_size)
    for tick, (kind, _) in zip(ticks, rows, strict=True):
        tick.set_parse_math(False)
        tick.set_color(INK if kind == "bar" else MUTED)
        if kind == "lane":
            tick.set_fontweight("bold")
            tick.set_color(INK)
    for y, bar in enumerate(bars):
        start = max(0, min(bar.start, months - 1))
        end = max(start, min(bar.end, months - 1))
        axes.add_patch(
            Rectangle(
                (start + 0.08, y + 0.2),
                end - start + 1 - 0.16,
                0.6,
                facecolor=highlight_color if bar.highlight else bar_color,
                alpha=1.0 if bar.highlight else 0.55,
                edgecolor="none",
                zorder=3,
            )
        )
    first_lane = len(rows) - len(lanes)
    if bars and lanes:
        axes.axhline(first_lane - 0.5, color=GRID_COLOR, linewidth=0.8, zorder=1)
    for n, lane in enumerate(lanes):
        y = first_lane + n + 0.5
        axes.plot([0, months], [y, y], color=GRID_COLOR, linewidth=1.0, zorder=2)
        for month, text in _marks(lane.steps):
            x = min(months, max(0.0, month + 1.0))
            axes.plot(
                x,
                y,
                marker="D",
                markersize=font_size * (1.55 if len(text) == 1 else 2.1),
                color=bar_color,
                markeredgecolor="white",
                markeredgewidth=0.6,
                zorder=4,
                clip_on=False,
            )
            axes.text(
                x,
                y,
                text,
                ha="center",
                va="center",
                fontsize=font_size * (0.85 if len(text) == 1 else 0.7),
                fontweight="bold",
                color="white",
                zorder=5,
                parse_math=False,
                clip_on=False,
            )
    if now_month is not None and 0 <= now_month <= months:
        axes.axvline(
            now_month, color=MUTED, linewidth=0.9, linestyle=(0, (2, 2)), zorder=2
        )
        if now_label:
            axes.text(
                now_month,
                count,
                f" {now_label}",
                ha="left",
                va="bottom",
                fontsize=font_size * 0.8,
                color=MUTED,
                parse_math=False,
            )
