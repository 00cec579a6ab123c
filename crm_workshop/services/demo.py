"""A realistic demo workshop: a fictional Polish retail chain three weeks into its engagement.

Deterministic (a fixed random seed), so screenshots, tests and benchmarks see the same
workshop every time. Every person and company here is invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from crm_workshop.domain.assessment import Answer, Consensus, Rating, RoundKind
from crm_workshop.domain.engagement import Engagement, Session
from crm_workshop.services.demo_progress import add_demo_progress
from crm_workshop.services.demo_roadmap import add_demo_roadmap
from crm_workshop.services.workshop import WorkshopSession

SEED = 20261005
BASELINE = "Baseline"


@dataclass(frozen=True)
class _Person:
    name: str
    role: str
    department: str
    email: str
    areas: tuple[str, ...]  # the areas this person answers
    bias: float  # how rosy this department's view is


PEOPLE = (
    _Person(
        "Katarzyna Wiśniewska",
        "Prezes Zarządu (CEO)",
        "board",
        "k.wisniewska@bursztyn.example",
        ("people", "value", "experience"),
        +0.4,
    ),
    _Person(
        "Grzegorz Nowicki",
        "Dyrektor Finansowy (CFO)",
        "finance",
        "g.nowicki@bursztyn.example",
        ("people", "value"),
        +0.2,
    ),
    _Person(
        "Tomasz Kowalczyk",
        "Dyrektor Marketingu",
        "marketing",
        "t.kowalczyk@bursztyn.example",
        ("people", "data", "experience", "value"),
        -0.2,
    ),
    _Person(
        "Agnieszka Lewandowska",
        "CRM Manager",
        "marketing",
        "a.lewandowska@bursztyn.example",
        ("people", "integration", "data", "experience", "value"),
        -0.5,
    ),
    _Person(
        "Piotr Zając",
        "Dyrektor Sprzedaży",
        "sales",
        "p.zajac@bursztyn.example",
        ("people", "experience", "value"),
        +0.3,
    ),
    _Person(
        "Michał Wójcik",
        "Kierownik Sieci Sklepów",
        "sales",
        "m.wojcik@bursztyn.example",
        ("people", "integration", "experience"),
        0.0,
    ),
    _Person(
        "Joanna Kamińska",
        "Dyrektor Obsługi Klienta",
        "customer_service",
        "j.kaminska@bursztyn.example",
        ("people", "integration", "experience"),
        -0.3,
    ),
    _Person(
        "Paweł Szymański",
        "Dyrektor IT",
        "it",
        "p.szymanski@bursztyn.example",
        ("integration", "data"),
        +0.5,
    ),
    _Person(
        "Łukasz Dąbrowski",
        "Architekt systemów",
        "it",
        "l.dabrowski@bursztyn.example",
        ("integration", "data"),
        +0.4,
    ),
    _Person(
        "Ewa Mazur",
        "Radca prawny",
        "legal",
        "e.mazur@bursztyn.example",
        ("data", "experience"),
        0.0,
    ),
    _Person(
        "Magdalena Krawczyk",
        "Kierownik E-commerce",
        "ecommerce",
        "m.krawczyk@bursztyn.example",
        ("integration", "data", "experience", "value"),
        -0.1,
    ),
)

# The company as the consultant judged it: (current level, target level) per question.
PROFILE: dict[str, tuple[float, int]] = {
    "1.1": (2.2, 4),
    "1.2": (2.0, 3),
    "1.3": (1.8, 4),
    "1.4": (1.4, 3),
    "1.5": (2.4, 3),
    "1.6": (1.9, 3),
    "2.1": (2.1, 3),
    "2.2": (2.6, 3),
    "2.3": (2.0, 4),
    "2.4": (1.8, 3),
    "2.5": (2.3, 3),
    "3.1": (1.5, 3),
    "3.2": (1.7, 4),
    "3.3": (2.1, 3),
    "3.4": (2.8, 4),
    "3.5": (1.6, 3),
    "3.6": (1.9, 3),
    "4.1": (3.1, 4),
    "4.2": (2.0, 3),
    "4.3": (1.6, 3),
    "4.4": (1.9, 3),
    "4.5": (2.5, 3),
    "4.6": (1.7, 3),
    "5.1": (1.6, 3),
    "5.2": (1.8, 4),
    "5.3": (1.3, 3),
    "5.4": (2.0, 3),
    "5.5": (1.5, 3),
}

# Where the room truly disagreed: question -> department -> level that department gave.
DISAGREEMENTS: dict[str, dict[str, int]] = {
    "2.3": {"it": 4, "marketing": 1, "ecommerce": 2, "customer_service": 1},
    "3.2": {"it": 4, "marketing": 1, "legal": 2},
    "5.2": {"board": 4, "marketing": 1, "finance": 3, "analytics": 2},
    "4.2": {"sales": 3, "customer_service": 1, "marketing": 2},
}

COMMENTS: dict[tuple[str, str], str] = {
    (
        "Agnieszka Lewandowska",
        "3.2",
    ): "Ten sam klient ma trzy karty: w sklepie, w e-sklepie i w programie lojalnościowym.",
    (
        "Paweł Szymański",
        "3.2",
    ): "The MDM module is licensed; matching rules exist for the loyalty card base.",
    (
        "Paweł Szymański",
        "2.3",
    ): "ERP ↔ e-commerce integration runs nightly via an ESB; CRM gets orders the next day.",
    (
        "Tomasz Kowalczyk",
        "2.3",
    ): "Dla marketingu integracja nie istnieje – listy z e-sklepu eksportujemy ręcznie do Excela.",
    (
        "Katarzyna Wiśniewska",
        "5.2",
    ): "Co tydzień dostaję raport sprzedaży – to nasz dashboard.",
    (
        "Agnieszka Lewandowska",
        "5.2",
    ): "The weekly report is sales only; no channel or campaign view at all.",
    (
        "Ewa Mazur",
        "3.4",
    ): "Zgody zbierane od 2018 r., ale brak daty i źródła zgody dla ok. 40% bazy.",
    (
        "Joanna Kamińska",
        "4.2",
    ): "Klient dzwoniący na infolinię musi powtarzać, co ustalił w sklepie.",
    (
        "Piotr Zając",
        "4.2",
    ): "Stores see loyalty data at the POS, which works well for us.",
    (
        "Magdalena Krawczyk",
        "3.5",
    ): "Dane z e-sklepu nie są łączone z kartą lojalnościową (brak wspólnego ID).",
    (
        "Grzegorz Nowicki",
        "1.2",
    ): "Budżet na CRM zatwierdzony tylko na 2027 r.; dalej – decyzja po wynikach pilotażu.",
    ("Michał Wójcik", "1.6"): "Kierownicy sklepów notują klientów VIP w zeszytach.",
    (
        "Katarzyna Wiśniewska",
        "1.3",
    ): "Target for 2027: customer satisfaction +15%, churn of loyalty members −10%.",
    (
        "Łukasz Dąbrowski",
        "2.1",
    ): "Mamy 14 systemów z danymi klientów; mapa jest w Confluence, ale nieaktualna.",
    (
        "Agnieszka Lewandowska",
        "4.3",
    ): "Only a welcome e-mail; no post-purchase or win-back journeys yet.",
}

CONSENSUS = (
    Consensus(
        "1.4", 1, 3, "Brak zatwierdzonej listy projektów – uzgodniono w sesji 2."
    ),
    Consensus(
        "2.3", 2, 4, "IT sees the ESB; business sees manual exports. Agreed: level 2."
    ),
    Consensus("3.2", 2, 4, "MDM licensed but matching covers only the loyalty base."),
    Consensus(
        "3.4",
        3,
        4,
        "Central consent store exists; source/date missing for part of base.",
    ),
    Consensus("4.1", 3, 4, "Regularny newsletter z kalendarzem treści."),
    Consensus(
        "5.2", 2, 4, "Tygodniowy raport sprzedaży to nie dashboard wielokanałowy."
    ),
)

SESSIONS = (
    (
        "2026-10-05",
        "Kick-off: model CRM, wizja i mocne/słabe strony",
        ("people", "integration", "data", "experience", "value"),
        "Presentation of the CRM Maturity Model, the five areas and the 1-5 scale. First round of strengths and weaknesses.",
        "Zarząd potwierdził cel: satysfakcja klienta +15% w 2027 r.",
    ),
    (
        "2026-10-08",
        "Ludzie i organizacja; wartość klienta",
        ("people", "value"),
        "Areas 1 and 5 with the board, finance, marketing and sales.",
        "Disagreement on dashboards (5.2): the board considers the weekly sales report sufficient.",
    ),
    (
        "2026-10-14",
        "Integracja systemów i dane o klientach",
        ("integration", "data"),
        "Areas 2 and 3 with IT, e-commerce, marketing and legal.",
        "IT vs marketing on integration (2.3) and the golden record (3.2); consensus reached on both.",
    ),
    (
        "2026-10-21",
        "Doświadczenie klienta i konsolidacja",
        ("experience",),
        "Area 4, then open items and targets for all areas.",
        "Two don't-know items remain on consents (3.4) for legal to validate.",
    ),
)


def _level(value: float) -> int:
    return max(1, min(5, round(value)))


def _ratings_for(
    person: _Person,
    person_id: int,
    question_ids: list[str],
    area_of: dict[str, str],
    rng: random.Random,
) -> list[Rating]:
    ratings: list[Rating] = []
    for qid in question_ids:
        if area_of[qid] not in person.areas:
            continue
        current_value, target = PROFILE[qid]
        comment = COMMENTS.get((person.name, qid), "")
        roll = rng.random()
        if (
            person.department == "legal"
            and area_of[qid] == "experience"
            and qid in {"4.1", "4.5"}
        ):
            ratings.append(
                Rating(person_id, qid, Answer.NOT_APPLICABLE, comment=comment)
            )
            continue
        if roll < 0.05:
            ratings.append(
                Rating(person_id, qid, Answer.DONT_KNOW, target=target, comment=comment)
            )
            continue
        forced = DISAGREEMENTS.get(qid, {}).get(person.department)
        level = forced or _level(current_value + person.bias / 2 + rng.gauss(0, 0.2))
        wanted = max(level, _level(target + rng.choice((-1, 0, 0, 0, 1))))
        ratings.append(Rating(person_id, qid, Answer.LEVEL, level, wanted, comment))
    return ratings


def create_demo(path: Path | str, *, follow_up: bool = False) -> WorkshopSession:
    """Write the demo workshop to ``path`` (which must not exist) and return it open.

    With ``follow_up``, also its first follow-up round, "Q1 2027", with status
    updates and KPI actuals (``demo_progress``): the demo ``crm-workshop demo`` writes
    and the app opens. Without, the workshop as it stood after the baseline.
    """
    rng = random.Random(SEED)
    session = WorkshopSession.create(
        path,
        Engagement(
            client_name="Bursztyn Delikatesy S.A.",
            client_industry="Handel detaliczny – sieć delikatesów (42 sklepy, e-sklep)",
            client_size="1 200 pracowników",
            consultant="Marta Zielińska",
            consultancy="Northlight CRM Advisory",
            starts_on="2026-10-05",
            ends_on="2026-10-30",
            languages=("pl", "en"),
            report_language="pl",
            vision=(
                "Każdy klient Bursztynu jest rozpoznawany w każdym kanale, "
                "a każdy kontakt potwierdza, że dokonał dobrego wyboru."
            ),
        ),
        model_source="demo",
    )
    try:
        model = session.model
        question_ids = [q.id for q in model.questions()]
        area_of = {q.id: q.area_id for q in model.questions()}
        with session.transaction():
            ids = {
                p.name: session.add_stakeholder(p.name, p.role, p.department, p.email)
                for p in PEOPLE
            }
            for held_on, title, areas, agenda, notes in SESSIONS:
                attendees = tuple(
                    ids[p.name] for p in PEOPLE if set(p.areas) & set(areas)
                )
                session.add_session(
                    Session(0, held_on, title, areas, attendees, agenda, notes)
                )
            round_id = session.add_round(BASELINE, RoundKind.BASELINE, "2026-10-21")
            ratings = [
                r
                for p in PEOPLE
                for r in _ratings_for(p, ids[p.name], question_ids, area_of, rng)
            ]
            session.set_ratings(round_id, ratings)
            for consensus in CONSENSUS:
                session.set_consensus(round_id, consensus)
            add_demo_roadmap(session, round_id, ids)
            if follow_up:
                add_demo_progress(session, round_id, ids)
    except BaseException:
        session.close()
        raise
    return session
