"""Columns that hold JSON (language lists, session areas, reworded texts, risk scopes).

``quick_check`` does not read them, so damage shows only when a row is read: these
readers turn invalid JSON, or JSON of the wrong shape, into ``CorruptWorkshop`` naming
what was damaged, never a bare ``ValueError`` or ``TypeError``.
"""

from __future__ import annotations

import json
from pathlib import Path

from crm_workshop.storage.errors import CorruptWorkshop


def _load(path: Path, text: object, what: str) -> object:
    try:
        return json.loads(text)  # type: ignore[arg-type]
    except (TypeError, ValueError, RecursionError):
        raise CorruptWorkshop(path, f"the stored {what} is damaged") from None


def string_list(path: Path, text: object, what: str) -> tuple[str, ...]:
    """A stored JSON list of strings."""
    value = _load(path, text, what)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CorruptWorkshop(path, f"the stored {what} is damaged")
    return tuple(value)


def string_map(path: Path, text: object, what: str) -> dict[str, str]:
    """A stored JSON object of strings (a text per language)."""
    value = _load(path, text, what)
    if not isinstance(value, dict) or not all(
        isinstance(v, str) for v in value.values()
    ):
        raise CorruptWorkshop(path, f"the stored {what} is damaged")
    return value
