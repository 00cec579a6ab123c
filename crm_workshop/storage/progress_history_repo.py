"""Reads and writes of initiatives' progress (schema v5): status history and KPI
actuals, and when risks were added.

Every write is one atomic, durable transaction; mutators return what an undo needs.
Dates are stored as ``YYYY-MM-DD`` exactly as given: the services check them first.
"""

from __future__ import annotations

from collections.abc import Sequence

from crm_workshop.domain.progress import KpiActual, StatusUpdate
from crm_workshop.domain.roadmap import InitiativeStatus
from crm_workshop.storage.database import WorkshopDatabase, now_iso


# -- initiatives' status history ---------------------------------------------------------
def _of_initiative(initiative_id: int | None) -> tuple[str, tuple[int, ...]]:
    if initiative_id is None:
        return "", ()
    return "WHERE initiative_id = ? ", (initiative_id,)


_UPDATE_COLUMNS = "id, initiative_id, updated_on, status, note"


def _update(row: Sequence[object]) -> StatusUpdate:
    update_id, initiative_id, updated_on, status, note = row
    return StatusUpdate(
        int(update_id),  # type: ignore[call-overload]
        int(initiative_id),  # type: ignore[call-overload]
        str(updated_on),
        InitiativeStatus(status),
        str(note),
    )


def status_updates(
    ws: WorkshopDatabase, initiative_id: int | None = None
) -> list[StatusUpdate]:
    """Status updates (of one initiative, or all), by date, then as entered."""
    where, params = _of_initiative(initiative_id)
    rows = ws.conn.execute(
        f"SELECT {_UPDATE_COLUMNS} FROM initiative_updates {where}"
        "ORDER BY updated_on, id",
        params,
    )
    return [_update(r) for r in rows]


def _status(ws: WorkshopDatabase, initiative_id: int) -> InitiativeStatus:
    row = ws.conn.execute(
        "SELECT status FROM initiatives WHERE id = ?", (initiative_id,)
    ).fetchone()
    if row is None:
        raise LookupError(initiative_id)
    return InitiativeStatus(row[0])


def _latest(ws: WorkshopDatabase, initiative_id: int) -> InitiativeStatus | None:
    row = ws.conn.execute(
        "SELECT status FROM initiative_updates WHERE initiative_id = ? "
        "ORDER BY updated_on DESC, id DESC LIMIT 1",
        (initiative_id,),
    ).fetchone()
    return InitiativeStatus(row[0]) if row else None


def add_status_update(
    ws: WorkshopDatabase,
    update: StatusUpdate,
    status: InitiativeStatus | None = None,
) -> tuple[int, InitiativeStatus]:
    """Record an update (under ``update.id`` when given, to redo one); the initiative
    takes ``status``, or else the status of its latest update. Returns the new id and
    the initiative's status before."""
    before = _status(ws, update.initiative_id)
    with ws.write() as db:
        cursor = db.execute(
            "INSERT INTO initiative_updates (id, initiative_id, updated_on, status, "
            "note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                update.id,
                update.initiative_id,
                update.updated_on,
                update.status.value,
                update.note,
                now_iso(),
            ),
        )
        update_id = int(cursor.lastrowid or 0) if update.id is None else update.id
        after = status or _latest(ws, update.initiative_id) or before
        db.execute(
            "UPDATE initiatives SET status = ? WHERE id = ?",
            (after.value, update.initiative_id),
        )
    return update_id, before


def remove_status_update(
    ws: WorkshopDatabase, update_id: int, status: InitiativeStatus | None = None
) -> tuple[StatusUpdate, InitiativeStatus]:
    """Delete an update; the initiative takes ``status``, or else the status of its
    latest remaining update (unchanged without one). Returns the removed update and
    the initiative's status before."""
    row = ws.conn.execute(
        f"SELECT {_UPDATE_COLUMNS} FROM initiative_updates WHERE id = ?", (update_id,)
    ).fetchone()
    if row is None:
        raise LookupError(update_id)
    removed = _update(row)
    before = _status(ws, removed.initiative_id)
    with ws.write() as db:
        db.execute("DELETE FROM initiative_updates WHERE id = ?", (update_id,))
        after = status or _latest(ws, removed.initiative_id) or before
        db.execute(
            "UPDATE initiatives SET status = ? WHERE id = ?",
            (after.value, removed.initiative_id),
        )
    return removed, before


