"""When each question and area reaches each level: the plan derived from the roadmap.

The rules, in one place:

* **Levels now.** A question's start is its score rounded half up (2.5 -> 3) and its
  target likewise; an unrated question (no score) has no start and the plan never moves
  it. Hidden questions are left out of the plan.
* **What counts.** Only active initiatives (anything but dropped) with an end month
  count. A move ``from -> to`` brings the levels ``from+1 .. to`` of its question.
* **Spreading.** The levels of one move are spread evenly over the initiative's months
  ``starts_on .. ends_on`` (both included, ``n`` months), the last one at ``ends_on``:
  the ``i``-th of ``k`` levels is reached in month ``ceil(i * n / k)`` of the run.
  Two levels over January..June land in March and June. Without a start month, or with
  a start after the end, every level lands at ``ends_on``.
* **Ignored levels.** A level at or below the question's start is ignored (by moves and
  overrides alike), and so are moves on questions that are hidden, unknown or unrated.
* **Several initiatives.** When several initiatives bring the same level, the earliest
  month wins; the ids of every initiative bringing it in that month are kept.
* **Overrides.** A consultant's month for (question, level) replaces what initiatives
  derive for that level (the step is ``overridden`` and names no initiative), and may add
  a level no initiative brings. ``reached_on=None`` removes that level and every level
  above it that is not itself overridden with a month. Several overrides of the same
  level: the last one wins.
* **Months before the start** (of the assessment) are moved to the start month.
* **Order.** Months never go down as levels go up: a level is reached no later than any
  level above it, so a level whose own month is later than a higher level's is pulled
  back to that month (and then names the initiatives of that higher level, or none when
  that level is overridden). Pulling back rather than pushing forward means adding an
  initiative can only bring steps earlier, never delay one.
* **Gaps.** Steps list the levels that are planned; a level nobody brings stays out
  (1 -> 2 and 3 -> 4 planned: steps 2 and 4). ``level_at(month)`` is the start raised to
  the highest step reached by the end of that month.
* **Target reached.** ``target_reached_on`` is the month of the first step at or above
  the target; None when there is no target, the target is not above the start, or no
  step reaches it.
* **Areas.** An area's value at a month is the weighted mean (model question weights) of
  the levels of its rated, shown questions at that month: the same rule as
  ``scoring.score_area``, on whole levels. Its start is that mean over the starts. Area
  steps: for each whole level above the start value, the first month the value reaches
  it (a tolerance of 1e-9 absorbs float rounding).
* **Quarters.** From the start's quarter to the quarter of the last step (question or
  area), at least four quarters.
* **Bad month text** (an initiative's or override's month that does not read as
  ``YYYY-MM``) counts as absent: the services refuse such months on writing, and a
  damaged file must not stop the plan.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from crm_workshop.domain.errors import UnknownArea
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.roadmap import (
    BadMonth,
    Initiative,
    LevelOverride,
    Month,
    Quarter,
    quarters_between,
)
from crm_workshop.domain.scoring import Assessment, weighted_mean

MIN_QUARTERS = 4
_EPSILON = 1e-9


def round_half_up(value: float | None) -> int | None:
    """2.5 -> 3, 2.49 -> 2; None stays None."""
    return None if value is None else math.floor(value + 0.5)


def parse_month(text: str | None) -> Month | None:
    """The month in ``text``; None when absent or not a month."""
    if not text:
        return None
    try:
        return Month.parse(text)
    except BadMonth:
        return None


@dataclass(frozen=True)
class LevelStep:
    level: int  # the level reached
    month: Month  # the month it is reached (end of that month)
    initiative_ids: tuple[int, ...]  # initiatives that bring it (empty when overridden)
    overridden: bool  # the consultant set this month by hand


@dataclass(frozen=True)
class QuestionPlan:
    question_id: str
    area_id: str
    start: int | None  # level now: the score rounded half up (None: unrated)
    target: int | None  # the target rounded half up
    steps: tuple[LevelStep, ...]  # ascending level and month, only levels above start

    def level_at(self, month: Month) -> int | None:
        """The start, raised by the steps reached by the end of ``month``."""
        if self.start is None:
            return None
        return max(
            (s.level for s in self.steps if s.month <= month), default=self.start
        )

    @property
    def target_reached_on(self) -> Month | None:
        """The month of the first step at or above the target."""
        if self.target is None:
            return None
        return next((s.month for s in self.steps if s.level >= self.target), None)


@dataclass(frozen=True)
class AreaStep:
    level: int  # whole level the area's value first reaches (>= level)
    month: Month


@dataclass(frozen=True)
class AreaPlan:
    area_id: str
    start: (
        float | None
    )  # weighted mean of question starts (model weights), None if none
    steps: tuple[AreaStep, ...]
    # the area's rated, shown questions and their model weights
    members: tuple[tuple[QuestionPlan, float], ...] = field(default=(), repr=False)

    def value_at(self, month: Month) -> float | None:
        return weighted_mean(
            (float(level), weight)
            for plan, weight in self.members
            if (level := plan.level_at(month)) is not None
        )


@dataclass(frozen=True)
class RoadmapPlan:
    start: Month  # the month of the assessment
    questions: Mapping[str, QuestionPlan] = field(hash=False)  # model order
    areas: tuple[AreaPlan, ...]  # model order
    quarters: tuple[Quarter, ...]  # start's quarter .. last step's quarter, >= 4

    def area_values_at(self, month: Month) -> dict[str, float | None]:
        return {a.area_id: a.value_at(month) for a in self.areas}

    def area(self, area_id: str) -> AreaPlan:
        for area in self.areas:
            if area.area_id == area_id:
                return area
        raise UnknownArea(area_id)


# -- derivation -------------------------------------------------------------------------
def spread_move(
    from_level: int, to_level: int, starts_on: Month | None, ends_on: Month
) -> list[tuple[int, Month]]:
    """(level, month) for each level a move brings, spread evenly over the run."""
    months = 1
    if starts_on is not None and starts_on <= ends_on:
        months = starts_on.months_until(ends_on) + 1
    first = ends_on.plus(1 - months)
    count = to_level - from_level
    return [
        (from_level + i, first.plus(-(-i * months // count) - 1))
        for i in range(1, count + 1)
    ]


@dataclass
class _Candidate:
    month: Month
    ids: set[int]


def _initiative_candidates(
    initiatives: Sequence[Initiative], starts: Mapping[str, int], start: Month
) -> dict[str, dict[int, _Candidate]]:
    """Per question and level: the earliest month an initiative brings it, and who."""
    found: dict[str, dict[int, _Candidate]] = {}
    for initiative in initiatives:
        ends_on = parse_month(initiative.ends_on)
        if not initiative.active or ends_on is None:
            continue
        starts_on = parse_month(initiative.starts_on)
        for move in initiative.moves:
            if move.question_id not in starts:
                continue
            levels = found.setdefault(move.question_id, {})
            for level, month in spread_move(
                move.from_level, move.to_level, starts_on, ends_on
            ):
                if level <= starts[move.question_id]:
                    continue
                month = max(month, start)
                ids = {initiative.id} if initiative.id is not None else set()
                known = levels.get(level)
                if known is None or month < known.month:
                    levels[level] = _Candidate(month, ids)
                elif month == known.month:
                    known.ids |= ids
    return found


def _question_steps(
    candidates: Mapping[int, _Candidate],
    overrides: Mapping[int, Month | None],
    start_level: int,
    start: Month,
) -> tuple[LevelStep, ...]:
    removed_from = min(
        (level for level, month in overrides.items() if month is None), default=None
    )
    own: dict[int, tuple[Month, tuple[int, ...], bool]] = {}
    for level, candidate in candidates.items():
        if level in overrides or (removed_from is not None and level >= removed_from):
            continue
        own[level] = (candidate.month, tuple(sorted(candidate.ids)), False)
    for level, month in overrides.items():
        if month is not None and level > start_level:
            own[level] = (max(month, start), (), True)
    steps: list[LevelStep] = []
    best: tuple[Month, tuple[int, ...]] | None = None
    for level in sorted(own, reverse=True):
        month, ids, overridden = own[level]
        if best is None or month <= best[0]:
            best = (month, ids)
        steps.append(
            LevelStep(level, best[0], () if overridden else best[1], overridden)
        )
    return tuple(reversed(steps))


def _area_plan(area_id: str, members: list[tuple[QuestionPlan, float]]) -> AreaPlan:
    rated = tuple((p, w) for p, w in members if p.start is not None)
    plan = AreaPlan(area_id, None, (), rated)
    start_value = weighted_mean((float(p.start or 0), w) for p, w in rated)
    if start_value is None:
        return plan
    steps: list[AreaStep] = []
    level = math.floor(start_value + _EPSILON) + 1
    for month in sorted({s.month for p, _ in rated for s in p.steps}):
        value = plan.value_at(month) or 0.0
        while level <= 5 and value >= level - _EPSILON:
            steps.append(AreaStep(level, month))
            level += 1
    return AreaPlan(area_id, start_value, tuple(steps), rated)


def _quarters(start: Month, last: Month) -> tuple[Quarter, ...]:
    quarters = quarters_between(start, max(start, last))
    while len(quarters) < MIN_QUARTERS:
        quarters.append(quarters[-1].next())
    return tuple(quarters)


def derive_plan(
    model: MaturityModel,
    assessment: Assessment,
    initiatives: Sequence[Initiative],
    overrides: Sequence[LevelOverride],
    start: Month,
    hidden: frozenset[str] = frozenset(),
) -> RoadmapPlan:
    """The plan of every shown question and area; see the module's rules."""
    shown = [q for q in model.questions() if q.id not in hidden]
    scores = {q.id: assessment.questions.get(q.id) for q in shown}
    starts = {
        qid: level
        for qid, score in scores.items()
        if score is not None and (level := round_half_up(score.score)) is not None
    }
    candidates = _initiative_candidates(initiatives, starts, start)
    by_question: dict[str, dict[int, Month | None]] = {}
    for override in overrides:
        month = parse_month(override.reached_on)
        if override.question_id in starts and (month or not override.reached_on):
            by_question.setdefault(override.question_id, {})[override.level] = month
    questions: dict[str, QuestionPlan] = {}
    for question in shown:
        score = scores[question.id]
        level = starts.get(question.id)
        steps: tuple[LevelStep, ...] = ()
        if level is not None:
            own_overrides = {
                lv: m
                for lv, m in by_question.get(question.id, {}).items()
                if lv > level
            }
            steps = _question_steps(
                candidates.get(question.id, {}), own_overrides, level, start
            )
        questions[question.id] = QuestionPlan(
            question_id=question.id,
            area_id=question.area_id,
            start=level,
            target=round_half_up(score.target) if score is not None else None,
            steps=steps,
        )
    areas = tuple(
        _area_plan(
            area.id,
            [(questions[q.id], q.weight) for q in area.questions if q.id in questions],
        )
        for area in model.areas
    )
    last = max(
        [s.month for p in questions.values() for s in p.steps]
        + [s.month for a in areas for s in a.steps],
        default=start,
    )
    return RoadmapPlan(
        start=start,
        questions=MappingProxyType(questions),
        areas=areas,
        quarters=_quarters(start, last),
    )
