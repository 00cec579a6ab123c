"""The goals page's cascade: the board's goals and their directors' copies.

A tree of board goals, each with its directors' copies (owner, department, their
wording of the goal, planned actions), and the selected goal's form. Removing a board
goal removes its copies in the same undoable step.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.roadmap import Goal, GoalLevel
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.widgets.roadmap_goal_box import GoalBox, list_like
from crm_workshop.gui.widgets.roadmap_goal_models import AddGoalCommand, CascadeModel
from crm_workshop.gui.widgets.setup_common import (
    PlainTextEdit,
    buddy,
    department_value,
    line_edit,
    plain,
    set_text,
    short,
    show_department,
    too_long,
)

if TYPE_CHECKING:
    from crm_workshop.gui.widgets.roadmap_goals import RoadmapGoalsPage


class CascadeBox(GoalBox):
    def __init__(self, page: RoadmapGoalsPage) -> None:
        super().__init__(
            page, self.tr("The board's goals, cascaded to directors"), "cascade_box"
        )
        self.new_edit = line_edit("new_board_goal_edit", self.tr("New board goal"))
        self.new_edit.setPlaceholderText(
            self.tr("e.g. Customer satisfaction +15% by 2027")
        )
        self.new_edit.returnPressed.connect(self.add_board_goal)
        self.add_board_button = QPushButton(self.tr("Add bo&ard goal"))
        self.add_board_button.setObjectName("add_board_goal_button")
        self.add_board_button.clicked.connect(self.add_board_goal)
        self.add_copy_button = QPushButton(self.tr("Add &director's copy"))
        self.add_copy_button.setObjectName("add_director_copy_button")
        self.add_copy_button.clicked.connect(self.add_copy)
        self.remove_button = QPushButton(self.tr("Remo&ve goal"))
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
        self.tree.setAccessibleName(self.tr("Board goals and directors' copies"))
        self.tree.setModel(self.model)
        list_like(self.tree)
        self.tree.setUniformRowHeights(True)
        for column, width in ((0, 300), (1, 150), (2, 110)):
            self.tree.setColumnWidth(column, width)
        self.tree.selectionModel().currentRowChanged.connect(self._switched)
        self.tree.doubleClicked.connect(lambda _i: self.title_edit.setFocus())

        self.title_edit = line_edit("cascade_title_edit", self.tr("Goal"))
        self.title_edit.editingFinished.connect(lambda: self.save("title"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("cascade_owner_combo")
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.owner_combo.activated.connect(lambda _n: self.save("owner_id"))
        self.department_combo = page.department_combo(self.tr("Department"))
        self.department_combo.setObjectName("cascade_department_combo")
        self.department_combo.lineEdit().setAccessibleName(self.tr("Department"))
        self.department_combo.activated.connect(lambda _n: self.save("department"))
        self.department_combo.lineEdit().editingFinished.connect(
            lambda: self.save("department")
        )
        self.actions_edit = PlainTextEdit(
            "cascade_actions_edit", self.tr("Planned actions, one per line")
        )
        self.actions_edit.setMinimumHeight(60)
        self.actions_edit.editingFinished.connect(lambda: self.save("actions"))
        self.title_label = buddy(self.tr("&Goal:"), self.title_edit)
        self.form = QWidget()
        self.form_layout = QFormLayout(self.form)
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout.addRow(self.title_label, self.title_edit)
        self.form_layout.addRow(
            buddy(self.tr("O&wner:"), self.owner_combo), self.owner_combo
        )
        self.form_layout.addRow(
            buddy(self.tr("Departme&nt:"), self.department_combo), self.department_combo
        )
        self.form_layout.addRow(
            buddy(self.tr("Planned a&ctions:"), self.actions_edit), self.actions_edit
        )
        self.empty_label = plain(
            self.tr(
                "No board goal yet. Type one above and press Add; then add a copy "
                "for each director who carries it."
            ),
            name="no_goal_label",
        )
        self.field_names = {
            "title": self.tr("wording"),
            "owner_id": self.tr("owner"),
            "department": self.tr("department"),
            "actions": self.tr("planned actions"),
        }

        add_row = QHBoxLayout()
        add_row.addWidget(buddy(self.tr("New board goa&l:"), self.new_edit))
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
            self.tr("Director's &goal:") if director else self.tr("Board &goal:")
        )
        self.title_edit.setAccessibleName(
            self.tr("Director's copy of the goal")
            if director
            else self.tr("Board goal")
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
            combo.addItem(self.tr("(nobody)"), None)
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
            self.tr("Change the {what} of goal “{name}”").format(
                what=what, name=short(stored.title)
            ),
            edited,
            self.tr("Goal saved"),
        )

    def add_board_goal(self) -> None:
        if not self.page.editable:
            return
        self.commit_pending()
        name = self.new_edit.text().strip()
        refusal = (
            not name and self.tr("Type the board goal first. Nothing was saved.")
        ) or too_long(self.tr("The goal"), name)
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
            self.tr("Add board goal “{name}”").format(name=short(name)),
            Goal(None, GoalLevel.BOARD, name, position=position),
        )
        if self.push(command, self.tr("Board goal added")):
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
        copy = Goal(
            None,
            GoalLevel.DIRECTOR,
            board.title,
            parent_id=board.id,
            position=self.model.copy_count(board_index.row()),
        )
        command = AddGoalCommand(
            self.document,
            self.tr("Add a director's copy of “{name}”").format(
                name=short(board.title)
            ),
            copy,
        )
        if self.push(command, self.tr("Director's copy added")):
            self.select(command.goal_id)
            self.owner_combo.setFocus()

    def remove(self) -> None:
        goal = self.current()
        if goal is None or goal.id is None:
            return
        name = short(goal.title)
        if goal.level is GoalLevel.BOARD:
            copies = self.model.copy_count(self.model.index_of(goal.id).row())
            text = (
                self.tr(
                    "Remove board goal “{name}” and its %n director's copies",
                    "",
                    copies,
                )
                if copies
                else self.tr("Remove board goal “{name}”")
            ).format(name=name)
        else:
            text = self.tr("Remove director's goal “{name}”").format(name=name)
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
            self.tr("Goal removed"),
        )
