"""Write a maturity model as a model file: the TOML of ``models/*.toml``.

Python reads TOML (``tomllib``) but does not write it. This writer knows exactly the
model format (docs/model-format.md) and nothing more: ``format``, ``[model]``,
``[scale]`` with five ``[[scale.levels]]``, ``[[departments]]``, and each
``[[areas]]`` followed by its ``[[areas.questions]]``. Texts are written as one dotted
key per language (``title.pl = "…"``), in the model's language order.

Strings are TOML basic strings: ``\\`` and ``"`` escaped, control characters as
escapes (``\\n``, ``\\t``, ``\\u0001``), every other character as it is (UTF-8, so
Polish letters stay readable). A text with line breaks is written as a multi-line
string, one line of the text per line of the file, with quotes escaped only where
another quote follows. A lone surrogate cannot be written
in any TOML string and is refused with ``ValueError``. The catalog's loader reads the
result back to the same model (tests check this round trip).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from crm_workshop.domain.maturity import MaturityModel, Question, Text

MODEL_FORMAT = 1
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\f": "\\f",
    "\r": "\\r",
}
_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters a basic string must escape: the escapes above, every control character.
_SPECIAL = re.compile(r'[\\"\x00-\x1f\x7f]')
# In a multi-line string line feeds stay as they are, and quotes are handled apart.
_SPECIAL_MULTI = re.compile(r"[\\\x00-\x09\x0b-\x1f\x7f]")
_QUOTE_RUN = re.compile(r'"(?="|\Z)')
_COMMENT_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")


def toml_string(text: str) -> str:
    """``text`` as a TOML string that reads back as exactly ``text``."""
    if _SURROGATE.search(text):
        raise ValueError("a lone surrogate cannot be written in a TOML string")
    if "\n" not in text:
        return '"' + _SPECIAL.sub(_escape, text) + '"'
    # A quote stays as it is unless another quote or the end of the text follows it,
    # so no run of quotes can close the string early.
    body = _QUOTE_RUN.sub('\\"', _SPECIAL_MULTI.sub(_escape, text))
    # the line break right after the opening quotes is not part of the string
    return '"""\n' + body + '"""'


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def _strings(values: Iterable[str]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def _number(value: float) -> str:
    return repr(float(value))


def _comment(text: str) -> list[str]:
    return [f"# {_COMMENT_UNSAFE.sub(' ', line)}".rstrip() for line in text.split("\n")]


class _Writer:
    def __init__(self, languages: Sequence[str]) -> None:
        self.languages = tuple(languages)
        self.lines: list[str] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def ordered(self, keys: Iterable[str]) -> list[str]:
        """Languages in the model's order, then any others (sorted)."""
        keys = list(keys)
        return [c for c in self.languages if c in keys] + sorted(
            c for c in keys if c not in self.languages
        )

    def text(self, key: str, text: Text) -> None:
        for code in self.ordered(text.values):
            self.add(f"{key}.{toml_key(code)} = {toml_string(text.values[code])}")

    def levels(self, question: Question) -> None:
        codes = self.ordered(
            dict.fromkeys(c for t in question.levels for c in t.values)
        )
        for code in codes:
            self.add(f"levels.{toml_key(code)} = [")
            for descriptor in question.levels:
                self.add(f"  {toml_string(descriptor.values.get(code, ''))},")
            self.add("]")


def model_to_toml(model: MaturityModel, comment: str = "") -> str:
    """The model file for ``model``, with ``comment`` (any text) as its opening lines."""
    w = _Writer(model.languages)
    if comment:
        w.add(*_comment(comment))
    w.add(f"format = {MODEL_FORMAT}", "", "[model]")
    w.add(f"id = {toml_string(model.id)}", f"version = {toml_string(model.version)}")
    w.add(f"languages = {_strings(model.languages)}")
    w.text("name", model.name)
    if model.description.values:
        w.text("description", model.description)
    w.add("", "[scale]")
    w.text("not_applicable", model.scale.not_applicable)
    w.text("dont_know", model.scale.dont_know)
    for level in model.scale.levels:
        w.add("", "[[scale.levels]]", f"level = {int(level.level)}")
        w.text("name", level.name)
        w.text("meaning", level.meaning)
    for department in model.departments:
        w.add("", "[[departments]]", f"id = {toml_string(department.id)}")
        w.text("name", department.name)
    for area in model.areas:
        w.add("", "[[areas]]", f"id = {toml_string(area.id)}")
        w.add(f"weight = {_number(area.weight)}")
        w.text("title", area.title)
        w.add(f"departments = {_strings(area.departments)}")
        for question in area.questions:
            w.add("", "[[areas.questions]]", f"id = {toml_string(question.id)}")
            w.add(f"weight = {_number(question.weight)}")
            w.add(f"sources = {_strings(question.sources)}")
            w.text("title", question.title)
            w.text("prompt", question.prompt)
            w.levels(question)
    return "\n".join(w.lines) + "\n"
