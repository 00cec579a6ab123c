"""Reads and writes of workshop content. Every write is one atomic, durable transaction.

Mutating functions return what an undo needs (the previous value), as the services
and the GUI's undo commands expect.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING

from crm_workshop.domain.assessment import (
    Answer,
    Consensus,
    Rating,
    Round,
    RoundKind,
    Stakeholder,
)
from crm_workshop.domain.engagement import Engagement, Evidence, Followup, Session
from crm_workshop.domain.errors import DomainError
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.storage.database import WorkshopDatabase, now_iso
from crm_workshop.storage.errors import CorruptWorkshop
from crm_workshop.storage.json_columns import string_list, string_map

if TYPE_CHECKING:
    from sqlite_utils import Database

_ENGAGEMENT_FIELDS = tuple(f.name for f in fields(Engagement))


# -- engagement and model ----------------------------------------------------------
def init_engagement(
    ws: WorkshopDatabase,
    engagement: Engagement,
    model: MaturityModel,
    model_source: str,
) -> None:
    """Write the engagement row and the model snapshot of a new workshop."""
    stamp = now_iso()
    record = _engagement_record(engagement)
    with ws.write() as db:
        db["engagement"].insert(
            {"id": 1, **record, "created_at": stamp, "updated_at": stamp}
        )
        db["model_snapshot"].insert(
            {
                "id": 1,
                "model_id": model.id,
                "model_version": model.version,
                "definition": json.dumps(model.to_dict(), ensure_ascii=False),
                "source": model_source,
                "taken_at": stamp,
            }
        )


def _engagement_record(engagement: Engagement) -> dict[str, object]:
    record = asdict(engagement)
    record["languages"] = json.dumps(list(engagement.languages))
    return record


def get_engagement(ws: WorkshopDatabase) -> Engagement:
    row = ws.conn.execute(
        f"SELECT {', '.join(_ENGAGEMENT_FIELDS)} FROM engagement WHERE id = 1"
    ).fetchone()
    if row is None:
        return Engagement()
    values = dict(zip(_ENGAGEMENT_FIELDS, row, strict=True))
    values["languages"] = string_list(ws.path, values["languages"], "list of languages")
    return Engagement(**values)


def engagement_created_at(ws: WorkshopDatabase) -> str:
    """When the workshop was created (ISO 8601, UTC); empty when the row is missing.

    Set once when the file is made and never changed: copies of the file keep it.
    """
    row = ws.conn.execute("SELECT created_at FROM engagement WHERE id = 1").fetchone()
    return "" if row is None or row[0] is None else str(row[0])


def update_engagement(ws: WorkshopDatabase, **changes: object) -> Engagement:
    """Change engagement fields; returns the engagement as it was before."""
    previous = get_engagement(ws)
    unknown = set(changes) - set(_ENGAGEMENT_FIELDS)
    if unknown:
        raise KeyError(", ".join(sorted(unknown)))
    record = _engagement_record(Engagement(**{**asdict(previous), **changes}))
    with ws.write() as db:
        db["engagement"].update(1, {**record, "updated_at": now_iso()})
    return previous


def load_model_snapshot(ws: WorkshopDatabase) -> MaturityModel:
    """The workshop's maturity model; ``CorruptWorkshop`` when it is missing or damaged."""
    row = ws.conn.execute(
        "SELECT definition FROM model_snapshot WHERE id = 1"
    ).fetchone()
    if row is None:
        raise CorruptWorkshop(ws.path, "the stored maturity model is missing")
    try:
        return MaturityModel.from_dict(json.loads(row[0]))
    except (ValueError, KeyError, TypeError, AttributeError, DomainError):
        # invalid JSON, or JSON that is not a model: the snapshot was damaged
        raise CorruptWorkshop(ws.path, "the stored maturity model is damaged") from None


# -- stakeholders ------------------------------------------------------------------
def _stakeholder(row: Sequence[object]) -> Stakeholder:
    sid, name, role, department, email, active = row
    return Stakeholder(
        int(sid), str(name), str(role), str(department), str(email), bool(active)
    )  # type: ignore[call-overload]


_STAKEHOLDER_COLUMNS = "id, name, role, department, email, active"


