"""The report's own words in English and Polish, chosen per report (not the UI language).

A frozen dataclass of plain strings, so the reportlab code never needs Qt's
translator. Model texts (areas, questions, level names) come from the model itself.
Numbers and dates are worded here too: Polish uses a decimal comma and month names
in the genitive ("5 października 2026").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crm_workshop.domain.progress import rounded
from crm_workshop.reporting.roadmap_labels import (
    ENGLISH_ROADMAP,
    POLISH_ROADMAP,
    RoadmapText,
)

LANGUAGES = ("en", "pl")
PLACES = 1  # decimals of the scores a report prints


@dataclass(frozen=True)
class ReportText:
    language: str
    report_title: str
    report_subtitle: str
    confidential: str
    # cover
    client: str
    prepared_by: str
    engagement: str
    maturity_model: str
    assessment_round: str
    # sections
    contents: str
    executive_summary: str
    scope: str
    current_picture: str
    appendix: str
    page_of: str  # "page %d of %d"
    # summary
    key_figures: str
    overall_index: str
    strongest_area: str
    weakest_area: str
    disagreements: str
    open_items: str
    index_note: str  # "of 5 · %s/100 · level name"
    disagreements_note: str
    open_items_note: str
    floors_intro: str
    questions_header: str
    # scope and method
    areas: str
    areas_intro: str
    scale: str
    scale_intro: str
    level: str
    name: str
    meaning: str
    not_applicable: str
    dont_know: str
    answers_outside_scale: str
    stakeholders: str
    stakeholders_intro: str
    stakeholder: str
    role: str
    department: str
    respondent: str  # "Respondent %d" when a stakeholder has no role or department
    workshops: str
    workshops_intro: str
    no_workshops: str
    date_header: str
    topic: str
    participants: str
    all_areas: str
    method: str
    method_points: tuple[str, ...]
    # current picture
    picture_intro: str
    radar_caption: str
    heatmap_caption: str
    current: str
    target: str
    gap: str
    disagreement: str
    consensus: str
    question: str
    area_score: str
    floor: str
    marker_legend: tuple[str, str, str]  # disagreement, consensus, no level
    quotes: tuple[str, str]
    key_comments: str
    not_scored: str
    # appendix
    appendix_intro: str
    comment: str
    answer_na: str
    answer_dont_know: str
    # drafted executive summary (str.format templates)
    draft_index: str
    draft_target: str
    draft_no_answers: str
    draft_balance: str
    draft_balance_short: str
    draft_single_area: str
    draft_disagreements: str
    draft_settled: str
    draft_no_disagreements: str
    draft_open: str
    draft_no_open: str
    months: tuple[str, ...]
    question_forms: tuple[str, str, str]  # one, few (2-4), many
    question_forms_in: tuple[str, str, str]  # after "on"/"w" (Polish locative)
    need_forms: tuple[str, str, str]  # the verb agreeing with a count of questions
    decimal_comma: bool
    roadmap: RoadmapText  # the roadmap chapters
    # after a text printed only in part (reporting/long_texts.py); %d: what is left out
    text_cut: str = "[… %d more characters: the whole text is in the workshop file]"

    def number(self, value: float | None, *, signed: bool = False) -> str:
        """One decimal, with the language's decimal mark; an en dash when missing."""
        if value is None:
            return "–"
        value = rounded(value, PLACES)  # a half up, as the app shows scores
        text = f"{value:+.{PLACES}f}" if signed else f"{value:.{PLACES}f}"
        text = text.replace("-", "−")  # a true minus sign, as typeset text has
        return text.replace(".", ",") if self.decimal_comma else text

    def date(self, iso: str | None) -> str:
        """``2026-10-05`` as "5 October 2026"; anything unreadable as typed."""
        if not iso:
            return "–"
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        return f"{day.day} {self.months[day.month - 1]} {day.year}"

    def date_range(self, start: str | None, end: str | None) -> str:
        """ "5–30 October 2026"; the month or year is only repeated when it changes."""
        if not (start and end) or start == end:
            return self.date(start or end)
        try:
            first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
        except ValueError:
            return f"{self.date(start)} – {self.date(end)}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{self.date(end)}"
        if first.year == last.year:
            return f"{first.day} {self.months[first.month - 1]} – {self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"

    def plural(self, count: int, forms: tuple[str, str, str]) -> str:
        """The form agreeing with ``count``: one, few (Polish 2-4, 22-24...), many."""
        one, few, many = forms
        if count == 1:
            return one
        if self.language == "pl":
            few_ok = count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14)
            return few if few_ok else many
        return many

    def questions_in(self, count: int) -> str:
        """The count after "on" / "w" ("on 3 questions", "w 3 pytaniach")."""
        return f"{count} {self.plural(count, self.question_forms_in)}"

    def questions(self, count: int) -> str:
        """``count`` with the right plural form ("1 question", "5 pytań")."""
        return f"{count} {self.plural(count, self.question_forms)}"


