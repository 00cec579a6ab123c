"""Merging a co-facilitator's copy: each matching rule on hand-built content, and
properties (merging twice adds nothing; nothing of either side is dropped)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_workshop.domain.assessment import (
    Answer,
    Consensus,
    Rating,
    Round,
    RoundKind,
    Stakeholder,
)
from crm_workshop.domain.engagement import Evidence, Followup, Session
from crm_workshop.domain.merge import (
    Conflict,
    DifferentModel,
    EvidenceFile,
    Kind,
    MergePlan,
    NoteKind,
    RoundContent,
    Side,
    Wording,
    WorkshopContent,
    normalise,
)
from crm_workshop.domain.merge_planner import plan_merge
from crm_workshop.domain.merge_steps import Step, resolve

QUESTIONS = frozenset({"q1", "q2", "q3"})
BASE = Round(1, "Baseline", RoundKind.BASELINE, "2026-10-21")


def workshop(
    people=(),
    rounds=(),
    sessions=(),
    evidence=(),
    wording=(),
    model=("crm", "1.0"),
    questions=QUESTIONS,
) -> WorkshopContent:
    return WorkshopContent(
        model[0],
        model[1],
        frozenset(questions),
        tuple(people),
        tuple(rounds),
        tuple(sessions),
        tuple(evidence),
        tuple(wording),
    )


def level(sid: int, qid: str, current: int, target=None, comment="") -> Rating:
    return Rating(sid, qid, Answer.LEVEL, current, target, comment)


def baseline(ratings=(), consensus=(), followups=(), round_=BASE) -> RoundContent:
    return RoundContent(round_, tuple(ratings), tuple(consensus), tuple(followups))


def evidence_file(
    eid: int, sha: str, session_id=None, question_id="q1"
) -> EvidenceFile:
    return EvidenceFile(
        Evidence(eid, f"photo{eid}.jpg", "image/jpeg", 10, question_id, session_id),
        sha,
    )


def merged(content: WorkshopContent, steps: tuple[Step, ...]) -> WorkshopContent:
    """What the steps make of ``content``: the services' writes, simulated in memory."""
    people = {p.id: p for p in content.stakeholders}
    rounds = {c.round.id: c.round for c in content.rounds}
    answers = {
        c.round.id: (
            {(r.stakeholder_id, r.question_id): r for r in c.ratings},
            {x.question_id: x for x in c.consensus},
            {f.question_id: f for f in c.followups},
        )
        for c in content.rounds
    }
    participants = {c.round.id: c.participants for c in content.rounds}
    sessions = {s.id: s for s in content.sessions}
    evidence = list(content.evidence)
    wording = {w.question_id: w for w in content.wording}
    for step in steps:
        after = step.after
        if step.kind is Kind.STAKEHOLDER:
            assert step.before is not None or after.id not in people
            people[after.id] = after
        elif step.kind is Kind.ROUND:
            assert step.before is not None or after.id not in rounds
            rounds[after.id] = after
            answers.setdefault(after.id, ({}, {}, {}))
        elif step.kind is Kind.PARTICIPANTS:
            assert set(after.stakeholder_ids) <= set(people)
            participants[after.round_id] = after.stakeholder_ids
        elif step.kind is Kind.SESSION:
            assert set(after.attendees) <= set(people)
            sessions[after.id] = after
        elif step.kind is Kind.EVIDENCE:
            new_id = max((e.evidence.id for e in evidence), default=0) + 1
            evidence.append(replace(after, evidence=replace(after.evidence, id=new_id)))
        elif step.kind is Kind.WORDING:
            wording[after.question_id] = after
        else:
            ratings, consensus, followups = answers[step.round_id]
            if step.kind is Kind.RATING:
                assert after.stakeholder_id in people
                ratings[(after.stakeholder_id, after.question_id)] = after
            elif step.kind is Kind.CONSENSUS:
                consensus[after.question_id] = after
            else:
                followups[after.question_id] = after
    return replace(
        content,
        stakeholders=tuple(people.values()),
        rounds=tuple(
            RoundContent(
                rounds[rid],
                tuple(answers[rid][0].values()),
                tuple(answers[rid][1].values()),
                tuple(answers[rid][2].values()),
                participants.get(rid, ()),
            )
            for rid in rounds
        ),
        sessions=tuple(sessions.values()),
        evidence=tuple(evidence),
        wording=tuple(w for w in wording.values() if w.hidden or w.title or w.prompt),
    )