def _stakeholder_record(
    name: str, role: str, department: str, email: str, active: bool = True
) -> dict[str, object]:
    return {
        "name": name,
        "role": role,
        "department": department,
        "email": email,
        "active": int(active),
        "created_at": now_iso(),
    }


def add_stakeholder(
    ws: WorkshopDatabase,
    name: str,
    role: str = "",
    department: str = "",
    email: str = "",
) -> int:
    with ws.write() as db:
        table = db["stakeholders"].insert(
            _stakeholder_record(name, role, department, email)
        )
        return int(table.last_pk)  # type: ignore[union-attr,arg-type]


def list_stakeholders(
    ws: WorkshopDatabase, *, active_only: bool = False
) -> list[Stakeholder]:
    where = " WHERE active = 1" if active_only else ""
    rows = ws.conn.execute(
        f"SELECT {_STAKEHOLDER_COLUMNS} FROM stakeholders{where} ORDER BY name"
    ).fetchall()
    return [_stakeholder(r) for r in rows]


def get_stakeholder(ws: WorkshopDatabase, stakeholder_id: int) -> Stakeholder | None:
    row = ws.conn.execute(
        f"SELECT {_STAKEHOLDER_COLUMNS} FROM stakeholders WHERE id = ?",
        (stakeholder_id,),
    ).fetchone()
    return _stakeholder(row) if row else None


def find_stakeholder(ws: WorkshopDatabase, name: str) -> Stakeholder | None:
    row = ws.conn.execute(
        f"SELECT {_STAKEHOLDER_COLUMNS} FROM stakeholders WHERE name = ?", (name,)
    ).fetchone()
    return _stakeholder(row) if row else None


def update_stakeholder(ws: WorkshopDatabase, stakeholder: Stakeholder) -> Stakeholder:
    """Replace a stakeholder's details; returns the previous version."""
    previous = next(s for s in list_stakeholders(ws) if s.id == stakeholder.id)
    with ws.write() as db:
        db["stakeholders"].update(
            stakeholder.id,
            {
                "name": stakeholder.name,
                "role": stakeholder.role,
                "department": stakeholder.department,
                "email": stakeholder.email,
                "active": int(stakeholder.active),
            },
        )
    return previous


# -- sessions ----------------------------------------------------------------------
def _insert_session(db: Database, session: Session, session_id: int | None) -> int:
    """Insert a session and its attendees; ``session_id`` None lets SQLite choose it."""
    record: dict[str, object] = {
        "held_on": session.held_on,
        "title": session.title,
        "areas": json.dumps(list(session.areas)),
        "agenda": session.agenda,
        "notes": session.notes,
        "created_at": now_iso(),
    }
    if session_id is not None:
        record["id"] = session_id
    table = db["sessions"].insert(record)
    new_id = int(table.last_pk)  # type: ignore[union-attr,arg-type]
    db["session_attendees"].insert_all(
        {"session_id": new_id, "stakeholder_id": sid}
        for sid in dict.fromkeys(session.attendees)
    )
    return new_id


def add_session(ws: WorkshopDatabase, session: Session) -> int:
    with ws.write() as db:
        return _insert_session(db, session, None)


def list_sessions(ws: WorkshopDatabase) -> list[Session]:
    attendees: dict[int, list[int]] = {}
    for session_id, stakeholder_id in ws.conn.execute(
        "SELECT session_id, stakeholder_id FROM session_attendees ORDER BY stakeholder_id"
    ):
        attendees.setdefault(session_id, []).append(stakeholder_id)
    rows = ws.conn.execute(
        "SELECT id, held_on, title, areas, agenda, notes FROM sessions ORDER BY held_on, id"
    ).fetchall()
    return [
        Session(
            id=r[0],
            held_on=r[1],
            title=r[2],
            areas=string_list(ws.path, r[3], "list of a session's areas"),
            attendees=tuple(attendees.get(r[0], ())),
            agenda=r[4],
            notes=r[5],
        )
        for r in rows
    ]


