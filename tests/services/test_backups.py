"""Listing and restoring automatic backups; the session takes them as it opens and writes."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement
from crm_workshop.services.backups import (
    Backup,
    backups_folder,
    list_backups,
    restore_backup,
)
from crm_workshop.services.errors import (
    CorruptWorkshop,
    DamagedBackup,
    WorkshopExists,
    WorkshopNotFound,
)
from crm_workshop.services.workshop import WorkshopSession


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _answers(path: Path) -> dict[tuple[int, str], int | None]:
    with WorkshopSession.open(path, read_only=True) as session:
        round_id = session.rounds()[0].id
        return {
            (r.stakeholder_id, r.question_id): r.current
            for r in session.ratings(round_id)
        }


@pytest.fixture
def workshop(tmp_path) -> Path:
    """A workshop with two answers (created, so not yet backed up)."""
    path = tmp_path / "Warsztat Łódź.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Żółw S.A.")) as s:
        round_id = s.add_round("Baseline", RoundKind.BASELINE)
        sid = s.add_stakeholder("Anna Ćwik", department="it")
        s.rate(round_id, Rating(sid, "1.1", Answer.LEVEL, 2, 4))
        s.rate(round_id, Rating(sid, "1.2", Answer.LEVEL, 3, 4))
    return path


def _edit(path: Path, question: str, level: int) -> None:
    with WorkshopSession.open(path) as s:
        round_id = s.rounds()[0].id
        sid = s.stakeholders()[0].id
        s.rate(round_id, Rating(sid, question, Answer.LEVEL, level, 5))


def test_opening_for_writing_takes_a_backup_reading_does_not(workshop):
    with WorkshopSession.open(workshop, read_only=True) as s:
        assert s.backup_status is None
    assert list_backups(workshop) == []
    with WorkshopSession.open(workshop) as s:
        status = s.backup_status
        assert status is not None and status.ok
    [backup] = list_backups(workshop)
    assert backup.path.parent == backups_folder(workshop)
    assert backup.path.parent != workshop.parent  # never beside the workshop
    assert sorted(p.name for p in workshop.parent.iterdir()) == [workshop.name]


def test_a_deferred_opening_backup_still_comes_before_the_first_write(workshop):
    with WorkshopSession.open(workshop, defer_backup=True) as s:
        assert s.backup_status is None and list_backups(workshop) == []
        round_id = s.rounds()[0].id
        sid = s.stakeholders()[0].id
        s.rate(round_id, Rating(sid, "2.1", Answer.LEVEL, 5, 5))  # the first write
        s.start_backups()  # the app's call after painting: nothing more to do
    [backup] = list_backups(workshop)
    assert backup.reason == "open"
    assert backup.answers == 2  # the file as opened, without the new answer
    assert (sid, "2.1") not in _answers(backup.path)
    assert _answers(workshop)[(sid, "2.1")] == 5


def test_a_deferred_opening_backup_is_taken_when_started(workshop):
    with WorkshopSession.open(workshop, defer_backup=True) as s:
        s.start_backups()
        s.start_backups()  # once only
        assert s.backup_status is not None and s.backup_status.ok
    [backup] = list_backups(workshop)
    assert (backup.reason, backup.answers) == ("open", 2)


def test_each_backup_says_when_why_how_big_and_how_many_answers(workshop):
    _edit(workshop, "2.1", 4)  # backed up on open, with the two first answers
    _edit(workshop, "2.2", 1)  # on open again: three answers now
    newest, older = list_backups(workshop)
    assert newest.taken_at > older.taken_at  # newest first
    assert newest.taken_at.utcoffset() is not None  # an aware time, shown as local
    assert (newest.reason, older.reason) == ("open", "open")
    assert (newest.answers, older.answers) == (3, 2)
    assert newest.size == newest.path.stat().st_size > 0
    assert newest.healthy and older.healthy


def test_restore_writes_a_new_workshop_with_the_backup_s_answers(workshop, tmp_path):
    _edit(workshop, "2.1", 4)
    [backup] = list_backups(workshop)
    before = _digest(backup.path)
    target = tmp_path / "odtworzony.crmw"
    result = restore_backup(backup, target)
    assert (result.target, result.answers) == (target, 2)
    assert _answers(target) == {(1, "1.1"): 2, (1, "1.2"): 3}
    assert (1, "2.1") in _answers(workshop)  # the later edit is only in the workshop
    assert _digest(backup.path) == before  # the backup is never changed
    with WorkshopSession.open(target) as restored:
        assert restored.check() == []
        assert restored.engagement.client_name == "Żółw S.A."


def test_restore_refuses_to_overwrite_anything(workshop, tmp_path):
    _edit(workshop, "2.1", 4)
    [backup] = list_backups(workshop)
    target = tmp_path / "taken.crmw"
    target.write_bytes(b"someone's file")
    with pytest.raises(WorkshopExists):
        restore_backup(backup, target)
    assert target.read_bytes() == b"someone's file"
    before = _digest(workshop)
    with pytest.raises(WorkshopExists):
        restore_backup(backup, workshop)  # not even onto the workshop itself
    assert _digest(workshop) == before
    with pytest.raises(WorkshopNotFound):
        restore_backup(backup, tmp_path / "no such folder" / "new.crmw")


def _damage(path: Path) -> None:
    """Zero the second half of the file: tables and indexes lose their pages."""
    data = bytearray(path.read_bytes())
    half = len(data) // 2
    data[half:] = bytes(len(data) - half)
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_refused_with_a_typed_error(workshop, tmp_path):
    _edit(workshop, "2.1", 4)
    [backup] = list_backups(workshop)
    _damage(backup.path)
    [listed] = list_backups(workshop)
    assert not listed.healthy and listed.answers is None and listed.problem
    target = tmp_path / "new.crmw"
    with pytest.raises(DamagedBackup) as caught:
        restore_backup(listed, target)
    assert caught.value.path == backup.path  # names the backup, not a temporary copy
    assert isinstance(caught.value, CorruptWorkshop)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [workshop.name]


def test_a_backup_that_is_not_a_workshop_is_refused(tmp_path):
    bogus = tmp_path / "bogus.crmw"
    bogus.write_bytes(b"PK\x03\x04 a zip, not a workshop" * 100)
    with pytest.raises(DamagedBackup):
        restore_backup(bogus, tmp_path / "new.crmw")
    assert not (tmp_path / "new.crmw").exists()


def _downgrade_one_version(path: Path) -> None:
    """The workshop as the previous schema version of the app wrote it."""
    from crm_workshop.storage.schema import (
        MIGRATION_NAMES,
        SCHEMA_VERSION,
        expected_schema,
    )

    older = set(expected_schema(SCHEMA_VERSION - 1))
    added = [
        name
        for kind, name in expected_schema(SCHEMA_VERSION)
        if kind == "table" and (kind, name) not in older
    ]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    for table in added:  # their indexes go with them
        conn.execute(f"DROP TABLE [{table}]")
    conn.execute(
        "DELETE FROM _sqlite_migrations WHERE name = ?", (MIGRATION_NAMES[-1],)
    )
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()


def test_a_backup_from_an_older_version_is_upgraded_on_the_new_file(workshop, tmp_path):
    _edit(workshop, "2.1", 4)
    [backup] = list_backups(workshop)
    _downgrade_one_version(backup.path)
    before = _digest(backup.path)
    [listed] = list_backups(workshop)
    assert listed.healthy and listed.answers is None  # counted once upgraded
    target = tmp_path / "new.crmw"
    assert restore_backup(listed, target).answers == 2
    assert _answers(target) == {(1, "1.1"): 2, (1, "1.2"): 3}
    assert _digest(backup.path) == before


def test_a_backup_can_be_restored_by_path(workshop, tmp_path):
    _edit(workshop, "2.1", 4)
    [backup] = list_backups(workshop)
    assert isinstance(backup, Backup)
    result = restore_backup(backup.path, tmp_path / "by path.crmw")
    assert result.answers == 2


def test_backups_are_listed_for_a_workshop_that_is_gone(workshop):
    _edit(workshop, "2.1", 4)
    workshop.unlink()
    [backup] = list_backups(workshop)
    assert backup.answers == 2


def test_a_failing_backup_folder_never_stops_editing(workshop, tmp_path, monkeypatch):
    blocker = tmp_path / "not a folder"
    blocker.write_text("")
    monkeypatch.setenv("CRM_WORKSHOP_BACKUP_DIR", str(blocker / "backups"))
    with WorkshopSession.open(workshop) as s:
        status = s.backup_status
        assert status is not None and not status.ok
        s.rate(
            s.rounds()[0].id,
            Rating(s.stakeholders()[0].id, "3.1", Answer.LEVEL, 5, 5),
        )
    assert _answers(workshop)[(1, "3.1")] == 5
