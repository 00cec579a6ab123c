"""Months, quarters and the roadmap's value types."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_workshop.domain.errors import InvalidLevel
from crm_workshop.domain.roadmap import (
    BadMonth,
    Initiative,
    InitiativeStatus,
    Month,
    Move,
    Quarter,
    Risk,
    quarters_between,
)

months = st.builds(Month, st.integers(1990, 2100), st.integers(1, 12))


def test_month_parses_month_and_full_date() -> None:
    assert Month.parse("2027-03") == Month(2027, 3)
    assert Month.parse(" 2027-11-30 ") == Month(2027, 11)
    assert str(Month(2027, 3)) == "2027-03"


@pytest.mark.parametrize(
    "text",
    ["", "2027", "2027-13", "2027-00", "27-03", "2027/03", "2027-03-1", "x" * 10],
)
def test_bad_month_text_is_refused(text: str) -> None:
    with pytest.raises(BadMonth):
        Month.parse(text)


@given(months, st.integers(-500, 500))
def test_plus_and_months_until_agree(month: Month, n: int) -> None:
    later = month.plus(n)
    assert month.months_until(later) == n
    assert (later > month) == (n > 0)


def test_quarters() -> None:
    assert Month(2027, 3).quarter == Quarter(2027, 1)
    assert Month(2027, 4).quarter == Quarter(2027, 2)
    assert Quarter(2027, 4).next() == Quarter(2028, 1)
    assert str(Quarter(2027, 2)) == "Q2 2027"
    assert Quarter(2027, 2).first_month == Month(2027, 4)
    assert Quarter(2027, 2).last_month == Month(2027, 6)
    assert quarters_between(Month(2026, 11), Month(2027, 4)) == [
        Quarter(2026, 4),
        Quarter(2027, 1),
        Quarter(2027, 2),
    ]


def test_a_move_must_rise() -> None:
    assert Move("3.2", 2, 4).to_level == 4
    with pytest.raises(ValueError):
        Move("3.2", 3, 3)
    with pytest.raises(InvalidLevel):
        Move("3.2", 0, 3)


def test_dropped_initiatives_do_not_count_and_scores_are_levels() -> None:
    assert Initiative(1, "CDP").active
    assert not Initiative(1, "CDP", status=InitiativeStatus.DROPPED).active
    with pytest.raises(InvalidLevel):
        Initiative(1, "CDP", urgency=6)


def test_risk_severity() -> None:
    assert Risk(1, "x", likelihood=4, impact=3).severity == 12
    assert Risk(1, "x", likelihood=4).severity is None
