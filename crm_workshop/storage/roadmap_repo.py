"""Reads and writes of the roadmap: goals, initiatives and their moves, risks and focus
areas (the consultant's months, target dates and hint decisions: ``roadmap_plan_repo``).

Every write is one atomic, durable transaction. Mutators return what an undo needs;
``restore_*`` puts removed rows back under the ids they had. Months are stored as
``YYYY-MM`` text exactly as given: the services check and normalise them first.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from crm_workshop.domain.errors import DomainError
from crm_workshop.domain.roadmap import (
    FocusArea,
    Goal,
    GoalLevel,
    Initiative,
    InitiativeStatus,
    Move,
    Risk,
    RiskStatus,
)
from crm_workshop.storage.database import WorkshopDatabase, now_iso
from crm_workshop.storage.errors import CorruptWorkshop
from crm_workshop.storage.json_columns import string_list

if TYPE_CHECKING:
    from sqlite_utils import Database


def _insert(db: Database, table: str, record: dict[str, object]) -> int:
    inserted = db[table].insert(record)
    return int(inserted.last_pk)  # type: ignore[union-attr,arg-type]


def _record(item: object, columns: str) -> dict[str, object]:
    """The row of a domain value: its fields named in ``columns`` except ``id``."""
    record: dict[str, object] = {}
    for name in columns.split(", ")[1:]:
        value = getattr(item, name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, bool):
            value = int(value)
        record[name] = value
    return record


def _row(ws: WorkshopDatabase, table: str, columns: str, row_id: int) -> Sequence:
    row = ws.conn.execute(
        f"SELECT {columns} FROM {table} WHERE id = ?", (row_id,)
    ).fetchone()
    if row is None:
        raise LookupError(row_id)
    return row


def _delete(ws: WorkshopDatabase, table: str, row_id: int) -> None:
    with ws.write() as db:
        db.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))


# -- goals ---------------------------------------------------------------------------
_GOAL_COLUMNS = (
    "id, level, title, parent_id, owner_id, department, kpi, unit, baseline, "
    "target, due_on, actions, position"
)
_GOAL_ORDER = (
    "CASE level WHEN 'board' THEN 0 WHEN 'director' THEN 1 ELSE 2 END, position, id"
)


def _goal(row: Sequence[object]) -> Goal:
    values = dict(zip(_GOAL_COLUMNS.split(", "), row, strict=True))
    values["level"] = GoalLevel(values["level"])
    return Goal(**values)  # type: ignore[arg-type]


def _goal_record(goal: Goal) -> dict[str, object]:
    return _record(goal, _GOAL_COLUMNS)


def list_goals(ws: WorkshopDatabase) -> list[Goal]:
    """Board goals, then director goals, then objectives; each by position, then id."""
    rows = ws.conn.execute(
        f"SELECT {_GOAL_COLUMNS} FROM goals ORDER BY {_GOAL_ORDER}"
    ).fetchall()
    return [_goal(r) for r in rows]


def get_goal(ws: WorkshopDatabase, goal_id: int) -> Goal:
    return _goal(_row(ws, "goals", _GOAL_COLUMNS, goal_id))


def add_goal(ws: WorkshopDatabase, goal: Goal) -> int:
    with ws.write() as db:
        return _insert(db, "goals", _goal_record(goal))


def update_goal(ws: WorkshopDatabase, goal: Goal) -> Goal:
    """Replace a goal's fields; returns the previous version."""
    if goal.id is None:
        raise LookupError(goal.id)
    previous = get_goal(ws, goal.id)
    with ws.write() as db:
        db["goals"].update(goal.id, _goal_record(goal))
    return previous


def remove_goal(ws: WorkshopDatabase, goal_id: int) -> list[Goal]:
    """Delete a goal and every goal under it; returns them, each parent first."""
    rows = ws.conn.execute(
        f"""WITH RECURSIVE tree(id, depth) AS (
                SELECT id, 0 FROM goals WHERE id = ?
                UNION ALL
                SELECT goals.id, tree.depth + 1 FROM goals
                JOIN tree ON goals.parent_id = tree.id
            )
            SELECT {", ".join(f"goals.{c}" for c in _GOAL_COLUMNS.split(", "))}
            FROM tree JOIN goals ON goals.id = tree.id
            ORDER BY tree.depth, goals.position, goals.id""",
        (goal_id,),
    ).fetchall()
    if not rows:
        raise LookupError(goal_id)
    _delete(ws, "goals", goal_id)  # the goals under it go with it (ON DELETE CASCADE)
    return [_goal(r) for r in rows]


