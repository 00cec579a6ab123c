"""The table of answers to the current question, driven by keyboard alone.

Keys: 1-5 current level, Shift+1-5 target level, N not applicable, ? don't know,
Backspace/Delete clear, Up/Down between stakeholders, Enter next question,
Shift+Enter previous question, F2 edit the comment.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from crm_workshop.domain.assessment import Answer
from crm_workshop.gui.keys import (
    CLEAR_KEYS,
    DIGIT_KEYS,
    DONT_KNOW_KEY,
    DONT_KNOW_TEXT,
    NEXT_QUESTION_KEYS,
    NOT_APPLICABLE_KEY,
    SHIFTED_DIGIT_KEYS,
)


class AnswerTableView(QTableView):
    currentLevelPressed = Signal(int, object)  # row, (Answer, level or None)
    targetLevelPressed = Signal(int, int)  # row, level
    clearPressed = Signal(int)  # row
    nextQuestion = Signal()
    previousQuestion = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(self.tr("Answers of the stakeholders present"))
        # column widths: fitted once a model is set (pending until then), again
        # after font and size changes, until the user sizes a column
        self._fit_pending = True
        self._fitting = self._user_sized = False

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._section_resized)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The two level columns as wide as their headers, the comment column some
        room, and name and department what is left up to what most names need: all
        columns in view at 1280 pixels in the projector's large type. In the current
        font (a theme may enlarge it) and width, until the user sizes a column."""
        self._fit_pending = False
        if self.model() is None or self._user_sized:
            return
        header = self.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        levels = [max(header.sectionSizeHint(c), 64) for c in (2, 3)]
        wanted = [max(26 * char, 190), max(17 * char, 120)]
        # the comment column stretches into what is left, never below its default
        room = self.viewport().width() - sum(levels) - header.defaultSectionSize()
        if self.isVisible() and room < sum(wanted):
            least = 6 * char
            names = max(room, 2 * least)
            first = max(least, names * wanted[0] // sum(wanted))
            wanted = [first, max(least, names - first)]
        self._fitting = True
        try:
            for column, width in enumerate((*wanted, *levels)):
                self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        last = self.horizontalHeader().count() - 1  # stretched by the view itself
        if not self._fitting and column != last:
            self._user_sized = True  # the user's widths stay

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()  # once the header has its new font too
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit_columns)

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        self.setCurrentIndex(model.index(row, 2))
        self.selectRow(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        row = self.current_row()
        if key in NEXT_QUESTION_KEYS:
            (self.previousQuestion if shift else self.nextQuestion).emit()
            return
        if row < 0:
            super().keyPressEvent(event)
            return
        if key in SHIFTED_DIGIT_KEYS or (shift and key in DIGIT_KEYS):
            self.targetLevelPressed.emit(
                row, SHIFTED_DIGIT_KEYS.get(key) or DIGIT_KEYS[key]
            )
        elif key in DIGIT_KEYS:
            self.currentLevelPressed.emit(row, (Answer.LEVEL, DIGIT_KEYS[key]))
        elif key == NOT_APPLICABLE_KEY:
            self.currentLevelPressed.emit(row, (Answer.NOT_APPLICABLE, None))
        elif key == DONT_KNOW_KEY or event.text() == DONT_KNOW_TEXT:
            self.currentLevelPressed.emit(row, (Answer.DONT_KNOW, None))
        elif key in CLEAR_KEYS:
            self.clearPressed.emit(row)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