# -- KPI actuals --------------------------------------------------------------------------
_ACTUAL_COLUMNS = "id, initiative_id, kpi, value, measured_on, target, unit, note"


def _actual(row: Sequence[object]) -> KpiActual:
    actual_id, initiative_id, kpi, value, measured_on, target, unit, note = row
    return KpiActual(
        int(actual_id),  # type: ignore[call-overload]
        int(initiative_id),  # type: ignore[call-overload]
        str(kpi),
        float(value),  # type: ignore[arg-type]
        str(measured_on),
        None if target is None else float(target),  # type: ignore[arg-type]
        str(unit),
        str(note),
    )


def kpi_actuals(
    ws: WorkshopDatabase, initiative_id: int | None = None
) -> list[KpiActual]:
    """KPI measurements (of one initiative, or all), by date, then as entered."""
    where, params = _of_initiative(initiative_id)
    rows = ws.conn.execute(
        f"SELECT {_ACTUAL_COLUMNS} FROM kpi_actuals {where}ORDER BY measured_on, id",
        params,
    )
    return [_actual(r) for r in rows]


def add_kpi_actual(ws: WorkshopDatabase, actual: KpiActual) -> int:
    """Record a measurement (under ``actual.id`` when given, to redo or restore one)."""
    with ws.write() as db:
        cursor = db.execute(
            "INSERT INTO kpi_actuals (id, initiative_id, kpi, value, unit, target, "
            "measured_on, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                actual.id,
                actual.initiative_id,
                actual.kpi,
                actual.value,
                actual.unit,
                actual.target,
                actual.measured_on,
                actual.note,
                now_iso(),
            ),
        )
        return int(cursor.lastrowid or 0) if actual.id is None else actual.id


def remove_kpi_actual(ws: WorkshopDatabase, actual_id: int) -> KpiActual:
    row = ws.conn.execute(
        f"SELECT {_ACTUAL_COLUMNS} FROM kpi_actuals WHERE id = ?", (actual_id,)
    ).fetchone()
    if row is None:
        raise LookupError(actual_id)
    with ws.write() as db:
        db.execute("DELETE FROM kpi_actuals WHERE id = ?", (actual_id,))
    return _actual(row)


def restore_history(
    ws: WorkshopDatabase,
    updates: Sequence[StatusUpdate],
    actuals: Sequence[KpiActual],
) -> None:
    """Put back the updates and measurements of an initiative restored after its
    removal, under their ids, leaving its status as restored."""
    stamp = now_iso()
    with ws.write() as db:
        for update in updates:
            db.execute(
                "INSERT INTO initiative_updates (id, initiative_id, updated_on, "
                "status, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    update.id,
                    update.initiative_id,
                    update.updated_on,
                    update.status.value,
                    update.note,
                    stamp,
                ),
            )
        for actual in actuals:
            add_kpi_actual(ws, actual)


# -- when risks were added -------------------------------------------------------------------
def risk_created(ws: WorkshopDatabase) -> dict[int, str]:
    """Risk id -> when it was added (timestamp)."""
    rows = ws.conn.execute("SELECT id, created_at FROM risks ORDER BY id")
    return {int(r[0]): str(r[1]) for r in rows}


def set_risk_created(ws: WorkshopDatabase, risk_id: int, stamp: str) -> None:
    """Date a risk (the demo's fictional timeline dates its risks by their round)."""
    with ws.write() as db:
        db.execute("UPDATE risks SET created_at = ? WHERE id = ?", (stamp, risk_id))
