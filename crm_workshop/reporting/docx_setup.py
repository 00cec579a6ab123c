"""The Word document's frame: paper and margins, styles in the engagement's colours,
the running header and footer ("page x of y" as Word fields), language, properties,
and the table of contents as a real Word field.

Built on Word's own styles (Heading 1-3, Title, Caption, Quote, List Bullet, toc 1-2,
TOC Heading) so a consultant's edits stay in the house look and the navigation pane
works; the few additions (Lead, Note, Table Text, Table Heading, CRM Table) appear in
Word's style gallery under those names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

from crm_workshop.reporting.data import LETTER, ReportData
from crm_workshop.reporting.docx_kit import (
    CAPTION,
    CELL,
    CELL_HEAD,
    LEAD,
    NOTE,
    TABLE,
    Colors,
    DocxKit,
    mirror_complex,
    shorten,
    text_run,
)
from crm_workshop.reporting.labels import ReportText

LANGUAGE_TAGS = {"en": "en-GB", "pl": "pl-PL"}
MARGIN_X = Mm(20)
MARGIN_TOP = Mm(24)
MARGIN_BOTTOM = Mm(20)
INK = "1E2329"
PROPERTY_LIMIT = 255  # python-docx refuses longer core properties


def new_document(data: ReportData, text: ReportText, colors: Colors) -> Document:
    """An empty document with the report's paper, styles, header, footer and language."""
    document = docx.Document()
    section = document.sections[0]
    if data.paper == LETTER:
        section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = MARGIN_X
    section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
    section.header_distance, section.footer_distance = Mm(11), Mm(9)
    width = text_width(document)
    language = LANGUAGE_TAGS.get(data.language, data.language)
    _defaults(document, language)
    _styles(document, colors, width)
    _header_footer(document, data, text, colors, width)
    _properties(document, data, text, language)
    _update_fields_on_open(document)
    _drop_thumbnail(document)
    return document


def text_width(document: Document) -> int:
    section = document.sections[0]
    return int(section.page_width - section.left_margin - section.right_margin)


def text_height(document: Document) -> int:
    section = document.sections[0]
    return int(section.page_height - section.top_margin - section.bottom_margin)


# -- styles ---------------------------------------------------------------------------------
def _defaults(document: Document, language: str) -> None:
    """Body text 10 pt; spelling and hyphenation in the report's language."""
    r_pr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))[0]
    for size in ("w:sz", "w:szCs"):
        r_pr.find(qn(size)).set(qn("w:val"), "20")
    r_pr.find(qn("w:lang")).set(qn("w:val"), language)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)


def _paragraph_style(
    document: Document, name: str, base: str, size: float, color: str | None = None
) -> ParagraphStyle:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles[base]
    style.quick_style = True
    style.font.size = Pt(size)
    if color:
        style.font.color.rgb = RGBColor.from_string(color)
    return style


def _styles(document: Document, colors: Colors, width: int) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.color.rgb = RGBColor.from_string(INK)
    normal.paragraph_format.space_after = Pt(6)
    for level, size, before, after in (
        (1, 20, 12, 10),
        (2, 13.5, 14, 4),
        (3, 11, 10, 3),
    ):
        style = styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor.from_string(colors.heading)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
    _bottom_rule(styles["Heading 1"].element.get_or_add_pPr(), colors.accent, 12, 6)
    title = styles["Title"]
    title.font.color.rgb = RGBColor.from_string(colors.heading)
    border = title.element.get_or_add_pPr().find(qn("w:pBdr"))
    if border is not None:  # the template's blue rule would clash with the band
        border.getparent().remove(border)
    caption = styles[CAPTION]
    caption.font.bold = False
    caption.font.italic = True
    caption.font.size = Pt(8)
    caption.font.color.rgb = RGBColor.from_string(colors.muted)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_after = Pt(10)
    quote = styles["Quote"]
    quote.font.color.rgb = RGBColor.from_string(INK)
    quote.paragraph_format.left_indent = Mm(5)
    quote.paragraph_format.space_after = Pt(4)
    _paragraph_style(document, LEAD, "Normal", 11.5)
    note = _paragraph_style(document, NOTE, "Normal", 8, colors.muted)
    note.paragraph_format.space_after = Pt(4)
    cell = _paragraph_style(document, CELL, "Normal", 8.5)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.0
    head = _paragraph_style(document, CELL_HEAD, CELL, 8.5, colors.on_primary)
    head.font.bold = True
    for level in (1, 2):
        toc = _paragraph_style(document, f"toc {level}", "Normal", 10)
        toc.priority = 39
        toc.unhide_when_used = True
        toc.paragraph_format.space_after = Pt(3 if level == 1 else 1)
        toc.paragraph_format.left_indent = Mm(6 * (level - 1))
        toc.paragraph_format.tab_stops.add_tab_stop(
            Emu(width), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        toc.font.bold = level == 1
    for name in ("Header", "Footer"):
        tabs = styles[name].paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)
    styles.element.append(_table_style(colors))
    for style in styles:
        mirror_complex(style.element.rPr)


def _table_style(colors: Colors) -> OxmlElement:
    """Thin rules between rows, a header row in the primary colour that repeats on
    every page: the look of the PDF's tables, for the tables a consultant adds too."""
    rule = f'w:val="single" w:sz="4" w:space="0" w:color="{colors.rule}"'
    margins = "".join(
        f'<w:{side} w:w="{twips}" w:type="dxa"/>'
        for side, twips in (("top", 57), ("left", 85), ("bottom", 57), ("right", 85))
    )
    return parse_xml(
        f'<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="CRMTable">'
        f'<w:name w:val="{TABLE}"/><w:basedOn w:val="TableNormal"/>'
        '<w:uiPriority w:val="59"/><w:qFormat/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:tblPr>"
        f"<w:tblBorders><w:top {rule}/><w:bottom {rule}/><w:insideH {rule}/>"
        f"</w:tblBorders><w:tblCellMar>{margins}</w:tblCellMar>"
        "</w:tblPr>"
        '<w:tblStylePr w:type="firstRow">'
        f'<w:rPr><w:b/><w:color w:val="{colors.on_primary}"/></w:rPr>'
        "<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>"
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{colors.primary}"/>'
        '<w:vAlign w:val="center"/></w:tcPr>'
        "</w:tblStylePr></w:style>"
    )


