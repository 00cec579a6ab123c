"""Hypothesis strategies for hostile input: markup, control characters, right-to-left
text, emoji, NUL, invalid UTF-8, lone surrogates and very long strings."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from hypothesis import strategies as st

MARKUP = (
    "<b>",
    "</b>",
    "<i>x</i>",
    "<para>",
    "</para>",
    "<br/>",
    "<font name='Nope' size=40>",
    "<img src='/etc/passwd'/>",
    "<a href='javascript:x'>",
    "&amp;",
    "&lt;",
    "&nbsp;",
    "&#0;",
    "&bogus;",
    "&",
    "<",
    ">",
    "]]>",
    "<![CDATA[",
    "<?xml version='1.0'?>",
    "<!-- -->",
    '"',
    "'",
    "$x^2$",
    "$",
    "\\",
    "%s",
    "%(name)s",
    "{0}",
    "{client}",
)
CONTROL = tuple(chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)))
RIGHT_TO_LEFT = (
    "\u202e",  # right-to-left override
    "\u202d",
    "\u202c",
    "\u200f",
    "\u2067",
    "\u2069",
    "שלום עולם",
    "مرحبا بالعالم",
    "‏abc‎",
)
EMOJI = ("😀", "🧑\u200d💻", "👍🏽", "🇵🇱", "❤️", "🏳️\u200d🌈")
OTHER = (
    "\ufeff",
    "\u200b",
    "\u00ad",
    "\ufffd",
    "\uffff",
    "\ufffe",
    "e\u0301",
    "\u2028",
    "\u2029",
    "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ",
    "Ω≈ç√∫",
    "漢字",
    "𝕳𝖊𝖑𝖑𝖔",
    "\U0010ffff",
    "  ",
    "\r\n",
)
LONE_SURROGATES = ("\ud800", "\udbff", "\udc00", "\udfff", "\udc80")
INVALID_UTF8 = (
    b"\xff",
    b"\xfe",
    b"\xc3",  # a lead byte alone
    b"\x80",  # a continuation byte alone
    b"\xc0\xaf",  # overlong
    b"\xed\xa0\x80",  # an encoded surrogate
    b"\xf4\x90\x80\x80",  # above U+10FFFF
    b"\xef\xbb",  # half a byte-order mark
)

piece = st.one_of(
    st.sampled_from(MARKUP),
    st.sampled_from(CONTROL),
    st.sampled_from(RIGHT_TO_LEFT),
    st.sampled_from(EMOJI),
    st.sampled_from(OTHER),
    st.text(max_size=12),
)


def hostile_text(max_pieces: int = 10) -> st.SearchStrategy[str]:
    """Text (never a lone surrogate) made of hostile pieces."""
    return st.lists(piece, max_size=max_pieces).map("".join)


def long_text(max_size: int = 100_000) -> st.SearchStrategy[str]:
    """One hostile piece repeated into a long string of at most ``max_size`` chars."""
    return st.builds(
        lambda unit, size: (unit * (size // max(1, len(unit)) + 1))[:size],
        hostile_text(4).filter(bool),
        st.integers(1_000, max_size),
    )


def with_surrogates(max_pieces: int = 6) -> st.SearchStrategy[str]:
    """Hostile text with at least one lone surrogate in it."""
    return st.tuples(
        hostile_text(max_pieces), st.sampled_from(LONE_SURROGATES), hostile_text(3)
    ).map("".join)


def marked(marker: str, text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """``text`` around ``marker``, a word on its own, so it can be found again."""
    return st.tuples(text, text).map(lambda pair: f"{pair[0]} {marker} {pair[1]}")


def mutated_bytes(raw: bytes) -> st.SearchStrategy[bytes]:
    """``raw`` with a few bytes inserted, deleted, replaced or cut off."""
    insertion = st.one_of(
        st.sampled_from(INVALID_UTF8),
        st.sampled_from([b"\x00", b'"', b"\r", b"\n", b",", b";", b"\t"]),
        st.binary(max_size=8),
        hostile_text(3).map(lambda t: t.encode("utf-8")),
    )

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data)))
            kind = draw(st.sampled_from(["insert", "delete", "replace", "cut"]))
            if kind == "insert":
                data[at:at] = draw(insertion)
            elif kind == "delete":
                del data[at : at + draw(st.integers(1, 16))]
            elif kind == "replace":
                data[at : at + 1] = draw(insertion)
            else:
                del data[at:]
        return bytes(data)

    return mutate()


def mutated_text(text: str) -> st.SearchStrategy[str]:
    """``text`` with lines dropped, doubled or swapped, or hostile text spliced in."""

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        lines = text.split("\n")
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(lines) - 1))
            kind = draw(
                st.sampled_from(["drop", "double", "swap", "splice", "replace"])
            )
            if kind == "drop" and len(lines) > 1:
                del lines[at]
            elif kind == "double":
                lines.insert(at, lines[at])
            elif kind == "swap":
                other = draw(st.integers(0, len(lines) - 1))
                lines[at], lines[other] = lines[other], lines[at]
            elif kind == "splice":
                column = draw(st.integers(0, len(lines[at])))
                extra = draw(
                    st.one_of(
                        hostile_text(3),
                        st.sampled_from(['"', "'", "[", "]", "=", "#", "\\", "{", "}"]),
                        st.sampled_from(["5", "-1", "1e400", "nan", "true", "[]"]),
                    )
                )
                lines[at] = lines[at][:column] + extra + lines[at][column:]
            else:
                lines[at] = draw(hostile_text(4))
        return "\n".join(lines)

    return mutate()


# -- CSV documents ------------------------------------------------------------------------
@dataclass(frozen=True)
class CsvDocument:
    """A CSV file as bytes, with the cells it was written from (header first)."""

    raw: bytes
    header: tuple[str, ...]
    rows: tuple[dict[str, str], ...]


def _header_cell(column: str) -> st.SearchStrategy[str]:
    return st.sampled_from([column, column.upper(), f" {column} ", column.title()])


@st.composite
def csv_documents(
    draw: st.DrawFn,
    required: Sequence[str],
    optional: Sequence[str],
    cells: dict[str, st.SearchStrategy[str]],
    max_rows: int = 6,
) -> CsvDocument:
    """A well-quoted CSV whose columns are ``required`` plus some of ``optional``,
    each in any order and case, with cells drawn from ``cells`` (by column)."""
    chosen = [*required, *draw(st.lists(st.sampled_from(optional), unique=True))]
    columns = tuple(draw(st.permutations(chosen)))
    header = [draw(_header_cell(c)) for c in columns]
    rows = tuple(
        {c: draw(cells[c]) for c in columns}
        for _ in range(draw(st.integers(0, max_rows)))
    )
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    ending = draw(st.sampled_from(["\r\n", "\n"]))
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer,
        delimiter=delimiter,
        lineterminator=ending,
        # quoting only what holds the line ending would leave a bare "\r" unquoted
        quoting=csv.QUOTE_MINIMAL if ending == "\r\n" else csv.QUOTE_ALL,
    )
    writer.writerow(header)
    for row in rows:
        writer.writerow([row[c] for c in columns])
    text = ("\ufeff" if draw(st.booleans()) else "") + buffer.getvalue()
    return CsvDocument(text.encode("utf-8"), columns, rows)