# -- rounds ------------------------------------------------------------------------
def add_round(ws: WorkshopDatabase, name: str, kind: RoundKind, held_on: str) -> int:
    with ws.write() as db:
        table = db["rounds"].insert(
            {
                "name": name,
                "kind": kind.value,
                "held_on": held_on,
                "created_at": now_iso(),
            }
        )
        return int(table.last_pk)  # type: ignore[union-attr,arg-type]


def list_rounds(ws: WorkshopDatabase) -> list[Round]:
    rows = ws.conn.execute(
        "SELECT id, name, kind, held_on FROM rounds ORDER BY held_on, id"
    ).fetchall()
    return [Round(r[0], r[1], RoundKind(r[2]), r[3]) for r in rows]


# -- ratings -----------------------------------------------------------------------
_RATING_SELECT = (
    "SELECT stakeholder_id, question_id, answer, current_level, target_level, comment "
    "FROM ratings WHERE round_id = ?"
)
_RATING_UPSERT = """
    INSERT INTO ratings (round_id, stakeholder_id, question_id, answer, current_level,
                         target_level, comment, rated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (round_id, stakeholder_id, question_id) DO UPDATE SET
        answer = excluded.answer, current_level = excluded.current_level,
        target_level = excluded.target_level, comment = excluded.comment,
        rated_at = excluded.rated_at
"""


def _rating(row: Sequence[object]) -> Rating:
    sid, qid, answer, current, target, comment = row
    return Rating(int(sid), str(qid), Answer(answer), current, target, str(comment))  # type: ignore[arg-type,call-overload]


def get_rating(
    ws: WorkshopDatabase, round_id: int, stakeholder_id: int, question_id: str
) -> Rating | None:
    row = ws.conn.execute(
        _RATING_SELECT + " AND stakeholder_id = ? AND question_id = ?",
        (round_id, stakeholder_id, question_id),
    ).fetchone()
    return _rating(row) if row else None


def ratings_for_round(ws: WorkshopDatabase, round_id: int) -> list[Rating]:
    return [_rating(r) for r in ws.conn.execute(_RATING_SELECT, (round_id,))]


def ratings_of_stakeholder(
    ws: WorkshopDatabase, round_id: int, stakeholder_id: int
) -> list[Rating]:
    """One stakeholder's answers in a round (the primary key's index: cheap however
    many others answered)."""
    return [
        _rating(r)
        for r in ws.conn.execute(
            _RATING_SELECT + " AND stakeholder_id = ?", (round_id, stakeholder_id)
        )
    ]


def ratings_for_question(
    ws: WorkshopDatabase, round_id: int, question_id: str
) -> list[Rating]:
    return [
        _rating(r)
        for r in ws.conn.execute(
            _RATING_SELECT + " AND question_id = ?", (round_id, question_id)
        )
    ]


def _rating_params(round_id: int, rating: Rating, stamp: str) -> tuple[object, ...]:
    return (
        round_id,
        rating.stakeholder_id,
        rating.question_id,
        rating.answer.value,
        rating.current,
        rating.target,
        rating.comment,
        stamp,
    )


def set_rating(ws: WorkshopDatabase, round_id: int, rating: Rating) -> Rating | None:
    """Store one answer durably; returns the answer it replaced (None if new)."""
    previous = get_rating(ws, round_id, rating.stakeholder_id, rating.question_id)
    with ws.write() as db:
        db.execute(_RATING_UPSERT, _rating_params(round_id, rating, now_iso()))
    return previous


def clear_rating(
    ws: WorkshopDatabase, round_id: int, stakeholder_id: int, question_id: str
) -> Rating | None:
    previous = get_rating(ws, round_id, stakeholder_id, question_id)
    with ws.write() as db:
        db.execute(
            "DELETE FROM ratings WHERE round_id = ? AND stakeholder_id = ? AND question_id = ?",
            (round_id, stakeholder_id, question_id),
        )
    return previous


def set_ratings(ws: WorkshopDatabase, round_id: int, ratings: Iterable[Rating]) -> int:
    """Store many answers in one transaction: all of them or none."""
    stamp = now_iso()
    count = 0
    with ws.write() as db:
        for rating in ratings:
            db.execute(_RATING_UPSERT, _rating_params(round_id, rating, stamp))
            count += 1
    return count


