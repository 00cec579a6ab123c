"""The grid: type in answers collected on paper, one area at a time, like a spreadsheet.

Rows are the people answering in the round being captured (a follow-up round's
participants, else the active stakeholders; as in Capture), two columns per question
(current, target); switching the round shows its people and answers. Keys:
1-5 a level, N not applicable, ? don't know (current columns only), Shift+1-5 the
question's target, Delete/Backspace clear the selection, Ctrl+C/Ctrl+X/Ctrl+V copy, cut
and paste tab-separated text (a spreadsheet's), F2 or a double click edit a cell.
Every edit goes through the undo stack: one command per typed cell, one step per paste
or multi-cell clear. A paste is checked in full first and changes nothing if any value
is bad.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QModelIndex, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.assessment import Rating
from crm_workshop.gui import i18n
from crm_workshop.gui.commands import RateCommand, end_macro
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.grid_model import InvalidCell, split_block
from crm_workshop.gui.widgets.grid_carried import CarriedGridModel
from crm_workshop.gui.widgets.grid_table import GridTable
from crm_workshop.gui.widgets.progress_capture import round_people
from crm_workshop.gui.widgets.progress_commands import ROUND
from crm_workshop.gui.widgets.question_panel import plain_label

MOVE_RIGHT, MOVE_DOWN = "right", "down"


class _QuestionPairDelegate(QStyledItemDelegate):
    """Draws a darker line after each target column, so question pairs read as one."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        if index.column() % 2 == 1:
            painter.save()
            painter.setPen(QColor(140, 140, 140))
            painter.drawLine(option.rect.topRight(), option.rect.bottomRight())
            painter.restore()