def conflicts_of(plan: MergePlan, kind: Kind) -> list[Conflict]:
    return [c for c in plan.conflicts if c.kind is kind]


# -- stakeholders ------------------------------------------------------------------------
def test_names_match_ignoring_case_spacing_and_unicode_composition():
    decomposed = unicodedata.normalize("NFD", "  łukasz   DĄBROWSKI ")
    assert decomposed != "  łukasz   DĄBROWSKI "  # really another code point sequence
    mine = workshop([Stakeholder(3, "Łukasz Dąbrowski", "Architekt", "it")])
    theirs = workshop(
        [Stakeholder(8, decomposed, "Architekt", "it")],
        [baseline([level(8, "q1", 2)])],
    )
    plan = plan_merge(mine, theirs)
    assert plan.new_stakeholders == ()
    assert plan.identical[Kind.STAKEHOLDER] == 1
    assert plan.new_ratings[0].value.stakeholder_id == 3  # their answer, our person


def test_polish_letters_are_kept_so_a_plain_spelling_is_another_person():
    mine = workshop([Stakeholder(1, "Łukasz Dąbrowski")])
    theirs = workshop([Stakeholder(1, "Lukasz Dabrowski")])
    plan = plan_merge(mine, theirs)
    assert [p.name for p in plan.new_stakeholders] == ["Lukasz Dabrowski"]
    assert plan.new_stakeholders[0].id == 2  # the next free id here


def test_normalise_folds_case_and_spaces_but_not_diacritics():
    assert normalise(" Zofia\tŻAK ") == "zofia żak"
    assert normalise("Zofia Żak") != normalise("Zofia Zak")


def test_same_name_with_different_emails_is_two_people_and_reported():
    mine = workshop([Stakeholder(1, "Jan Kowalski", email="jan@a.example")])
    theirs = workshop(
        [Stakeholder(5, "Jan Kowalski", email="jan@b.example")],
        [baseline([level(5, "q1", 4)])],
    )
    plan = plan_merge(mine, theirs)
    (added,) = plan.new_stakeholders
    assert added.name == "Jan Kowalski (jan@b.example)"
    assert added.email == "jan@b.example"
    assert plan.new_ratings[0].value.stakeholder_id == added.id
    (note,) = [n for n in plan.notes if n.kind is NoteKind.NAMESAKE]
    assert (note.name, note.detail) == ("Jan Kowalski", added.name)
    # the next merge finds the second Jan Kowalski under the name he was added with
    again = plan_merge(merged(mine, resolve(plan)), theirs)
    assert again.nothing_to_add
    assert not [n for n in again.notes if n.kind is NoteKind.NAMESAKE]


def test_email_decides_only_when_both_have_one_and_a_missing_one_is_filled_in():
    mine = workshop([Stakeholder(1, "Ewa Mazur", "", "legal", "")])
    theirs = workshop([Stakeholder(9, "ewa mazur", "Radca prawny", "legal", "e@x.pl")])
    plan = plan_merge(mine, theirs)
    assert plan.new_stakeholders == ()
    (update,) = plan.stakeholder_updates
    assert update.after == Stakeholder(
        1, "Ewa Mazur", "Radca prawny", "legal", "e@x.pl"
    )
    assert plan.added()[Kind.STAKEHOLDER] == 1


def test_different_roles_are_a_conflict_kept_mine_unless_theirs_is_taken():
    mine = workshop([Stakeholder(1, "Ewa Mazur", "Radca prawny")])
    theirs = workshop([Stakeholder(1, "Ewa Mazur", "Prawniczka")])
    plan = plan_merge(mine, theirs)
    (conflict,) = plan.conflicts
    assert (conflict.kind, conflict.field) == (Kind.STAKEHOLDER, "role")
    assert (conflict.mine, conflict.theirs) == ("Radca prawny", "Prawniczka")
    assert resolve(plan) == ()
    (step,) = resolve(plan, {conflict.key: Side.THEIRS})
    assert step.after.role == "Prawniczka" and step.before.role == "Radca prawny"


def test_a_person_deactivated_here_stays_deactivated_and_their_answers_merge():
    mine = workshop([Stakeholder(1, "Ewa Mazur", active=False)])
    theirs = workshop([Stakeholder(1, "Ewa Mazur")], [baseline([level(1, "q2", 3)])])
    plan = plan_merge(mine, theirs)
    assert plan.stakeholder_updates == ()
    assert [n.name for n in plan.notes if n.kind is NoteKind.DEACTIVATED_HERE] == [
        "Ewa Mazur"
    ]
    assert [r.value for r in plan.new_ratings] == [level(1, "q2", 3)]
    assert not merged(mine, resolve(plan)).stakeholders[0].active


