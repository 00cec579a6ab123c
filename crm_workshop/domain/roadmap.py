"""The roadmap's vocabulary: months and quarters, goals, initiatives, risks, focus areas.

Plain values only. The rules that derive when levels are reached live in
``planning``; the consistency and risk hints in ``hints``.

Months are the roadmap's unit of time (an initiative runs from one month to another),
written ``YYYY-MM`` in the file; quarters are calendar quarters.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from crm_workshop.domain.assessment import check_level
from crm_workshop.domain.errors import BadMonth

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
TYPED_YEARS_UP_TO = 2999


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 9999:
            raise BadMonth(f"{self.year:04d}-{self.month:02d}")

    @classmethod
    def parse(cls, text: str) -> Month:
        """``2027-03`` -> Month(2027, 3); a full date ``2027-03-15`` is accepted too.

        Typed months lie in 1900..2999: arithmetic on a plan (quarters after its last
        step) then never leaves the range a Month holds.
        """
        match = _MONTH.match(text.strip()[:7]) if len(text.strip()) in (7, 10) else None
        if match is None or not 1900 <= int(match.group(1)) <= TYPED_YEARS_UP_TO:
            raise BadMonth(text)
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def index(self) -> int:
        """Months since year 0: differences of two indices count months."""
        return self.year * 12 + self.month - 1

    def plus(self, months: int) -> Month:
        index = self.index + months
        return Month(index // 12, index % 12 + 1)

    def months_until(self, other: Month) -> int:
        return other.index - self.index

    @property
    def quarter(self) -> Quarter:
        return Quarter(self.year, (self.month - 1) // 3 + 1)


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int  # 1..4

    @property
    def first_month(self) -> Month:
        return Month(self.year, self.number * 3 - 2)

    @property
    def last_month(self) -> Month:
        return Month(self.year, self.number * 3)

    def next(self) -> Quarter:
        return self.last_month.plus(1).quarter

    def __str__(self) -> str:
        return f"Q{self.number} {self.year}"


def quarters_between(first: Month, last: Month) -> list[Quarter]:
    """Every quarter from the one holding ``first`` to the one holding ``last``."""
    result: list[Quarter] = []
    quarter = first.quarter
    while quarter <= last.quarter:
        result.append(quarter)
        quarter = quarter.next()
    return result


# -- goals ---------------------------------------------------------------------------
class GoalLevel(StrEnum):
    BOARD = "board"  # the board's customer goal, cascaded to directors
    DIRECTOR = "director"  # a director's copy of a board goal, with planned actions
    OBJECTIVE = "objective"  # a measurable objective: KPI, unit, baseline, target, date


@dataclass(frozen=True)
class Goal:
    id: int | None
    level: GoalLevel
    title: str
    parent_id: int | None = None  # a director goal's board goal
    owner_id: int | None = None  # a stakeholder (the director)
    department: str = ""
    kpi: str = ""
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    due_on: str | None = None  # YYYY-MM
    actions: str = ""  # a director's planned actions, one per line
    position: int = 0


# -- initiatives -----------------------------------------------------------------------
class InitiativeStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Move:
    """An initiative lifts one question from one level to a higher one."""

    question_id: str
    from_level: int
    to_level: int

    def __post_init__(self) -> None:
        check_level(self.from_level)
        check_level(self.to_level)
        if self.to_level <= self.from_level:
            raise ValueError(
                f"{self.question_id}: {self.from_level} -> {self.to_level} is not a rise"
            )


@dataclass(frozen=True)
class Initiative:
    id: int | None
    title: str
    description: str = ""
    owner_id: int | None = None
    department: str = ""
    starts_on: str | None = None  # YYYY-MM
    ends_on: str | None = None  # YYYY-MM
    budget: float | None = None
    expected_roi: str = ""
    kpis: str = ""  # one KPI per line
    urgency: int | None = None  # 1..5
    feasibility: int | None = None  # 1..5
    status: InitiativeStatus = InitiativeStatus.IDEA
    strategic: bool = False  # picked for the strategic project list
    moves: tuple[Move, ...] = ()

    def __post_init__(self) -> None:
        check_level(self.urgency)
        check_level(self.feasibility)

    @property
    def active(self) -> bool:
        """Counts for the plan: anything but dropped."""
        return self.status is not InitiativeStatus.DROPPED


# -- risks and focus areas -------------------------------------------------------------
class RiskStatus(StrEnum):
    OPEN = "open"
    MITIGATED = "mitigated"
    ACCEPTED = "accepted"
    CLOSED = "closed"


@dataclass(frozen=True)
class Risk:
    id: int | None
    description: str
    scope: tuple[str, ...] = ()  # area and question ids it affects
    likelihood: int | None = None  # 1..5
    impact: int | None = None  # 1..5
    mitigation: str = ""
    owner_id: int | None = None
    status: RiskStatus = RiskStatus.OPEN

    def __post_init__(self) -> None:
        check_level(self.likelihood)
        check_level(self.impact)

    @property
    def severity(self) -> int | None:
        if self.likelihood is None or self.impact is None:
            return None
        return self.likelihood * self.impact


@dataclass(frozen=True)
class FocusArea:
    """A place needing more work, investment or attention, and why."""

    id: int | None
    scope: str  # an area or question id
    reason: str
    position: int = 0


# -- the consultant's say over the derived plan ------------------------------------------
@dataclass(frozen=True)
class LevelOverride:
    """The consultant's month for one question reaching one level.

    ``reached_on=None`` says the level is not planned, whatever initiatives derive.
    """

    question_id: str
    level: int  # 2..5
    reached_on: str | None  # YYYY-MM

    def __post_init__(self) -> None:
        check_level(self.level)


class HintDecision(StrEnum):
    CONFIRMED = "confirmed"  # a real issue: it goes into the report's risks
    DISMISSED = "dismissed"  # not an issue here: hidden from the open hints
