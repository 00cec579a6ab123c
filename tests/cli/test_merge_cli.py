"""``crm-workshop merge``, run as a user runs it: in a subprocess."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import Answer, Rating
from crm_workshop.domain.engagement import Engagement, Session
from crm_workshop.services.workshop import WorkshopSession
from tests.cli.test_cli import assert_one_line_error, run
from tests.factories import small_model


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> tuple[Path, Path]:
    """Two copies of the demo: the other one captured a session of its own."""
    folder = tmp_path_factory.mktemp("merge")
    mine, theirs = folder / "Bursztyn.crmw", folder / "Bursztyn – Ania.crmw"
    assert run("demo", mine).returncode == 0
    shutil.copy(mine, theirs)
    with WorkshopSession.open(theirs) as other:
        round_id = other.round_named("Baseline").id
        zofia = other.add_stakeholder("Zofia Wróbel", "Kierownik sklepu", "sales")
        other.add_session(
            Session(0, "2026-10-28", "Sprzedaż – dogrywka", ("value",), (zofia,))
        )
        other.rate(round_id, Rating(zofia, "5.1", Answer.LEVEL, 2, 4, "🙂 " * 5000))
        first = next(r for r in other.ratings(round_id) if r.question_id == "1.1")
        other.rate(round_id, replace(first, target=None, comment="<b>ich</b>\nzdanie"))
    return mine, theirs


@pytest.fixture
def copies(prepared, tmp_path) -> tuple[Path, Path]:
    for path in prepared:
        shutil.copy(path, tmp_path / path.name)
    return tmp_path / prepared[0].name, tmp_path / prepared[1].name


def answers(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM ratings").fetchone()[0]
    finally:
        conn.close()


def test_merge_adds_their_session_and_lists_each_conflict_on_one_line(copies):
    mine, theirs = copies
    before = answers(mine)
    result = run("merge", mine, theirs)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Traceback" not in out + result.stderr
    assert "(Bursztyn.crmw as it was is kept in Bursztyn.before-merge.crmw)" in out
    assert "1 new stakeholder: Zofia Wróbel" in out
    assert "1 new session: 2026-10-28 Sprzedaż – dogrywka" in out
    assert "  1 answer\n" in out
    (line,) = [x for x in out.splitlines() if x.startswith("  answer of ")]
    assert "question 1.1" in line and "| other copy " in line
    assert '"<b>ich</b> zdanie"' in line  # literal text, on one line
    assert "the roadmap of the other copy was not merged" in out
    assert len(max(out.splitlines(), key=len)) < 400  # 10,000 characters shortened
    assert answers(mine) == before + 1
    assert answers(mine.with_name("Bursztyn.before-merge.crmw")) == before
    again = run("merge", mine, theirs)
    assert again.returncode == 0
    assert "Nothing was written: Bursztyn – Ania.crmw holds nothing new" in again.stdout


def test_dry_run_writes_nothing(copies):
    mine, theirs = copies
    content = mine.read_bytes()
    result = run("merge", mine, theirs, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Dry run: nothing was written.")
    assert "It would add:" in result.stdout and "would be kept" in result.stdout
    assert mine.read_bytes() == content
    assert {p.name for p in mine.parent.glob("*.crmw")} == {
        "Bursztyn.crmw",
        "Bursztyn – Ania.crmw",
    }


def test_prefer_theirs_takes_the_other_copys_values(copies):
    mine, theirs = copies
    result = run("merge", mine, theirs, "--prefer", "theirs")
    assert result.returncode == 0, result.stderr
    assert "the other copy's values were taken" in result.stdout
    with WorkshopSession.open(mine, read_only=True) as session:
        round_id = session.round_named("Baseline").id
        comments = {r.comment for r in session.question_ratings(round_id, "1.1")}
    assert "<b>ich</b>\nzdanie" in comments
    assert "Nothing to merge" in run("merge", mine, theirs).stdout


def test_merging_a_workshop_into_itself(copies):
    mine, _ = copies
    result = run("merge", mine, mine)
    assert result.returncode == 0, result.stderr
    assert "is this workshop itself: nothing to merge" in result.stdout


def test_bad_other_files_get_the_usual_exit_codes(copies, tmp_path):
    mine, theirs = copies
    content = mine.read_bytes()
    assert_one_line_error(run("merge", mine, tmp_path / "nie ma.crmw"), 3)
    text = tmp_path / "notatki.crmw"
    text.write_text("to nie jest warsztat", encoding="utf-8")
    assert_one_line_error(run("merge", mine, text), 4)
    conn = sqlite3.connect(theirs)
    conn.execute("PRAGMA user_version = 42")
    conn.commit()
    conn.close()
    err = assert_one_line_error(run("merge", mine, theirs), 5)
    assert "newer version" in err
    small = tmp_path / "mały.crmw"
    WorkshopSession.create(small, Engagement(client_name="X"), small_model()).close()
    err = assert_one_line_error(run("merge", mine, small), 7)
    assert "model small 1" in err and "nothing was written" in err
    assert mine.read_bytes() == content
    assert not mine.with_name("Bursztyn.before-merge.crmw").exists()


def test_wrong_usage(copies):
    mine, theirs = copies
    result = run("merge", mine, theirs, "--prefer", "both")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_merge_loads_neither_qt_nor_the_report_libraries(copies):
    mine, theirs = copies
    script = (
        "import sys\n"
        "from crm_workshop.cli import main\n"
        f"assert main(['merge', {str(mine)!r}, {str(theirs)!r}]) == 0\n"
        "heavy = ('PySide6', 'shiboken6', 'reportlab', 'openpyxl', 'docx', 'matplotlib')\n"
        "print('LOADED:', sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED: []" in result.stdout


def test_a_workshop_changed_during_the_merge_is_one_plain_line(tmp_path):
    from crm_workshop.cli import EXIT_IN_USE, _merge_errors
    from crm_workshop.services.merge import MergeOutOfDate

    error = _merge_errors(MergeOutOfDate(tmp_path / "a.crmw", "plan out of date"))
    assert error is not None and error.code == EXIT_IN_USE
    message = str(error)
    assert "a.crmw" in message and "nothing was written" in message
    assert "run the merge again" in message and "plan out of date" not in message
