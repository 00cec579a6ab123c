"""The progress report's front: cover, summary, and what changed since the last round
(overlay radar, per-area table, questions up and down, every question).

Every user and model string is escaped before it meets a ``Paragraph``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
)

from crm_workshop.domain.progress import shown_change
from crm_workshop.reporting.blocks import grid, head, section_start, snug, with_rest
from crm_workshop.reporting.document import heading
from crm_workshop.reporting.labels import PLACES
from crm_workshop.reporting.progress_data import QuestionRow
from crm_workshop.reporting.progress_kit import ProgressKit
from crm_workshop.reporting.results import figure, hex_of
from crm_workshop.reporting.sections import branded_cover, cover_details, figure_row


# -- cover ----------------------------------------------------------------------------
def cover(kit: ProgressKit) -> list[Flowable]:
    data, text, words = kit.data, kit.text, kit.words
    compared = words.compared_value.format(
        current=data.current.name,
        current_date=text.date(data.current.held_on),
        previous=data.previous.name,
        previous_date=text.date(data.previous.held_on),
    )
    details = [
        *cover_details(data.cover, text),
        (words.rounds_compared, escape(compared)),
    ]
    if data.plan_from is not None:
        plan = f"{data.plan_from.name} · {text.date(data.plan_from.held_on)}"
        details.append((words.plan_from, escape(plan)))
    return branded_cover(
        kit.base, data.cover, words.report_subtitle, words.report_title, details
    )


# -- summary ---------------------------------------------------------------------------
def key_boxes(kit: ProgressKit) -> Table:
    data, text, words = kit.data, kit.text, kit.words
    change = shown_change(data.index_before, data.index_after, PLACES)
    due = data.due_by
    boxes = [
        (
            words.overall_now,
            text.number(data.index_after),
            words.index_note.format(
                before=text.number(data.index_before), previous=data.previous.name
            ),
        ),
        (words.change, kit.change(change), data.current.name),
        (words.moved_up_box, str(len(data.moved_up)), words.moves_note),
        (words.moved_down_box, str(len(data.moved_down)), words.moves_note),
        (
            words.slipped_box,
            str(len(data.slipped)) if data.plan_from else "–",
            words.slipped_note.format(month=kit.end_of(due))
            if data.plan_from and due
            else words.no_plan_note,
        ),
        (
            words.new_risks_box,
            str(len(data.new_risks)),
            words.risks_note.format(previous=data.previous.name),
        ),
    ]
    return figure_row(kit.base, boxes, padding=(6, 4))


def summary_paragraphs(kit: ProgressKit) -> list[str]:
    """The summary in a few sentences, worded from the numbers."""
    data, text, words = kit.data, kit.text, kit.words
    current, previous = data.current, data.previous
    if data.index_after is None:
        return [words.summary_no_scores.format(current=current.name)]
    change = shown_change(data.index_before, data.index_after, PLACES)
    blocks = [
        words.summary_index.format(
            current=current.name,
            date=text.date(current.held_on),
            after=text.number(data.index_after),
            change=kit.change(change),
            previous=previous.name,
            before=text.number(data.index_before),
        )
    ]
    if data.moved_up or data.moved_down:
        blocks.append(
            words.summary_moves.format(
                up=text.questions(len(data.moved_up)),
                down=text.questions(len(data.moved_down)),
            )
        )
    else:
        blocks.append(words.summary_no_moves)
    if data.plan_from is not None and data.due_by is not None:
        month = kit.end_of(data.due_by)
        if data.slipped:
            blocks.append(
                words.summary_slipped.format(count=len(data.slipped), month=month)
            )
        elif data.due_by >= data.plan_from.held_on[:7]:
            blocks.append(words.summary_on_plan.format(month=month))
        else:
            blocks.append(words.summary_nothing_due)
    if data.carried:
        blocks.append(
            words.summary_carried.format(count=data.carried, previous=previous.name)
        )
    blocks.append(
        words.summary_risks.format(count=len(data.new_risks), previous=previous.name)
    )
    return blocks


def summary(kit: ProgressKit) -> list[Flowable]:
    story: list[Flowable] = [
        *section_start(kit.base, kit.words.summary, "summary"),
        key_boxes(kit),
        Spacer(1, 16),
    ]
    for n, block in enumerate(summary_paragraphs(kit)):
        story.append(kit.para(block, "lead" if n == 0 else "body"))
    return story


# -- what changed -------------------------------------------------------------------------
def changes(kit: ProgressKit) -> list[Flowable]:
    data, words, styles = kit.data, kit.words, kit.styles
    current, previous = data.current.name, data.previous.name
    story: list[Flowable] = [
        *section_start(kit.base, words.changes, "changes"),
        kit.para(
            words.changes_intro.format(current=current, previous=previous), "lead"
        ),
    ]
    if data.radar is not None:
        caption = (
            words.radar_caption_plan.format(
                previous=previous, current=current, month=kit.end_of(data.due_by)
            )
            if data.plan_from is not None and data.due_by
            else words.radar_caption.format(previous=previous, current=current)
        )
        story.append(figure(kit.base, data.radar, caption, 0.82))
    story.append(heading(words.per_area, styles.h2, 1, "changes-areas"))
    story.append(area_table(kit))
    for title, key, rows, empty in (
        (words.moved_up, "changes-up", data.moved_up, words.none_up),
        (words.moved_down, "changes-down", data.moved_down, words.none_down),
    ):
        story.append(heading(title, styles.h2, 1, key))
        story.append(question_table(kit, rows) if rows else kit.para(empty))
    story.append(heading(words.every_question, styles.h2, 1, "changes-all"))
    story.append(kit.para(words.every_question_intro, "small"))
    story.append(Spacer(1, 4))
    story.append(question_table(kit, data.questions, every=True))
    return story


def _signed(kit: ProgressKit, value: float | None) -> str:
    """A change, coloured: up in the primary colour, down in the accent's text colour."""
    text = escape(kit.change(value))
    if value is None or abs(value) < 0.05:
        return text
    color = kit.palette.primary if value > 0 else kit.palette.accent_text
    return f"<font color='{hex_of(color)}'><b>{text}</b></font>"


