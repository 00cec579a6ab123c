"""A disk that fills up, a place that refuses writing: typed errors, nothing lost.

Tests run as root, so file modes stop nothing. A full disk is a child process with a
file-size limit (``RLIMIT_FSIZE``, SIGXFSZ ignored: a write past it fails with EFBIG,
which SQLite reports as a disk I/O error) or SQLite's own ``max_page_count`` (SQLITE_FULL,
"database or disk is full"); a read-only workshop is an SQLite connection opened
``mode=ro``; our own file writes meet a monkeypatched ``os`` call. Every test reopens
the file from disk afterwards.
"""

from __future__ import annotations

import errno
import json
import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import Answer, Rating
from crm_workshop.services.demo import create_demo
from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.storage import database
from crm_workshop.storage.database import WorkshopDatabase, open_workshop_file
from crm_workshop.storage.errors import (
    DiskFull,
    NotWritable,
    WorkshopReadOnly,
    WriteFailed,
    os_write_error,
)
from tests import harness
from tests.storage.conftest import digest

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="file-size limits are POSIX"
)

ROOT = Path(__file__).resolve().parents[2]

# A child that sets up, then lowers its own file-size limit and tries one thing.
CHILD = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    from pathlib import Path
    from crm_workshop.services import errors
    from crm_workshop.services.workshop import WorkshopSession

    scenario, path, limit, *rest = sys.argv[1:]
    path, limit = Path(path), int(limit)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)

    def full():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))

    def space_is_back():
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))

    result = {}
    try:
        if scenario == "evidence":
            with WorkshopSession.open(path) as session:
                before = len(session.evidence())
                full()
                try:
                    session.attach_evidence(rest[0], question_id="1.1")
                finally:
                    result["after_refusal"] = len(session.evidence()) - before
                    space_is_back()
                    session.attach_evidence(rest[0], question_id="1.1")
                    result["retried"] = len(session.evidence()) - before
        elif scenario == "import":
            from crm_workshop.services.ratings_csv import import_ratings

            with WorkshopSession.open(path) as session:
                full()
                import_ratings(session, Path(rest[0]), "Import")
        elif scenario == "copy":
            with WorkshopSession.open(path) as session:
                full()
                session.save_copy(rest[0])
        elif scenario == "create":
            from crm_workshop.domain.engagement import Engagement

            full()
            WorkshopSession.create(path, Engagement(client_name="Nowy")).close()
        elif scenario == "upgrade":
            full()
            WorkshopSession.open(path).close()
        elif scenario == "pdf":
            from crm_workshop.services.report import export_report

            with WorkshopSession.open(path) as session:
                full()
                export_report(session, rest[0])
        result["outcome"] = "done"
    except errors.WorkshopFileError as exc:
        result.update(outcome="refused", error=type(exc).__name__, detail=exc.detail,
                      path=str(exc.path))
    print(json.dumps(result), flush=True)
    """
)


def run_child(scenario: str, path: Path, limit: int, *rest: object) -> dict:
    """Run ``scenario`` under a ``limit``-byte file-size limit; its JSON result."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, scenario, str(path), str(limit), *map(str, rest)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )
    # the process stays up: a typed refusal, never a traceback or a signal
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "Bursztyn pełny.crmw"
    create_demo(path).close()
    return path


def answers(path: Path) -> dict[tuple[int, int, str], tuple]:
    """Every answer in the file, by (round, stakeholder, question); the file must pass
    SQLite's integrity and foreign-key checks and the app's own."""
    with WorkshopSession.open(path) as session:
        assert session.check() == []
        return {
            (round_.id, r.stakeholder_id, r.question_id): (r.current, r.comment)
            for round_ in session.rounds()
            for r in session.ratings(round_.id)
        }


