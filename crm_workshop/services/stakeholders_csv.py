"""Stakeholders from CSV: an all-or-nothing import that lists every bad row.

The format: UTF-8 with or without a byte-order mark (what "CSV UTF-8" in spreadsheet
programs writes), comma or semicolon separated (the header row decides), one header
row. Columns: ``name`` (required), ``role``, ``department``, ``email`` (optional, in any
order; the Polish headers ``imię i nazwisko``, ``stanowisko``/``rola``, ``dział`` and
``e-mail`` are accepted too). A department may be written as one of the model's
department ids or names (in any of its languages); anything else is kept as typed.

Rules:

* All or nothing: when any row is bad, nothing is written and ``StakeholderCsvError``
  lists every problem with its line number (line 1 is the header).
* A name may appear only once in the file (compared ignoring case); a repeated name is
  refused with the line of its first appearance.
* A name the workshop already has (ignoring case) is UPDATED, not duplicated: its role,
  department and e-mail take the file's values where the file's cell is not empty
  (an empty cell keeps what is stored); the stored spelling of the name and the
  active flag are kept. Re-importing a corrected list therefore fixes it in place.
* Names, roles and departments are at most 200 characters, e-mail addresses 254 and
  must look like ``someone@example.com``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.services.workshop import WorkshopSession

MAX_FILE_BYTES = 5_000_000
MAX_TEXT = 200
MAX_EMAIL = 254
COLUMNS = ("name", "role", "department", "email")
HEADER_ALIASES = {
    "name": "name",
    "imię i nazwisko": "name",
    "imie i nazwisko": "name",
    "nazwisko": "name",
    "role": "role",
    "rola": "role",
    "stanowisko": "role",
    "department": "department",
    "dział": "department",
    "dzial": "department",
    "email": "email",
    "e-mail": "email",
    "mail": "email",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Problem:
    """One reason the file was refused. ``kind`` and ``values`` let the GUI word it;
    ``message`` is the English wording for the command line and logs."""

    line: int  # 0: the file as a whole
    kind: str
    values: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return ENGLISH[self.kind].format(**self.values)


ENGLISH = {
    "missing_file": "no such file",
    "not_a_file": "this is a folder, not a CSV file",
    "unreadable": "the file cannot be read ({reason})",
    "too_large": "the file is {size:,} bytes; at most {limit:,}",
    "not_utf8": "not UTF-8 text; save the file as 'CSV UTF-8'",
    "empty": "the file is empty",
    "missing_column": "missing column: {column}",
    "unknown_column": "unknown column {column!r}; known: {known}",
    "repeated_column": "column {column} appears twice",
    "invalid_csv": "not valid CSV: {reason}",
    "extra_fields": "this row has more fields than the header",
    "nul": "contains a NUL character",
    "name_empty": "the name is empty",
    "too_long": "{column} is {length} characters; at most {limit}",
    "bad_email": "{value!r} is not an e-mail address",
    "duplicate": "{name} appears again (first on line {first})",
    "no_rows": "the file has no stakeholders to import",
}


class StakeholderCsvError(Exception):
    """The CSV was refused; nothing was written. ``problems`` lists every reason."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: {len(problems)} problem(s)")


@dataclass(frozen=True)
class StakeholderRow:
    line: int
    name: str
    role: str
    department: str
    email: str


