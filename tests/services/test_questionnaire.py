"""Questionnaires: export for a stakeholder or blank, and the all-or-nothing import of
filled workbooks (round trip, problems by sheet and cell, foreign workbooks refused,
re-import idempotent, undo and redo)."""

from __future__ import annotations

import sqlite3
import string
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_workshop.domain.assessment import Answer, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement
from crm_workshop.exchange.questionnaire_xlsx import (
    COL_COMMENT,
    COL_CURRENT,
    COL_TARGET,
)
from crm_workshop.services import questionnaire as q
from crm_workshop.services import questionnaire_import as qi
from crm_workshop.services import questionnaire_match as qm
from crm_workshop.services import questionnaire_problems as qp
from crm_workshop.services.overview import round_stakeholders, workshop_overview
from crm_workshop.services.progress import FollowUp
from crm_workshop.services.workshop import WorkshopSession
from tests.factories import small_model

QUESTIONS = ("a1", "a2", "b1")


def make_workshop(
    path: Path, client: str = "Bursztyn", version: str = "1"
) -> WorkshopSession:
    model = small_model()
    if version != model.version:
        from dataclasses import replace

        area_a = model.areas[0]
        model = replace(model, version=version, areas=(area_a,))  # b1 is gone
    return WorkshopSession.create(path, Engagement(client_name=client), model)


@pytest.fixture
def session(tmp_path):
    with make_workshop(tmp_path / "w.crmw") as workshop:
        workshop.add_stakeholder("Łucja Żak", "CMO", "sales")
        workshop.add_stakeholder("Jan Kos", "CIO", "it")
        workshop.add_round("Baseline", RoundKind.BASELINE, "2026-10-21")
        yield workshop


def export(
    session: WorkshopSession, path: Path, name: str | None = None, **opts
) -> Path:
    q.export_questionnaire(session, path, name, q.QuestionnaireOptions(**opts))
    return path


def fill(
    path: Path, answers: dict[str, tuple[object, object, object]], **cover
) -> Path:
    """Type answers as a stakeholder would: find each question's row by its id."""
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets[1:-1]:
        for row in range(1, ws.max_row + 1):
            question_id = ws.cell(row, 1).value
            if question_id in answers:
                for column, value in zip(
                    (COL_CURRENT, COL_TARGET, COL_COMMENT),
                    answers[question_id],
                    strict=True,
                ):
                    ws.cell(row, column).value = value
    for ref, value in cover.items():
        book.worksheets[0][ref] = value
    book.save(path)
    return path


def stored(session: WorkshopSession, round_name: str = "Baseline") -> set[Rating]:
    return set(session.ratings(session.round_named(round_name).id))


# -- the round trip ------------------------------------------------------------------
ANSWERS = st.one_of(
    st.none(),
    st.tuples(st.integers(1, 5), st.sampled_from(["3", "N/A", "?", "nie wiem"])),
)
COMMENT = st.text(
    alphabet=st.characters(
        categories=("L", "N", "P", "Zs", "So"), exclude_characters="=\x0b\x0c"
    ),
    max_size=40,
).filter(lambda t: not t.strip().startswith("="))
NAME = st.text(
    alphabet=string.ascii_letters + "ąćęłńóśźżĄŁŻ 🦊-'", min_size=1, max_size=25
)


@st.composite
def people_and_answers(draw):
    names = draw(
        st.lists(
            NAME.map(lambda n: " ".join(n.split())).filter(bool),
            min_size=1,
            max_size=3,
            unique_by=str.casefold,
        )
    )
    sheets = {}
    for name in names:
        sheets[name] = {}
        for question_id in QUESTIONS:
            kind = draw(st.sampled_from(["blank", "level", "na", "dont_know"]))
            if kind == "blank":
                continue
            current = {
                "level": draw(st.sampled_from([1, 2, 3, 4, 5, "4", 2.0])),
                "na": draw(st.sampled_from(["N/A", "nie dotyczy", "n/a"])),
                "dont_know": draw(st.sampled_from(["?", "nie wiem", "Don't know"])),
            }[kind]
            target = draw(st.one_of(st.none(), st.integers(1, 5)))
            comment = draw(st.one_of(st.just(""), COMMENT))
            sheets[name][question_id] = (current, target, comment)
    return sheets


