"""Merging a co-facilitator's copy, on real files: two copies of the demo workshop in
which different sessions were captured, merged, reopened from disk, undone and redone."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import Answer, Consensus, Rating
from crm_workshop.domain.engagement import Engagement, Followup, Session
from crm_workshop.domain.merge import Kind, NoteKind, Side
from crm_workshop.services.demo import create_demo
from crm_workshop.services.errors import (
    CorruptWorkshop,
    ForeignDatabase,
    NewerWorkshop,
    NotAWorkshop,
    WorkshopLocked,
    WorkshopNotFound,
    WriteFailed,
)
from crm_workshop.services.merge import (
    DifferentModel,
    apply_merge,
    prepare_merge,
    read_content,
    redo_merge,
    undo_merge,
)
from crm_workshop.services.progress import FollowUp
from crm_workshop.services.workshop import WorkshopSession
from crm_workshop.storage.schema import APPLICATION_ID
from tests.factories import small_model

LONG = "Długi komentarz 🙂 " * 555  # 10,000+ characters with emoji
PHOTO = b"\x89PNG whiteboard of the sales session"


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.crmw"
    create_demo(path).close()
    return path


def _missing_pair(session: WorkshopSession, round_id: int) -> tuple[int, str]:
    """A stakeholder and a question the demo has no answer for."""
    answered = {(r.stakeholder_id, r.question_id) for r in session.ratings(round_id)}
    for person in session.stakeholders():
        for question in session.model.questions():
            if (person.id, question.id) not in answered:
                return person.id, question.id
    raise AssertionError("the demo answers everything")


def _person(session: WorkshopSession, name: str) -> int:
    return next(p.id for p in session.stakeholders() if p.name == name)


@pytest.fixture
def copies(prepared, tmp_path) -> tuple[Path, Path]:
    """This workshop and the co-facilitator's copy, fresh for each test."""
    for path in prepared:
        shutil.copy(path, tmp_path / path.name)
    return tmp_path / prepared[0].name, tmp_path / prepared[1].name


@pytest.fixture(scope="module")
def prepared(demo_template, tmp_path_factory) -> tuple[Path, Path]:
    """This workshop and the co-facilitator's copy, each with its own session."""
    folder = tmp_path_factory.mktemp("copies")
    mine, theirs = folder / "Bursztyn.crmw", folder / "Bursztyn – Ania.crmw"
    shutil.copy(demo_template, mine)
    shutil.copy(demo_template, theirs)
    photo = folder / "tablica.png"
    photo.write_bytes(PHOTO)
    with WorkshopSession.open(theirs) as other:
        round_id = other.round_named("Baseline").id
        zofia = other.add_stakeholder("Zofia Wróbel", "Kierownik sklepu", "sales")
        ewa = _person(other, "Ewa Mazur")
        other.add_session(
            Session(0, "2026-10-28", "Sprzedaż – dogrywka", ("value",), (zofia, ewa))
        )
        sid, qid = _missing_pair(other, round_id)
        other.set_ratings(
            round_id,
            [
                Rating(zofia, "5.1", Answer.LEVEL, 2, 4, "z notatek 👍"),
                Rating(sid, qid, Answer.DONT_KNOW, None, 3),
                Rating(ewa, "5.2", Answer.LEVEL, 3, 4, LONG),
            ],
        )
        tomasz = _person(other, "Tomasz Kowalczyk")
        old = next(
            r
            for r in other.question_ratings(round_id, "1.1")
            if r.stakeholder_id == tomasz
        )
        other.rate(round_id, replace(old, current=4, comment="po dyskusji"))
        other.set_consensus(round_id, Consensus("5.5", 2, 3, "ustalone po przerwie"))
        other.set_followup(round_id, Followup("3.3", zofia, "2026-11-15", "sprawdzić"))
        other.attach_evidence(photo, question_id="5.1", note="tablica")
        other.set_question_override("1.1", title={"pl": "Zespół CRM i właściciel"})
    with WorkshopSession.open(mine) as session:
        round_id = session.round_named("Baseline").id
        session.add_session(
            Session(0, "2026-10-27", "Obsługa klienta", ("experience",))
        )
        tomasz = _person(session, "Tomasz Kowalczyk")
        old = next(
            r
            for r in session.question_ratings(round_id, "1.1")
            if r.stakeholder_id == tomasz
        )
        session.rate(round_id, replace(old, current=1, comment="nasze"))
        ewa = next(p for p in session.stakeholders() if p.name == "Ewa Mazur")
        session.update_stakeholder(replace(ewa, active=False))
        session.attach_evidence(photo, question_id="5.1")  # both attached the photo
    return mine, theirs


