"""How items of two copies of a workshop are matched one to one: the helpers the
merge planner (``merge_planner``) uses for every kind of item."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.merge import normalise

T = TypeVar("T")


def id_counter(items: Iterable[object]) -> Callable[[], int]:
    """Hands out the next free ids after the largest of ``items`` (objects with ``id``)."""
    counter = [max((getattr(i, "id") for i in items), default=0)]  # noqa: B009

    def take() -> int:
        counter[0] += 1
        return counter[0]

    return take


def pair(
    mine: Sequence[T],
    theirs: Sequence[T],
    key: Callable[[T], Hashable],
    exact: Callable[[T, T], bool],
    fits: Callable[[T, T], bool] = lambda _m, _t: True,
    alternative_key: Callable[[T], Hashable | None] = lambda _t: None,
) -> dict[int, T]:
    """One-to-one matching: index in ``theirs`` -> item of ``mine``.

    Items match by ``key`` (or a theirs' ``alternative_key``) when ``fits``; exact
    pairs (``exact``) are matched before the others, then the earliest item wins.
    """
    by_key: dict[Hashable, list[T]] = {}
    for item in mine:
        by_key.setdefault(key(item), []).append(item)
    used: set[int] = set()
    matches: dict[int, T] = {}
    for exact_pass in (True, False):
        for index, item in enumerate(theirs):
            if index in matches:
                continue
            keys = [key(item), alternative_key(item)]
            candidates = [
                m
                for k in dict.fromkeys(keys)
                if k is not None
                for m in by_key.get(k, ())
                if id(m) not in used and fits(m, item)
            ]
            if exact_pass:
                candidates = [m for m in candidates if exact(m, item)]
            if candidates:
                matches[index] = candidates[0]
                used.add(id(candidates[0]))
    return matches


def _email(person: Stakeholder) -> str:
    return normalise(person.email).replace(" ", "")


def same_person(mine: Stakeholder, theirs: Stakeholder) -> bool:
    """E-mails decide only when both have one."""
    return not (_email(mine) and _email(theirs)) or _email(mine) == _email(theirs)


def alias(person: Stakeholder) -> str | None:
    """The name a namesake is added under: "Name (e-mail)"."""
    return f"{person.name} ({person.email.strip()})" if person.email.strip() else None


def text_differs(mine: str, theirs: str) -> bool:
    return mine.strip() != theirs.strip()
