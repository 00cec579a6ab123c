"""The workshop file's schema: an ordered list of migrations, each a list of SQL statements.

The migrations are plain data so that opening and reading a workshop needs nothing but
``sqlite3``: checking a file against the schema its version should have (``expected_schema``)
runs the same statements on an empty in-memory database. sqlite-utils' ``Migrations``
applies them to real files (``apply_migrations``, imported on first use, because
sqlite-utils costs about 150 ms of start-up). A test checks both paths build the same
schema.

Every migration ends by writing its number into ``PRAGMA user_version`` inside its own
transaction, so the header always tells which schema the file has (and a file from a
newer version is recognised before any of it is read). docs/file-format.md documents
every table and column; keep the two in step.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

# "CRMW" in ASCII: tells our files from any other SQLite database (header offset 68).
APPLICATION_ID = 0x43524D57
MIGRATION_SET = "crm_workshop"
# The table sqlite-utils' Migrations keeps its records in (sqlite-utils 4.x layout).
MIGRATIONS_TABLE_SQL = (
    "CREATE TABLE [_sqlite_migrations] (\n   [id] INTEGER PRIMARY KEY,\n"
    "   [migration_set] TEXT,\n   [name] TEXT,\n   [applied_at] TEXT\n)",
    "CREATE UNIQUE INDEX [idx__sqlite_migrations_migration_set_name]\n"
    "    ON [_sqlite_migrations] ([migration_set], [name])",
)

_LEVEL = "INTEGER CHECK ({col} BETWEEN 1 AND 5)"


def _level(col: str) -> str:
    return f"{col} {_LEVEL.format(col=col)}"


M001_INITIAL: tuple[str, ...] = tuple(
    [
        """CREATE TABLE engagement (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                client_name TEXT NOT NULL DEFAULT '',
                client_industry TEXT NOT NULL DEFAULT '',
                client_size TEXT NOT NULL DEFAULT '',
                consultant TEXT NOT NULL DEFAULT '',
                consultancy TEXT NOT NULL DEFAULT '',
                starts_on TEXT,
                ends_on TEXT,
                languages TEXT NOT NULL DEFAULT '["en"]',
                report_language TEXT NOT NULL DEFAULT 'en',
                logo BLOB,
                logo_mime TEXT,
                primary_color TEXT NOT NULL DEFAULT '#1F4E79',
                accent_color TEXT NOT NULL DEFAULT '#E07B39',
                vision TEXT NOT NULL DEFAULT '',
                executive_summary TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL
            )""",
        """CREATE TABLE model_snapshot (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                model_id TEXT NOT NULL,
                model_version TEXT NOT NULL,
                definition TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT '',
                taken_at TEXT NOT NULL
            )""",
        """CREATE TABLE stakeholders (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                role TEXT NOT NULL DEFAULT '',
                department TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                created_at TEXT NOT NULL
            )""",
        """CREATE TABLE sessions (
                id INTEGER PRIMARY KEY,
                held_on TEXT NOT NULL,
                title TEXT NOT NULL,
                areas TEXT NOT NULL DEFAULT '[]',
                agenda TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            )""",
        """CREATE TABLE session_attendees (
                session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                stakeholder_id INTEGER NOT NULL REFERENCES stakeholders(id),
                PRIMARY KEY (session_id, stakeholder_id)
            )""",
        """CREATE TABLE rounds (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL CHECK (kind IN ('baseline', 'reassessment')),
                held_on TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
        f"""CREATE TABLE ratings (
                round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
                stakeholder_id INTEGER NOT NULL REFERENCES stakeholders(id),
                question_id TEXT NOT NULL,
                answer TEXT NOT NULL CHECK (answer IN ('level', 'na', 'dont_know')),
                {_level("current_level")},
                {_level("target_level")},
                comment TEXT NOT NULL DEFAULT '',
                rated_at TEXT NOT NULL,
                PRIMARY KEY (round_id, stakeholder_id, question_id),
                CHECK ((answer = 'level') = (current_level IS NOT NULL))
            )""",
        "CREATE INDEX ratings_by_question ON ratings (round_id, question_id)",
        f"""CREATE TABLE consensus (
                round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
                question_id TEXT NOT NULL,
                {_level("current_level")},
                {_level("target_level")},
                note TEXT NOT NULL DEFAULT '',
                set_at TEXT NOT NULL,
                PRIMARY KEY (round_id, question_id)
            )""",
        """CREATE TABLE goals (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER REFERENCES goals(id) ON DELETE CASCADE,
                level TEXT NOT NULL CHECK (level IN ('board', 'director', 'objective')),
                title TEXT NOT NULL,
                owner_id INTEGER REFERENCES stakeholders(id) ON DELETE SET NULL,
                department TEXT NOT NULL DEFAULT '',
                kpi TEXT NOT NULL DEFAULT '',
                unit TEXT NOT NULL DEFAULT '',
                baseline REAL,
                target REAL,
                due_on TEXT,
                actions TEXT NOT NULL DEFAULT '',
                position INTEGER NOT NULL DEFAULT 0
            )""",
        f"""CREATE TABLE initiatives (
                id INTEGER PRIMARY KEY,
                title TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT '',
                owner_id INTEGER REFERENCES stakeholders(id) ON DELETE SET NULL,
                department TEXT NOT NULL DEFAULT '',
                starts_on TEXT,
                ends_on TEXT,
                budget REAL,
                expected_roi TEXT NOT NULL DEFAULT '',
                kpis TEXT NOT NULL DEFAULT '',
                {_level("urgency")},
                {_level("feasibility")},
                status TEXT NOT NULL DEFAULT 'idea'
                    CHECK (status IN ('idea', 'planned', 'in_progress', 'done', 'dropped')),
                strategic INTEGER NOT NULL DEFAULT 0 CHECK (strategic IN (0, 1)),
                created_at TEXT NOT NULL
            )""",
        f"""CREATE TABLE initiative_questions (
                initiative_id INTEGER NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
                question_id TEXT NOT NULL,
                {_level("from_level")},
                {_level("to_level")},
                PRIMARY KEY (initiative_id, question_id)
            )""",
        f"""CREATE TABLE risks (
                id INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                scope TEXT NOT NULL DEFAULT '[]',
                {_level("likelihood")},
                {_level("impact")},
                mitigation TEXT NOT NULL DEFAULT '',
                owner_id INTEGER REFERENCES stakeholders(id) ON DELETE SET NULL,
                status TEXT NOT NULL DEFAULT 'open'
                    CHECK (status IN ('open', 'mitigated', 'accepted', 'closed')),
                created_at TEXT NOT NULL
            )""",
    ]
)

