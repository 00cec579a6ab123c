"""Use case: salvage a damaged workshop into a new file (``crm-workshop recover``).

The damaged file is only read. What SQLite can still read is copied, table by table and
row by row, into a brand-new workshop; the result says per table what was recovered and
what was lost. When the workshop's own model snapshot cannot be read, the bundled
default model is used instead and the result says so. The new file is then opened the
normal way and checked with the app's own invariants, which are reported too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.storage.salvage import (
    NothingToRecover,
    SalvageReport,
    TableOutcome,
    salvage_workshop,
)

__all__ = ["NothingToRecover", "RecoveryResult", "TableOutcome", "recover_workshop"]


@dataclass
class RecoveryResult:
    salvage: SalvageReport
    # What the app's own check says about the new file (answers to questions the model
    # does not have, a missing client name); empty when it is consistent.
    problems: list[str] = field(default_factory=list)

    @property
    def target(self) -> Path:
        return self.salvage.target


def _default_model() -> MaturityModel:
    """The bundled default model, read only when the file's own is lost."""
    from crm_workshop.catalog import default_model

    return default_model()


def recover_workshop(source: Path | str, target: Path | str) -> RecoveryResult:
    """Salvage ``source`` into a new workshop at ``target`` (which must not exist)."""
    report = salvage_workshop(Path(source), Path(target), _default_model)
    with WorkshopSession.open(report.target) as session:
        problems = session.check()
    return RecoveryResult(report, problems)
