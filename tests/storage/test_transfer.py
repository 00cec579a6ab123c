"""Dumping every table of a workshop and loading the rows into a new one (transfer.py).

Every test reopens the files it wrote from disk.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from crm_workshop.services.demo import create_demo
from crm_workshop.storage import repository as repo
from crm_workshop.storage import transfer
from crm_workshop.storage.database import full_check, open_workshop_file
from crm_workshop.storage.errors import WorkshopExists, WriteFailed
from crm_workshop.storage.schema import SCHEMA_VERSION, expected_schema
from crm_workshop.storage.transfer import (
    RowsRefused,
    TableRows,
    WorkshopDump,
    dump_workshop,
    load_workshop,
    table_specs,
)

# Bytes no text codec would keep: NUL, invalid UTF-8, every byte value.
EVIDENCE = b"\x00\xff\xfe%PDF-1.7\r\n" + bytes(range(256))
LOGO = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


@pytest.fixture(scope="module")
def rich_workshop(tmp_path_factory) -> Path:
    """The demo, plus a logo, evidence files and a reworded question: every kind of
    value (integers, reals, texts, blobs, nulls) in the file."""
    path = tmp_path_factory.mktemp("rich") / "Łódź – demo.crmw"
    create_demo(path).close()
    ws = open_workshop_file(path)
    try:
        repo.set_logo(ws, LOGO, "image/png")
        repo.add_evidence(ws, "tablica.jpg", "image/jpeg", EVIDENCE, "1.1")
        repo.add_evidence(ws, "pusty.bin", "application/octet-stream", b"", None, 1)
        repo.set_question_override(
            ws, repo.QuestionOverride("2.1", True, {"pl": "Nowy „tytuł”"}, {})
        )
    finally:
        ws.close()
    return path


def dump_of(path: Path) -> WorkshopDump:
    ws = open_workshop_file(path, read_only=True)
    try:
        return dump_workshop(ws)
    finally:
        ws.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# -- the tables -------------------------------------------------------------------------
@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_every_table_of_every_version_is_transferred(version):
    expected = {
        name: columns
        for (kind, name), columns in expected_schema(version).items()
        if kind == "table" and name != "_sqlite_migrations"
    }
    specs = table_specs(version)
    assert {s.name: s.column_names for s in specs} == expected


def test_tables_come_after_the_tables_they_refer_to():
    specs = table_specs()
    position = {spec.name: n for n, spec in enumerate(specs)}
    for spec in specs:
        assert all(position[parent] < position[spec.name] for parent in spec.parents)
    ratings = next(s for s in specs if s.name == "ratings")
    assert set(ratings.parents) == {"rounds", "stakeholders"}
    goals = next(s for s in specs if s.name == "goals")
    assert "goals" not in goals.parents  # a table may refer to itself


def test_column_types_and_constraints_are_read_from_the_schema():
    evidence = next(s for s in table_specs() if s.name == "evidence")
    columns = {c.name: c for c in evidence.columns}
    assert columns["content"].type == "BLOB" and columns["content"].not_null
    assert columns["id"].primary_key and columns["id"].type == "INTEGER"
    assert columns["question_id"].type == "TEXT" and not columns["question_id"].not_null


# -- dump -------------------------------------------------------------------------------
def test_dump_holds_every_row_with_blobs_byte_for_byte(rich_workshop):
    dump = dump_of(rich_workshop)
    assert dump.schema_version == SCHEMA_VERSION
    assert [t.name for t in dump.tables] == [s.name for s in table_specs()]
    evidence = dump.table("evidence")
    content = evidence.columns.index("content")
    assert [row[content] for row in evidence.rows] == [EVIDENCE, b""]
    engagement = dump.table("engagement")
    row = dict(zip(engagement.columns, engagement.rows[0], strict=True))
    assert row["logo"] == LOGO and row["client_name"] == "Bursztyn Delikatesy S.A."
    goals = dump.table("goals")
    baseline = goals.columns.index("baseline")
    assert any(isinstance(r[baseline], float) for r in goals.rows)  # REAL stays a float
    conn = sqlite3.connect(f"file:{rich_workshop}?mode=ro", uri=True)
    for table in dump.tables:
        count = conn.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0]
        assert len(table.rows) == count, table.name
    conn.close()


def test_dump_leaves_the_file_unchanged(rich_workshop):
    before = rich_workshop.read_bytes()
    dump_of(rich_workshop)
    ws = open_workshop_file(rich_workshop)  # for writing, as the app holds it
    try:
        dump_workshop(ws)
        assert not ws.conn.in_transaction
    finally:
        ws.close()
    assert rich_workshop.read_bytes() == before


# -- load -------------------------------------------------------------------------------
def test_load_writes_a_workshop_that_dumps_the_same(rich_workshop, tmp_path):
    dump = dump_of(rich_workshop)
    target = tmp_path / "kopia.crmw"
    load_workshop(target, dump)
    ws = open_workshop_file(target)
    try:
        assert full_check(ws) == []
        assert ws.schema_version == SCHEMA_VERSION
        assert repo.get_logo(ws) == (LOGO, "image/png")
        assert dump_workshop(ws) == dump
    finally:
        ws.close()
    assert leftovers(tmp_path) == []


def test_load_passes_the_finished_file_to_verify(rich_workshop, tmp_path):
    seen = []
    load_workshop(
        tmp_path / "new.crmw",
        dump_of(rich_workshop),
        lambda ws: seen.append(repo.get_engagement(ws).client_name),
    )
    assert seen == ["Bursztyn Delikatesy S.A."]


def test_an_older_schema_version_is_loaded_then_migrated(rich_workshop, tmp_path):
    current = dump_of(rich_workshop)
    old_tables = tuple(
        t for t in current.tables if t.name in {s.name for s in table_specs(1)}
    )
    target = tmp_path / "from-v1.crmw"
    load_workshop(target, WorkshopDump(1, old_tables))
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
        assert len(names) == SCHEMA_VERSION
        assert conn.execute("SELECT count(*) FROM evidence").fetchone()[0] == 0
    finally:
        conn.close()
    reloaded = dump_of(target)
    for table in old_tables:
        assert reloaded.table(table.name) == table


def test_a_goal_may_come_before_its_parent(rich_workshop, tmp_path):
    dump = dump_of(rich_workshop)
    goals = dump.table("goals")
    parent = goals.columns.index("parent_id")
    assert any(row[parent] is not None for row in goals.rows)
    flipped = dataclasses.replace(goals, rows=tuple(reversed(goals.rows)))
    tables = tuple(flipped if t.name == "goals" else t for t in dump.tables)
    target = tmp_path / "goals.crmw"
    load_workshop(target, dataclasses.replace(dump, tables=tables))
    assert set(dump_of(target).table("goals").rows) == set(goals.rows)


def _with_rows(dump: WorkshopDump, name: str, rows) -> WorkshopDump:
    tables = tuple(
        dataclasses.replace(t, rows=tuple(rows)) if t.name == name else t
        for t in dump.tables
    )
    return dataclasses.replace(dump, tables=tables)


def test_a_refused_row_leaves_no_file(rich_workshop, tmp_path):
    dump = dump_of(rich_workshop)
    people = dump.table("stakeholders")
    copy = (people.rows[0][0] + 100, *people.rows[0][1:])  # the same name again
    broken = _with_rows(dump, "stakeholders", (*people.rows, copy))
    target = tmp_path / "broken.crmw"
    with pytest.raises(RowsRefused) as caught:
        load_workshop(target, broken)
    (refused,) = caught.value.refused
    assert (refused.table, refused.row) == ("stakeholders", len(people.rows) + 1)
    assert "UNIQUE" in refused.detail
    assert not target.exists() and leftovers(tmp_path) == []


def test_a_level_out_of_range_is_refused(rich_workshop, tmp_path):
    dump = dump_of(rich_workshop)
    ratings = dump.table("ratings")
    level = ratings.columns.index("current_level")
    bad = list(ratings.rows)
    bad[4] = (*bad[4][:level], 9, *bad[4][level + 1 :])
    with pytest.raises(RowsRefused) as caught:
        load_workshop(tmp_path / "x.crmw", _with_rows(dump, "ratings", bad))
    assert [(r.table, r.row) for r in caught.value.refused] == [("ratings", 5)]
    assert list(tmp_path.iterdir()) == []


def test_a_reference_to_a_missing_row_leaves_no_file(rich_workshop, tmp_path):
    dump = dump_of(rich_workshop)
    ratings = dump.table("ratings")
    who = ratings.columns.index("stakeholder_id")
    bad = list(ratings.rows)
    bad[2] = (*bad[2][:who], 999, *bad[2][who + 1 :])
    with pytest.raises(RowsRefused) as caught:
        load_workshop(tmp_path / "x.crmw", _with_rows(dump, "ratings", bad))
    (refused,) = caught.value.refused
    assert (refused.table, refused.row) == ("ratings", 3)
    assert "stakeholders" in refused.detail
    assert list(tmp_path.iterdir()) == []


def test_many_refused_rows_are_listed_up_to_a_limit(rich_workshop, tmp_path):
    dump = dump_of(rich_workshop)
    people = dump.table("stakeholders")
    clones = [(n + 1000, *people.rows[0][1:]) for n in range(50)]
    with pytest.raises(RowsRefused) as caught:
        load_workshop(tmp_path / "x.crmw", _with_rows(dump, "stakeholders", clones))
    assert len(caught.value.refused) == transfer.MAX_REFUSALS


def test_a_failing_verify_leaves_no_file(rich_workshop, tmp_path):
    def refuse(ws) -> None:
        raise LookupError("no")

    with pytest.raises(LookupError):
        load_workshop(tmp_path / "x.crmw", dump_of(rich_workshop), refuse)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_overwritten(rich_workshop, tmp_path):
    target = tmp_path / "there.crmw"
    target.write_bytes(b"mine")
    with pytest.raises(WorkshopExists):
        load_workshop(target, dump_of(rich_workshop))
    assert target.read_bytes() == b"mine"


def test_a_disk_that_refuses_the_file_leaves_nothing(
    rich_workshop, tmp_path, monkeypatch
):
    def full(temporary: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(transfer, "_move_into_place", full)
    target = tmp_path / "full.crmw"
    with pytest.raises(WriteFailed) as caught:
        load_workshop(target, dump_of(rich_workshop))
    assert caught.value.path == target and "No space" in caught.value.detail
    assert list(tmp_path.iterdir()) == []


def test_a_table_of_another_version_is_a_programming_error(rich_workshop, tmp_path):
    dump = dump_of(rich_workshop)
    with pytest.raises(ValueError):
        load_workshop(tmp_path / "x.crmw", WorkshopDump(1, dump.tables))
    stray = WorkshopDump(SCHEMA_VERSION, (TableRows("nope", ("a",), ((1,),)),))
    with pytest.raises(ValueError):
        load_workshop(tmp_path / "y.crmw", stray)
    assert list(tmp_path.iterdir()) == []


def test_a_refused_reference_names_its_row_in_a_table_with_ids(rich_workshop, tmp_path):
    dump = dump_of(rich_workshop)
    goals = dump.table("goals")
    parent = goals.columns.index("parent_id")
    rows = list(goals.rows)
    rows[-1] = (*rows[-1][:parent], 999, *rows[-1][parent + 1 :])
    with pytest.raises(RowsRefused) as caught:
        load_workshop(tmp_path / "x.crmw", _with_rows(dump, "goals", rows))
    (refused,) = caught.value.refused
    assert (refused.table, refused.row) == ("goals", len(rows))
    assert refused.detail == "refers to a goals row that is missing"
