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


def test_area_labels_of_several_lines_stay_outside_the_outer_ring():
    """Each label is anchored at its side facing the chart: a wrapped label at the
    bottom grows downwards, not back across the ring of level 5."""
    polish = [
        "Ludzie i organizacja",
        "Integracja systemów i technologii",
        "Unifikacja danych o klientach",
        "Spójne i połączone doświadczenie klienta",
        "Maksymalizacja wartości klienta",
    ]
    for size, font in (((8, 7), 12.0), ((4, 3.2), 8.0)):
        fig = Figure(figsize=size, dpi=100)
        artists = draw_radar(
            fig, polish, [Series("Obecnie", [2, 3, 2, 3, 2], CURRENT)], font_size=font
        )
        fig.canvas.draw()
        axes = artists.axes
        cx, cy = axes.transData.transform((0, 0))
        tx, ty = axes.transData.transform((0, 5))
        ring = math.hypot(tx - cx, ty - cy)
        renderer = fig._get_renderer()
        for label in axes.get_xticklabels():
            box = label.get_window_extent(renderer)
            nearest_x = min(max(cx, box.x0), box.x1)
            nearest_y = min(max(cy, box.y0), box.y1)
            gap = math.hypot(nearest_x - cx, nearest_y - cy) - ring
            assert gap > 0, (label.get_text(), size, gap)


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


def test_heatmap_numbers_stand_out_from_every_cell_colour():
    """Ink is chosen by contrast with the cell: white was drawn on mid-orange cells
    (scores just under 1.8), hard to read on a projector."""
    from crm_workshop.charts.scheme import contrast

    scores = [1 + step / 10 for step in range(41)]
    fig = Figure()
    draw_heatmap(
        fig, [("A", [HeatCell(f"1.{n}", s, 5.0) for n, s in enumerate(scores)])]
    )
    axes = fig.axes[0]
    faces = [patch.get_facecolor() for patch in axes.patches]
    assert len(faces) == len(scores)
    for index, face in enumerate(faces):
        for text in axes.texts[index * 3 : index * 3 + 3]:
            ratio = contrast(face, text.get_color())
            assert ratio >= 4.0, (scores[index], text.get_text(), round(ratio, 2))
