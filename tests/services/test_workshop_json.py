"""A whole workshop to JSON and back (services/workshop_json.py).

Same content, same document: export -> import -> export gives the same document apart
from the export time, for the demo and for random workshops built through the
session's verbs. A refused import leaves no file.
"""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_workshop.catalog import default_model
from crm_workshop.domain.assessment import Answer, Consensus, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement, Followup, Session
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
from crm_workshop.services.demo import create_demo
from crm_workshop.services.errors import WorkshopExists
from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.services.workshop_json import (
    CURRENT_SCHEMA,
    NewerDocument,
    WorkshopJsonError,
    export_workshop_json,
    import_workshop_json,
)
from crm_workshop.storage.transfer import table_specs
from tests.fuzz.strategies import hostile_text

MODEL = default_model()
QUESTIONS = [q.id for q in MODEL.questions()]
AREAS = [a.id for a in MODEL.areas]
FIXED = datetime(2026, 11, 24, 9, 40, tzinfo=UTC)


def without_time(path: Path) -> list[str]:
    return [
        line
        for line in path.read_text("utf-8").splitlines()
        if '"exported_at"' not in line
    ]


def export(path: Path, target: Path) -> None:
    with WorkshopSession.open(path, read_only=True) as session:
        export_workshop_json(session, target)


def round_trip(workshop: Path, folder: Path) -> tuple[Path, Path, Path]:
    first, copy, second = folder / "a.json", folder / "copy.crmw", folder / "b.json"
    export(workshop, first)
    import_workshop_json(first, copy)
    export(copy, second)
    return first, copy, second


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.crmw"
    with create_demo(path) as session:
        session.set_question_override("1.1", title={"pl": "Zespół „CRM”"}, hidden=True)
        photo = path.with_name("tablica.jpg")
        photo.write_bytes(b"\xff\xd8\xff\x00" + bytes(range(256)))
        session.attach_evidence(photo, question_id="3.2")
        session.set_logo(b"\x89PNG\r\n\x1a\n\x00\x01", "image/png")
    return path


@pytest.fixture
def demo_json(demo, tmp_path) -> dict:
    target = tmp_path / "demo.json"
    export(demo, target)
    return json.loads(target.read_text("utf-8"))


def write_json(raw: dict, path: Path) -> Path:
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


# -- round trips -------------------------------------------------------------------------
def test_the_demo_round_trips_to_the_same_document(demo, tmp_path):
    first, copy, second = round_trip(demo, tmp_path)
    assert without_time(first) == without_time(second)
    assert first.read_bytes() != second.read_bytes()  # only the time differs
    with (
        WorkshopSession.open(demo, read_only=True) as old,
        WorkshopSession.open(copy) as new,
    ):
        baseline = old.rounds()[-1].id
        assert new.assessment(baseline) == old.assessment(baseline)
        assert new.logo() == old.logo()
        (evidence,) = new.evidence()
        assert new.evidence_content(evidence.id) == old.evidence_content(evidence.id)
        assert new.hidden_questions() == {"1.1"}
        assert new.effective_model() == old.effective_model()
        assert new.check() == []


def test_the_document_has_every_table_and_the_envelope(demo, demo_json):
    with WorkshopSession.open(demo, read_only=True) as session:
        answers = session.counts()["ratings"]
    assert demo_json["format"] == "crm-workshop"
    assert demo_json["schema_version"] == CURRENT_SCHEMA
    assert list(demo_json["tables"]) == [s.name for s in table_specs()]
    assert len(demo_json["tables"]["ratings"]) == answers
    (logo_row,) = demo_json["tables"]["engagement"]
    assert logo_row["logo"]["size"] == 10
    assert set(logo_row["logo"]) == {"base64", "size", "sha256"}


def test_the_export_time_is_utc(demo, tmp_path):
    with WorkshopSession.open(demo, read_only=True) as session:
        export_workshop_json(session, tmp_path / "x.json", clock=lambda: FIXED)
    raw = json.loads((tmp_path / "x.json").read_text("utf-8"))
    assert raw["exported_at"] == "2026-11-24T09:40:00.000+00:00"


