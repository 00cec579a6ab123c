"""The report's words: numbers, dates, plurals and the drafted summary, in both languages."""

from __future__ import annotations

import dataclasses

import pytest

from crm_workshop.reporting.data import AreaScoreLine, KeyNumbers
from crm_workshop.reporting.labels import ENGLISH, POLISH, report_text
from crm_workshop.reporting.summary import draft_summary


def test_every_label_is_filled_in_both_languages():
    for text in (ENGLISH, POLISH):
        for field in dataclasses.fields(text):
            value = getattr(text, field.name)
            assert value not in ("", ()), field.name
    assert ENGLISH.page_of % (3, 9) == "page 3 of 9"
    assert POLISH.page_of % (3, 9) == "strona 3 z 9"
    assert report_text("pl") is POLISH
    with pytest.raises(ValueError):
        report_text("de")


def test_numbers_use_the_languages_decimal_mark():
    assert ENGLISH.number(2.26) == "2.3"
    assert POLISH.number(1.5) == "1,5"
    assert POLISH.number(-0.5, signed=True) == "−0,5"
    assert ENGLISH.number(1.0, signed=True) == "+1.0"
    assert ENGLISH.number(None) == "–"


def test_dates_and_ranges():
    assert ENGLISH.date("2026-10-05") == "5 October 2026"
    assert POLISH.date("2026-10-05") == "5 października 2026"
    assert POLISH.date("jutro") == "jutro"
    assert POLISH.date_range("2026-10-05", "2026-10-30") == "5–30 października 2026"
    assert (
        ENGLISH.date_range("2026-10-05", "2026-11-03") == "5 October – 3 November 2026"
    )
    assert ENGLISH.date_range("2026-12-15", "2027-01-10") == (
        "15 December 2026 – 10 January 2027"
    )
    assert ENGLISH.date_range(None, "2026-01-02") == "2 January 2026"


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (1, "1 pytanie"),
        (3, "3 pytania"),
        (5, "5 pytań"),
        (12, "12 pytań"),
        (22, "22 pytania"),
    ],
)
def test_polish_plurals(count, expected):
    assert POLISH.questions(count) == expected


def line(number: int, title: str, score: float, target: float) -> AreaScoreLine:
    return AreaScoreLine(
        number, title, score, target, target - score, score - 0.5, f"{number}.2", "Q"
    )


class _Data:
    """Just what ``draft_summary`` reads."""

    def __init__(self, numbers: KeyNumbers) -> None:
        self.numbers = numbers
        self.cover = type("C", (), {"client": "Bursztyn", "round_name": "Baseline"})


def test_draft_summary_states_the_numbers():
    people, value = line(1, "Ludzie", 2.4, 3.0), line(5, "Wartość", 1.5, 3.0)
    numbers = KeyNumbers(
        index=2.0,
        index_percent=25.0,
        index_level_name="Rozwijający się",
        target=3.0,
        strongest=people,
        weakest=value,
        floors=(people, value),
        disagreements=1,
        disagreements_settled=0,
        open_items=2,
    )
    draft = draft_summary(_Data(numbers), POLISH)  # type: ignore[arg-type]
    text = " ".join(draft.opening + draft.closing)
    assert "2,0 w skali 1–5 (25/100)" in text and "„Rozwijający się”" in text
    assert "1. Ludzie (2,4)" in text and "5. Wartość (1,5), 1,5 poniżej celu" in text
    assert "pojawiły się w 1 pytaniu." in text and "uzgodnili" not in text
    assert "2 pytania wymagają jeszcze odpowiedzi" in text
    assert draft.floors == ("1. Ludzie: 1.2 Q (1,9)", "5. Wartość: 5.2 Q (1,0)")


def test_draft_summary_of_an_empty_round():
    numbers = KeyNumbers(None, None, "", None, None, None, (), 0, 0, 0)
    draft = draft_summary(_Data(numbers), ENGLISH)  # type: ignore[arg-type]
    assert draft.opening == (
        "No levels have been recorded in the round “Baseline” yet, so no scores can be given.",
    )
    assert draft.closing == ("No questions are left open.",)
