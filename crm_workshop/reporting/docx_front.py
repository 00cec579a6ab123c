"""The front of the Word roadmap: cover, contents, executive summary, scope and method.

The same chapters, words and numbers as the PDF's ``sections`` (the drafted summary
comes from the same ``draft_summary`` and ``roadmap_draft``).
"""

from __future__ import annotations

from io import BytesIO

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.image import Image as DocxImage
from docx.shared import Emu, Mm, Pt
from docx.text.paragraph import Paragraph

from crm_workshop.reporting.docx_kit import (
    LEAD,
    NOTE,
    DocxKit,
    Seg,
    bullet,
    cell_borders,
    fill,
    heading,
    house_table,
    muted,
    no_borders,
    note,
    para,
    set_widths,
    shade,
    shares,
    small,
    user_text,
)
from crm_workshop.reporting.roadmap_projects import roadmap_draft
from crm_workshop.reporting.summary import area_name, draft_summary

LOGO_BOX = (Mm(52), Mm(26))
LOGO_MIN_DPI = 96
EMU_PER_POINT = 12700


# -- cover ----------------------------------------------------------------------------------
def logo_size(content: bytes) -> tuple[int, int] | None:
    """The logo's size in EMU within its box, never enlarged past 96 dpi; None when
    python-docx cannot read it (a damaged or foreign file is left out, not fatal)."""
    try:
        image = DocxImage.from_blob(content)
        pixels_w, pixels_h = image.px_width, image.px_height
    except Exception:  # the image parser is python-docx's: any failure means unreadable
        return None
    if pixels_w <= 0 or pixels_h <= 0:
        return None
    scale = min(
        LOGO_BOX[0] / pixels_w,
        LOGO_BOX[1] / pixels_h,
        EMU_PER_POINT * 72 / LOGO_MIN_DPI,
    )
    return int(pixels_w * scale), int(pixels_h * scale)


def _masthead(kit: DocxKit) -> None:
    """Consultancy on the left, the logo on the right."""
    c = kit.data.cover
    table = kit.document.add_table(rows=1, cols=2)
    no_borders(table)
    left, right = table.rows[0].cells
    name = left.paragraphs[0]
    fill(
        name, [Seg(c.consultancy.upper(), bold=True, color=kit.colors.heading, size=11)]
    )
    size = logo_size(c.logo) if c.logo else None
    if c.logo and size:
        picture = right.paragraphs[0]
        picture.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        shape = picture.add_run().add_picture(
            BytesIO(c.logo), width=Emu(size[0]), height=Emu(size[1])
        )
        shape._inline.docPr.set("descr", "Logo")
    set_widths(table, [kit.width - LOGO_BOX[0], LOGO_BOX[0]])


def _band(kit: DocxKit) -> None:
    """The title in the primary colour, an accent rule below it."""
    c, text, colors = kit.data.cover, kit.text, kit.colors
    table = kit.document.add_table(rows=1, cols=1)
    no_borders(table)
    cell = table.rows[0].cells[0]
    shade(cell, colors.primary)
    cell_borders(cell, bottom=(colors.accent, 24))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    on = colors.on_primary
    kicker = cell.paragraphs[0]
    kicker.paragraph_format.space_before = Pt(28)
    kicker.paragraph_format.left_indent = Mm(6)
    fill(kicker, [Seg(text.report_subtitle.upper(), bold=True, color=on, size=8.5)])
    title = kit.styled(cell.add_paragraph(), "Title")
    fill(title, [Seg(text.report_title, bold=True, color=on, size=30)])
    model = cell.add_paragraph()
    fill(model, [Seg(f"{c.model_name} {c.model_version}", color=on, size=12)])
    client = cell.add_paragraph()
    client.paragraph_format.space_before = Pt(14)
    client.paragraph_format.space_after = Pt(28)
    fill(client, [Seg(c.client, bold=True, color=on, size=16)])
    for paragraph in (title, model, client):
        paragraph.paragraph_format.left_indent = Mm(6)
        paragraph.paragraph_format.right_indent = Mm(6)
    set_widths(table, [kit.width])


def _details(kit: DocxKit) -> None:
    c, text, colors = kit.data.cover, kit.text, kit.colors
    prepared = ", ".join(part for part in (c.consultant, c.consultancy) if part)
    client: list[Seg] = [Seg(c.client)]
    if c.client_industry:
        client.append(muted(kit, "\n" + c.client_industry, 8.5))
    rows: list[tuple[str, list[Seg]]] = [
        (text.client, client),
        (text.prepared_by, [Seg(prepared or "–")]),
        (text.engagement, [Seg(text.date_range(c.starts_on, c.ends_on))]),
        (text.maturity_model, [Seg(f"{c.model_name} {c.model_version}")]),
        (
            text.assessment_round,
            [Seg(f"{c.round_name} · {text.date(c.round_date)}")],
        ),
    ]
    table = kit.document.add_table(rows=0, cols=2)
    no_borders(table)
    for label, value in rows:
        left, right = table.add_row().cells
        fill(left.paragraphs[0], [muted(kit, label.upper(), 7.5)])
        fill(right.paragraphs[0], value)
        for cell in (left, right):
            cell_borders(cell, bottom=(colors.rule, 4))
            cell.paragraphs[0].paragraph_format.space_before = Pt(5)
    set_widths(table, [Mm(48), kit.width - Mm(48)])


def cover(kit: DocxKit) -> None:
    _masthead(kit)
    spacer = kit.document.add_paragraph()
    spacer.paragraph_format.space_before = Pt(60)
    _band(kit)
    spacer = kit.document.add_paragraph()
    spacer.paragraph_format.space_before = Pt(18)
    _details(kit)
    confidential = small(kit, kit.text.confidential % kit.data.cover.client)
    confidential.paragraph_format.space_before = Pt(40)


