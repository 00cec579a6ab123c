"""Load a maturity-model file and validate every part of it.

Validation never stops at the first problem: it collects them all, each with the file,
the place (``area 'data' > question 3.2 > levels.pl``), the line where it can be found
and what is wrong, so a consultant editing a model fixes everything in one pass.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
from crm_workshop.locations import models_dir

FORMAT_VERSION = 1
DEFAULT_MODEL_ID = "crm-maturity"
MAX_FILE_BYTES = 2_000_000
MAX_SHORT_TEXT = 200  # titles, names
MAX_LONG_TEXT = 2_000  # prompts, descriptors, meanings
MAX_QUESTIONS = 500
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_QUESTION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TOML_LINE = re.compile(r"\(at line (\d+), column (\d+)\)")
# ISO 639-1 codes: a model may be written in any of them.
_LANGUAGES = frozenset(
    [
        "aa",
        "ab",
        "ae",
        "af",
        "ak",
        "am",
        "an",
        "ar",
        "as",
        "av",
        "ay",
        "az",
        "ba",
        "be",
        "bg",
        "bh",
        "bi",
        "bm",
        "bn",
        "bo",
        "br",
        "bs",
        "ca",
        "ce",
        "ch",
        "co",
        "cr",
        "cs",
        "cu",
        "cv",
        "cy",
        "da",
        "de",
        "dv",
        "dz",
        "ee",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "ff",
        "fi",
        "fj",
        "fo",
        "fr",
        "fy",
        "ga",
        "gd",
        "gl",
        "gn",
        "gu",
        "gv",
        "ha",
        "he",
        "hi",
        "ho",
        "hr",
        "ht",
        "hu",
        "hy",
        "hz",
        "ia",
        "id",
        "ie",
        "ig",
        "ii",
        "ik",
        "io",
        "is",
        "it",
        "iu",
        "ja",
        "jv",
        "ka",
        "kg",
        "ki",
        "kj",
        "kk",
        "kl",
        "km",
        "kn",
        "ko",
        "kr",
        "ks",
        "ku",
        "kv",
        "kw",
        "ky",
        "la",
        "lb",
        "lg",
        "li",
        "ln",
        "lo",
        "lt",
        "lu",
        "lv",
        "mg",
        "mh",
        "mi",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "mt",
        "my",
        "na",
        "nb",
        "nd",
        "ne",
        "ng",
        "nl",
        "nn",
        "no",
        "nr",
        "nv",
        "ny",
        "oc",
        "oj",
        "om",
        "or",
        "os",
        "pa",
        "pi",
        "pl",
        "ps",
        "pt",
        "qu",
        "rm",
        "rn",
        "ro",
        "ru",
        "rw",
        "sa",
        "sc",
        "sd",
        "se",
        "sg",
        "si",
        "sk",
        "sl",
        "sm",
        "sn",
        "so",
        "sq",
        "sr",
        "ss",
        "st",
        "su",
        "sv",
        "sw",
        "ta",
        "te",
        "tg",
        "th",
        "ti",
        "tk",
        "tl",
        "tn",
        "to",
        "tr",
        "ts",
        "tt",
        "tw",
        "ty",
        "ug",
        "uk",
        "ur",
        "uz",
        "ve",
        "vi",
        "vo",
        "wa",
        "wo",
        "xh",
        "yi",
        "yo",
        "za",
        "zh",
        "zu",
    ]
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a model file."""

    place: str
    message: str
    line: int | None = None

    def format(self, source: str) -> str:
        where = f"{source}:{self.line}" if self.line else source
        place = f" [{self.place}]" if self.place else ""
        return f"{where}:{place} {self.message}"


