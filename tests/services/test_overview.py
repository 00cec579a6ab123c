"""The consultant's overview, checked on small hand-built workshops with exact counts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from crm_workshop.domain.assessment import (
    Answer,
    Consensus,
    Rating,
    RoundKind,
    Stakeholder,
)
from crm_workshop.domain.engagement import Engagement, Followup
from crm_workshop.domain.maturity import Department
from crm_workshop.domain.scoring import assess
from crm_workshop.services.overview import (
    Coverage,
    Tally,
    build_overview,
    is_overdue,
    workshop_overview,
)
from crm_workshop.services.workshop import WorkshopSession
from tests.factories import small_model, text

TODAY = dt.date(2026, 2, 1)


def hinted_model():
    """The small model (A: a1, a2; B: b1) with department hints: A <- it, hr; B <- sales."""
    model = small_model()
    area_a, area_b = model.areas
    return dataclasses.replace(
        model,
        departments=(*model.departments, Department("hr", text("HR"))),
        areas=(
            dataclasses.replace(area_a, departments=("it", "hr")),
            dataclasses.replace(area_b, departments=("sales",)),
        ),
    )


@pytest.fixture
def workshop(tmp_path):
    """Ola (it), Jan (sales), Eva (marketing: not a model department), Nobody (no
    department, no answers) and Old (it, answered, then left the project)."""
    path = tmp_path / "overview.crmw"
    with WorkshopSession.create(
        path, Engagement(client_name="Test"), model=hinted_model()
    ) as s:
        round_id = s.add_round("Baseline", RoundKind.BASELINE, "2026-01-10")
        ola = s.add_stakeholder("Ola", department="it")
        jan = s.add_stakeholder("Jan", department="sales")
        eva = s.add_stakeholder("Eva", department="marketing")
        s.add_stakeholder("Nobody")
        old = s.add_stakeholder("Old", department="it")
        s.set_ratings(
            round_id,
            [
                Rating(ola, "a1", Answer.LEVEL, 1),
                Rating(ola, "a2", Answer.DONT_KNOW, target=3),
                Rating(ola, "b1", Answer.LEVEL, 4),
                Rating(jan, "a1", Answer.LEVEL, 3),
                Rating(jan, "b1", Answer.NOT_APPLICABLE),
                Rating(eva, "a1", Answer.DONT_KNOW),
                Rating(old, "a2", Answer.LEVEL, 2),
            ],
        )
        s.set_consensus(round_id, Consensus("a1", 2))
        person = next(p for p in s.stakeholders() if p.id == old)
        s.update_stakeholder(dataclasses.replace(person, active=False))
    return path


def overview_of(path, today=TODAY):
    with WorkshopSession.open(path, read_only=True) as s:
        return workshop_overview(s, s.rounds()[0].id, today=today)


def test_completeness_per_area_counts_open_for_active_people_only(workshop):
    result = overview_of(workshop)
    area_a, area_b = result.areas
    # A: 4 active people x 2 questions = 8 owed; Ola 2, Jan 1, Eva 1 answered -> 4 open.
    # Old's answer counts as given, but Old owes nothing.
    assert (area_a.area_id, area_a.questions) == ("A", 2)
    assert area_a.tally == Tally(levels=3, not_applicable=0, dont_know=2, open=4)
    assert area_b.tally == Tally(levels=1, not_applicable=1, dont_know=0, open=2)
    assert result.total == Tally(levels=4, not_applicable=1, dont_know=2, open=6)
    assert (result.total.answered, result.total.expected) == (7, 13)
    assert result.total.fraction == pytest.approx(7 / 13)


def test_completeness_per_stakeholder(workshop):
    rows = {row.name: row for row in overview_of(workshop).stakeholders}
    assert rows["Ola"].tally == Tally(2, 0, 1, 0)
    assert rows["Jan"].tally == Tally(1, 1, 0, 1)
    assert rows["Eva"].tally == Tally(0, 0, 1, 2)
    assert rows["Nobody"].tally == Tally(0, 0, 0, 3)
    assert rows["Nobody"].tally.fraction == 0.0
    assert (rows["Old"].active, rows["Old"].tally) == (False, Tally(1, 0, 0, 0))
    # active people first, the inactive one who answered last
    assert [row.name for row in overview_of(workshop).stakeholders][-1] == "Old"


def test_coverage_matrix_flags_missing_and_unexpected_departments(workshop):
    coverage = overview_of(workshop).coverage
    # the model's departments in model order, then free-text ones, then "no department"
    assert [row.department for row in coverage] == [
        "it",
        "sales",
        "hr",
        "marketing",
        "",
    ]
    matrix = {
        row.department: [(c.area_id, c.answers, c.status) for c in row.cells]
        for row in coverage
    }
    assert matrix == {
        "it": [("A", 3, Coverage.ANSWERED), ("B", 1, Coverage.UNEXPECTED)],
        "sales": [("A", 1, Coverage.UNEXPECTED), ("B", 1, Coverage.ANSWERED)],
        "hr": [("A", 0, Coverage.MISSING), ("B", 0, Coverage.NONE)],
        "marketing": [("A", 1, Coverage.UNEXPECTED), ("B", 0, Coverage.NONE)],
        "": [("A", 0, Coverage.NONE), ("B", 0, Coverage.NONE)],
    }
    people = {row.department: row.stakeholders for row in coverage}
    assert people == {"it": 1, "sales": 1, "hr": 0, "marketing": 1, "": 1}


def test_disagreement_names_both_ends_and_the_consensus(workshop):
    [item] = overview_of(workshop).disagreements
    assert (item.question_id, item.area_id) == ("a1", "A")
    assert (item.minimum, item.maximum, item.spread) == (1, 3, 2)
    assert (item.lowest, item.highest) == (("Ola",), ("Jan",))
    assert item.agreed == 2


def test_one_level_apart_is_no_disagreement(workshop):
    with WorkshopSession.open(workshop) as s:
        round_id = s.rounds()[0].id
        jan = next(p.id for p in s.stakeholders() if p.name == "Jan")
        s.rate(round_id, Rating(jan, "a1", Answer.LEVEL, 2))
        assert workshop_overview(s, round_id, today=TODAY).disagreements == ()


def test_open_items_list_dont_knows_and_follow_ups(workshop):
    assert [
        (i.question_id, i.dont_know, i.who, i.followup)
        for i in overview_of(workshop).open_items
    ] == [("a1", 1, ("Eva",), None), ("a2", 1, ("Ola",), None)]


def test_follow_ups_are_read_back_from_the_file_with_overdue_flags(workshop):
    with WorkshopSession.open(workshop) as s:
        round_id = s.rounds()[0].id
        ids = {p.name: p.id for p in s.stakeholders()}
        s.set_followup(round_id, Followup("a1", ids["Jan"], "2026-01-31", "ask IT"))
        s.set_followup(round_id, Followup("a2", ids["Ola"], "2026-02-01"))
        s.set_followup(round_id, Followup("b1", None, "2025-12-01", "", True))
    items = {i.question_id: i for i in overview_of(workshop).open_items}
    assert (items["a1"].owner_name, items["a1"].followup.note) == ("Jan", "ask IT")
    assert items["a1"].overdue  # due yesterday, not done
    assert not items["a2"].overdue  # due today
    # b1 has no "don't know" answer, but its follow-up is still listed (done, not late)
    assert (items["b1"].dont_know, items["b1"].owner_name) == (0, None)
    assert not items["b1"].overdue
    assert overview_of(workshop).overdue == 1
    assert overview_of(workshop, today=dt.date(2026, 2, 2)).overdue == 2


def test_overdue_rule():
    assert is_overdue(Followup("q", due_on="2026-01-31"), TODAY)
    assert not is_overdue(Followup("q", due_on="2026-01-31", done=True), TODAY)
    assert not is_overdue(Followup("q"), TODAY)
    assert not is_overdue(Followup("q", due_on="soon"), TODAY)
    assert not is_overdue(None, TODAY)


def test_hidden_questions_and_their_answers_are_left_out():
    model = hinted_model()
    ratings = [
        Rating(1, "a1", Answer.LEVEL, 1),
        Rating(1, "b1", Answer.DONT_KNOW),
        Rating(2, "b1", Answer.LEVEL, 5),
    ]
    people = [Stakeholder(1, "Ola", department="it"), Stakeholder(2, "Jan")]
    result = build_overview(
        model,
        people,
        ratings,
        assess(model, ratings, hidden=frozenset({"b1"})),
        {},
        TODAY,
    )
    assert [(a.area_id, a.questions, a.tally) for a in result.areas] == [
        ("A", 2, Tally(1, 0, 0, 3)),
        ("B", 0, Tally()),
    ]
    assert result.areas[1].tally.fraction is None
    assert result.open_items == ()
    assert [row.tally.open for row in result.stakeholders] == [1, 2]


def test_an_empty_workshop_has_everything_open(tmp_path):
    with WorkshopSession.create(
        tmp_path / "empty.crmw", Engagement(client_name="Empty"), model=hinted_model()
    ) as s:
        round_id = s.add_round("Baseline", RoundKind.BASELINE)
        s.add_stakeholder("Ola", department="it")
        result = workshop_overview(s, round_id, today=TODAY)
    assert result.total == Tally(open=3)
    assert result.disagreements == () and result.open_items == ()
    assert [c.status for c in result.coverage[0].cells] == [
        Coverage.MISSING,
        Coverage.NONE,
    ]


def test_areas_keep_model_order():
    model = hinted_model()
    reordered = dataclasses.replace(model, areas=tuple(reversed(model.areas)))
    result = build_overview(reordered, [], [], assess(reordered, []), {}, TODAY)
    assert [a.area_id for a in result.areas] == ["B", "A"]
