"""Merging a co-facilitator's copy of a workshop into this one: matching and planning.

Pure: the content of both copies in (``WorkshopContent``), a ``MergePlan`` out;
``merge_steps.resolve`` turns the plan and the consultant's choices into the ``Step``s
that carry it out. Nothing is read or written here. The rules (docs/merge.md):

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

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from crm_workshop.domain.assessment import Consensus, Rating, Round, Stakeholder
from crm_workshop.domain.engagement import Followup, Session
from crm_workshop.domain.merge import (
    Conflict,
    DifferentModel,
    EvidenceFile,
    Kind,
    MergePlan,
    Note,
    NoteKind,
    Participants,
    RoundContent,
    RoundValue,
    Update,
    Wording,
    WorkshopContent,
    normalise,
)
from crm_workshop.domain.merge_match import (
    alias,
    id_counter,
    pair,
    same_person,
    text_differs,
)

T = TypeVar("T")


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
        matches = pair(
            mine,
            theirs,
            key=lambda s: normalise(s.name),
            exact=lambda m, t: m.name == t.name or m.name == alias(t),
            fits=same_person,
            alternative_key=lambda t: normalise(alias(t) or "") or None,
        )
        taken = {p.name for p in mine}
        next_id = id_counter(mine)
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
            and not same_person(p, person)
        ]
        name = person.name
        if name in taken or namesakes:
            name = alias(person) or name
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
        matches = pair(
            mine,
            theirs,
            key=lambda r: normalise(r.name),
            exact=lambda m, t: m.name == t.name,
        )
        next_id = id_counter(mine)
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
        matches = pair(
            mine,
            theirs,
            key=lambda s: (s.held_on, normalise(s.title)),
            exact=lambda m, t: m.title == t.title,
        )
        next_id = id_counter(mine)
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
                elif other.strip() and text_differs(ours, other):
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
                    elif text_differs(ours[language], text):
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
