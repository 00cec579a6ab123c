"""The "New follow-up round" dialog: name, date, pre-fill or not, who takes part.

A dumb dialog: ``ask`` returns a checked ``FollowUp`` (or None when cancelled) and
the caller applies it through an undo command. The name suggests itself from the date
("Q1 2027"); pre-filling copies each participant's answers of the chosen round as a
starting point; the people ticked at first are those of the round pre-filled from
(or everyone active).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui import i18n
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.sizing import resize_within_screen
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.progress_messages import progress_message
from crm_workshop.gui.widgets.setup_common import buddy
from crm_workshop.services.progress import FollowUp, ProgressInputError

ID_ROLE = Qt.ItemDataRole.UserRole


def quarter_name(day: QDate) -> str:
    return f"Q{(day.month() - 1) // 3 + 1} {day.year()}"


class FollowUpRoundDialog(QDialog):
    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("New follow-up round"))
        self.setObjectName("follow_up_dialog")
        session = document.session
        rounds = session.rounds()
        self._named = False  # the user typed a name: stop suggesting one
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("follow_up_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(i18n.date_format())
        self.date_edit.setAccessibleName(self.tr("Date of the round"))
        self.name_edit = QLineEdit(quarter_name(self.date_edit.date()))
        self.name_edit.setObjectName("follow_up_name_edit")
        self.name_edit.setAccessibleName(self.tr("Name of the round"))
        self.name_edit.setMaxLength(200)
        self.prefill_check = QCheckBox(self.tr("&Pre-fill with the answers of"))
        self.prefill_check.setObjectName("follow_up_prefill_check")
        self.prefill_check.setChecked(bool(rounds))
        self.prefill_check.setEnabled(bool(rounds))
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("follow_up_source_combo")
        self.source_combo.setAccessibleName(self.tr("Round to pre-fill from"))
        for round_ in reversed(rounds):  # the latest first
            self.source_combo.addItem(
                f"{round_.name}  ({i18n.date_text(round_.held_on)})", round_.id
            )
        self.people_list = QListWidget()
        self.people_list.setObjectName("follow_up_people_list")
        self.people_list.setAccessibleName(self.tr("Who takes part"))
        for person in session.stakeholders():
            if not person.active:
                continue
            item = QListWidgetItem(person.name)
            item.setData(ID_ROLE, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.people_list.addItem(item)
        all_button = QPushButton(self.tr("&All"))
        none_button = QPushButton(self.tr("N&one"))
        all_button.clicked.connect(lambda: self._tick_all(True))
        none_button.clicked.connect(lambda: self._tick_all(False))
        self.message = QLabel()
        self.message.setObjectName("follow_up_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Start round")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        name_label = buddy(self.tr("&Name:"), self.name_edit)
        date_label = buddy(self.tr("&Date:"), self.date_edit)
        form.addRow(date_label, self.date_edit)
        form.addRow(name_label, self.name_edit)
        prefill = QHBoxLayout()
        prefill.addWidget(self.prefill_check)
        prefill.addWidget(self.source_combo, 1)
        form.addRow(prefill)
        people_label = buddy(self.tr("&Who takes part:"), self.people_list)
        ticks = QHBoxLayout()
        ticks.addWidget(people_label, 1)
        ticks.addWidget(all_button)
        ticks.addWidget(none_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(ticks)
        layout.addWidget(self.people_list, 1)
        hint = QLabel(
            self.tr(
                "Pre-filled answers are marked as carried over until they are "
                "confirmed or changed; comments are not copied."
            )
        )
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        resize_within_screen(self, 460, 560)

        self.date_edit.dateChanged.connect(self._date_changed)
        self.name_edit.textEdited.connect(lambda _text: setattr(self, "_named", True))
        self.prefill_check.toggled.connect(self.source_combo.setEnabled)
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self._source_changed()

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.people_list.count()):
            self.people_list.item(row).setCheckState(state)

    def _date_changed(self, day: QDate) -> None:
        if not self._named:
            self.name_edit.setText(quarter_name(day))

    def _source_changed(self) -> None:
        """Tick the people of the round pre-filled from (when it records any)."""
        source = self.source_combo.currentData()
        if source is None:
            return
        chosen = set(self.document.session.progress.participants(source))
        if not chosen:
            return
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(ID_ROLE) in chosen
                else Qt.CheckState.Unchecked
            )

    def follow_up(self) -> FollowUp:
        people = tuple(
            self.people_list.item(row).data(ID_ROLE)
            for row in range(self.people_list.count())
            if self.people_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return FollowUp(
            self.name_edit.text(),
            self.date_edit.date().toString("yyyy-MM-dd"),
            people,
            self.source_combo.currentData() if self.prefill_check.isChecked() else None,
        )

    def accept(self) -> None:
        """Refuse (with the reason under the form) what cannot be created."""
        try:
            self.document.session.progress.check_follow_up(self.follow_up())
        except ProgressInputError as exc:
            self.message.setText(progress_message(exc))
            self.message.show()
            return
        super().accept()

    @classmethod
    def ask(
        cls, document: WorkshopDocument, parent: QWidget | None = None
    ) -> FollowUp | None:
        """The checked follow-up round, or None when cancelled (tests replace this)."""
        dialog = cls(document, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return document.session.progress.check_follow_up(dialog.follow_up())
