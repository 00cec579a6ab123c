"""The consultant's overview of the round: completeness, coverage, disagreement, open items.

A thin adapter over ``services.overview``: every number comes from ``workshop_overview``;
this module only lays it out. It shows the round being captured, with the people who
answer in it (a follow-up round's participants, as in Capture), and follows a switch
of round. Each change to a follow-up is written at once, as one
command on the workshop's undo stack (``FollowupCommand``); the view refreshes on
``followupChanged``, so an undo from the Edit menu shows here too.
"""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.engagement import Followup
from crm_workshop.gui.commands import FollowupCommand
from crm_workshop.gui.delegates import ProgressDelegate
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.itemmodels import QUESTION_ROLE, Column, RowTableModel
from crm_workshop.gui.tones import tone
from crm_workshop.gui.widgets.followup_editor import FollowupEditor
from crm_workshop.gui.widgets.question_panel import plain_label
from crm_workshop.services.overview import (
    AreaCompleteness,
    Coverage,
    CoverageCell,
    DepartmentCoverage,
    Disagreement,
    OpenItem,
    Overview,
    StakeholderCompleteness,
    Tally,
    workshop_overview,
)

COVERAGE_TINTS = {
    Coverage.ANSWERED: QColor(200, 230, 201),
    Coverage.MISSING: QColor(255, 183, 148),
    Coverage.UNEXPECTED: QColor(222, 222, 222),
}


