"""Texts printed in part when they are too long to lay out in reasonable time.

reportlab lays a table cell out again at every page break it crosses, so one text
spread over many pages costs time that grows with the square of its length: a
100,000-character word in a narrow column took minutes and gigabytes. A text longer
than ``PRINT_LIMIT`` characters (ten pages of prose) is therefore printed up to that
point, at a word when one is near, followed by a note in the report's language of
how much was left out; the workshop file keeps the whole text, and the Word report
prints it whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields, is_dataclass, replace
from types import MappingProxyType
from typing import TypeVar

PRINT_LIMIT = 12_000
# Names and titles are short by nature, and a name repeats on every row of the
# appendix: they are printed up to these lengths (by the report's field names).
FIELD_LIMITS = {
    "who": 300,
    "name": 300,
    "role": 300,
    "department": 300,
    "owner": 300,
    "title": 1_000,
}
_WORD_REACH = 200  # how far back from the limit a cut looks for a space

T = TypeVar("T")


def cut_text(text: str, note: str, limit: int = PRINT_LIMIT) -> str:
    """``text`` itself, or its first ``limit`` characters (ending at a space when one
    is near) and ``note % left_out``."""
    if len(text) <= limit:
        return text
    kept = text[:limit]
    space = kept.rfind(" ", limit - _WORD_REACH)
    if space > 0:
        kept = kept[:space]
    return f"{kept} {note % (len(text) - len(kept))}"


def cut_texts(value: T, note: str, limit: int = PRINT_LIMIT) -> T:
    """``value`` with every text in it (through dataclasses, tuples, lists and
    mappings) cut as ``cut_text`` does, names and titles at ``FIELD_LIMITS``; parts
    that hold no long text are the same objects as before."""
    return _cut(value, note, limit)  # type: ignore[no-any-return]


def _cut(value: object, note: str, limit: int, field: str = "") -> object:
    if isinstance(value, str):
        return cut_text(value, note, min(limit, FIELD_LIMITS.get(field, limit)))
    if isinstance(value, bytes | int | float | bool) or value is None:
        return value
    if is_dataclass(value) and not isinstance(value, type):
        changed = {}
        for member in fields(value):
            if not member.init:
                continue
            old = getattr(value, member.name)
            new = _cut(old, note, limit, member.name)
            if new is not old:
                changed[member.name] = new
        return replace(value, **changed) if changed else value
    if isinstance(value, tuple | list):
        items = [_cut(item, note, limit, field) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        if hasattr(value, "_fields"):  # a named tuple
            return type(value)(*items)
        return type(value)(items)
    if isinstance(value, Mapping):
        pairs = {key: _cut(item, note, limit, field) for key, item in value.items()}
        if all(pairs[key] is item for key, item in value.items()):
            return value
        if isinstance(value, MappingProxyType):
            return MappingProxyType(pairs)
        return type(value)(pairs)
    return value
