"""``session.roadmap``: checks before writing, undo round trips, plan and hints."""

from __future__ import annotations

import pytest

from crm_workshop.domain.assessment import Answer, Consensus, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement
from crm_workshop.domain.errors import InvalidLevel, UnknownArea, UnknownQuestion
from crm_workshop.domain.roadmap import (
    BadMonth,
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
)
from crm_workshop.services import errors
from crm_workshop.services.roadmap import DuplicateMove, Roadmap
from crm_workshop.services.workshop import UnknownRound, WorkshopSession
from crm_workshop.storage.errors import WorkshopReadOnly


@pytest.fixture
def path(tmp_path):
    target = tmp_path / "Bursztyn.crmw"
    with WorkshopSession.create(target, Engagement(client_name="Bursztyn")) as s:
        round_id = s.add_round("Baseline", RoundKind.BASELINE, "2026-10-21")
        anna = s.add_stakeholder("Anna Żak", department="marketing")
        s.rate(round_id, Rating(anna, "3.2", Answer.LEVEL, 2, 4))
        s.rate(round_id, Rating(anna, "2.3", Answer.LEVEL, 1, 3))
        s.set_consensus(round_id, Consensus("2.3", 2, 4))
    return target


def plan(**changes: object) -> Initiative:
    values: dict[str, object] = {
        "id": None,
        "title": "Złoty rekord",
        "starts_on": "2027-01",
        "ends_on": "2027-06",
        "status": InitiativeStatus.PLANNED,
        "moves": (Move("3.2", 2, 4),),
    }
    values.update(changes)
    return Initiative(**values)  # type: ignore[arg-type]


def snapshot(roadmap: Roadmap) -> tuple[object, ...]:
    return (
        roadmap.goals(),
        roadmap.initiatives(),
        roadmap.risks(),
        roadmap.focus_areas(),
        roadmap.level_overrides(),
        roadmap.target_dates(),
        roadmap.hint_decisions(),
        roadmap.counts(),
    )


def test_roadmap_is_one_object_per_session(path):
    with WorkshopSession.open(path) as s:
        assert isinstance(s.roadmap, Roadmap)
        assert s.roadmap is s.roadmap


def test_months_are_checked_and_stored_normalised(path):
    with WorkshopSession.open(path) as s:
        plan_id = s.roadmap.add_initiative(
            plan(starts_on=" 2027-01-15 ", ends_on="2027-06-30")
        )
        s.roadmap.add_goal(Goal(None, GoalLevel.OBJECTIVE, "NPS", due_on="2027-12-31"))
        s.roadmap.set_target_date("data", "2028-03-01")
        s.roadmap.set_level_override(LevelOverride("3.2", 3, "2027-04-10"))
    with WorkshopSession.open(path) as s:
        [item] = s.roadmap.initiatives()
        assert (item.id, item.starts_on, item.ends_on) == (
            plan_id,
            "2027-01",
            "2027-06",
        )
        assert s.roadmap.goals()[0].due_on == "2027-12"
        assert s.roadmap.target_dates() == {"data": "2028-03"}
        assert s.roadmap.level_overrides() == [LevelOverride("3.2", 3, "2027-04")]


@pytest.mark.parametrize("month", ["2027-13", "marzec 2027", "", "27-03"])
def test_a_bad_month_writes_nothing(path, month):
    with WorkshopSession.open(path) as s:
        roadmap = s.roadmap
        before = snapshot(roadmap)
        with pytest.raises(BadMonth):
            roadmap.add_initiative(plan(ends_on=month))
        with pytest.raises(BadMonth):
            roadmap.add_goal(Goal(None, GoalLevel.BOARD, "Cel", due_on=month))
        with pytest.raises(BadMonth):
            roadmap.set_target_date("people", month)
        with pytest.raises(BadMonth):
            roadmap.set_level_override(LevelOverride("3.2", 3, month))
        assert snapshot(roadmap) == before


