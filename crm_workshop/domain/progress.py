"""Progress after the workshop: two rounds compared, the plan checked against a round,
initiatives' status history and KPI actuals.

The rules, in one place (the README's "Tracking progress" repeats them):

* **A question's level in a round** is its score rounded half up (2.5 -> 3), the
  score being the agreed consensus when the room set one, else the mean of the levels
  given (``scoring``). It is the same rule the plan uses for its start
  (``planning.round_half_up``), so planned and actual levels are measured alike. A
  question nobody gave a level in the round has no level there.
* **Change between two rounds** (``compare_rounds``): per question, the later score
  minus the earlier one; per area, the later area score minus the earlier one; the
  same for the overall index. A question **moved up** when its level rose and **moved
  down** when it fell; a change of the mean that leaves the level where it was is a
  change in the table but no move. A question with a level in only one of the two
  rounds is "new" or "no longer rated", never up or down.
* **Due by a round.** The plan counts in months, and a level planned "in" a month is
  reached by the end of that month. A planned step is **due** by a round held on day
  ``d`` when its month ended before ``d``: its month is earlier than ``d``'s month. A
  round held on 31 March therefore owes nothing planned for March; one held on 1 April
  owes it. ``due_by(d)`` is the last month that has ended: the month before ``d``'s.
* **Slippage of a question**: at least one due step of its plan is above the
  question's level in the round. The entry names the lowest such step (its level and
  month: when it became overdue) and the level the round has. Reaching the planned
  level exactly is on track, being above it too. A question without a level in the
  round is not flagged (nothing says it slipped) but listed as not re-assessed. A
  question that fell below the level it started from while nothing was due yet has
  not slipped either: it moved down, and the comparison of rounds shows it.
  Questions the plan leaves out (hidden, or unrated when the plan was made) are not
  checked.
* **Planned level at a round**: the plan's level at the end of ``due_by(d)``
  (``QuestionPlan.level_at``), the plan's start when nothing is due yet.
* **Areas.** An area's planned value at a round is the plan's value at ``due_by(d)``
  (the weighted mean of its questions' planned whole levels). Its actual value is the
  same weighted mean over the actual levels of those questions that have one, so both
  are measured on whole levels. An area has slipped when one of its due steps (the
  whole level it should have reached, and when) is above its actual value (a tolerance
  of 1e-9 absorbs float rounding).
* **Status history.** An initiative's status updates are ordered by date, then by
  when they were entered (id); the last one is the initiative's status.
* **KPI actuals.** Per initiative and KPI (its name, compared without surrounding
  space and case), the measurements ordered by date: the first one is the baseline,
  the latest one the value now, the target is that of the latest measurement giving
  one. Progress towards the target = (latest - first) / (target - first), so a KPI
  that should fall (churn) and one that should rise (NPS) read alike; none with
  fewer than two measurements or when the target equals the first value.
* **New risks** since a round: added after the end of that round's day (the day of
  ``created_at``, UTC, later than the round's date).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.planning import RoadmapPlan, round_half_up
from crm_workshop.domain.roadmap import InitiativeStatus, Month
from crm_workshop.domain.scoring import Assessment, weighted_mean

EPSILON = 1e-9


# -- initiatives' status history and KPI actuals ------------------------------------------
@dataclass(frozen=True)
class StatusUpdate:
    id: int | None
    initiative_id: int
    updated_on: str  # YYYY-MM-DD
    status: InitiativeStatus
    note: str = ""


@dataclass(frozen=True)
class KpiActual:
    id: int | None
    initiative_id: int
    kpi: str
    value: float
    measured_on: str  # YYYY-MM-DD
    target: float | None = None
    unit: str = ""
    note: str = ""


def status_order(updates: Iterable[StatusUpdate]) -> list[StatusUpdate]:
    """By date, then in the order they were entered (id; unsaved ones last)."""
    return sorted(
        updates, key=lambda u: (u.updated_on, u.id is None, u.id if u.id else 0)
    )


def latest_status(updates: Iterable[StatusUpdate]) -> InitiativeStatus | None:
    """The status of the last update (by date, then entry); None without updates."""
    ordered = status_order(updates)
    return ordered[-1].status if ordered else None


def kpi_key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass(frozen=True)
class KpiTrack:
    """One KPI of one initiative over time."""

    initiative_id: int
    kpi: str  # as written in its latest measurement
    unit: str
    measurements: tuple[KpiActual, ...]  # by date, then id

    @property
    def first(self) -> KpiActual:
        return self.measurements[0]

    @property
    def latest(self) -> KpiActual:
        return self.measurements[-1]

    @property
    def target(self) -> float | None:
        return next(
            (m.target for m in reversed(self.measurements) if m.target is not None),
            None,
        )

    @property
    def progress(self) -> float | None:
        """Share of the way from the first value to the target (1.0: reached)."""
        target = self.target
        if target is None or len(self.measurements) < 2:
            return None
        span = target - self.first.value
        if abs(span) < EPSILON:
            return None
        return (self.latest.value - self.first.value) / span


def kpi_tracks(actuals: Iterable[KpiActual]) -> list[KpiTrack]:
    """The measurements grouped per initiative and KPI, in order of first measurement."""
    groups: dict[tuple[int, str], list[KpiActual]] = {}
    ordered = sorted(
        actuals, key=lambda a: (a.measured_on, a.id is None, a.id if a.id else 0)
    )
    for actual in ordered:
        groups.setdefault((actual.initiative_id, kpi_key(actual.kpi)), []).append(
            actual
        )
    return [
        KpiTrack(initiative_id, items[-1].kpi, items[-1].unit, tuple(items))
        for (initiative_id, _), items in groups.items()
    ]


def added_since(created: Mapping[int, str], round_date: str) -> list[int]:
    """Ids whose creation day (``created_at``'s date) is after ``round_date``."""
    day = round_date[:10]
    return [key for key, stamp in created.items() if stamp[:10] > day]


# -- comparing two rounds --------------------------------------------------------------
class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"  # same level (the score may still have changed)
    NEW = "new"  # a level in the later round only
    GONE = "gone"  # a level in the earlier round only
    NONE = "none"  # a level in neither


@dataclass(frozen=True)
class QuestionChange:
    question_id: str
    area_id: str
    before: float | None  # score in the earlier round
    after: float | None  # score in the later round

    @property
    def level_before(self) -> int | None:
        return round_half_up(self.before)

    @property
    def level_after(self) -> int | None:
        return round_half_up(self.after)

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def direction(self) -> Direction:
        before, after = self.level_before, self.level_after
        if before is None or after is None:
            if after is not None:
                return Direction.NEW
            return Direction.GONE if before is not None else Direction.NONE
        if after > before:
            return Direction.UP
        return Direction.DOWN if after < before else Direction.SAME

    @property
    def level_change(self) -> int:
        before, after = self.level_before, self.level_after
        return 0 if before is None or after is None else after - before


@dataclass(frozen=True)
class AreaChange:
    area_id: str
    before: float | None
    after: float | None
    floor_before: float | None
    floor_after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class RoundComparison:
    areas: tuple[AreaChange, ...]  # model order
    questions: tuple[QuestionChange, ...]  # model order, shown questions only
    index_before: float | None
    index_after: float | None

    @property
    def index_change(self) -> float | None:
        if self.index_before is None or self.index_after is None:
            return None
        return self.index_after - self.index_before

    def moved(self, direction: Direction) -> list[QuestionChange]:
        """Questions that moved this way, the biggest move first, then model order."""
        chosen = [q for q in self.questions if q.direction is direction]
        return sorted(chosen, key=lambda q: -abs(q.level_change))

    @property
    def moved_up(self) -> list[QuestionChange]:
        return self.moved(Direction.UP)

    @property
    def moved_down(self) -> list[QuestionChange]:
        return self.moved(Direction.DOWN)


def rounded(value: float, places: int) -> float:
    """``value`` to ``places`` decimals, a half away from zero (2.125 -> 2.13), as
    scores are printed: the exact value is rounded, so 2.675 (2.67499... in binary)
    gives 2.67 as Qt and Python both print it."""
    from decimal import ROUND_HALF_UP, Decimal  # not needed for the app to start

    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP))


