"""Opening, creating, checking and backing up workshop files.

Journal mode, chosen deliberately: rollback journal (``DELETE``) with ``synchronous=FULL``
and ``locking_mode=EXCLUSIVE``.

* A workshop is a document consultants copy, mail and archive. In rollback mode the
  database is one file on disk between edits; WAL would leave a ``-wal`` file that must
  travel with it, and WAL does not work on network folders.
* ``synchronous=FULL`` in rollback mode survives power loss, not only a crash: every
  acknowledged answer is on disk. Measured cost: well under 2 ms per committed rating.
* ``locking_mode=EXCLUSIVE`` keeps the file locked from the moment we open it: a second
  process (another window, a second copy of the app) is refused at once instead of
  interleaving its writes with ours.

Files from other people run nothing they carry: before any statement that could fire a
trigger, the catalogue is compared with what our migrations create for the file's
schema version; triggers, views, unknown tables or columns and changed definitions are
refused. ``trusted_schema`` is off, so no SQL function with side effects can run from
the schema.

Damage that ``quick_check`` cannot see (text that is not UTF-8, an index out of step
with its table) shows only when the row is read: such reads raise ``CorruptWorkshop``.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import struct
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from crm_workshop.storage.errors import (
    CorruptWorkshop,
    DiskFull,
    ForeignDatabase,
    InvalidText,
    NewerWorkshop,
    NotAWorkshop,
    UntrustedContent,
    WorkshopExists,
    WorkshopFileError,
    WorkshopLocked,
    WorkshopNotFound,
    WorkshopReadOnly,
    WorkshopUnreadable,
    WriteFailed,
    os_write_error,
)
from crm_workshop.storage.lockfile import LockStatus, acquire, inspect, release
from crm_workshop.storage.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    apply_migrations,
    describe_definitions,
    describe_schema,
    expected_definitions,
    expected_schema,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
EXTENSION = ".crmw"
_SQLITE_DBCONFIG_DEFENSIVE = 1010
# Primary result codes that mean the file's content is damaged.
_DAMAGE_CODES = frozenset(
    {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_FORMAT}
)
# ``.<target name>.<process id>.creating`` / ``.copying``, and their rollback journal.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>[0-9]+)\.(?P<kind>creating|copying)")


def sqlite_utils_database(conn: sqlite3.Connection) -> Database:
    """Wrap ``conn`` in a sqlite-utils Database, importing sqlite-utils on first use.

    sqlite-utils imports numpy and pandas when installed, only to accept their values in
    inserts; this app never passes such values and numpy alone costs about 150 ms, so
    they are hidden from that first import (charts import numpy normally later).
    """
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import name` fail
    try:
        from sqlite_utils import Database
    finally:
        for name in hidden:
            del sys.modules[name]
    return Database(conn, recursive_triggers=False, execute_plugins=False)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) from the file header, touching nothing.

    Raises the typed error for: missing file, folder, a file this user may not read,
    not SQLite, truncated file.
    """
    try:
        if path.is_dir():
            raise WorkshopNotFound(path, "is a folder")
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise WorkshopNotFound(path) from None
    except PermissionError:
        raise WorkshopUnreadable(path, "no permission to read the file") from None
    except OSError as exc:
        raise WorkshopFileError(path, exc.strerror or str(exc)) from None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        detail = "empty file" if size == 0 else "not an SQLite database"
        raise NotAWorkshop(path, detail)
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    (change_counter,) = struct.unpack(">I", header[24:28])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # Every commit sets "version-valid-for" to the change counter; when they differ
    # SQLite distrusts the header, and its first write would repair it in the file.
    if page_size < 512 or page_size & (page_size - 1) or change_counter != valid_for:
        raise CorruptWorkshop(path, "the header is damaged")
    if page_count and size < page_count * page_size:
        raise CorruptWorkshop(
            path, f"truncated: {size} of {page_count * page_size} bytes"
        )
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return application_id, user_version


