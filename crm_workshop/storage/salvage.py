"""Salvaging what SQLite can still read from a damaged workshop into a new, healthy one.

The damaged file is never opened in place: its bytes (and a ``-journal`` beside it, if
any) are copied into a private scratch folder and everything happens on that copy, so
the original stays exactly as it was. On the copy:

* a damaged header is rewritten with the standard values (the SQLite signature, the
  page size that lets the catalogue be read, the fixed payload fractions);
* each table the current schema knows is read in rowid order; where a read fails (a
  damaged page), the reader skips ahead to the next rowid it can read, so one bad page
  costs the rows on it and no more;
* text that is no longer valid UTF-8 is kept with replacement characters.

The rows are inserted into a new workshop built by the normal migrations. Rows the new
file's constraints refuse (a damaged value) are counted as lost. References to a lost
stakeholder or round are kept by putting a placeholder in its place; other references
to lost rows are cleared where the column allows it, else the row is dropped. The new
file is built under a temporary name and moved into place only when complete and
checked: the target never holds half a recovery.

Nothing from the damaged file runs: only plain ``SELECT`` statements on tables the
app's schema has, with ``trusted_schema`` off; its triggers, views and extra tables
are never used.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.storage.database import (
    HEADER_SIZE,
    SQLITE_MAGIC,
    backup_to,
    create_workshop_file,
    full_check,
    sqlite_utils_database,
)
from crm_workshop.storage.errors import (
    NewerWorkshop,
    NotAWorkshop,
    WorkshopExists,
    WorkshopFileError,
    WorkshopNotFound,
    WorkshopUnreadable,
    WriteFailed,
)
from crm_workshop.storage.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    apply_migrations,
)

# Tables the new workshop keeps for itself instead of copying.
_NOT_COPIED = frozenset({"_sqlite_migrations"})
# Tables that identify a workshop: a file without any of them has nothing to salvage.
_WORKSHOP_TABLES = frozenset(
    {"engagement", "model_snapshot", "ratings", "stakeholders"}
)
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
_MIN_ROWID = -(2**63)
_MAX_ROWID = 2**63 - 1


class NothingToRecover(WorkshopFileError):
    """Not even the list of tables could be read: there is nothing to salvage."""


@dataclass
class TableOutcome:
    """What became of one table: rows recovered, rows known lost, unreadable parts."""

    name: str
    recovered: int = 0
    lost: int = 0
    # Some stretch of the table could not be read and its size is unknown: ``lost``
    # then counts only the rows known to be lost.
    unreadable_parts: bool = False
    placeholders: int = 0


@dataclass
class SalvageReport:
    source: Path
    target: Path
    tables: list[TableOutcome] = field(default_factory=list)
    model_from_file: bool = True
    model_name: str = ""
    notes: list[str] = field(default_factory=list)
    # False when the file's list of tables was damaged: a table missing from it may
    # have held rows; when it read cleanly, a missing table was simply never created
    # (a file of an older schema version).
    catalogue_complete: bool = True

    @property
    def recovered(self) -> int:
        return sum(t.recovered for t in self.tables)

    @property
    def lost(self) -> int:
        return sum(t.lost for t in self.tables)

    @property
    def complete(self) -> bool:
        """True when nothing was lost anywhere and the model came from the file."""
        return (
            self.model_from_file
            and not self.lost
            and not any(t.unreadable_parts for t in self.tables)
        )


def salvage_workshop(
    source: Path | str,
    target: Path | str,
    fallback_model: Callable[[], MaturityModel],
) -> SalvageReport:
    """Copy what can be read from ``source`` into a new workshop at ``target``.

    ``source`` is only read. ``target`` must not exist (nothing is overwritten).
    ``fallback_model`` supplies the model when the file's own snapshot is unreadable.
    """
    source, target = Path(source), Path(target)
    _check_paths(source, target)
    report = SalvageReport(source, target)
    with tempfile.TemporaryDirectory(prefix="crmw-recover-") as scratch:
        folder = Path(scratch)
        copy = folder / "damaged.crmw"
        _copy_source(source, copy)
        with _open_damaged(source, copy, report) as damaged:
            tables = _readable_tables(source, damaged)
            building = folder / "recovered.crmw"
            workshop = create_workshop_file(building)
            try:
                _fill(damaged, workshop.conn, tables, report, fallback_model)
                problems = full_check(workshop)
                if problems:  # pragma: no cover - a bug in this module if it happens
                    raise WriteFailed(target, "the recovered file failed its check")
                backup_to(workshop, target)
            finally:
                workshop.close()
    return report


# -- the source -------------------------------------------------------------------
def _check_paths(source: Path, target: Path) -> None:
    if source.is_dir():
        raise WorkshopNotFound(source, "is a folder")
    if not source.exists():
        raise WorkshopNotFound(source)
    if target.exists():
        raise WorkshopExists(target, "a file with this name already exists")
    if not target.parent.is_dir():
        raise WorkshopNotFound(target.parent, "the folder does not exist")


def _copy_source(source: Path, copy: Path) -> None:
    try:
        shutil.copyfile(source, copy)
        journal = source.with_name(source.name + "-journal")
        if journal.is_file():  # an interrupted write: its rollback happens on the copy
            shutil.copyfile(journal, copy.with_name(copy.name + "-journal"))
    except PermissionError:
        raise WorkshopUnreadable(source, "no permission to read the file") from None
    except OSError as exc:
        raise WorkshopFileError(source, exc.strerror or str(exc)) from None


def _repair_header(copy: Path, page_size: int | None) -> bytes:
    """Write standard values into the copy's header; returns the original header."""
    with copy.open("r+b") as handle:
        original = handle.read(HEADER_SIZE)
        header = bytearray(original.ljust(HEADER_SIZE, b"\x00"))
        header[0:16] = SQLITE_MAGIC
        if page_size is not None:
            header[16:18] = struct.pack(">H", 1 if page_size == 65536 else page_size)
        header[18:20] = b"\x01\x01"  # rollback journal
        header[21:24] = b"\x40\x20\x20"  # payload fractions: fixed by the format
        header[28:32] = b"\x00\x00\x00\x00"  # page count: taken from the file size
        handle.seek(0)
        handle.write(header)
    return original


