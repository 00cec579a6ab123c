"""The plan: when each question and area reaches each level."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crm_workshop.domain.assessment import Answer, Consensus, Rating
from crm_workshop.domain.errors import UnknownArea
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.planning import (
    LevelStep,
    RoadmapPlan,
    derive_plan,
    spread_move,
)
from crm_workshop.domain.roadmap import (
    Initiative,
    InitiativeStatus,
    LevelOverride,
    Month,
    Move,
    Quarter,
)
from crm_workshop.domain.scoring import assess
from tests.factories import small_model

START = Month(2027, 1)


def m(text: str) -> Month:
    return Month.parse(text)


def initiative(
    iid: int | None,
    *moves: tuple[str, int, int],
    starts_on: str | None = None,
    ends_on: str | None = "2027-06",
    status: InitiativeStatus = InitiativeStatus.PLANNED,
) -> Initiative:
    return Initiative(
        iid,
        f"Initiative {iid}",
        starts_on=starts_on,
        ends_on=ends_on,
        status=status,
        moves=tuple(Move(q, a, b) for q, a, b in moves),
    )


def plan_for(
    levels: dict[str, tuple[int | None, int | None]],
    initiatives: Sequence[Initiative] = (),
    overrides: Sequence[LevelOverride] = (),
    *,
    model: MaturityModel | None = None,
    hidden: frozenset[str] = frozenset(),
    start: Month = START,
) -> RoadmapPlan:
    """A plan on the small model (A: a1, a2; B: b1); levels are agreed (start, target)."""
    model = model or small_model()
    consensus = {q: Consensus(q, c, t) for q, (c, t) in levels.items()}
    assessment = assess(model, [], consensus, hidden)
    return derive_plan(model, assessment, initiatives, overrides, start, hidden)


def steps(plan: RoadmapPlan, qid: str) -> list[tuple[int, str, tuple[int, ...], bool]]:
    return [
        (s.level, str(s.month), s.initiative_ids, s.overridden)
        for s in plan.questions[qid].steps
    ]


# -- spreading one move ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("from_level", "to_level", "starts_on", "ends_on", "months"),
    [
        (1, 3, "2027-01", "2027-06", ["2027-03", "2027-06"]),  # 2 levels over 6 months
        (1, 4, "2027-01", "2027-06", ["2027-02", "2027-04", "2027-06"]),
        (1, 4, "2027-01", "2027-08", ["2027-03", "2027-06", "2027-08"]),
        (2, 3, "2027-01", "2027-12", ["2027-12"]),
        (1, 5, "2027-01", "2027-02", ["2027-01", "2027-01", "2027-02", "2027-02"]),
        (1, 3, None, "2027-06", ["2027-06", "2027-06"]),  # no start: all at the end
        (1, 3, "2027-09", "2027-06", ["2027-06", "2027-06"]),  # start after end
        (1, 2, "2027-06", "2027-06", ["2027-06"]),
    ],
)
def test_a_move_spreads_its_levels_evenly_ending_at_the_end_month(
    from_level: int,
    to_level: int,
    starts_on: str | None,
    ends_on: str,
    months: list[str],
) -> None:
    spread = spread_move(
        from_level, to_level, m(starts_on) if starts_on else None, m(ends_on)
    )
    assert spread == [(from_level + i + 1, m(t)) for i, t in enumerate(months)]


def test_one_initiative_spreading_two_levels_over_six_months() -> None:
    plan = plan_for({"a1": (1, 3)}, [initiative(7, ("a1", 1, 3), starts_on="2027-01")])
    assert steps(plan, "a1") == [
        (2, "2027-03", (7,), False),
        (3, "2027-06", (7,), False),
    ]
    question = plan.questions["a1"]
    table = {
        "2026-06": 1,
        "2027-01": 1,
        "2027-02": 1,
        "2027-03": 2,
        "2027-05": 2,
        "2027-06": 3,
        "2031-01": 3,
    }
    assert {t: question.level_at(m(t)) for t in table} == table
    assert question.target_reached_on == m("2027-06")


def test_the_start_is_the_score_rounded_half_up() -> None:
    model = small_model()
    ratings = [
        Rating(1, "a1", Answer.LEVEL, 2, 4),
        Rating(2, "a1", Answer.LEVEL, 3, 5),  # mean 2.5 -> 3, target 4.5 -> 5
        Rating(1, "a2", Answer.LEVEL, 2),
        Rating(2, "a2", Answer.LEVEL, 2),
        Rating(3, "a2", Answer.LEVEL, 3),  # mean 2.33 -> 2
    ]
    plan = derive_plan(model, assess(model, ratings), [], [], START)
    assert (plan.questions["a1"].start, plan.questions["a1"].target) == (3, 5)
    assert (plan.questions["a2"].start, plan.questions["a2"].target) == (2, None)


def test_levels_at_or_below_the_start_are_ignored() -> None:
    plan = plan_for({"a1": (2, 4)}, [initiative(1, ("a1", 1, 3), starts_on="2027-01")])
    assert steps(plan, "a1") == [(3, "2027-06", (1,), False)]  # level 2 (March) dropped
    assert plan.questions["a1"].level_at(m("2027-03")) == 2


def test_overlapping_initiatives_earliest_month_wins_and_ties_keep_every_id() -> None:
    plan = plan_for(
        {"a1": (1, 3)},
        [
            initiative(1, ("a1", 1, 3), starts_on="2027-01", ends_on="2027-06"),
            initiative(2, ("a1", 1, 2), ends_on="2027-03"),  # 2 in March, as id 1
            initiative(3, ("a1", 2, 3), starts_on="2027-01", ends_on="2027-04"),
        ],
    )
    assert steps(plan, "a1") == [
        (2, "2027-03", (1, 2), False),
        (3, "2027-04", (3,), False),  # id 1 brings it in June: later, not named
    ]


def test_a_lower_level_is_pulled_back_to_an_earlier_higher_level() -> None:
    plan = plan_for(
        {"a1": (1, 3)},
        [
            initiative(1, ("a1", 1, 2), starts_on="2027-01", ends_on="2027-12"),
            initiative(2, ("a1", 2, 3), starts_on="2027-05", ends_on="2027-06"),
        ],
    )
    assert steps(plan, "a1") == [
        (2, "2027-06", (2,), False),  # reaching 3 in June means 2 by June
        (3, "2027-06", (2,), False),
    ]


def test_levels_nobody_brings_stay_out_of_the_steps() -> None:
    plan = plan_for(
        {"a1": (1, 4)},
        [initiative(1, ("a1", 1, 2), ends_on="2027-02"), initiative(2, ("a1", 3, 4))],
    )
    assert [s.level for s in plan.questions["a1"].steps] == [2, 4]
    assert plan.questions["a1"].level_at(m("2027-06")) == 4
    assert plan.questions["a1"].target_reached_on == m("2027-06")


def test_an_override_sets_the_month_of_a_level_and_names_no_initiative() -> None:
    plan = plan_for(
        {"a1": (1, 5)},
        [initiative(1, ("a1", 1, 3), starts_on="2027-01")],
        [LevelOverride("a1", 3, "2027-09"), LevelOverride("a1", 5, "2028-01")],
    )
    assert steps(plan, "a1") == [
        (2, "2027-03", (1,), False),
        (3, "2027-09", (), True),
        (5, "2028-01", (), True),  # a level no initiative brings
    ]


def test_the_last_override_of_a_level_wins() -> None:
    plan = plan_for(
        {"a1": (1, 2)},
        [],
        [LevelOverride("a1", 2, "2027-09"), LevelOverride("a1", 2, "2027-04")],
    )
    assert steps(plan, "a1") == [(2, "2027-04", (), True)]


def test_not_planned_removes_the_level_and_those_above_unless_overridden() -> None:
    plan = plan_for(
        {"a1": (1, 5)},
        [initiative(1, ("a1", 1, 5), starts_on="2027-03", ends_on="2027-06")],
        [LevelOverride("a1", 3, None), LevelOverride("a1", 5, "2028-06")],
    )
    assert steps(plan, "a1") == [
        (2, "2027-03", (1,), False),
        (5, "2028-06", (), True),
    ]
    assert plan.questions["a1"].level_at(m("2028-05")) == 2


def test_not_planned_at_or_below_the_start_changes_nothing() -> None:
    plan = plan_for(
        {"a1": (2, 3)}, [initiative(1, ("a1", 2, 3))], [LevelOverride("a1", 2, None)]
    )
    assert steps(plan, "a1") == [(3, "2027-06", (1,), False)]


def test_an_override_month_that_does_not_parse_is_ignored() -> None:
    plan = plan_for(
        {"a1": (1, 2)}, [initiative(1, ("a1", 1, 2))], [LevelOverride("a1", 2, "soon")]
    )
    assert steps(plan, "a1") == [(2, "2027-06", (1,), False)]


def test_months_before_the_start_are_moved_to_the_start() -> None:
    plan = plan_for(
        {"a1": (1, 3), "a2": (1, 2)},
        [initiative(1, ("a1", 1, 3), starts_on="2026-01", ends_on="2026-10")],
        [LevelOverride("a2", 2, "2025-05")],
    )
    assert steps(plan, "a1") == [
        (2, "2027-01", (1,), False),
        (3, "2027-01", (1,), False),
    ]
    assert steps(plan, "a2") == [(2, "2027-01", (), True)]


def test_dropped_initiatives_and_those_without_an_end_do_not_count() -> None:
    plan = plan_for(
        {"a1": (1, 3)},
        [
            initiative(1, ("a1", 1, 2), status=InitiativeStatus.DROPPED),
            initiative(2, ("a1", 1, 3), starts_on="2027-01", ends_on=None),
            initiative(3, ("a1", 2, 3), ends_on="not a month"),
            initiative(
                4, ("a1", 1, 2), ends_on="2027-09", status=InitiativeStatus.DONE
            ),
        ],
    )
    assert steps(plan, "a1") == [(2, "2027-09", (4,), False)]


def test_hidden_questions_are_left_out_of_the_plan_and_the_area() -> None:
    plan = plan_for(
        {"a1": (1, 3), "a2": (5, 5)},
        [initiative(1, ("a2", 1, 2), ("a1", 1, 3))],
        hidden=frozenset({"a2"}),
    )
    assert list(plan.questions) == ["a1", "b1"]  # model order
    assert plan.area("A").start == 1.0  # a2's 5 does not count
    assert plan.area("A").value_at(m("2027-06")) == 3.0


def test_an_unrated_question_is_not_moved_and_not_in_its_area() -> None:
    plan = plan_for(
        {"a1": (None, 4), "a2": (2, 3)}, [initiative(1, ("a1", 1, 4), ("a2", 2, 3))]
    )
    assert plan.questions["a1"].steps == ()
    assert plan.questions["a1"].level_at(m("2030-01")) is None
    assert plan.questions["a1"].target == 4
    assert plan.area("A").start == 2.0
    assert plan.area("A").value_at(m("2027-06")) == 3.0
    assert plan.area("B").start is None
    assert plan.area_values_at(m("2027-06")) == {"A": 3.0, "B": None}


def test_area_values_are_weighted_and_area_steps_fall_on_the_first_month() -> None:
    plan = plan_for(
        {"a1": (1, 3), "a2": (2, 4)},
        [
            initiative(1, ("a2", 2, 4), starts_on="2027-01", ends_on="2027-04"),
            initiative(2, ("a1", 1, 3), ends_on="2027-06"),
        ],
        model=small_model(weights={"a1": 1.0, "a2": 3.0}),
    )
    area = plan.area("A")
    assert area.start == pytest.approx((1 + 2 * 3) / 4)  # 1.75
    table = {
        "2026-12": 1.75,
        "2027-01": 1.75,
        "2027-02": (1 + 3 * 3) / 4,  # a2 reaches 3: 2.5
        "2027-04": (1 + 4 * 3) / 4,  # a2 reaches 4: 3.25
        "2027-06": (3 + 4 * 3) / 4,  # a1 reaches 3: 3.75
    }
    assert {t: area.value_at(m(t)) for t in table} == pytest.approx(table)
    assert [(s.level, str(s.month)) for s in area.steps] == [
        (2, "2027-02"),
        (3, "2027-04"),
    ]


def test_an_area_step_counts_a_value_exactly_on_the_level_and_only_levels_above() -> (
    None
):
    plan = plan_for(
        {"a1": (1, 3), "a2": (3, 3)}, [initiative(1, ("a1", 1, 3), ends_on="2027-08")]
    )
    area = plan.area("A")
    assert area.start == 2.0
    assert [(s.level, str(s.month)) for s in area.steps] == [(3, "2027-08")]


def test_three_thirds_reach_a_level_despite_float_rounding() -> None:
    # 0.1-style weights make the weighted mean land a hair under the whole level
    model = small_model(weights={"a1": 0.1, "a2": 0.7})
    plan = plan_for(
        {"a1": (2, 3), "a2": (3, 3)},
        [initiative(1, ("a1", 2, 3), ends_on="2027-05")],
        model=model,
    )
    assert [(s.level, str(s.month)) for s in plan.area("A").steps] == [(3, "2027-05")]


def test_quarters_run_from_the_start_to_the_last_step_at_least_four() -> None:
    empty = plan_for({"a1": (1, 1)}, start=Month(2027, 2))
    assert empty.quarters == (
        Quarter(2027, 1),
        Quarter(2027, 2),
        Quarter(2027, 3),
        Quarter(2027, 4),
    )
    long = plan_for({"a1": (1, 2)}, [initiative(1, ("a1", 1, 2), ends_on="2028-05")])
    assert [str(q) for q in long.quarters] == [
        "Q1 2027",
        "Q2 2027",
        "Q3 2027",
        "Q4 2027",
        "Q1 2028",
        "Q2 2028",
    ]


def test_asking_for_an_area_the_model_lacks_raises() -> None:
    with pytest.raises(UnknownArea):
        plan_for({}).area("Z")


def test_a_step_is_a_plain_value() -> None:
    step = LevelStep(3, START, (1, 2), False)
    assert step == LevelStep(3, Month(2027, 1), (1, 2), False)


# -- properties ----------------------------------------------------------------------
QUESTIONS = ("a1", "a2", "b1")
months = st.builds(Month, st.integers(2026, 2029), st.integers(1, 12))
month_texts = months.map(str)


@st.composite
def moves(draw: st.DrawFn) -> Move:
    low = draw(st.integers(1, 4))
    return Move(draw(st.sampled_from(QUESTIONS)), low, draw(st.integers(low + 1, 5)))


def initiatives_strategy(first_id: int) -> st.SearchStrategy[list[Initiative]]:
    one = st.builds(
        lambda moves, starts_on, ends_on, status: (moves, starts_on, ends_on, status),
        st.lists(moves(), max_size=3),
        st.none() | month_texts,
        st.none() | month_texts,
        st.sampled_from(list(InitiativeStatus)),
    )
    return st.lists(one, max_size=4).map(
        lambda items: [
            Initiative(
                first_id + n,
                "x",
                starts_on=s,
                ends_on=e,
                status=status,
                moves=tuple(mv),
            )
            for n, (mv, s, e, status) in enumerate(items)
        ]
    )


overrides_strategy = st.lists(
    st.builds(
        LevelOverride,
        st.sampled_from(QUESTIONS),
        st.integers(1, 5),
        st.none() | month_texts,
    ),
    max_size=4,
)
levels_strategy = st.fixed_dictionaries(
    {
        q: st.tuples(st.none() | st.integers(1, 5), st.none() | st.integers(1, 5))
        for q in QUESTIONS
    }
)
weights = st.fixed_dictionaries(
    {q: st.sampled_from([0.1, 0.5, 1.0, 2.0, 3.0]) for q in QUESTIONS}
)
SCAN = [Month(2025, 12).plus(n) for n in range(0, 52)]


@settings(max_examples=150, deadline=None)
@given(levels_strategy, initiatives_strategy(1), overrides_strategy, weights)
def test_plan_properties(levels, initiatives, overrides, weights) -> None:
    plan = plan_for(levels, initiatives, overrides, model=small_model(weights))
    for question in plan.questions.values():
        ordered = question.steps
        assert [s.level for s in ordered] == sorted({s.level for s in ordered})
        assert [s.month for s in ordered] == sorted(s.month for s in ordered)
        assert all(s.month >= plan.start for s in ordered)
        assert all(
            question.start is not None and s.level > question.start for s in ordered
        )
        values = [question.level_at(month) for month in SCAN]
        if question.start is None:
            assert set(values) == {None}
            continue
        assert values == sorted(values)  # monotonic in month
        assert all(question.start <= v <= 5 for v in values)
    for area in plan.areas:
        for month in SCAN:
            value = area.value_at(month)
            assert value is None or 1.0 - 1e-9 <= value <= 5.0 + 1e-9
        assert [s.level for s in area.steps] == sorted({s.level for s in area.steps})
        assert [s.month for s in area.steps] == sorted(s.month for s in area.steps)
    assert len(plan.quarters) >= 4
    assert plan.quarters[0] == plan.start.quarter


@settings(max_examples=150, deadline=None)
@given(
    levels_strategy,
    initiatives_strategy(1),
    overrides_strategy,
    initiatives_strategy(100),
)
@example(  # a later initiative filling a lower level must not push the higher one
    levels={"a1": (1, 3), "a2": (None, None), "b1": (None, None)},
    initiatives=[initiative(1, ("a1", 2, 3), ends_on="2027-02")],
    overrides=[],
    extra=[initiative(100, ("a1", 1, 2), ends_on="2027-12")],
)
def test_adding_an_initiative_never_delays_any_step(
    levels, initiatives, overrides, extra
) -> None:
    before = plan_for(levels, initiatives, overrides)
    after = plan_for(levels, initiatives + extra, overrides)
    for qid, question in before.questions.items():
        for step in question.steps:
            reached = after.questions[qid].level_at(step.month)
            assert reached is not None and reached >= step.level
    for area in before.areas:
        later = {s.level: s.month for s in after.area(area.area_id).steps}
        for step in area.steps:
            assert later[step.level] <= step.month