def area_table(kit: ProgressKit) -> Flowable:
    data, text, words, styles = kit.data, kit.text, kit.words, kit.styles
    before, after = data.previous.name, data.current.name
    rows: list[list[object]] = [
        head(
            kit.base,
            "#",
            words.area,
            before,
            after,
            words.change,
            f"{words.floor}: {before}",
            f"{words.floor}: {after}",
            center_from=2,
        )
    ]
    center = styles.cell_center
    for area in data.areas:
        change = shown_change(area.before, area.after, PLACES)
        rows.append(
            [
                Paragraph(str(area.number), styles.cell_bold),
                Paragraph(escape(area.title), styles.cell),
                Paragraph(text.number(area.before), center),
                Paragraph(text.number(area.after), center),
                Paragraph(_signed(kit, change), center),
                Paragraph(text.number(area.floor_before), center),
                Paragraph(text.number(area.floor_after), center),
            ]
        )
    number = snug("", ["+5.0"], 15 * mm)
    widths = with_rest(
        kit.base,
        [
            snug("#", ["5"]),
            None,
            *(snug(label, [], number) for label in (before, after, words.change)),
            snug(f"{words.floor}: {before}", [], number),
            snug(f"{words.floor}: {after}", [], number),
        ],
    )
    # round names can be long: keep the title column readable
    if widths[1] < kit.width * 0.3:
        rest = kit.width * 0.7 - widths[0]
        widths = [widths[0], kit.width * 0.3, *([rest / 5] * 5)]
    return grid(kit.base, rows, widths)


def question_table(
    kit: ProgressKit, questions: tuple[QuestionRow, ...], *, every: bool = False
) -> Flowable:
    text, words, styles = kit.text, kit.words, kit.styles
    before, after = kit.data.previous.name, kit.data.current.name
    labels = ["#", text.question, before, after, words.score_change, words.level_change]
    if every:
        labels.append("")
    rows: list[list[object]] = [head(kit.base, *labels, center_from=2)]
    center = styles.cell_center
    for q in questions:
        change = shown_change(q.before, q.after, PLACES)
        row: list[object] = [
            Paragraph(escape(q.id), styles.cell_bold),
            Paragraph(escape(q.title), styles.cell),
            Paragraph(text.number(q.before), center),
            Paragraph(text.number(q.after), center),
            Paragraph(_signed(kit, change), center),
            Paragraph(escape(kit.levels(q.level_before, q.level_after)), center),
        ]
        if every:
            word = words.direction.get(q.direction, "")
            bold = q.direction in ("up", "down")
            row.append(
                Paragraph(f"<b>{escape(word)}</b>" if bold else escape(word), center)
            )
        rows.append(row)
    number = snug("", ["+5.0"], 13 * mm)
    widths: list[float | None] = [
        snug("#", ["5.5"]),
        None,
        snug(before, [], number),
        snug(after, [], number),
        snug(words.score_change, [], number),
        snug(words.level_change, ["L3 → L4"]),
    ]
    if every:
        widths.append(snug("", list(words.direction.values())))
    return grid(kit.base, rows, with_rest(kit.base, widths), long=every, compact=every)
