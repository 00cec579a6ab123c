"""The "Progress" box of the roadmap's initiatives page: the selected initiative's
status history and KPI actuals, each entry added or removed as one undoable step.

A status update (date, status, note) also becomes the initiative's status when it is
its latest update by date; undoing gives the status back. A KPI actual records one
measurement (KPI, value, unit, target, date, note); the KPI names the initiative lists
are offered, any other may be typed. Input is checked before the command is pushed:
a refusal is shown under the box and nothing is written.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.progress import KpiActual, StatusUpdate
from crm_workshop.domain.roadmap import Initiative, InitiativeStatus
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import date_format, short_number
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.initiative_model import status_label
from crm_workshop.gui.widgets.progress_messages import progress_message
from crm_workshop.gui.widgets.setup_common import plain
from crm_workshop.services.progress import ProgressInputError

KIND = "roadmap"  # the initiative's status may change: the roadmap's views reload
ID_ROLE = Qt.ItemDataRole.UserRole


def parse_number(text: str) -> float | None:
    """``"74,5"`` -> 74.5; "" -> None; ValueError otherwise."""
    cleaned = "".join(text.split()).replace(",", ".")
    if not cleaned:
        return None
    return float(cleaned)


def figure(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else short_number(value, 6)


def _date_edit(name: str, accessible: str) -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    return edit


def _tree(name: str, accessible: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setAccessibleName(accessible)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(headers)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setMinimumHeight(90)
    tree.setMaximumHeight(150)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(True)
    return tree


class InitiativeProgressBox(QGroupBox):
    statusMessage = Signal(str)

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Progress"))
        self.setObjectName("initiative_progress_box")
        self.document = document
        self.initiative: Initiative | None = None

        # -- status history --------------------------------------------------------------
        self.updates = _tree(
            "status_updates_tree",
            self.tr("Status updates"),
            [self.tr("Date"), self.tr("Status"), self.tr("Note")],
        )
        self.update_date = _date_edit(
            "status_update_date_edit", self.tr("Date of the update")
        )
        self.update_status = QComboBox()
        self.update_status.setObjectName("status_update_combo")
        self.update_status.setAccessibleName(self.tr("Status of the update"))
        for status in InitiativeStatus:
            self.update_status.addItem(status_label(status), status.value)
        self.update_note = QLineEdit()
        self.update_note.setObjectName("status_update_note_edit")
        self.update_note.setAccessibleName(self.tr("Note on the update"))
        self.update_note.setPlaceholderText(self.tr("What happened"))
        self.add_update_button = QPushButton(self.tr("Add &update"))
        self.add_update_button.setObjectName("add_status_update_button")
        self.remove_update_button = QPushButton(self.tr("Remove"))
        self.remove_update_button.setObjectName("remove_status_update_button")

        # -- KPI actuals -------------------------------------------------------------------
        self.actuals = _tree(
            "kpi_actuals_tree",
            self.tr("KPI actuals"),
            [self.tr("Date"), self.tr("KPI"), self.tr("Value"), self.tr("Target")],
        )
        self.kpi_combo = QComboBox()
        self.kpi_combo.setObjectName("kpi_actual_combo")
        self.kpi_combo.setAccessibleName(self.tr("KPI measured"))
        self.kpi_combo.setEditable(True)
        self.kpi_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.value_edit = QLineEdit()
        self.value_edit.setObjectName("kpi_value_edit")
        self.value_edit.setAccessibleName(self.tr("Value measured"))
        self.value_edit.setPlaceholderText(self.tr("value"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setObjectName("kpi_unit_edit")
        self.unit_edit.setAccessibleName(self.tr("Unit"))
        self.unit_edit.setPlaceholderText(self.tr("unit"))
        self.unit_edit.setMaximumWidth(70)
        self.target_edit = QLineEdit()
        self.target_edit.setObjectName("kpi_target_edit")
        self.target_edit.setAccessibleName(self.tr("Target value"))
        self.target_edit.setPlaceholderText(self.tr("target"))
        self.kpi_date = _date_edit("kpi_date_edit", self.tr("Date of the measurement"))
        self.add_actual_button = QPushButton(self.tr("Add &measurement"))
        self.add_actual_button.setObjectName("add_kpi_actual_button")
        self.remove_actual_button = QPushButton(self.tr("Remove"))
        self.remove_actual_button.setObjectName("remove_kpi_actual_button")

        self.message = QLabel()
        self.message.setObjectName("initiative_progress_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.hide()

        status_row = QGridLayout()
        status_row.addWidget(self.update_date, 0, 0)
        status_row.addWidget(self.update_status, 0, 1)
        status_row.addWidget(self.update_note, 1, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_update_button)
        buttons.addWidget(self.remove_update_button)
        buttons.addStretch(1)
        kpi_row = QGridLayout()
        kpi_row.addWidget(self.kpi_combo, 0, 0, 1, 3)
        kpi_row.addWidget(self.value_edit, 1, 0)
        kpi_row.addWidget(self.unit_edit, 1, 1)
        kpi_row.addWidget(self.target_edit, 1, 2)
        kpi_row.addWidget(self.kpi_date, 2, 0)
        kpi_buttons = QHBoxLayout()
        kpi_buttons.addWidget(self.add_actual_button)
        kpi_buttons.addWidget(self.remove_actual_button)
        kpi_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain(self.tr("Status history"), wrap=False))
        layout.addWidget(self.updates)
        layout.addLayout(status_row)
        layout.addLayout(buttons)
        layout.addWidget(plain(self.tr("KPI actuals"), wrap=False))
        layout.addWidget(self.actuals)
        layout.addLayout(kpi_row)
        layout.addLayout(kpi_buttons)
        layout.addWidget(self.message)

        self.add_update_button.clicked.connect(self.add_update)
        self.remove_update_button.clicked.connect(self.remove_update)
        self.add_actual_button.clicked.connect(self.add_actual)
        self.remove_actual_button.clicked.connect(self.remove_actual)
        self.kpi_combo.currentTextChanged.connect(self._kpi_chosen)
        # a bound method: the connection ends with this box (a lambda would outlive it)
        document.setupChanged.connect(self.reload)
        self.show_initiative(None)

    @property
    def progress(self):  # type: ignore[no-untyped-def]
        return self.document.session.progress

    @property
    def editable(self) -> bool:
        return (
            self.document.is_open
            and not self.document.read_only
            and self.initiative is not None
        )

    # -- showing -----------------------------------------------------------------------
    def show_initiative(self, initiative: Initiative | None) -> None:
        self.initiative = initiative
        self.show_message("")
        self.kpi_combo.blockSignals(True)
        self.kpi_combo.clear()
        if initiative is not None:
            for line in initiative.kpis.splitlines():
                if line.strip():
                    self.kpi_combo.addItem(line.strip())
        self.kpi_combo.setEditText("")
        self.kpi_combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Show what the file holds for the initiative shown."""
        self.updates.clear()
        self.actuals.clear()
        if self.initiative is not None and self.document.is_open:
            initiative_id = self.initiative.id
            for update in self.progress.status_updates(initiative_id):
                item = QTreeWidgetItem(
                    [update.updated_on, status_label(update.status), update.note]
                )
                item.setData(0, ID_ROLE, update.id)
                item.setToolTip(2, update.note)
                self.updates.addTopLevelItem(item)
            for actual in self.progress.kpi_actuals(initiative_id):
                value = f"{figure(actual.value)} {actual.unit}".strip()
                target = (
                    f"{figure(actual.target)} {actual.unit}".strip()
                    if actual.target is not None
                    else ""
                )
                item = QTreeWidgetItem([actual.measured_on, actual.kpi, value, target])
                item.setData(0, ID_ROLE, actual.id)
                item.setToolTip(1, actual.note or actual.kpi)
                self.actuals.addTopLevelItem(item)
        for widget in (
            self.update_date,
            self.update_status,
            self.update_note,
            self.add_update_button,
            self.remove_update_button,
            self.kpi_combo,
            self.value_edit,
            self.unit_edit,
            self.target_edit,
            self.kpi_date,
            self.add_actual_button,
            self.remove_actual_button,
        ):
            widget.setEnabled(self.editable)
        if self.initiative is not None:
            self.update_status.setCurrentIndex(
                max(0, self.update_status.findData(self.initiative.status.value))
            )

    def _kpi_chosen(self, name: str) -> None:
        """A KPI measured before: offer its unit and target again."""
        if self.initiative is None or not name.strip():
            return
        earlier = [
            a
            for a in self.progress.kpi_actuals(self.initiative.id)
            if a.kpi.casefold() == name.strip().casefold()
        ]
        if earlier:
            last = earlier[-1]
            self.unit_edit.setText(last.unit)
            target = next(
                (a.target for a in reversed(earlier) if a.target is not None), None
            )
            self.target_edit.setText(figure(target))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- edits -----------------------------------------------------------------------------
    def _push(self, command: SetupCommand, done: str) -> bool:
        self.document.undo_stack.push(command)
        if command.failed:
            return False
        self.show_message("")
        self.statusMessage.emit(done)
        return True

    def _title(self) -> str:
        title = self.initiative.title if self.initiative else ""
        return title if len(title) <= 40 else title[:39] + "…"

    def add_update(self) -> None:
        if not self.editable or self.initiative is None:
            return
        progress = self.progress
        update = StatusUpdate(
            None,
            self.initiative.id or 0,
            self.update_date.date().toString("yyyy-MM-dd"),
            InitiativeStatus(self.update_status.currentData()),
            self.update_note.text(),
        )
        try:
            update = progress.check_status_update(update)
        except ProgressInputError as exc:
            self.show_message(progress_message(exc))
            return
        added: list[int] = []

        def apply():  # type: ignore[no-untyped-def]
            stored = replace(update, id=added[0]) if added else update
            update_id, before = progress.add_status_update(stored)
            added[:] = [update_id]
            return update_id, before

        command = SetupCommand(
            self.document,
            self.tr("Status update of “%s”") % self._title(),
            KIND,
            apply,
            lambda previous: progress.remove_status_update(previous[0], previous[1]),
        )
        if self._push(command, self.tr("Status update added")):
            self.update_note.clear()

    def remove_update(self) -> None:
        item = self.updates.currentItem()
        if not self.editable or item is None:
            return
        progress = self.progress
        update_id = item.data(0, ID_ROLE)
        command = SetupCommand(
            self.document,
            self.tr("Remove status update of “%s”") % self._title(),
            KIND,
            lambda: progress.remove_status_update(update_id),
            lambda previous: progress.add_status_update(previous[0], previous[1]),
        )
        self._push(command, self.tr("Status update removed; Undo brings it back"))

    def add_actual(self) -> None:
        if not self.editable or self.initiative is None:
            return
        progress = self.progress
        try:
            value = parse_number(self.value_edit.text())
            target = parse_number(self.target_edit.text())
        except ValueError:
            value = target = float("nan")
        actual = KpiActual(
            None,
            self.initiative.id or 0,
            self.kpi_combo.currentText(),
            value if value is not None else float("nan"),
            self.kpi_date.date().toString("yyyy-MM-dd"),
            target,
            self.unit_edit.text(),
        )
        try:
            actual = progress.check_kpi_actual(actual)
        except ProgressInputError as exc:
            self.show_message(progress_message(exc))
            return
        added: list[int] = []

        def apply() -> int:
            stored = replace(actual, id=added[0]) if added else actual
            added[:] = [progress.add_kpi_actual(stored)]
            return added[0]

        command = SetupCommand(
            self.document,
            self.tr("KPI measurement of “%s”") % self._title(),
            KIND,
            apply,
            progress.remove_kpi_actual,
        )
        if self._push(command, self.tr("KPI measurement added")):
            self.value_edit.clear()

    def remove_actual(self) -> None:
        item = self.actuals.currentItem()
        if not self.editable or item is None:
            return
        progress = self.progress
        actual_id = item.data(0, ID_ROLE)
        command = SetupCommand(
            self.document,
            self.tr("Remove KPI measurement of “%s”") % self._title(),
            KIND,
            lambda: progress.remove_kpi_actual(actual_id),
            progress.add_kpi_actual,
        )
        self._push(command, self.tr("KPI measurement removed; Undo brings it back"))
