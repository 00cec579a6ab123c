"""``Progress``: tracking an engagement after the workshop, reached as
``session.progress``.

Follow-up rounds with the people taking part, optionally pre-filled with each
participant's answers of an earlier round (marked as carried over until confirmed or
changed); two rounds compared; a round checked against the plan the roadmap made at
the baseline; initiatives' status updates and KPI actuals; risks added since a round.
The rules are in ``domain/progress.py``.

Pre-filling copies a participant's answer kind, current level and target, not the
comment (a comment describes the company as it was then), and the room's consensus
values with their notes: the new round starts where the earlier one ended, so its
scores only move when someone changes an answer. Every write is one atomic, durable transaction;
input is checked before anything is written (``ProgressInputError``), and mutators
return what an undo needs.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from crm_workshop.domain.assessment import (
    CarriedMark,
    Consensus,
    Rating,
    Round,
    RoundKind,
    Stakeholder,
)
from crm_workshop.services.workshop import UnknownRound
from crm_workshop.storage import progress_repo as repo
from crm_workshop.storage.progress_repo import RoundSnapshot

__all__ = ["Progress", "RoundSnapshot"]

if TYPE_CHECKING:
    from types import ModuleType

    from crm_workshop.domain.progress import (
        KpiActual,
        PlanCheck,
        RoundComparison,
        StatusUpdate,
    )
    from crm_workshop.domain.roadmap import Initiative, InitiativeStatus, Risk
    from crm_workshop.services.workshop import WorkshopSession


# Capturing a round needs only the rounds' participants and carried answers; the
# history and the comparisons (and the roadmap's domain under them) load when first
# used, not while the app opens a workshop.
def _history() -> ModuleType:
    from crm_workshop.storage import progress_history_repo

    return progress_history_repo


MAX_NAME = 200
MAX_NOTE = 2000


class ProgressInputError(ValueError):
    """Input the progress verbs refuse; nothing was written."""


class BadDate(ProgressInputError):
    """Text that is not a date written ``YYYY-MM-DD``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class BlankName(ProgressInputError):
    """A round or KPI needs a name."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class TooLong(ProgressInputError):
    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"{what}: at most {limit} characters")
        self.what = what
        self.limit = limit


class DuplicateRound(ProgressInputError):
    """Another round already has this name."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class NoParticipants(ProgressInputError):
    """A follow-up round needs at least one person taking part."""


class UnknownStakeholder(ProgressInputError):
    def __init__(self, stakeholder_id: int) -> None:
        super().__init__(stakeholder_id)
        self.stakeholder_id = stakeholder_id


class UnknownInitiative(ProgressInputError):
    def __init__(self, initiative_id: int) -> None:
        super().__init__(initiative_id)
        self.initiative_id = initiative_id


class NotANumber(ProgressInputError):
    def __init__(self, what: str, value: object) -> None:
        super().__init__(f"{what}: {value!r}")
        self.what = what
        self.value = value


def date_text(text: str) -> str:
    """``text`` as a checked ``YYYY-MM-DD`` date; ``BadDate`` otherwise."""
    cleaned = (text or "").strip()
    try:
        day = dt.date.fromisoformat(cleaned)
    except ValueError:
        raise BadDate(text) from None
    if len(cleaned) != 10 or not 1900 <= day.year <= 2999:
        raise BadDate(text)
    return day.isoformat()


@dataclass(frozen=True)
class FollowUp:
    """What a new follow-up round needs."""

    name: str
    held_on: str  # YYYY-MM-DD
    participants: tuple[int, ...]
    prefill_from: int | None = None  # a round id: copy its answers as a start


@dataclass(frozen=True)
class RemovedInitiative:
    """An initiative removed with its history: what ``restore_initiative`` needs."""

    initiative: Initiative
    updates: tuple[StatusUpdate, ...]
    actuals: tuple[KpiActual, ...]


