"""Roadmap page: measurable objectives and the cascade of the board's goals.

Objectives: a table (name, KPI, unit, baseline, target, month) with the selected
objective's form beside it. The cascade: the board's goals, each with its directors'
copies (owner, department, their wording of the goal, planned actions). Each field is
written when its edit is finished (Return, Tab, focus elsewhere, a choice made), as one
undoable step named after what it changes; a number or month that does not read is
refused with a message under the form and the stored value shown again. Removing a
board goal removes its copies in the same step; undo brings all of them back.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.roadmap import BadMonth, Goal, GoalLevel, Month
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.roadmap_goal_models import (
    AddGoalCommand,
    CascadeModel,
    ObjectiveTableModel,
    number_text,
    parse_number,
)
from crm_workshop.gui.widgets.setup_common import (
    MAX_NAME,
    MAX_TEXT,
    PlainTextEdit,
    buddy,
    department_combo,
    department_value,
    line_edit,
    plain,
    set_text,
    short,
    show_department,
    tab_chain,
    too_long,
)

OBJECTIVE_FIELDS = ("title", "kpi", "unit", "baseline", "target", "due_on")


class GoalBox(QGroupBox):
    """A group box that writes through the page and shows its own refusals."""

    def __init__(self, page: RoadmapGoalsPage, title: str, name: str) -> None:
        super().__init__(title)
        self.setObjectName(name)
        self.page = page
        self.document = page.document
        self.message_label = plain(name=f"{name}_message")
        self.message_label.setStyleSheet("color: #a00000;")
        self.message_label.hide()

    @property
    def roadmap(self):
        return self.document.session.roadmap

    def refuse(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        if message:
            self.page.statusMessage.emit(message)

    def push(self, command: SetupCommand, done: str) -> bool:
        if not self.page.editable:
            return False
        ok = self.page.push(command, done)
        if ok:
            self.refuse("")
        return ok

    def update_command(self, text: str, edited: Goal, done: str) -> bool:
        roadmap = self.roadmap
        return self.push(
            SetupCommand(
                self.document,
                text,
                "roadmap",
                lambda: roadmap.update_goal(edited),
                roadmap.update_goal,
            ),
            done,
        )


class ObjectivesBox(GoalBox):
    def __init__(self, page: RoadmapGoalsPage) -> None:
        super().__init__(page, page.tr("Measurable objectives"), "objectives_box")
        tr = page.tr
        self.new_edit = line_edit("new_objective_edit", tr("New objective's name"))
        self.new_edit.setPlaceholderText(tr("e.g. Churn −5% by the end of 2027"))
        self.new_edit.returnPressed.connect(self.add)
        self.add_button = QPushButton(tr("Add &objective"))
        self.add_button.setObjectName("add_objective_button")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(tr("Remove o&bjective"))
        self.remove_button.setObjectName("remove_objective_button")
        self.remove_button.clicked.connect(self.remove)
        self.model = ObjectiveTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("objective_table")
        self.table.setAccessibleName(tr("Measurable objectives"))
        self.table.setModel(self.model)
        _list_like(self.table)
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
            "title": (tr("Objective"), tr("&Name:")),
            "kpi": (tr("KPI"), tr("&KPI:")),
            "unit": (tr("Unit"), tr("&Unit:")),
            "baseline": (tr("Baseline"), tr("Base&line:")),
            "target": (tr("Target"), tr("&Target:")),
            "due_on": (tr("Month the target is due, YYYY-MM"), tr("B&y (month):")),
        }
        self.field_names = {  # "Change the {what} of …", "The {what} was not saved"
            "title": tr("name"),
            "kpi": tr("KPI"),
            "unit": tr("unit"),
            "baseline": tr("baseline"),
            "target": tr("target"),
            "due_on": tr("month"),
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
        self.edits["due_on"].setPlaceholderText(tr("YYYY-MM"))
        self.edits["due_on"].setMaxLength(10)
        for field in ("baseline", "target"):
            self.edits[field].setPlaceholderText(tr("a number, e.g. 12.5"))
            self.edits[field].setMaxLength(40)
        self.empty_label = plain(
            tr("No objective yet. Type its name above the table and press Add."),
            name="no_objective_label",
        )

        add_row = QHBoxLayout()
        add_row.addWidget(buddy(tr("N&ew objective:"), self.new_edit))
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
        tr = self.page.tr
        refusal = (
            not name and tr("Type the new objective's name first. Nothing was saved.")
        ) or too_long(tr("The name"), name)
        if refusal:
            self.refuse(refusal)
            return
        count = self.model.rowCount()
        position = max((self.model.goal(n).position for n in range(count)), default=-1)
        goal = Goal(None, GoalLevel.OBJECTIVE, name, position=position + 1)
        command = AddGoalCommand(
            self.document,
            tr("Add objective “{name}”").format(name=short(name)),
            goal,
        )
        if self.push(command, tr("Objective added")):
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
            self.page.tr("Change the {what} of objective “{name}”").format(
                what=what, name=short(stored.title)
            ),
            edited,
            self.page.tr("Objective saved"),
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
                self.page.tr("Remove objective “{name}”").format(
                    name=short(goal.title)
                ),
                "roadmap",
                lambda: roadmap.remove_goal(goal_id),
                roadmap.restore_goals,
            ),
            self.page.tr("Objective removed"),
        )


def _list_like(view: QAbstractItemView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab moves on to the next control
    view.setAlternatingRowColors(True)
    if isinstance(view, QTableView):
        view.setWordWrap(False)
        view.verticalHeader().hide()


class CascadeBox(GoalBox):
    def __init__(self, page: RoadmapGoalsPage) -> None:
        super().__init__(
            page, page.tr("The board's goals, cascaded to directors"), "cascade_box"
        )
        tr = page.tr
        self.new_edit = line_edit("new_board_goal_edit", tr("New board goal"))
        self.new_edit.setPlaceholderText(tr("e.g. Customer satisfaction +15% by 2027"))
        self.new_edit.returnPressed.connect(self.add_board_goal)
        self.add_board_button = QPushButton(tr("Add bo&ard goal"))
        self.add_board_button.setObjectName("add_board_goal_button")
        self.add_board_button.clicked.connect(self.add_board_goal)
        self.add_copy_button = QPushButton(tr("Add &director's copy"))
        self.add_copy_button.setObjectName("add_director_copy_button")
        self.add_copy_button.clicked.connect(self.add_copy)
        self.remove_button = QPushButton(tr("Remo&ve goal"))
        self.remove_button.setObjectName("remove_goal_button")
        self.remove_button.clicked.connect(self.remove)
        self.model = CascadeModel(self)
        self.model.owner_name = page.owner_label
        self.model.inactive_owner = lambda pid: (
            pid in page.people and not page.people[pid].active
        )
        self.model.department_name = page.department_name
        self.tree = QTreeView()
        self.tree.setObjectName("cascade_tree")
        self.tree.setAccessibleName(tr("Board goals and directors' copies"))
        self.tree.setModel(self.model)
        _list_like(self.tree)
        self.tree.setUniformRowHeights(True)
        for column, width in ((0, 300), (1, 150), (2, 110)):
            self.tree.setColumnWidth(column, width)
        self.tree.selectionModel().currentRowChanged.connect(self._switched)
        self.tree.doubleClicked.connect(lambda _i: self.title_edit.setFocus())

        self.title_edit = line_edit("cascade_title_edit", tr("Goal"))
        self.title_edit.editingFinished.connect(lambda: self.save("title"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("cascade_owner_combo")
        self.owner_combo.setAccessibleName(tr("Owner"))
        self.owner_combo.activated.connect(lambda _n: self.save("owner_id"))
        self.department_combo = page.department_combo(tr("Department"))
        self.department_combo.setObjectName("cascade_department_combo")
        self.department_combo.lineEdit().setAccessibleName(tr("Department"))
        self.department_combo.activated.connect(lambda _n: self.save("department"))
        self.department_combo.lineEdit().editingFinished.connect(
            lambda: self.save("department")
        )
        self.actions_edit = PlainTextEdit(
            "cascade_actions_edit", tr("Planned actions, one per line")
        )
        self.actions_edit.setMinimumHeight(60)
        self.actions_edit.editingFinished.connect(lambda: self.save("actions"))
        self.title_label = buddy(tr("&Goal:"), self.title_edit)
        self.form = QWidget()
        self.form_layout = QFormLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.addRow(self.title_label, self.title_edit)
        self.form_layout.addRow(
            buddy(tr("O&wner:"), self.owner_combo), self.owner_combo
        )
        self.form_layout.addRow(
            buddy(tr("Departme&nt:"), self.department_combo), self.department_combo
        )
        self.form_layout.addRow(
            buddy(tr("Planned a&ctions:"), self.actions_edit), self.actions_edit
        )
        self.empty_label = plain(
            tr(
                "No board goal yet. Type one above and press Add; then add a copy "
                "for each director who carries it."
            ),
            name="no_goal_label",
        )
        self.field_names = {
            "title": tr("wording"),
            "owner_id": tr("owner"),
            "department": tr("department"),
            "actions": tr("planned actions"),
        }

        add_row = QHBoxLayout()
        add_row.addWidget(buddy(tr("New board goa&l:"), self.new_edit))
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_board_button)
        add_row.addWidget(self.add_copy_button)
        add_row.addWidget(self.remove_button)
        right = QVBoxLayout()
        right.addWidget(self.empty_label)
        right.addWidget(self.form)
        right.addWidget(self.message_label)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(self.tree, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addLayout(columns, 1)
        self.fields: tuple[QWidget, ...] = (
            self.new_edit,
            self.add_board_button,
            self.add_copy_button,
            self.remove_button,
            self.tree,
            self.title_edit,
            self.owner_combo,
            self.department_combo,
            self.actions_edit,
        )
        self._shown: int | None = None

    # -- showing -----------------------------------------------------------------------
    def show_goals(self, goals: list[Goal]) -> None:
        keep = self.current()
        self.model.set_goals(goals)
        self.tree.expandAll()
        self.select(keep.id if keep else None)
        for widget in (self.new_edit, self.add_board_button):
            widget.setEnabled(self.page.editable)

    def current(self) -> Goal | None:
        return self.model.goal(self.tree.currentIndex())

    def select(self, goal_id: int | None) -> None:
        index = self.model.index_of(goal_id)
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            with QSignalBlocker(self.tree.selectionModel()):
                self.tree.setCurrentIndex(index)
        self._show(self.model.goal(index))

    def _switched(self, *_args: object) -> None:
        self.commit_pending()
        self._show(self.current())

    def _show(self, goal: Goal | None) -> None:
        same = goal is not None and goal.id == self._shown
        self._shown = None if goal is None else goal.id
        editable = self.page.editable
        self.form.setVisible(goal is not None)
        self.empty_label.setVisible(goal is None)
        self.remove_button.setEnabled(editable and goal is not None)
        self.add_copy_button.setEnabled(editable and goal is not None)
        if goal is None:
            return
        director = goal.level is GoalLevel.DIRECTOR
        self.title_label.setText(
            self.page.tr("Director's &goal:")
            if director
            else self.page.tr("Board &goal:")
        )
        self.title_edit.setAccessibleName(
            self.page.tr("Director's copy of the goal")
            if director
            else self.page.tr("Board goal")
        )
        self.form_layout.setRowVisible(self.actions_edit, director)
        set_text(self.title_edit, goal.title)
        self._fill_owners(goal.owner_id)
        with QSignalBlocker(self.department_combo):
            show_department(self.department_combo, goal.department)
        edit = self.actions_edit
        if not (same and edit.dirty) and edit.toPlainText() != goal.actions:
            edit.set_text(goal.actions)
        for edit in (self.title_edit, self.actions_edit):
            edit.setReadOnly(not editable)
        for combo in (self.owner_combo, self.department_combo):
            combo.setEnabled(editable)

    def _fill_owners(self, owner_id: int | None) -> None:
        combo = self.owner_combo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.page.tr("(nobody)"), None)
            for person in self.page.people.values():
                if person.active or person.id == owner_id:
                    combo.addItem(
                        short(self.page.owner_label(person.id), 80), person.id
                    )
            combo.setCurrentIndex(max(0, combo.findData(owner_id)))

    # -- edits -------------------------------------------------------------------------
    def commit_pending(self) -> None:
        self.actions_edit.finish()
        self.save("title")
        self.save("department")

    def _value(self, field: str) -> str | int | None:
        if field == "title":
            return self.title_edit.text().strip()
        if field == "owner_id":
            owner = self.owner_combo.currentData()
            return owner if isinstance(owner, int) else None
        if field == "department":
            return department_value(self.department_combo)
        return self.actions_edit.toPlainText().strip()

    def save(self, field: str) -> None:
        stored = self.current()
        if stored is None or stored.id != self._shown or not self.page.editable:
            return
        value = self._value(field)
        if value == getattr(stored, field):
            return
        what = self.field_names[field]
        if isinstance(value, str):
            value, refusal = self.page.check(field, value, what)
            if refusal:
                self.refuse(refusal)
                self._shown = None
                self._show(stored)
                return
        edited = replace(stored, **{field: value})
        self.update_command(
            self.page.tr("Change the {what} of goal “{name}”").format(
                what=what, name=short(stored.title)
            ),
            edited,
            self.page.tr("Goal saved"),
        )

    def add_board_goal(self) -> None:
        if not self.page.editable:
            return
        self.commit_pending()
        tr = self.page.tr
        name = self.new_edit.text().strip()
        refusal = (
            not name and tr("Type the board goal first. Nothing was saved.")
        ) or too_long(tr("The goal"), name)
        if refusal:
            self.refuse(refusal)
            return
        boards = [
            self.model.goal(self.model.index(n, 0))
            for n in range(self.model.rowCount())
        ]
        position = max((g.position for g in boards if g), default=-1) + 1
        command = AddGoalCommand(
            self.document,
            tr("Add board goal “{name}”").format(name=short(name)),
            Goal(None, GoalLevel.BOARD, name, position=position),
        )
        if self.push(command, tr("Board goal added")):
            self.select(command.goal_id)
            self.new_edit.clear()
            self.add_copy_button.setFocus()

    def add_copy(self) -> None:
        goal = self.current()
        if goal is None or not self.page.editable:
            return
        self.commit_pending()
        board_index = self.model.index_of(goal.parent_id if goal.parent_id else goal.id)
        board = self.model.goal(board_index)
        if board is None or board.level is not GoalLevel.BOARD:
            return
        tr = self.page.tr
        copy = Goal(
            None,
            GoalLevel.DIRECTOR,
            board.title,
            parent_id=board.id,
            position=self.model.copy_count(board_index.row()),
        )
        command = AddGoalCommand(
            self.document,
            tr("Add a director's copy of “{name}”").format(name=short(board.title)),
            copy,
        )
        if self.push(command, tr("Director's copy added")):
            self.select(command.goal_id)
            self.owner_combo.setFocus()

    def remove(self) -> None:
        goal = self.current()
        if goal is None or goal.id is None:
            return
        tr = self.page.tr
        name = short(goal.title)
        if goal.level is GoalLevel.BOARD:
            copies = self.model.copy_count(self.model.index_of(goal.id).row())
            text = (
                tr("Remove board goal “{name}” and its {count} director's copies")
                if copies
                else tr("Remove board goal “{name}”")
            ).format(name=name, count=copies)
        else:
            text = tr("Remove director's goal “{name}”").format(name=name)
        roadmap = self.roadmap
        goal_id = goal.id
        self.push(
            SetupCommand(
                self.document,
                text,
                "roadmap",
                lambda: roadmap.remove_goal(goal_id),
                roadmap.restore_goals,
            ),
            tr("Goal removed"),
        )


class RoadmapGoalsPage(QWidget):
    statusMessage = Signal(str)

    def __init__(
        self,
        document: WorkshopDocument,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_goals_page")
        self.document = document
        languages = document.model.languages
        if language not in languages:
            report = document.session.engagement.report_language
            language = report if report in languages else languages[0]
        self.language: str = language  # type: ignore[assignment]
        self.people: dict[int, Stakeholder] = {}
        self.objectives = ObjectivesBox(self)
        self.cascade = CascadeBox(self)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("goals_splitter")
        split.addWidget(self.objectives)
        split.addWidget(self.cascade)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        tab_chain((*self.objectives.fields, *self.cascade.fields))
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        document.setupChanged.connect(lambda _kind: self._reload_timer.start())
        self.reload()

    @property
    def editable(self) -> bool:
        return self.document.is_open and not self.document.read_only

    def reload(self) -> None:
        """Show what the file holds."""
        self._reload_timer.stop()
        if not self.document.is_open:
            return
        session = self.document.session
        self.people = {p.id: p for p in session.stakeholders()}
        goals = session.roadmap.goals()
        self.objectives.show_goals([g for g in goals if g.level is GoalLevel.OBJECTIVE])
        self.cascade.show_goals(goals)

    def push(self, command: SetupCommand, done: str) -> bool:
        """Do ``command`` through the undo stack; True when it is in the file."""
        if not self.editable:
            return False
        self.document.undo_stack.push(command)
        self.reload()  # the file as it is now (after a failure too)
        if command.failed:
            return False
        self.statusMessage.emit(done or self.tr("Saved"))
        return True

    def commit_pending(self) -> None:
        """Write any edit still in an input (the window is closing)."""
        if self.editable:
            self.objectives.commit_pending()
            self.cascade.commit_pending()

    flush = commit_pending

    def check(self, field: str, text: str, what: str) -> tuple[Any, str]:
        """``text`` as the value of goal ``field`` and "", or None and why not."""
        if field in ("baseline", "target"):
            try:
                return parse_number(text), ""
            except ValueError:
                return None, self.tr(
                    "“{text}” is not a number (write it like 1250 or 12.5). "
                    "The {what} was not saved."
                ).format(text=short(text, 40), what=what)
        if field == "due_on":
            if not text:
                return None, ""
            try:
                return str(Month.parse(text)), ""
            except BadMonth:
                return None, self.tr(
                    "“{text}” is not a month: write the year and the month like "
                    "2027-03. The month was not saved."
                ).format(text=short(text, 40))
        if field == "title" and not text:
            return None, self.tr("A goal needs a name. It was not saved.")
        limit = MAX_TEXT if field == "actions" else MAX_NAME
        refusal = too_long(self.tr("The {what}").format(what=what), text, limit)
        return text, refusal or ""

    def owner_label(self, person_id: int | None) -> str:
        person = self.people.get(person_id) if person_id is not None else None
        if person is None:
            return ""
        if person.active:
            return person.name
        return self.tr("{name} (inactive)").format(name=person.name)

    def department_combo(self, accessible: str) -> QComboBox:
        return department_combo(self.document.model, self.language, accessible)

    def department_name(self, department: str) -> str:
        return self.document.model.department_name(department, self.language)
