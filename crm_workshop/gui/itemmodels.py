"""Qt item models over workshop data.

``AnswerTableModel``: adapter between one question's answers and Qt's model API. One row
per stakeholder present; columns name, department, current, target, comment. It never
writes: edits are handed to ``edit_requested`` so they go through the undo stack.

``RowTableModel``: adapter between a list of read-only rows (frozen dataclasses) and Qt's
model API; each ``Column`` says how a row reads in it. ``QUESTION_ROLE`` carries the
question a row stands for, ``FRACTION_ROLE`` a 0..1 share drawn as a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from crm_workshop.domain.assessment import Answer, Rating, Stakeholder
from crm_workshop.gui.text import plain_tooltip
from crm_workshop.gui.tones import ink_on, readable, tone

_Index = QModelIndex | QPersistentModelIndex
QUESTION_ROLE = Qt.ItemDataRole.UserRole  # the question id a row stands for
FRACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # 0..1, drawn as a progress bar


def answer_text(rating: Rating | None) -> str:
    """How a current answer reads in a cell."""
    if rating is None:
        return ""
    if rating.answer is Answer.NOT_APPLICABLE:
        return QCoreApplication.translate("answers", "N/A")
    if rating.answer is Answer.DONT_KNOW:
        return QCoreApplication.translate("answers", "?")
    return str(rating.current)


class TranslatedTableModel(QAbstractTableModel):
    """Base of the list-like table models: rows from ``_rows()``, translated headers.

    Subclasses set ``HEADERS`` to their column titles, each marked with
    ``QT_TRANSLATE_NOOP(CONTEXT, ...)`` (translated when shown, so they follow a
    change of language), and return their row objects from ``_rows``.
    """

    CONTEXT = ""  # the translation context the subclass's HEADERS are marked in
    HEADERS: tuple[str, ...] = ()

    def _rows(self) -> Sequence[object]:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

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
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class AnswerTableModel(TranslatedTableModel):
    NAME, DEPARTMENT, CURRENT, TARGET, COMMENT = range(5)
    CONTEXT = "AnswerTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AnswerTableModel", "Stakeholder"),
        QT_TRANSLATE_NOOP("AnswerTableModel", "Department"),
        QT_TRANSLATE_NOOP("AnswerTableModel", "Current"),
        QT_TRANSLATE_NOOP("AnswerTableModel", "Target"),
        QT_TRANSLATE_NOOP("AnswerTableModel", "Comment"),
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
    def _rows(self) -> Sequence[object]:
        return self._stakeholders

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
            return tone("unanswered")
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


@dataclass(frozen=True)
class Column:
    """One column of a ``RowTableModel``: its header and how a row reads in it."""

    header: str
    text: Callable[[Any], str]
    tooltip: Callable[[Any], str | None] | None = None
    background: Callable[[Any], QColor | None] | None = None
    fraction: Callable[[Any], float | None] | None = None
    numeric: bool = False


class RowTableModel(QAbstractTableModel):
    """Adapter between a list of overview rows (frozen dataclasses) and Qt's model API.

    Read-only. Columns are ``Column`` specs; ``question_of`` names the question a row
    stands for (``QUESTION_ROLE``), ``row_header`` labels rows in the vertical header.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        question_of: Callable[[Any], str | None] = lambda _row: None,
        row_header: Callable[[Any], str] | None = None,
        row_tooltip: Callable[[Any], str | None] = lambda _row: None,
        foreground: Callable[[Any], QColor | None] = lambda _row: None,
        bold: Callable[[Any], bool] = lambda _row: False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._question_of = question_of
        self._row_header = row_header
        self._row_tooltip = row_tooltip
        self._foreground = foreground
        self._bold = bold

    def set_rows(
        self, rows: Sequence[Any], columns: Sequence[Column] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self._columns = list(columns)
        self.endResetModel()

    def row(self, row: int) -> Any:
        return self._rows[row]

    def row_of_question(self, question_id: str) -> int:
        for n, item in enumerate(self._rows):
            if self._question_of(item) == question_id:
                return n
        return -1

    # -- Qt's model API --------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(
                self._columns
            ):
                return self._columns[section].header
            return None
        if not 0 <= section < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self._row_header is None:
                return str(section + 1)
            return self._row_header(self._rows[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._row_tooltip(self._rows[section])
            return plain_tooltip(tip) if tip else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._columns)
        ):
            return None
        item = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(item) if column.tooltip else None
            return plain_tooltip(tip) if tip else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return column.background(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self._foreground(item)
            tint = column.background(item) if column.background else None
            if isinstance(tint, QColor):  # a light tint in any theme: ink to match
                return ink_on(tint) if color is None else readable(color, tint, 4.5)
            return color
        if role == Qt.ItemDataRole.FontRole and self._bold(item):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == FRACTION_ROLE and column.fraction:
            return column.fraction(item)
        if role == QUESTION_ROLE:
            return self._question_of(item)
        return None
