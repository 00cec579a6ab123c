"""Progress tracking through ``session.progress``: follow-up rounds, carried answers,
comparisons and the plan on the demo, initiatives' history; every check reopens the
file."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest

from crm_workshop.domain.assessment import Answer, Consensus, Rating
from crm_workshop.domain.progress import KpiActual, StatusUpdate
from crm_workshop.domain.roadmap import InitiativeStatus, Month, Risk
from crm_workshop.services.demo import create_demo
from crm_workshop.services.progress import (
    BadDate,
    BlankName,
    DuplicateRound,
    FollowUp,
    NoParticipants,
    NotANumber,
    TooLong,
    UnknownInitiative,
    UnknownStakeholder,
)
from crm_workshop.services.progress_report import (
    NotEnoughRounds,
    ProgressOptions,
    SameRound,
    prepare_progress_report,
)
from crm_workshop.services.workshop import UnknownRound, WorkshopSession


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("demos")
    create_demo(folder / "baseline.crmw").close()
    create_demo(folder / "follow-up.crmw", follow_up=True).close()
    return folder / "baseline.crmw", folder / "follow-up.crmw"


@pytest.fixture
def baseline(templates, tmp_path) -> Path:
    return Path(shutil.copy(templates[0], tmp_path / "baseline.crmw"))


@pytest.fixture
def demo(templates, tmp_path) -> Path:
    return Path(shutil.copy(templates[1], tmp_path / "follow-up.crmw"))


def test_a_follow_up_copies_the_participants_answers_and_the_consensus(baseline):
    with WorkshopSession.open(baseline) as s:
        base = s.rounds()[0]
        people = [p.id for p in s.stakeholders()[:3]]
        round_id = s.progress.start_follow_up(
            FollowUp("  Q1   2027 ", "2027-01-21", (*people, people[0]), base.id)
        )
    with WorkshopSession.open(baseline) as s:
        new = s.round_named("Q1 2027")  # the name normalised
        assert (new.id, new.held_on, new.kind.value) == (
            round_id,
            "2027-01-21",
            "reassessment",
        )
        assert s.progress.participants(round_id) == sorted(people)
        assert [p.id for p in s.progress.people(round_id)] == [
            p.id for p in s.stakeholders() if p.id in people
        ]
        before = {
            (r.stakeholder_id, r.question_id): r
            for r in s.ratings(base.id)
            if r.stakeholder_id in people
        }
        after = {(r.stakeholder_id, r.question_id): r for r in s.ratings(round_id)}
        assert set(after) == set(before)
        for key, rating in after.items():
            old = before[key]
            assert (rating.answer, rating.current, rating.target) == (
                old.answer,
                old.current,
                old.target,
            )
            assert rating.comment == ""  # a comment spoke of the company as it was
        assert s.consensus(round_id) == s.consensus(base.id)
        marks = s.progress.carried(round_id)
        assert {(m.stakeholder_id, m.question_id) for m in marks} == set(after) | {
            (None, q) for q in s.consensus(base.id)
        }
        assert {m.from_round_id for m in marks} == {base.id}
        # pre-filled, nothing changed: the scores are the baseline's own
        assert (
            s.assessment(round_id).areas != ()
            and s.progress.compare(round_id, base.id).moved_up == []
        )


def test_without_pre_fill_the_round_starts_empty(baseline):
    with WorkshopSession.open(baseline) as s:
        person = s.stakeholders()[0].id
        round_id = s.progress.start_follow_up(FollowUp("Q2", "2027-04-20", (person,)))
    with WorkshopSession.open(baseline) as s:
        assert s.ratings(round_id) == [] and s.progress.carried(round_id) == []
        assert [p.id for p in s.progress.people(round_id)] == [person]
        # a round that records nobody: everyone active answers
        everyone = [p.id for p in s.stakeholders(active_only=True)]
        assert [p.id for p in s.progress.people(s.rounds()[0].id)] == everyone


@pytest.mark.parametrize(
    ("follow_up", "error"),
    [
        (FollowUp(" ", "2027-01-21", (1,)), BlankName),
        (FollowUp("Baseline", "2027-01-21", (1,)), DuplicateRound),
        (FollowUp("Q1", "21.01.2027", (1,)), BadDate),
        (FollowUp("Q1", "2027-02-30", (1,)), BadDate),
        (FollowUp("Q1", "2027-01-21", ()), NoParticipants),
        (FollowUp("Q1", "2027-01-21", (999,)), UnknownStakeholder),
        (FollowUp("Q1", "2027-01-21", (1,), 999), UnknownRound),
        (FollowUp("Q" * 201, "2027-01-21", (1,)), TooLong),
    ],
)
def test_a_follow_up_that_cannot_be_made_is_refused_before_writing(
    baseline, follow_up, error
):
    with WorkshopSession.open(baseline) as s, pytest.raises(error):
        s.progress.start_follow_up(follow_up)
    with WorkshopSession.open(baseline) as s:
        assert [r.name for r in s.rounds()] == ["Baseline"]


def test_giving_an_answer_again_confirms_it(baseline):
    with WorkshopSession.open(baseline) as s:
        base = s.rounds()[0]
        people = [p.id for p in s.stakeholders()]
        round_id = s.progress.start_follow_up(
            FollowUp("Q1", "2027-01-21", tuple(people), base.id)
        )
        first, second = s.ratings(round_id)[:2]
        s.rate(round_id, first)  # the same answer: confirmed as it is
        s.set_ratings(
            round_id,
            [Rating(second.stakeholder_id, second.question_id, Answer.NOT_APPLICABLE)],
        )
        s.set_consensus(round_id, Consensus("1.4", 2, 3))
    with WorkshopSession.open(baseline) as s:
        keys = {(m.stakeholder_id, m.question_id) for m in s.progress.carried(round_id)}
        assert (first.stakeholder_id, first.question_id) not in keys
        assert (second.stakeholder_id, second.question_id) not in keys
        assert (None, "1.4") not in keys and (None, "2.3") in keys
        assert s.progress.carried_mark(round_id, None, "2.3") is not None


def test_the_demo_follow_up_against_the_baseline_by_hand(demo):
    with WorkshopSession.open(demo) as s:
        follow_up, base = s.progress.default_pair()
        assert (follow_up.name, base.name) == ("Q1 2027", "Baseline")
        comparison = s.progress.compare(follow_up.id, base.id)
        assert [q.question_id for q in comparison.moved_up] == ["1.4", "1.1", "1.2"]
        assert [q.question_id for q in comparison.moved_down] == ["2.2"]
        people = comparison.areas[0]
        # area 1 (six questions): 1.1 2->3, 1.2 2->3, 1.4 1->3 (agreed), 1.3, 1.5, 1.6 kept
        assert people.change == pytest.approx((1 + 1 + 2) / 6, abs=0.02)
        check = s.progress.check_plan(follow_up.id)
        assert check.due_by == Month(2026, 12)  # the round is held on 21 January 2027
        (slip,) = check.slipped
        assert (slip.question_id, slip.planned, slip.actual) == ("1.3", 3, 2)
        assert (slip.overdue_level, slip.overdue_since) == (3, Month(2026, 12))
        assert not any(a.slipped for a in check.areas)
        assert s.progress.plan_round().id == base.id
        # nothing is due at the baseline's own date
        assert s.progress.check_plan(base.id).slipped == []
        assert [r.description[:21] for r in s.progress.new_risks(base.id)] == [
            "Wymiana ERP opóźniona"
        ]
        assert s.progress.new_risks(follow_up.id) == []
        assert len(s.progress.carried(follow_up.id)) == 21  # area 5, still to confirm
        assert s.check() == []


def test_status_updates_and_kpi_actuals_are_checked_then_stored(demo):
    with WorkshopSession.open(demo) as s:
        initiative = next(
            i for i in s.roadmap.initiatives() if i.title.startswith("Szkolenia")
        )
        progress = s.progress
        for bad, error in (
            (
                StatusUpdate(None, initiative.id, "2027-13-01", InitiativeStatus.DONE),
                BadDate,
            ),
            (
                StatusUpdate(None, 999, "2027-03-01", InitiativeStatus.DONE),
                UnknownInitiative,
            ),
            (
                StatusUpdate(
                    None, initiative.id, "2027-03-01", InitiativeStatus.DONE, "x" * 2001
                ),
                TooLong,
            ),
        ):
            with pytest.raises(error):
                progress.add_status_update(bad)
        update_id, before = progress.add_status_update(
            StatusUpdate(
                None,
                initiative.id,
                " 2027-03-01 ",
                InitiativeStatus.IN_PROGRESS,
                " Start ",
            )
        )
        assert before is InitiativeStatus.PLANNED
        for bad, error in (
            (KpiActual(None, initiative.id, " ", 1.0, "2027-03-01"), BlankName),
            (
                KpiActual(None, initiative.id, "Przeszkoleni", math.nan, "2027-03-01"),
                NotANumber,
            ),
            (
                KpiActual(
                    None, initiative.id, "Przeszkoleni", 1.0, "2027-03-01", math.inf
                ),
                NotANumber,
            ),
        ):
            with pytest.raises(error):
                progress.add_kpi_actual(bad)
        actual_id = progress.add_kpi_actual(
            KpiActual(
                None,
                initiative.id,
                "  Przeszkoleni   pracownicy ",
                12,
                "2027-03-31",
                80,
                " % ",
            )
        )
    with WorkshopSession.open(demo) as s:
        (update,) = s.progress.status_updates(initiative.id)
        assert (update.id, update.updated_on, update.note) == (
            update_id,
            "2027-03-01",
            "Start",
        )
        assert (
            next(i for i in s.roadmap.initiatives() if i.id == initiative.id).status
            is InitiativeStatus.IN_PROGRESS
        )
        (actual,) = s.progress.kpi_actuals(initiative.id)
        assert (actual.id, actual.kpi, actual.value, actual.target, actual.unit) == (
            actual_id,
            "Przeszkoleni pracownicy",
            12.0,
            80.0,
            "%",
        )
        # undoing the update gives the status back
        s.progress.remove_status_update(update_id, before)
        assert (
            next(i for i in s.roadmap.initiatives() if i.id == initiative.id).status
            is InitiativeStatus.PLANNED
        )


def test_an_initiative_removed_and_restored_keeps_its_history(demo):
    with WorkshopSession.open(demo) as s:
        initiative = next(
            i for i in s.roadmap.initiatives() if i.title.startswith("Porządek")
        )
        updates = s.progress.status_updates(initiative.id)
        actuals = s.progress.kpi_actuals(initiative.id)
        assert updates and actuals
        removed = s.progress.remove_initiative(initiative.id)
        assert s.progress.kpi_actuals(initiative.id) == []
        s.progress.restore_initiative(removed)
    with WorkshopSession.open(demo) as s:
        assert s.progress.status_updates(initiative.id) == updates
        assert s.progress.kpi_actuals(initiative.id) == actuals
        assert (
            next(i for i in s.roadmap.initiatives() if i.id == initiative.id)
            == initiative
        )


def test_a_risk_added_on_the_round_day_is_not_new(demo):
    with WorkshopSession.open(demo) as s:
        base = s.rounds()[0]
        same_day = s.roadmap.add_risk(Risk(None, "Ten sam dzień"))
        next_day = s.roadmap.add_risk(Risk(None, "Dzień później"))
        s.progress.date_risk(same_day, f"{base.held_on}T23:59:00.000+00:00")
        s.progress.date_risk(next_day, "2026-10-22T00:01:00.000+00:00")
        assert "Ten sam dzień" not in {
            r.description for r in s.progress.new_risks(base.id)
        }
        assert "Dzień później" in {r.description for r in s.progress.new_risks(base.id)}


def test_the_progress_report_needs_two_different_rounds(baseline, demo):
    with WorkshopSession.open(baseline) as s, pytest.raises(NotEnoughRounds):
        prepare_progress_report(s)
    with WorkshopSession.open(demo) as s:
        with pytest.raises(SameRound):
            prepare_progress_report(
                s, ProgressOptions(round_name="Baseline", against="Baseline")
            )
        with pytest.raises(UnknownRound):
            prepare_progress_report(s, ProgressOptions(against="Q9"))
        prepared = prepare_progress_report(s, ProgressOptions(language="en"))
        data = prepared.data
        assert (data.current.name, data.previous.name, data.due_by) == (
            "Q1 2027",
            "Baseline",
            "2026-12",
        )
        assert data.current.people == 9 and data.previous.people == 11
        assert [q.id for q in data.moved_up] == ["1.4", "1.1", "1.2"]
        assert [(r.id, r.initiatives) for r in data.slipped] == [
            ("1.3", ("Zespół CRM, komitet sterujący i wieloletni budżet",))
        ]
        assert [i.title[:8] for i in data.initiatives] == [
            "Zespół C",
            "Porządek",
            "Integrac",
            "Wielokan",
        ]
        consents = data.initiatives[1].kpis[0]
        assert (consents.first, consents.latest, consents.target) == (60.0, 81.0, 95.0)
        assert consents.progress == pytest.approx(21 / 35)
        assert prepared.planned is not None and len(prepared.planned) == 5
        # the baseline against the follow-up: the first round, compared forward
        back = prepare_progress_report(s, ProgressOptions(round_name="Baseline"))
        assert (back.data.current.name, back.data.previous.name) == (
            "Baseline",
            "Q1 2027",
        )


def test_the_baseline_demo_has_one_round_and_the_full_one_two(templates):
    with WorkshopSession.open(templates[0], read_only=True) as s:
        assert [r.name for r in s.rounds()] == ["Baseline"]
        assert s.progress.counts()["kpi_actuals"] == 0
    with WorkshopSession.open(templates[1], read_only=True) as s:
        assert [r.name for r in s.rounds()] == ["Baseline", "Q1 2027"]
        counts = s.progress.counts()
        assert counts["initiative_updates"] == 5 and counts["kpi_actuals"] == 7
        assert counts["round_participants"] == 9
