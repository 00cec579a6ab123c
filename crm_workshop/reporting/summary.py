"""The executive summary drafted from the numbers, when the consultant wrote none.

Plain text in the report's language; the layout escapes it like any other text.
"""

from __future__ import annotations

from dataclasses import dataclass

from crm_workshop.domain.progress import shown_change
from crm_workshop.reporting.data import AreaScoreLine, ReportData
from crm_workshop.reporting.labels import PLACES, ReportText


@dataclass(frozen=True)
class Draft:
    opening: tuple[str, ...]
    floors: tuple[str, ...]  # one bullet per area
    closing: tuple[str, ...]


def area_name(line: AreaScoreLine) -> str:
    return f"{line.number}. {line.title}"


def floor_bullet(line: AreaScoreLine, text: ReportText) -> str:
    """ "1. People & Organisation: 1.4 Strategic CRM project list (1.0)"."""
    return (
        f"{area_name(line)}: {line.floor_question_id} {line.floor_question_title} "
        f"({text.number(line.floor)})"
    )


def draft_summary(data: ReportData, text: ReportText) -> Draft:
    """Overall index, strongest and weakest area, the floors, disagreements, open items."""
    numbers = data.numbers
    cover = data.cover
    if numbers.index is None:
        opening = [text.draft_no_answers.format(round=cover.round_name)]
        return Draft(tuple(opening), (), tuple(_closing(data, text)))
    percent = numbers.index_percent or 0.0
    first = text.draft_index.format(
        client=cover.client,
        round=cover.round_name,
        index=text.number(numbers.index),
        percent=f"{percent:.0f}",
        level=numbers.index_level_name,
    )
    if numbers.target is not None:
        first += " " + text.draft_target.format(
            target=text.number(numbers.target),
            gap=text.number(shown_change(numbers.index, numbers.target, PLACES)),
        )
    opening = [first]
    strong, weak = numbers.strongest, numbers.weakest
    if strong is not None and weak is not None and strong.number != weak.number:
        template = (
            text.draft_balance if weak.gap is not None else text.draft_balance_short
        )
        opening.append(
            template.format(
                strong=area_name(strong),
                strong_score=text.number(strong.score),
                weak=area_name(weak),
                weak_score=text.number(weak.score),
                weak_gap=text.number(weak.gap),
            )
        )
    elif strong is not None:
        opening.append(
            text.draft_single_area.format(
                strong=area_name(strong), strong_score=text.number(strong.score)
            )
        )
    floors = tuple(
        floor_bullet(line, text)
        for line in numbers.floors
        if line.floor is not None and line.floor_question_id
    )
    return Draft(tuple(opening), floors, tuple(_closing(data, text)))


def _closing(data: ReportData, text: ReportText) -> list[str]:
    numbers = data.numbers
    closing = []
    if numbers.disagreements:
        sentence = text.draft_disagreements.format(
            questions=text.questions_in(numbers.disagreements)
        )
        if numbers.disagreements_settled:
            sentence += " " + text.draft_settled.format(
                settled=numbers.disagreements_settled
            )
        closing.append(sentence)
    elif numbers.index is not None:
        closing.append(text.draft_no_disagreements)
    if numbers.open_items:
        count = numbers.open_items
        closing.append(
            text.draft_open.format(
                questions=text.questions(count),
                need=text.plural(count, text.need_forms),
            )
        )
    else:
        closing.append(text.draft_no_open)
    return closing