class Progress:
    """Progress tracking of one open workshop."""

    def __init__(self, session: WorkshopSession) -> None:
        self._session = session
        self._db = session._db

    # -- rounds and who takes part ------------------------------------------------------
    def _round(self, round_id: int) -> Round:
        rounds = self._session.rounds()
        for round_ in rounds:
            if round_.id == round_id:
                return round_
        raise UnknownRound(str(round_id), [r.name for r in rounds])

    def participants(self, round_id: int) -> list[int]:
        """The stakeholders recorded as taking part (empty: none recorded)."""
        return repo.participants(self._db, round_id)

    def people(self, round_id: int | None) -> list[Stakeholder]:
        """Who answers in a round: its participants when recorded, else every active
        stakeholder (a round recorded before participants were, like a baseline)."""
        everyone = self._session.stakeholders()
        chosen = set(self.participants(round_id)) if round_id is not None else set()
        if chosen:
            return [s for s in everyone if s.id in chosen]
        return [s for s in everyone if s.active]

    def set_participants(
        self, round_id: int, stakeholder_ids: Sequence[int]
    ) -> list[int]:
        """Replace who takes part in a round; returns who did before."""
        self._round(round_id)
        self._check_people(stakeholder_ids)
        return repo.set_participants(self._db, round_id, stakeholder_ids)

    def left_out(self, round_id: int, stakeholder_id: int) -> bool:
        """Whether the round records its participants and the stakeholder is not one
        of them (so their answers in it are not shown with the round's people)."""
        return repo.left_out(self._db, round_id, stakeholder_id)

    def add_participant(self, round_id: int, stakeholder_id: int) -> None:
        """Record one more stakeholder as taking part (a round that records none
        stays so: everyone active answers in it)."""
        if repo.participants_recorded(self._db, round_id):
            repo.add_participant(self._db, round_id, stakeholder_id)

    def remove_participant(self, round_id: int, stakeholder_id: int) -> None:
        """No longer record a stakeholder as taking part (undoing an add)."""
        repo.remove_participant(self._db, round_id, stakeholder_id)

    def _check_people(self, stakeholder_ids: Iterable[int]) -> None:
        known = {s.id for s in self._session.stakeholders()}
        for stakeholder_id in stakeholder_ids:
            if stakeholder_id not in known:
                raise UnknownStakeholder(stakeholder_id)

    def check_follow_up(self, follow_up: FollowUp) -> FollowUp:
        """The follow-up, normalised; ``ProgressInputError`` when it cannot be made."""
        name = " ".join(follow_up.name.split())
        if not name:
            raise BlankName("round")
        if len(name) > MAX_NAME:
            raise TooLong("round", MAX_NAME)
        if any(r.name == name for r in self._session.rounds()):
            raise DuplicateRound(name)
        if not follow_up.participants:
            raise NoParticipants("participants")
        self._check_people(follow_up.participants)
        if follow_up.prefill_from is not None:
            self._round(follow_up.prefill_from)
        return replace(
            follow_up,
            name=name,
            held_on=date_text(follow_up.held_on),
            participants=tuple(dict.fromkeys(follow_up.participants)),
        )

    def start_follow_up(self, follow_up: FollowUp) -> int:
        """Create a reassessment round with its participants, pre-filled (when asked)
        with each participant's answers of ``prefill_from``; returns its id."""
        follow_up = self.check_follow_up(follow_up)
        copied: list[Rating] = []
        agreed: list[Consensus] = []
        source = follow_up.prefill_from
        if source is not None:
            chosen = set(follow_up.participants)
            copied = [
                replace(r, comment="")
                for r in self._session.ratings(source)
                if r.stakeholder_id in chosen
            ]
            agreed = list(self._session.consensus(source).values())
        return repo.create_round(
            self._db,
            follow_up.name,
            RoundKind.REASSESSMENT,
            follow_up.held_on,
            follow_up.participants,
            copied,
            source,
            agreed,
        )

    def remove_round(self, round_id: int) -> RoundSnapshot:
        """Delete a round and everything in it (undoing its creation)."""
        self._round(round_id)
        return repo.remove_round(self._db, round_id)

    def restore_round(self, snapshot: RoundSnapshot) -> None:
        repo.restore_round(self._db, snapshot)

    # -- answers carried over ------------------------------------------------------------
    def carried(
        self, round_id: int, question_id: str | None = None
    ) -> list[CarriedMark]:
        return repo.carried(self._db, round_id, question_id)

    def carried_mark(
        self, round_id: int, stakeholder_id: int | None, question_id: str
    ) -> CarriedMark | None:
        """The mark of one answer (``stakeholder_id`` None: of the consensus)."""
        return repo.carried_mark(self._db, round_id, stakeholder_id, question_id)

    def carried_marks(
        self, round_id: int, keys: Iterable[tuple[int | None, str]]
    ) -> list[CarriedMark]:
        """The marks of the answers (stakeholder, question) and consensus values
        (None, question) among ``keys`` that are carried over: read before an edit
        gives them anew, so its undo can mark them again (``put_back_answers``)."""
        return repo.carried_marks(self._db, round_id, keys)

    def confirm(
        self, round_id: int, keys: Iterable[tuple[int | None, str]]
    ) -> list[CarriedMark]:
        """Confirm carried-over answers as they are; returns the marks removed."""
        return repo.confirm(self._db, round_id, keys)

    def mark_carried(self, marks: Iterable[CarriedMark]) -> None:
        repo.mark_carried(self._db, marks)

    # -- initiatives: status history and KPI actuals --------------------------------------
    def _check_initiative(self, initiative_id: int) -> None:
        if not any(i.id == initiative_id for i in self._session.roadmap.initiatives()):
            raise UnknownInitiative(initiative_id)

    @staticmethod
    def _note(note: str) -> str:
        note = note.strip()
        if len(note) > MAX_NOTE:
            raise TooLong("note", MAX_NOTE)
        return note

    def check_status_update(self, update: StatusUpdate) -> StatusUpdate:
        from crm_workshop.domain.roadmap import InitiativeStatus

        self._check_initiative(update.initiative_id)
        return replace(
            update,
            updated_on=date_text(update.updated_on),
            status=InitiativeStatus(update.status),
            note=self._note(update.note),
        )

    def status_updates(self, initiative_id: int | None = None) -> list[StatusUpdate]:
        return _history().status_updates(self._db, initiative_id)

    def add_status_update(
        self, update: StatusUpdate, status: InitiativeStatus | None = None
    ) -> tuple[int, InitiativeStatus]:
        """Record a status update; the initiative takes ``status``, or else the status
        of its latest update. Returns the update's id and the status before."""
        return _history().add_status_update(
            self._db, self.check_status_update(update), status
        )

    def remove_status_update(
        self, update_id: int, status: InitiativeStatus | None = None
    ) -> tuple[StatusUpdate, InitiativeStatus]:
        """Delete an update; the initiative takes ``status``, or else that of its
        latest remaining update. Returns the update and the status before."""
        return _history().remove_status_update(self._db, update_id, status)

    def check_kpi_actual(self, actual: KpiActual) -> KpiActual:
        self._check_initiative(actual.initiative_id)
        kpi = " ".join(actual.kpi.split())
        if not kpi:
            raise BlankName("kpi")
        if len(kpi) > MAX_NAME:
            raise TooLong("kpi", MAX_NAME)
        unit = actual.unit.strip()
        if len(unit) > 40:
            raise TooLong("unit", 40)
        for what, value in (("value", actual.value), ("target", actual.target)):
            if value is None and what == "target":
                continue
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
            ):
                raise NotANumber(what, value)
        return replace(
            actual,
            kpi=kpi,
            unit=unit,
            value=float(actual.value),
            target=None if actual.target is None else float(actual.target),
            measured_on=date_text(actual.measured_on),
            note=self._note(actual.note),
        )

    def kpi_actuals(self, initiative_id: int | None = None) -> list[KpiActual]:
        return _history().kpi_actuals(self._db, initiative_id)

    def add_kpi_actual(self, actual: KpiActual) -> int:
        return _history().add_kpi_actual(self._db, self.check_kpi_actual(actual))

    def remove_kpi_actual(self, actual_id: int) -> KpiActual:
        return _history().remove_kpi_actual(self._db, actual_id)

    def remove_initiative(self, initiative_id: int) -> RemovedInitiative:
        """Remove an initiative with its status history and KPI actuals."""
        updates = tuple(self.status_updates(initiative_id))
        actuals = tuple(self.kpi_actuals(initiative_id))
        with self._session.transaction():
            initiative = self._session.roadmap.remove_initiative(initiative_id)
        return RemovedInitiative(initiative, updates, actuals)

    def restore_initiative(self, removed: RemovedInitiative) -> None:
        with self._session.transaction():
            self._session.roadmap.restore_initiative(removed.initiative)
            _history().restore_history(self._db, removed.updates, removed.actuals)

    # -- comparing rounds and checking the plan --------------------------------------------
    def previous_round(self, round_id: int) -> Round | None:
        """The round before ``round_id`` (rounds ordered by date, then id)."""
        rounds = self._session.rounds()
        for before, round_ in itertools.pairwise(rounds):
            if round_.id == round_id:
                return before
        self._round(round_id)
        return None

    def default_pair(self) -> tuple[Round, Round] | None:
        """(latest round, the one before it); None with fewer than two rounds."""
        rounds = self._session.rounds()
        return (rounds[-1], rounds[-2]) if len(rounds) >= 2 else None

    def compare(self, round_id: int, against_id: int) -> RoundComparison:
        """``round_id`` against ``against_id``: the change is round minus against."""
        from crm_workshop.domain.progress import compare_rounds

        self._round(round_id)
        self._round(against_id)
        return compare_rounds(
            self._session.effective_model(),
            self._session.assessment(against_id),
            self._session.assessment(round_id),
        )

    def plan_round(self) -> Round | None:
        """The round the roadmap's plan is measured from: the first baseline round."""
        from crm_workshop.domain.progress import plan_round

        rounds = self._session.rounds()
        chosen = plan_round([(r.id, r.kind.value) for r in rounds])
        return next((r for r in rounds if r.id == chosen), None)

    def check_plan(self, round_id: int) -> PlanCheck | None:
        """The round against the plan made from the baseline; None without a plan
        round. The baseline itself is checked too (nothing is due at its date)."""
        from crm_workshop.domain.progress import check_plan

        round_ = self._round(round_id)
        base = self.plan_round()
        if base is None:
            return None
        try:
            held_on = dt.date.fromisoformat(round_.held_on[:10])
        except ValueError:  # a damaged date: nothing can be said to be due
            return None
        plan = self._session.roadmap.plan(base.id)
        return check_plan(plan, self._session.assessment(round_id), held_on)

    def new_risks(self, since_round_id: int) -> list[Risk]:
        """Risks added after the day of ``since_round_id``, in the register's order."""
        from crm_workshop.domain.progress import added_since

        since = self._round(since_round_id)
        ids = set(added_since(_history().risk_created(self._db), since.held_on))
        return [r for r in self._session.roadmap.risks() if r.id in ids]

    def risk_dates(self) -> dict[int, str]:
        """Risk id -> when it was added (timestamp)."""
        return _history().risk_created(self._db)

    def date_risk(self, risk_id: int, stamp: str) -> None:
        """Set when a risk counts as added (a timestamp): for the demo's fictional
        timeline, whose risks are dated by the round they came up in."""
        _history().set_risk_created(self._db, risk_id, stamp)

    def counts(self) -> dict[str, int]:
        return repo.progress_counts(self._db)
