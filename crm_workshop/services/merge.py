"""Merging a co-facilitator's copy of the workshop into this one.

``prepare_merge`` reads the other copy (opened read-only, never written; a copy from
an older version is upgraded in a temporary folder) and plans the merge
(``crm_workshop.domain.merge``). ``apply_merge`` first copies this workshop beside
itself (``<name>.before-merge.crmw``), then writes the additions and the consultant's
choices in one transaction: all or nothing. The returned ``MergeRecord`` lets the GUI
undo and redo the merge exactly (``undo_merge``/``redo_merge``).

The engagement (client, branding) and the roadmap of the other copy are not merged.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from crm_workshop.domain.assessment import (
    CarriedMark,
    Consensus,
    Rating,
    Round,
    Stakeholder,
)
from crm_workshop.domain.engagement import Followup, Session
from crm_workshop.domain.merge import (
    ConflictKey,
    DifferentModel,
    EvidenceFile,
    Kind,
    MergePlan,
    Note,
    NoteKind,
    Participants,
    RoundContent,
    Side,
    Wording,
    WorkshopContent,
)
from crm_workshop.domain.merge_planner import plan_merge
from crm_workshop.domain.merge_steps import Step, resolve
from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.storage.database import open_workshop_file, read_header
from crm_workshop.storage.errors import WorkshopFileError, WorkshopReadOnly
from crm_workshop.storage.schema import APPLICATION_ID, SCHEMA_VERSION

__all__ = [
    "BACKUP_LABEL",
    "DifferentModel",
    "MergeOutOfDate",
    "MergePreview",
    "MergeRecord",
    "MergeResult",
    "Side",
    "apply_merge",
    "prepare_merge",
    "read_content",
    "redo_merge",
    "undo_merge",
]

BACKUP_LABEL = "before-merge"


class MergeOutOfDate(WorkshopFileError):
    """The workshop changed after the merge was planned: plan it again."""


@dataclass(frozen=True)
class MergePreview:
    """A planned merge: what it adds and where the copies differ."""

    other: Path
    plan: MergePlan
    contents: Mapping[int, bytes] = field(repr=False)  # theirs' evidence id -> bytes

    @property
    def same_file(self) -> bool:
        return any(n.kind is NoteKind.SAME_FILE for n in self.plan.notes)


@dataclass
class MergeRecord:
    """What a merge wrote, for undo and redo."""

    steps: tuple[Step, ...]
    contents: Mapping[int, bytes] = field(repr=False)
    evidence_ids: list[int] = field(default_factory=list)  # as stored by the last run
    # answers carried over from an earlier round that the merge replaced: their
    # "carried over" marks come back with them on undo
    carried: list[CarriedMark] = field(default_factory=list)


@dataclass(frozen=True)
class MergeResult:
    plan: MergePlan
    record: MergeRecord
    backup: Path | None  # the copy of this workshop before the merge (None: no write)
    taken: int  # conflicts settled with the other copy's value

    @property
    def kept(self) -> int:
        return len(self.plan.conflicts) - self.taken


# -- reading ---------------------------------------------------------------------------
def read_content(session: WorkshopSession) -> WorkshopContent:
    """Everything a merge compares, read through the session (evidence hashed)."""
    model = session.model
    rounds = tuple(
        RoundContent(
            round_,
            tuple(session.ratings(round_.id)),
            tuple(session.consensus(round_.id).values()),
            tuple(session.followups(round_.id).values()),
            tuple(session.progress.participants(round_.id)),
        )
        for round_ in session.rounds()
    )
    evidence = tuple(
        EvidenceFile(
            item, hashlib.sha256(session.evidence_content(item.id)).hexdigest()
        )
        for item in session.evidence()
    )
    wording = tuple(
        Wording(o.question_id, o.hidden, o.title, o.prompt)
        for o in session.question_overrides().values()
    )
    return WorkshopContent(
        model.id,
        model.version,
        frozenset(q.id for q in model.questions()),
        tuple(session.stakeholders()),
        rounds,
        tuple(session.sessions()),
        evidence,
        wording,
    )


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


@contextlib.contextmanager
def _open_other(path: Path) -> Iterator[WorkshopSession]:
    """The other copy, read-only; one from an older version is upgraded in a temporary
    copy (the file itself is never written)."""
    application_id, version = read_header(path)  # missing, not SQLite: typed errors
    if application_id != APPLICATION_ID or version >= SCHEMA_VERSION:
        with WorkshopSession.open(path, read_only=True) as other:  # refuses the odd
            yield other
        return
    with tempfile.TemporaryDirectory(prefix="crm-workshop-merge-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            journal = path.with_name(path.name + "-journal")
            if journal.exists():  # an interrupted write: rolled back in the copy
                shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
            # no automatic backups of a copy that is thrown away
            database = open_workshop_file(copy)
        except OSError as exc:
            raise WorkshopFileError(path, exc.strerror or str(exc)) from None
        except WorkshopFileError as exc:
            exc.path = path  # the user knows the file, not the temporary copy
            raise
        try:
            other = WorkshopSession(database)
        except BaseException:
            database.close()
            raise
        with other:
            yield other


def prepare_merge(session: WorkshopSession, other: Path | str) -> MergePreview:
    """Read the other copy and plan merging it into ``session``'s workshop.

    Refused with the typed errors of opening a workshop (missing, damaged, newer,
    foreign, in use) and with ``DifferentModel`` for a copy of another model.
    """
    other = Path(other)
    mine = read_content(session)
    if _same_file(session.path, other):
        plan = plan_merge(mine, mine)
        plan = replace(plan, notes=(Note(NoteKind.SAME_FILE), *plan.notes))
        return MergePreview(other, plan, {})
    with _open_other(other) as copy:
        plan = plan_merge(mine, read_content(copy))
        contents = {
            item.evidence.id: copy.evidence_content(item.evidence.id)
            for item in plan.new_evidence
        }
    return MergePreview(other, plan, contents)


# -- writing ---------------------------------------------------------------------------
def apply_merge(
    session: WorkshopSession,
    preview: MergePreview,
    choices: Mapping[ConflictKey, Side] | None = None,
    *,
    prefer: Side = Side.MINE,
    backup: bool = True,
) -> MergeResult:
    """Back the workshop up beside itself, then write the merge in one transaction.

    Conflicts keep this workshop's value unless ``choices`` (else ``prefer``) says
    ``THEIRS``. With nothing to write, nothing is written and no copy is made.
    """
    plan = preview.plan
    steps = resolve(plan, choices, prefer)
    record = MergeRecord(steps, preview.contents)
    taken = sum(
        Side((choices or {}).get(c.key, prefer)) is Side.THEIRS for c in plan.conflicts
    )
    if not steps:
        return MergeResult(plan, record, None, taken)
    if session.read_only:
        raise WorkshopReadOnly(session.path, "opened read-only")
    _check_fresh(session, plan)
    copy = session.backup_beside(BACKUP_LABEL) if backup else None
    redo_merge(session, record)
    return MergeResult(plan, record, copy, taken)


def _check_fresh(session: WorkshopSession, plan: MergePlan) -> None:
    """The ids the plan gives new items must still be free (nothing written since)."""
    clashes = (
        {p.id for p in plan.new_stakeholders} & {p.id for p in session.stakeholders()}
        or {r.id for r in plan.new_rounds} & {r.id for r in session.rounds()}
        or {s.id for s in plan.new_sessions} & {s.id for s in session.sessions()}
    )
    if clashes:
        raise MergeOutOfDate(session.path, "the workshop changed; merge again")


def redo_merge(session: WorkshopSession, record: MergeRecord) -> None:
    """Write the merge's steps (again), all or nothing."""
    with session.transaction():
        record.carried = _carried_marks(session, record.steps)
        ratings: dict[int, list[Rating]] = {}
        evidence_ids: list[int] = []
        for step in record.steps:
            after = step.after
            if step.kind is Kind.RATING:
                assert step.round_id is not None and isinstance(after, Rating)
                ratings.setdefault(step.round_id, []).append(after)
            elif step.kind is Kind.EVIDENCE:
                assert isinstance(after, EvidenceFile)
                evidence_ids.append(
                    session.add_evidence_content(
                        after.evidence, record.contents[after.evidence.id]
                    )
                )
            else:
                _write(session, step.kind, step.round_id, step.before, after)
        for round_id, values in ratings.items():  # after people and rounds exist
            session.set_ratings(round_id, values)
        record.evidence_ids = evidence_ids


