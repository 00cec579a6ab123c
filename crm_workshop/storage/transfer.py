"""Every table of a workshop as rows of plain values, and a new workshop from such rows.

Table-driven: the tables, their columns and their order come from what the migrations
create for a schema version (run on an empty in-memory database, as ``schema`` does
for the expected catalogue), so a table a new migration adds is dumped and loaded
without a change here. ``_sqlite_migrations`` is the file's own bookkeeping and is
left out: a loaded workshop gets its own records.

* ``dump_workshop``: every row of every table, parents before children (foreign-key
  order), rows in ``rowid`` order, values as SQLite returns them (``int``, ``float``,
  ``str``, ``bytes``, ``None``).
* ``load_workshop``: a new workshop at the dump's schema version, its rows inserted in
  one transaction, then the normal migrations up to the current version. The file is
  built under a temporary name beside the target, opened and checked the way the app
  opens any workshop (plus the caller's ``verify``), and moved into place only then:
  a refused row, a dangling reference or a failed check leaves no file behind, and an
  existing file is never overwritten.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from crm_workshop.storage.database import (
    WorkshopDatabase,
    _fsync,
    _move_into_place,
    open_workshop_file,
    remove_stale_temporaries,
    sqlite_utils_database,
)
from crm_workshop.storage.errors import (
    WorkshopExists,
    WorkshopFileError,
    WorkshopNotFound,
    WriteFailed,
)
from crm_workshop.storage.schema import (
    APPLICATION_ID,
    MIGRATIONS_TABLE_SQL,
    SCHEMA_VERSION,
    STEPS,
    apply_migrations,
)

# The file's own bookkeeping, not workshop content.
NOT_TRANSFERRED = frozenset({"_sqlite_migrations"})
# Refused rows listed before giving up (the load is refused anyway).
MAX_REFUSALS = 20


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    type: str  # the declared type, upper case: INTEGER, REAL, TEXT or BLOB
    not_null: bool
    primary_key: bool


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[ColumnSpec, ...]
    parents: tuple[str, ...]  # the other tables its foreign keys refer to

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


@dataclass(frozen=True)
class TableRows:
    """One table's rows; each row holds a value per column of ``columns``, in order."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class WorkshopDump:
    schema_version: int
    tables: tuple[TableRows, ...]  # foreign-key order

    def table(self, name: str) -> TableRows:
        return next(t for t in self.tables if t.name == name)


@dataclass(frozen=True)
class RefusedRow:
    table: str
    row: int  # 1-based position in the table's rows
    detail: str  # SQLite's reason, e.g. "UNIQUE constraint failed: stakeholders.name"


class RowsRefused(Exception):
    """Rows the new workshop's constraints refused; no file was written."""

    def __init__(self, target: Path, refused: Sequence[RefusedRow]) -> None:
        super().__init__(f"{target}: {len(refused)} row(s) refused")
        self.target = target
        self.refused = list(refused)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


# -- the tables of a schema version --------------------------------------------------
@cache
def table_specs(version: int = SCHEMA_VERSION) -> tuple[TableSpec, ...]:
    """The workshop's tables at schema ``version``, parents before children.

    Built by running the migrations' statements on an empty in-memory database; ties
    keep the order the migrations create the tables in.
    """
    if not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(f"no schema version {version}")
    conn = sqlite3.connect(":memory:")
    try:
        for statement in MIGRATIONS_TABLE_SQL:
            conn.execute(statement)
        for _, statements in STEPS[:version]:
            for statement in statements:
                conn.execute(statement)
        names = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
            )
            if row[0] not in NOT_TRANSFERRED
        ]
        specs = [_spec(conn, name) for name in names]
    finally:
        conn.close()
    return _parents_first(specs)