def shown_change(
    before: float | None, after: float | None, places: int
) -> float | None:
    """``after - before`` as a reader works it out from the two scores printed beside
    it to ``places`` decimals: 2.44 -> 2.46 reads "2.4 -> 2.5", a change of 0.1, not
    the 0.0 the unrounded scores give."""
    if before is None or after is None:
        return None
    return rounded(after, places) - rounded(before, places)


def compare_rounds(
    model: MaturityModel, earlier: Assessment, later: Assessment
) -> RoundComparison:
    """Per area and question, the later round against the earlier one.

    Only questions scored in either assessment's set (hidden ones are in neither)
    take part.
    """
    questions = tuple(
        QuestionChange(
            q.id,
            q.area_id,
            _score(earlier, q.id),
            _score(later, q.id),
        )
        for q in model.questions()
        if q.id in earlier.questions or q.id in later.questions
    )
    areas = tuple(
        AreaChange(
            area.id,
            earlier.area(area.id).score,
            later.area(area.id).score,
            earlier.area(area.id).floor,
            later.area(area.id).floor,
        )
        for area in model.areas
    )
    return RoundComparison(areas, questions, earlier.index, later.index)


def _score(assessment: Assessment, question_id: str) -> float | None:
    score = assessment.questions.get(question_id)
    return score.score if score is not None else None