def expected_rating(stakeholder_id: int, question_id: str, cells) -> Rating:
    current, target, comment = cells
    if isinstance(current, str) and not current.strip().isdigit():
        answer = (
            Answer.DONT_KNOW
            if current in ("?", "nie wiem", "Don't know")
            else Answer.NOT_APPLICABLE
        )
        level = None
    else:
        answer, level = Answer.LEVEL, int(float(current))
    return Rating(stakeholder_id, question_id, answer, level, target, comment.strip())


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One workshop for every example; each example answers in a round of its own."""
    folder = tmp_path_factory.mktemp("round-trip")
    with make_workshop(folder / "w.crmw") as workshop:
        yield workshop, folder, iter(range(10_000))


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(sheets=people_and_answers())
def test_round_trip_answers_through_filled_workbooks(shared, sheets):
    session, folder, numbers = shared
    round_name = f"Round {next(numbers)}"
    session.add_round(round_name, RoundKind.REASSESSMENT, "2027-01-01")
    known = {p.name: p.id for p in session.stakeholders()}
    ids = {n: known.get(n) or session.add_stakeholder(n) for n in sheets}
    people = [p for p in session.stakeholders() if p.name in sheets]
    options = q.QuestionnaireOptions(round_name=round_name)
    prepared = q.prepare_questionnaires(session, q.XLSX, people, options)
    expected = set()
    for item, path in q.targets(prepared, folder):
        q.write_questionnaire(item, path, replace=True)
        answers = sheets[item.stakeholder.name]
        fill(path, answers)
        if not answers:
            with pytest.raises(qp.QuestionnaireImportError):
                qi.import_questionnaire(session, path)
            continue
        result = qi.import_questionnaire(session, path)  # into the workbook's round
        assert result.stakeholder.id == ids[item.stakeholder.name]
        assert result.round_name == round_name
        expected |= {
            expected_rating(ids[item.stakeholder.name], qid, cells)
            for qid, cells in answers.items()
        }
    assert stored(session, round_name) == expected


# -- import rules ----------------------------------------------------------------------
def test_problems_are_listed_by_sheet_and_cell_and_nothing_is_written(
    session, tmp_path
):
    before = stored(session)
    path = fill(
        export(session, tmp_path / "q.xlsx", "Jan Kos", language="pl"),
        {
            "a1": (6, None, None),
            "a2": (2, "=A1", "ok"),
            "b1": ("trzy", 3, "x" * 10_000),
        },
    )
    with pytest.raises(qp.QuestionnaireImportError) as caught:
        qi.import_questionnaire(session, path)
    lines = [qp.describe_problem(p) for p in caught.value.problems]
    assert lines == [
        "Obszar 1!I4: 6 is not a level 1-5, N/A or ?",
        "Obszar 1!J5: a formula; type the answer itself",
        "Obszar 2!I4: 'trzy' is not a level 1-5, N/A or ?",
        "Obszar 2!K4: the text is 10,000 characters; at most 4,000",
    ]
    assert stored(session) == before


def test_a_workbook_of_another_workshop_is_refused(session, tmp_path):
    with make_workshop(tmp_path / "other.crmw", client="Kowalski Sp. z o.o.") as other:
        other.add_stakeholder("Jan Kos")
        path = fill(export(other, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, 4, "")})
    before = stored(session)
    with pytest.raises(qp.QuestionnaireImportError) as caught:
        qi.import_questionnaire(session, path)
    (problem,) = caught.value.problems
    assert problem.kind == "other_workshop"
    assert "'Kowalski Sp. z o.o.'" in qp.describe_problem(problem)
    assert stored(session) == before


def test_a_copy_of_the_workshop_accepts_its_workbooks(session, tmp_path):
    path = fill(export(session, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, 4, "")})
    session.save_copy(tmp_path / "copy.crmw")
    with WorkshopSession.open(tmp_path / "copy.crmw") as copy:
        assert len(qi.import_questionnaire(copy, path).written) == 1


def test_reimporting_the_same_workbook_changes_nothing(session, tmp_path):
    path = fill(
        export(session, tmp_path / "q.xlsx", "Łucja Żak"),
        {"a1": (3, 5, "Zgoda 👍"), "b1": ("N/A", None, "")},
    )
    first = qi.import_questionnaire(session, path)
    after_first = stored(session)
    second = qi.import_questionnaire(session, path)
    assert len(first.written) == 2 and first.unchanged == 0
    assert second.written == () and second.unchanged == 2
    assert stored(session) == after_first


def test_only_changed_answers_are_written_and_blank_ones_keep_the_stored(
    session, tmp_path
):
    kos = qm.find_stakeholder(session, "Jan Kos").id
    round_id = session.round_named("Baseline").id
    session.rate(round_id, Rating(kos, "a1", Answer.LEVEL, 2, 3, "in the room"))
    session.rate(round_id, Rating(kos, "a2", Answer.LEVEL, 4))
    path = fill(
        export(session, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, 3, "later")}
    )
    result = qi.import_questionnaire(session, path)
    assert [r.question_id for r in result.written] == ["a1"]
    assert result.previous == (Rating(kos, "a1", Answer.LEVEL, 2, 3, "in the room"),)
    assert Rating(kos, "a2", Answer.LEVEL, 4) in stored(session)  # left blank: kept


def test_undo_and_redo_restore_exactly(session, tmp_path):
    kos = qm.find_stakeholder(session, "Jan Kos").id
    round_id = session.round_named("Baseline").id
    session.rate(round_id, Rating(kos, "a1", Answer.LEVEL, 2))
    before = stored(session)
    path = fill(
        export(session, tmp_path / "q.xlsx", "Jan Kos"),
        {"a1": (5, None, ""), "b1": ("?", None, "")},
    )
    result = qi.import_questionnaire(session, path)
    after = stored(session)
    qi.undo_import(session, result)
    assert stored(session) == before
    qi.redo_import(session, result)
    assert stored(session) == after


def test_blank_workbook_needs_a_known_name_or_consent_to_create(session, tmp_path):
    path = fill(
        export(session, tmp_path / "blank.xlsx"),
        {"a1": (1, 2, "")},
        B5="Lucja Zak",
        B6="Analyst",
        B7="IT",
    )
    with pytest.raises(qp.QuestionnaireImportError) as caught:
        qi.import_questionnaire(session, path)
    (problem,) = caught.value.problems
    assert problem.kind == "unknown_stakeholder"
    assert "did you mean 'Łucja Żak'?" in qp.describe_problem(problem)
    # give the answers to the stakeholder meant
    matched = qi.import_questionnaire(session, path, stakeholder="Łucja Żak")
    assert matched.stakeholder.name == "Łucja Żak" and not matched.stakeholder_created
    # or add the person the workbook names, with the role and department typed
    created = qi.import_questionnaire(session, path, create_stakeholder=True)
    assert created.stakeholder_created
    person = qm.find_stakeholder(session, "Lucja Zak")
    assert (person.role, person.department) == ("Analyst", "it")  # "IT" is the model's


def test_blank_workbook_without_a_name(session, tmp_path):
    path = fill(export(session, tmp_path / "blank.xlsx"), {"a1": (1, 2, "")})
    with pytest.raises(qp.QuestionnaireImportError) as caught:
        qi.import_questionnaire(session, path, create_stakeholder=True)
    assert [(p.place, p.kind) for p in caught.value.problems] == [
        ("Instructions!B5", "name_missing")
    ]


def test_a_stakeholder_renamed_since_the_export(session, tmp_path):
    path = fill(export(session, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, None, "")})
    from dataclasses import replace

    kos = qm.find_stakeholder(session, "Jan Kos")
    session.update_stakeholder(replace(kos, name="Jan Kos-Nowak"))
    result = qi.import_questionnaire(session, path)
    assert result.stakeholder.id == kos.id
    assert [n.kind for n in result.notes] == ["renamed"]


def created_as(path: Path, other: Path) -> None:
    """Give the workshop at ``path`` the creation time of the one at ``other`` (the
    two are then one workshop, as far as questionnaires can tell)."""
    with sqlite3.connect(other) as source:
        (stamp,) = source.execute("SELECT created_at FROM engagement").fetchone()
    target = sqlite3.connect(path)
    with target:
        target.execute("UPDATE engagement SET created_at = ?", (stamp,))
    target.close()
    source.close()


def test_another_version_of_the_model_reports_questions_that_are_gone(tmp_path):
    with make_workshop(tmp_path / "v1.crmw") as old:
        old.add_stakeholder("Jan Kos")
        path = fill(
            export(old, tmp_path / "q.xlsx", "Jan Kos"),
            {"a1": (3, 4, ""), "b1": (2, None, "")},
        )
    with make_workshop(tmp_path / "v2.crmw", version="2") as new:
        new.add_stakeholder("Jan Kos")
    created_as(tmp_path / "v2.crmw", tmp_path / "v1.crmw")  # one workshop, a new model
    with WorkshopSession.open(tmp_path / "v2.crmw") as new:
        result = qi.import_questionnaire(new, path)
        assert [(n.place, n.kind) for n in result.notes] == [
            ("", "model_version"),
            ("Area 2!A4", "question_gone"),
        ]
        assert [r.question_id for r in new.ratings(result.round_id)] == ["a1"]


def test_the_round_asked_for_the_workbooks_or_a_new_one(session, tmp_path):
    path = fill(export(session, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, None, "")})
    assert qi.import_questionnaire(session, path).round_name == "Baseline"
    result = qi.import_questionnaire(session, path, round_name="Follow-up 2027")
    assert result.round_created and result.round_name == "Follow-up 2027"
    assert session.round_named("Follow-up 2027").kind is RoundKind.REASSESSMENT
    assert [n.kind for n in result.notes] == ["new_round"]


# -- a round that records its participants ---------------------------------------------
def follow_up(session: WorkshopSession, *names: str) -> int:
    """A follow-up round "Q1 2027" with only ``names`` taking part; returns its id."""
    ids = tuple(qm.find_stakeholder(session, n).id for n in names)
    return session.progress.start_follow_up(FollowUp("Q1 2027", "2027-01-15", ids))


def test_a_stakeholder_not_taking_part_in_the_round_joins_it(session, tmp_path):
    """The answers of someone left out of a follow-up were stored but shown nowhere
    in that round (its grid and overview list its participants only): the import
    now says so beforehand and adds them to the participants, undoably."""
    round_id = follow_up(session, "Łucja Żak")
    kos = qm.find_stakeholder(session, "Jan Kos")
    path = fill(
        export(session, tmp_path / "q.xlsx", "Jan Kos", round_name="Q1 2027"),
        {"a1": (3, 4, ""), "b1": ("?", None, "")},
    )
    plan = qi.plan_import(session, path)
    assert plan.ok and plan.round_name == "Q1 2027"
    assert [(n.kind, dict(n.values)) for n in plan.notes] == [
        ("not_participant", {"name": "Jan Kos", "round": "Q1 2027"})
    ]
    assert qp.describe_problem(plan.notes[0]) == (
        "Jan Kos was not taking part in round 'Q1 2027'; importing the answers adds "
        "them to its participants"
    )
    result = qi.apply_import(session, plan)
    assert result.joined_round
    assert [n.kind for n in result.notes] == ["not_participant"]
    assert session.progress.participants(round_id) == sorted(
        [qm.find_stakeholder(session, "Łucja Żak").id, kos.id]
    )
    shown = {p.name for p in round_stakeholders(session, round_id) if p.active}
    assert shown == {"Łucja Żak", "Jan Kos"}  # the round's people, as Grid shows them
    people = {p.name: p for p in workshop_overview(session, round_id).stakeholders}
    assert people["Jan Kos"].active and people["Jan Kos"].tally.open == 1  # a2 is owed
    qi.undo_import(session, result)
    assert session.progress.participants(round_id) == [
        qm.find_stakeholder(session, "Łucja Żak").id
    ]
    assert not any(r.stakeholder_id == kos.id for r in session.ratings(round_id))
    qi.redo_import(session, result)
    assert kos.id in session.progress.participants(round_id)
    again = qi.import_questionnaire(session, path)  # a participant now: no note
    assert not again.joined_round and again.notes == () and again.written == ()


def test_a_round_without_participants_keeps_everyone_answering(session, tmp_path):
    follow_up(session, "Łucja Żak")
    path = fill(export(session, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, 4, "")})
    result = qi.import_questionnaire(session, path, round_name="Baseline")
    assert not result.joined_round and result.notes == ()
    assert session.progress.participants(session.round_named("Baseline").id) == []


def test_a_new_or_chosen_stakeholder_joins_the_round_too(session, tmp_path):
    round_id = follow_up(session, "Łucja Żak")
    path = fill(
        export(session, tmp_path / "blank.xlsx", round_name="Q1 2027"),
        {"a1": (1, 2, "")},
        B5="Ewa Nowa",
    )
    created = qi.import_questionnaire(session, path, create_stakeholder=True)
    ewa = qm.find_stakeholder(session, "Ewa Nowa")
    assert created.stakeholder_created and created.joined_round
    assert [dict(n.values) for n in created.notes] == [
        {"name": "Ewa Nowa", "round": "Q1 2027"}
    ]
    assert ewa.id in session.progress.participants(round_id)
    qi.undo_import(session, created)
    assert session.progress.participants(round_id) == [
        qm.find_stakeholder(session, "Łucja Żak").id
    ]
    kos = qm.find_stakeholder(session, "Jan Kos")
    chosen = qi.apply_import(
        session, qi.plan_import(session, path), stakeholder_id=kos.id
    )
    assert chosen.joined_round and kos.id in session.progress.participants(round_id)


def test_joining_the_round_is_all_or_nothing_with_the_answers(
    session, tmp_path, monkeypatch
):
    round_id = follow_up(session, "Łucja Żak")
    path = fill(
        export(session, tmp_path / "q.xlsx", "Jan Kos", round_name="Q1 2027"),
        {"a1": (3, 4, "")},
    )
    plan = qi.plan_import(session, path)

    def full_disk(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(session, "set_ratings", full_disk)
    with pytest.raises(OSError):
        qi.apply_import(session, plan)
    lucja, kos = (qm.find_stakeholder(session, n).id for n in ("Łucja Żak", "Jan Kos"))
    assert session.progress.participants(round_id) == [lucja]  # nothing written
    monkeypatch.undo()
    assert qi.apply_import(session, plan).joined_round  # the retry joins
    assert session.progress.participants(round_id) == sorted([lucja, kos])


def test_undo_marks_the_answers_it_puts_back_as_carried_over_again(session, tmp_path):
    """Undoing an import into a pre-filled follow-up put the earlier answers back but
    not their "carried over" marks: they then looked confirmed by the stakeholder."""
    baseline = session.round_named("Baseline").id
    kos = qm.find_stakeholder(session, "Jan Kos").id
    session.set_ratings(
        baseline,
        [
            Rating(kos, "a1", Answer.LEVEL, 2, 3),
            Rating(kos, "a2", Answer.LEVEL, 4),
            Rating(kos, "b1", Answer.LEVEL, 3),
        ],
    )
    round_id = session.progress.start_follow_up(
        FollowUp("Q1 2027", "2027-01-15", (kos,), baseline)
    )
    marks = session.progress.carried(round_id)
    assert [m.question_id for m in marks] == list(QUESTIONS)
    assert {m.from_round_id for m in marks} == {baseline}
    before = stored(session, "Q1 2027")
    path = fill(
        export(session, tmp_path / "q.xlsx", "Jan Kos", round_name="Q1 2027"),
        {"a1": (5, None, ""), "b1": ("?", None, "")},
    )
    result = qi.import_questionnaire(session, path)
    assert [r.question_id for r in result.written] == ["a1", "b1"]
    imported = stored(session, "Q1 2027")
    # a1 and b1 are answered anew; a2, left blank, still waits to be confirmed
    assert [m.question_id for m in session.progress.carried(round_id)] == ["a2"]

    qi.undo_import(session, result)
    assert stored(session, "Q1 2027") == before
    assert session.progress.carried(round_id) == marks  # the same marks, same source
    qi.redo_import(session, result)
    assert stored(session, "Q1 2027") == imported
    assert [m.question_id for m in session.progress.carried(round_id)] == ["a2"]
    qi.undo_import(session, result)  # undo and redo alternate as often as asked
    assert session.progress.carried(round_id) == marks


def test_an_answer_given_back_as_it_was_carried_is_confirmed(session, tmp_path):
    """The person returned the carried answer unchanged in their own workbook: that
    confirms it, so its "carried over" mark goes (and comes back with Undo)."""
    baseline = session.round_named("Baseline").id
    kos = qm.find_stakeholder(session, "Jan Kos").id
    session.set_ratings(
        baseline,
        [Rating(kos, "a1", Answer.LEVEL, 2, 3), Rating(kos, "a2", Answer.LEVEL, 4)],
    )
    round_id = session.progress.start_follow_up(
        FollowUp("Q1 2027", "2027-01-15", (kos,), baseline)
    )
    marks = session.progress.carried(round_id)
    assert [m.question_id for m in marks] == ["a1", "a2"]
    path = fill(
        export(session, tmp_path / "q.xlsx", "Jan Kos", round_name="Q1 2027"),
        {"a2": (4, None, "")},
    )
    result = qi.import_questionnaire(session, path)
    assert result.written == () and result.unchanged == 1
    assert [m.question_id for m in session.progress.carried(round_id)] == ["a1"]
    qi.undo_import(session, result)
    assert session.progress.carried(round_id) == marks
    qi.redo_import(session, result)
    assert [m.question_id for m in session.progress.carried(round_id)] == ["a1"]


def test_applying_reads_only_the_stakeholders_own_rows(session, tmp_path, monkeypatch):
    """Importing many workbooks grew with the square of the stakeholders: each file
    read every answer of the round and every stakeholder."""
    path = fill(export(session, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, 4, "")})
    plan = qi.plan_import(session, path)
    kos = qm.find_stakeholder(session, "Jan Kos")
    for verb in ("ratings", "stakeholders"):
        monkeypatch.setattr(session, verb, lambda *a, verb=verb, **k: pytest.fail(verb))
    qi.apply_import(session, plan)
    qi.apply_import(session, plan, stakeholder_id=kos.id)
    monkeypatch.undo()
    assert len(stored(session)) == 1


def test_a_workbook_with_no_answers_is_refused(session, tmp_path):
    path = export(session, tmp_path / "q.xlsx", "Jan Kos")
    with pytest.raises(qp.QuestionnaireImportError) as caught:
        qi.import_questionnaire(session, path)
    assert [p.kind for p in caught.value.problems] == ["no_answers"]


def test_hidden_questions_are_left_out_and_rewordings_used(session, tmp_path):
    session.set_question_override("a2", hidden=True)
    session.set_question_override("b1", title={"en": "Our own wording"})
    book = openpyxl.load_workbook(export(session, tmp_path / "q.xlsx", language="en"))
    ids = [ws.cell(r, 1).value for ws in book.worksheets[1:-1] for r in range(4, 6)]
    assert [i for i in ids if i] == ["a1", "b1"]
    assert book["Area 2"]["B4"].value == "Our own wording"


def test_areas_can_be_chosen_by_id_or_number(session, tmp_path):
    book = openpyxl.load_workbook(export(session, tmp_path / "q.xlsx", area_ids=("2",)))
    assert book.sheetnames == ["Instructions", "Area 2", "crmw"]
    with pytest.raises(q.UnknownAreas) as caught:
        export(session, tmp_path / "x.xlsx", area_ids=("A", "Z"))
    assert caught.value.unknown == ["Z"]


def test_export_all_writes_one_per_active_stakeholder(session, tmp_path):
    from dataclasses import replace

    kos = qm.find_stakeholder(session, "Jan Kos")
    session.update_stakeholder(replace(kos, active=False))
    session.add_stakeholder("A/B")
    session.add_stakeholder("A:B")  # cleans up to the same file name
    written = q.export_all(session, tmp_path, q.PDF)
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    assert len(written) == 3 and len(names) == 3
    assert "Questionnaire – Łucja Żak.pdf" in names
    assert not any("Kos" in n for n in names)


def test_an_existing_file_is_only_replaced_when_asked(session, tmp_path):
    target = tmp_path / "q.pdf"
    target.write_bytes(b"the consultant's annotated copy")
    with pytest.raises(FileExistsError):
        q.export_questionnaire(session, target)
    assert target.read_bytes() == b"the consultant's annotated copy"
    q.export_questionnaire(session, target, replace=True)
    assert target.read_bytes().startswith(b"%PDF")
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_the_format_follows_the_suffix(session, tmp_path):
    with pytest.raises(q.UnknownFormat):
        q.export_questionnaire(session, tmp_path / "q.docx")
    with pytest.raises(qm.UnknownStakeholder) as caught:
        q.export_questionnaire(session, tmp_path / "q.pdf", "Jan Koss")
    assert caught.value.closest == ["Jan Kos"]


# -- which workshop a workbook belongs to ----------------------------------------------
def test_renaming_the_client_keeps_the_workshops_workbooks(session, tmp_path):
    path = fill(export(session, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, 4, "")})
    session.update_engagement(client_name="Bursztyn Group S.A.")
    assert len(qi.import_questionnaire(session, path).written) == 1


def test_another_workshop_of_the_same_client_and_model_is_refused(session, tmp_path):
    with make_workshop(tmp_path / "next-year.crmw") as other:  # client "Bursztyn"
        other.add_stakeholder("Jan Kos")
        path = fill(export(other, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, 4, "")})
    before = stored(session)
    with pytest.raises(qp.QuestionnaireImportError) as caught:
        qi.import_questionnaire(session, path)
    assert [p.kind for p in caught.value.problems] == ["other_workshop"]
    assert stored(session) == before


def legacy_workbook(session: WorkshopSession, path: Path, name: str) -> Path:
    """A workbook as earlier versions wrote it: keyed by the client's name."""
    from dataclasses import replace

    from crm_workshop.exchange.questionnaire_write import workbook_bytes

    person = qm.find_stakeholder(session, name)
    (prepared,) = q.prepare_questionnaires(session, q.XLSX, [person])
    assert prepared.workbook is not None
    origin = replace(
        prepared.workbook.origin, workshop_key=qm.legacy_workshop_key(session)
    )
    path.write_bytes(workbook_bytes(replace(prepared.workbook, origin=origin)))
    return path


