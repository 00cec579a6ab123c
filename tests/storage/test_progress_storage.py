"""Progress tables (schema v5): the upgrade from v4, and every write read back after
reopening the file."""

from __future__ import annotations

import sqlite3
import struct
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import (
    Answer,
    CarriedMark,
    Consensus,
    Rating,
    RoundKind,
)
from crm_workshop.domain.progress import KpiActual, StatusUpdate
from crm_workshop.domain.roadmap import Initiative, InitiativeStatus, Risk
from crm_workshop.storage import progress_history_repo as history
from crm_workshop.storage import progress_repo as repo
from crm_workshop.storage import repository, roadmap_repo
from crm_workshop.storage.database import full_check, open_workshop_file
from crm_workshop.storage.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    apply_migrations,
    expected_schema,
)

NEW_TABLES = (
    "round_participants",
    "carried_ratings",
    "carried_consensus",
    "initiative_updates",
    "kpi_actuals",
)


def user_version(path: Path) -> int:
    return struct.unpack(">I", path.read_bytes()[60:64])[0]


def test_schema_v5_adds_the_progress_tables():
    assert SCHEMA_VERSION == 5
    v4, v5 = expected_schema(4), expected_schema(5)
    added = {name for kind, name in v5 if (kind, name) not in v4}
    assert added == {
        *NEW_TABLES,
        "sqlite_autoindex_round_participants_1",
        "sqlite_autoindex_carried_ratings_1",
        "sqlite_autoindex_carried_consensus_1",
    }
    assert v5[("table", "kpi_actuals")] == (
        "id",
        "initiative_id",
        "kpi",
        "value",
        "unit",
        "target",
        "measured_on",
        "note",
        "created_at",
    )