def test_an_existing_file_is_replaced_only_when_asked(demo, tmp_path):
    target = tmp_path / "x.json"
    target.write_text("mine")
    with WorkshopSession.open(demo, read_only=True) as session:
        with pytest.raises(WorkshopExists):
            export_workshop_json(session, target)
        assert target.read_text() == "mine"
        result = export_workshop_json(session, target, replace=True)
    assert result.size == target.stat().st_size
    assert json.loads(target.read_text("utf-8"))["format"] == "crm-workshop"
    assert leftovers(tmp_path) == []


def test_a_document_of_an_older_schema_is_upgraded(demo_json, tmp_path):
    version_1 = {s.name for s in table_specs(1)}
    demo_json["schema_version"] = 1
    demo_json["tables"] = {
        k: v for k, v in demo_json["tables"].items() if k in version_1
    }
    target = tmp_path / "old.crmw"
    result = import_workshop_json(write_json(demo_json, tmp_path / "v1.json"), target)
    assert result.schema_version == 1
    assert set(result.rows) == version_1
    with WorkshopSession.open(target) as session:
        assert session.counts()["ratings"] == len(demo_json["tables"]["ratings"])
        assert session.evidence() == [] and session.hidden_questions() == frozenset()
    raw = json.loads(_exported(target, tmp_path).read_text("utf-8"))
    assert raw["schema_version"] == CURRENT_SCHEMA


def _exported(workshop: Path, folder: Path) -> Path:
    target = folder / "again.json"
    export(workshop, target)
    return target


def test_the_check_findings_of_the_new_workshop_are_reported(demo_json, tmp_path):
    demo_json["tables"]["engagement"][0]["client_name"] = " "
    result = import_workshop_json(
        write_json(demo_json, tmp_path / "x.json"), tmp_path / "x.crmw"
    )
    assert result.problems == ["the engagement has no client name"]
    assert (tmp_path / "x.crmw").exists()


# -- all or nothing ------------------------------------------------------------------------
def refused(raw: dict, folder: Path) -> list[str]:
    source = write_json(raw, folder / "in.json")
    target = folder / "new.crmw"
    with pytest.raises(WorkshopJsonError) as caught:
        import_workshop_json(source, target)
    assert not target.exists()
    assert leftovers(folder) == []
    return [p.format() for p in caught.value.problems]


def test_a_row_the_file_refuses_leaves_no_file(demo_json, tmp_path):
    people = demo_json["tables"]["stakeholders"]
    people.append({**people[0], "id": 99})  # the same name twice
    assert refused(demo_json, tmp_path) == [
        f"stakeholders row {len(people)}: refused by the workshop file's rules "
        "(UNIQUE constraint failed: stakeholders.name)"
    ]


def test_a_reference_to_a_missing_row_leaves_no_file(demo_json, tmp_path):
    demo_json["tables"]["ratings"][0]["round_id"] = 77
    (problem,) = refused(demo_json, tmp_path)
    assert problem.startswith("ratings row 1: refused")
    assert "rounds row that is missing" in problem


def test_a_model_snapshot_that_is_no_model_leaves_no_file(demo_json, tmp_path):
    demo_json["tables"]["model_snapshot"][0]["definition"] = '{"id": "x"}'
    assert refused(demo_json, tmp_path) == [
        "the workshop cannot be used: the stored maturity model is damaged"
    ]


def test_a_damaged_stored_list_leaves_no_file(demo_json, tmp_path):
    demo_json["tables"]["sessions"][0]["areas"] = "[not json"
    (problem,) = refused(demo_json, tmp_path)
    assert problem.startswith("the workshop cannot be used:")


def test_a_value_the_apps_readers_cannot_take_leaves_no_file(demo_json, tmp_path):
    # the file allows a null level in a move; the roadmap cannot read one
    demo_json["tables"]["initiative_questions"][0]["from_level"] = None
    assert refused(demo_json, tmp_path) == [
        "the workshop cannot be used: "
        "the stored question levels of an initiative are damaged"
    ]


