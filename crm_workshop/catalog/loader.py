"""Load a maturity-model file and validate every part of it.

Validation never stops at the first problem: it collects them all, each with the file,
the place (``area 'data' > question 3.2 > levels.pl``), the line where it can be found
and what is wrong, so a consultant editing a model fixes everything in one pass.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from crm_workshop.catalog import DEFAULT_MODEL_ID
from crm_workshop.catalog.errors import ModelFileError, Problem
from crm_workshop.domain.maturity import (
    LEVELS,
    Area,
    Department,
    MaturityModel,
    Question,
    Scale,
    ScaleLevel,
    Text,
)
from crm_workshop.locations import models_dir, user_models_dir

FORMAT_VERSION = 1
MAX_FILE_BYTES = 2_000_000
MAX_SHORT_TEXT = 200  # titles, names
MAX_LONG_TEXT = 2_000  # prompts, descriptors, meanings
MAX_QUESTIONS = 500
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_QUESTION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
# No two neighbouring parts can match the same characters: linear on any line.
_HEADER = re.compile(r"^\s*(\[\[?)([\w.\s-]*)\]\]?\s*(?:#.*)?$")
_ARRAY_OPENS = re.compile(r"=\s*\[\s*(?:#.*)?$")
_TOP = 0  # the "header line" of the top-level table, which has no header
# ISO 639-1 codes: a model may be written in any of them.
_LANGUAGES = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co
    cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl
    gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg
    ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk
    ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps
    pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta
    te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za
    zh zu
    """.split()  # noqa: SIM905 -- a list literal would be formatted one code a line
)
_TOP_KEYS = {"format", "model", "scale", "departments", "areas"}
_MODEL_KEYS = {"id", "version", "languages", "name", "description"}
_SCALE_KEYS = {"levels", "not_applicable", "dont_know"}
_LEVEL_KEYS = {"level", "name", "meaning"}
_AREA_KEYS = {"id", "title", "weight", "departments", "questions"}
_QUESTION_KEYS = {"id", "title", "prompt", "levels", "sources", "weight"}
# How per-language values are named in messages: (each, noun, example)
_ONE_TEXT = ("one text", "text", '"..."')
_DESCRIPTORS = ("five descriptors", "descriptors", "[...]")
_T = TypeVar("_T")
_Line = int | None  # a line number, when the line is known
_Table = dict[str, Any]


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    model: MaturityModel
    in_library: bool = False  # the user's library, not a model shipped with the app


def _nth(lines: list[int], position: int) -> _Line:
    """The line of entry number ``position`` (1-based), if the file has that many."""
    return lines[position - 1] if 0 < position <= len(lines) else None


