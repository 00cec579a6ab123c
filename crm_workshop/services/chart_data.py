"""The numbers behind each chart, as plain values (no matplotlib, no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.scoring import Assessment


@dataclass(frozen=True)
class RadarData:
    labels: tuple[str, ...]
    current: tuple[float | None, ...]
    target: tuple[float | None, ...]


def radar_data(
    model: MaturityModel, assessment: Assessment, language: str
) -> RadarData:
    """Area scores (consensus where set, aggregate elsewhere) and targets, in model order."""
    return RadarData(
        labels=tuple(area.title.get(language) for area in model.areas),
        current=tuple(assessment.area(a.id).score for a in model.areas),
        target=tuple(assessment.area(a.id).target for a in model.areas),
    )


def department_scores(
    model: MaturityModel, views: Mapping[str, Assessment]
) -> dict[str, tuple[float | None, ...]]:
    """Each department's own view of the area scores, in model order."""
    return {
        dep: tuple(view.area(a.id).score for a in model.areas)
        for dep, view in views.items()
    }


@dataclass(frozen=True)
class HeatRow:
    label: str
    cells: tuple[tuple[str, float | None, float | None, bool], ...]


def heat_rows(
    model: MaturityModel, assessment: Assessment, language: str
) -> list[HeatRow]:
    """One row per area: (question id, score, target, disagreement) per shown question."""
    rows = []
    for area in model.areas:
        cells = tuple(
            (q.id, s.score, s.target, s.disagreement)
            for q in area.questions
            if (s := assessment.questions.get(q.id)) is not None
        )
        rows.append(HeatRow(area.title.get(language), cells))
    return rows
