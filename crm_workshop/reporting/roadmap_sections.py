"""The roadmap chapters, first part: when higher levels are reached (timeline, a table
per area, projected radar), vision and objectives, and the goal cascade by director.

The chapters appear when the workshop has a roadmap at all; then every chapter is
there, and one with nothing in it says so in one line, without a page of its own.
Every user text is escaped; tables may split inside a row, so no text is too long.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from crm_workshop.reporting.blocks import (
    Kit,
    head,
    lines,
    paragraphs,
    section_start,
    shares,
    snug,
    with_rest,
)
from crm_workshop.reporting.data import (
    AreaPath,
    BoardGoal,
    ChartImage,
    DirectorGoal,
    LevelMark,
    Measure,
)
from crm_workshop.reporting.document import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    heading,
    page_size,
)
from crm_workshop.reporting.results import figure, hex_of
from crm_workshop.reporting.styles import MUTED, table_style

MUTED_HEX = "#" + MUTED.hexval()[2:]


# -- shared by the roadmap chapters ---------------------------------------------------------
def chapter(kit: Kit, title: str, key: str, *, empty: bool = False) -> list[Flowable]:
    """The chapter's start: a new page, or (with nothing in it) a gap on this page."""
    if not empty:
        return section_start(kit, title, key)
    rule = HRFlowable(
        width=16 * mm,
        thickness=2.2,
        color=kit.palette.accent,
        hAlign="LEFT",
        spaceBefore=1,
        spaceAfter=10,
    )
    rule.keepWithNext = 1  # type: ignore[attr-defined]
    return [
        CondPageBreak(60 * mm),
        Spacer(1, 22),
        heading(title, kit.styles.h1, 0, key),
        rule,
    ]