def test_unknown_questions_and_scopes_write_nothing(path):
    with WorkshopSession.open(path) as s:
        roadmap = s.roadmap
        before = snapshot(roadmap)
        with pytest.raises(UnknownQuestion) as caught:
            roadmap.add_initiative(plan(moves=(Move("3.2", 2, 3), Move("9.9", 1, 2))))
        assert caught.value.question_id == "9.9"
        assert errors.UnknownQuestion is UnknownQuestion  # what the GUI catches
        with pytest.raises(UnknownQuestion):
            roadmap.set_level_override(LevelOverride("7.1", 3, "2027-01"))
        with pytest.raises(UnknownQuestion):
            roadmap.add_risk(Risk(None, "Ryzyko", ("data", "3.99"), 3, 3))
        with pytest.raises(UnknownArea):
            roadmap.add_focus_area(FocusArea(None, "marketing", "Nie obszar"))
        with pytest.raises(UnknownArea):
            roadmap.set_target_date("ludzie", "2027-10")
        with pytest.raises(DuplicateMove):
            roadmap.add_initiative(plan(moves=(Move("3.2", 2, 3), Move("3.2", 3, 4))))
        assert snapshot(roadmap) == before


def test_levels_out_of_range_write_nothing(path):
    with WorkshopSession.open(path) as s:
        roadmap = s.roadmap
        before = snapshot(roadmap)
        with pytest.raises(InvalidLevel):
            roadmap.set_level_override(LevelOverride("3.2", 6, "2027-01"))
        with pytest.raises(InvalidLevel):
            roadmap.add_initiative(plan(moves=(Move("3.2", 0, 3),)))
        # values that slipped past the domain's constructors are still refused
        sneaky = Move("3.2", 2, 3)
        object.__setattr__(sneaky, "to_level", 7)
        with pytest.raises(InvalidLevel):
            roadmap.add_initiative(plan(moves=(sneaky,)))
        risky = Risk(None, "Ryzyko", ("data",), 3, 3)
        object.__setattr__(risky, "impact", 9)
        with pytest.raises(InvalidLevel):
            roadmap.add_risk(risky)
        override = LevelOverride("3.2", 3, "2027-01")
        object.__setattr__(override, "level", 0)
        with pytest.raises(InvalidLevel):
            roadmap.set_level_override(override)
        assert snapshot(roadmap) == before


def test_undo_round_trips_through_the_service(path):
    with WorkshopSession.open(path) as s:
        roadmap = s.roadmap
        board = roadmap.add_goal(Goal(None, GoalLevel.BOARD, "Satysfakcja +15%"))
        roadmap.add_goal(Goal(None, GoalLevel.DIRECTOR, "Marketing", parent_id=board))
        plan_id = roadmap.add_initiative(plan())
        risk_id = roadmap.add_risk(Risk(None, "Budżet", ("integration",), 3, 4))
        focus_id = roadmap.add_focus_area(FocusArea(None, "data", "Trzy karty"))
        before = snapshot(roadmap)

        previous = roadmap.update_initiative(plan(id=plan_id, title="Nowy tytuł"))
        assert previous == before[1][0]
        roadmap.update_initiative(previous)  # undo
        goals = roadmap.remove_goal(board)
        assert [g.title for g in goals] == ["Satysfakcja +15%", "Marketing"]
        roadmap.restore_goals(goals)
        roadmap.restore_initiative(roadmap.remove_initiative(plan_id))
        roadmap.restore_risk(roadmap.remove_risk(risk_id))
        roadmap.restore_focus_area(roadmap.remove_focus_area(focus_id))
        assert roadmap.set_target_date("people", "2027-10") is None
        assert roadmap.set_target_date("people", None) == "2027-10"
        assert roadmap.decide_hint("big_step:3.2", HintDecision.DISMISSED) is None
        assert roadmap.decide_hint("big_step:3.2", None) is HintDecision.DISMISSED
        override = LevelOverride("3.2", 4, None)
        assert roadmap.set_level_override(override) is None
        assert roadmap.clear_level_override("3.2", 4) == override
    with WorkshopSession.open(path) as s:
        assert snapshot(s.roadmap) == before


