"""Questionnaire workbooks (.xlsx): written for one stakeholder (or blank), read back.

The format is described in docs/questionnaire.md. A workbook has a cover sheet
(instructions, the stakeholder's name, role and department), one sheet per area
(question id, title, prompt, the five level texts, then the answer cells: current
level, target level, comment) and a very hidden, protected sheet ``crmw`` naming the
workshop, round, stakeholder and model the questionnaire was made for. Every sheet is
protected without a password: only the answer cells (and, on a blank questionnaire,
the name cells) are unlocked.

Reading never trusts the file: its size and the zip's parts are checked before
openpyxl parses it, every answer cell is classified (level, not applicable, don't
know, blank, or a ``Problem`` naming the sheet and cell), and a formula is refused
wherever an answer is expected. openpyxl loads when a workbook is written or read,
so the plain types here cost nothing to import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_workshop.domain.assessment import Answer

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FORMAT = "crm-workshop-questionnaire"
FORMAT_VERSION = 1
META_SHEET = "crmw"
HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1
# columns of an area sheet (1-based): id, title, prompt, levels 1-5, answers
COL_ID, COL_TITLE, COL_PROMPT, COL_LEVEL1 = 1, 2, 3, 4
COL_CURRENT, COL_TARGET, COL_COMMENT = 9, 10, 11
WIDTHS = {"A": 8, "B": 28, "C": 40, "D": 34, "E": 34, "F": 34, "G": 34, "H": 34}
WIDTHS |= {"I": 15, "J": 15, "K": 48}
NAME_CELL, ROLE_CELL, DEPARTMENT_CELL = "B5", "B6", "B7"

MAX_FILE_BYTES = 10_000_000  # a filled questionnaire is some 20-60 kB
MAX_PART_BYTES = 20_000_000  # any one part of the zip, unpacked
MAX_TOTAL_BYTES = 50_000_000  # all parts together, unpacked
MAX_SCAN_ROWS = 2_000  # rows of an area sheet searched for question ids
MAX_COMMENT = 4_000
MAX_NAME = 200

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# -- words ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Words:
    """The workbook's own words in one language (model texts come from the model)."""

    cover: str
    area: str  # "Area %d"
    title: str
    client: str
    name: str
    role: str
    department: str
    round: str
    model: str
    prepared_by: str
    how_to: str
    instructions: tuple[str, ...]
    blank_instruction: str
    send_to: str  # " to {name}", appended to the last instruction
    scale: str
    level: str
    level_name: str
    meaning: str
    id: str
    question: str
    prompt: str
    current: str
    target: str
    comment: str
    not_applicable: str  # the drop-down's word
    dont_know: str
    pick_title: str
    pick_current: str
    pick_target: str
    wrong_title: str
    wrong_value: str
    area_help: str


ENGLISH = Words(
    cover="Instructions",
    area="Area %d",
    title="CRM maturity questionnaire",
    client="Client",
    name="Your name",
    role="Role",
    department="Department",
    round="Round",
    model="Maturity model",
    prepared_by="Prepared by",
    how_to="How to fill in this questionnaire",
    instructions=(
        "Each sheet Area 1, Area 2, … holds the questions of one area of the model.",
        "For each question read the five level descriptions, then fill in the yellow "
        "cells: Current level is where the company is today, Target level is where "
        "it should be.",
        "Choose 1–5 from the drop-down list. If a question does not apply to the "
        "company choose N/A; if you cannot judge it choose ? (don't know).",
        "A comment is optional: an example, a doubt or a reason.",
        "Leave a question blank if you prefer not to answer it.",
        "Only the yellow cells can be changed. The sheets are protected without a "
        "password so that the questions stay as they were asked: please do not "
        "unprotect them, rename sheets or move rows.",
        "When you are done, save the file as .xlsx and send it back{to}.",
    ),
    blank_instruction="Write your name, role and department in the yellow cells above.",
    send_to=" to {name}",
    scale="The five levels",
    level="Level",
    level_name="Name",
    meaning="Meaning",
    id="ID",
    question="Question",
    prompt="What we ask",
    current="Current level",
    target="Target level",
    comment="Comment",
    not_applicable="N/A",
    dont_know="?",
    pick_title="Your answer",
    pick_current="Choose 1–5, N/A (not applicable) or ? (don't know).",
    pick_target="Choose the level the company should reach: 1–5.",
    wrong_title="Not an answer",
    wrong_value="Choose a value from the drop-down list.",
    area_help="Read the five levels, then choose in the yellow cells. "
    "N/A = not applicable, ? = don't know.",
)

