"""The current maturity picture (charts, one table per area, key comments) and the
appendix with every answer of the round."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, white
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    Table,
)

from crm_workshop.domain.assessment import Answer
from crm_workshop.reporting.blocks import (
    Kit,
    grid,
    head,
    lines,
    section_start,
    snug,
    with_rest,
)
from crm_workshop.reporting.data import AnswerRow, AreaResult, ChartImage
from crm_workshop.reporting.document import heading
from crm_workshop.reporting.fonts import FAMILY
from crm_workshop.reporting.styles import CELL_PADDING, CELL_SIZE, INK, boxed
from crm_workshop.reporting.summary import area_name


def hex_of(color: Color) -> str:
    return "#" + color.hexval()[2:]


def disagree_mark(kit: Kit) -> str:
    return f"<font color='{hex_of(kit.palette.accent_text)}'>●</font>"


def agreed_mark(kit: Kit) -> str:
    return f"<font color='{hex_of(kit.palette.heading)}'>✓</font>"


def figure(kit: Kit, chart: ChartImage, caption: str, share: float) -> Flowable:
    """A chart at ``share`` of the frame width, kept together with its caption."""
    width = kit.width * share
    height = width * chart.height_in / chart.width_in
    image = Image(BytesIO(chart.png), width=width, height=height)
    image.hAlign = "CENTER"
    return KeepTogether([image, Paragraph(escape(caption), kit.styles.caption)])


def current_picture(kit: Kit) -> list[Flowable]:
    data, text, styles = kit.data, kit.text, kit.styles
    numbers = data.numbers
    story: list[Flowable] = [*section_start(kit, text.current_picture, "picture")]
    if numbers.index is not None:
        percent = numbers.index_percent or 0.0
        story.append(
            Paragraph(
                escape(
                    text.picture_intro.format(
                        index=text.number(numbers.index), percent=f"{percent:.0f}"
                    )
                ),
                styles.lead,
            )
        )
    if data.radar is not None:
        story.append(figure(kit, data.radar, text.radar_caption, 0.82))
    if data.heatmap is not None:
        story.append(figure(kit, data.heatmap, text.heatmap_caption, 1.0))
    disputed, agreed, missing = text.marker_legend
    legend = Paragraph(
        "&nbsp;&nbsp;&nbsp;&nbsp;".join(
            (
                f"{disagree_mark(kit)} {escape(disputed)}",
                f"{agreed_mark(kit)} {escape(agreed)}",
                f"– {escape(missing)}",
            )
        ),
        styles.small,
    )
    legend.keepWithNext = 1  # type: ignore[attr-defined]
    story.append(legend)
    for result in data.results:
        story += area_block(kit, result)
    return story


def score_strip(kit: Kit, result: AreaResult) -> Table:
    """Area score, floor (with its question), target and gap in one tinted row."""
    line, text, styles = result.line, kit.text, kit.styles
    floor = text.number(line.floor)
    if line.floor_question_id:
        floor += f"  ({line.floor_question_id})"
    cells = [
        [
            Paragraph(escape(label.upper()), styles.figure_label),
            Paragraph(escape(value), styles.figure_value),
        ]
        for label, value in (
            (text.area_score, text.number(line.score)),
            (text.floor, floor),
            (text.target, text.number(line.target)),
            (text.gap, text.number(line.gap, signed=True)),
        )
    ]
    table = Table([cells], colWidths=[kit.width / 4] * 4, hAlign="LEFT")
    table.setStyle(
        boxed(
            [
                ("BACKGROUND", (0, 0), (-1, -1), kit.palette.tint),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, white),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    table.keepWithNext = 1  # type: ignore[attr-defined]
    return table


def area_block(kit: Kit, result: AreaResult) -> list[Flowable]:
    line, text, styles = result.line, kit.text, kit.styles
    story: list[Flowable] = [
        heading(area_name(line), styles.h2, 1, f"area-{line.number}"),
        score_strip(kit, result),
    ]
    if line.score is None:
        story.append(Paragraph(escape(text.not_scored), styles.small))
    disagree, agreed = disagree_mark(kit), agreed_mark(kit)
    rows: list[list[object]] = [
        head(
            kit,
            "#",
            text.question,
            text.current,
            text.target,
            text.gap,
            text.disagreement,
            text.consensus,
            center_from=2,
        )
    ]
    center = styles.cell_center
    for q in result.questions:
        rows.append(
            [
                Paragraph(escape(q.id), styles.cell_bold),
                Paragraph(escape(q.title), styles.cell),
                Paragraph(text.number(q.current), center),
                Paragraph(text.number(q.target), center),
                Paragraph(text.number(q.gap, signed=True), center),
                Paragraph(disagree if q.disagreement else "", center),
                Paragraph(agreed if q.consensus else "", center),
            ]
        )
    number = snug("", ["+5.0"], 13 * mm)
    widths = with_rest(
        kit,
        [
            snug("#", ["5.5"]),
            None,
            *(
                snug(label, [], number)
                for label in (text.current, text.target, text.gap)
            ),
            snug(text.disagreement),
            snug(text.consensus),
        ],
    )
    table = grid(kit, rows, widths, long=True)
    table.spaceBefore = 6  # type: ignore[attr-defined]
    story.append(table)
    opening, closing = text.quotes
    if result.comments:
        story.append(heading(text.key_comments, styles.h3, None, ""))
        for comment in result.comments:
            story.append(
                Paragraph(
                    f"{opening}{lines(comment.text)}{closing}"
                    f"<font color='#5B6470' size=8>  — {escape(comment.author)}, "
                    f"{escape(comment.question_id)}</font>",
                    styles.quote,
                )
            )
    return story


# -- appendix -------------------------------------------------------------------------
def answer_word(kit: Kit, row: AnswerRow) -> str:
    if row.answer is Answer.NOT_APPLICABLE:
        return kit.text.answer_na
    if row.answer is Answer.DONT_KNOW:
        return kit.text.answer_dont_know
    return str(row.current)


def text_cell(kit: Kit, width: float) -> Callable[[str], object]:
    """User text for a long table: a plain string when it fits on one line (never
    parsed, and far cheaper to lay out over thousands of rows), else an escaped,
    wrapping ``Paragraph``."""
    room = width - 2 * CELL_PADDING
    style = kit.styles.cell

    def cell(value: str) -> object:
        if "\n" not in value and stringWidth(value, FAMILY, CELL_SIZE) <= room:
            return value
        return Paragraph(lines(value), style)

    return cell


def appendix(kit: Kit) -> list[Flowable]:
    data, text, styles = kit.data, kit.text, kit.styles
    story: list[Flowable] = [
        *section_start(kit, text.appendix, "appendix"),
        Paragraph(
            escape(text.appendix_intro.format(round=data.cover.round_name)),
            styles.body,
        ),
    ]
    who = text.role if data.anonymous else text.stakeholder
    header = [
        Paragraph(
            escape(label), kit.styles.head_center if 0 < n < 4 else kit.styles.head
        )
        for n, label in enumerate(
            (who, text.question, text.current, text.target, text.comment)
        )
    ]
    words = (text.answer_na, text.answer_dont_know)
    widths = with_rest(
        kit,
        [
            # as wide as the longest name or role, within a quarter to a third
            min(
                max(snug(who, {row.who for row in data.answers}), kit.width * 0.22),
                kit.width * 0.34,
            ),
            snug(text.question, ["5.5"]),
            snug(text.current, words),
            snug(text.target),
            None,
        ],
    )
    who_cell = text_cell(kit, widths[0])
    comment_cell = text_cell(kit, widths[4])
    rows: list[list[object]] = [header]
    for row in data.answers:
        rows.append(
            [
                who_cell(row.who),
                row.question_id,
                answer_word(kit, row),
                "–" if row.target is None else str(row.target),
                comment_cell(row.comment.strip()),
            ]
        )
    plain = [
        ("FONTNAME", (0, 1), (-1, -1), FAMILY),
        ("FONTSIZE", (0, 1), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 1), (-1, -1), CELL_SIZE * 1.3),
        ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ("ALIGN", (1, 1), (3, -1), "CENTER"),
    ]
    story.append(grid(kit, rows, widths, extra=plain, long=True, compact=True))
    return story
