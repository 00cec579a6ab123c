"""Scoring rules. Everything here is a pure function of ratings, consensus and the model.

The rules, in one place (the README's "How scores are computed" repeats them):

* Per question and round, only answers with a level count. "Not applicable" and
  "don't know" are counted separately and never enter a score.
  count, mean, median, min, max of the current levels; spread = max - min;
  disagreement when two answers are two or more levels apart (spread >= 2).
  The target aggregate is the mean of the targets given.
* A consensus overrides the aggregate: the question's score is the agreed current level
  when one is set, else the mean; its target likewise. Gap = target - score.
* Per area: score = weighted mean of the scores of its questions that have one
  (question weights from the model); floor = the lowest question score;
  target = weighted mean of question targets; gap = area target - area score.
* Per department: the same, computed only from the ratings of that department's
  stakeholders and without consensus (it shows how that department sees the company).
* Overall index = mean of area scores weighted by area weight, on the same 1..5 scale;
  ``index_percent`` maps it onto 0..100 (1 -> 0, 5 -> 100).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from crm_workshop.domain.assessment import Answer, Consensus, Rating
from crm_workshop.domain.maturity import Area, MaturityModel, Question

DISAGREEMENT_SPREAD = 2


@dataclass(frozen=True)
class QuestionScore:
    question_id: str
    count: int
    mean: float | None
    median: float | None
    minimum: int | None
    maximum: int | None
    spread: int | None
    disagreement: bool
    na_count: int
    dont_know_count: int
    target_count: int
    target_mean: float | None
    consensus: Consensus | None
    score: float | None
    target: float | None

    @property
    def gap(self) -> float | None:
        if self.score is None or self.target is None:
            return None
        return self.target - self.score


@dataclass(frozen=True)
class AreaScore:
    area_id: str
    score: float | None
    floor: float | None
    floor_question_id: str | None
    target: float | None
    scored_questions: int
    total_questions: int

    @property
    def gap(self) -> float | None:
        if self.score is None or self.target is None:
            return None
        return self.target - self.score


@dataclass(frozen=True)
class Assessment:
    """All scores of one round (or one department's view of it)."""

    questions: Mapping[str, QuestionScore]
    areas: tuple[AreaScore, ...]
    index: float | None

    @property
    def index_percent(self) -> float | None:
        return None if self.index is None else (self.index - 1.0) / 4.0 * 100.0

    def area(self, area_id: str) -> AreaScore:
        return next(a for a in self.areas if a.area_id == area_id)


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Mean of ``value`` weighted by ``weight`` over (value, weight) pairs; None if empty."""
    total = weight_sum = 0.0
    for value, weight in pairs:
        total += value * weight
        weight_sum += weight
    return None if weight_sum == 0 else total / weight_sum


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean, summed exactly (as ``statistics.fmean``)."""
    return math.fsum(values) / len(values)


def median(values: Sequence[float]) -> float:
    """The middle value, or the mean of the two middle values.

    (``statistics`` would do, but it imports ``fractions`` and ``decimal``, which the
    desktop app's start-up would pay for.)
    """
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def score_question(
    question_id: str, ratings: Sequence[Rating], consensus: Consensus | None = None
) -> QuestionScore:
    """Aggregate one question's ratings; a consensus value wins over the aggregate."""
    levels = sorted(
        r.current for r in ratings if r.answer is Answer.LEVEL and r.current
    )
    targets = [r.target for r in ratings if r.target is not None]
    average = mean(levels) if levels else None
    target_mean = mean(targets) if targets else None
    spread = levels[-1] - levels[0] if levels else None
    score = average
    target = target_mean
    if consensus is not None:
        if consensus.current is not None:
            score = float(consensus.current)
        if consensus.target is not None:
            target = float(consensus.target)
    return QuestionScore(
        question_id=question_id,
        count=len(levels),
        mean=average,
        median=median(levels) if levels else None,
        minimum=levels[0] if levels else None,
        maximum=levels[-1] if levels else None,
        spread=spread,
        disagreement=spread is not None and spread >= DISAGREEMENT_SPREAD,
        na_count=sum(r.answer is Answer.NOT_APPLICABLE for r in ratings),
        dont_know_count=sum(r.answer is Answer.DONT_KNOW for r in ratings),
        target_count=len(targets),
        target_mean=target_mean,
        consensus=consensus,
        score=score,
        target=target,
    )


def score_area(area: Area, question_scores: Mapping[str, QuestionScore]) -> AreaScore:
    """Weighted mean of the area's scored questions; the floor is its weakest question."""
    scored = [
        (q, question_scores[q.id])
        for q in area.questions
        if q.id in question_scores and question_scores[q.id].score is not None
    ]
    floor_q: tuple[Question, QuestionScore] | None = min(
        scored, key=lambda pair: pair[1].score or 0.0, default=None
    )
    return AreaScore(
        area_id=area.id,
        score=weighted_mean(
            (s.score, q.weight) for q, s in scored if s.score is not None
        ),
        floor=floor_q[1].score if floor_q else None,
        floor_question_id=floor_q[0].id if floor_q else None,
        target=weighted_mean(
            (s.target, q.weight)
            for q in area.questions
            if q.id in question_scores
            and (s := question_scores[q.id]).target is not None
        ),
        scored_questions=len(scored),
        total_questions=len(area.questions),
    )


def assess(
    model: MaturityModel,
    ratings: Iterable[Rating],
    consensus: Mapping[str, Consensus] | None = None,
    hidden: frozenset[str] = frozenset(),
) -> Assessment:
    """Score a round: every question, every area, and the overall index.

    ``hidden`` lists question ids left out of this workshop; they are not scored.
    """
    consensus = consensus or {}
    by_question: dict[str, list[Rating]] = defaultdict(list)
    for rating in ratings:
        by_question[rating.question_id].append(rating)
    questions = {
        q.id: score_question(q.id, by_question.get(q.id, ()), consensus.get(q.id))
        for q in model.questions()
        if q.id not in hidden
    }
    areas = tuple(score_area(a, questions) for a in model.areas)
    index = weighted_mean(
        (a.score, area.weight)
        for a, area in zip(areas, model.areas, strict=True)
        if a.score is not None
    )
    return Assessment(questions=questions, areas=areas, index=index)


def assess_by_department(
    model: MaturityModel,
    ratings: Iterable[Rating],
    departments: Mapping[int, str],
    hidden: frozenset[str] = frozenset(),
) -> dict[str, Assessment]:
    """One assessment per department, from its own stakeholders' ratings, no consensus.

    ``departments`` maps stakeholder id to department; stakeholders without one are
    grouped under the empty string.
    """
    grouped: dict[str, list[Rating]] = defaultdict(list)
    for rating in ratings:
        grouped[departments.get(rating.stakeholder_id, "")].append(rating)
    return {dep: assess(model, rs, None, hidden) for dep, rs in sorted(grouped.items())}
