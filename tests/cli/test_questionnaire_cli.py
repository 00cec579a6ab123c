"""``crm-workshop questionnaire`` and ``import-questionnaire``, run as a user runs them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli.test_cli import assert_one_line_error, run


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("questionnaire-cli") / "demo.crmw"
    assert run("demo", path).returncode == 0
    return path


@pytest.fixture
def demo(template, tmp_path) -> Path:
    path = tmp_path / "demo.crmw"
    shutil.copy(template, path)
    return path


def test_a_blank_pdf_and_a_named_workbook(demo, tmp_path):
    out = tmp_path / "blank.pdf"
    result = run("questionnaire", demo, "-o", out, "--lang", "pl")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Questionnaire (blank, pl) written to {out}\n"
    assert "Ankieta dojrzałości CRM" in PdfReader(out).pages[0].extract_text()
    book_path = tmp_path / "kw.xlsx"
    result = run(
        "questionnaire", demo, "-o", book_path, "--stakeholder", "Katarzyna Wiśniewska",
        "--lang", "en", "--areas", "people,3",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(book_path)
    assert book.sheetnames == ["Instructions", "Area 1", "Area 3", "crmw"]
    assert book["Instructions"]["B5"].value == "Katarzyna Wiśniewska"


def test_one_per_active_stakeholder_into_a_folder(demo, tmp_path):
    folder = tmp_path / "out"
    result = run(
        "questionnaire", demo, "-o", folder, "--all-stakeholders", "--format", "xlsx"
    )
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 11 and "Ankieta – Łukasz Dąbrowski.xlsx" in files
    again = run("questionnaire", demo, "-o", folder, "--all-stakeholders")
    err = assert_one_line_error(again, 3)
    assert "11 files already exist; add --force" in err  # nothing written
    assert len(list(folder.iterdir())) == 11


def test_refusals_are_one_clear_line(demo, tmp_path):
    err = assert_one_line_error(run("questionnaire", demo, "-o", tmp_path / "q.doc"), 2)
    assert "the format comes from the file's suffix: .pdf or .xlsx" in err
    err = assert_one_line_error(
        run(
            "questionnaire",
            demo,
            "-o",
            tmp_path / "q.pdf",
            "--stakeholder",
            "Piotr Zajac",
        ),
        7,
    )
    assert "no stakeholder named 'Piotr Zajac' (did you mean 'Piotr Zając'?)" in err
    err = assert_one_line_error(
        run("questionnaire", demo, "-o", tmp_path / "q.pdf", "--areas", "7"), 7
    )
    assert "unknown area(s): 7" in err
    existing = tmp_path / "kept.pdf"
    existing.write_bytes(b"mine")
    assert_one_line_error(run("questionnaire", demo, "-o", existing), 3)
    assert existing.read_bytes() == b"mine"


def fill(path: Path, cells: dict[str, object], sheet: str = "Obszar 2") -> Path:
    book = openpyxl.load_workbook(path)
    for ref, value in cells.items():
        book[sheet][ref] = value
    book.save(path)
    return path


def test_import_prints_what_was_imported_and_is_idempotent(demo, tmp_path):
    book = tmp_path / "kw.xlsx"
    assert (
        run("questionnaire", demo, "-o", book, "--stakeholder", "Ewa Mazur").returncode
        == 0
    )
    fill(book, {"I4": 3, "J4": 4, "K4": "Połowa systemów 🙂", "I5": "nie wiem"})
    result = run("import-questionnaire", demo, book)
    assert result.returncode == 0, result.stderr
    assert "2 answers of Ewa Mazur for round '" in result.stdout  # the latest round
    again = run("import-questionnaire", demo, book)
    assert again.returncode == 0, again.stderr
    assert "0 new or changed, 2 unchanged" in again.stdout
    new_round = run("import-questionnaire", demo, book, "--round", "Extra 2028")
    assert "(new round)" in new_round.stdout


def test_a_stakeholder_not_taking_part_in_the_round_joins_it(demo, tmp_path):
    """Grzegorz Nowicki missed the follow-up "Q1 2027": his answers were stored but
    shown in none of its views; the import now says it adds him and does."""
    from crm_workshop.services.questionnaire_match import find_stakeholder
    from crm_workshop.services.workshop import WorkshopSession

    book = tmp_path / "gn.xlsx"
    result = run("questionnaire", demo, "-o", book, "--stakeholder", "Grzegorz Nowicki")
    assert result.returncode == 0, result.stderr
    fill(book, {"I4": 3, "J4": 4})
    result = run("import-questionnaire", demo, book)
    assert result.returncode == 0, result.stderr
    assert "1 answer of Grzegorz Nowicki for round 'Q1 2027'" in result.stdout
    assert (
        "  note: Grzegorz Nowicki was not taking part in round 'Q1 2027'; importing "
        "the answers adds them to its participants\n"
    ) in result.stdout
    with WorkshopSession.open(demo) as session:
        person = find_stakeholder(session, "Grzegorz Nowicki")
        round_id = session.round_named("Q1 2027").id
        assert person in session.progress.people(round_id)
    again = run("import-questionnaire", demo, book)
    assert again.returncode == 0 and "note:" not in again.stdout


def test_import_lists_every_problem_by_sheet_and_cell(demo, tmp_path):
    book = tmp_path / "bad.xlsx"
    run("questionnaire", demo, "-o", book, "--stakeholder", "Ewa Mazur")
    fill(book, {"I7": 6, "J4": "=1+1", "I4": 2, "I5": "trzy"})
    result = run("import-questionnaire", demo, book)
    assert result.returncode == 7 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"crm-workshop: {book}: 3 problems; nothing was imported",
        "  Obszar 2!J4: a formula; type the answer itself",
        "  Obszar 2!I5: 'trzy' is not a level 1-5, N/A or ?",
        "  Obszar 2!I7: 6 is not a level 1-5, N/A or ?",
    ]


def test_foreign_missing_and_malformed_files(demo, tmp_path):
    other = tmp_path / "other.crmw"  # another workshop, not a copy of this one
    assert run("demo", other).returncode == 0
    subprocess_script = textwrap.dedent(
        f"""
        from crm_workshop.services.workshop import WorkshopSession
        with WorkshopSession.open({str(other)!r}) as s:
            s.update_engagement(client_name="Kowalski Sp. z o.o.")
        """
    )
    subprocess.run([sys.executable, "-c", subprocess_script], check=True)
    book = tmp_path / "other.xlsx"
    run("questionnaire", other, "-o", book, "--stakeholder", "Ewa Mazur")
    fill(book, {"I4": 2})
    result = run("import-questionnaire", demo, book)
    assert result.returncode == 7
    assert "belongs to another workshop (client 'Kowalski Sp. z o.o.')" in result.stderr
    err = assert_one_line_error(
        run("import-questionnaire", demo, tmp_path / "no.xlsx"), 3
    )
    assert "no such file" in err
    text = tmp_path / "text.xlsx"
    text.write_text("not a workbook")
    result = run("import-questionnaire", demo, text)
    assert result.returncode == 7 and "not an .xlsx workbook" in result.stderr


def test_a_blank_workbook_and_an_unknown_name(demo, tmp_path):
    book = tmp_path / "blank.xlsx"
    run("questionnaire", demo, "-o", book, "--lang", "en")
    fill(book, {"I4": 4}, sheet="Area 1")
    fill(book, {"B5": "Ewa Mazurek", "B7": "Marketing"}, sheet="Instructions")
    result = run("import-questionnaire", demo, book)
    assert result.returncode == 7
    assert "'Ewa Mazurek' is not a stakeholder of this workshop" in result.stderr
    assert "did you mean 'Ewa Mazur'?" in result.stderr
    created = run("import-questionnaire", demo, book, "--create-stakeholder")
    assert created.returncode == 0 and "(new stakeholder)" in created.stdout


def test_questionnaire_commands_never_load_qt(demo, tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from crm_workshop.cli import main
        path = {str(demo)!r}
        for argv in (["questionnaire", path, "-o", {str(tmp_path / "q.pdf")!r}],
                     ["questionnaire", path, "-o", {str(tmp_path / "q.xlsx")!r}],
                     ["import-questionnaire", path, {str(tmp_path / "q.xlsx")!r}]):
            main(argv)
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print("QT:", loaded)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert "QT: []" in result.stdout, result.stderr