_PPR_AFTER_BORDER = (  # the schema's order of paragraph properties after w:pBdr
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _bottom_rule(p_pr: OxmlElement, color: str, size: int, space: int) -> None:
    borders = parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{size}" '
        f'w:space="{space}" w:color="{color}"/></w:pBdr>'
    )
    for name in _PPR_AFTER_BORDER:
        found = p_pr.find(qn(name))
        if found is not None:
            found.addprevious(borders)
            return
    p_pr.append(borders)


# -- header, footer, fields -------------------------------------------------------------------
def field(
    paragraph: Paragraph, instruction: str, shown: str, *, size: float = 0
) -> None:
    """A Word field (PAGE, NUMPAGES, TOC...) showing ``shown`` until Word updates it."""
    parts: Sequence[tuple[str, str]] = (
        ("begin", ""),
        ("instr", instruction),
        ("separate", ""),
        ("text", shown),
        ("end", ""),
    )
    for kind, value in parts:
        run = paragraph.add_run(value if kind == "text" else None)
        if size:
            run.font.size = Pt(size)
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {value} "
            run._r.append(element)
        elif kind != "text":
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)


def _header_footer(
    document: Document, data: ReportData, text: ReportText, colors: Colors, width: int
) -> None:
    """Client and title above, consultancy and "page x of y" below; none on the cover."""
    cover = data.cover
    section = document.sections[0]
    section.different_first_page_header_footer = True
    top = section.header.paragraphs[0]
    shown = " · ".join(part for part in (cover.client, text.report_title) if part)
    text_run(top, shorten(shown, 110)).font.size = Pt(8)
    _bottom_rule(top._p.get_or_add_pPr(), colors.rule, 4, 4)
    bottom = section.footer.paragraphs[0]
    who = " · ".join(p for p in (cover.consultancy, cover.consultant) if p)
    text_run(bottom, shorten(who, 80) + "\t").font.size = Pt(8)
    before, _, rest = text.page_of.partition("%d")
    middle, _, after = rest.partition("%d")
    for value, instruction in ((before, "PAGE"), (middle, "NUMPAGES"), (after, "")):
        if value:
            text_run(bottom, value).font.size = Pt(8)
        if instruction:
            field(bottom, instruction, "1", size=8)
    for paragraph in (top, bottom):
        for run in paragraph.runs:
            run.font.color.rgb = RGBColor.from_string(colors.muted)


def _properties(
    document: Document, data: ReportData, text: ReportText, language: str
) -> None:
    cover = data.cover
    props = document.core_properties
    props.title = shorten(f"{text.report_title}: {cover.client}", PROPERTY_LIMIT)
    props.author = shorten(cover.consultant or cover.consultancy, PROPERTY_LIMIT)
    props.subject = shorten(
        f"{cover.model_name} {cover.model_version} · {cover.round_name}", PROPERTY_LIMIT
    )
    props.keywords = shorten(
        ", ".join(("CRM", cover.model_name, cover.client)), PROPERTY_LIMIT
    )
    props.language = language
    props.comments = "CRM Workshop"
    props.last_modified_by = props.author
    props.revision = 1
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    props.created = props.modified = now  # not the template's date


_SETTINGS_AFTER_UPDATE = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
)


def _update_fields_on_open(document: Document) -> None:
    """Word offers to update the fields on opening: the contents get page numbers."""
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    for name in _SETTINGS_AFTER_UPDATE:
        found = settings.find(name if name.startswith("{") else qn(name))
        if found is not None:
            found.addprevious(update)
            return
    settings.append(update)


def _drop_thumbnail(document: Document) -> None:
    """The template's preview is a blank page: better none than a misleading one."""
    rels = document.part.package.rels
    for key in [k for k, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        rels.pop(key)


# -- the table of contents ------------------------------------------------------------------
def fill_contents(kit: DocxKit, anchor: Paragraph) -> None:
    """A TOC field over Heading 1-2, holding the headings as its current result.

    Word cannot know page numbers before it lays the document out: the entries show
    the chapters at once, and Word fills in the page numbers when the field is updated
    (it offers to on opening; F9 or "Update table" any time after editing).
    """
    entries = kit.headings
    if not entries:
        field(anchor, 'TOC \\o "1-2" \\h \\z \\u', "")
        return
    paragraphs = []
    for level, title in entries:
        paragraph = anchor.insert_paragraph_before(style=f"toc {level}")
        text_run(paragraph, title)
        paragraphs.append(paragraph)
    anchor._p.getparent().remove(anchor._p)
    first, last = paragraphs[0], paragraphs[-1]
    start = first._p.makeelement(qn("w:r"), {})
    instruction = first._p.makeelement(qn("w:r"), {})
    separate = first._p.makeelement(qn("w:r"), {})
    for run, kind in ((start, "begin"), (separate, "separate")):
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.append(char)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-2" \\h \\z \\u '
    instruction.append(instr)
    first._p.get_or_add_pPr().addnext(separate)
    first._p.get_or_add_pPr().addnext(instruction)
    first._p.get_or_add_pPr().addnext(start)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    last.add_run()._r.append(end)