def hidden_files(folder: Path) -> list[str]:
    """Temporaries the app writes start with a dot (lock files are not temporaries)."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith(".") and not p.name.endswith(".lock")
    )


# -- answers ------------------------------------------------------------------------------
def test_a_disk_filling_up_while_answers_are_written_loses_none(tmp_path):
    # the harness case, seeded and short: refusals are typed, the refused answer is
    # not in the file, the same write succeeds once there is space, and the file
    # opens with every acknowledged answer (value and comment)
    row = harness.disk_fills_up(tmp_path, 4, random.Random(20261005))
    assert row.ok and row.tried == 4, row.notes


def test_sqlite_full_is_disk_full_and_the_next_write_succeeds(demo_path):
    before = answers(demo_path)
    with WorkshopSession.open(demo_path) as session:
        conn = session._db.conn
        round_id = session.rounds()[0].id
        sid = session.stakeholders()[0].id
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # no page can be added
        big = Rating(sid, "1.1", Answer.LEVEL, 2, comment="pełny dysk " * 3000)
        with pytest.raises(DiskFull) as refused:
            session.rate(round_id, big)
        assert refused.value.path == demo_path
        assert not conn.in_transaction and not session.read_only
        assert {
            (round_.id, r.stakeholder_id, r.question_id): (r.current, r.comment)
            for round_ in session.rounds()
            for r in session.ratings(round_.id)
        } == before  # the session reads the saved state, not the refused answer
        conn.execute(f"PRAGMA max_page_count = {pages * 100}")  # space is back
        session.rate(round_id, big)
    after = answers(demo_path)
    assert after[(round_id, sid, "1.1")] == (2, big.comment)
    assert {k: v for k, v in after.items() if k != (round_id, sid, "1.1")} == {
        k: v for k, v in before.items() if k != (round_id, sid, "1.1")
    }


def test_a_group_of_writes_refused_halfway_leaves_none_of_them(demo_path):
    before = answers(demo_path)
    with WorkshopSession.open(demo_path) as session:
        conn = session._db.conn
        round_id = session.rounds()[0].id
        people = [p.id for p in session.stakeholders()]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        with pytest.raises(DiskFull), session.transaction():
            for sid in people:  # nested writes: the third or so runs out of pages
                session.rate(
                    round_id, Rating(sid, "2.1", Answer.LEVEL, 5, comment="x" * 5000)
                )
        assert not conn.in_transaction
        conn.execute(f"PRAGMA max_page_count = {pages * 100}")
        session.add_stakeholder("Po awarii")  # the connection is usable again
    assert answers(demo_path) == before


# -- evidence, CSV import -------------------------------------------------------------------
def test_large_evidence_on_a_full_disk_is_refused_and_fits_once_there_is_space(
    demo_path, tmp_path
):
    photo = tmp_path / "tablica.jpg"
    photo.write_bytes(random.Random(3).randbytes(2_000_000))
    before = answers(demo_path)
    result = run_child(
        "evidence", demo_path, demo_path.stat().st_size + 64 * 1024, photo
    )
    assert result["outcome"] == "refused" and result["error"] in {
        "DiskFull",
        "WriteFailed",
    }
    assert result["path"] == str(demo_path)
    assert result["after_refusal"] == 0 and result["retried"] == 1
    assert answers(demo_path) == before
    with WorkshopSession.open(demo_path, read_only=True) as session:
        stored = [e for e in session.evidence() if e.filename == "tablica.jpg"]
        assert len(stored) == 1
        assert session.evidence_content(stored[0].id) == photo.read_bytes()
    assert hidden_files(tmp_path) == []


def test_a_csv_import_on_a_full_disk_imports_nothing(demo_path, tmp_path):
    people = 60
    questions = [f"{a}.{q}" for a in range(1, 4) for q in range(1, 4)]
    lines = ["stakeholder,department,question_id,current,target,comment"]
    lines += [
        f"Osoba {n} Żółć,it,{qid},{n % 5 + 1},5,{'komentarz ' * 40}"
        for n in range(people)
        for qid in questions
    ]
    csv_path = tmp_path / "odpowiedzi.csv"
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = answers(demo_path)
    result = run_child(
        "import", demo_path, demo_path.stat().st_size + 16 * 1024, csv_path
    )
    assert result["outcome"] == "refused"
    assert result["error"] in {"DiskFull", "WriteFailed"}
    assert answers(demo_path) == before  # all or nothing: nothing
    with WorkshopSession.open(demo_path, read_only=True) as session:
        assert "Import" not in [r.name for r in session.rounds()]
        assert not any(p.name.startswith("Osoba ") for p in session.stakeholders())


# -- files we write: copies, new workshops, upgrades, the PDF ------------------------------
def test_save_a_copy_on_a_full_disk_leaves_no_copy_and_no_temporary(
    demo_path, tmp_path
):
    target = tmp_path / "kopia.crmw"
    result = run_child("copy", demo_path, 64 * 1024, target)  # smaller than the copy
    assert result["outcome"] == "refused"
    assert result["error"] in {"DiskFull", "WriteFailed"}
    assert result["path"] == str(target)
    assert not target.exists() and hidden_files(tmp_path) == []
    assert answers(demo_path)  # the original opens, checked


def test_a_copy_with_no_space_to_sync_is_disk_full(demo_path, tmp_path, monkeypatch):
    target = tmp_path / "kopia.crmw"
    real_fsync = os.fsync

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with WorkshopSession.open(demo_path) as session:
        monkeypatch.setattr(os, "fsync", no_space)
        with pytest.raises(DiskFull) as refused:
            session.save_copy(target)
        monkeypatch.setattr(os, "fsync", real_fsync)
        assert refused.value.path == target
        assert not target.exists() and hidden_files(tmp_path) == []
        session.save_copy(target)  # the session is untouched: the copy works now
    assert answers(target) == answers(demo_path)


def test_a_copy_where_no_file_can_be_created_is_a_typed_refusal(demo_path, tmp_path):
    blocker = tmp_path / "plik"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    with WorkshopSession.open(demo_path) as session, pytest.raises(WriteFailed):
        session.save_copy(blocker / "kopia.crmw")


@pytest.mark.parametrize("limit", [16 * 1024, 200 * 1024])
def test_a_new_workshop_on_a_full_disk_leaves_nothing_behind(tmp_path, limit):
    # 16 KB: the schema does not fit; 200 KB: the schema does, the model snapshot not
    path = tmp_path / "Nowy klient.crmw"
    result = run_child("create", path, limit)
    assert result["outcome"] == "refused"
    assert result["error"] in {"DiskFull", "WriteFailed"}
    assert result["path"] == str(path)
    assert not path.exists() and not Path(f"{path}-journal").exists()
    assert hidden_files(tmp_path) == []


def test_an_upgrade_whose_backup_finds_no_space_leaves_the_file_as_it_was(tmp_path):
    path = tmp_path / "Stary warsztat.crmw"
    count = harness.old_workshop(path, 1, random.Random(1))
    before = digest(path)
    result = run_child("upgrade", path, path.stat().st_size // 2)
    assert result["outcome"] == "refused"
    assert result["error"] in {"DiskFull", "WriteFailed"}
    assert result["path"] == str(path)  # the workshop is named, not its backup
    assert "backup before the upgrade" in result["detail"]
    assert digest(path) == before
    assert (
        list(tmp_path.glob("*before-upgrade*")) == [] and hidden_files(tmp_path) == []
    )
    with WorkshopSession.open(path) as session:  # the lock was released; space is back
        assert session.check() == []
        assert sum(len(session.ratings(r.id)) for r in session.rounds()) == count


def test_an_upgrade_refused_halfway_keeps_its_backup_and_opens_later(tmp_path):
    path = tmp_path / "Stary warsztat.crmw"
    count = harness.old_workshop(path, 1, random.Random(2))
    # room for the backup (a copy of the same size) but not for the upgrade's growth
    result = run_child("upgrade", path, path.stat().st_size)
    assert result["outcome"] == "refused", result
    assert result["error"] in {"DiskFull", "WriteFailed"}
    assert "upgrade failed" in result["detail"]
    (backup,) = tmp_path.glob("*before-upgrade-v1.crmw")
    for candidate in (path, backup):
        with WorkshopSession.open(candidate) as session:
            assert session.check() == []
            assert sum(len(session.ratings(r.id)) for r in session.rounds()) == count


@pytest.fixture
def empty_path(tmp_path) -> Path:
    """A workshop with no answers: its report has no charts to draw (fast)."""
    from crm_workshop.domain.assessment import RoundKind
    from crm_workshop.domain.engagement import Engagement

    path = tmp_path / "Pusty.crmw"
    with WorkshopSession.create(path, Engagement(client_name="Pusty Klient")) as s:
        s.add_round("Baseline", RoundKind.BASELINE, "2026-10-01")
    return path


def test_a_pdf_on_a_full_disk_is_typed_and_leaves_no_part_file(empty_path, tmp_path):
    target = tmp_path / "raport.pdf"
    result = run_child("pdf", empty_path, 8 * 1024, target)
    assert result == {
        "outcome": "refused",
        "error": "DiskFull",
        "detail": os.strerror(errno.EFBIG),
        "path": str(target),
    }
    assert not target.exists() and hidden_files(tmp_path) == []


def test_a_pdf_whose_sync_finds_no_space_is_disk_full(
    empty_path, tmp_path, monkeypatch
):
    from crm_workshop.services.report import export_report

    target = tmp_path / "raport.pdf"
    with WorkshopSession.open(empty_path) as session:

        def no_space(fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", no_space)
        with pytest.raises(DiskFull) as refused:
            export_report(session, target)
    assert refused.value.path == target
    assert not target.exists() and hidden_files(tmp_path) == []


def test_os_errors_of_our_own_writes_are_typed():
    place = Path("raport.pdf")
    full = os_write_error(place, OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(full, DiskFull) and full.detail == "No space left on device"
    assert isinstance(os_write_error(place, OSError(errno.EFBIG, "big")), DiskFull)
    assert isinstance(os_write_error(place, OSError(errno.EROFS, "ro")), NotWritable)
    assert isinstance(os_write_error(place, OSError(errno.EACCES, "no")), NotWritable)
    assert os_write_error(place, OSError(errno.ENOENT, "gone")) is None


# -- read-only ------------------------------------------------------------------------------
def read_only_underneath(path: Path) -> WorkshopDatabase:
    """The workshop as if its disk turned read-only after opening: the session thinks
    it may write, SQLite's connection (``mode=ro``) cannot."""
    conn = database._connect(path, read_only=True)
    return WorkshopDatabase(path, conn, read_only=False)


