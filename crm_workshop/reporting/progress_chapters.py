"""The progress report's chapters after "what changed": plan versus actual with the
slipped questions, initiatives with their status history and KPIs, new risks, and who
took part. Every user string is escaped before it meets a ``Paragraph``.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from crm_workshop.reporting.blocks import (
    grid,
    head,
    lines,
    section_start,
    shares,
    snug,
    with_rest,
)
from crm_workshop.reporting.document import heading
from crm_workshop.reporting.fonts import BOLD
from crm_workshop.reporting.progress_data import InitiativeProgress
from crm_workshop.reporting.progress_kit import ProgressKit
from crm_workshop.reporting.results import hex_of
from crm_workshop.reporting.styles import CELL_PADDING, CELL_SIZE

MAX_COLUMN = 30 * mm


def _narrow(label: str, values: list[str], minimum: float = 0.0) -> float:
    return min(MAX_COLUMN, snug(label, values, minimum))


# -- plan versus actual -----------------------------------------------------------------
def plan(kit: ProgressKit) -> list[Flowable]:
    data, text, words, styles = kit.data, kit.text, kit.words, kit.styles
    story: list[Flowable] = [*section_start(kit.base, words.plan, "plan")]
    base = data.plan_from
    if base is None or data.due_by is None:
        story.append(kit.para(words.no_plan, "lead"))
        return story
    nothing_due = data.due_by < base.held_on[:7]
    intro = (words.plan_intro_nothing_due if nothing_due else words.plan_intro).format(
        plan=base.name,
        plan_date=text.date(base.held_on),
        date=text.date(data.current.held_on),
        month=kit.end_of(data.due_by),
    )
    story.append(kit.para(intro, "lead"))
    story.append(heading(words.plan_areas, styles.h2, 1, "plan-areas"))
    story.append(_area_table(kit))
    story.append(heading(words.slipped, styles.h2, 1, "plan-slipped"))
    story.append(kit.para(words.slipped_intro, "small"))
    story.append(Spacer(1, 4))
    if data.slipped:
        story.append(_slip_table(kit))
    else:
        story.append(kit.para(words.no_slips.format(month=kit.end_of(data.due_by))))
    if data.not_reassessed:
        story.append(Spacer(1, 6))
        story.append(
            kit.para(
                words.not_reassessed.format(questions=", ".join(data.not_reassessed)),
                "small",
            )
        )
    return story


def _status_cell(kit: ProgressKit, level: int | None, month: str | None) -> str:
    words = kit.words
    if level is None:
        return escape(words.on_track)
    late = words.behind.format(level=level, month=kit.month(month))
    return (
        f"<font color='{hex_of(kit.palette.accent_text)}'><b>{escape(late)}</b></font>"
    )


def _area_table(kit: ProgressKit) -> Flowable:
    data, text, words, styles = kit.data, kit.text, kit.words, kit.styles
    rows: list[list[object]] = [
        head(
            kit.base,
            "#",
            words.area,
            words.planned,
            words.actual,
            words.status,
            center_from=2,
        )
    ]
    center = styles.cell_center
    for area in data.plan_areas:
        rows.append(
            [
                Paragraph(str(area.number), styles.cell_bold),
                Paragraph(escape(area.title), styles.cell),
                Paragraph(text.number(area.planned), center),
                Paragraph(text.number(area.actual), center),
                Paragraph(
                    _status_cell(kit, area.overdue_level, area.overdue_since), center
                ),
            ]
        )
    statuses = [words.on_track] + [
        words.behind.format(level=5, month=kit.month(a.overdue_since))
        for a in data.plan_areas
        if a.overdue_since
    ]
    widths = with_rest(
        kit.base,
        [
            snug("#", ["5"]),
            None,
            _narrow(words.planned, ["5.0"], 16 * mm),
            _narrow(words.actual, ["5.0"], 16 * mm),
            min(50 * mm, snug(words.status, statuses)),
        ],
    )
    return grid(kit.base, rows, widths)


def _slip_table(kit: ProgressKit) -> Flowable:
    data, text, words, styles = kit.data, kit.text, kit.words, kit.styles
    rows: list[list[object]] = [
        head(
            kit.base,
            "#",
            text.question,
            words.planned,
            words.due,
            words.actual,
            words.brought_by,
            center_from=2,
        )
    ]
    center = styles.cell_center
    for slip in data.slipped:
        rows.append(
            [
                Paragraph(escape(slip.id), styles.cell_bold),
                Paragraph(escape(slip.title), styles.cell),
                Paragraph(escape(kit.level(slip.overdue_level)), center),
                Paragraph(escape(kit.month(slip.overdue_since)), center),
                Paragraph(
                    f"<font color='{hex_of(kit.palette.accent_text)}'><b>"
                    f"{escape(kit.level(slip.actual))}</b></font>",
                    center,
                ),
                Paragraph(
                    "<br/>".join(escape(t) for t in slip.initiatives) or "–",
                    styles.cell,
                ),
            ]
        )
    months = [kit.month(s.overdue_since) for s in data.slipped]
    widths = with_rest(
        kit.base,
        [
            snug("#", ["5.5"]),
            None,
            _narrow(words.planned, ["L5"]),
            _narrow(words.due, months),
            _narrow(words.actual, ["L5"]),
            kit.width * 0.3,
        ],
    )
    return grid(kit.base, rows, widths, long=True)


# -- initiatives -------------------------------------------------------------------------
def initiatives(kit: ProgressKit) -> list[Flowable]:
    data, words = kit.data, kit.words
    story: list[Flowable] = [*section_start(kit.base, words.initiatives, "initiatives")]
    if not data.initiatives:
        story.append(kit.para(words.no_initiatives, "lead"))
        return story
    story.append(kit.para(words.initiatives_intro, "lead"))
    for item in data.initiatives:
        story += _initiative(kit, item)
    return story


def _initiative(kit: ProgressKit, item: InitiativeProgress) -> list[Flowable]:
    text, words, styles = kit.text, kit.words, kit.styles
    title = f"{item.number}. {item.title}"
    facts = " · ".join(
        part
        for part in (
            f"{text.roadmap.status}: {item.status}",
            f"{words.owner}: {item.owner}" if item.owner else "",
            f"{words.timing}: {text.roadmap.months_range(item.starts_on, item.ends_on)}",
        )
        if part
    )
    story: list[Flowable] = [
        CondPageBreak(45 * mm),
        heading(title, styles.h2, 1, f"initiative-{item.number}"),
        kit.para(facts, "small"),
        Spacer(1, 4),
    ]
    center = styles.cell_center
    if item.history:
        rows: list[list[object]] = [
            head(kit.base, words.date, text.roadmap.status, words.note)
        ]
        for row in item.history:
            rows.append(
                [
                    Paragraph(escape(text.date(row.updated_on)), styles.cell),
                    Paragraph(escape(row.status), styles.cell_bold),
                    Paragraph(lines(row.note) or "–", styles.cell),
                ]
            )
        dates = [text.date(r.updated_on) for r in item.history]
        widths = with_rest(
            kit.base,
            [
                snug(words.date, dates),
                _bold_width(text.roadmap.status, [r.status for r in item.history]),
                None,
            ],
        )
        story.append(
            KeepTogether([kit.para(words.history, "h3"), grid(kit.base, rows, widths)])
        )
    else:
        story.append(kit.para(words.no_history, "small"))
    if item.kpis:
        rows = [
            head(
                kit.base,
                words.kpi,
                words.first,
                words.latest,
                words.target,
                words.towards_target,
                center_from=1,
            )
        ]
        for kpi in item.kpis:
            rows.append(
                [
                    Paragraph(escape(kpi.kpi), styles.cell),
                    Paragraph(
                        _measured(kit, kpi.first, kpi.unit, kpi.first_on), center
                    ),
                    Paragraph(
                        _measured(kit, kpi.latest, kpi.unit, kpi.latest_on), center
                    ),
                    Paragraph(escape(kit.amount(kpi.target, kpi.unit)), center),
                    Paragraph(_progress(kit, kpi.progress), center),
                ]
            )
        story.append(Spacer(1, 4))
        story.append(
            KeepTogether(
                [
                    kit.para(words.kpis, "h3"),
                    grid(kit.base, rows, shares(kit.base, 34, 20, 20, 13, 13)),
                ]
            )
        )
    else:
        story.append(kit.para(words.no_kpis, "small"))
    story.append(Spacer(1, 8))
    return story


def _bold_width(label: str, values: list[str]) -> float:
    """A column of bold cells: as wide as its widest value (bold) or its header."""
    need = max((stringWidth(v, BOLD, CELL_SIZE) for v in values), default=0.0)
    return max(snug(label), need + 2 * CELL_PADDING + 4)


def _measured(kit: ProgressKit, value: float, unit: str, day: str) -> str:
    return (
        f"{escape(kit.amount(value, unit))}<br/>"
        f"<font size=7 color='#5B6470'>{escape(kit.text.date(day))}</font>"
    )


def _progress(kit: ProgressKit, share: float | None) -> str:
    text = escape(kit.percent(share))
    if share is None:
        return text
    color = kit.palette.primary if share >= 0 else kit.palette.accent_text
    return f"<font color='{hex_of(color)}'><b>{text}</b></font>"


# -- new risks and participants ------------------------------------------------------------
def risks(kit: ProgressKit) -> list[Flowable]:
    data, text, words, styles = kit.data, kit.text, kit.words, kit.styles
    previous = data.previous
    story: list[Flowable] = [*section_start(kit.base, words.risks, "risks")]
    if not data.new_risks:
        story.append(kit.para(words.no_risks.format(previous=previous.name), "lead"))
        return story
    story.append(
        kit.para(
            words.risks_intro.format(
                previous=previous.name, date=text.date(previous.held_on)
            ),
            "lead",
        )
    )
    rows: list[list[object]] = [
        head(
            kit.base,
            words.risk,
            words.affects,
            words.severity,
            words.owner,
            words.mitigation,
            words.added,
        )
    ]
    for risk in data.new_risks:
        severity = (
            f"{risk.likelihood} × {risk.impact}"
            if risk.likelihood is not None and risk.impact is not None
            else "–"
        )
        rows.append(
            [
                Paragraph(lines(risk.description) or "–", styles.cell_bold),
                Paragraph(escape(risk.scope or "–"), styles.cell),
                Paragraph(escape(severity), styles.cell_center),
                Paragraph(escape(risk.owner or "–"), styles.cell),
                Paragraph(lines(risk.mitigation) or "–", styles.cell),
                Paragraph(escape(text.date(risk.added_on)), styles.cell),
            ]
        )
    story.append(
        grid(kit.base, rows, shares(kit.base, 28, 13, 8, 14, 24, 13), long=True)
    )
    return story


def participants(kit: ProgressKit) -> list[Flowable]:
    data, words, styles = kit.data, kit.words, kit.styles
    story: list[Flowable] = [*section_start(kit.base, words.participants, "people")]
    current = data.current.name
    if not data.participants:
        story.append(kit.para(words.participants_unrecorded.format(current=current)))
        return story
    story.append(
        kit.para(
            words.participants_intro.format(
                current=current, count=len(data.participants)
            )
        )
    )
    story += [
        Paragraph(escape(person), styles.bullet, bulletText="•")
        for person in data.participants
    ]
    return story