def undo_merge(session: WorkshopSession, record: MergeRecord) -> None:
    """Put back what the merge replaced and remove what it added, all or nothing."""
    with session.transaction():
        evidence_ids = list(record.evidence_ids)
        restored: dict[int, list[Rating]] = {}
        for step in reversed(record.steps):
            before, after = step.before, step.after
            if step.kind is Kind.RATING:
                assert step.round_id is not None and isinstance(after, Rating)
                if before is None:
                    session.clear_rating(
                        step.round_id, after.stakeholder_id, after.question_id
                    )
                else:
                    assert isinstance(before, Rating)
                    restored.setdefault(step.round_id, []).append(before)
                continue
            if restored:  # answers are put back before what comes earlier is undone
                for round_id, values in restored.items():
                    session.set_ratings(round_id, values)
                restored = {}
            if step.kind is Kind.EVIDENCE:
                session.remove_evidence(evidence_ids.pop())
            elif before is None:
                _remove(session, step.kind, step.round_id, after)
            else:
                _write(session, step.kind, step.round_id, after, before)
        for round_id, values in restored.items():
            session.set_ratings(round_id, values)
        if record.carried:
            session.progress.mark_carried(record.carried)


def _carried_marks(
    session: WorkshopSession, steps: tuple[Step, ...]
) -> list[CarriedMark]:
    """The "carried over" marks of the answers and consensus values ``steps`` replace
    (a replaced answer counts as confirmed; undo marks it again)."""
    marks = []
    for step in steps:
        if step.before is None or step.round_id is None:
            continue
        if step.kind is Kind.RATING:
            assert isinstance(step.after, Rating)
            stakeholder: int | None = step.after.stakeholder_id
        elif step.kind is Kind.CONSENSUS:
            stakeholder = None
        else:
            continue
        question = getattr(step.after, "question_id")  # noqa: B009
        mark = session.progress.carried_mark(step.round_id, stakeholder, question)
        if mark is not None:
            marks.append(mark)
    return marks