# Per-workshop question wording/hiding, and evidence files kept inside the workshop.
M002_OVERRIDES_AND_EVIDENCE: tuple[str, ...] = tuple(
    [
        """CREATE TABLE question_overrides (
                question_id TEXT PRIMARY KEY,
                hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
                title TEXT NOT NULL DEFAULT '{}',
                prompt TEXT NOT NULL DEFAULT '{}'
            )""",
        """CREATE TABLE evidence (
                id INTEGER PRIMARY KEY,
                question_id TEXT,
                session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
                filename TEXT NOT NULL,
                mime_type TEXT NOT NULL DEFAULT 'application/octet-stream',
                content BLOB NOT NULL,
                note TEXT NOT NULL DEFAULT '',
                added_at TEXT NOT NULL
            )""",
    ]
)

# Who validates an open ("don't know") question, and by when.
M003_FOLLOWUPS: tuple[str, ...] = tuple(
    [
        """CREATE TABLE followups (
                round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
                question_id TEXT NOT NULL,
                owner_id INTEGER REFERENCES stakeholders(id) ON DELETE SET NULL,
                due_on TEXT,
                note TEXT NOT NULL DEFAULT '',
                done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
                PRIMARY KEY (round_id, question_id)
            )""",
    ]
)

# The roadmap: the consultant's months for levels, target dates, decisions on hints,
# focus areas. (Goals, initiatives and risks have had their tables since m001.)
_MONTH = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'"