def test_a_v4_file_is_backed_up_then_upgraded_to_v5(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "Bursztyn.crmw"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    apply_migrations(Database(conn, execute_plugins=False), up_to=4)
    conn.execute(
        "INSERT INTO rounds (name, kind, held_on, created_at) "
        "VALUES ('Baseline', 'baseline', '2026-10-21', '2026-10-21T10:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO initiatives (title, status, created_at) "
        "VALUES ('Złoty rekord', 'planned', '2026-10-21T10:00:00+00:00')"
    )
    conn.commit()
    conn.close()
    assert user_version(path) == 4

    with open_workshop_file(path) as ws:
        assert ws.schema_version == 5
        assert repo.participants(ws, 1) == []  # a v4 round records nobody
        update_id, before = history.add_status_update(
            ws, StatusUpdate(None, 1, "2027-01-15", InitiativeStatus.IN_PROGRESS)
        )
        assert before is InitiativeStatus.PLANNED

    backup = tmp_path / "Bursztyn.before-upgrade-v4.crmw"
    assert backup.exists() and user_version(backup) == 4
    check = sqlite3.connect(backup)
    tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
    check.close()
    assert not tables & set(NEW_TABLES)
    with open_workshop_file(path) as ws:  # the upgraded file passes the open checks
        assert [u.id for u in history.status_updates(ws)] == [update_id]
        assert full_check(ws) == []
        names = {r[0] for r in ws.conn.execute("SELECT name FROM _sqlite_migrations")}
        assert "m005_progress" in names


def _baseline(ws) -> tuple[int, list[int]]:
    people = [
        repository.add_stakeholder(ws, name, department="it")
        for name in ("Łukasz Dąbrowski", "Ewa Mazur", "Piotr Zając")
    ]
    round_id = repository.add_round(ws, "Baseline", RoundKind.BASELINE, "2026-10-21")
    repository.set_ratings(
        ws,
        round_id,
        [
            Rating(people[0], "3.2", Answer.LEVEL, 2, 4, "Dane z e-sklepu osobno"),
            Rating(people[1], "3.2", Answer.DONT_KNOW, None, 3),
            Rating(people[2], "3.2", Answer.LEVEL, 3, 4),
        ],
    )
    repository.set_consensus(ws, round_id, Consensus("3.2", 2, 4, "Uzgodniono"))
    return round_id, people


def test_a_follow_up_round_with_carried_answers_reads_back(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        baseline, people = _baseline(ws)
        copied = [
            r
            for r in repository.ratings_for_round(ws, baseline)
            if r.stakeholder_id != people[2]
        ]
        follow_up = repo.create_round(
            ws,
            "Q1 2027",
            RoundKind.REASSESSMENT,
            "2027-01-20",
            people[:2],
            copied,
            baseline,
            list(repository.consensus_for_round(ws, baseline).values()),
        )
    with open_workshop_file(workshop_path) as ws:
        assert repo.participants(ws, follow_up) == people[:2]
        assert repository.ratings_for_round(ws, follow_up) == copied
        assert repository.consensus_for_round(ws, follow_up)["3.2"].note == "Uzgodniono"
        marks = repo.carried(ws, follow_up)
        assert marks == [
            CarriedMark(follow_up, None, "3.2", baseline),  # the consensus first
            CarriedMark(follow_up, people[0], "3.2", baseline),
            CarriedMark(follow_up, people[1], "3.2", baseline),
        ]
        assert repo.carried(ws, baseline) == []
        # confirming drops the marks; marking again puts them back
        removed = repo.confirm(ws, follow_up, [(people[0], "3.2"), (None, "3.2")])
        assert removed == [marks[1], marks[0]]
        assert repo.confirm(ws, follow_up, [(people[0], "3.2")]) == []
    with open_workshop_file(workshop_path) as ws:
        assert repo.carried(ws, follow_up, "3.2") == [marks[2]]
        repo.mark_carried(ws, removed)
    with open_workshop_file(workshop_path) as ws:
        assert repo.carried(ws, follow_up) == marks
        assert full_check(ws) == []


def test_clearing_a_carried_answer_takes_its_mark(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        baseline, people = _baseline(ws)
        copied = repository.ratings_for_round(ws, baseline)
        follow_up = repo.create_round(
            ws, "Q1", RoundKind.REASSESSMENT, "2027-01-20", people, copied, baseline
        )
        repository.clear_rating(ws, follow_up, people[0], "3.2")
    with open_workshop_file(workshop_path) as ws:
        assert [m.stakeholder_id for m in repo.carried(ws, follow_up)] == people[1:]


def test_a_removed_round_comes_back_exactly(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        baseline, people = _baseline(ws)
        follow_up = repo.create_round(
            ws,
            "Q1",
            RoundKind.REASSESSMENT,
            "2027-01-20",
            people,
            repository.ratings_for_round(ws, baseline),
            baseline,
            [Consensus("3.2", 2, 4, "Uzgodniono")],
        )
        before = {
            t: ws.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in (
                "rounds",
                "round_participants",
                "ratings",
                "consensus",
                "carried_ratings",
                "carried_consensus",
            )
        }
        snapshot = repo.remove_round(ws, follow_up)
        assert [r[0] for r in ws.conn.execute("SELECT id FROM rounds")] == [baseline]
        assert repo.carried(ws, follow_up) == []
        with pytest.raises(LookupError):
            repo.remove_round(ws, follow_up)
    with open_workshop_file(workshop_path) as ws:
        repo.restore_round(ws, snapshot)
    with open_workshop_file(workshop_path) as ws:
        after = {
            t: ws.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
            for t in before
        }
        assert after == before
        assert full_check(ws) == []


def test_status_updates_set_the_initiative_status_and_read_back(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        initiative = roadmap_repo.add_initiative(
            ws, Initiative(None, "Integracja e-sklepu", status=InitiativeStatus.PLANNED)
        )
        first, before = history.add_status_update(
            ws,
            StatusUpdate(
                None, initiative, "2027-01-15", InitiativeStatus.IN_PROGRESS, "Start"
            ),
        )
        assert before is InitiativeStatus.PLANNED
        # an older update does not change the status: the latest by date decides
        older, before = history.add_status_update(
            ws, StatusUpdate(None, initiative, "2026-12-01", InitiativeStatus.PLANNED)
        )
        assert before is InitiativeStatus.IN_PROGRESS
    with open_workshop_file(workshop_path) as ws:
        assert (
            roadmap_repo.get_initiative(ws, initiative).status
            is InitiativeStatus.IN_PROGRESS
        )
        assert [u.id for u in history.status_updates(ws, initiative)] == [older, first]
        assert history.status_updates(ws)[1].note == "Start"
        removed, before = history.remove_status_update(ws, first)
        assert before is InitiativeStatus.IN_PROGRESS
        assert (
            roadmap_repo.get_initiative(ws, initiative).status
            is InitiativeStatus.PLANNED
        )
        # undoing the removal: the same id, the status given back explicitly
        assert (
            history.add_status_update(ws, removed, InitiativeStatus.IN_PROGRESS)[0]
            == first
        )
    with open_workshop_file(workshop_path) as ws:
        assert [u.id for u in history.status_updates(ws, initiative)] == [older, first]
        assert (
            roadmap_repo.get_initiative(ws, initiative).status
            is InitiativeStatus.IN_PROGRESS
        )
        assert full_check(ws) == []


def test_kpi_actuals_and_history_read_back(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        initiative = roadmap_repo.add_initiative(ws, Initiative(None, "Złoty rekord"))
        actual = KpiActual(
            None,
            initiative,
            "Udział dubli",
            12.5,
            "2027-01-31",
            2.0,
            "%",
            "Próbka <b>1</b>",
        )
        actual_id = history.add_kpi_actual(ws, actual)
        update_id, _ = history.add_status_update(
            ws,
            StatusUpdate(None, initiative, "2027-01-31", InitiativeStatus.IN_PROGRESS),
        )
    with open_workshop_file(workshop_path) as ws:
        (stored,) = history.kpi_actuals(ws, initiative)
        assert stored == KpiActual(
            actual_id,
            initiative,
            "Udział dubli",
            12.5,
            "2027-01-31",
            2.0,
            "%",
            "Próbka <b>1</b>",
        )
        assert history.kpi_actuals(ws, initiative + 1) == []
        updates = history.status_updates(ws, initiative)
        # removing the initiative takes its history; restoring puts it back under ids
        roadmap_repo.remove_initiative(ws, initiative)
        assert history.kpi_actuals(ws) == [] and history.status_updates(ws) == []
    with open_workshop_file(workshop_path) as ws:
        roadmap_repo.restore_initiative(ws, Initiative(initiative, "Złoty rekord"))
        history.restore_history(ws, updates, [stored])
    with open_workshop_file(workshop_path) as ws:
        assert history.kpi_actuals(ws) == [stored]
        assert [u.id for u in history.status_updates(ws)] == [update_id]
        assert history.remove_kpi_actual(ws, actual_id) == stored
        assert history.kpi_actuals(ws) == []


def test_the_file_refuses_a_date_that_is_not_a_date(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        initiative = roadmap_repo.add_initiative(ws, Initiative(None, "X"))
        with pytest.raises(sqlite3.IntegrityError):
            history.add_kpi_actual(
                ws, KpiActual(None, initiative, "K", 1.0, "31.01.2027")
            )
        with pytest.raises(sqlite3.IntegrityError):
            history.add_status_update(
                ws, StatusUpdate(None, initiative, "2027-01", InitiativeStatus.DONE)
            )


def test_risks_are_dated(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        risk = roadmap_repo.add_risk(ws, Risk(None, "Przeciążony zespół IT"))
        history.set_risk_created(ws, risk, "2027-01-20T09:00:00.000+00:00")
    with open_workshop_file(workshop_path) as ws:
        assert history.risk_created(ws) == {risk: "2027-01-20T09:00:00.000+00:00"}
