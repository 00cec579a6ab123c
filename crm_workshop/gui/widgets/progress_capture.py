"""Capture's part in progress tracking: which round is captured, who takes part in it,
and the answers carried over from an earlier round.

``RoundSelector`` switches the round being captured (an undoable step, see
``progress_commands``). ``round_people`` is who answers in the round: its recorded
participants, or every active stakeholder for a round that records none (a baseline
made before rounds recorded people). ``CarriedAnswerTableModel`` marks answers still
carried over ("↻", italic, a tooltip naming the round); ``CarriedBar`` says how many
the question has and confirms them as they are. Giving an answer anew confirms it too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.gui import i18n
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.itemmodels import AnswerTableModel
from crm_workshop.gui.tones import set_tone, tone
from crm_workshop.gui.widgets.progress_commands import (
    ConfirmCarriedCommand,
    SwitchRoundCommand,
)


def round_people(document: WorkshopDocument) -> list[Stakeholder]:
    """Who answers in the round being captured."""
    round_id = document.round.id if document.round else None
    return document.session.progress.people(round_id)


def round_names(document: WorkshopDocument) -> dict[int, str]:
    return {r.id: r.name for r in document.session.rounds()}


class CarriedAnswerTableModel(AnswerTableModel):
    """The capture table, with answers still carried over from an earlier round
    marked: "↻" after the level, italic, and a tooltip saying from where."""

    def __init__(self, document: WorkshopDocument, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document = document
        self._carried: dict[int, int | None] = {}  # stakeholder -> from round

    def set_ratings(self, ratings) -> None:  # type: ignore[no-untyped-def]
        self._carried = {}
        document = self._document
        if ratings and document.round is not None and document.is_open:
            question_id = next(iter(ratings.values())).question_id
            for mark in document.session.progress.carried(
                document.round.id, question_id
            ):
                if mark.stakeholder_id is not None:
                    self._carried[mark.stakeholder_id] = mark.from_round_id
        super().set_ratings(ratings)

    def is_carried(self, row: int) -> bool:
        return self.stakeholder(row).id in self._carried

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        value = super().data(index, role)
        if not index.isValid() or index.column() not in (self.CURRENT, self.TARGET):
            return value
        if not 0 <= index.row() < self.rowCount():
            return value
        person = self.stakeholder(index.row())
        if person.id not in self._carried:
            return value
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.CURRENT:
            return f"{value} ↻" if value else value
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(value) if isinstance(value, QFont) else QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return tone("carried")
        if role == Qt.ItemDataRole.ToolTipRole:
            source = round_names(self._document).get(self._carried[person.id] or -1, "")
            return QCoreApplication.translate(
                "CarriedAnswerTableModel",
                "Carried over from “%s”: press the level again to confirm it, or "
                "give a new answer",
            ) % (source or "?")
        return value


class RoundSelector(QComboBox):
    """The round being captured; choosing another is an undoable switch."""

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.setObjectName("capture_round_combo")
        self.setAccessibleName(self.tr("Round being captured"))
        self.activated.connect(self._chosen)
        # a bound method: the connection ends with this combo (a lambda would outlive it)
        document.setupChanged.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        if not self.document.is_open:
            return
        blocker = self.blockSignals(True)
        self.clear()
        for round_ in reversed(self.document.session.rounds()):  # the latest first
            self.addItem(
                f"{round_.name}  ({i18n.date_text(round_.held_on)})", round_.id
            )
        current = self.document.round.id if self.document.round else None
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(blocker)
        self.setEnabled(self.count() > 1)

    def _chosen(self, _index: int) -> None:
        round_id = self.currentData()
        document = self.document
        if document.round is not None and round_id == document.round.id:
            return
        chosen = next((r for r in document.session.rounds() if r.id == round_id), None)
        if chosen is None:
            return
        document.undo_stack.push(
            SwitchRoundCommand(
                document, chosen, self.tr("Capture round “%s”") % chosen.name
            )
        )


class CarriedBar(QWidget):
    """Under the answers: how many of this question's answers are carried over, and a
    button that confirms them as they are (one undoable step)."""

    def __init__(self, capture: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.capture = capture
        self.document: WorkshopDocument = capture.document
        self.setObjectName("carried_bar")
        self.label = QLabel()
        self.label.setObjectName("carried_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        set_tone(self.label, "carried")
        self.button = QPushButton(self.tr("Confirm carried answers"))
        self.button.setObjectName("confirm_carried_button")
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.confirm)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        capture.questionChanged.connect(lambda _q: self.refresh())
        for signal in (
            self.document.ratingChanged,
            self.document.consensusChanged,
            self.document.setupChanged,
        ):
            signal.connect(lambda _q: self.refresh())
        self.refresh()

    def _marks(self):  # type: ignore[no-untyped-def]
        document = self.document
        if document.round is None or not document.is_open:
            return []
        return document.session.progress.carried(
            document.round.id, self.capture.question_id
        )

    def refresh(self) -> None:
        marks = self._marks()
        if not marks:
            self.hide()
            return
        answers = sum(m.stakeholder_id is not None for m in marks)
        agreed = any(m.stakeholder_id is None for m in marks)
        source = round_names(self.document).get(marks[0].from_round_id or -1, "?")
        if answers and agreed:
            text = self.tr(
                "%n answer(s) and the consensus carried over from “%1”: confirm them "
                "as they are, or give new answers.",
                "",
                answers,
            )
        elif answers:
            text = self.tr(
                "%n answer(s) carried over from “%1”: confirm them as they are, or "
                "give new answers.",
                "",
                answers,
            )
        else:
            text = self.tr(
                "The consensus is carried over from “%1”: confirm it, or set it anew."
            )
        self.label.setText(text.replace("%1", source))
        self.button.setEnabled(not self.document.read_only)
        self.show()

    def confirm(self) -> None:
        marks = self._marks()
        if not marks or self.document.read_only:
            return
        question_id = self.capture.question_id
        self.document.undo_stack.push(
            ConfirmCarriedCommand(
                self.document,
                question_id,
                [(m.stakeholder_id, m.question_id) for m in marks],
                self.tr("Confirm carried answers to %s") % question_id,
            )
        )
        self.capture.statusMessage.emit(
            self.tr("Carried answers to %s confirmed") % question_id
        )
