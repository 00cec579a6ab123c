"""``build_docx``: the roadmap as an editable Word document, for consultants who edit
the report before handing it over.

The same chapters, in the same order, from the same ``ReportData`` and labels as the
PDF (``report.build_report``): cover, contents, executive summary, scope and method,
the current picture, the six roadmap chapters (when the workshop has a roadmap) and
the appendix. Word lays out the pages itself, so page numbers are Word fields and the
contents is a Word TOC field (see ``docx_setup.fill_contents``).
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from crm_workshop.reporting.blocks import Kit
from crm_workshop.reporting.data import ReportData
from crm_workshop.reporting.docx_front import contents, cover, executive_summary, scope
from crm_workshop.reporting.docx_kit import Colors, DocxKit
from crm_workshop.reporting.docx_projects import focus, projects, risks
from crm_workshop.reporting.docx_results import appendix, current_picture
from crm_workshop.reporting.docx_roadmap import cascade, vision, when_levels
from crm_workshop.reporting.docx_setup import (
    fill_contents,
    new_document,
    text_height,
    text_width,
)
from crm_workshop.reporting.labels import ReportText
from crm_workshop.reporting.styles import make_palette, make_styles

EMU_PER_POINT = 12700


def build_docx(target: Path | BytesIO, data: ReportData, text: ReportText) -> None:
    """Write the report to ``target`` (a path or a binary buffer) as a .docx file."""
    palette = make_palette(data.cover.primary_color, data.cover.accent_color)
    colors = Colors.of(palette)
    document = new_document(data, text, colors)
    width = text_width(document)
    kit = DocxKit(
        document=document,
        data=data,
        text=text,
        colors=colors,
        width=width,
        height=text_height(document),
        pdf=Kit(data, text, make_styles(palette), palette, width / EMU_PER_POINT),
    )
    cover(kit)
    toc = contents(kit)
    executive_summary(kit)
    scope(kit)
    current_picture(kit)
    if not data.roadmap.empty:
        when_levels(kit)
        vision(kit)
        cascade(kit)
        projects(kit)
        risks(kit)
        focus(kit)
    appendix(kit)
    fill_contents(kit, toc)
    document.save(target if isinstance(target, BytesIO) else str(target))