def test_workbooks_of_earlier_versions_are_accepted_while_the_client_keeps_its_name(
    session, tmp_path
):
    path = fill(
        legacy_workbook(session, tmp_path / "old.xlsx", "Jan Kos"), {"a1": (2, 3, "")}
    )
    assert qm.legacy_workshop_key(session) != qm.workshop_key(session)
    assert len(qi.import_questionnaire(session, path).written) == 1
    session.update_engagement(client_name="Bursztyn Group S.A.")
    with pytest.raises(qp.QuestionnaireImportError) as caught:
        qi.import_questionnaire(session, path)
    assert [p.kind for p in caught.value.problems] == ["other_workshop"]


def test_a_workshop_imported_from_its_json_export_accepts_its_workbooks(
    session, tmp_path
):
    from crm_workshop.services.workshop_json import (
        export_workshop_json,
        import_workshop_json,
    )

    path = fill(export(session, tmp_path / "q.xlsx", "Jan Kos"), {"a1": (3, 4, "")})
    export_workshop_json(session, tmp_path / "w.json")
    import_workshop_json(tmp_path / "w.json", tmp_path / "again.crmw")
    with WorkshopSession.open(tmp_path / "again.crmw") as again:
        assert again.created_at == session.created_at
        assert len(qi.import_questionnaire(again, path).written) == 1
