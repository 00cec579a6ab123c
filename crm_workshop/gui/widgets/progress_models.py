"""The Progress tab's tables as rows for ``RowTableModel``: per-area and per-question
changes between two rounds, and the questions that slipped against the plan.

The rows are plain values built from the services' results (``domain.progress``);
the columns word them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.progress import (
    Direction,
    PlanCheck,
    RoundComparison,
    shown_change,
)
from crm_workshop.gui import i18n
from crm_workshop.gui.itemmodels import Column
from crm_workshop.gui.tones import tone


class ProgressTexts(QObject):
    """The translation context of the progress tables' texts (lupdate reads
    ``ProgressTexts.tr`` under the class's name, as PySide6 looks it up)."""


PLACES = 2  # decimals of the scores the tab shows


def number(value: float | None) -> str:
    """A score to two places in the interface's locale ("3,25" in Polish)."""
    return i18n.number(value, PLACES)


def signed(value: float | None) -> str:
    """A change to two places with its sign ("+0,50", "−0,25"); none shows "0,00"."""
    if value is not None and abs(value) < 0.005:
        return i18n.number(0.0, PLACES)
    return i18n.number(value, PLACES, signed=True)


def signed_change(before: float | None, after: float | None) -> str:
    """The change between two scores as shown beside it (``shown_change``)."""
    return signed(shown_change(before, after, PLACES))


def level(value: int | None) -> str:
    return "–" if value is None else ProgressTexts.tr("L%d") % value


@dataclass(frozen=True)
class ChangeRow:
    """An area (``question_id`` None) or one of its questions, in two rounds."""

    area_id: str
    question_id: str | None
    title: str
    before: float | None
    after: float | None
    level_before: int | None = None
    level_after: int | None = None
    direction: Direction = Direction.NONE

    @property
    def change(self) -> float | None:
        """As the reader works it out from the two scores shown beside it."""
        return shown_change(self.before, self.after, PLACES)


def change_rows(
    model: MaturityModel, comparison: RoundComparison, language: str
) -> list[ChangeRow]:
    """Each area, then its questions, in model order."""
    questions = {q.question_id: q for q in comparison.questions}
    rows = []
    for number_, (area, change) in enumerate(
        zip(model.areas, comparison.areas, strict=True), start=1
    ):
        rows.append(
            ChangeRow(
                area.id,
                None,
                f"{number_}. {area.title.get(language)}",
                change.before,
                change.after,
            )
        )
        for question in area.questions:
            found = questions.get(question.id)
            if found is None:
                continue
            rows.append(
                ChangeRow(
                    area.id,
                    question.id,
                    f"{question.id}  {question.title.get(language)}",
                    found.before,
                    found.after,
                    found.level_before,
                    found.level_after,
                    found.direction,
                )
            )
    return rows


def direction_text(row: ChangeRow) -> str:
    if row.question_id is None:
        return ""
    words = {
        Direction.UP: ProgressTexts.tr("up"),
        Direction.DOWN: ProgressTexts.tr("down"),
        Direction.NEW: ProgressTexts.tr("new"),
        Direction.GONE: ProgressTexts.tr("not rated now"),
    }
    return words.get(row.direction, "")


def change_columns(before: str, after: str) -> list[Column]:
    return [
        Column(
            ProgressTexts.tr("Area / question"),
            lambda r: r.title,
            lambda r: r.title,
        ),
        Column(before, lambda r: number(r.before), numeric=True),
        Column(after, lambda r: number(r.after), numeric=True),
        Column(
            ProgressTexts.tr("Change"),
            lambda r: signed(r.change),
            numeric=True,
        ),
        Column(
            ProgressTexts.tr("Level"),
            lambda r: (
                ""
                if r.question_id is None
                else f"{level(r.level_before)} → {level(r.level_after)}"
            ),
            numeric=True,
        ),
        Column(
            ProgressTexts.tr("Move"),
            direction_text,
            numeric=True,
        ),
    ]


def change_color(row: ChangeRow) -> QColor | None:
    if row.direction is Direction.UP:
        return tone("up")
    if row.direction is Direction.DOWN:
        return tone("down")
    return None


@dataclass(frozen=True)
class SlipRow:
    question_id: str
    title: str
    planned: int | None
    due_level: int
    due_month: str
    actual: int | None


def slip_rows(
    model: MaturityModel, check: PlanCheck | None, language: str
) -> list[SlipRow]:
    if check is None:
        return []
    rows = []
    for q in check.slipped:
        assert q.overdue_level is not None and q.overdue_since is not None
        rows.append(
            SlipRow(
                q.question_id,
                model.question(q.question_id).title.get(language),
                q.planned,
                q.overdue_level,
                str(q.overdue_since),
                q.actual,
            )
        )
    return rows


def slip_columns() -> list[Column]:
    return [
        Column(
            ProgressTexts.tr("Question"),
            lambda r: f"{r.question_id}  {r.title}",
            lambda r: r.title,
        ),
        Column(
            ProgressTexts.tr("Due"),
            lambda r: f"{level(r.due_level)} · {r.due_month}",
            numeric=True,
        ),
        Column(
            ProgressTexts.tr("Planned now"),
            lambda r: level(r.planned),
            numeric=True,
        ),
        Column(
            ProgressTexts.tr("Actual"),
            lambda r: level(r.actual),
            numeric=True,
        ),
    ]
