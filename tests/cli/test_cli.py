"""The command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "crm_workshop", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("crm-workshop: ")
    assert result.stdout == ""
    return result.stderr


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.crmw"
    result = run("demo", path)
    assert result.returncode == 0, result.stderr
    assert "11 stakeholders" in result.stdout
    return path


def test_summary_prints_every_area_in_both_languages(demo):
    en = run("summary", demo)
    assert en.returncode == 0, en.stderr
    for title in (
        "People & Organisation",
        "Customer Data Unification",
        "Overall index",
    ):
        assert title in en.stdout
    assert "Disagreement" in en.stdout and "2.3" in en.stdout
    pl = run("summary", demo, "--lang", "pl")
    assert "Unifikacja danych o klientach" in pl.stdout
    assert "Bursztyn Delikatesy S.A." in pl.stdout


def test_summary_of_an_unknown_round(demo):
    err = assert_one_line_error(run("summary", demo, "--round", "Q7"), 7)
    assert "no round named 'Q7'" in err and "'Baseline'" in err


def test_check_reports_a_healthy_demo(demo):
    result = run("check", demo)
    assert result.returncode == 0 and "healthy" in result.stdout


def test_check_finds_broken_invariants(tmp_path):
    path = tmp_path / "bad.crmw"
    assert run("demo", path).returncode == 0
    conn = sqlite3.connect(path)
    conn.execute("UPDATE ratings SET question_id = '9.9' WHERE rowid = 1")
    conn.execute("UPDATE engagement SET client_name = ''")
    conn.commit()
    conn.close()
    result = run("check", path)
    assert result.returncode == 8
    assert "'9.9'" in result.stderr and "no client name" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("table", "column", "value", "shown", "where"),
    [
        ("ratings", "current_level", 7, "7", "answer = 'level'"),
        ("ratings", "current_level", 0, "0", "answer = 'level'"),
        ("ratings", "target_level", 2.5, "2.5", "target_level IS NOT NULL"),
        ("initiative_questions", "to_level", None, "NULL", "1"),
        ("initiatives", "urgency", 9, "9", "1"),
        ("level_overrides", "level", 6, "6", "1"),
    ],
)
@pytest.mark.parametrize("read_only", [False, True])
def test_check_names_each_damaged_level_and_changes_nothing(
    demo, tmp_path, table, column, value, shown, where, read_only
):
    """Another tool wrote a level the app cannot read, past the file's own rules."""
    import hashlib
    import shutil

    path = tmp_path / "uszkodzony.crmw"
    shutil.copy(demo, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    (rowid,) = conn.execute(f"SELECT min(rowid) FROM {table} WHERE {where}").fetchone()
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, rowid))
    conn.commit()
    conn.close()
    before = hashlib.sha256(path.read_bytes()).digest()
    result = run("check", path, *(["--read-only"] if read_only else []))
    assert result.returncode == 8, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.startswith(f"crm-workshop: {path}: ")
    assert f"  {table} row {rowid}: {column} is {shown}, not a level from 1 to 5\n" in (
        result.stderr
    )
    assert hashlib.sha256(path.read_bytes()).digest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_export_and_import_ratings(demo, tmp_path):
    out = tmp_path / "ratings.csv"
    result = run("export-ratings", demo, "-o", out, "--round", "Baseline")
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith(
        "round,stakeholder,department,role,question_id,current,target,comment"
    )
    assert (
        "Łukasz Dąbrowski" in text and "not applicable" in text and "don't know" in text
    )
    again = assert_one_line_error(run("export-ratings", demo, "-o", out), 3)
    assert "already exists" in again

    fresh = tmp_path / "fresh.crmw"
    assert run("demo", fresh).returncode == 0
    imported = run("import-ratings", fresh, out, "--round", "Q2 2027")
    assert imported.returncode == 0, imported.stderr
    assert "into round 'Q2 2027' (new round)" in imported.stdout


def test_bad_csv_lists_every_row_and_imports_nothing(demo, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "stakeholder,question_id,current\nA,1.1,9\nB,x,2\n", encoding="utf-8"
    )
    result = run("import-ratings", demo, bad)
    assert result.returncode == 7
    assert "nothing was imported" in result.stderr
    assert "line 2:" in result.stderr and "line 3:" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "code", "phrase"),
    [
        (b"hello", 4, "not a CRM Workshop file"),
        (b"", 4, "empty file"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path, content, code, phrase):
    path = tmp_path / "x.crmw"
    path.write_bytes(content)
    for command in ("summary", "check", "export-ratings"):
        extra = ["-o", str(tmp_path / "o.csv")] if command == "export-ratings" else []
        err = assert_one_line_error(run(command, path, *extra), code)
        assert phrase in err
    assert path.read_bytes() == content


def test_foreign_and_newer_files(tmp_path):
    foreign = tmp_path / "foreign.crmw"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "another application" in assert_one_line_error(run("summary", foreign), 4)
    newer = tmp_path / "newer.crmw"
    assert run("demo", newer).returncode == 0
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    assert "newer version" in assert_one_line_error(run("summary", newer), 5)


def test_missing_file_and_existing_demo_target(tmp_path, demo):
    assert "no such workshop" in assert_one_line_error(
        run("summary", tmp_path / "no.crmw"), 3
    )
    before = demo.read_bytes()
    assert "already exists" in assert_one_line_error(run("demo", demo), 3)
    assert demo.read_bytes() == before


@pytest.mark.parametrize("command", ["summary", "check", "recover"])
def test_a_workshop_this_user_may_not_read_is_said_so(
    demo, tmp_path, refuse_reading, capsys, command
):
    """In this process, so that the file can be made unreadable (tests run as root)."""
    import shutil

    from crm_workshop.cli import main

    path = tmp_path / "cudzy.crmw"
    shutil.copy(demo, path)
    before = path.stat()
    refuse_reading(path)
    extra = ["-o", str(tmp_path / "odzyskany.crmw")] if command == "recover" else []
    code = main([command, str(path), *extra])
    captured = capsys.readouterr()
    assert code == 6 and captured.out == ""
    assert captured.err == (
        f"crm-workshop: {path} cannot be read with this user's permissions; nothing "
        "was written. Ask the file's owner to let you read it, or to copy it to a "
        "folder where you may read it\n"
    )
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cudzy.crmw"]


def test_models_and_usage_errors():
    models = run("models")
    assert models.returncode == 0 and "crm-maturity 1.0" in models.stdout
    assert "28 questions" in models.stdout
    usage = run("summary")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    assert len(usage.stderr.strip().splitlines()) == 1
    assert run("--version").stdout.startswith("crm-workshop ")


def test_missing_input_files_exit_with_not_found(demo, tmp_path):
    err = assert_one_line_error(run("import-ratings", demo, tmp_path / "none.csv"), 3)
    assert "no such file" in err
    err = assert_one_line_error(run("validate-model", tmp_path / "none.toml"), 3)
    assert "no such model file" in err


def test_a_reader_that_stops_early_gets_no_error_message(demo):
    """``crm-workshop summary X | head -1``: the closed pipe ends the command
    quietly, with no message and no traceback on standard error."""
    process = subprocess.Popen(
        [sys.executable, "-m", "crm_workshop", "summary", str(demo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    process.stdout.close()  # the reader is gone before the first line is written
    stderr = process.stderr.read().decode("utf-8")
    process.wait(timeout=120)
    assert stderr == ""
    assert process.returncode == 141
