"""Heat map of questions: one row per area, one cell per question, coloured by level.

Each cell reads "score → target" so gaps are visible without a legend.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.colors import LinearSegmentedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from crm_workshop.charts.scheme import contrast

LEVEL_COLORS = LinearSegmentedColormap.from_list(
    "maturity", ["#C0392B", "#E67E22", "#F4D03F", "#7DCEA0", "#1E8449"]
)
EMPTY_COLOR = "#E5E5E5"


@dataclass(frozen=True)
class HeatCell:
    question_id: str
    score: float | None
    target: float | None
    disagreement: bool = False


def draw_heatmap(
    figure: Figure,
    rows: Sequence[tuple[str, Sequence[HeatCell]]],
    *,
    title: str = "",
    font_size: float = 9.0,
    decimal: str = ".",
) -> None:
    """``rows`` = (area label, cells) per area. Disagreement is marked with a bold border.

    ``decimal`` is the decimal mark of the reader's language ("," in Polish).
    """
    figure.clear()
    axes = figure.add_subplot()
    width = max((len(cells) for _, cells in rows), default=1)
    # text no larger than its cell allows (about a third of the row labels' share)
    fig_w, fig_h = figure.get_size_inches()
    cell_pt = min(fig_w * 0.62 / width, fig_h * 0.82 / max(len(rows), 1)) * 72
    font_size = max(5.0, min(font_size, cell_pt * 0.22))
    axes.set_xlim(0, width)
    axes.set_ylim(len(rows), 0)
    axes.set_aspect("auto")
    for y, (_, cells) in enumerate(rows):
        for x, cell in enumerate(cells):
            if cell.score is None:
                face = EMPTY_COLOR
            else:
                face = LEVEL_COLORS((cell.score - 1) / 4)
            axes.add_patch(
                Rectangle(
                    (x, y),
                    1,
                    1,
                    facecolor=face,
                    edgecolor="#222222" if cell.disagreement else "white",
                    linewidth=2.5 if cell.disagreement else 1.5,
                )
            )
            score = (
                "–" if cell.score is None else f"{cell.score:.1f}".replace(".", decimal)
            )
            target = (
                ""
                if cell.target is None
                else f"→ {_level_text(cell.target)}".replace(".", decimal)
            )
            color = _ink_on(face)
            for offset, text, size, weight in (
                (0.22, cell.question_id, 0.9, "normal"),
                (0.5, score, 1.15, "bold"),
                (0.78, target, 1.0, "normal"),
            ):
                axes.text(
                    x + 0.5,
                    y + offset,
                    text,
                    ha="center",
                    va="center",
                    fontsize=font_size * size,
                    fontweight=weight,
                    color=color,
                    parse_math=False,
                )
    axes.set_yticks([y + 0.5 for y in range(len(rows))])
    labels = axes.set_yticklabels(
        ["\n".join(textwrap.wrap(label, 22)) or label for label, _ in rows],
        fontsize=font_size,
    )
    for label in labels:
        label.set_parse_math(False)
    axes.set_xticks([])
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.tick_params(length=0)
    if title:
        axes.set_title(
            title, fontsize=font_size * 1.3, fontweight="bold", parse_math=False
        )
    figure.set_layout_engine("tight")  # re-fitted at every draw (resizes, scaling)


def _ink_on(face: object) -> str:
    """Near-black or white, whichever stands out more from the cell's colour (WCAG
    contrast): white only on the deep reds and greens, never on mid orange."""
    return max(("#111111", "white"), key=lambda ink: contrast(ink, face))  # type: ignore[arg-type]


def _level_text(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
