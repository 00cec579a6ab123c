"""View › Theme: light, dark, the projector's high contrast and following the desktop;
charts and coloured text follow the theme, and the choice is remembered."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from crm_workshop.gui import themes, tones
from crm_workshop.gui.grid_model import RatingGridModel
from crm_workshop.gui.main_window import MainWindow
from crm_workshop.gui.settings import Settings
from crm_workshop.gui.widgets.chart_canvas import FigureHost
from tests.gui.conftest import FakeDialogs


@pytest.fixture(autouse=True)
def back_to_light():
    yield
    themes.apply_theme("light")


def window_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Window)


def choose(window: MainWindow, theme: str) -> None:
    """Pick ``theme`` in View › Theme as a user does."""
    window.theme_menu.aboutToShow.emit()
    window.theme_controller().actions[theme].trigger()


def test_choosing_dark_changes_the_palette_and_is_remembered(qtbot, window, tmp_path):
    light = window_colour()
    choose(window, "dark")
    assert window_colour().lightness() < 80 < light.lightness()
    assert QApplication.style().name().lower() == "fusion"
    assert window.settings.theme() == "dark"
    assert window.theme_controller().actions["dark"].isChecked()
    # a new window (the next start) draws the theme saved, after its first paint
    themes.apply_theme("light")
    again = MainWindow(
        Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)),
        dialogs_factory=FakeDialogs,
    )
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: window_colour().lightness() < 80)


def test_light_restores_the_platform_look(window):
    before = QApplication.palette().color(QPalette.ColorRole.Base)
    choose(window, "projector")
    assert QApplication.palette().color(QPalette.ColorRole.Base) != before
    choose(window, "light")
    assert QApplication.palette().color(QPalette.ColorRole.Base) == before
    assert QApplication.instance().styleSheet() == ""
    assert window.settings.theme() == "light"


def test_the_projector_theme_is_high_contrast_with_a_larger_font(qtbot, window):
    size = QApplication.font().pointSizeF()
    choose(window, "projector")
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    assert tones.contrast(text, background) >= 15
    assert QApplication.font().pointSizeF() >= size * 1.25
    qtbot.waitUntil(lambda: window.menuBar().font().pointSizeF() >= size * 1.25)
    # strong focus indicators: a thick frame in the highlight colour
    sheet = QApplication.instance().styleSheet()
    assert "QPushButton:focus" in sheet and "3px solid #ffd23f" in sheet
    assert palette.color(QPalette.ColorRole.Highlight) == QColor("#ffd23f")


def test_follow_system_follows_the_desktop_and_only_then(window, monkeypatch):
    controller = window.theme_controller()
    dark_desktop = [False]
    monkeypatch.setattr(themes, "system_is_dark", lambda: dark_desktop[0])
    choose(window, "system")
    assert window_colour().lightness() > 128
    dark_desktop[0] = True
    controller._system_changed()  # QStyleHints.colorSchemeChanged
    assert window_colour().lightness() < 80
    dark_desktop[0] = False
    controller._system_changed()
    assert window_colour().lightness() > 128
    choose(window, "light")
    dark_desktop[0] = True
    controller._system_changed()  # a chosen theme ignores the desktop
    assert window_colour().lightness() > 128


def test_charts_follow_the_theme_and_export_in_paper_colours(qtbot, window, tmp_path):
    from matplotlib.colors import to_hex

    from crm_workshop.charts.radar import Series, draw_radar

    host = FigureHost()
    qtbot.addWidget(host)
    host.resize(400, 400)
    host.show()
    host.ensure()
    draw_radar(host.figure, ["A", "B", "C"], [Series("Now", [1, 2, 3])])
    host.canvas.draw()
    assert to_hex(host.figure.get_facecolor()) == "#ffffff"
    choose(window, "dark")
    qtbot.waitUntil(lambda: to_hex(host.figure.get_facecolor()) == "#1e1e1e")
    axes = host.figure.axes[0]
    assert to_hex(axes.get_facecolor()) == "#1e1e1e"
    assert to_hex(axes.get_xticklabels()[0].get_color()) == "#e8e8e8"
    host.save(str(tmp_path / "radar.png"))  # a chart for a document: paper colours
    from PySide6.QtGui import QImage

    corner = QImage(str(tmp_path / "radar.png")).pixelColor(2, 2)
    assert corner.lightness() > 240
    choose(window, "light")
    qtbot.waitUntil(lambda: to_hex(host.figure.get_facecolor()) == "#ffffff")


def test_marked_text_stays_readable_in_the_dark_theme(window, demo_file):
    window.open_path(demo_file)
    label = window.capture.disagreement_label
    light_colour = label.palette().color(QPalette.ColorRole.WindowText)
    choose(window, "dark")
    colour = label.palette().color(QPalette.ColorRole.WindowText)
    assert colour != light_colour
    assert tones.contrast(colour, window_colour()) >= 4.5


def test_grid_cells_read_in_the_dark_theme(qtbot, window, demo_file):
    window.open_path(demo_file)
    choose(window, "dark")
    model: RatingGridModel = window.grid.table_model
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    foreground = Qt.ItemDataRole.ForegroundRole
    background = Qt.ItemDataRole.BackgroundRole
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if not model.data(index):
                continue
            tint = model.data(index, background)
            ink = model.data(index, foreground) or QApplication.palette().color(
                QPalette.ColorRole.Text
            )
            assert tones.contrast(ink, tint or base) >= 4.5, (row, column)
            checked += 1
    assert checked > 20


def test_readable_lightens_a_brand_colour_on_black_and_keeps_it_on_white():
    navy = QColor("#1f4e79")
    assert tones.readable(navy, QColor("white")) == navy
    lighter = tones.readable(navy, QColor("black"))
    assert tones.contrast(lighter, QColor("black")) >= 3
    assert lighter.lightness() > navy.lightness()


STARTUP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from crm_workshop.gui.main_window import MainWindow
    from crm_workshop.gui.settings import Settings
    settings = Settings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    settings.set_theme(sys.argv[2])
    window = MainWindow(settings)
    window.show()
    late = ("themes", "help_window", "about_dialog", "matplotlib")
    before = [m for m in late if any(k.endswith(m) for k in sys.modules)]
    app.processEvents()
    after = "themes" in "".join(sys.modules)
    print("BEFORE", before, "AFTER", after, app.palette().window().color().name())
    """
)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_themes_help_and_about_load_after_the_first_paint(tmp_path, theme):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", STARTUP, str(tmp_path / "s.ini"), theme],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert "BEFORE [] AFTER True" in result.stdout, result.stderr
    dark = result.stdout.strip().endswith(themes.DARK_COLORS[QPalette.ColorRole.Window])
    assert dark == (theme == "dark")