def snapshot(path: Path) -> tuple:
    """Everything a merge may touch, read from disk."""
    with WorkshopSession.open(path, read_only=True) as session:
        content = read_content(session)
        return (
            content,
            tuple(tuple(session.progress.carried(c.round.id)) for c in content.rounds),
            tuple(session.evidence()),
            session.engagement,
            session.counts(),
        )


def test_merging_two_demo_copies_brings_in_their_session_and_lists_conflicts(copies):
    mine, theirs = copies
    before, other_before = snapshot(mine), snapshot(theirs)
    with WorkshopSession.open(mine) as session:
        preview = prepare_merge(session, theirs)
        plan = preview.plan
        added = plan.added()
        assert [p.name for p in plan.new_stakeholders] == ["Zofia Wróbel"]
        assert [s.title for s in plan.new_sessions] == ["Sprzedaż – dogrywka"]
        assert added[Kind.RATING] == 3
        assert added[Kind.CONSENSUS] == 1 and added[Kind.FOLLOWUP] == 1
        assert added[Kind.WORDING] == 1
        assert Kind.EVIDENCE not in added  # the same photo: one file
        assert plan.identical[Kind.EVIDENCE] == 1
        assert plan.identical[Kind.RATING] == before[4]["ratings"] - 1  # all but 1.1
        (conflict,) = plan.conflicts
        assert (conflict.kind, conflict.question_id) == (Kind.RATING, "1.1")
        assert (conflict.mine.current, conflict.theirs.current) == (1, 4)
        notes = {n.kind: n for n in plan.notes}
        assert notes[NoteKind.DEACTIVATED_HERE].name == "Ewa Mazur"
        assert NoteKind.ROADMAP_NOT_MERGED in notes
        result = apply_merge(session, preview)
        assert result.backup == mine.with_name("Bursztyn.before-merge.crmw")
        assert (result.taken, result.kept) == (0, 1)

    content, _, evidence, engagement, counts = snapshot(mine)  # reopened from disk
    _, _, old_evidence, old_engagement, old_counts = before
    assert counts["ratings"] == old_counts["ratings"] + 3
    assert counts["sessions"] == old_counts["sessions"] + 1
    assert engagement == old_engagement
    assert len(evidence) == len(old_evidence) == 1
    people = {p.name: p for p in content.stakeholders}
    assert not people["Ewa Mazur"].active
    (baseline,) = [c for c in content.rounds if c.round.name == "Baseline"]
    ratings = {(r.stakeholder_id, r.question_id): r for r in baseline.ratings}
    assert ratings[(people["Ewa Mazur"].id, "5.2")].comment == LONG
    assert ratings[(people["Zofia Wróbel"].id, "5.1")].comment == "z notatek 👍"
    assert (
        ratings[(people["Tomasz Kowalczyk"].id, "1.1")].comment == "nasze"
    )  # mine kept
    (new_session,) = [s for s in content.sessions if s.title == "Sprzedaż – dogrywka"]
    assert set(new_session.attendees) == {
        people["Zofia Wróbel"].id,
        people["Ewa Mazur"].id,
    }
    followup = next(f for f in baseline.followups if f.question_id == "3.3")
    assert followup.owner_id == people["Zofia Wróbel"].id
    assert snapshot(mine.with_name("Bursztyn.before-merge.crmw")) == before
    assert snapshot(theirs) == other_before  # the other copy is only read