def test_a_workshop_without_its_engagement_leaves_no_file(demo_json, tmp_path):
    demo_json["tables"]["engagement"] = []
    assert refused(demo_json, tmp_path) == [
        "engagement: a workshop has exactly one row here"
    ]


def test_a_damaged_file_content_leaves_no_file(demo_json, tmp_path):
    (row,) = demo_json["tables"]["evidence"]
    row["content"]["sha256"] = "0" * 64
    assert refused(demo_json, tmp_path) == [
        "evidence row 1 > content: the content does not match its SHA-256: it is "
        "damaged"
    ]


def test_a_document_that_is_not_json_leaves_no_file(tmp_path):
    source = tmp_path / "notes.json"
    source.write_text("Dear client,", encoding="utf-8")
    with pytest.raises(WorkshopJsonError) as caught:
        import_workshop_json(source, tmp_path / "x.crmw")
    assert "not valid JSON" in caught.value.problems[0].message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


def test_a_newer_document_is_refused(demo_json, tmp_path):
    demo_json["schema_version"] = CURRENT_SCHEMA + 1
    with pytest.raises(NewerDocument):
        import_workshop_json(
            write_json(demo_json, tmp_path / "x.json"), tmp_path / "x.crmw"
        )
    assert not (tmp_path / "x.crmw").exists()


def test_an_existing_workshop_is_never_overwritten(demo, demo_json, tmp_path):
    target = tmp_path / "there.crmw"
    target.write_bytes(b"keep")
    with pytest.raises(WorkshopExists):
        import_workshop_json(write_json(demo_json, tmp_path / "x.json"), target)
    assert target.read_bytes() == b"keep"


def test_a_missing_document(tmp_path):
    with pytest.raises(WorkshopJsonError) as caught:
        import_workshop_json(tmp_path / "nope.json", tmp_path / "x.crmw")
    assert caught.value.problems[0].message == "no such file"


# -- random workshops, built through the session's verbs ------------------------------------
text = hostile_text(5).map(lambda t: t.replace("\x00", ""))
name = text.map(str.strip).filter(bool)
level = st.integers(1, 5)
month = st.builds(
    lambda y, m: f"{y}-{m:02d}", st.integers(2020, 2035), st.integers(1, 12)
)
day = st.dates().map(lambda d: d.isoformat())
number = st.none() | st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def workshops(draw: st.DrawFn) -> dict:
    people = draw(st.lists(name, min_size=1, max_size=5, unique=True))
    return {
        "engagement": Engagement(
            client_name=draw(text),
            consultant=draw(text),
            starts_on=draw(st.none() | day),
            languages=tuple(
                draw(
                    st.lists(
                        st.sampled_from(["en", "pl"]),
                        min_size=1,
                        max_size=2,
                        unique=True,
                    )
                )
            ),
            vision=draw(text),
        ),
        "people": [
            (
                p,
                draw(text),
                draw(st.sampled_from(["it", "sales", "", "x"])),
                draw(st.booleans()),
            )
            for p in people
        ],
        "rounds": draw(st.lists(name, min_size=1, max_size=2, unique=True)),
        "ratings": draw(
            st.lists(
                st.tuples(
                    st.integers(0, 1),
                    st.integers(0, len(people) - 1),
                    st.sampled_from(QUESTIONS),
                    st.sampled_from(list(Answer)),
                    level,
                    st.none() | level,
                    text,
                ),
                max_size=25,
            )
        ),
        "consensus": draw(
            st.lists(
                st.tuples(
                    st.sampled_from(QUESTIONS),
                    st.none() | level,
                    st.none() | level,
                    text,
                ),
                max_size=4,
            )
        ),
        "followups": draw(
            st.lists(
                st.tuples(
                    st.sampled_from(QUESTIONS), st.none() | day, text, st.booleans()
                ),
                max_size=3,
            )
        ),
        "overrides": draw(
            st.lists(
                st.tuples(st.sampled_from(QUESTIONS), st.booleans(), text, text),
                max_size=3,
            )
        ),
        "evidence": draw(
            st.lists(
                st.tuples(
                    name,
                    st.binary(max_size=200),
                    st.none() | st.sampled_from(QUESTIONS),
                ),
                max_size=2,
            )
        ),
        "logo": draw(st.none() | st.binary(min_size=1, max_size=200)),
        "sessions": draw(
            st.lists(
                st.tuples(
                    day, name, st.lists(st.sampled_from(AREAS), unique=True), text
                ),
                max_size=2,
            )
        ),
        "goals": draw(
            st.lists(st.tuples(name, number, number, st.none() | month), max_size=3)
        ),
        "initiatives": draw(
            st.lists(
                st.tuples(
                    name,
                    number.filter(lambda b: b is None or b >= 0),
                    st.sampled_from(list(InitiativeStatus)),
                    st.lists(st.sampled_from(QUESTIONS), unique=True, max_size=3),
                ),
                max_size=3,
            )
        ),
        "risks": draw(
            st.lists(
                st.tuples(name, st.none() | level, st.sampled_from(list(RiskStatus))),
                max_size=2,
            )
        ),
        "focus": draw(
            st.lists(st.tuples(st.sampled_from(AREAS + QUESTIONS), text), max_size=2)
        ),
        "plan": draw(
            st.lists(
                st.tuples(
                    st.sampled_from(QUESTIONS), st.integers(2, 5), st.none() | month
                ),
                max_size=3,
            )
        ),
        "targets": draw(st.dictionaries(st.sampled_from(AREAS), month, max_size=2)),
        "hints": draw(
            st.dictionaries(name, st.sampled_from(list(HintDecision)), max_size=2)
        ),
    }