# -- consensus ---------------------------------------------------------------------
def consensus_for_round(ws: WorkshopDatabase, round_id: int) -> dict[str, Consensus]:
    rows = ws.conn.execute(
        "SELECT question_id, current_level, target_level, note FROM consensus "
        "WHERE round_id = ?",
        (round_id,),
    )
    return {r[0]: Consensus(r[0], r[1], r[2], r[3]) for r in rows}


def set_consensus(
    ws: WorkshopDatabase, round_id: int, consensus: Consensus
) -> Consensus | None:
    """Set (or replace) the agreed value of a question; returns the previous one."""
    previous = consensus_for_round(ws, round_id).get(consensus.question_id)
    with ws.write() as db:
        db.execute(
            """INSERT INTO consensus (round_id, question_id, current_level, target_level,
                                      note, set_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (round_id, question_id) DO UPDATE SET
                   current_level = excluded.current_level,
                   target_level = excluded.target_level,
                   note = excluded.note, set_at = excluded.set_at""",
            (
                round_id,
                consensus.question_id,
                consensus.current,
                consensus.target,
                consensus.note,
                now_iso(),
            ),
        )
    return previous


def clear_consensus(
    ws: WorkshopDatabase, round_id: int, question_id: str
) -> Consensus | None:
    previous = consensus_for_round(ws, round_id).get(question_id)
    _delete_for_question(ws, "consensus", round_id, question_id)
    return previous


def _delete_for_question(
    ws: WorkshopDatabase, table: str, round_id: int, question_id: str
) -> None:
    """Remove a per-question row of a round (``table`` is one of ours, never user text)."""
    with ws.write() as db:
        db.execute(
            f"DELETE FROM {table} WHERE round_id = ? AND question_id = ?",
            (round_id, question_id),
        )


# -- overrides ---------------------------------------------------------------------
def hidden_questions(ws: WorkshopDatabase) -> frozenset[str]:
    rows = ws.conn.execute(
        "SELECT question_id FROM question_overrides WHERE hidden = 1"
    )
    return frozenset(r[0] for r in rows)


def counts(ws: WorkshopDatabase) -> dict[str, int]:
    """Row counts of the main tables (for ``check`` and summaries)."""
    tables = ("stakeholders", "sessions", "rounds", "ratings", "consensus")
    return {
        t: int(ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in tables
    }


# -- follow-ups of open questions -------------------------------------------------
def followups_for_round(ws: WorkshopDatabase, round_id: int) -> dict[str, Followup]:
    rows = ws.conn.execute(
        "SELECT question_id, owner_id, due_on, note, done FROM followups WHERE round_id = ?",
        (round_id,),
    )
    return {r[0]: Followup(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows}


def set_followup(
    ws: WorkshopDatabase, round_id: int, followup: Followup
) -> Followup | None:
    """Set who validates a question and by when; returns the previous follow-up."""
    previous = followups_for_round(ws, round_id).get(followup.question_id)
    with ws.write() as db:
        db.execute(
            """INSERT INTO followups (round_id, question_id, owner_id, due_on, note, done)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (round_id, question_id) DO UPDATE SET
                   owner_id = excluded.owner_id, due_on = excluded.due_on,
                   note = excluded.note, done = excluded.done""",
            (
                round_id,
                followup.question_id,
                followup.owner_id,
                followup.due_on,
                followup.note,
                int(followup.done),
            ),
        )
    return previous


def clear_followup(
    ws: WorkshopDatabase, round_id: int, question_id: str
) -> Followup | None:
    previous = followups_for_round(ws, round_id).get(question_id)
    _delete_for_question(ws, "followups", round_id, question_id)
    return previous


# -- evidence files ------------------------------------------------------------------
_EVIDENCE_COLUMNS = (
    "id, filename, mime_type, length(content), question_id, session_id, note"
)


def add_evidence(
    ws: WorkshopDatabase,
    filename: str,
    mime_type: str,
    content: bytes,
    question_id: str | None = None,
    session_id: int | None = None,
    note: str = "",
) -> int:
    with ws.write() as db:
        table = db["evidence"].insert(
            {
                "filename": filename,
                "mime_type": mime_type,
                "content": content,
                "question_id": question_id,
                "session_id": session_id,
                "note": note,
                "added_at": now_iso(),
            }
        )
        return int(table.last_pk)  # type: ignore[union-attr,arg-type]


def list_evidence(
    ws: WorkshopDatabase, question_id: str | None = None, session_id: int | None = None
) -> list[Evidence]:
    where, params = [], []
    if question_id is not None:
        where.append("question_id = ?")
        params.append(question_id)
    if session_id is not None:
        where.append("session_id = ?")
        params.append(session_id)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = ws.conn.execute(
        f"SELECT {_EVIDENCE_COLUMNS} FROM evidence{clause} ORDER BY id", params
    ).fetchall()
    return [Evidence(r[0], r[1], r[2], int(r[3]), r[4], r[5], r[6]) for r in rows]


def evidence_content(ws: WorkshopDatabase, evidence_id: int) -> bytes:
    row = ws.conn.execute(
        "SELECT content FROM evidence WHERE id = ?", (evidence_id,)
    ).fetchone()
    if row is None:
        raise LookupError(evidence_id)
    return bytes(row[0])


def remove_evidence(ws: WorkshopDatabase, evidence_id: int) -> None:
    with ws.write() as db:
        db.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))


