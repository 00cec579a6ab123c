"""The roadmap chapters, second part: the strategic project list (with the
prioritisation matrix), risks (the register and what the analysis flagged), the places
needing attention, and the roadmap's lines in the drafted executive summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from crm_workshop.reporting.blocks import Kit, head, lines, paragraphs, shares, snug
from crm_workshop.reporting.data import Project, ReportData, RiskRow
from crm_workshop.reporting.document import heading
from crm_workshop.reporting.labels import ReportText
from crm_workshop.reporting.roadmap_sections import (
    bullets,
    cell,
    chapter,
    chart,
    figure_number,
    muted,
    note,
    table,
)
from crm_workshop.reporting.styles import RULE, boxed

TOP_RISKS = 3
SEVERITY_TINTS = (  # from this severity up: the cell's background
    (15, colors.HexColor("#F6D5D1")),
    (8, colors.HexColor("#FBE8CF")),
    (1, colors.HexColor("#E3F1E7")),
)


# -- 4. strategic project list ---------------------------------------------------------------
def owner_text(project: Project) -> str:
    """Owner and department; the department once when the owner's label has it."""
    owner, department = project.owner, project.department
    if department and department in owner.split(" · "):
        return owner
    return " · ".join(part for part in (owner, department) if part)


def moves_text(kit: Kit, project: Project) -> str:
    words = kit.text.roadmap
    return "\n".join(
        words.move.format(
            question=m.question_id,
            title=m.title,
            from_level=m.from_level,
            to_level=m.to_level,
        )
        for m in project.moves
    )


def timing_text(kit: Kit, project: Project) -> str:
    words = kit.text.roadmap
    status = words.initiative_status.get(project.status, project.status)
    if not (project.starts_on or project.ends_on):
        return status
    return f"{words.months_range(project.starts_on, project.ends_on)} · {status}"


def project_card(kit: Kit, project: Project) -> list[Flowable]:
    """The project's title and description, then its facts in a two-column table."""
    words, styles = kit.text.roadmap, kit.styles
    title = Paragraph(f"{project.number}.&nbsp;&nbsp;{lines(project.title)}", styles.h3)
    story: list[Flowable] = [title]
    story += [
        Paragraph(block, styles.body) for block in paragraphs(project.description)
    ]
    scores = (
        words.scores.format(urgency=project.urgency, feasibility=project.feasibility)
        if project.urgency is not None or project.feasibility is not None
        else ""
    ).replace("None", "–")
    facts = [
        (words.owner, owner_text(project)),
        (words.questions, moves_text(kit, project)),
        (words.timing, timing_text(kit, project)),
        (words.budget, words.amount(project.budget)),
        (words.kpis, ""),
        (words.roi, project.expected_roi),
        (f"{words.urgency} · {words.feasibility.lower()}", scores),
    ]
    rows = []
    for label, value in facts:
        if label == words.kpis:
            if project.kpis:
                shown = Paragraph(bullets(project.kpis), styles.cell)
                rows.append([Paragraph(escape(label), styles.figure_label), shown])
            continue
        if (value.strip() and value != "–") or label in (words.owner, words.timing):
            shown = cell(kit, value)
            rows.append([Paragraph(escape(label), styles.figure_label), shown])
    label_width = snug("", [label for label, _ in facts]) + 6
    facts_table = Table(
        rows,
        colWidths=[label_width, kit.width - label_width],
        splitInRow=1,
        hAlign="LEFT",
    )
    facts_table.setStyle(
        boxed(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 1.4, kit.palette.primary),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.8),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("TOPPADDING", (0, 0), (0, -1), 4.4),
            ]
        )
    )
    story.append(facts_table)
    story.append(Spacer(1, 8))
    return [KeepTogether(story[:2]), *story[2:]] if len(story) > 2 else story


