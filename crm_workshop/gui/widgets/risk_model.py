"""Qt item models of the risks page: risk register, focus areas, hints, scope choices.

Each is an adapter between plain rows (frozen dataclasses from ``session.roadmap``)
and Qt's model API. None of them writes: the page turns an edit into an undo command.
User text shows as typed (never markup) and long text is cut to one line in cells,
in full in tooltips (risk_texts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from crm_workshop.domain.hints import Hint
from crm_workshop.domain.roadmap import FocusArea, Risk, RiskStatus
from crm_workshop.gui.hint_texts import SubjectNames
from crm_workshop.gui.itemmodels import QUESTION_ROLE, TranslatedTableModel
from crm_workshop.gui.tones import tone
from crm_workshop.gui.widgets.risk_texts import CELL_LIMIT as CELL_LIMIT  # re-exported
from crm_workshop.gui.widgets.risk_texts import (
    decision_text,
    one_line,
    severity_band,
    severity_text,
    status_text,
    tip,
)

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 10  # the row's id (risk, focus area, scope, hint)
SORT_ROLE = Qt.ItemDataRole.UserRole + 11  # what a column sorts by


class RiskTableModel(TranslatedTableModel):
    """One row per risk: description, scope, likelihood, impact, severity, mitigation,
    owner, status. ``SORT_ROLE`` sorts numbers as numbers (unrated risks last)."""

    (
        DESCRIPTION,
        SCOPE,
        LIKELIHOOD,
        IMPACT,
        SEVERITY,
        MITIGATION,
        OWNER,
        STATUS,
    ) = range(8)
    CONTEXT = "RiskModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RiskModel", "Risk"),
        QT_TRANSLATE_NOOP("RiskModel", "Affects"),
        QT_TRANSLATE_NOOP("RiskModel", "Likelihood"),
        QT_TRANSLATE_NOOP("RiskModel", "Impact"),
        QT_TRANSLATE_NOOP("RiskModel", "Severity"),
        QT_TRANSLATE_NOOP("RiskModel", "Mitigation"),
        QT_TRANSLATE_NOOP("RiskModel", "Owner"),
        QT_TRANSLATE_NOOP("RiskModel", "Status"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._risks: list[Risk] = []
        self.names = SubjectNames()
        self.owner_name: Callable[[int | None], str] = lambda _id: ""

    def set_risks(self, risks: Sequence[Risk], names: SubjectNames) -> None:
        self.beginResetModel()
        self._risks = list(risks)
        self.names = names
        self.endResetModel()

    def risk(self, row: int) -> Risk:
        return self._risks[row]

    def rows(self) -> list[Risk]:
        return list(self._risks)

    def row_of(self, risk_id: int | None) -> int:
        return next((n for n, r in enumerate(self._risks) if r.id == risk_id), -1)

    def scope_text(self, risk: Risk) -> str:
        return self.names.listing([self.names.scope(s) for s in risk.scope])

    def _rows(self) -> Sequence[object]:
        return self._risks

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _text(self, risk: Risk, column: int) -> str:
        if column == self.DESCRIPTION:
            return one_line(risk.description)
        if column == self.SCOPE:
            return one_line(self.scope_text(risk))
        if column == self.LIKELIHOOD:
            return "" if risk.likelihood is None else str(risk.likelihood)
        if column == self.IMPACT:
            return "" if risk.impact is None else str(risk.impact)
        if column == self.SEVERITY:
            return severity_text(risk.severity)
        if column == self.MITIGATION:
            return one_line(risk.mitigation)
        if column == self.OWNER:
            return one_line(self.owner_name(risk.owner_id), 80)
        return status_text(risk.status)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._risks):
            return None
        risk = self._risks[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(risk, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.SEVERITY and risk.severity is not None:
                return QCoreApplication.translate(
                    "RiskModel", "severity {text}"
                ).format(text=severity_text(risk.severity))
            return self._text(risk, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DESCRIPTION:
                return tip(risk.description)
            if column == self.SCOPE:
                return tip("\n".join(self.names.scope(s) for s in risk.scope))
            if column == self.MITIGATION:
                return tip(risk.mitigation)
            if column == self.SEVERITY and risk.severity is not None:
                return QCoreApplication.translate(
                    "RiskModel", "Likelihood {likelihood} × impact {impact}"
                ).format(likelihood=risk.likelihood, impact=risk.impact)
            return None
        if role == SORT_ROLE:
            if column == self.LIKELIHOOD:
                return -1 if risk.likelihood is None else risk.likelihood
            if column == self.IMPACT:
                return -1 if risk.impact is None else risk.impact
            if column == self.SEVERITY:
                return -1 if risk.severity is None else risk.severity
            if column == self.STATUS:
                return list(RiskStatus).index(risk.status)
            return self._text(risk, column).casefold()
        if role == ID_ROLE:
            return risk.id
        if role == QUESTION_ROLE:
            return next(iter(risk.scope), None)
        if column == self.SEVERITY:
            band = severity_band(risk.severity)
            if role == Qt.ItemDataRole.BackgroundRole and band is not None:
                return band[1]
            if role == Qt.ItemDataRole.ForegroundRole and band is not None:
                return QColor(0, 0, 0)  # dark text on the light tints, in any theme
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.LIKELIHOOD,
            self.IMPACT,
            self.SEVERITY,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class FocusAreaModel(TranslatedTableModel):
    """One row per focus area: what (an area or a question) and why."""

    SCOPE, REASON = range(2)
    CONTEXT = "RiskModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RiskModel", "Focus on"),
        QT_TRANSLATE_NOOP("RiskModel", "Why"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._focus: list[FocusArea] = []
        self.names = SubjectNames()

    def set_focus_areas(self, focus: Sequence[FocusArea], names: SubjectNames) -> None:
        self.beginResetModel()
        self._focus = list(focus)
        self.names = names
        self.endResetModel()

    def focus_area(self, row: int) -> FocusArea:
        return self._focus[row]

    def rows(self) -> list[FocusArea]:
        return list(self._focus)

    def row_of(self, focus_id: int | None) -> int:
        return next((n for n, f in enumerate(self._focus) if f.id == focus_id), -1)

    def _rows(self) -> Sequence[object]:
        return self._focus

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._focus):
            return None
        focus = self._focus[index.row()]
        scope = self.names.scope(focus.scope)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                one_line(scope, 80)
                if index.column() == self.SCOPE
                else one_line(focus.reason)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(scope if index.column() == self.SCOPE else focus.reason)
        if role == ID_ROLE:
            return focus.id
        if role == QUESTION_ROLE:
            return focus.scope if focus.scope in self.names.questions else None
        return None


@dataclass(frozen=True)
class HintRow:
    hint: Hint
    message: str
    title: str


class HintModel(TranslatedTableModel):
    """One row per hint shown: what it says, and the consultant's decision."""

    MESSAGE, DECISION = range(2)
    CONTEXT = "RiskModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RiskModel", "Hint"),
        QT_TRANSLATE_NOOP("RiskModel", "Decision"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hints: list[HintRow] = []

    def set_hints(self, rows: Sequence[HintRow]) -> None:
        self.beginResetModel()
        self._hints = list(rows)
        self.endResetModel()

    def hint_row(self, row: int) -> HintRow:
        return self._hints[row]

    def row_of(self, key: str | None) -> int:
        return next((n for n, h in enumerate(self._hints) if h.hint.key == key), -1)

    def _rows(self) -> Sequence[object]:
        return self._hints

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hints):
            return None
        row = self._hints[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.MESSAGE:
                return row.message
            return decision_text(row.hint.decision)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            return tip(f"{row.title}\n{row.message}")
        if role == ID_ROLE:
            return row.hint.key
        if role == QUESTION_ROLE:
            return next(iter(row.hint.question_ids), None)
        if role == Qt.ItemDataRole.ForegroundRole and row.hint.decision is not None:
            return tone("muted")
        return None


@dataclass(frozen=True)
class ScopeEntry:
    scope_id: str
    text: str
    is_area: bool


class ScopeModel(QAbstractListModel):
    """The areas and questions a risk may affect, each with a check box.

    Ticking one emits ``toggled`` (the page stores the risk's new scope).
    """

    toggled = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[ScopeEntry] = []
        self._checked: set[str] = set()
        self.editable = True

    def set_entries(self, entries: Sequence[ScopeEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def set_checked(self, scope_ids: Sequence[str]) -> None:
        self._checked = set(scope_ids)
        if self._entries:
            self.dataChanged.emit(
                self.index(0),
                self.index(len(self._entries) - 1),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def checked(self) -> tuple[str, ...]:
        """The ticked ids in model order, then ids the model no longer has."""
        known = [e.scope_id for e in self._entries if e.scope_id in self._checked]
        rest = sorted(self._checked - {e.scope_id for e in self._entries})
        return (*known, *rest)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.editable else flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry.text if entry.is_area else "    " + entry.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked
                if entry.scope_id in self._checked
                else Qt.CheckState.Unchecked
            )
        if role == Qt.ItemDataRole.FontRole and entry.is_area:
            font = QFont()
            font.setBold(True)
            return font
        if role == ID_ROLE:
            return entry.scope_id
        return None

    def setData(
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.CheckStateRole
            or not self.editable
        ):
            return False
        scope_id = self._entries[index.row()].scope_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(scope_id)
        else:
            self._checked.discard(scope_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True
