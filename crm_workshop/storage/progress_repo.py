"""Reads and writes of progress tracking (schema v5): who takes part in a round, and
answers carried over from an earlier round (initiatives' status history and KPI
actuals: ``progress_history_repo``).

Every write is one atomic, durable transaction; mutators return what an undo needs.
Dates are stored as ``YYYY-MM-DD`` exactly as given: the services check them first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from crm_workshop.domain.assessment import CarriedMark, Consensus, Rating, RoundKind
from crm_workshop.storage.database import WorkshopDatabase, now_iso


# -- who takes part in a round ---------------------------------------------------------
def participants(ws: WorkshopDatabase, round_id: int) -> list[int]:
    """The stakeholders recorded as taking part (empty: none recorded)."""
    rows = ws.conn.execute(
        "SELECT stakeholder_id FROM round_participants WHERE round_id = ? "
        "ORDER BY stakeholder_id",
        (round_id,),
    )
    return [int(r[0]) for r in rows]


def set_participants(
    ws: WorkshopDatabase, round_id: int, stakeholder_ids: Iterable[int]
) -> list[int]:
    """Replace a round's participants; returns the previous ones."""
    previous = participants(ws, round_id)
    with ws.write() as db:
        db.execute("DELETE FROM round_participants WHERE round_id = ?", (round_id,))
        for stakeholder_id in dict.fromkeys(stakeholder_ids):
            db.execute(
                "INSERT INTO round_participants (round_id, stakeholder_id) "
                "VALUES (?, ?)",
                (round_id, stakeholder_id),
            )
    return previous


def participants_recorded(ws: WorkshopDatabase, round_id: int) -> bool:
    """Whether a round records who takes part (a baseline usually does not)."""
    row = ws.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM round_participants WHERE round_id = ?)",
        (round_id,),
    ).fetchone()
    return bool(row[0])


def left_out(ws: WorkshopDatabase, round_id: int, stakeholder_id: int) -> bool:
    """Whether a round records its participants and the stakeholder is not one of
    them (a round that records none has everyone active answering)."""
    row = ws.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM round_participants WHERE round_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM round_participants WHERE round_id = ? "
        "AND stakeholder_id = ?)",
        (round_id, round_id, stakeholder_id),
    ).fetchone()
    return bool(row[0])


def add_participant(ws: WorkshopDatabase, round_id: int, stakeholder_id: int) -> None:
    """Record one more stakeholder as taking part in a round (the others stay)."""
    with ws.write() as db:
        db.execute(
            "INSERT OR IGNORE INTO round_participants (round_id, stakeholder_id) "
            "VALUES (?, ?)",
            (round_id, stakeholder_id),
        )


def remove_participant(
    ws: WorkshopDatabase, round_id: int, stakeholder_id: int
) -> None:
    """No longer record a stakeholder as taking part in a round (undoing an add)."""
    with ws.write() as db:
        db.execute(
            "DELETE FROM round_participants WHERE round_id = ? AND stakeholder_id = ?",
            (round_id, stakeholder_id),
        )


