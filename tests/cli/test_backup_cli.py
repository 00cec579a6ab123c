"""``crm-workshop backups`` and ``crm-workshop restore``, run as a user runs them.

The autouse fixture in tests/conftest.py points ``CRM_WORKSHOP_BACKUP_DIR`` at a
temporary folder; the child processes inherit it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crm_workshop.cli import main
from crm_workshop.domain.assessment import Answer, Rating
from crm_workshop.services.backups import list_backups
from crm_workshop.services.workshop import WorkshopSession
from tests.cli.test_cli import assert_one_line_error, run


def _answers(path: Path) -> int:
    with WorkshopSession.open(path, read_only=True) as session:
        return session.counts()["ratings"]


@pytest.fixture
def demo(tmp_path) -> Path:
    """The demo workshop with two backups: N answers (older), then N + 1 (newest)."""
    path = tmp_path / "Bursztyn – warsztat.crmw"
    assert main(["demo", str(path)]) == 0
    assert main(["check", str(path)]) == 0  # opened: the first backup
    count = _answers(path)
    with WorkshopSession.open(path) as session:  # unchanged: no second one
        round_id = session.rounds()[-1].id
        answered = {
            (r.stakeholder_id, r.question_id) for r in session.ratings(round_id)
        }
        sid, qid = next(
            (s.id, q.id)
            for s in session.stakeholders()
            for q in session.model.questions()
            if (s.id, q.id) not in answered
        )
        session.rate(round_id, Rating(sid, qid, Answer.LEVEL, 3, 4))
    assert main(["check", str(path)]) == 0  # changed since: a second backup
    assert [b.answers for b in list_backups(path)] == [count + 1, count]
    return path


def _older_count(demo: Path) -> int:
    """Answers in the older backup (the fixture checked the newer has one more)."""
    return list_backups(demo)[-1].answers


def test_backups_are_listed_newest_first_and_numbered(demo):
    count = _older_count(demo)
    result = run("backups", demo)
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if re.match(r"\s+\d ", line)]
    assert len(rows) == 2
    assert re.match(
        r"\s+1\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+on open\s+[0-9.]+ [KM]B\s+"
        + str(count + 1)
        + "$",
        rows[0],
    )
    assert re.match(rf"\s+2\s+.+\s+{count}$", rows[1])
    assert str(list_backups(demo)[0].path.parent) in result.stdout


def test_restore_writes_the_newest_or_the_chosen_backup_to_a_new_file(demo, tmp_path):
    count = _older_count(demo)
    newest = tmp_path / "nowy.crmw"
    result = run("restore", demo, "-o", newest)
    assert result.returncode == 0, result.stderr
    assert (
        "Restored backup 1 of" in result.stdout
        and f"{count + 1} answers" in result.stdout
    )
    assert _answers(newest) == count + 1
    older = tmp_path / "starszy.crmw"
    result = run("restore", demo, "--backup", "2", "-o", older)
    assert result.returncode == 0, result.stderr
    assert _answers(older) == count
    assert run("check", older).returncode == 0


def test_restore_never_overwrites(demo, tmp_path):
    target = tmp_path / "taken.crmw"
    target.write_bytes(b"keep me")
    err = assert_one_line_error(run("restore", demo, "-o", target), 3)
    assert "already exists" in err
    assert target.read_bytes() == b"keep me"


def test_wrong_numbers_and_missing_backups_are_one_line_errors(demo, tmp_path, capsys):
    new = str(tmp_path / "new.crmw")
    assert main(["restore", str(demo), "--backup", "3", "-o", new]) == 7
    assert "no backup number 3" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main(["restore", str(demo), "--backup", "0", "-o", new])
    assert usage.value.code == 2
    with pytest.raises(SystemExit) as usage:
        main(["restore", str(demo)])  # -o is required
    assert usage.value.code == 2
    never_opened = tmp_path / "never.crmw"
    assert main(["demo", str(never_opened)]) == 0
    capsys.readouterr()
    assert main(["restore", str(never_opened), "-o", new]) == 3
    assert "no backups" in capsys.readouterr().err
    assert main(["backups", str(never_opened)]) == 0
    assert "No backups of" in capsys.readouterr().out
    assert main(["backups", str(tmp_path / "nothing here.crmw")]) == 3
    assert not Path(new).exists()


def test_a_damaged_backup_is_refused(demo, tmp_path, capsys):
    backup = list_backups(demo)[0].path
    data = bytearray(backup.read_bytes())
    data[len(data) // 2 :] = bytes(len(data) - len(data) // 2)
    backup.write_bytes(bytes(data))
    assert main(["backups", str(demo)]) == 0
    listed = capsys.readouterr().out.splitlines()
    [first] = [line for line in listed if re.match(r"\s+1 ", line)]
    assert re.search(r"\sdamaged  \(.+\)$", first), first  # and why
    new = tmp_path / "new.crmw"
    assert main(["restore", str(demo), "-o", str(new)]) == 4
    err = capsys.readouterr().err
    assert err.startswith("crm-workshop: the backup ") and "damaged" in err
    assert err.count("\n") == 1
    assert not new.exists()
    assert main(["restore", str(demo), "--backup", "2", "-o", str(new)]) == 0
