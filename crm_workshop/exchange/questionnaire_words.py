"""The questionnaire workbook's own words, in English and Polish (the model's texts
come from the model), and every way of writing "not applicable" or "don't know" that
an import accepts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from crm_workshop.domain.assessment import Answer


@dataclass(frozen=True)
class Words:
    """The workbook's own words in one language (model texts come from the model)."""

    cover: str
    area: str  # "Area %d"
    title: str
    client: str
    name: str
    role: str
    department: str
    round: str
    model: str
    prepared_by: str
    how_to: str
    instructions: tuple[str, ...]
    blank_instruction: str
    send_to: str  # " to {name}", appended to the last instruction
    scale: str
    level: str
    level_name: str
    meaning: str
    id: str
    question: str
    prompt: str
    current: str
    target: str
    comment: str
    not_applicable: str  # the drop-down's word
    dont_know: str
    pick_title: str
    pick_current: str
    pick_target: str
    wrong_title: str
    wrong_value: str
    area_help: str


ENGLISH = Words(
    cover="Instructions",
    area="Area %d",
    title="CRM maturity questionnaire",
    client="Client",
    name="Your name",
    role="Role",
    department="Department",
    round="Round",
    model="Maturity model",
    prepared_by="Prepared by",
    how_to="How to fill in this questionnaire",
    instructions=(
        "Each sheet Area 1, Area 2, … holds the questions of one area of the model.",
        "For each question read the five level descriptions, then fill in the yellow "
        "cells: Current level is where the company is today, Target level is where "
        "it should be.",
        "Choose 1–5 from the drop-down list. If a question does not apply to the "
        "company choose N/A; if you cannot judge it choose ? (don't know).",
        "A comment is optional: an example, a doubt or a reason.",
        "Leave a question blank if you prefer not to answer it.",
        "Only the yellow cells can be changed. The sheets are protected without a "
        "password so that the questions stay as they were asked: please do not "
        "unprotect them, rename sheets or move rows.",
        "When you are done, save the file as .xlsx and send it back{to}.",
    ),
    blank_instruction="Write your name, role and department in the yellow cells above.",
    send_to=" to {name}",
    scale="The five levels",
    level="Level",
    level_name="Name",
    meaning="Meaning",
    id="ID",
    question="Question",
    prompt="What we ask",
    current="Current level",
    target="Target level",
    comment="Comment",
    not_applicable="N/A",
    dont_know="?",
    pick_title="Your answer",
    pick_current="Choose 1–5, N/A (not applicable) or ? (don't know).",
    pick_target="Choose the level the company should reach: 1–5.",
    wrong_title="Not an answer",
    wrong_value="Choose a value from the drop-down list.",
    area_help="Read the five levels, then choose in the yellow cells. "
    "N/A = not applicable, ? = don't know.",
)

POLISH = Words(
    cover="Instrukcja",
    area="Obszar %d",
    title="Ankieta dojrzałości CRM",
    client="Klient",
    name="Imię i nazwisko",
    role="Stanowisko",
    department="Dział",
    round="Runda",
    model="Model dojrzałości",
    prepared_by="Przygotował(a)",
    how_to="Jak wypełnić ankietę",
    instructions=(
        "Każdy arkusz Obszar 1, Obszar 2, … zawiera pytania jednego obszaru modelu.",
        "Przy każdym pytaniu przeczytaj opisy pięciu poziomów, a potem wypełnij "
        "żółte komórki: Poziom obecny to stan firmy dziś, Poziom docelowy to stan, "
        "do którego firma powinna dojść.",
        "Wybierz 1–5 z listy. Jeśli pytanie nie dotyczy firmy, wybierz „nie dotyczy”; "
        "jeśli nie potrafisz ocenić, wybierz „nie wiem”.",
        "Komentarz jest dobrowolny: przykład, wątpliwość albo uzasadnienie.",
        "Pytanie, na które wolisz nie odpowiadać, zostaw puste.",
        "Zmieniać można tylko żółte komórki. Arkusze są chronione bez hasła, aby "
        "pytania zostały takie, jak je zadano: prosimy nie zdejmować ochrony, nie "
        "zmieniać nazw arkuszy i nie przestawiać wierszy.",
        "Po wypełnieniu zapisz plik jako .xlsx i odeślij go{to}.",
    ),
    blank_instruction="Wpisz swoje imię i nazwisko, stanowisko i dział w żółtych "
    "komórkach powyżej.",
    send_to=" (adresat: {name})",
    scale="Pięć poziomów",
    level="Poziom",
    level_name="Nazwa",
    meaning="Znaczenie",
    id="ID",
    question="Pytanie",
    prompt="O co pytamy",
    current="Poziom obecny",
    target="Poziom docelowy",
    comment="Komentarz",
    not_applicable="nie dotyczy",
    dont_know="nie wiem",
    pick_title="Twoja odpowiedź",
    pick_current="Wybierz 1–5, „nie dotyczy” albo „nie wiem”.",
    pick_target="Wybierz poziom, do którego firma powinna dojść: 1–5.",
    wrong_title="To nie jest odpowiedź",
    wrong_value="Wybierz wartość z listy.",
    area_help="Przeczytaj opisy pięciu poziomów i wybierz odpowiedź w żółtych "
    "komórkach.",
)

WORDS = {"en": ENGLISH, "pl": POLISH}

# Every way of writing "not applicable" / "don't know" that an import accepts,
# whatever the workbook's language (a stakeholder may type instead of choosing).
ANSWER_WORDS: Mapping[str, Answer] = {
    "n/a": Answer.NOT_APPLICABLE,
    "na": Answer.NOT_APPLICABLE,
    "not applicable": Answer.NOT_APPLICABLE,
    "nie dotyczy": Answer.NOT_APPLICABLE,
    "nd": Answer.NOT_APPLICABLE,
    "?": Answer.DONT_KNOW,
    "don't know": Answer.DONT_KNOW,
    "dont know": Answer.DONT_KNOW,
    "don’t know": Answer.DONT_KNOW,
    "nie wiem": Answer.DONT_KNOW,
}
