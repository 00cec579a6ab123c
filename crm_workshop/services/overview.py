"""The consultant's overview of one round: what is missing, who disagrees, what is open.

Rules, in one place:

* Only the questions the workshop shows count (hidden questions are left out), and so
  do only answers to them.
* Completeness: answers are tallied by kind (a level, N/A, don't know). "Open" is
  what the people present still owe: for each active stakeholder, the questions they
  have not answered at all. Inactive stakeholders are never open, but the answers
  they gave still count. In a round that records its participants (a follow-up),
  they are the active ones and everyone else counts as inactive.
* Coverage: for every department and area, how many answers that department's
  stakeholders gave in the area (of any kind), set against the model's hint of which
  departments should contribute to the area (``Area.departments``).
* Disagreement: the questions whose answers are two or more levels apart (the
  scoring rule), with who gave the lowest and who the highest level.
* Needs validation: every question with a "don't know" answer or a follow-up; a
  follow-up is overdue when its due date has passed and it is not done.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from crm_workshop.domain.assessment import Answer, Rating, Stakeholder
from crm_workshop.domain.engagement import Followup
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.scoring import Assessment
from crm_workshop.services.workshop import WorkshopSession


@dataclass(frozen=True)
class Tally:
    """Answers by kind, and how many the people present still owe."""

    levels: int = 0
    not_applicable: int = 0
    dont_know: int = 0
    open: int = 0

    @property
    def answered(self) -> int:
        return self.levels + self.not_applicable + self.dont_know

    @property
    def expected(self) -> int:
        return self.answered + self.open

    @property
    def fraction(self) -> float | None:
        """Answered share of answered + open; None when nothing is expected."""
        return None if self.expected == 0 else self.answered / self.expected

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.levels + other.levels,
            self.not_applicable + other.not_applicable,
            self.dont_know + other.dont_know,
            self.open + other.open,
        )


@dataclass(frozen=True)
class AreaCompleteness:
    area_id: str
    questions: int  # shown questions of the area
    tally: Tally


@dataclass(frozen=True)
class StakeholderCompleteness:
    stakeholder_id: int
    name: str
    department: str
    active: bool
    tally: Tally


class Coverage(StrEnum):
    ANSWERED = "answered"  # expected by the model and answered
    MISSING = "missing"  # expected by the model, no answer yet
    UNEXPECTED = "unexpected"  # answered though the model does not expect it
    NONE = "none"  # neither expected nor answered


@dataclass(frozen=True)
class CoverageCell:
    department: str
    area_id: str
    answers: int
    expected: bool

    @property
    def status(self) -> Coverage:
        if self.expected:
            return Coverage.ANSWERED if self.answers else Coverage.MISSING
        return Coverage.UNEXPECTED if self.answers else Coverage.NONE


@dataclass(frozen=True)
class DepartmentCoverage:
    """One row of the matrix: one department across all areas (model order)."""

    department: str  # a model department id, a free-text department, or ""
    stakeholders: int  # active stakeholders of the department
    cells: tuple[CoverageCell, ...]


@dataclass(frozen=True)
class Disagreement:
    question_id: str
    area_id: str
    minimum: int
    maximum: int
    spread: int
    lowest: tuple[str, ...]  # names of those who gave the minimum
    highest: tuple[str, ...]  # names of those who gave the maximum
    agreed: int | None  # the consensus current level, once the room settled it


@dataclass(frozen=True)
class OpenItem:
    """A question someone could not answer, and who finds out by when."""

    question_id: str
    area_id: str
    dont_know: int
    who: tuple[str, ...]  # names of those who answered "don't know"
    followup: Followup | None
    owner_name: str | None
    overdue: bool


@dataclass(frozen=True)
class Overview:
    areas: tuple[AreaCompleteness, ...]
    stakeholders: tuple[StakeholderCompleteness, ...]
    coverage: tuple[DepartmentCoverage, ...]
    disagreements: tuple[Disagreement, ...]
    open_items: tuple[OpenItem, ...]

    @property
    def total(self) -> Tally:
        return sum((a.tally for a in self.areas), Tally())

    @property
    def overdue(self) -> int:
        return sum(item.overdue for item in self.open_items)


def workshop_overview(
    session: WorkshopSession,
    round_id: int,
    *,
    today: dt.date | None = None,
    assessment: Assessment | None = None,
) -> Overview:
    """The overview of one round; pass the round's ``assessment`` if you have it."""
    return build_overview(
        session.model,
        round_stakeholders(session, round_id),
        session.ratings(round_id),
        assessment if assessment is not None else session.assessment(round_id),
        session.followups(round_id),
        today or dt.date.today(),
    )


def round_stakeholders(session: WorkshopSession, round_id: int) -> list[Stakeholder]:
    """Every stakeholder, active when they answer in the round: its participants when
    it records them, else the active stakeholders (``Progress.people``)."""
    answering = {s.id for s in session.progress.people(round_id)}
    return [replace(s, active=s.id in answering) for s in session.stakeholders()]


def build_overview(
    model: MaturityModel,
    stakeholders: Sequence[Stakeholder],
    ratings: Iterable[Rating],
    assessment: Assessment,
    followups: Mapping[str, Followup],
    today: dt.date,
) -> Overview:
    """Pure form of ``workshop_overview``: everything from plain values."""
    shown = {q.id: q.area_id for q in model.questions() if q.id in assessment.questions}
    kept = [r for r in ratings if r.question_id in shown]
    return Overview(
        areas=area_completeness(model, shown, stakeholders, kept),
        stakeholders=stakeholder_completeness(shown, stakeholders, kept),
        coverage=coverage(model, shown, stakeholders, kept),
        disagreements=disagreements(model, shown, stakeholders, kept, assessment),
        open_items=open_items(shown, stakeholders, kept, followups, today),
    )


