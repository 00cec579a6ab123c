from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.main_window import MainWindow
from crm_workshop.gui.settings import Settings
from crm_workshop.gui.widgets.setup_view import SetupView
from crm_workshop.services.demo import create_demo
from crm_workshop.services.workshop import WorkshopSession


class FakeDialogs:
    """Answers the window's questions at once and records every error shown."""

    def __init__(self, parent=None) -> None:
        self.errors: list[tuple[str, str]] = []
        self.new_answers = None
        self.open_answer: str | None = None
        self.save_answer: str | None = None
        self.report_answer = None
        self.pdf_answer: str | None = None

    def ask_new_workshop(self):
        return self.new_answers

    def ask_open_path(self, folder: str):
        return self.open_answer

    def ask_save_path(self, title: str, suggestion: str):
        return self.save_answer

    def ask_report_options(self, rounds, language):
        self.report_question = (rounds, language)
        return self.report_answer

    def ask_pdf_path(self, suggestion: str):
        return self.pdf_answer

    def show_error(self, title: str, message: str) -> None:
        self.errors.append((title, message))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.crmw"
    create_demo(path).close()
    return path


@pytest.fixture
def demo_file(demo_template, tmp_path) -> Path:
    path = tmp_path / "Bursztyn – warsztat.crmw"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    QStandardPaths.setTestModeEnabled(True)
    settings = Settings(
        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    win = MainWindow(settings, dialogs_factory=FakeDialogs, language="en")
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_workshop()


@pytest.fixture
def setup(qtbot, demo_file):
    document = WorkshopDocument(WorkshopSession.open(demo_file))
    view = SetupView(document, "en")
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    yield view
    if document.is_open:
        view.flush()
        document.close()