def test_sqlite_refusing_a_read_only_file_switches_the_session_to_read_only(
    demo_path, tmp_path
):
    before = answers(demo_path)
    session = WorkshopSession(read_only_underneath(demo_path))
    try:
        round_id = session.rounds()[0].id
        sid = session.stakeholders()[0].id
        with pytest.raises(WorkshopReadOnly) as refused:
            session.rate(round_id, Rating(sid, "1.1", Answer.LEVEL, 1))
        assert refused.value.path == demo_path
        assert session.read_only  # from now on edits are refused at once
        with pytest.raises(WorkshopReadOnly, match="cannot be written"):
            session.add_stakeholder("Nowa Osoba")
        assert len(session.ratings(round_id)) == len(
            [k for k in before if k[0] == round_id]
        )  # reading goes on
        session.save_copy(tmp_path / "kopia.crmw")  # and the way on: a copy elsewhere
    finally:
        session.close()
    assert answers(demo_path) == before
    assert answers(tmp_path / "kopia.crmw") == before


def test_a_transaction_that_cannot_be_ended_switches_to_read_only(
    demo_path, monkeypatch
):
    # the rollback after a refused write fails too (the disk stopped answering): a
    # transaction left open would swallow every later write, so none is accepted
    with open_workshop_file(demo_path) as ws:
        conn = ws.conn

        def refuse_rollback(*args: object) -> None:
            raise sqlite3.OperationalError("disk I/O error")

        def refuse(statement: str, *args: object) -> object:
            if statement.strip().upper().startswith("ROLLBACK"):
                raise sqlite3.OperationalError("disk I/O error")
            return original(statement, *args)

        original = conn.execute
        monkeypatch.setattr(conn, "execute", refuse)
        monkeypatch.setattr(conn, "rollback", refuse_rollback)
        with pytest.raises(WriteFailed), ws.write() as db:
            db.execute("INSERT INTO stakeholders (name) VALUES ('W locie')")
            raise sqlite3.OperationalError("disk I/O error")
        assert conn.in_transaction
        assert ws.read_only
        with pytest.raises(WorkshopReadOnly, match="stopped answering"), ws.write():
            pass
        monkeypatch.undo()
        conn.rollback()
    with open_workshop_file(demo_path) as ws:
        names = [row[0] for row in ws.conn.execute("SELECT name FROM stakeholders")]
        assert "W locie" not in names
