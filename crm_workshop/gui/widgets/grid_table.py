"""The grid's table view: turns keys into intentions; the grid view decides what changes.

1-5 a level, N not applicable, ? don't know, Shift+1-5 the target of the question under
the cursor: each becomes ``cellTyped`` (row, column, text as typed). Delete/Backspace,
copy, cut and paste become their own signals. While a cell editor is open (F2, double
click), keys reach the editor unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from crm_workshop.gui.keys import (
    CLEAR_KEYS,
    DIGIT_KEYS,
    DONT_KNOW_KEY,
    DONT_KNOW_TEXT,
    NOT_APPLICABLE_KEY,
    SHIFTED_DIGIT_KEYS,
)


class GridTable(QTableView):
    """Turns keys into intentions; the grid view decides what they change."""

    cellTyped = Signal(int, int, str)  # row, column, the value as typed
    clearPressed = Signal()
    copyPressed = Signal()
    cutPressed = Signal()
    pastePressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(False)
        self.setCornerButtonEnabled(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setHighlightSections(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        for sequence, signal in (
            (QKeySequence.StandardKey.Copy, self.copyPressed),
            (QKeySequence.StandardKey.Cut, self.cutPressed),
            (QKeySequence.StandardKey.Paste, self.pastePressed),
        ):
            if event.matches(sequence):
                signal.emit()
                event.accept()
                return
        key = event.key()
        if key in CLEAR_KEYS:
            self.clearPressed.emit()
            event.accept()
            return
        index = self.currentIndex()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        typed = ""
        column = index.column()
        if key in SHIFTED_DIGIT_KEYS or (shift and key in DIGIT_KEYS):
            typed = str(SHIFTED_DIGIT_KEYS.get(key) or DIGIT_KEYS[key])
            column |= 1  # the target of the same question
        elif key in DIGIT_KEYS:
            typed = str(DIGIT_KEYS[key])
        elif key == NOT_APPLICABLE_KEY:
            typed = "n"
        elif key == DONT_KNOW_KEY or event.text() == DONT_KNOW_TEXT:
            typed = "?"
        if not typed or not index.isValid():
            super().keyPressEvent(event)
            return
        self.cellTyped.emit(index.row(), column, typed)
        event.accept()

    def selected_cells(self) -> list[tuple[int, int]]:
        """The selected cells, or the current one when nothing is selected."""
        cells = {(i.row(), i.column()) for i in self.selectedIndexes()}
        index = self.currentIndex()
        if not cells and index.isValid():
            cells.add((index.row(), index.column()))
        return sorted(cells)

    def go_to(self, row: int, column: int) -> None:
        """Make one cell current and selected, whatever modifier keys are held."""
        self.selectionModel().setCurrentIndex(
            self.model().index(row, column),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )

    def select_block(self, row: int, column: int, rows: int, columns: int) -> None:
        model = self.model()
        self.go_to(row, column)
        block = QItemSelection(
            model.index(row, column),
            model.index(row + rows - 1, column + columns - 1),
        )
        self.selectionModel().select(
            block, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