def test_new_people_keep_their_deactivation():
    plan = plan_merge(workshop(), workshop([Stakeholder(4, "Ola", active=False)]))
    assert plan.new_stakeholders == (Stakeholder(1, "Ola", active=False),)


# -- rounds, questions, sessions, evidence ---------------------------------------------------
def test_rounds_match_by_name_and_a_different_date_is_a_conflict():
    later = replace(BASE, id=7, name="baseline", held_on="2026-10-22")
    mine = workshop(rounds=[baseline()])
    theirs = workshop(rounds=[baseline(round_=later)])
    plan = plan_merge(mine, theirs)
    (conflict,) = plan.conflicts
    assert (conflict.kind, conflict.round_id) == (Kind.ROUND, 1)
    assert conflict.mine == BASE and conflict.theirs.held_on == "2026-10-22"
    assert resolve(plan) == ()
    (step,) = resolve(plan, prefer=Side.THEIRS)
    assert step.after == replace(BASE, held_on="2026-10-22")  # our name kept


def test_a_round_only_in_theirs_is_added_with_its_answers():
    again = Round(2, "Re-assessment", RoundKind.REASSESSMENT, "2027-04-01")
    mine = workshop([Stakeholder(1, "Ala")], [baseline()])
    theirs = workshop(
        [Stakeholder(1, "Ala")],
        [baseline(), baseline([level(1, "q1", 3)], round_=replace(again, id=5))],
    )
    plan = plan_merge(mine, theirs)
    assert plan.new_rounds == (again,)
    assert [(r.round_id, r.value) for r in plan.new_ratings] == [(2, level(1, "q1", 3))]


def test_round_participants_join_unless_a_round_records_everyone():
    people = [Stakeholder(1, "Ala"), Stakeholder(2, "Ola"), Stakeholder(3, "Iga")]
    later = Round(2, "Q1 2027", RoundKind.REASSESSMENT, "2027-01-21")
    mine = workshop(
        people,
        [baseline(), RoundContent(later, participants=(1,))],
    )
    theirs = workshop(
        [Stakeholder(7, "Iga"), Stakeholder(8, "Ala"), Stakeholder(9, "Ewa")],
        [
            RoundContent(BASE, participants=(7,)),  # ours records none: everyone
            RoundContent(replace(later, id=5), participants=(7, 9)),
            RoundContent(replace(later, id=6, name="Q2"), participants=(8,)),
        ],
    )
    plan = plan_merge(mine, theirs)
    joined = {
        u.after.round_id: u.after.stakeholder_ids for u in plan.participant_updates
    }
    assert joined == {2: (1, 3, 4), 3: (1,)}  # Ewa is new here (4); Q2 is new (3)
    assert plan.added()[Kind.PARTICIPANTS] == 2


def test_another_model_or_version_is_refused():
    with pytest.raises(DifferentModel) as caught:
        plan_merge(workshop(), workshop(model=("crm", "2.0")))
    assert caught.value.mine == ("crm", "1.0")
    assert caught.value.theirs == ("crm", "2.0")
    with pytest.raises(DifferentModel) as caught:
        plan_merge(workshop(), workshop(questions=QUESTIONS | {"q9"}))
    assert caught.value.questions == ("q9",)


def test_wording_is_merged_and_differing_texts_are_a_conflict():
    mine = workshop(wording=[Wording("q1", title={"pl": "Zespół"})])
    theirs = workshop(
        wording=[
            Wording("q1", title={"pl": "Zespół CRM", "en": "CRM team"}),
            Wording("q2", hidden=True),
        ]
    )
    plan = plan_merge(mine, theirs)
    (conflict,) = plan.conflicts
    assert (conflict.kind, conflict.question_id, conflict.field) == (
        Kind.WORDING,
        "q1",
        "title:pl",
    )
    assert (conflict.mine, conflict.theirs) == ("Zespół", "Zespół CRM")
    kept = {s.after.question_id: s.after for s in resolve(plan)}
    assert kept["q1"].title == {"pl": "Zespół", "en": "CRM team"}
    assert kept["q2"].hidden
    taken = {s.after.question_id: s.after for s in resolve(plan, prefer=Side.THEIRS)}
    assert taken["q1"].title == {"pl": "Zespół CRM", "en": "CRM team"}


