"""Writing a questionnaire workbook (.xlsx) for one stakeholder, or blank: the cover
sheet, one sheet per area with drop-down answer cells, and the very hidden
identification sheet (docs/questionnaire.md). Every sheet is protected without a
password; only the answer cells (and, on a blank questionnaire, the name cells) are
unlocked. Every text is written as a literal: a name starting with "=" stays text."""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING, Any

from crm_workshop.exchange.questionnaire_words import ENGLISH, WORDS, Words
from crm_workshop.exchange.questionnaire_xlsx import (
    COL_COMMENT,
    COL_CURRENT,
    COL_TARGET,
    DEPARTMENT_CELL,
    FIRST_ROW,
    FORMAT,
    FORMAT_VERSION,
    HEADER_ROW,
    META_SHEET,
    NAME_CELL,
    ROLE_CELL,
    WIDTHS,
    FormArea,
    WorkbookForm,
    checksum,
    column_letter,
    safe_text,
)

if TYPE_CHECKING:
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet


def _put(ws: Worksheet, ref: str, value: object, **style: Any) -> None:
    """Write ``value`` as a literal: text starting with "=" stays text, never a formula."""
    cell = ws[ref]
    cell.value = safe_text(value) if isinstance(value, str) else value
    if isinstance(value, str):
        cell.data_type = "s"
    for name, item in style.items():
        setattr(cell, name, item)


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide."""
    per_line = max(8, int(width * 1.15))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _hex(color: str, default: str) -> str:
    value = (color or "").strip().lstrip("#")
    return value.upper() if re.fullmatch(r"[0-9A-Fa-f]{6}", value) else default


def _tint(color: str, share: float) -> str:
    """``color`` blended towards white by ``share`` (0: unchanged, 1: white)."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (0, 2, 4))
    return "".join(f"{round(c + (255 - c) * share):02X}" for c in (red, green, blue))