def test_prefer_theirs_takes_their_values_and_a_second_merge_adds_nothing(copies):
    mine, theirs = copies
    with WorkshopSession.open(mine) as session:
        result = apply_merge(
            session, prepare_merge(session, theirs), prefer=Side.THEIRS
        )
        assert result.taken == 1
    with WorkshopSession.open(mine) as session:
        again = prepare_merge(session, theirs)
        assert again.plan.is_empty
        tomasz = _person(session, "Tomasz Kowalczyk")
        (rating,) = [
            r
            for r in session.question_ratings(session.round_named("Baseline").id, "1.1")
            if r.stakeholder_id == tomasz
        ]
        assert (rating.current, rating.comment) == (4, "po dyskusji")
        assert apply_merge(session, again).backup is None  # nothing to write
    assert not mine.with_name("Bursztyn.before-merge-2.crmw").exists()


def test_undo_restores_exactly_the_state_before_and_redo_the_merge(copies):
    mine, theirs = copies
    before = snapshot(mine)
    with WorkshopSession.open(mine) as session:
        preview = prepare_merge(session, theirs)
        choices = {c.key: Side.THEIRS for c in preview.plan.conflicts}
        record = apply_merge(session, preview, choices).record
    merged = snapshot(mine)
    assert merged != before
    with WorkshopSession.open(mine) as session:
        undo_merge(session, record)
    assert snapshot(mine) == before
    with WorkshopSession.open(mine) as session:
        redo_merge(session, record)
    assert snapshot(mine) == merged


def test_a_round_only_in_the_other_copy_is_added_and_undone(copies):
    mine, theirs = copies
    with WorkshopSession.open(theirs) as other:
        from crm_workshop.domain.assessment import RoundKind

        round_id = other.add_round(
            "Re-assessment", RoundKind.REASSESSMENT, "2027-04-01"
        )
        person = other.stakeholders()[0].id
        other.rate(round_id, Rating(person, "2.1", Answer.LEVEL, 3, 4))
    before = snapshot(mine)
    with WorkshopSession.open(mine) as session:
        preview = prepare_merge(session, theirs)
        assert [r.name for r in preview.plan.new_rounds] == ["Re-assessment"]
        record = apply_merge(session, preview).record
        new_round = session.round_named("Re-assessment")
        assert len(session.ratings(new_round.id)) == 1
        undo_merge(session, record)
        assert "Re-assessment" not in [r.name for r in session.rounds()]
    assert snapshot(mine) == before


FOLLOW_UP_PEOPLE = ("Katarzyna Wiśniewska", "Tomasz Kowalczyk", "Piotr Zając")


def test_a_follow_up_round_merges_participants_and_undo_keeps_carried_marks(copies):
    mine, theirs = copies
    for path in copies:  # the follow-up round, started on both laptops
        with WorkshopSession.open(path) as session:
            session.progress.start_follow_up(
                FollowUp(
                    "Q1 2027",
                    "2027-01-21",
                    tuple(_person(session, name) for name in FOLLOW_UP_PEOPLE),
                    prefill_from=session.round_named("Baseline").id,
                )
            )
    with WorkshopSession.open(theirs) as other:
        round_id = other.round_named("Q1 2027").id
        zofia = _person(other, "Zofia Wróbel")
        other.progress.set_participants(
            round_id, [*other.progress.participants(round_id), zofia]
        )
        carried = next(  # an answer carried over here, changed there
            m for m in other.progress.carried(round_id) if m.stakeholder_id is not None
        )
        (old,) = [
            r
            for r in other.question_ratings(round_id, carried.question_id)
            if r.stakeholder_id == carried.stakeholder_id
        ]
        changed = replace(old, current=5 if old.current != 5 else 1, comment="nowe")
        other.rate(round_id, changed)
    before = snapshot(mine)
    with WorkshopSession.open(mine) as session:
        round_id = session.round_named("Q1 2027").id
        marks = session.progress.carried(round_id)
        participants = session.progress.participants(round_id)
        preview = prepare_merge(session, theirs)
        (conflict,) = [
            c
            for c in preview.plan.conflicts
            if (c.round_id, c.stakeholder_id, c.question_id)
            == (round_id, changed.stakeholder_id, changed.question_id)
        ]
        assert conflict.theirs == changed
        record = apply_merge(session, preview, prefer=Side.THEIRS).record
        people = session.progress.participants(round_id)
        assert _person(session, "Zofia Wróbel") in people
        key = (changed.stakeholder_id, changed.question_id)
        left = {
            (m.stakeholder_id, m.question_id)
            for m in session.progress.carried(round_id)
        }
        assert key in {(m.stakeholder_id, m.question_id) for m in marks}
        assert key not in left  # replaced by their answer: confirmed
        undo_merge(session, record)
        assert session.progress.carried(round_id) == marks
        assert session.progress.participants(round_id) == participants
    assert snapshot(mine) == before


