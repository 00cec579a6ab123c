"""Merging a co-facilitator's copy of a workshop into this one: matching and planning.

Pure: the content of both copies in (``WorkshopContent``), a ``MergePlan`` out, and
``resolve`` turns the plan and the consultant's choices into the ``Step``s that carry
it out. Nothing is read or written here. The rules (docs/merge.md):

* stakeholders: by name, normalised (Unicode NFC, case and runs of spaces ignored,
  Polish letters kept: "Łukasz" is not "Lukasz"), plus e-mail when both have one. The
  same name with different e-mails is two people: the second is added as
  "Name (e-mail)" and found under that name by the next merge;
* rounds: by normalised name; kind and date must agree, else a conflict;
* questions: by id; both copies must use the same model id and version;
* sessions: by date and normalised title; evidence: by SHA-256 of the content;
* ratings by (round, stakeholder, question), consensus and follow-ups by (round,
  question): the same in both -> identical; only in theirs -> added; in both but
  different -> a conflict holding both values. Nothing of this workshop is ever
  dropped: a conflict keeps this workshop's value unless the consultant takes theirs.

What is added gets its id here already (the next free ids of this workshop), so the
plan, its conflicts and its steps all speak of this workshop's ids.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
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


def plan_merge(mine: WorkshopContent, theirs: WorkshopContent) -> MergePlan:
    """Match the other copy against this workshop; see the module's rules."""
    _check_model(mine, theirs)
    return _Planner(mine, theirs).plan()


def _check_model(mine: WorkshopContent, theirs: WorkshopContent) -> None:
    ours = (mine.model_id, mine.model_version)
    other = (theirs.model_id, theirs.model_version)
    used = {w.question_id for w in theirs.wording}
    used |= {e.evidence.question_id for e in theirs.evidence if e.evidence.question_id}
    for content in theirs.rounds:
        used |= {r.question_id for r in content.ratings}
        used |= {c.question_id for c in content.consensus}
        used |= {f.question_id for f in content.followups}
    unknown = sorted((used | theirs.question_ids) - mine.question_ids)
    if ours != other or unknown:
        raise DifferentModel(ours, other, unknown)


def _next_id(items: Iterable[object]) -> Callable[[], int]:
    """Hands out the next free ids after the largest of ``items`` (objects with ``id``)."""
    counter = [max((getattr(i, "id") for i in items), default=0)]  # noqa: B009

    def take() -> int:
        counter[0] += 1
        return counter[0]

    return take


def _pair(
    mine: Sequence[T],
    theirs: Sequence[T],
    key: Callable[[T], Hashable],
    exact: Callable[[T, T], bool],
    fits: Callable[[T, T], bool] = lambda _m, _t: True,
    alternative_key: Callable[[T], Hashable | None] = lambda _t: None,
) -> dict[int, T]:
    """One-to-one matching: index in ``theirs`` -> item of ``mine``.

    Items match by ``key`` (or a theirs' ``alternative_key``) when ``fits``; exact
    pairs (``exact``) are matched before the others, then the earliest item wins.
    """
    by_key: dict[Hashable, list[T]] = {}
    for item in mine:
        by_key.setdefault(key(item), []).append(item)
    used: set[int] = set()
    matches: dict[int, T] = {}
    for exact_pass in (True, False):
        for index, item in enumerate(theirs):
            if index in matches:
                continue
            keys = [key(item), alternative_key(item)]
            candidates = [
                m
                for k in dict.fromkeys(keys)
                if k is not None
                for m in by_key.get(k, ())
                if id(m) not in used and fits(m, item)
            ]
            if exact_pass:
                candidates = [m for m in candidates if exact(m, item)]
            if candidates:
                matches[index] = candidates[0]
                used.add(id(candidates[0]))
    return matches


def _email(person: Stakeholder) -> str:
    return normalise(person.email).replace(" ", "")


def _same_person(mine: Stakeholder, theirs: Stakeholder) -> bool:
    """E-mails decide only when both have one."""
    return not (_email(mine) and _email(theirs)) or _email(mine) == _email(theirs)


def _alias(person: Stakeholder) -> str | None:
    """The name a namesake is added under: "Name (e-mail)"."""
    return f"{person.name} ({person.email.strip()})" if person.email.strip() else None