def test_sessions_match_by_date_and_title_attendees_join_and_notes_conflict():
    people = [Stakeholder(1, "Ala"), Stakeholder(2, "Ola")]
    mine = workshop(
        people,
        sessions=[Session(1, "2026-10-05", "Kick-off", ("people",), (1,), "", "ours")],
    )
    theirs = workshop(
        [*people, Stakeholder(3, "Iga")],
        sessions=[
            Session(
                4, "2026-10-05", "kick-off ", ("data",), (2, 3), "Agenda", "theirs"
            ),
            Session(5, "2026-10-28", "Sprzedaż", ("value",), (3,)),
        ],
    )
    plan = plan_merge(mine, theirs)
    (update,) = plan.session_updates
    assert update.after.attendees == (1, 2, 3)  # Iga is new here: id 3
    assert update.after.areas == ("people", "data")
    assert update.after.agenda == "Agenda"  # empty here: filled in
    (conflict,) = plan.conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "notes",
        "ours",
        "theirs",
    )
    (new,) = plan.new_sessions
    assert (new.id, new.title, new.attendees) == (2, "Sprzedaż", (3,))


def test_evidence_matches_by_content_and_the_same_file_twice_is_one():
    mine = workshop(evidence=[evidence_file(1, "aa")])
    theirs = workshop(
        sessions=[Session(3, "2026-10-28", "Sprzedaż")],
        evidence=[
            evidence_file(4, "aa"),
            evidence_file(5, "bb", session_id=3),
            evidence_file(6, "bb", question_id="q2"),
        ],
    )
    plan = plan_merge(mine, theirs)
    (added,) = plan.new_evidence
    assert added.sha256 == "bb"
    assert added.evidence.session_id == plan.new_sessions[0].id == 1
    assert plan.identical[Kind.EVIDENCE] == 2


# -- answers, consensus, follow-ups -----------------------------------------------------------
def test_ratings_identical_added_or_in_conflict_with_both_values():
    people = [Stakeholder(1, "Ala"), Stakeholder(2, "Ola")]
    mine = workshop(
        people,
        [baseline([level(1, "q1", 2), level(2, "q1", 3, 4, "nasze")])],
    )
    theirs = workshop(
        people,
        [
            baseline(
                [
                    level(1, "q1", 2),
                    level(2, "q1", 4, 4, "ich"),
                    Rating(1, "q2", Answer.DONT_KNOW, None, 3),
                ]
            )
        ],
    )
    plan = plan_merge(mine, theirs)
    assert plan.identical[Kind.RATING] == 1
    assert [r.value for r in plan.new_ratings] == [
        Rating(1, "q2", Answer.DONT_KNOW, None, 3)
    ]
    (conflict,) = plan.conflicts
    assert (conflict.round_id, conflict.question_id, conflict.stakeholder_id) == (
        1,
        "q1",
        2,
    )
    assert conflict.mine.comment == "nasze" and conflict.theirs.comment == "ich"
    kept = merged(mine, resolve(plan))
    assert level(2, "q1", 3, 4, "nasze") in kept.rounds[0].ratings
    taken = merged(mine, resolve(plan, {conflict.key: Side.THEIRS}))
    assert level(2, "q1", 4, 4, "ich") in taken.rounds[0].ratings


def test_consensus_and_followups_follow_the_same_rules_with_owners_matched():
    people = [Stakeholder(1, "Ala")]
    mine = workshop(
        people,
        [baseline(consensus=[Consensus("q1", 2, 3, "zgoda")])],
    )
    theirs = workshop(
        [Stakeholder(6, "Ala"), Stakeholder(7, "Iga")],
        [
            baseline(
                consensus=[Consensus("q1", 3, 3, "inna"), Consensus("q2", 1)],
                followups=[Followup("q3", 7, "2026-11-01", "sprawdzić")],
            )
        ],
    )
    plan = plan_merge(mine, theirs)
    assert [c.value for c in plan.new_consensus] == [Consensus("q2", 1)]
    (followup,) = plan.new_followups
    assert followup.value.owner_id == plan.new_stakeholders[0].id == 2
    (conflict,) = plan.conflicts
    assert conflict.kind is Kind.CONSENSUS
    assert (conflict.mine.note, conflict.theirs.note) == ("zgoda", "inna")


