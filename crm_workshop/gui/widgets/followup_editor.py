"""The follow-up editor: who validates an open question, by when, and what to find out.

It shows one question's follow-up and reads back what the consultant entered; it never
writes. Every change emits ``edited`` and the overview stores it through the session.
Filling the editor blocks its fields' signals, so showing a follow-up is not an edit.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.engagement import Followup
from crm_workshop.gui import i18n
from crm_workshop.gui.widgets.question_panel import plain_label


class FollowupEditor(QWidget):
    """Owner, due date, done flag and note of one follow-up; ``edited`` on each change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followup_editor")
        self.followup_label = plain_label(name="followup_question_label")
        self.owner_combo = QComboBox()
        self.owner_combo.setAccessibleName(self.tr("Follow-up owner"))
        self.due_check = QCheckBox(self.tr("D&ue by:"))
        self.due_check.setAccessibleName(self.tr("Follow-up has a due date"))
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(i18n.date_format())
        self.due_edit.setAccessibleName(self.tr("Follow-up due date"))
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(2000)
        self.note_edit.setAccessibleName(self.tr("Follow-up note"))
        self.note_edit.setPlaceholderText(self.tr("What to find out, from whom"))
        self.done_check = QCheckBox(self.tr("&Done"))
        self.done_check.setAccessibleName(self.tr("Follow-up done"))
        self._lay_out()

        self.owner_combo.currentIndexChanged.connect(lambda _n: self.edited.emit())
        self.due_check.toggled.connect(self._due_toggled)
        self.due_edit.dateChanged.connect(lambda _d: self.edited.emit())
        self.note_edit.editingFinished.connect(self.edited.emit)
        self.done_check.toggled.connect(lambda _on: self.edited.emit())

    def _lay_out(self) -> None:
        owner_label = QLabel(self.tr("O&wner:"))
        owner_label.setBuddy(self.owner_combo)
        note_label = QLabel(self.tr("&Note:"))
        note_label.setBuddy(self.note_edit)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_combo, 1)
        owner_row.addSpacing(12)
        owner_row.addWidget(self.due_check)
        owner_row.addWidget(self.due_edit)
        owner_row.addSpacing(12)
        owner_row.addWidget(self.done_check)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.followup_label)
        form.addRow(owner_label, owner_row)
        form.addRow(note_label, self.note_edit)

    @property
    def fields(self) -> tuple[QWidget, ...]:
        """The fields in Tab order: owner, due date and done share a row, the note is below."""
        return (
            self.owner_combo,
            self.due_check,
            self.due_edit,
            self.done_check,
            self.note_edit,
        )

    # -- showing and reading ---------------------------------------------------------
    def show_followup(
        self,
        followup: Followup | None,
        people: Iterable[Stakeholder],
        question: str | None,
    ) -> None:
        """Show ``followup`` of ``question`` (None: no question selected)."""
        followup = followup or Followup("")
        fields = self.fields
        blockers = [field.blockSignals(True) for field in fields]
        try:
            self._fill_owners(people, followup.owner_id)
            self._fill_fields(followup)
        finally:
            for field, blocked in zip(fields, blockers, strict=True):
                field.blockSignals(blocked)
        if question is None:
            self.followup_label.setText(
                self.tr("Select a question above to plan who validates it.")
            )
        else:
            self.followup_label.setText(self.tr("Follow-up of %s") % question)

    def _fill_owners(self, people: Iterable[Stakeholder], owner_id: int | None) -> None:
        """Active stakeholders, plus the owner even when no longer active."""
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("– nobody yet –"), None)
        for person in people:
            if person.active or person.id == owner_id:
                self.owner_combo.addItem(person.name, person.id)
        self.owner_combo.setCurrentIndex(
            max(0, self.owner_combo.findData(owner_id)) if owner_id is not None else 0
        )

    def _fill_fields(self, followup: Followup) -> None:
        due = QDate.fromString(followup.due_on or "", "yyyy-MM-dd")
        self.due_check.setChecked(due.isValid())
        self.due_edit.setDate(due if due.isValid() else QDate.currentDate().addDays(7))
        self.due_edit.setEnabled(due.isValid())
        self.note_edit.setText(followup.note)
        self.done_check.setChecked(followup.done)

    def followup(self, question_id: str) -> Followup:
        """The follow-up of ``question_id`` as the fields now read."""
        return Followup(
            question_id,
            self.owner_combo.currentData(),
            self.due_edit.date().toString("yyyy-MM-dd")
            if self.due_check.isChecked()
            else None,
            self.note_edit.text().strip(),
            self.done_check.isChecked(),
        )

    def _due_toggled(self, on: bool) -> None:
        self.due_edit.setEnabled(on)
        self.edited.emit()
