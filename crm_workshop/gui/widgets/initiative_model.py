"""Qt adapters over the roadmap's initiatives: the initiatives table and the moves table.

Both are read-only: the page and the form write through undo commands and hand the
models the file's rows again. ``ID_ROLE`` carries an initiative's id, ``SORT_ROLE`` a
value that sorts the column sensibly (numbers as numbers, unset last).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from crm_workshop.domain.roadmap import Initiative, InitiativeStatus, Move
from crm_workshop.gui.itemmodels import TranslatedTableModel
from crm_workshop.gui.text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CELL = 120  # characters shown in a cell; the tooltip has the rest
MAX_TIP = 2_000
DROPPED_COLOR = QColor(128, 128, 128)


def cell_text(text: str, limit: int = MAX_CELL) -> str:
    """User text on one line, cut to fit a cell."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def status_label(status: InitiativeStatus) -> str:
    labels = {
        InitiativeStatus.IDEA: QCoreApplication.translate("InitiativeStatus", "Idea"),
        InitiativeStatus.PLANNED: QCoreApplication.translate(
            "InitiativeStatus", "Planned"
        ),
        InitiativeStatus.IN_PROGRESS: QCoreApplication.translate(
            "InitiativeStatus", "In progress"
        ),
        InitiativeStatus.DONE: QCoreApplication.translate("InitiativeStatus", "Done"),
        InitiativeStatus.DROPPED: QCoreApplication.translate(
            "InitiativeStatus", "Dropped"
        ),
    }
    return labels[status]


def period_text(initiative: Initiative) -> str:
    if initiative.starts_on is None and initiative.ends_on is None:
        return ""
    return f"{initiative.starts_on or '…'} – {initiative.ends_on or '…'}"


class InitiativeTableModel(TranslatedTableModel):
    """One row per initiative, numbered as in the prioritisation matrix."""

    NUMBER, TITLE, OWNER, DEPARTMENT, PERIOD, STATUS = range(6)
    URGENCY, FEASIBILITY, STRATEGIC, MOVES = range(6, 10)
    CONTEXT = "InitiativeTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("InitiativeTableModel", "#"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Initiative"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Owner"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Department"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Start – end"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Status"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Urgency"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Feasibility"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Strategic"),
        QT_TRANSLATE_NOOP("InitiativeTableModel", "Questions"),
    )
    _CENTRED = (NUMBER, URGENCY, FEASIBILITY, STRATEGIC, MOVES)

    def __init__(
        self,
        owner_name: Callable[[int | None], str],
        department_name: Callable[[str], str],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._items: list[tuple[int, Initiative]] = []
        self._owner_name = owner_name
        self._department_name = department_name

    def set_initiatives(self, numbered: Sequence[tuple[int, Initiative]]) -> None:
        self.beginResetModel()
        self._items = list(numbered)
        self.endResetModel()

    def initiative(self, row: int) -> Initiative:
        return self._items[row][1]

    def row_of(self, initiative_id: int | None) -> int:
        return next(
            (n for n, (_, i) in enumerate(self._items) if i.id == initiative_id), -1
        )

    # -- Qt's model API --------------------------------------------------------------
    def _rows(self) -> Sequence[object]:
        return self._items

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, number: int, item: Initiative, column: int) -> str:
        if column == self.NUMBER:
            return str(number)
        if column == self.TITLE:
            return cell_text(item.title)
        if column == self.OWNER:
            return cell_text(self._owner_name(item.owner_id))
        if column == self.DEPARTMENT:
            return cell_text(self._department_name(item.department))
        if column == self.PERIOD:
            return period_text(item)
        if column == self.STATUS:
            return status_label(item.status)
        if column == self.URGENCY:
            return "" if item.urgency is None else str(item.urgency)
        if column == self.FEASIBILITY:
            return "" if item.feasibility is None else str(item.feasibility)
        if column == self.STRATEGIC:
            return "✓" if item.strategic else ""
        return str(len(item.moves)) if item.moves else ""

    def _sort_key(self, number: int, item: Initiative, column: int) -> Any:
        if column == self.NUMBER:
            return number
        if column == self.PERIOD:
            return f"{item.starts_on or '9999-99'} {item.ends_on or '9999-99'}"
        if column == self.STATUS:
            return list(InitiativeStatus).index(item.status)
        if column in (self.URGENCY, self.FEASIBILITY):
            value = item.urgency if column == self.URGENCY else item.feasibility
            return -1 if value is None else value
        if column == self.STRATEGIC:
            return int(item.strategic)
        if column == self.MOVES:
            return len(item.moves)
        return self._text(number, item, column).casefold()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._items)
            and 0 <= index.column() < len(self.HEADERS)
        ):
            return None
        number, item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(number, item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.STRATEGIC:
                return (
                    QCoreApplication.translate("InitiativeTableModel", "strategic")
                    if item.strategic
                    else QCoreApplication.translate(
                        "InitiativeTableModel", "not strategic"
                    )
                )
            return self._text(number, item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return plain_tooltip(item.title[:MAX_TIP]) if item.title else None
        if role == SORT_ROLE:
            return self._sort_key(number, item, column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return DROPPED_COLOR
        if role == Qt.ItemDataRole.FontRole and (item.strategic or not item.active):
            font = QFont()
            font.setBold(item.strategic and item.active)
            font.setStrikeOut(not item.active)
            return font
        return None


class MoveTableModel(TranslatedTableModel):
    """The questions one initiative moves: question, from level, to level."""

    QUESTION, FROM, TO = range(3)
    CONTEXT = "MoveTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MoveTableModel", "Question"),
        QT_TRANSLATE_NOOP("MoveTableModel", "From"),
        QT_TRANSLATE_NOOP("MoveTableModel", "To"),
    )

    def __init__(self, question_text: Callable[[str], str], parent: Any = None):
        super().__init__(parent)
        self._moves: list[Move] = []
        self._question_text = question_text

    def set_moves(self, moves: Sequence[Move]) -> None:
        self.beginResetModel()
        self._moves = list(moves)
        self.endResetModel()

    def moves(self) -> list[Move]:
        return list(self._moves)

    def move(self, row: int) -> Move:
        return self._moves[row]

    def _rows(self) -> Sequence[object]:
        return self._moves

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._moves)
            and 0 <= index.column() < len(self.HEADERS)
        ):
            return None
        move = self._moves[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.QUESTION:
                return cell_text(self._question_text(move.question_id))
            return str(move.from_level if column == self.FROM else move.to_level)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.QUESTION:
            return plain_tooltip(self._question_text(move.question_id)[:MAX_TIP])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.QUESTION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
