"""A whole workshop as one JSON document, for archiving and for other tools.

The document (docs/json-format.md) is an envelope (``format``, ``format_version``,
``app_version``, ``schema_version``, ``exported_at``) and ``tables``: every table of
the workshop file as a list of row objects, column name to value. Values are JSON's
own: numbers, texts, ``null``; file contents (logo, evidence) are objects holding the
bytes in base64 with their size and SHA-256, so an import can tell a damaged copy.

This module knows no table by name. The caller passes the columns of each schema
version (``Schema``), so a table a new version of the file adds travels with no change
here. Reading checks everything before the caller writes anything, and lists every
problem it finds (up to ``MAX_PROBLEMS``), each with its place: ``ratings row 12 >
current_level``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

FORMAT = "crm-workshop"
FORMAT_VERSION = 1
MAX_DOCUMENT_BYTES = 1_000_000_000
MAX_TEXT = 10_000_000  # characters in one text value (a model snapshot is far less)
MAX_BLOB_BYTES = 100_000_000  # twice the largest evidence file the app accepts
MAX_PROBLEMS = 50
_INT64 = (-(2**63), 2**63 - 1)
_SHA256 = re.compile(r"[0-9a-f]{64}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ENVELOPE = ("format", "format_version", "app_version", "schema_version", "exported_at")
_BLOB_KEYS = ("base64", "size", "sha256")


@dataclass(frozen=True)
class ColumnRule:
    """What a column holds: its declared SQLite type, and whether it may be null."""

    type: str  # INTEGER, REAL, TEXT or BLOB; anything else takes any number or text
    nullable: bool = True


# table -> column -> rule, tables and columns in the file's order
Schema = Mapping[str, Mapping[str, ColumnRule]]


@dataclass(frozen=True)
class Document:
    schema_version: int
    # table -> rows; each row maps every column to a value (``bytes`` for a blob)
    tables: Mapping[str, Sequence[Mapping[str, object]]]
    app_version: str = ""
    exported_at: str = ""
    format_version: int = FORMAT_VERSION


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a document; ``place`` is empty for the document as a whole."""

    place: str
    message: str

    def format(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class WorkshopJsonError(Exception):
    """A document that cannot be imported (or a value that cannot be exported)."""

    def __init__(self, source: str, problems: Sequence[Problem]) -> None:
        self.source = source
        self.problems = list(problems)
        super().__init__(f"{source}: " + "; ".join(p.format() for p in self.problems))


class NewerDocument(WorkshopJsonError):
    """Written by a newer CRM Workshop: a newer document format or file schema."""

    def __init__(self, source: str, what: str, found: int, supported: int) -> None:
        self.what = what  # "format_version" or "schema_version"
        self.found = found
        self.supported = supported
        super().__init__(
            source,
            [Problem(what, f"{found}, newer than this version reads ({supported})")],
        )


# -- writing ---------------------------------------------------------------------------
def blob(content: bytes) -> dict[str, object]:
    """The JSON object standing for file contents: base64, size and SHA-256."""
    content = bytes(content)
    return {
        "base64": base64.b64encode(content).decode("ascii"),
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
    }


def _unusual(value: object) -> object:
    """What the encoder cannot write by itself: file contents become blob objects."""
    if isinstance(value, bytes | bytearray | memoryview):
        return blob(bytes(value))
    raise TypeError(f"{type(value).__name__} is not a value of a workshop file")


# One encoder for every row: json.dumps would build a new one per call. NaN and the
# infinities are refused (the app stores none; JSON has no such numbers).
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, default=_unusual)


def encode_document(document: Document) -> bytes:
    """The document as UTF-8 JSON: the envelope, then each table with one row a line."""
    envelope = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": document.app_version,
        "schema_version": document.schema_version,
        "exported_at": document.exported_at,
    }
    encode = _ENCODER.encode
    lines = ["{"]
    lines += [f"  {encode(key)}: {encode(value)}," for key, value in envelope.items()]
    lines.append('  "tables": {')
    names = list(document.tables)
    for index, name in enumerate(names):
        comma = "," if index < len(names) - 1 else ""
        rows = document.tables[name]
        if not rows:
            lines.append(f"    {encode(name)}: []{comma}")
            continue
        lines.append(f"    {encode(name)}: [")
        try:
            lines.append(",\n".join(f"      {encode(row)}" for row in rows))
        except ValueError:
            raise ValueError(f"{name}: {_unwritable(rows)}") from None
        lines.append(f"    ]{comma}")
    lines += ["  }", "}", ""]
    return "\n".join(lines).encode("utf-8")


def _unwritable(rows: Sequence[Mapping[str, object]]) -> str:
    for number, row in enumerate(rows, start=1):
        for column, value in row.items():
            if isinstance(value, float) and not math.isfinite(value):
                return f"row {number} > {column}: {value} is no JSON number"
    return "a value JSON cannot hold"  # pragma: no cover - only floats fail