# -- a follow-up round, created and (for undo) removed whole -------------------------------
def create_round(
    ws: WorkshopDatabase,
    name: str,
    kind: RoundKind,
    held_on: str,
    stakeholder_ids: Sequence[int],
    copied: Sequence[Rating] = (),
    from_round_id: int | None = None,
    agreed: Sequence[Consensus] = (),
) -> int:
    """A new round with its participants and, marked as carried over from
    ``from_round_id``, the answers ``copied`` and consensus values ``agreed`` copied
    into it. One transaction."""
    stamp = now_iso()
    with ws.write() as db:
        cursor = db.execute(
            "INSERT INTO rounds (name, kind, held_on, created_at) VALUES (?, ?, ?, ?)",
            (name, kind.value, held_on, stamp),
        )
        round_id = int(cursor.lastrowid or 0)
        for stakeholder_id in dict.fromkeys(stakeholder_ids):
            db.execute(
                "INSERT INTO round_participants (round_id, stakeholder_id) "
                "VALUES (?, ?)",
                (round_id, stakeholder_id),
            )
        for rating in copied:
            db.execute(
                "INSERT INTO ratings (round_id, stakeholder_id, question_id, answer, "
                "current_level, target_level, comment, rated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    round_id,
                    rating.stakeholder_id,
                    rating.question_id,
                    rating.answer.value,
                    rating.current,
                    rating.target,
                    rating.comment,
                    stamp,
                ),
            )
            db.execute(
                "INSERT INTO carried_ratings (round_id, stakeholder_id, question_id, "
                "from_round_id) VALUES (?, ?, ?, ?)",
                (round_id, rating.stakeholder_id, rating.question_id, from_round_id),
            )
        for consensus in agreed:
            db.execute(
                "INSERT INTO consensus (round_id, question_id, current_level, "
                "target_level, note, set_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    round_id,
                    consensus.question_id,
                    consensus.current,
                    consensus.target,
                    consensus.note,
                    stamp,
                ),
            )
            db.execute(
                "INSERT INTO carried_consensus (round_id, question_id, from_round_id) "
                "VALUES (?, ?, ?)",
                (round_id, consensus.question_id, from_round_id),
            )
    return round_id


# Tables holding a round's rows, in the order they are put back (parents first).
_ROUND_TABLES = (
    "rounds",
    "round_participants",
    "ratings",
    "consensus",
    "followups",
    "carried_ratings",
    "carried_consensus",
)


@dataclass(frozen=True)
class RoundSnapshot:
    """Every row of one round, as stored: what ``restore_round`` puts back."""

    round_id: int
    rows: Mapping[str, tuple[tuple[tuple[str, object], ...], ...]] = field(hash=False)


def remove_round(ws: WorkshopDatabase, round_id: int) -> RoundSnapshot:
    """Delete a round with its participants, answers, consensus and follow-ups."""
    rows: dict[str, tuple[tuple[tuple[str, object], ...], ...]] = {}
    for table in _ROUND_TABLES:
        key = "id" if table == "rounds" else "round_id"
        cursor = ws.conn.execute(f"SELECT * FROM {table} WHERE {key} = ?", (round_id,))
        names = [d[0] for d in cursor.description]
        rows[table] = tuple(
            tuple(zip(names, row, strict=True)) for row in cursor.fetchall()
        )
    if not rows["rounds"]:
        raise LookupError(round_id)
    with ws.write() as db:
        db.execute("DELETE FROM rounds WHERE id = ?", (round_id,))  # the rest cascades
    return RoundSnapshot(round_id, rows)


def restore_round(ws: WorkshopDatabase, snapshot: RoundSnapshot) -> None:
    """Put a removed round back under its id, exactly as it was stored."""
    with ws.write() as db:
        for table in _ROUND_TABLES:
            for row in snapshot.rows.get(table, ()):
                names = [name for name, _ in row]
                db.execute(
                    f"INSERT INTO {table} ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' for _ in names)})",
                    [value for _, value in row],
                )


# -- answers carried over ------------------------------------------------------------------
# A stakeholder's answer is marked in carried_ratings, the room's consensus (a mark
# without a stakeholder) in carried_consensus.
_CARRIED = (
    "SELECT round_id, stakeholder_id, question_id, from_round_id FROM carried_ratings "
    "WHERE round_id = ? {where} UNION ALL "
    "SELECT round_id, NULL, question_id, from_round_id FROM carried_consensus "
    "WHERE round_id = ? {where} ORDER BY 3, 2"
)


def _mark(row: Sequence[object]) -> CarriedMark:
    round_id, stakeholder_id, question_id, from_round_id = row
    return CarriedMark(
        int(round_id),  # type: ignore[call-overload]
        None if stakeholder_id is None else int(stakeholder_id),  # type: ignore[call-overload]
        str(question_id),
        None if from_round_id is None else int(from_round_id),  # type: ignore[call-overload]
    )


