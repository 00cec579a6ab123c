"""What the window remembers: geometry, splitters, the last tab, the last folder of each
kind of file dialog, and recent files (missing ones handled)."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QSplitter

from crm_workshop.gui import window_state
from crm_workshop.gui.dialogs import CHART, Dialogs, start_in
from crm_workshop.gui.main_window import MainWindow
from crm_workshop.gui.settings import Settings
from tests.gui.conftest import FakeDialogs


def next_start(qtbot, tmp_path) -> MainWindow:
    """The window of the next start of the app, on the same settings."""
    settings = Settings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(settings, dialogs_factory=FakeDialogs, language="en")
    qtbot.addWidget(window)
    return window


# -- geometry ------------------------------------------------------------------------
def test_the_window_comes_back_where_it_was_left(qtbot, window, tmp_path):
    window.setGeometry(40, 50, 640, 480)
    window.close()
    again = next_start(qtbot, tmp_path)
    assert again.size().toTuple() == (640, 480)
    assert again.geometry().topLeft().toTuple() == (40, 50)


def test_a_window_left_on_a_screen_that_is_gone_comes_back(qtbot, window):
    primary = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(primary.right() + 3000, primary.bottom() + 2000, 700, 500)
    assert not window_state.reachable(window.frameGeometry(), [primary])
    window_state.keep_on_screen(window)
    assert window_state.reachable(window.frameGeometry(), [primary])
    assert primary.contains(window.geometry().center())


def test_a_window_larger_than_its_screen_shrinks_to_fit(qtbot, window, tmp_path):
    """Left large on a big monitor, the window fits the laptop's screen next time."""
    primary = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(
        primary.left() + 30, primary.top() + 20, primary.width() + 600, primary.height()
    )
    window.close()
    again = next_start(qtbot, tmp_path)
    assert again.width() <= primary.width() and again.height() <= primary.height()
    assert primary.contains(again.geometry())


def test_reachable_needs_the_title_bar_on_a_screen():
    screens = [QRect(0, 0, 1920, 1080), QRect(1920, 0, 1280, 720)]
    assert window_state.reachable(QRect(100, 100, 800, 600), screens)
    assert window_state.reachable(QRect(2000, 10, 800, 600), screens)  # projector
    assert not window_state.reachable(QRect(3300, 10, 800, 600), screens)
    assert not window_state.reachable(QRect(100, 1075, 800, 600), screens)


def test_a_damaged_saved_geometry_is_ignored(qtbot, window, tmp_path):
    window.settings.set_value(window_state.GEOMETRY, b"not a geometry")
    window.settings.set_value(window_state.STATE, b"nor a state")
    again = next_start(qtbot, tmp_path)  # starts as a first start would
    assert again.width() > 300


