"""Deterministic synthetic workshops of any size, for benchmarks and load tests."""

from __future__ import annotations

import random
from pathlib import Path

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement
from crm_workshop.services.workshop import WorkshopSession

DEPARTMENTS = (
    "board",
    "marketing",
    "sales",
    "customer_service",
    "it",
    "legal",
    "ecommerce",
)


def synthetic_workshop(
    path: Path, stakeholders: int, rounds: int, seed: int = 1
) -> int:
    """Write a workshop where everyone answers every question in every round.

    Returns the number of ratings written.
    """
    rng = random.Random(seed)
    total = 0
    with WorkshopSession.create(
        path, Engagement(client_name=f"Synthetic {stakeholders}")
    ) as s:
        questions = [q.id for q in s.model.questions()]
        with s.transaction():
            ids = [
                s.add_stakeholder(
                    f"Osoba {n:04d} Żółć", "", DEPARTMENTS[n % len(DEPARTMENTS)]
                )
                for n in range(stakeholders)
            ]
            for r in range(rounds):
                kind = RoundKind.BASELINE if r == 0 else RoundKind.REASSESSMENT
                round_id = s.add_round(
                    f"Round {r + 1}", kind, f"2026-{r * 3 + 1:02d}-15"
                )
                batch = []
                for sid in ids:
                    for qid in questions:
                        roll = rng.random()
                        if roll < 0.04:
                            batch.append(Rating(sid, qid, Answer.NOT_APPLICABLE))
                        elif roll < 0.08:
                            batch.append(Rating(sid, qid, Answer.DONT_KNOW))
                        else:
                            current = rng.randint(1, 4)
                            batch.append(
                                Rating(
                                    sid,
                                    qid,
                                    Answer.LEVEL,
                                    current,
                                    min(5, current + rng.randint(0, 2)),
                                    "komentarz",
                                )
                            )
                total += s.set_ratings(round_id, batch)
    return total
