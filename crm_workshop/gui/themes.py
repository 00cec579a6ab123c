"""Themes of the app: light, dark, the projector's high contrast, or following the
desktop's light or dark setting (View › Theme; remembered in the settings).

Light is the platform's own look and costs nothing. Dark and projector switch to the
Fusion style, whose drawing follows the palette on every platform, and set a palette;
the projector theme adds a larger font and thick focus frames
(``resources/themes/projector.qss``). Charts follow through the application property
``chart_scheme`` (gui/widgets/chart_canvas.py), coloured text through ``tones``.
"Follow system" reads ``QStyleHints.colorScheme()`` and follows ``colorSchemeChanged``.
Imported when first needed, never before the first window is painted in light.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QMenu

from crm_workshop.gui import tones
from crm_workshop.gui.settings import THEMES, Settings
from crm_workshop.gui.widgets.chart_canvas import CHART_SCHEME_PROPERTY
from crm_workshop.locations import resources_dir

LIGHT, DARK, PROJECTOR = "light", "dark", "projector"
PROJECTOR_FONT_SCALE = 1.3  # the back row of a meeting room reads the window
PROJECTOR_MIN_POINT_SIZE = 13.0

_R = QPalette.ColorRole
# Fusion's light colours: used when "Light" is chosen on a desktop set to dark.
LIGHT_COLORS = {
    _R.Window: "#efefef",
    _R.WindowText: "#000000",
    _R.Base: "#ffffff",
    _R.AlternateBase: "#f7f7f7",
    _R.ToolTipBase: "#ffffdc",
    _R.ToolTipText: "#000000",
    _R.PlaceholderText: "#6e6e6e",
    _R.Text: "#000000",
    _R.Button: "#efefef",
    _R.ButtonText: "#000000",
    _R.BrightText: "#ffffff",
    _R.Light: "#ffffff",
    _R.Midlight: "#cacaca",
    _R.Mid: "#b8b8b8",
    _R.Dark: "#9f9f9f",
    _R.Shadow: "#767676",
    _R.Highlight: "#308cc6",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#0000ff",
    _R.LinkVisited: "#ff00ff",
}
DARK_COLORS = {
    _R.Window: "#2d2d30",
    _R.WindowText: "#e8e8e8",
    _R.Base: "#1e1e1e",
    _R.AlternateBase: "#262629",
    _R.ToolTipBase: "#3c3c40",
    _R.ToolTipText: "#f0f0f0",
    _R.PlaceholderText: "#9a9a9a",
    _R.Text: "#e8e8e8",
    _R.Button: "#3a3a3d",
    _R.ButtonText: "#e8e8e8",
    _R.BrightText: "#ff6b6b",
    _R.Light: "#505054",
    _R.Midlight: "#434347",
    _R.Mid: "#2a2a2d",
    _R.Dark: "#19191b",
    _R.Shadow: "#000000",
    _R.Highlight: "#3d7bd9",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#8ab4f8",
    _R.LinkVisited: "#c58af9",
}
# The presenter window's colours (widgets/presenter_palette.py), for the whole app.
PROJECTOR_COLORS = {
    _R.Window: "#0a0a0a",
    _R.WindowText: "#ffffff",
    _R.Base: "#000000",
    _R.AlternateBase: "#1a1a1a",
    _R.ToolTipBase: "#ffd23f",
    _R.ToolTipText: "#000000",
    _R.PlaceholderText: "#c8c8c8",
    _R.Text: "#ffffff",
    _R.Button: "#1c1c1c",
    _R.ButtonText: "#ffffff",
    _R.BrightText: "#ffd23f",
    _R.Light: "#9a9a9a",
    _R.Midlight: "#6e6e6e",
    _R.Mid: "#4a4a4a",
    _R.Dark: "#2a2a2a",
    _R.Shadow: "#000000",
    _R.Highlight: "#ffd23f",
    _R.HighlightedText: "#000000",
    _R.Link: "#5cc8ff",
    _R.LinkVisited: "#d0a8ff",
}
DISABLED_TEXT = {LIGHT: "#8c8c8c", DARK: "#7c7c80", PROJECTOR: "#9a9a9a"}
COLORS = {LIGHT: LIGHT_COLORS, DARK: DARK_COLORS, PROJECTOR: PROJECTOR_COLORS}


def theme_labels() -> dict[str, str]:
    """The View › Theme entries, in ``THEMES`` order."""
    return {
        "system": QCoreApplication.translate("Themes", "Follow &system"),
        LIGHT: QCoreApplication.translate("Themes", "&Light"),
        DARK: QCoreApplication.translate("Themes", "&Dark"),
        PROJECTOR: QCoreApplication.translate("Themes", "&Projector (high contrast)"),
    }


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(theme: str) -> str:
    """The theme to draw for the setting ``theme`` ("system" -> light or dark)."""
    if theme == "system":
        return DARK if system_is_dark() else LIGHT
    return theme if theme in COLORS else LIGHT


def palette_for(name: str) -> QPalette:
    palette = QPalette()
    for role, value in COLORS[name].items():
        palette.setColor(role, QColor(value))
    palette.setColor(_R.Accent, QColor(COLORS[name][_R.Highlight]))
    disabled = QColor(DISABLED_TEXT[name])
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def projector_style_sheet() -> str:
    """The projector theme's style sheet; empty if the file is missing (the palette
    and the font still make the theme)."""
    try:
        return (resources_dir() / "themes" / "projector.qss").read_text("utf-8")
    except OSError:
        return ""


class _Original:
    """What the platform gave the application before any theme: restored by light."""

    def __init__(self, app: QApplication) -> None:
        self.style = app.style().name()
        self.palette = QPalette(app.palette())
        self.font = QFont(app.font())
        self.style_sheet = app.styleSheet()


_original: _Original | None = None
_applied = LIGHT  # the theme drawn now (never "system")


def apply_theme(theme: str) -> str:
    """Draw the application in ``theme`` (a setting: system, light, dark, projector)
    and return the theme drawn. Choosing the theme already drawn does nothing."""
    global _original, _applied
    app = QApplication.instance()
    name = resolve(theme)
    if not isinstance(app, QApplication):
        return name
    if _original is None:
        if name == LIGHT and not system_is_dark():
            return LIGHT  # the platform's look: nothing to do, nothing to undo
        _original = _Original(app)
    if name == _applied and app.property(CHART_SCHEME_PROPERTY) == name:
        return name
    app.setProperty(CHART_SCHEME_PROPERTY, name)
    if name == LIGHT and not system_is_dark():
        app.setStyleSheet(_original.style_sheet)
        app.setStyle(_original.style)
        app.setPalette(_original.palette)
        app.setFont(_original.font)
    else:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(palette_for(name))
        sheet = projector_style_sheet() if name == PROJECTOR else ""
        app.setStyleSheet(sheet or _original.style_sheet)
        font = QFont(_original.font)
        if name == PROJECTOR:
            size = _original.font.pointSizeF()
            if size > 0:
                font.setPointSizeF(
                    max(size * PROJECTOR_FONT_SCALE, PROJECTOR_MIN_POINT_SIZE)
                )
        app.setFont(font)
        if app.styleSheet():  # widgets styled by a sheet take a new font when it is
            app.setStyleSheet(app.styleSheet() + "\n")  # set again (re-polished)
    _applied = name
    tones.retone_all()
    return name


class ThemeController(QObject):
    """The theme setting, the View › Theme menu and following the desktop."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.menu: QMenu | None = None
        self.actions: dict[str, QAction] = {}
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply_saved(self) -> str:
        return apply_theme(self.settings.theme())

    def choose(self, theme: str) -> str:
        """The user picked ``theme`` in the menu: remember it and draw it."""
        self.settings.set_theme(theme)
        for key, action in self.actions.items():
            action.setChecked(key == self.settings.theme())
        return self.apply_saved()

    def _system_changed(self, _scheme: object = None) -> None:
        if self.settings.theme() == "system":
            self.apply_saved()

    def fill_menu(self, menu: QMenu) -> None:
        """One checkable entry per theme, the saved one checked."""
        if self.menu is menu and self.actions:
            return
        self.menu = menu
        menu.clear()
        group = QActionGroup(menu)
        group.setExclusive(True)
        labels = theme_labels()
        self.actions = {}
        for theme in THEMES:
            action = QAction(labels[theme], menu)
            action.setCheckable(True)
            action.setChecked(theme == self.settings.theme())
            action.setObjectName(f"theme_{theme}_action")
            action.triggered.connect(lambda _=False, t=theme: self.choose(t))
            group.addAction(action)
            menu.addAction(action)
            self.actions[theme] = action
