"""Building blocks of the Word roadmap: the kit, clean text, paragraphs, headings,
house tables and figures.

Every string that reaches python-docx passes through ``clean`` (``text_run`` and the
helpers here call it): XML 1.0 forbids most control characters, and python-docx raises
on them, so a comment pasted with a NUL byte would otherwise stop the export. Word's
own line break (vertical tab) and a form feed become line breaks; the rest is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from typing import NamedTuple

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from reportlab.lib.colors import Color

from crm_workshop.reporting.blocks import Kit
from crm_workshop.reporting.data import ChartImage, ReportData
from crm_workshop.reporting.labels import ReportText
from crm_workshop.reporting.styles import MUTED, RULE, Palette

# Names of the styles the document defines (docx_setup) beside Word's built-in ones.
LEAD = "Lead"
NOTE = "Note"
CELL = "Table Text"
CELL_HEAD = "Table Heading"
TABLE = "CRM Table"
BULLET = "List Bullet"
CAPTION = "Caption"

_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n"})
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(value: str) -> str:
    """``value`` as XML 1.0 allows it: line breaks kept, other controls dropped."""
    value = value.replace("\r\n", "\n").translate(_LINE_BREAKS)
    return _FORBIDDEN.sub("", _SURROGATE.sub("\ufffd", value))


def shorten(value: str, limit: int) -> str:
    """One line of at most ``limit`` characters, an ellipsis when cut."""
    value = " ".join(clean(value).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def hex_of(color: Color) -> str:
    """``#RRGGBB`` of a reportlab colour, without the hash."""
    return color.hexval()[2:].upper()


@dataclass(frozen=True)
class Colors:
    """The engagement's palette (the PDF's) as hex for Word."""

    primary: str
    accent: str
    on_primary: str
    heading: str
    tint: str
    accent_text: str
    muted: str = hex_of(MUTED)
    rule: str = hex_of(RULE)

    @classmethod
    def of(cls, palette: Palette) -> Colors:
        return cls(
            primary=hex_of(palette.primary),
            accent=hex_of(palette.accent),
            on_primary=hex_of(palette.on_primary),
            heading=hex_of(palette.heading),
            tint=hex_of(palette.tint),
            accent_text=hex_of(palette.accent_text),
        )


@dataclass
class DocxKit:
    """What every chapter builder needs.

    ``pdf`` is the PDF's own kit: the wording helpers the two formats share (a
    project's timing, a goal's measure, figure numbers) take it, so both say the same.
    """

    document: Document
    data: ReportData
    text: ReportText
    colors: Colors
    width: int  # the text column, in EMU
    height: int  # the text column's height, in EMU
    pdf: Kit
    headings: list[tuple[int, str]] = field(default_factory=list)  # for the contents
    ids: dict[str, str] = field(default_factory=dict)

    def styled(self, paragraph: Paragraph, name: str | None) -> Paragraph:
        """``paragraph`` in the style ``name``, found once: python-docx searches every
        style each time a style is set by name, which dominates the build time."""
        if name is None:
            return paragraph
        found = self.ids.get(name)
        if found is None:
            found = self.ids[name] = self.document.styles[name].style_id
        paragraph._p.style = found
        return paragraph


class Seg(NamedTuple):
    """A piece of text in one look; ``\\n`` inside it is a line break."""

    text: str
    bold: bool = False
    color: str | None = None
    size: float | None = None
    italic: bool = False


Content = str | Sequence[Seg]


# -- runs and paragraphs -------------------------------------------------------------------
def text_run(paragraph: Paragraph, segment: Seg | str) -> Run:
    seg = Seg(segment) if isinstance(segment, str) else segment
    run = paragraph.add_run(clean(seg.text))
    if seg.bold:
        run.bold = True
    if seg.italic:
        run.italic = True
    if seg.color:
        run.font.color.rgb = RGBColor.from_string(seg.color)
    if seg.size:
        run.font.size = Pt(seg.size)
    mirror_complex(run._r.rPr)
    return run


def mirror_complex(r_pr: OxmlElement | None) -> None:
    """Give complex-script text (Arabic, Hebrew...) the same weight, slant and size:
    Word sizes and bolds it by separate properties, which python-docx leaves alone."""
    if r_pr is None:
        return
    for plain, complex_ in (("w:b", "w:bCs"), ("w:i", "w:iCs"), ("w:sz", "w:szCs")):
        source = r_pr.find(qn(plain))
        if source is None:
            continue
        for old in r_pr.findall(qn(complex_)):
            r_pr.remove(old)
        copy = OxmlElement(complex_)
        for key, value in source.attrib.items():
            copy.set(key, value)
        source.addnext(copy)


def fill(paragraph: Paragraph, content: Content) -> Paragraph:
    for segment in [content] if isinstance(content, str) else content:
        text_run(paragraph, segment)
    return paragraph


def para(kit: DocxKit, content: Content, style: str | None = None) -> Paragraph:
    return fill(kit.styled(kit.document.add_paragraph(), style), content)


def blocks(value: str) -> list[str]:
    """Blank-line separated paragraphs of user text (its other line breaks kept)."""
    value = clean(value).strip()
    return [block.strip() for block in re.split(r"\n\s*\n", value) if block.strip()]


def user_text(kit: DocxKit, value: str, *, lead: bool = False) -> int:
    """The consultant's text as paragraphs (the first one larger); returns how many."""
    found = blocks(value)
    for n, block in enumerate(found):
        para(kit, block, LEAD if lead and n == 0 else None)
    return len(found)


def bullet(kit: DocxKit, content: Content) -> Paragraph:
    return para(kit, content, BULLET)