def build(path: Path, recipe: dict) -> None:
    with (
        WorkshopSession.create(path, recipe["engagement"], MODEL) as session,
        session.transaction(),  # one durable write instead of a hundred
    ):
        ids = []
        for person, role, department, active in recipe["people"]:
            sid = session.add_stakeholder(person, role, department)
            ids.append(sid)
            if not active:
                (added,) = [s for s in session.stakeholders() if s.id == sid]
                session.update_stakeholder(
                    added.__class__(**{**added.__dict__, "active": False})
                )
        rounds = [
            session.add_round(
                r,
                RoundKind.BASELINE if n == 0 else RoundKind.REASSESSMENT,
                "2026-10-05",
            )
            for n, r in enumerate(recipe["rounds"])
        ]
        for r, who, qid, answer, current, target, comment in recipe["ratings"]:
            session.rate(
                rounds[min(r, len(rounds) - 1)],
                Rating(
                    ids[who],
                    qid,
                    answer,
                    current if answer is Answer.LEVEL else None,
                    target,
                    comment,
                ),
            )
        for qid, current, target, note in recipe["consensus"]:
            session.set_consensus(rounds[0], Consensus(qid, current, target, note))
        for qid, due, note, done in recipe["followups"]:
            session.set_followup(rounds[-1], Followup(qid, ids[0], due, note, done))
        for qid, hidden, title, prompt in recipe["overrides"]:
            session.set_question_override(
                qid, hidden=hidden, title={"pl": title}, prompt={"en": prompt}
            )
        for n, (filename, content, qid) in enumerate(recipe["evidence"]):
            file = path.with_name(f"evidence-{n}.bin")
            file.write_bytes(content)
            evidence_id = session.attach_evidence(file, question_id=qid)
            assert session.evidence_content(evidence_id) == content
            del filename
        if recipe["logo"] is not None:
            session.set_logo(recipe["logo"], "image/png")
        for held_on, title, areas, notes in recipe["sessions"]:
            session.add_session(
                Session(0, held_on, title, tuple(areas), tuple(ids[:2]), notes=notes)
            )
        roadmap = session.roadmap
        board = None
        for title, baseline, target, due in recipe["goals"]:
            goal_id = roadmap.add_goal(
                Goal(
                    None,
                    GoalLevel.OBJECTIVE,
                    title,
                    baseline=baseline,
                    target=target,
                    due_on=due,
                )
            )
            board = board or roadmap.add_goal(Goal(None, GoalLevel.BOARD, title))
            roadmap.add_goal(
                Goal(None, GoalLevel.DIRECTOR, title, parent_id=board, owner_id=ids[0])
            )
            del goal_id
        for title, budget, status, questions in recipe["initiatives"]:
            roadmap.add_initiative(
                Initiative(
                    None,
                    title,
                    budget=budget,
                    status=status,
                    owner_id=ids[-1],
                    starts_on="2027-01",
                    ends_on="2027-06",
                    moves=tuple(Move(q, 1, 3) for q in questions),
                )
            )
        for description, likelihood, status in recipe["risks"]:
            roadmap.add_risk(
                Risk(None, description, ("data",), likelihood, 3, status=status)
            )
        for scope, reason in recipe["focus"]:
            roadmap.add_focus_area(FocusArea(None, scope, reason))
        for qid, lvl, reached in recipe["plan"]:
            roadmap.set_level_override(LevelOverride(qid, lvl, reached))
        for scope, due in recipe["targets"].items():
            roadmap.set_target_date(scope, due)
        for key, decision in recipe["hints"].items():
            roadmap.decide_hint(key, decision)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(workshops())