def test_merging_a_file_into_itself_or_an_identical_copy_adds_nothing(copies, tmp_path):
    mine, _ = copies
    twin = tmp_path / "twin.crmw"
    shutil.copy(mine, twin)
    before = snapshot(mine)
    with WorkshopSession.open(mine) as session:
        itself = prepare_merge(session, mine)
        assert itself.same_file and itself.plan.is_empty
        assert apply_merge(session, itself).backup is None
        copy = prepare_merge(session, twin)
        assert not copy.same_file and copy.plan.is_empty
    assert snapshot(mine) == before
    assert not mine.with_name("Bursztyn.before-merge.crmw").exists()


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()


def _damaged(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("spoil", "error"),
    [
        (lambda p: p.unlink(), WorkshopNotFound),
        (lambda p: p.write_text("client;answer\n", encoding="utf-8"), NotAWorkshop),
        (lambda p: (p.unlink(), _foreign(p)), ForeignDatabase),
        (_newer, NewerWorkshop),
        (_damaged, CorruptWorkshop),
    ],
    ids=["missing", "text file", "foreign database", "newer version", "truncated"],
)
def test_a_bad_other_file_is_refused_and_nothing_is_written(copies, spoil, error):
    mine, theirs = copies
    spoil(theirs)
    before = snapshot(mine)
    with WorkshopSession.open(mine) as session, pytest.raises(error) as caught:
        prepare_merge(session, theirs)
    assert caught.value.path == theirs
    assert snapshot(mine) == before
    assert not mine.with_name("Bursztyn.before-merge.crmw").exists()


def test_a_copy_of_another_model_is_refused(copies, tmp_path):
    mine, _ = copies
    other = tmp_path / "small.crmw"
    WorkshopSession.create(other, Engagement(client_name="X"), small_model()).close()
    with WorkshopSession.open(mine) as session, pytest.raises(DifferentModel) as caught:
        prepare_merge(session, other)
    assert caught.value.theirs == ("small", "1")
    assert caught.value.mine[0] != "small"


def test_an_other_copy_locked_by_another_process_is_refused(copies):
    mine, theirs = copies
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys
                from crm_workshop.storage.database import open_workshop_file
                ws = open_workshop_file(__import__("pathlib").Path({str(theirs)!r}))
                print("locked", flush=True)
                sys.stdin.readline()
                ws.close()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with WorkshopSession.open(mine) as session, pytest.raises(WorkshopLocked):
            prepare_merge(session, theirs)
    finally:
        holder.communicate("\n", timeout=30)


