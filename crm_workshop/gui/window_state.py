"""The window as the user left it: its geometry and state, every splitter's position
(saved by the splitter's objectName) and the tab last shown.

Restored safely: a window saved on a screen that is gone (a projector unplugged since)
comes back on the primary screen, and a state saved by another version of the window
that Qt refuses is ignored.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from crm_workshop.gui.settings import Settings

GEOMETRY = "window/geometry"
STATE = "window/state"
TAB = "window/tab"
SPLITTERS = "splitters/"
# How much of the window must show on some screen to be reachable: its title bar.
VISIBLE_WIDTH, VISIBLE_HEIGHT = 120, 40


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes) and value:
        return QByteArray(value)
    return None


def save_window(window: QMainWindow, settings: Settings) -> None:
    settings.set_value(GEOMETRY, window.saveGeometry())
    settings.set_value(STATE, window.saveState())
    save_splitters(window, settings)


def restore_window(window: QMainWindow, settings: Settings) -> bool:
    """Geometry and state as saved; False (and the window left as it is) without."""
    geometry = _bytes(settings.value(GEOMETRY))
    restored = geometry is not None and window.restoreGeometry(geometry)
    if restored:
        keep_on_screen(window)
    state = _bytes(settings.value(STATE))
    if state is not None:
        window.restoreState(state)
    return restored


def reachable(frame: QRect, screens: list[QRect]) -> bool:
    """True when the top of ``frame`` (where the title bar is) shows on a screen."""
    top = QRect(frame.left(), frame.top(), frame.width(), VISIBLE_HEIGHT * 2)
    for screen in screens:
        seen = top.intersected(screen)
        if (
            seen.width() >= min(VISIBLE_WIDTH, frame.width())
            and seen.height() >= VISIBLE_HEIGHT
        ):
            return True
    return False


def keep_on_screen(window: QWidget) -> None:
    """Move a window that no screen shows onto the primary screen, shrunk to fit."""
    screens = [s.availableGeometry() for s in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    if primary is None or reachable(window.frameGeometry(), screens):
        return
    available = primary.availableGeometry()
    if window.isMaximized() or window.isFullScreen():
        window.showNormal()
    width = min(window.width(), available.width())
    height = min(window.height(), available.height())
    window.resize(width, height)
    window.move(
        available.left() + (available.width() - width) // 2,
        available.top() + (available.height() - height) // 2,
    )


def save_splitters(root: QWidget, settings: Settings) -> None:
    """The position of every named splitter under ``root``."""
    for splitter in root.findChildren(QSplitter):
        name = splitter.objectName()
        if name:
            settings.set_value(SPLITTERS + name, splitter.saveState())


def restore_splitters(root: QWidget, settings: Settings) -> None:
    for splitter in root.findChildren(QSplitter):
        name = splitter.objectName()
        state = _bytes(settings.value(SPLITTERS + name)) if name else None
        if state is not None:
            splitter.restoreState(state)


def save_tab(name: str, settings: Settings) -> None:
    settings.set_value(TAB, name)


def saved_tab(settings: Settings) -> str:
    return str(settings.value(TAB, "") or "")
