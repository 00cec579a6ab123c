"""``build_report``: the whole PDF from plain data and translated labels."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from reportlab.platypus import Flowable

from crm_workshop.reporting.blocks import Kit
from crm_workshop.reporting.data import Cover, ReportData
from crm_workshop.reporting.document import Metadata, PageText, ReportDocument
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
    document = report_document(
        target,
        c,
        text,
        paper=data.paper,
        language=data.language,
        title=text.report_title,
        subject=f"{c.model_name} {c.model_version} · {c.round_name}",
    )
    palette = document.palette
    kit = Kit(data, text, make_styles(palette), palette, document.frame_width)
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


def report_document(
    target: Path | BytesIO,
    cover: Cover,
    text: ReportText,
    *,
    paper: str,
    language: str,
    title: str,
    subject: str,
    keywords: Sequence[str] = (),
) -> ReportDocument:
    """A report's document in the engagement's branding: ``title`` in its running
    header and metadata, the consultancy in its footer, ``keywords`` added to the
    metadata's own (CRM, the model, the client)."""
    return ReportDocument(
        target,
        paper=paper,
        palette=make_palette(cover.primary_color, cover.accent_color),
        page_text=PageText(
            header=" · ".join(part for part in (cover.client, title) if part),
            footer=" · ".join(p for p in (cover.consultancy, cover.consultant) if p),
            page_of=text.page_of,
            consultancy=cover.consultancy or cover.consultant,
            confidential=text.confidential % cover.client,
            logo=cover.logo,
        ),
        metadata=Metadata(
            title=f"{title}: {cover.client}",
            author=cover.consultant or cover.consultancy,
            subject=subject,
            language=LANGUAGE_TAGS.get(language, language),
            keywords=["CRM", cover.model_name, cover.client, *keywords],
        ),
    )


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