def test_random_workshops_round_trip_to_the_same_document(recipe):
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        workshop = folder / "random.crmw"
        build(workshop, recipe)
        first, copy, second = round_trip(workshop, folder)
        assert without_time(first) == without_time(second)
        with WorkshopSession.open(copy, read_only=True) as session:
            assert session.engagement == recipe["engagement"]


# -- hostile documents: refused with problems, or a workshop that opens; never a crash ----
@pytest.fixture(scope="module")
def small_json(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("small")
    with WorkshopSession.create(folder / "s.crmw", Engagement("Żółw"), MODEL) as s:
        sid = s.add_stakeholder("Ewa Mazur", "Radca prawny", "legal")
        round_id = s.add_round("Baseline", RoundKind.BASELINE, "2026-10-05")
        s.rate(round_id, Rating(sid, "3.4", Answer.LEVEL, 2, 4, "zgody"))
        s.set_consensus(round_id, Consensus("3.4", 2, 3, "ok"))
        s.add_session(Session(0, "2026-10-05", "Kick-off", ("data",), (sid,)))
        s.set_question_override("1.1", hidden=True, title={"pl": "Zespół"})
        s.roadmap.add_goal(Goal(None, GoalLevel.OBJECTIVE, "Churn", baseline=1.5))
        export_workshop_json(s, folder / "s.json")
    return (folder / "s.json").read_bytes()


def _import_or_refuse(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        source, target = folder / "in.json", folder / "out.crmw"
        source.write_bytes(data)
        try:
            import_workshop_json(source, target)
        except WorkshopJsonError as exc:
            assert exc.problems and all(p.format() for p in exc.problems)
            assert sorted(p.name for p in folder.iterdir()) == ["in.json"]
        else:
            with WorkshopSession.open(target, read_only=True) as session:
                session.effective_model()


hostile_value = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**64), 2**64),
    st.floats(allow_nan=False, allow_infinity=False),
    hostile_text(4),
    st.sampled_from(["[not json", "{}", "[]", '["x"]', "2026-13", "", " "]),
    st.lists(st.integers(), max_size=2),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_changed_value_is_imported_or_refused_never_a_crash(small_json, data):
    raw = json.loads(small_json)
    tables = [name for name, rows in raw["tables"].items() if rows]
    table = data.draw(st.sampled_from(tables))
    rows = raw["tables"][table]
    row = rows[data.draw(st.integers(0, len(rows) - 1))]
    column = data.draw(st.sampled_from(sorted(row)))
    row[column] = data.draw(hostile_value)
    _import_or_refuse(json.dumps(raw, ensure_ascii=data.draw(st.booleans())).encode())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_bytes_are_imported_or_refused_never_a_crash(small_json, data):
    from tests.fuzz.strategies import mutated_bytes

    _import_or_refuse(data.draw(mutated_bytes(small_json)))
