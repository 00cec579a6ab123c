"""The demo roadmap's initiatives: what Bursztyn Delikatesy plans to do, by whom, when,
for how much, and which levels each brings. Every person and number is invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_workshop.domain.roadmap import InitiativeStatus, Move

CEO = "Katarzyna Wiśniewska"
CFO = "Grzegorz Nowicki"
MARKETING = "Tomasz Kowalczyk"
CRM_MANAGER = "Agnieszka Lewandowska"
SALES = "Piotr Zając"
STORES = "Michał Wójcik"
SERVICE = "Joanna Kamińska"
IT = "Paweł Szymański"
ARCHITECT = "Łukasz Dąbrowski"
LEGAL = "Ewa Mazur"
ECOMMERCE = "Magdalena Krawczyk"


@dataclass(frozen=True)
class DemoInitiative:
    title: str
    description: str
    owner: str
    department: str
    starts_in: int  # months after the baseline round
    months: int  # how long it runs
    budget: float  # PLN
    expected_roi: str
    kpis: str
    urgency: int
    feasibility: int
    status: InitiativeStatus
    strategic: bool
    moves: tuple[Move, ...]


# Moves start where the baseline's scores (consensus first), rounded, put each question.
INITIATIVES = (
    DemoInitiative(
        "Zespół CRM, komitet sterujący i wieloletni budżet",
        "Stały zespół CRM z właścicielem w zarządzie, kwartalny komitet sterujący, "
        "zatwierdzona lista projektów strategicznych i budżet na lata 2027–2029.",
        CEO,
        "board",
        0,
        6,
        180_000,
        "Warunek wszystkich pozostałych inicjatyw; decyzje w tygodniach, nie kwartałach.",
        "Zatwierdzona lista projektów\nBudżet CRM na 3 lata\nCele CRM w kartach celów dyrektorów",
        5,
        5,
        InitiativeStatus.IN_PROGRESS,
        True,
        (Move("1.1", 2, 4), Move("1.2", 2, 3), Move("1.3", 2, 4), Move("1.4", 1, 3)),
    ),
    DemoInitiative(
        "Porządek w zgodach marketingowych",
        "Źródło i data zgody dla całej bazy, kampania odnowienia zgód, jeden rejestr "
        "zgód dla sklepów, e-sklepu i infolinii.",
        LEGAL,
        "legal",
        1,
        6,
        120_000,
        "Bezpieczna podstawa prawna dla ok. 40% bazy, dziś wyłączonej z kampanii.",
        "Udział bazy ze źródłem i datą zgody\nLiczba odnowionych zgód",
        5,
        4,
        InitiativeStatus.PLANNED,
        False,
        (Move("3.3", 2, 3), Move("3.4", 3, 4)),
    ),
    DemoInitiative(
        "Integracja e-sklepu, kas i CRM",
        "Zamówienia i transakcje kasowe trafiają do CRM w ciągu 15 minut przez "
        "szynę integracyjną; koniec ręcznych eksportów do Excela.",
        IT,
        "it",
        4,
        11,
        1_200_000,
        "Ok. 2 etaty mniej pracy ręcznej w marketingu; kampanie dzień po zakupie.",
        "Opóźnienie danych w CRM (minuty)\nLiczba ręcznych eksportów miesięcznie",
        4,
        3,
        InitiativeStatus.PLANNED,
        True,
        (Move("2.1", 2, 3), Move("2.3", 2, 4), Move("2.4", 2, 3)),
    ),
    DemoInitiative(
        "Złoty rekord klienta (MDM)",
        "Reguły łączenia rekordów dla sklepów, e-sklepu i programu lojalnościowego; "
        "wspólny identyfikator klienta we wszystkich systemach.",
        ARCHITECT,
        "it",
        6,
        12,
        950_000,
        "Pomiar churnu i wartości klienta możliwy po raz pierwszy; mniej dubli w wysyłkach.",
        "Udział zduplikowanych profili\nUdział klientów z jednym ID we wszystkich kanałach",
        5,
        3,
        InitiativeStatus.PLANNED,
        True,
        (Move("3.1", 1, 3), Move("3.2", 2, 4), Move("3.5", 2, 3)),
    ),
    DemoInitiative(
        "Szkolenia i adopcja CRM w sieci sklepów",
        "Ambasadorzy CRM w każdym regionie, szkolenia kasjerów i kierowników, "
        "koniec notatek o klientach VIP w zeszytach.",
        STORES,
        "sales",
        5,
        8,
        150_000,
        "Więcej transakcji zidentyfikowanych; wiedza o klientach zostaje w firmie.",
        "Udział przeszkolonych pracowników sklepów\nAktywni użytkownicy CRM w sklepach",
        4,
        4,
        InitiativeStatus.PLANNED,
        False,
        (Move("1.5", 2, 3), Move("1.6", 2, 3)),
    ),
    DemoInitiative(
        "Ścieżki komunikacji: powitanie, po zakupie, win-back",
        "Zautomatyzowane ścieżki e-mail i SMS dla członków Bursztynowej Karty, "
        "sterowane segmentami wartości i ryzyka odejścia.",
        CRM_MANAGER,
        "marketing",
        8,
        7,
        260_000,
        "Churn członków programu −10%; ok. 1,8 mln zł dodatkowej sprzedaży rocznie.",
        "Churn członków programu\nPrzychód z kampanii win-back",
        4,
        4,
        InitiativeStatus.PLANNED,
        False,
        (Move("4.1", 3, 4), Move("4.3", 2, 3)),
    ),
    DemoInitiative(
        "Widok klienta 360° na infolinii i w sklepach",
        "Historia zakupów, reklamacji i kontaktów widoczna dla konsultantów infolinii "
        "i kierowników sklepów; klient nie musi powtarzać swojej sprawy.",
        SERVICE,
        "customer_service",
        11,
        10,
        420_000,
        "FCR z 58% do 75%; krótsze rozmowy na infolinii.",
        "FCR\nŚredni czas obsługi zgłoszenia\nCSAT po kontakcie",
        3,
        3,
        InitiativeStatus.PLANNED,
        True,
        (Move("4.2", 2, 3), Move("4.4", 2, 3), Move("4.6", 2, 3)),
    ),
    DemoInitiative(
        "Wielokanałowy dashboard wartości klienta",
        "Dashboard zarządu: CLV, churn, udział transakcji zidentyfikowanych i NPS "
        "według kanałów i regionów, zamiast tygodniowego raportu sprzedaży.",
        CFO,
        "finance",
        12,
        12,
        380_000,
        "Budżety marketingu przydzielane według wartości klienta, nie historii sprzedaży.",
        "CLV według segmentów\nCzas przygotowania raportu dla zarządu",
        3,
        3,
        InitiativeStatus.IDEA,
        True,
        (Move("5.2", 2, 4), Move("5.3", 1, 3), Move("5.4", 2, 3), Move("5.5", 2, 3)),
    ),
    DemoInitiative(
        "Własna aplikacja mobilna z kartą lojalnościową",
        "Odłożona przez zarząd: najpierw złoty rekord i integracja kanałów.",
        ECOMMERCE,
        "ecommerce",
        6,
        12,
        900_000,
        "",
        "Liczba aktywnych użytkowników aplikacji",
        2,
        2,
        InitiativeStatus.DROPPED,
        False,
        (Move("4.5", 3, 4),),
    ),
)
