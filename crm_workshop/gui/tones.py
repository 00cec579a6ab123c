"""Colours with a meaning (a problem, a muted note, a carried answer, a target) that
read in every theme: one value for light backgrounds, one for dark ones.

Whether the theme is dark is read from the application's palette, so the light and
dark themes, the projector theme and a desktop's own dark palette all get the right
value. Widgets coloured with ``set_tone`` are re-coloured by ``retone_all`` when the
theme changes (themes.py calls it); item models call ``tone`` in ``data()``, which the
views ask again when they repaint. Small and cheap: views import it at start-up.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# meaning: (on a light background, on a dark background)
TONES = {
    "error": ("#a00000", "#ff8a80"),  # problems, refused input, disagreement
    "muted": ("#5f5f5f", "#b4b4b4"),  # secondary text: notes, originals, decided hints
    "carried": ("#46608c", "#a9c4f2"),  # answers carried over from an earlier round
    "target": ("#1f4e9a", "#8ab4f8"),  # target levels (current: the text colour)
    "up": ("#1f4e79", "#8ab4f8"),  # moved up between rounds
    "down": ("#b00000", "#ff8a80"),  # moved down between rounds
    "alert": ("#c82828", "#ff6b6b"),  # frames around something that needs attention
    # a background: the cell of an answer still missing, visible at a glance and
    # never glaring on a dark screen
    "unanswered": ("#fff4d6", "#4a3b0c"),
}
TONE_PROPERTY = "tone"  # the dynamic property naming a widget's tone


def is_dark(palette: QPalette | None = None) -> bool:
    """True when ``palette`` (by default the application's) has a dark background."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def tone(name: str, palette: QPalette | None = None) -> QColor:
    light, dark = TONES[name]
    return QColor(dark if is_dark(palette) else light)


def set_tone(widget: QWidget, name: str, *, bold: bool = False) -> None:
    """Colour ``widget``'s text with the tone ``name``, now and after theme changes
    (in bold with ``bold``)."""
    if bold:
        font = widget.font()
        font.setBold(True)
        widget.setFont(font)
    widget.setProperty(TONE_PROPERTY, name)
    color = tone(name)
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, color)
    widget.setPalette(palette)


def retone_all() -> None:
    """Give every toned widget its tone for the theme now in force."""
    for widget in QApplication.allWidgets():
        name = widget.property(TONE_PROPERTY)
        if isinstance(name, str) and name in TONES:
            set_tone(widget, name)


def ink_on(background: QColor) -> QColor:
    """Text colour for a cell tinted ``background`` (the light tints of levels and
    coverage stay light in every theme, so their text stays dark)."""
    return QColor("#000000" if background.lightness() >= 128 else "#ffffff")


def readable(color: QColor, background: QColor, ratio: float = 3.0) -> QColor:
    """``color``, lightened or darkened just enough to stand out from ``background``
    (a contrast ratio of ``ratio``; 3 is what graphics and large text need).

    For colours the user chose (the engagement's brand colours) drawn on a theme's
    background: a navy outline stays navy on white and turns light blue on black.
    """
    if contrast(color, background) >= ratio:
        return QColor(color)
    lighten = background.lightnessF() < 0.5
    hue, saturation, lightness, alpha = color.getHslF()
    hue = max(hue, 0.0)  # achromatic colours report -1
    for step in range(1, 21):
        target = lightness + (1 - lightness) * step / 20
        if not lighten:
            target = lightness * (1 - step / 20)
        candidate = QColor.fromHslF(hue, saturation, target, alpha)
        if contrast(candidate, background) >= ratio:
            return candidate
    return QColor("white" if lighten else "black")


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