class _CheckedCursor(sqlite3.Cursor):
    """A cursor whose reads report a damaged file as ``CorruptWorkshop``.

    Inside ``WorkshopDatabase.write`` SQLite's errors pass unchanged, so write failures
    keep their own types (``WriteFailed`` and the like).
    """

    connection: _CheckedConnection

    def _release(self) -> None:
        """Let go of the failed statement: the traceback keeps this cursor alive, and
        while any cursor holds a statement, closing the connection is deferred and the
        file stays locked (a refused write on a full disk, then "open the copy")."""
        with contextlib.suppress(sqlite3.Error):
            self.close()

    def execute(self, *args: object) -> _CheckedCursor:  # type: ignore[override]
        try:
            return super().execute(*args)  # type: ignore[arg-type,return-value]
        except UnicodeEncodeError:
            raise InvalidText("text that cannot be stored as UTF-8") from None
        except _READ_ERRORS as exc:
            self._release()
            raise self.connection.damaged(exc) from None

    def executemany(self, *args: object) -> _CheckedCursor:  # type: ignore[override]
        try:
            return super().executemany(*args)  # type: ignore[arg-type,return-value]
        except UnicodeEncodeError:
            raise InvalidText("text that cannot be stored as UTF-8") from None
        except _READ_ERRORS as exc:
            self._release()
            raise self.connection.damaged(exc) from None

    def fetchone(self) -> object:
        try:
            return super().fetchone()
        except _READ_ERRORS as exc:
            raise self.connection.damaged(exc) from None

    def fetchmany(self, *args: object) -> list[object]:  # type: ignore[override]
        try:
            return super().fetchmany(*args)  # type: ignore[arg-type]
        except _READ_ERRORS as exc:
            raise self.connection.damaged(exc) from None

    def fetchall(self) -> list[object]:
        try:
            return super().fetchall()
        except _READ_ERRORS as exc:
            raise self.connection.damaged(exc) from None

    def __next__(self) -> object:
        try:
            return super().__next__()
        except _READ_ERRORS as exc:
            raise self.connection.damaged(exc) from None


# An SQLite message quoting damaged text fails to decode: a UnicodeDecodeError
# stands in for the DatabaseError.
_READ_ERRORS = (sqlite3.DatabaseError, UnicodeDecodeError)


