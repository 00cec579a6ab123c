"""``Roadmap``: the roadmap verbs of an open workshop, reached as ``session.roadmap``.

Goals, initiatives with the moves they bring, risks, focus areas, the consultant's
months for levels, target dates and decisions on hints, plus the derived plan and its
hints. Every write is one atomic, durable transaction; mutators return what an undo
needs. Input is checked before anything is written: months must read ``YYYY-MM``
(``BadMonth``), question, area and scope ids must be the model's (``UnknownQuestion``,
``UnknownArea``), levels 1-5 (``InvalidLevel``). Months are stored normalised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from crm_workshop.domain.assessment import check_level
from crm_workshop.domain.errors import UnknownArea, UnknownQuestion
from crm_workshop.domain.roadmap import (
    FocusArea,
    Goal,
    GoalLevel,
    HintDecision,
    Initiative,
    InitiativeStatus,
    LevelOverride,
    Month,
    Move,
    Risk,
    RiskStatus,
)
from crm_workshop.services.errors import DuplicateMove, EndsBeforeStart, UnknownOwner
from crm_workshop.services.workshop import UnknownRound
from crm_workshop.storage import roadmap_plan_repo as plan_repo
from crm_workshop.storage import roadmap_repo as repo

if TYPE_CHECKING:
    from crm_workshop.domain.hints import Hint
    from crm_workshop.domain.maturity import MaturityModel
    from crm_workshop.domain.planning import RoadmapPlan
    from crm_workshop.domain.scoring import Assessment
    from crm_workshop.services.workshop import WorkshopSession


def month_text(text: str | None) -> str | None:
    """``text`` as a normalised ``YYYY-MM`` (None stays None); BadMonth otherwise."""
    return None if text is None else str(Month.parse(text))


class Roadmap:
    """The roadmap of one open workshop."""

    def __init__(self, session: WorkshopSession) -> None:
        self._session = session
        self._db = session._db

    # -- checks ------------------------------------------------------------------------
    def _check_question(self, question_id: str) -> None:
        self._session.model.question(question_id)  # UnknownQuestion

    def _check_owner(self, owner_id: int | None) -> None:
        if owner_id is not None and owner_id not in {
            person.id for person in self._session.stakeholders()
        }:
            raise UnknownOwner(owner_id)

    def _check_scope(self, scope_id: str) -> None:
        """An area or question id of the model."""
        model = self._session.model
        if model.has_question(scope_id) or any(a.id == scope_id for a in model.areas):
            return
        if "." in scope_id:
            raise UnknownQuestion(scope_id)
        raise UnknownArea(scope_id)

    # -- goals -------------------------------------------------------------------------
    def _goal(self, goal: Goal) -> Goal:
        self._check_owner(goal.owner_id)
        return replace(
            goal, level=GoalLevel(goal.level), due_on=month_text(goal.due_on)
        )

    def goals(self) -> list[Goal]:
        """Board goals, director goals, objectives; each by position, then id."""
        return repo.list_goals(self._db)

    def add_goal(self, goal: Goal) -> int:
        return repo.add_goal(self._db, self._goal(goal))

    def update_goal(self, goal: Goal) -> Goal:
        """Replace a goal; returns the previous version."""
        return repo.update_goal(self._db, self._goal(goal))

    def remove_goal(self, goal_id: int) -> list[Goal]:
        """Delete a goal and its director copies; returns them all (for undo)."""
        return repo.remove_goal(self._db, goal_id)

    def restore_goals(self, goals: list[Goal]) -> None:
        """Put removed goals back under the same ids."""
        repo.restore_goals(self._db, [self._goal(g) for g in goals])

    # -- initiatives -------------------------------------------------------------------
    def _initiative(self, initiative: Initiative) -> Initiative:
        seen: set[str] = set()
        moves: list[Move] = []
        for move in initiative.moves:
            self._check_question(move.question_id)
            if move.question_id in seen:
                raise DuplicateMove(move.question_id)
            seen.add(move.question_id)
            moves.append(Move(move.question_id, move.from_level, move.to_level))
        check_level(initiative.urgency)
        check_level(initiative.feasibility)
        self._check_owner(initiative.owner_id)
        starts_on = month_text(initiative.starts_on)
        ends_on = month_text(initiative.ends_on)
        if starts_on and ends_on and Month.parse(ends_on) < Month.parse(starts_on):
            raise EndsBeforeStart(starts_on, ends_on)
        return replace(
            initiative,
            starts_on=starts_on,
            ends_on=ends_on,
            status=InitiativeStatus(initiative.status),
            strategic=bool(initiative.strategic),
            moves=tuple(moves),
        )

    def initiatives(self) -> list[Initiative]:
        """Every initiative with its moves, by start month, then id."""
        return repo.list_initiatives(self._db)

    def add_initiative(self, initiative: Initiative) -> int:
        return repo.add_initiative(self._db, self._initiative(initiative))

    def update_initiative(self, initiative: Initiative) -> Initiative:
        """Replace an initiative and its moves; returns the previous version."""
        return repo.update_initiative(self._db, self._initiative(initiative))

    def remove_initiative(self, initiative_id: int) -> Initiative:
        return repo.remove_initiative(self._db, initiative_id)

    def restore_initiative(self, initiative: Initiative) -> None:
        repo.restore_initiative(self._db, self._initiative(initiative))

    # -- risks -------------------------------------------------------------------------
    def _risk(self, risk: Risk) -> Risk:
        for scope_id in risk.scope:
            self._check_scope(scope_id)
        check_level(risk.likelihood)
        check_level(risk.impact)
        self._check_owner(risk.owner_id)
        return replace(
            risk, scope=tuple(dict.fromkeys(risk.scope)), status=RiskStatus(risk.status)
        )

    def risks(self) -> list[Risk]:
        return repo.list_risks(self._db)

    def add_risk(self, risk: Risk) -> int:
        return repo.add_risk(self._db, self._risk(risk))

    def update_risk(self, risk: Risk) -> Risk:
        return repo.update_risk(self._db, self._risk(risk))

    def remove_risk(self, risk_id: int) -> Risk:
        return repo.remove_risk(self._db, risk_id)

    def restore_risk(self, risk: Risk) -> None:
        repo.restore_risk(self._db, self._risk(risk))

    # -- focus areas -------------------------------------------------------------------
    def _focus(self, focus: FocusArea) -> FocusArea:
        self._check_scope(focus.scope)
        return focus

    def focus_areas(self) -> list[FocusArea]:
        """By position, then id."""
        return repo.list_focus_areas(self._db)

    def add_focus_area(self, focus: FocusArea) -> int:
        return repo.add_focus_area(self._db, self._focus(focus))

    def update_focus_area(self, focus: FocusArea) -> FocusArea:
        return repo.update_focus_area(self._db, self._focus(focus))

    def remove_focus_area(self, focus_id: int) -> FocusArea:
        return repo.remove_focus_area(self._db, focus_id)

    def restore_focus_area(self, focus: FocusArea) -> None:
        repo.restore_focus_area(self._db, self._focus(focus))

    # -- the consultant's months for levels ----------------------------------------------
    def level_overrides(self) -> list[LevelOverride]:
        return plan_repo.list_level_overrides(self._db)

    def set_level_override(self, override: LevelOverride) -> LevelOverride | None:
        """Set the month a question reaches a level (None: not planned); returns the
        previous override."""
        self._check_question(override.question_id)
        check_level(override.level)
        return plan_repo.set_level_override(
            self._db, replace(override, reached_on=month_text(override.reached_on))
        )

    def clear_level_override(
        self, question_id: str, level: int
    ) -> LevelOverride | None:
        return plan_repo.clear_level_override(self._db, question_id, level)

    # -- target dates and hint decisions -------------------------------------------------
    def target_dates(self) -> dict[str, str]:
        """Area or question id -> the month its target should be reached."""
        return plan_repo.target_dates(self._db)

    def set_target_date(self, scope_id: str, month: str | None) -> str | None:
        """Set (None: remove) a target month; returns the previous one."""
        self._check_scope(scope_id)
        return plan_repo.set_target_date(self._db, scope_id, month_text(month))

    def hint_decisions(self) -> dict[str, HintDecision]:
        return plan_repo.hint_decisions(self._db)

    def decide_hint(
        self, key: str, decision: HintDecision | None
    ) -> HintDecision | None:
        """Confirm or dismiss a hint (None: undecided again); returns the previous."""
        if not key.strip():
            raise ValueError("a hint key must not be blank")
        value = None if decision is None else HintDecision(decision)
        return plan_repo.decide_hint(self._db, key, value)

    # -- derived -----------------------------------------------------------------------
    def _start(self, round_id: int) -> Month:
        rounds = self._session.rounds()
        for round_ in rounds:
            if round_.id == round_id:
                return Month.parse(round_.held_on)
        raise UnknownRound(str(round_id), [r.name for r in rounds])

    def _plan(
        self, round_id: int
    ) -> tuple[RoadmapPlan, MaturityModel, Assessment, list[Initiative]]:
        from crm_workshop.domain.planning import derive_plan

        start = self._start(round_id)
        model = self._session.effective_model()
        assessment = self._session.assessment(round_id)
        initiatives = self.initiatives()
        plan = derive_plan(
            model,
            assessment,
            initiatives,
            self.level_overrides(),
            start,
            self._session.hidden_questions(),
        )
        return plan, model, assessment, initiatives

    def plan(self, round_id: int) -> RoadmapPlan:
        """When each question and area reaches each level, from the round's scores."""
        return self._plan(round_id)[0]

    def hints(self, round_id: int) -> list[Hint]:
        """Consistency and risk hints on the plan, with the decisions taken on them."""
        from crm_workshop.domain.hints import find_hints

        plan, model, assessment, initiatives = self._plan(round_id)
        return find_hints(
            model,
            assessment,
            plan,
            initiatives,
            self.target_dates(),
            Month.of(dt.date.today()),
            self.hint_decisions(),
        )

    def counts(self) -> dict[str, int]:
        """Row counts of the roadmap's tables."""
        return plan_repo.roadmap_counts(self._db)