def test_merging_a_copy_into_itself_adds_nothing():
    content = workshop(
        [Stakeholder(1, "Ala", email="a@x")],
        [baseline([level(1, "q1", 2)], [Consensus("q1", 2)], [Followup("q2", 1)])],
        [Session(1, "2026-10-05", "Start", ("people",), (1,), "A", "N")],
        [evidence_file(1, "aa", session_id=1)],
        [Wording("q1", True, {"pl": "x"})],
    )
    plan = plan_merge(content, content)
    assert plan.is_empty
    assert resolve(plan, prefer=Side.THEIRS) == ()


def test_long_comments_and_emoji_survive_whole_in_a_conflict():
    long = "Ź" * 9_994 + "🙂🚀 end"
    people = [Stakeholder(1, "Zoë 😀")]
    mine = workshop(people, [baseline([level(1, "q1", 2, comment=long)])])
    theirs = workshop(people, [baseline([level(1, "q1", 3, comment="👍")])])
    (conflict,) = plan_merge(mine, theirs).conflicts
    assert conflict.mine.comment == long and len(long) == 10_000
    assert conflict.theirs.comment == "👍"


def test_steps_create_people_rounds_and_sessions_before_what_refers_to_them():
    theirs = workshop(
        [Stakeholder(1, "Iga")],
        [baseline([level(1, "q1", 2)], followups=[Followup("q1", 1)])],
        [Session(1, "2026-10-05", "Start", (), (1,))],
        [evidence_file(1, "aa", session_id=1)],
    )
    kinds = [s.kind for s in resolve(plan_merge(workshop(), theirs))]
    assert kinds == [
        Kind.STAKEHOLDER,
        Kind.ROUND,
        Kind.SESSION,
        Kind.EVIDENCE,
        Kind.RATING,
        Kind.FOLLOWUP,
    ]


# -- properties -------------------------------------------------------------------------------
NAMES = ("Anna Nowak", "anna  nowak", "Łukasz Dąbrowski", "Lukasz Dabrowski", "Jan Żak")
EMAILS = ("", "a@x.pl", "b@x.pl")
ROUNDS = (
    ("Baseline", RoundKind.BASELINE, "2026-10-21"),
    ("baseline", RoundKind.BASELINE, "2026-10-22"),
    ("Re-assessment", RoundKind.REASSESSMENT, "2027-04-01"),
)
SESSIONS = (("2026-10-05", "Start"), ("2026-10-05", "start"), ("2026-10-08", "Dane"))
TEXTS = ("", "a", "b", "Ź🙂")


@st.composite
def copies(draw) -> WorkshopContent:
    """One copy of a workshop: people, rounds and sessions drawn from shared pools, so
    two copies overlap the way co-facilitators' copies do."""
    names = draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=4))
    people = [
        Stakeholder(
            n + 1,
            name,
            draw(st.sampled_from(TEXTS)),
            "",
            draw(st.sampled_from(EMAILS)),
            draw(st.booleans()),
        )
        for n, name in enumerate(names)
    ]
    ids = [p.id for p in people]
    rounds = []
    for n, (name, kind, held_on) in enumerate(
        draw(st.lists(st.sampled_from(ROUNDS), unique=True, max_size=2))
    ):
        keys = draw(
            st.lists(
                st.tuples(st.sampled_from(ids), st.sampled_from(sorted(QUESTIONS))),
                unique=True,
                max_size=6,
            )
            if ids
            else st.just([])
        )
        ratings = [
            level(
                sid, qid, draw(st.integers(1, 5)), comment=draw(st.sampled_from(TEXTS))
            )
            for sid, qid in keys
        ]
        questions = draw(st.lists(st.sampled_from(sorted(QUESTIONS)), unique=True))
        consensus = [Consensus(q, draw(st.integers(1, 5))) for q in questions]
        followups = [
            Followup(
                q,
                draw(st.sampled_from([None, *ids])),
                None,
                draw(st.sampled_from(TEXTS)),
            )
            for q in draw(st.lists(st.sampled_from(sorted(QUESTIONS)), unique=True))
        ]
        participants = tuple(sorted(draw(st.sets(st.sampled_from(ids))) if ids else ()))
        rounds.append(
            RoundContent(
                Round(n + 1, name, kind, held_on),
                tuple(ratings),
                tuple(consensus),
                tuple(followups),
                participants,
            )
        )
    sessions = [
        Session(
            n + 1,
            held_on,
            title,
            (),
            tuple(
                sorted(draw(st.sets(st.sampled_from(ids)) if ids else st.just(set())))
            ),
            draw(st.sampled_from(TEXTS)),
            draw(st.sampled_from(TEXTS)),
        )
        for n, (held_on, title) in enumerate(
            draw(st.lists(st.sampled_from(SESSIONS), unique=True, max_size=2))
        )
    ]
    evidence = [
        evidence_file(
            n + 1, sha, draw(st.sampled_from([None, *[s.id for s in sessions]]))
        )
        for n, sha in enumerate(draw(st.lists(st.sampled_from(["aa", "bb", "cc"]))))
    ]
    wording = [
        Wording(q, draw(st.booleans()), {"pl": draw(st.sampled_from(TEXTS[1:]))})
        for q in draw(st.lists(st.sampled_from(sorted(QUESTIONS)), unique=True))
    ]
    return workshop(people, rounds, sessions, evidence, wording)


