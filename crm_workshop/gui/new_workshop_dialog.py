"""File › New workshop: client, consultant, language and model (form in ui/)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crm_workshop.gui.dialogs import NewWorkshopAnswers
from crm_workshop.gui.forms.ui_new_workshop_dialog import Ui_NewWorkshopDialog


class NewWorkshopDialog(QDialog):
    """Client, consultant and language of a new workshop."""

    def __init__(
        self, models: Sequence[tuple[str, str]] = (), parent: QWidget | None = None
    ) -> None:
        """``models``: (file path, title) of each model the consultant may choose."""
        super().__init__(parent)
        self.ui = Ui_NewWorkshopDialog()
        self.ui.setupUi(self)
        self.client_edit = self.ui.client_edit
        self.consultant_edit = self.ui.consultant_edit
        self.language_combo = self.ui.language_combo
        self.model_combo = self.ui.model_combo
        self.buttons = self.ui.button_box
        self.language_combo.addItem(self.tr("Polish"), "pl")
        self.language_combo.addItem(self.tr("English"), "en")
        for path, title in models:
            self.model_combo.addItem(title, path)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
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