# -- the plan against a round -----------------------------------------------------------
def due_by(round_date: dt.date) -> Month:
    """The last month that has ended on ``round_date``: the month before its own."""
    return Month.of(round_date).plus(-1)


@dataclass(frozen=True)
class QuestionCheck:
    question_id: str
    area_id: str
    planned: int | None  # the plan's level at the end of the last ended month
    actual: int | None  # the round's level (score rounded half up)
    actual_score: float | None
    overdue_level: int | None  # the lowest due level not reached
    overdue_since: Month | None  # the month it was due

    @property
    def slipped(self) -> bool:
        return self.overdue_level is not None

    @property
    def shortfall(self) -> int:
        """Planned minus actual levels, when behind (0 otherwise)."""
        if self.planned is None or self.actual is None:
            return 0
        return max(0, self.planned - self.actual)


@dataclass(frozen=True)
class AreaCheck:
    area_id: str
    planned: float | None  # the plan's area value at the end of the last ended month
    actual: float | None  # weighted mean of the actual levels of the plan's questions
    overdue_level: int | None
    overdue_since: Month | None

    @property
    def slipped(self) -> bool:
        return self.overdue_level is not None


@dataclass(frozen=True)
class PlanCheck:
    """A round's levels against the levels the plan had due by the round's date."""

    round_date: dt.date
    due_by: Month
    questions: tuple[QuestionCheck, ...]  # the plan's (model) order
    areas: tuple[AreaCheck, ...]

    @property
    def slipped(self) -> list[QuestionCheck]:
        """Slipped questions, the longest overdue first, then model order."""
        chosen = [q for q in self.questions if q.slipped]
        return sorted(chosen, key=lambda q: q.overdue_since or self.due_by)

    @property
    def not_reassessed(self) -> list[QuestionCheck]:
        """Questions the plan moves that have no level in the round."""
        return [q for q in self.questions if q.actual is None]

    @property
    def on_track(self) -> list[QuestionCheck]:
        return [q for q in self.questions if q.actual is not None and not q.slipped]


def check_plan(plan: RoadmapPlan, actual: Assessment, round_date: dt.date) -> PlanCheck:
    """Check a round (``actual``, held on ``round_date``) against ``plan``."""
    last = due_by(round_date)
    checks: list[QuestionCheck] = []
    for question in plan.questions.values():
        if question.start is None:  # the plan never moves an unrated question
            continue
        score = _score(actual, question.question_id)
        level = round_half_up(score)
        overdue = None
        if level is not None:
            overdue = next(
                (s for s in question.steps if s.month <= last and s.level > level),
                None,
            )
        checks.append(
            QuestionCheck(
                question.question_id,
                question.area_id,
                question.level_at(last),
                level,
                score,
                overdue.level if overdue else None,
                overdue.month if overdue else None,
            )
        )
    by_id = {c.question_id: c for c in checks}
    areas = []
    for area in plan.areas:
        value = weighted_mean(
            (float(check.actual), weight)
            for member, weight in area.members
            if (check := by_id.get(member.question_id)) is not None
            and check.actual is not None
        )
        overdue_area = None
        if value is not None:
            overdue_area = next(
                (
                    s
                    for s in area.steps
                    if s.month <= last and value < s.level - EPSILON
                ),
                None,
            )
        areas.append(
            AreaCheck(
                area.area_id,
                area.value_at(last) if area.start is not None else None,
                value,
                overdue_area.level if overdue_area else None,
                overdue_area.month if overdue_area else None,
            )
        )
    return PlanCheck(round_date, last, tuple(checks), tuple(areas))


def plan_round(rounds: Sequence[tuple[int, str]]) -> int | None:
    """The round the plan is measured from: the first baseline round (rounds given as
    (id, kind) in round order), else the first round; None without rounds."""
    for round_id, kind in rounds:
        if kind == "baseline":
            return round_id
    return rounds[0][0] if rounds else None
