from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_workshop.domain.assessment import Answer, Consensus, Rating
from crm_workshop.domain.errors import InvalidLevel
from crm_workshop.domain.scoring import assess, assess_by_department, score_question
from tests.factories import small_model


def level(sid: int, qid: str, current: int, target: int | None = None) -> Rating:
    return Rating(sid, qid, Answer.LEVEL, current, target)


def test_question_statistics_match_hand_computed_values():
    ratings = [
        level(1, "a1", 1, 3),
        level(2, "a1", 3, 4),
        level(3, "a1", 4, 5),
        Rating(4, "a1", Answer.NOT_APPLICABLE),
        Rating(5, "a1", Answer.DONT_KNOW, target=2),
    ]
    s = score_question("a1", ratings)
    assert s.count == 3
    assert s.mean == pytest.approx(8 / 3)
    assert s.median == 3
    assert (s.minimum, s.maximum, s.spread) == (1, 4, 3)
    assert s.disagreement is True
    assert (s.na_count, s.dont_know_count) == (1, 1)
    assert s.target_count == 4
    assert s.target == pytest.approx((3 + 4 + 5 + 2) / 4)
    assert s.gap == pytest.approx(3.5 - 8 / 3)


def test_one_level_apart_is_not_disagreement_two_is():
    assert not score_question("a1", [level(1, "a1", 2), level(2, "a1", 3)]).disagreement
    assert score_question("a1", [level(1, "a1", 2), level(2, "a1", 4)]).disagreement


def test_unanswered_question_has_no_score():
    s = score_question("a1", [Rating(1, "a1", Answer.NOT_APPLICABLE)])
    assert s.score is None and s.mean is None and s.gap is None
    assert s.count == 0 and s.na_count == 1


def test_consensus_overrides_the_aggregate_per_field():
    ratings = [level(1, "a1", 1, 5), level(2, "a1", 2, 5)]
    s = score_question("a1", ratings, Consensus("a1", current=4))
    assert s.mean == 1.5
    assert s.score == 4.0
    assert s.target == 5.0  # no agreed target: the aggregate stays


def test_area_is_weighted_mean_with_floor_and_gap():
    model = small_model(weights={"a1": 1.0, "a2": 3.0})
    ratings = [level(1, "a1", 2, 4), level(1, "a2", 4, 4), level(1, "b1", 1, 2)]
    result = assess(model, ratings)
    area_a = result.area("A")
    assert area_a.score == pytest.approx((2 * 1 + 4 * 3) / 4)  # 3.5
    assert area_a.floor == 2.0 and area_a.floor_question_id == "a1"
    assert area_a.target == 4.0
    assert area_a.gap == pytest.approx(0.5)
    assert result.area("B").score == 1.0
    assert result.index == pytest.approx((3.5 + 1.0) / 2)
    assert result.index_percent == pytest.approx((2.25 - 1) / 4 * 100)


def test_area_weights_shape_the_overall_index():
    model = small_model(weights={"B": 3.0})
    result = assess(model, [level(1, "a1", 5), level(1, "b1", 1)])
    assert result.index == pytest.approx((5 * 1 + 1 * 3) / 4)


def test_hidden_questions_are_not_scored():
    model = small_model()
    result = assess(
        model, [level(1, "a1", 1), level(1, "a2", 5)], hidden=frozenset({"a1"})
    )
    assert "a1" not in result.questions
    assert result.area("A").score == 5.0
    assert result.area("A").total_questions == 2


def test_department_view_uses_only_that_department_and_ignores_consensus():
    model = small_model()
    ratings = [level(1, "a1", 1), level(2, "a1", 5)]
    views = assess_by_department(model, ratings, {1: "it", 2: "sales"})
    assert views["it"].questions["a1"].score == 1.0
    assert views["sales"].questions["a1"].score == 5.0


def test_invalid_levels_are_refused():
    with pytest.raises(InvalidLevel):
        Rating(1, "a1", Answer.LEVEL, 6)
    with pytest.raises(InvalidLevel):
        Rating(1, "a1", Answer.NOT_APPLICABLE, 3)  # N/A carries no level
    with pytest.raises(InvalidLevel):
        Consensus("a1", current=0)


# -- properties --------------------------------------------------------------------
answers = st.one_of(
    st.builds(
        lambda c, t: (Answer.LEVEL, c, t),
        st.integers(1, 5),
        st.none() | st.integers(1, 5),
    ),
    st.builds(
        lambda t: (Answer.NOT_APPLICABLE, None, t), st.none() | st.integers(1, 5)
    ),
    st.builds(lambda t: (Answer.DONT_KNOW, None, t), st.none() | st.integers(1, 5)),
)
rating_lists = st.lists(
    st.tuples(st.integers(1, 20), st.sampled_from(["a1", "a2", "b1"]), answers),
    max_size=40,
).map(
    lambda rows: list(
        {(sid, qid): Rating(sid, qid, a, c, t) for sid, qid, (a, c, t) in rows}.values()
    )
)
weights = st.fixed_dictionaries(
    {k: st.floats(0.1, 10) for k in ("a1", "a2", "b1", "B")}
)


def _all_scores(result):
    for q in result.questions.values():
        yield from (q.score, q.target, q.mean, q.median)
    for a in result.areas:
        yield from (a.score, a.target, a.floor)
    yield result.index


@given(rating_lists, weights)
def test_scores_stay_on_the_scale(ratings, w):
    result = assess(small_model(w), ratings)
    for value in _all_scores(result):
        assert value is None or 1.0 - 1e-9 <= value <= 5.0 + 1e-9


@given(rating_lists, st.randoms())
def test_order_of_answers_does_not_matter(ratings, rnd):
    shuffled = list(ratings)
    rnd.shuffle(shuffled)
    a, b = assess(small_model(), ratings), assess(small_model(), shuffled)
    assert list(_all_scores(a)) == pytest.approx(list(_all_scores(b)), nan_ok=True)


@given(rating_lists, st.integers(100, 120), st.sampled_from(["a1", "a2", "b1"]))
def test_not_applicable_never_counts(ratings, extra_sid, qid):
    with_na = [*ratings, Rating(extra_sid, qid, Answer.NOT_APPLICABLE)]
    a, b = assess(small_model(), ratings), assess(small_model(), with_na)
    assert [q.score for q in a.questions.values()] == [
        q.score for q in b.questions.values()
    ]
    assert a.index == b.index
    assert b.questions[qid].na_count == a.questions[qid].na_count + 1


@given(
    rating_lists,
    st.sampled_from(["a1", "a2", "b1"]),
    st.integers(1, 5),
    st.integers(1, 5),
)
def test_a_consensus_always_wins(ratings, qid, current, target):
    result = assess(small_model(), ratings, {qid: Consensus(qid, current, target)})
    assert result.questions[qid].score == current
    assert result.questions[qid].target == target


@given(st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=60))
def test_mean_and_median_agree_with_the_standard_library(levels):
    import statistics

    from crm_workshop.domain.scoring import mean, median

    assert mean(levels) == statistics.fmean(levels)
    assert median(levels) == statistics.median(levels)
