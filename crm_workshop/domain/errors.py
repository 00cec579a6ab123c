"""Typed domain errors. They carry data; the CLI or GUI words the message."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every rule the domain refuses."""


class UnknownQuestion(DomainError):
    def __init__(self, question_id: str) -> None:
        super().__init__(question_id)
        self.question_id = question_id


class UnknownArea(DomainError):
    def __init__(self, area_id: str) -> None:
        super().__init__(area_id)
        self.area_id = area_id


class InvalidLevel(DomainError):
    """A level outside the model's 1..5 scale."""

    def __init__(self, value: object) -> None:
        super().__init__(value)
        self.value = value


class BadMonth(ValueError):
    """Text that is not a month written ``YYYY-MM``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text
