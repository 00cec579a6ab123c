"""The front of the report: cover, contents, executive summary, scope and method."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.colors import white
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    FrameBreak,
    KeepInFrame,
    NextPageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tableofcontents import TableOfContents

from crm_workshop.reporting.blocks import (
    Kit,
    grid,
    head,
    paragraphs,
    section_start,
    shares,
    snug,
    with_rest,
)
from crm_workshop.reporting.data import Cover
from crm_workshop.reporting.document import BAND_HEIGHT, heading
from crm_workshop.reporting.labels import ReportText
from crm_workshop.reporting.styles import RULE, boxed
from crm_workshop.reporting.summary import area_name, draft_summary


# -- cover ----------------------------------------------------------------------------
def cover(kit: Kit) -> list[Flowable]:
    c, text = kit.data.cover, kit.text
    details = [
        *cover_details(c, text),
        (
            text.assessment_round,
            escape(f"{c.round_name} · {text.date(c.round_date)}"),
        ),
    ]
    return branded_cover(kit, c, text.report_subtitle, text.report_title, details)


def cover_details(c: Cover, text: ReportText) -> list[tuple[str, str]]:
    """The cover's first rows: client (and industry), who prepared it, the
    engagement's dates and the model, as (label, escaped markup)."""
    prepared = ", ".join(part for part in (c.consultant, c.consultancy) if part)
    client = escape(c.client) + (
        f"<br/><font size=8.5 color='#5B6470'>{escape(c.client_industry)}</font>"
        if c.client_industry
        else ""
    )
    return [
        (text.client, client),
        (text.prepared_by, escape(prepared or "–")),
        (text.engagement, escape(text.date_range(c.starts_on, c.ends_on))),
        (text.maturity_model, escape(f"{c.model_name} {c.model_version}")),
    ]


def branded_cover(
    kit: Kit, c: Cover, kicker: str, title: str, details: list[tuple[str, str]]
) -> list[Flowable]:
    """A report's cover page: ``kicker``, ``title``, the model and the client centred
    in the colour band, then ``details`` (label, escaped markup) below it."""
    styles = kit.styles
    band: list[Flowable] = [
        Paragraph(escape(kicker.upper()), styles.cover_kicker),
        Paragraph(escape(title), styles.cover_title),
        Paragraph(escape(f"{c.model_name} {c.model_version}"), styles.cover_subtitle),
        Paragraph(escape(c.client), styles.cover_client),
    ]
    rows = [
        [
            Paragraph(escape(label.upper()), styles.cover_label),
            Paragraph(value, styles.cover_value),
        ]
        for label, value in details
    ]
    table = Table(rows, colWidths=[48 * mm, kit.width - 48 * mm], hAlign="LEFT")
    table.setStyle(
        boxed(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, -1), 8),
            ]
        )
    )
    band_height = BAND_HEIGHT - 28 * mm  # the band frame, less its padding
    centred = Table(
        [[KeepInFrame(kit.width - 14 * mm, band_height, band, mode="shrink")]],
        colWidths=[kit.width - 14 * mm],
        rowHeights=[band_height],
    )
    centred.setStyle(
        boxed(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        centred,
        FrameBreak(),
        KeepInFrame(0, 0, [table], mode="shrink"),
        NextPageTemplate("body"),
    ]


def contents(kit: Kit) -> list[Flowable]:
    toc = TableOfContents(
        levelStyles=list(kit.styles.toc),
        dotsMinLevel=0,
        tableStyle=boxed(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    return [*section_start(kit, kit.text.contents, "contents", in_toc=False), toc]


# -- executive summary --------------------------------------------------------------------
def key_figures(kit: Kit) -> Table:
    """Five boxes in one row: labels, values and notes each on their own line."""
    numbers, text = kit.data.numbers, kit.text
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
    return figure_row(kit, boxes)


def figure_row(
    kit: Kit,
    boxes: Sequence[tuple[str, str, str]],
    padding: tuple[float, float] = (7, 6),
) -> Table:
    """Key figures side by side, each a box of (label, value, note) on a tinted
    ground under a rule in the primary colour; ``padding`` left and right."""
    styles = kit.styles
    rows = [
        [
            Paragraph(escape(label.upper()), styles.figure_label)
            for label, _, _ in boxes
        ],
        [Paragraph(escape(value), styles.figure_value) for _, value, _ in boxes],
        [Paragraph(escape(note), styles.small) for _, _, note in boxes],
    ]
    table = Table(rows, colWidths=[kit.width / len(boxes)] * len(boxes), hAlign="LEFT")
    table.setStyle(
        boxed(
            [
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), kit.palette.tint),
                ("LINEABOVE", (0, 0), (-1, 0), 2, kit.palette.primary),
                ("LINEAFTER", (0, 0), (-2, -1), 0.8, white),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), padding[0]),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding[1]),
            ]
        )
    )
    return table