def workbook_bytes(form: WorkbookForm) -> bytes:
    """The questionnaire as an .xlsx file's bytes."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    words = WORDS.get(form.origin.language, ENGLISH)
    book = Workbook()
    primary = _hex(form.primary_color, "1F4E79")
    accent = _hex(form.accent_color, "E07B39")
    cover = book.active
    cover.title = words.cover
    sheets = []
    for area in form.areas:
        ws = book.create_sheet(words.area % area.number)
        _area_sheet(ws, area, form, words, primary, accent)
        sheets.append((ws.title, area))
    _cover_sheet(cover, form, words, primary, accent)
    _meta_sheet(book.create_sheet(META_SHEET), form, words.cover, sheets)
    book.security = WorkbookProtection(lockStructure=True)
    book.properties.creator = "CRM Workshop"
    book.properties.title = f"{words.title}: {form.origin.client}"
    book.properties.language = form.origin.language
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _protect(ws: Worksheet) -> None:
    ws.protection.sheet = True  # no password (docs/questionnaire.md)
    ws.protection.formatColumns = False  # columns and rows may still be resized
    ws.protection.formatRows = False


def _page_setup(ws: Worksheet, paper: str, landscape: bool) -> None:
    ws.page_setup.paperSize = (
        ws.PAPERSIZE_LETTER if paper == "letter" else ws.PAPERSIZE_A4
    )
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _cover_sheet(
    ws: Worksheet, form: WorkbookForm, words: Words, primary: str, accent: str
) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    origin = form.origin
    blank = origin.stakeholder_id == 0
    for column, width in (("A", 24), ("B", 44), ("C", 70)):
        ws.column_dimensions[column].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    answer_fill = PatternFill("solid", fgColor="FFF2A8")
    line = Border(bottom=Side(style="thin", color="B7BEC7"))
    _put(ws, "A1", words.title, font=Font(size=18, bold=True, color=primary))
    _put(ws, "A2", origin.client, font=Font(size=13, bold=True))
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[2].height = 20
    _put(
        ws,
        "A3",
        f"{form.model_name} · {origin.round_name}" if origin.round_name else "",
        font=Font(size=10, color="5B6470"),
    )
    details = (
        (NAME_CELL, words.name, "" if blank else origin.stakeholder_name),
        (ROLE_CELL, words.role, form.role),
        (DEPARTMENT_CELL, words.department, form.department),
    )
    for ref, label, value in details:
        row = int(ref[1:])
        _put(ws, f"A{row}", label, font=Font(bold=True), alignment=wrap)
        _put(ws, ref, value, alignment=wrap, border=line, font=Font(size=12))
        ws.row_dimensions[row].height = 22
        if blank:
            ws[ref].fill = answer_fill
            ws[ref].protection = Protection(locked=False)
    row = 8
    for label, value in (
        (words.round, origin.round_name or "–"),
        (words.model, f"{form.model_name} {origin.model_version}"),
        (words.prepared_by, form.consultant or "–"),
    ):
        _put(ws, f"A{row}", label, font=Font(color="5B6470"))
        _put(ws, f"B{row}", value)
        row += 1
    row += 1
    _put(ws, f"A{row}", words.how_to, font=Font(size=13, bold=True, color=primary))
    row += 1
    to = words.send_to.replace("{name}", form.consultant) if form.consultant else ""
    steps = [*(s.replace("{to}", to) for s in words.instructions)]
    if blank:
        steps.insert(0, words.blank_instruction)
    for number, step in enumerate(steps, start=1):
        _put(ws, f"A{row}", f"{number}.", alignment=Alignment(horizontal="right"))
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        _put(ws, f"B{row}", step, alignment=wrap)
        ws.row_dimensions[row].height = 15 * _lines(step, 110) + 3
        row += 1
    row += 1
    _put(ws, f"A{row}", words.scale, font=Font(size=13, bold=True, color=primary))
    row += 1
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor=primary)
    labels = (words.level, words.level_name, words.meaning)
    for column, label in zip("ABC", labels, strict=True):
        _put(ws, f"{column}{row}", label, font=head_font, fill=head_fill)
    for level, name, meaning in form.scale:
        row += 1
        _put(ws, f"A{row}", level, alignment=Alignment(horizontal="center"))
        _put(ws, f"B{row}", name, font=Font(bold=True), alignment=wrap)
        _put(ws, f"C{row}", meaning, alignment=wrap)
        ws.row_dimensions[row].height = 15 * _lines(meaning, 70) + 3
    accent_line = Side(style="medium", color=accent)
    for column in "ABC":
        ws[f"{column}{4}"].border = Border(top=accent_line)
    _add_logo(ws, form.logo)
    _protect(ws)
    _page_setup(ws, form.paper, landscape=False)
    ws.sheet_view.showGridLines = False


def _add_logo(ws: Worksheet, logo: bytes | None) -> None:
    """The client's logo at the cover's top right; an unreadable one is left out."""
    if not logo:
        return
    try:
        from openpyxl.drawing.image import Image
        from PIL import Image as PilImage

        picture = PilImage.open(io.BytesIO(logo))
        picture.load()
        scale = min(1.0, 220 / picture.width, 70 / picture.height)
        image = Image(io.BytesIO(logo))
        image.width = int(picture.width * scale)
        image.height = int(picture.height * scale)
    except Exception:  # a damaged image must not stop the questionnaire
        return
    ws.add_image(image, "C1")


def _area_sheet(
    ws: Worksheet,
    area: FormArea,
    form: WorkbookForm,
    words: Words,
    primary: str,
    accent: str,
) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    for column, width in WIDTHS.items():
        ws.column_dimensions[column].width = width
    top = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
    _put(
        ws,
        "A1",
        f"{words.area % area.number} · {area.title}",
        font=Font(size=15, bold=True, color=primary),
    )
    ws.row_dimensions[1].height = 24
    _put(ws, "A2", words.area_help, font=Font(italic=True, color="5B6470"))
    headers = [words.id, words.question, words.prompt]
    headers += [f"{level} · {name}" for level, name, _ in form.scale]
    headers += [words.current, words.target, words.comment]
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor=primary)
    for index, label in enumerate(headers, start=1):
        _put(
            ws,
            f"{column_letter(index)}{HEADER_ROW}",
            label,
            font=head_font,
            fill=head_fill,
            alignment=Alignment(wrap_text=True, vertical="center"),
        )
    ws.row_dimensions[HEADER_ROW].height = 32
    answer_fill = PatternFill("solid", fgColor="FFF2A8")
    rule = Side(style="thin", color="D5DAE0")
    border = Border(bottom=rule, right=rule)
    zebra = PatternFill("solid", fgColor=_tint(primary, 0.93))
    current_list = _choices(
        f"1,2,3,4,5,{words.not_applicable},{words.dont_know}", words.pick_current, words
    )
    target_list = _choices("1,2,3,4,5", words.pick_target, words)
    for offset, question in enumerate(area.questions):
        row = FIRST_ROW + offset
        texts = [question.id, question.title, question.prompt, *question.levels]
        for index, value in enumerate(texts, start=1):
            ref = f"{column_letter(index)}{row}"
            _put(ws, ref, value, alignment=top, border=border)
            if offset % 2:
                ws[ref].fill = zebra
        ws[f"A{row}"].font = Font(bold=True, size=12, color=primary)
        ws[f"B{row}"].font = Font(bold=True)
        for column in (COL_CURRENT, COL_TARGET, COL_COMMENT):
            cell = ws.cell(row=row, column=column)
            cell.fill = answer_fill
            cell.border = Border(left=rule, right=rule, top=rule, bottom=rule)
            cell.protection = Protection(locked=False)
            cell.alignment = top if column == COL_COMMENT else centre
            cell.font = Font(size=12, bold=column != COL_COMMENT)
        current_list.add(f"{column_letter(COL_CURRENT)}{row}")
        target_list.add(f"{column_letter(COL_TARGET)}{row}")
        widths = [WIDTHS[column_letter(i)] for i in range(1, len(texts) + 1)]
        tallest = max(_lines(t, w) for t, w in zip(texts, widths, strict=True))
        ws.row_dimensions[row].height = min(409, 15 * tallest + 6)
    ws.add_data_validation(current_list)
    ws.add_data_validation(target_list)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _protect(ws)
    _page_setup(ws, form.paper, landscape=True)
    ws.sheet_properties.tabColor = accent


def _choices(values: str, prompt: str, words: Words) -> DataValidation:
    """A drop-down of ``values`` (comma-separated) that refuses anything else."""
    from openpyxl.worksheet.datavalidation import DataValidation

    return DataValidation(
        type="list",
        formula1=f'"{values}"',
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorStyle="stop",
        errorTitle=words.wrong_title,
        error=words.wrong_value,
        promptTitle=words.pick_title,
        prompt=prompt,
    )


def _meta_rows(
    form: WorkbookForm, cover: str, sheets: list[tuple[str, FormArea]]
) -> list[tuple[str, ...]]:
    o = form.origin
    rows: list[tuple[str, ...]] = [
        ("format", FORMAT),
        ("format_version", str(FORMAT_VERSION)),
        ("workshop_key", o.workshop_key),
        ("client", o.client),
        ("model_id", o.model_id),
        ("model_version", o.model_version),
        ("round_id", str(o.round_id)),
        ("round_name", o.round_name),
        ("stakeholder_id", str(o.stakeholder_id)),
        ("stakeholder_name", o.stakeholder_name),
        ("language", o.language),
        ("exported_at", o.exported_at),
        ("app_version", o.app_version),
        ("cover_sheet", cover),
        ("name_cell", NAME_CELL),
        ("role_cell", ROLE_CELL),
        ("department_cell", DEPARTMENT_CELL),
    ]
    for title, area in sheets:
        rows.append(("sheet", title, area.id, " ".join(q.id for q in area.questions)))
    return rows


def _meta_sheet(
    ws: Worksheet, form: WorkbookForm, cover: str, sheets: list[tuple[str, FormArea]]
) -> None:
    rows = [tuple(safe_text(v) for v in row) for row in _meta_rows(form, cover, sheets)]
    for number, row in enumerate([*rows, ("check", checksum(rows))], start=1):
        for column, value in enumerate(row, start=1):
            _put(ws, f"{column_letter(column)}{number}", value)
    ws.sheet_state = "veryHidden"
    _protect(ws)