@st.composite
def pairs(draw) -> tuple[WorkshopContent, WorkshopContent]:
    """Two copies: unrelated, or the other copy made from this one and then captured
    further (other ids, names in other case, answers changed, dropped or added)."""
    mine = draw(copies())
    if draw(st.booleans()):
        return mine, draw(copies())
    ids = {p.id: p.id + 10 for p in mine.stakeholders}
    people = tuple(
        replace(p, id=ids[p.id], name=p.name.upper() if draw(st.booleans()) else p.name)
        for p in mine.stakeholders
    )
    rounds = []
    for content in mine.rounds:
        ratings = []
        for rating in content.ratings:
            fate = draw(st.sampled_from(["keep", "change", "drop"]))
            if fate == "drop":
                continue
            if fate == "change":
                rating = replace(rating, current=draw(st.integers(1, 5)), comment="🙂")
            ratings.append(replace(rating, stakeholder_id=ids[rating.stakeholder_id]))
        for sid in ids.values():  # answers captured only in the other copy
            question = draw(st.sampled_from(sorted(QUESTIONS)))
            if draw(st.booleans()) and all(
                (r.stakeholder_id, r.question_id) != (sid, question) for r in ratings
            ):
                ratings.append(level(sid, question, draw(st.integers(1, 5))))
        followups = tuple(
            replace(f, owner_id=None if f.owner_id is None else ids[f.owner_id])
            for f in content.followups
        )
        participants = tuple(sorted(ids[p] for p in content.participants))
        rounds.append(
            replace(
                content,
                ratings=tuple(ratings),
                followups=followups,
                participants=participants,
            )
        )
    sessions = tuple(
        replace(s, attendees=tuple(ids[a] for a in s.attendees)) for s in mine.sessions
    )
    return mine, replace(
        mine, stakeholders=people, rounds=tuple(rounds), sessions=sessions
    )


def ratings_of(content: WorkshopContent) -> int:
    return sum(len(c.ratings) for c in content.rounds)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs(), st.sampled_from(list(Side)))
def test_merging_the_same_copy_again_adds_nothing(copies_, prefer):
    mine, theirs = copies_
    once = merged(mine, resolve(plan_merge(mine, theirs), prefer=prefer))
    again = plan_merge(once, theirs)
    assert again.nothing_to_add, again.added()
    if prefer is Side.THEIRS:
        assert again.conflicts == ()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
def test_a_merge_never_drops_a_rating_of_either_side(copies_):
    mine, theirs = copies_
    plan = plan_merge(mine, theirs)
    result = merged(mine, resolve(plan))
    kept = {
        (c.round.id, r.stakeholder_id, r.question_id): r
        for c in result.rounds
        for r in c.ratings
    }
    for content in mine.rounds:  # every answer here is kept as it was
        for rating in content.ratings:
            assert (
                kept[(content.round.id, rating.stakeholder_id, rating.question_id)]
                == rating
            )
    # every answer there is added, identical, or listed as a conflict
    rating_conflicts = len(conflicts_of(plan, Kind.RATING))
    assert ratings_of(theirs) == (
        len(plan.new_ratings) + plan.identical.get(Kind.RATING, 0) + rating_conflicts
    )
    assert ratings_of(result) == ratings_of(mine) + len(plan.new_ratings)
    again = plan_merge(result, theirs)  # and all of them are now here
    assert ratings_of(theirs) == again.identical.get(Kind.RATING, 0) + len(
        conflicts_of(again, Kind.RATING)
    )