def table(
    kit: Kit,
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    extra: Sequence[tuple[object, ...]] = (),
) -> Table:
    """A house table that repeats its header and may split inside a tall row."""
    result = Table(
        list(rows),
        colWidths=list(widths),
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    result.setStyle(TableStyle([*table_style(kit.palette), *extra]))
    result.spaceBefore = 4  # type: ignore[attr-defined]
    result.spaceAfter = 6  # type: ignore[attr-defined]
    return result


def cell(kit: Kit, value: str, *, bold: bool = False) -> Paragraph:
    """User text in a cell: escaped, its lines kept, a dash when empty."""
    style = kit.styles.cell_bold if bold else kit.styles.cell
    return Paragraph(lines(value) or "–", style)


def bullets(values: Sequence[str]) -> str:
    """Lines as a list inside one cell, escaped."""
    return "<br/>".join(f"•&nbsp;{lines(v)}" for v in values if v.strip())


def muted(value: str, size: float = 7.6) -> str:
    return f"<font color='{MUTED_HEX}' size={size}>{value}</font>"


def note(kit: Kit, message: str) -> Paragraph:
    return Paragraph(escape(message), kit.styles.body)


def figure_number(kit: Kit, chart: str) -> int:
    """Figures are numbered in print order: the current picture's, then the roadmap's."""
    data, roadmap = kit.data, kit.data.roadmap
    shown = [data.radar, data.heatmap]
    for name, image in (
        ("timeline", roadmap.timeline),
        ("radar", roadmap.radar),
        ("matrix", roadmap.matrix),
    ):
        if name == chart:
            break
        shown.append(image)
    return sum(image is not None for image in shown) + 1


def chart(kit: Kit, image: ChartImage, caption: str, share: float) -> Flowable:
    """A figure no taller than the page leaves for it (a long Gantt is scaled down)."""
    room = page_size(kit.data.paper)[1] - MARGIN_TOP - MARGIN_BOTTOM - 70
    height = kit.width * share * image.height_in / image.width_in
    if height > room:
        share *= room / height
    return figure(kit, image, caption, share)


def measure_text(kit: Kit, goal: Measure) -> str:
    """ "NPS: from 12 to 30 by December 2027", or what of it is known."""
    words = kit.text.roadmap
    if not (goal.kpi or goal.target is not None):
        return ""
    unit = f" {goal.unit}" if goal.unit else ""
    return words.measure_line.format(
        kpi=goal.kpi or words.kpi,
        baseline=words.amount(goal.baseline)
        + (unit if goal.baseline is not None else ""),
        target=words.amount(goal.target) + (unit if goal.target is not None else ""),
        due=words.month(goal.due_on),
    )


# -- 1. when higher levels are reached ------------------------------------------------------
def level_path(kit: Kit, now: int | None, steps: Sequence[LevelMark]) -> str:
    """ "L2 now → L3 Q2 2027 → L4 Q4 2027*" (escaped)."""
    words = kit.text.roadmap
    parts = []
    if now is not None:
        parts.append(words.level_now.format(level=words.level.format(level=now)))
    for step in steps:
        mark = "*" if step.overridden else ""
        parts.append(
            words.level_in.format(
                level=words.level.format(level=step.level),
                quarter=words.quarter_of(step.month),
            )
            + mark
        )
    return escape(" → ".join(parts) or "–")


def area_table(kit: Kit, area: AreaPath) -> Table:
    text, words, styles = kit.text, kit.text.roadmap, kit.styles
    rows: list[list[object]] = [
        head(kit, "#", text.question, words.levels_over_time, text.target)
    ]
    for q in area.questions:
        path = level_path(kit, q.now, q.steps)
        reached = max((s.level for s in q.steps), default=q.now or 0)
        if q.target is not None and q.target > reached:
            missing = words.target_unplanned.format(
                level=words.level.format(level=q.target)
            )
            path += "<br/>" + muted(escape(missing))
        rows.append(
            [
                Paragraph(escape(q.id), styles.cell_bold),
                Paragraph(escape(q.title), styles.cell),
                Paragraph(path, styles.cell),
                Paragraph(
                    "–"
                    if q.target is None
                    else escape(words.level.format(level=q.target)),
                    styles.cell_center,
                ),
            ]
        )
    widths = with_rest(
        kit,
        [
            snug("#", ["5.5"]),
            kit.width * 0.34,
            None,
            snug(text.target, [words.level.format(level=5)]),
        ],
    )
    return table(kit, rows, widths)


def area_summary(kit: Kit, area: AreaPath) -> str:
    text, words = kit.text, kit.text.roadmap
    if not area.steps:
        return words.area_no_path
    path = "".join(
        " → "
        + words.level_in.format(
            level=words.level.format(level=step.level),
            quarter=words.quarter_of(step.month),
        )
        for step in area.steps
    )
    return words.area_path.format(
        now=text.number(area.now), path=path, end=text.number(area.at_end)
    )


def when_levels(kit: Kit) -> list[Flowable]:
    roadmap, words, styles = kit.data.roadmap, kit.text.roadmap, kit.styles
    if not roadmap.planned or not roadmap.quarters:
        return [
            *chapter(kit, words.when_levels, "plan", empty=True),
            note(kit, words.nothing_planned),
        ]
    first, last = roadmap.quarters[0], roadmap.quarters[-1]
    story: list[Flowable] = [
        *chapter(kit, words.when_levels, "plan"),
        Paragraph(
            escape(
                words.plan_intro.format(
                    start=words.quarter(*first), end=words.quarter(*last)
                )
            ),
            styles.lead,
        ),
    ]
    if roadmap.timeline is not None:
        caption = words.timeline_caption.format(n=figure_number(kit, "timeline"))
        story.append(chart(kit, roadmap.timeline, caption, 1.0))
    overridden = False
    for area in roadmap.areas:
        story.append(heading(f"{area.number}. {area.title}", styles.h2, None, ""))
        summary = Paragraph(escape(area_summary(kit, area)), styles.body)
        summary.keepWithNext = 1  # type: ignore[attr-defined]
        story.append(summary)
        if area.questions:
            story.append(area_table(kit, area))
        overridden = overridden or any(
            s.overridden for q in area.questions for s in q.steps
        )
    if overridden:
        story.append(Paragraph(escape(words.overridden_note), styles.small))
    if roadmap.radar is not None:
        story.append(Spacer(1, 10))
        caption = words.projected_caption.format(
            n=figure_number(kit, "radar"), end=words.quarter(*last)
        )
        story.append(chart(kit, roadmap.radar, caption, 0.82))
    return story


# -- 2. vision and objectives ----------------------------------------------------------------
def vision(kit: Kit) -> list[Flowable]:
    roadmap, words, styles = kit.data.roadmap, kit.text.roadmap, kit.styles
    own = paragraphs(roadmap.vision)
    if not own and not roadmap.objectives:
        return [
            *chapter(kit, words.vision, "vision", empty=True),
            note(kit, words.nothing_vision),
        ]
    story: list[Flowable] = [*chapter(kit, words.vision, "vision")]
    if own:
        story += [
            Paragraph(block, styles.lead if n == 0 else styles.body)
            for n, block in enumerate(own)
        ]
    else:
        story.append(note(kit, words.no_vision))
    story.append(heading(words.objectives, styles.h2, None, ""))
    if not roadmap.objectives:
        story.append(note(kit, words.no_objectives))
        return story
    rows: list[list[object]] = [
        head(
            kit,
            words.objective,
            words.kpi,
            words.unit,
            words.baseline,
            words.target,
            words.due,
        )
    ]
    for goal in roadmap.objectives:
        rows.append(
            [
                cell(kit, goal.title, bold=True),
                cell(kit, goal.kpi),
                cell(kit, goal.unit),
                Paragraph(words.amount(goal.baseline), styles.cell_right),
                Paragraph(words.amount(goal.target), styles.cell_right),
                Paragraph(escape(words.month(goal.due_on)), styles.cell),
            ]
        )
    dates = [words.month(g.due_on) for g in roadmap.objectives]
    figures = [words.amount(g.baseline) for g in roadmap.objectives] + [
        words.amount(g.target) for g in roadmap.objectives
    ]
    widths = with_rest(
        kit,
        [
            kit.width * 0.3,
            None,
            kit.width * 0.11,
            min(snug(words.baseline, figures), kit.width * 0.16),
            min(snug(words.target, figures), kit.width * 0.16),
            min(snug(words.due, dates), kit.width * 0.16),
        ],
    )
    story.append(table(kit, rows, widths))
    return story


# -- 3. goal cascade by director ----------------------------------------------------------------
def director_table(kit: Kit, goals: Sequence[DirectorGoal]) -> Table:
    words, styles = kit.text.roadmap, kit.styles
    rows: list[list[object]] = [
        head(kit, words.director, words.director_goal, words.actions)
    ]
    for goal in goals:
        who = f"<b>{escape(goal.who)}</b>"
        if goal.detail:
            who += "<br/>" + muted(escape(goal.detail))
        title = lines(goal.goal.title) or "–"
        measured = measure_text(kit, goal.goal)
        if measured:
            title += "<br/>" + muted(escape(measured))
        rows.append(
            [
                Paragraph(who, styles.cell),
                Paragraph(title, styles.cell),
                Paragraph(bullets(goal.actions) or "–", styles.cell),
            ]
        )
    return table(kit, rows, shares(kit, 27, 33, 40))


def board_block(kit: Kit, board: BoardGoal) -> list[Flowable]:
    words, styles = kit.text.roadmap, kit.styles
    label = f"<font color='{hex_of(kit.palette.accent_text)}'>"
    label += f"{escape(words.board_goal.upper())}</font><br/>"
    title = Paragraph(label + lines(board.goal.title), styles.h3)
    story: list[Flowable] = [title]
    measured = measure_text(kit, board.goal)
    if measured:
        line = Paragraph(escape(measured), styles.small)
        line.keepWithNext = 1  # type: ignore[attr-defined]
        story.append(line)
    if board.directors:
        story.append(director_table(kit, board.directors))
    else:
        story.append(note(kit, words.no_directors))
    story.append(Spacer(1, 8))
    return story


def cascade(kit: Kit) -> list[Flowable]:
    roadmap, words, styles = kit.data.roadmap, kit.text.roadmap, kit.styles
    if not roadmap.board_goals and not roadmap.orphan_goals:
        return [
            *chapter(kit, words.cascade, "cascade", empty=True),
            note(kit, words.nothing_cascade),
        ]
    story: list[Flowable] = [*chapter(kit, words.cascade, "cascade")]
    for board in roadmap.board_goals:
        story += board_block(kit, board)
    if roadmap.orphan_goals:
        story.append(heading(words.orphan_goals, styles.h2, None, ""))
        story.append(director_table(kit, roadmap.orphan_goals))
    return story