POLISH = Words(
    cover="Instrukcja",
    area="Obszar %d",
    title="Ankieta dojrzałości CRM",
    client="Klient",
    name="Imię i nazwisko",
    role="Stanowisko",
    department="Dział",
    round="Runda",
    model="Model dojrzałości",
    prepared_by="Przygotował(a)",
    how_to="Jak wypełnić ankietę",
    instructions=(
        "Każdy arkusz Obszar 1, Obszar 2, … zawiera pytania jednego obszaru modelu.",
        "Przy każdym pytaniu przeczytaj opisy pięciu poziomów, a potem wypełnij "
        "żółte komórki: Poziom obecny to stan firmy dziś, Poziom docelowy to stan, "
        "do którego firma powinna dojść.",
        "Wybierz 1–5 z listy. Jeśli pytanie nie dotyczy firmy, wybierz „nie dotyczy”; "
        "jeśli nie potrafisz ocenić, wybierz „nie wiem”.",
        "Komentarz jest dobrowolny: przykład, wątpliwość albo uzasadnienie.",
        "Pytanie, na które wolisz nie odpowiadać, zostaw puste.",
        "Zmieniać można tylko żółte komórki. Arkusze są chronione bez hasła, aby "
        "pytania zostały takie, jak je zadano: prosimy nie zdejmować ochrony, nie "
        "zmieniać nazw arkuszy i nie przestawiać wierszy.",
        "Po wypełnieniu zapisz plik jako .xlsx i odeślij go{to}.",
    ),
    blank_instruction="Wpisz swoje imię i nazwisko, stanowisko i dział w żółtych "
    "komórkach powyżej.",
    send_to=" (adresat: {name})",
    scale="Pięć poziomów",
    level="Poziom",
    level_name="Nazwa",
    meaning="Znaczenie",
    id="ID",
    question="Pytanie",
    prompt="O co pytamy",
    current="Poziom obecny",
    target="Poziom docelowy",
    comment="Komentarz",
    not_applicable="nie dotyczy",
    dont_know="nie wiem",
    pick_title="Twoja odpowiedź",
    pick_current="Wybierz 1–5, „nie dotyczy” albo „nie wiem”.",
    pick_target="Wybierz poziom, do którego firma powinna dojść: 1–5.",
    wrong_title="To nie jest odpowiedź",
    wrong_value="Wybierz wartość z listy.",
    area_help="Przeczytaj opisy pięciu poziomów i wybierz odpowiedź w żółtych "
    "komórkach.",
)

WORDS = {"en": ENGLISH, "pl": POLISH}

# Every way of writing "not applicable" / "don't know" that an import accepts,
# whatever the workbook's language (a stakeholder may type instead of choosing).
ANSWER_WORDS: Mapping[str, Answer] = {
    "n/a": Answer.NOT_APPLICABLE,
    "na": Answer.NOT_APPLICABLE,
    "not applicable": Answer.NOT_APPLICABLE,
    "nie dotyczy": Answer.NOT_APPLICABLE,
    "nd": Answer.NOT_APPLICABLE,
    "?": Answer.DONT_KNOW,
    "don't know": Answer.DONT_KNOW,
    "dont know": Answer.DONT_KNOW,
    "don’t know": Answer.DONT_KNOW,
    "nie wiem": Answer.DONT_KNOW,
}


# -- what a workbook is made from ---------------------------------------------------------
@dataclass(frozen=True)
class Origin:
    """What the questionnaire was made for; kept in the hidden sheet."""

    workshop_key: str
    client: str
    model_id: str
    model_version: str
    round_id: int  # 0: the workshop had no round yet
    round_name: str
    stakeholder_id: int  # 0: a blank questionnaire
    stakeholder_name: str
    language: str
    exported_at: str
    app_version: str


@dataclass(frozen=True)
class FormQuestion:
    id: str
    title: str
    prompt: str
    levels: tuple[str, ...]  # five descriptors


@dataclass(frozen=True)
class FormArea:
    number: int
    id: str
    title: str
    questions: tuple[FormQuestion, ...]


