from __future__ import annotations

import sqlite3
import struct
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.storage import repository as repo
from crm_workshop.storage.database import (
    create_workshop_file,
    full_check,
    open_workshop_file,
)
from crm_workshop.storage.errors import (
    CorruptWorkshop,
    ForeignDatabase,
    NewerWorkshop,
    NotAWorkshop,
    UntrustedContent,
    WorkshopExists,
    WorkshopLocked,
    WorkshopNotFound,
    WorkshopReadOnly,
    WorkshopUnreadable,
)
from crm_workshop.storage.schema import APPLICATION_ID, SCHEMA_VERSION, apply_migrations
from tests.storage.conftest import digest


def header_ints(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:100]
    return struct.unpack(">I", data[68:72])[0], struct.unpack(">I", data[60:64])[0]


def test_new_file_is_marked_as_ours_and_reopens_with_its_content(workshop_path):
    assert header_ints(workshop_path) == (APPLICATION_ID, SCHEMA_VERSION)
    with open_workshop_file(workshop_path) as ws:
        round_id = repo.add_round(ws, "Baseline", RoundKind.BASELINE, "2026-10-01")
        sid = repo.add_stakeholder(ws, "Zażółć Gęślą", department="it")
        repo.set_rating(
            ws, round_id, Rating(sid, "1.1", Answer.LEVEL, 2, 4, "ąćęłńóśźż 🙂")
        )
    assert not Path(f"{workshop_path}-journal").exists()
    assert not Path(f"{workshop_path}-wal").exists()
    with open_workshop_file(workshop_path) as ws:
        assert repo.get_engagement(ws).client_name == "Żółw sp. z o.o."
        [rating] = repo.ratings_for_round(ws, round_id)
        assert rating == Rating(sid, "1.1", Answer.LEVEL, 2, 4, "ąćęłńóśźż 🙂")
        assert repo.load_model_snapshot(ws).question_count == 28


def test_creating_over_an_existing_file_is_refused_and_the_file_kept(tmp_path):
    target = tmp_path / "keep.crmw"
    target.write_bytes(b"precious")
    with pytest.raises(WorkshopExists):
        create_workshop_file(target)
    assert target.read_bytes() == b"precious"
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(WorkshopNotFound):
        open_workshop_file(tmp_path / "nope.crmw")
    with pytest.raises(WorkshopNotFound):
        open_workshop_file(tmp_path)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", NotAWorkshop),
        (b"client,question\nACME,1.1\n", NotAWorkshop),
        (b"PK\x03\x04" + b"\x00" * 2000, NotAWorkshop),  # a zip / xlsx
    ],
)
def test_files_that_are_not_sqlite_are_refused_untouched(tmp_path, content, error):
    path = tmp_path / "x.crmw"
    path.write_bytes(content)
    with pytest.raises(error):
        open_workshop_file(path)
    assert path.read_bytes() == content


def test_another_applications_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.crmw"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ForeignDatabase):
        open_workshop_file(path)
    assert digest(path) == before


def test_a_newer_version_is_refused_untouched(workshop_path):
    data = bytearray(workshop_path.read_bytes())
    data[60:64] = struct.pack(">I", SCHEMA_VERSION + 1)
    workshop_path.write_bytes(bytes(data))
    before = digest(workshop_path)
    with pytest.raises(NewerWorkshop) as info:
        open_workshop_file(workshop_path)
    assert info.value.found == SCHEMA_VERSION + 1
    assert digest(workshop_path) == before


@pytest.mark.parametrize("read_only", [False, True])
def test_a_file_this_user_may_not_read_is_unreadable_not_read_only(
    workshop_path, refuse_reading, read_only
):
    def files() -> list[tuple[str, int, int]]:  # nothing written: not even a lock
        folder = workshop_path.parent.iterdir()
        return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder)

    before = files()
    refuse_reading(workshop_path)
    with pytest.raises(WorkshopUnreadable) as refused:
        open_workshop_file(workshop_path, read_only=read_only)
    assert not isinstance(refused.value, WorkshopReadOnly)  # no "open read-only" advice
    assert refused.value.path == workshop_path
    assert refused.value.detail == "no permission to read the file"
    assert files() == before


