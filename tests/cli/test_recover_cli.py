"""``crm-workshop recover``, run as a user runs it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.test_cli import assert_one_line_error, run
from tests.storage.conftest import digest

PAGE = 4096


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("recover") / "demo.crmw"
    assert run("demo", path).returncode == 0
    return path


def root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    finally:
        conn.close()


def damaged_copy(demo: Path, target: Path, *pages: int, header: bool = False) -> Path:
    data = bytearray(demo.read_bytes())
    for page in pages:
        data[(page - 1) * PAGE : page * PAGE] = bytes(PAGE)
    if header:
        data[0:24] = bytes(24)
    target.write_bytes(bytes(data))
    return target


def table_line(out: str, table: str) -> list[str]:
    return next(line.split() for line in out.splitlines() if line.startswith(table))


def test_a_healthy_workshop_is_copied_whole(demo, tmp_path):
    before = digest(demo)
    new = tmp_path / "nowy.crmw"
    result = run("recover", demo, "-o", new)
    assert result.returncode == 0, result.stderr
    assert table_line(result.stdout, "ratings") == ["ratings", "339", "0"]
    assert table_line(result.stdout, "stakeholders")[1:] == ["11", "0"]
    assert "Nothing was lost." in result.stdout
    assert "the workshop's own snapshot" in result.stdout
    assert digest(demo) == before
    check = run("check", new)
    assert check.returncode == 0, check.stderr
    assert "339 answers" in check.stdout
    summary = run("summary", new)
    assert summary.stdout == run("summary", demo).stdout


def test_a_lost_table_is_reported_and_the_rest_recovered(demo, tmp_path):
    damaged = damaged_copy(demo, tmp_path / "zły.crmw", root_page(demo, "ratings"))
    before = (digest(damaged), damaged.stat().st_mtime_ns)
    assert_one_line_error(run("check", damaged), 4)  # the app refuses to open it
    new = tmp_path / "odzyskany.crmw"
    result = run("recover", damaged, "-o", new)
    assert result.returncode == 0, result.stderr
    assert table_line(result.stdout, "ratings")[1:] == ["0", "339"]
    assert table_line(result.stdout, "stakeholders")[1:] == ["11", "0"]
    assert "Some content could not be read." in result.stdout
    assert (digest(damaged), damaged.stat().st_mtime_ns) == before
    check = run("check", new)
    assert check.returncode == 0, check.stderr
    assert "11 stakeholders" in check.stdout


def test_an_unreadable_model_falls_back_to_the_default_and_says_so(demo, tmp_path):
    damaged = damaged_copy(
        demo, tmp_path / "model.crmw", root_page(demo, "model_snapshot"), header=True
    )
    new = tmp_path / "new.crmw"
    result = run("recover", damaged, "-o", new)
    assert result.returncode == 0, result.stderr
    assert "model snapshot could not be read; the default model" in result.stdout
    assert "header was damaged and was rebuilt" in result.stdout
    assert table_line(result.stdout, "ratings")[1:] == ["339", "0"]
    assert run("check", new).returncode == 0


def test_a_file_with_nothing_readable_is_refused_in_one_line(demo, tmp_path):
    damaged = damaged_copy(demo, tmp_path / "pusty.crmw", 1, 2, 3, 4, 5, 6)
    err = assert_one_line_error(run("recover", damaged, "-o", tmp_path / "n.crmw"), 4)
    assert "nothing could be recovered" in err
    assert not (tmp_path / "n.crmw").exists()


def test_not_a_database_is_refused(tmp_path):
    text = tmp_path / "notes.crmw"
    text.write_text("client,question\n" * 200, "utf-8")
    err = assert_one_line_error(run("recover", text, "-o", tmp_path / "n.crmw"), 4)
    assert "not" in err
    assert not (tmp_path / "n.crmw").exists()


def test_target_exists_or_source_missing(demo, tmp_path):
    taken = tmp_path / "taken.crmw"
    taken.write_bytes(b"keep me")
    err = assert_one_line_error(run("recover", demo, "-o", taken), 3)
    assert "already exists" in err
    assert taken.read_bytes() == b"keep me"
    assert_one_line_error(
        run("recover", tmp_path / "nope.crmw", "-o", tmp_path / "x"), 3
    )
    missing_folder = tmp_path / "no" / "x.crmw"
    assert_one_line_error(run("recover", demo, "-o", missing_folder), 3)


def test_recovering_onto_itself_is_refused(demo):
    before = digest(demo)
    assert_one_line_error(run("recover", demo, "-o", demo), 3)
    assert digest(demo) == before


def test_output_is_required(demo):
    assert run("recover", demo).returncode == 2


def test_a_schema_entry_that_is_not_utf8_is_recovered_without_a_traceback(
    demo, tmp_path
):
    # SQLite's error message then quotes bytes that are not UTF-8
    damaged = tmp_path / "damaged.crmw"
    data = demo.read_bytes()
    old = b"CREATE TABLE engagement ("
    assert old in data
    damaged.write_bytes(data.replace(old, b"CREATE TABLE engagement \xff"))
    result = run("recover", damaged, "-o", tmp_path / "new.crmw")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert "engagement" in result.stdout
    assert (tmp_path / "new.crmw").exists()