def _spec(conn: sqlite3.Connection, table: str) -> TableSpec:
    columns = tuple(
        ColumnSpec(str(name), str(kind).upper(), bool(not_null), bool(pk))
        for _, name, kind, not_null, _, pk, hidden in conn.execute(
            f"PRAGMA table_xinfo({_quoted(table)})"
        )
        if not hidden
    )
    parents = tuple(
        dict.fromkeys(
            str(row[2])
            for row in conn.execute(f"PRAGMA foreign_key_list({_quoted(table)})")
            if row[2] != table  # a table referring to itself (goals) needs no order
        )
    )
    return TableSpec(table, columns, parents)


def _parents_first(specs: list[TableSpec]) -> tuple[TableSpec, ...]:
    ordered: list[TableSpec] = []
    placed: set[str] = set()
    waiting = list(specs)
    while waiting:
        ready = next(
            (s for s in waiting if all(p in placed for p in s.parents)), waiting[0]
        )  # a cycle (none today) falls back to creation order
        waiting.remove(ready)
        ordered.append(ready)
        placed.add(ready.name)
    return tuple(ordered)


# -- dump ------------------------------------------------------------------------------
def dump_workshop(workshop: WorkshopDatabase) -> WorkshopDump:
    """Every row of every table of the open workshop, read in one transaction."""
    conn = workshop.conn
    version = workshop.schema_version
    began = not conn.in_transaction
    if began:
        conn.execute("BEGIN")  # one consistent view, even of a file opened read-only
    try:
        tables = tuple(
            TableRows(
                spec.name,
                spec.column_names,
                tuple(
                    tuple(row)
                    for row in conn.execute(
                        f"SELECT {', '.join(_quoted(c) for c in spec.column_names)} "
                        f"FROM {_quoted(spec.name)} ORDER BY rowid"
                    ).fetchall()
                ),
            )
            for spec in table_specs(version)
        )
    finally:
        if began:
            conn.execute("COMMIT")
    return WorkshopDump(version, tables)


# -- load ------------------------------------------------------------------------------
def load_workshop(
    target: Path | str,
    dump: WorkshopDump,
    verify: Callable[[WorkshopDatabase], None] | None = None,
) -> None:
    """Write ``dump`` as a new workshop at ``target``, all or nothing.

    ``target`` must not exist. The dump's tables must be those of its schema version
    (columns named as there; a table it leaves out stays empty). ``RowsRefused`` when
    the file's constraints refuse rows (a duplicate, a level out of range, a reference
    to a missing row); whatever ``verify`` raises on the finished file passes through.
    Either way nothing is left at ``target``.
    """
    target = Path(target)
    specs = {spec.name: spec for spec in table_specs(dump.schema_version)}
    for table in dump.tables:  # the caller validated the document against the specs
        spec = specs.get(table.name)
        if spec is None or not set(table.columns) <= set(spec.column_names):
            raise ValueError(f"{table.name}: not as in version {dump.schema_version}")
    if target.exists():
        raise WorkshopExists(target, "a file with this name already exists")
    if not target.parent.is_dir():
        raise WorkshopNotFound(target.parent, "the folder does not exist")
    remove_stale_temporaries(target.parent, "creating", lambda n: n == target.name)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.creating")
    try:
        _build(temporary, target, dump)
        # every check the app makes; read-only: no lock file for a file nobody sees
        workshop = open_workshop_file(temporary, read_only=True)
        try:
            if verify is not None:
                verify(workshop)
        finally:
            workshop.close()
        _fsync(temporary)
        _move_into_place(temporary, target)
    except FileExistsError:
        raise WorkshopExists(target, "a file with this name already exists") from None
    except WorkshopFileError as exc:
        if exc.path in (temporary, target):
            raise _about(target, exc) from None
        raise
    except OSError as exc:
        raise WriteFailed(target, exc.strerror or str(exc)) from None
    except sqlite3.Error as exc:
        raise WriteFailed(target, str(exc)) from None
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _about(target: Path, exc: WorkshopFileError) -> WorkshopFileError:
    """The same error, naming the target instead of the temporary file."""
    moved = type(exc).__new__(type(exc))
    moved.__dict__.update(exc.__dict__)
    moved.path = target
    moved.args = (f"{target}: {exc.detail}" if exc.detail else str(target),)
    return moved


