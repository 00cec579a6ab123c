"""Carrying a merge plan out: the writes (``Step``s) in an order that never refers to
an item not yet written, with the consultant's choice in each conflict."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from crm_workshop.domain.assessment import Round
from crm_workshop.domain.merge import (
    Conflict,
    ConflictKey,
    Kind,
    MergePlan,
    Side,
    Update,
)

T = TypeVar("T")


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
