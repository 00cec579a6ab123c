"""The roadmap's tables: schema v4, the upgrade from v3, and reads after reopening."""

from __future__ import annotations

import sqlite3
import struct
from dataclasses import replace
from pathlib import Path

import pytest

from crm_workshop.domain.roadmap import (
    FocusArea,
    Goal,
    GoalLevel,
    HintDecision,
    Initiative,
    InitiativeStatus,
    LevelOverride,
    Move,
    Risk,
    RiskStatus,
)
from crm_workshop.storage import repository
from crm_workshop.storage import roadmap_plan_repo as plan_repo
from crm_workshop.storage import roadmap_repo as repo
from crm_workshop.storage.database import open_workshop_file
from crm_workshop.storage.errors import CorruptWorkshop
from crm_workshop.storage.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    apply_migrations,
    expected_schema,
)

NEW_TABLES = ("level_overrides", "target_dates", "hint_decisions", "focus_areas")


def user_version(path: Path) -> int:
    return struct.unpack(">I", path.read_bytes()[60:64])[0]


def initiative(**changes: object) -> Initiative:
    values: dict[str, object] = {
        "id": None,
        "title": "Złoty rekord klienta",
        "description": "Łączenie kart: sklep, e-sklep, program lojalnościowy",
        "department": "it",
        "starts_on": "2027-04",
        "ends_on": "2028-03",
        "budget": 950_000.0,
        "expected_roi": "Pomiar churnu po raz pierwszy",
        "kpis": "Udział dubli\nJeden ID",
        "urgency": 5,
        "feasibility": 3,
        "status": InitiativeStatus.PLANNED,
        "strategic": True,
        "moves": (Move("3.2", 2, 4), Move("3.1", 1, 3)),
    }
    values.update(changes)
    return Initiative(**values)  # type: ignore[arg-type]


def test_schema_v4_adds_the_roadmap_tables():
    assert SCHEMA_VERSION >= 4  # later versions add tables of their own
    v3, v4 = expected_schema(3), expected_schema(4)
    added = {name for kind, name in v4 if (kind, name) not in v3}
    assert added == {
        *NEW_TABLES,
        "sqlite_autoindex_level_overrides_1",
        "sqlite_autoindex_target_dates_1",
        "sqlite_autoindex_hint_decisions_1",
    }
    assert v4[("table", "level_overrides")] == ("question_id", "level", "reached_on")
    assert v4[("table", "focus_areas")] == (
        "id",
        "scope",
        "reason",
        "position",
        "created_at",
    )


