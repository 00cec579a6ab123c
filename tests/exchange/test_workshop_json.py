"""The JSON document of a workshop: writing it, and reading it back with every check.

The module knows no table by name, so these tests use a small hand-made schema.
"""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_workshop.exchange import workshop_json as wj
from crm_workshop.exchange.workshop_json import (
    ColumnRule,
    Document,
    NewerDocument,
    WorkshopJsonError,
    blob,
    encode_document,
    read_document,
)
from tests.fuzz.strategies import hostile_text, long_text, mutated_bytes

SCHEMA = {
    "people": {
        "id": ColumnRule("INTEGER"),
        "name": ColumnRule("TEXT", nullable=False),
        "score": ColumnRule("REAL"),
        "photo": ColumnRule("BLOB"),
    },
    "notes": {
        "person_id": ColumnRule("INTEGER", nullable=False),
        "text": ColumnRule("TEXT", nullable=False),
    },
}
OLD_SCHEMA = {"people": SCHEMA["people"]}


def schema_for(version: int):
    return {1: OLD_SCHEMA, 2: SCHEMA}.get(version)


def read(data: bytes | str) -> Document:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return read_document(raw, "doc.json", schema_for, 2)


def problems(data: bytes | str | dict) -> list[str]:
    if isinstance(data, dict):
        data = json.dumps(data)
    with pytest.raises(WorkshopJsonError) as caught:
        read(data)
    return [p.format() for p in caught.value.problems]


def document(**tables) -> Document:
    rows = {"people": [], "notes": []}
    rows.update(tables)
    return Document(2, rows, "9.9", "2026-11-24T09:40:00.000+00:00")


PERSON = {"id": 1, "name": "Łukasz Dąbrowski", "score": 2.5, "photo": None}


def envelope(**changes) -> dict:
    base = json.loads(encode_document(document(people=[PERSON])))
    base.update(changes)
    return base


# -- writing and reading back -----------------------------------------------------------
def test_a_document_reads_back_as_written():
    original = document(
        people=[
            PERSON,
            {
                "id": 2,
                "name": 'Ewa "<b>Mazur</b>"\nline 2\u2028\tend 😀',
                "score": -1e-300,
                "photo": b"\x00\xff" + bytes(range(256)),
            },
            {"id": 2**63 - 1, "name": "", "score": 7, "photo": b""},
        ],
        notes=[{"person_id": 1, "text": "ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"}],
    )
    data = encode_document(original)
    assert read(data) == original
    assert encode_document(read(data)) == data


def test_the_written_document_is_readable_utf8_one_row_a_line():
    text = encode_document(document(people=[PERSON, PERSON])).decode("utf-8")
    assert "Łukasz Dąbrowski" in text  # not \\u escapes
    lines = text.splitlines()
    assert lines[1] == '  "format": "crm-workshop",'
    assert sum('"name": "Łukasz' in line for line in lines) == 2
    assert '"notes": []' in text
    parsed = json.loads(text)
    assert list(parsed) == [*wj._ENVELOPE, "tables"]
    assert parsed["format_version"] == wj.FORMAT_VERSION


def test_blobs_carry_base64_size_and_sha256():
    content = b"\x89PNG\r\n\x1a\n\x00"
    assert blob(content) == {
        "base64": base64.b64encode(content).decode(),
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
    }


def test_a_number_json_cannot_hold_is_not_written():
    with pytest.raises(ValueError, match="people: row 1 > score"):
        encode_document(document(people=[{**PERSON, "score": float("inf")}]))


def test_the_envelope_texts_are_optional_on_reading():
    raw = envelope()
    del raw["app_version"], raw["exported_at"]
    doc = read(json.dumps(raw))
    assert (doc.app_version, doc.exported_at) == ("", "")


def test_a_document_of_an_older_schema_has_its_tables():
    raw = envelope(schema_version=1)
    del raw["tables"]["notes"]
    assert list(read(json.dumps(raw)).tables) == ["people"]


