"""Reads and writes of the consultant's say over the derived plan: the month a question
reaches a level, target months of areas and questions, and decisions on hints.

Every write is one atomic, durable transaction; mutators return the previous value.
Months are stored as ``YYYY-MM`` text exactly as given (the services check them).
"""

from __future__ import annotations

from crm_workshop.domain.roadmap import HintDecision, LevelOverride
from crm_workshop.storage.database import WorkshopDatabase, now_iso


# -- the consultant's months for levels -------------------------------------------------
def list_level_overrides(ws: WorkshopDatabase) -> list[LevelOverride]:
    rows = ws.conn.execute(
        "SELECT question_id, level, reached_on FROM level_overrides "
        "ORDER BY question_id, level"
    )
    return [LevelOverride(r[0], r[1], r[2]) for r in rows]


def _level_override(
    ws: WorkshopDatabase, question_id: str, level: int
) -> LevelOverride | None:
    row = ws.conn.execute(
        "SELECT question_id, level, reached_on FROM level_overrides "
        "WHERE question_id = ? AND level = ?",
        (question_id, level),
    ).fetchone()
    return LevelOverride(row[0], row[1], row[2]) if row else None


def set_level_override(
    ws: WorkshopDatabase, override: LevelOverride
) -> LevelOverride | None:
    """Set (or replace) the month of one question's level; returns the previous one."""
    previous = _level_override(ws, override.question_id, override.level)
    with ws.write() as db:
        db.execute(
            """INSERT INTO level_overrides (question_id, level, reached_on)
               VALUES (?, ?, ?)
               ON CONFLICT (question_id, level) DO UPDATE SET
                   reached_on = excluded.reached_on""",
            (override.question_id, override.level, override.reached_on),
        )
    return previous


def clear_level_override(
    ws: WorkshopDatabase, question_id: str, level: int
) -> LevelOverride | None:
    previous = _level_override(ws, question_id, level)
    with ws.write() as db:
        db.execute(
            "DELETE FROM level_overrides WHERE question_id = ? AND level = ?",
            (question_id, level),
        )
    return previous


# -- target dates and hint decisions -----------------------------------------------------
def target_dates(ws: WorkshopDatabase) -> dict[str, str]:
    rows = ws.conn.execute(
        "SELECT scope_id, due_on FROM target_dates ORDER BY scope_id"
    )
    return {r[0]: r[1] for r in rows}


def set_target_date(
    ws: WorkshopDatabase, scope_id: str, month: str | None
) -> str | None:
    """Set an area's or question's target month (None removes it); returns the previous."""
    previous = target_dates(ws).get(scope_id)
    with ws.write() as db:
        if month is None:
            db.execute("DELETE FROM target_dates WHERE scope_id = ?", (scope_id,))
        else:
            db.execute(
                """INSERT INTO target_dates (scope_id, due_on) VALUES (?, ?)
                   ON CONFLICT (scope_id) DO UPDATE SET due_on = excluded.due_on""",
                (scope_id, month),
            )
    return previous


def hint_decisions(ws: WorkshopDatabase) -> dict[str, HintDecision]:
    rows = ws.conn.execute("SELECT key, decision FROM hint_decisions ORDER BY key")
    return {r[0]: HintDecision(r[1]) for r in rows}


def decide_hint(
    ws: WorkshopDatabase, key: str, decision: HintDecision | None
) -> HintDecision | None:
    """Confirm or dismiss a hint (None forgets the decision); returns the previous."""
    previous = hint_decisions(ws).get(key)
    with ws.write() as db:
        if decision is None:
            db.execute("DELETE FROM hint_decisions WHERE key = ?", (key,))
        else:
            db.execute(
                """INSERT INTO hint_decisions (key, decision, decided_at)
                   VALUES (?, ?, ?)
                   ON CONFLICT (key) DO UPDATE SET
                       decision = excluded.decision, decided_at = excluded.decided_at""",
                (key, decision.value, now_iso()),
            )
    return previous


_TABLES = (
    "goals",
    "initiatives",
    "initiative_questions",
    "risks",
    "focus_areas",
    "level_overrides",
    "target_dates",
    "hint_decisions",
)


def roadmap_counts(ws: WorkshopDatabase) -> dict[str, int]:
    """Row counts of the roadmap's tables."""
    return {
        t: int(ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in _TABLES
    }
