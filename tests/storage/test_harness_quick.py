"""A fast, seeded subset of ``tests/harness.py`` (the full run prints the figures)."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from crm_workshop.domain.engagement import Engagement
from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.storage.errors import CorruptWorkshop, UntrustedContent
from tests import harness
from tests.storage.conftest import digest

SEED = 20261005


def test_kills_while_writing_lose_no_acknowledged_answer(tmp_path):
    row = harness.kills_while_writing(tmp_path, 8, random.Random(SEED))
    assert row.lost_writes == 0, row.notes
    assert row.passed == row.tried == 8, row.notes


def test_kills_during_import_leave_all_rows_or_none(tmp_path):
    row = harness.kills_during_import(tmp_path, 3, random.Random(SEED))
    assert row.ok, row.notes


def test_kills_during_upgrade_keep_the_file_and_backup_whole(tmp_path):
    row, _ = harness.kills_during_upgrade(tmp_path, 3, random.Random(SEED))
    assert row.ok, row.notes


def test_damaged_copies_never_crash_hang_or_change(tmp_path):
    opened, recovered, files = harness.corruption(tmp_path, 3, random.Random(SEED))
    assert len(files) == 12
    # a case passes when it opened (reading everything a window shows) or was refused
    # with a typed error and a message, and the file's bytes and time did not change;
    # damage quick_check misses (text that is not UTF-8, a damaged model snapshot, an
    # index out of step) must be typed too
    assert opened.passed == opened.tried, opened.notes
    assert recovered.ok, recovered.notes


def test_crafted_files_are_refused_before_their_sql_runs(tmp_path):
    row = harness.untrusted(tmp_path, random.Random(SEED))
    failures = [note for note in row.notes if note.startswith("FAILED")]
    assert not failures, row.notes
    assert row.passed == row.tried == 12


def test_a_second_instance_is_refused(tmp_path):
    row = harness.second_instance(tmp_path, 1)
    assert row.ok and row.tried == 2, row.notes


@pytest.fixture
def workshop(tmp_path) -> Path:
    path = tmp_path / "w.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Zażółć S.A.")):
        pass
    return path


def test_altered_table_definition_is_refused(workshop):
    conn = sqlite3.connect(workshop)
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'ratings'"
    ).fetchone()
    altered = sql[0].rstrip().removesuffix(")") + ", CHECK (current_level < 5))"
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'ratings'", (altered,))
    conn.commit()
    conn.close()
    before = digest(workshop)
    try:
        WorkshopSession.open(workshop).close()
        refused = False
    except UntrustedContent:
        refused = True
    assert digest(workshop) == before
    assert refused


def test_damaged_text_is_a_typed_error(workshop, tmp_path):
    data = bytearray(workshop.read_bytes())
    marker = b'"version": "'
    at = data.index(marker) + len(marker)  # inside the model snapshot's JSON
    data[at] = 0xFF
    damaged = tmp_path / "damaged.crmw"
    damaged.write_bytes(bytes(data))
    shutil.copystat(workshop, damaged)
    try:
        WorkshopSession.open(damaged).close()
        error: Exception | None = None
    except Exception as exc:
        error = exc
    assert isinstance(error, CorruptWorkshop), repr(error)