@dataclass(frozen=True)
class WorkbookForm:
    """Everything a questionnaire workbook shows, as plain values in its language."""

    origin: Origin
    areas: tuple[FormArea, ...]
    model_name: str
    consultant: str
    role: str
    department: str
    scale: tuple[tuple[int, str, str], ...]  # (level, name, meaning)
    primary_color: str = "#1F4E79"
    accent_color: str = "#E07B39"
    logo: bytes | None = None
    paper: str = "a4"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a workbook. ``place`` is ``Sheet!Cell`` (or empty for the
    file); ``kind`` and ``values`` let each interface word it."""

    place: str
    kind: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class FilledAnswer:
    """One question's answer cells, classified. ``answer`` is None when the current
    cell is blank (then a target or comment alone is a problem, reported apart)."""

    sheet: str
    row: int
    question_id: str
    answer: Answer | None
    current: int | None
    target: int | None
    comment: str

    @property
    def place(self) -> str:
        return f"{self.sheet}!{_column(COL_ID)}{self.row}"


@dataclass(frozen=True)
class FilledWorkbook:
    origin: Origin
    name: str
    role: str
    department: str
    name_place: str
    answers: tuple[FilledAnswer, ...]  # rows with an answer (current not blank)
    blank: tuple[str, ...]  # question ids left entirely blank
    problems: tuple[Problem, ...]


class UnreadableWorkbook(Exception):
    """The file is not a questionnaire this version can read; ``problems`` says why."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        super().__init__(f"{path}: {len(problems)} problem(s)")
        self.path = path
        self.problems = problems


# -- writing ----------------------------------------------------------------------------------
def _column(index: int) -> str:
    return chr(ord("A") + index - 1)


def safe_text(value: str) -> str:
    """Text a worksheet can hold: control characters (refused by the XML) dropped."""
    return _ILLEGAL.sub("", value)


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
    from openpyxl.worksheet.datavalidation import DataValidation

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
            f"{_column(index)}{HEADER_ROW}",
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
    current_list = DataValidation(
        type="list",
        formula1=f'"1,2,3,4,5,{words.not_applicable},{words.dont_know}"',
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorStyle="stop",
        errorTitle=words.wrong_title,
        error=words.wrong_value,
        promptTitle=words.pick_title,
        prompt=words.pick_current,
    )
    target_list = DataValidation(
        type="list",
        formula1='"1,2,3,4,5"',
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorStyle="stop",
        errorTitle=words.wrong_title,
        error=words.wrong_value,
        promptTitle=words.pick_title,
        prompt=words.pick_target,
    )
    for offset, question in enumerate(area.questions):
        row = FIRST_ROW + offset
        texts = [question.id, question.title, question.prompt, *question.levels]
        for index, value in enumerate(texts, start=1):
            ref = f"{_column(index)}{row}"
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
        current_list.add(f"{_column(COL_CURRENT)}{row}")
        target_list.add(f"{_column(COL_TARGET)}{row}")
        widths = [WIDTHS[_column(i)] for i in range(1, len(texts) + 1)]
        tallest = max(_lines(t, w) for t, w in zip(texts, widths, strict=True))
        ws.row_dimensions[row].height = min(409, 15 * tallest + 6)
    ws.add_data_validation(current_list)
    ws.add_data_validation(target_list)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _protect(ws)
    _page_setup(ws, form.paper, landscape=True)
    ws.sheet_properties.tabColor = accent


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


def checksum(rows: Iterable[tuple[str, ...]]) -> str:
    """A digest of the identification rows: an edited hidden sheet is noticed."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join(row).encode("utf-8", "surrogatepass") + b"\x1e")
    return digest.hexdigest()[:32]


def _meta_sheet(
    ws: Worksheet, form: WorkbookForm, cover: str, sheets: list[tuple[str, FormArea]]
) -> None:
    rows = [tuple(safe_text(v) for v in row) for row in _meta_rows(form, cover, sheets)]
    for number, row in enumerate([*rows, ("check", checksum(rows))], start=1):
        for column, value in enumerate(row, start=1):
            _put(ws, f"{_column(column)}{number}", value)
    ws.sheet_state = "veryHidden"
    _protect(ws)


# -- reading ----------------------------------------------------------------------------------
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
        comment = _text_cell(ws, f"{_column(COL_COMMENT)}{row}", MAX_COMMENT, problems)
        if len(problems) > before:
            continue
        answer, level = current
        if answer is None:
            if target[1] is not None or comment:
                problems.append(
                    Problem(
                        f"{ws.title}!{_column(COL_CURRENT)}{row}",
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
    place = f"{ws.title}!{_column(column)}{row}"
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
    if "\x00" in text or _ILLEGAL.search(text):
        problems.append(Problem(place, "control_character"))
        return ""
    if len(text) > limit:
        problems.append(
            Problem(place, "too_long", {"length": len(text), "limit": limit})
        )
        return ""
    return text
