"""The grid of answers of one area: what the grid view types, pastes and shows.

``RatingGridModel``: adapter between one area's answers and Qt's model API. One row per
active stakeholder (the name is the row header, so it stays in view while scrolling),
two columns per question: the current answer (1-5, N/A, ?) and the target (1-5). An
empty cell is no answer. It never writes: ``plan`` turns typed or pasted text into the
answers to store, and the view stores them through the undo stack.

Rules of one answer (shared by typing, pasting and clearing; the capture view agrees):
a current of N/A or ? keeps the target; a target without a current is a "don't know"
answer; clearing the current of an answer that has a target leaves "don't know" with
that target; an answer with neither current nor target is removed.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont

from crm_workshop.domain.assessment import Answer, Rating, Stakeholder
from crm_workshop.domain.maturity import LEVELS, MaturityModel, Question
from crm_workshop.gui.itemmodels import answer_text
from crm_workshop.gui.text import plain_tooltip
from crm_workshop.gui.tones import ink_on, tone

_Index = QModelIndex | QPersistentModelIndex
CurrentValue = tuple[Answer, int | None] | None  # None: no current answer

# Light tints by level: low levels warm, high levels green; readable under black text.
LEVEL_TINTS = {
    1: QColor(248, 215, 211),
    2: QColor(251, 229, 204),
    3: QColor(253, 245, 201),
    4: QColor(227, 241, 208),
    5: QColor(207, 232, 214),
}
NOT_APPLICABLE_TINT = QColor(230, 230, 230)
DONT_KNOW_TINT = QColor(228, 233, 245)
TARGET_TEXT = QColor(31, 78, 154)


class Keep(enum.Enum):
    """Leave this half of an answer as it is."""

    KEEP = enum.auto()


KEEP = Keep.KEEP


class InvalidCell(ValueError):
    """A typed or pasted value that does not fit its column (row and column: the grid's)."""

    def __init__(self, row: int, column: int, text: str) -> None:
        super().__init__(f"row {row}, column {column}: {text!r}")
        self.row = row
        self.column = column
        self.text = text


def parse_current(text: str) -> CurrentValue:
    """'1'..'5', N/A (also 'n', 'na', the translated word), '?', or '' for no answer."""
    value = text.strip().casefold()
    if value == "":
        return None
    if value in {str(n) for n in LEVELS}:
        return (Answer.LEVEL, int(value))
    not_applicable = {"n", "na", "n/a", "n.a.", answer_text_of(Answer.NOT_APPLICABLE)}
    if value in not_applicable:
        return (Answer.NOT_APPLICABLE, None)
    if value in {"?", answer_text_of(Answer.DONT_KNOW)}:
        return (Answer.DONT_KNOW, None)
    raise ValueError(text)


def parse_target(text: str) -> int | None:
    """'1'..'5', or '' for no target."""
    value = text.strip()
    if value == "":
        return None
    if value in {str(n) for n in LEVELS}:
        return int(value)
    raise ValueError(text)


def answer_text_of(answer: Answer) -> str:
    return answer_text(Rating(0, "", answer)).casefold()


def merged(
    old: Rating | None,
    stakeholder_id: int,
    question_id: str,
    current: CurrentValue | Keep = KEEP,
    target: int | Keep | None = KEEP,
) -> Rating | None:
    """The answer after changing its current and/or target (None: no answer at all)."""
    if isinstance(current, Keep):
        current = (old.answer, old.current) if old else None
    if isinstance(target, Keep):
        target = old.target if old else None
    if current is None:
        if target is None:
            return None
        current = (Answer.DONT_KNOW, None)
    answer, level = current
    return Rating(
        stakeholder_id, question_id, answer, level, target, old.comment if old else ""
    )


class RatingGridModel(QAbstractTableModel):
    CURRENT, TARGET = 0, 1

    def __init__(
        self,
        model: MaturityModel,
        language: str,
        load_question: Callable[[str], Mapping[int, Rating] | None],
        edit_cell: Callable[[int, int, str], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._maturity = model
        self._language = language
        self._load_question = load_question
        self._edit_cell = edit_cell
        self._stakeholders: list[Stakeholder] = []
        self._questions: list[Question] = []
        self._ratings: dict[str, dict[int, Rating]] = {}
        self._stale: set[str] = set()
        self._unannounced: set[str] = set()
        self._announce_timer = QTimer(self)
        self._announce_timer.setSingleShot(True)
        self._announce_timer.setInterval(0)
        self._announce_timer.timeout.connect(self._announce)
        self.editable = True

    # -- loading ---------------------------------------------------------------------
    def set_area(
        self,
        stakeholders: Sequence[Stakeholder],
        questions: Sequence[Question],
        ratings: Iterable[Rating],
    ) -> None:
        """Show these people and questions; ``ratings`` may hold the whole round."""
        self.beginResetModel()
        self._stakeholders = list(stakeholders)
        self._questions = list(questions)
        self._ratings = {q.id: {} for q in self._questions}
        for rating in ratings:
            if rating.question_id in self._ratings:
                self._ratings[rating.question_id][rating.stakeholder_id] = rating
        self._stale.clear()
        self._unannounced.clear()
        self.endResetModel()

    def question_changed(self, question_id: str) -> None:
        """Re-read one question's answers when next shown; repaint its two columns.

        Reading is lazy and the repaint is announced once per event-loop turn, so a
        paste of a thousand answers costs one read and one signal per question.
        """
        if question_id not in self._ratings:
            return
        self._stale.add(question_id)
        self._unannounced.add(question_id)
        self._announce_timer.start()

    def _announce(self) -> None:
        ids = self.question_ids()
        columns = [2 * ids.index(q) for q in self._unannounced if q in self._ratings]
        self._unannounced.clear()
        if not columns:
            return
        first, last = min(columns), max(columns) + 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, first, last)
        if self._stakeholders:
            self.dataChanged.emit(
                self.index(0, first), self.index(self.rowCount() - 1, last)
            )

    def _answers(self, question_id: str) -> dict[int, Rating]:
        if question_id in self._stale:
            self._stale.discard(question_id)
            fresh = self._load_question(question_id)
            if fresh is not None:
                self._ratings[question_id] = dict(fresh)
        return self._ratings[question_id]

    # -- reading ---------------------------------------------------------------------
    def question_ids(self) -> list[str]:
        return [q.id for q in self._questions]

    def stakeholder(self, row: int) -> Stakeholder:
        return self._stakeholders[row]

    def row_of(self, stakeholder_id: int) -> int:
        for row, person in enumerate(self._stakeholders):
            if person.id == stakeholder_id:
                return row
        return -1

    def question(self, column: int) -> Question:
        return self._questions[column // 2]

    def kind(self, column: int) -> int:
        return column % 2

    def answer(self, row: int, question_id: str) -> Rating | None:
        """The stored answer of row ``row`` to ``question_id`` (as this model holds it)."""
        return self._answers(question_id).get(self._stakeholders[row].id)

    def rating(self, row: int, column: int) -> Rating | None:
        question_id = self.question(column).id
        return self._answers(question_id).get(self._stakeholders[row].id)

    def cell_text(self, row: int, column: int) -> str:
        rating = self.rating(row, column)
        if self.kind(column) == self.CURRENT:
            return answer_text(rating)
        return "" if rating is None or rating.target is None else str(rating.target)

    def column_title(self, column: int) -> str:
        question_id = self.question(column).id
        if self.kind(column) == self.CURRENT:
            return self.tr("%s now") % question_id
        return self.tr("%s target") % question_id

    def answered_count(self) -> int:
        people = {p.id for p in self._stakeholders}
        return sum(
            len(people.intersection(self._answers(q.id))) for q in self._questions
        )

    def disagreement(self, question_id: str) -> bool:
        """Current answers two or more levels apart (N/A and ? left out)."""
        people = {p.id for p in self._stakeholders}
        levels = [
            r.current
            for sid, r in self._answers(question_id).items()
            if sid in people and r.current is not None
        ]
        return bool(levels) and max(levels) - min(levels) >= 2

    # -- planning edits ----------------------------------------------------------------
    def plan(
        self, cells: Mapping[tuple[int, int], str]
    ) -> list[tuple[int, str, Rating | None]]:
        """The answers that change when ``cells`` ((row, column) -> text) are entered.

        Every value is checked first: the first bad one (in reading order) raises
        ``InvalidCell`` and nothing is planned. Returns (row, question id, new answer)
        for each answer that actually changes; None clears the answer.
        """
        parsed: dict[tuple[int, int], dict[int, Any]] = {}
        for row, column in sorted(cells):
            text = cells[(row, column)]
            if not (0 <= row < self.rowCount() and 0 <= column < self.columnCount()):
                raise InvalidCell(row, column, text)
            try:
                value = (
                    parse_current(text)
                    if self.kind(column) == self.CURRENT
                    else parse_target(text)
                )
            except ValueError:
                raise InvalidCell(row, column, text) from None
            parsed.setdefault((row, column // 2), {})[self.kind(column)] = value
        changes: list[tuple[int, str, Rating | None]] = []
        for (row, question_index), halves in parsed.items():
            question_id = self._questions[question_index].id
            old = self.rating(row, 2 * question_index)
            new = merged(
                old,
                self._stakeholders[row].id,
                question_id,
                halves.get(self.CURRENT, KEEP),
                halves.get(self.TARGET, KEEP),
            )
            if new != old:
                changes.append((row, question_id, new))
        return changes

    # -- Qt's model API --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stakeholders)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 * len(self._questions)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._stakeholders):
                return None
            person = self._stakeholders[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return person.name
            if role == Qt.ItemDataRole.ToolTipRole:
                department = self._maturity.department_name(
                    person.department, self._language
                )
                details = [d for d in (person.role, department) if d]
                return plain_tooltip(" · ".join([person.name, *details]))
            return None
        if not 0 <= section < self.columnCount():
            return None
        question = self.question(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = (
                self.tr("current level")
                if self.kind(section) == self.CURRENT
                else self.tr("target level")
            )
            text = f"{question.id} {question.title.get(self._language)} ({kind})"
            if self.disagreement(question.id):
                text += "\n" + self.tr(
                    "Disagreement: answers are two or more levels apart"
                )
            return plain_tooltip(text)
        disagree = role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
        ) and self.disagreement(question.id)
        if role == Qt.ItemDataRole.ForegroundRole and disagree:
            return tone("error")  # the header's background follows the theme
        if role == Qt.ItemDataRole.FontRole and disagree:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stakeholders):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.cell_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        is_target = self.kind(column) == self.TARGET
        rating = self.rating(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._ink(rating, is_target)
        if rating is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tint(rating, is_target)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(rating, is_target)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = self._stakeholders[row].name
            return f"{name}, {self.column_title(column)}: {self.cell_text(row, column)}"
        return None

    def _ink(self, rating: Rating | None, is_target: bool) -> QColor | None:
        """Text on a level's light tint stays dark in every theme; a target without
        a tint takes the theme's target colour."""
        tint = None if rating is None else self._tint(rating, is_target)
        if tint is None:
            return tone("target") if is_target else None
        return TARGET_TEXT if is_target else ink_on(tint)

    def _tint(self, rating: Rating, is_target: bool) -> QColor | None:
        if is_target:
            return LEVEL_TINTS.get(rating.target or 0)
        if rating.answer is Answer.NOT_APPLICABLE:
            return NOT_APPLICABLE_TINT
        if rating.answer is Answer.DONT_KNOW:
            return DONT_KNOW_TINT
        return LEVEL_TINTS.get(rating.current or 0)

    def _tooltip(self, rating: Rating, is_target: bool) -> str | None:
        level = rating.target if is_target else rating.current
        lines = []
        if level is not None:
            lines.append(
                f"{level}: {self._maturity.scale.level(level).name.get(self._language)}"
            )
        if rating.comment:
            lines.append(rating.comment)
        return plain_tooltip("\n".join(lines)) if lines else None

    def setData(
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._edit_cell(index.row(), index.column(), str(value))
        return True


def split_block(text: str) -> list[list[str]]:
    """Tab- and newline-separated text (as a spreadsheet copies it) -> rows of cells."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if text == "":
        return []
    return [line.split("\t") for line in text.split("\n")]
