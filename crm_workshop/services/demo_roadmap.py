"""The demo workshop's roadmap: what Bursztyn Delikatesy plans after the baseline.

Measurable objectives, the board's customer-satisfaction goal cascaded to its
directors, initiatives across the five areas with the levels they bring, target months,
risks, focus areas and two months the consultant set by hand. Written in Polish, the
client's language; months count from the baseline round's month. Every person and
number here is invented.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from crm_workshop.domain.roadmap import (
    FocusArea,
    Goal,
    GoalLevel,
    HintDecision,
    Initiative,
    LevelOverride,
    Month,
    Risk,
    RiskStatus,
)
from crm_workshop.services.demo_initiatives import (
    ARCHITECT,
    CEO,
    CFO,
    INITIATIVES,
    IT,
    LEGAL,
    MARKETING,
    SALES,
    SERVICE,
    STORES,
)
from crm_workshop.services.workshop import WorkshopSession


@dataclass(frozen=True)
class _Objective:
    title: str
    owner: str
    department: str
    kpi: str
    unit: str
    baseline: float
    target: float
    due_in: int  # months after the baseline round


OBJECTIVES = (
    _Objective(
        "Ograniczyć odejścia członków programu Bursztynowa Karta o 10%",
        MARKETING,
        "marketing",
        "Churn członków programu lojalnościowego (12 mies.)",
        "%",
        28.0,
        25.2,
        14,
    ),
    _Objective(
        "Podnieść satysfakcję klientów (NPS) we wszystkich kanałach",
        SERVICE,
        "customer_service",
        "NPS po zakupie (sklepy, e-sklep, infolinia)",
        "pkt",
        31.0,
        45.0,
        20,
    ),
    _Objective(
        "Rozpoznawać klienta w większości transakcji",
        SALES,
        "sales",
        "Udział transakcji zidentyfikowanych (karta lub konto)",
        "%",
        38.0,
        60.0,
        20,
    ),
)

BOARD_GOAL = Goal(
    None,
    GoalLevel.BOARD,
    "Satysfakcja klientów +15% do końca 2027 r.",
    department="board",
    kpi="CSAT – badanie satysfakcji po zakupie",
    unit="%",
    baseline=72.0,
    target=83.0,
)

# (owner, department, goal, KPI, unit, baseline, target, planned actions)
DIRECTOR_GOALS = (
    (
        MARKETING,
        "marketing",
        "Komunikacja dopasowana do klienta zamiast masowych gazetek",
        "Udział kampanii personalizowanych",
        "%",
        10.0,
        60.0,
        "Segmentacja bazy Bursztynowej Karty według wartości i ryzyka odejścia\n"
        "Ścieżki powitalne, posprzedażowe i win-back\n"
        "Kalendarz kampanii uzgadniany ze sprzedażą co miesiąc",
    ),
    (
        SALES,
        "sales",
        "Klient rozpoznany przy każdej kasie",
        "Udział transakcji zidentyfikowanych",
        "%",
        38.0,
        60.0,
        "Cel identyfikacji klientów w premii kierowników sklepów\n"
        "Karta w aplikacji i numer telefonu przy kasie zamiast plastiku\n"
        "Szkolenie kasjerów: jak zapytać o kartę w 5 sekund",
    ),
    (
        SERVICE,
        "customer_service",
        "Sprawa załatwiona przy pierwszym kontakcie",
        "FCR – rozwiązanie przy pierwszym kontakcie",
        "%",
        58.0,
        75.0,
        "Historia zakupów i reklamacji widoczna na infolinii\n"
        "Wspólna baza wiedzy dla infolinii i sklepów\n"
        "Ankieta CSAT po każdym zgłoszeniu",
    ),
    (
        IT,
        "it",
        "Jeden profil klienta dostępny we wszystkich kanałach",
        "Systemy zasilające wspólny profil klienta (z 14)",
        "szt.",
        3.0,
        10.0,
        "Integracja e-sklepu i POS z CRM w ciągu 15 minut zamiast nocnego eksportu\n"
        "Wdrożenie reguł łączenia rekordów w MDM dla całej bazy\n"
        "Aktualna mapa systemów i przepływów danych",
    ),
)


TARGET_MONTHS = {  # area -> months after the baseline round
    "people": 12,
    "integration": 14,
    "data": 18,
    "experience": 20,
    "value": 23,
}

RISKS = (
    (
        "Koszt integracji 14 systemów z danymi klientów przekroczy budżet",
        ("integration", "2.1"),
        3,
        4,
        "Etapy: najpierw e-sklep i kasy; rezerwa 15% budżetu; przegląd co kwartał.",
        CFO,
    ),
    (
        "Kierownicy sklepów nie będą rejestrować klientów przy kasie",
        ("1.6", "4.2"),
        4,
        3,
        "Cel identyfikacji w premiach; ambasadorzy CRM w regionach; ranking sklepów.",
        STORES,
    ),
    (
        "Brak podstawy prawnej dla części bazy – ryzyko kary z RODO",
        ("3.4",),
        3,
        5,
        "Kampania odnowienia zgód; rejestr źródła i daty zgody przed kampaniami win-back.",
        LEGAL,
    ),
    (
        "Zależność od jednego dostawcy MDM i wąskie kompetencje w zespole",
        ("data", "3.2"),
        2,
        4,
        "Szkolenie dwóch architektów; udokumentowane reguły łączenia; SLA w umowie.",
        ARCHITECT,
    ),
    (
        "Zespół IT przeciążony równoległą wymianą ERP",
        ("integration", "data"),
        4,
        3,
        "Komitet sterujący ustala priorytety co kwartał; partner wdrożeniowy do integracji.",
        IT,
    ),
)

FOCUS_AREAS = (
    (
        "data",
        "Ten sam klient ma trzy karty: bez złotego rekordu nie da się zmierzyć "
        "churnu ani spersonalizować komunikacji.",
    ),
    (
        "1.4",
        "Brak zatwierdzonej listy projektów strategicznych – inicjatywy konkurują "
        "o budżet i ludzi.",
    ),
    (
        "5.2",
        "Zarząd ocenia klientów tygodniowym raportem sprzedaży; potrzebny obraz "
        "wielokanałowy: wartość, odejścia, satysfakcja.",
    ),
)

# The consultant's months: (question, level, months after the baseline round).
LEVEL_OVERRIDES = (
    ("3.4", 4, 4),  # the legal team promised the consent register early
    ("5.2", 3, 15),  # the board wants a first dashboard before the whole project ends
)


# The consultant has gone through some of the analysis' hints (keys: domain/hints.py).
HINT_DECISIONS = {
    "budget_horizon:1.2": HintDecision.CONFIRMED,
    "adoption_lag:1.6": HintDecision.CONFIRMED,
    "target_without_initiative:3.6": HintDecision.DISMISSED,
}


def add_demo_roadmap(
    session: WorkshopSession, round_id: int, people: Mapping[str, int]
) -> None:
    """Write the demo's roadmap; months count from the round's month."""
    roadmap = session.roadmap
    start = Month.parse(next(r.held_on for r in session.rounds() if r.id == round_id))

    def month(offset: int) -> str:
        return str(start.plus(offset))

    for position, item in enumerate(OBJECTIVES):
        roadmap.add_goal(
            Goal(
                None,
                GoalLevel.OBJECTIVE,
                item.title,
                owner_id=people[item.owner],
                department=item.department,
                kpi=item.kpi,
                unit=item.unit,
                baseline=item.baseline,
                target=item.target,
                due_on=month(item.due_in),
                position=position,
            )
        )
    board_id = roadmap.add_goal(
        replace(BOARD_GOAL, owner_id=people[CEO], due_on=month(14))
    )
    for position, director in enumerate(DIRECTOR_GOALS):
        owner, department, title, kpi, unit, baseline, target, actions = director
        roadmap.add_goal(
            Goal(
                None,
                GoalLevel.DIRECTOR,
                title,
                parent_id=board_id,
                owner_id=people[owner],
                department=department,
                kpi=kpi,
                unit=unit,
                baseline=baseline,
                target=target,
                due_on=month(14),
                actions=actions,
                position=position,
            )
        )
    for plan in INITIATIVES:
        roadmap.add_initiative(
            Initiative(
                None,
                plan.title,
                plan.description,
                owner_id=people[plan.owner],
                department=plan.department,
                starts_on=month(plan.starts_in),
                ends_on=month(plan.starts_in + plan.months - 1),
                budget=plan.budget,
                expected_roi=plan.expected_roi,
                kpis=plan.kpis,
                urgency=plan.urgency,
                feasibility=plan.feasibility,
                status=plan.status,
                strategic=plan.strategic,
                moves=plan.moves,
            )
        )
    for area_id, offset in TARGET_MONTHS.items():
        roadmap.set_target_date(area_id, month(offset))
    for description, scope, likelihood, impact, mitigation, owner in RISKS:
        roadmap.add_risk(
            Risk(
                None,
                description,
                scope,
                likelihood,
                impact,
                mitigation,
                people[owner],
                RiskStatus.OPEN,
            )
        )
    for position, (scope, reason) in enumerate(FOCUS_AREAS):
        roadmap.add_focus_area(FocusArea(None, scope, reason, position))
    for question_id, level, offset in LEVEL_OVERRIDES:
        roadmap.set_level_override(LevelOverride(question_id, level, month(offset)))
    for key, decision in HINT_DECISIONS.items():
        roadmap.decide_hint(key, decision)
