"""Chart colour schemes: the builders draw for paper; a scheme recolours the figure for
a dark or projector screen, and the light scheme gives paper back exactly."""

from __future__ import annotations

from matplotlib.colors import to_hex, to_rgba
from matplotlib.figure import Figure

from crm_workshop.charts.heatmap import HeatCell, draw_heatmap
from crm_workshop.charts.progress import draw_round_overlay
from crm_workshop.charts.radar import CURRENT_COLOR, TARGET, Series, draw_radar
from crm_workshop.charts.scheme import DARK, LIGHT, PROJECTOR, apply_scheme, contrast


def radar() -> tuple[Figure, object]:
    figure = Figure(figsize=(5, 5))
    artists = draw_radar(
        figure,
        ["People", "Systems", "Data"],
        [
            Series("Now", [1, 2, 3]),
            Series("Target", [3, 4, 4], TARGET),
            Series("Brand", [2, 2, 2], TARGET, "#1f3b5c"),
        ],
        title="Baseline",
    )
    return figure, artists


def colours(figure: Figure) -> list[tuple[float, ...]]:
    """Every colour of every artist, in a fixed order."""
    found = []
    for artist in figure.findobj():
        for name in ("color", "facecolor", "edgecolor", "markerfacecolor"):
            getter = getattr(artist, f"get_{name}", None)
            if getter is not None:
                try:
                    found.append(to_rgba(getter()))
                except (TypeError, ValueError):
                    continue
    return found


def test_dark_recolours_background_text_grid_and_series():
    figure, artists = radar()
    apply_scheme(figure, DARK)
    axes = artists.axes
    background = DARK.roles["background"]
    assert to_hex(figure.get_facecolor()) == to_hex(background)
    assert to_hex(axes.get_facecolor()) == to_hex(background)
    assert to_hex(axes.get_xticklabels()[0].get_color()) == "#e8e8e8"
    assert to_hex(figure._suptitle.get_color()) == "#e8e8e8"
    assert to_hex(artists.lines[0].get_color()) == to_hex(DARK.roles["current"])
    assert to_hex(artists.lines[1].get_color()) == to_hex(DARK.roles["target"])
    for text in figure.legends[0].get_texts():
        assert contrast(text.get_color(), background) >= 4.5


def test_a_colour_the_scheme_does_not_know_is_made_readable():
    figure, artists = radar()
    brand = artists.lines[2]
    assert contrast(brand.get_color(), DARK.background) < 3
    apply_scheme(figure, DARK)
    assert contrast(brand.get_color(), DARK.background) >= 3
    apply_scheme(figure, LIGHT)
    assert to_hex(brand.get_color()) == "#1f3b5c"


def test_light_gives_paper_back_after_any_number_of_switches():
    figure, _ = radar()
    paper = colours(figure)
    for scheme in (DARK, PROJECTOR, DARK, LIGHT, PROJECTOR):
        apply_scheme(figure, scheme)
    apply_scheme(figure, LIGHT)
    assert colours(figure) == paper
    apply_scheme(figure, LIGHT)  # and light on paper changes nothing
    assert colours(figure) == paper


def test_the_heat_maps_cell_labels_keep_the_colour_chosen_for_their_cell():
    figure = Figure(figsize=(6, 3))
    draw_heatmap(
        figure,
        [("People", [HeatCell("1.1", 1.0, 3.0, True), HeatCell("1.2", 3.0, 4.0)])],
        title="Questions",
    )
    axes = figure.axes[0]
    labels = [to_hex(text.get_color()) for text in axes.texts]
    apply_scheme(figure, PROJECTOR)
    assert [to_hex(text.get_color()) for text in axes.texts] == labels
    assert to_hex(axes.get_yticklabels()[0].get_color()) == "#ffffff"
    cells = [p for p in axes.patches if p.get_width() == 1]
    # the white gaps between cells become the background; disagreement stays bold
    assert to_hex(cells[1].get_edgecolor()) == to_hex(PROJECTOR.background)
    assert contrast(cells[0].get_edgecolor(), PROJECTOR.background) >= 10


def test_the_round_overlay_follows_too():
    figure = Figure(figsize=(5, 5))
    artists = draw_round_overlay(
        figure,
        ["A", "B", "C"],
        [1, 2, 2],
        [2, 3, 3],
        earlier_label="Baseline",
        later_label="Follow-up",
    )
    apply_scheme(figure, DARK)
    earlier, later = artists.lines[0], artists.lines[1]
    assert to_hex(earlier.get_color()) == to_hex(DARK.roles["earlier"])
    assert to_hex(later.get_color()) == to_hex(DARK.roles["current"])
    assert to_hex(later.get_color()) != to_hex(CURRENT_COLOR)