class ModelFileError(Exception):
    """A model file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(self.report())

    def report(self) -> str:
        return "\n".join(p.format(self.source) for p in self.problems)


@dataclass(frozen=True)
class ModelInfo:
    path: Path
    model: MaturityModel


class _Validator:
    """Walks the parsed TOML, building domain objects and collecting problems."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = ()

    # -- reporting ---------------------------------------------------------------
    def problem(self, place: str, message: str, line: int | None = None) -> None:
        self.problems.append(Problem(place, message, line))

    def line_of(self, pattern: str, start: int = 0) -> int | None:
        """First line (1-based) at or after ``start`` matching ``pattern``."""
        rx = re.compile(pattern)
        for number, line in enumerate(self.lines[start:], start=start + 1):
            if rx.search(line):
                return number
        return None

    def line_of_id(self, item_id: object) -> int | None:
        if not isinstance(item_id, str):
            return None
        return self.line_of(rf'^\s*id\s*=\s*["\']{re.escape(item_id)}["\']')

    def line_of_key(self, key: str, near: int | None) -> int | None:
        start = (near - 1) if near else 0
        return self.line_of(rf"^\s*{re.escape(key)}\s*[.=]", start) or near

    # -- generic checks ----------------------------------------------------------
    def table(
        self, data: object, place: str, line: int | None = None
    ) -> dict[str, Any]:
        if isinstance(data, dict):
            return data
        self.problem(place, "must be a table", line)
        return {}

    def unknown_keys(
        self, data: dict[str, Any], allowed: set[str], place: str, line: int | None
    ) -> None:
        for key in sorted(set(data) - allowed):
            self.problem(
                place,
                f"unknown key '{key}' (expected one of: {', '.join(sorted(allowed))})",
                self.line_of_key(key, line),
            )

    def identifier(
        self,
        data: dict[str, Any],
        place: str,
        line: int | None,
        pattern: re.Pattern[str],
    ) -> str:
        value = data.get("id")
        if value is None:
            self.problem(place, "missing 'id'", line)
            return ""
        if not isinstance(value, str) or not pattern.match(value):
            self.problem(
                place,
                f"invalid id {value!r}: start with a letter or digit and use only "
                "letters, digits, '.', '-' or '_'",
                line,
            )
            return str(value)
        return value

    def weight(self, data: dict[str, Any], place: str, line: int | None) -> float:
        value = data.get("weight", 1.0)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(place, f"'weight' must be a number, not {value!r}", line)
            return 1.0
        if not 0 < value <= 100:
            self.problem(
                place, f"'weight' must be above 0 and at most 100, not {value}", line
            )
            return 1.0
        return float(value)

    def string(
        self, value: object, place: str, line: int | None, limit: int
    ) -> str | None:
        if not isinstance(value, str):
            self.problem(place, f"must be a text, not {type(value).__name__}", line)
            return None
        if not value.strip():
            self.problem(place, "is empty", line)
            return None
        if len(value) > limit:
            self.problem(
                place, f"is {len(value)} characters long; at most {limit}", line
            )
            return None
        if _CONTROL.search(value):
            self.problem(place, "contains control characters", line)
            return None
        return value

    def text(
        self, data: dict[str, Any], key: str, place: str, line: int | None, limit: int
    ) -> Text:
        """A key holding one text per language of the model, e.g. ``title.en``/``title.pl``."""
        key_line = self.line_of_key(key, line)
        raw = data.get(key)
        if raw is None:
            self.problem(place, f"missing '{key}'", line)
            return Text({})
        if not isinstance(raw, dict):
            self.problem(
                place,
                f"'{key}' must give one text per language, e.g. {key}.en = \"...\"",
                key_line,
            )
            return Text({})
        values: dict[str, str] = {}
        for language in self.languages:
            if language not in raw:
                self.problem(
                    place, f"'{key}' has no text in language '{language}'", key_line
                )
                continue
            value = self.string(
                raw[language], f"{place} > {key}.{language}", key_line, limit
            )
            if value is not None:
                values[language] = value
        for language in sorted(set(raw) - set(self.languages)):
            self.problem(
                place,
                f"'{key}.{language}': '{language}' is not one of the model's languages",
                key_line,
            )
        return Text(values)

    # -- the file ----------------------------------------------------------------
    def model(self, data: dict[str, Any]) -> MaturityModel | None:
        self.unknown_keys(
            data, {"format", "model", "scale", "departments", "areas"}, "file", 1
        )
        fmt = data.get("format")
        if fmt is None:
            self.problem(
                "file",
                f"missing 'format' (this version reads format = {FORMAT_VERSION})",
                1,
            )
        elif isinstance(fmt, bool) or not isinstance(fmt, int):
            self.problem(
                "file",
                f"'format' must be a whole number, not {fmt!r}",
                self.line_of(r"^format"),
            )
        elif fmt > FORMAT_VERSION:
            self.problem(
                "file",
                f"written in model format {fmt}, newer than this version reads "
                f"({FORMAT_VERSION}); update CRM Workshop to use it",
                self.line_of(r"^format"),
            )
            return None
        elif fmt < 1:
            self.problem(
                "file", f"unsupported 'format' {fmt}", self.line_of(r"^format")
            )

        header_line = self.line_of(r"^\s*\[model\]")
        header = self.table(data.get("model"), "model", header_line)
        if "model" not in data:
            self.problem(
                "model",
                "missing the [model] table (id, version, languages, name)",
                None,
            )
        self.unknown_keys(
            header,
            {"id", "version", "languages", "name", "description"},
            "model",
            header_line,
        )
        model_id = self.identifier(header, "model", header_line, _ID) if header else ""
        version = header.get("version")
        if header and not (isinstance(version, str) and version.strip()):
            self.problem(
                "model", "'version' must be a text such as \"1.0\"", header_line
            )
        self.languages = self.model_languages(header, header_line)
        name = (
            self.text(header, "name", "model", header_line, MAX_SHORT_TEXT)
            if header
            else Text({})
        )
        description = (
            self.text(header, "description", "model", header_line, MAX_LONG_TEXT)
            if "description" in header
            else Text({})
        )
        scale = self.scale(data.get("scale"))
        departments = self.departments(data.get("departments", []))
        areas = self.areas(data.get("areas"), {d.id for d in departments})
        if self.problems:
            return None
        return MaturityModel(
            id=model_id,
            version=str(version),
            name=name,
            description=description,
            languages=self.languages,
            scale=scale,
            departments=departments,
            areas=areas,
        )

    def model_languages(
        self, header: dict[str, Any], line: int | None
    ) -> tuple[str, ...]:
        raw = header.get("languages")
        if not header:
            return ("en",)
        if not isinstance(raw, list) or not raw:
            self.problem(
                "model",
                '\'languages\' must list at least one language, e.g. ["en", "pl"]',
                line,
            )
            return ("en",)
        languages: list[str] = []
        for lang in raw:
            if not isinstance(lang, str) or lang not in _LANGUAGES:
                self.problem(
                    "model",
                    f'unknown language {lang!r} in \'languages\' (use ISO 639-1 codes such as "en", "pl")',
                    self.line_of_key("languages", line),
                )
            elif lang in languages:
                self.problem(
                    "model",
                    f"language '{lang}' is listed twice",
                    self.line_of_key("languages", line),
                )
            else:
                languages.append(lang)
        return tuple(languages) or ("en",)

    def scale(self, raw: object) -> Scale:
        line = self.line_of(r"^\s*\[scale\]")
        if raw is None:
            self.problem(
                "scale",
                "missing the [scale] table (levels 1-5, not_applicable, dont_know)",
                None,
            )
            raw = {}
        data = self.table(raw, "scale", line)
        self.unknown_keys(
            data, {"levels", "not_applicable", "dont_know"}, "scale", line
        )
        not_applicable = self.text(
            data, "not_applicable", "scale", line, MAX_SHORT_TEXT
        )
        dont_know = self.text(data, "dont_know", "scale", line, MAX_SHORT_TEXT)
        levels_raw = data.get("levels", [])
        found: dict[int, ScaleLevel] = {}
        level_line = self.line_of(r"^\s*\[\[scale\.levels\]\]")
        for item in levels_raw if isinstance(levels_raw, list) else []:
            entry = self.table(item, "scale > level", level_line)
            level = entry.get("level")
            place = f"scale > level {level}"
            this_line = (
                self.line_of(rf"^\s*level\s*=\s*{level}\b")
                if isinstance(level, int)
                else level_line
            )
            self.unknown_keys(entry, {"level", "name", "meaning"}, place, this_line)
            if isinstance(level, bool) or level not in LEVELS:
                self.problem(
                    "scale",
                    f"'level' must be one of 1, 2, 3, 4, 5, not {level!r}",
                    this_line,
                )
                continue
            if level in found:
                self.problem("scale", f"level {level} is defined twice", this_line)
                continue
            found[level] = ScaleLevel(
                level,
                self.text(entry, "name", place, this_line, MAX_SHORT_TEXT),
                self.text(entry, "meaning", place, this_line, MAX_LONG_TEXT),
            )
        missing = [str(n) for n in LEVELS if n not in found]
        if missing:
            self.problem(
                "scale",
                f"levels {', '.join(missing)} are not defined; the scale needs 1-5",
                level_line or line,
            )
        return Scale(
            levels=tuple(found[n] for n in LEVELS if n in found),
            not_applicable=not_applicable,
            dont_know=dont_know,
        )

    def departments(self, raw: object) -> tuple[Department, ...]:
        if not isinstance(raw, list):
            self.problem(
                "departments", "must be a list of [[departments]] tables", None
            )
            return ()
        result: list[Department] = []
        seen: set[str] = set()
        for position, item in enumerate(raw, start=1):
            entry = self.table(item, f"department #{position}")
            line = self.line_of_id(entry.get("id"))
            dep_id = self.identifier(entry, f"department #{position}", line, _ID)
            place = f"department '{dep_id}'"
            self.unknown_keys(entry, {"id", "name"}, place, line)
            if dep_id in seen:
                self.problem(place, f"department id '{dep_id}' is used twice", line)
            seen.add(dep_id)
            result.append(
                Department(
                    dep_id, self.text(entry, "name", place, line, MAX_SHORT_TEXT)
                )
            )
        return tuple(result)

    def areas(self, raw: object, department_ids: set[str]) -> tuple[Area, ...]:
        if raw is None or (isinstance(raw, list) and not raw):
            self.problem(
                "areas", "the model has no [[areas]]; it needs at least one", None
            )
            return ()
        if not isinstance(raw, list):
            self.problem("areas", "must be a list of [[areas]] tables", None)
            return ()
        areas: list[Area] = []
        area_ids: set[str] = set()
        question_ids: set[str] = set()
        for position, item in enumerate(raw, start=1):
            entry = self.table(item, f"area #{position}")
            line = self.line_of_id(entry.get("id"))
            area_id = self.identifier(entry, f"area #{position}", line, _ID)
            place = f"area '{area_id}'"
            self.unknown_keys(
                entry,
                {"id", "title", "weight", "departments", "questions"},
                place,
                line,
            )
            if area_id in area_ids:
                self.problem(place, f"area id '{area_id}' is used twice", line)
            area_ids.add(area_id)
            hints = entry.get("departments", [])
            if not isinstance(hints, list) or not all(
                isinstance(h, str) for h in hints
            ):
                self.problem(
                    place, "'departments' must be a list of department ids", line
                )
                hints = []
            for hint in hints:
                if hint not in department_ids:
                    self.problem(
                        place,
                        f"department '{hint}' is not defined in [[departments]]",
                        self.line_of_key("departments", line),
                    )
            areas.append(
                Area(
                    id=area_id,
                    title=self.text(entry, "title", place, line, MAX_SHORT_TEXT),
                    weight=self.weight(entry, place, line),
                    departments=tuple(hints),
                    questions=tuple(
                        self.questions(
                            entry.get("questions"), area_id, place, line, question_ids
                        )
                    ),
                )
            )
        if len(question_ids) > MAX_QUESTIONS:
            self.problem(
                "areas", f"{len(question_ids)} questions; at most {MAX_QUESTIONS}", None
            )
        return tuple(areas)

    def questions(
        self,
        raw: object,
        area_id: str,
        area_place: str,
        area_line: int | None,
        seen: set[str],
    ) -> Iterator[Question]:
        if not isinstance(raw, list) or not raw:
            self.problem(
                area_place,
                "has no questions; add [[areas.questions]] tables",
                area_line,
            )
            return
        allowed = {"id", "title", "prompt", "levels", "sources", "weight"}
        for position, item in enumerate(raw, start=1):
            entry = self.table(item, f"{area_place} > question #{position}", area_line)
            line = self.line_of_id(entry.get("id"))
            question_id = self.identifier(
                entry, f"{area_place} > question #{position}", line, _QUESTION_ID
            )
            place = f"{area_place} > question {question_id}"
            self.unknown_keys(entry, allowed, place, line)
            if question_id in seen:
                self.problem(place, f"question id '{question_id}' is used twice", line)
            seen.add(question_id)
            sources = entry.get("sources", [])
            if not isinstance(sources, list) or not all(
                isinstance(s, str) for s in sources
            ):
                self.problem(place, "'sources' must be a list of texts", line)
                sources = []
            yield Question(
                id=question_id,
                area_id=area_id,
                title=self.text(entry, "title", place, line, MAX_SHORT_TEXT),
                prompt=self.text(entry, "prompt", place, line, MAX_LONG_TEXT),
                levels=self.level_texts(entry, place, line),
                sources=tuple(sources),
                weight=self.weight(entry, place, line),
            )

    def level_texts(
        self, entry: dict[str, Any], place: str, line: int | None
    ) -> tuple[Text, ...]:
        """``levels.<lang>`` = five descriptors, level 1 first; returned per level."""
        raw = entry.get("levels")
        key_line = self.line_of_key("levels", line)
        if raw is None:
            self.problem(
                place, "missing 'levels' (five descriptors per language)", line
            )
            return ()
        if not isinstance(raw, dict):
            self.problem(
                place,
                "'levels' must give five descriptors per language, e.g. levels.en = [...]",
                key_line,
            )
            return ()
        per_language: dict[str, list[str]] = {}
        for language in self.languages:
            values = raw.get(language)
            if values is None:
                self.problem(
                    place,
                    f"'levels' has no descriptors in language '{language}'",
                    key_line,
                )
                continue
            if not isinstance(values, list) or len(values) != len(LEVELS):
                count = len(values) if isinstance(values, list) else "no list"
                self.problem(
                    place,
                    f"'levels.{language}' must list exactly 5 descriptors (level 1 first), found {count}",
                    key_line,
                )
                continue
            texts = [
                self.string(
                    v, f"{place} > levels.{language} level {n}", key_line, MAX_LONG_TEXT
                )
                for n, v in enumerate(values, start=1)
            ]
            per_language[language] = [t or "" for t in texts]
        for language in sorted(set(raw) - set(self.languages)):
            self.problem(
                place,
                f"'levels.{language}': '{language}' is not one of the model's languages",
                key_line,
            )
        return tuple(
            Text({lang: texts[n] for lang, texts in per_language.items()})
            for n in range(len(LEVELS))
        )