def restore_goals(ws: WorkshopDatabase, goals: Sequence[Goal]) -> None:
    """Insert removed goals again under their ids, parents before their children."""
    pending = list(goals)
    ids = {g.id for g in pending}
    with ws.write() as db:
        while pending:
            ready = [g for g in pending if g.parent_id not in ids]
            if not ready:  # a cycle: cannot come from remove_goal
                raise ValueError("goals refer to each other as parents")
            for goal in ready:
                _insert(db, "goals", {"id": goal.id, **_goal_record(goal)})
            ids -= {g.id for g in ready}
            pending = [g for g in pending if g.id in ids]


# -- initiatives and their moves --------------------------------------------------------
_INITIATIVE_COLUMNS = (
    "id, title, description, owner_id, department, starts_on, ends_on, budget, "
    "expected_roi, kpis, urgency, feasibility, status, strategic"
)


def _initiative_record(initiative: Initiative) -> dict[str, object]:
    return _record(initiative, _INITIATIVE_COLUMNS)


def _moves(
    ws: WorkshopDatabase, initiative_id: int | None = None
) -> dict[int, list[Move]]:
    where = "" if initiative_id is None else " WHERE initiative_id = ?"
    params = () if initiative_id is None else (initiative_id,)
    moves: dict[int, list[Move]] = {}
    for iid, qid, from_level, to_level in ws.conn.execute(
        "SELECT initiative_id, question_id, from_level, to_level "
        f"FROM initiative_questions{where} ORDER BY rowid",
        params,
    ):
        try:
            move = Move(qid, from_level, to_level)
        except (TypeError, ValueError, DomainError):
            # the schema lets a level be NULL; only a damaged or crafted file has one
            # (or a level that is no rise): the file is damaged, as for bad JSON
            raise CorruptWorkshop(
                ws.path, "the stored question levels of an initiative are damaged"
            ) from None
        moves.setdefault(iid, []).append(move)
    return moves


def _initiatives(
    ws: WorkshopDatabase, where: str, params: tuple[int, ...]
) -> list[Initiative]:
    rows = ws.conn.execute(
        f"SELECT {_INITIATIVE_COLUMNS} FROM initiatives{where} "
        "ORDER BY starts_on IS NULL, starts_on, id",
        params,
    ).fetchall()
    moves = _moves(ws, params[0] if params else None)
    result: list[Initiative] = []
    for row in rows:
        values = dict(zip(_INITIATIVE_COLUMNS.split(", "), row, strict=True))
        values["status"] = InitiativeStatus(values["status"])
        values["strategic"] = bool(values["strategic"])
        values["moves"] = tuple(moves.get(int(row[0]), ()))
        result.append(Initiative(**values))  # type: ignore[arg-type]
    return result


def list_initiatives(ws: WorkshopDatabase) -> list[Initiative]:
    """Every initiative with its moves, by start month (none last), then id."""
    return _initiatives(ws, "", ())


def get_initiative(ws: WorkshopDatabase, initiative_id: int) -> Initiative:
    found = _initiatives(ws, " WHERE id = ?", (initiative_id,))
    if not found:
        raise LookupError(initiative_id)
    return found[0]


def _insert_moves(db: Database, initiative_id: int, moves: Sequence[Move]) -> None:
    db["initiative_questions"].insert_all(
        {
            "initiative_id": initiative_id,
            "question_id": move.question_id,
            "from_level": move.from_level,
            "to_level": move.to_level,
        }
        for move in moves
    )


def _insert_initiative(
    db: Database, initiative: Initiative, initiative_id: int | None
) -> int:
    record = {**_initiative_record(initiative), "created_at": now_iso()}
    if initiative_id is not None:
        record["id"] = initiative_id
    new_id = _insert(db, "initiatives", record)
    _insert_moves(db, new_id, initiative.moves)
    return new_id


def add_initiative(ws: WorkshopDatabase, initiative: Initiative) -> int:
    with ws.write() as db:
        return _insert_initiative(db, initiative, None)


def update_initiative(ws: WorkshopDatabase, initiative: Initiative) -> Initiative:
    """Replace an initiative's fields and moves; returns the previous version."""
    if initiative.id is None:
        raise LookupError(initiative.id)
    previous = get_initiative(ws, initiative.id)
    with ws.write() as db:
        db["initiatives"].update(initiative.id, _initiative_record(initiative))
        db.execute(
            "DELETE FROM initiative_questions WHERE initiative_id = ?",
            (initiative.id,),
        )
        _insert_moves(db, initiative.id, initiative.moves)
    return previous