ENGLISH = ReportText(
    language="en",
    report_title="CRM roadmap",
    report_subtitle="Current CRM maturity",
    confidential="Confidential: prepared for %s",
    client="Client",
    prepared_by="Prepared by",
    engagement="Engagement",
    maturity_model="Maturity model",
    assessment_round="Assessment round",
    contents="Contents",
    executive_summary="Executive summary",
    scope="Scope and method",
    current_picture="Current maturity picture",
    appendix="Appendix: all answers",
    page_of="page %d of %d",
    key_figures="Key figures",
    overall_index="Overall maturity",
    strongest_area="Strongest area",
    weakest_area="Weakest area",
    disagreements="Disagreements",
    open_items="Open items",
    index_note="on the 1–5 scale · {percent}/100 · {level}",
    disagreements_note="questions with answers two or more levels apart",
    open_items_note="questions answered “don't know” or awaiting a follow-up",
    questions_header="Questions",
    floors_intro="The weakest question of each area (its floor) limits what the area can reach:",
    areas="Areas",
    areas_intro="The assessment used the {model} (version {version}). {description} It covers these areas:",
    scale="Maturity scale",
    scale_intro="Every question is rated on the same five-level scale; each question also describes what each level means for its topic.",
    level="Level",
    name="Name",
    meaning="Meaning",
    not_applicable="Not applicable",
    dont_know="Don't know",
    answers_outside_scale="Two answers are not levels and never count in a score: “{na}” and “{dk}”.",
    stakeholders="Stakeholders",
    stakeholders_intro="The answers come from these people, who will use, shape, fund or approve the CRM work:",
    stakeholder="Stakeholder",
    role="Role",
    department="Department",
    respondent="Respondent %d",
    workshops="Workshops held",
    workshops_intro="The answers were gathered and discussed in these workshops:",
    no_workshops="No workshop meetings were recorded.",
    date_header="Date",
    topic="Topic",
    participants="People",
    all_areas="all areas",
    method="How scores are computed",
    method_points=(
        "Each stakeholder rates the current level and the target level of each question in their areas. Answers “not applicable” and “don't know” are counted but never enter a score.",
        "A question's score is the mean of the levels given. When the workshop agreed a value (consensus), that value is used instead.",
        "Answers two or more levels apart are marked as a disagreement: the room sees the company differently there.",
        "An area's score is the weighted mean of its question scores; its floor is its lowest question score. The gap is the target minus the current score.",
        "The overall maturity is the weighted mean of the area scores on the same 1–5 scale; 1 corresponds to 0/100 and 5 to 100/100.",
    ),
    picture_intro="Overall maturity stands at {index} on the 1–5 scale ({percent}/100). The charts show each area and each question against its target; the tables below give the numbers.",
    radar_caption="Figure 1. Maturity by area: current level (solid) and target (dashed).",
    heatmap_caption="Figure 2. Every question: score and → target; a dark border marks a disagreement.",
    current="Current",
    target="Target",
    gap="Gap",
    disagreement="Disagreement",
    consensus="Consensus",
    question="Question",
    area_score="Area score",
    floor="Floor",
    marker_legend=(
        "answers two or more levels apart",
        "value agreed in the workshop",
        "no level given",
    ),
    quotes=("“", "”"),
    key_comments="Key comments",
    not_scored="No level was given for this area in this round.",
    appendix_intro="Every answer of the round “{round}”, as given: level or non-level answer, the target and the comment.",
    comment="Comment",
    answer_na="N/A",
    answer_dont_know="don't know",
    draft_index="The assessment of {client} in the round “{round}” puts overall CRM maturity at {index} on the 1–5 scale ({percent}/100), closest to the level “{level}”.",
    draft_target="The stakeholders set an overall target of {target}, a gap of {gap} levels.",
    draft_no_answers="No levels have been recorded in the round “{round}” yet, so no scores can be given.",
    draft_balance="The strongest area is {strong} ({strong_score}); the weakest is {weak} ({weak_score}), {weak_gap} below its target.",
    draft_balance_short="The strongest area is {strong} ({strong_score}); the weakest is {weak} ({weak_score}).",
    draft_single_area="Only one area has a score so far: {strong} ({strong_score}).",
    draft_disagreements="The stakeholders disagreed (answers two or more levels apart) on {questions}.",
    draft_settled="The workshop agreed a common value for {settled} of them.",
    draft_no_disagreements="The stakeholders broadly agreed: no question had answers two or more levels apart.",
    draft_open="{questions} {need} an answer (“don't know” or a follow-up) before the roadmap is final.",
    draft_no_open="No questions are left open.",
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
    question_forms=("question", "questions", "questions"),
    question_forms_in=("question", "questions", "questions"),
    need_forms=("still needs", "still need", "still need"),
    decimal_comma=False,
    roadmap=ENGLISH_ROADMAP,
)