def parse_model(text: str, source: str = "<model>") -> MaturityModel:
    """Parse and validate model TOML ``text``; raise ``ModelFileError`` listing every problem."""
    try:
        data = tomllib.loads(text)
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
            raise ModelFileError(
                source,
                [
                    Problem(
                        "",
                        f"the file is {size:,} bytes; a model file is at most {MAX_FILE_BYTES:,}",
                    )
                ],
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ModelFileError(source, [Problem("", "no such file")]) from None
    except IsADirectoryError:
        raise ModelFileError(
            source, [Problem("", "this is a folder, not a model file")]
        ) from None
    except OSError as exc:
        raise ModelFileError(
            source, [Problem("", f"cannot be read: {exc.strerror}")]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ModelFileError(
            source, [Problem("", "is not UTF-8 text; save it as UTF-8", line)]
        ) from None
    return parse_model(text, source)


def available_models(folder: Path | None = None) -> list[ModelInfo]:
    """Every valid model file (``*.toml``) in ``folder`` (default: the bundled models)."""
    folder = folder or models_dir()
    return [ModelInfo(path, load_model(path)) for path in sorted(folder.glob("*.toml"))]


def default_model() -> MaturityModel:
    """The newest bundled version of the default CRM Maturity Model."""
    candidates = [
        info.model for info in available_models() if info.model.id == DEFAULT_MODEL_ID
    ]
    if not candidates:
        raise ModelFileError(
            str(models_dir()), [Problem("", "the default model file is missing")]
        )
    return max(
        candidates, key=lambda m: tuple(int(p) for p in re.findall(r"\d+", m.version))
    )