# -- splitters and the last tab -----------------------------------------------------------
def test_splitter_positions_come_back_with_the_next_workshop(qtbot, window, demo_file):
    window.resize(1400, 900)
    window.open_path(demo_file)
    splitter = window.capture.findChild(QSplitter, "capture_splitter")
    total = sum(splitter.sizes())
    splitter.setSizes([total // 5, total // 2, total - total // 5 - total // 2])
    wanted = splitter.sizes()
    overview = window.show_view("overview")
    lazy = overview.findChild(QSplitter, "overview_splitter")
    lazy.setSizes([300, sum(lazy.sizes()) - 300])
    wanted_lazy = lazy.sizes()
    window.close_workshop()
    window.open_path(demo_file)
    splitter = window.capture.findChild(QSplitter, "capture_splitter")
    qtbot.waitUntil(lambda: splitter.sizes() == wanted)
    lazy = window.show_view("overview").findChild(QSplitter, "overview_splitter")
    qtbot.waitUntil(lambda: lazy.sizes() == wanted_lazy)


def test_every_splitter_has_a_name_of_its_own(window, demo_file):
    window.open_path(demo_file)
    for name in ("grid", "overview", "roadmap", "progress", "setup"):
        window.view(name)
    for page in ("summary", "goals", "initiatives", "timeline", "risks"):
        window.roadmap.page(page)
    splitters = window.tabs.findChildren(QSplitter)
    names = [s.objectName() for s in splitters]
    assert len(splitters) >= 10
    assert all(names), "a splitter without an objectName is not remembered"
    assert len(set(names)) == len(names)


def test_a_roadmap_page_built_later_gets_its_splitters_back(qtbot, window, demo_file):
    window.resize(1400, 900)
    window.open_path(demo_file)
    page = window.show_view("roadmap").show_page("risks")
    splitter = page.findChild(QSplitter, "risks_splitter")
    splitter.setSizes([150, sum(splitter.sizes()) - 150])
    wanted = splitter.sizes()
    window.close_workshop()
    window.open_path(demo_file)
    page = window.show_view("roadmap").show_page("risks")
    splitter = page.findChild(QSplitter, "risks_splitter")
    qtbot.waitUntil(lambda: splitter.sizes() == wanted)


def test_the_last_tab_comes_back_at_the_next_start(qtbot, window, demo_file, tmp_path):
    window.open_path(demo_file)
    window.show_view("overview")
    window.close()
    again = next_start(qtbot, tmp_path)
    again.show()
    again.open_path(demo_file)
    qtbot.waitUntil(lambda: again.tabs.currentWidget() is again._lazy["overview"])
    again.close_workshop()
    again.open_path(demo_file)  # only the first workshop of a session
    assert again.tabs.currentWidget() is again.capture


# -- the last folder of each kind of dialog ------------------------------------------------
@pytest.fixture
def asked(monkeypatch):
    """QFileDialog's static functions answering at once, recording where they start."""
    questions: list[str] = []
    answers: list[str] = []

    def answer(_parent, _title, start="", _filter="", *args):
        questions.append(start)
        return (answers.pop(0) if answers else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(answer))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return questions, answers


def test_each_kind_of_dialog_starts_in_its_last_folder(window, tmp_path, asked):
    questions, answers = asked
    dialogs = Dialogs(window)
    workshops, reports = tmp_path / "Klienci", tmp_path / "Raporty"
    workshops.mkdir()
    reports.mkdir()
    answers.append(str(workshops / "Bursztyn.crmw"))
    assert dialogs.ask_open_path(str(tmp_path)) == str(workshops / "Bursztyn.crmw")
    answers.append(str(reports / "roadmap.pdf"))
    dialogs.ask_pdf_path(str(workshops / "Bursztyn – roadmap.pdf"))
    dialogs.ask_open_path(str(tmp_path))
    assert questions[-1] == str(workshops)
    dialogs.ask_report_path(str(workshops / "Bursztyn – roadmap.docx"), "docx")
    assert questions[-1] == str(reports / "Bursztyn – roadmap.docx")
    dialogs.ask_save_path("Save a copy as", str(tmp_path / "x" / "copy.crmw"))
    assert questions[-1] == str(workshops / "copy.crmw")
    # the next start of the app remembers too
    assert Settings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ).last_folder("report") == str(reports)


def test_a_folder_that_is_gone_is_not_offered(window, tmp_path, asked):
    questions, answers = asked
    gone = tmp_path / "Pendrive"
    gone.mkdir()
    dialogs = Dialogs(window)
    answers.append(str(gone / "a.json"))
    dialogs.ask_json_save_path(str(tmp_path / "a.json"))
    shutil.rmtree(gone)
    dialogs.ask_json_open_path(str(tmp_path))
    assert questions[-1] != str(gone)
    assert window.settings.last_folder("json") != str(gone)


def test_views_that_ask_themselves_remember_their_folder(window, tmp_path):
    assert start_in(window, CHART, "radar.png") == "radar.png"  # nothing yet
    charts = tmp_path / "Wykresy"
    charts.mkdir()
    window.settings.remember_folder(CHART, str(charts / "heat.svg"))
    assert start_in(window.tabs, CHART, "radar.png") == str(charts / "radar.png")
    assert start_in(window, "csv") == ""  # another kind is not affected


# -- recent files ------------------------------------------------------------------------
def recent_texts(window) -> list[str]:
    return [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]


def test_a_missing_recent_file_is_marked_and_offered_for_removal(
    window, demo_file, tmp_path
):
    window.open_path(demo_file)
    window.close_workshop()
    demo_file.rename(tmp_path / "moved.crmw")
    window._refresh_recent()
    entry = next(a for a in window.recent_menu.actions() if str(demo_file) in a.text())
    assert "(missing)" in entry.text()
    entry.trigger()  # the user keeps it (a drive not plugged in)
    assert window.dialogs.remove_missing_question == str(demo_file)
    assert window.document is None
    assert str(demo_file) in window.settings.recent_files()
    window.dialogs.remove_missing_answer = True
    item = window.start_page.recent_list.item(0)
    window.start_page.recent_list.itemActivated.emit(item)
    assert str(demo_file) not in window.settings.recent_files()
    assert window.start_page.recent_list.count() == 0
    assert window.dialogs.errors == []


def test_clear_recent_files(window, demo_file):
    window.open_path(demo_file)
    window.close_workshop()
    assert window.clear_recent_action.isEnabled()
    window.clear_recent_action.trigger()
    assert window.settings.recent_files() == []
    assert window.start_page.recent_list.count() == 0
    assert recent_texts(window) == [window.clear_recent_action.text()]
    assert not window.clear_recent_action.isEnabled()
    # the start page says there are none instead of showing an empty box
    page = window.start_page
    assert page.no_recent_label.isVisibleTo(page) and page.no_recent_label.text()
    assert not page.recent_list.isVisibleTo(page)
    window.open_path(demo_file)
    window.close_workshop()
    assert page.recent_list.isVisibleTo(page)
    assert not page.no_recent_label.isVisibleTo(page)


def test_an_ampersand_in_a_recent_path_is_not_a_mnemonic(window, demo_file, tmp_path):
    odd = tmp_path / "R&D.crmw"
    shutil.copy(demo_file, odd)
    window.open_path(odd)
    assert any("R&&D.crmw" in text for text in recent_texts(window))