# -- reading ---------------------------------------------------------------------------
class _Duplicate(Exception):
    pass


class _NotJson(Exception):
    pass


class _TooMany(Exception):
    pass


def _pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Duplicate(key)
            seen.add(key)
    return result


def _constant(name: str) -> object:
    raise _NotJson(f"{name} is not a JSON number")


def read_document(
    data: bytes,
    source: str,
    schema_for: Callable[[int], Schema | None],
    newest_schema: int,
) -> Document:
    """Parse and check a document; ``WorkshopJsonError`` listing every problem.

    ``schema_for(version)`` gives the tables of a file of that schema version (None
    for a version that does not exist); ``newest_schema`` is the newest this app
    writes. ``NewerDocument`` when the format or the schema is newer than this app.
    """
    raw = _parse(data, source)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        said = raw.get("format") if isinstance(raw, dict) else None
        detail = f" (its format is {_show(said)})" if isinstance(said, str) else ""
        message = (
            f'not a CRM Workshop JSON document{detail}; expected "format": "{FORMAT}"'
        )
        raise WorkshopJsonError(source, [Problem("", message)])
    reader = _Reader(source)
    version = reader.whole(raw.get("format_version"), "format_version")
    if version is not None and version > FORMAT_VERSION:
        raise NewerDocument(source, "format_version", version, FORMAT_VERSION)
    if version is not None and version < 1:
        reader.problem("format_version", f"{version} is not a format version")
    schema_version = reader.whole(raw.get("schema_version"), "schema_version")
    if schema_version is not None and schema_version > newest_schema:
        raise NewerDocument(source, "schema_version", schema_version, newest_schema)
    schema = None if schema_version is None else schema_for(schema_version)
    if schema_version is not None and schema is None:
        reader.problem("schema_version", f"{schema_version} is not a schema version")
    texts = {key: reader.label(raw, key) for key in ("app_version", "exported_at")}
    for key in raw:
        if key not in (*_ENVELOPE, "tables"):
            reader.problem("", f"unknown key {_show(key)} in the envelope")
    tables = raw.get("tables")
    if not isinstance(tables, dict):
        reader.problem("tables", f"must be an object of tables, not {_kind(tables)}")
    if schema is None or not isinstance(tables, dict):
        reader.stop()
        raise AssertionError  # pragma: no cover - stop() always raises here
    try:
        result = reader.tables(tables, schema)
    except _TooMany:
        result = {}
    reader.stop()
    assert schema_version is not None and version is not None
    return Document(
        schema_version, result, texts["app_version"], texts["exported_at"], version
    )


