"""The Word roadmap's chapters, second part: the strategic project list (with the
prioritisation matrix), risks (the register and what the analysis flagged) and the
places needing attention, as the PDF's ``roadmap_projects`` lays them out."""

from __future__ import annotations

from collections.abc import Sequence

from docx.shared import Mm

from crm_workshop.reporting.data import Project
from crm_workshop.reporting.docx_kit import (
    LEAD,
    NOTE,
    DocxKit,
    Seg,
    bullet,
    cell_borders,
    figure,
    fill,
    heading,
    hex_of,
    house_table,
    lines_of,
    muted,
    no_borders,
    note,
    para,
    put,
    set_widths,
    shade,
    shares,
    small,
    user_text,
)
from crm_workshop.reporting.docx_roadmap import chapter
from crm_workshop.reporting.roadmap_projects import (
    SEVERITY_TINTS,
    flag_messages,
    moves_text,
    owner_text,
    timing_text,
)
from crm_workshop.reporting.roadmap_sections import figure_number

LABEL_WIDTH = Mm(38)


# -- 4. strategic project list ---------------------------------------------------------------
def project_facts(kit: DocxKit, project: Project) -> list[tuple[str, str]]:
    """The card's rows: owner and timing always, the rest when known (as in the PDF)."""
    words = kit.text.roadmap
    scores = (
        words.scores.format(urgency=project.urgency, feasibility=project.feasibility)
        if project.urgency is not None or project.feasibility is not None
        else ""
    ).replace("None", "–")
    facts = [
        (words.owner, owner_text(project)),
        (words.questions, moves_text(kit.pdf, project)),
        (words.timing, timing_text(kit.pdf, project)),
        (words.budget, words.amount(project.budget)),
        (words.kpis, lines_of(project.kpis)),
        (words.roi, project.expected_roi),
        (f"{words.urgency} · {words.feasibility.lower()}", scores),
    ]
    return [
        (label, value)
        for label, value in facts
        if (value.strip() and value != "–") or label in (words.owner, words.timing)
    ]


def project_card(kit: DocxKit, project: Project) -> None:
    """The project's title and description, then its facts in a two-column table."""
    title = heading(kit, f"{project.number}.  {project.title.strip() or '–'}", 3)
    title.paragraph_format.keep_with_next = True
    user_text(kit, project.description)
    table = kit.document.add_table(rows=0, cols=2)
    no_borders(table)
    for n, (label, value) in enumerate(project_facts(kit, project)):
        left, right = table.add_row().cells
        fill(left.paragraphs[0], [muted(kit, label, 7.5)])
        kit.styled(left.paragraphs[0], NOTE)
        put(kit, right, value)
        for cell in (left, right):
            cell_borders(
                cell,
                bottom=(kit.colors.rule, 4),
                **({"top": (kit.colors.primary, 12)} if n == 0 else {}),
            )
    set_widths(table, [LABEL_WIDTH, kit.width - LABEL_WIDTH])
    kit.styled(kit.document.add_paragraph(), NOTE)


def matrix_part(kit: DocxKit) -> None:
    roadmap, words = kit.data.roadmap, kit.text.roadmap
    heading(kit, words.urgency + " × " + words.feasibility.lower(), 2)
    para(kit, words.matrix_intro)
    if roadmap.matrix is not None:
        caption = words.matrix_caption.format(n=figure_number(kit.pdf, "matrix"))
        figure(kit, roadmap.matrix, caption, 0.62)
    unscored = [
        str(p.number)
        for p in roadmap.projects
        if p.urgency is None or p.feasibility is None
    ]
    if unscored:
        small(kit, words.matrix_unscored.format(projects=", ".join(unscored)))


def others_table(kit: DocxKit, projects: Sequence[Project]) -> None:
    words = kit.text.roadmap
    house_table(
        kit,
        ["#", words.project, words.owner, words.timing, words.questions],
        [
            [
                [Seg(str(p.number), bold=True)],
                [Seg(p.title, bold=True)],
                owner_text(p),
                timing_text(kit.pdf, p),
                moves_text(kit.pdf, p),
            ]
            for p in projects
        ],
        shares(kit, 5, 27, 19, 19, 30),
    )


def projects(kit: DocxKit) -> None:
    roadmap, words = kit.data.roadmap, kit.text.roadmap
    if not roadmap.projects:
        chapter(kit, words.projects, empty=True)
        note(kit, words.nothing_projects)
        return
    chapter(kit, words.projects)
    para(kit, words.projects_intro, LEAD)
    heading(kit, words.strategic_heading, 2)
    strategic = roadmap.strategic
    if not strategic:
        note(kit, words.no_strategic)
    for project in strategic:
        project_card(kit, project)
    matrix_part(kit)
    others = [p for p in roadmap.projects if not p.strategic]
    if others:
        heading(kit, words.other_projects, 2)
        others_table(kit, others)


# -- 5. risks ----------------------------------------------------------------------------------
def register(kit: DocxKit) -> None:
    words = kit.text.roadmap
    risks = kit.data.roadmap.risks
    rows = []
    for risk in risks:
        severity: list[Seg] | str = "–"
        if risk.severity is not None:
            severity = [
                Seg(str(risk.severity), bold=True),
                muted(kit, f"\n{risk.likelihood} × {risk.impact}", 7),
            ]
        rows.append(
            [
                risk.description,
                ", ".join(risk.scope),
                severity,
                risk.mitigation,
                risk.owner,
                words.risk_status.get(risk.status, risk.status),
            ]
        )
    table = house_table(
        kit,
        [
            words.description,
            words.affects,
            words.severity,
            words.mitigation,
            words.owner,
            words.status,
        ],
        rows,
        shares(kit, 29, 11, 10, 27, 13, 10),
        center=(2,),
    )
    for row, risk in zip(table.rows[1:], risks, strict=True):
        for floor, tint in SEVERITY_TINTS:
            if risk.severity is not None and risk.severity >= floor:
                shade(row.cells[2], hex_of(tint))
                break


def risks(kit: DocxKit) -> None:
    roadmap, words = kit.data.roadmap, kit.text.roadmap
    if not roadmap.risks and not roadmap.flags:
        chapter(kit, words.risks, empty=True)
        note(kit, words.nothing_risks)
        return
    chapter(kit, words.risks)
    heading(kit, words.register, 2)
    if roadmap.risks:
        small(kit, words.severity_note)
        register(kit)
    else:
        note(kit, words.no_risks)
    if roadmap.flags:
        heading(kit, words.flagged, 2)
        para(kit, words.flagged_intro)
        for message in flag_messages(kit.data, kit.text):
            bullet(kit, message)


# -- 6. places needing attention ---------------------------------------------------------------
def focus(kit: DocxKit) -> None:
    roadmap, words = kit.data.roadmap, kit.text.roadmap
    if not roadmap.focus:
        chapter(kit, words.focus, empty=True)
        note(kit, words.nothing_focus)
        return
    chapter(kit, words.focus)
    para(kit, words.focus_intro)
    house_table(
        kit,
        [words.where, words.why],
        [[[Seg(f.scope, bold=True)], f.reason] for f in roadmap.focus],
        shares(kit, 32, 68),
    )
