"""What is wrong with a model file: light types the CLI and GUI can import at start-up."""

from __future__ import annotations

from dataclasses import dataclass


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
