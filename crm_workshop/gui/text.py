"""Text helpers shared by the Qt ring: user and model text is data, never markup.

``plain_tooltip`` escapes text a tooltip would guess to be rich text. (Its sibling for
labels, ``plain_label``, lives in ``widgets/question_panel.py``.) ``relative_font``
makes a heading a size relative to the application's font, also after a theme
changes that font.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QApplication, QWidget


class _RelativeFont(QObject):
    """Sets its widget's font from the application's, again whenever that changes
    (a font set on a widget no longer follows the application's)."""

    def __init__(self, widget: QWidget, factor: float, bold: bool) -> None:
        super().__init__(widget)
        self.widget, self.factor, self.bold = widget, factor, bold
        self.apply()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):  # disconnected when this helper goes
            app.fontChanged.connect(self._font_changed)

    def _font_changed(self, _font: QFont) -> None:
        # once the theme is done: re-applying a style sheet puts back the fonts
        # widgets had when it was applied
        QTimer.singleShot(0, self, self.apply)

    def apply(self) -> None:
        font = QFont(QApplication.font(self.widget))
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * self.factor)
        elif font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * self.factor))
        font.setBold(self.bold)
        self.widget.setFont(font)


def relative_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Give ``widget`` the application's font times ``factor`` (bold if asked), now
    and after every change of the application's font: the projector theme's larger
    type keeps headings larger than the text under them."""
    _RelativeFont(widget, factor, bold)


def plain_tooltip(text: str) -> str:
    """Tooltips guess rich text: escape user and model text that looks like HTML."""
    if QtGuiNamespace.mightBeRichText(text):
        return QtGuiNamespace.convertFromPlainText(text)
    return text
