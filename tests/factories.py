"""Small hand-made models and workshops for tests."""

from __future__ import annotations

from crm_workshop.domain.maturity import (
    Area,
    Department,
    MaturityModel,
    Question,
    Scale,
    ScaleLevel,
    Text,
)


def text(value: str) -> Text:
    return Text({"en": value, "pl": value + " (pl)"})


def question(qid: str, area_id: str, weight: float = 1.0) -> Question:
    return Question(
        id=qid,
        area_id=area_id,
        title=text(f"Question {qid}"),
        prompt=text(f"Prompt {qid}?"),
        levels=tuple(text(f"{qid} level {n}") for n in range(1, 6)),
        weight=weight,
    )


def small_model(weights: dict[str, float] | None = None) -> MaturityModel:
    """Two areas: A with questions a1, a2; B with b1."""
    weights = weights or {}
    return MaturityModel(
        id="small",
        version="1",
        name=text("Small"),
        description=text("Small model"),
        languages=("en", "pl"),
        scale=Scale(
            levels=tuple(
                ScaleLevel(n, text(f"L{n}"), text(f"means {n}")) for n in range(1, 6)
            ),
            not_applicable=text("N/A"),
            dont_know=text("?"),
        ),
        departments=(Department("it", text("IT")), Department("sales", text("Sales"))),
        areas=(
            Area(
                "A",
                text("Area A"),
                (
                    question("a1", "A", weights.get("a1", 1.0)),
                    question("a2", "A", weights.get("a2", 1.0)),
                ),
            ),
            Area(
                "B",
                text("Area B"),
                (question("b1", "B", weights.get("b1", 1.0)),),
                weight=weights.get("B", 1.0),
            ),
        ),
    )
