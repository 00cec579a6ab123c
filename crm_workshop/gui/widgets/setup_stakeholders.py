"""Set-up page 2: the client's stakeholders.

Add through the row of inputs above the table, edit in the table (double-click or F2;
the department is an editable combo of the model's departments), deactivate or
reactivate with the button or the Active check box, or import a CSV file
(services/stakeholders_csv.py). Nobody is ever deleted: a stakeholder may already
have answers, attend sessions or own follow-ups, so leaving the workshop means
becoming inactive. Every edit is one undoable command; undoing an add removes the
person again (they cannot have answers yet), undoing an import undoes all of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.gui.commands import (
    AddStakeholderCommand,
    ImportStakeholdersCommand,
    StakeholderCommand,
)
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.setup_common import (
    MAX_NAME,
    SetupPage,
    buddy,
    department_combo,
    department_value,
    line_edit,
    plain,
    short,
    tab_chain,
    too_long,
)
from crm_workshop.gui.widgets.setup_import import ImportProblemsView, problem_lines
from crm_workshop.gui.widgets.setup_stakeholder_model import (
    DepartmentDelegate,
    StakeholderTableModel,
)
from crm_workshop.services.stakeholders_csv import MAX_EMAIL


class StakeholdersPage(SetupPage):
    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(document, language, parent)
        model = document.model
        # -- the row that adds a stakeholder ---------------------------------------------
        self.name_edit = line_edit("new_name_edit", self.tr("New stakeholder's name"))
        self.role_edit = line_edit("new_role_edit", self.tr("New stakeholder's role"))
        self.department_combo = department_combo(
            model, language, self.tr("New stakeholder's department")
        )
        self.department_combo.setObjectName("new_department_combo")
        self.email_edit = line_edit(
            "new_email_edit", self.tr("New stakeholder's e-mail")
        )
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("add_stakeholder_button")
        self.add_button.clicked.connect(self.add_stakeholder)
        for edit in (self.name_edit, self.role_edit, self.email_edit):
            edit.returnPressed.connect(self.add_stakeholder)
        add_row = QHBoxLayout()
        for label, widget, stretch in (
            (self.tr("&Name:"), self.name_edit, 3),
            (self.tr("&Role:"), self.role_edit, 2),
            (self.tr("&Department:"), self.department_combo, 2),
            (self.tr("E-&mail:"), self.email_edit, 3),
        ):
            add_row.addWidget(buddy(label, widget))
            add_row.addWidget(widget, stretch)
        add_row.addWidget(self.add_button)

        # -- the table ----------------------------------------------------------------
        self.table_model = StakeholderTableModel(
            lambda dep: model.department_name(dep, language), self._apply_edit, self
        )
        self.table = QTableView()
        self.table.setObjectName("stakeholder_table")
        self.table.setAccessibleName(self.tr("Stakeholders"))
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as elsewhere
        self.table.setItemDelegateForColumn(
            StakeholderTableModel.DEPARTMENT,
            DepartmentDelegate(
                lambda: department_combo(model, language, self.tr("Department")),
                self.table,
            ),
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in ((0, 260), (1, 240), (2, 200), (3, 280), (4, 70)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(
            StakeholderTableModel.EMAIL, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table_model.dataChanged.connect(self._update_buttons)
        self.table_model.dataChanged.connect(self._update_count)

        self.active_button = QPushButton(self.tr("Deac&tivate"))
        self.active_button.setObjectName("active_button")
        self.active_button.clicked.connect(self.toggle_active)
        self.import_button = QPushButton(self.tr("Im&port from CSV…"))
        self.import_button.setObjectName("import_button")
        self.import_button.clicked.connect(self.import_csv)
        self.count_label = plain(name="stakeholder_count_label", wrap=False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.active_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        self.help_label = plain(
            self.tr(
                "Double-click a cell or press F2 to edit it. Nobody is deleted: people "
                "who leave the workshop are deactivated and keep their answers. CSV "
                "columns: name, role, department, email (comma or semicolon, UTF-8)."
            ),
            name="stakeholder_help_label",
        )
        self.import_problems = ImportProblemsView()

        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.import_problems)
        layout.addWidget(self.help_label)
        tab_chain(
            (
                self.name_edit,
                self.role_edit,
                self.department_combo,
                self.email_edit,
                self.add_button,
                self.table,
                self.active_button,
                self.import_button,
            )
        )
        self.reload()

    # -- the chooser (tests replace it) ------------------------------------------------
    def ask_csv_path(self) -> str | None:
        from crm_workshop.gui.dialogs import CSV, remember, start_in

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import stakeholders"),
            start_in(self, CSV),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        return remember(self, CSV, path or None)

    # -- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        if not self.document.is_open:
            return
        selected = self.current()
        people = self.session.stakeholders()
        self.table_model.editable = self.editable
        self.table_model.set_stakeholders(people)
        self._update_count()
        if selected is not None:
            self.select(selected.id)
        for widget in (
            self.name_edit,
            self.role_edit,
            self.department_combo,
            self.email_edit,
            self.add_button,
            self.import_button,
        ):
            widget.setEnabled(self.editable)
        self._update_buttons()

    def _update_count(self) -> None:
        model = self.table_model
        people = [model.stakeholder(row) for row in range(model.rowCount())]
        active = sum(p.active for p in people)
        self.count_label.setText(
            self.tr("{active} active, {inactive} inactive").format(
                active=active, inactive=len(people) - active
            )
        )

    def current(self) -> Stakeholder | None:
        row = self.table.currentIndex().row()
        return self.table_model.stakeholder(row) if row >= 0 else None

    def select(self, stakeholder_id: int) -> None:
        row = self.table_model.row_of(stakeholder_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.table_model.index(row, 0))

    def _update_buttons(self) -> None:
        person = self.current()
        self.active_button.setEnabled(self.editable and person is not None)
        if person is not None and not person.active:
            self.active_button.setText(self.tr("Reac&tivate"))
        else:
            self.active_button.setText(self.tr("Deac&tivate"))

    # -- checks ------------------------------------------------------------------------
    def problem_with(self, person: Stakeholder, others: Sequence[Stakeholder]) -> str:
        """Why ``person`` cannot be stored, or "" when it can."""
        name = person.name.strip()
        if not name:
            return self.tr("A stakeholder needs a name. Nothing was saved.")
        for what, text in (
            (self.tr("The name"), name),
            (self.tr("The role"), person.role),
            (self.tr("The department"), person.department),
        ):
            refusal = too_long(what, text, MAX_NAME)
            if refusal:
                return refusal
        email = person.email
        if email and (
            len(email) > MAX_EMAIL
            or any(c.isspace() for c in email)
            or email.count("@") != 1
            or "." not in email.split("@")[1]
        ):
            return self.tr(
                "“{email}” is not an e-mail address (like name@example.com). "
                "Nothing was saved."
            ).format(email=email[:80])
        folded = name.casefold()
        for other in others:
            if other.id != person.id and other.name.casefold() == folded:
                return self.tr(
                    "There is already a stakeholder called “{name}”. Names must be "
                    "unique; add a department or an initial to tell them apart."
                ).format(name=other.name[:80])
        return ""

    # -- edits -------------------------------------------------------------------------
    def _apply_edit(self, old: Stakeholder, new: Stakeholder) -> bool:
        if not self.editable:
            return False
        new = replace(new, name=new.name.strip())
        refusal = self.problem_with(new, self.session.stakeholders())
        if refusal:
            self.refuse(refusal)
            return False
        name = short(old.name)
        message = ""
        if old.active != new.active:
            message = (
                self.tr("{name} is active again")
                if new.active
                else self.tr("{name} is inactive; their answers are kept")
            ).format(name=short(new.name, 80))
            text = (
                self.tr("Reactivate {name}")
                if new.active
                else self.tr("Deactivate {name}")
            ).format(name=name)
        else:
            text = self.tr("Edit {name}").format(name=name)
        return self.push(StakeholderCommand(self.document, text, new), message)

    def add_stakeholder(self) -> None:
        if not self.editable:
            return
        person = Stakeholder(
            0,
            self.name_edit.text().strip(),
            self.role_edit.text().strip(),
            department_value(self.department_combo),
            self.email_edit.text().strip(),
        )
        refusal = self.problem_with(person, self.session.stakeholders())
        if refusal:
            self.refuse(refusal)
            return
        command = AddStakeholderCommand(
            self.document,
            self.tr("Add {name}").format(name=short(person.name)),
            person,
        )
        if self.push(
            command, self.tr("{name} added").format(name=short(person.name, 80))
        ):
            self.reload()
            assert command.added is not None
            self.select(command.added.id)
            for edit in (self.name_edit, self.role_edit, self.email_edit):
                edit.clear()
            self.department_combo.setCurrentIndex(0)
            self.name_edit.setFocus()

    def toggle_active(self) -> None:
        person = self.current()
        if person is None:
            return
        index = self.table_model.index(
            self.table_model.row_of(person.id), StakeholderTableModel.ACTIVE
        )
        state = Qt.CheckState.Unchecked if person.active else Qt.CheckState.Checked
        self.table_model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)

    def import_csv(self) -> None:
        if not self.editable:
            return
        path = self.ask_csv_path()
        if not path:
            return
        command = ImportStakeholdersCommand(self.document, path)

        def done(command: ImportStakeholdersCommand) -> str:
            result = command.result
            assert result is not None
            return self.tr(
                "Imported from CSV: {added} added, {updated} updated, "
                "{unchanged} unchanged"
            ).format(
                added=len(result.added),
                updated=len(result.updated),
                unchanged=len(result.unchanged),
            )

        if self.push(command, done):  # type: ignore[arg-type]
            self.import_problems.hide()
            self.reload()
        elif command.csv_error is not None:
            problems = command.csv_error.problems
            self.import_problems.show_problems(
                self.tr(
                    "Nothing was imported from “{file}”. Correct these lines and "
                    "import the file again:"
                ).format(file=Path(path).name),
                problem_lines(problems),
            )
            self.refuse(
                self.tr(
                    "The CSV file was not imported: %n problem(s).", "", len(problems)
                )
            )