class _Validator:
    """Walks the parsed TOML, building domain objects and collecting problems.

    Lines are found from the table headers: entry number n of ``[[areas]]`` is the
    n-th ``[[areas]]`` header in the file, and its keys are searched only between that
    header and the next one, so equal ids or keys elsewhere never mislead it.
    """

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")  # TOML counts lines by "\n" only
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] | None = None  # None: no valid list
        self.ids: dict[str, set[str]] = defaultdict(set)
        self.headers = self.table_headers()
        self.header_lines = [line for line, _ in self.headers]

    # -- where things are in the file --------------------------------------------
    def table_headers(self) -> list[tuple[int, str]]:
        """Every ``[table]`` and ``[[table]]`` header, in file order, spaces removed."""
        headers = []
        for number, line in enumerate(self.lines, start=1):
            match = _HEADER.match(line)
            name = re.sub(r"\s+", "", match.group(2)) if match else ""
            if match and name:
                opening = match.group(1)
                headers.append((number, f"{opening}{name}{']' * len(opening)}"))
        return headers

    def table_line(self, header: str) -> _Line:
        return next((line for line, h in self.headers if h == header), None)

    def entry_lines(self, array: str) -> list[int]:
        """The header line of each ``[[array]]`` entry, in order."""
        return [line for line, h in self.headers if h == f"[[{array}]]"]

    def question_lines(self, area_position: int) -> list[int]:
        """The ``[[areas.questions]]`` lines under the area-th ``[[areas]]``."""
        area, lines = 0, []
        for line, header in self.headers:
            if header == "[[areas]]":
                area += 1
            elif header == "[[areas.questions]]" and area == area_position:
                lines.append(line)
        return lines

    def table_end(self, line: int) -> int:
        """The last line of the table whose header is on ``line``."""
        after = bisect_right(self.header_lines, line)
        if after < len(self.header_lines):
            return self.header_lines[after] - 1
        return len(self.lines)

    def line_of(self, pattern: str, first: int = 1, last: _Line = None) -> _Line:
        """The first line from ``first`` to ``last`` (1-based) matching ``pattern``."""
        rx = re.compile(pattern)
        last = len(self.lines) if last is None else last
        for number in range(max(first, 1), last + 1):
            if rx.search(self.lines[number - 1]):
                return number
        return None

    def find_key(self, key: str, table: _Line) -> _Line:
        """The line setting ``key`` in the table with its header on line ``table``.

        At the top level (``_TOP``) a ``[key]`` or ``[[key]]`` table counts too.
        """
        if table is None:
            return None
        name = re.escape(key)
        found = self.line_of(rf"^\s*{name}\s*[.=]", table, self.table_end(table))
        if found is None and table == _TOP:
            found = self.line_of(rf"^\s*\[\[?\s*{name}\s*[\].]")
        return found

    def line_of_key(self, key: str, table: _Line) -> _Line:
        """The line of ``key`` in the table, else the table's own line."""
        return self.find_key(key, table) or table or None

    def item_lines(self, line: _Line) -> list[int]:
        """The line of each item of a multi-line array opened on ``line``."""
        if line is None or not _ARRAY_OPENS.search(self.lines[line - 1]):
            return []
        items = []
        for number in range(line + 1, len(self.lines) + 1):
            text = self.lines[number - 1].strip()
            if text.startswith("]"):
                return items
            if text and not text.startswith("#"):
                items.append(number)
        return []

    # -- generic checks ----------------------------------------------------------
    def problem(self, place: str, message: str, line: _Line = None) -> None:
        self.problems.append(Problem(place, message, line))

    def table(self, data: object, place: str, line: _Line) -> _Table | None:
        if isinstance(data, dict):
            return data
        self.problem(place, "must be a table", line)
        return None

    def entries(
        self, raw: list[Any], lines: list[int], numbered: str, line: _Line = None
    ) -> Iterator[tuple[int, _Line, _Table]]:
        """Each table of ``raw`` with its position and the line of its header."""
        for position, item in enumerate(raw, start=1):
            header = _nth(lines, position)
            entry = self.table(item, f"{numbered} #{position}", header or line)
            if entry is not None:
                yield position, header, entry

    def texts(
        self, entry: _Table, key: str, place: str, line: _Line, what: str = "texts"
    ) -> tuple[str, ...]:
        """``key``: a list of texts, such as ``sources``, or department ids."""
        value = entry.get(key, [])
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        self.problem(
            place, f"'{key}' must be a list of {what}", self.line_of_key(key, line)
        )
        return ()

    def unknown_keys(
        self, data: _Table, known: set[str], place: str, line: _Line
    ) -> None:
        expected = ", ".join(sorted(known))
        for key in sorted(set(data) - known):
            message = f"unknown key '{key}' (expected one of: {expected})"
            self.problem(place, message, self.line_of_key(key, line))

    def identifier(
        self, data: _Table, place: str, line: _Line, rx: re.Pattern[str]
    ) -> str:
        value = data.get("id")
        if value is None:
            self.problem(place, "missing 'id'", line)
            return ""
        if not isinstance(value, str) or not rx.match(value):
            self.problem(
                place,
                f"invalid id {value!r}: start with a letter or digit and use only "
                "letters, digits, '.', '-' or '_'",
                self.line_of_key("id", line),
            )
            return str(value)
        return value

    def unique(self, kind: str, item_id: str, place: str, line: _Line) -> None:
        """Report ``item_id`` if another ``kind`` (area, question...) already has it."""
        if item_id and item_id in self.ids[kind]:
            message = f"{kind} id '{item_id}' is used twice"
            self.problem(place, message, self.line_of_key("id", line))
        self.ids[kind].add(item_id)

    def weight(self, data: _Table, place: str, line: _Line) -> float:
        value = data.get("weight", 1.0)
        line = self.line_of_key("weight", line)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(place, f"'weight' must be a number, not {value!r}", line)
            return 1.0
        if not 0 < value <= 100:
            self.problem(
                place, f"'weight' must be above 0 and at most 100, not {value}", line
            )
            return 1.0
        return float(value)

    def string(self, value: object, place: str, line: _Line, limit: int) -> str | None:
        if not isinstance(value, str):
            message = f"must be a text, not {type(value).__name__}"
        elif not value.strip():
            message = "is empty"
        elif len(value) > limit:
            message = f"is {len(value)} characters long; at most {limit}"
        elif _CONTROL.search(value):
            message = "contains control characters"
        else:
            return value
        self.problem(place, message, line)
        return None

    # -- texts in the model's languages ------------------------------------------
    def per_language(
        self,
        data: _Table,
        key: str,
        place: str,
        line: _Line,
        kind: tuple[str, str, str],
        check: Callable[[object, str, _Line], _T | None],
    ) -> dict[str, _T]:
        """``key.<language>`` for each model language, checked by ``check(value,
        "key.language", line)``; ``kind`` names the values for messages."""
        each, noun, example = kind
        raw = data.get(key)
        key_line = self.line_of_key(key, line)
        if not isinstance(raw, dict):
            message = (
                f"missing '{key}' ({each} per language)"
                if raw is None
                else f"'{key}' must give {each} per language, e.g. {key}.en = {example}"
            )
            self.problem(place, message, line if raw is None else key_line)
            return {}
        languages = self.languages or tuple(raw)  # no valid list: check what is given
        values: dict[str, _T] = {}
        for language in languages:
            if language not in raw:
                message = f"'{key}' has no {noun} in language '{language}'"
                self.problem(place, message, key_line)
                continue
            at = self.find_key(f"{key}.{language}", line) or key_line
            value = check(raw[language], f"{key}.{language}", at)
            if value is not None:
                values[language] = value
        for language in sorted(set(raw) - set(languages)):
            self.problem(
                place,
                f"'{key}.{language}': '{language}' is not one of the model's languages",
                self.find_key(f"{key}.{language}", line) or key_line,
            )
        return values

    def text(self, data: _Table, key: str, place: str, line: _Line, limit: int) -> Text:
        """A key holding one text per language of the model, e.g. ``title.en``/``title.pl``."""

        def check(value: object, name: str, at: _Line) -> str | None:
            return self.string(value, f"{place} > {name}", at, limit)

        return Text(self.per_language(data, key, place, line, _ONE_TEXT, check))

    def level_texts(self, entry: _Table, place: str, line: _Line) -> tuple[Text, ...]:
        """``levels.<lang>`` = five descriptors, level 1 first; returned per level."""

        def check(values: object, name: str, at: _Line) -> list[str] | None:
            return self.descriptors(values, name, place, at)

        found = self.per_language(entry, "levels", place, line, _DESCRIPTORS, check)
        return tuple(
            Text({language: texts[n] for language, texts in found.items()})
            for n in range(len(LEVELS))
        )

    def descriptors(
        self, values: object, key: str, place: str, line: _Line
    ) -> list[str] | None:
        """The five descriptors of one language (``key`` is e.g. ``levels.pl``)."""
        if not isinstance(values, list) or len(values) != len(LEVELS):
            count = len(values) if isinstance(values, list) else "no list"
            self.problem(
                place,
                f"'{key}' must list exactly 5 descriptors (level 1 first), found {count}",
                line,
            )
            return None
        lines: list[_Line] = list(self.item_lines(line))
        if len(lines) != len(values):  # not one descriptor a line: use the key's line
            lines = [line] * len(values)
        return [
            self.string(value, f"{place} > {key} level {n}", at, MAX_LONG_TEXT) or ""
            for n, (value, at) in enumerate(zip(values, lines, strict=True), start=1)
        ]

    # -- the file ----------------------------------------------------------------
    def model(self, data: _Table) -> MaturityModel | None:
        self.unknown_keys(data, _TOP_KEYS, "file", _TOP)
        if not self.readable_format(data.get("format")):
            return None
        header = self.model_header(data.get("model"))
        scale = self.scale(data.get("scale"))
        departments = self.departments(data.get("departments", []))
        areas = self.areas(data.get("areas"), {d.id for d in departments})
        if self.problems:
            return None
        return MaturityModel(
            **header,
            languages=self.languages or (),
            scale=scale,
            departments=departments,
            areas=areas,
        )

    def readable_format(self, fmt: object) -> bool:
        """Check ``format``; False when the file is too new to check any further."""
        line = self.find_key("format", _TOP)
        if fmt is None:
            message = f"missing 'format' (this version reads format = {FORMAT_VERSION})"
            self.problem("file", message, 1)
        elif isinstance(fmt, bool) or not isinstance(fmt, int):
            self.problem("file", f"'format' must be a whole number, not {fmt!r}", line)
        elif fmt > FORMAT_VERSION:
            self.problem(
                "file",
                f"written in model format {fmt}, newer than this version reads "
                f"({FORMAT_VERSION}); update CRM Workshop to use it",
                line,
            )
            return False
        elif fmt < 1:
            self.problem("file", f"unsupported 'format' {fmt}", line)
        return True

    def model_header(self, raw: object) -> _Table:
        """The ``[model]`` table as keyword arguments of ``MaturityModel``."""
        line = self.table_line("[model]")
        empty = {"id": "", "version": "", "name": Text({}), "description": Text({})}
        if raw is None:
            message = "missing the [model] table (id, version, languages, name)"
            self.problem("model", message, None)
            return empty
        header = self.table(raw, "model", line or self.find_key("model", _TOP))
        if header is None:
            return empty
        self.unknown_keys(header, _MODEL_KEYS, "model", line)
        model_id = self.identifier(header, "model", line, _ID)
        version = header.get("version")
        if not (isinstance(version, str) and version.strip()):
            message = "'version' must be a text such as \"1.0\""
            self.problem("model", message, self.line_of_key("version", line))
        self.languages = self.model_languages(header, line)
        description = (
            self.text(header, "description", "model", line, MAX_LONG_TEXT)
            if "description" in header
            else Text({})
        )
        return {
            "id": model_id,
            "version": str(version),
            "name": self.text(header, "name", "model", line, MAX_SHORT_TEXT),
            "description": description,
        }

    def model_languages(self, header: _Table, line: _Line) -> tuple[str, ...] | None:
        raw = header.get("languages")
        line = self.line_of_key("languages", line)
        if not isinstance(raw, list) or not raw:
            self.problem(
                "model",
                '\'languages\' must list at least one language, e.g. ["en", "pl"]',
                line,
            )
            return None
        languages: list[str] = []
        for lang in raw:
            if not isinstance(lang, str) or lang not in _LANGUAGES:
                self.problem(
                    "model",
                    f'unknown language {lang!r} in \'languages\' (use ISO 639-1 codes such as "en", "pl")',
                    line,
                )
            elif lang in languages:
                self.problem("model", f"language '{lang}' is listed twice", line)
            else:
                languages.append(lang)
        return tuple(languages) or None

    def scale(self, raw: object) -> Scale:
        line = self.table_line("[scale]")
        if raw is None:
            message = (
                "missing the [scale] table (levels 1-5, not_applicable, dont_know)"
            )
            self.problem("scale", message, None)
            return Scale(levels=(), not_applicable=Text({}), dont_know=Text({}))
        data = self.table(raw, "scale", line) or {}
        self.unknown_keys(data, _SCALE_KEYS, "scale", line)
        not_applicable = self.text(
            data, "not_applicable", "scale", line, MAX_SHORT_TEXT
        )
        dont_know = self.text(data, "dont_know", "scale", line, MAX_SHORT_TEXT)
        levels = data.get("levels", [])
        entries = self.entry_lines("scale.levels")
        found: dict[int, ScaleLevel] = {}
        levels = levels if isinstance(levels, list) else []
        for _, level_line, entry in self.entries(levels, entries, "scale > level"):
            level = self.scale_level(entry, level_line, found)
            if level is not None:
                found[level.level] = level
        missing = [str(n) for n in LEVELS if n not in found]
        if missing:
            which = (
                f"level {missing[0]} is"
                if len(missing) == 1
                else f"levels {', '.join(missing)} are"
            )
            message = f"{which} not defined; the scale needs 1-5"
            self.problem("scale", message, _nth(entries, 1) or line)
        return Scale(
            levels=tuple(found[n] for n in LEVELS if n in found),
            not_applicable=not_applicable,
            dont_know=dont_know,
        )

    def scale_level(
        self, entry: _Table, line: _Line, found: dict[int, ScaleLevel]
    ) -> ScaleLevel | None:
        level = entry.get("level")
        place = f"scale > level {level}"
        self.unknown_keys(entry, _LEVEL_KEYS, place, line)
        if type(level) is not int or level not in LEVELS:
            message = f"'level' must be one of 1, 2, 3, 4, 5, not {level!r}"
            self.problem("scale", message, self.line_of_key("level", line))
            return None
        if level in found:
            message = f"level {level} is defined twice"
            self.problem("scale", message, self.line_of_key("level", line))
            return None
        return ScaleLevel(
            level,
            self.text(entry, "name", place, line, MAX_SHORT_TEXT),
            self.text(entry, "meaning", place, line, MAX_LONG_TEXT),
        )

    def departments(self, raw: object) -> tuple[Department, ...]:
        if not isinstance(raw, list):
            message = "must be a list of [[departments]] tables"
            self.problem("departments", message, self.find_key("departments", _TOP))
            return ()
        lines = self.entry_lines("departments")
        result: list[Department] = []
        for position, line, entry in self.entries(raw, lines, "department"):
            dep_id = self.identifier(entry, f"department #{position}", line, _ID)
            place = f"department '{dep_id}'" if dep_id else f"department #{position}"
            self.unknown_keys(entry, {"id", "name"}, place, line)
            self.unique("department", dep_id, place, line)
            name = self.text(entry, "name", place, line, MAX_SHORT_TEXT)
            result.append(Department(dep_id, name))
        return tuple(result)

    def areas(self, raw: object, department_ids: set[str]) -> tuple[Area, ...]:
        if raw is None or (isinstance(raw, list) and not raw):
            message = "the model has no [[areas]]; it needs at least one"
            self.problem("areas", message, None)
            return ()
        if not isinstance(raw, list):
            message = "must be a list of [[areas]] tables"
            self.problem("areas", message, self.find_key("areas", _TOP))
            return ()
        lines = self.entry_lines("areas")
        areas = [
            self.area(entry, position, line, department_ids)
            for position, line, entry in self.entries(raw, lines, "area")
        ]
        count = len(self.ids["question"])
        if count > MAX_QUESTIONS:
            message = f"{count} questions; at most {MAX_QUESTIONS}"
            self.problem("areas", message, None)
        return tuple(areas)

    def area(
        self,
        entry: _Table,
        position: int,
        line: _Line,
        department_ids: set[str],
    ) -> Area:
        area_id = self.identifier(entry, f"area #{position}", line, _ID)
        place = f"area '{area_id}'" if area_id else f"area #{position}"
        self.unknown_keys(entry, _AREA_KEYS, place, line)
        self.unique("area", area_id, place, line)
        departments = self.texts(entry, "departments", place, line, "department ids")
        for name in departments:
            if name not in department_ids:
                message = f"department '{name}' is not defined in [[departments]]"
                self.problem(place, message, self.line_of_key("departments", line))
        return Area(
            id=area_id,
            title=self.text(entry, "title", place, line, MAX_SHORT_TEXT),
            weight=self.weight(entry, place, line),
            departments=departments,
            questions=self.questions(entry, area_id, position, place, line),
        )

    def questions(
        self,
        area: _Table,
        area_id: str,
        area_position: int,
        area_place: str,
        area_line: _Line,
    ) -> tuple[Question, ...]:
        raw = area.get("questions")
        if not isinstance(raw, list) or not raw:
            message = "has no questions; add [[areas.questions]] tables"
            self.problem(area_place, message, self.line_of_key("questions", area_line))
            return ()
        numbered = f"{area_place} > question"
        lines = self.question_lines(area_position)
        return tuple(
            self.question(entry, area_id, area_place, position, line)
            for position, line, entry in self.entries(raw, lines, numbered, area_line)
        )

    def question(
        self, entry: _Table, area_id: str, area_place: str, position: int, line: _Line
    ) -> Question:
        numbered = f"{area_place} > question #{position}"
        question_id = self.identifier(entry, numbered, line, _QUESTION_ID)
        place = f"{area_place} > question {question_id}" if question_id else numbered
        self.unknown_keys(entry, _QUESTION_KEYS, place, line)
        self.unique("question", question_id, place, line)
        return Question(
            id=question_id,
            area_id=area_id,
            title=self.text(entry, "title", place, line, MAX_SHORT_TEXT),
            prompt=self.text(entry, "prompt", place, line, MAX_LONG_TEXT),
            levels=self.level_texts(entry, place, line),
            sources=self.texts(entry, "sources", place, line),
            weight=self.weight(entry, place, line),
        )


