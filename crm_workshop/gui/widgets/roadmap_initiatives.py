"""Roadmap page: the initiatives, their details, and the prioritisation matrix.

The table lists the initiatives, numbered as in the matrix below it; the form beside
it edits the selected one (``initiative_form``). Add, duplicate and remove are one
undoable command each, as is every finished edit in the form and every click in the
matrix that picks an initiative for the strategic project list or drops it from there.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.roadmap import Initiative
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.initiative_form import InitiativeForm
from crm_workshop.gui.widgets.initiative_model import (
    ID_ROLE,
    SORT_ROLE,
    InitiativeTableModel,
)
from crm_workshop.gui.widgets.priority_matrix import PriorityMatrix, content_language
from crm_workshop.gui.widgets.progress_initiative_box import InitiativeProgressBox
from crm_workshop.gui.widgets.setup_common import SetupPage, short, tab_chain

KIND = "roadmap"
COLUMN_WIDTHS = (36, 240, 125, 105, 150, 90, 70, 80, 70, 75)
MIN_TITLE = 200


def rounded_level(score: float | None) -> int | None:
    """A question's level now: its score rounded half up."""
    return None if score is None else min(5, max(1, math.floor(score + 0.5)))


class RoadmapInitiativesPage(SetupPage):
    def __init__(
        self,
        document: WorkshopDocument,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(document, language or content_language(document), parent)
        self.setObjectName("roadmap_initiatives_page")
        self._people: dict[int, str] = {}
        self._model = document.model
        self.current_id: int | None = None

        # -- the table ---------------------------------------------------------------------
        self.table_model = InitiativeTableModel(
            lambda owner: self._people.get(owner, "") if owner is not None else "",
            lambda dep: self._model.department_name(dep, self.language),
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("initiative_table")
        self.table.setAccessibleName(self.tr("Initiatives"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(
            InitiativeTableModel.NUMBER, Qt.SortOrder.AscendingOrder
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setMinimumSectionSize(30)
        self.table.viewport().installEventFilter(self)

        self.add_button = QPushButton(self.tr("&New initiative"))
        self.add_button.setObjectName("add_initiative_button")
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setObjectName("duplicate_initiative_button")
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("remove_initiative_button")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addLayout(buttons)
        table_layout.addWidget(self.table, 1)

        # -- the matrix and the form ---------------------------------------------------------
        self.matrix = PriorityMatrix(document, language=self.language)
        self.form = InitiativeForm(document.model, self.language, self.current_level)
        scroll = QScrollArea()
        scroll.setObjectName("initiative_form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.progress_box = InitiativeProgressBox(document)
        self.progress_box.statusMessage.connect(self.statusMessage)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.form)
        holder_layout.addWidget(self.progress_box)
        scroll.setWidget(holder)
        # as wide as the form's rows need in the interface's language: the form
        # scrolls down, never sideways (the table and the matrix give way)
        scroll.setMinimumWidth(
            max(380, holder.minimumSizeHint().width())
            + scroll.verticalScrollBar().sizeHint().width()
        )

        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("initiatives_left_splitter")
        left.addWidget(table_box)
        left.addWidget(self.matrix)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        left.setCollapsible(0, False)
        left.setSizes([300, 500])
        self.splitter = QSplitter()
        self.splitter.setObjectName("initiatives_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([1000, 460])
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter)
        tab_chain(
            (
                self.add_button,
                self.duplicate_button,
                self.remove_button,
                self.table,
                self.matrix,
                self.form.title_edit,
            )
        )

        self.add_button.clicked.connect(self.add_initiative)
        self.duplicate_button.clicked.connect(self.duplicate_initiative)
        self.remove_button.clicked.connect(self.remove_initiative)
        self.table.selectionModel().currentRowChanged.connect(self._switch)
        self.form.edited.connect(self.apply_edit)
        self.problem.connect(self.form.show_message)
        self.matrix.initiativeChosen.connect(self._chosen)
        document.setupChanged.connect(self._setup_changed)
        self._refresh_choices()
        self.reload()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return super().eventFilter(watched, event)

    def _fit_title(self) -> None:
        """The title column takes the room the other columns leave (200 px or more)."""
        others = sum(
            self.table.columnWidth(column)
            for column in range(len(COLUMN_WIDTHS))
            if column != InitiativeTableModel.TITLE
        )
        room = self.table.viewport().width() - others
        self.table.setColumnWidth(InitiativeTableModel.TITLE, max(MIN_TITLE, room))

    @property
    def roadmap(self):
        return self.document.session.roadmap

    # -- reading -----------------------------------------------------------------------
    def current_level(self, question_id: str) -> int | None:
        assessment = self.document.assessment()
        score = assessment.questions.get(question_id) if assessment else None
        return rounded_level(score.score) if score is not None else None

    def _setup_changed(self, what: str) -> None:
        if not self.document.is_open:
            return
        if what != KIND:
            self._refresh_choices()
        if not self.pushing:
            self.reload()

    def _refresh_choices(self) -> None:
        if not self.document.is_open:
            return
        people = self.session.stakeholders()
        self._people = {p.id: p.name for p in people}
        self.form.set_people(people)
        self._model = self.document.model
        self.form.set_model(self._model, self.document.hidden_questions)

    def reload(self) -> None:
        """Show what the file holds, keeping the selected initiative."""
        if not self.document.is_open:
            return
        initiatives = self.roadmap.initiatives()
        keep = self.current_id
        self.table_model.set_initiatives(list(enumerate(initiatives, start=1)))
        if keep is None or self.table_model.row_of(keep) < 0:
            keep = self._id_at(0)
        self.current_id = None
        self.select(keep)
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            button.setEnabled(self.editable)
        has_current = self.current_id is not None
        self.duplicate_button.setEnabled(self.editable and has_current)
        self.remove_button.setEnabled(self.editable and has_current)

    def _id_at(self, view_row: int) -> int | None:
        index = self.proxy.index(view_row, 0)
        return index.data(ID_ROLE) if index.isValid() else None

    def current(self) -> Initiative | None:
        row = self.table_model.row_of(self.current_id)
        return self.table_model.initiative(row) if row >= 0 else None

    def select(self, initiative_id: int | None) -> None:
        row = self.table_model.row_of(initiative_id)
        if row < 0:
            self.current_id = None
            self.table.clearSelection()
            self.form.show_initiative(None, self.editable)
            self.progress_box.show_initiative(None)
            return
        index = self.proxy.mapFromSource(self.table_model.index(row, 0))
        self.current_id = initiative_id
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self.form.show_initiative(self.table_model.initiative(row), self.editable)
        self.progress_box.show_initiative(self.table_model.initiative(row))

    def _chosen(self, initiative_id: int) -> None:
        """The matrix's focus moved to an initiative: show it in the table and form."""
        if initiative_id != self.current_id:
            self.flush()
            self.form.show_message("")
            self.select(initiative_id)

    def _switch(self, current, _previous) -> None:
        initiative_id = current.data(ID_ROLE) if current.isValid() else None
        if initiative_id == self.current_id:
            return
        self.flush()
        self.form.show_message("")
        self.select(initiative_id)

    # -- edits -------------------------------------------------------------------------
    def apply_edit(self, edited: Initiative) -> None:
        stored = self.form.stored
        if not self.editable or stored is None or edited.id is None:
            return
        roadmap = self.roadmap
        command = SetupCommand(
            self.document,
            self._edit_text(stored, edited),
            KIND,
            lambda: roadmap.update_initiative(edited),
            roadmap.update_initiative,
        )
        self.push(command)
        self.reload()

    def _edit_text(self, stored: Initiative, edited: Initiative) -> str:
        fields = {
            "title": self.tr("Rename initiative “{title}”"),
            "moves": self.tr("Questions moved by “{title}”"),
            "strategic": self.tr("Strategic project “{title}”"),
            "status": self.tr("Status of “{title}”"),
        }
        changed = [
            name
            for name in stored.__dataclass_fields__
            if getattr(stored, name) != getattr(edited, name)
        ]
        text = self.tr("Edit initiative “{title}”")
        if len(changed) == 1 and changed[0] in fields:
            text = fields[changed[0]]
        return text.format(title=short(stored.title))

    def _add(self, initiative: Initiative, text: str, done: str) -> None:
        roadmap = self.roadmap
        added: list[Initiative] = []

        def apply() -> int:
            if added:
                roadmap.restore_initiative(added[0])
            else:
                added.append(replace(initiative, id=roadmap.add_initiative(initiative)))
            return added[0].id

        command = SetupCommand(
            self.document, text, KIND, apply, roadmap.remove_initiative
        )
        if self.push(command, done):
            self.current_id = added[0].id
            self.reload()
            self.form.title_edit.setFocus()
            self.form.title_edit.selectAll()

    def add_initiative(self) -> None:
        if not self.editable:
            return
        self.flush()
        title = self.tr("New initiative")
        self._add(Initiative(None, title), title, self.tr("Initiative added"))

    def duplicate_initiative(self) -> None:
        original = self.current()
        if not self.editable or original is None:
            return
        self.flush()
        original = self.current() or original
        copy = replace(
            original,
            id=None,
            title=short(self.tr("{title} (copy)").format(title=original.title), 200),
            strategic=False,
        )
        self._add(
            copy,
            self.tr("Duplicate initiative “{title}”").format(
                title=short(original.title)
            ),
            self.tr("Initiative duplicated"),
        )

    def remove_initiative(self) -> None:
        initiative = self.current()
        if not self.editable or initiative is None:
            return
        progress = self.session.progress
        row = self.proxy.mapFromSource(
            self.table_model.index(self.table_model.row_of(initiative.id), 0)
        ).row()
        neighbour = self._id_at(row + 1 if row + 1 < self.proxy.rowCount() else row - 1)
        command = SetupCommand(
            self.document,
            self.tr("Remove initiative “{title}”").format(
                title=short(initiative.title)
            ),
            KIND,  # its status history and KPI actuals go, and come back, with it
            lambda: progress.remove_initiative(initiative.id),
            progress.restore_initiative,
        )
        if self.push(command, self.tr("Initiative removed; Undo brings it back")):
            self.current_id = neighbour
            self.reload()

    def flush(self) -> None:
        """Write text still being typed in the form."""
        self.form.finish()