def _table(model: RowTableModel, name: str, accessible_name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab moves on to the next control
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _percent(fraction: float | None) -> str:
    return "–" if fraction is None else f"{round(fraction * 100)} %"


class OverviewView(QWidget):
    questionActivated = Signal(str)  # double-click or Enter on a question's row
    statusMessage = Signal(str)

    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.overview: Overview | None = None
        self._dirty = False
        self._editing: str | None = None  # question id shown in the follow-up editor
        self._storing = False  # this view's own follow-up command is being done
        self._deactivated: set[int] = set()  # stakeholders deactivated in Set-up

        self.summary_label = plain_label(name="overview_summary_label")
        left = self._build_completeness()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_coverage())
        right_layout.addWidget(self._build_disagreements(), 1)
        right_layout.addWidget(self._build_validation(), 1)
        splitter = QSplitter()
        splitter.setObjectName("overview_splitter")
        splitter.setChildrenCollapsible(False)
        right_scroll = QScrollArea()  # a small screen scrolls instead of overlapping
        right_scroll.setWidget(right)
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)
        # Tab follows the eye: from the table into the editor's fields, row by row
        chain = (self.validation_table, *self.editor.fields)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        # A paste of a hundred answers emits a hundred signals: refresh once after them.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(lambda: self.refresh())
        document.ratingChanged.connect(self._changed)
        document.consensusChanged.connect(self._changed)
        document.setupChanged.connect(self._changed)
        document.followupChanged.connect(self._followup_changed)
        self.refresh()

    # -- sections --------------------------------------------------------------------
    def _build_completeness(self) -> QGroupBox:
        numbers = self._tally_columns(lambda row: row.tally)
        self.area_model = RowTableModel(
            [
                Column(
                    self.tr("Area"),
                    self._area_title,
                    lambda row: (
                        self.tr("%s: %n question(s)", "", row.questions)
                        % self._area_title(row)
                    ),
                ),
                *numbers,
            ],
            bold=lambda row: row.area_id == "",
            parent=self,
        )
        self.area_table = _table(
            self.area_model, "area_completeness_table", self.tr("Completeness per area")
        )
        self.stakeholder_model = RowTableModel(
            [
                Column(self.tr("Stakeholder"), lambda row: row.name, self._person_tip),
                Column(
                    self.tr("Department"), lambda row: self._department(row.department)
                ),
                *numbers,
            ],
            foreground=lambda row: None if row.active else tone("muted"),
            parent=self,
        )
        self.stakeholder_table = _table(
            self.stakeholder_model,
            "stakeholder_completeness_table",
            self.tr("Completeness per stakeholder"),
        )
        for table, first in ((self.area_table, 1), (self.stakeholder_table, 2)):
            table.setItemDelegateForColumn(first + 4, ProgressDelegate(table))
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            for text_column in range(first):  # names and departments share the rest
                header.setSectionResizeMode(text_column, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(first + 4, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(first + 4, 110)
        self.area_table.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        note = plain_label(
            self.tr(
                "Open: questions the people answering in this round have not "
                "answered yet. “Not applicable” and “don't know” count as answered."
            ),
            name="completeness_note_label",
        )
        box = QGroupBox(self.tr("Com&pleteness"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.area_table)
        layout.addWidget(self.stakeholder_table, 1)
        layout.addWidget(note)
        return box

    def _tally_columns(self, tally_of: Callable[[Any], Tally]) -> list[Column]:
        def number(header: str, tip: str, field: Callable[[Tally], int]) -> Column:
            return Column(
                header,
                lambda row: str(field(tally_of(row))),
                lambda _row: tip,
                numeric=True,
            )

        return [
            number(
                self.tr("Level"), self.tr("Answers with a level"), lambda t: t.levels
            ),
            number(
                self.tr("N/A"), self.tr("Not applicable"), lambda t: t.not_applicable
            ),
            number(self.tr("?"), self.tr("Don't know"), lambda t: t.dont_know),
            number(self.tr("Open"), self.tr("Not answered yet"), lambda t: t.open),
            Column(
                self.tr("Complete"),
                lambda row: _percent(tally_of(row).fraction),
                lambda row: (
                    self.tr("%d of %d answered")
                    % (tally_of(row).answered, tally_of(row).expected)
                ),
                fraction=lambda row: tally_of(row).fraction,
                numeric=True,
            ),
        ]

    def _build_coverage(self) -> QGroupBox:
        self.coverage_model = RowTableModel(
            [],
            row_header=lambda row: self._department_header(row),
            row_tooltip=lambda row: self.tr(
                "%n stakeholder(s) answering in this round", "", row.stakeholders
            ),
            parent=self,
        )
        self.coverage_table = _table(
            self.coverage_model,
            "coverage_table",
            self.tr("Coverage: answers per department and area"),
        )
        self.coverage_table.verticalHeader().show()
        self.coverage_table.setAlternatingRowColors(False)
        header = self.coverage_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        legend = QHBoxLayout()
        for status, text in (
            (Coverage.ANSWERED, self.tr("Expected and answered")),
            (Coverage.MISSING, self.tr("Expected but missing")),
            (Coverage.UNEXPECTED, self.tr("Answered though not expected")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            color = COVERAGE_TINTS[status].name()
            swatch.setStyleSheet(f"background: {color}; border: 1px solid #888;")
            legend.addWidget(swatch)
            legend.addWidget(plain_label(text, wrap=False))
            legend.addSpacing(12)
        legend.addStretch()
        self.coverage_table.setAccessibleDescription(
            self.tr(
                "Number of answers each department gave in each area; the model's hint "
                "says which departments should contribute. The number after a "
                "department is how many of its stakeholders answer in this round."
            )
        )
        box = QGroupBox(self.tr("Co&verage: answers per department and area"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.coverage_table, 1)
        layout.addLayout(legend)
        return box

    def _fit_coverage_height(self) -> None:
        """Show every department row; on a small screen the column scrolls instead."""
        table = self.coverage_table
        rows = self.coverage_model.rowCount()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += rows * table.verticalHeader().defaultSectionSize()
        table.setMinimumHeight(min(height, 420))

    def _coverage_columns(self) -> list[Column]:
        def column(position: int, area_id: str) -> Column:
            def cell(row: DepartmentCoverage) -> CoverageCell:
                return row.cells[position]

            return Column(
                "\n".join(textwrap.wrap(self._area_title_of(area_id), 16)),
                lambda row: self._coverage_text(cell(row)),
                lambda row: self._coverage_tip(row, cell(row)),
                background=lambda row: COVERAGE_TINTS.get(cell(row).status),
                numeric=True,
            )

        return [column(n, area.id) for n, area in enumerate(self.document.model.areas)]

    def _build_disagreements(self) -> QGroupBox:
        self.disagreement_model = RowTableModel(
            [
                Column(self.tr("Question"), self._question_text, self._question_tip),
                Column(
                    self.tr("Lowest"),
                    lambda row: f"{row.minimum}: {', '.join(row.lowest)}",
                    lambda row: "\n".join(row.lowest),
                ),
                Column(
                    self.tr("Highest"),
                    lambda row: f"{row.maximum}: {', '.join(row.highest)}",
                    lambda row: "\n".join(row.highest),
                ),
                Column(self.tr("Spread"), lambda row: str(row.spread), numeric=True),
                Column(
                    self.tr("Consensus"),
                    lambda row: (
                        self.tr("not yet") if row.agreed is None else str(row.agreed)
                    ),
                    numeric=True,
                ),
            ],
            question_of=lambda row: row.question_id,
            parent=self,
        )
        self.disagreement_table = _table(
            self.disagreement_model,
            "disagreement_table",
            self.tr("Questions with disagreement"),
        )
        self._stretch_text_columns(self.disagreement_table, (0, 1, 2))
        self.disagreement_table.activated.connect(self._activated)
        box = QGroupBox(self.tr("D&isagreements (answers two or more levels apart)"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.disagreement_table)
        return box

    def _build_validation(self) -> QGroupBox:
        self.validation_model = RowTableModel(
            [
                Column(self.tr("Question"), self._question_text, self._question_tip),
                Column(self.tr("?"), lambda row: str(row.dont_know), numeric=True),
                Column(
                    self.tr("Don't know"),
                    lambda row: ", ".join(row.who),
                    lambda row: "\n".join(row.who),
                ),
                Column(self.tr("Owner"), lambda row: row.owner_name or "–"),
                Column(
                    self.tr("Due"),
                    lambda row: (row.followup.due_on if row.followup else None) or "–",
                    numeric=True,
                ),
                Column(self.tr("Status"), self._status_text, numeric=True),
            ],
            question_of=lambda row: row.question_id,
            foreground=self._status_colour,
            parent=self,
        )
        self.validation_table = _table(
            self.validation_model,
            "validation_table",
            self.tr("Questions that need validation"),
        )
        self._stretch_text_columns(self.validation_table, (0, 2, 3))
        self.validation_table.activated.connect(self._activated)
        self.validation_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_followup(current.row())
        )

        editor = self.editor = FollowupEditor()
        # The editor's fields, under the names they have always had on the view
        self.followup_label = editor.followup_label
        self.owner_combo, self.due_check = editor.owner_combo, editor.due_check
        self.due_edit, self.note_edit = editor.due_edit, editor.note_edit
        self.done_check = editor.done_check
        editor.edited.connect(self._store_followup)

        box = QGroupBox(
            self.tr("Needs va&lidation (don't know answers and follow-ups)")
        )
        layout = QVBoxLayout(box)
        layout.addWidget(self.validation_table, 1)
        layout.addWidget(self.editor)
        self._show_followup(-1)
        return box

    @staticmethod
    def _stretch_text_columns(table: QTableView, columns: Sequence[int]) -> None:
        """Long texts (titles, lists of names) wrap inside the width they get."""
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    # -- texts -----------------------------------------------------------------------
    def _area_title_of(self, area_id: str) -> str:
        if area_id == "":
            return self.tr("All areas")
        return self.document.model.area(area_id).title.get(self.language)

    def _area_title(self, row: AreaCompleteness) -> str:
        return self._area_title_of(row.area_id)

    def _department(self, department: str) -> str:
        if not department:
            return self.tr("No department")
        return self.document.model.department_name(department, self.language)

    def _department_header(self, row: DepartmentCoverage) -> str:
        return f"{self._department(row.department)} ({row.stakeholders})"

    def _person_tip(self, row: StakeholderCompleteness) -> str | None:
        if row.active:
            return None
        if row.stakeholder_id in self._deactivated:
            return self.tr("%s is no longer active") % row.name
        return self.tr("%s does not take part in this round") % row.name

    def _question_text(self, row: Disagreement | OpenItem) -> str:
        question = self.document.model.question(row.question_id)
        return f"{question.id}  {question.title.get(self.language)}"

    def _question_tip(self, row: Disagreement | OpenItem) -> str:
        return self.document.model.question(row.question_id).prompt.get(self.language)

    def _coverage_text(self, cell: CoverageCell) -> str:
        if cell.status is Coverage.MISSING:
            return self.tr("missing")
        if cell.status is Coverage.NONE:
            return ""
        return str(cell.answers)

    def _coverage_tip(self, row: DepartmentCoverage, cell: CoverageCell) -> str:
        department = self._department(row.department)
        area = self._area_title_of(cell.area_id)
        if cell.status is Coverage.ANSWERED:
            text = self.tr(
                "%s gave %n answer(s) in %s, as the model expects.", "", cell.answers
            )
            return text % (department, area)
        if cell.status is Coverage.MISSING:
            return self.tr(
                "The model expects %s to contribute to %s; no answers yet."
            ) % (
                department,
                area,
            )
        if cell.status is Coverage.UNEXPECTED:
            text = self.tr(
                "%s gave %n answer(s) in %s, which the model does not expect.",
                "",
                cell.answers,
            )
            return text % (department, area)
        return self.tr("%s: not expected in %s.") % (department, area)

    def _status_text(self, row: OpenItem) -> str:
        if row.followup is None:
            return self.tr("No follow-up")
        if row.followup.done:
            return self.tr("Done")
        if row.overdue:
            return self.tr("Overdue")
        return self.tr("Open")

    def _status_colour(self, row: OpenItem) -> QColor | None:
        if row.overdue:
            return tone("error")
        if row.followup is not None and row.followup.done:
            return tone("muted")
        return None

    # -- refresh ---------------------------------------------------------------------
    def _changed(self, _question_id: str = "") -> None:
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._dirty = True

    def _followup_changed(self, question_id: str) -> None:
        """A follow-up was stored, undone or redone: show it now (or when shown)."""
        if self._storing or self.isVisible():
            self._editing = question_id  # select the follow-up that changed
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Recompute the overview and show it; keeps the selected follow-up in view."""
        self._dirty = False
        round_ = self.document.round
        if round_ is None or not self.document.is_open:
            self.overview = None
            self.summary_label.setText(self.tr("This workshop has no round yet."))
            return
        overview = workshop_overview(
            self.document.session, round_.id, assessment=self.document.assessment()
        )
        self._deactivated = {
            s.id for s in self.document.session.stakeholders() if not s.active
        }
        self.overview = overview
        total = overview.total
        self.area_model.set_rows(
            [
                *overview.areas,
                AreaCompleteness("", sum(a.questions for a in overview.areas), total),
            ]
        )
        self.stakeholder_model.set_rows(overview.stakeholders)
        self.coverage_model.set_rows(overview.coverage, self._coverage_columns())
        self._fit_coverage_height()
        self._fit_height(self.coverage_table)
        self.disagreement_model.set_rows(overview.disagreements)
        keep = self._editing
        self.validation_model.set_rows(overview.open_items)
        self._select_question(self.validation_table, keep)
        self._fit_height(self.area_table)
        self.summary_label.setText(
            self.tr(
                "Round “%s”: %d of %d answers given (%s) · %d questions with "
                "disagreement · %d need validation, %d overdue"
            )
            % (
                round_.name,
                total.answered,
                total.expected,
                _percent(total.fraction),
                len(overview.disagreements),
                len(overview.open_items),
                overview.overdue,
            )
        )

    @staticmethod
    def _fit_height(table: QTableView, max_rows: int | None = None) -> None:
        """Show every row of a short table (at most ``max_rows``) without empty space."""
        rows = table.model().rowCount()
        shown = max(1, rows if max_rows is None else min(rows, max_rows))
        height = (
            table.horizontalHeader().sizeHint().height()
            + shown * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        table.setFixedHeight(height)

    def _select_question(self, table: QTableView, question_id: str | None) -> None:
        model = table.model()
        assert isinstance(model, RowTableModel)
        row = model.row_of_question(question_id) if question_id else -1
        if row < 0:
            self._show_followup(-1)
            return
        table.selectionModel().setCurrentIndex(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_followup(row)

    def _activated(self, index: QModelIndex) -> None:
        question_id = index.data(QUESTION_ROLE)
        if question_id:
            self.questionActivated.emit(question_id)

    # -- follow-ups ------------------------------------------------------------------
    def _show_followup(self, row: int) -> None:
        """Fill the editor from the follow-up of ``row`` of the validation table."""
        model = self.validation_model
        item: OpenItem | None = model.row(row) if 0 <= row < model.rowCount() else None
        self._editing = item.question_id if item else None
        self.editor.show_followup(
            item.followup if item else None,
            self.document.session.stakeholders(),
            self._question_text(item) if item else None,
        )
        self.editor.setEnabled(item is not None and not self.document.read_only)

    def _store_followup(self) -> None:
        """Write the editor's follow-up at once (an empty one removes it), undoably."""
        question_id = self._editing
        round_ = self.document.round
        if question_id is None or round_ is None or self.document.read_only:
            return
        if not self.document.is_open:  # a last edit while the file is being closed
            return
        row = self.validation_model.row_of_question(question_id)
        stored = self.validation_model.row(row).followup if row >= 0 else None
        new = self.editor.followup(question_id)
        empty = new == Followup(question_id)
        if new == stored or (empty and stored is None):
            return
        command = FollowupCommand(
            self.document,
            question_id,
            None if empty else new,
            self.tr("Follow-up of %s") % question_id,
        )
        self._storing = True
        try:
            self.document.undo_stack.push(command)
        finally:
            self._storing = False
        if not command.failed:
            self.statusMessage.emit(self.tr("Follow-up of %s saved.") % question_id)
