"""The roadmap chapters' own words in English and Polish (``ReportText.roadmap``).

Months and quarters are worded here: "March 2027" / "marzec 2027" (a month on its own
takes the nominative in Polish), "Q2 2027" / "II kw. 2027". Every analysis hint has a
message in both languages; its values arrive already worded.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class RoadmapText:
    language: str
    # chapters
    when_levels: str
    vision: str
    cascade: str
    projects: str
    risks: str
    focus: str
    # 1. when higher levels are reached
    plan_intro: str  # {start} {end}: quarters
    timeline_caption: str  # {n}
    timeline_now: str
    projected_caption: str  # {n} {end}
    now: str  # radar series
    at_end: str  # {end}
    area_path: str  # {now} {path} {end}
    area_no_path: str
    levels_over_time: str
    level: str  # "L{level}"
    level_now: str  # "{level} now"
    level_in: str  # "{level} {quarter}"
    target_unplanned: str  # {level}
    overridden_note: str
    nothing_planned: str
    # 2. vision and objectives
    objectives: str
    objective: str
    kpi: str
    unit: str
    baseline: str
    target: str
    due: str
    no_vision: str
    no_objectives: str
    nothing_vision: str
    # 3. goal cascade
    director: str
    director_goal: str
    actions: str
    board_goal: str
    no_directors: str
    orphan_goals: str
    nothing_cascade: str
    measure_line: str  # {kpi} {baseline} {target} {due}
    # 4. strategic project list
    projects_intro: str
    owner: str
    questions: str
    timing: str
    budget: str
    kpis: str
    roi: str
    scores: str  # {urgency} {feasibility}
    matrix_intro: str
    matrix_caption: str  # {n}
    matrix_unscored: str  # {projects}
    urgency: str
    feasibility: str
    corner: str
    strategic_legend: str
    other_legend: str
    strategic_heading: str
    other_projects: str
    project: str
    status: str
    no_strategic: str
    nothing_projects: str
    move: str  # {question} {title} {from_level} {to_level}
    # 5. risks
    register: str
    description: str
    affects: str
    area_short: str  # {number}
    severity: str
    severity_note: str
    mitigation: str
    flagged: str
    flagged_intro: str
    no_risks: str
    nothing_risks: str
    # 6. focus areas
    focus_intro: str
    where: str
    why: str
    nothing_focus: str
    # the drafted summary
    draft_projects: str  # {count}
    draft_risks: str
    draft_decisions: str
    project_forms: tuple[str, str, str]
    # words
    initiative_status: Mapping[str, str]
    risk_status: Mapping[str, str]
    hints: Mapping[str, str]  # HintKind value -> message template
    not_planned: str  # a month a hint lacks
    months: tuple[str, ...]  # nominative
    decimal_comma: bool

    def quarter(self, year: int, number: int) -> str:
        if self.language == "pl":
            return f"{ROMAN[number - 1]} kw. {year}"
        return f"Q{number} {year}"

    def quarter_of(self, month: str | None) -> str:
        """The quarter holding ``YYYY-MM``; anything unreadable as typed."""
        parsed = _month(month)
        if parsed is None:
            return month or "–"
        return self.quarter(parsed[0], (parsed[1] - 1) // 3 + 1)

    def month(self, month: str | None) -> str:
        """``2027-03`` as "March 2027"; anything unreadable as typed."""
        parsed = _month(month)
        if parsed is None:
            return month or "–"
        return f"{self.months[parsed[1] - 1]} {parsed[0]}"

    def months_range(self, start: str | None, end: str | None) -> str:
        if not start and not end:
            return "–"
        if not start or not end or start == end:
            return self.month(start or end)
        first, last = _month(start), _month(end)
        if first and last and first[0] == last[0]:
            return f"{self.months[first[1] - 1]} – {self.month(end)}"
        return f"{self.month(start)} – {self.month(end)}"

    def amount(self, value: float | None) -> str:
        """A figure as typed: no decimals when whole, thousands grouped."""
        if value is None or math.isnan(value):
            return "–"
        text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
        text = text.rstrip("0").rstrip(".") if "." in text else text
        text = text.replace("-", "−")
        if self.decimal_comma:
            return text.replace(",", "\u00a0").replace(".", ",")
        return text

    def hint(self, kind: str, values: Mapping[str, str]) -> str:
        """The message of a hint; a value it lacks reads as an en dash."""
        template = self.hints.get(kind)
        if template is None:
            return kind.replace("_", " ")
        return template.format_map(_Missing(values))


class _Missing(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "–"


def _month(text: str | None) -> tuple[int, int] | None:
    if not text or len(text) < 7 or text[4] != "-":
        return None
    try:
        year, month = int(text[:4]), int(text[5:7])
    except ValueError:
        return None
    return (year, month) if 1 <= month <= 12 else None


ENGLISH_ROADMAP = RoadmapText(
    language="en",
    when_levels="When higher levels are reached",
    vision="Vision and objectives",
    cascade="Goal cascade by director",
    projects="Strategic project list",
    risks="Risks and threats",
    focus="Places needing attention",
    plan_intro="The plan runs from {start} to {end}. The chart shows the initiatives by quarter and the quarter in which each area's score reaches a whole level; the tables below give every question's steps.",
    timeline_caption="Figure {n}. Initiatives by quarter (strategic projects highlighted); a diamond marks the quarter in which an area's score reaches the level it shows.",
    timeline_now="assessment",
    projected_caption="Figure {n}. Maturity by area now (solid), at the end of the plan, {end} (dashed), and the target (dotted).",
    now="Now",
    at_end="End of plan ({end})",
    area_path="Area score {now} now{path}; {end} at the end of the plan.",
    area_no_path="No higher level of this area is planned yet.",
    levels_over_time="Levels over time",
    level="L{level}",
    level_now="{level} now",
    level_in="{level} {quarter}",
    target_unplanned="target {level} not planned",
    overridden_note="* month set by the consultant rather than derived from the initiatives.",
    nothing_planned="No initiative with dates raises a level yet, so no dates for higher levels can be given.",
    objectives="Objectives",
    objective="Objective",
    kpi="KPI",
    unit="Unit",
    baseline="Baseline",
    target="Target",
    due="By",
    no_vision="No vision has been written down yet.",
    no_objectives="No measurable objectives have been set yet.",
    nothing_vision="No vision or measurable objectives have been written down yet.",
    director="Director",
    director_goal="Their goal",
    actions="Planned actions",
    board_goal="Board goal",
    no_directors="No director has taken up this goal yet.",
    orphan_goals="Director goals not tied to a board goal",
    nothing_cascade="No board goal has been cascaded to the directors yet.",
    measure_line="{kpi}: from {baseline} to {target} by {due}",
    projects_intro="The projects chosen as urgent and feasible, with the questions each one lifts, its timing, budget, KPIs and expected return.",
    owner="Owner",
    questions="Questions",
    timing="Timing",
    budget="Budget",
    kpis="KPIs",
    roi="Expected ROI",
    scores="{urgency} · {feasibility} (of 5)",
    matrix_intro="Every initiative scored for urgency and feasibility; the strategic ones are filled, each labelled by its number.",
    matrix_caption="Figure {n}. Prioritisation: urgency (across) and feasibility (up); the shaded corner is urgent and feasible.",
    matrix_unscored="Not scored, so not in the chart: {projects}.",
    urgency="Urgency",
    feasibility="Feasibility",
    corner="urgent and feasible",
    strategic_legend="strategic project",
    other_legend="other initiative",
    strategic_heading="Strategic projects",
    other_projects="Other initiatives",
    project="Initiative",
    status="Status",
    no_strategic="No initiative has been chosen for the strategic list yet.",
    nothing_projects="No initiatives have been planned yet.",
    move="{question} {title}: L{from_level} → L{to_level}",
    register="Risk register",
    description="Risk",
    affects="Affects",
    area_short="Area {number}",
    severity="Severity",
    severity_note="Severity is likelihood × impact, each scored 1–5; the most severe risks come first.",
    mitigation="Mitigation",
    flagged="Flagged by the analysis",
    flagged_intro="Patterns the analysis found in the scores and the plan, confirmed by the consultant as real for this company:",
    no_risks="No risks have been entered in the register.",
    nothing_risks="No risks have been recorded.",
    focus_intro="Where more work, investment or attention is needed, and why:",
    where="Where",
    why="Why",
    nothing_focus="No places needing additional attention have been marked.",
    draft_projects="The strategic project list holds {count}:",
    draft_risks="The most severe risks to the CRM strategy:",
    draft_decisions="The board is asked to confirm the strategic project list, its budget and its owners.",
    project_forms=("project", "projects", "projects"),
    initiative_status={
        "idea": "idea",
        "planned": "planned",
        "in_progress": "in progress",
        "done": "done",
        "dropped": "dropped",
    },
    risk_status={
        "open": "open",
        "mitigated": "mitigated",
        "accepted": "accepted",
        "closed": "closed",
    },
    hints={
        "target_without_initiative": "{question}: no initiative brings it to its target, L{target}; the plan reaches L{planned} (L{start} now).",
        "initiative_without_question": "The initiative {initiative} is linked to no question, so it raises no maturity level in the plan.",
        "initiative_after_target_date": "The initiative {initiative} ends later ({ends_on}) than the target date for {question} ({due}).",
        "big_step": "{question} rises from L{from_level} to L{to_level} between {first} and {last}: too big a step for under six months; short, safe steps are safer.",
        "budget_horizon": "The budget horizon ({question}) stands at level {level} while targets elsewhere reach level {highest_target}: the funding may not last as long as the plan.",
        "golden_record_first": "The golden record ({question}) reaches level {golden_level} ({golden_month}) before system integration ({others}) reaches level 3 ({integration_month}): customer data cannot be unified all at once.",
        "consents_lag": "Marketing consents ({question}) stand at level {level} while the targets for {others} rise: missing legal approval may hold the campaigns back.",
        "no_strategic_list": "There is no strategic project list ({question} at level {level}): without one there is no real CRM strategy and projects get lost.",
        "goals_not_quantified": "The goals are not quantified ({question} at level {level}): the plan needs concrete, bounded objectives.",
        "technology_ahead": "Technology targets ({area}: {technology_target}) run {difference} levels ahead of the people and data targets (as low as {other_target}): CRM is not a technology matter, and technology is best chosen last.",
        "adoption_lag": "Training and adoption ({question}) stand at level {level} while changes to the systems are planned ({initiatives}): expect habit-driven resistance and incomplete data.",
        "big_gap_soon": "{question} is to rise from L{start} to L{target} by {due}, within {months} months: too big a step for so short a time.",
    },
    not_planned="not planned",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    decimal_comma=False,
)

POLISH_ROADMAP = RoadmapText(
    language="pl",
    when_levels="Kiedy zostaną osiągnięte wyższe poziomy",
    vision="Wizja i cele",
    cascade="Kaskada celów na dyrektorów",
    projects="Lista projektów strategicznych",
    risks="Ryzyka i zagrożenia",
    focus="Miejsca wymagające uwagi",
    plan_intro="Plan obejmuje okres od {start} do {end}. Wykres pokazuje inicjatywy w kolejnych kwartałach oraz kwartał, w którym wynik każdego obszaru osiąga pełny poziom; tabele poniżej podają kroki każdego pytania.",
    timeline_caption="Rysunek {n}. Inicjatywy w kwartałach (projekty strategiczne wyróżnione); romb oznacza kwartał, w którym wynik obszaru osiąga wskazany poziom.",
    timeline_now="ocena",
    projected_caption="Rysunek {n}. Dojrzałość w obszarach obecnie (linia ciągła), na koniec planu, {end} (linia przerywana), oraz cel (linia kropkowana).",
    now="Obecnie",
    at_end="Koniec planu ({end})",
    area_path="Wynik obszaru obecnie {now}{path}; na koniec planu {end}.",
    area_no_path="Nie zaplanowano jeszcze wyższego poziomu tego obszaru.",
    levels_over_time="Poziomy w czasie",
    level="poz. {level}",
    level_now="{level} obecnie",
    level_in="{level}: {quarter}",
    target_unplanned="cel {level} nie zaplanowany",
    overridden_note="* miesiąc ustalony przez konsultanta, a nie wyliczony z inicjatyw.",
    nothing_planned="Żadna inicjatywa z datami nie podnosi jeszcze poziomu, więc nie można podać terminów wyższych poziomów.",
    objectives="Cele",
    objective="Cel",
    kpi="KPI",
    unit="Jednostka",
    baseline="Wartość wyjściowa",
    target="Wartość docelowa",
    due="Termin",
    no_vision="Wizja nie została jeszcze spisana.",
    no_objectives="Nie wyznaczono jeszcze mierzalnych celów.",
    nothing_vision="Nie spisano jeszcze wizji ani mierzalnych celów.",
    director="Dyrektor",
    director_goal="Cel dyrektora",
    actions="Planowane działania",
    board_goal="Cel zarządu",
    no_directors="Żaden dyrektor nie przejął jeszcze tego celu.",
    orphan_goals="Cele dyrektorów niezwiązane z celem zarządu",
    nothing_cascade="Cele zarządu nie zostały jeszcze rozpisane na dyrektorów.",
    measure_line="{kpi}: z {baseline} do {target}, termin: {due}",
    projects_intro="Projekty wybrane jako pilne i wykonalne: pytania, które każdy z nich podnosi, harmonogram, budżet, KPI i oczekiwany zwrot.",
    owner="Właściciel",
    questions="Pytania",
    timing="Harmonogram",
    budget="Budżet",
    kpis="KPI",
    roi="Oczekiwany zwrot (ROI)",
    scores="{urgency} · {feasibility} (w skali 1–5)",
    matrix_intro="Każda inicjatywa oceniona pod względem pilności i wykonalności; strategiczne są wypełnione, każda oznaczona swoim numerem.",
    matrix_caption="Rysunek {n}. Priorytety: pilność (w poziomie) i wykonalność (w pionie); zacieniony narożnik to projekty pilne i wykonalne.",
    matrix_unscored="Bez oceny, więc poza wykresem: {projects}.",
    urgency="Pilność",
    feasibility="Wykonalność",
    corner="pilne i wykonalne",
    strategic_legend="projekt strategiczny",
    other_legend="inna inicjatywa",
    strategic_heading="Projekty strategiczne",
    other_projects="Pozostałe inicjatywy",
    project="Inicjatywa",
    status="Status",
    no_strategic="Żadna inicjatywa nie została jeszcze wybrana na listę strategiczną.",
    nothing_projects="Nie zaplanowano jeszcze żadnych inicjatyw.",
    move="{question} {title}: poz. {from_level} → poz. {to_level}",
    register="Rejestr ryzyk",
    description="Ryzyko",
    affects="Dotyczy",
    area_short="Obszar {number}",
    severity="Waga",
    severity_note="Waga to prawdopodobieństwo × wpływ, każde w skali 1–5; najpoważniejsze ryzyka są na początku.",
    mitigation="Działania zaradcze",
    flagged="Sygnały z analizy",
    flagged_intro="Wzorce, które analiza wykryła w wynikach i planie, a konsultant potwierdził jako rzeczywiste w tej firmie:",
    no_risks="W rejestrze nie wpisano żadnych ryzyk.",
    nothing_risks="Nie zapisano żadnych ryzyk.",
    focus_intro="Gdzie potrzeba dodatkowej pracy, inwestycji lub uwagi, i dlaczego:",
    where="Gdzie",
    why="Dlaczego",
    nothing_focus="Nie wskazano miejsc wymagających dodatkowej uwagi.",
    draft_projects="Lista projektów strategicznych obejmuje {count}:",
    draft_risks="Najpoważniejsze ryzyka dla strategii CRM:",
    draft_decisions="Zarząd jest proszony o zatwierdzenie listy projektów strategicznych, ich budżetu i właścicieli.",
    project_forms=("projekt", "projekty", "projektów"),
    initiative_status={
        "idea": "pomysł",
        "planned": "zaplanowana",
        "in_progress": "w realizacji",
        "done": "zakończona",
        "dropped": "porzucona",
    },
    risk_status={
        "open": "otwarte",
        "mitigated": "ograniczone",
        "accepted": "zaakceptowane",
        "closed": "zamknięte",
    },
    hints={
        "target_without_initiative": "{question}: żadna inicjatywa nie prowadzi do celu (poz. {target}); plan osiąga poz. {planned} (obecnie poz. {start}).",
        "initiative_without_question": "Inicjatywa {initiative} nie jest powiązana z żadnym pytaniem, więc nie podnosi w planie żadnego poziomu dojrzałości.",
        "initiative_after_target_date": "Inicjatywa {initiative} kończy się później ({ends_on}) niż termin docelowy pytania {question} ({due}).",
        "big_step": "{question}: wzrost z poz. {from_level} do poz. {to_level} w okresie {first} – {last}, czyli w mniej niż sześć miesięcy, to zbyt duży krok; bezpieczniejsze są krótkie kroki.",
        "budget_horizon": "Horyzont budżetu ({question}) jest na poziomie {level}, a cele w innych miejscach sięgają poziomu {highest_target}: finansowanie może nie wystarczyć na cały plan.",
        "golden_record_first": "Złoty rekord ({question}) osiąga poziom {golden_level} ({golden_month}), zanim integracja systemów ({others}) osiągnie poziom 3 ({integration_month}): danych klientów nie da się ujednolicić od razu.",
        "consents_lag": "Zgody marketingowe ({question}) są na poziomie {level}, a cele dla {others} rosną: brak zgód prawnych może wstrzymać kampanie.",
        "no_strategic_list": "Brak listy projektów strategicznych ({question} na poziomie {level}): bez niej nie ma prawdziwej strategii CRM, a projekty się gubią.",
        "goals_not_quantified": "Cele nie są wyrażone liczbami ({question} na poziomie {level}): plan potrzebuje konkretnych, mierzalnych celów.",
        "technology_ahead": "Cele technologiczne ({area}: {technology_target}) wyprzedzają o {difference} poziomu cele dotyczące ludzi i danych (najniższy: {other_target}): CRM nie jest sprawą technologii, a technologię najlepiej wybierać na końcu.",
        "adoption_lag": "Szkolenia i adopcja ({question}) są na poziomie {level}, a planowane są zmiany w systemach ({initiatives}): należy się liczyć z oporem wynikającym z przyzwyczajeń i z niepełnymi danymi.",
        "big_gap_soon": "{question}: wzrost z poz. {start} do poz. {target} zaplanowany na {due}, czyli w ciągu {months} mies., to zbyt duży krok w tak krótkim czasie.",
    },
    not_planned="nie zaplanowano",
    months=(
        "styczeń",
        "luty",
        "marzec",
        "kwiecień",
        "maj",
        "czerwiec",
        "lipiec",
        "sierpień",
        "wrzesień",
        "październik",
        "listopad",
        "grudzień",
    ),
    decimal_comma=True,
)