def _text_differs(mine: str, theirs: str) -> bool:
    return mine.strip() != theirs.strip()


class _Planner:
    """Builds one plan; each ``_<kind>`` method matches one kind of item."""

    def __init__(self, mine: WorkshopContent, theirs: WorkshopContent) -> None:
        self.mine = mine
        self.theirs = theirs
        self.identical: Counter[Kind] = Counter()
        self.conflicts: list[Conflict] = []
        self.notes: list[Note] = []
        self.person: dict[int, int] = {}  # their stakeholder id -> ours
        self.round: dict[int, int] = {}
        self.session: dict[int, int] = {}

    def plan(self) -> MergePlan:
        new_people, people_updates = self._stakeholders()
        new_rounds, round_updates = self._rounds()
        new_sessions, session_updates = self._sessions()
        new_evidence = self._evidence()
        wording = self._wording()
        ratings, consensus, followups = self._answers()
        participants = self._participants()
        self.notes += [
            Note(NoteKind.ENGAGEMENT_NOT_MERGED),
            Note(NoteKind.ROADMAP_NOT_MERGED),
        ]
        sessions = {s.id: s for s in (*self.mine.sessions, *new_sessions)}
        return MergePlan(
            new_stakeholders=new_people,
            new_rounds=new_rounds,
            new_sessions=new_sessions,
            new_evidence=new_evidence,
            new_ratings=ratings,
            new_consensus=consensus,
            new_followups=followups,
            stakeholder_updates=people_updates,
            round_updates=round_updates,
            participant_updates=participants,
            session_updates=session_updates,
            wording_updates=wording,
            identical=dict(self.identical),
            conflicts=tuple(self.conflicts),
            notes=tuple(self.notes),
            people={p.id: p for p in (*self.mine.stakeholders, *new_people)},
            rounds={
                r.id: r for r in (*(c.round for c in self.mine.rounds), *new_rounds)
            },
            sessions=sessions,
        )

    # -- stakeholders ----------------------------------------------------------------
    def _stakeholders(
        self,
    ) -> tuple[tuple[Stakeholder, ...], tuple[Update[Stakeholder], ...]]:
        mine, theirs = (
            self.mine.stakeholders,
            sorted(self.theirs.stakeholders, key=lambda s: s.id),
        )
        matches = _pair(
            mine,
            theirs,
            key=lambda s: normalise(s.name),
            exact=lambda m, t: m.name == t.name or m.name == _alias(t),
            fits=_same_person,
            alternative_key=lambda t: normalise(_alias(t) or "") or None,
        )
        taken = {p.name for p in mine}
        next_id = _next_id(mine)
        new: list[Stakeholder] = []
        updates: list[Update[Stakeholder]] = []
        for index, person in enumerate(theirs):
            match = matches.get(index)
            if match is None:
                added = self._new_person(person, taken, next_id())
                taken.add(added.name)
                new.append(added)
                self.person[person.id] = added.id
                continue
            self.person[person.id] = match.id
            update = self._compare_people(match, person)
            if update is None:
                self.identical[Kind.STAKEHOLDER] += 1
            else:
                updates.append(update)
        return tuple(new), tuple(updates)

    def _new_person(
        self, person: Stakeholder, taken: set[str], new_id: int
    ) -> Stakeholder:
        namesakes = [
            p
            for p in self.mine.stakeholders
            if normalise(p.name) == normalise(person.name)
            and not _same_person(p, person)
        ]
        name = person.name
        if name in taken or namesakes:
            name = _alias(person) or name
            base, number = name, 1
            while name in taken:
                number += 1
                name = f"{base} {number}"
        if namesakes:
            self.notes.append(Note(NoteKind.NAMESAKE, person.name, name))
        return replace(person, id=new_id, name=name)

    def _compare_people(
        self, mine: Stakeholder, theirs: Stakeholder
    ) -> Update[Stakeholder] | None:
        after = mine
        conflicted = False
        for name in ("role", "department", "email"):
            ours, other = getattr(mine, name), getattr(theirs, name)
            if not ours.strip() and other.strip():
                after = replace(after, **{name: other})
            elif other.strip() and normalise(ours) != normalise(other):
                conflicted = True
                self.conflicts.append(
                    Conflict(
                        Kind.STAKEHOLDER,
                        ours,
                        other,
                        stakeholder_id=mine.id,
                        field=name,
                    )
                )
        if mine.active != theirs.active:
            kind = (
                NoteKind.DEACTIVATED_THERE if mine.active else NoteKind.DEACTIVATED_HERE
            )
            self.notes.append(Note(kind, mine.name))
        if after == mine and not conflicted:
            return None
        return Update(mine, after)

    # -- rounds and sessions ---------------------------------------------------------
    def _rounds(self) -> tuple[tuple[Round, ...], tuple[Update[Round], ...]]:
        mine = [c.round for c in self.mine.rounds]
        theirs = sorted((c.round for c in self.theirs.rounds), key=lambda r: r.id)
        matches = _pair(
            mine,
            theirs,
            key=lambda r: normalise(r.name),
            exact=lambda m, t: m.name == t.name,
        )
        next_id = _next_id(mine)
        new: list[Round] = []
        updates: list[Update[Round]] = []
        for index, round_ in enumerate(theirs):
            match = matches.get(index)
            if match is None:
                new.append(replace(round_, id=next_id()))
                self.round[round_.id] = new[-1].id
                continue
            self.round[round_.id] = match.id
            if (match.kind, match.held_on) == (round_.kind, round_.held_on):
                self.identical[Kind.ROUND] += 1
                continue
            updates.append(Update(match, match))
            self.conflicts.append(
                Conflict(
                    Kind.ROUND,
                    match,
                    replace(round_, id=match.id, name=match.name),
                    round_id=match.id,
                    field="kind_date",
                )
            )
        return tuple(new), tuple(updates)

    def _attendees(self, session: Session) -> tuple[int, ...]:
        return tuple(
            sorted({self.person[p] for p in session.attendees if p in self.person})
        )

    def _sessions(self) -> tuple[tuple[Session, ...], tuple[Update[Session], ...]]:
        mine = self.mine.sessions
        theirs = sorted(self.theirs.sessions, key=lambda s: s.id)
        matches = _pair(
            mine,
            theirs,
            key=lambda s: (s.held_on, normalise(s.title)),
            exact=lambda m, t: m.title == t.title,
        )
        next_id = _next_id(mine)
        new: list[Session] = []
        updates: list[Update[Session]] = []
        for index, session in enumerate(theirs):
            attendees = self._attendees(session)
            match = matches.get(index)
            if match is None:
                new.append(replace(session, id=next_id(), attendees=attendees))
                self.session[session.id] = new[-1].id
                continue
            self.session[session.id] = match.id
            after = replace(
                match,
                attendees=tuple(dict.fromkeys((*match.attendees, *attendees))),
                areas=tuple(dict.fromkeys((*match.areas, *session.areas))),
            )
            conflicted = False
            for name in ("agenda", "notes"):
                ours, other = getattr(match, name), getattr(session, name)
                if not ours.strip() and other.strip():
                    after = replace(after, **{name: other})
                elif other.strip() and _text_differs(ours, other):
                    conflicted = True
                    self.conflicts.append(
                        Conflict(
                            Kind.SESSION, ours, other, session_id=match.id, field=name
                        )
                    )
            if after == match and not conflicted:
                self.identical[Kind.SESSION] += 1
            else:
                updates.append(Update(match, after))
        return tuple(new), tuple(updates)

    # -- evidence and question wording ----------------------------------------------------
    def _evidence(self) -> tuple[EvidenceFile, ...]:
        known = {e.sha256 for e in self.mine.evidence}
        new: list[EvidenceFile] = []
        for item in sorted(self.theirs.evidence, key=lambda e: e.evidence.id):
            if item.sha256 in known:
                self.identical[Kind.EVIDENCE] += 1
                continue
            known.add(item.sha256)
            session_id = item.evidence.session_id
            mapped = self.session.get(session_id) if session_id is not None else None
            new.append(
                replace(item, evidence=replace(item.evidence, session_id=mapped))
            )
        return tuple(new)

    def _wording(self) -> tuple[Update[Wording], ...]:
        mine = {w.question_id: w for w in self.mine.wording}
        updates: list[Update[Wording]] = []
        for theirs in sorted(self.theirs.wording, key=lambda w: w.question_id):
            before = mine.get(theirs.question_id, Wording(theirs.question_id))
            texts: dict[str, dict[str, str]] = {}
            conflicted = False
            for name in ("title", "prompt"):
                ours: Mapping[str, str] = getattr(before, name)
                merged = dict(ours)
                for language, text in getattr(theirs, name).items():
                    if language not in ours:
                        merged[language] = text
                    elif _text_differs(ours[language], text):
                        conflicted = True
                        self.conflicts.append(
                            Conflict(
                                Kind.WORDING,
                                ours[language],
                                text,
                                question_id=theirs.question_id,
                                field=f"{name}:{language}",
                            )
                        )
                texts[name] = merged
            after = Wording(
                theirs.question_id,
                before.hidden or theirs.hidden,
                texts["title"],
                texts["prompt"],
            )
            if after == before and not conflicted:
                self.identical[Kind.WORDING] += 1
            else:
                updates.append(Update(before, after))
        return tuple(updates)

    def _participants(self) -> tuple[Update[Participants], ...]:
        """A round's participants join; a round recording none (everyone) stays so."""
        mine = {c.round.id: c.participants for c in self.mine.rounds}
        updates: list[Update[Participants]] = []
        for content in sorted(self.theirs.rounds, key=lambda c: c.round.id):
            round_id = self.round[content.round.id]
            theirs = {self.person[p] for p in content.participants if p in self.person}
            ours = mine.get(round_id)
            if ours is None:  # a new round: theirs as they are
                joined = tuple(sorted(theirs))
            elif not ours or not theirs:
                continue
            else:
                joined = tuple(sorted({*ours, *theirs}))
            before = Participants(round_id, tuple(ours or ()))
            if joined != before.stakeholder_ids:
                updates.append(Update(before, Participants(round_id, joined)))
        return tuple(updates)

    # -- answers, consensus and follow-ups --------------------------------------------------
    def _answers(
        self,
    ) -> tuple[
        tuple[RoundValue[Rating], ...],
        tuple[RoundValue[Consensus], ...],
        tuple[RoundValue[Followup], ...],
    ]:
        mine = {c.round.id: c for c in self.mine.rounds}
        ratings: list[RoundValue[Rating]] = []
        consensus: list[RoundValue[Consensus]] = []
        followups: list[RoundValue[Followup]] = []
        for content in sorted(self.theirs.rounds, key=lambda c: c.round.id):
            round_id = self.round[content.round.id]
            ours = mine.get(round_id, RoundContent(content.round))
            self._compare(
                Kind.RATING,
                round_id,
                {(r.stakeholder_id, r.question_id): r for r in ours.ratings},
                [
                    replace(r, stakeholder_id=self.person[r.stakeholder_id])
                    for r in content.ratings
                    if r.stakeholder_id in self.person
                ],
                lambda r: (r.stakeholder_id, r.question_id),
                ratings,
            )
            self._compare(
                Kind.CONSENSUS,
                round_id,
                {c.question_id: c for c in ours.consensus},
                list(content.consensus),
                lambda c: c.question_id,
                consensus,
            )
            self._compare(
                Kind.FOLLOWUP,
                round_id,
                {f.question_id: f for f in ours.followups},
                [
                    replace(
                        f,
                        owner_id=None
                        if f.owner_id is None
                        else self.person.get(f.owner_id),
                    )
                    for f in content.followups
                ],
                lambda f: f.question_id,
                followups,
            )
        return tuple(ratings), tuple(consensus), tuple(followups)

    def _compare(
        self,
        kind: Kind,
        round_id: int,
        mine: Mapping[Hashable, T],
        theirs: Sequence[T],
        key: Callable[[T], Hashable],
        added: list[RoundValue[T]],
    ) -> None:
        for value in theirs:
            ours = mine.get(key(value))
            if ours is None:
                added.append(RoundValue(round_id, value))
            elif ours == value:
                self.identical[kind] += 1
            else:
                self.conflicts.append(
                    Conflict(
                        kind,
                        ours,
                        value,
                        round_id=round_id,
                        question_id=getattr(value, "question_id"),  # noqa: B009
                        stakeholder_id=getattr(value, "stakeholder_id", None),
                    )
                )


