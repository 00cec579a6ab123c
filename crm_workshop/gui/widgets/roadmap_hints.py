"""The analysis' hints: consistency checks and typical risks, for the consultant to judge.

``session.roadmap.hints(round)`` finds them (domain/hints.py); this panel lists them
with their message (hint_texts.py). Confirming or dismissing one is stored at once as
one undoable step; a confirmed hint can go to the risk register or mark a focus area
(the page does that, on ``addRiskRequested`` / ``focusRequested``). Double-click (or
Enter on) a hint about a question to show that question in the capture.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.hints import Hint
from crm_workshop.domain.roadmap import HintDecision
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.hint_texts import (
    SubjectNames,
    hint_message,
    hint_subject,
    hint_title,
)
from crm_workshop.gui.widgets.risk_model import HintModel, HintRow
from crm_workshop.gui.widgets.setup_common import buddy, plain, short, tab_chain

OPEN, CONFIRMED, DISMISSED, ALL = "open", "confirmed", "dismissed", "all"
_SHOWS: dict[str, tuple[HintDecision | None, ...]] = {
    OPEN: (None,),
    CONFIRMED: (HintDecision.CONFIRMED,),
    DISMISSED: (HintDecision.DISMISSED,),
    ALL: (None, HintDecision.CONFIRMED, HintDecision.DISMISSED),
}


class HintsPanel(QGroupBox):
    questionActivated = Signal(str)
    addRiskRequested = Signal(object)  # HintRow
    focusRequested = Signal(object)  # HintRow

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Hints from the analysis"))
        self.setObjectName("hints_panel")
        self.document = document
        self._hints: list[Hint] = []
        self._names = SubjectNames()

        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("hint_filter_combo")
        self.filter_combo.setAccessibleName(self.tr("Show hints"))
        for value in (OPEN, CONFIRMED, DISMISSED, ALL):
            self.filter_combo.addItem("", value)
        self.filter_combo.currentIndexChanged.connect(lambda _n: self._fill())

        self.model = HintModel(self)
        self.table = QTableView()
        self.table.setObjectName("hint_table")
        self.table.setAccessibleName(self.tr("Hints"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HintModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            HintModel.DECISION, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.activated.connect(self._activated)

        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.setObjectName("confirm_hint_button")
        self.confirm_button.setToolTip(self.tr("A real issue here: keep it as a risk"))
        self.confirm_button.clicked.connect(lambda: self.decide(HintDecision.CONFIRMED))
        self.dismiss_button = QPushButton(self.tr("Di&smiss"))
        self.dismiss_button.setObjectName("dismiss_hint_button")
        self.dismiss_button.setToolTip(self.tr("Not an issue here: hide it"))
        self.dismiss_button.clicked.connect(lambda: self.decide(HintDecision.DISMISSED))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopen_hint_button")
        self.reopen_button.clicked.connect(lambda: self.decide(None))
        self.add_risk_button = QPushButton(self.tr("Add to risk re&gister"))
        self.add_risk_button.setObjectName("hint_to_risk_button")
        self.add_risk_button.clicked.connect(self._add_risk)
        self.focus_button = QPushButton(self.tr("Mar&k as focus area"))
        self.focus_button.setObjectName("hint_to_focus_button")
        self.focus_button.clicked.connect(self._focus)
        self.empty_label = plain(name="no_hints_label")

        top = QHBoxLayout()
        top.addWidget(buddy(self.tr("Sho&w:"), self.filter_combo))
        top.addWidget(self.filter_combo, 1)
        buttons = QGridLayout()
        buttons.addWidget(self.confirm_button, 0, 0)
        buttons.addWidget(self.dismiss_button, 0, 1)
        buttons.addWidget(self.reopen_button, 0, 2)
        buttons.addWidget(self.add_risk_button, 1, 0, 1, 2)
        buttons.addWidget(self.focus_button, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        tab_chain(
            (
                self.filter_combo,
                self.table,
                self.confirm_button,
                self.dismiss_button,
                self.reopen_button,
                self.add_risk_button,
                self.focus_button,
            )
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons()
        )

    # -- showing -----------------------------------------------------------------------
    def show_hints(self, hints: Sequence[Hint], names: SubjectNames) -> None:
        self._hints = list(hints)
        self._names = names
        self._fill()

    def show_filter(self, value: str) -> None:
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(value))

    def _fill(self) -> None:
        counts = {
            value: sum(h.decision in shows for h in self._hints)
            for value, shows in _SHOWS.items()
        }
        labels = {
            OPEN: self.tr("Open ({count})"),
            CONFIRMED: self.tr("Confirmed ({count})"),
            DISMISSED: self.tr("Dismissed ({count})"),
            ALL: self.tr("All ({count})"),
        }
        for n in range(self.filter_combo.count()):
            value = self.filter_combo.itemData(n)
            self.filter_combo.setItemText(n, labels[value].format(count=counts[value]))
        keep = self.current()
        shows = _SHOWS[self.filter_combo.currentData() or OPEN]
        rows = [
            HintRow(h, hint_message(h, self._names), hint_title(h.kind))
            for h in self._hints
            if h.decision in shows
        ]
        self.model.set_hints(rows)
        self.table.resizeRowsToContents()
        self.empty_label.setText(
            self.tr("No hints to show.")
            if self._hints
            else self.tr(
                "No hints: the answers and the plan raise none of the typical risks."
            )
        )
        self.empty_label.setVisible(not rows)
        row = self.model.row_of(keep.hint.key if keep else None)
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def current(self) -> HintRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.hint_row(index.row())

    def select(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def _update_buttons(self) -> None:
        row = self.current()
        editable = self.document.is_open and not self.document.read_only
        decision = None if row is None else row.hint.decision
        has = row is not None and editable
        self.confirm_button.setEnabled(has and decision is not HintDecision.CONFIRMED)
        self.dismiss_button.setEnabled(has and decision is not HintDecision.DISMISSED)
        self.reopen_button.setEnabled(has and decision is not None)
        self.add_risk_button.setEnabled(has and decision is HintDecision.CONFIRMED)
        self.focus_button.setEnabled(
            has
            and decision is not HintDecision.DISMISSED
            and hint_subject(row.hint) is not None  # type: ignore[union-attr]
        )

    # -- actions -----------------------------------------------------------------------
    def decide(self, decision: HintDecision | None) -> bool:
        """Store the decision on the selected hint, as one undoable step."""
        row = self.current()
        if row is None or not self.document.is_open or self.document.read_only:
            return False
        key = row.hint.key
        roadmap = self.document.session.roadmap
        texts = {
            HintDecision.CONFIRMED: self.tr("Confirm hint “{hint}”"),
            HintDecision.DISMISSED: self.tr("Dismiss hint “{hint}”"),
            None: self.tr("Reopen hint “{hint}”"),
        }
        command = SetupCommand(
            self.document,
            texts[decision].format(hint=short(row.title)),
            "roadmap",
            lambda: roadmap.decide_hint(key, decision),
            lambda previous: roadmap.decide_hint(key, previous),
        )
        self.document.undo_stack.push(command)
        return not command.failed

    def _add_risk(self) -> None:
        row = self.current()
        if row is not None:
            self.addRiskRequested.emit(row)

    def _focus(self) -> None:
        row = self.current()
        if row is not None:
            self.focusRequested.emit(row)

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        question_id = self.model.hint_row(index.row()).hint.question_ids
        if question_id:
            self.questionActivated.emit(question_id[0])