def test_a_v3_file_is_backed_up_then_upgraded_to_v4(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "Bursztyn.crmw"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    apply_migrations(Database(conn, execute_plugins=False), up_to=3)
    conn.execute(
        "INSERT INTO goals (level, title) VALUES ('board', 'Satysfakcja klientów +15%')"
    )
    conn.commit()
    conn.close()
    assert user_version(path) == 3

    with open_workshop_file(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION  # v4, and any later version
        assert [g.title for g in repo.list_goals(ws)] == ["Satysfakcja klientów +15%"]
        assert plan_repo.set_target_date(ws, "data", "2028-03") is None

    backup = tmp_path / "Bursztyn.before-upgrade-v3.crmw"
    assert backup.exists() and user_version(backup) == 3
    check = sqlite3.connect(backup)
    tables = {r[0] for r in check.execute("SELECT name FROM sqlite_master")}
    check.close()
    assert not tables & set(NEW_TABLES)
    with open_workshop_file(path) as ws:  # the upgraded file passes the open checks
        assert plan_repo.target_dates(ws) == {"data": "2028-03"}
        names = {r[0] for r in ws.conn.execute("SELECT name FROM _sqlite_migrations")}
        assert "m004_roadmap" in names


def test_everything_written_reads_back_after_reopening(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        owner = repository.add_stakeholder(ws, "Łukasz Dąbrowski", department="it")
        board = repo.add_goal(
            ws, Goal(None, GoalLevel.BOARD, "Satysfakcja +15%", due_on="2027-12")
        )
        director = Goal(
            None,
            GoalLevel.DIRECTOR,
            "Jeden profil klienta",
            parent_id=board,
            owner_id=owner,
            department="it",
            kpi="Systemy w profilu",
            unit="szt.",
            baseline=3.0,
            target=10.0,
            due_on="2027-12",
            actions="Integracja POS\nReguły MDM",
            position=2,
        )
        director_id = repo.add_goal(ws, director)
        plan = initiative(owner_id=owner)
        plan_id = repo.add_initiative(ws, plan)
        risk = Risk(
            None,
            "Przeciążony zespół IT",
            ("integration", "2.3"),
            4,
            3,
            "Priorytety",
            owner,
        )
        risk_id = repo.add_risk(ws, risk)
        focus_id = repo.add_focus_area(ws, FocusArea(None, "data", "Trzy karty, ąę", 1))
        plan_repo.set_level_override(ws, LevelOverride("3.2", 4, "2027-11"))
        plan_repo.set_level_override(ws, LevelOverride("3.2", 5, None))
        plan_repo.set_target_date(ws, "people", "2027-10")
        plan_repo.decide_hint(ws, "big_step:3.2", HintDecision.DISMISSED)

    with open_workshop_file(workshop_path) as ws:
        goals = repo.list_goals(ws)
        assert [g.id for g in goals] == [board, director_id]
        assert goals[1] == replace(director, id=director_id)
        assert repo.list_initiatives(ws) == [replace(plan, id=plan_id)]
        assert repo.list_risks(ws) == [replace(risk, id=risk_id)]
        assert repo.list_focus_areas(ws) == [
            FocusArea(focus_id, "data", "Trzy karty, ąę", 1)
        ]
        assert plan_repo.list_level_overrides(ws) == [
            LevelOverride("3.2", 4, "2027-11"),
            LevelOverride("3.2", 5, None),
        ]
        assert plan_repo.target_dates(ws) == {"people": "2027-10"}
        assert plan_repo.hint_decisions(ws) == {"big_step:3.2": HintDecision.DISMISSED}
        # the file's own layout: moves are rows, months text, the scope a JSON list
        moves = ws.conn.execute(
            "SELECT question_id, from_level, to_level FROM initiative_questions "
            "WHERE initiative_id = ? ORDER BY question_id",
            (plan_id,),
        ).fetchall()
        assert moves == [("3.1", 1, 3), ("3.2", 2, 4)]
        assert ws.conn.execute(
            "SELECT starts_on, ends_on FROM initiatives"
        ).fetchone() == (
            "2027-04",
            "2028-03",
        )
        assert ws.conn.execute("SELECT scope FROM risks").fetchone() == (
            '["integration", "2.3"]',
        )
        # people owning goals, initiatives and risks are in use
        assert repository.stakeholder_uses(ws, owner) == {
            "goals": 1,
            "initiatives": 1,
            "risks": 1,
        }


def test_updates_return_the_previous_version(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        goal_id = repo.add_goal(ws, Goal(None, GoalLevel.OBJECTIVE, "NPS", target=45.0))
        plan_id = repo.add_initiative(ws, initiative())
        risk_id = repo.add_risk(ws, Risk(None, "RODO", ("3.4",), 3, 5))
        focus_id = repo.add_focus_area(ws, FocusArea(None, "5.2", "Raport"))
        before = (
            repo.list_goals(ws),
            repo.list_initiatives(ws),
            repo.list_risks(ws),
            repo.list_focus_areas(ws),
        )
        assert (
            repo.update_goal(ws, Goal(goal_id, GoalLevel.OBJECTIVE, "NPS", target=50.0))
            == before[0][0]
        )
        changed = initiative(id=plan_id, moves=(Move("2.3", 2, 3),), strategic=False)
        assert repo.update_initiative(ws, changed) == before[1][0]
        assert (
            repo.update_risk(
                ws, Risk(risk_id, "RODO", ("data",), 2, 5, status=RiskStatus.MITIGATED)
            )
            == before[2][0]
        )
        assert (
            repo.update_focus_area(ws, FocusArea(focus_id, "value", "Inny"))
            == before[3][0]
        )
        assert (
            plan_repo.set_level_override(ws, LevelOverride("1.1", 3, "2027-01")) is None
        )
        assert plan_repo.set_level_override(
            ws, LevelOverride("1.1", 3, "2027-05")
        ) == LevelOverride("1.1", 3, "2027-01")
        assert plan_repo.set_target_date(ws, "data", "2028-01") is None
        assert plan_repo.set_target_date(ws, "data", None) == "2028-01"
        assert plan_repo.decide_hint(ws, "k", HintDecision.CONFIRMED) is None
        assert plan_repo.decide_hint(ws, "k", None) is HintDecision.CONFIRMED
        assert plan_repo.clear_level_override(ws, "1.1", 3) == LevelOverride(
            "1.1", 3, "2027-05"
        )
    with open_workshop_file(workshop_path) as ws:
        assert repo.list_goals(ws)[0].target == 50.0
        assert repo.list_initiatives(ws) == [changed]
        assert repo.list_risks(ws)[0].status is RiskStatus.MITIGATED
        assert repo.list_focus_areas(ws) == [FocusArea(focus_id, "value", "Inny")]
        assert plan_repo.list_level_overrides(ws) == []
        assert plan_repo.target_dates(ws) == {} and plan_repo.hint_decisions(ws) == {}


def test_remove_then_restore_gives_identical_rows_and_ids(workshop_path):
    with open_workshop_file(workshop_path) as ws:
        board = repo.add_goal(ws, Goal(None, GoalLevel.BOARD, "Zarząd"))
        other = repo.add_goal(ws, Goal(None, GoalLevel.BOARD, "Drugi cel", position=1))
        for position, title in enumerate(("Marketing", "Sprzedaż")):
            repo.add_goal(
                ws,
                Goal(
                    None, GoalLevel.DIRECTOR, title, parent_id=board, position=position
                ),
            )
        repo.add_goal(ws, Goal(None, GoalLevel.DIRECTOR, "IT", parent_id=other))
        first = repo.add_initiative(ws, initiative())
        repo.add_initiative(ws, initiative(title="Drugi", starts_on="2026-11"))
        risk = repo.add_risk(ws, Risk(None, "Budżet", ("integration",), 3, 4))
        focus = repo.add_focus_area(ws, FocusArea(None, "data", "Dlaczego"))
        goals = repo.list_goals(ws)
        initiatives = repo.list_initiatives(ws)
        risks = repo.list_risks(ws)
        focus_areas = repo.list_focus_areas(ws)

        removed = repo.remove_goal(ws, board)
        assert [g.title for g in removed] == ["Zarząd", "Marketing", "Sprzedaż"]
        assert [g.title for g in repo.list_goals(ws)] == ["Drugi cel", "IT"]
        removed_plan = repo.remove_initiative(ws, first)
        assert removed_plan.moves and [i.title for i in repo.list_initiatives(ws)] == [
            "Drugi"
        ]
        assert ws.conn.execute(
            "SELECT count(*) FROM initiative_questions WHERE initiative_id = ?",
            (first,),
        ).fetchone() == (0,)
        removed_risk = repo.remove_risk(ws, risk)
        removed_focus = repo.remove_focus_area(ws, focus)

        repo.restore_goals(ws, list(reversed(removed)))  # any order: parents go first
        repo.restore_initiative(ws, removed_plan)
        repo.restore_risk(ws, removed_risk)
        repo.restore_focus_area(ws, removed_focus)
    with open_workshop_file(workshop_path) as ws:
        assert repo.list_goals(ws) == goals
        assert repo.list_initiatives(ws) == initiatives
        assert repo.list_risks(ws) == risks
        assert repo.list_focus_areas(ws) == focus_areas


def test_a_failed_write_leaves_nothing_behind(workshop_path):
    twice = initiative(moves=(Move("3.2", 2, 3), Move("3.2", 3, 4)))
    with open_workshop_file(workshop_path) as ws:
        with pytest.raises(sqlite3.IntegrityError):
            repo.add_initiative(ws, twice)
        assert repo.list_initiatives(ws) == []
        assert plan_repo.roadmap_counts(ws)["initiative_questions"] == 0


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO target_dates VALUES ('data', '2027-3')",
        "INSERT INTO target_dates VALUES ('data', 'marzec')",
        "INSERT INTO level_overrides VALUES ('1.1', 6, '2027-03')",
        "INSERT INTO level_overrides VALUES ('1.1', 3, '03-2027')",
        "INSERT INTO hint_decisions VALUES ('k', 'maybe', '2026-10-01')",
    ],
)
def test_the_file_refuses_bad_values_itself(workshop_path, statement):
    with open_workshop_file(workshop_path) as ws, pytest.raises(sqlite3.IntegrityError):
        ws.conn.execute(statement)


@pytest.mark.parametrize(
    "change",
    [
        "from_level = NULL",
        "to_level = NULL",
        "from_level = NULL, to_level = NULL",
    ],
)
def test_a_move_without_its_levels_is_a_damaged_file_not_a_crash(workshop_path, change):
    """The schema lets a level be NULL: a crafted or damaged file may hold one."""
    with open_workshop_file(workshop_path) as ws:
        damaged = repo.add_initiative(ws, initiative())
        intact = repo.add_initiative(ws, initiative(title="Zgody", moves=()))
    with sqlite3.connect(workshop_path) as conn:
        conn.execute(
            f"UPDATE initiative_questions SET {change} WHERE question_id = '3.1'"
        )
    conn.close()
    with open_workshop_file(workshop_path) as ws:
        with pytest.raises(CorruptWorkshop, match="question levels of an initiative"):
            repo.list_initiatives(ws)
        with pytest.raises(CorruptWorkshop, match="question levels of an initiative"):
            repo.get_initiative(ws, damaged)
        assert repo.get_initiative(ws, intact).title == "Zgody"
