"""The parts of the plan editor: what it shows, its tree's texts, its level rows and
the undo of a month set by hand.

``PlanState`` is read once per reload. The texts of the area and question rows and
the level rows of the form are translated in the editor's context (``PlanEditor``),
with the editor's strings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLineEdit, QPushButton

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.planning import QuestionPlan, RoadmapPlan
from crm_workshop.domain.roadmap import LevelOverride
from crm_workshop.gui.i18n import number
from crm_workshop.gui.widgets.setup_common import plain

if TYPE_CHECKING:
    from crm_workshop.gui.widgets.plan_editor import PlanEditor
    from crm_workshop.services.roadmap import Roadmap

LEVELS = (2, 3, 4, 5)


@dataclass(frozen=True)
class PlanState:
    """What the editor shows, read once per reload."""

    model: MaturityModel
    language: str
    plan: RoadmapPlan
    derived: RoadmapPlan | None  # the same plan without the consultant's months
    overrides: Mapping[tuple[str, int], LevelOverride]
    target_dates: Mapping[str, str]
    titles: Mapping[int, str]  # initiative id -> title
    area_targets: Mapping[str, float | None] = field(default_factory=dict)


def level_text(value: float | None, decimals: int = 0) -> str:
    return number(value, decimals)


def steps_text(qplan: QuestionPlan) -> str:
    return " → ".join(
        QCoreApplication.translate("PlanEditor", "L{level} {month}").format(
            level=s.level, month=s.month
        )
        + ("*" if s.overridden else "")
        for s in qplan.steps
    )


def area_texts(state: PlanState, area_id: str) -> list[str]:
    """The tree's columns for an area: name, now, target, steps, target date."""
    area = state.model.area(area_id)
    plan = state.plan.area(area_id)
    steps = " → ".join(
        QCoreApplication.translate("PlanEditor", "L{level} {month}").format(
            level=s.level, month=s.month
        )
        for s in plan.steps
    )
    return [
        area.title.get(state.language),
        level_text(plan.start, 1),
        level_text(state.area_targets.get(area_id), 1),
        steps,
        state.target_dates.get(area_id, ""),
    ]


def question_texts(state: PlanState, qplan: QuestionPlan) -> list[str]:
    """The tree's columns for a question."""
    question = state.model.question(qplan.question_id)
    return [
        f"{question.id} {question.title.get(state.language)}",
        level_text(qplan.start),
        level_text(qplan.target),
        steps_text(qplan),
        state.target_dates.get(qplan.question_id, ""),
    ]


def restore_override(
    roadmap: Roadmap, scope: str, level: int
) -> Callable[[object], object]:
    """The undo of a level override: the month set before, or none again."""

    def restore(previous: object) -> object:
        if isinstance(previous, LevelOverride):
            return roadmap.set_level_override(previous)
        return roadmap.clear_level_override(scope, level)

    return restore


def level_grid(editor: PlanEditor) -> tuple[QGroupBox, dict[int, LevelRow]]:
    """The box of the form with one row per level above level 1."""
    box = QGroupBox(
        QCoreApplication.translate("PlanEditor", "When each level is reached")
    )
    grid = QGridLayout(box)
    for column, text in enumerate(
        (
            QCoreApplication.translate("PlanEditor", "Level"),
            QCoreApplication.translate("PlanEditor", "Derived"),
            QCoreApplication.translate("PlanEditor", "From initiatives"),
            QCoreApplication.translate("PlanEditor", "Planned"),
            QCoreApplication.translate("PlanEditor", "Set by hand"),
        )
    ):
        grid.addWidget(plain(text, wrap=False), 0, column)
    grid.setColumnStretch(2, 1)
    return box, {level: LevelRow(editor, level, grid) for level in LEVELS}


class LevelRow:
    """The widgets of one level in the form."""

    def __init__(self, editor: PlanEditor, level: int, grid: QGridLayout) -> None:
        self.level = level
        self.label = plain(
            QCoreApplication.translate("PlanEditor", "Level {level}").format(
                level=level
            ),
            wrap=False,
        )
        self.derived = plain(wrap=False)
        self.derived.setObjectName(f"derived_label_{level}")
        self.source = plain()
        self.source.setObjectName(f"source_label_{level}")
        self.planned = plain(wrap=False)
        self.planned.setObjectName(f"planned_label_{level}")
        self.edit = QLineEdit()
        self.edit.setObjectName(f"override_edit_{level}")
        self.edit.setAccessibleName(
            QCoreApplication.translate(
                "PlanEditor", "Month level {level} is reached"
            ).format(level=level)
        )
        self.edit.setPlaceholderText(
            QCoreApplication.translate("PlanEditor", "derived")
        )
        self.edit.setToolTip(
            QCoreApplication.translate(
                "PlanEditor",
                "Write a month as YYYY-MM, or “not planned”; leave empty to use the "
                "month the initiatives derive. Press Enter to save.",
            )
        )
        self.edit.setMaximumWidth(
            editor.fontMetrics().horizontalAdvance("not planned__") * 2
        )
        self.edit.returnPressed.connect(lambda: editor.commit_level(level))
        self.not_planned = QPushButton(
            QCoreApplication.translate("PlanEditor", "Not planned")
        )
        self.not_planned.setAccessibleName(
            QCoreApplication.translate(
                "PlanEditor", "Level {level} not planned"
            ).format(level=level)
        )
        self.not_planned.clicked.connect(lambda: editor.set_override(level, None))
        self.clear = QPushButton(
            QCoreApplication.translate("PlanEditor", "Use derived")
        )
        self.clear.setAccessibleName(
            QCoreApplication.translate(
                "PlanEditor", "Level {level}: use the derived month"
            ).format(level=level)
        )
        self.clear.setToolTip(
            QCoreApplication.translate("PlanEditor", "Forget the month set by hand")
        )
        self.clear.clicked.connect(lambda: editor.clear_override(level))
        self.label.setBuddy(self.edit)
        self.widgets = (
            self.label,
            self.derived,
            self.source,
            self.planned,
            self.edit,
            self.not_planned,
            self.clear,
        )
        for column, widget in enumerate(self.widgets):
            grid.addWidget(widget, level - 1, column)

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets:
            widget.setVisible(visible)

    def show(self, state: PlanState, scope: str, editable: bool) -> None:
        """The level of question ``scope``: derived, planned and set by hand."""
        level = self.level
        derived = None
        if state.derived is not None and scope in state.derived.questions:
            derived = next(
                (s for s in state.derived.questions[scope].steps if s.level == level),
                None,
            )
        if derived is None:
            self.derived.setText("–")
            self.source.setText(
                QCoreApplication.translate("PlanEditor", "no initiative brings it")
            )
        else:
            self.derived.setText(str(derived.month))
            self.source.setText(
                ", ".join(state.titles.get(i, f"#{i}") for i in derived.initiative_ids)
            )
        planned = next(
            (s for s in state.plan.questions[scope].steps if s.level == level), None
        )
        self.planned.setText(
            str(planned.month)
            if planned
            else QCoreApplication.translate("PlanEditor", "not planned")
        )
        override = state.overrides.get((scope, level))
        with QSignalBlocker(self.edit):
            if override is None:
                self.edit.setText("")
            elif override.reached_on is None:
                self.edit.setText(
                    QCoreApplication.translate("PlanEditor", "not planned")
                )
            else:
                self.edit.setText(override.reached_on)
        for widget in (self.edit, self.not_planned):
            widget.setEnabled(editable)
        self.clear.setEnabled(editable and override is not None)
