"""The questions an initiative moves: a table of moves and the picker that edits it.

Mixed into the initiative form: choosing a question offers its current level as the
start, choosing a move shows it in the picker, and setting or removing a move hands on
the whole edited initiative like any other field (a move that does not rise is
refused with a message under the form).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.roadmap import Initiative, Move
from crm_workshop.gui.widgets.initiative_model import MoveTableModel, cell_text
from crm_workshop.gui.widgets.setup_common import buddy


class MovesEditor:
    """The moves part of ``InitiativeForm`` (a QWidget: ``tr`` and the form's state)."""

    language: str
    stored: Initiative | None
    tr: Callable[..., str]
    _current_level: Callable[[str], int | None]
    _model: MaturityModel
    _hidden: frozenset[str]
    show_message: Callable[[str], None]
    refuse: Callable[[str], None]
    edited_initiative: Callable[[], Initiative]
    _hand_on: Callable[[Initiative], None]

    def _build_moves(self) -> QGroupBox:
        self.moves_model = MoveTableModel(self.question_text, self)
        self.moves_table = QTableView()
        self.moves_table.setObjectName("moves_table")
        self.moves_table.setAccessibleName(self.tr("Questions this initiative moves"))
        self.moves_table.setModel(self.moves_model)
        self.moves_table.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.moves_table.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection
        )
        self.moves_table.setTabKeyNavigation(False)
        self.moves_table.setWordWrap(False)
        self.moves_table.verticalHeader().hide()
        header = self.moves_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.moves_table.setMinimumHeight(110)
        self.question_combo = QComboBox()
        self.question_combo.setObjectName("move_question_combo")
        self.question_combo.setAccessibleName(self.tr("Question to move"))
        self.question_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question_combo.setMinimumContentsLength(16)
        self.from_spin = self._level_spin("move_from_spin", self.tr("From level"))
        self.to_spin = self._level_spin("move_to_spin", self.tr("To level"))
        self.set_move_button = QPushButton(self.tr("Set &move"))
        self.set_move_button.setObjectName("set_move_button")
        self.remove_move_button = QPushButton(self.tr("Remo&ve move"))
        self.remove_move_button.setObjectName("remove_move_button")
        moves_box = QGroupBox(self.tr("Questions it moves"))
        moves_layout = QVBoxLayout(moves_box)
        moves_layout.addWidget(self.moves_table, 1)
        pick = QHBoxLayout()
        pick.addWidget(buddy(self.tr("&Question:"), self.question_combo))
        pick.addWidget(self.question_combo, 1)
        moves_layout.addLayout(pick)
        levels = QHBoxLayout()
        levels.addWidget(buddy(self.tr("&From:"), self.from_spin))
        levels.addWidget(self.from_spin)
        levels.addWidget(buddy(self.tr("&To:"), self.to_spin))
        levels.addWidget(self.to_spin)
        levels.addStretch(1)
        levels.addWidget(self.set_move_button)
        levels.addWidget(self.remove_move_button)
        moves_layout.addLayout(levels)
        return moves_box

    def _connect_moves(self) -> None:
        self.question_combo.currentIndexChanged.connect(self._question_picked)
        self.moves_table.selectionModel().currentRowChanged.connect(self._move_picked)
        self.set_move_button.clicked.connect(self.set_move)
        self.remove_move_button.clicked.connect(self.remove_move)

    def _level_spin(self, name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(1, 5)
        return spin

    # -- choices -----------------------------------------------------------------------
    def question_text(self, question_id: str) -> str:
        if not self._model.has_question(question_id):
            return question_id
        title = self._model.question(question_id).title.get(self.language)
        text = f"{question_id} {title}"
        if question_id in self._hidden:
            return self.tr("{question} (hidden)").format(question=text)
        return text

    def set_model(self, model: MaturityModel, hidden: frozenset[str]) -> None:
        """The questions to choose from: the model's, hidden ones left out."""
        self._model = model
        self._hidden = hidden
        keep = self.question_combo.currentData()
        with QSignalBlocker(self.question_combo):
            self.question_combo.clear()
            for question in model.questions():
                if question.id not in hidden:
                    self.question_combo.addItem(
                        cell_text(self.question_text(question.id), 90), question.id
                    )
            self.question_combo.setCurrentIndex(
                max(self.question_combo.findData(keep), 0)
            )
        self._question_picked()

    def _question_picked(self) -> None:
        question_id = self.question_combo.currentData()
        if question_id is None:
            return
        level = self._current_level(question_id) or 1
        self.from_spin.setValue(min(level, 4))
        self.to_spin.setValue(min(level + 1, 5))

    def _move_picked(self) -> None:
        row = self.moves_table.currentIndex().row()
        if row < 0:
            return
        move = self.moves_model.move(row)
        found = self.question_combo.findData(move.question_id)
        if found >= 0:
            with QSignalBlocker(self.question_combo):
                self.question_combo.setCurrentIndex(found)
        self.from_spin.setValue(move.from_level)
        self.to_spin.setValue(move.to_level)

    # -- edits -------------------------------------------------------------------------
    def set_move(self) -> None:
        """Add the chosen move, or change the move of the chosen question."""
        question_id = self.question_combo.currentData()
        if self.stored is None or question_id is None:
            return
        low, high = self.from_spin.value(), self.to_spin.value()
        if high <= low:
            self.show_message(
                self.tr(
                    "The level to reach ({to}) must be above the starting level "
                    "({from_}). Nothing was saved."
                ).format(to=high, from_=low)
            )
            return
        moves = [m for m in self.stored.moves if m.question_id != question_id]
        moves.append(Move(question_id, low, high))
        order = {q.id: n for n, q in enumerate(self._model.questions())}
        moves.sort(key=lambda m: order.get(m.question_id, len(order)))
        self._with_moves(tuple(moves))

    def remove_move(self) -> None:
        row = self.moves_table.currentIndex().row()
        if self.stored is None or row < 0:
            return
        moves = list(self.stored.moves)
        del moves[row]
        self._with_moves(tuple(moves))

    def _with_moves(self, moves: tuple[Move, ...]) -> None:
        try:
            edited = self.edited_initiative()
        except ValueError as exc:
            self.refuse(str(exc))
            return
        self._hand_on(replace(edited, moves=moves))
