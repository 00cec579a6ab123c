"""The Word roadmap's current maturity picture (charts, one table per area with its
gaps, key comments) and the appendix with every answer of the round, as the PDF's
``results`` lays them out."""

from __future__ import annotations

from crm_workshop.domain.assessment import Answer
from crm_workshop.reporting.data import AnswerRow, AreaResult
from crm_workshop.reporting.docx_kit import (
    LEAD,
    NOTE,
    DocxKit,
    Seg,
    cell_borders,
    figure,
    fill,
    heading,
    house_table,
    muted,
    no_borders,
    para,
    set_widths,
    shade,
    shares,
    small,
)
from crm_workshop.reporting.summary import area_name

DISPUTED = "●"
AGREED = "✓"


def current_picture(kit: DocxKit) -> None:
    data, text = kit.data, kit.text
    numbers = data.numbers
    heading(kit, text.current_picture, 1, new_page=True)
    if numbers.index is not None:
        percent = numbers.index_percent or 0.0
        para(
            kit,
            text.picture_intro.format(
                index=text.number(numbers.index), percent=f"{percent:.0f}"
            ),
            LEAD,
        )
    if data.radar is not None:
        figure(kit, data.radar, text.radar_caption, 0.82)
    if data.heatmap is not None:
        figure(kit, data.heatmap, text.heatmap_caption, 1.0)
    disputed, agreed, missing = text.marker_legend
    legend = small(
        kit,
        [
            Seg(DISPUTED, color=kit.colors.accent_text),
            Seg(f" {disputed}     "),
            Seg(AGREED, color=kit.colors.heading),
            Seg(f" {agreed}     – {missing}"),
        ],
    )
    legend.paragraph_format.keep_with_next = True
    for result in data.results:
        area_block(kit, result)


def score_strip(kit: DocxKit, result: AreaResult) -> None:
    """Area score, floor (with its question), target and gap in one tinted row."""
    line, text, colors = result.line, kit.text, kit.colors
    floor = text.number(line.floor)
    if line.floor_question_id:
        floor += f"  ({line.floor_question_id})"
    table = kit.document.add_table(rows=1, cols=4)
    no_borders(table)
    values = (
        (text.area_score, text.number(line.score)),
        (text.floor, floor),
        (text.target, text.number(line.target)),
        (text.gap, text.number(line.gap, signed=True)),
    )
    for cell, (label, value) in zip(table.rows[0].cells, values, strict=True):
        shade(cell, colors.tint)
        cell_borders(cell, right=("FFFFFF", 12))
        first = cell.paragraphs[0]
        kit.styled(first, NOTE)
        first.paragraph_format.keep_with_next = True
        fill(first, [Seg(label.upper(), bold=True, color=colors.muted, size=7)])
        shown = kit.styled(cell.add_paragraph(), NOTE)
        shown.paragraph_format.keep_with_next = True
        fill(shown, [Seg(value, bold=True, color=colors.heading, size=13)])
    set_widths(table, [kit.width // 4] * 4)


def area_block(kit: DocxKit, result: AreaResult) -> None:
    line, text, colors = result.line, kit.text, kit.colors
    heading(kit, area_name(line), 2)
    score_strip(kit, result)
    if line.score is None:
        small(kit, text.not_scored)
    else:
        kit.styled(kit.document.add_paragraph(), NOTE)
    rows = []
    for q in result.questions:
        rows.append(
            [
                [Seg(q.id, bold=True)],
                q.title,
                text.number(q.current),
                text.number(q.target),
                text.number(q.gap, signed=True),
                [Seg(DISPUTED if q.disagreement else "", color=colors.accent_text)],
                [Seg(AGREED if q.consensus else "", color=colors.heading)],
            ]
        )
    house_table(
        kit,
        [
            "#",
            text.question,
            text.current,
            text.target,
            text.gap,
            text.disagreement,
            text.consensus,
        ],
        rows,
        shares(kit, 6, 40, 9, 9, 9, 14, 13),
        center=range(2, 7),
    )
    if not result.comments:
        return
    heading(kit, text.key_comments, 3)
    opening, closing = text.quotes
    for comment in result.comments:
        quote = para(
            kit, [Seg(f"{opening}{comment.text}{closing}", italic=True)], "Quote"
        )
        fill(quote, [muted(kit, f"  — {comment.author}, {comment.question_id}", 8)])


# -- appendix -------------------------------------------------------------------------------
def answer_word(kit: DocxKit, row: AnswerRow) -> str:
    if row.answer is Answer.NOT_APPLICABLE:
        return kit.text.answer_na
    if row.answer is Answer.DONT_KNOW:
        return kit.text.answer_dont_know
    return str(row.current)


def appendix(kit: DocxKit) -> None:
    data, text = kit.data, kit.text
    heading(kit, text.appendix, 1, new_page=True)
    para(kit, text.appendix_intro.format(round=data.cover.round_name))
    who = text.role if data.anonymous else text.stakeholder
    rows = [
        [
            row.who,
            row.question_id,
            answer_word(kit, row),
            "–" if row.target is None else str(row.target),
            row.comment.strip(),
        ]
        for row in data.answers
    ]
    house_table(
        kit,
        [who, text.question, text.current, text.target, text.comment],
        rows,
        shares(kit, 26, 10, 11, 9, 44),
        center=(1, 2, 3),
    )
