"""Consistency checks and risk flags over the roadmap: hints the consultant decides on.

Hints are suggestions only; the consultant confirms or dismisses each. A hint's ``key``
is its kind and subject ids (``"big_step:3.2"``,
``"initiative_after_target_date:7:2.3"``), so a stored decision keeps matching the same
hint in later runs. Hints come out in the order of ``HintKind``, then by subject
(questions in model order, initiatives by id).

What the rules read:

* A question's start and target are the plan's (scores rounded half up, see
  ``planning``); "reaches level N in month M" means the plan's steps. Hidden questions
  are not in the plan and raise nothing. A rule testing a question's level needs that
  question rated; a flag whose questions the model lacks is simply not raised.
* Area targets are the assessment's (weighted mean of question targets).
* A question's target date is its own entry in ``target_dates``, else its area's entry;
  text that is not a month counts as absent.
* Initiatives: only active (not dropped), saved ones (with an id) are read.

The rules (``values`` names the numbers each hint carries for its message):

* TARGET_WITHOUT_INITIATIVE, per question: target > start and no step reaches the target
  (a step at or above it). values: start, target, planned (highest planned level, the
  start when nothing is planned).
* INITIATIVE_WITHOUT_QUESTION, per initiative: it moves no question of the plan (no
  moves, or only moves on hidden or unknown questions). values: none.
* INITIATIVE_AFTER_TARGET_DATE, per (initiative, question it moves): the initiative ends
  in a month after the question's target date (the same month is in time). values:
  ends_on, due (month text).
* BIG_STEP, per question: the planned level at the end of some month is 3 or more above
  the level five months earlier, i.e. the plan lifts it 3+ levels within fewer than six
  months (the start level holds before the first step). Three levels spread over six
  months land in months 2, 4 and 6 and raise it; spread over eight months they do not.
  values: from_level, to_level, first (the first month of the rise), last (month text).
* BUDGET_HORIZON: 1.2 <= 2 while another question's target is >= 4. values: level,
  highest_target.
* GOLDEN_RECORD_FIRST: the plan lifts 3.2 to 4 or more in a month before 2.3 reaches 3
  (2.3 below 3 now; never planned counts as later; the same month is not before).
  values: golden_month, golden_level, integration_month (month text or None).
* CONSENTS_LAG: 3.4 <= 2 while 4.2 or 4.3 has a target above its start. values: level.
* NO_STRATEGIC_LIST: 1.4 <= 2. values: level.
* GOALS_NOT_QUANTIFIED: 1.3 <= 2. values: level.
* TECHNOLOGY_AHEAD: the target of the technology area ("integration") is 2 or more above
  the target of the people area ("people") or of the data area ("data"); a tolerance of
  1e-9 absorbs float rounding. values: technology_target, other_target (the lowest one
  behind), difference.
* ADOPTION_LAG: 1.6 <= 2 while an active initiative moves a shown question of the
  technology area. values: level.
* BIG_GAP_SOON, per question: target - start >= 3 and its target date falls within six
  months of ``today``: ``0 <= today.months_until(due) < 6`` (this month counts; a date
  already passed does not, that is slippage, not a big step). values: start, target,
  due, months.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.planning import QuestionPlan, RoadmapPlan, parse_month
from crm_workshop.domain.roadmap import HintDecision, Initiative, Month
from crm_workshop.domain.scoring import Assessment

BUDGET_QUESTION = "1.2"
GOALS_QUESTION = "1.3"
PROJECT_LIST_QUESTION = "1.4"
ADOPTION_QUESTION = "1.6"
INTEGRATION_QUESTION = "2.3"
GOLDEN_RECORD_QUESTION = "3.2"
CONSENTS_QUESTION = "3.4"
CHANNEL_QUESTIONS = ("4.2", "4.3")
PEOPLE_AREA = "people"
TECHNOLOGY_AREA = "integration"
DATA_AREA = "data"

LOW_LEVEL = 2  # "<= 2" in the flags
HIGH_TARGET = 4
BIG_RISE = 3
SHORT_MONTHS = 6
_EPSILON = 1e-9
_NO_DECISIONS: Mapping[str, HintDecision] = MappingProxyType({})


class HintKind(StrEnum):
    TARGET_WITHOUT_INITIATIVE = "target_without_initiative"
    INITIATIVE_WITHOUT_QUESTION = "initiative_without_question"
    INITIATIVE_AFTER_TARGET_DATE = "initiative_after_target_date"
    BIG_STEP = "big_step"
    BUDGET_HORIZON = "budget_horizon"
    GOLDEN_RECORD_FIRST = "golden_record_first"
    CONSENTS_LAG = "consents_lag"
    NO_STRATEGIC_LIST = "no_strategic_list"
    GOALS_NOT_QUANTIFIED = "goals_not_quantified"
    TECHNOLOGY_AHEAD = "technology_ahead"
    ADOPTION_LAG = "adoption_lag"
    BIG_GAP_SOON = "big_gap_soon"


@dataclass(frozen=True)
class Hint:
    kind: HintKind
    key: str  # stable id for storing the decision, e.g. "big_step:3.2"
    question_ids: tuple[str, ...] = ()
    area_ids: tuple[str, ...] = ()
    initiative_ids: tuple[int, ...] = ()
    values: Mapping[str, object] = field(default_factory=dict, hash=False)
    decision: HintDecision | None = None


def hint_key(kind: HintKind, *subject: object) -> str:
    return ":".join([kind.value, *(str(s) for s in subject)])


def _about(kind: HintKind, plan: QuestionPlan, **values: object) -> Hint:
    """A hint on one question (keyed by it), with its area."""
    return Hint(
        kind,
        hint_key(kind, plan.question_id),
        question_ids=(plan.question_id,),
        area_ids=(plan.area_id,),
        values=values,
    )


class _Checks:
    def __init__(
        self,
        assessment: Assessment,
        plan: RoadmapPlan,
        initiatives: Sequence[Initiative],
        target_dates: Mapping[str, str],
        today: Month,
    ) -> None:
        self.assessment = assessment
        self.plan = plan
        self.initiatives = sorted(
            (i for i in initiatives if i.active and i.id is not None),
            key=lambda i: i.id or 0,
        )
        self.target_dates = target_dates
        self.today = today

    # -- helpers ------------------------------------------------------------------------
    def rated(self, question_id: str) -> QuestionPlan | None:
        plan = self.plan.questions.get(question_id)
        return plan if plan is not None and plan.start is not None else None

    def low(self, question_id: str) -> int | None:
        """The question's start when it is rated and <= 2."""
        plan = self.rated(question_id)
        return plan.start if plan and plan.start and plan.start <= LOW_LEVEL else None

    def due(self, plan: QuestionPlan) -> Month | None:
        own = parse_month(self.target_dates.get(plan.question_id))
        return own or parse_month(self.target_dates.get(plan.area_id))

    def moved(self, initiative: Initiative) -> list[str]:
        """The plan's questions an initiative moves, in model order."""
        ids = {m.question_id for m in initiative.moves}
        return [qid for qid in self.plan.questions if qid in ids]

    def level_flag(self, kind: HintKind, question_id: str) -> Iterator[Hint]:
        level = self.low(question_id)
        if level is not None:
            yield _about(kind, self.plan.questions[question_id], level=level)

    # -- the rules, in HintKind order ---------------------------------------------------
    def target_without_initiative(self) -> Iterator[Hint]:
        kind = HintKind.TARGET_WITHOUT_INITIATIVE
        for plan in self.plan.questions.values():
            if plan.start is None or plan.target is None or plan.target <= plan.start:
                continue
            if plan.target_reached_on is None:
                planned = max((s.level for s in plan.steps), default=plan.start)
                yield _about(
                    kind, plan, start=plan.start, target=plan.target, planned=planned
                )

    def initiative_without_question(self) -> Iterator[Hint]:
        kind = HintKind.INITIATIVE_WITHOUT_QUESTION
        for initiative in self.initiatives:
            if not self.moved(initiative):
                yield Hint(
                    kind,
                    hint_key(kind, initiative.id),
                    initiative_ids=(initiative.id or 0,),
                )

    def initiative_after_target_date(self) -> Iterator[Hint]:
        kind = HintKind.INITIATIVE_AFTER_TARGET_DATE
        for initiative in self.initiatives:
            ends_on = parse_month(initiative.ends_on)
            if ends_on is None:
                continue
            for qid in self.moved(initiative):
                plan = self.plan.questions[qid]
                due = self.due(plan)
                if due is not None and ends_on > due:
                    yield Hint(
                        kind,
                        hint_key(kind, initiative.id, qid),
                        question_ids=(qid,),
                        area_ids=(plan.area_id,),
                        initiative_ids=(initiative.id or 0,),
                        values={"ends_on": str(ends_on), "due": str(due)},
                    )

    def big_step(self) -> Iterator[Hint]:
        kind = HintKind.BIG_STEP
        window = SHORT_MONTHS - 1
        for plan in self.plan.questions.values():
            for step in plan.steps:
                # the level five months earlier (index arithmetic: no month before 1900)
                earlier = step.month.index - window
                before = max(
                    (s.level for s in plan.steps if s.month.index <= earlier),
                    default=plan.start or 0,
                )
                if step.level - before < BIG_RISE:
                    continue
                first = next(
                    s.month
                    for s in plan.steps
                    if s.level > before and s.month.index > earlier
                )
                yield _about(
                    kind,
                    plan,
                    from_level=before,
                    to_level=step.level,
                    first=str(first),
                    last=str(step.month),
                )
                break

    def budget_horizon(self) -> Iterator[Hint]:
        kind = HintKind.BUDGET_HORIZON
        level = self.low(BUDGET_QUESTION)
        high = [
            p
            for qid, p in self.plan.questions.items()
            if qid != BUDGET_QUESTION
            and p.target is not None
            and p.target >= HIGH_TARGET
        ]
        if level is not None and high:
            yield Hint(
                kind,
                hint_key(kind, BUDGET_QUESTION),
                question_ids=(BUDGET_QUESTION, *(p.question_id for p in high)),
                values={
                    "level": level,
                    "highest_target": max(p.target or 0 for p in high),
                },
            )

    def golden_record_first(self) -> Iterator[Hint]:
        kind = HintKind.GOLDEN_RECORD_FIRST
        golden = self.rated(GOLDEN_RECORD_QUESTION)
        integration = self.rated(INTEGRATION_QUESTION)
        if golden is None or integration is None or (integration.start or 0) >= 3:
            return
        golden_step = next((s for s in golden.steps if s.level >= HIGH_TARGET), None)
        integrated = next((s.month for s in integration.steps if s.level >= 3), None)
        if golden_step is None or (
            integrated is not None and golden_step.month >= integrated
        ):
            return
        yield Hint(
            kind,
            hint_key(kind, GOLDEN_RECORD_QUESTION),
            question_ids=(GOLDEN_RECORD_QUESTION, INTEGRATION_QUESTION),
            values={
                "golden_month": str(golden_step.month),
                "golden_level": golden_step.level,
                "integration_month": None if integrated is None else str(integrated),
            },
        )

    def consents_lag(self) -> Iterator[Hint]:
        kind = HintKind.CONSENTS_LAG
        level = self.low(CONSENTS_QUESTION)
        rising = [
            qid
            for qid in CHANNEL_QUESTIONS
            if (p := self.rated(qid))
            and p.target is not None
            and p.target > (p.start or 0)
        ]
        if level is not None and rising:
            yield Hint(
                kind,
                hint_key(kind, CONSENTS_QUESTION),
                question_ids=(CONSENTS_QUESTION, *rising),
                values={"level": level},
            )

    def technology_ahead(self) -> Iterator[Hint]:
        kind = HintKind.TECHNOLOGY_AHEAD
        targets = {a.area_id: a.target for a in self.assessment.areas}
        technology = targets.get(TECHNOLOGY_AREA)
        if technology is None:
            return
        behind = [
            (target, area_id)
            for area_id in (PEOPLE_AREA, DATA_AREA)
            if (target := targets.get(area_id)) is not None
            and technology - target >= 2 - _EPSILON
        ]
        if behind:
            lowest = min(t for t, _ in behind)
            yield Hint(
                kind,
                hint_key(kind, TECHNOLOGY_AREA),
                area_ids=(TECHNOLOGY_AREA, *(a for _, a in behind)),
                values={
                    "technology_target": technology,
                    "other_target": lowest,
                    "difference": technology - lowest,
                },
            )

    def adoption_lag(self) -> Iterator[Hint]:
        kind = HintKind.ADOPTION_LAG
        level = self.low(ADOPTION_QUESTION)
        if level is None:
            return
        movers = [
            i
            for i in self.initiatives
            if any(
                self.plan.questions[qid].area_id == TECHNOLOGY_AREA
                for qid in self.moved(i)
            )
        ]
        if movers:
            moved = {q for i in movers for q in self.moved(i)}
            yield Hint(
                kind,
                hint_key(kind, ADOPTION_QUESTION),
                question_ids=(
                    ADOPTION_QUESTION,
                    *(
                        qid
                        for qid, p in self.plan.questions.items()
                        if qid in moved and p.area_id == TECHNOLOGY_AREA
                    ),
                ),
                area_ids=(TECHNOLOGY_AREA,),
                initiative_ids=tuple(sorted(i.id for i in movers if i.id is not None)),
                values={"level": level},
            )

    def big_gap_soon(self) -> Iterator[Hint]:
        kind = HintKind.BIG_GAP_SOON
        for plan in self.plan.questions.values():
            due = self.due(plan)
            if plan.start is None or plan.target is None or due is None:
                continue
            months = self.today.months_until(due)
            if plan.target - plan.start >= BIG_RISE and 0 <= months < SHORT_MONTHS:
                yield _about(
                    kind,
                    plan,
                    start=plan.start,
                    target=plan.target,
                    due=str(due),
                    months=months,
                )

    def all(self) -> Iterator[Hint]:
        yield from self.target_without_initiative()
        yield from self.initiative_without_question()
        yield from self.initiative_after_target_date()
        yield from self.big_step()
        yield from self.budget_horizon()
        yield from self.golden_record_first()
        yield from self.consents_lag()
        yield from self.level_flag(HintKind.NO_STRATEGIC_LIST, PROJECT_LIST_QUESTION)
        yield from self.level_flag(HintKind.GOALS_NOT_QUANTIFIED, GOALS_QUESTION)
        yield from self.technology_ahead()
        yield from self.adoption_lag()
        yield from self.big_gap_soon()


def find_hints(
    model: MaturityModel,
    assessment: Assessment,
    plan: RoadmapPlan,
    initiatives: Sequence[Initiative],
    target_dates: Mapping[str, str],
    today: Month,
    decisions: Mapping[str, HintDecision] = _NO_DECISIONS,
) -> list[Hint]:
    """Every hint the rules raise (see the module's rules), decisions filled in.

    ``model`` is the plan's model; the plan already holds what the rules need from it.
    """
    del model  # the plan carries the model's questions, areas and order
    checks = _Checks(assessment, plan, initiatives, target_dates, today)
    return [
        dataclasses.replace(hint, decision=decisions.get(hint.key))
        for hint in checks.all()
    ]