# -- set-up: the client's logo ---------------------------------------------------------
def get_logo(ws: WorkshopDatabase) -> tuple[bytes, str] | None:
    """The client's logo as (content, MIME type), or None when there is none.

    The logo lives in the engagement row but not in ``Engagement``: a BLOB of up to a
    few megabytes should not travel with every read of the engagement's texts.
    """
    row = ws.conn.execute(
        "SELECT logo, logo_mime FROM engagement WHERE id = 1"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return bytes(row[0]), str(row[1] or "application/octet-stream")


def set_logo(
    ws: WorkshopDatabase, content: bytes | None, mime: str | None = None
) -> tuple[bytes, str] | None:
    """Store the logo (None removes it); returns the previous one."""
    previous = get_logo(ws)
    with ws.write() as db:
        db.execute(
            "UPDATE engagement SET logo = ?, logo_mime = ?, updated_at = ? WHERE id = 1",
            (content, mime if content is not None else None, now_iso()),
        )
    return previous


# -- set-up: sessions ------------------------------------------------------------------
def update_session(ws: WorkshopDatabase, session: Session) -> Session:
    """Replace a session's details and attendees; returns the previous version."""
    previous = next((s for s in list_sessions(ws) if s.id == session.id), None)
    if previous is None:
        raise LookupError(session.id)
    with ws.write() as db:
        db["sessions"].update(
            session.id,
            {
                "held_on": session.held_on,
                "title": session.title,
                "areas": json.dumps(list(session.areas)),
                "agenda": session.agenda,
                "notes": session.notes,
            },
        )
        db.execute("DELETE FROM session_attendees WHERE session_id = ?", (session.id,))
        db["session_attendees"].insert_all(
            {"session_id": session.id, "stakeholder_id": sid}
            for sid in dict.fromkeys(session.attendees)
        )
    return previous


# -- set-up: per-workshop question wording and hiding ----------------------------------
@dataclass(frozen=True)
class QuestionOverride:
    """How this workshop departs from the model snapshot for one question.

    ``title`` and ``prompt`` map a language to the reworded text; a language that is
    absent keeps the snapshot's wording. The snapshot itself is never changed.
    """

    question_id: str
    hidden: bool = False
    title: Mapping[str, str] = field(default_factory=dict)
    prompt: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.hidden or self.title or self.prompt)


def question_overrides(ws: WorkshopDatabase) -> dict[str, QuestionOverride]:
    rows = ws.conn.execute(
        "SELECT question_id, hidden, title, prompt FROM question_overrides"
    )
    return {
        r[0]: QuestionOverride(
            r[0],
            bool(r[1]),
            string_map(ws.path, r[2], "reworded question title"),
            string_map(ws.path, r[3], "reworded question prompt"),
        )
        for r in rows
    }