def _header_page_size(header: bytes) -> int | None:
    if len(header) < HEADER_SIZE:
        return None
    size = struct.unpack(">H", header[16:18])[0]
    size = 65536 if size == 1 else size
    return size if size >= 512 and not size & (size - 1) else None


# What reading a damaged copy may raise: SQLite's errors, and a UnicodeDecodeError
# when SQLite's message quotes damaged text (Python decodes messages as UTF-8).
_UNREADABLE = (sqlite3.DatabaseError, UnicodeDecodeError)


def _connect_copy(copy: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(copy, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.text_factory = _lenient_text
    return conn


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


def _catalogue(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return [str(row[0]) for row in rows]


@contextlib.contextmanager
def _open_damaged(
    source: Path, copy: Path, report: SalvageReport
) -> Iterator[sqlite3.Connection]:
    """The copy, opened so that its catalogue reads; the header repaired if needed."""
    conn = _open_copy(source, copy, report)
    try:
        yield conn
    finally:
        conn.close()


def _open_copy(source: Path, copy: Path, report: SalvageReport) -> sqlite3.Connection:
    with copy.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        raise NotAWorkshop(source, "too short to be a workshop; nothing to recover")
    if header.startswith(SQLITE_MAGIC):
        application_id = struct.unpack(">I", header[68:72])[0]
        user_version = struct.unpack(">I", header[60:64])[0]
        if application_id == APPLICATION_ID and user_version > SCHEMA_VERSION:
            raise NewerWorkshop(source, user_version, SCHEMA_VERSION)
    first = _header_page_size(header)
    candidates = [first] if first else []
    candidates += [size for size in _PAGE_SIZES if size != first]
    for attempt, page_size in enumerate([None, *candidates]):
        if attempt:
            _repair_header(copy, page_size)
        conn = _connect_copy(copy)
        for schema_mode in ("OFF", "ON"):
            try:
                # writable_schema lets SQLite read a catalogue with a damaged entry
                conn.execute(f"PRAGMA writable_schema = {schema_mode}")
                names = _catalogue(conn)
            except _UNREADABLE:
                continue
            if names:
                conn.execute("PRAGMA query_only = ON")
                if attempt:
                    report.notes.append("the file header was damaged and was rebuilt")
                if schema_mode == "ON":
                    report.catalogue_complete = False
                    report.notes.append(
                        "the list of tables was damaged; damaged entries skipped"
                    )
                return conn
        conn.close()
        _drop_journal(copy)
    if header.startswith(SQLITE_MAGIC):
        version = struct.unpack(">I", header[60:64])[0]
        if not 1 <= version <= SCHEMA_VERSION:
            version = SCHEMA_VERSION
        conn = _with_standard_catalogue(copy, version, first or 4096)
        if conn is not None:
            report.catalogue_complete = False
            report.notes.append(
                "the list of tables could not be read and was rebuilt from the "
                f"standard layout of a version {version} workshop; tables the file "
                "got in a later upgrade may be missing"
            )
            return conn
    if not header.startswith(SQLITE_MAGIC):
        raise NotAWorkshop(source, "not an SQLite database; nothing could be recovered")
    raise NothingToRecover(
        source, "the list of tables cannot be read; nothing could be recovered"
    )


def _with_standard_catalogue(
    copy: Path, version: int, page_size: int
) -> sqlite3.Connection | None:
    """Put the catalogue pages of a freshly made workshop into the copy.

    A workshop created by this app has its tables at the same pages as any other of
    the same schema version and page size, so the catalogue of a new one describes the
    damaged file too (for tables created with the file; later upgrades put theirs
    elsewhere). Returns the opened copy when its catalogue then reads, else None.
    """
    layout = copy.with_name("layout.crmw")
    try:
        conn = sqlite3.connect(layout, isolation_level="")
        try:
            conn.execute(f"PRAGMA page_size = {int(page_size)}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.commit()
            apply_migrations(sqlite_utils_database(conn), up_to=version)
            pages = [
                int(row[0])
                for row in conn.execute(
                    "SELECT pageno FROM dbstat WHERE name IN "
                    "('sqlite_schema', 'sqlite_master')"
                )
            ]
        finally:
            conn.close()
        content = layout.read_bytes()
        with copy.open("r+b") as handle:
            for page in pages:
                data = bytearray(content[(page - 1) * page_size : page * page_size])
                if page == 1:
                    data[28:40] = bytes(12)  # page count from the file, no freelist
                handle.seek((page - 1) * page_size)
                handle.write(data)
    except (OSError, sqlite3.Error):
        return None
    _drop_journal(copy)
    conn = _connect_copy(copy)
    try:
        if _catalogue(conn):
            conn.execute("PRAGMA query_only = ON")
            return conn
    except _UNREADABLE:
        pass
    conn.close()
    return None


def _drop_journal(copy: Path) -> None:
    """A journal that stops the copy from opening is left out on the next try."""
    with contextlib.suppress(OSError):
        copy.with_name(copy.name + "-journal").unlink()


def _readable_tables(source: Path, conn: sqlite3.Connection) -> set[str]:
    names = set(_catalogue(conn))
    if not names & _WORKSHOP_TABLES:
        raise NotAWorkshop(
            source,
            "no CRM Workshop tables in this database; nothing could be recovered",
        )
    return names


# -- reading rows, skipping what cannot be read ---------------------------------------
def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, bool]]:
    """(name, nullable) of each stored column of ``table``."""
    rows = conn.execute(f"PRAGMA table_xinfo({_quoted(table)})").fetchall()
    return [(str(r[1]), not r[3] and not r[5]) for r in rows if r[6] == 0]


def _read_rows(
    conn: sqlite3.Connection, table: str, columns: Sequence[str]
) -> tuple[list[tuple[object, ...]], bool]:
    """Every readable row of ``table`` (``columns`` only); True if some were unreadable."""
    select = (
        f"SELECT rowid, {', '.join(_quoted(c) for c in columns)} "
        f"FROM {_quoted(table)} WHERE rowid >= ? ORDER BY rowid"
    )
    rows: list[tuple[object, ...]] = []
    skipped = False
    start: int | None = _MIN_ROWID
    while start is not None:
        try:
            for row in conn.execute(select, (start,)):
                if row[0] < start:  # a damaged tree leading back: stop, seek again
                    raise _OutOfOrder
                rows.append(tuple(row[1:]))
                start = int(row[0]) + 1 if row[0] < _MAX_ROWID else None
                if start is None:
                    break
            break
        except (*_UNREADABLE, _OutOfOrder):
            skipped = True
            start = _next_readable(conn, select, start)
    return rows, skipped


class _OutOfOrder(Exception):
    """Rows came back in a falling rowid order: the table's tree is damaged."""


def _readable_from(conn: sqlite3.Connection, select: str, start: int) -> bool:
    try:
        conn.execute(select + " LIMIT 1", (start,)).fetchall()
    except _UNREADABLE:
        return False
    return True


def _next_readable(conn: sqlite3.Connection, select: str, failed: int) -> int | None:
    """The smallest start above ``failed`` from which a row (or the end) reads cleanly.

    Steps out in powers of two, then halves back to the edge of the damaged stretch.
    """
    step = 1
    while failed + step <= _MAX_ROWID:
        if _readable_from(conn, select, failed + step):
            low, high = failed, failed + step  # reading fails at low, works at high
            while high - low > 1:
                middle = (low + high) // 2
                if _readable_from(conn, select, middle):
                    high = middle
                else:
                    low = middle
            return high
        step *= 2
    return None


def _count(conn: sqlite3.Connection, table: str) -> int | None:
    """The row count SQLite reports (often from an intact index), or None."""
    try:
        return int(conn.execute(f"SELECT count(*) FROM {_quoted(table)}").fetchone()[0])
    except _UNREADABLE:
        return None


# -- writing the new workshop ------------------------------------------------------------
def _fill(
    damaged: sqlite3.Connection,
    new: sqlite3.Connection,
    readable: set[str],
    report: SalvageReport,
    fallback_model: Callable[[], MaturityModel],
) -> None:
    new.execute("PRAGMA foreign_keys = OFF")
    new.execute("BEGIN IMMEDIATE")
    try:
        target_tables = [
            str(row[0])
            for row in new.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"
            )
            if row[0] not in _NOT_COPIED
        ]
        outcomes: dict[str, TableOutcome] = {}
        for table in target_tables:
            outcome = TableOutcome(table)
            outcomes[table] = outcome
            report.tables.append(outcome)
            if table not in readable:
                outcome.unreadable_parts = not report.catalogue_complete
                continue
            _copy_table(damaged, new, table, outcome)
        extra = sorted(
            name
            for name in readable - set(target_tables) - _NOT_COPIED
            if not name.startswith("sqlite_")
        )
        if extra:
            report.notes.append(
                "not copied (not part of a CRM Workshop file): " + ", ".join(extra)
            )
        _ensure_engagement(new, report)
        _ensure_model(new, report, fallback_model)
        _repair_references(new, outcomes, report)
        new.execute("COMMIT")
    except BaseException:
        new.execute("ROLLBACK")
        raise
    finally:
        new.execute("PRAGMA foreign_keys = ON")


def _copy_table(
    damaged: sqlite3.Connection,
    new: sqlite3.Connection,
    table: str,
    outcome: TableOutcome,
) -> None:
    try:
        wanted = [name for name, _ in _columns(new, table)]
        present = {name for name, _ in _columns(damaged, table)}
    except _UNREADABLE:
        outcome.unreadable_parts = True
        return
    columns = [c for c in wanted if c in present]
    if not columns:
        outcome.unreadable_parts = True
        return
    expected = _count(damaged, table)
    rows, skipped = _read_rows(damaged, table, columns)
    insert = (
        f"INSERT INTO {_quoted(table)} ({', '.join(_quoted(c) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    for row in rows:
        try:
            new.execute(insert, row)
        except (sqlite3.IntegrityError, sqlite3.InterfaceError, OverflowError):
            outcome.lost += 1  # a damaged value the schema refuses
        else:
            outcome.recovered += 1
    if expected is not None and expected > len(rows):
        outcome.lost += expected - len(rows)
    elif skipped:
        outcome.unreadable_parts = True


def _ensure_engagement(new: sqlite3.Connection, report: SalvageReport) -> None:
    if new.execute("SELECT 1 FROM engagement WHERE id = 1").fetchone():
        return
    stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
    new.execute(
        "INSERT INTO engagement (id, client_name, created_at, updated_at) "
        "VALUES (1, ?, ?, ?)",
        (f"Recovered from {report.source.name}", stamp, stamp),
    )
    report.notes.append(
        "the engagement details (client, consultant, dates) were lost; "
        "defaults were written, edit them in Set-up"
    )


def _ensure_model(
    new: sqlite3.Connection,
    report: SalvageReport,
    fallback_model: Callable[[], MaturityModel],
) -> None:
    row = new.execute("SELECT definition FROM model_snapshot WHERE id = 1").fetchone()
    if row is not None:
        try:
            model = MaturityModel.from_dict(json.loads(row[0]))
        except Exception:  # damaged JSON can fail in any way
            model = None
        if model is not None:
            report.model_name = f"{model.id} {model.version}"
            return
    new.execute("DELETE FROM model_snapshot")
    model = fallback_model()
    new.execute(
        "INSERT INTO model_snapshot (id, model_id, model_version, definition, source, "
        "taken_at) VALUES (1, ?, ?, ?, ?, ?)",
        (
            model.id,
            model.version,
            json.dumps(model.to_dict(), ensure_ascii=False),
            "recovered: default model",
            datetime.now(UTC).isoformat(timespec="milliseconds"),
        ),
    )
    report.model_from_file = False
    report.model_name = f"{model.id} {model.version}"


def _placeholder(new: sqlite3.Connection, table: str, key: object) -> bool:
    """Put a stand-in row under id ``key`` of a lost stakeholder or round."""
    stamp = datetime.now(UTC).isoformat(timespec="milliseconds")
    try:
        if table == "stakeholders":
            new.execute(
                "INSERT INTO stakeholders (id, name, active, created_at) "
                "VALUES (?, ?, 0, ?)",
                (key, f"Recovered stakeholder {key}", stamp),
            )
        elif table == "rounds":
            kind = (
                "reassessment"
                if new.execute("SELECT 1 FROM rounds").fetchone()
                else "baseline"
            )
            new.execute(
                "INSERT INTO rounds (id, name, kind, held_on, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (key, f"Recovered round {key}", kind, stamp[:10], stamp),
            )
        else:
            return False
    except sqlite3.Error:
        return False
    return True


def _repair_references(
    new: sqlite3.Connection,
    outcomes: dict[str, TableOutcome],
    report: SalvageReport,
) -> None:
    """Make every reference point at a row: placeholders, cleared values, dropped rows."""
    for _ in range(100):  # each pass removes at least one problem
        violations = new.execute("PRAGMA foreign_key_check").fetchall()
        if not violations:
            return
        for table, rowid, parent, fk_id in violations:
            links = [
                row
                for row in new.execute(f"PRAGMA foreign_key_list({_quoted(table)})")
                if row[0] == fk_id
            ]
            columns = [str(row[3]) for row in links]
            nullable = dict(_columns(new, table))
            values = new.execute(
                f"SELECT {', '.join(_quoted(c) for c in columns)} "
                f"FROM {_quoted(table)} WHERE rowid = ?",
                (rowid,),
            ).fetchone()
            if values is None:
                continue
            if len(columns) == 1 and _placeholder(new, parent, values[0]):
                if parent in outcomes:
                    outcomes[parent].placeholders += 1
                continue
            if all(nullable.get(c) for c in columns):
                assignments = ", ".join(f"{_quoted(c)} = NULL" for c in columns)
                new.execute(
                    f"UPDATE {_quoted(table)} SET {assignments} WHERE rowid = ?",
                    (rowid,),
                )
                continue
            new.execute(f"DELETE FROM {_quoted(table)} WHERE rowid = ?", (rowid,))
            outcome = outcomes.get(table)
            if outcome is not None:
                outcome.recovered -= 1
                outcome.lost += 1
    raise WriteFailed(report.target, "references between tables could not be repaired")
