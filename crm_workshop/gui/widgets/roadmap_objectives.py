"""The goals page's measurable objectives: a table and the selected one's form.

Each field is written when its edit is finished, as one undoable step; a number or
month that does not read is refused under the form and the stored value shown again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.roadmap import Goal, GoalLevel
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.widgets.roadmap_goal_box import GoalBox, list_like
from crm_workshop.gui.widgets.roadmap_goal_models import (
    AddGoalCommand,
    ObjectiveTableModel,
    number_text,
)
from crm_workshop.gui.widgets.setup_common import (
    buddy,
    line_edit,
    plain,
    set_text,
    short,
    too_long,
)

if TYPE_CHECKING:
    from crm_workshop.gui.widgets.roadmap_goals import RoadmapGoalsPage


OBJECTIVE_FIELDS = ("title", "kpi", "unit", "baseline", "target", "due_on")


class ObjectivesBox(GoalBox):
    def __init__(self, page: RoadmapGoalsPage) -> None:
        super().__init__(page, self.tr("Measurable objectives"), "objectives_box")
        self.new_edit = line_edit("new_objective_edit", self.tr("New objective's name"))
        self.new_edit.setPlaceholderText(self.tr("e.g. Churn −5% by the end of 2027"))
        self.new_edit.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add &objective"))
        self.add_button.setObjectName("add_objective_button")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove o&bjective"))
        self.remove_button.setObjectName("remove_objective_button")
        self.remove_button.clicked.connect(self.remove)
        self.model = ObjectiveTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("objective_table")
        self.table.setAccessibleName(self.tr("Measurable objectives"))
        self.table.setModel(self.model)
        list_like(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 220), (1, 180), (2, 60), (3, 80), (4, 80), (5, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(
            ObjectiveTableModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().currentRowChanged.connect(self._switched)
        self.table.doubleClicked.connect(lambda _i: self.edits["title"].setFocus())

        labels = {
            "title": (self.tr("Objective"), self.tr("&Name:")),
            "kpi": (self.tr("KPI"), self.tr("&KPI:")),
            "unit": (self.tr("Unit"), self.tr("&Unit:")),
            "baseline": (self.tr("Baseline"), self.tr("Base&line:")),
            "target": (self.tr("Target"), self.tr("&Target:")),
            "due_on": (
                self.tr("Month the target is due, YYYY-MM"),
                self.tr("B&y (month):"),
            ),
        }
        self.field_names = {  # "Change the {what} of …", "The {what} was not saved"
            "title": self.tr("name"),
            "kpi": self.tr("KPI"),
            "unit": self.tr("unit"),
            "baseline": self.tr("baseline"),
            "target": self.tr("target"),
            "due_on": self.tr("month"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        for field in OBJECTIVE_FIELDS:
            accessible, label = labels[field]
            edit = line_edit(f"objective_{field}_edit", accessible)
            edit.setClearButtonEnabled(field not in ("baseline", "target"))
            edit.editingFinished.connect(lambda field=field: self.save(field))
            self.edits[field] = edit
            form.addRow(buddy(label, edit), edit)
        self.edits["due_on"].setPlaceholderText(self.tr("YYYY-MM"))
        self.edits["due_on"].setMaxLength(10)
        for field in ("baseline", "target"):
            self.edits[field].setPlaceholderText(self.tr("a number, e.g. 12.5"))
            self.edits[field].setMaxLength(40)
        self.empty_label = plain(
            self.tr("No objective yet. Type its name above the table and press Add."),
            name="no_objective_label",
        )

        add_row = QHBoxLayout()
        add_row.addWidget(buddy(self.tr("N&ew objective:"), self.new_edit))
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        right = QVBoxLayout()
        right.addWidget(self.empty_label)
        right.addWidget(self.form)
        right.addWidget(self.message_label)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.table, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addLayout(columns, 1)
        self.fields: tuple[QWidget, ...] = (
            self.new_edit,
            self.add_button,
            self.remove_button,
            self.table,
            *self.edits.values(),
        )
        self._shown: int | None = None

    # -- showing -----------------------------------------------------------------------
    def show_goals(self, goals: list[Goal]) -> None:
        keep = self.current()
        self.model.set_goals(goals)
        self.select(keep.id if keep else None)
        editable = self.page.editable
        for widget in (self.new_edit, self.add_button):
            widget.setEnabled(editable)

    def current(self) -> Goal | None:
        row = self.table.currentIndex().row()
        return self.model.goal(row) if row >= 0 else None

    def select(self, goal_id: int | None) -> None:
        row = self.model.row_of(goal_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            with QSignalBlocker(self.table.selectionModel()):
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectRow(row)
        self._show(self.model.goal(row) if row >= 0 else None)

    def _switched(self, *_args: object) -> None:
        self.commit_pending()
        self._show(self.current())

    def _show(self, goal: Goal | None) -> None:
        self._shown = None if goal is None else goal.id
        self.form.setVisible(goal is not None)
        self.empty_label.setVisible(goal is None)
        self.remove_button.setEnabled(self.page.editable and goal is not None)
        for field, edit in self.edits.items():
            set_text(edit, "" if goal is None else self._text(goal, field))
            edit.setReadOnly(not self.page.editable)

    @staticmethod
    def _text(goal: Goal, field: str) -> str:
        value = getattr(goal, field)
        if field in ("baseline", "target"):
            return number_text(value)
        return value or ""

    # -- edits -------------------------------------------------------------------------
    def commit_pending(self) -> None:
        for field in OBJECTIVE_FIELDS:
            self.save(field)

    def add(self) -> None:
        if not self.page.editable:
            return
        self.commit_pending()
        name = self.new_edit.text().strip()
        refusal = (
            not name
            and self.tr("Type the new objective's name first. Nothing was saved.")
        ) or too_long(self.tr("The name"), name)
        if refusal:
            self.refuse(refusal)
            return
        count = self.model.rowCount()
        position = max((self.model.goal(n).position for n in range(count)), default=-1)
        goal = Goal(None, GoalLevel.OBJECTIVE, name, position=position + 1)
        command = AddGoalCommand(
            self.document,
            self.tr("Add objective “{name}”").format(name=short(name)),
            goal,
        )
        if self.push(command, self.tr("Objective added")):
            self.select(command.goal_id)
            self.new_edit.clear()
            self.edits["kpi"].setFocus()

    def save(self, field: str) -> None:
        stored = self.current()
        if stored is None or stored.id != self._shown or not self.page.editable:
            return
        edit = self.edits[field]
        text = edit.text().strip()
        if text == self._text(stored, field):
            return
        value, refusal = self.page.check(field, text, self.field_names[field])
        if refusal:
            self.refuse(refusal)
            set_text(edit, self._text(stored, field))
            return
        edited = replace(stored, **{field: value})
        if edited == stored:
            set_text(edit, self._text(stored, field))
            return
        what = self.field_names[field]
        self.update_command(
            self.tr("Change the {what} of objective “{name}”").format(
                what=what, name=short(stored.title)
            ),
            edited,
            self.tr("Objective saved"),
        )

    def remove(self) -> None:
        goal = self.current()
        if goal is None or goal.id is None:
            return
        roadmap = self.roadmap
        goal_id = goal.id
        self.push(
            SetupCommand(
                self.document,
                self.tr("Remove objective “{name}”").format(name=short(goal.title)),
                "roadmap",
                lambda: roadmap.remove_goal(goal_id),
                roadmap.restore_goals,
            ),
            self.tr("Objective removed"),
        )
