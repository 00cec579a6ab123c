"""What the timeline page hands its chart: area groups, bars, badges and tooltips.

Built from the derived plan and the initiatives; every text is translated in the
page's context (``RoadmapTimelinePage``), with the page's strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from crm_workshop.domain.planning import RoadmapPlan
from crm_workshop.domain.roadmap import (
    BadMonth,
    Initiative,
    Month,
    Quarter,
    quarters_between,
)
from crm_workshop.gui.widgets.plan_form import level_text
from crm_workshop.gui.widgets.timeline_layout import AreaGroup, Badge, Bar, QuestionRow

if TYPE_CHECKING:
    from crm_workshop.gui.widgets.roadmap_timeline import RoadmapTimelinePage


def month_or_none(text: str | None) -> Month | None:
    """The month in ``text``; None when there is none or it does not read."""
    try:
        return Month.parse(text) if text else None
    except BadMonth:
        return None


def timeline_content(
    page: RoadmapTimelinePage, plan: RoadmapPlan, initiatives: Sequence[Initiative]
) -> tuple[tuple[Quarter, ...], tuple[AreaGroup, ...]]:
    """The quarters to show and one group per area: its level badges, the bars of
    the active initiatives that move its questions, and its question rows."""
    model, language = page.document.model, page.language
    area_of = {q.id: q.area_id for q in model.questions()}
    titles = {i.id: i.title for i in initiatives}
    bars: dict[str, list[Bar]] = {a.id: [] for a in model.areas}
    last = plan.quarters[-1].last_month
    for initiative in initiatives:
        ends = month_or_none(initiative.ends_on)
        if not initiative.active or ends is None:
            continue
        starts = month_or_none(initiative.starts_on) or ends
        starts = min(starts, ends)
        last = max(last, ends)
        bar = Bar(
            initiative.id or 0,
            initiative.title,
            starts,
            ends,
            initiative.strategic,
            bar_tooltip(page, initiative, starts, ends),
        )
        for area_id in dict.fromkeys(
            area_of[m.question_id] for m in initiative.moves if m.question_id in area_of
        ):
            bars[area_id].append(bar)
    groups = []
    for area in model.areas:
        area_plan = plan.area(area.id)
        title = area.title.get(language)
        target = page.state.area_targets.get(area.id) if page.state else None
        summary = QCoreApplication.translate(
            "RoadmapTimelinePage", "{now} → {target}"
        ).format(now=level_text(area_plan.start, 1), target=level_text(target, 1))
        badges = tuple(
            Badge(
                s.level,
                s.month,
                tooltip=QCoreApplication.translate(
                    "RoadmapTimelinePage",
                    "{area} reaches level {level} in {month} ({quarter})",
                ).format(
                    area=title,
                    level=s.level,
                    month=s.month,
                    quarter=s.month.quarter,
                ),
            )
            for s in area_plan.steps
        )
        rows = []
        for question in area.questions:
            qplan = plan.questions.get(question.id)
            if qplan is None:
                continue
            name = f"{question.id} {question.title.get(language)}"
            steps = []
            for step in qplan.steps:
                source = (
                    QCoreApplication.translate("RoadmapTimelinePage", "set by hand")
                    if step.overridden
                    else ", ".join(titles.get(i, "") for i in step.initiative_ids)
                )
                steps.append(
                    Badge(
                        step.level,
                        step.month,
                        step.overridden,
                        QCoreApplication.translate(
                            "RoadmapTimelinePage",
                            "{question}: level {level} in {month} ({source})",
                        ).format(
                            question=question.id,
                            level=step.level,
                            month=step.month,
                            source=source,
                        ),
                    )
                )
            path = " → ".join(
                [
                    QCoreApplication.translate(
                        "RoadmapTimelinePage", "L{level}"
                    ).format(level=level_text(qplan.start))
                ]
                + [
                    QCoreApplication.translate(
                        "RoadmapTimelinePage", "L{level} {quarter}"
                    ).format(level=s.level, quarter=s.month.quarter)
                    for s in qplan.steps
                ]
            )
            rows.append(
                QuestionRow(
                    question.id,
                    name,
                    qplan.start,
                    tuple(steps),
                    f"{name}\n{path}\n"
                    + QCoreApplication.translate(
                        "RoadmapTimelinePage", "Target: {target}"
                    ).format(target=level_text(qplan.target)),
                )
            )
        groups.append(
            AreaGroup(
                area.id,
                title,
                summary,
                badges,
                tuple(bars[area.id]),
                tuple(rows),
                "\n".join(
                    [
                        title,
                        QCoreApplication.translate(
                            "RoadmapTimelinePage", "Now {now}, target {target}"
                        ).format(
                            now=level_text(area_plan.start, 1),
                            target=level_text(target, 1),
                        ),
                    ]
                    + [b.tooltip for b in badges]
                ),
            )
        )
    quarters = tuple(quarters_between(plan.quarters[0].first_month, last))
    return quarters, tuple(groups)


def bar_tooltip(
    page: RoadmapTimelinePage, initiative: Initiative, starts: Month, ends: Month
) -> str:
    lines = [initiative.title]
    if initiative.strategic:
        lines.append(
            QCoreApplication.translate("RoadmapTimelinePage", "Strategic project")
        )
    lines.append(
        QCoreApplication.translate("RoadmapTimelinePage", "{start} to {end}").format(
            start=starts, end=ends
        )
    )
    lines += [
        QCoreApplication.translate(
            "RoadmapTimelinePage", "{question}: level {start} → {end}"
        ).format(question=m.question_id, start=m.from_level, end=m.to_level)
        for m in initiative.moves
    ]
    return "\n".join(lines)
