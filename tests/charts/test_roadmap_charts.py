"""The roadmap's charts: the timeline by quarter and the prioritisation matrix."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from crm_workshop.charts.matrix import MatrixPoint, draw_matrix, spread
from crm_workshop.charts.timeline import Bar, Lane, draw_timeline, figure_height

QUARTERS = [
    f"{number} kw. {year}"
    for year in (2027, 2028)
    for number in ("I", "II", "III", "IV")
]


def timeline(bars, lanes, quarters=QUARTERS) -> Figure:
    figure = Figure(figsize=(6.7, figure_height(len(bars), len(lanes))))
    FigureCanvasAgg(figure)
    draw_timeline(figure, quarters, bars, lanes, now_month=0.5, now_label="ocena")
    figure.canvas.draw()  # renders: no mathtext error on user text
    return figure


def test_timeline_bars_cover_their_months_and_strategic_ones_stand_out():
    figure = timeline(
        [Bar("1  Złoty rekord $x$", 1, 5, True), Bar("2  Szkolenia", 3, 3)],
        [Lane("3. Dane", "2,0", [(3, 5), (4, 5), (5, 11)])],
    )
    axes = figure.axes[0]
    bars = [p for p in axes.patches if isinstance(p, Rectangle) and p.get_zorder() == 3]
    assert len(bars) == 2
    strategic, other = bars
    assert (
        1 <= strategic.get_x() < 1.2
        and 4.8 < strategic.get_x() + strategic.get_width() <= 6
    )
    assert strategic.get_facecolor() != other.get_facecolor()
    labels = [t.get_text() for t in axes.get_yticklabels()]
    assert labels[0] == "1 Złoty rekord $x$" and labels[-1] == "3. Dane  (2,0)"
    marks = [t.get_text() for t in axes.texts if t.get_text() not in ("", " ocena")]
    assert marks == ["3–4", "5"]  # two levels in one month share one mark
    ticks = [t.get_text() for t in axes.get_xticklabels()]
    assert ticks[0] == "I kw.\n2027"  # too long for a quarter's width: two lines


def test_timeline_keeps_short_quarter_labels_on_one_line():
    figure = timeline([], [Lane("1. People", "1.8", [])], ["Q4 2026", "Q1 2027"])
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == [
        "Q4 2026",
        "Q1 2027",
    ]


def test_timeline_shortens_long_labels():
    figure = timeline([Bar("9  " + "bardzo długi tytuł " * 10, 0, 2)], [])
    label = figure.axes[0].get_yticklabels()[0].get_text()
    assert label.endswith("…") and len(label) < 60


def test_matrix_places_numbered_points_and_highlights_strategic_ones():
    figure = Figure(figsize=(5, 5))
    FigureCanvasAgg(figure)
    draw_matrix(
        figure,
        [
            MatrixPoint("1", 5, 4, True),
            MatrixPoint("2", 4, 4, False),
            MatrixPoint("3", 4, 4, True),
        ],
        x_label="Pilność",
        y_label="Wykonalność $y$",
        corner_label="pilne i wykonalne",
        legend=("strategiczne", "pozostałe"),
    )
    figure.canvas.draw()
    axes = figure.axes[0]
    texts = {t.get_text(): t for t in axes.texts}
    assert {"1", "2", "3", "pilne i wykonalne"} <= set(texts)
    assert texts["1"].get_position() == (5, 4)  # alone in its cell: at the centre
    x2, y2 = texts["2"].get_position()
    x3, y3 = texts["3"].get_position()
    assert (x2, y2) != (x3, y3) and abs(x2 - 4) < 0.5 and abs(y3 - 4) < 0.5
    assert texts["1"].get_color() == "white" and texts["2"].get_color() != "white"
    assert axes.get_ylabel() == "Wykonalność $y$"


def test_spread_keeps_points_in_their_cell():
    for count in range(1, 9):
        offsets = spread(count)
        assert len(set(offsets)) == count
        assert all(abs(dx) < 0.5 and abs(dy) < 0.5 for dx, dy in offsets)