# -- what is refused -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "not valid JSON"),
        (b"{", "not valid JSON: Expecting property name"),
        (b'{"format": "crm-workshop",\n "x": \xff}', "not UTF-8 text (line 2)"),
        (b"[1, 2]", "not a CRM Workshop JSON document"),
        (b'{"format": "sqlite"}', "its format is 'sqlite'"),
        (b"{}", "not a CRM Workshop JSON document"),
        (b'{"a": 1, "a": 2}', "the key 'a' appears twice"),
        (b'{"format": NaN}', "NaN is not a JSON number"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
        (b'{"x": 1' + b"0" * 5000 + b"}", "not valid JSON"),
    ],
)
def test_what_is_not_a_document(data, expected):
    (problem,) = problems(data)
    assert expected in problem


def test_a_newer_format_or_schema_is_named():
    with pytest.raises(NewerDocument) as caught:
        read(json.dumps(envelope(format_version=2)))
    assert (caught.value.what, caught.value.found, caught.value.supported) == (
        "format_version",
        2,
        1,
    )
    with pytest.raises(NewerDocument) as caught:
        read(json.dumps(envelope(schema_version=3)))
    assert (caught.value.what, caught.value.found) == ("schema_version", 3)


def test_envelope_problems():
    assert problems(envelope(format_version="1")) == [
        "format_version: must be a whole number, not a text"
    ]
    assert problems(envelope(schema_version=0)) == [
        "schema_version: 0 is not a schema version"
    ]
    raw = envelope(extra=True)
    del raw["schema_version"]
    assert problems(raw) == [
        "schema_version: missing",
        "unknown key 'extra' in the envelope",
    ]
    assert problems(envelope(tables=[])) == [
        "tables: must be an object of tables, not a list"
    ]
    assert problems(envelope(app_version=7)) == ["app_version: must be a short text"]


def test_tables_and_columns_we_do_not_know_and_ones_missing():
    raw = envelope()
    raw["tables"]["risks"] = []
    del raw["tables"]["notes"]
    raw["tables"]["people"][0]["age"] = 40
    del raw["tables"]["people"][0]["score"]
    assert problems(raw) == [
        "tables: unknown table 'risks' (known: people, notes)",
        "tables: missing: notes ([] for a table with no rows)",
        "people row 1: unknown column 'age' (known: id, name, score, photo)",
        "people row 1: missing column(s): score",
    ]


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("id", "1", "must be a whole number or null, not a text"),
        ("id", True, "must be a whole number or null, not true/false"),
        ("id", 1.5, "must be a whole number or null, not a decimal number"),
        ("id", 2**63, "the number is too large"),
        ("score", [1], "must be a number or null, not a list"),
        ("name", 3, "must be a text, not a whole number"),
        ("name", None, "must not be null"),
        ("name", {"a": 1}, "must be a text, not an object"),
        ("name", "a\x00b", "contains a NUL character"),
        ("name", "half \ud800 a pair", "contains a lone surrogate"),
        ("photo", "aGVsbG8=", "file contents must be"),
    ],
)
def test_values_of_the_wrong_kind(column, value, expected):
    raw = envelope()
    raw["tables"]["people"][0][column] = value
    (problem,) = problems(raw)
    assert problem.startswith(f"people row 1 > {column}: {expected}")


def test_a_number_too_large_for_a_float_is_refused():
    text = json.dumps(envelope()).replace('"score": 2.5', '"score": 1e999')
    assert problems(text) == ["people row 1 > score: the number is too large"]


def test_a_surrogate_written_as_an_escape_is_refused():
    text = encode_document(document(people=[PERSON])).decode()
    text = text.replace("Łukasz", "\\udc80ukasz")
    assert problems(text) == [
        "people row 1 > name: contains a lone surrogate, which is not text"
    ]


def test_a_100_000_character_text_travels_intact():
    name = "Zażółć gęślą jaźń " * 5_556  # 100,008 characters
    doc = document(people=[{**PERSON, "name": name}])
    assert read(encode_document(doc)).tables["people"][0]["name"] == name


