from __future__ import annotations

import sqlite3
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.storage import repository as repo
from crm_workshop.storage.database import (
    create_workshop_file,
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