def note(kit: DocxKit, message: str) -> Paragraph:
    return para(kit, message)


def small(kit: DocxKit, content: Content) -> Paragraph:
    return para(kit, content, NOTE)


def muted(kit: DocxKit, value: str, size: float = 7.5) -> Seg:
    return Seg(value, color=kit.colors.muted, size=size)


def heading(
    kit: DocxKit, title: str, level: int, *, new_page: bool = False
) -> Paragraph:
    """Word's Heading 1-3 (the navigation pane and the contents read them)."""
    paragraph = kit.document.add_heading(clean(title).strip(), level)
    if new_page:
        paragraph.paragraph_format.page_break_before = True
    if level <= 2:
        kit.headings.append((level, shorten(title, 200)))
    return paragraph


# -- figures --------------------------------------------------------------------------------
def figure(kit: DocxKit, chart: ChartImage, caption: str, share: float) -> None:
    """A chart at ``share`` of the text width, never taller than the page leaves for it,
    its caption below (kept on the same page) and as the picture's alternative text."""
    room = kit.height - Pt(70)
    width = kit.width * share
    if width * chart.height_in / chart.width_in > room:
        width = room * chart.width_in / chart.height_in
    paragraph = kit.document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True
    paragraph.paragraph_format.space_before = Pt(6)
    shape = paragraph.add_run().add_picture(BytesIO(chart.png), width=Emu(int(width)))
    shape._inline.docPr.set("descr", shorten(caption, 1000))
    para(kit, caption, CAPTION)


# -- tables ---------------------------------------------------------------------------------
def _insert(parent: OxmlElement, child: OxmlElement, successors: Sequence[str]) -> None:
    """Put ``child`` before the first of ``successors`` present: Word is strict about
    the order of properties and calls a file in the wrong order damaged."""
    for name in successors:
        found = parent.find(qn(name))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


_TCPR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign")
_TCPR_AFTER_BORDERS = ("w:shd", *_TCPR_AFTER_SHD)
_TBLPR_AFTER_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")


def shade(cell: _Cell, fill_hex: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    _insert(tc_pr, shd, _TCPR_AFTER_SHD)


def _border_set(tag: str, sides: dict[str, tuple[str, int]]) -> OxmlElement:
    borders = OxmlElement(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side not in sides:
            continue
        value, size = sides[side]
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single" if size else "nil")
        if size:
            edge.set(qn("w:sz"), str(size))
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), value)
        borders.append(edge)
    return borders


def cell_borders(cell: _Cell, **sides: tuple[str, int]) -> None:
    """Borders of one cell: side=(hex colour, eighths of a point; 0 for none)."""
    _insert(
        cell._tc.get_or_add_tcPr(),
        _border_set("w:tcBorders", sides),
        _TCPR_AFTER_BORDERS,
    )


def table_borders(table: Table, **sides: tuple[str, int]) -> None:
    _insert(table._tbl.tblPr, _border_set("w:tblBorders", sides), _TBLPR_AFTER_BORDERS)


def no_borders(table: Table) -> None:
    none = ("auto", 0)
    table_borders(
        table,
        top=none,
        left=none,
        bottom=none,
        right=none,
        insideH=none,
        insideV=none,
    )


def repeat_header(row_element: OxmlElement) -> None:
    tr_pr = row_element.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    _insert(tr_pr, header, ("w:tblCellSpacing", "w:jc", "w:hidden"))


def set_widths(table: Table, widths: Sequence[int]) -> None:
    """Fixed column widths (EMU) in the grid (LibreOffice) and every cell (Word)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Emu(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Emu(width)


def shares(kit: DocxKit, *parts: float) -> list[int]:
    """Column widths (EMU) from relative shares of the text width."""
    total = sum(parts)
    return [int(kit.width * part / total) for part in parts]


def put(
    kit: DocxKit,
    cell: _Cell,
    content: Content,
    style: str = CELL,
    *,
    center: bool = False,
) -> None:
    """``content`` as the cell's only paragraph; empty text shows a dash (pieces are
    shown as given: a marker column stays blank where nothing is marked)."""
    paragraph = kit.styled(cell.paragraphs[0], style)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if isinstance(content, str):
        content = clean(content).strip() or "–"
    fill(paragraph, content)


def house_table(
    kit: DocxKit,
    header: Sequence[str],
    rows: Sequence[Sequence[Content]],
    widths: Sequence[int],
    *,
    center: Container[int] = (),
    right: Container[int] = (),
    zebra: bool = True,
) -> Table:
    """A table in the house style: the custom table style (light rules), a header row
    in the primary colour that repeats on every page, zebra rows; the columns in
    ``center`` are centred, those in ``right`` right-aligned (header included)."""
    table = kit.document.add_table(rows=1, cols=len(header))
    table.style = kit.document.styles[TABLE]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    head = table.rows[0]
    repeat_header(head._tr)
    for n, (cell, label) in enumerate(zip(head.cells, header, strict=True)):
        shade(cell, kit.colors.primary)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        put(kit, cell, label, CELL_HEAD, center=n in center)
        if n in right:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for number, values in enumerate(rows):
        cells = table.add_row().cells
        for n, (cell, value) in enumerate(zip(cells, values, strict=True)):
            put(kit, cell, value, center=n in center)
            if n in right:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if zebra and number % 2 == 1:
                shade(cell, kit.colors.tint)
    set_widths(table, widths)
    kit.styled(
        kit.document.add_paragraph(), NOTE
    )  # room below: Word glues tables otherwise
    return table


def lines_of(values: Sequence[str]) -> str:
    """Several values as a bulleted list inside one cell."""
    return "\n".join(f"• {clean(v).strip()}" for v in values if v.strip())
