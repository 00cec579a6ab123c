"""The questionnaire workbook format: what a stakeholder gets, and how a filled one is
read back (every cell classified, every hostile file refused with a reason)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from crm_workshop.domain.assessment import Answer
from crm_workshop.exchange.questionnaire_read import read_workbook
from crm_workshop.exchange.questionnaire_write import workbook_bytes
from crm_workshop.exchange.questionnaire_xlsx import (
    COL_COMMENT,
    COL_CURRENT,
    COL_TARGET,
    FIRST_ROW,
    META_SHEET,
    FormArea,
    FormQuestion,
    Origin,
    UnreadableWorkbook,
    WorkbookForm,
)


def form(
    *,
    language: str = "en",
    stakeholder_id: int = 7,
    name: str = "Łucja Żmuda",
    client: str = "Bursztyn S.A.",
) -> WorkbookForm:
    questions = tuple(
        FormQuestion(
            f"1.{n}",
            f"Title {n} ąę",
            "A prompt that is long enough to wrap over several lines " * 3,
            tuple(f"Level {level} of question {n} " * 4 for level in range(1, 6)),
        )
        for n in (1, 2, 3)
    )
    return WorkbookForm(
        origin=Origin(
            workshop_key="k" * 24,
            client=client,
            model_id="crm-maturity",
            model_version="1.0",
            round_id=1,
            round_name="Baseline",
            stakeholder_id=stakeholder_id,
            stakeholder_name=name if stakeholder_id else "",
            language=language,
            exported_at="2026-10-21T10:00:00+00:00",
            app_version="test",
        ),
        areas=(
            FormArea(1, "people", "People", questions[:2]),
            FormArea(3, "data", "Data", questions[2:]),
        ),
        model_name="CRM Maturity Model",
        consultant="Marta Zielińska",
        role="CEO",
        department="Board",
        scale=tuple((n, f"L{n}", f"meaning {n}") for n in range(1, 6)),
    )


def write(tmp_path: Path, the_form: WorkbookForm | None = None) -> Path:
    path = tmp_path / "q.xlsx"
    path.write_bytes(workbook_bytes(the_form or form()))
    return path


def fill(path: Path, cells: dict[tuple[str, str], object]) -> Path:
    """Type values as a stakeholder would (openpyxl ignores the sheet protection)."""
    book = openpyxl.load_workbook(path)
    for (sheet, ref), value in cells.items():
        book[sheet][ref] = value
    book.save(path)
    return path


# -- what the stakeholder gets --------------------------------------------------------
def test_sheets_protection_and_hidden_identification(tmp_path):
    book = openpyxl.load_workbook(write(tmp_path))
    assert book.sheetnames == ["Instructions", "Area 1", "Area 3", META_SHEET]
    assert book[META_SHEET].sheet_state == "veryHidden"
    assert book.security.lockStructure  # sheets cannot be unhidden or renamed
    assert not book.security.workbookPassword
    for ws in book.worksheets:
        assert ws.protection.sheet and not ws.protection.password
    area = book["Area 1"]
    unlocked = {
        cell.coordinate
        for row in area.iter_rows(min_row=1, max_row=20, max_col=12)
        for cell in row
        if not cell.protection.locked
    }
    # only the answer cells of the two questions: current, target, comment
    assert unlocked == {f"{c}{r}" for c in "IJK" for r in (FIRST_ROW, FIRST_ROW + 1)}
    # the question texts are there, locked
    assert area["A4"].value == "1.1" and area["B4"].value == "Title 1 ąę"
    assert area["A4"].protection.locked and area["D4"].protection.locked


def test_columns_are_readable_and_long_texts_wrap(tmp_path):
    area = openpyxl.load_workbook(write(tmp_path))["Area 1"]
    widths = {k: v.width for k, v in area.column_dimensions.items()}
    assert widths["C"] >= 35 and all(widths[c] >= 30 for c in "DEFGH")
    assert widths["K"] >= 40 and widths["I"] >= 12
    assert area["D4"].alignment.wrap_text and area["C4"].alignment.wrap_text
    assert area.row_dimensions[4].height > 45  # tall enough for the wrapped levels
    assert area.freeze_panes == "C4"  # id and title stay in view
    headers = [area.cell(3, c).value for c in range(1, 12)]
    assert headers[3] == "1 · L1" and headers[8:] == [
        "Current level",
        "Target level",
        "Comment",
    ]


@pytest.mark.parametrize(
    ("language", "words"), [("en", "N/A,?"), ("pl", "nie dotyczy,nie wiem")]
)
def test_answer_cells_offer_a_drop_down(tmp_path, language, words):
    book = openpyxl.load_workbook(write(tmp_path, form(language=language)))
    validations = book.worksheets[1].data_validations.dataValidation
    by_formula = {v.formula1: str(v.sqref) for v in validations}
    assert by_formula[f'"1,2,3,4,5,{words}"'] == "I4 I5"
    assert by_formula['"1,2,3,4,5"'] == "J4 J5"
    assert all(v.showErrorMessage and v.type == "list" for v in validations)


def test_blank_questionnaire_unlocks_the_name_cells(tmp_path):
    book = openpyxl.load_workbook(write(tmp_path, form(stakeholder_id=0)))
    cover = book["Instructions"]
    assert cover["B5"].value is None and not cover["B5"].protection.locked
    assert not cover["B6"].protection.locked and not cover["B7"].protection.locked
    named = openpyxl.load_workbook(write(tmp_path, form()))["Instructions"]
    assert named["B5"].value == "Łucja Żmuda" and named["B5"].protection.locked


def test_typed_text_is_never_a_formula_and_control_characters_go(tmp_path):
    path = write(tmp_path, form(client='=HYPERLINK("x")', name="Ann\x07 =1+1"))
    book = openpyxl.load_workbook(path)
    cover = book["Instructions"]
    assert cover["A2"].data_type == "s" and cover["A2"].value == '=HYPERLINK("x")'
    assert cover["B5"].value == "Ann =1+1"
    assert read_workbook(path).origin.client == '=HYPERLINK("x")'


# -- reading it back -------------------------------------------------------------------
def test_answers_in_every_accepted_spelling(tmp_path):
    path = fill(
        write(tmp_path),
        {
            ("Area 1", "I4"): 3,
            ("Area 1", "J4"): "5",
            ("Area 1", "K4"): "Świetnie 👍",
            ("Area 1", "I5"): " Nie Dotyczy ",
            ("Area 1", "J5"): 4.0,
            ("Area 3", "I4"): "?",
            ("Area 3", "J4"): "?",  # "don't know" as a target: no target
        },
    )
    filled = read_workbook(path)
    assert not filled.problems
    got = {
        (a.question_id, a.answer, a.current, a.target, a.comment)
        for a in filled.answers
    }
    assert got == {
        ("1.1", Answer.LEVEL, 3, 5, "Świetnie 👍"),
        ("1.2", Answer.NOT_APPLICABLE, None, 4, ""),
        ("1.3", Answer.DONT_KNOW, None, None, ""),
    }


def test_a_blank_question_is_blank(tmp_path):
    filled = read_workbook(fill(write(tmp_path), {("Area 1", "I4"): 2}))
    assert filled.blank == ("1.2", "1.3") and len(filled.answers) == 1


@pytest.mark.parametrize(
    ("column", "value", "kind"),
    [
        (COL_CURRENT, 6, "not_level"),
        (COL_CURRENT, 0, "not_level"),
        (COL_CURRENT, 2.5, "not_level"),
        (COL_CURRENT, "trzy", "not_level"),
        (COL_CURRENT, True, "not_level"),
        (COL_CURRENT, dt.datetime(2026, 1, 3), "not_level"),
        (COL_CURRENT, "=1+2", "formula"),
        (COL_TARGET, 9, "not_target"),
        (COL_TARGET, "=A1", "formula"),
        (COL_COMMENT, "x" * 10_000, "too_long"),
        (COL_COMMENT, "=SUM(A1:A2)", "formula"),
    ],
)
def test_each_bad_cell_is_named_by_sheet_and_cell(tmp_path, column, value, kind):
    letter = "_ABCDEFGHIJK"[column]
    cells = {("Area 3", "I4"): 2, ("Area 3", f"{letter}4"): value}
    if column == COL_CURRENT:
        cells = {("Area 3", "I4"): value}
    filled = read_workbook(fill(write(tmp_path), cells))
    assert [(p.place, p.kind) for p in filled.problems] == [(f"Area 3!{letter}4", kind)]
    assert not filled.answers


def test_a_target_or_comment_without_a_current_answer(tmp_path):
    filled = read_workbook(
        fill(write(tmp_path), {("Area 1", "J5"): 3, ("Area 1", "K4"): "why?"})
    )
    assert sorted((p.place, p.kind) for p in filled.problems) == [
        ("Area 1!I4", "no_current"),
        ("Area 1!I5", "no_current"),
    ]


def test_every_problem_of_a_workbook_is_listed(tmp_path):
    filled = read_workbook(
        fill(
            write(tmp_path),
            {
                ("Area 1", "I4"): 7,
                ("Area 1", "J5"): "=B2",
                ("Area 1", "I5"): 1,
                ("Area 3", "I4"): "many",
            },
        )
    )
    assert [(p.place, p.kind) for p in filled.problems] == [
        ("Area 1!I4", "not_level"),
        ("Area 1!J5", "formula"),
        ("Area 3!I4", "not_level"),
    ]
    assert filled.problems[0].values == {"value": 7}


# -- hostile and damaged files -----------------------------------------------------------
def refusal(path: Path) -> tuple[str, str]:
    with pytest.raises(UnreadableWorkbook) as caught:
        read_workbook(path)
    (problem,) = caught.value.problems
    return problem.place, problem.kind


def test_not_a_zip_a_folder_a_missing_file(tmp_path):
    text = tmp_path / "text.xlsx"
    text.write_text("name;current\n")
    assert refusal(text) == ("", "not_xlsx")
    assert refusal(tmp_path) == ("", "not_a_file")
    assert refusal(tmp_path / "gone.xlsx") == ("", "missing_file")
    truncated = tmp_path / "cut.xlsx"
    truncated.write_bytes(write(tmp_path).read_bytes()[:3000])
    assert refusal(truncated) == ("", "not_xlsx")


def test_a_zip_that_is_no_workbook(tmp_path):
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    assert refusal(path) == ("", "not_xlsx")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<row/>" * 10_000_000)
    assert path.stat().st_size < 1_000_000  # small on disk, 60 MB unpacked
    assert refusal(path) == ("", "too_large_unpacked")


def test_a_huge_file_is_refused_unread(tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as stream:
        stream.truncate(11_000_000)
    assert refusal(path) == ("", "too_large")


def test_a_damaged_part_inside_the_zip(tmp_path):
    good = write(tmp_path)
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/workbook.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    assert refusal(bad) == ("", "damaged")


def test_a_workbook_of_someone_else(tmp_path):
    path = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "Budget 2027"
    book.save(path)
    assert refusal(path) == ("", "not_questionnaire")


def test_an_edited_identification_or_a_newer_format(tmp_path):
    path = write(tmp_path)
    book = openpyxl.load_workbook(path)
    book[META_SHEET]["B9"] = "99"  # the stakeholder id
    book.save(path)
    assert refusal(path) == (META_SHEET, "meta_edited")
    path = write(tmp_path)
    book = openpyxl.load_workbook(path)
    book[META_SHEET]["B2"] = "2"
    book.save(path)
    assert refusal(path) == ("", "newer_format")


def test_a_removed_sheet_or_question_row(tmp_path):
    path = write(tmp_path)
    book = openpyxl.load_workbook(path)
    del book["Area 3"]
    book["Area 1"]["A5"] = "9.9"
    book.save(path)
    filled = read_workbook(path)
    assert [(p.place, p.kind) for p in filled.problems] == [
        ("Area 1", "question_row_missing"),
        ("Area 3", "missing_sheet"),
    ]


def test_names_and_emoji_on_the_cover(tmp_path):
    path = fill(
        write(tmp_path, form(stakeholder_id=0)),
        {
            ("Instructions", "B5"): "  Zoë 🦊 Kowalska ",
            ("Instructions", "B6"): "Head of CX",
            ("Instructions", "B7"): "IT",
        },
    )
    filled = read_workbook(path)
    assert (filled.name, filled.role, filled.department) == (
        "Zoë 🦊 Kowalska",
        "Head of CX",
        "IT",
    )
    assert filled.name_place == "Instructions!B5"


def test_written_in_memory_and_small(tmp_path):
    content = workbook_bytes(form())
    assert content[:2] == b"PK" and len(content) < 100_000
    assert zipfile.ZipFile(io.BytesIO(content)).testzip() is None


def png(width: int = 300, height: int = 120) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (31, 78, 121)).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_logo_brands_the_cover_and_a_damaged_one_is_left_out(tmp_path):
    from dataclasses import replace

    path = tmp_path / "logo.xlsx"
    path.write_bytes(
        workbook_bytes(replace(form(), logo=png(), primary_color="#7A1F3D"))
    )
    cover = openpyxl.load_workbook(path)["Instructions"]
    (image,) = cover._images
    extent = image.anchor.ext  # in EMU, 9525 to a pixel
    assert (extent.width / 9525, extent.height / 9525) == (175, 70)  # scaled to fit
    assert cover["A1"].font.color.rgb.endswith("7A1F3D")  # the engagement's colour
    path.write_bytes(workbook_bytes(replace(form(), logo=b"\x89PNG broken")))
    assert openpyxl.load_workbook(path)["Instructions"]._images == []
