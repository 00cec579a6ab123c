"""Window sizes that fit the screen they open on.

A dialog asks for a comfortable size; on a small screen, or a large one at 200 %
scaling, that size may be more than the screen has, and its buttons would open
below the bottom edge. ``resize_within_screen`` grants the size up to most of the
screen's available area.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# the share of the available area a window may take at most (room for its frame)
SHARE_W, SHARE_H = 0.95, 0.9


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, shrunk to fit its screen when needed."""
    owner = widget.parentWidget()
    screen = (
        (owner.window().screen() if owner is not None else None)
        or widget.screen()
        or QGuiApplication.primaryScreen()
    )
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * SHARE_W))
        height = min(height, int(available.height() * SHARE_H))
    widget.resize(width, height)
