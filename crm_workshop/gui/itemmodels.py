"""Qt item models over workshop data.

``AnswerTableModel``: adapter between one question's answers and Qt's model API. One row
per stakeholder present; columns name, department, current, target, comment. It never
writes: edits are handed to ``edit_requested`` so they go through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from crm_workshop.domain.assessment import Answer, Rating, Stakeholder

_Index = QModelIndex | QPersistentModelIndex


def answer_text(rating: Rating | None) -> str:
    """How a current answer reads in a cell."""
    if rating is None:
        return ""
    if rating.answer is Answer.NOT_APPLICABLE:
        return QCoreApplication.translate("answers", "N/A")
    if rating.answer is Answer.DONT_KNOW:
        return QCoreApplication.translate("answers", "?")
    return str(rating.current)


class AnswerTableModel(QAbstractTableModel):
    NAME, DEPARTMENT, CURRENT, TARGET, COMMENT = range(5)
    HEADERS = (
        ("AnswerTableModel", "Stakeholder"),
        ("AnswerTableModel", "Department"),
        ("AnswerTableModel", "Current"),
        ("AnswerTableModel", "Target"),
        ("AnswerTableModel", "Comment"),
    )

    def __init__(
        self,
        department_name: Callable[[str], str],
        edit_comment: Callable[[int, str], None],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._stakeholders: list[Stakeholder] = []
        self._ratings: dict[int, Rating] = {}
        self._department_name = department_name
        self._edit_comment = edit_comment

    # -- loading ---------------------------------------------------------------------
    def set_stakeholders(self, stakeholders: Sequence[Stakeholder]) -> None:
        self.beginResetModel()
        self._stakeholders = list(stakeholders)
        self.endResetModel()

    def set_ratings(self, ratings: dict[int, Rating]) -> None:
        self._ratings = dict(ratings)
        if self._stakeholders:
            self.dataChanged.emit(
                self.index(0, self.CURRENT),
                self.index(self.rowCount() - 1, self.COMMENT),
            )

    def stakeholder(self, row: int) -> Stakeholder:
        return self._stakeholders[row]

    def rating(self, row: int) -> Rating | None:
        return self._ratings.get(self._stakeholders[row].id)

    def row_of(self, stakeholder_id: int) -> int:
        for row, person in enumerate(self._stakeholders):
            if person.id == stakeholder_id:
                return row
        return -1

    # -- Qt's model API --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._stakeholders)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(
            self.HEADERS
        ):
            return QCoreApplication.translate(*self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COMMENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._stakeholders):
            return None
        person = self._stakeholders[index.row()]
        rating = self._ratings.get(person.id)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.NAME:
                return person.name
            if column == self.DEPARTMENT:
                return self._department_name(person.department)
            if column == self.CURRENT:
                return answer_text(rating)
            if column == self.TARGET:
                return (
                    ""
                    if rating is None or rating.target is None
                    else str(rating.target)
                )
            if column == self.COMMENT:
                return rating.comment if rating else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return person.role or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.CURRENT,
            self.TARGET,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column in (self.CURRENT, self.TARGET):
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and column == self.CURRENT
            and rating is None
        ):
            return QColor(255, 244, 214)  # unanswered: visible at a glance
        return None

    def setData(
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            not index.isValid()
            or index.column() != self.COMMENT
            or role != Qt.ItemDataRole.EditRole
        ):
            return False
        self._edit_comment(index.row(), str(value))
        return True
