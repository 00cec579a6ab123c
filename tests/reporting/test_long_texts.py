"""Texts too long to lay out in reasonable time are printed in part, with a note."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from crm_workshop.reporting.labels import report_text
from crm_workshop.reporting.long_texts import (
    FIELD_LIMITS,
    PRINT_LIMIT,
    cut_text,
    cut_texts,
)

NOTE = "[… %d more]"


@dataclass(frozen=True)
class Row:
    who: str
    comment: str


@dataclass(frozen=True)
class Page:
    title: str
    rows: tuple[Row, ...]
    texts: MappingProxyType
    picture: bytes = b""


class Pair(NamedTuple):
    left: str
    right: str


def test_a_text_within_the_limit_is_the_same_text():
    text = "Zażółć gęślą jaźń " * 10
    assert cut_text(text, NOTE, 1_000) is text


def test_a_long_text_ends_at_a_word_and_counts_what_it_left_out():
    text = "słowo " * 5_000  # 30,000 characters
    cut = cut_text(text, NOTE, PRINT_LIMIT)
    kept, note = cut.rsplit(" [", 1)
    assert len(kept) <= PRINT_LIMIT and not kept.endswith("słow")
    assert text.startswith(kept)
    assert note == f"… {len(text) - len(kept)} more]"


def test_one_endless_word_is_cut_at_the_limit():
    text = "ab" * 50_000
    cut = cut_text(text, NOTE, PRINT_LIMIT)
    assert cut == f"{text[:PRINT_LIMIT]} [… {100_000 - PRINT_LIMIT} more]"


def test_texts_are_cut_all_through_a_report_and_names_shorter():
    long_name = "N" * 5_000
    page = Page(
        title="T" * 2_000,
        rows=(Row(long_name, "c" * 20_000), Row("Ewa", "krótko")),
        texts=MappingProxyType({"pl": "x" * 30_000, "en": "short"}),
        picture=b"\x89PNG" * 10,
    )
    cut = cut_texts(page, NOTE)
    assert cut.rows[0].who == f"{'N' * FIELD_LIMITS['who']} [… 4700 more]"
    assert cut.rows[0].comment.startswith("c" * PRINT_LIMIT + " […")
    assert cut.title.startswith("T" * FIELD_LIMITS["title"] + " […")
    assert cut.rows[1] is page.rows[1]  # untouched parts are the same objects
    assert isinstance(cut.texts, MappingProxyType) and cut.texts["en"] == "short"
    assert cut.texts["pl"].endswith(f"[… {30_000 - PRINT_LIMIT} more]")
    assert cut.picture is page.picture


def test_nothing_long_gives_back_the_same_object():
    page = Page("Tytuł", (Row("Ewa", "ok"),), MappingProxyType({"pl": "a"}))
    assert cut_texts(page, NOTE) is page
    pair = Pair("a" * 20_000, "b")
    assert cut_texts(pair, NOTE) == Pair(f"{'a' * PRINT_LIMIT} [… 8000 more]", "b")


def test_the_note_is_worded_in_both_report_languages():
    for language in ("en", "pl"):
        note = report_text(language).text_cut
        assert note.count("%d") == 1 and "4321" in note % 4321