class _CheckedConnection(sqlite3.Connection):
    """A workshop's connection: damage met while reading is a typed error."""

    path: Path
    writing: int

    def cursor(self, factory: object = None) -> sqlite3.Cursor:  # type: ignore[override]
        return super().cursor(factory or _CheckedCursor)  # type: ignore[arg-type]

    # sqlite3.Connection.execute runs its statement without calling Cursor.execute
    def execute(self, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor().execute(*args)  # type: ignore[arg-type]

    def executemany(self, *args: object) -> sqlite3.Cursor:  # type: ignore[override]
        return self.cursor().executemany(*args)  # type: ignore[arg-type]

    def damaged(self, exc: sqlite3.DatabaseError | UnicodeDecodeError) -> Exception:
        """The error to raise for ``exc``: ``CorruptWorkshop`` for damage met reading."""
        if isinstance(exc, UnicodeDecodeError):
            return CorruptWorkshop(self.path, "damaged text (not UTF-8)")
        code = getattr(exc, "sqlite_errorcode", None)
        if self.writing or code is None or code & 0xFF not in _DAMAGE_CODES:
            return exc
        return CorruptWorkshop(self.path, f"damaged content ({exc})")


def _text_factory(path: Path) -> Callable[[bytes], str]:
    def decode(data: bytes) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise CorruptWorkshop(path, "damaged text (not UTF-8)") from None

    return decode


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(
        uri,
        uri=True,
        timeout=0.1,
        check_same_thread=False,
        factory=_CheckedConnection,
    )
    conn.path = path
    conn.writing = 0
    conn.text_factory = _text_factory(path)
    try:
        if sys.version_info >= (3, 12):  # pragma: no cover - depends on the interpreter
            conn.setconfig(_SQLITE_DBCONFIG_DEFENSIVE, True)  # type: ignore[attr-defined]
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _configure_for_writing(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")


def _classify(path: Path, exc: sqlite3.Error) -> WorkshopFileError:
    """Map an SQLite error met while opening to the typed error a user can act on."""
    message = str(exc)
    if "locked" in message or "busy" in message:
        return WorkshopLocked(path, "another program has this workshop open")
    if "readonly" in message or "read-only" in message:
        return WorkshopReadOnly(path, message)
    if "not a database" in message:
        return NotAWorkshop(path, message)
    return CorruptWorkshop(path, message)


def _write_failure(path: Path, exc: sqlite3.Error) -> WorkshopFileError | None:
    """The typed error for an SQLite error met writing ``path``; None if not the disk's.

    SQLITE_FULL is a full disk; SQLITE_IOERR covers a failing or removed disk and a
    file-size limit (EFBIG), and counts as a full disk when the disk has no space
    left; SQLITE_READONLY is a file, folder or disk that refuses writing;
    SQLITE_CANTOPEN during a write is the journal beside the file not being created.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    message = str(exc)
    if primary == sqlite3.SQLITE_FULL or (primary is None and "full" in message):
        return DiskFull(path, "the disk is full")
    if primary == sqlite3.SQLITE_READONLY or (
        primary is None and "readonly" in message
    ):
        return WorkshopReadOnly(path, "the file or its disk cannot be written")
    if primary == sqlite3.SQLITE_IOERR or (primary is None and "disk I/O" in message):
        if _no_space_left(path):
            return DiskFull(path, "the disk is full")
        return WriteFailed(path, "disk I/O error")
    if primary == sqlite3.SQLITE_CANTOPEN or (
        primary is None and "unable to open" in message
    ):
        return WriteFailed(path, "the journal file beside it could not be created")
    return None


def _no_space_left(path: Path) -> bool:
    """Whether the disk holding ``path`` has (almost) no space left for this user."""
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def _file_write_failure(path: Path, exc: OSError | sqlite3.Error) -> WriteFailed:
    """A typed ``WriteFailed`` (``DiskFull``, ``NotWritable``…) for a file we write."""
    if isinstance(exc, OSError):
        typed = os_write_error(path, exc)
        return typed or WriteFailed(path, exc.strerror or str(exc))
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_CANTOPEN:
        return WriteFailed(path, "the file cannot be created there")
    failure = _write_failure(path, exc)
    if isinstance(failure, WriteFailed):
        return failure
    return WriteFailed(path, str(exc))


class WorkshopDatabase:
    """An open workshop file: its connection (reads) and sqlite-utils (writes)."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, read_only: bool
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.read_only_reason = "opened read-only"
        self._depth = 0  # nesting of write(): only the outermost ends a transaction
        self.conn = conn
        self._db: Database | None = None
        # the owner lock file beside the workshop (lockfile.py); set by open
        self.lock: LockStatus | None = None
        conn.execute("PRAGMA foreign_keys = ON")

    @property
    def db(self) -> Database:
        """sqlite-utils over the same connection, made on the first write."""
        if self._db is None:
            self._db = sqlite_utils_database(self.conn)
        return self._db

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One atomic, durable write. Refused on a read-only workshop; disk errors are typed.

        A write the disk refuses (``DiskFull``, ``WriteFailed``) is rolled back whole
        (the journal puts back every page) and the connection stays usable: the same
        write succeeds once there is space again. When SQLite reports the file as
        read-only, or the transaction could not be ended, the workshop switches to
        read-only (``read_only_reason`` says why): later writes are refused at once.
        """
        if self.read_only:
            raise WorkshopReadOnly(self.path, self.read_only_reason)
        checked = isinstance(self.conn, _CheckedConnection)
        if checked:
            self.conn.writing += 1  # type: ignore[attr-defined]
        self._depth += 1
        try:
            try:
                with self.db.atomic():
                    yield self.db
            except sqlite3.OperationalError as exc:
                typed = _write_failure(self.path, exc)
                if typed is None:
                    raise
                raise typed from None
        except WorkshopFileError as failure:
            if self._depth == 1:  # the outermost write ends the transaction
                self._settle(failure)
            raise
        finally:
            self._depth -= 1
            if checked:
                self.conn.writing -= 1  # type: ignore[attr-defined]

    def _settle(self, failure: WorkshopFileError) -> None:
        """After a refused write: no transaction may stay open, or the next write would
        nest inside it and never be committed."""
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.rollback()
        if self.conn.in_transaction:
            self.read_only = True
            self.read_only_reason = "the disk stopped answering; open it again later"
        elif isinstance(failure, WorkshopReadOnly):
            self.read_only = True
            self.read_only_reason = failure.detail

    def close(self) -> None:
        # the lock file goes first, while SQLite's lock still keeps this computer's
        # other processes out: none of them ever sees it left by a live process
        if self.lock is not None:
            release(self.lock)  # only while it still carries our token
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> WorkshopDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])


def create_workshop_file(path: Path) -> WorkshopDatabase:
    """Create a new, empty workshop at ``path``; an existing file is never overwritten.

    The file is built under a temporary name beside the target and moved into place
    only when complete, so a crash never leaves a half-made workshop under its name.
    """
    path = Path(path)
    if path.exists():
        raise WorkshopExists(path, "a file with this name already exists")
    if not path.parent.is_dir():
        raise WorkshopNotFound(path.parent, "the folder does not exist")
    remove_stale_temporaries(path.parent, "creating", lambda name: name == path.name)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.creating")
    try:
        conn = sqlite3.connect(temporary, isolation_level="")
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.commit()
            apply_migrations(sqlite_utils_database(conn))
        finally:
            conn.close()
        _fsync(temporary)
        _move_into_place(temporary, path)
    except FileExistsError:
        raise WorkshopExists(path, "a file with this name already exists") from None
    except (OSError, sqlite3.Error) as exc:
        raise _file_write_failure(path, exc) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    # a lock file left beside it belongs to an earlier file of that name
    return open_workshop_file(path, take_over=True)


def discard_new_workshop(workshop: WorkshopDatabase) -> None:
    """Close and remove a workshop ``create_workshop_file`` has just made, when filling
    it in failed (a full disk): no half-made workshop stays under its name."""
    workshop.close()
    try:
        workshop.path.unlink()
    except OSError:
        return  # its journal may still be needed to roll it back
    with contextlib.suppress(OSError):
        Path(f"{workshop.path}-journal").unlink()


def open_workshop_file(
    path: Path, *, read_only: bool = False, take_over: bool = False
) -> WorkshopDatabase:
    """Open an existing workshop, checking it fully before anything is written.

    Order: header (type and version, read as bytes), lock, integrity, catalogue
    against the expected schema, owner lock file, then migrations (after a backup
    beside the file). A file that cannot be written (read-only file or folder) opens
    read-only. Another computer's lock file refuses writing (``OpenedElsewhere``)
    unless ``take_over``; a read-only open only reports it (``WorkshopDatabase.lock``).
    """
    path = Path(path)
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID:
        raise ForeignDatabase(path, "an SQLite database of another application")
    if user_version > SCHEMA_VERSION:
        raise NewerWorkshop(path, user_version, SCHEMA_VERSION)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    read_only = read_only or not writable
    try:
        conn = _connect(path, read_only=read_only)
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    try:
        if not read_only:
            _configure_for_writing(conn)
            conn.execute("BEGIN EXCLUSIVE")  # take the lock now; held until close
            conn.execute("COMMIT")
            # taking the lock rolled back a hot journal (a process killed while an
            # upgrade committed): the header read above may name the version that
            # upgrade was writing, not the one the file holds now
            user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if user_version > SCHEMA_VERSION:
                raise NewerWorkshop(path, user_version, SCHEMA_VERSION)
        _verify(path, conn, user_version)
        lock = inspect(path) if read_only else acquire(path, take_over=take_over)
    except WorkshopFileError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(path, exc) from None
    workshop = WorkshopDatabase(path, conn, read_only=read_only)
    workshop.lock = lock
    if user_version < SCHEMA_VERSION:
        if read_only:
            workshop.close()
            raise WorkshopReadOnly(
                path, "the file needs an upgrade but cannot be written"
            )
        try:
            _upgrade(workshop, user_version)
        except BaseException:
            workshop.close()  # and its lock file
            raise
    if not read_only:
        remove_stale_temporaries(
            path.parent, "creating", lambda name: name == path.name
        )
        remove_stale_temporaries(
            path.parent, "copying", _is_backup_of(path, "before-upgrade-v[0-9]+")
        )
    return workshop


def _verify(path: Path, conn: sqlite3.Connection, version: int) -> None:
    result = conn.execute("PRAGMA quick_check").fetchall()
    if result != [("ok",)]:
        raise CorruptWorkshop(path, "; ".join(str(r[0]) for r in result[:5]))
    found = describe_schema(conn)
    expected = expected_schema(version)
    # sqlite_stat* tables are SQLite's own planner statistics (written by ANALYZE).
    surprises = [
        f"{kind} {name}"
        for (kind, name) in found
        if (kind, name) not in expected
        and not (kind == "table" and name.startswith("sqlite_stat"))
    ]
    surprises += [
        f"table {name} has columns {', '.join(cols)}"
        for (kind, name), cols in found.items()
        if (kind, name) in expected and cols != expected[(kind, name)]
    ]
    # same names and columns, yet another definition (a CHECK, a DEFAULT, a collation)
    definitions = describe_definitions(conn)
    expected_sql = expected_definitions(version)
    surprises += [
        f"{kind} {name} has a changed definition"
        for (kind, name), sql in definitions.items()
        if (kind, name) in expected
        and found[(kind, name)] == expected[(kind, name)]
        and sql != expected_sql[(kind, name)]
    ]
    missing = [
        f"{kind} {name}" for (kind, name) in expected if (kind, name) not in found
    ]
    if surprises:
        raise UntrustedContent(path, surprises)
    if missing:
        raise CorruptWorkshop(path, "missing " + ", ".join(missing))


def _upgrade(workshop: WorkshopDatabase, from_version: int) -> None:
    """Back the file up beside itself, then apply the pending migrations.

    Either failing closes the workshop and raises the typed error (``DiskFull`` for a
    full disk) naming the workshop; the file keeps its version or the last migration
    that was committed, and opens again once the disk has space.
    """
    try:
        backup_path = backup_beside(workshop, f"before-upgrade-v{from_version}")
    except WriteFailed as exc:
        workshop.close()
        raise type(exc)(
            workshop.path,
            f"the backup before the upgrade could not be written ({exc.detail}); "
            "the file was not changed",
        ) from None
    except BaseException:
        workshop.close()
        raise
    try:
        apply_migrations(workshop.db)
    except sqlite3.Error as exc:
        workshop.close()
        failure = _file_write_failure(workshop.path, exc)
        raise type(failure)(
            workshop.path,
            f"upgrade failed ({failure.detail}); the original is kept in "
            f"{backup_path.name}",
        ) from None


def backup_beside(workshop: WorkshopDatabase, label: str) -> Path:
    """Copy the workshop to ``<name>.<label>.crmw`` beside it (a new name, never replacing)."""
    stem = workshop.path.name.removesuffix(EXTENSION)
    remove_stale_temporaries(
        workshop.path.parent, "copying", _is_backup_of(workshop.path, re.escape(label))
    )
    target = workshop.path.with_name(f"{stem}.{label}{EXTENSION}")
    counter = 1
    while target.exists():
        counter += 1
        target = workshop.path.with_name(f"{stem}.{label}-{counter}{EXTENSION}")
    backup_to(workshop, target)
    return target


def backup_to(workshop: WorkshopDatabase, target: Path) -> None:
    """A consistent copy of the open workshop at ``target`` (built aside, fsynced, moved).

    ``target`` must not exist: a copy never overwrites a file.
    """
    if target.exists():
        raise WorkshopExists(target, "a file with this name already exists")
    remove_stale_temporaries(target.parent, "copying", lambda name: name == target.name)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.copying")
    try:
        destination = sqlite3.connect(temporary)
        try:
            workshop.conn.backup(destination)
            destination.execute("PRAGMA journal_mode = DELETE")
        finally:
            destination.close()
        _fsync(temporary)
        _move_into_place(temporary, target)
    except FileExistsError:
        raise WorkshopExists(target, "a file with this name already exists") from None
    except (OSError, sqlite3.Error) as exc:
        raise _file_write_failure(target, exc) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def remove_stale_temporaries(
    folder: Path, kind: str, belongs: Callable[[str], object]
) -> list[str]:
    """Remove the temporaries of killed processes from ``folder``; their names.

    A temporary is ``.<name>.<process id>.<kind>`` (with its ``-journal``), ``kind``
    being ``creating`` or ``copying``; it is removed when ``belongs(name)`` and no
    process with that id is running. A live process's temporary is never touched.
    """
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    removed = []
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name.removesuffix("-journal"))
        if (
            match
            and match["kind"] == kind
            and belongs(match["name"])
            and not process_running(int(match["pid"]))
        ):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry.name)
    return removed


def process_running(pid: int) -> bool:
    """Whether a process ``pid`` may be running (when in doubt, it is)."""
    if os.name != "posix" or pid <= 0 or pid == os.getpid():
        return True  # on Windows os.kill would end the process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):  # PermissionError: another user's process
        return True
    return True


def _is_backup_of(path: Path, label: str) -> Callable[[str], object]:
    """Matches the names ``backup_beside`` gives ``path``'s backups (``label``: a regex)."""
    stem = re.escape(path.name.removesuffix(EXTENSION))
    extension = re.escape(EXTENSION)
    return re.compile(rf"{stem}\.{label}(-[0-9]+)?{extension}").fullmatch


def full_check(workshop: WorkshopDatabase) -> list[str]:
    """SQLite's own full checks: ``integrity_check`` and ``foreign_key_check``."""
    problems = [
        str(row[0])
        for row in workshop.conn.execute("PRAGMA integrity_check").fetchall()
        if row[0] != "ok"
    ]
    for table, rowid, parent, _ in workshop.conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"{table} row {rowid} refers to a missing {parent} row")
    return problems


# Every column that holds a level: (table, column, whether it may be empty). The
# schema's CHECK lets NULL through and is not enforced by a tool that turned it off;
# SQLite's own checks skip CHECK constraints on a connection opened read-only.
LEVEL_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("ratings", "current_level", True),  # set exactly when the answer is a level
    ("ratings", "target_level", True),
    ("consensus", "current_level", True),
    ("consensus", "target_level", True),
    ("initiatives", "urgency", True),
    ("initiatives", "feasibility", True),
    ("initiative_questions", "from_level", False),
    ("initiative_questions", "to_level", False),
    ("risks", "likelihood", True),
    ("risks", "impact", True),
    ("level_overrides", "level", False),
)
_A_LEVEL = "(typeof({col}) = 'integer' AND {col} BETWEEN 1 AND 5)"