class GridView(QWidget):
    statusMessage = Signal(str)

    def __init__(
        self, document: WorkshopDocument, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.language = language
        self._shown = False

        self.area_combo = QComboBox()
        self.area_combo.setAccessibleName(self.tr("Area"))
        for area in document.model.areas:
            self.area_combo.addItem(f"{area.title.get(language)}", area.id)
        area_label = QLabel(self.tr("&Area:"))
        area_label.setBuddy(self.area_combo)
        self.move_combo = QComboBox()
        self.move_combo.setAccessibleName(self.tr("Where the cursor goes after typing"))
        self.move_combo.addItem(self.tr("Right (one person at a time)"), MOVE_RIGHT)
        self.move_combo.addItem(self.tr("Down (one question at a time)"), MOVE_DOWN)
        move_label = QLabel(self.tr("After typing, &move:"))
        move_label.setBuddy(self.move_combo)
        # wrapped only when the row is too narrow (a long language, a small screen)
        self.summary_label = plain_label(name="grid_summary_label")
        self.round_label = plain_label(name="grid_round_label")

        self.table_model = CarriedGridModel(
            document,
            document.model,
            language,
            self._load_question,
            self._edit_cell,
            self,
        )
        self.table = GridTable()
        self.table.setModel(self.table_model)
        self.table.setItemDelegate(_QuestionPairDelegate(self.table))
        self.table.setAccessibleName(self.tr("Answers: stakeholders by questions"))
        self.cell_label = plain_label(wrap=False, name="grid_cell_label")
        self.cell_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.help_label = plain_label(
            self.tr(
                "Keys: 1–5 level · N not applicable · ? don't know · Shift+1–5 target · "
                "Delete clear · Ctrl+C / Ctrl+V copy and paste (also from a spreadsheet) · "
                "F2 edit · Ctrl+Z undo"
            ),
            name="grid_help_label",
        )

        top = QHBoxLayout()
        top.addWidget(area_label)
        top.addWidget(self.area_combo)
        top.addSpacing(16)
        top.addWidget(move_label)
        top.addWidget(self.move_combo)
        top.addStretch(1)
        top.addWidget(self.round_label)
        top.addSpacing(16)
        top.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.help_label)

        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(0)
        self._summary_timer.timeout.connect(self._update_summary)

        self.area_combo.currentIndexChanged.connect(
            lambda _=0: self.show_area(self.area_combo.currentData())
        )
        self.area_combo.activated.connect(lambda _=0: self.table.setFocus())
        self.table.cellTyped.connect(self._typed)
        self.table.clearPressed.connect(self.clear_selection)
        self.table.copyPressed.connect(self.copy_selection)
        self.table.cutPressed.connect(self.cut_selection)
        self.table.pastePressed.connect(self.paste)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        document.ratingChanged.connect(self._rating_changed)
        document.setupChanged.connect(self._setup_changed)
        self.show_area(self.area_combo.currentData())

    # -- loading ---------------------------------------------------------------------
    @property
    def area_id(self) -> str:
        return self.area_combo.currentData()

    def show_area(self, area_id: str) -> None:
        """Load the area's answers in one read; keeps the cursor on the same cell."""
        model = self.table_model
        index = self.table.currentIndex()
        keep = None
        if index.isValid() and model.question(index.column()).area_id == area_id:
            keep = (model.stakeholder(index.row()).id, index.column())
        if self.area_combo.currentData() != area_id:
            with QSignalBlocker(self.area_combo):
                self.area_combo.setCurrentIndex(self.area_combo.findData(area_id))
        document = self.document
        area = document.model.area(area_id)
        round_ = document.round
        model.editable = round_ is not None and not document.read_only
        model.set_area(
            round_people(document),
            area.questions,
            document.session.ratings(round_.id) if round_ else [],
        )
        self._fit_columns()
        row, column = 0, 0
        if keep is not None and model.row_of(keep[0]) >= 0:
            row, column = model.row_of(keep[0]), keep[1]
        if model.rowCount():
            self.table.go_to(row, column)
        self.round_label.setText(
            self.tr("Round “%s” (%s)") % (round_.name, i18n.date_text(round_.held_on))
            if round_ is not None
            else ""
        )
        self._update_summary()

    def reload(self) -> None:
        """Read the stakeholders and answers again (after changes made elsewhere)."""
        if self.document.is_open:
            self.show_area(self.area_id)

    def _setup_changed(self, what: str) -> None:
        """Another round is captured: show its people and answers (at once when in
        view; a hidden grid reads again when it is shown)."""
        if what == ROUND and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._shown:
            self.reload()
        self._shown = True

    def _load_question(self, question_id: str) -> dict[int, Rating] | None:
        return self.document.ratings_for(question_id) if self.document.is_open else None

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.table_model.columnCount()):
            title = self.table_model.column_title(column)
            self.table.setColumnWidth(
                column, max(64, metrics.horizontalAdvance(title) + 24)
            )
        rows = self.table.verticalHeader()
        names = [
            self.table_model.stakeholder(row).name
            for row in range(self.table_model.rowCount())
        ]
        widest = max(
            (rows.fontMetrics().horizontalAdvance(n) for n in names), default=0
        )
        rows.setFixedWidth(min(max(widest + 24, 140), 320))

    # -- refresh ---------------------------------------------------------------------
    def _rating_changed(self, question_id: str) -> None:
        self.table_model.question_changed(question_id)
        self._summary_timer.start()

    def _update_summary(self) -> None:
        model = self.table_model
        cells = model.rowCount() * model.columnCount() // 2
        self.summary_label.setText(
            self.tr("%d of %d answers entered") % (model.answered_count(), cells)
        )

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not index.isValid():
            self.cell_label.clear()
            return
        model = self.table_model
        question = model.question(index.column())
        self.cell_label.setText(
            f"{model.stakeholder(index.row()).name}  ·  {model.column_title(index.column())}"
            f"  ·  {question.title.get(self.language)}"
        )

    # -- edits -----------------------------------------------------------------------
    def _typed(self, row: int, column: int, text: str) -> None:
        if self._enter({(row, column): text}, None):
            self._advance(row, column)

    def _edit_cell(self, row: int, column: int, text: str) -> None:
        self._enter({(row, column): text}, None)

    def _advance(self, row: int, column: int) -> None:
        model = self.table_model
        if self.move_combo.currentData() == MOVE_DOWN:
            row = min(row + 1, model.rowCount() - 1)
        elif column + 1 < model.columnCount():
            column += 1
        elif row + 1 < model.rowCount():
            row, column = row + 1, 0
        self.table.go_to(row, column)

    def _enter(
        self,
        cells: dict[tuple[int, int], str],
        macro: Callable[[int], str] | None,
    ) -> bool:
        """Check ``cells`` and store every change; ``macro`` (the step's text for a
        number of changes) makes one step of them."""
        if not self.table_model.editable:
            self.statusMessage.emit(self.tr("This workshop is open read-only."))
            return False
        try:
            changes = self.table_model.plan(cells)
        except InvalidCell as bad:
            prefix = self.tr("Nothing pasted: ") if macro else ""
            self.statusMessage.emit(prefix + self._explain(bad))
            return False
        if changes:
            self._push(changes, macro)
        return True

    def _explain(self, bad: InvalidCell) -> str:
        model = self.table_model
        if not (
            0 <= bad.row < model.rowCount() and 0 <= bad.column < model.columnCount()
        ):
            return self.tr("the values do not fit in the grid from this cell.")
        allowed = (
            self.tr("1–5, N/A or ?")
            if model.kind(bad.column) == model.CURRENT
            else self.tr("1–5")
        )
        return self.tr("row %d (%s), column %s: “%s” is not %s.") % (
            bad.row + 1,
            model.stakeholder(bad.row).name,
            model.column_title(bad.column),
            bad.text.strip()[:40],
            allowed,
        )

    def _push(
        self,
        changes: list[tuple[int, str, Rating | None]],
        macro: Callable[[int], str] | None,
    ) -> None:
        stack = self.document.undo_stack
        failures: list[object] = []

        def failed(exc: object) -> None:
            failures.append(exc)

        # One failed write explains itself; stop there instead of failing once a cell.
        self.document.writeFailed.connect(failed)
        # the answers being replaced, read before the first write changes them
        olds = [
            self.table_model.answer(row, question_id) for row, question_id, _ in changes
        ]
        if macro:
            stack.beginMacro(macro(len(changes)))
        try:
            for (row, question_id, new), old in zip(changes, olds, strict=True):
                if failures:
                    break
                person = self.table_model.stakeholder(row)
                if new is None:
                    text = self.tr("Clear answer of %s to %s")
                else:
                    text = self.tr("Answer of %s to %s")
                stack.push(
                    RateCommand(
                        self.document,
                        person.id,
                        question_id,
                        new,
                        text % (person.name, question_id),
                        old,
                    )
                )
        finally:
            if macro:
                end_macro(stack, macro, bool(failures))  # only what was written
            self.document.writeFailed.disconnect(failed)

    def clear_selection(self) -> None:
        cells = {cell: "" for cell in self.table.selected_cells()}
        if not cells:
            return
        if not any(self.table_model.cell_text(*cell) for cell in cells):
            return
        before = self.document.undo_stack.index()
        macro = self._clear_text if len(cells) > 1 else None
        if self._enter(cells, macro) and self.document.undo_stack.index() == before:
            self.statusMessage.emit(
                self.tr("An answer with a target stays “?”: clear its target too.")
            )

    def copy_selection(self) -> None:
        cells = set(self.table.selected_cells())
        if not cells:
            return
        top, left, height, width = _bounds(cells)
        rows, columns = range(top, top + height), range(left, left + width)
        text = "\n".join(
            "\t".join(
                self.table_model.cell_text(r, c) if (r, c) in cells else ""
                for c in columns
            )
            for r in rows
        )
        QGuiApplication.clipboard().setText(text)
        self.statusMessage.emit(self.tr("Copied %n cell(s).", "", len(cells)))

    def cut_selection(self) -> None:
        self.copy_selection()
        self.clear_selection()

    def paste(self) -> None:
        """Paste the clipboard's block at the current cell (or fill the selection)."""
        block = split_block(QGuiApplication.clipboard().text())
        if not block:
            self.statusMessage.emit(self.tr("The clipboard holds nothing to paste."))
            return
        selected = self.table.selected_cells()
        model = self.table_model
        if len(block) == 1 and len(block[0]) == 1 and len(selected) > 1:
            cells = {cell: block[0][0] for cell in selected}  # one value fills them all
            top, left, height, width = _bounds(selected)
        else:
            if len(selected) > 1:
                top, left = _bounds(selected)[:2]
            else:
                index = self.table.currentIndex()
                top, left = (index.row(), index.column()) if index.isValid() else (0, 0)
            height, width = len(block), max(len(line) for line in block)
            if top + height > model.rowCount() or left + width > model.columnCount():
                self.statusMessage.emit(
                    self.tr(
                        "Nothing pasted: %d rows × %d columns do not fit here; from this "
                        "cell there is room for %d × %d."
                    )
                    % (
                        height,
                        width,
                        model.rowCount() - top,
                        model.columnCount() - left,
                    )
                )
                return
            cells = {
                (top + i, left + j): value
                for i, line in enumerate(block)
                for j, value in enumerate(line)
            }
        if self._enter(cells, self._paste_text):
            self.table.select_block(top, left, height, width)
            self.statusMessage.emit(self.tr("Pasted %n cell(s).", "", len(cells)))

    def _clear_text(self, count: int) -> str:
        return self.tr("Clear %n answer(s)", "", count)

    def _paste_text(self, count: int) -> str:
        return self.tr("Paste %n answer(s)", "", count)


def _bounds(cells: Collection[tuple[int, int]]) -> tuple[int, int, int, int]:
    """Top, left, height and width of the rectangle around ``cells``."""
    rows = [r for r, _ in cells]
    columns = [c for _, c in cells]
    return (
        min(rows),
        min(columns),
        max(rows) - min(rows) + 1,
        max(columns) - min(columns) + 1,
    )
