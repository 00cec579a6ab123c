"""Merging a co-facilitator's copy of a workshop into this one: the vocabulary.

What a merge reads of each copy (``WorkshopContent``), the plan it makes
(``MergePlan``, with its ``Conflict``s and ``Note``s) and how names are compared
(``normalise``). The matching rules are in ``merge_planner`` (``plan_merge``), the
writes that carry a plan out in ``merge_steps`` (``resolve``); docs/merge.md tells
the whole story. Pure: nothing is read or written here.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from crm_workshop.domain.assessment import Consensus, Rating, Round, Stakeholder
from crm_workshop.domain.engagement import Evidence, Followup, Session
from crm_workshop.domain.errors import DomainError

T = TypeVar("T")
ConflictKey = tuple[str, int | None, str | None, int | None, int | None, str]


class Side(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


class Kind(StrEnum):
    STAKEHOLDER = "stakeholder"
    ROUND = "round"
    PARTICIPANTS = "participants"  # who takes part in a round
    SESSION = "session"
    EVIDENCE = "evidence"
    WORDING = "wording"
    RATING = "rating"
    CONSENSUS = "consensus"
    FOLLOWUP = "followup"


class NoteKind(StrEnum):
    SAME_FILE = "same_file"  # the other copy is this very file
    NAMESAKE = "namesake"  # name; detail: the name the other person is added under
    DEACTIVATED_HERE = "deactivated_here"  # name: answers merged, still deactivated
    DEACTIVATED_THERE = "deactivated_there"  # name: still active here
    ENGAGEMENT_NOT_MERGED = "engagement_not_merged"
    ROADMAP_NOT_MERGED = "roadmap_not_merged"


class DifferentModel(DomainError):
    """The other copy was run with another maturity model (or version, or questions)."""

    def __init__(
        self,
        mine: tuple[str, str],
        theirs: tuple[str, str],
        questions: Sequence[str] = (),
    ) -> None:
        super().__init__(mine, theirs, tuple(questions))
        self.mine = mine  # (model id, version)
        self.theirs = theirs
        self.questions = tuple(questions)  # question ids this workshop's model lacks


# -- the content of one copy ---------------------------------------------------------------
@dataclass(frozen=True)
class Wording:
    """One question hidden or reworded in a workshop (language -> text)."""

    question_id: str
    hidden: bool = False
    title: Mapping[str, str] = field(default_factory=dict)
    prompt: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", dict(self.title))
        object.__setattr__(self, "prompt", dict(self.prompt))


@dataclass(frozen=True)
class EvidenceFile:
    evidence: Evidence
    sha256: str  # of the content, hex


@dataclass(frozen=True)
class RoundContent:
    round: Round
    ratings: tuple[Rating, ...] = ()
    consensus: tuple[Consensus, ...] = ()
    followups: tuple[Followup, ...] = ()
    participants: tuple[int, ...] = ()  # none recorded: every active stakeholder


@dataclass(frozen=True)
class Participants:
    """Who takes part in a round (stakeholder ids, ascending)."""

    round_id: int
    stakeholder_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class WorkshopContent:
    """What a merge reads of one copy."""

    model_id: str
    model_version: str
    question_ids: frozenset[str]
    stakeholders: tuple[Stakeholder, ...] = ()
    rounds: tuple[RoundContent, ...] = ()
    sessions: tuple[Session, ...] = ()
    evidence: tuple[EvidenceFile, ...] = ()
    wording: tuple[Wording, ...] = ()


# -- the plan ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Update(Generic[T]):
    """An item of this workshop as it is and as the merge leaves it (additions made,
    conflicting fields still this workshop's)."""

    before: T
    after: T

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(frozen=True)
class RoundValue(Generic[T]):
    round_id: int
    value: T


@dataclass(frozen=True)
class Conflict:
    """Both copies hold a different value for the same thing.

    ``mine``/``theirs``: a ``Rating``, ``Consensus`` or ``Followup`` (theirs in this
    workshop's ids), a ``Round`` (kind and date differ) or a text (a stakeholder's
    ``role``/``department``, a session's ``agenda``/``notes``, a question's
    ``title:<language>``/``prompt:<language>``; ``field`` names which).
    """

    kind: Kind
    mine: object
    theirs: object
    round_id: int | None = None
    question_id: str | None = None
    stakeholder_id: int | None = None
    session_id: int | None = None
    field: str = ""

    @property
    def key(self) -> ConflictKey:
        return (
            self.kind.value,
            self.round_id,
            self.question_id,
            self.stakeholder_id,
            self.session_id,
            self.field,
        )


@dataclass(frozen=True)
class Note:
    kind: NoteKind
    name: str = ""
    detail: str = ""


@dataclass(frozen=True)
class MergePlan:
    """What merging the other copy would do. New items carry their ids-to-be."""

    new_stakeholders: tuple[Stakeholder, ...] = ()
    new_rounds: tuple[Round, ...] = ()
    new_sessions: tuple[Session, ...] = ()
    new_evidence: tuple[EvidenceFile, ...] = ()  # theirs' ids; session ids are ours
    new_ratings: tuple[RoundValue[Rating], ...] = ()
    new_consensus: tuple[RoundValue[Consensus], ...] = ()
    new_followups: tuple[RoundValue[Followup], ...] = ()
    stakeholder_updates: tuple[Update[Stakeholder], ...] = ()
    round_updates: tuple[Update[Round], ...] = ()
    participant_updates: tuple[Update[Participants], ...] = ()
    session_updates: tuple[Update[Session], ...] = ()
    wording_updates: tuple[Update[Wording], ...] = ()
    identical: Mapping[Kind, int] = field(default_factory=dict)
    conflicts: tuple[Conflict, ...] = ()
    notes: tuple[Note, ...] = ()
    # names for showing the plan: this workshop's items and the ones to be added
    people: Mapping[int, Stakeholder] = field(default_factory=dict)
    rounds: Mapping[int, Round] = field(default_factory=dict)
    sessions: Mapping[int, Session] = field(default_factory=dict)

    def added(self) -> Counter[Kind]:
        """How many items of each kind the merge adds or completes."""
        counts: Counter[Kind] = Counter()
        for kind, new, updates in (
            (Kind.STAKEHOLDER, self.new_stakeholders, self.stakeholder_updates),
            (Kind.ROUND, self.new_rounds, self.round_updates),
            (Kind.PARTICIPANTS, (), self.participant_updates),
            (Kind.SESSION, self.new_sessions, self.session_updates),
            (Kind.EVIDENCE, self.new_evidence, ()),
            (Kind.WORDING, (), self.wording_updates),
            (Kind.RATING, self.new_ratings, ()),
            (Kind.CONSENSUS, self.new_consensus, ()),
            (Kind.FOLLOWUP, self.new_followups, ()),
        ):
            count = len(new) + sum(u.changed for u in updates)
            if count:
                counts[kind] = count
        return counts

    @property
    def nothing_to_add(self) -> bool:
        return not self.added()

    @property
    def is_empty(self) -> bool:
        """Nothing to add and nothing in conflict: the other copy holds nothing new."""
        return self.nothing_to_add and not self.conflicts


def normalise(text: str) -> str:
    """Names compared: NFC, case-folded, runs of white space as one space."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return " ".join(unicodedata.normalize("NFC", folded).split())
