"""The engagement: who the client is, who runs it, how the report is branded."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Engagement:
    client_name: str = ""
    client_industry: str = ""
    client_size: str = ""
    consultant: str = ""
    consultancy: str = ""
    starts_on: str | None = None
    ends_on: str | None = None
    languages: tuple[str, ...] = ("en",)
    report_language: str = "en"
    primary_color: str = "#1F4E79"
    accent_color: str = "#E07B39"
    vision: str = ""
    executive_summary: str = ""


@dataclass(frozen=True)
class Session:
    """One workshop meeting held during the engagement."""

    id: int
    held_on: str
    title: str
    areas: tuple[str, ...] = ()
    attendees: tuple[int, ...] = ()
    agenda: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Followup:
    """Who finds the answer to an open question, and by when."""

    question_id: str
    owner_id: int | None = None
    due_on: str | None = None
    note: str = ""
    done: bool = False


@dataclass(frozen=True)
class Evidence:
    """A file kept inside the workshop: a whiteboard photo, a client document."""

    id: int
    filename: str
    mime_type: str
    size: int
    question_id: str | None = None
    session_id: int | None = None
    note: str = ""