def matrix_part(kit: Kit) -> list[Flowable]:
    roadmap, words, styles = kit.data.roadmap, kit.text.roadmap, kit.styles
    title = words.urgency + " × " + words.feasibility.lower()
    part: list[Flowable] = [
        heading(title, styles.h2, None, ""),
        Paragraph(escape(words.matrix_intro), styles.body),
    ]
    if roadmap.matrix is not None:
        caption = words.matrix_caption.format(n=figure_number(kit, "matrix"))
        part.append(chart(kit, roadmap.matrix, caption, 0.62))
    unscored = [
        str(p.number)
        for p in roadmap.projects
        if p.urgency is None or p.feasibility is None
    ]
    if unscored:
        message = words.matrix_unscored.format(projects=", ".join(unscored))
        part.append(Paragraph(escape(message), styles.small))
    return [KeepTogether(part)]


def others_table(kit: Kit, projects: Sequence[Project]) -> Flowable:
    words, styles = kit.text.roadmap, kit.styles
    rows: list[list[object]] = [
        head(kit, "#", words.project, words.owner, words.timing, words.questions)
    ]
    for p in projects:
        rows.append(
            [
                Paragraph(str(p.number), styles.cell_bold),
                cell(kit, p.title, bold=True),
                cell(kit, owner_text(p)),
                cell(kit, timing_text(kit, p)),
                cell(kit, moves_text(kit, p)),
            ]
        )
    widths = [snug("#", ["99"]), *shares(kit, 28, 20, 20, 32)]
    widths[1:] = [w * (kit.width - widths[0]) / kit.width for w in widths[1:]]
    return table(kit, rows, widths)


def projects(kit: Kit) -> list[Flowable]:
    roadmap, words, styles = kit.data.roadmap, kit.text.roadmap, kit.styles
    if not roadmap.projects:
        return [
            *chapter(kit, words.projects, "projects", empty=True),
            note(kit, words.nothing_projects),
        ]
    story: list[Flowable] = [
        *chapter(kit, words.projects, "projects"),
        Paragraph(escape(words.projects_intro), styles.lead),
        heading(words.strategic_heading, styles.h2, None, ""),
    ]
    strategic = roadmap.strategic
    if not strategic:
        story.append(note(kit, words.no_strategic))
    for project in strategic:
        story += project_card(kit, project)
    story += matrix_part(kit)
    others = [p for p in roadmap.projects if not p.strategic]
    if others:
        story.append(heading(words.other_projects, styles.h2, None, ""))
        story.append(others_table(kit, others))
    return story


# -- 5. risks ----------------------------------------------------------------------------------
def severity_cell(kit: Kit, risk: RiskRow) -> Paragraph:
    severity = risk.severity
    if severity is None:
        return Paragraph("–", kit.styles.cell_center)
    detail = muted(f"{risk.likelihood} × {risk.impact}", 7)
    return Paragraph(f"<b>{severity}</b><br/>{detail}", kit.styles.cell_center)


def register(kit: Kit) -> Flowable:
    words, styles = kit.text.roadmap, kit.styles
    risks = kit.data.roadmap.risks
    rows: list[list[object]] = [
        head(
            kit,
            words.description,
            words.affects,
            words.severity,
            words.mitigation,
            words.owner,
            words.status,
            center_from=2,
        )
    ]
    rows[0][3].style = styles.head  # mitigation, owner and status read from the left
    rows[0][4].style = styles.head
    rows[0][5].style = styles.head
    extra: list[tuple[object, ...]] = []
    for n, risk in enumerate(risks, start=1):
        rows.append(
            [
                cell(kit, risk.description),
                cell(kit, ", ".join(risk.scope)),
                severity_cell(kit, risk),
                cell(kit, risk.mitigation),
                cell(kit, risk.owner),
                cell(kit, words.risk_status.get(risk.status, risk.status)),
            ]
        )
        for floor, tint in SEVERITY_TINTS:
            if risk.severity is not None and risk.severity >= floor:
                extra.append(("BACKGROUND", (2, n), (2, n), tint))
                break
    statuses = list(words.risk_status.values())
    widths = shares(kit, 30, 11, 10, 27, 13, 9)
    widths[2] = max(widths[2], snug(words.severity))
    widths[5] = max(widths[5], snug(words.status, statuses))
    spare = sum(widths) - kit.width
    widths[0] -= spare / 2
    widths[3] -= spare / 2
    return table(kit, rows, widths, extra)


