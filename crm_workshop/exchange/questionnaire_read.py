"""Reading a filled questionnaire workbook back, never trusting the file: its size
and the zip's parts are checked before openpyxl parses it, the identification sheet's
digest must match, every answer cell is classified (level, not applicable, don't know,
blank, or a ``Problem`` naming the sheet and cell), and a formula is refused wherever
an answer is expected."""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_workshop.domain.assessment import Answer
from crm_workshop.exchange.questionnaire_words import ANSWER_WORDS
from crm_workshop.exchange.questionnaire_xlsx import (
    COL_COMMENT,
    COL_CURRENT,
    COL_TARGET,
    DEPARTMENT_CELL,
    FORMAT,
    FORMAT_VERSION,
    ILLEGAL,
    MAX_COMMENT,
    MAX_FILE_BYTES,
    MAX_NAME,
    MAX_PART_BYTES,
    MAX_SCAN_ROWS,
    MAX_TOTAL_BYTES,
    META_SHEET,
    NAME_CELL,
    ROLE_CELL,
    FilledAnswer,
    FilledWorkbook,
    Origin,
    Problem,
    UnreadableWorkbook,
    checksum,
    column_letter,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet


def read_workbook(path: Path) -> FilledWorkbook:
    """Read a filled questionnaire; ``UnreadableWorkbook`` when the file cannot be
    one. Problems of single cells are collected in ``FilledWorkbook.problems``."""
    book = _load(path)
    try:
        meta, sheets = _read_meta(path, book)
        origin = _origin(path, meta)
        cover = _sheet(book, meta.get("cover_sheet", ""))
        problems: list[Problem] = []
        answers: list[FilledAnswer] = []
        blank: list[str] = []
        for title, question_ids in sheets:
            ws = _sheet(book, title)
            if ws is None:
                problems.append(Problem(title, "missing_sheet", {"sheet": title}))
                continue
            _read_area(ws, question_ids, answers, blank, problems)
        name_ref = meta.get("name_cell", NAME_CELL)
        texts = {}
        for key, ref in (
            ("name", name_ref),
            ("role", meta.get("role_cell", ROLE_CELL)),
            ("department", meta.get("department_cell", DEPARTMENT_CELL)),
        ):
            texts[key] = _text_cell(cover, ref, MAX_NAME, problems)
        return FilledWorkbook(
            origin=origin,
            name=texts["name"],
            role=texts["role"],
            department=texts["department"],
            name_place=f"{cover.title if cover is not None else ''}!{name_ref}",
            answers=tuple(answers),
            blank=tuple(blank),
            problems=tuple(problems),
        )
    finally:
        book.close()


def _load(path: Path) -> Any:
    def refuse(kind: str, **values: object) -> UnreadableWorkbook:
        return UnreadableWorkbook(path, [Problem("", kind, values)])

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise refuse("missing_file") from None
    except OSError as exc:
        raise refuse("unreadable", reason=exc.strerror or str(exc)) from None
    if path.is_dir():
        raise refuse("not_a_file")
    if size > MAX_FILE_BYTES:
        raise refuse("too_large", size=size, limit=MAX_FILE_BYTES)
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            unpacked = sum(p.file_size for p in parts)
            biggest = max((p.file_size for p in parts), default=0)
            names = {p.filename for p in parts}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise refuse("not_xlsx") from None
    except OSError as exc:
        raise refuse("unreadable", reason=exc.strerror or str(exc)) from None
    if biggest > MAX_PART_BYTES or unpacked > MAX_TOTAL_BYTES:
        raise refuse("too_large_unpacked", size=unpacked, limit=MAX_TOTAL_BYTES)
    if "xl/workbook.xml" not in names:
        raise refuse("not_xlsx")
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # openpyxl's notes on what it drops
            warnings.simplefilter("ignore")
            return load_workbook(
                path, data_only=False, keep_links=False, keep_vba=False
            )
    except Exception as exc:  # a damaged file may fail anywhere inside openpyxl
        raise refuse("damaged", reason=type(exc).__name__) from None


def _sheet(book: Any, title: str) -> Worksheet | None:
    return book[title] if title and title in book.sheetnames else None


def _read_meta(
    path: Path, book: Any
) -> tuple[dict[str, str], list[tuple[str, tuple[str, ...]]]]:
    ws = _sheet(book, META_SHEET)
    if ws is None:
        raise UnreadableWorkbook(path, [Problem("", "not_questionnaire")])
    rows: list[tuple[str, ...]] = []
    stored_check = ""
    for values in ws.iter_rows(min_row=1, max_row=200, max_col=4, values_only=True):
        cells = tuple("" if v is None else str(v) for v in values)
        if not cells or not cells[0]:
            continue
        if cells[0] == "check":
            stored_check = cells[1] if len(cells) > 1 else ""
            continue
        width = 4 if cells[0] == "sheet" else 2
        rows.append(tuple((*cells, "", "", "")[:width]))
    meta = {row[0]: row[1] for row in rows if row[0] != "sheet"}
    if meta.get("format") != FORMAT:
        raise UnreadableWorkbook(path, [Problem("", "not_questionnaire")])
    try:
        version = int(meta.get("format_version", ""))
    except ValueError:
        version = 0
    if version > FORMAT_VERSION:
        raise UnreadableWorkbook(
            path, [Problem("", "newer_format", {"found": version})]
        )
    if stored_check != checksum(rows):
        raise UnreadableWorkbook(path, [Problem(META_SHEET, "meta_edited")])
    sheets = [(row[1], tuple(row[3].split())) for row in rows if row[0] == "sheet"]
    return meta, sheets


def _origin(path: Path, meta: Mapping[str, str]) -> Origin:
    def number(key: str) -> int:
        try:
            return int(meta.get(key, "0") or 0)
        except ValueError:
            raise UnreadableWorkbook(
                path, [Problem(META_SHEET, "meta_edited")]
            ) from None

    return Origin(
        workshop_key=meta.get("workshop_key", ""),
        client=meta.get("client", ""),
        model_id=meta.get("model_id", ""),
        model_version=meta.get("model_version", ""),
        round_id=number("round_id"),
        round_name=meta.get("round_name", ""),
        stakeholder_id=number("stakeholder_id"),
        stakeholder_name=meta.get("stakeholder_name", ""),
        language=meta.get("language", "en"),
        exported_at=meta.get("exported_at", ""),
        app_version=meta.get("app_version", ""),
    )


def _read_area(
    ws: Worksheet,
    question_ids: tuple[str, ...],
    answers: list[FilledAnswer],
    blank: list[str],
    problems: list[Problem],
) -> None:
    rows: dict[str, int] = {}
    last = min(ws.max_row or 0, MAX_SCAN_ROWS)
    for number, (value,) in enumerate(
        ws.iter_rows(min_row=1, max_row=last, max_col=1, values_only=True), start=1
    ):
        if isinstance(value, str) and value.strip() in question_ids:
            rows.setdefault(value.strip(), number)
    for question_id in question_ids:
        row = rows.get(question_id)
        if row is None:
            problems.append(
                Problem(ws.title, "question_row_missing", {"question": question_id})
            )
            continue
        before = len(problems)
        current = _level_cell(ws, row, COL_CURRENT, problems, answers_allowed=True)
        target = _level_cell(ws, row, COL_TARGET, problems, answers_allowed=False)
        comment = _text_cell(
            ws, f"{column_letter(COL_COMMENT)}{row}", MAX_COMMENT, problems
        )
        if len(problems) > before:
            continue
        answer, level = current
        if answer is None:
            if target[1] is not None or comment:
                problems.append(
                    Problem(
                        f"{ws.title}!{column_letter(COL_CURRENT)}{row}",
                        "no_current",
                        {"question": question_id},
                    )
                )
            else:
                blank.append(question_id)
            continue
        answers.append(
            FilledAnswer(ws.title, row, question_id, answer, level, target[1], comment)
        )


def _shown(value: object) -> object:
    """A cell value as a problem shows it: numbers as they are, text cut short."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _level_cell(
    ws: Worksheet,
    row: int,
    column: int,
    problems: list[Problem],
    *,
    answers_allowed: bool,
) -> tuple[Answer | None, int | None]:
    """(answer, level) of one level cell; N/A and ? in a target cell mean no target."""
    cell = ws.cell(row=row, column=column)
    place = f"{ws.title}!{column_letter(column)}{row}"
    value = cell.value
    if cell.data_type == "f" or (isinstance(value, str) and value.startswith("=")):
        problems.append(Problem(place, "formula"))
        return None, None
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    level: int | None = None
    if isinstance(value, bool):
        level = None
    elif isinstance(value, int):
        level = value
    elif isinstance(value, float) and value.is_integer():
        level = int(value)
    elif isinstance(value, str):
        text = " ".join(value.split()).casefold()
        if text in ANSWER_WORDS:
            return (ANSWER_WORDS[text], None) if answers_allowed else (None, None)
        if text.isascii() and text.isdigit():
            level = int(text)
        elif re.fullmatch(r"[0-9]+[.,]0+", text):
            level = int(re.split(r"[.,]", text)[0])
    if level is not None and 1 <= level <= 5:
        return Answer.LEVEL, level
    kind = "not_level" if answers_allowed else "not_target"
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        value = value.isoformat() if hasattr(value, "isoformat") else str(value)
    problems.append(Problem(place, kind, {"value": _shown(value)}))
    return None, None


def _text_cell(
    ws: Worksheet | None, ref: str, limit: int, problems: list[Problem]
) -> str:
    if ws is None:
        return ""
    try:
        cell = ws[ref]
    except (ValueError, KeyError, IndexError):  # an edited cell reference
        return ""
    value = cell.value
    place = f"{ws.title}!{ref}"
    if cell.data_type == "f":
        problems.append(Problem(place, "formula"))
        return ""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if "\x00" in text or ILLEGAL.search(text):
        problems.append(Problem(place, "control_character"))
        return ""
    if len(text) > limit:
        problems.append(
            Problem(place, "too_long", {"length": len(text), "limit": limit})
        )
        return ""
    return text
