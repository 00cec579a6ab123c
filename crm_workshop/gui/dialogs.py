"""The questions the window asks the user, behind one small interface tests can replace.

``Dialogs`` is passed to the main window explicitly; tests give it a fake that answers
at once, so no test ever blocks in a modal ``exec()``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

FILE_FILTER = "CRM Workshop (*.crmw)"


@dataclass(frozen=True)
class NewWorkshopAnswers:
    client_name: str
    consultant: str
    language: str
    model_path: str = ""  # empty: the default model


class NewWorkshopDialog(QDialog):
    """Client, consultant and language of a new workshop."""

    def __init__(
        self,
        models: list[tuple[str, str]] = (),
        parent: QWidget | None = None,  # type: ignore[assignment]
    ) -> None:
        """``models``: (file path, title) of each model the consultant may choose."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.client_edit = QLineEdit()
        self.client_edit.setMaxLength(200)
        self.client_edit.setAccessibleName(self.tr("Client"))
        self.consultant_edit = QLineEdit()
        self.consultant_edit.setMaxLength(200)
        self.consultant_edit.setAccessibleName(self.tr("Consultant"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Polish"), "pl")
        self.language_combo.addItem(self.tr("English"), "en")
        self.language_combo.setAccessibleName(self.tr("Workshop language"))
        self.model_combo = QComboBox()
        self.model_combo.setAccessibleName(self.tr("Maturity model"))
        for path, title in models:
            self.model_combo.addItem(title, path)
        form = QFormLayout(self)
        form.addRow(self.tr("&Client:"), self.client_edit)
        form.addRow(self.tr("C&onsultant:"), self.consultant_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Model:"), self.model_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.client_edit.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.client_edit.text().strip()))

    def answers(self) -> NewWorkshopAnswers:
        return NewWorkshopAnswers(
            self.client_edit.text().strip(),
            self.consultant_edit.text().strip(),
            self.language_combo.currentData(),
            self.model_combo.currentData() or "",
        )


class Dialogs:
    """Real dialogs. Every method returns the user's answer, or None when cancelled."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def ask_new_workshop(self) -> NewWorkshopAnswers | None:
        from crm_workshop.catalog import available_models

        models = [
            (str(info.path), f"{info.model.name.get('en')} {info.model.version}")
            for info in available_models()
        ]
        dialog = NewWorkshopDialog(models, self.parent)
        return (
            dialog.answers() if dialog.exec() == QDialog.DialogCode.Accepted else None
        )

    def ask_open_path(self, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent, self.parent.tr("Open workshop"), folder, FILE_FILTER
        )
        return path or None

    def ask_save_path(self, title: str, suggestion: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, title, suggestion, FILE_FILTER
        )
        if path and not path.endswith(".crmw"):
            path += ".crmw"
        return path or None

    def ask_report_options(self, rounds: list[str], language: str):
        """ReportOptions for the PDF, or None when cancelled."""
        from crm_workshop.gui.report_export import ReportOptionsDialog

        dialog = ReportOptionsDialog(rounds, language, self.parent)
        return (
            dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        )

    def ask_pdf_path(self, suggestion: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent, self.parent.tr("Export roadmap PDF"), suggestion, "PDF (*.pdf)"
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def show_error(self, title: str, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            message,
            QMessageBox.StandardButton.Ok,
            self.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