def risks(kit: Kit) -> list[Flowable]:
    roadmap, words, styles = kit.data.roadmap, kit.text.roadmap, kit.styles
    if not roadmap.risks and not roadmap.flags:
        return [
            *chapter(kit, words.risks, "risks", empty=True),
            note(kit, words.nothing_risks),
        ]
    story: list[Flowable] = [
        *chapter(kit, words.risks, "risks"),
        heading(words.register, styles.h2, None, ""),
    ]
    if roadmap.risks:
        story.append(Paragraph(escape(words.severity_note), styles.small))
        story.append(register(kit))
    else:
        story.append(note(kit, words.no_risks))
    if roadmap.flags:
        story.append(heading(words.flagged, styles.h2, None, ""))
        story.append(Paragraph(escape(words.flagged_intro), styles.body))
        story += [
            Paragraph(escape(message), styles.bullet, bulletText="•")
            for message in flag_messages(kit.data, kit.text)
        ]
    return story


def flag_messages(data: ReportData, text: ReportText) -> list[str]:
    words = text.roadmap
    return [words.hint(flag.kind, dict(flag.values)) for flag in data.roadmap.flags]


# -- 6. places needing attention ---------------------------------------------------------------
def focus(kit: Kit) -> list[Flowable]:
    roadmap, words, styles = kit.data.roadmap, kit.text.roadmap, kit.styles
    if not roadmap.focus:
        return [
            *chapter(kit, words.focus, "focus", empty=True),
            note(kit, words.nothing_focus),
        ]
    rows: list[list[object]] = [head(kit, words.where, words.why)]
    rows += [
        [cell(kit, f.scope, bold=True), cell(kit, f.reason)] for f in roadmap.focus
    ]
    return [
        *chapter(kit, words.focus, "focus"),
        Paragraph(escape(words.focus_intro), styles.body),
        table(kit, rows, shares(kit, 32, 68)),
    ]


# -- the drafted executive summary ---------------------------------------------------------------
def project_line(text: ReportText, project: Project) -> str:
    """ "CDP platform (Tomasz Kowalczyk · Marketing; January – November 2027)"."""
    words = text.roadmap
    details = [owner_text(project)]
    if project.starts_on or project.ends_on:
        details.append(words.months_range(project.starts_on, project.ends_on))
    shown = "; ".join(part for part in details if part)
    return f"{project.title.strip()} ({shown})" if shown else project.title.strip()


@dataclass(frozen=True)
class DraftBlock:
    intro: str
    items: tuple[str, ...] = ()


def roadmap_draft(data: ReportData, text: ReportText) -> list[DraftBlock]:
    """The strategic projects, the top risks and the board's decision, as plain text."""
    roadmap, words = data.roadmap, text.roadmap
    blocks = []
    strategic = roadmap.strategic
    if strategic:
        count = len(strategic)
        blocks.append(
            DraftBlock(
                words.draft_projects.format(
                    count=f"{count} {text.plural(count, words.project_forms)}"
                ),
                tuple(project_line(text, p) for p in strategic),
            )
        )
    open_risks = [
        r
        for r in roadmap.risks
        if r.status in ("open", "accepted") and r.description.strip()
    ]
    top = [r.description.strip() for r in open_risks if r.severity is not None]
    top += flag_messages(data, text)
    top += [r.description.strip() for r in open_risks if r.severity is None]
    top = top[:TOP_RISKS]
    if top:
        blocks.append(DraftBlock(words.draft_risks, tuple(top)))
    if strategic:
        blocks.append(DraftBlock(words.draft_decisions))
    return blocks


def summary_additions(kit: Kit) -> list[Flowable]:
    """The roadmap's part of the drafted summary (nothing when the consultant wrote one)."""
    if paragraphs(kit.data.executive_summary):
        return []
    styles = kit.styles
    story: list[Flowable] = []
    for block in roadmap_draft(kit.data, kit.text):
        story.append(Paragraph(escape(block.intro), styles.body))
        story += [
            Paragraph(lines(item), styles.bullet, bulletText="•")
            for item in block.items
        ]
        if block.items:
            story.append(Spacer(1, 6))
    return story