POLISH = ReportText(
    language="pl",
    report_title="Mapa drogowa CRM",
    report_subtitle="Obecna dojrzałość CRM",
    confidential="Poufne: opracowano dla %s",
    client="Klient",
    prepared_by="Opracowanie",
    engagement="Okres projektu",
    maturity_model="Model dojrzałości",
    assessment_round="Runda oceny",
    contents="Spis treści",
    executive_summary="Podsumowanie",
    scope="Zakres i metoda",
    current_picture="Obecny obraz dojrzałości",
    appendix="Załącznik: wszystkie odpowiedzi",
    page_of="strona %d z %d",
    key_figures="Najważniejsze liczby",
    overall_index="Dojrzałość ogólna",
    strongest_area="Najmocniejszy obszar",
    weakest_area="Najsłabszy obszar",
    disagreements="Rozbieżności",
    open_items="Sprawy otwarte",
    index_note="w skali 1–5 · {percent}/100 · {level}",
    disagreements_note="pytania z odpowiedziami różniącymi się o co najmniej dwa poziomy",
    open_items_note="pytania z odpowiedzią „nie wiem” lub czekające na wyjaśnienie",
    questions_header="Pytania",
    floors_intro="Najsłabsze pytanie w każdym obszarze (jego „podłoga”) ogranicza to, co obszar może osiągnąć:",
    areas="Obszary",
    areas_intro="Ocena została przeprowadzona według modelu {model} (wersja {version}). {description} Model obejmuje następujące obszary:",
    scale="Skala dojrzałości",
    scale_intro="Każde pytanie ocenia się w tej samej pięciostopniowej skali; dla każdego pytania opisano też, co dany poziom oznacza w jego temacie.",
    level="Poziom",
    name="Nazwa",
    meaning="Znaczenie",
    not_applicable="Nie dotyczy",
    dont_know="Nie wiem",
    answers_outside_scale="Dwie odpowiedzi nie są poziomami i nigdy nie wchodzą do wyniku: „{na}” oraz „{dk}”.",
    stakeholders="Interesariusze",
    stakeholders_intro="Odpowiedzi pochodzą od osób, które będą korzystać z CRM, kształtować go, finansować lub zatwierdzać:",
    stakeholder="Interesariusz",
    role="Stanowisko",
    department="Dział",
    respondent="Respondent %d",
    workshops="Przeprowadzone warsztaty",
    workshops_intro="Odpowiedzi zebrano i omówiono podczas następujących warsztatów:",
    no_workshops="Nie zapisano żadnych spotkań warsztatowych.",
    date_header="Data",
    topic="Temat",
    participants="Osoby",
    all_areas="wszystkie obszary",
    method="Jak obliczane są wyniki",
    method_points=(
        "Każdy interesariusz ocenia obecny i docelowy poziom każdego pytania ze swoich obszarów. Odpowiedzi „nie dotyczy” i „nie wiem” są liczone, ale nigdy nie wchodzą do wyniku.",
        "Wynik pytania to średnia podanych poziomów. Jeśli uczestnicy warsztatu uzgodnili wartość (konsensus), to ona zastępuje średnią.",
        "Odpowiedzi różniące się o co najmniej dwa poziomy oznaczamy jako rozbieżność: uczestnicy różnie widzą w tym miejscu firmę.",
        "Wynik obszaru to średnia ważona wyników jego pytań; „podłoga” to najniższy wynik pytania w obszarze. Luka to cel minus obecny wynik.",
        "Dojrzałość ogólna to średnia ważona wyników obszarów w tej samej skali 1–5; poziom 1 odpowiada 0/100, a poziom 5 – 100/100.",
    ),
    picture_intro="Ogólna dojrzałość wynosi {index} w skali 1–5 ({percent}/100). Wykresy pokazują każdy obszar i każde pytanie na tle celu; tabele poniżej podają liczby.",
    radar_caption="Rysunek 1. Dojrzałość w obszarach: poziom obecny (linia ciągła) i cel (linia przerywana).",
    heatmap_caption="Rysunek 2. Wszystkie pytania: wynik i → cel; ciemna ramka oznacza rozbieżność ocen.",
    current="Obecnie",
    target="Cel",
    gap="Luka",
    disagreement="Rozbieżność",
    consensus="Konsensus",
    question="Pytanie",
    area_score="Wynik obszaru",
    floor="Podłoga",
    marker_legend=(
        "odpowiedzi różnią się o co najmniej dwa poziomy",
        "wartość uzgodniona na warsztacie",
        "brak oceny",
    ),
    quotes=("„", "”"),
    key_comments="Najważniejsze komentarze",
    not_scored="W tej rundzie nie podano żadnego poziomu dla tego obszaru.",
    appendix_intro="Wszystkie odpowiedzi z rundy „{round}” w brzmieniu oryginalnym: poziom lub odpowiedź spoza skali, cel i komentarz.",
    comment="Komentarz",
    answer_na="nie dotyczy",
    answer_dont_know="nie wiem",
    draft_index="Ocena firmy {client} w rundzie „{round}” wskazuje ogólną dojrzałość CRM na poziomie {index} w skali 1–5 ({percent}/100), najbliżej poziomu „{level}”.",
    draft_target="Interesariusze wyznaczyli ogólny cel na poziomie {target}, co oznacza lukę {gap} poziomu.",
    draft_no_answers="W rundzie „{round}” nie zapisano jeszcze żadnych poziomów, więc nie można podać wyników.",
    draft_balance="Najmocniejszym obszarem jest {strong} ({strong_score}), najsłabszym – {weak} ({weak_score}), {weak_gap} poniżej celu.",
    draft_balance_short="Najmocniejszym obszarem jest {strong} ({strong_score}), najsłabszym – {weak} ({weak_score}).",
    draft_single_area="Jak dotąd wynik ma tylko jeden obszar: {strong} ({strong_score}).",
    draft_disagreements="Rozbieżne oceny (odpowiedzi różniące się o co najmniej dwa poziomy) pojawiły się w {questions}.",
    draft_settled="Dla {settled} z nich uczestnicy warsztatu uzgodnili wspólną wartość.",
    draft_no_disagreements="Interesariusze byli w zasadzie zgodni: w żadnym pytaniu odpowiedzi nie różniły się o dwa poziomy lub więcej.",
    draft_open="{questions} {need} jeszcze odpowiedzi („nie wiem” lub zadanie do wyjaśnienia), zanim mapa drogowa będzie ostateczna.",
    draft_no_open="Nie ma pytań pozostających bez odpowiedzi.",
    months=(
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    question_forms=("pytanie", "pytania", "pytań"),
    question_forms_in=("pytaniu", "pytaniach", "pytaniach"),
    need_forms=("wymaga", "wymagają", "wymaga"),
    decimal_comma=True,
    roadmap=POLISH_ROADMAP,
    text_cut="[… pominięto znaków: %d; cały tekst jest w pliku warsztatu]",
)


def report_text(language: str) -> ReportText:
    """The report's labels in ``language`` (``en`` or ``pl``)."""
    if language == "pl":
        return POLISH
    if language == "en":
        return ENGLISH
    raise ValueError(f"no report labels for language {language!r}")
