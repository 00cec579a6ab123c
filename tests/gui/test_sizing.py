"""Windows open no larger than the screen (a small screen, or 200 % scaling)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from crm_workshop.gui.help_window import show_help
from crm_workshop.gui.sizing import resize_within_screen


def available():
    return QGuiApplication.primaryScreen().availableGeometry()


def test_a_size_larger_than_the_screen_is_shrunk_and_a_small_one_kept(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    screen = available()
    resize_within_screen(dialog, screen.width() + 500, screen.height() + 400)
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    resize_within_screen(dialog, 300, 200)
    assert dialog.size().toTuple() == (300, 200)


def test_the_help_window_opens_inside_the_screen(qtbot, window):
    help_window = show_help(window)
    qtbot.waitExposed(help_window)
    screen = available()
    assert help_window.width() <= screen.width()
    assert help_window.height() <= screen.height()
