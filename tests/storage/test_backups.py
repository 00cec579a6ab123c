"""Automatic backups: where they go, how many stay, when they are taken, what they hold.

Every backup is checked by reopening it from disk the app's way.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_workshop import locations
from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.storage import repository as repo
from crm_workshop.storage.backups import (
    KEEP,
    AutoBackup,
    folder_for,
    list_backup_files,
    take_backup,
)
from crm_workshop.storage.database import full_check, open_workshop_file
from tests.storage.conftest import digest

START = datetime(2026, 10, 5, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def root(tmp_path) -> Path:
    return tmp_path / "backups"


def _rate(ws, round_id: int, sid: int, question: str, level: int) -> None:
    repo.set_rating(ws, round_id, Rating(sid, question, Answer.LEVEL, level, 5))


def _answers(ws) -> list[Rating]:
    return [
        r for rnd in repo.list_rounds(ws) for r in repo.ratings_for_round(ws, rnd.id)
    ]


@pytest.fixture
def rated(workshop_path) -> Path:
    """The workshop with a round, a stakeholder and three answers."""
    with open_workshop_file(workshop_path) as ws:
        round_id = repo.add_round(ws, "Baseline", RoundKind.BASELINE, "2026-10-01")
        sid = repo.add_stakeholder(ws, "Zażółć Gęślą", department="it")
        for question, level in (("1.1", 2), ("1.2", 3), ("2.1", 4)):
            _rate(ws, round_id, sid, question, level)
    return workshop_path


# -- where ------------------------------------------------------------------------------
def test_user_data_dir_follows_each_platform(monkeypatch, tmp_path):
    monkeypatch.setattr(locations.Path, "home", lambda: tmp_path / "home")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert locations.user_data_dir() == tmp_path / "xdg" / "CRM Workshop"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    assert locations.user_data_dir() == (
        tmp_path / "home" / ".local" / "share" / "CRM Workshop"
    )
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert locations.user_data_dir() == tmp_path / "Local" / "CRM Workshop"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert locations.user_data_dir() == (
        tmp_path / "home" / "Library" / "Application Support" / "CRM Workshop"
    )


def test_the_variable_moves_backups_and_the_default_is_the_data_folder(
    monkeypatch, tmp_path
):
    monkeypatch.setenv(locations.BACKUP_DIR_VARIABLE, str(tmp_path / "elsewhere"))
    assert locations.backups_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv(locations.BACKUP_DIR_VARIABLE)
    assert locations.backups_dir() == locations.user_data_dir() / "Backups"


def test_each_workshop_has_its_own_folder_never_beside_it(tmp_path, root):
    first = folder_for(tmp_path / "a" / "Warsztat Łódź.crmw", root)
    second = folder_for(tmp_path / "b" / "Warsztat Łódź.crmw", root)
    assert first != second
    assert first.parent == second.parent == root
    assert first.name.startswith("Warsztat Łódź-")
    # the same file reached another way shares the folder
    assert folder_for(tmp_path / "a" / ".." / "a" / "Warsztat Łódź.crmw", root) == first


# -- what and how many ------------------------------------------------------------------
def test_a_backup_is_a_healthy_workshop_with_the_same_answers(rated, root):
    with open_workshop_file(rated) as ws:
        expected = _answers(ws)
        before = digest(rated)
        backup = take_backup(ws, "open", root=root, now=START)
        assert digest(rated) == before  # the workshop is only read
    assert backup.path.parent == folder_for(rated, root)
    assert backup.path.parent != rated.parent
    assert (backup.reason, backup.taken_at) == ("open", START)
    assert backup.size == backup.path.stat().st_size > 0
    with open_workshop_file(backup.path) as copy:
        assert full_check(copy) == []
        assert _answers(copy) == expected
        assert repo.get_engagement(copy).client_name == "Żółw sp. z o.o."
    assert list_backup_files(rated, root) == [backup]


def test_rotation_keeps_the_newest_ten_and_only_touches_backups(rated, root):
    clock = Clock()
    folder = folder_for(rated, root)
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("mine")
    taken = []
    with open_workshop_file(rated) as ws:
        for _ in range(KEEP + 3):
            taken.append(take_backup(ws, "edit", root=root, now=clock()))
            clock.advance(minutes=6)
    kept = list_backup_files(rated, root)
    assert kept == list(reversed(taken))[:KEEP]  # newest first
    assert [b.taken_at for b in kept] == sorted(
        (b.taken_at for b in kept), reverse=True
    )
    for gone in taken[:3]:  # the oldest went first
        assert not gone.path.exists()
    assert (folder / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*(b.path.name for b in kept), "notes.txt"]
    )


def test_two_backups_in_the_same_instant_both_stay(rated, root):
    with open_workshop_file(rated) as ws:
        first = take_backup(ws, "open", root=root, now=START)
        second = take_backup(ws, "edit", root=root, now=START)
    assert first.path != second.path
    assert list_backup_files(rated, root) == [second, first]


def test_leftovers_of_a_killed_backup_are_removed(rated, root):
    folder = folder_for(rated, root)
    folder.mkdir(parents=True)
    dead_pid = 2**22 + 12345  # above Linux's default pid_max: no such process
    leftover = (
        folder / f".20261005T080000.000000Z-edit-0123abcd.crmw.{dead_pid}.copying"
    )
    leftover.write_bytes(b"half a copy")
    with open_workshop_file(rated) as ws:
        take_backup(ws, "open", root=root, now=START)
    assert not leftover.exists()


# -- when --------------------------------------------------------------------------------
def _round_and_person(ws) -> tuple[int, int]:
    return repo.list_rounds(ws)[0].id, repo.list_stakeholders(ws)[0].id


def test_a_backup_on_open_then_at_most_every_five_minutes_of_editing(rated, root):
    clock = Clock()
    with open_workshop_file(rated) as ws:
        auto = AutoBackup(ws, root=root, clock=clock)
        status = auto.on_open()
        assert status is not None and status.ok and status.backup is not None
        round_id, sid = _round_and_person(ws)
        for minutes, level in ((1, 1), (3, 2), (0.98, 3)):  # 4:59 after opening
            clock.advance(minutes=minutes)
            _rate(ws, round_id, sid, "3.1", level)
        assert [b.reason for b in list_backup_files(rated, root)] == ["open"]
        clock.advance(seconds=1.2)  # 5:00 since the last backup
        _rate(ws, round_id, sid, "3.1", 4)
        clock.advance(minutes=4)
        _rate(ws, round_id, sid, "3.1", 5)
        backups = list_backup_files(rated, root)
        assert [b.reason for b in backups] == ["edit", "open"]
        assert backups[0].taken_at == START + timedelta(minutes=5)
        with open_workshop_file(backups[0].path, read_only=True) as copy:
            [rating] = [r for r in _answers(copy) if r.question_id == "3.1"]
            assert rating.current == 4  # taken after the write that made it due
        clock.now = START - timedelta(hours=1)  # the clock was set back
        _rate(ws, round_id, sid, "3.2", 1)
        assert len(list_backup_files(rated, root)) == 3


def test_a_transaction_is_backed_up_once_after_it_commits(rated, root):
    clock = Clock()
    with open_workshop_file(rated) as ws:
        auto = AutoBackup(ws, root=root, clock=clock)
        auto.on_open()
        round_id, sid = _round_and_person(ws)
        clock.advance(minutes=10)
        with ws.write():
            _rate(ws, round_id, sid, "4.1", 1)
            assert len(list_backup_files(rated, root)) == 1  # not inside it
            _rate(ws, round_id, sid, "4.2", 2)
        backups = list_backup_files(rated, root)
        assert [b.reason for b in backups] == ["edit", "open"]
        with open_workshop_file(backups[0].path, read_only=True) as copy:
            assert {"4.1", "4.2"} <= {r.question_id for r in _answers(copy)}


def test_a_failed_write_takes_no_backup(rated, root):
    clock = Clock()
    with open_workshop_file(rated) as ws:
        AutoBackup(ws, root=root, clock=clock).on_open()
        clock.advance(minutes=10)
        with pytest.raises(RuntimeError), ws.write() as db:
            db.execute("DELETE FROM ratings")
            raise RuntimeError("abandoned")
        assert len(_answers(ws)) == 3
    assert [b.reason for b in list_backup_files(rated, root)] == ["open"]


def test_reopening_an_unchanged_workshop_adds_no_backup(rated, root):
    clock = Clock()
    for _ in range(3):  # e.g. `crm-workshop summary` three times
        with open_workshop_file(rated) as ws:
            status = AutoBackup(ws, root=root, clock=clock).on_open()
        clock.advance(minutes=1)
    assert status is not None and status.reused
    [only] = list_backup_files(rated, root)
    assert status.backup == only
    with open_workshop_file(rated) as ws:
        auto = AutoBackup(ws, root=root, clock=clock)
        auto.on_open()
        clock.advance(minutes=1)
        _rate(ws, *_round_and_person(ws), "5.1", 2)  # within five minutes: none
    with open_workshop_file(rated) as ws:  # changed since: a new backup on open
        status = AutoBackup(ws, root=root, clock=clock).on_open()
    assert status is not None and not status.reused
    assert [b.reason for b in list_backup_files(rated, root)] == ["open", "open"]


def test_a_failing_backup_location_never_breaks_writes(rated, tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    clock = Clock()
    with open_workshop_file(rated) as ws:
        auto = AutoBackup(ws, root=blocker / "backups", clock=clock)
        status = auto.on_open()
        assert status is not None and not status.ok and status.problem
        round_id, sid = _round_and_person(ws)
        for _ in range(3):
            clock.advance(minutes=6)
            _rate(ws, round_id, sid, "6.1", 3)  # no exception
            assert auto.status is not None and not auto.status.ok
    with open_workshop_file(rated) as ws:
        assert {r.question_id for r in _answers(ws)} >= {"6.1"}
    assert blocker.read_text() == "not a folder"


def test_a_backup_opened_in_place_is_not_backed_up_again(rated, root):
    with open_workshop_file(rated) as ws:
        backup = take_backup(ws, "open", root=root, now=START)
    with open_workshop_file(backup.path) as ws:
        auto = AutoBackup(ws, root=root)
        assert auto.on_open() is None
    assert sorted(p.name for p in root.iterdir()) == [backup.path.parent.name]


def test_taking_backups_keeps_the_workshop_locked(rated, root):
    """Reading the workshop's file outside SQLite would drop SQLite's POSIX lock
    (a process loses every lock on a file when it closes any descriptor of it)."""
    script = textwrap.dedent(
        f"""
        import sqlite3
        conn = sqlite3.connect({str(rated)!r}, timeout=0.1)
        try:
            conn.execute("BEGIN EXCLUSIVE")
            print("not locked")
        except sqlite3.OperationalError as exc:
            print(exc)
        """
    )
    clock = Clock()
    with open_workshop_file(rated) as ws:
        auto = AutoBackup(ws, root=root, clock=clock)
        auto.on_open()
        clock.advance(minutes=10)
        _rate(ws, *_round_and_person(ws), "7.1", 1)
        assert [b.reason for b in list_backup_files(rated, root)] == ["edit", "open"]
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
        )
    assert result.stdout.strip() == "database is locked", result.stderr
