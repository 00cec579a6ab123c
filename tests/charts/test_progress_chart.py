"""The overlay radar of two rounds (and the plan), asserted on the Figure's artists."""

from __future__ import annotations

import math

from matplotlib.figure import Figure

from crm_workshop.charts.progress import EARLIER_COLOR, draw_round_overlay

LABELS = ["Ludzie", "Integracja", "Dane $x$", "Doświadczenie", "Wartość"]


def test_two_rounds_and_the_plan_differ_by_style_and_order():
    figure = Figure()
    artists = draw_round_overlay(
        figure,
        LABELS,
        [1.8, 2.1, 2.0, None, 1.7],
        [2.4, 2.0, 2.0, 2.2, 1.6],
        earlier_label="Baseline",
        later_label="Q1 $2027$",
        planned=[2.3, 2.2, 2.0, 2.3, 1.8],
        planned_label="Plan",
        later_color="#1F4E79",
        planned_color="#E07B39",
    )
    earlier, later, planned = artists.lines
    assert [line.get_label() for line in artists.lines] == [
        "Baseline",
        "Q1 $2027$",
        "Plan",
    ]
    assert earlier.get_color() == EARLIER_COLOR and earlier.get_linestyle() == ":"
    assert later.get_linestyle() == "-" and planned.get_linestyle() == "--"
    ys = list(earlier.get_ydata())
    assert ys[:3] == [1.8, 2.1, 2.0] and math.isnan(ys[3]) and ys[-1] == ys[0]
    # both rounds are filled, the earlier one lightly and under its line
    assert artists.fills[0] is not None and artists.fills[1] is not None
    assert artists.fills[0].get_facecolor()[3] < 0.3
    assert artists.fills[0].get_zorder() < earlier.get_zorder()
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend == ["Baseline", "Q1 $2027$", "Plan"]
    assert not any(t.get_parse_math() for t in figure.legends[0].get_texts())
    figure.canvas.draw()  # renders without a mathtext error


def test_without_a_plan_two_lines():
    artists = draw_round_overlay(
        Figure(), LABELS, [1] * 5, [2] * 5, earlier_label="A", later_label="B"
    )
    assert len(artists.lines) == 2
