"""Qt adapters over the stakeholder list: the table model and the department editor."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.gui.itemmodels import TranslatedTableModel
from crm_workshop.gui.widgets.setup_common import department_value, show_department

_Index = QModelIndex | QPersistentModelIndex


class StakeholderTableModel(TranslatedTableModel):
    """Adapter between the workshop's stakeholders and Qt's model API.

    One row per stakeholder (active or not), columns name, role, department, e-mail,
    active. It never writes: an edit is handed to ``apply(old, new)``, which stores it
    (or refuses it) and answers whether the row may change.
    """

    NAME, ROLE, DEPARTMENT, EMAIL, ACTIVE = range(5)
    CONTEXT = "StakeholderTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("StakeholderTableModel", "Name"),
        QT_TRANSLATE_NOOP("StakeholderTableModel", "Role"),
        QT_TRANSLATE_NOOP("StakeholderTableModel", "Department"),
        QT_TRANSLATE_NOOP("StakeholderTableModel", "E-mail"),
        QT_TRANSLATE_NOOP("StakeholderTableModel", "Active"),
    )
    _FIELDS: ClassVar[dict[int, str]] = {
        NAME: "name",
        ROLE: "role",
        DEPARTMENT: "department",
        EMAIL: "email",
    }

    def __init__(
        self,
        department_name: Callable[[str], str],
        apply: Callable[[Stakeholder, Stakeholder], bool],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._people: list[Stakeholder] = []
        self._department_name = department_name
        self._apply = apply
        self.editable = True

    def set_stakeholders(self, people: Sequence[Stakeholder]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def stakeholder(self, row: int) -> Stakeholder:
        return self._people[row]

    def row_of(self, stakeholder_id: int) -> int:
        return next(
            (n for n, p in enumerate(self._people) if p.id == stakeholder_id), -1
        )

    # -- Qt's model API --------------------------------------------------------------
    def _rows(self) -> Sequence[object]:
        return self._people

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return flags
        if index.column() == self.ACTIVE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        column = index.column()
        if column == self.ACTIVE:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (
                    Qt.CheckState.Checked if person.active else Qt.CheckState.Unchecked
                )
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return (
                    QCoreApplication.translate("StakeholderTableModel", "active")
                    if person.active
                    else QCoreApplication.translate("StakeholderTableModel", "inactive")
                )
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DEPARTMENT:
                return self._department_name(person.department)
            return getattr(person, self._FIELDS[column])
        if role == Qt.ItemDataRole.EditRole:
            return getattr(person, self._FIELDS[column])
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QColor(128, 128, 128)
        if role == Qt.ItemDataRole.FontRole and not person.active:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(
        self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or not self.editable:
            return False
        person = self._people[index.row()]
        column = index.column()
        if column == self.ACTIVE and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            changed = replace(person, active=checked)
        elif column in self._FIELDS and role == Qt.ItemDataRole.EditRole:
            changed = replace(person, **{self._FIELDS[column]: str(value).strip()})
        else:
            return False
        if changed == person or not self._apply(person, changed):
            return False
        self._people[index.row()] = changed
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), self.ACTIVE)
        )
        return True


class DepartmentDelegate(QStyledItemDelegate):
    """Edits a department with the model's names to choose from, or free text."""

    def __init__(self, make_combo: Callable[[], QComboBox], parent: Any = None):
        super().__init__(parent)
        self._make_combo = make_combo

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        combo = self._make_combo()
        combo.setParent(parent)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        show_department(editor, str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, department_value(editor), Qt.ItemDataRole.EditRole)