M004_ROADMAP: tuple[str, ...] = tuple(
    [
        f"""CREATE TABLE level_overrides (
                question_id TEXT NOT NULL,
                level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
                reached_on TEXT CHECK (reached_on {_MONTH}),
                PRIMARY KEY (question_id, level)
            )""",
        f"""CREATE TABLE target_dates (
                scope_id TEXT PRIMARY KEY,
                due_on TEXT NOT NULL CHECK (due_on {_MONTH})
            )""",
        """CREATE TABLE hint_decisions (
                key TEXT PRIMARY KEY,
                decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
                decided_at TEXT NOT NULL
            )""",
        """CREATE TABLE focus_areas (
                id INTEGER PRIMARY KEY,
                scope TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                position INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            )""",
    ]
)

# Progress after the workshop: who takes part in a round, answers carried over from an
# earlier round until confirmed, the status history of initiatives and KPI actuals.
_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'"
_STATUS = "('idea', 'planned', 'in_progress', 'done', 'dropped')"

M005_PROGRESS: tuple[str, ...] = tuple(
    [
        """CREATE TABLE round_participants (
                round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
                stakeholder_id INTEGER NOT NULL
                    REFERENCES stakeholders(id) ON DELETE CASCADE,
                PRIMARY KEY (round_id, stakeholder_id)
            )""",
        """CREATE TABLE carried_ratings (
                round_id INTEGER NOT NULL,
                stakeholder_id INTEGER NOT NULL,
                question_id TEXT NOT NULL,
                from_round_id INTEGER REFERENCES rounds(id) ON DELETE SET NULL,
                PRIMARY KEY (round_id, stakeholder_id, question_id),
                FOREIGN KEY (round_id, stakeholder_id, question_id)
                    REFERENCES ratings(round_id, stakeholder_id, question_id)
                    ON DELETE CASCADE
            )""",
        """CREATE TABLE carried_consensus (
                round_id INTEGER NOT NULL,
                question_id TEXT NOT NULL,
                from_round_id INTEGER REFERENCES rounds(id) ON DELETE SET NULL,
                PRIMARY KEY (round_id, question_id),
                FOREIGN KEY (round_id, question_id)
                    REFERENCES consensus(round_id, question_id) ON DELETE CASCADE
            )""",
        f"""CREATE TABLE initiative_updates (
                id INTEGER PRIMARY KEY,
                initiative_id INTEGER NOT NULL
                    REFERENCES initiatives(id) ON DELETE CASCADE,
                updated_on TEXT NOT NULL CHECK (updated_on {_DATE}),
                status TEXT NOT NULL CHECK (status IN {_STATUS}),
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            )""",
        f"""CREATE TABLE kpi_actuals (
                id INTEGER PRIMARY KEY,
                initiative_id INTEGER NOT NULL
                    REFERENCES initiatives(id) ON DELETE CASCADE,
                kpi TEXT NOT NULL,
                value REAL NOT NULL,
                unit TEXT NOT NULL DEFAULT '',
                target REAL,
                measured_on TEXT NOT NULL CHECK (measured_on {_DATE}),
                note TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL
            )""",
    ]
)

STEPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("m001_initial", M001_INITIAL),
    ("m002_overrides_and_evidence", M002_OVERRIDES_AND_EVIDENCE),
    ("m003_followups", M003_FOLLOWUPS),
    ("m004_roadmap", M004_ROADMAP),
    ("m005_progress", M005_PROGRESS),
)
SCHEMA_VERSION = len(STEPS)
MIGRATION_NAMES: tuple[str, ...] = tuple(name for name, _ in STEPS)


def sqlite_library_version() -> str:
    """The SQLite library the app runs on (the About box, support requests)."""
    return sqlite3.sqlite_version


def _statements(version: int, statements: tuple[str, ...]) -> list[str]:
    return [*statements, f"PRAGMA user_version = {version}"]


