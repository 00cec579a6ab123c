"""The demo's first follow-up: the round "Q1 2027", three months after the baseline.

Nine of the eleven stakeholders re-assess the grid, starting from their baseline
answers. The CRM team and the three-year budget lift 1.1 and 1.2, the board approved
the strategic project list (1.4, agreed in the room), and the ERP replacement
switched off part of the integration (2.2 falls). Measurable goals (1.3) were due at
level 3 in December and are still at 2: the report shows it as slipped. The answers
on customer value (area 5) are still carried over, to be confirmed at the next
session. Initiatives have status updates and KPI measurements, and the register has a
new risk. Every person and number is invented.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from crm_workshop.domain.assessment import Consensus, Rating
from crm_workshop.domain.progress import KpiActual, StatusUpdate
from crm_workshop.domain.roadmap import InitiativeStatus, Risk, RiskStatus
from crm_workshop.services.demo_initiatives import CEO, CFO, IT
from crm_workshop.services.progress import FollowUp
from crm_workshop.services.workshop import WorkshopSession

FOLLOW_UP = "Q1 2027"
HELD_ON = "2027-01-21"
ABSENT = ("Grzegorz Nowicki", "Magdalena Krawczyk")  # not at the follow-up
UNCONFIRMED_AREAS = ("value",)  # still carried over

# question -> (new current level for everyone who gave one, a comment, who says it)
CHANGES = {
    "1.1": (3, "Stały zespół CRM od listopada; komitet sterujący co miesiąc.", CEO),
    "1.2": (3, "Budżet CRM zatwierdzony na lata 2027–2029.", CFO),
    "2.2": (2, "Wymiana ERP: część interfejsów do CRM wyłączona do odwołania.", IT),
}
AGREED = (
    Consensus(
        "1.4", 3, 4, "Zarząd zatwierdził listę projektów strategicznych 15 grudnia."
    ),
)

# (initiative title start, date, status, note)
UPDATES = (
    (
        "Zespół CRM",
        "2026-11-16",
        InitiativeStatus.IN_PROGRESS,
        "Komitet sterujący powołany; pierwsze posiedzenie 16 listopada.",
    ),
    (
        "Zespół CRM",
        "2027-01-15",
        InitiativeStatus.IN_PROGRESS,
        "Lista projektów i budżet 3-letni zatwierdzone; cele w kartach dyrektorów "
        "jeszcze nie.",
    ),
    (
        "Porządek w zgodach",
        "2026-11-03",
        InitiativeStatus.IN_PROGRESS,
        "Start kampanii odnowienia zgód w e-sklepie i w sklepach.",
    ),
    (
        "Integracja e-sklepu",
        "2027-01-12",
        InitiativeStatus.PLANNED,
        "Wybrano partnera wdrożeniowego; start zależy od terminu wymiany ERP.",
    ),
    (
        "Wielokanałowy dashboard",
        "2027-01-18",
        InitiativeStatus.PLANNED,
        "Zarząd zatwierdził zakres; start w październiku 2027.",
    ),
)

# (initiative title start, KPI, unit, target, [(date, value)])
KPIS = (
    (
        "Porządek w zgodach",
        "Udział bazy ze źródłem i datą zgody",
        "%",
        95.0,
        (("2026-10-31", 60.0), ("2026-12-31", 74.0), ("2027-01-20", 81.0)),
    ),
    (
        "Porządek w zgodach",
        "Liczba odnowionych zgód",
        "tys.",
        120.0,
        (("2026-12-31", 38.0), ("2027-01-20", 52.0)),
    ),
    (
        "Zespół CRM",
        "Cele CRM w kartach celów dyrektorów",
        "szt.",
        6.0,
        (("2026-10-31", 0.0), ("2027-01-15", 2.0)),
    ),
)

NEW_RISK = Risk(
    None,
    "Wymiana ERP opóźniona o kwartał – integracja e-sklepu i kas może się przesunąć",
    ("integration", "2.2", "2.3"),
    4,
    4,
    "Interfejsy przejściowe dla e-sklepu; decyzja komitetu sterującego w lutym.",
    None,
    RiskStatus.OPEN,
)


def add_demo_progress(
    session: WorkshopSession, baseline_id: int, people: Mapping[str, int]
) -> int:
    """Write the follow-up round, status updates, KPI actuals and the new risk;
    returns the round's id."""
    progress = session.progress
    model = session.model
    round_id = progress.start_follow_up(
        FollowUp(
            FOLLOW_UP,
            HELD_ON,
            tuple(pid for name, pid in people.items() if name not in ABSENT),
            baseline_id,
        )
    )
    changed = []
    for rating in session.ratings(round_id):
        change = CHANGES.get(rating.question_id)
        if change is None or rating.current is None:
            continue
        level, comment, author = change
        said = comment if rating.stakeholder_id == people[author] else ""
        changed.append(
            Rating(
                rating.stakeholder_id,
                rating.question_id,
                rating.answer,
                level,
                max(level, rating.target or level),
                said,
            )
        )
    session.set_ratings(round_id, changed)  # changed answers are no longer carried
    for consensus in AGREED:
        session.set_consensus(round_id, consensus)
    confirmed = {
        (m.stakeholder_id, m.question_id)
        for m in progress.carried(round_id)
        if model.question(m.question_id).area_id not in UNCONFIRMED_AREAS
    }
    progress.confirm(round_id, sorted(confirmed, key=lambda k: (k[1], k[0] or 0)))

    initiatives = session.roadmap.initiatives()

    def initiative(title: str) -> int:
        return next(i.id for i in initiatives if i.title.startswith(title) and i.id)

    for title, day, status, note in UPDATES:
        progress.add_status_update(
            StatusUpdate(None, initiative(title), day, status, note)
        )
    for title, kpi, unit, target, values in KPIS:
        for day, value in values:
            progress.add_kpi_actual(
                KpiActual(None, initiative(title), kpi, value, day, target, unit)
            )
    # the demo's timeline is fictional: its risks are dated by the round they came up in
    baseline = next(r.held_on for r in session.rounds() if r.id == baseline_id)
    for risk in session.roadmap.risks():
        progress.date_risk(risk.id or 0, f"{baseline}T16:00:00.000+00:00")
    risk_id = session.roadmap.add_risk(replace(NEW_RISK, owner_id=people[IT]))
    progress.date_risk(risk_id, f"{HELD_ON}T15:30:00.000+00:00")
    return round_id
