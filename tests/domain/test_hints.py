"""Consistency checks and risk flags: each rule raises at its boundary and not before."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from crm_workshop.catalog import default_model
from crm_workshop.domain.assessment import Consensus
from crm_workshop.domain.hints import Hint, HintKind, find_hints
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.planning import derive_plan
from crm_workshop.domain.roadmap import (
    HintDecision,
    Initiative,
    InitiativeStatus,
    LevelOverride,
    Month,
    Move,
)
from crm_workshop.domain.scoring import assess
from tests.factories import small_model

START = Month(2027, 1)
MODEL = default_model()


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


def hints(
    levels: Mapping[str, tuple[int | None, int | None]],
    initiatives: Sequence[Initiative] = (),
    *,
    overrides: Sequence[LevelOverride] = (),
    target_dates: Mapping[str, str] | None = None,
    today: Month = START,
    decisions: Mapping[str, HintDecision] | None = None,
    hidden: frozenset[str] = frozenset(),
    model: MaturityModel = MODEL,
) -> list[Hint]:
    """Hints on the default model; levels are agreed (start, target), the rest unrated."""
    consensus = {q: Consensus(q, c, t) for q, (c, t) in levels.items()}
    assessment = assess(model, [], consensus, hidden)
    plan = derive_plan(model, assessment, initiatives, overrides, START, hidden)
    return find_hints(
        model,
        assessment,
        plan,
        initiatives,
        target_dates or {},
        today,
        **({"decisions": decisions} if decisions is not None else {}),
    )


def of(kind: HintKind, found: list[Hint]) -> list[Hint]:
    return [h for h in found if h.kind is kind]


# -- target without initiative -------------------------------------------------------------
def test_a_target_no_step_reaches_is_flagged() -> None:
    found = of(
        HintKind.TARGET_WITHOUT_INITIATIVE,
        hints({"2.1": (2, 4)}, [initiative(1, ("2.1", 2, 3))]),
    )
    assert [(h.key, h.question_ids, dict(h.values)) for h in found] == [
        (
            "target_without_initiative:2.1",
            ("2.1",),
            {"start": 2, "target": 4, "planned": 3},
        )
    ]


@pytest.mark.parametrize(
    ("levels", "initiatives", "overrides"),
    [
        ({"2.1": (2, 4)}, [initiative(1, ("2.1", 2, 4))], []),  # planned up to target
        ({"2.1": (2, 4)}, [], [LevelOverride("2.1", 4, "2027-09")]),  # by hand
        ({"2.1": (2, 3)}, [initiative(1, ("2.1", 2, 5))], []),  # beyond the target
        ({"2.1": (3, 3)}, [], []),  # target already reached
        ({"2.1": (None, 4)}, [], []),  # unrated: no start to compare
    ],
)
def test_a_target_the_plan_reaches_is_not_flagged(levels, initiatives, overrides):
    found = hints(levels, initiatives, overrides=overrides)
    assert of(HintKind.TARGET_WITHOUT_INITIATIVE, found) == []


def test_a_removed_level_leaves_the_target_unplanned() -> None:
    found = hints(
        {"2.1": (2, 4)},
        [initiative(1, ("2.1", 2, 4))],
        overrides=[LevelOverride("2.1", 4, None)],
    )
    assert [h.key for h in of(HintKind.TARGET_WITHOUT_INITIATIVE, found)] == [
        "target_without_initiative:2.1"
    ]


# -- initiative without question -----------------------------------------------------------
def test_an_initiative_moving_no_shown_question_is_flagged() -> None:
    found = hints(
        {},
        [
            initiative(3),
            initiative(1, ("2.1", 1, 2)),
            initiative(2, ("1.4", 1, 2)),  # only a hidden question
            initiative(4, status=InitiativeStatus.DROPPED),
            initiative(None),  # not saved: nothing to key a decision on
        ],
        hidden=frozenset({"1.4"}),
    )
    assert [
        (h.key, h.initiative_ids)
        for h in of(HintKind.INITIATIVE_WITHOUT_QUESTION, found)
    ] == [
        ("initiative_without_question:2", (2,)),
        ("initiative_without_question:3", (3,)),
    ]


# -- initiative after target date ----------------------------------------------------------
@pytest.mark.parametrize(
    ("ends_on", "dates", "raised"),
    [
        ("2027-07", {"2.1": "2027-06"}, True),
        ("2027-06", {"2.1": "2027-06"}, False),  # the same month is in time
        ("2027-07", {"integration": "2027-06"}, True),  # the area's date
        ("2027-07", {"integration": "2027-06", "2.1": "2027-09"}, False),  # own wins
        ("2027-07", {"2.1": "whenever", "integration": "2027-06"}, True),
        ("2027-07", {"people": "2027-01"}, False),  # another area's date
        (None, {"2.1": "2027-06"}, False),  # no end month
    ],
)
def test_an_initiative_ending_after_a_target_date(ends_on, dates, raised) -> None:
    found = hints(
        {"2.1": (1, 3)},
        [initiative(5, ("2.1", 1, 3), ends_on=ends_on)],
        target_dates=dates,
    )
    expected = (
        [("initiative_after_target_date:5:2.1", (5,), ("2.1",))] if raised else []
    )
    assert [
        (h.key, h.initiative_ids, h.question_ids)
        for h in of(HintKind.INITIATIVE_AFTER_TARGET_DATE, found)
    ] == expected


def test_a_dropped_initiative_after_the_target_date_is_not_flagged() -> None:
    found = hints(
        {"2.1": (1, 3)},
        [
            initiative(
                5, ("2.1", 1, 3), ends_on="2028-01", status=InitiativeStatus.DROPPED
            )
        ],
        target_dates={"2.1": "2027-06"},
    )
    assert of(HintKind.INITIATIVE_AFTER_TARGET_DATE, found) == []


def test_the_late_hint_carries_both_months() -> None:
    [hint] = of(
        HintKind.INITIATIVE_AFTER_TARGET_DATE,
        hints(
            {"2.1": (1, 3)},
            [initiative(5, ("2.1", 1, 3), ends_on="2027-08")],
            target_dates={"integration": "2027-06"},
        ),
    )
    assert dict(hint.values) == {"ends_on": "2027-08", "due": "2027-06"}


# -- big step -------------------------------------------------------------------------------
def by_hand(qid: str, *months: str) -> list[LevelOverride]:
    """Levels 2, 3, 4 ... of ``qid`` set to the given months."""
    return [LevelOverride(qid, n + 2, month) for n, month in enumerate(months)]


@pytest.mark.parametrize(
    ("overrides", "raised"),
    [
        (by_hand("3.2", "2027-02", "2027-04", "2027-06"), True),  # 1 -> 4, Feb..Jun
        (by_hand("3.2", "2027-02", "2027-04", "2027-07"), False),  # Feb..Jul: 6 months
        (by_hand("3.2", "2027-09", "2027-09", "2027-09"), True),  # one jump of 3
        (by_hand("3.2", "2027-01", "2028-01", "2028-05"), False),  # 2 within 5 months
        (by_hand("3.2", "2027-01", "2028-01", "2028-03", "2028-05"), True),  # 2 -> 5
    ],
)
def test_three_levels_within_under_six_months(overrides, raised) -> None:
    found = of(HintKind.BIG_STEP, hints({"3.2": (1, 5)}, overrides=overrides))
    assert [h.key for h in found] == (["big_step:3.2"] if raised else [])


def test_an_even_six_month_initiative_lifting_three_levels_is_a_big_step() -> None:
    six = initiative(1, ("3.2", 1, 4), starts_on="2027-01", ends_on="2027-06")
    eight = initiative(1, ("3.2", 1, 4), starts_on="2027-01", ends_on="2027-08")
    [hint] = of(HintKind.BIG_STEP, hints({"3.2": (1, 4)}, [six]))
    assert dict(hint.values) == {
        "from_level": 1,
        "to_level": 4,
        "first": "2027-02",
        "last": "2027-06",
    }
    assert of(HintKind.BIG_STEP, hints({"3.2": (1, 4)}, [eight])) == []


# -- budget horizon -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("levels", "raised"),
    [
        ({"1.2": (2, 2), "5.1": (2, 4)}, True),
        ({"1.2": (3, 3), "5.1": (2, 4)}, False),  # budget level 3
        ({"1.2": (2, 2), "5.1": (2, 3)}, False),  # no target of 4
        ({"1.2": (2, 4)}, False),  # 1.2's own target is not "elsewhere"
        ({"1.2": (None, 2), "5.1": (2, 4)}, False),  # unrated
    ],
)
def test_budget_horizon(levels, raised) -> None:
    found = of(HintKind.BUDGET_HORIZON, hints(levels))
    assert [(h.key, h.question_ids) for h in found] == (
        [("budget_horizon:1.2", ("1.2", "5.1"))] if raised else []
    )


# -- golden record first --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("integration", "integration_ends", "raised"),
    [
        ((2, 3), "2027-09", True),  # 2.3 reaches 3 after 3.2 reaches 4
        ((2, 3), "2027-06", False),  # the same month is not before
        ((2, 3), "2027-03", False),
        ((2, 3), None, True),  # 2.3 never planned to reach 3
        ((3, 3), None, False),  # 2.3 is at 3 already
        ((None, 3), None, False),  # 2.3 unrated
    ],
)
def test_golden_record_before_integration(integration, integration_ends, raised):
    moves = [initiative(1, ("3.2", 2, 4), ends_on="2027-06")]
    if integration_ends:
        moves.append(initiative(2, ("2.3", 2, 3), ends_on=integration_ends))
    found = of(
        HintKind.GOLDEN_RECORD_FIRST,
        hints({"3.2": (2, 4), "2.3": integration}, moves),
    )
    assert [h.key for h in found] == (["golden_record_first:3.2"] if raised else [])
    if raised:
        assert found[0].values["golden_month"] == "2027-06"
        assert found[0].values["golden_level"] == 4


def test_golden_record_short_of_level_four_is_not_flagged() -> None:
    found = hints(
        {"3.2": (2, 4), "2.3": (2, 3)},
        [initiative(1, ("3.2", 2, 3), ends_on="2027-03")],
    )
    assert of(HintKind.GOLDEN_RECORD_FIRST, found) == []


# -- consents lag ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("levels", "rising"),
    [
        ({"3.4": (2, 2), "4.3": (2, 4)}, ("4.3",)),
        ({"3.4": (1, 2), "4.2": (1, 2), "4.3": (3, 4)}, ("4.2", "4.3")),
        ({"3.4": (3, 3), "4.3": (2, 4)}, None),  # consents at 3
        ({"3.4": (2, 2), "4.3": (3, 3)}, None),  # no rise
        ({"3.4": (2, 2), "4.1": (1, 5)}, None),  # another channel question
    ],
)
def test_consents_lag(levels, rising) -> None:
    found = of(HintKind.CONSENTS_LAG, hints(levels))
    assert [(h.key, h.question_ids) for h in found] == (
        [("consents_lag:3.4", ("3.4", *rising))] if rising else []
    )


# -- single-level flags ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "qid"),
    [(HintKind.NO_STRATEGIC_LIST, "1.4"), (HintKind.GOALS_NOT_QUANTIFIED, "1.3")],
)
@pytest.mark.parametrize(
    ("level", "raised"), [(1, True), (2, True), (3, False), (None, False)]
)
def test_low_level_flags(kind, qid, level, raised) -> None:
    found = of(kind, hints({qid: (level, 4)}))
    assert [(h.key, dict(h.values)) for h in found] == (
        [(f"{kind.value}:{qid}", {"level": level})] if raised else []
    )


def test_a_hidden_question_raises_nothing() -> None:
    found = hints({"1.4": (1, 1)}, hidden=frozenset({"1.4"}))
    assert of(HintKind.NO_STRATEGIC_LIST, found) == []


def test_a_model_without_the_flag_questions_raises_no_flag() -> None:
    found = hints({"a1": (1, 5), "b1": (1, 1)}, model=small_model())
    assert {h.kind for h in found} == {HintKind.TARGET_WITHOUT_INITIATIVE}


# -- technology ahead -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("levels", "areas"),
    [
        ({"2.1": (1, 4), "1.1": (1, 2)}, ("integration", "people")),
        ({"2.1": (1, 4), "3.1": (1, 2)}, ("integration", "data")),
        (
            {"2.1": (1, 5), "1.1": (1, 3), "3.1": (1, 2)},
            ("integration", "people", "data"),
        ),
        ({"2.1": (1, 4), "1.1": (1, 3), "3.1": (1, 3)}, None),  # 1 behind only
        ({"2.1": (1, 4)}, None),  # no other targets
        ({"1.1": (1, 1)}, None),  # no technology target
    ],
)
def test_technology_ahead(levels, areas) -> None:
    found = of(HintKind.TECHNOLOGY_AHEAD, hints(levels))
    assert [(h.key, h.area_ids) for h in found] == (
        [("technology_ahead:integration", areas)] if areas else []
    )


def test_technology_ahead_uses_weighted_area_targets() -> None:
    # integration targets 5 and 4 -> 4.5; people 3 and 2 -> 2.5: exactly 2 apart
    found = hints({"2.1": (1, 5), "2.2": (1, 4), "1.1": (1, 3), "1.2": (1, 2)})
    [hint] = of(HintKind.TECHNOLOGY_AHEAD, found)
    assert dict(hint.values) == {
        "technology_target": 4.5,
        "other_target": 2.5,
        "difference": 2.0,
    }


# -- adoption lag ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("adoption", "initiatives", "raised"),
    [
        ((2, 3), [initiative(1, ("2.2", 1, 3)), initiative(2, ("2.4", 1, 2))], (1, 2)),
        ((2, 3), [initiative(1, ("2.2", 1, 3), ends_on=None)], (1,)),  # undated
        ((3, 3), [initiative(1, ("2.2", 1, 3))], None),  # adoption at 3
        ((2, 3), [initiative(1, ("3.1", 1, 3))], None),  # not a technology question
        ((2, 3), [initiative(1, ("2.2", 1, 3), status=InitiativeStatus.DROPPED)], None),
    ],
)
def test_adoption_lag(adoption, initiatives, raised) -> None:
    found = of(HintKind.ADOPTION_LAG, hints({"1.6": adoption}, initiatives))
    assert [(h.key, h.initiative_ids) for h in found] == (
        [("adoption_lag:1.6", raised)] if raised else []
    )


# -- big gap soon ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("levels", "dates", "today", "months"),
    [
        ({"2.1": (1, 4)}, {"2.1": "2027-06"}, START, 5),
        ({"2.1": (1, 4)}, {"2.1": "2027-07"}, START, None),  # six months away
        ({"2.1": (1, 4)}, {"2.1": "2027-01"}, START, 0),  # this month
        ({"2.1": (1, 4)}, {"2.1": "2026-12"}, START, None),  # already passed
        ({"2.1": (1, 4)}, {"integration": "2027-03"}, START, 2),  # the area's date
        ({"2.1": (1, 4)}, {"2.1": "2028-01"}, Month(2027, 9), 4),  # from today
        ({"2.1": (2, 4)}, {"2.1": "2027-03"}, START, None),  # a gap of 2
        ({"2.1": (1, 4)}, {}, START, None),  # no date
    ],
)
def test_big_gap_soon(levels, dates, today, months) -> None:
    found = of(HintKind.BIG_GAP_SOON, hints(levels, target_dates=dates, today=today))
    assert [(h.key, h.values["months"]) for h in found] == (
        [("big_gap_soon:2.1", months)] if months is not None else []
    )


# -- keys, order, decisions -----------------------------------------------------------------
def busy() -> dict[str, object]:
    return {
        "levels": {"1.4": (1, 1), "1.3": (2, 2), "2.1": (1, 4), "3.2": (1, 5)},
        "initiatives": [
            initiative(9),
            initiative(2, ("3.2", 1, 4), ends_on="2027-03"),
        ],
        "target_dates": {"2.1": "2027-04", "3.2": "2027-02"},
    }


def test_hints_come_in_kind_order_then_subject() -> None:
    found = hints(**busy())  # type: ignore[arg-type]
    order = list(HintKind)
    assert [h.kind for h in found] == sorted((h.kind for h in found), key=order.index)
    assert [h.key for h in found] == [
        "target_without_initiative:2.1",
        "target_without_initiative:3.2",
        "initiative_without_question:9",
        "initiative_after_target_date:2:3.2",
        "big_step:3.2",
        "no_strategic_list:1.4",
        "goals_not_quantified:1.3",
        "technology_ahead:integration",
        "big_gap_soon:2.1",
        "big_gap_soon:3.2",
    ]


def test_keys_are_stable_across_runs_and_decisions_are_filled_in() -> None:
    first = hints(**busy())  # type: ignore[arg-type]
    decided = hints(
        **busy(),  # type: ignore[arg-type]
        decisions={
            "big_step:3.2": HintDecision.DISMISSED,
            "no_strategic_list:1.4": HintDecision.CONFIRMED,
            "no_such_hint:1": HintDecision.CONFIRMED,
        },
    )
    assert [h.key for h in decided] == [h.key for h in first]
    assert {h.key: h.decision for h in decided if h.decision} == {
        "big_step:3.2": HintDecision.DISMISSED,
        "no_strategic_list:1.4": HintDecision.CONFIRMED,
    }
    assert all(h.decision is None for h in first)