@cache
def migration_set() -> Migrations:
    """The steps as sqlite-utils Migrations (sqlite-utils is imported here, on first use)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for version, (name, statements) in enumerate(STEPS, start=1):

        def step(
            db: Database,
            version: int = version,
            statements: tuple[str, ...] = statements,
        ) -> None:
            for statement in _statements(version, statements):
                db.execute(statement)

        step.__name__ = name
        migrations(name=name)(step)
    return migrations


def apply_migrations(db: Database, up_to: int = SCHEMA_VERSION) -> None:
    """Apply pending migrations, stopping after schema version ``up_to``."""
    stop = MIGRATION_NAMES[up_to] if up_to < SCHEMA_VERSION else None
    migration_set().apply(db, stop_before=stop)


def expected_schema(version: int) -> dict[tuple[str, str], tuple[str, ...]]:
    """The objects a file of schema ``version`` holds: (type, name) -> column names.

    Built by running the same statements on an empty in-memory database, so it can never
    drift from what the migrations create.
    """
    return _expected_catalogue(version)[0]


def expected_definitions(version: int) -> dict[tuple[str, str], str | None]:
    """(type, name) -> the normalised SQL SQLite keeps for each object of ``version``."""
    return _expected_catalogue(version)[1]


@cache
def _expected_catalogue(
    version: int,
) -> tuple[dict[tuple[str, str], tuple[str, ...]], dict[tuple[str, str], str | None]]:
    conn = sqlite3.connect(":memory:")
    try:
        for statement in MIGRATIONS_TABLE_SQL:
            conn.execute(statement)
        for step_version, (_, statements) in enumerate(STEPS[:version], start=1):
            for statement in _statements(step_version, statements):
                conn.execute(statement)
        return describe_schema(conn), describe_definitions(conn)
    finally:
        conn.close()


def describe_schema(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, ...]]:
    """(type, name) -> column names of every object in ``sqlite_master``.

    Reads only the catalogue and ``table_xinfo``: it runs nothing a file carries.
    """
    objects: dict[tuple[str, str], tuple[str, ...]] = {}
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    for kind, name in rows:
        columns: tuple[str, ...] = ()
        if kind == "table":
            quoted = name.replace('"', '""')
            info = conn.execute(f'PRAGMA table_xinfo("{quoted}")').fetchall()
            columns = tuple(row[1] for row in info)
        objects[(kind, name)] = columns
    return objects


def describe_definitions(conn: sqlite3.Connection) -> dict[tuple[str, str], str | None]:
    """(type, name) -> the SQL ``sqlite_master`` keeps for it, whitespace normalised.

    ``None`` for the objects SQLite makes itself (the indexes behind a primary key or
    ``UNIQUE``). Only the catalogue is read.
    """
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    return {
        (kind, name): None if sql is None else normalise_sql(str(sql))
        for kind, name, sql in rows
    }


# A quoted string, a quoted identifier, or whitespace (with the punctuation it
# surrounds). Normalising changes only how a statement is laid out, never what it says.
_SQL_TOKEN = re.compile(
    r"""('(?:[^']|'')*')|("(?:[^"]|"")*"|\[[^\]]*\]|`(?:[^`]|``)*`)"""
    r"|\s*([(),])\s*|\s+"
)


def _sql_token(match: re.Match[str]) -> str:
    string, identifier, punctuation = match.groups()
    if string:
        return string
    if identifier:
        return _quoted_identifier(identifier)
    return punctuation or " "


def _quoted_identifier(token: str) -> str:
    """``[x]``, ```x``` and ``"x"`` name the same thing: all become ``"x"``."""
    if token.startswith("["):
        name = token[1:-1]
    elif token.startswith("`"):
        name = token[1:-1].replace("``", "`")
    else:
        name = token[1:-1].replace('""', '"')
    return '"' + name.replace('"', '""') + '"'


def normalise_sql(sql: str) -> str:
    """``sql`` laid out one way: one space for each run of whitespace, none around
    ``(``, ``)`` and ``,``, and quoted identifiers in double quotes. String literals
    are kept exactly.

    Files made with other sqlite-utils versions differ in just these ways (its
    ``_sqlite_migrations`` table was written with ``[x]`` and is now with ``"x"``).
    """
    return _SQL_TOKEN.sub(_sql_token, sql).strip()
