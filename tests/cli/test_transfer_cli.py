"""export-json, import-json, export-model and add-model, run as a user runs them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from crm_workshop.locations import MODELS_DIR_VARIABLE, models_dir
from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("transfer-cli") / "demo.crmw"
    result = run("demo", path)
    assert result.returncode == 0, result.stderr
    return path


def lines_without_time(path: Path) -> list[str]:
    return [
        line
        for line in path.read_text("utf-8").splitlines()
        if '"exported_at"' not in line
    ]


def test_export_then_import_gives_the_same_document(demo, tmp_path):
    first, copy, second = tmp_path / "a.json", tmp_path / "a.crmw", tmp_path / "b.json"
    exported = run("export-json", demo, "-o", first)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith(f"Exported {demo} to {first}: ")
    assert "tables" in exported.stdout and exported.stderr == ""
    imported = run("import-json", first, "-o", copy)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"Imported {first} into the new workshop {copy}")
    assert run("export-json", copy, "-o", second).returncode == 0
    assert lines_without_time(first) == lines_without_time(second)
    assert run("check", copy).returncode == 0


def test_nothing_is_overwritten(demo, tmp_path):
    target = tmp_path / "a.json"
    target.write_text("mine")
    err = assert_one_line_error(run("export-json", demo, "-o", target), 3)
    assert "already exists" in err and "--force" in err
    assert target.read_text() == "mine"
    assert run("export-json", demo, "-o", target, "--force").returncode == 0
    workshop = tmp_path / "there.crmw"
    workshop.write_bytes(b"keep")
    err = assert_one_line_error(run("import-json", target, "-o", workshop), 3)
    assert "already exists" in err
    assert workshop.read_bytes() == b"keep"


def test_missing_files_and_folders(demo, tmp_path):
    err = assert_one_line_error(
        run("import-json", tmp_path / "nope.json", "-o", tmp_path / "x.crmw"), 3
    )
    assert err == f"crm-workshop: {tmp_path / 'nope.json'}: no such file\n"
    err = assert_one_line_error(
        run("export-json", demo, "-o", tmp_path / "no" / "x.json"), 3
    )
    assert "no such folder" in err
    assert_one_line_error(run("export-json", tmp_path / "nope.crmw", "-o", "x.json"), 3)


def test_an_invalid_document_lists_its_problems_and_writes_nothing(tmp_path):
    source = tmp_path / "bad.json"
    source.write_text('{"format": "crm-workshop", "format_version": 1}', "utf-8")
    result = run("import-json", source, "-o", tmp_path / "x.crmw")
    assert result.returncode == 7 and result.stdout == ""
    first, *details = result.stderr.splitlines()
    assert first == f"crm-workshop: {source}: 2 problems; nothing was imported"
    assert details == [
        "  schema_version: missing",
        "  tables: must be an object of tables, not null",
    ]
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_a_refused_row_writes_nothing(demo, tmp_path):
    source = tmp_path / "a.json"
    assert run("export-json", demo, "-o", source).returncode == 0
    raw = json.loads(source.read_text("utf-8"))
    raw["tables"]["rounds"][0]["kind"] = "final"
    source.write_text(json.dumps(raw), "utf-8")
    result = run("import-json", source, "-o", tmp_path / "x.crmw")
    assert result.returncode == 7
    assert "rounds row 1: refused by the workshop file's rules" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_newer_document(demo, tmp_path):
    source = tmp_path / "a.json"
    assert run("export-json", demo, "-o", source).returncode == 0
    raw = json.loads(source.read_text("utf-8"))
    raw["format_version"] = 99
    source.write_text(json.dumps(raw), "utf-8")
    err = assert_one_line_error(
        run("import-json", source, "-o", tmp_path / "x.crmw"), 5
    )
    assert "newer version of CRM Workshop (format_version 99" in err


def test_not_a_document(tmp_path):
    source = tmp_path / "a.json"
    source.write_bytes(b"\xff\xfe not text")
    result = run("import-json", source, "-o", tmp_path / "x.crmw")
    assert result.returncode == 7 and "not UTF-8 text" in result.stderr


def test_export_model_then_add_it_to_the_library(demo, tmp_path):
    library = Path(os.environ[MODELS_DIR_VARIABLE])
    model = tmp_path / "acme.toml"
    result = run(
        "export-model", demo, "-o", model, "--model-id", "acme", "--model-version", "2"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Model acme 2 written to {model}: 5 areas, ")
    assert f"add-model {model}" in result.stdout
    assert run("validate-model", model).returncode == 0
    added = run("add-model", model)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Added acme 2 in your model library (")
    assert (library / "acme-2.toml").read_bytes() == model.read_bytes()
    listed = run("models").stdout.splitlines()
    assert listed[-1].startswith("acme 2 ") and listed[-1].endswith("(your library)")
    err = assert_one_line_error(run("add-model", model), 3)
    assert "already in your model library" in err and "--replace" in err
    replaced = run("add-model", model, "--replace")
    assert replaced.stdout.startswith("Replaced acme 2")


def test_export_model_derives_an_id_and_refuses_a_bad_one(demo, tmp_path):
    result = run("export-model", demo, "-o", tmp_path / "m.toml")
    assert result.returncode == 0, result.stderr
    assert "crm-maturity-bursztyn-delikatesy-s-a" in result.stdout
    bad = run("export-model", demo, "-o", tmp_path / "b.toml", "--model-id", "Bad Id")
    assert bad.returncode == 7 and "Traceback" not in bad.stderr
    assert bad.stderr.startswith("crm-workshop: the workshop's model would not be")
    assert "  [model] invalid id 'Bad Id'" in bad.stderr
    assert not (tmp_path / "b.toml").exists()


def test_add_model_refuses_what_it_cannot_take(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("format = 1\n", "utf-8")
    result = run("add-model", broken)
    assert result.returncode == 7
    assert result.stderr.startswith(
        f"crm-workshop: {broken}: not a valid maturity model"
    )
    assert_one_line_error(run("add-model", tmp_path / "none.toml"), 3)
    err = assert_one_line_error(
        run("add-model", models_dir() / "crm-maturity-1.0.toml"), 3
    )
    assert "ships with CRM Workshop" in err
    assert not Path(os.environ[MODELS_DIR_VARIABLE]).exists()