def test_a_truncated_file_is_refused_untouched(workshop_path):
    data = workshop_path.read_bytes()
    workshop_path.write_bytes(data[: len(data) // 2])
    before = digest(workshop_path)
    with pytest.raises(CorruptWorkshop):
        open_workshop_file(workshop_path)
    assert digest(workshop_path) == before


def test_damaged_pages_are_refused_untouched(workshop_path):
    data = bytearray(workshop_path.read_bytes())
    page = struct.unpack(">H", data[16:18])[0]
    for n in range(1, len(data) // page):  # garble every page but the header page
        data[n * page + 8 : n * page + 40] = b"\xff" * 32
    workshop_path.write_bytes(bytes(data))
    before = digest(workshop_path)
    with pytest.raises((CorruptWorkshop, NotAWorkshop)):
        open_workshop_file(workshop_path)
    assert digest(workshop_path) == before


def _tamper(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TRIGGER steal AFTER INSERT ON ratings BEGIN "
        "UPDATE engagement SET client_name = 'pwned'; END",
        "CREATE VIEW innocent AS SELECT * FROM ratings",
        "CREATE TABLE extra (x BLOB)",
        "ALTER TABLE stakeholders ADD COLUMN payload TEXT",
        "CREATE INDEX sneaky ON ratings (comment)",
    ],
)
def test_objects_we_did_not_create_are_refused_before_any_sql_runs(workshop_path, sql):
    _tamper(workshop_path, sql)
    before = digest(workshop_path)
    with pytest.raises(UntrustedContent):
        open_workshop_file(workshop_path)
    assert digest(workshop_path) == before


def test_a_second_process_cannot_open_a_workshop_being_edited(workshop_path):
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from crm_workshop.storage.database import open_workshop_file
                ws = open_workshop_file({str(workshop_path)!r})
                print("open", flush=True)
                sys.stdin.readline()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(WorkshopLocked):
            open_workshop_file(workshop_path)
        with pytest.raises(WorkshopLocked):
            open_workshop_file(workshop_path, read_only=True)
    finally:
        child.communicate("\n", timeout=30)
    with open_workshop_file(
        workshop_path
    ) as ws:  # free again once the other one closed
        assert not ws.read_only


def test_read_only_workshop_refuses_writes_and_keeps_the_file(workshop_path):
    before = digest(workshop_path)
    with open_workshop_file(workshop_path, read_only=True) as ws:
        assert ws.read_only
        with pytest.raises(WorkshopReadOnly):
            repo.add_stakeholder(ws, "Nowa Osoba")
        assert repo.get_engagement(ws).client_name == "Żółw sp. z o.o."
    assert digest(workshop_path) == before


def test_an_old_file_is_backed_up_beside_itself_then_upgraded(tmp_path):
    path = tmp_path / "old.crmw"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    from sqlite_utils import Database

    apply_migrations(Database(conn, execute_plugins=False), up_to=1)
    conn.execute(
        "INSERT INTO stakeholders (name, created_at) VALUES ('Anna Ćwik', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    assert header_ints(path)[1] == 1
    old_bytes = path.read_bytes()

    with open_workshop_file(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        assert [s.name for s in repo.list_stakeholders(ws)] == ["Anna Ćwik"]
        assert repo.hidden_questions(ws) == frozenset()  # table from migration 2

    backup = tmp_path / "old.before-upgrade-v1.crmw"
    assert backup.exists()
    assert header_ints(backup) == (APPLICATION_ID, 1)
    check = sqlite3.connect(backup)
    assert check.execute("SELECT name FROM stakeholders").fetchall() == [("Anna Ćwik",)]
    assert len(backup.read_bytes()) == len(old_bytes)
    check.close()


def test_save_a_copy_never_overwrites(workshop_path, tmp_path):
    from crm_workshop.storage.database import backup_to

    target = tmp_path / "copy.crmw"
    with open_workshop_file(workshop_path) as ws:
        backup_to(ws, target)
        with pytest.raises(WorkshopExists):
            backup_to(ws, target)
    with open_workshop_file(target) as copy:
        assert repo.get_engagement(copy).client_name == "Żółw sp. z o.o."


def test_sqlite_planner_statistics_are_accepted(workshop_path):
    _tamper(workshop_path, "ANALYZE")
    with open_workshop_file(workshop_path) as ws:
        assert repo.get_engagement(ws).client_name == "Żółw sp. z o.o."


def test_expected_schema_matches_what_sqlite_utils_migrations_build():
    """Open-time checks use the SQL directly; real files get sqlite-utils' Migrations."""
    from sqlite_utils import Database

    from crm_workshop.storage.schema import describe_schema, expected_schema

    for version in range(1, SCHEMA_VERSION + 1):
        conn = sqlite3.connect(":memory:")
        apply_migrations(Database(conn, execute_plugins=False), up_to=version)
        assert describe_schema(conn) == expected_schema(version), version
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        conn.close()


def test_reading_a_workshop_does_not_load_sqlite_utils(workshop_path):
    script = textwrap.dedent(
        f"""
        import sys
        from crm_workshop.services.workshop import WorkshopSession
        with WorkshopSession.open({str(workshop_path)!r}) as s:
            s.stakeholders(); s.engagement; s.rounds()
            print("before write:", "sqlite_utils" in sys.modules)
            s.add_stakeholder("Ktoś")
            print("after write:", "sqlite_utils" in sys.modules, "numpy" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "before write: False" in result.stdout
    assert "after write: True False" in result.stdout


def test_expected_definitions_match_what_sqlite_utils_migrations_build():
    """The SQL the catalogue check expects is the SQL real files carry."""
    from sqlite_utils import Database

    from crm_workshop.storage.schema import describe_definitions, expected_definitions

    for version in range(1, SCHEMA_VERSION + 1):
        conn = sqlite3.connect(":memory:")
        apply_migrations(Database(conn, execute_plugins=False), up_to=version)
        assert describe_definitions(conn) == expected_definitions(version), version
        conn.close()


# -- damage that quick_check does not see -------------------------------------------
def _patch(path: Path, old: bytes, new: bytes) -> None:
    """Replace every occurrence of ``old`` in the file's bytes (same length)."""
    assert len(old) == len(new)
    data = path.read_bytes()
    assert old in data, old
    path.write_bytes(data.replace(old, new))


def test_text_that_is_not_utf8_is_a_typed_error_when_read(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        repo.add_stakeholder(ws, "Anna Żółtowska")
    _patch(workshop_path, "Żółtowska".encode(), b"\xff" + "Żółtowska".encode()[1:])
    before = digest(workshop_path)
    with (
        open_workshop_file(workshop_path) as ws,  # quick_check does not read text
        pytest.raises(CorruptWorkshop, match="not UTF-8"),
    ):
        repo.list_stakeholders(ws)
    assert digest(workshop_path) == before


def test_a_schema_entry_that_is_not_utf8_is_a_typed_error(workshop_path):
    # SQLite's message quotes the damaged text, which Python cannot decode
    _patch(workshop_path, b"CREATE TABLE engagement (", b"CREATE TABLE engagement \xff")
    before = digest(workshop_path)
    with pytest.raises(CorruptWorkshop):
        open_workshop_file(workshop_path)
    assert digest(workshop_path) == before


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"version": "', b'"version"; "'),  # not JSON
        (b'"areas": [', b'"arxas": ['),  # JSON, without the areas
        (b'"weight": 1.0', b'"weight": [] '),  # JSON, a weight that is no number
    ],
)
def test_a_damaged_model_snapshot_is_a_typed_error(workshop_path, old, new):
    _patch(workshop_path, old, new)
    before = digest(workshop_path)
    with (
        open_workshop_file(workshop_path) as ws,
        pytest.raises(CorruptWorkshop, match="stored maturity model is damaged"),
    ):
        repo.load_model_snapshot(ws)
    assert digest(workshop_path) == before


def test_a_missing_model_snapshot_is_a_typed_error(workshop_path):
    _tamper(workshop_path, "DELETE FROM model_snapshot")
    with (
        open_workshop_file(workshop_path) as ws,
        pytest.raises(CorruptWorkshop, match="stored maturity model is missing"),
    ):
        repo.load_model_snapshot(ws)


def _table_leaf(data: bytes, path: Path, table: str) -> int:
    """The file offset of ``table``'s root page, which must be a leaf."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
    ).fetchone()
    conn.close()
    page_size = struct.unpack(">H", data[16:18])[0]
    offset = (root - 1) * page_size
    assert data[offset] == 0x0D, "not a table leaf page"
    return offset


def test_an_index_out_of_step_with_its_table_is_a_typed_error_when_read(
    workshop_path,
):
    with open_workshop_file(workshop_path) as ws:
        round_id = repo.add_round(ws, "Baseline", RoundKind.BASELINE, "2026-10-01")
        sid = repo.add_stakeholder(ws, "Anna")
        repo.set_rating(ws, round_id, Rating(sid, "1.1", Answer.LEVEL, 3))
    data = bytearray(workshop_path.read_bytes())
    page = _table_leaf(bytes(data), workshop_path, "ratings")
    (cells,) = struct.unpack(">H", data[page + 3 : page + 5])
    assert cells == 1
    (cell,) = struct.unpack(">H", data[page + 8 : page + 10])
    payload_size = data[page + cell]
    assert payload_size < 0x80 and data[page + cell + 1] == 1  # one-byte varints
    data[page + cell + 1] = 9  # the row's id changes; the indexes still say 1
    workshop_path.write_bytes(bytes(data))
    before = digest(workshop_path)
    with (
        open_workshop_file(workshop_path) as ws,  # quick_check does not compare
        pytest.raises(CorruptWorkshop, match="malformed"),
    ):
        repo.ratings_for_question(ws, round_id, "1.1")
    assert digest(workshop_path) == before


def test_a_failed_write_keeps_its_own_type(workshop_path):
    from crm_workshop.storage.errors import WriteFailed

    with open_workshop_file(workshop_path) as ws:
        pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
        ws.conn.execute(f"PRAGMA max_page_count = {pages}")  # as if the disk is full
        with pytest.raises(WriteFailed, match="full"):
            repo.add_stakeholder(ws, "Nowa Osoba " + "x" * 20_000)


def test_a_header_sqlite_would_rewrite_is_refused_untouched(workshop_path):
    data = bytearray(workshop_path.read_bytes())
    data[95] ^= 0x01  # "version-valid-for" no longer matches the change counter
    workshop_path.write_bytes(bytes(data))
    before = digest(workshop_path)
    with pytest.raises(CorruptWorkshop, match="header"):
        open_workshop_file(workshop_path)
    assert digest(workshop_path) == before


# -- definitions: same names and columns, other SQL ------------------------------------
def _redefine(path: Path, name: str, old: str, new: str) -> None:
    conn = sqlite3.connect(path)
    (sql,) = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = ?", (name,)
    ).fetchone()
    assert old in sql, sql
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new), name)
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("ratings", "PRIMARY KEY (", "CHECK (current_level < 5), PRIMARY KEY ("),
        (
            "ratings",
            "comment TEXT NOT NULL DEFAULT ''",
            "comment TEXT NOT NULL DEFAULT 'x'",
        ),
        (
            "stakeholders",
            "name TEXT NOT NULL UNIQUE",
            "name TEXT NOT NULL COLLATE NOCASE UNIQUE",
        ),
        ("rounds", "'baseline', 'reassessment'", "'baseline', 'reassessmenT'"),
        (
            "ratings_by_question",
            "(round_id, question_id)",
            "(round_id, question_id DESC)",
        ),
        ("_sqlite_migrations", '"name" TEXT', '"name" TEXT DEFAULT 1'),
    ],
)
def test_a_changed_definition_is_refused_untouched(workshop_path, name, old, new):
    _redefine(workshop_path, name, old, new)
    before = digest(workshop_path)
    with pytest.raises(UntrustedContent, match=f"{name} has a changed definition"):
        open_workshop_file(workshop_path)
    assert digest(workshop_path) == before


def test_definitions_laid_out_differently_still_open(workshop_path):
    # whitespace, and the [x] quoting older sqlite-utils wrote its own table with
    _redefine(
        workshop_path, "ratings", "PRIMARY KEY (round_id", "PRIMARY  KEY(\n round_id"
    )
    _redefine(
        workshop_path,
        "_sqlite_migrations",
        '"_sqlite_migrations"',
        "[_sqlite_migrations]",
    )
    with open_workshop_file(workshop_path) as ws:
        assert repo.get_engagement(ws).client_name == "Żółw sp. z o.o."


def _old_file(path: Path, version: int, *, bracketed: bool = False) -> None:
    """A workshop as the app wrote it at schema ``version``, with one stakeholder."""
    from sqlite_utils import Database

    conn = sqlite3.connect(path, isolation_level="")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.commit()
    apply_migrations(Database(conn, execute_plugins=False), up_to=version)
    conn.execute(
        "INSERT INTO stakeholders (name, created_at) VALUES ('Anna Ćwik', '2026-01-01')"
    )
    conn.commit()
    if bracketed:  # the layout of the sqlite-utils versions before 4.2
        from crm_workshop.storage.schema import MIGRATIONS_TABLE_SQL

        conn.execute("PRAGMA writable_schema = ON")
        for sql, name in zip(
            MIGRATIONS_TABLE_SQL,
            ("_sqlite_migrations", "idx__sqlite_migrations_migration_set_name"),
            strict=True,
        ):
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
        conn.commit()
    conn.close()


@pytest.mark.parametrize("bracketed", [False, True])
@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_files_of_every_earlier_version_upgrade_and_reopen(
    tmp_path, version, bracketed
):
    path = tmp_path / "old.crmw"
    _old_file(path, version, bracketed=bracketed)
    with open_workshop_file(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
    for _ in range(2):  # the upgraded file, as the app opens it later
        with open_workshop_file(path) as ws:
            assert ws.schema_version == SCHEMA_VERSION
            assert [s.name for s in repo.list_stakeholders(ws)] == ["Anna Ćwik"]
            assert full_check(ws) == []
    backup = tmp_path / f"old.before-upgrade-v{version}.crmw"
    assert header_ints(backup) == (APPLICATION_ID, version)
    with open_workshop_file(backup) as ws:  # the backup opens (and upgrades) too
        assert ws.schema_version == SCHEMA_VERSION


# -- temporary files of killed processes ----------------------------------------------
@pytest.fixture
def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def live_pid() -> Iterator[int]:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def _leave(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_bytes(b"half a file")


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_creating_removes_what_a_killed_creation_left(tmp_path, dead_pid, live_pid):
    _leave(
        tmp_path,
        f".new.crmw.{dead_pid}.creating",
        f".new.crmw.{dead_pid}.creating-journal",
        f".new.crmw.{live_pid}.creating",  # another process is creating it now
        f".other.crmw.{dead_pid}.creating",  # another workshop's
        f".new.crmw.{dead_pid}.copying",  # not a creation
    )
    create_workshop_file(tmp_path / "new.crmw").close()
    assert _hidden(tmp_path) == sorted(
        [
            f".new.crmw.{live_pid}.creating",
            f".other.crmw.{dead_pid}.creating",
            f".new.crmw.{dead_pid}.copying",
        ]
    )


def test_an_upgrade_removes_what_a_killed_upgrade_left(tmp_path, dead_pid, live_pid):
    path = tmp_path / "old.crmw"
    _old_file(path, 1)
    _leave(
        tmp_path,
        f".old.before-upgrade-v1.crmw.{dead_pid}.copying",
        f".old.before-upgrade-v1.crmw.{dead_pid}.copying-journal",
        f".old.before-upgrade-v1-2.crmw.{dead_pid}.copying",
        f".old.before-upgrade-v1.crmw.{live_pid}.copying",
        f".older.before-upgrade-v1.crmw.{dead_pid}.copying",
    )
    with open_workshop_file(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
    assert (tmp_path / "old.before-upgrade-v1.crmw").exists()
    assert _hidden(tmp_path) == sorted(
        [
            f".old.before-upgrade-v1.crmw.{live_pid}.copying",
            f".older.before-upgrade-v1.crmw.{dead_pid}.copying",
        ]
    )


def test_opening_removes_what_a_killed_upgrade_left_after_its_copy(
    workshop_path, dead_pid
):
    # killed between moving the backup into place and removing its temporary name
    name = workshop_path.name.removesuffix(".crmw")
    _leave(
        workshop_path.parent,
        f".{name}.before-upgrade-v3.crmw.{dead_pid}.copying",
        f".{workshop_path.name}.{dead_pid}.creating",
    )
    with open_workshop_file(workshop_path, read_only=True):
        pass  # read-only: nothing beside the file is touched
    assert len(_hidden(workshop_path.parent)) == 2
    with open_workshop_file(workshop_path):
        pass
    assert _hidden(workshop_path.parent) == []


def test_a_copy_removes_what_a_killed_copy_left(workshop_path, tmp_path, dead_pid):
    from crm_workshop.storage.database import backup_to

    _leave(
        tmp_path,
        f".copy.crmw.{dead_pid}.copying",
        f".copy.crmw.{dead_pid}.copying-journal",
    )
    with open_workshop_file(workshop_path) as ws:
        backup_to(ws, tmp_path / "copy.crmw")
    assert _hidden(tmp_path) == []


# (table, column, damaged value, the read that meets it, what the message names)
_JSON_DAMAGE = [
    ("engagement", "languages", '["pl", "en"', "engagement", "list of languages"),
    ("sessions", "areas", '{"people": 1}', "sessions", "session's areas"),
    ("question_overrides", "title", '["not", "a map"]', "overrides", "reworded"),
    ("risks", "scope", "not json", "risks", "scope of a risk"),
]


@pytest.mark.parametrize(("table", "column", "damaged", "read", "named"), _JSON_DAMAGE)
def test_a_damaged_json_column_is_a_typed_error_and_the_file_is_not_written(
    tmp_path, table, column, damaged, read, named
):
    from crm_workshop.services.demo import create_demo
    from crm_workshop.storage import roadmap_repo

    path = tmp_path / "demo.crmw"
    create_demo(path).close()
    with open_workshop_file(path) as ws:
        if table == "question_overrides":
            repo.set_question_override(
                ws,
                repo.QuestionOverride("P1", False, {"pl": "Tytuł"}, {"pl": "Treść"}),
            )
    conn = sqlite3.connect(path)
    with conn:
        assert conn.execute(f"UPDATE {table} SET {column} = ?", (damaged,)).rowcount
    conn.close()
    before = digest(path)
    readers = {
        "engagement": repo.get_engagement,
        "sessions": repo.list_sessions,
        "overrides": repo.question_overrides,
        "risks": roadmap_repo.list_risks,
    }
    with (
        open_workshop_file(path) as ws,
        pytest.raises(CorruptWorkshop, match=named),
    ):
        readers[read](ws)
    assert digest(path) == before