def set_question_override(
    ws: WorkshopDatabase, override: QuestionOverride
) -> QuestionOverride | None:
    """Store one question's override (an empty one removes the row); returns the previous."""
    previous = question_overrides(ws).get(override.question_id)
    with ws.write() as db:
        if override.is_empty:
            db.execute(
                "DELETE FROM question_overrides WHERE question_id = ?",
                (override.question_id,),
            )
        else:
            db.execute(
                """INSERT INTO question_overrides (question_id, hidden, title, prompt)
                   VALUES (?, ?, ?, ?)
                   ON CONFLICT (question_id) DO UPDATE SET
                       hidden = excluded.hidden, title = excluded.title,
                       prompt = excluded.prompt""",
                (
                    override.question_id,
                    int(override.hidden),
                    json.dumps(dict(override.title), ensure_ascii=False),
                    json.dumps(dict(override.prompt), ensure_ascii=False),
                ),
            )
    return previous


# -- undoing additions: remove what nothing refers to yet, put it back unchanged -------
_STAKEHOLDER_USES = (
    ("ratings", "stakeholder_id"),
    ("session_attendees", "stakeholder_id"),
    ("followups", "owner_id"),
    ("goals", "owner_id"),
    ("initiatives", "owner_id"),
    ("risks", "owner_id"),
)


def stakeholder_uses(ws: WorkshopDatabase, stakeholder_id: int) -> dict[str, int]:
    """Rows that refer to a stakeholder, by table (only tables with any)."""
    uses: dict[str, int] = {}
    for table, column in _STAKEHOLDER_USES:
        count = ws.conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?", (stakeholder_id,)
        ).fetchone()[0]
        if count:
            uses[table] = int(count)
    return uses


def remove_stakeholder(ws: WorkshopDatabase, stakeholder_id: int) -> Stakeholder:
    """Delete a stakeholder (the caller checked ``stakeholder_uses``); returns them."""
    previous = next(s for s in list_stakeholders(ws) if s.id == stakeholder_id)
    with ws.write() as db:
        db.execute("DELETE FROM stakeholders WHERE id = ?", (stakeholder_id,))
    return previous


def restore_stakeholder(ws: WorkshopDatabase, stakeholder: Stakeholder) -> None:
    """Insert a removed stakeholder again under the id they had."""
    record = _stakeholder_record(
        stakeholder.name,
        stakeholder.role,
        stakeholder.department,
        stakeholder.email,
        stakeholder.active,
    )
    with ws.write() as db:
        db["stakeholders"].insert({"id": stakeholder.id, **record})


def session_uses(ws: WorkshopDatabase, session_id: int) -> dict[str, int]:
    """Rows that a session's removal would take with it (its evidence files)."""
    count = ws.conn.execute(
        "SELECT count(*) FROM evidence WHERE session_id = ?", (session_id,)
    ).fetchone()[0]
    return {"evidence": int(count)} if count else {}


def remove_session(ws: WorkshopDatabase, session_id: int) -> Session:
    """Delete a session and its attendance (the caller checked ``session_uses``)."""
    previous = next((s for s in list_sessions(ws) if s.id == session_id), None)
    if previous is None:
        raise LookupError(session_id)
    with ws.write() as db:
        db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
    return previous


def restore_session(ws: WorkshopDatabase, session: Session) -> None:
    """Insert a removed session again under its id, with its attendees."""
    with ws.write() as db:
        _insert_session(db, session, session.id)


# -- rounds: changing and (undoing a merge) removing one ---------------------------------
def update_round(ws: WorkshopDatabase, round_: Round) -> Round:
    """Replace a round's name, kind and date; returns the previous version."""
    previous = next((r for r in list_rounds(ws) if r.id == round_.id), None)
    if previous is None:
        raise LookupError(round_.id)
    with ws.write() as db:
        db["rounds"].update(
            round_.id,
            {"name": round_.name, "kind": round_.kind.value, "held_on": round_.held_on},
        )
    return previous


def remove_empty_round(ws: WorkshopDatabase, round_id: int) -> Round:
    """Delete a round the caller emptied (no answers, consensus or follow-ups left)."""
    previous = next((r for r in list_rounds(ws) if r.id == round_id), None)
    if previous is None:
        raise LookupError(round_id)
    with ws.write() as db:
        db.execute("DELETE FROM rounds WHERE id = ?", (round_id,))
    return previous