# -- carrying a plan out ---------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    """One write of a merge: ``before`` None adds ``after``; otherwise ``after``
    replaces ``before``. Undo applies the steps backwards, putting ``before`` back.

    ``after`` is a ``Stakeholder``, ``Round``, ``Participants``, ``Session``,
    ``EvidenceFile``, ``Wording``, or (with ``round_id``) a ``Rating``, ``Consensus`` or ``Followup``.
    """

    kind: Kind
    before: object | None
    after: object
    round_id: int | None = None


_FIELD_KINDS = (Kind.STAKEHOLDER, Kind.ROUND, Kind.SESSION, Kind.WORDING)


def resolve(
    plan: MergePlan,
    choices: Mapping[ConflictKey, Side] | None = None,
    prefer: Side = Side.MINE,
) -> tuple[Step, ...]:
    """The writes that carry ``plan`` out, in an order that never refers to an item not
    yet written: people, rounds (and who takes part), sessions, files, wording,
    then answers.

    A conflict keeps this workshop's value unless ``choices`` (by ``Conflict.key``,
    else ``prefer``) says ``THEIRS``.
    """
    choices = choices or {}
    taken = [
        c for c in plan.conflicts if Side(choices.get(c.key, prefer)) is Side.THEIRS
    ]
    fields: dict[tuple[Kind, object], list[Conflict]] = {}
    answers: dict[Kind, list[Conflict]] = {}
    for conflict in taken:
        if conflict.kind in _FIELD_KINDS:
            fields.setdefault((conflict.kind, _target(conflict)), []).append(conflict)
        else:
            answers.setdefault(conflict.kind, []).append(conflict)

    def updated(
        kind: Kind, updates: Sequence[Update[T]], target: Callable[[T], object]
    ):
        for update in updates:
            after = update.after
            for conflict in fields.get((kind, target(update.before)), ()):
                after = _take(after, conflict)
            if after != update.before:
                yield Step(kind, update.before, after)

    steps: list[Step] = [Step(Kind.STAKEHOLDER, None, p) for p in plan.new_stakeholders]
    steps += updated(Kind.STAKEHOLDER, plan.stakeholder_updates, lambda p: p.id)
    steps += [Step(Kind.ROUND, None, r) for r in plan.new_rounds]
    steps += updated(Kind.ROUND, plan.round_updates, lambda r: r.id)
    steps += updated(Kind.PARTICIPANTS, plan.participant_updates, lambda p: p.round_id)
    steps += [Step(Kind.SESSION, None, s) for s in plan.new_sessions]
    steps += updated(Kind.SESSION, plan.session_updates, lambda s: s.id)
    steps += [Step(Kind.EVIDENCE, None, e) for e in plan.new_evidence]
    steps += updated(Kind.WORDING, plan.wording_updates, lambda w: w.question_id)
    for kind, new in (
        (Kind.RATING, plan.new_ratings),
        (Kind.CONSENSUS, plan.new_consensus),
        (Kind.FOLLOWUP, plan.new_followups),
    ):
        steps += [Step(kind, None, item.value, item.round_id) for item in new]
        steps += [
            Step(kind, c.mine, c.theirs, c.round_id) for c in answers.get(kind, ())
        ]
    return tuple(steps)


def _target(conflict: Conflict) -> object:
    return {
        Kind.STAKEHOLDER: conflict.stakeholder_id,
        Kind.ROUND: conflict.round_id,
        Kind.SESSION: conflict.session_id,
        Kind.WORDING: conflict.question_id,
    }[conflict.kind]


def _take(after: T, conflict: Conflict) -> T:
    """``after`` with the conflicting field set to the other copy's value."""
    if conflict.kind is Kind.ROUND:
        theirs = conflict.theirs
        assert isinstance(theirs, Round)
        return replace(after, kind=theirs.kind, held_on=theirs.held_on)  # type: ignore[type-var]
    if conflict.kind is Kind.WORDING:
        name, language = conflict.field.split(":", 1)
        texts = {**getattr(after, name), language: conflict.theirs}
        return replace(after, **{name: texts})  # type: ignore[type-var]
    return replace(after, **{conflict.field: conflict.theirs})  # type: ignore[type-var]