def _tally(ratings: Iterable[Rating], open_: int) -> Tally:
    kinds = [r.answer for r in ratings]
    return Tally(
        levels=kinds.count(Answer.LEVEL),
        not_applicable=kinds.count(Answer.NOT_APPLICABLE),
        dont_know=kinds.count(Answer.DONT_KNOW),
        open=open_,
    )


def area_completeness(
    model: MaturityModel,
    shown: Mapping[str, str],
    stakeholders: Sequence[Stakeholder],
    ratings: Sequence[Rating],
) -> tuple[AreaCompleteness, ...]:
    """Per area: answers by kind; open = active people x shown questions unanswered."""
    active = {s.id for s in stakeholders if s.active}
    result = []
    for area in model.areas:
        questions = {q.id for q in area.questions if q.id in shown}
        in_area = [r for r in ratings if r.question_id in questions]
        answered_by_active = sum(r.stakeholder_id in active for r in in_area)
        open_ = len(active) * len(questions) - answered_by_active
        result.append(AreaCompleteness(area.id, len(questions), _tally(in_area, open_)))
    return tuple(result)


def stakeholder_completeness(
    shown: Mapping[str, str],
    stakeholders: Sequence[Stakeholder],
    ratings: Sequence[Rating],
) -> tuple[StakeholderCompleteness, ...]:
    """Active stakeholders, then inactive ones who answered something."""
    by_person: dict[int, list[Rating]] = defaultdict(list)
    for rating in ratings:
        by_person[rating.stakeholder_id].append(rating)
    rows = []
    for person in sorted(stakeholders, key=lambda s: not s.active):
        own = by_person.get(person.id, [])
        if not person.active and not own:
            continue
        open_ = len(shown) - len(own) if person.active else 0
        rows.append(
            StakeholderCompleteness(
                person.id,
                person.name,
                person.department,
                person.active,
                _tally(own, open_),
            )
        )
    return tuple(rows)


def coverage(
    model: MaturityModel,
    shown: Mapping[str, str],
    stakeholders: Sequence[Stakeholder],
    ratings: Sequence[Rating],
) -> tuple[DepartmentCoverage, ...]:
    """Departments x areas. Rows: the model's departments, then free-text ones, then ""
    (no department) when someone has none."""
    department_of = {s.id: s.department for s in stakeholders}
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for rating in ratings:
        department = department_of.get(rating.stakeholder_id, "")
        counts[department, shown[rating.question_id]] += 1
    people: dict[str, int] = defaultdict(int)
    for person in stakeholders:
        if person.active:
            people[person.department] += 1
    known = [d.id for d in model.departments]
    extra = sorted(
        ({s.department for s in stakeholders} | {d for d, _ in counts}) - set(known)
    )
    rows = known + [d for d in extra if d] + ([""] if "" in extra else [])
    return tuple(
        DepartmentCoverage(
            department,
            people[department],
            tuple(
                CoverageCell(
                    department,
                    area.id,
                    counts[department, area.id],
                    department in area.departments,
                )
                for area in model.areas
            ),
        )
        for department in rows
    )


def disagreements(
    model: MaturityModel,
    shown: Mapping[str, str],
    stakeholders: Sequence[Stakeholder],
    ratings: Sequence[Rating],
    assessment: Assessment,
) -> tuple[Disagreement, ...]:
    """Questions with spread >= 2 in model order, with the names at both ends."""
    names = {s.id: s.name for s in stakeholders}
    result = []
    for question_id, area_id in shown.items():
        score = assessment.questions[question_id]
        if not score.disagreement or score.minimum is None or score.maximum is None:
            continue
        levels = [
            r
            for r in ratings
            if r.question_id == question_id and r.answer is Answer.LEVEL
        ]
        result.append(
            Disagreement(
                question_id,
                area_id,
                score.minimum,
                score.maximum,
                score.maximum - score.minimum,
                tuple(
                    names.get(r.stakeholder_id, "")
                    for r in levels
                    if r.current == score.minimum
                ),
                tuple(
                    names.get(r.stakeholder_id, "")
                    for r in levels
                    if r.current == score.maximum
                ),
                score.consensus.current if score.consensus else None,
            )
        )
    return tuple(result)


def is_overdue(followup: Followup | None, today: dt.date) -> bool:
    """Due before today and not done; a missing or unreadable date is never overdue."""
    if followup is None or followup.done or not followup.due_on:
        return False
    try:
        return dt.date.fromisoformat(followup.due_on) < today
    except ValueError:
        return False


def open_items(
    shown: Mapping[str, str],
    stakeholders: Sequence[Stakeholder],
    ratings: Sequence[Rating],
    followups: Mapping[str, Followup],
    today: dt.date,
) -> tuple[OpenItem, ...]:
    """Questions with a "don't know" answer or a follow-up, in model order."""
    names = {s.id: s.name for s in stakeholders}
    unsure: dict[str, list[str]] = defaultdict(list)
    for rating in ratings:
        if rating.answer is Answer.DONT_KNOW:
            unsure[rating.question_id].append(names.get(rating.stakeholder_id, ""))
    result = []
    for question_id, area_id in shown.items():
        followup = followups.get(question_id)
        if question_id not in unsure and followup is None:
            continue
        owner = followup.owner_id if followup else None
        result.append(
            OpenItem(
                question_id,
                area_id,
                len(unsure.get(question_id, ())),
                tuple(unsure.get(question_id, ())),
                followup,
                names.get(owner) if owner is not None else None,
                is_overdue(followup, today),
            )
        )
    return tuple(result)