def executive_summary(kit: Kit) -> list[Flowable]:
    data, text, styles = kit.data, kit.text, kit.styles
    story: list[Flowable] = [
        *section_start(kit, text.executive_summary, "summary"),
        key_figures(kit),
        Spacer(1, 16),
    ]
    own = paragraphs(data.executive_summary)
    if own:
        story += [
            Paragraph(block, styles.lead if n == 0 else styles.body)
            for n, block in enumerate(own)
        ]
        return story
    draft = draft_summary(data, text)
    story += [
        Paragraph(escape(block), styles.lead if n == 0 else styles.body)
        for n, block in enumerate(draft.opening)
    ]
    if draft.floors:
        story.append(Paragraph(escape(text.floors_intro), styles.body))
        story += [
            Paragraph(escape(item), styles.bullet, bulletText="•")
            for item in draft.floors
        ]
        story.append(Spacer(1, 6))
    story += [Paragraph(escape(block), styles.body) for block in draft.closing]
    return story


# -- scope and method ----------------------------------------------------------------------
def scope(kit: Kit) -> list[Flowable]:
    data, text, styles = kit.data, kit.text, kit.styles
    cover_ = data.cover
    story: list[Flowable] = [*section_start(kit, text.scope, "scope")]
    story.append(heading(text.areas, styles.h2, 1, "scope-areas"))
    story.append(
        Paragraph(
            escape(
                text.areas_intro.format(
                    model=cover_.model_name,
                    version=cover_.model_version,
                    description=data.model_description.strip(),
                )
            ),
            styles.body,
        )
    )
    rows: list[list[object]] = [
        head(kit, "#", text.areas, text.questions_header, center_from=2)
    ]
    rows += [
        [
            Paragraph(str(line.number), styles.cell_bold),
            Paragraph(escape(line.title), styles.cell),
            Paragraph(str(count), styles.cell_center),
        ]
        for line, count in zip(data.areas, data.area_question_counts, strict=True)
    ]
    story.append(grid(kit, rows, shares(kit, 7, 75, 18)))

    story.append(heading(text.scale, styles.h2, 1, "scope-scale"))
    story.append(Paragraph(escape(text.scale_intro), styles.body))
    rows = [head(kit, text.level, text.name, text.meaning)]
    rows += [
        [
            Paragraph(str(level.level), styles.cell_bold),
            Paragraph(escape(level.name), styles.cell_bold),
            Paragraph(escape(level.meaning), styles.cell),
        ]
        for level in data.scale
    ]
    story.append(grid(kit, rows, shares(kit, 9, 22, 69)))
    story.append(Spacer(1, 6))
    story.append(
        Paragraph(
            escape(
                text.answers_outside_scale.format(
                    na=data.not_applicable, dk=data.dont_know
                )
            ),
            styles.small,
        )
    )

    story.append(heading(text.stakeholders, styles.h2, 1, "scope-people"))
    story.append(Paragraph(escape(text.stakeholders_intro), styles.body))
    if data.anonymous:
        rows = [head(kit, text.role, text.department)]
        rows += [
            [
                Paragraph(escape(p.role or "–"), styles.cell),
                Paragraph(escape(p.department or "–"), styles.cell),
            ]
            for p in data.people
        ]
        story.append(grid(kit, rows, shares(kit, 60, 40), long=True))
    else:
        rows = [head(kit, text.stakeholder, text.role, text.department)]
        rows += [
            [
                Paragraph(escape(p.name), styles.cell_bold),
                Paragraph(escape(p.role or "–"), styles.cell),
                Paragraph(escape(p.department or "–"), styles.cell),
            ]
            for p in data.people
        ]
        story.append(grid(kit, rows, shares(kit, 34, 40, 26), long=True))

    story.append(heading(text.workshops, styles.h2, 1, "scope-workshops"))
    if data.meetings:
        story.append(Paragraph(escape(text.workshops_intro), styles.body))
        rows = [
            head(
                kit,
                text.date_header,
                text.topic,
                text.areas,
                text.participants,
                center_from=3,
            )
        ]
        all_areas = len(data.areas)
        for meeting in data.meetings:
            covered = (
                text.all_areas
                if len(meeting.areas) == all_areas and all_areas > 1
                else ", ".join(str(n) for n in meeting.areas) or "–"
            )
            rows.append(
                [
                    Paragraph(escape(text.date(meeting.held_on)), styles.cell),
                    Paragraph(escape(meeting.title), styles.cell),
                    Paragraph(escape(covered), styles.cell),
                    Paragraph(str(meeting.people), styles.cell_center),
                ]
            )
        dates = [text.date(m.held_on) for m in data.meetings]
        widths = with_rest(
            kit,
            [
                snug(text.date_header, dates),
                None,
                kit.width * 0.2,
                snug(text.participants, [], 14 * mm),
            ],
        )
        story.append(grid(kit, rows, widths, long=True))
    else:
        story.append(Paragraph(escape(text.no_workshops), styles.body))

    story.append(heading(text.method, styles.h2, 1, "scope-method"))
    story += [
        Paragraph(escape(point), styles.bullet, bulletText="•")
        for point in text.method_points
    ]
    return story