def remove_initiative(ws: WorkshopDatabase, initiative_id: int) -> Initiative:
    """Delete an initiative and its moves; returns it."""
    previous = get_initiative(ws, initiative_id)
    _delete(ws, "initiatives", initiative_id)  # its moves go with it
    return previous


def restore_initiative(ws: WorkshopDatabase, initiative: Initiative) -> None:
    """Insert a removed initiative again under its id, with its moves."""
    with ws.write() as db:
        _insert_initiative(db, initiative, initiative.id)


# -- risks -------------------------------------------------------------------------
_RISK_COLUMNS = (
    "id, description, scope, likelihood, impact, mitigation, owner_id, status"
)


def _risk(ws: WorkshopDatabase, row: Sequence[object]) -> Risk:
    values = dict(zip(_RISK_COLUMNS.split(", "), row, strict=True))
    values["scope"] = string_list(ws.path, values["scope"], "scope of a risk")
    values["status"] = RiskStatus(values["status"])
    return Risk(**values)  # type: ignore[arg-type]


def _risk_record(risk: Risk) -> dict[str, object]:
    record = _record(risk, _RISK_COLUMNS)
    record["scope"] = json.dumps(list(risk.scope), ensure_ascii=False)
    return record


def list_risks(ws: WorkshopDatabase) -> list[Risk]:
    rows = ws.conn.execute(f"SELECT {_RISK_COLUMNS} FROM risks ORDER BY id")
    return [_risk(ws, r) for r in rows]


def get_risk(ws: WorkshopDatabase, risk_id: int) -> Risk:
    return _risk(ws, _row(ws, "risks", _RISK_COLUMNS, risk_id))


def add_risk(ws: WorkshopDatabase, risk: Risk) -> int:
    with ws.write() as db:
        return _insert(db, "risks", {**_risk_record(risk), "created_at": now_iso()})


def update_risk(ws: WorkshopDatabase, risk: Risk) -> Risk:
    if risk.id is None:
        raise LookupError(risk.id)
    previous = get_risk(ws, risk.id)
    with ws.write() as db:
        db["risks"].update(risk.id, _risk_record(risk))
    return previous


def remove_risk(ws: WorkshopDatabase, risk_id: int) -> Risk:
    previous = get_risk(ws, risk_id)
    _delete(ws, "risks", risk_id)
    return previous


def restore_risk(ws: WorkshopDatabase, risk: Risk) -> None:
    record = {"id": risk.id, **_risk_record(risk), "created_at": now_iso()}
    with ws.write() as db:
        _insert(db, "risks", record)


# -- focus areas ---------------------------------------------------------------------
_FOCUS_COLUMNS = "id, scope, reason, position"


def list_focus_areas(ws: WorkshopDatabase) -> list[FocusArea]:
    rows = ws.conn.execute(
        f"SELECT {_FOCUS_COLUMNS} FROM focus_areas ORDER BY position, id"
    )
    return [FocusArea(*r) for r in rows]


def get_focus_area(ws: WorkshopDatabase, focus_id: int) -> FocusArea:
    return FocusArea(*_row(ws, "focus_areas", _FOCUS_COLUMNS, focus_id))


def _focus_record(focus: FocusArea) -> dict[str, object]:
    return _record(focus, _FOCUS_COLUMNS)


def add_focus_area(ws: WorkshopDatabase, focus: FocusArea) -> int:
    record = {**_focus_record(focus), "created_at": now_iso()}
    with ws.write() as db:
        return _insert(db, "focus_areas", record)


def update_focus_area(ws: WorkshopDatabase, focus: FocusArea) -> FocusArea:
    if focus.id is None:
        raise LookupError(focus.id)
    previous = get_focus_area(ws, focus.id)
    with ws.write() as db:
        db["focus_areas"].update(focus.id, _focus_record(focus))
    return previous


def remove_focus_area(ws: WorkshopDatabase, focus_id: int) -> FocusArea:
    previous = get_focus_area(ws, focus_id)
    _delete(ws, "focus_areas", focus_id)
    return previous


def restore_focus_area(ws: WorkshopDatabase, focus: FocusArea) -> None:
    record = {"id": focus.id, **_focus_record(focus), "created_at": now_iso()}
    with ws.write() as db:
        _insert(db, "focus_areas", record)
