"""``build_report``: the whole PDF from plain data and translated labels."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.platypus import Flowable

from crm_workshop.reporting.blocks import Kit
from crm_workshop.reporting.data import ReportData
from crm_workshop.reporting.document import PageText, ReportDocument
from crm_workshop.reporting.labels import ReportText
from crm_workshop.reporting.results import appendix, current_picture
from crm_workshop.reporting.roadmap_projects import (
    focus,
    projects,
    risks,
    summary_additions,
)
from crm_workshop.reporting.roadmap_sections import cascade, vision, when_levels
from crm_workshop.reporting.sections import (
    contents,
    cover,
    executive_summary,
    scope,
)
from crm_workshop.reporting.styles import make_palette, make_styles

LANGUAGE_TAGS = {"en": "en-GB", "pl": "pl-PL"}


def build_report(target: Path | BytesIO, data: ReportData, text: ReportText) -> int:
    """Write the report to ``target`` (a path or a binary buffer); returns its pages."""
    c = data.cover
    palette = make_palette(c.primary_color, c.accent_color)
    styles = make_styles(palette)
    document = ReportDocument(
        target,
        paper=data.paper,
        palette=palette,
        page_text=PageText(
            header=" · ".join(part for part in (c.client, text.report_title) if part),
            footer=" · ".join(p for p in (c.consultancy, c.consultant) if p),
            page_of=text.page_of,
            consultancy=c.consultancy or c.consultant,
            confidential=text.confidential % c.client,
            logo=c.logo,
        ),
        title=f"{text.report_title}: {c.client}",
        author=c.consultant or c.consultancy,
        subject=f"{c.model_name} {c.model_version} · {c.round_name}",
        language=LANGUAGE_TAGS.get(data.language, data.language),
        keywords=["CRM", c.model_name, c.client],
    )
    kit = Kit(data, text, styles, palette, document.frame_width)
    story: list[Flowable] = [
        *cover(kit),
        *contents(kit),
        *executive_summary(kit),
        *summary_additions(kit),
        *scope(kit),
        *current_picture(kit),
        *roadmap_chapters(kit),
        *appendix(kit),
    ]
    document.multiBuild(story)
    return int(document.page)


def roadmap_chapters(kit: Kit) -> list[Flowable]:
    """The six roadmap chapters; none when the workshop has no roadmap at all."""
    if kit.data.roadmap.empty:
        return []
    return [
        *when_levels(kit),
        *vision(kit),
        *cascade(kit),
        *projects(kit),
        *risks(kit),
        *focus(kit),
    ]
