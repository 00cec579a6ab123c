"""The progress report's own words in English and Polish.

The shared words (dates, numbers, plural forms, months, initiative statuses) come
from the roadmap report's ``ReportText``; these are the progress report's own.
Templates are ``str.format`` strings; every value arrives already worded.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProgressText:
    language: str
    report_title: str
    report_subtitle: str
    rounds_compared: str
    compared_value: str  # {current} {current_date} {previous} {previous_date}
    plan_from: str
    # chapters
    summary: str
    changes: str
    plan: str
    initiatives: str
    risks: str
    participants: str
    # summary
    overall_now: str
    change: str
    moved_up_box: str
    moved_down_box: str
    slipped_box: str
    new_risks_box: str
    index_note: str  # {before} {previous}
    moves_note: str
    slipped_note: str  # {month}
    no_plan_note: str
    risks_note: str  # {previous}
    summary_index: str  # {current} {date} {after} {change} {previous} {before}
    summary_no_scores: str  # {current}
    summary_moves: str  # {up} {down}
    summary_no_moves: str
    summary_slipped: str  # {count} {month} (genitive in Polish: "end of")
    summary_on_plan: str  # {month}
    summary_nothing_due: str
    summary_carried: str  # {count} {previous}
    summary_risks: str  # {count} {previous}
    # what changed
    changes_intro: str  # {current} {previous}
    radar_caption: str  # {previous} {current}
    radar_caption_plan: str  # {previous} {current} {month}
    planned_series: str  # {month}
    per_area: str
    area: str
    floor: str
    moved_up: str
    moved_down: str
    none_up: str
    none_down: str
    every_question: str
    every_question_intro: str
    level_change: str
    score_change: str
    direction: dict[str, str]  # Direction value -> word
    # plan versus actual
    plan_intro: str  # {plan} {plan_date} {date} {month}
    plan_intro_nothing_due: str  # {plan} {plan_date} {date}
    no_plan: str
    plan_areas: str
    planned: str
    actual: str
    status: str
    on_track: str
    behind: str  # {level} {month}
    slipped: str
    slipped_intro: str
    due: str
    brought_by: str
    no_slips: str  # {month}
    not_reassessed: str  # {questions}
    level: str  # {level}
    # initiatives
    initiatives_intro: str
    no_initiatives: str
    owner: str
    timing: str
    history: str
    date: str
    note: str
    no_history: str
    kpis: str
    kpi: str
    first: str
    latest: str
    target: str
    towards_target: str
    no_kpis: str
    measured: str  # {value} {date}
    # risks
    risks_intro: str  # {previous} {date}
    no_risks: str  # {previous}
    risk: str
    affects: str
    severity: str
    mitigation: str
    added: str
    # participants
    participants_intro: str  # {current} {count}
    participants_unrecorded: str  # {current}


ENGLISH_PROGRESS = ProgressText(
    language="en",
    report_title="CRM progress report",
    report_subtitle="Progress since the last assessment",
    rounds_compared="Rounds compared",
    compared_value="{current} ({current_date}) against {previous} ({previous_date})",
    plan_from="Roadmap plan made from",
    summary="Summary",
    changes="What changed since the last round",
    plan="Plan versus actual",
    initiatives="Initiatives: status and KPIs",
    risks="New risks",
    participants="Who took part",
    overall_now="Overall maturity",
    change="Change",
    moved_up_box="Questions up",
    moved_down_box="Questions down",
    slipped_box="Slipped",
    new_risks_box="New risks",
    index_note="from {before} in “{previous}”",
    moves_note="by at least one whole level",
    slipped_note="levels due by the end of {month} not reached",
    no_plan_note="no roadmap plan to compare with",
    risks_note="added since “{previous}”",
    summary_index="In the round “{current}” ({date}) overall CRM maturity stands at {after} on the 1–5 scale: {change} against “{previous}” ({before}).",
    summary_no_scores="No levels have been recorded in the round “{current}” yet, so nothing can be compared.",
    summary_moves="{up} moved up at least one level and {down} moved down.",
    summary_no_moves="No question moved a whole level up or down.",
    summary_slipped="Questions behind the roadmap: {count}. Each missed a level due by the end of {month}; the chapter “Plan versus actual” names them and the initiatives that were to bring them.",
    summary_on_plan="Every level the roadmap planned up to {month} has been reached.",
    summary_nothing_due="No level of the roadmap was due yet at the date of this round.",
    summary_carried="Answers carried over from “{previous}” and not yet confirmed: {count}. They count as given, but should be checked at the next session.",
    summary_risks="New risks added to the register since “{previous}”: {count}.",
    changes_intro="The radar lays “{current}” over “{previous}” area by area; the tables give each area's and each question's score in both rounds and the change.",
    radar_caption="Figure 1. Maturity by area: “{previous}” (grey, dotted) and “{current}” (solid).",
    radar_caption_plan="Figure 1. Maturity by area: “{previous}” (grey, dotted), “{current}” (solid) and what the roadmap planned by the end of {month} (dashed).",
    planned_series="Planned by the end of {month}",
    per_area="Per area",
    area="Area",
    floor="Floor",
    moved_up="Questions that moved up",
    moved_down="Questions that moved down",
    none_up="No question moved up a whole level.",
    none_down="No question moved down a whole level.",
    every_question="Every question",
    every_question_intro="A question's level is its score rounded half up (the agreed value where the room set one); a change of the score within the same level is no move.",
    level_change="Level",
    score_change="Score",
    direction={
        "up": "up",
        "down": "down",
        "same": "–",
        "new": "new",
        "gone": "not rated",
        "none": "not rated",
    },
    plan_intro="The roadmap's plan was made from “{plan}” ({plan_date}). A level planned for a month is due once that month has ended: at the date of this round ({date}) every level planned up to the end of {month} is due.",
    plan_intro_nothing_due="The roadmap's plan was made from “{plan}” ({plan_date}); at the date of this round ({date}) no level of it was due yet.",
    no_plan="There is no roadmap plan to compare this round with.",
    plan_areas="Areas against the plan",
    planned="Planned",
    actual="Actual",
    status="Status",
    on_track="on track",
    behind="L{level} due {month}",
    slipped="Slipped questions",
    slipped_intro="A question has slipped when a level planned for a month that has ended was not reached. The level is the round's score rounded half up; the agreed value counts where the room set one.",
    due="Due",
    brought_by="Initiatives",
    no_slips="No question has slipped: every level due by the end of {month} was reached.",
    not_reassessed="Not re-assessed in this round (no level given): {questions}.",
    level="L{level}",
    initiatives_intro="Each initiative's status history and the KPIs measured for it. Progress is the share of the way from the first measurement to the target.",
    no_initiatives="No initiative has a status update or a KPI measurement yet.",
    owner="Owner",
    timing="Timing",
    history="Status history",
    date="Date",
    note="Note",
    no_history="No status updates yet.",
    kpis="KPIs",
    kpi="KPI",
    first="First",
    latest="Latest",
    target="Target",
    towards_target="Progress",
    no_kpis="No KPI measured yet.",
    measured="{value} ({date})",
    risks_intro="Risks added to the register after “{previous}” ({date}):",
    no_risks="No risk was added to the register since “{previous}”.",
    risk="Risk",
    affects="Affects",
    severity="L × I",
    mitigation="Mitigation",
    added="Added",
    participants_intro="People taking part in the round “{current}” ({count}):",
    participants_unrecorded="The round “{current}” records no participants; everyone active could answer.",
)

POLISH_PROGRESS = ProgressText(
    language="pl",
    report_title="Raport postępów CRM",
    report_subtitle="Postęp od poprzedniej oceny",
    rounds_compared="Porównywane rundy",
    compared_value="{current} ({current_date}) wobec {previous} ({previous_date})",
    plan_from="Plan mapy drogowej z rundy",
    summary="Podsumowanie",
    changes="Co zmieniło się od poprzedniej rundy",
    plan="Plan a rzeczywistość",
    initiatives="Inicjatywy: status i wskaźniki KPI",
    risks="Nowe ryzyka",
    participants="Uczestnicy rundy",
    overall_now="Dojrzałość ogólna",
    change="Zmiana",
    moved_up_box="Pytania w górę",
    moved_down_box="Pytania w dół",
    slipped_box="Opóźnienia",
    new_risks_box="Nowe ryzyka",
    index_note="z {before} w rundzie „{previous}”",
    moves_note="o co najmniej jeden pełny poziom",
    slipped_note="poziomy zaplanowane do końca {month} nieosiągnięte",
    no_plan_note="brak planu mapy drogowej do porównania",
    risks_note="dodane od rundy „{previous}”",
    summary_index="W rundzie „{current}” ({date}) ogólna dojrzałość CRM wynosi {after} w skali 1–5, czyli {change} wobec rundy „{previous}” ({before}).",
    summary_no_scores="W rundzie „{current}” nie zapisano jeszcze żadnych poziomów, więc nie ma czego porównać.",
    summary_moves="W górę o co najmniej jeden poziom: {up}; w dół: {down}.",
    summary_no_moves="Żadne pytanie nie zmieniło się o pełny poziom.",
    summary_slipped="Pytania opóźnione względem mapy drogowej: {count}. W każdym z nich nie osiągnięto poziomu wymagalnego do końca {month}; rozdział „Plan a rzeczywistość” wymienia je wraz z inicjatywami, które miały go zapewnić.",
    summary_on_plan="Wszystkie poziomy zaplanowane do końca {month} zostały osiągnięte.",
    summary_nothing_due="W dniu tej rundy żaden poziom z mapy drogowej nie był jeszcze wymagalny.",
    summary_carried="Odpowiedzi przeniesione z rundy „{previous}” i jeszcze niepotwierdzone: {count}. Liczą się jak udzielone, ale warto je sprawdzić na najbliższej sesji.",
    summary_risks="Nowe ryzyka dodane do rejestru od rundy „{previous}”: {count}.",
    changes_intro="Wykres radarowy nakłada rundę „{current}” na rundę „{previous}” w każdym obszarze; tabele podają wynik każdego obszaru i pytania w obu rundach oraz zmianę.",
    radar_caption="Rysunek 1. Dojrzałość w obszarach: „{previous}” (szara linia kropkowana) i „{current}” (linia ciągła).",
    radar_caption_plan="Rysunek 1. Dojrzałość w obszarach: „{previous}” (szara linia kropkowana), „{current}” (linia ciągła) oraz plan mapy drogowej na koniec {month} (linia przerywana).",
    planned_series="Plan na koniec {month}",
    per_area="Obszary",
    area="Obszar",
    floor="Podłoga",
    moved_up="Pytania, które poszły w górę",
    moved_down="Pytania, które poszły w dół",
    none_up="Żadne pytanie nie wzrosło o pełny poziom.",
    none_down="Żadne pytanie nie spadło o pełny poziom.",
    every_question="Wszystkie pytania",
    every_question_intro="Poziom pytania to jego wynik zaokrąglony połówkowo w górę (wartość uzgodniona, jeśli uczestnicy ją ustalili); zmiana wyniku w obrębie tego samego poziomu nie jest ruchem.",
    level_change="Poziom",
    score_change="Wynik",
    direction={
        "up": "w górę",
        "down": "w dół",
        "same": "–",
        "new": "nowe",
        "gone": "bez oceny",
        "none": "bez oceny",
    },
    plan_intro="Plan mapy drogowej powstał na podstawie rundy „{plan}” ({plan_date}). Poziom zaplanowany na dany miesiąc jest wymagalny po jego zakończeniu: w dniu tej rundy ({date}) wymagalne są wszystkie poziomy zaplanowane do końca {month}.",
    plan_intro_nothing_due="Plan mapy drogowej powstał na podstawie rundy „{plan}” ({plan_date}); w dniu tej rundy ({date}) żaden jego poziom nie był jeszcze wymagalny.",
    no_plan="Nie ma planu mapy drogowej, z którym można porównać tę rundę.",
    plan_areas="Obszary wobec planu",
    planned="Plan",
    actual="Stan",
    status="Status",
    on_track="zgodnie z planem",
    behind="P{level}, termin: {month}",
    slipped="Opóźnione pytania",
    slipped_intro="Pytanie jest opóźnione, gdy nie osiągnięto poziomu zaplanowanego na miesiąc, który już się zakończył. Poziom to wynik rundy zaokrąglony połówkowo w górę; jeśli uczestnicy uzgodnili wartość, liczy się ona.",
    due="Termin",
    brought_by="Inicjatywy",
    no_slips="Żadne pytanie nie jest opóźnione: wszystkie poziomy wymagalne do końca {month} zostały osiągnięte.",
    not_reassessed="Bez ponownej oceny w tej rundzie (brak poziomu): {questions}.",
    level="P{level}",
    initiatives_intro="Historia statusów każdej inicjatywy i zmierzone dla niej wskaźniki KPI. Postęp to część drogi od pierwszego pomiaru do celu.",
    no_initiatives="Żadna inicjatywa nie ma jeszcze aktualizacji statusu ani pomiaru KPI.",
    owner="Właściciel",
    timing="Termin",
    history="Historia statusu",
    date="Data",
    note="Uwagi",
    no_history="Brak aktualizacji statusu.",
    kpis="Wskaźniki KPI",
    kpi="KPI",
    first="Pierwszy pomiar",
    latest="Ostatni pomiar",
    target="Cel",
    towards_target="Postęp",
    no_kpis="Brak pomiarów KPI.",
    measured="{value} ({date})",
    risks_intro="Ryzyka dodane do rejestru po rundzie „{previous}” ({date}):",
    no_risks="Od rundy „{previous}” nie dodano do rejestru żadnego ryzyka.",
    risk="Ryzyko",
    affects="Dotyczy",
    severity="P × W",
    mitigation="Działania zapobiegawcze",
    added="Dodano",
    participants_intro="Uczestnicy rundy „{current}” ({count}):",
    participants_unrecorded="Runda „{current}” nie ma zapisanej listy uczestników; odpowiadać mogli wszyscy aktywni interesariusze.",
)


def progress_text(language: str) -> ProgressText:
    """The progress report's labels in ``language`` (``en`` or ``pl``)."""
    if language == "pl":
        return POLISH_PROGRESS
    if language == "en":
        return ENGLISH_PROGRESS
    raise ValueError(f"no progress labels for language {language!r}")
