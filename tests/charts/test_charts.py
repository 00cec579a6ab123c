from __future__ import annotations

import math

from matplotlib.figure import Figure

from crm_workshop.charts.heatmap import HeatCell, draw_heatmap
from crm_workshop.charts.radar import (
    CURRENT,
    OVERLAY,
    TARGET,
    Series,
    draw_radar,
    update_radar,
)

LABELS = [
    "Ludzie i organizacja",
    "Integracja",
    "Dane $x$ klienta",
    "Doświadczenie",
    "Wartość",
]


def test_radar_draws_current_and_target_apart_by_style():
    fig = Figure()
    artists = draw_radar(
        fig,
        LABELS,
        [
            Series("Obecnie", [2, 3, None, 1.5, 2], CURRENT),
            Series("Cel", [4, 4, 3, 3, 4], TARGET),
            Series("IT", [3, 4, 2, 2, 2], OVERLAY),
        ],
    )
    current, target, overlay = artists.lines
    assert current.get_linestyle() == "-" and target.get_linestyle() == "--"
    assert overlay.get_linestyle() == ":"
    assert current.get_color() != target.get_color()
    ys = list(current.get_ydata())
    assert ys[:2] == [2, 3] and math.isnan(ys[2]) and ys[-1] == ys[0]  # closed polygon
    labels = [t.get_text() for t in artists.axes.get_xticklabels()]
    assert "Dane $x$ klienta" in labels[2]  # drawn literally, not as mathtext
    assert all(not t.get_parse_math() for t in artists.axes.get_xticklabels())
    fig.canvas.draw()  # renders without a mathtext error


def test_radar_update_moves_lines_in_place():
    fig = Figure()
    artists = draw_radar(
        fig, LABELS, [Series("c", [1] * 5, CURRENT), Series("t", [2] * 5, TARGET)]
    )
    line = artists.lines[0]
    update_radar(artists, [[5, 4, 3, 2, 1], [5] * 5])
    assert artists.lines[0] is line
    assert list(line.get_ydata()) == [5, 4, 3, 2, 1, 5]
    assert list(artists.fills[0].get_xy()[:, 1][:5]) == [5, 4, 3, 2, 1]


def test_heatmap_annotates_every_cell_with_score_and_target():
    fig = Figure()
    draw_heatmap(
        fig,
        [
            ("Area <b>A</b>", [HeatCell("1.1", 2.0, 4.0), HeatCell("1.2", None, None)]),
            ("Obszar B", [HeatCell("2.1", 3.5, 4.5, disagreement=True)]),
        ],
    )
    texts = [t.get_text() for t in fig.axes[0].texts]
    for expected in ("1.1", "2.0", "→ 4", "1.2", "–", "2.1", "3.5", "→ 4.5"):
        assert expected in texts
    patches = fig.axes[0].patches
    assert len(patches) == 3
    assert max(p.get_linewidth() for p in patches) == 2.5  # disagreement is outlined
    assert fig.axes[0].get_yticklabels()[0].get_text() == "Area <b>A</b>"


def test_heatmap_uses_the_readers_decimal_mark():
    fig = Figure()
    draw_heatmap(fig, [("Obszar", [HeatCell("1.1", 2.5, 3.5)])], decimal=",")
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "2,5" in texts and "→ 3,5" in texts
    assert "1.1" in texts  # question ids keep their dot
