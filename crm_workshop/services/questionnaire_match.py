"""Which workshop and which stakeholder a questionnaire belongs to.

A workbook carries its workshop's key (``workshop_key``): a digest of when the
workshop was created and of its model id. Every copy of the workshop file (a
co-facilitator's copy, a backup, a JSON export imported again) has the same key, and
renaming the client changes nothing; another workshop, even of the same client and
model, has another. Workbooks written before the key named the creation carry a
digest of the client's name and the model id (``legacy_workshop_key``): they are
still accepted while the client keeps that name.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Sequence

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.services.workshop import WorkshopSession


class UnknownStakeholder(LookupError):
    """No stakeholder of this workshop has the name; ``closest`` are near misses."""

    def __init__(self, name: str, closest: Sequence[str]) -> None:
        super().__init__(name)
        self.name = name
        self.closest = list(closest)


def normal(text: str) -> str:
    """``text`` compared ignoring case and runs of white space."""
    return " ".join(text.split()).casefold()


def _digest(*parts: str) -> str:
    source = "\x1f".join(parts)
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def workshop_key(session: WorkshopSession) -> str:
    """What ties a questionnaire to its workshop: when the workshop was created and
    its model id (see the module's rules)."""
    return _digest("created", session.created_at, session.model.id)


def legacy_workshop_key(session: WorkshopSession) -> str:
    """The key of workbooks written by earlier versions: the client's name (ignoring
    case and spacing) and the model id."""
    return _digest(normal(session.engagement.client_name), session.model.id)


def belongs_to(session: WorkshopSession, key: str) -> bool:
    """Whether a workbook carrying ``key`` was made for this workshop (or a copy)."""
    return key in (workshop_key(session), legacy_workshop_key(session))


def find_stakeholder(session: WorkshopSession, name: str) -> Stakeholder:
    """The stakeholder called ``name`` (case and spacing ignored); else
    ``UnknownStakeholder`` with the closest names."""
    people = session.stakeholders()
    for person in people:
        if person.name == name:
            return person
    wanted = normal(name)
    for person in people:
        if normal(person.name) == wanted:
            return person
    raise UnknownStakeholder(name, closest_names(name, people))


def closest_names(name: str, people: Sequence[Stakeholder]) -> list[str]:
    by_key = {normal(p.name): p.name for p in people}
    return [by_key[k] for k in difflib.get_close_matches(normal(name), by_key, 3, 0.6)]
