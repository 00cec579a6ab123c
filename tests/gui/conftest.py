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
        self.copy_offers: list[tuple[str, str]] = []  # "Save a copy elsewhere…" offers
        self.copy_answer = False  # True: the user takes the offer
        self.docx_answer: str | None = None
        self.opened_elsewhere_answer: str | None = None  # dialogs.OPEN_READ_ONLY...
        self.opened_elsewhere_question: tuple[str, str] | None = None
        self.take_over_answer = False
        self.take_over_question: tuple[str, str] | None = None
        self.backup_choice: int | None = None  # index into the backups offered

    def ask_new_workshop(self):
        return self.new_answers

    def ask_open_path(self, folder: str):
        return self.open_answer

    def ask_save_path(self, title: str, suggestion: str):
        return self.save_answer

    def ask_report_options(self, rounds, language):
        self.report_question = (rounds, language)
        return self.report_answer

    def ask_progress_options(self, rounds, language):
        self.progress_question = (rounds, language)
        return getattr(self, "progress_answer", None)

    def ask_pdf_path(self, suggestion: str):
        return self.pdf_answer

    def ask_report_path(self, suggestion: str, file_format: str):
        self.report_path_question = (suggestion, file_format)
        return self.docx_answer if file_format == "docx" else self.pdf_answer

    def ask_backup(self, backups, note: str):
        self.backup_question = (list(backups), note)
        return None if self.backup_choice is None else backups[self.backup_choice]

    def ask_opened_elsewhere(self, title: str, message: str):
        self.opened_elsewhere_question = (title, message)
        return self.opened_elsewhere_answer

    def confirm_take_over(self, title: str, message: str) -> bool:
        self.take_over_question = (title, message)
        return self.take_over_answer

    def offer_save_copy(self, title: str, message: str) -> bool:
        """Records the offer (also as an error shown) and answers ``copy_answer``."""
        self.errors.append((title, message))
        self.copy_offers.append((title, message))
        return self.copy_answer

    # questionnaires: an answer, or a function of the question asked
    questionnaire_export_answer = None
    folder_answer: str | None = None
    questionnaire_files_answer: tuple[str, ...] = ()
    questionnaire_import_answer = None

    def ask_questionnaire_export(self, areas, stakeholders, language):
        self.questionnaire_export_question = (areas, stakeholders, language)
        return self.questionnaire_export_answer

    def ask_folder(self, title: str, folder: str):
        return self.folder_answer

    def ask_questionnaire_files(self, folder: str):
        return list(self.questionnaire_files_answer)

    def ask_questionnaire_import(self, plans, stakeholders, rounds, round_name):
        self.questionnaire_import_question = (plans, stakeholders, rounds, round_name)
        answer = self.questionnaire_import_answer
        if callable(answer):
            return answer(*self.questionnaire_import_question)
        return answer

    # JSON export/import and the model library (gui/transfer_actions.py)
    json_save_answer: str | None = None
    json_open_answer: str | None = None
    model_export_answer = None  # transfer_actions.ModelExportAnswers
    toml_save_answer: str | None = None
    model_open_answer: str | None = None
    replace_model_answer = False

    def ask_json_save_path(self, suggestion: str):
        self.json_save_suggestion = suggestion
        return self.json_save_answer

    def ask_json_open_path(self, folder: str):
        return self.json_open_answer

    def ask_model_export(self, model_id: str, version: str):
        self.model_export_question = (model_id, version)
        return self.model_export_answer

    def ask_toml_save_path(self, suggestion: str):
        self.toml_save_suggestion = suggestion
        return self.toml_save_answer

    def ask_model_open_path(self, folder: str):
        return self.model_open_answer

    def ask_replace_model(self, question: str) -> bool:
        self.replace_model_question = question
        return self.replace_model_answer

    # merging a co-facilitator's copy (gui/merge_dialog.py): the choices, or a
    # function of the preview (e.g. a real MergeDialog driven by the test)
    merge_path_answer: str | None = None
    merge_answer = None

    def ask_merge_path(self, folder: str):
        return self.merge_path_answer

    def ask_merge(self, preview, model, language):
        self.merge_question = (preview, model, language)
        answer = self.merge_answer
        return answer(preview, model, language) if callable(answer) else answer

    # a recent workshop that is gone: remove it from the list?
    remove_missing_answer = False

    def ask_remove_missing_recent(self, path: str) -> bool:
        self.remove_missing_question = path
        return self.remove_missing_answer

    def show_error(self, title: str, message: str) -> None:
        self.errors.append((title, message))


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp):
    """The interface in English with its plural forms ("1 answer", "2 answers"), as
    ``app.main`` installs it (``gui/i18n.py``)."""
    from crm_workshop.gui import i18n

    i18n.install(qapp, "en")


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


@pytest.fixture(scope="session")
def follow_up_template(tmp_path_factory) -> Path:
    """The demo with its follow-up round "Q1 2027" (its own participants)."""
    path = tmp_path_factory.mktemp("follow-up") / "demo.crmw"
    create_demo(path, follow_up=True).close()
    return path


@pytest.fixture
def follow_up_file(follow_up_template, tmp_path) -> Path:
    path = tmp_path / "Bursztyn – postępy.crmw"
    shutil.copy(follow_up_template, path)
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
