"""Qt adapters over the roadmap's goals: measurable objectives and the goal cascade.

``ObjectiveTableModel``: one row per measurable objective (name, KPI, unit, baseline,
target, month). ``CascadeModel``: a two-level tree, the board's goals with their
directors' copies under them. Both are read-only; the page's forms write through the
undo stack. Also the number rules of the goal forms and the command that adds goals.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from crm_workshop.domain.roadmap import Goal, GoalLevel
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.i18n import short_number
from crm_workshop.gui.itemmodels import TranslatedTableModel
from crm_workshop.gui.text import plain_tooltip

_Index = QModelIndex | QPersistentModelIndex
MINUS_SIGNS = "\u2212\u2013"  # the minus sign and the en dash typed for one


def parse_number(text: str) -> float | None:
    """A number as people type it, whatever the locale; "" -> None.

    ``"72,5"`` and ``"72.5"`` are 72.5; spaces (also non-breaking) group thousands;
    with both separators the last one is the decimal point (``"1.234,5"``,
    ``"1,234.5"``); a minus may be typed as "−". ValueError for anything else.
    """
    cleaned = "".join(text.split()).replace("\u00a0", "").replace("\u202f", "")
    for sign in MINUS_SIGNS:
        cleaned = cleaned.replace(sign, "-")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        grouping = "." if decimal == "," else ","
        cleaned = cleaned.replace(grouping, "").replace(decimal, ".")
    else:
        cleaned = cleaned.replace(",", ".")
    if not all(c.isascii() and (c.isdigit() or c in "+-.") for c in cleaned):
        raise ValueError(text)  # no "1e5", "inf", "nan" or "0x10"
    value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def number_text(value: float | None) -> str:
    """How a stored number reads in a cell or an input: ``72``, ``72,5`` in Polish."""
    if value is None:
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return short_number(value, 6)


class AddGoalCommand(SetupCommand):
    """Add a goal; undo removes it (with any copies added under it since), redo puts
    back the very same goals under the same ids."""

    def __init__(self, document: WorkshopDocument, text: str, goal: Goal) -> None:
        super().__init__(document, text, "roadmap", self._add, self._remove)
        self.goal = goal
        self.goal_id: int | None = None
        self.removed: list[Goal] = []

    def _add(self) -> int:
        roadmap = self.document.session.roadmap
        if not self.removed:
            self.goal_id = roadmap.add_goal(self.goal)
        else:
            roadmap.restore_goals(self.removed)
        assert self.goal_id is not None
        return self.goal_id

    def _remove(self, goal_id: int) -> None:
        self.removed = self.document.session.roadmap.remove_goal(goal_id)


class ObjectiveTableModel(TranslatedTableModel):
    NAME, KPI, UNIT, BASELINE, TARGET, DUE = range(6)
    CONTEXT = "ObjectiveTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ObjectiveTableModel", "Objective"),
        QT_TRANSLATE_NOOP("ObjectiveTableModel", "KPI"),
        QT_TRANSLATE_NOOP("ObjectiveTableModel", "Unit"),
        QT_TRANSLATE_NOOP("ObjectiveTableModel", "Baseline"),
        QT_TRANSLATE_NOOP("ObjectiveTableModel", "Target"),
        QT_TRANSLATE_NOOP("ObjectiveTableModel", "By (month)"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._goals: list[Goal] = []

    def set_goals(self, goals: Sequence[Goal]) -> None:
        self.beginResetModel()
        self._goals = list(goals)
        self.endResetModel()

    def goal(self, row: int) -> Goal:
        return self._goals[row]

    def row_of(self, goal_id: int | None) -> int:
        return next((n for n, g in enumerate(self._goals) if g.id == goal_id), -1)

    def _rows(self) -> Sequence[object]:
        return self._goals

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def text(self, goal: Goal, column: int) -> str:
        if column == self.NAME:
            return goal.title
        if column == self.KPI:
            return goal.kpi
        if column == self.UNIT:
            return goal.unit
        if column == self.BASELINE:
            return number_text(goal.baseline)
        if column == self.TARGET:
            return number_text(goal.target)
        if column == self.DUE:
            return goal.due_on or ""
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._goals)
            and 0 <= index.column() < len(self.HEADERS)
        ):
            return None
        goal = self._goals[index.row()]
        column = index.column()
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.text(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.KPI):
            text = self.text(goal, column)
            return plain_tooltip(text) if text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.BASELINE,
            self.TARGET,
            self.DUE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CascadeModel(QAbstractItemModel):
    """The board's goals, each with its directors' copies as children.

    A top-level index has internal id 0; a copy's internal id is its board goal's
    row + 1, so ``parent()`` needs no lookup.
    """

    GOAL, OWNER, DEPARTMENT, ACTIONS = range(4)
    CONTEXT = "CascadeModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CascadeModel", "Goal"),
        QT_TRANSLATE_NOOP("CascadeModel", "Owner"),
        QT_TRANSLATE_NOOP("CascadeModel", "Department"),
        QT_TRANSLATE_NOOP("CascadeModel", "Planned actions"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._boards: list[Goal] = []
        self._copies: list[list[Goal]] = []
        self.owner_name: Callable[[int | None], str] = lambda _id: ""
        self.inactive_owner: Callable[[int | None], bool] = lambda _id: False
        self.department_name: Callable[[str], str] = lambda dep: dep

    def set_goals(self, goals: Sequence[Goal]) -> None:
        """Board goals (level board) and director goals; others are left out."""
        self.beginResetModel()
        self._boards = [g for g in goals if g.level is GoalLevel.BOARD]
        self._copies = [
            [
                g
                for g in goals
                if g.level is GoalLevel.DIRECTOR and g.parent_id == board.id
            ]
            for board in self._boards
        ]
        self.endResetModel()

    def goal(self, index: _Index) -> Goal | None:
        if not index.isValid():
            return None
        parent_row = index.internalId() - 1
        if parent_row < 0:
            return self._boards[index.row()]
        return self._copies[parent_row][index.row()]

    def index_of(self, goal_id: int | None) -> QModelIndex:
        for row, board in enumerate(self._boards):
            if board.id == goal_id:
                return self.index(row, 0)
            for child, copy in enumerate(self._copies[row]):
                if copy.id == goal_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    def board_count(self) -> int:
        return len(self._boards)

    def copy_count(self, board_row: int) -> int:
        return len(self._copies[board_row])

    # -- Qt's model API --------------------------------------------------------------
    def index(
        self,
        row: int,
        column: int,
        parent: _Index = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._boards)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._copies[parent.row()])
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def text(self, goal: Goal, column: int) -> str:
        if column == self.GOAL:
            return goal.title
        if column == self.OWNER:
            return self.owner_name(goal.owner_id)
        if column == self.DEPARTMENT:
            return self.department_name(goal.department) if goal.department else ""
        if column == self.ACTIONS:
            return " · ".join(
                line.strip() for line in goal.actions.splitlines() if line.strip()
            )
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        goal = self.goal(index)
        if goal is None or not 0 <= index.column() < len(self.HEADERS):
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(goal, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = goal.actions.strip() if column == self.ACTIONS else ""
            text = text or self.text(goal, column)
            return plain_tooltip(text) if text else None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.OWNER
            and self.inactive_owner(goal.owner_id)
        ):
            return QColor(128, 128, 128)
        return None
