"""The Progress tab: two rounds compared, the plan checked, follow-up rounds started.

Choose the round and the round to compare it with (the latest against the one before,
by default). The radar lays the later round over the earlier one, with what the
roadmap planned by the round's date; the table gives each area's and each question's
change; the slippage list names the questions behind the plan, and each entry (like
each question of the table) jumps to its question in Capture. "New follow-up round…"
creates a round, pre-filled if asked, and switches Capture to it (one undo step).
Everything is read through ``session.progress`` (rules: ``domain/progress.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.gui import i18n
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.itemmodels import QUESTION_ROLE, RowTableModel
from crm_workshop.gui.widgets.chart_canvas import FigureHost
from crm_workshop.gui.widgets.progress_commands import StartFollowUpCommand
from crm_workshop.gui.widgets.progress_models import (
    change_color,
    change_columns,
    change_rows,
    number,
    signed_change,
    slip_columns,
    slip_rows,
)
from crm_workshop.gui.widgets.progress_round_dialog import FollowUpRoundDialog
from crm_workshop.gui.widgets.setup_common import buddy
from crm_workshop.services.progress import FollowUp


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _table(model: RowTableModel, name: str, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class ProgressView(QWidget):
    questionActivated = Signal(str)
    statusMessage = Signal(str)
    exportRequested = Signal()

    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self.setObjectName("progress_view")
        self._dirty = True

        # -- the rounds compared ------------------------------------------------------------
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("progress_round_combo")
        self.round_combo.setAccessibleName(self.tr("Round"))
        self.against_combo = QComboBox()
        self.against_combo.setObjectName("progress_against_combo")
        self.against_combo.setAccessibleName(self.tr("Compared with"))
        round_label = buddy(self.tr("&Round:"), self.round_combo)
        against_label = buddy(self.tr("compared &with:"), self.against_combo)
        self.new_round_button = QPushButton(self.tr("&New follow-up round…"))
        self.new_round_button.setObjectName("new_follow_up_button")
        self.export_button = QPushButton(self.tr("&Export progress PDF…"))
        self.export_button.setObjectName("export_progress_button")
        top = QHBoxLayout()
        for widget in (
            round_label,
            self.round_combo,
            against_label,
            self.against_combo,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.new_round_button)
        top.addWidget(self.export_button)

        self.summary_label = _plain(name="progress_summary_label")
        self.empty_label = _plain(
            self.tr(
                "Only one assessment round so far. Start a follow-up round (for "
                "example each quarter) to see what changed and how the roadmap is "
                "doing."
            ),
            "progress_empty_label",
        )

        # -- radar, changes, slippage ----------------------------------------------------------
        self.radar = FigureHost()
        self.radar.setObjectName("progress_radar")
        self.radar.setAccessibleName(self.tr("Radar: the two rounds and the plan"))
        self.radar.setMinimumSize(340, 320)
        self.change_model = RowTableModel(
            change_columns("", ""),
            question_of=lambda row: row.question_id,
            foreground=change_color,
            bold=lambda row: row.question_id is None,
            parent=self,
        )
        self.change_table = _table(
            self.change_model,
            "progress_change_table",
            self.tr("Changes per area and question"),
        )
        self.slip_model = RowTableModel(
            slip_columns(), question_of=lambda row: row.question_id, parent=self
        )
        self.slip_table = _table(
            self.slip_model, "progress_slip_table", self.tr("Questions behind the plan")
        )
        self.slip_title = _plain(name="progress_slip_title")
        self.slip_title.setStyleSheet("font-weight: bold;")
        self.slip_note = _plain(name="progress_slip_note")
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("progress_right_splitter")
        changes_box = QWidget()
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_title = _plain(self.tr("Changes per area and question"))
        changes_title.setStyleSheet("font-weight: bold;")
        changes_layout.addWidget(changes_title)
        changes_layout.addWidget(self.change_table, 1)
        slip_box = self._slip_box = QWidget()
        slip_layout = QVBoxLayout(slip_box)
        slip_layout.setContentsMargins(0, 0, 0, 0)
        slip_layout.addWidget(self.slip_title)
        slip_layout.addWidget(self.slip_table, 1)
        slip_layout.addWidget(self.slip_note)
        right.addWidget(changes_box)
        right.addWidget(slip_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("progress_splitter")
        self.splitter.addWidget(self.radar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        # the radar's own size would take most of a small window: start at 5 : 6
        self.splitter.setSizes([5000, 6000])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.splitter, 1)

        # -- wiring ----------------------------------------------------------------------
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._refresh_if_shown)
        self.round_combo.activated.connect(lambda _i: self.refresh())
        self.against_combo.activated.connect(lambda _i: self.refresh())
        self.new_round_button.clicked.connect(self.start_follow_up)
        self.export_button.clicked.connect(self.exportRequested.emit)
        self.change_table.activated.connect(self._activated)
        self.slip_table.activated.connect(self._activated)
        self.change_table.doubleClicked.connect(self._activated)
        self.slip_table.doubleClicked.connect(self._activated)
        document.ratingChanged.connect(self._changed)
        document.consensusChanged.connect(self._changed)
        document.setupChanged.connect(self._setup_changed)
        self.fill_rounds()
        self.refresh()

    # -- the rounds ------------------------------------------------------------------------
    def fill_rounds(
        self, round_id: int | None = None, against_id: int | None = None
    ) -> None:
        """Fill both combos (the latest first); keep the choice, else latest vs previous."""
        if not self.document.is_open:
            return
        rounds = self.document.session.rounds()
        ids = [r.id for r in rounds]
        keep = round_id if round_id in ids else self.round_combo.currentData()
        other = against_id if against_id in ids else self.against_combo.currentData()
        if keep not in ids:
            keep = ids[-1] if ids else None
        if other not in ids or other == keep:
            previous = (
                self.document.session.progress.previous_round(keep) if keep else None
            )
            other = (
                previous.id if previous else next((i for i in ids if i != keep), None)
            )
        for combo, chosen in ((self.round_combo, keep), (self.against_combo, other)):
            blocker = combo.blockSignals(True)
            combo.clear()
            for round_ in reversed(rounds):
                combo.addItem(
                    f"{round_.name}  ({i18n.date_text(round_.held_on)})", round_.id
                )
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(blocker)
        self.new_round_button.setEnabled(not self.document.read_only)

    def chosen(self) -> tuple[int | None, int | None]:
        return self.round_combo.currentData(), self.against_combo.currentData()

    # -- refreshing -------------------------------------------------------------------------
    def _changed(self, _what: str = "") -> None:
        self._dirty = True
        self._timer.start()

    def _setup_changed(self, _what: str) -> None:
        if self.document.is_open:
            self.fill_rounds()
        self._changed()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def _fit_slippage(self) -> None:
        """The slippage list takes the rows it has (up to eight, then it scrolls);
        the table of changes gets the rest of the height."""
        table = self.slip_table
        rows = max(1, min(self.slip_model.rowCount(), 8))
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        self._slip_box.setMaximumHeight(self._slip_box.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Read both rounds and the plan, and show them."""
        if not self.document.is_open:
            return
        self._dirty = False
        session = self.document.session
        round_id, against_id = self.chosen()
        rounds = {r.id: r for r in session.rounds()}
        comparable = (
            round_id in rounds and against_id in rounds and round_id != against_id
        )
        self.empty_label.setVisible(len(rounds) < 2)
        self.splitter.setVisible(comparable)
        self.export_button.setEnabled(len(rounds) >= 2)
        if not comparable:
            self.summary_label.setText(
                self.tr("Choose two different rounds to compare.")
                if len(rounds) >= 2
                else ""
            )
            self.change_model.set_rows([])
            self.slip_model.set_rows([])
            return
        current, previous = rounds[round_id], rounds[against_id]
        progress = session.progress
        model = self.document.model
        comparison = progress.compare(current.id, previous.id)
        check = progress.check_plan(current.id)
        self.change_model.set_rows(
            change_rows(model, comparison, self.language),
            change_columns(previous.name, current.name),
        )
        self.slip_model.set_rows(slip_rows(model, check, self.language))
        self._fit_slippage()
        self._show_summary(current.name, previous.name, comparison, check)
        self._show_slippage(check)
        self._draw(model, comparison, check, current.name, previous.name)

    def _show_summary(self, current, previous, comparison, check) -> None:  # type: ignore[no-untyped-def]
        carried = len(
            self.document.session.progress.carried(self.round_combo.currentData())
        )
        parts = [
            self.tr("Overall maturity %s in “%s” against %s in “%s” (%s).")
            % (
                number(comparison.index_after),
                current,
                number(comparison.index_before),
                previous,
                signed_change(comparison.index_before, comparison.index_after),
            ),
            self.tr("Up a level: %d · down a level: %d.")
            % (len(comparison.moved_up), len(comparison.moved_down)),
        ]
        if check is not None:
            parts.append(self.tr("Behind the plan: %d.") % len(check.slipped))
        if carried:
            parts.append(self.tr("Answers still carried over: %d.") % carried)
        self.summary_label.setText("  ".join(parts))

    def _show_slippage(self, check) -> None:  # type: ignore[no-untyped-def]
        if check is None:
            self.slip_title.setText(self.tr("Behind the plan"))
            self.slip_note.setText(self.tr("There is no roadmap plan to compare with."))
            return
        month = str(check.due_by)
        self.slip_title.setText(
            self.tr("Behind the plan: levels due by the end of %s not reached") % month
        )
        notes = []
        if not check.slipped:
            notes.append(self.tr("No question has slipped."))
        if check.not_reassessed:
            notes.append(
                self.tr("Not re-assessed in this round: %s.")
                % ", ".join(q.question_id for q in check.not_reassessed)
            )
        self.slip_note.setText(" ".join(notes))
        self.slip_note.setVisible(bool(notes))

    def _draw(self, model, comparison, check, current: str, previous: str) -> None:  # type: ignore[no-untyped-def]
        from crm_workshop.charts.progress import draw_round_overlay

        self.radar.ensure()
        planned = None
        if check is not None:
            values = {a.area_id: a.planned for a in check.areas}
            planned = [values.get(area.id) for area in model.areas]
        draw_round_overlay(
            self.radar.figure,
            [area.title.get(self.language) for area in model.areas],
            [a.before for a in comparison.areas],
            [a.after for a in comparison.areas],
            earlier_label=previous,
            later_label=current,
            planned=planned,
            planned_label=self.tr("Planned by the end of %s") % check.due_by
            if check is not None
            else "",
            font_size=8.5,
        )
        self.radar.canvas.draw_idle()

    # -- actions -----------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        question_id = index.data(QUESTION_ROLE)
        if question_id:
            self.questionActivated.emit(question_id)

    def ask_follow_up(self) -> FollowUp | None:
        """The new round the user asks for (tests replace this)."""
        return FollowUpRoundDialog.ask(self.document, self)

    def start_follow_up(self) -> None:
        if self.document.read_only:
            self.statusMessage.emit(self.tr("This workshop is open read-only."))
            return
        follow_up = self.ask_follow_up()
        if follow_up is None:
            return
        command = StartFollowUpCommand(
            self.document,
            follow_up,
            self.tr("New follow-up round “%s”") % follow_up.name,
        )
        self.document.undo_stack.push(command)
        if command.failed or command.round_id is None:
            return
        self.fill_rounds(command.round_id, follow_up.prefill_from)
        self.refresh()
        self.statusMessage.emit(
            self.tr("Round “%s” started; Capture now records it") % follow_up.name
        )