def parse_model(text: str, source: str = "<model>") -> MaturityModel:
    """Parse and validate model TOML ``text``; raise ``ModelFileError`` listing every problem."""
    try:
        data = tomllib.loads(text)
    except RecursionError:  # tomllib recurses into each nested array or table
        raise ModelFileError(
            source, [Problem("", "not valid TOML: values nested too deeply")]
        ) from None
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        line = int(match.group(1)) if match else None
        message = _TOML_LINE.sub("", str(exc)).strip()
        raise ModelFileError(
            source, [Problem("", f"not valid TOML: {message}", line)]
        ) from None
    validator = _Validator(text)
    model = validator.model(data)
    if model is None:
        raise ModelFileError(source, validator.problems)
    return model


def load_model(path: Path | str) -> MaturityModel:
    """Read and validate the model file at ``path``."""
    path = Path(path)
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            message = f"the file is {size:,} bytes; a model file is at most {MAX_FILE_BYTES:,}"
            raise ModelFileError(source, [Problem("", message)])
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ModelFileError(source, [Problem("", "no such file")]) from None
    except IsADirectoryError:
        message = "this is a folder, not a model file"
        raise ModelFileError(source, [Problem("", message)]) from None
    except OSError as exc:
        message = f"cannot be read: {exc.strerror}"
        raise ModelFileError(source, [Problem("", message)]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ModelFileError(
            source, [Problem("", "is not UTF-8 text; save it as UTF-8", line)]
        ) from None
    return parse_model(text, source)


def available_models(folder: Path | None = None) -> list[ModelInfo]:
    """Every valid model file (``*.toml``) in ``folder``; by default the bundled
    models, then those of the user's library (``library_models``)."""
    if folder is None:
        return [*available_models(models_dir()), *library_models()[0]]
    return [ModelInfo(path, load_model(path)) for path in sorted(folder.glob("*.toml"))]


def library_models(
    folder: Path | None = None,
) -> tuple[list[ModelInfo], list[ModelFileError]]:
    """The user's library (``user_models_dir``): the models that load, and the errors
    of the files that do not. A broken file there is left out, never stops the app."""
    folder = folder or user_models_dir()
    found: list[ModelInfo] = []
    errors: list[ModelFileError] = []
    try:
        paths = sorted(folder.glob("*.toml"))
    except OSError:
        paths = []
    for path in paths:
        try:
            found.append(ModelInfo(path, load_model(path), in_library=True))
        except ModelFileError as exc:
            errors.append(exc)
    return found, errors


def default_model() -> MaturityModel:
    """The newest bundled version of the default CRM Maturity Model."""
    candidates = [
        info.model
        for info in available_models(models_dir())  # shipped only, never the library
        if info.model.id == DEFAULT_MODEL_ID
    ]
    if not candidates:
        raise ModelFileError(
            str(models_dir()), [Problem("", "the default model file is missing")]
        )
    return max(
        candidates, key=lambda m: tuple(int(p) for p in re.findall(r"\d+", m.version))
    )
