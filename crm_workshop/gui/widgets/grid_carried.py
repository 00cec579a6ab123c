"""The grid's answers, with those still carried over from an earlier round marked.

A follow-up round may start with each participant's earlier answers (see
``progress_capture``): until someone gives or confirms them they are carried over,
and the grid shows them as Capture does: "↻" after the level, in italics, with a
tooltip naming the round they came from. Only what is shown changes: copying a cell
copies the answer without the mark, and typing a new answer replaces it (confirming
an answer as it is happens in Capture).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtGui import Qt as QtGuiNamespace

from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.grid_model import RatingGridModel
from crm_workshop.gui.text import plain_tooltip


class CarriedGridModel(RatingGridModel):
    """``RatingGridModel`` for the round being captured, marking carried answers."""

    def __init__(self, document: WorkshopDocument, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._document = document
        self._from: dict[str, dict[int, int | None]] = {}  # question -> who -> round
        self._stale_marks: set[str] = set()
        self._round_names: dict[int, str] = {}

    def set_area(self, stakeholders, questions, ratings) -> None:  # type: ignore[no-untyped-def]
        document = self._document
        self._from, self._stale_marks = {}, set()
        round_ = document.round if document.is_open else None
        if round_ is not None:
            self._round_names = {r.id: r.name for r in document.session.rounds()}
            for mark in document.session.progress.carried(round_.id):
                if mark.stakeholder_id is not None:
                    who = self._from.setdefault(mark.question_id, {})
                    who[mark.stakeholder_id] = mark.from_round_id
        super().set_area(stakeholders, questions, ratings)

    def question_changed(self, question_id: str) -> None:
        self._stale_marks.add(question_id)  # read again when next shown
        super().question_changed(question_id)

    def carried_from(self, row: int, column: int) -> int | bool | None:
        """The round the answer in this cell was carried over from (None: a round
        since deleted), or False when it is not carried over."""
        question_id = self.question(column).id
        if question_id in self._stale_marks:
            self._stale_marks.discard(question_id)
            document = self._document
            if document.is_open and document.round is not None:
                marks = document.session.progress.carried(
                    document.round.id, question_id
                )
                self._from[question_id] = {
                    m.stakeholder_id: m.from_round_id
                    for m in marks
                    if m.stakeholder_id is not None
                }
        who = self._from.get(question_id, {})
        person = self.stakeholder(row).id
        return who.get(person, False)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        value = super().data(index, role)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return value
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return value
        source = self.carried_from(index.row(), index.column())
        if source is False:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            current = index.column() % 2 == self.CURRENT
            return f"{value} ↻" if value and current else value
        if role == Qt.ItemDataRole.FontRole:
            font = QFont(value) if isinstance(value, QFont) else QFont()
            font.setItalic(True)
            return font
        name = self._round_names.get(source or -1, "?")  # type: ignore[arg-type]
        note = (
            QCoreApplication.translate(
                "CarriedGridModel",
                "Carried over from “%s”: type a new answer, or confirm it as it is in "
                "Capture",
            )
            % name
        )
        if value and QtGuiNamespace.mightBeRichText(value):  # already escaped
            return f"{value}<p>{html.escape(note)}</p>"
        return plain_tooltip(f"{value}\n{note}" if value else note)
