"""Progress rules: two rounds compared, the plan checked against a round (slippage at
its boundaries), status history, KPI tracks, new risks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_workshop.domain.assessment import Answer, Consensus, Rating
from crm_workshop.domain.planning import derive_plan
from crm_workshop.domain.progress import (
    Direction,
    KpiActual,
    StatusUpdate,
    added_since,
    check_plan,
    compare_rounds,
    due_by,
    kpi_tracks,
    latest_status,
    plan_round,
    rounded,
    shown_change,
)
from crm_workshop.domain.roadmap import (
    Initiative,
    InitiativeStatus,
    LevelOverride,
    Month,
    Move,
)
from crm_workshop.domain.scoring import assess
from tests.factories import small_model

MODEL = small_model()  # area A: a1, a2; area B: b1 (weights 1)
START = Month(2027, 1)


def levels(**answers: int | tuple[int, ...]) -> list[Rating]:
    """Ratings: question -> one level or several (one stakeholder each)."""
    ratings = []
    for qid, given_ in answers.items():
        values = given_ if isinstance(given_, tuple) else (given_,)
        for person, level in enumerate(values, start=1):
            ratings.append(Rating(person, qid, Answer.LEVEL, level, 5))
    return ratings


def plan_for(baseline, *moves, overrides=()):
    """The plan from ``baseline`` (ratings), initiatives as (start, end, moves)."""
    initiatives = [
        Initiative(
            n, f"I{n}", starts_on=s, ends_on=e, moves=tuple(Move(*mv) for mv in m)
        )
        for n, (s, e, m) in enumerate(moves, start=1)
    ]
    return derive_plan(
        MODEL, assess(MODEL, baseline), initiatives, list(overrides), START
    )


# -- comparing two rounds: a hand-computed table ----------------------------------------
def test_comparison_by_hand():
    earlier = assess(MODEL, levels(a1=(2, 3), a2=2, b1=4))
    later = assess(
        MODEL,
        [*levels(a1=(3, 3), a2=1, b1=4), Rating(9, "b1", Answer.LEVEL, 5)],
    )
    result = compare_rounds(MODEL, earlier, later)
    # a1: 2.5 -> 3.0 (level 3 -> 3: same level, score up 0.5)
    # a2: 2 -> 1 (down), b1: 4 -> 4.5 (level 4 -> 5, up)
    rows = {
        q.question_id: (q.before, q.after, q.change, q.direction)
        for q in result.questions
    }
    assert rows == {
        "a1": (2.5, 3.0, 0.5, Direction.SAME),
        "a2": (2.0, 1.0, -1.0, Direction.DOWN),
        "b1": (4.0, 4.5, 0.5, Direction.UP),
    }
    areas = {a.area_id: (a.before, a.after, a.change) for a in result.areas}
    assert areas == {"A": (2.25, 2.0, -0.25), "B": (4.0, 4.5, 0.5)}
    assert result.index_before == pytest.approx((2.25 + 4.0) / 2)
    assert result.index_change == pytest.approx((2.0 + 4.5) / 2 - 3.125)
    assert [q.question_id for q in result.moved_up] == ["b1"]
    assert [q.question_id for q in result.moved_down] == ["a2"]


def test_a_question_rated_in_one_round_only_is_new_or_gone_not_a_move():
    earlier = assess(MODEL, levels(a1=2))
    later = assess(MODEL, levels(a2=3))
    rows = {q.question_id: q for q in compare_rounds(MODEL, earlier, later).questions}
    assert rows["a1"].direction is Direction.GONE and rows["a1"].change is None
    assert rows["a2"].direction is Direction.NEW
    assert rows["b1"].direction is Direction.NONE


def test_consensus_wins_in_the_comparison():
    earlier = assess(MODEL, levels(a1=(2, 4)))  # mean 3
    later = assess(
        MODEL, levels(a1=(2, 4)), {"a1": Consensus("a1", current=2)}
    )  # agreed 2
    (row,) = [
        q
        for q in compare_rounds(MODEL, earlier, later).questions
        if q.question_id == "a1"
    ]
    assert (row.before, row.after, row.direction) == (3.0, 2.0, Direction.DOWN)


def test_the_biggest_moves_come_first():
    earlier = assess(MODEL, levels(a1=1, a2=2, b1=1))
    later = assess(MODEL, levels(a1=2, a2=2, b1=4))
    assert [q.question_id for q in compare_rounds(MODEL, earlier, later).moved_up] == [
        "b1",
        "a1",
    ]


answers = st.dictionaries(
    st.sampled_from(["a1", "a2", "b1"]),
    st.lists(st.integers(1, 5), min_size=1, max_size=4),
)


def _assessment(table):
    return assess(MODEL, levels(**{q: tuple(v) for q, v in table.items()}))


@settings(max_examples=60, deadline=None)
@given(answers, answers)
def test_comparing_backwards_negates_every_change(first, second):
    a, b = _assessment(first), _assessment(second)
    forward, backward = compare_rounds(MODEL, a, b), compare_rounds(MODEL, b, a)
    for f, r in zip(forward.questions, backward.questions, strict=True):
        assert (f.change is None) == (r.change is None)
        if f.change is not None:
            assert f.change == pytest.approx(-r.change)
        assert f.level_change == -r.level_change
    assert {q.question_id for q in forward.moved_up} == {
        q.question_id for q in backward.moved_down
    }


@settings(max_examples=40, deadline=None)
@given(answers)
def test_a_round_compared_with_itself_moves_nothing(table):
    a = _assessment(table)
    result = compare_rounds(MODEL, a, a)
    assert not result.moved_up and not result.moved_down
    assert all(q.change in (None, 0.0) for q in result.questions)


# -- due by a round's date ------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "month"),
    [
        (dt.date(2027, 3, 31), Month(2027, 2)),  # March has not ended on its last day
        (dt.date(2027, 4, 1), Month(2027, 3)),  # ...and has on the next day
        (dt.date(2027, 1, 1), Month(2026, 12)),  # across a year
    ],
)
def test_due_by_is_the_last_month_that_ended(day, month):
    assert due_by(day) == month


# -- slippage at its boundaries -----------------------------------------------------------
# a1 starts at 2; one initiative brings level 3 in March 2027 (a one-month run).
BASELINE = levels(a1=2, a2=2, b1=3)
PLAN = plan_for(BASELINE, ("2027-03", "2027-03", [("a1", 2, 3)]))


def check(day: dt.date, **answers):
    return check_plan(PLAN, assess(MODEL, levels(**answers)), day)


def a1(result):
    return next(q for q in result.questions if q.question_id == "a1")


def test_a_level_due_this_month_has_not_slipped_yet():
    result = check(dt.date(2027, 3, 31), a1=2, a2=2, b1=3)
    row = a1(result)
    assert (row.planned, row.actual, row.slipped) == (2, 2, False)
    assert result.slipped == []


def test_a_level_whose_month_has_ended_unreached_has_slipped():
    result = check(dt.date(2027, 4, 1), a1=2, a2=2, b1=3)
    row = a1(result)
    assert (row.planned, row.actual, row.slipped, row.shortfall) == (3, 2, True, 1)
    assert (row.overdue_level, row.overdue_since) == (3, Month(2027, 3))
    assert [q.question_id for q in result.slipped] == ["a1"]


def test_reaching_the_planned_level_exactly_is_on_track():
    row = a1(check(dt.date(2027, 4, 1), a1=3, a2=2, b1=3))
    assert (row.planned, row.actual, row.slipped) == (3, 3, False)


def test_being_above_the_plan_is_on_track():
    row = a1(check(dt.date(2027, 4, 1), a1=5, a2=2, b1=3))
    assert not row.slipped and row.shortfall == 0


def test_the_level_is_the_score_rounded_half_up():
    # 2 and 3 give 2.5: level 3, reached; 2, 2, 3 give 2.33: level 2, slipped
    assert not a1(check(dt.date(2027, 4, 1), a1=(2, 3))).slipped
    assert a1(check(dt.date(2027, 4, 1), a1=(2, 2, 3))).slipped


def test_a_consensus_decides_over_the_mean():
    day = dt.date(2027, 4, 1)
    rated = levels(a1=(3, 3, 3), a2=2, b1=3)  # mean 3: on track by the aggregate
    agreed = {"a1": Consensus("a1", current=2)}  # but the room agreed 2
    assert not a1(check_plan(PLAN, assess(MODEL, rated), day)).slipped
    row = a1(check_plan(PLAN, assess(MODEL, rated, agreed), day))
    assert (row.actual, row.slipped) == (2, True)
    raised = {"a1": Consensus("a1", current=3)}  # and the other way round
    low = levels(a1=(2, 2), a2=2, b1=3)
    assert not a1(check_plan(PLAN, assess(MODEL, low, raised), day)).slipped


def test_a_question_not_rated_in_the_round_is_not_flagged_but_listed():
    result = check(dt.date(2027, 6, 1), a2=2, b1=3)
    row = a1(result)
    assert (row.actual, row.slipped) == (None, False)
    assert [q.question_id for q in result.not_reassessed] == ["a1"]


def test_the_earliest_unreached_level_is_named():
    plan = plan_for(BASELINE, ("2027-02", "2027-05", [("a1", 2, 4)]))  # L3 Mar, L4 May
    row = a1(check_plan(plan, assess(MODEL, levels(a1=2)), dt.date(2027, 7, 1)))
    assert (row.planned, row.overdue_level, row.overdue_since) == (4, 3, Month(2027, 3))
    row = a1(check_plan(plan, assess(MODEL, levels(a1=3)), dt.date(2027, 7, 1)))
    assert (row.overdue_level, row.overdue_since, row.shortfall) == (
        4,
        Month(2027, 5),
        1,
    )


def test_an_overridden_month_counts_like_any_step():
    plan = plan_for(BASELINE, overrides=[LevelOverride("b1", 4, "2027-01")])
    result = check_plan(plan, assess(MODEL, levels(b1=3)), dt.date(2027, 2, 1))
    assert [q.question_id for q in result.slipped] == ["b1"]


def test_area_slippage_on_whole_levels():
    # A: a1 and a2 start at 2; both planned to 3 in March: area A reaches 3 in March.
    plan = plan_for(BASELINE, ("2027-03", "2027-03", [("a1", 2, 3), ("a2", 2, 3)]))
    day = dt.date(2027, 4, 1)
    behind = check_plan(plan, assess(MODEL, levels(a1=3, a2=2, b1=3)), day)
    area = next(a for a in behind.areas if a.area_id == "A")
    assert (area.planned, area.actual, area.slipped) == (3.0, 2.5, True)
    assert (area.overdue_level, area.overdue_since) == (3, Month(2027, 3))
    on_time = check_plan(plan, assess(MODEL, levels(a1=3, a2=3, b1=3)), day)
    assert not next(a for a in on_time.areas if a.area_id == "A").slipped
    early = check_plan(plan, assess(MODEL, levels(a1=2, a2=2)), dt.date(2027, 3, 31))
    assert not any(a.slipped for a in early.areas)


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 5),
    st.integers(0, 14),
    st.integers(0, 14),
)
def test_a_later_round_date_never_clears_slippage_and_a_higher_level_never_adds_it(
    actual, first, second
):
    plan = plan_for(BASELINE, ("2027-01", "2027-09", [("a1", 2, 5)]))
    early, late = sorted((first, second))
    day = lambda months: dt.date(2027, 1, 1) + dt.timedelta(days=31 * months)  # noqa: E731
    assessment = assess(MODEL, levels(a1=actual))
    if a1(check_plan(plan, assessment, day(early))).slipped:
        assert a1(check_plan(plan, assessment, day(late))).slipped
    higher = assess(MODEL, levels(a1=min(5, actual + 1)))
    if not a1(check_plan(plan, assessment, day(late))).slipped:
        assert not a1(check_plan(plan, higher, day(late))).slipped
    row = a1(check_plan(plan, assessment, day(late)))
    start = 2
    if row.slipped:
        assert row.planned is not None and row.planned > actual
    if row.planned is not None and row.planned > max(actual, start):
        assert row.slipped  # a due step above the actual level


def test_falling_below_the_start_with_nothing_due_is_a_move_down_not_slippage():
    row = a1(check(dt.date(2027, 2, 1), a1=1, a2=2, b1=3))
    assert (row.planned, row.actual, row.slipped) == (2, 1, False)


# -- status history, KPIs, risks, the plan's round -------------------------------------------
def test_the_latest_update_by_date_then_entry_gives_the_status():
    updates = [
        StatusUpdate(3, 1, "2027-02-01", InitiativeStatus.DONE),
        StatusUpdate(1, 1, "2027-01-10", InitiativeStatus.IN_PROGRESS),
        StatusUpdate(2, 1, "2027-02-01", InitiativeStatus.IN_PROGRESS),
    ]
    assert latest_status(updates) is InitiativeStatus.DONE
    assert latest_status([]) is None


def test_kpi_progress_towards_a_falling_and_a_rising_target():
    churn = [
        KpiActual(1, 7, "Churn", 28.0, "2026-10-31", target=25.2, unit="%"),
        KpiActual(2, 7, " churn ", 26.6, "2027-01-31"),
    ]
    nps = [
        KpiActual(3, 7, "NPS", 31.0, "2026-10-31", target=45.0),
        KpiActual(4, 7, "NPS", 38.0, "2027-01-31", target=45.0),
    ]
    tracks = {t.kpi: t for t in kpi_tracks(churn + nps)}
    assert set(tracks) == {" churn ", "NPS"}  # the name as last written
    assert tracks[" churn "].progress == pytest.approx(0.5)
    assert tracks[" churn "].target == 25.2 and tracks[" churn "].latest.value == 26.6
    assert tracks["NPS"].progress == pytest.approx(0.5)
    (alone,) = kpi_tracks(churn[:1])
    assert alone.progress is None  # one measurement: no way travelled yet


def test_risks_added_after_the_round_day_are_new():
    created = {
        1: "2026-10-21T16:00:00.000+00:00",  # on the round's day: not new
        2: "2026-10-22T08:00:00.000+00:00",
        3: "2026-09-01T08:00:00.000+00:00",
    }
    assert added_since(created, "2026-10-21") == [2]


def test_the_plan_is_measured_from_the_first_baseline():
    assert plan_round([(4, "reassessment"), (2, "baseline"), (7, "baseline")]) == 2
    assert plan_round([(4, "reassessment")]) == 4
    assert plan_round([]) is None


# -- changes as the reader sees them ---------------------------------------------------
@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (2.125, 2, 2.13),  # an exact half goes up, as Qt prints it
        (2.25, 1, 2.3),
        (2.675, 2, 2.67),  # 2.67499... in binary: below the half
        (-0.25, 1, -0.3),
        (3.0, 1, 3.0),
    ],
)
def test_a_score_is_rounded_a_half_up_from_its_exact_value(value, places, expected):
    assert rounded(value, places) == expected


def test_a_change_is_the_difference_of_the_scores_as_printed():
    # 2.44 -> 2.46 prints as 2.4 -> 2.5: the change reads 0.1, not 0.0
    assert f"{shown_change(2.44, 2.46, 1):+.1f}" == "+0.1"
    assert f"{shown_change(2.46, 2.54, 1):+.1f}" == "+0.0"  # 2.5 -> 2.5
    assert shown_change(None, 2.0, 1) is None and shown_change(2.0, None, 1) is None


@given(
    st.floats(1, 5, allow_nan=False),
    st.floats(1, 5, allow_nan=False),
    st.sampled_from([1, 2]),
)
def test_the_printed_change_always_agrees_with_the_printed_scores(
    before, after, places
):
    def printed(value: float) -> str:
        return f"{rounded(value, places):.{places}f}"

    worked_out = float(printed(after)) - float(printed(before))
    change = shown_change(before, after, places)
    assert f"{change:+.{places}f}" == f"{worked_out:+.{places}f}"
