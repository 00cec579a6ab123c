"""What a workshop captures: stakeholders, rounds, per-person ratings and agreed consensus."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crm_workshop.domain.errors import InvalidLevel
from crm_workshop.domain.maturity import LEVELS


class Answer(StrEnum):
    """The kind of answer a stakeholder gives to a question.

    Only ``LEVEL`` carries a current level; the other two never count in any score.
    """

    LEVEL = "level"
    NOT_APPLICABLE = "na"
    DONT_KNOW = "dont_know"


class RoundKind(StrEnum):
    BASELINE = "baseline"
    REASSESSMENT = "reassessment"


def check_level(value: int | None) -> int | None:
    """A level must be one of 1..5 (or absent)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value not in LEVELS:
        raise InvalidLevel(value)
    return value


@dataclass(frozen=True)
class Stakeholder:
    id: int
    name: str
    role: str = ""
    department: str = ""
    email: str = ""
    active: bool = True


@dataclass(frozen=True)
class Round:
    id: int
    name: str
    kind: RoundKind
    held_on: str


@dataclass(frozen=True)
class Rating:
    """One stakeholder's answer to one question in one round.

    ``current`` is set exactly when ``answer`` is ``LEVEL``; ``target`` may be given
    with any answer (a stakeholder can want level 3 without knowing today's level).
    """

    stakeholder_id: int
    question_id: str
    answer: Answer
    current: int | None = None
    target: int | None = None
    comment: str = ""

    def __post_init__(self) -> None:
        check_level(self.current)
        check_level(self.target)
        if (self.answer is Answer.LEVEL) != (self.current is not None):
            raise InvalidLevel(self.current)


@dataclass(frozen=True)
class Consensus:
    """The value the room agreed on for one question; it overrides the aggregate."""

    question_id: str
    current: int | None = None
    target: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        check_level(self.current)
        check_level(self.target)


@dataclass(frozen=True)
class CarriedMark:
    """An answer (or, with no stakeholder, the room's consensus) copied from an
    earlier round into a follow-up round, not yet confirmed or changed."""

    round_id: int
    stakeholder_id: int | None  # None: the consensus on the question
    question_id: str
    from_round_id: int | None  # None: the round it came from was deleted