def _build(temporary: Path, target: Path, dump: WorkshopDump) -> None:
    conn = sqlite3.connect(temporary, isolation_level="")
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.commit()
        apply_migrations(sqlite_utils_database(conn), up_to=dump.schema_version)
        conn.isolation_level = None  # transactions by hand from here on
        _insert(conn, target, dump)
        if dump.schema_version < SCHEMA_VERSION:
            conn.isolation_level = ""
            apply_migrations(sqlite_utils_database(conn))
    finally:
        conn.close()


def _insert(conn: sqlite3.Connection, target: Path, dump: WorkshopDump) -> None:
    """All rows in one transaction; references are checked once every row is in."""
    conn.execute("PRAGMA foreign_keys = OFF")  # a goal may come before its parent
    conn.execute("BEGIN IMMEDIATE")
    try:
        refused: list[RefusedRow] = []
        for table in dump.tables:
            _insert_table(conn, table, refused)
            if len(refused) >= MAX_REFUSALS:
                break
        if not refused:
            refused = _dangling(conn, dump)
        if refused:
            raise RowsRefused(target, refused[:MAX_REFUSALS])
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


_REFUSALS = (
    sqlite3.IntegrityError,  # a constraint: NOT NULL, CHECK, UNIQUE
    sqlite3.InterfaceError,  # a value SQLite cannot take
    sqlite3.ProgrammingError,  # too few or too many values
    OverflowError,  # an integer beyond 64 bits
)


def _insert_table(
    conn: sqlite3.Connection, table: TableRows, refused: list[RefusedRow]
) -> None:
    """Insert ``table``'s rows at once; if some are refused, find them one by one."""
    columns = ", ".join(_quoted(c) for c in table.columns)
    marks = ", ".join("?" for _ in table.columns)
    insert = f"INSERT INTO {_quoted(table.name)} ({columns}) VALUES ({marks})"
    conn.execute("SAVEPOINT table_rows")
    try:
        conn.executemany(insert, table.rows)
    except _REFUSALS:
        conn.execute("ROLLBACK TO table_rows")
        for number, row in enumerate(table.rows, start=1):
            try:
                conn.execute(insert, row)
            except _REFUSALS as exc:
                refused.append(RefusedRow(table.name, number, str(exc)))
                if len(refused) >= MAX_REFUSALS:
                    break
    finally:
        conn.execute("RELEASE table_rows")


def _dangling(conn: sqlite3.Connection, dump: WorkshopDump) -> list[RefusedRow]:
    specs = {spec.name: spec for spec in table_specs(dump.schema_version)}
    tables = {table.name: table for table in dump.tables}
    refused = []
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        name = str(table)
        number = _position(specs[name], tables.get(name), int(rowid))
        refused.append(
            RefusedRow(name, number, f"refers to a {parent} row that is missing")
        )
        if len(refused) >= MAX_REFUSALS:
            break
    return refused


def _position(spec: TableSpec, table: TableRows | None, rowid: int) -> int:
    """The 1-based position of the row with ``rowid`` in the dump (0: not known)."""
    if table is None:
        return 0
    keys = [c.name for c in spec.columns if c.primary_key]
    key = keys[0] if len(keys) == 1 else None
    if key is not None and spec.columns[spec.column_names.index(key)].type == "INTEGER":
        at = table.columns.index(key) if key in table.columns else None
        if at is None:
            return 0
        return next((n for n, r in enumerate(table.rows, 1) if r[at] == rowid), 0)
    # a table without an integer key numbers its new rows 1, 2, 3… as inserted
    return rowid if 1 <= rowid <= len(table.rows) else 0
