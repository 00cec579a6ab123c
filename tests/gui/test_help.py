"""Help (F1) and Help › About: what they say, in which language, and that the shortcut
table is made from the window's real actions and capture keys."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from crm_workshop.gui import help_window
from crm_workshop.gui.about_dialog import AboutDialog
from crm_workshop.gui.keys import NOT_APPLICABLE_KEY
from crm_workshop.locations import BACKUP_DIR_VARIABLE

NATIVE = QKeySequence.SequenceFormat.NativeText


def opened_help(qtbot, window):
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_window is not None)
    help = window.help_window
    qtbot.waitUntil(help.isVisible)
    return help


def test_f1_opens_the_help_with_every_section(qtbot, window):
    help = opened_help(qtbot, window)
    text = help.browser.toPlainText()
    for heading in (
        "The method",
        "The level scale",
        "How scores are computed",
        "Keyboard shortcuts",
        "Files and backups",
    ):
        assert heading in text
    # the five areas, the scale and the rules of scoring.py
    assert "Customer data unification" in text
    assert "Optimised" in text and "Initial" in text
    assert "Consensus wins" in text and "floor" in text
    assert "spread ≥ 2" in text
    assert not help.isModal()


def test_the_shortcut_table_lists_the_real_actions_and_capture_keys(qtbot, window):
    help = opened_help(qtbot, window)
    text = help.browser.toPlainText()
    for action in (window.open_action, window.report_action, window.present_action):
        assert action.shortcut().toString(NATIVE) in text
        assert help_window.plain_text(action.text()) in text
    assert QKeySequence(NOT_APPLICABLE_KEY).toString(NATIVE) in text
    assert "Not applicable" in text and "Target level" in text
    # a new command with a key shows up without anyone editing the help
    action = window.menuBar().actions()[0].menu().addAction("Frobnicate &it")
    action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.show_help()
    text = help.browser.toPlainText()
    assert "Frobnicate it" in text
    assert QKeySequence("Ctrl+Alt+J").toString(NATIVE) in text


def test_the_help_is_in_the_language_of_the_interface(qtbot, window):
    window.language = "pl"
    window.show_help()
    text = window.help_window.browser.toPlainText()
    assert "Jak liczone są wyniki" in text
    assert "Zdefiniowany" in text and "Konsensus wygrywa" in text


def test_folders_are_shown_as_text(qtbot, window, tmp_path, monkeypatch):
    odd = tmp_path / "<b>kopie</b> & Łódź"
    monkeypatch.setenv(BACKUP_DIR_VARIABLE, str(odd))
    window.show_help("files")
    browser = window.help_window.browser
    assert str(odd) in browser.toPlainText()
    assert "<b>kopie</b>" not in browser.toHtml()  # escaped, not bold


def test_f1_on_the_capture_view_opens_the_level_scale(qtbot, window, demo_file):
    window.open_path(demo_file)
    window.capture.table.setFocus()
    qtbot.keyClick(window.capture.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_window is not None)
    bar = window.help_window.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0)
    at_scale = bar.value()
    window.show_help("method")  # the section before: higher up
    qtbot.waitUntil(lambda: 0 < bar.value() < at_scale)
    window.tabs.setCurrentIndex(1)  # F1 elsewhere opens at the top
    window.show_help()
    qtbot.waitUntil(lambda: bar.value() == 0)


def test_a_missing_help_file_falls_back_to_english(monkeypatch, tmp_path, window):
    (tmp_path / "help").mkdir()
    source = help_window.help_path("en").read_text("utf-8")
    (tmp_path / "help" / "help_en.html").write_text(source, "utf-8")
    monkeypatch.setattr(help_window, "resources_dir", lambda: tmp_path)
    assert "How scores are computed" in help_window.help_source("pl")
    (tmp_path / "help" / "help_en.html").unlink()
    assert "missing" in help_window.help_source("pl")  # said, not raised


def test_about_names_the_versions_and_copies_them(qtbot, window):
    window.about_action.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "about_dialog"
    )
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows)
    assert rows["matplotlib"] == metadata.version("matplotlib")
    assert rows["reportlab"] == metadata.version("reportlab")
    assert rows["sqlite-utils"] == metadata.version("sqlite-utils")
    assert rows["python-docx"] == metadata.version("python-docx")
    assert rows["openpyxl"] == metadata.version("openpyxl")
    assert rows["Qt"] and rows["PySide6"] and rows["SQLite"].count(".") == 2
    assert rows["Workshop file format"].startswith("schema version ")
    assert "MIT" in dialog.licence_label.text()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"matplotlib: {metadata.version('matplotlib')}" in copied
    assert copied.startswith("CRM Workshop: ")
    dialog.close()


def test_about_says_when_a_library_is_missing(qtbot, monkeypatch):
    from crm_workshop.gui import about_dialog

    def version(name: str) -> str:
        if name == "openpyxl":
            raise metadata.PackageNotFoundError(name)
        return "1.0"

    monkeypatch.setattr(about_dialog.metadata, "version", version)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dict(dialog.rows)["openpyxl"] == "not installed"


@pytest.mark.parametrize(
    "text, plain", [("&Open…", "Open…"), ("Save && &quit", "Save & quit")]
)
def test_menu_texts_lose_their_mnemonics(text, plain):
    assert help_window.plain_text(text) == plain
