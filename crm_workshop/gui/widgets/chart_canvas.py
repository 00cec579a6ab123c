"""A matplotlib canvas inside Qt, created lazily so start-up never pays for matplotlib.

``RadarCanvas`` draws the radar once and then updates it by blitting: the axes, grid
and labels are cached as a background and only the data lines are redrawn on a change,
which takes a few milliseconds instead of a full redraw's tens.

Charts follow the theme: before each full draw the figure is recoloured with the
scheme of the theme in force (``charts/scheme.py``), and a theme change redraws it.
A canvas with colours of its own (the presenter's) passes ``themed=False``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from crm_workshop.gui.tones import is_dark

# The application property themes.py sets to the charts' scheme (light, dark, projector)
CHART_SCHEME_PROPERTY = "chart_scheme"


@cache
def _themed_canvas_class() -> type:
    """FigureCanvasQTAgg that recolours its figure for the theme before each draw."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from crm_workshop.charts.scheme import SCHEMES, apply_scheme

    class ThemedCanvas(FigureCanvasQTAgg):
        scheme_of = None  # () -> scheme name or None (leave the colours alone)

        def draw(self) -> None:
            name = self.scheme_of() if self.scheme_of is not None else None
            if name in SCHEMES:
                apply_scheme(self.figure, SCHEMES[name])
            super().draw()

    return ThemedCanvas


class FigureHost(QWidget):
    """Hosts one matplotlib Figure; ``canvas`` and ``figure`` exist after ``ensure``."""

    def __init__(
        self, parent: QWidget | None = None, dpi: float = 100, themed: bool = True
    ) -> None:
        super().__init__(parent)
        self._dpi = dpi
        self.themed = themed
        self.canvas = None
        self.figure = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def ensure(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.figure import Figure

        self.figure = Figure(dpi=self._dpi, layout=None)
        self.canvas = _themed_canvas_class()(self.figure)
        self.canvas.scheme_of = self.scheme_name
        self.canvas.setParent(self)
        self._layout.addWidget(self.canvas)

    def scheme_name(self) -> str | None:
        """The charts' colour scheme of the theme in force; None: not themed."""
        if not self.themed:
            return None
        app = QCoreApplication.instance()
        name = app.property(CHART_SCHEME_PROPERTY) if app is not None else None
        if isinstance(name, str) and name:
            return name
        return "dark" if is_dark(self.palette()) else "light"

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self.canvas is not None and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self.canvas.draw_idle()  # recoloured for the new theme as it draws

    def save(self, path: str) -> None:
        """Export the figure as PNG or SVG (by the file's extension), in the paper
        colours whatever the theme on screen."""
        from crm_workshop.charts.scheme import LIGHT, apply_scheme

        self.ensure()
        if self.themed:
            apply_scheme(self.figure, LIGHT)
        try:
            self.figure.savefig(
                path,
                dpi=200 if path.lower().endswith(".png") else None,
                bbox_inches="tight",
            )
        finally:
            if self.themed:
                self.canvas.draw_idle()


class RadarCanvas(FigureHost):
    def __init__(
        self,
        parent: QWidget | None = None,
        font_size: float = 9.0,
        themed: bool = True,
    ) -> None:
        super().__init__(parent, themed=themed)
        self.font_size = font_size
        self.artists = None
        self._background = None
        self._labels: tuple[str, ...] = ()
        self._kinds: tuple[str, ...] = ()
        self._connected = False

    def show_series(
        self, labels: Sequence[str], series: Sequence[object], title: str = ""
    ) -> None:
        """Full draw (new axes, labels or series set)."""
        from crm_workshop.charts.radar import draw_radar

        self.ensure()
        self._labels = tuple(labels)
        self._kinds = tuple((s.label, s.kind) for s in series)  # type: ignore[attr-defined]
        self.artists = draw_radar(
            self.figure,
            labels,
            series,
            title=title,
            animated=True,
            font_size=self.font_size,
        )
        self._background = None
        if not self._connected:
            self.canvas.mpl_connect("draw_event", self._on_draw)
            self._connected = True
        self.canvas.draw_idle()

    def matches(self, labels: Sequence[str], series: Sequence[object]) -> bool:
        return (
            self.artists is not None
            and tuple(labels) == self._labels
            and tuple((s.label, s.kind) for s in series) == self._kinds  # type: ignore[attr-defined]
        )

    def _on_draw(self, _event: object) -> None:
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._draw_data()

    def _draw_data(self) -> None:
        axes = self.artists.axes
        for fill in self.artists.fills:
            if fill is not None:
                axes.draw_artist(fill)
        for line in self.artists.lines:
            axes.draw_artist(line)

    def update_values(self, values: Sequence[Sequence[float | None]]) -> None:
        """Move the data lines and blit them over the cached background."""
        from crm_workshop.charts.radar import update_radar

        update_radar(self.artists, values)
        if self._background is None:
            self.canvas.draw_idle()
            return
        self.canvas.restore_region(self._background)
        self._draw_data()
        self.canvas.blit(self.figure.bbox)