def test_an_older_other_copy_is_read_through_an_upgraded_copy_and_left_alone(
    copies, tmp_path
):
    mine, theirs = copies
    from sqlite_utils import Database

    from crm_workshop.storage.schema import apply_migrations

    old = tmp_path / "stara kopia.crmw"
    source = sqlite3.connect(theirs)
    definition, model_id, version = source.execute(
        "SELECT definition, model_id, model_version FROM model_snapshot"
    ).fetchone()
    source.close()
    conn = sqlite3.connect(old)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.commit()
    apply_migrations(Database(conn, execute_plugins=False), up_to=4)
    stamp = "2026-10-21T10:00:00.000+00:00"
    conn.execute(
        "INSERT INTO engagement (id, client_name, created_at, updated_at) "
        "VALUES (1, 'Bursztyn', ?, ?)",
        (stamp, stamp),
    )
    conn.execute(
        "INSERT INTO model_snapshot VALUES (1, ?, ?, ?, 'demo', ?)",
        (model_id, version, definition, stamp),
    )
    conn.execute(
        "INSERT INTO stakeholders (id, name, created_at) VALUES (1, 'Halina Kos', ?)",
        (stamp,),
    )
    conn.execute(
        "INSERT INTO rounds (id, name, kind, held_on, created_at) "
        "VALUES (1, 'Baseline', 'baseline', '2026-10-21', ?)",
        (stamp,),
    )
    conn.execute(
        "INSERT INTO ratings VALUES (1, 1, '1.1', 'level', 2, 3, '', ?)", (stamp,)
    )
    conn.commit()
    conn.close()
    untouched = old.read_bytes()
    with WorkshopSession.open(mine) as session:
        plan = prepare_merge(session, old).plan
    assert [p.name for p in plan.new_stakeholders] == ["Halina Kos"]
    assert [r.value.question_id for r in plan.new_ratings] == ["1.1"]
    assert old.read_bytes() == untouched
    assert sorted(p.name for p in tmp_path.iterdir() if "stara" in p.name) == [
        "stara kopia.crmw"
    ]


def test_a_failed_write_leaves_the_workshop_as_it_was(copies, monkeypatch):
    mine, theirs = copies
    before = snapshot(mine)
    with WorkshopSession.open(mine) as session:
        preview = prepare_merge(session, theirs)

        def refuse(*_args, **_kwargs):
            raise WriteFailed(mine, "the disk is full")

        monkeypatch.setattr(session, "set_followup", refuse)  # late in the merge
        with pytest.raises(WriteFailed):
            apply_merge(session, preview)
    assert snapshot(mine) == before  # all or nothing
    backup = mine.with_name("Bursztyn.before-merge.crmw")
    assert snapshot(backup) == before  # and the copy made first is whole


def test_evidence_only_in_the_other_copy_arrives_with_its_session(copies, tmp_path):
    mine, theirs = copies
    scan = tmp_path / "skan umowy.pdf"
    scan.write_bytes(b"%PDF-1.4 agreement")
    with WorkshopSession.open(theirs) as other:
        session_id = next(
            s.id for s in other.sessions() if s.title.startswith("Sprzedaż")
        )
        other.attach_evidence(scan, session_id=session_id, note="umowa 📄")
    with WorkshopSession.open(mine) as session:
        apply_merge(session, prepare_merge(session, theirs))
        (item,) = [e for e in session.evidence() if e.filename == "skan umowy.pdf"]
        assert session.evidence_content(item.id) == scan.read_bytes()
        assert item.note == "umowa 📄" and item.mime_type == "application/pdf"
        titles = {s.id: s.title for s in session.sessions()}
        assert titles[item.session_id] == "Sprzedaż – dogrywka"


def test_a_namesake_with_another_email_becomes_a_second_person(copies):
    mine, theirs = copies
    with WorkshopSession.open(theirs) as other:
        piotr = next(p for p in other.stakeholders() if p.name == "Piotr Zając")
        other.update_stakeholder(replace(piotr, email="piotr.zajac@inna.example"))
    with WorkshopSession.open(mine) as session:
        preview = prepare_merge(session, theirs)
        names = [p.name for p in preview.plan.new_stakeholders]
        assert names == ["Piotr Zając (piotr.zajac@inna.example)", "Zofia Wróbel"]
        apply_merge(session, preview)
        assert prepare_merge(session, theirs).plan.nothing_to_add