def carried(
    ws: WorkshopDatabase, round_id: int, question_id: str | None = None
) -> list[CarriedMark]:
    """The answers and consensus values of a round (or of one of its questions) still
    carried over; by question, the consensus first."""
    if question_id is None:
        sql, params = _CARRIED.format(where=""), (round_id, round_id)
    else:
        sql = _CARRIED.format(where="AND question_id = ?")
        params = (round_id, question_id, round_id, question_id)
    return [_mark(r) for r in ws.conn.execute(sql, params)]


def carried_mark(
    ws: WorkshopDatabase, round_id: int, stakeholder_id: int | None, question_id: str
) -> CarriedMark | None:
    """The mark of one answer (``stakeholder_id`` None: of the consensus)."""
    if stakeholder_id is None:
        row = ws.conn.execute(
            "SELECT round_id, NULL, question_id, from_round_id FROM carried_consensus "
            "WHERE round_id = ? AND question_id = ?",
            (round_id, question_id),
        ).fetchone()
    else:
        row = ws.conn.execute(
            "SELECT round_id, stakeholder_id, question_id, from_round_id "
            "FROM carried_ratings "
            "WHERE round_id = ? AND stakeholder_id = ? AND question_id = ?",
            (round_id, stakeholder_id, question_id),
        ).fetchone()
    return _mark(row) if row else None


def carried_marks(
    ws: WorkshopDatabase, round_id: int, keys: Iterable[tuple[int | None, str]]
) -> list[CarriedMark]:
    """The marks of (stakeholder, question) pairs (stakeholder None: the consensus)
    that are carried over, in the order of ``keys``."""
    marks = []
    for stakeholder_id, question_id in keys:
        mark = carried_mark(ws, round_id, stakeholder_id, question_id)
        if mark is not None:
            marks.append(mark)
    return marks


def confirm(
    ws: WorkshopDatabase, round_id: int, keys: Iterable[tuple[int | None, str]]
) -> list[CarriedMark]:
    """Drop the carried-over marks of (stakeholder, question) pairs (stakeholder None:
    the consensus); returns those that were there."""
    removed = carried_marks(ws, round_id, keys)
    if removed:
        with ws.write() as db:
            for mark in removed:
                if mark.stakeholder_id is None:
                    db.execute(
                        "DELETE FROM carried_consensus WHERE round_id = ? "
                        "AND question_id = ?",
                        (mark.round_id, mark.question_id),
                    )
                else:
                    db.execute(
                        "DELETE FROM carried_ratings WHERE round_id = ? "
                        "AND stakeholder_id = ? AND question_id = ?",
                        (mark.round_id, mark.stakeholder_id, mark.question_id),
                    )
    return removed


def mark_carried(ws: WorkshopDatabase, marks: Iterable[CarriedMark]) -> None:
    """Mark answers as carried over again (undoing a confirmation)."""
    with ws.write() as db:
        for mark in marks:
            if mark.stakeholder_id is None:
                db.execute(
                    "INSERT OR REPLACE INTO carried_consensus (round_id, question_id, "
                    "from_round_id) VALUES (?, ?, ?)",
                    (mark.round_id, mark.question_id, mark.from_round_id),
                )
                continue
            db.execute(
                "INSERT OR REPLACE INTO carried_ratings (round_id, stakeholder_id, "
                "question_id, from_round_id) VALUES (?, ?, ?, ?)",
                (
                    mark.round_id,
                    mark.stakeholder_id,
                    mark.question_id,
                    mark.from_round_id,
                ),
            )


def progress_counts(ws: WorkshopDatabase) -> dict[str, int]:
    tables = (
        "round_participants",
        "carried_ratings",
        "carried_consensus",
        "initiative_updates",
        "kpi_actuals",
    )
    return {
        t: int(ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in tables
    }
