"""The focus areas of the risks page, and the undo command that adds roadmap items.

A focus area is a place needing more work, investment or attention (an area or a
question) and why. The list picks one, the form below edits it; each edit is written
when it is finished, as one undoable step. ``mark`` adds several at once (from a risk's
scope or a hint's subjects), also as one step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.roadmap import FocusArea
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.hint_texts import SubjectNames
from crm_workshop.gui.itemmodels import QUESTION_ROLE
from crm_workshop.gui.widgets.risk_model import FocusAreaModel, ScopeEntry
from crm_workshop.gui.widgets.setup_common import (
    MAX_TEXT,
    PlainTextEdit,
    buddy,
    short,
    too_long,
)

Push = Callable[[SetupCommand, str], bool]


class AddCommand(SetupCommand):
    """Add items (risks or focus areas) in one step; undo removes them, redo brings
    back the very same ones (same ids)."""

    def __init__(
        self,
        document: WorkshopDocument,
        text: str,
        items: Sequence[Any],
        add: Callable[[Any], int],
        remove: Callable[[int], Any],
        restore: Callable[[Any], None],
    ) -> None:
        super().__init__(document, text, "roadmap", self._add_all, self._remove_all)
        self.items = list(items)
        self.removed: list[Any] = []
        self.ids: list[int] = []
        self._add, self._remove, self._restore = add, remove, restore

    def _add_all(self) -> list[int]:
        with self.document.session.transaction():
            if not self.removed:
                self.ids = [self._add(item) for item in self.items]
            else:
                for item in self.removed:
                    self._restore(item)
        return self.ids

    def _remove_all(self, ids: list[int]) -> None:
        with self.document.session.transaction():
            self.removed = [self._remove(item_id) for item_id in ids]


def item_table(name: str, accessible: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab moves on to the next control
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


class FocusAreasBox(QGroupBox):
    questionActivated = Signal(str)  # Enter or double-click on a question's row
    statusMessage = Signal(str)
    problem = Signal(str)

    def __init__(
        self, document: WorkshopDocument, push: Push, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Focus areas"))
        self.setObjectName("focus_box")
        self.document = document
        self._push = push
        self.names = SubjectNames()
        self._entries: list[ScopeEntry] = []
        self._shown: int | None = None
        self.model = FocusAreaModel(self)
        self.table = item_table("focus_table", self.tr("Focus areas"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(FocusAreaModel.SCOPE, 220)
        self.table.selectionModel().currentRowChanged.connect(self._switched)
        self.table.activated.connect(self._activated)
        self.add_button = QPushButton(self.tr("New focus area"))
        self.add_button.setObjectName("add_focus_button")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove focus area"))
        self.remove_button.setObjectName("remove_focus_button")
        self.remove_button.clicked.connect(self.remove)
        self.scope_combo = QComboBox()
        self.scope_combo.setObjectName("focus_scope_combo")
        self.scope_combo.setAccessibleName(self.tr("Focus on"))
        self.scope_combo.activated.connect(lambda _n: self.save())
        self.reason_edit = PlainTextEdit("focus_reason_edit", self.tr("Why"))
        lines = self.reason_edit.fontMetrics().lineSpacing()
        self.reason_edit.setMinimumHeight(lines * 2 + 12)
        self.reason_edit.setMaximumHeight(lines * 5 + 12)
        self.reason_edit.editingFinished.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            buddy(self.tr("Area or &question:"), self.scope_combo), self.scope_combo
        )
        form.addRow(buddy(self.tr("W&hy:"), self.reason_edit), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        self.fields: tuple[QWidget, ...] = (
            self.table,
            self.add_button,
            self.remove_button,
            self.scope_combo,
            self.reason_edit,
        )

    @property
    def editable(self) -> bool:
        return self.document.is_open and not self.document.read_only

    # -- showing -----------------------------------------------------------------------
    def show_focus_areas(
        self,
        focus: Sequence[FocusArea],
        names: SubjectNames,
        entries: Sequence[ScopeEntry],
    ) -> None:
        if list(entries) != self._entries:
            self._entries = list(entries)
            with QSignalBlocker(self.scope_combo):
                self.scope_combo.clear()
                for entry in entries:
                    indent = "" if entry.is_area else "    "
                    self.scope_combo.addItem(indent + entry.text, entry.scope_id)
        self.names = names
        keep = self.current()
        had = {f.id for f in self.model.rows()}
        self.model.set_focus_areas(focus, names)
        back = [f.id for f in focus if f.id not in had]  # an undone removal: show it
        self.select(back[0] if len(back) == 1 and had else keep and keep.id)
        self.add_button.setEnabled(self.editable)

    def current(self) -> FocusArea | None:
        row = self.table.currentIndex().row()
        return self.model.focus_area(row) if row >= 0 else None

    def select(self, focus_id: int | None) -> None:
        row = self.model.row_of(focus_id)
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            with QSignalBlocker(self.table.selectionModel()):
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectRow(row)
        self._show(self.model.focus_area(row) if row >= 0 else None)

    def _switched(self, *_args: object) -> None:
        self.flush()
        self._show(self.current())

    def _show(self, focus: FocusArea | None) -> None:
        same = focus is not None and focus.id == self._shown
        self._shown = None if focus is None else focus.id
        self.form.setEnabled(focus is not None and self.editable)
        self.remove_button.setEnabled(focus is not None and self.editable)
        with QSignalBlocker(self.scope_combo):
            found = -1 if focus is None else self.scope_combo.findData(focus.scope)
            self.scope_combo.setCurrentIndex(found)
        text = "" if focus is None else focus.reason
        edit = self.reason_edit
        if not (same and edit.dirty) and edit.toPlainText() != text:
            edit.set_text(text)

    def _activated(self, index: QModelIndex) -> None:
        question_id = self.model.data(index, QUESTION_ROLE)
        if question_id:
            self.questionActivated.emit(question_id)

    # -- edits -------------------------------------------------------------------------
    def flush(self) -> None:
        self.reason_edit.finish()

    def _added(self, text: str, items: Sequence[FocusArea]) -> bool:
        roadmap = self.document.session.roadmap
        command = AddCommand(
            self.document,
            text,
            items,
            roadmap.add_focus_area,
            roadmap.remove_focus_area,
            roadmap.restore_focus_area,
        )
        if not self._push(command, self.tr("Focus area added")):
            return False
        self.select(command.ids[0])
        return True

    def mark(self, scope_ids: Sequence[str], reason: str) -> bool:
        """Mark each of ``scope_ids`` not yet a focus area, in one step."""
        have = {f.scope for f in self.document.session.roadmap.focus_areas()}
        new = [s for s in dict.fromkeys(scope_ids) if s not in have]
        if not new:
            self.statusMessage.emit(self.tr("Already marked as a focus area"))
            return False
        start = self.model.rowCount()
        items = [
            FocusArea(None, scope, reason.strip()[:MAX_TEXT], position=start + n)
            for n, scope in enumerate(new)
        ]
        names = ", ".join(short(self.names.scope(s), 40) for s in new)
        return self._added(
            self.tr("Mark {names} as focus area").format(names=names), items
        )

    def add(self) -> None:
        self.flush()
        scope = self.scope_combo.currentData() or (
            self._entries[0].scope_id if self._entries else None
        )
        if scope is not None and self._added(
            self.tr("New focus area"),
            [FocusArea(None, scope, "", self.model.rowCount())],
        ):
            self.scope_combo.setFocus()

    def save(self) -> None:
        stored = self.current()
        if stored is None or stored.id != self._shown or not self.editable:
            return
        edited = replace(
            stored,
            scope=self.scope_combo.currentData() or stored.scope,
            reason=self.reason_edit.toPlainText().strip(),
        )
        if edited == stored:
            return
        refusal = too_long(self.tr("The reason"), edited.reason, MAX_TEXT)
        if refusal:
            self.problem.emit(refusal)
            self._shown = None
            self._show(stored)
            return
        roadmap = self.document.session.roadmap
        name = short(self.names.scope(stored.scope))
        self._push(
            SetupCommand(
                self.document,
                self.tr("Edit focus area “{name}”").format(name=name),
                "roadmap",
                lambda: roadmap.update_focus_area(edited),
                roadmap.update_focus_area,
            ),
            self.tr("Focus area saved"),
        )

    def remove(self) -> None:
        focus = self.current()
        if focus is None or focus.id is None:
            return
        roadmap = self.document.session.roadmap
        focus_id = focus.id
        name = short(self.names.scope(focus.scope))
        self._push(
            SetupCommand(
                self.document,
                self.tr("Remove focus area “{name}”").format(name=name),
                "roadmap",
                lambda: roadmap.remove_focus_area(focus_id),
                roadmap.restore_focus_area,
            ),
            self.tr("Focus area removed"),
        )
