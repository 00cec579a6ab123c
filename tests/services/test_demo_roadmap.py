"""The demo workshop's roadmap: believable content that the plan and hints work on."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from crm_workshop.domain.roadmap import GoalLevel, InitiativeStatus, Month
from crm_workshop.services.demo import create_demo
from crm_workshop.services.workshop import WorkshopSession

POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.crmw"
    create_demo(path).close()
    return path


@pytest.fixture
def session(demo):
    with WorkshopSession.open(demo, read_only=True) as opened:
        yield opened


def test_vision_and_three_measurable_objectives(session):
    assert "klient" in session.engagement.vision
    objectives = [g for g in session.roadmap.goals() if g.level is GoalLevel.OBJECTIVE]
    assert len(objectives) == 3
    for goal in objectives:
        assert goal.kpi and goal.unit and goal.due_on and goal.parent_id is None
        assert goal.baseline is not None and goal.target is not None
        assert goal.baseline != goal.target
    kpis = " ".join(g.kpi for g in objectives)
    assert "Churn" in kpis and "NPS" in kpis and "zidentyfikowanych" in kpis


def test_the_board_goal_is_cascaded_to_the_directors(session):
    goals = session.roadmap.goals()
    [board] = [g for g in goals if g.level is GoalLevel.BOARD]
    people = {s.id: s for s in session.stakeholders()}
    assert people[board.owner_id].role.startswith("Prezes")
    directors = [g for g in goals if g.level is GoalLevel.DIRECTOR]
    assert {g.parent_id for g in directors} == {board.id}
    assert {g.department for g in directors} == {
        "marketing",
        "sales",
        "customer_service",
        "it",
    }
    for goal in directors:
        owner = people[goal.owner_id]
        assert owner.department == goal.department
        assert owner.role.startswith("Dyrektor")
        assert len(goal.actions.splitlines()) >= 2 and goal.kpi


def test_initiatives_span_every_area_over_two_years(session):
    model = session.model
    round_ = session.rounds()[0]
    start = Month.parse(round_.held_on)
    initiatives = session.roadmap.initiatives()
    assert 8 <= len(initiatives) <= 10
    assert 4 <= sum(i.strategic for i in initiatives) <= 5
    assert {i.status for i in initiatives} >= {
        InitiativeStatus.PLANNED,
        InitiativeStatus.IN_PROGRESS,
        InitiativeStatus.DROPPED,
    }
    areas = {
        model.question(m.question_id).area_id for i in initiatives for m in i.moves
    }
    assert areas == {a.id for a in model.areas}
    owners = {s.id for s in session.stakeholders()}
    for item in initiatives:
        assert item.owner_id in owners and item.moves and item.budget
        assert item.expected_roi or not item.active
        assert item.kpis and item.urgency and item.feasibility
        first, last = Month.parse(item.starts_on), Month.parse(item.ends_on)
        assert start <= first <= last <= start.plus(24)


def test_moves_start_at_the_baseline_level_and_rise(session):
    round_id = session.rounds()[0].id
    scores = session.assessment(round_id).questions
    for item in session.roadmap.initiatives():
        for move in item.moves:
            assert move.from_level == math.floor(scores[move.question_id].score + 0.5)
            assert move.to_level > move.from_level


def test_targets_risks_focus_areas_and_overrides(session):
    model = session.model
    area_ids = {a.id for a in model.areas}
    dates = session.roadmap.target_dates()
    assert set(dates) == area_ids
    for item in session.roadmap.initiatives():
        if item.active:
            area = model.question(item.moves[0].question_id).area_id
            assert Month.parse(item.ends_on) <= Month.parse(dates[area]), item.title
    risks = session.roadmap.risks()
    assert len(risks) == 5
    owners = {s.id for s in session.stakeholders()}
    for risk in risks:
        assert risk.scope and risk.mitigation and risk.severity
        assert risk.owner_id in owners
        for scope in risk.scope:
            assert scope in area_ids or model.has_question(scope)
    focus = session.roadmap.focus_areas()
    assert len(focus) == 3 and all(f.reason for f in focus)
    assert 1 <= len(session.roadmap.level_overrides()) <= 2


def test_the_roadmap_is_written_in_polish(session):
    roadmap = session.roadmap
    texts = [
        *(g.title + g.actions for g in roadmap.goals()),
        *(i.title + i.description for i in roadmap.initiatives()),
        *(r.description + r.mitigation for r in roadmap.risks()),
        *(f.reason for f in roadmap.focus_areas()),
    ]
    assert sum(bool(POLISH & set(text)) for text in texts) >= len(texts) // 2
    assert POLISH & set(" ".join(texts)) >= set("ąęłóśż")


def test_plan_and_hints_work_on_the_demo(session):
    round_id = session.rounds()[0].id
    plan = session.roadmap.plan(round_id)
    assert plan.start == Month(2026, 10)
    assert len(plan.quarters) >= 8
    override = session.roadmap.level_overrides()[0]
    step = next(
        s
        for s in plan.questions[override.question_id].steps
        if s.level == override.level
    )
    assert step.overridden and str(step.month) == override.reached_on
    for area in plan.areas:
        assert area.steps, f"nothing planned for {area.area_id}"
    hints = session.roadmap.hints(round_id)
    assert hints and len({h.key for h in hints}) == len(hints)
    assert any(h.decision is None for h in hints)  # some left open


def test_the_demo_has_hints_confirmed_and_dismissed(tmp_path) -> None:
    from crm_workshop.domain.roadmap import HintDecision
    from crm_workshop.services.demo import create_demo
    from crm_workshop.services.demo_roadmap import HINT_DECISIONS

    create_demo(tmp_path / "d.crmw").close()
    with WorkshopSession.open(tmp_path / "d.crmw", read_only=True) as session:
        hints = session.roadmap.hints(session.rounds()[0].id)
    decided = {h.key: h.decision for h in hints if h.decision is not None}
    assert decided == HINT_DECISIONS  # every stored key still names a raised hint
    assert HintDecision.CONFIRMED in decided.values()
