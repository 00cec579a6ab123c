"""The printed questionnaire's own words in English and Polish.

Chosen per questionnaire (not the UI language), as plain strings so the reportlab
code never needs Qt. Model texts (areas, questions, level names and descriptors,
"not applicable" and "don't know") come from the model in the same language.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "pl")


@dataclass(frozen=True)
class QuestionnaireText:
    language: str
    title: str
    subtitle: str  # "Maturity model · round"
    client: str
    name: str
    role: str
    department: str
    date: str
    round: str
    model: str
    prepared_by: str
    how_to: str
    instructions: tuple[str, ...]
    return_to: str  # "{consultant}" is replaced
    scale: str
    level: str
    level_name: str
    meaning: str
    looks_like: str
    current: str
    target: str
    comment: str
    area: str  # "Area %d"
    page_of: str  # "page %d of %d"
    footer_name: str  # "Name: %s"
    footer_ids: str
    keywords: tuple[str, ...]


ENGLISH = QuestionnaireText(
    language="en",
    title="CRM maturity questionnaire",
    subtitle="%s · round %s",
    client="Client",
    name="Name",
    role="Role",
    department="Department",
    date="Date",
    round="Round",
    model="Maturity model",
    prepared_by="Prepared by",
    how_to="How to fill in this questionnaire",
    instructions=(
        "For each question read the five levels, then tick one box under "
        "<b>Current</b> (where the company is today) and one under <b>Target</b> "
        "(where it should be).",
        "If a question does not apply to the company tick <b>Not applicable</b>; if "
        "you cannot judge it tick <b>Don't know</b>.",
        "A comment is optional: an example, a doubt or a reason. Leave a question "
        "blank if you prefer not to answer it.",
        "The number before each question (for example 2.3) lets the consultant type "
        "your answers into the workshop quickly.",
    ),
    return_to="Please return the form to {consultant}.",
    scale="The five levels",
    level="Level",
    level_name="Name",
    meaning="Meaning",
    looks_like="What it looks like",
    current="Current",
    target="Target",
    comment="Comment",
    area="Area %d",
    page_of="page %d of %d",
    footer_name="Name: %s",
    footer_ids="Question numbers match the workshop's grid",
    keywords=("CRM", "maturity", "questionnaire"),
)

POLISH = QuestionnaireText(
    language="pl",
    title="Ankieta dojrzałości CRM",
    subtitle="%s · runda %s",
    client="Klient",
    name="Imię i nazwisko",
    role="Stanowisko",
    department="Dział",
    date="Data",
    round="Runda",
    model="Model dojrzałości",
    prepared_by="Przygotował(a)",
    how_to="Jak wypełnić ankietę",
    instructions=(
        "Przy każdym pytaniu przeczytaj opisy pięciu poziomów i zaznacz jedno pole w "
        "kolumnie <b>Obecnie</b> (stan firmy dziś) i jedno w kolumnie <b>Cel</b> "
        "(stan, do którego firma powinna dojść).",
        "Jeśli pytanie nie dotyczy firmy, zaznacz <b>Nie dotyczy</b>; jeśli nie "
        "potrafisz ocenić, zaznacz <b>Nie wiem</b>.",
        "Komentarz jest dobrowolny: przykład, wątpliwość albo uzasadnienie. Pytanie, "
        "na które wolisz nie odpowiadać, zostaw puste.",
        "Numer przed pytaniem (na przykład 2.3) pozwala konsultantowi szybko "
        "przepisać odpowiedzi do warsztatu.",
    ),
    return_to="Wypełnioną ankietę prosimy oddać: {consultant}.",
    scale="Pięć poziomów",
    level="Poziom",
    level_name="Nazwa",
    meaning="Znaczenie",
    looks_like="Jak to wygląda",
    current="Obecnie",
    target="Cel",
    comment="Komentarz",
    area="Obszar %d",
    page_of="strona %d z %d",
    footer_name="Imię i nazwisko: %s",
    footer_ids="Numery pytań odpowiadają siatce warsztatu",
    keywords=("CRM", "dojrzałość", "ankieta"),
)


def questionnaire_text(language: str) -> QuestionnaireText:
    """The questionnaire's labels in ``language`` (``en`` or ``pl``)."""
    if language == "pl":
        return POLISH
    if language == "en":
        return ENGLISH
    raise ValueError(f"no questionnaire labels for language {language!r}")