def _write(
    session: WorkshopSession,
    kind: Kind,
    round_id: int | None,
    before: object | None,
    after: object,
) -> None:
    """Add ``after`` (``before`` None) or let it replace ``before``."""
    if kind is Kind.STAKEHOLDER:
        assert isinstance(after, Stakeholder)
        if before is None:
            session.restore_stakeholder(after)  # under the id the plan gave it
        else:
            session.update_stakeholder(after)
    elif kind is Kind.ROUND:
        assert isinstance(after, Round)
        if before is None:
            new_id = session.add_round(after.name, after.kind, after.held_on)
            if new_id != after.id:  # SQLite gives the next id, as the plan did
                raise MergeOutOfDate(session.path, "the workshop changed; merge again")
        else:
            session.update_round(after)
    elif kind is Kind.PARTICIPANTS:
        assert isinstance(after, Participants)
        session.progress.set_participants(after.round_id, after.stakeholder_ids)
    elif kind is Kind.SESSION:
        assert isinstance(after, Session)
        if before is None:
            session.restore_session(after)
        else:
            session.update_session(after)
    elif kind is Kind.WORDING:
        assert isinstance(after, Wording)
        session.set_question_override(
            after.question_id,
            hidden=after.hidden,
            title=after.title,
            prompt=after.prompt,
        )
    elif kind is Kind.CONSENSUS:
        assert round_id is not None and isinstance(after, Consensus)
        session.set_consensus(round_id, after)
    elif kind is Kind.FOLLOWUP:
        assert round_id is not None and isinstance(after, Followup)
        session.set_followup(round_id, after)


def _remove(
    session: WorkshopSession, kind: Kind, round_id: int | None, added: object
) -> None:
    """Remove what a step added (its answers and files are gone already)."""
    if kind is Kind.STAKEHOLDER:
        assert isinstance(added, Stakeholder)
        session.remove_stakeholder(added.id)
    elif kind is Kind.ROUND:
        assert isinstance(added, Round)
        session.remove_empty_round(added.id)
    elif kind is Kind.SESSION:
        assert isinstance(added, Session)
        session.remove_session(added.id)
    elif kind is Kind.CONSENSUS:
        assert round_id is not None and isinstance(added, Consensus)
        session.clear_consensus(round_id, added.question_id)
    elif kind is Kind.FOLLOWUP:
        assert round_id is not None and isinstance(added, Followup)
        session.clear_followup(round_id, added.question_id)
