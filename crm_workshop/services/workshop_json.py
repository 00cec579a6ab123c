"""Use cases: a whole workshop to one JSON document, and a JSON document to a new workshop.

Export reads every table of the open workshop (``storage.transfer``), has
``exchange.workshop_json`` encode them and writes the document under a temporary name
beside the target, moving it into place when complete.

Import reads and checks the whole document against the tables of its schema version
before anything is written, then has storage build the new workshop aside: a document
from an older schema version is loaded into a file of that version and upgraded by
the normal migrations. The new file is opened as the app opens any workshop and every
part of it is read once (model, engagement, answers, roadmap), so a document the app
could not work with is refused; only then does the file get its name. A refused import
leaves no file, and an existing file is never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from crm_workshop import __version__
from crm_workshop.exchange.workshop_json import (
    ColumnRule,
    Document,
    NewerDocument,
    Problem,
    Schema,
    WorkshopJsonError,
    encode_document,
    read_document,
)
from crm_workshop.services.files import write_atomically
from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.storage.database import WorkshopDatabase  # passed to verify
from crm_workshop.storage.errors import (
    CorruptWorkshop,
    WorkshopExists,
    WorkshopNotFound,
    WriteFailed,
)
from crm_workshop.storage.schema import SCHEMA_VERSION
from crm_workshop.storage.transfer import (
    RowsRefused,
    TableRows,
    WorkshopDump,
    dump_workshop,
    load_workshop,
    table_specs,
)

__all__ = [
    "CURRENT_SCHEMA",
    "JsonExport",
    "JsonImport",
    "NewerDocument",
    "Problem",
    "WorkshopJsonError",
    "export_workshop_json",
    "import_workshop_json",
    "read_for_json",
    "schema_rules",
    "write_json_export",
    "write_new_file",
]

Clock = Callable[[], datetime]
CURRENT_SCHEMA = SCHEMA_VERSION  # the schema version of the workshops this app writes
# Tables with exactly one row in every workshop (since schema version 1).
_SINGLE_ROW = ("engagement", "model_snapshot")


@dataclass(frozen=True)
class JsonExport:
    path: Path
    schema_version: int
    rows: dict[str, int]  # table -> rows written
    size: int  # bytes


@dataclass(frozen=True)
class JsonImport:
    source: Path
    target: Path
    schema_version: int  # the document's; the new workshop is at the current one
    rows: dict[str, int]  # table -> rows loaded
    # What ``check`` says about the new workshop (as it would about the original)
    problems: list[str] = field(default_factory=list)


@cache
def schema_rules(version: int) -> Schema | None:
    """The tables and columns of a workshop file of schema ``version`` (None: no such)."""
    if not 1 <= version <= SCHEMA_VERSION:
        return None
    return {
        spec.name: {
            # SQLite lets a TEXT primary key be null; only an integer key takes null
            # (the database assigns it), and the app never writes a null key.
            c.name: ColumnRule(
                c.type, not c.not_null and not (c.primary_key and c.type != "INTEGER")
            )
            for c in spec.columns
        }
        for spec in table_specs(version)
    }


# -- export ----------------------------------------------------------------------------
def export_workshop_json(
    session: WorkshopSession,
    target: Path | str,
    *,
    replace: bool = False,
    clock: Clock = lambda: datetime.now(UTC),
) -> JsonExport:
    """Write the whole workshop to ``target`` as JSON.

    ``WorkshopExists`` if ``target`` exists and not ``replace``; the workshop is only
    read.
    """
    return write_json_export(
        read_for_json(session), target, replace=replace, clock=clock
    )


def read_for_json(session: WorkshopSession) -> WorkshopDump:
    """Every row of the workshop, read in one transaction (on the thread that owns
    the session's connection); ``write_json_export`` needs nothing more."""
    return dump_workshop(session._db)


def write_json_export(
    dump: WorkshopDump,
    target: Path | str,
    *,
    replace: bool = False,
    clock: Clock = lambda: datetime.now(UTC),
) -> JsonExport:
    """Encode ``dump`` and write it to ``target`` (no database: safe on a worker
    thread). ``WorkshopExists`` if ``target`` exists and not ``replace``."""
    target = Path(target)
    document = Document(
        schema_version=dump.schema_version,
        tables={
            table.name: [
                dict(zip(table.columns, row, strict=True)) for row in table.rows
            ]
            for table in dump.tables
        },
        app_version=__version__,
        exported_at=clock().astimezone(UTC).isoformat(timespec="milliseconds"),
    )
    data = encode_document(document)
    write_new_file(target, data, replace=replace)
    return JsonExport(
        target,
        dump.schema_version,
        {table.name: len(table.rows) for table in dump.tables},
        len(data),
    )


def write_new_file(target: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` under a temporary name beside ``target``, then move it into place.

    An existing ``target`` is replaced only when asked (``WorkshopExists`` otherwise);
    a failed write (a full disk) leaves ``target`` as it was and no part file. The
    disk's refusals are ``WriteFailed``: ``DiskFull`` for a full disk, ``NotWritable``
    for a place that refuses writing.
    """
    if target.exists() and not replace:
        raise WorkshopExists(target, "a file with this name already exists")
    if not target.parent.is_dir():
        raise WorkshopNotFound(target.parent, "the folder does not exist")
    try:
        write_atomically(target, data, replace=replace)
    except FileExistsError:
        raise WorkshopExists(target, "a file with this name already exists") from None
    except OSError as exc:  # not the disk's refusals: those come typed
        raise WriteFailed(target, exc.strerror or str(exc)) from None


# -- import ----------------------------------------------------------------------------
def import_workshop_json(source: Path | str, target: Path | str) -> JsonImport:
    """Build a new workshop at ``target`` from the JSON document ``source``.

    ``WorkshopJsonError`` (``NewerDocument`` for a newer app's document) lists what is
    wrong; ``WorkshopExists`` if ``target`` exists. Nothing is written unless the whole
    document is loaded.
    """
    source, target = Path(source), Path(target)
    if target.exists():
        raise WorkshopExists(target, "a file with this name already exists")
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise WorkshopJsonError(str(source), [Problem("", "no such file")]) from None
    except IsADirectoryError:
        message = "this is a folder, not a JSON document"
        raise WorkshopJsonError(str(source), [Problem("", message)]) from None
    except OSError as exc:
        raise WorkshopJsonError(
            str(source), [Problem("", f"cannot be read: {exc.strerror or exc}")]
        ) from None
    document = read_document(data, str(source), schema_rules, SCHEMA_VERSION)
    single = [t for t in _SINGLE_ROW if len(document.tables[t]) != 1]
    if single:
        raise WorkshopJsonError(
            str(source),
            [Problem(t, "a workshop has exactly one row here") for t in single],
        )
    dump = WorkshopDump(
        document.schema_version,
        tuple(
            TableRows(
                name,
                tuple(columns),
                tuple(
                    tuple(row[column] for column in columns)
                    for row in document.tables[name]
                ),
            )
            for name, columns in (schema_rules(document.schema_version) or {}).items()
        ),
    )
    problems: list[str] = []
    try:
        load_workshop(target, dump, lambda db: problems.extend(_verify(db)))
    except RowsRefused as exc:
        raise WorkshopJsonError(
            str(source),
            [
                Problem(
                    f"{r.table} row {r.row}" if r.row else r.table, _refusal(r.detail)
                )
                for r in exc.refused
            ],
        ) from None
    except _Unusable as exc:
        raise WorkshopJsonError(str(source), [exc.problem]) from None
    return JsonImport(
        source,
        target,
        document.schema_version,
        {table.name: len(table.rows) for table in dump.tables},
        problems,
    )


class _Unusable(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.format())
        self.problem = problem


def _refusal(detail: str) -> str:
    return f"refused by the workshop file's rules ({detail})"


def _verify(database: WorkshopDatabase) -> list[str]:
    """Read every part of the new workshop once, as the app will; ``check``'s findings.

    A damaged part (a model that is not a model, a stored list that is not JSON) is
    ``_Unusable``: the import is refused.
    """
    try:
        session = WorkshopSession(database)
        _ = session.engagement, session.effective_model(), session.stakeholders()
        _ = session.sessions(), session.evidence()
        for round_ in session.rounds():  # check() reads the answers and consensus
            _ = session.followups(round_.id)
        roadmap = session.roadmap
        _ = roadmap.goals(), roadmap.initiatives(), roadmap.risks()
        _ = roadmap.focus_areas(), roadmap.level_overrides(), roadmap.target_dates()
        _ = roadmap.hint_decisions()
        return session.check()
    except CorruptWorkshop as exc:
        raise _Unusable(
            Problem("", f"the workshop cannot be used: {exc.detail}")
        ) from None
    except Exception as exc:  # a value the app's readers choke on (null level, …)
        raise _Unusable(
            Problem("", f"the workshop cannot be used ({type(exc).__name__}: {exc})")
        ) from None