@dataclass
class StakeholderImport:
    """What an import did, by name."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _read_text(path: Path) -> str:
    def refuse(kind: str, line: int = 0, **values: object) -> StakeholderCsvError:
        return StakeholderCsvError(path, [Problem(line, kind, values)])

    try:
        size = path.stat().st_size
        if path.is_dir():
            raise refuse("not_a_file")
        if size > MAX_FILE_BYTES:
            raise refuse("too_large", size=size, limit=MAX_FILE_BYTES)
        raw = path.read_bytes()
    except FileNotFoundError:
        raise refuse("missing_file") from None
    except OSError as exc:
        raise refuse("unreadable", reason=exc.strerror or str(exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse("not_utf8", raw[: exc.start].count(b"\n") + 1) from None


def _header(reader: csv.DictReader[str], problems: list[Problem]) -> list[str]:
    header: list[str] = []
    for raw in reader.fieldnames or []:
        name = (raw or "").strip()
        column = HEADER_ALIASES.get(name.lower(), name)
        if column not in COLUMNS:
            problems.append(
                Problem(
                    1, "unknown_column", {"column": name, "known": ", ".join(COLUMNS)}
                )
            )
        elif column in header:
            problems.append(Problem(1, "repeated_column", {"column": column}))
        header.append(column)
    if "name" not in header:
        problems.append(Problem(1, "missing_column", {"column": "name"}))
    return header


def _department_id(value: str, model: MaturityModel) -> str:
    """A model department written by id or name becomes its id; else kept as typed."""
    folded = value.casefold()
    for department in model.departments:
        names = {department.id, *department.name.values.values()}
        if folded in {n.casefold() for n in names}:
            return department.id
    return value


def _parse_row(
    line: int, record: dict[str, str], model: MaturityModel, problems: list[Problem]
) -> StakeholderRow | None:
    before = len(problems)
    values = {c: (record.get(c) or "").strip() for c in COLUMNS}
    if any("\x00" in v for v in values.values()):
        problems.append(Problem(line, "nul"))
        return None
    if not values["name"]:
        problems.append(Problem(line, "name_empty"))
    for column in ("name", "role", "department"):
        if len(values[column]) > MAX_TEXT:
            problems.append(
                Problem(
                    line,
                    "too_long",
                    {
                        "column": column,
                        "length": len(values[column]),
                        "limit": MAX_TEXT,
                    },
                )
            )
    email = values["email"]
    if len(email) > MAX_EMAIL:
        problems.append(
            Problem(
                line,
                "too_long",
                {"column": "email", "length": len(email), "limit": MAX_EMAIL},
            )
        )
    elif email and not _EMAIL.match(email):
        problems.append(Problem(line, "bad_email", {"value": email}))
    if len(problems) > before:
        return None
    department = values["department"]
    return StakeholderRow(
        line,
        values["name"],
        values["role"],
        _department_id(department, model) if department else "",
        email,
    )


def parse_stakeholders_csv(
    path: Path | str, model: MaturityModel
) -> list[StakeholderRow]:
    """Read and check the whole file; raise ``StakeholderCsvError`` with every problem."""
    path = Path(path)
    text = _read_text(path)
    first_line = text.split("\n", 1)[0]
    if not text.strip():
        raise StakeholderCsvError(path, [Problem(1, "empty")])
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[Problem] = []
    try:
        reader.fieldnames = _header(reader, problems)
    except csv.Error as exc:
        problems.append(Problem(1, "invalid_csv", {"reason": str(exc)}))
    if problems:
        raise StakeholderCsvError(path, problems)
    rows: list[StakeholderRow] = []
    first_seen: dict[str, int] = {}
    try:
        for record in reader:
            line = reader.line_num
            if None in record:
                problems.append(Problem(line, "extra_fields"))
                continue
            if not any((v or "").strip() for v in record.values()):
                continue  # a blank line
            row = _parse_row(line, record, model, problems)
            if row is None:
                continue
            key = row.name.casefold()
            if key in first_seen:
                problems.append(
                    Problem(
                        line, "duplicate", {"name": row.name, "first": first_seen[key]}
                    )
                )
                continue
            first_seen[key] = line
            rows.append(row)
    except csv.Error as exc:
        problems.append(Problem(reader.line_num, "invalid_csv", {"reason": str(exc)}))
    if problems:
        raise StakeholderCsvError(path, problems)
    if not rows:
        raise StakeholderCsvError(path, [Problem(1, "no_rows")])
    return rows


def _updated(person: Stakeholder, row: StakeholderRow) -> Stakeholder:
    return replace(
        person,
        role=row.role or person.role,
        department=row.department or person.department,
        email=row.email or person.email,
    )


def import_stakeholders(
    session: WorkshopSession, path: Path | str
) -> StakeholderImport:
    """Add the file's stakeholders and update the ones already known, or do nothing.

    See the module docstring for the rules. Storage errors (read-only file, full disk)
    propagate as ``WorkshopFileError`` after the transaction was rolled back.
    """
    rows = parse_stakeholders_csv(path, session.model)
    known = {s.name.casefold(): s for s in session.stakeholders()}
    result = StakeholderImport()
    with session.transaction():
        for row in rows:
            person = known.get(row.name.casefold())
            if person is None:
                session.add_stakeholder(row.name, row.role, row.department, row.email)
                result.added.append(row.name)
                continue
            changed = _updated(person, row)
            if changed == person:
                result.unchanged.append(person.name)
            else:
                session.update_stakeholder(changed)
                result.updated.append(person.name)
    return result
