"""The questions the window asks the user, behind one small interface tests can replace.

``Dialogs`` is passed to the main window explicitly; tests give it a fake that answers
at once, so no test ever blocks in a modal ``exec()``. The dialogs themselves are
Designer forms (ui/) or Qt's standard dialogs, imported when first asked for.

Every file dialog starts in the folder where the last dialog of its kind (workshop
files, reports, charts, CSV, questionnaires, JSON, models, logos, evidence) was
answered: ``start_in`` and ``remember`` keep that in the window's settings, also for
the views that ask for a file themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from crm_workshop.gui.settings import Settings

# Qt's dialog classes load when a dialog first opens: start-up never waits for them.

FILE_FILTER = "CRM Workshop (*.crmw)"
# The answers to ``ask_opened_elsewhere`` (None: cancelled).
OPEN_READ_ONLY = "read-only"
OPEN_ANYWAY = "open-anyway"


# The kinds of file dialogs whose last folder is remembered apart.
WORKSHOP, REPORT, CHART, CSV, QUESTIONNAIRE, JSON, MODEL, LOGO, EVIDENCE = (
    "workshop",
    "report",
    "chart",
    "csv",
    "questionnaire",
    "json",
    "model",
    "logo",
    "evidence",
)


def settings_of(widget: QWidget | None) -> Settings | None:
    """The settings of the main window ``widget`` belongs to (None: not in one)."""
    from crm_workshop.gui.settings import Settings

    window = widget.window() if widget is not None else None
    settings = getattr(window, "settings", None)
    return settings if isinstance(settings, Settings) else None


def start_in(widget: QWidget | None, kind: str, suggestion: str = "") -> str:
    """Where a file dialog of ``kind`` opens: the folder its last answer was in, with
    the suggested file name; the suggestion as it is when there is no such folder."""
    settings = settings_of(widget)
    if settings is None or not settings.value(f"folders/{kind}", ""):
        return suggestion
    folder = settings.last_folder(kind)
    name = Path(suggestion).name if suggestion and not Path(suggestion).is_dir() else ""
    return str(Path(folder) / name) if name else folder


def remember(
    widget: QWidget | None, kind: str, answer: str | None, *, is_folder: bool = False
) -> str | None:
    """Keep the folder of ``answer`` (a chosen file, or folder) for the next dialog of
    ``kind``; returns ``answer``, so a dialog can end with ``return remember(...)``."""
    settings = settings_of(widget)
    if answer and settings is not None:
        settings.remember_folder(kind, answer, is_folder=is_folder)
    return answer


@dataclass(frozen=True)
class NewWorkshopAnswers:
    client_name: str
    consultant: str
    language: str
    model_path: str = ""  # empty: the default model


class Dialogs:
    """Real dialogs. Every method returns the user's answer, or None when cancelled."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def ask_new_workshop(self) -> NewWorkshopAnswers | None:
        from PySide6.QtWidgets import QDialog

        from crm_workshop.catalog import available_models
        from crm_workshop.gui.new_workshop_dialog import NewWorkshopDialog

        models = [
            (str(info.path), f"{info.model.name.get('en')} {info.model.version}")
            for info in available_models()
        ]
        dialog = NewWorkshopDialog(models, self.parent)
        return (
            dialog.answers() if dialog.exec() == QDialog.DialogCode.Accepted else None
        )

    def ask_open_path(self, folder: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Dialogs", "Open workshop"),
            start_in(self.parent, WORKSHOP, folder),
            FILE_FILTER,
        )
        return remember(self.parent, WORKSHOP, path or None)

    def ask_save_path(self, title: str, suggestion: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent, title, start_in(self.parent, WORKSHOP, suggestion), FILE_FILTER
        )
        if path and not path.endswith(".crmw"):
            path += ".crmw"
        return remember(self.parent, WORKSHOP, path or None)

    def ask_report_options(self, rounds: list[str], language: str):
        """ReportOptions for the PDF, or None when cancelled."""
        from PySide6.QtWidgets import QDialog

        from crm_workshop.gui.report_export import ReportOptionsDialog

        dialog = ReportOptionsDialog(rounds, language, self.parent)
        return (
            dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        )

    def ask_progress_options(self, rounds: list[str], language: str):
        """ProgressOptions for the progress PDF, or None when cancelled."""
        from PySide6.QtWidgets import QDialog

        from crm_workshop.gui.widgets.progress_export import ProgressOptionsDialog

        dialog = ProgressOptionsDialog(rounds, language, self.parent)
        return (
            dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        )

    def ask_pdf_path(self, suggestion: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("Dialogs", "Export roadmap PDF"),
            start_in(self.parent, REPORT, suggestion),
            "PDF (*.pdf)",
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return remember(self.parent, REPORT, path or None)

    def ask_report_path(self, suggestion: str, file_format: str) -> str | None:
        """Where to write the roadmap as ``file_format`` ("pdf" or "docx"); the path
        always ends in that suffix, so the file and its format agree."""
        from PySide6.QtWidgets import QFileDialog

        if file_format != "docx":
            return self.ask_pdf_path(suggestion)
        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("Dialogs", "Export roadmap as Word"),
            start_in(self.parent, REPORT, suggestion),
            QCoreApplication.translate("Dialogs", "Word document (*.docx)"),
        )
        if path and not path.lower().endswith(".docx"):
            path += ".docx"
        return remember(self.parent, REPORT, path or None)

    def ask_backup(self, backups: list, note: str):
        """The services ``Backup`` to restore, or None when cancelled."""
        from PySide6.QtWidgets import QDialog

        from crm_workshop.gui.restore_backup import RestoreBackupDialog

        dialog = RestoreBackupDialog(backups, note, self.parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_opened_elsewhere(self, title: str, message: str) -> str | None:
        """``OPEN_READ_ONLY``, ``OPEN_ANYWAY`` or None (cancel) for a workshop open
        for writing elsewhere; read-only is the default button."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        role = QMessageBox.ButtonRole
        read_only = box.addButton(
            QCoreApplication.translate("Dialogs", "Open &read-only"), role.AcceptRole
        )
        anyway = box.addButton(
            QCoreApplication.translate("Dialogs", "Open &anyway…"), role.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        if clicked is read_only:
            return OPEN_READ_ONLY
        return OPEN_ANYWAY if clicked is anyway else None

    def confirm_take_over(self, title: str, message: str) -> bool:
        """The last word before "open anyway" takes the workshop over; No is default."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        role = QMessageBox.ButtonRole
        anyway = box.addButton(
            QCoreApplication.translate("Dialogs", "Open &anyway"), role.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is anyway

    def offer_save_copy(self, title: str, message: str) -> bool:
        """A write failed (full disk, read-only place): explain it and offer "Save a
        copy elsewhere…". True when the user chose that button."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            message,
            QMessageBox.StandardButton.Close,
            self.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = box.addButton(
            QCoreApplication.translate("Dialogs", "Save a copy elsewhere…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(save)
        box.exec()
        return box.clickedButton() is save

    # -- merging a co-facilitator's copy (gui/merge_dialog.py) ---------------------
    def ask_merge_path(self, folder: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Dialogs", "Merge a co-facilitator's copy"),
            start_in(self.parent, WORKSHOP, folder),
            FILE_FILTER,
        )
        return remember(self.parent, WORKSHOP, path or None)

    def ask_merge(self, preview, model, language: str):
        """The choices per conflict (``Conflict.key`` -> ``Side``), or None."""
        from crm_workshop.gui.merge_dialog import MergeDialog

        return MergeDialog.ask(preview, model, language, self.parent)

    # -- questionnaires (gui/questionnaire_export.py, gui/questionnaire_import.py) --
    def ask_questionnaire_export(self, areas, stakeholders, language: str):
        """A ``QuestionnaireExportChoice``, or None when cancelled."""
        from PySide6.QtWidgets import QDialog

        from crm_workshop.gui.questionnaire_export import QuestionnaireExportDialog

        dialog = QuestionnaireExportDialog(areas, stakeholders, language, self.parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_folder(self, title: str, folder: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self.parent, title, start_in(self.parent, QUESTIONNAIRE, folder)
        )
        return remember(self.parent, QUESTIONNAIRE, folder or None, is_folder=True)

    def ask_questionnaire_files(self, folder: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(
            self.parent,
            QCoreApplication.translate("Dialogs", "Import questionnaires"),
            start_in(self.parent, QUESTIONNAIRE, folder),
            QCoreApplication.translate("Dialogs", "Excel workbook (*.xlsx)"),
        )
        if paths:
            remember(self.parent, QUESTIONNAIRE, paths[0])
        return list(paths)

    def ask_questionnaire_import(self, plans, stakeholders, rounds, round_name: str):
        """A ``QuestionnaireImportChoice`` after the preview, or None when cancelled."""
        from PySide6.QtWidgets import QDialog

        from crm_workshop.gui.questionnaire_import import QuestionnaireImportDialog

        dialog = QuestionnaireImportDialog(
            plans, stakeholders, rounds, round_name, self.parent
        )
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- JSON export/import and the model library (gui/transfer_actions.py) --------
    def _transfer_path(self, ask, title: str, start: str, kind: str) -> str | None:
        """A JSON or model file (``kind``: json or toml) through ``ask``, starting
        where the last one of its kind was chosen."""
        memory = JSON if kind == "json" else MODEL
        path = ask(self.parent, title, start_in(self.parent, memory, start), kind)
        return remember(self.parent, memory, path)

    def ask_json_save_path(self, suggestion: str) -> str | None:
        from crm_workshop.gui import transfer_actions as t

        title = QCoreApplication.translate("Dialogs", "Export as JSON")
        return self._transfer_path(t.ask_save_path, title, suggestion, "json")

    def ask_json_open_path(self, folder: str) -> str | None:
        from crm_workshop.gui import transfer_actions as t

        title = QCoreApplication.translate("Dialogs", "Import from JSON")
        return self._transfer_path(t.ask_open_path, title, folder, "json")

    def ask_model_export(self, model_id: str, version: str):
        """transfer_actions.ModelExportAnswers, or None when cancelled."""
        from crm_workshop.gui import transfer_actions as t

        return t.ask_model_export(self.parent, model_id, version)

    def ask_toml_save_path(self, suggestion: str) -> str | None:
        from crm_workshop.gui import transfer_actions as t

        title = QCoreApplication.translate("Dialogs", "Export model")
        return self._transfer_path(t.ask_save_path, title, suggestion, "toml")

    def ask_model_open_path(self, folder: str) -> str | None:
        from crm_workshop.gui import transfer_actions as t

        title = QCoreApplication.translate("Dialogs", "Add model to library")
        return self._transfer_path(t.ask_open_path, title, folder, "toml")

    def ask_replace_model(self, question: str) -> bool:
        from crm_workshop.gui import transfer_actions as t

        return t.ask_yes_no(
            self.parent,
            QCoreApplication.translate("Dialogs", "Replace model"),
            question,
        )

    def ask_remove_missing_recent(self, path: str) -> bool:
        """A recent workshop is gone (moved, deleted, on a drive not plugged in):
        True when the user wants it off the list; Yes is the default."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Dialogs", "Workshop not found"),
            QCoreApplication.translate(
                "Dialogs",
                "%s is not there any more: it was moved or deleted, or it is on a "
                "drive that is not connected.\n\nRemove it from the recent files?",
            )
            % path,
            buttons.Yes | buttons.No,
            self.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(buttons.Yes)
        return box.exec() == buttons.Yes

    def show_error(self, title: str, message: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            message,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
