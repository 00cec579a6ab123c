"""The questions the window asks the user, behind one small interface tests can replace.

``Dialogs`` is passed to the main window explicitly; tests give it a fake that answers
at once, so no test ever blocks in a modal ``exec()``. The dialogs themselves are
Designer forms (ui/) or Qt's standard dialogs, imported when first asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Qt's dialog classes load when a dialog first opens: start-up never waits for them.

FILE_FILTER = "CRM Workshop (*.crmw)"


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
            self.parent, self.parent.tr("Open workshop"), folder, FILE_FILTER
        )
        return path or None

    def ask_save_path(self, title: str, suggestion: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent, title, suggestion, FILE_FILTER
        )
        if path and not path.endswith(".crmw"):
            path += ".crmw"
        return path or None

    def ask_report_options(self, rounds: list[str], language: str):
        """ReportOptions for the PDF, or None when cancelled."""
        from PySide6.QtWidgets import QDialog

        from crm_workshop.gui.report_export import ReportOptionsDialog

        dialog = ReportOptionsDialog(rounds, language, self.parent)
        return (
            dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        )

    def ask_pdf_path(self, suggestion: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent, self.parent.tr("Export roadmap PDF"), suggestion, "PDF (*.pdf)"
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

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