def level_problems(workshop: WorkshopDatabase) -> list[str]:
    """Every stored level the app cannot read, one line each naming the table, the
    row id and the value: not a whole number from 1 to 5, empty where a level is
    needed, a rating's level that does not match its answer, or an initiative's
    move that is no rise. Only reads."""
    conn = workshop.conn
    tables = {
        str(row[0])
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    problems: list[str] = []
    for table, column, may_be_empty in LEVEL_COLUMNS:
        if table not in tables:  # a file of an older version: not there yet
            continue
        valid = _A_LEVEL.format(col=column)
        empty = "FALSE" if may_be_empty else f"{column} IS NULL"
        rows = conn.execute(
            f"SELECT rowid, quote({column}) FROM {table} "
            f"WHERE ({column} IS NOT NULL AND NOT {valid}) OR {empty} ORDER BY rowid"
        )
        for rowid, value in rows:
            problems.append(
                f"{table} row {rowid}: {column} is {value}, not a level from 1 to 5"
            )
    if "ratings" in tables:
        rows = conn.execute(
            "SELECT rowid, answer, quote(current_level) FROM ratings "
            "WHERE (answer = 'level') = (current_level IS NULL) ORDER BY rowid"
        )
        for rowid, answer, value in rows:
            problems.append(
                f"ratings row {rowid}: current_level is {value} with the answer "
                f"{answer!r} (a level is stored exactly when the answer is 'level')"
            )
    if "initiative_questions" in tables:
        rows = conn.execute(
            "SELECT rowid, from_level, to_level FROM initiative_questions "
            f"WHERE {_A_LEVEL.format(col='from_level')} "
            f"AND {_A_LEVEL.format(col='to_level')} AND to_level <= from_level "
            "ORDER BY rowid"
        )
        for rowid, from_level, to_level in rows:
            problems.append(
                f"initiative_questions row {rowid}: to_level {to_level} is not above "
                f"from_level {from_level}"
            )
    return problems


def _move_into_place(temporary: Path, target: Path) -> None:
    """Give a finished file its name without ever replacing an existing file.

    A hard link fails if the target exists; file systems without hard links (FAT and
    exFAT USB sticks) fall back to a rename after checking the name is still free.
    """
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(target) from None
        temporary.rename(target)
    _fsync_dir(target.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        _fsync(folder)
