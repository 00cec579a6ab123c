"""The owner lock file beside a workshop: written, reused, replaced, refused, released."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import struct
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import RoundKind
from crm_workshop.storage import database, lockfile
from crm_workshop.storage import repository as repo
from crm_workshop.storage.database import (
    create_workshop_file,
    open_workshop_file,
    sqlite_utils_database,
)
from crm_workshop.storage.errors import OpenedElsewhere, WorkshopLocked
from crm_workshop.storage.lockfile import LockOwner, LockState, lock_file_for
from crm_workshop.storage.schema import APPLICATION_ID, SCHEMA_VERSION, apply_migrations
from tests import harness
from tests.storage.conftest import digest


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


def owner(**changes: object) -> LockOwner:
    fields: dict[str, object] = {
        "app": lockfile.APP_NAME,
        "host": lockfile.this_computer(),
        "user": "anna",
        "pid": os.getpid(),
        "opened_at": "2026-10-05T08:30:00+00:00",
        "token": "0" * 32,
        "boot": lockfile.boot_id(),
    }
    fields.update(changes)
    return LockOwner(**fields)  # type: ignore[arg-type]


def leave_lock(workshop: Path, who: LockOwner) -> Path:
    lock = lock_file_for(workshop)
    lock.write_bytes(who.to_bytes())
    return lock


def read(lock: Path) -> dict[str, object]:
    return json.loads(lock.read_text("utf-8"))


def test_the_lock_file_is_hidden_beside_the_workshop(workshop_path):
    lock = lock_file_for(workshop_path)
    assert lock.parent == workshop_path.parent
    assert lock.name == f".{workshop_path.name}.lock"


def test_opening_writes_our_lock_and_closing_removes_it(workshop_path):
    lock = lock_file_for(workshop_path)
    assert not lock.exists()
    ws = open_workshop_file(workshop_path)
    try:
        assert ws.lock is not None and ws.lock.state is LockState.CREATED
        record = read(lock)
        assert record["app"] == "CRM Workshop"
        assert record["host"] == lockfile.this_computer()
        assert record["pid"] == os.getpid()
        assert record["user"] == lockfile.current_user()
        assert len(str(record["token"])) == 32
        assert record["token"] == ws.lock.owner.token
        opened = datetime.fromisoformat(str(record["opened_at"]))
        assert opened.tzinfo is not None
        assert abs((datetime.now(UTC) - opened).total_seconds()) < 60
    finally:
        ws.close()
    assert not lock.exists()


def test_creating_a_workshop_holds_the_lock_until_closed(tmp_path):
    path = tmp_path / "nowy.crmw"
    ws = create_workshop_file(path)
    assert lock_file_for(path).exists()
    ws.close()
    assert not lock_file_for(path).exists()


def test_a_lock_of_this_process_is_written_afresh(workshop_path):
    lock = leave_lock(workshop_path, owner(token="1" * 32))
    with open_workshop_file(workshop_path) as ws:
        assert ws.lock.state is LockState.REUSED
        assert read(lock)["token"] == ws.lock.owner.token != "1" * 32
    assert not lock.exists()


def test_a_dead_session_on_this_computer_is_replaced_and_reported(
    workshop_path, dead_pid
):
    lock = leave_lock(workshop_path, owner(pid=dead_pid, user="anna"))
    with open_workshop_file(workshop_path) as ws:
        assert ws.lock.state is LockState.REPLACED_STALE
        assert ws.lock.previous is not None
        assert ws.lock.previous.pid == dead_pid
        assert read(lock)["pid"] == os.getpid()
        repo.add_round(ws, "Baseline", RoundKind.BASELINE, "2026-10-05")
    assert not lock.exists()


def test_a_lock_from_before_the_last_boot_is_stale(workshop_path, live_pid):
    if not lockfile.boot_id():
        pytest.skip("this system offers no boot id")
    leave_lock(workshop_path, owner(pid=live_pid, boot="an earlier boot"))
    with open_workshop_file(workshop_path) as ws:
        assert ws.lock.state is LockState.REPLACED_STALE


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"app": "x"}', b"\xff" * 10])
def test_an_unreadable_lock_file_is_replaced(workshop_path, content):
    lock = lock_file_for(workshop_path)
    lock.write_bytes(content)
    with open_workshop_file(workshop_path) as ws:
        assert ws.lock.state is LockState.REPLACED_STALE
        assert ws.lock.previous is None
        assert read(lock)["pid"] == os.getpid()


def test_another_computers_lock_refuses_writing_and_nothing_is_written(workshop_path):
    lock = leave_lock(
        workshop_path, owner(host="LAPTOP-ANNA", user="anna", pid=4242, boot="")
    )
    before_lock, before_file = lock.read_bytes(), digest(workshop_path)
    before_names = sorted(p.name for p in workshop_path.parent.iterdir())
    with pytest.raises(OpenedElsewhere) as caught:
        open_workshop_file(workshop_path)
    error = caught.value
    assert isinstance(error, WorkshopLocked)  # handled wherever "in use" is
    assert (error.path, error.host, error.user) == (
        workshop_path,
        "LAPTOP-ANNA",
        "anna",
    )
    assert error.since == datetime(2026, 10, 5, 8, 30, tzinfo=UTC)
    assert not error.this_computer
    assert lock.read_bytes() == before_lock
    assert digest(workshop_path) == before_file
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == before_names


def test_read_only_opens_report_a_foreign_lock_and_write_nothing(workshop_path):
    lock = leave_lock(workshop_path, owner(host="LAPTOP-ANNA", pid=4242, boot=""))
    before = lock.read_bytes()
    with open_workshop_file(workshop_path, read_only=True) as ws:
        assert ws.lock.state is LockState.FOREIGN
        assert ws.lock.previous.host == "LAPTOP-ANNA"
        assert repo.get_engagement(ws).client_name == "Żółw sp. z o.o."
    assert lock.read_bytes() == before


def test_read_only_opens_never_write_a_lock_file(workshop_path):
    with open_workshop_file(workshop_path, read_only=True) as ws:
        assert ws.lock.state is LockState.NONE
        assert not lock_file_for(workshop_path).exists()


def test_a_live_other_process_on_this_computer_is_a_foreign_lock(
    workshop_path, live_pid
):
    leave_lock(workshop_path, owner(pid=live_pid))
    with pytest.raises(OpenedElsewhere) as caught:
        open_workshop_file(workshop_path)
    assert caught.value.this_computer
    assert caught.value.pid == live_pid


def test_taking_over_replaces_the_foreign_lock(workshop_path):
    lock = leave_lock(workshop_path, owner(host="LAPTOP-ANNA", pid=4242, boot=""))
    with open_workshop_file(workshop_path, take_over=True) as ws:
        assert ws.lock.state is LockState.TAKEN_OVER
        assert ws.lock.previous.host == "LAPTOP-ANNA"
        assert read(lock)["host"] == lockfile.this_computer()
        repo.add_round(ws, "Baseline", RoundKind.BASELINE, "2026-10-05")
    assert not lock.exists()


def test_closing_leaves_a_lock_that_is_no_longer_ours(workshop_path):
    ws = open_workshop_file(workshop_path)
    lock = lock_file_for(workshop_path)
    # another computer took the workshop over meanwhile (its lock synced in)
    theirs = owner(host="LAPTOP-ANNA", pid=4242, token="f" * 32, boot="").to_bytes()
    lock.write_bytes(theirs)
    ws.close()
    assert lock.read_bytes() == theirs
    ws.close()  # closing twice changes nothing
    assert lock.read_bytes() == theirs


def test_closing_when_the_lock_file_is_gone_is_fine(workshop_path):
    ws = open_workshop_file(workshop_path)
    lock_file_for(workshop_path).unlink()
    ws.close()
    assert not lock_file_for(workshop_path).exists()


@pytest.mark.parametrize(("refusals", "removed"), [(2, True), (10, False)])
def test_closing_retries_a_lock_file_held_a_moment(
    workshop_path, monkeypatch, refusals, removed
):
    ws = open_workshop_file(workshop_path)
    lock = lock_file_for(workshop_path)
    real_unlink = Path.unlink
    left = [refusals]

    def busy_unlink(self, *args, **kwargs):
        if self == lock and left[0] > 0:
            left[0] -= 1
            raise PermissionError(errno.EACCES, "in use by another process")
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", busy_unlink)
    monkeypatch.setattr(lockfile.time, "sleep", lambda seconds: None)
    ws.close()
    assert lock.exists() is not removed


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS, errno.ENOSPC])
def test_a_folder_that_takes_no_lock_file_still_opens(workshop_path, monkeypatch, code):
    real_open = os.open
    lock = lock_file_for(workshop_path)

    def refusing_open(path, flags, *args, **kwargs):
        if Path(path) == lock:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(lockfile.os, "open", refusing_open)
    with open_workshop_file(workshop_path) as ws:
        assert ws.lock.state is LockState.UNAVAILABLE
        assert ws.lock.detail == os.strerror(code)
        assert not ws.read_only
        repo.add_round(ws, "Baseline", RoundKind.BASELINE, "2026-10-05")
    monkeypatch.undo()
    assert not lock.exists()
    with open_workshop_file(workshop_path, read_only=True) as ws:
        assert [r.name for r in repo.list_rounds(ws)] == ["Baseline"]


def test_the_lock_is_created_exclusively(tmp_path):
    lock = tmp_path / ".w.crmw.lock"
    lock.write_bytes(b"someone's")
    with pytest.raises(FileExistsError):
        lockfile._create(lock, owner())
    assert lock.read_bytes() == b"someone's"


def test_a_lock_appearing_while_we_replace_one_is_judged_afresh(
    workshop_path, dead_pid, monkeypatch
):
    # a stale lock is removed; before ours is created another computer's arrives
    leave_lock(workshop_path, owner(pid=dead_pid))
    real_create = lockfile._create
    arrived: list[bool] = []

    def racing_create(lock: Path, who: LockOwner) -> None:
        if not arrived:
            arrived.append(True)
            lock.write_bytes(owner(host="LAPTOP-ANNA", pid=4242, boot="").to_bytes())
        real_create(lock, who)

    monkeypatch.setattr(lockfile, "_create", racing_create)
    with pytest.raises(OpenedElsewhere):
        open_workshop_file(workshop_path)
    assert read(lock_file_for(workshop_path))["host"] == "LAPTOP-ANNA"


def test_an_upgrade_that_fails_releases_the_lock(workshop_path, monkeypatch):
    conn = sqlite3.connect(workshop_path)
    conn.execute("PRAGMA user_version = 1")  # an older file: opening upgrades it
    conn.commit()
    conn.close()
    monkeypatch.setattr(database, "_verify", lambda *args: None)

    def failing_upgrade(workshop, version):
        assert lock_file_for(workshop_path).exists()  # held while upgrading
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(database, "_upgrade", failing_upgrade)
    with pytest.raises(RuntimeError):
        open_workshop_file(workshop_path)
    assert not lock_file_for(workshop_path).exists()


def test_the_harness_case_foreign_lock_file_refused(tmp_path):
    row = harness.foreign_lock(tmp_path, 2)
    assert row.ok and row.tried == 4, row.notes


# -- the command line ------------------------------------------------------------------
def test_the_command_line_refuses_in_one_line_and_reads_with_read_only(
    workshop_path, capsys
):
    from crm_workshop.cli import EXIT_IN_USE, main

    lock = leave_lock(workshop_path, owner(host="LAPTOP-ANNA", pid=4242, boot=""))
    before = lock.read_bytes(), digest(workshop_path)
    assert main(["check", str(workshop_path)]) == EXIT_IN_USE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1
    assert "open for editing by anna on LAPTOP-ANNA since" in err
    assert "--read-only" in err
    assert main(["check", str(workshop_path), "--read-only"]) == 0
    out, err = capsys.readouterr()
    assert "healthy" in out
    assert "open for editing on LAPTOP-ANNA" in err
    assert (lock.read_bytes(), digest(workshop_path)) == before


# -- found by the harness's stale-lock check: opening after a kill during an upgrade ---
def _hot_journal(before: bytes, page_size: int) -> bytes:
    """A rollback journal that puts back every page of ``before``, in SQLite's format
    (what a process killed between writing an upgrade's pages and deleting its journal
    leaves beside the file)."""
    sector, nonce = 512, 0x12345678
    pages = len(before) // page_size
    header = struct.pack(
        ">8sIIIII",
        bytes.fromhex("d9d505f920a163d7"),
        pages,
        nonce,
        pages,
        sector,
        page_size,
    )
    journal = bytearray(header.ljust(sector, b"\0"))
    for number in range(pages):
        page = before[number * page_size : (number + 1) * page_size]
        checksum = nonce + sum(page[i] for i in range(page_size - 200, 0, -200))
        journal += struct.pack(">I", number + 1) + page
        journal += struct.pack(">I", checksum & 0xFFFFFFFF)
    return bytes(journal)


def test_an_upgrade_killed_while_committing_is_rolled_back_and_done_again(tmp_path):
    path = tmp_path / "stary.crmw"
    conn = sqlite3.connect(path, isolation_level="")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.commit()
    apply_migrations(sqlite_utils_database(conn), up_to=1)
    conn.execute(
        "INSERT INTO stakeholders (name, created_at) VALUES ('Anna Ćwik', '2026-01-01')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with open_workshop_file(path) as ws:  # upgraded
        assert ws.schema_version == SCHEMA_VERSION
    Path(f"{path}-journal").write_bytes(
        _hot_journal(before, struct.unpack(">H", before[16:18])[0])
    )
    assert path.read_bytes()[60:64] == SCHEMA_VERSION.to_bytes(4, "big")
    # the header says "upgraded", the journal says "not yet": SQLite rolls back
    with open_workshop_file(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        assert [s.name for s in repo.list_stakeholders(ws)] == ["Anna Ćwik"]
    assert not Path(f"{path}-journal").exists()