def test_an_unknown_saved_theme_is_the_default(window):
    window.settings.set_value("theme", "neon")  # from a newer version, say
    assert window.settings.theme() == "system"
    window.settings.set_theme("neon")
    assert window.settings.theme() == "system"


@pytest.mark.parametrize("theme", ["light", "dark", "projector"])
def test_completeness_bars_label_reads_over_their_fill(qtbot, theme):
    """The Overview's completeness bars: the label over a full bar contrasts with
    the fill (Fusion alone writes it white on the projector theme's yellow)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from crm_workshop.gui.delegates import ProgressDelegate
    from crm_workshop.gui.itemmodels import FRACTION_ROLE

    themes.apply_theme(theme)
    model = QStandardItemModel(1, 1)
    item = QStandardItem("100 %")
    item.setData(1.0, FRACTION_ROLE)
    model.setItem(0, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ProgressDelegate(view))
    view.setColumnWidth(0, 200)
    view.resize(300, 100)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    cell = view.visualRect(model.index(0, 0)).adjusted(8, 6, -8, -6)
    fill = QApplication.palette().color(QPalette.ColorRole.Highlight)
    best = max(
        tones.contrast(image.pixelColor(x, y), fill)
        for x in range(cell.left(), cell.right())
        for y in range(cell.top(), cell.bottom())
    )
    assert best >= 4.5


def test_the_capture_view_fits_the_projector_theme_at_1280x720(
    qtbot, window, demo_file
):
    """The theme's larger font and padding arrive after the view is built: the
    answer buttons keep room for their labels, the right column is not scrolled
    sideways, the level columns show their headers, the question stays larger than
    the levels under it, and an unanswered cell does not glare on black."""
    window.resize(1280, 720)
    window.show()
    window.open_path(demo_file)
    capture = window.capture
    capture.show_question("2.3")
    choose(window, "projector")
    qtbot.waitUntil(
        lambda: (
            capture._right_scroll.minimumWidth()
            >= capture._right.minimumSizeHint().width()
        )
    )
    qtbot.wait(20)  # the deferred re-fits and a layout pass
    for button in capture.answer_buttons.current_buttons:
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() >= needed + 8, button.text()
    assert not capture._right_scroll.horizontalScrollBar().isVisible()
    table = capture.table
    header = table.horizontalHeader()
    for column in (2, 3):
        assert table.columnWidth(column) >= header.sectionSizeHint(column), column
    # every column in view: names give way before the levels do
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    panel = capture.question_panel
    assert (
        panel.prompt_label.font().pointSizeF()
        > panel.level_texts[0].font().pointSizeF()
    )
    assert (
        panel.title_label.font().pointSizeF() >= QApplication.font().pointSizeF() * 1.5
    )
    model = capture.table_model
    unanswered = next(
        model.index(row, model.CURRENT)
        for row in range(model.rowCount())
        if not model.index(row, model.CURRENT).data()
    )
    tint = model.data(unanswered, Qt.ItemDataRole.BackgroundRole)
    assert tint.lightness() < 100  # a dim amber, not cream, on the black table


def test_an_unchecked_box_shows_its_frame_on_the_projector(qtbot, window):
    """Fusion drew an unchecked box in shades of the near-black window: invisible
    from the back of the room."""
    from PySide6.QtWidgets import QCheckBox

    choose(window, "projector")
    box = QCheckBox("Marketing")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    height = image.height()
    bright = sum(
        1
        for x in range(min(24, image.width()))
        for y in range(height)
        if QColor(image.pixel(x, y)).lightness() > 200
    )
    assert bright >= 30  # a white frame around the indicator
    box.setChecked(True)
    image = box.grab().toImage()
    yellow = QColor("#ffd23f")
    filled = sum(
        1
        for x in range(min(24, image.width()))
        for y in range(height)
        if QColor(image.pixel(x, y)) == yellow
    )
    assert filled >= 30  # checked: filled in the highlight yellow