def test_a_text_over_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(wj, "MAX_TEXT", 100_000)
    raw = envelope()
    raw["tables"]["people"][0]["name"] = "x" * 100_001
    assert problems(raw) == ["people row 1 > name: 100,001 characters; at most 100,000"]


def _photo(**changes) -> dict:
    raw = envelope()
    raw["tables"]["people"][0]["photo"] = {**blob(b"\x00photo\xff"), **changes}
    return raw


def test_blobs_are_checked_against_their_size_and_hash():
    assert read(json.dumps(_photo())).tables["people"][0]["photo"] == b"\x00photo\xff"
    damaged = base64.b64encode(b"\x00photo\xfe").decode()
    assert problems(_photo(base64=damaged)) == [
        "people row 1 > photo: the content does not match its SHA-256: it is damaged"
    ]
    assert problems(_photo(size=99)) == [
        "people row 1 > photo: holds 7 bytes, but 'size' says 99"
    ]
    assert problems(_photo(base64="not base64!")) == [
        "people row 1 > photo: 'base64' is not valid base64"
    ]
    assert problems(_photo(sha256="ABC")) == [
        "people row 1 > photo: 'sha256' must be 64 lowercase hexadecimal digits"
    ]
    assert problems(_photo(size=-1)) == [
        "people row 1 > photo: 'size' must be 0 to 100,000,000 bytes"
    ]
    raw = _photo()
    raw["tables"]["people"][0]["photo"]["name"] = "x.png"
    assert "file contents must be" in problems(raw)[0]


def test_problems_are_listed_up_to_a_limit():
    raw = envelope()
    raw["tables"]["people"] = [{**PERSON, "name": None}] * 500
    found = problems(raw)
    assert len(found) == wj.MAX_PROBLEMS + 1
    assert found[-1] == f"more problems not listed (stopped after {wj.MAX_PROBLEMS})"
    assert found[0] == "people row 1 > name: must not be null"


def test_names_from_the_document_are_shown_safely():
    raw = envelope()
    raw["tables"]["\ud800\x00" + "t" * 200] = []
    (problem,) = problems(raw)
    problem.encode("utf-8")  # printable anywhere: no lone surrogate, no NUL
    assert "\\ud800\\x00" in problem and len(problem) < 200


# -- hostile input -----------------------------------------------------------------------
VALID = encode_document(
    document(
        people=[PERSON, {**PERSON, "id": 2, "photo": b"\x01\x02"}],
        notes=[{"person_id": 1, "text": "notatka"}],
    )
)


@settings(max_examples=300, deadline=None)
@given(mutated_bytes(VALID))
def test_damaged_documents_are_refused_with_problems_or_read(data):
    try:
        doc = read(data)
    except WorkshopJsonError as exc:
        assert exc.problems
        for problem in exc.problems:
            problem.format().encode("utf-8")
    else:
        assert set(doc.tables) == set(SCHEMA)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | hostile_text(6),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(hostile_text(2), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["id", "name", "score", "photo", "x"]), json_values)
)
def test_any_row_is_read_or_refused_with_problems(row):
    raw = envelope()
    raw["tables"]["people"] = [row]
    data = json.dumps(raw, ensure_ascii=True)  # escapes let lone surrogates in
    try:
        doc = read(data)
    except WorkshopJsonError as exc:
        assert all(p.place.startswith("people row 1") for p in exc.problems)
    else:
        assert doc.tables["people"] == [row]


texts = st.one_of(hostile_text(8), long_text(100_000))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(texts, min_size=1, max_size=3))
def test_hostile_texts_travel_intact_or_are_refused_for_nul(names):
    doc = document(
        people=[{**PERSON, "id": n, "name": name} for n, name in enumerate(names)]
    )
    data = encode_document(doc)
    if any("\x00" in name for name in names):
        assert all("NUL" in p for p in problems(data))
    else:
        assert read(data) == doc