def contents(kit: DocxKit) -> Paragraph:
    """The contents' heading, and the place its entries go once all headings are known."""
    title = kit.styled(kit.document.add_paragraph(), "TOC Heading")
    fill(title, kit.text.contents)
    title.paragraph_format.page_break_before = True
    return kit.document.add_paragraph()


# -- executive summary ------------------------------------------------------------------------
def key_figures(kit: DocxKit) -> None:
    """Five boxes in one row: labels, values and notes each on their own line."""
    numbers, text, colors = kit.data.numbers, kit.text, kit.colors
    percent = numbers.index_percent
    strong, weak = numbers.strongest, numbers.weakest
    boxes = [
        (
            text.overall_index,
            text.number(numbers.index),
            text.index_note.format(
                percent="–" if percent is None else f"{percent:.0f}",
                level=numbers.index_level_name or "–",
            ),
        ),
        (
            text.strongest_area,
            text.number(strong.score if strong else None),
            area_name(strong) if strong else "–",
        ),
        (
            text.weakest_area,
            text.number(weak.score if weak else None),
            area_name(weak) if weak else "–",
        ),
        (text.disagreements, str(numbers.disagreements), text.disagreements_note),
        (text.open_items, str(numbers.open_items), text.open_items_note),
    ]
    table = kit.document.add_table(rows=1, cols=5)
    no_borders(table)
    for cell, (label, value, remark) in zip(table.rows[0].cells, boxes, strict=True):
        shade(cell, colors.tint)
        cell_borders(cell, top=(colors.primary, 16), right=("FFFFFF", 12))
        head = cell.paragraphs[0]
        kit.styled(head, NOTE)
        fill(head, [Seg(label.upper(), bold=True, color=colors.muted, size=7)])
        figure = kit.styled(cell.add_paragraph(), NOTE)
        fill(figure, [Seg(value, bold=True, color=colors.heading, size=16)])
        fill(kit.styled(cell.add_paragraph(), NOTE), [muted(kit, remark, 7.5)])
    set_widths(table, [kit.width // 5] * 5)
    kit.document.add_paragraph()


def executive_summary(kit: DocxKit) -> None:
    data, text = kit.data, kit.text
    heading(kit, text.executive_summary, 1, new_page=True)
    key_figures(kit)
    if user_text(kit, data.executive_summary, lead=True):
        return
    draft = draft_summary(data, text)
    for n, block in enumerate(draft.opening):
        para(kit, block, LEAD if n == 0 else None)
    if draft.floors:
        para(kit, text.floors_intro)
        for item in draft.floors:
            bullet(kit, item)
    for block in draft.closing:
        para(kit, block)
    for roadmap_block in roadmap_draft(data, text):
        para(kit, roadmap_block.intro)
        for item in roadmap_block.items:
            bullet(kit, item)


# -- scope and method -------------------------------------------------------------------------
def _bold(value: str) -> list[Seg]:
    return [Seg(value, bold=True)]


def scope(kit: DocxKit) -> None:
    data, text = kit.data, kit.text
    c = data.cover
    heading(kit, text.scope, 1, new_page=True)
    heading(kit, text.areas, 2)
    para(
        kit,
        text.areas_intro.format(
            model=c.model_name,
            version=c.model_version,
            description=data.model_description.strip(),
        ),
    )
    house_table(
        kit,
        ["#", text.areas, text.questions_header],
        [
            [_bold(str(line.number)), line.title, str(count)]
            for line, count in zip(data.areas, data.area_question_counts, strict=True)
        ],
        shares(kit, 7, 75, 18),
        center=(2,),
    )
    heading(kit, text.scale, 2)
    para(kit, text.scale_intro)
    house_table(
        kit,
        [text.level, text.name, text.meaning],
        [[_bold(str(s.level)), _bold(s.name), s.meaning] for s in data.scale],
        shares(kit, 9, 22, 69),
    )
    small(
        kit,
        text.answers_outside_scale.format(na=data.not_applicable, dk=data.dont_know),
    )
    heading(kit, text.stakeholders, 2)
    para(kit, text.stakeholders_intro)
    if data.anonymous:
        house_table(
            kit,
            [text.role, text.department],
            [[p.role or "–", p.department or "–"] for p in data.people],
            shares(kit, 60, 40),
        )
    else:
        house_table(
            kit,
            [text.stakeholder, text.role, text.department],
            [[_bold(p.name), p.role or "–", p.department or "–"] for p in data.people],
            shares(kit, 34, 40, 26),
        )
    _workshops(kit)
    heading(kit, text.method, 2)
    for point in text.method_points:
        bullet(kit, point)


def _workshops(kit: DocxKit) -> None:
    data, text = kit.data, kit.text
    heading(kit, text.workshops, 2)
    if not data.meetings:
        note(kit, text.no_workshops)
        return
    para(kit, text.workshops_intro)
    all_areas = len(data.areas)
    rows = []
    for meeting in data.meetings:
        covered = (
            text.all_areas
            if len(meeting.areas) == all_areas and all_areas > 1
            else ", ".join(str(n) for n in meeting.areas) or "–"
        )
        rows.append(
            [text.date(meeting.held_on), meeting.title, covered, str(meeting.people)]
        )
    house_table(
        kit,
        [text.date_header, text.topic, text.areas, text.participants],
        rows,
        shares(kit, 20, 48, 20, 12),
        center=(3,),
    )