def _parse(data: bytes, source: str) -> object:
    def refuse(message: str) -> WorkshopJsonError:
        return WorkshopJsonError(source, [Problem("", message)])

    if len(data) > MAX_DOCUMENT_BYTES:
        raise refuse(f"the file is {len(data):,} bytes; at most {MAX_DOCUMENT_BYTES:,}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise refuse(f"not UTF-8 text (line {line}); save it as UTF-8") from None
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise refuse(
            f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except _Duplicate as exc:
        raise refuse(
            f"not usable JSON: the key {_show(exc.args[0])} appears twice in one object"
        ) from None
    except _NotJson as exc:
        raise refuse(f"not valid JSON: {exc.args[0]}") from None
    except RecursionError:
        raise refuse("not valid JSON: values nested too deeply") from None
    except ValueError as exc:  # a number of more digits than Python converts
        raise refuse(f"not valid JSON: {exc}") from None


@dataclass
class _Reader:
    source: str
    problems: list[Problem] = field(default_factory=list)

    def problem(self, place: str, message: str) -> None:
        self.problems.append(Problem(place, message))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _TooMany

    def stop(self) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self.problems.append(
                Problem("", f"more problems not listed (stopped after {MAX_PROBLEMS})")
            )
        if self.problems:
            raise WorkshopJsonError(self.source, self.problems)

    def whole(self, value: object, key: str) -> int | None:
        if value is None:
            self.problem(key, "missing")
        elif type(value) is not int:
            self.problem(key, f"must be a whole number, not {_kind(value)}")
        else:
            return value
        return None

    def label(self, raw: Mapping[str, object], key: str) -> str:
        value = raw.get(key, "")
        if isinstance(value, str) and len(value) <= 200 and _clean(value):
            return value
        self.problem(key, "must be a short text")
        return ""

    def tables(
        self, tables: Mapping[str, object], schema: Schema
    ) -> dict[str, list[dict[str, object]]]:
        for name in tables:
            if name not in schema:
                known = ", ".join(schema)
                self.problem("tables", f"unknown table {_show(name)} (known: {known})")
        missing = [name for name in schema if name not in tables]
        if missing:
            listed = ", ".join(missing)
            self.problem("tables", f"missing: {listed} ([] for a table with no rows)")
        result: dict[str, list[dict[str, object]]] = {}
        for name, columns in schema.items():
            if name not in tables:
                continue
            rows = tables[name]
            if not isinstance(rows, list):
                self.problem(name, f"must be a list of rows, not {_kind(rows)}")
                continue
            result[name] = [
                self.row(row, name, number, columns)
                for number, row in enumerate(rows, start=1)
            ]
        return result

    def row(
        self, row: object, table: str, number: int, columns: Mapping[str, ColumnRule]
    ) -> dict[str, object]:
        if type(row) is not dict:
            place = f"{table} row {number}"
            self.problem(place, f"must be an object of columns, not {_kind(row)}")
            return {}
        if row.keys() != columns.keys():
            place = f"{table} row {number}"
            for key in row:
                if key not in columns:
                    known = ", ".join(columns)
                    self.problem(place, f"unknown column {_show(key)} (known: {known})")
            missing = [column for column in columns if column not in row]
            if missing:
                self.problem(place, f"missing column(s): {', '.join(missing)}")
        values: dict[str, object] = {}
        for column, rule in columns.items():
            if column not in row:
                continue
            value = row[column]
            if _plain(value, rule):  # the common case, checked quickly
                values[column] = value
            else:
                place = f"{table} row {number} > {column}"
                values[column] = self.value(value, place, rule)
        return values

    def value(self, value: object, place: str, rule: ColumnRule) -> object:
        if value is None:
            if not rule.nullable:
                self.problem(place, "must not be null")
            return None
        kind = rule.type
        if kind == "BLOB":
            return self.blob(value, place)
        if isinstance(value, str) and kind not in ("INTEGER", "REAL"):
            return self.text(value, place)
        if type(value) is int and kind != "TEXT":
            if not _INT64[0] <= value <= _INT64[1]:
                self.problem(place, "the number is too large")
            return value
        if type(value) is float and kind not in ("INTEGER", "TEXT"):
            if not math.isfinite(value):
                self.problem(place, "the number is too large")
            return value
        expected = {
            "INTEGER": "a whole number",
            "REAL": "a number",
            "TEXT": "a text",
        }.get(kind, "a number or a text")
        nullable = " or null" if rule.nullable else ""
        self.problem(place, f"must be {expected}{nullable}, not {_kind(value)}")
        return None

    def text(self, value: str, place: str) -> str:
        if len(value) > MAX_TEXT:
            self.problem(place, f"{len(value):,} characters; at most {MAX_TEXT:,}")
        elif "\x00" in value:
            self.problem(place, "contains a NUL character")
        elif _SURROGATE.search(value):
            self.problem(place, "contains a lone surrogate, which is not text")
        return value

    def blob(self, value: object, place: str) -> bytes | None:
        if not isinstance(value, dict) or set(value) != set(_BLOB_KEYS):
            self.problem(
                place,
                'file contents must be {"base64": …, "size": …, "sha256": …}, '
                f"not {_kind(value)}",
            )
            return None
        encoded, size, digest = (value[k] for k in _BLOB_KEYS)
        if type(size) is not int or not 0 <= size <= MAX_BLOB_BYTES:
            self.problem(place, f"'size' must be 0 to {MAX_BLOB_BYTES:,} bytes")
            return None
        if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
            self.problem(place, "'sha256' must be 64 lowercase hexadecimal digits")
            return None
        if not isinstance(encoded, str) or len(encoded) > (MAX_BLOB_BYTES + 2) // 3 * 4:
            self.problem(place, "'base64' must be a base64 text")
            return None
        try:
            content = base64.b64decode(encoded.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            self.problem(place, "'base64' is not valid base64")
            return None
        if len(content) != size:
            self.problem(
                place, f"holds {len(content):,} bytes, but 'size' says {size:,}"
            )
        elif hashlib.sha256(content).hexdigest() != digest:
            self.problem(place, "the content does not match its SHA-256: it is damaged")
        return content


def _plain(value: object, rule: ColumnRule) -> bool:
    """True for a value that needs no closer look: it is fine as it is."""
    if value is None:
        return rule.nullable
    if type(value) is int:
        return rule.type in ("INTEGER", "REAL") and _INT64[0] <= value <= _INT64[1]
    if type(value) is str:
        return (
            rule.type == "TEXT"
            and value.isascii()  # no surrogate can hide in it
            and "\x00" not in value
            and len(value) <= MAX_TEXT
        )
    if type(value) is float:
        return rule.type == "REAL" and math.isfinite(value)
    return False


def _clean(text: str) -> bool:
    return "\x00" not in text and not _SURROGATE.search(text)


def _show(value: object) -> str:
    """A name from the document, quoted and cut short, safe to print anywhere."""
    shown = repr(value)  # escapes control characters and lone surrogates
    return shown if len(shown) <= 60 else shown[:57] + "…"


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    return "an object"