def test_a_read_only_workshop_refuses_roadmap_writes(path):
    with WorkshopSession.open(path, read_only=True) as s:
        with pytest.raises(WorkshopReadOnly):
            s.roadmap.add_goal(Goal(None, GoalLevel.BOARD, "Cel"))
        with pytest.raises(WorkshopReadOnly):
            s.roadmap.decide_hint("k", HintDecision.CONFIRMED)


def test_plan_starts_at_the_round_and_uses_initiatives_and_overrides(path):
    with WorkshopSession.open(path) as s:
        round_id = s.rounds()[0].id
        s.roadmap.add_initiative(plan())  # 3.2: 2 -> 4, 2027-01 .. 2027-06
        s.roadmap.add_initiative(
            plan(
                title="Porzucony",
                status=InitiativeStatus.DROPPED,
                starts_on="2026-11",
                ends_on="2026-12",
            )
        )
        s.roadmap.set_level_override(LevelOverride("3.2", 3, "2027-02"))
        result = s.roadmap.plan(round_id)
        assert result.start == Month(2026, 10)
        question = result.questions["3.2"]
        assert question.start == 2
        steps = [(step.level, step.month, step.overridden) for step in question.steps]
        assert steps == [(3, Month(2027, 2), True), (4, Month(2027, 6), False)]
        assert result.questions["2.3"].start == 2  # the consensus wins
        with pytest.raises(UnknownRound):
            s.roadmap.plan(round_id + 1)


def test_hints_carry_the_stored_decisions(path):
    with WorkshopSession.open(path) as s:
        round_id = s.rounds()[0].id
        hints = s.roadmap.hints(round_id)
        assert hints, "2.3 and 3.2 have targets above their start and no initiative"
        key = hints[0].key
        s.roadmap.decide_hint(key, HintDecision.DISMISSED)
        again = {h.key: h.decision for h in s.roadmap.hints(round_id)}
        assert again[key] is HintDecision.DISMISSED
        s.roadmap.add_initiative(plan(moves=(Move("2.3", 2, 4), Move("3.2", 2, 4))))
        kinds = {(h.kind.value, h.question_ids) for h in s.roadmap.hints(round_id)}
        assert ("target_without_initiative", ("3.2",)) not in kinds


def test_an_initiative_ending_before_it_starts_is_refused(tmp_path) -> None:
    from crm_workshop.domain.roadmap import Initiative
    from crm_workshop.services.demo import create_demo
    from crm_workshop.services.errors import EndsBeforeStart

    path = tmp_path / "w.crmw"
    create_demo(path).close()
    with WorkshopSession.open(path) as session:
        before = session.roadmap.initiatives()
        with pytest.raises(EndsBeforeStart):
            session.roadmap.add_initiative(
                Initiative(None, "Backwards", starts_on="2027-05", ends_on="2027-04")
            )
    with WorkshopSession.open(path) as session:
        assert session.roadmap.initiatives() == before


def test_an_owner_who_is_no_stakeholder_is_refused(tmp_path) -> None:
    from crm_workshop.domain.roadmap import Goal, GoalLevel, Risk
    from crm_workshop.services.demo import create_demo
    from crm_workshop.services.errors import UnknownOwner

    path = tmp_path / "w.crmw"
    create_demo(path).close()
    with WorkshopSession.open(path) as session:
        goals, risks = session.roadmap.goals(), session.roadmap.risks()
        with pytest.raises(UnknownOwner):
            session.roadmap.add_goal(Goal(None, GoalLevel.BOARD, "NPS", owner_id=9999))
        with pytest.raises(UnknownOwner):
            session.roadmap.add_risk(Risk(None, "x", owner_id=9999))
    with WorkshopSession.open(path) as session:
        assert session.roadmap.goals() == goals
        assert session.roadmap.risks() == risks
