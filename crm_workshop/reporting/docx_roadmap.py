"""The Word roadmap's chapters, first part: when higher levels are reached (timeline, a
table per area, projected radar), vision and objectives, and the goal cascade.

As in the PDF (``roadmap_sections``): the chapters appear when the workshop has a
roadmap at all; a chapter with nothing in it says so in one line, without a page of
its own. The wording helpers are the PDF's, called with its kit (``kit.pdf``).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import unescape

from docx.shared import Pt

from crm_workshop.reporting.data import AreaPath, BoardGoal, DirectorGoal
from crm_workshop.reporting.docx_kit import (
    LEAD,
    DocxKit,
    Seg,
    blocks,
    clean,
    figure,
    heading,
    house_table,
    lines_of,
    muted,
    note,
    para,
    shares,
    small,
    user_text,
)
from crm_workshop.reporting.roadmap_sections import (
    area_summary,
    figure_number,
    level_path,
    measure_text,
)


def chapter(kit: DocxKit, title: str, *, empty: bool = False) -> None:
    """A chapter on a new page, or (with nothing in it) after a gap on this page."""
    paragraph = heading(kit, title, 1, new_page=not empty)
    if empty:
        paragraph.paragraph_format.space_before = Pt(28)


# -- 1. when higher levels are reached ------------------------------------------------------
def path_text(kit: DocxKit, now: int | None, steps: Sequence) -> str:
    """ "L2 now → L3 Q2 2027 → L4 Q4 2027*": the PDF's words, as plain text."""
    return unescape(level_path(kit.pdf, now, steps))


def area_table(kit: DocxKit, area: AreaPath) -> None:
    text, words = kit.text, kit.text.roadmap
    rows = []
    for q in area.questions:
        path: list[Seg] = [Seg(path_text(kit, q.now, q.steps))]
        reached = max((s.level for s in q.steps), default=q.now or 0)
        if q.target is not None and q.target > reached:
            missing = words.target_unplanned.format(
                level=words.level.format(level=q.target)
            )
            path.append(muted(kit, "\n" + missing))
        target = "–" if q.target is None else words.level.format(level=q.target)
        rows.append([[Seg(q.id, bold=True)], q.title, path, target])
    house_table(
        kit,
        ["#", text.question, words.levels_over_time, text.target],
        rows,
        shares(kit, 6, 34, 50, 10),
        center=(3,),
    )


def when_levels(kit: DocxKit) -> None:
    roadmap, words = kit.data.roadmap, kit.text.roadmap
    if not roadmap.planned or not roadmap.quarters:
        chapter(kit, words.when_levels, empty=True)
        note(kit, words.nothing_planned)
        return
    first, last = roadmap.quarters[0], roadmap.quarters[-1]
    chapter(kit, words.when_levels)
    para(
        kit,
        words.plan_intro.format(start=words.quarter(*first), end=words.quarter(*last)),
        LEAD,
    )
    if roadmap.timeline is not None:
        caption = words.timeline_caption.format(n=figure_number(kit.pdf, "timeline"))
        figure(kit, roadmap.timeline, caption, 1.0)
    overridden = False
    for area in roadmap.areas:
        heading(kit, f"{area.number}. {area.title}", 2)
        summary = para(kit, area_summary(kit.pdf, area))
        summary.paragraph_format.keep_with_next = True
        if area.questions:
            area_table(kit, area)
        overridden = overridden or any(
            s.overridden for q in area.questions for s in q.steps
        )
    if overridden:
        small(kit, words.overridden_note)
    if roadmap.radar is not None:
        caption = words.projected_caption.format(
            n=figure_number(kit.pdf, "radar"), end=words.quarter(*last)
        )
        figure(kit, roadmap.radar, caption, 0.82)


# -- 2. vision and objectives ----------------------------------------------------------------
def vision(kit: DocxKit) -> None:
    roadmap, words = kit.data.roadmap, kit.text.roadmap
    own = blocks(roadmap.vision)
    if not own and not roadmap.objectives:
        chapter(kit, words.vision, empty=True)
        note(kit, words.nothing_vision)
        return
    chapter(kit, words.vision)
    if not user_text(kit, roadmap.vision, lead=True):
        note(kit, words.no_vision)
    heading(kit, words.objectives, 2)
    if not roadmap.objectives:
        note(kit, words.no_objectives)
        return
    house_table(
        kit,
        [
            words.objective,
            words.kpi,
            words.unit,
            words.baseline,
            words.target,
            words.due,
        ],
        [
            [
                [Seg(goal.title, bold=True)],
                goal.kpi,
                goal.unit,
                words.amount(goal.baseline),
                words.amount(goal.target),
                words.month(goal.due_on),
            ]
            for goal in roadmap.objectives
        ],
        shares(kit, 30, 20, 11, 13, 13, 13),
        right=(3, 4),
    )


# -- 3. goal cascade by director ----------------------------------------------------------------
def director_table(kit: DocxKit, goals: Sequence[DirectorGoal]) -> None:
    words = kit.text.roadmap
    rows = []
    for goal in goals:
        who = [Seg(goal.who, bold=True)]
        if goal.detail:
            who.append(muted(kit, "\n" + goal.detail))
        title = [Seg(clean(goal.goal.title).strip() or "–")]
        measured = measure_text(kit.pdf, goal.goal)
        if measured:
            title.append(muted(kit, "\n" + measured))
        rows.append([who, title, lines_of(goal.actions)])
    house_table(
        kit,
        [words.director, words.director_goal, words.actions],
        rows,
        shares(kit, 27, 33, 40),
    )


def board_block(kit: DocxKit, board: BoardGoal) -> None:
    words = kit.text.roadmap
    label = small(
        kit, [Seg(words.board_goal.upper(), bold=True, color=kit.colors.accent_text)]
    )
    label.paragraph_format.keep_with_next = True
    label.paragraph_format.space_before = Pt(10)
    title = heading(kit, board.goal.title or "–", 3)
    title.paragraph_format.space_before = Pt(0)
    measured = measure_text(kit.pdf, board.goal)
    if measured:
        small(kit, measured).paragraph_format.keep_with_next = True
    if board.directors:
        director_table(kit, board.directors)
    else:
        note(kit, words.no_directors)


def cascade(kit: DocxKit) -> None:
    roadmap, words = kit.data.roadmap, kit.text.roadmap
    if not roadmap.board_goals and not roadmap.orphan_goals:
        chapter(kit, words.cascade, empty=True)
        note(kit, words.nothing_cascade)
        return
    chapter(kit, words.cascade)
    for board in roadmap.board_goals:
        board_block(kit, board)
    if roadmap.orphan_goals:
        heading(kit, words.orphan_goals, 2)
        director_table(kit, roadmap.orphan_goals)
