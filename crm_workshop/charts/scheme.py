"""Colour schemes for charts on screen: the builders draw for paper (white background,
dark ink); a scheme recolours a drawn figure for a dark or projector theme.

The builders stay one code path for screen and paper. ``apply_scheme`` remembers each
artist's paper colours the first time it sees it and always maps from those, so
switching themes back and forth never drifts, and the light scheme restores paper
exactly. Text placed inside the plot (the heat map's cell labels) keeps its colour: it
was chosen for the cell it sits on. Line colours the scheme does not know (an
engagement's brand colours) are lightened just enough to read on the background.
No Qt here: the GUI picks the scheme from its theme.
"""

from __future__ import annotations

import colorsys
from collections.abc import Mapping
from dataclasses import dataclass

from matplotlib.artist import Artist
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from crm_workshop.charts.progress import EARLIER_COLOR, EARLIER_FILL
from crm_workshop.charts.radar import CURRENT_COLOR, TARGET_COLOR

Color = str | tuple[float, float, float, float]

# The colours the builders draw with, by role (see radar.py, progress.py, heatmap.py).
PAPER: dict[str, Color] = {
    "background": "#FFFFFF",
    "text": "#000000",
    "muted": "#555555",
    "grid": "#BBBBBB",
    "frame": "#999999",
    "strong": "#222222",
    "current": CURRENT_COLOR,
    "current_fill": (0.12, 0.31, 0.47, 0.18),
    "target": TARGET_COLOR,
    "earlier": EARLIER_COLOR,
    "earlier_fill": EARLIER_FILL,
}
# Which roles each kind of colour can play: a white face is the background, white
# text is not (the heat map writes white on its darkest cells).
KINDS = {
    "text": ("text", "muted"),
    "line": ("text", "grid", "frame", "current", "target", "earlier"),
    "face": ("background", "current_fill", "earlier_fill"),
    "edge": ("background", "text", "frame", "strong"),
}
_Key = tuple[float, float, float, float]


def _key(color: Color) -> _Key:
    r, g, b, a = to_rgba(color)
    return (round(r, 3), round(g, 3), round(b, 3), round(a, 3))


@dataclass(frozen=True)
class ChartScheme:
    name: str
    roles: Mapping[str, Color]  # role -> this scheme's colour; missing: paper's

    @property
    def background(self) -> Color:
        return self.roles.get("background", PAPER["background"])

    def mapping(self, kind: str) -> dict[_Key, Color]:
        return {
            _key(PAPER[role]): self.roles[role]
            for role in KINDS[kind]
            if role in self.roles
        }


# The screen schemes, role by role: (dark theme, projector theme). The projector's
# are the presenter's colours (gui/widgets/presenter_palette.py): light on near-black
# survives a washed-out projector.
SCREEN: dict[str, tuple[Color, Color]] = {
    "background": ("#1E1E1E", "#0A0A0A"),
    "text": ("#E8E8E8", "#FFFFFF"),
    "muted": ("#B4B4B4", "#C8C8C8"),
    "grid": ("#505050", "#6E6E6E"),
    "frame": ("#8A8A8A", "#C8C8C8"),
    "strong": ("#F0F0F0", "#FFFFFF"),
    "current": ("#6FA8E8", "#FFD23F"),
    "current_fill": ((0.44, 0.66, 0.91, 0.25), (1.0, 0.82, 0.25, 0.25)),
    "target": ("#F29A5C", "#5CC8FF"),
    "earlier": ("#9AA5B1", "#B0B8C0"),
    "earlier_fill": ((0.60, 0.65, 0.70, 0.18), (0.70, 0.72, 0.75, 0.20)),
}
LIGHT = ChartScheme("light", {})
DARK = ChartScheme("dark", {role: pair[0] for role, pair in SCREEN.items()})
PROJECTOR = ChartScheme("projector", {role: pair[1] for role, pair in SCREEN.items()})
SCHEMES = {scheme.name: scheme for scheme in (LIGHT, DARK, PROJECTOR)}

# artist -> its paper colours by property, recorded the first time a scheme meets it
_PAPER_COLORS = "_crm_paper_colors"
_PROPERTIES = {
    Text: (("color", "text"),),
    Line2D: (
        ("color", "line"),
        ("markerfacecolor", "line"),
        ("markeredgecolor", "line"),
    ),
    Patch: (("facecolor", "face"), ("edgecolor", "edge")),
}


def apply_scheme(figure: Figure, scheme: ChartScheme) -> None:
    """Recolour ``figure`` (drawn by a builder in paper colours) for ``scheme``."""
    mappings = {kind: scheme.mapping(kind) for kind in KINDS}
    background = scheme.background
    placed = {id(text) for axes in figure.axes for text in axes.texts}
    for artist in figure.findobj(include_self=True):
        if id(artist) in placed:
            continue
        properties = next(
            (props for cls, props in _PROPERTIES.items() if isinstance(artist, cls)),
            (),
        )
        if not properties:
            continue
        paper = _paper_colors(artist, properties)
        for name, kind in properties:
            original = paper[name]
            if isinstance(original, str) and original in ("none", "auto"):
                continue
            color = mappings[kind].get(_key(original))
            if color is None and kind == "line" and scheme is not LIGHT:
                color = _readable(original, background)
            _set(artist, name, original if color is None else color)


def _paper_colors(
    artist: Artist, properties: tuple[tuple[str, str], ...]
) -> dict[str, Color]:
    paper = getattr(artist, _PAPER_COLORS, None)
    if paper is None:
        paper = {name: _get(artist, name) for name, _ in properties}
        setattr(artist, _PAPER_COLORS, paper)
    return paper


def _get(artist: Artist, name: str) -> Color:
    value = getattr(artist, f"get_{name}")()
    if isinstance(value, str):
        return value
    return tuple(float(v) for v in to_rgba(value))  # type: ignore[return-value]


def _set(artist: Artist, name: str, color: Color) -> None:
    getattr(artist, f"set_{name}")(color)


def _luminance(color: Color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b, _ = to_rgba(color)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first: Color, second: Color) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _readable(color: Color, background: Color, ratio: float = 3.0) -> Color:
    """``color`` made just light (or dark) enough to stand out from ``background``."""
    if contrast(color, background) >= ratio:
        return color
    r, g, b, a = to_rgba(color)
    hue, lightness, saturation = colorsys.rgb_to_hls(r, g, b)
    lighten = _luminance(background) < 0.18
    for step in range(1, 21):
        if lighten:
            level = lightness + (1 - lightness) * step / 20
        else:
            level = lightness * (1 - step / 20)
        candidate = (*colorsys.hls_to_rgb(hue, level, saturation), a)
        if contrast(candidate, background) >= ratio:
            return candidate
    return "#FFFFFF" if lighten else "#000000"
