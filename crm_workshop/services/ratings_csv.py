"""Ratings as CSV: export, and an all-or-nothing import that lists every bad row.

The format (docs/ratings-csv.md): UTF-8 (a byte-order mark is accepted and written, so
spreadsheet programs show Polish letters), comma or semicolon separated, one header row.
Columns: ``stakeholder``, ``question_id`` and ``current`` are required; ``round``,
``department``, ``role``, ``target`` and ``comment`` are optional. ``current`` is a level
1-5, ``not applicable`` or ``don't know`` (Polish ``nie dotyczy`` / ``nie wiem`` and the
short forms ``N/A`` and ``?`` are accepted too).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.services.errors import CsvImportError, RowProblem
from crm_workshop.services.files import write_atomically
from crm_workshop.services.workshop import UnknownRound, WorkshopSession

REQUIRED = ("stakeholder", "question_id", "current")
OPTIONAL = ("round", "department", "role", "target", "comment")
EXPORT_COLUMNS = (
    "round",
    "stakeholder",
    "department",
    "role",
    "question_id",
    "current",
    "target",
    "comment",
)
NOT_APPLICABLE = "not applicable"
DONT_KNOW = "don't know"
_ANSWER_WORDS = {
    "not applicable": Answer.NOT_APPLICABLE,
    "n/a": Answer.NOT_APPLICABLE,
    "na": Answer.NOT_APPLICABLE,
    "nie dotyczy": Answer.NOT_APPLICABLE,
    "don't know": Answer.DONT_KNOW,
    "dont know": Answer.DONT_KNOW,
    "dont_know": Answer.DONT_KNOW,
    "?": Answer.DONT_KNOW,
    "nie wiem": Answer.DONT_KNOW,
}
MAX_FILE_BYTES = 50_000_000
MAX_NAME = 200
MAX_COMMENT = 10_000


@dataclass
class ImportResult:
    round_name: str
    ratings: int
    new_stakeholders: list[str] = field(default_factory=list)
    round_created: bool = False


@dataclass(frozen=True)
class _Row:
    line: int
    stakeholder: str
    department: str
    role: str
    rating: Rating  # stakeholder_id is 0 until the stakeholder is known


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CsvImportError(
                path,
                [
                    RowProblem(
                        0, f"the file is {size:,} bytes; at most {MAX_FILE_BYTES:,}"
                    )
                ],
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CsvImportError(
            path, [RowProblem(0, "no such file")], missing=True
        ) from None
    except IsADirectoryError:
        raise CsvImportError(
            path, [RowProblem(0, "this is a folder, not a CSV file")]
        ) from None
    except OSError as exc:
        raise CsvImportError(
            path, [RowProblem(0, f"cannot be read: {exc.strerror}")]
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CsvImportError(
            path, [RowProblem(line, "not UTF-8 text; save the file as 'CSV UTF-8'")]
        ) from None


def _level(
    value: str, column: str, line: int, problems: list[RowProblem]
) -> int | None:
    if value in {"1", "2", "3", "4", "5"}:
        return int(value)
    problems.append(RowProblem(line, f"{column} {value!r} is not a level from 1 to 5"))
    return None


def _parse_row(
    line: int, row: dict[str, str], session: WorkshopSession, problems: list[RowProblem]
) -> _Row | None:
    before = len(problems)
    values = {key: (row.get(key) or "").strip() for key in (*REQUIRED, *OPTIONAL)}
    if any("\x00" in v for v in values.values()):
        problems.append(RowProblem(line, "contains a NUL character"))
        return None
    name = values["stakeholder"]
    if not name:
        problems.append(RowProblem(line, "stakeholder is empty"))
    elif len(name) > MAX_NAME:
        problems.append(
            RowProblem(
                line, f"stakeholder name is {len(name)} characters; at most {MAX_NAME}"
            )
        )
    question_id = values["question_id"]
    if not session.model.has_question(question_id):
        problems.append(
            RowProblem(
                line, f"question_id {question_id!r} is not in the workshop's model"
            )
        )
    current_raw = values["current"].lower()
    answer = _ANSWER_WORDS.get(current_raw, Answer.LEVEL)
    current = None
    if answer is Answer.LEVEL:
        if not current_raw:
            problems.append(
                RowProblem(
                    line,
                    "current is empty: write 1-5, 'not applicable' or 'don't know'",
                )
            )
        else:
            current = _level(current_raw, "current", line, problems)
    target = (
        _level(values["target"], "target", line, problems) if values["target"] else None
    )
    comment = values["comment"]
    if len(comment) > MAX_COMMENT:
        problems.append(
            RowProblem(
                line, f"comment is {len(comment)} characters; at most {MAX_COMMENT}"
            )
        )
    if len(problems) > before:
        return None
    return _Row(
        line,
        name,
        values["department"],
        values["role"],
        Rating(0, question_id, answer, current, target, comment),
    )


def _delimiter(header: str) -> str:
    """The header row's most frequent of comma, semicolon and tab (comma on a tie).

    Counted, not sniffed: ``csv.Sniffer`` takes minutes on some long first lines.
    """
    return max(",;\t", key=header.count)


def parse_ratings_csv(
    path: Path, session: WorkshopSession
) -> tuple[list[_Row], set[str]]:
    """Parse and validate the whole file; raise ``CsvImportError`` with every problem."""
    text = _read_text(path)
    reader = csv.DictReader(
        io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0])
    )
    problems: list[RowProblem] = []
    try:
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise CsvImportError(path, [RowProblem(1, f"not valid CSV: {exc}")]) from None
    reader.fieldnames = header
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        problems.append(RowProblem(1, f"missing column(s): {', '.join(missing)}"))
    unknown = [h for h in header if h not in (*REQUIRED, *OPTIONAL)]
    if unknown:
        problems.append(
            RowProblem(
                1,
                f"unknown column(s): {', '.join(unknown)}; "
                f"known: {', '.join((*REQUIRED, *OPTIONAL))}",
            )
        )
    if problems:
        raise CsvImportError(path, problems)
    rows: list[_Row] = []
    rounds: set[str] = set()
    seen: dict[tuple[str, str, str], int] = {}
    try:
        for record in reader:
            line = reader.line_num
            if None in record:
                problems.append(RowProblem(line, "has more fields than the header"))
                continue
            if not any((v or "").strip() for v in record.values()):
                continue  # blank line
            parsed = _parse_row(line, record, session, problems)
            round_name = (record.get("round") or "").strip()
            if parsed is None:
                continue
            key = (round_name, parsed.stakeholder, parsed.rating.question_id)
            if key in seen:
                problems.append(
                    RowProblem(
                        line,
                        f"{parsed.stakeholder} answers "
                        f"{parsed.rating.question_id} again (first on line {seen[key]})",
                    )
                )
                continue
            seen[key] = line
            rounds.add(round_name)
            rows.append(parsed)
    except csv.Error as exc:
        problems.append(RowProblem(reader.line_num, f"not valid CSV: {exc}"))
    if problems:
        raise CsvImportError(path, problems)
    if not rows:
        raise CsvImportError(path, [RowProblem(1, "the file has no rows to import")])
    return rows, rounds


def import_ratings(
    session: WorkshopSession, path: Path, round_name: str | None = None
) -> ImportResult:
    """Import all rows of ``path`` into one round, or nothing at all.

    The round is ``round_name``, else the file's single ``round`` value, else the
    latest round; a round that does not exist yet is created. Unknown stakeholders
    are created with the department and role the file gives.
    """
    path = Path(path)
    rows, file_rounds = parse_ratings_csv(path, session)
    named = {r for r in file_rounds if r}
    if len(named) > 1:
        raise CsvImportError(
            path,
            [
                RowProblem(
                    0,
                    f"the file holds several rounds ({', '.join(sorted(named))}); "
                    "import one round at a time with --round",
                )
            ],
        )
    target_round = round_name or (named.pop() if named else None)
    existing = {s.name: s.id for s in session.stakeholders()}
    result = ImportResult(round_name="", ratings=0)
    with session.transaction():
        try:
            round_ = session.round_named(target_round)
        except UnknownRound:
            kind = RoundKind.REASSESSMENT if session.rounds() else RoundKind.BASELINE
            session.add_round(target_round or "Baseline", kind)
            round_ = session.round_named(target_round or "Baseline")
            result.round_created = True
        result.round_name = round_.name
        ratings: list[Rating] = []
        for row in rows:
            if row.stakeholder not in existing:
                existing[row.stakeholder] = session.add_stakeholder(
                    row.stakeholder, row.role, row.department
                )
                result.new_stakeholders.append(row.stakeholder)
            ratings.append(
                Rating(
                    existing[row.stakeholder],
                    row.rating.question_id,
                    row.rating.answer,
                    row.rating.current,
                    row.rating.target,
                    row.rating.comment,
                )
            )
        result.ratings = session.set_ratings(round_.id, ratings)
    return result


def _current_text(rating: Rating) -> str:
    if rating.answer is Answer.NOT_APPLICABLE:
        return NOT_APPLICABLE
    if rating.answer is Answer.DONT_KNOW:
        return DONT_KNOW
    return str(rating.current)


def export_ratings(
    session: WorkshopSession, path: Path, round_name: str | None = None
) -> int:
    """Write the ratings of one round (or all rounds) to ``path``; returns the row count.

    The file is written under a temporary name and moved into place when complete
    (an existing file is replaced); a disk that refuses it is ``DiskFull`` or
    ``NotWritable``, and leaves neither the file nor a part of it.
    """
    rounds = [session.round_named(round_name)] if round_name else session.rounds()
    people = {s.id: s for s in session.stakeholders()}
    order = {q.id: n for n, q in enumerate(session.model.questions())}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(EXPORT_COLUMNS)
    count = 0
    for round_ in rounds:
        ratings = sorted(
            session.ratings(round_.id),
            key=lambda r: (people[r.stakeholder_id].name, order.get(r.question_id, 0)),
        )
        for rating in ratings:
            person = people[rating.stakeholder_id]
            writer.writerow(
                [
                    round_.name,
                    person.name,
                    person.department,
                    person.role,
                    rating.question_id,
                    _current_text(rating),
                    "" if rating.target is None else rating.target,
                    rating.comment,
                ]
            )
            count += 1
    write_atomically(Path(path), buffer.getvalue().encode("utf-8-sig"), replace=True)
    return count
