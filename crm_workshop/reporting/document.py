"""The page machinery: paper, margins, the cover and body templates, the running header
and footer ("page x of y"), the contents entries and the PDF's bookmark outline.

"Page x of y" needs the total before the last page is drawn: each pass of
``multiBuild`` uses the page count of the pass before, and the document is only
satisfied when that count did not change (as well as the table of contents).
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.paragraph import ParagraphStyle

from crm_workshop.reporting.data import LETTER
from crm_workshop.reporting.fonts import BOLD, FAMILY
from crm_workshop.reporting.styles import MUTED, RULE, Palette

MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
BAND_TOP = 62 * mm  # distance of the cover's colour band from the top edge
BAND_HEIGHT = 112 * mm
LOGO_MIN_DPI = 96


@dataclass(frozen=True)
class PageText:
    """What the running header, footer and cover print outside the story."""

    header: str  # "client · report title"
    footer: str  # consultancy
    page_of: str  # "page %d of %d"
    consultancy: str
    confidential: str
    logo: bytes | None


def page_size(paper: str) -> tuple[float, float]:
    return letter if paper == LETTER else A4


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` (canvas text never wraps).

    Measured a character at a time, and only as far as fits: a client name of 100,000
    characters costs no more than a short one, on every page.
    """
    room = width - stringWidth("…", font, size)
    used, cut = 0.0, 0
    for end, char in enumerate(text, start=1):
        used += stringWidth(char, font, size)
        if used > width:
            return text[:cut].rstrip() + "…"
        if used <= room:
            cut = end
    return text


def logo_image(content: bytes | None) -> ImageReader | None:
    """The logo as an image reportlab can draw, or None when absent or unreadable."""
    if not content:
        return None
    try:
        reader = ImageReader(BytesIO(content))
        reader.getSize()
    except (OSError, ValueError, SyntaxError):
        return None
    return reader


def heading(text: str, style: ParagraphStyle, level: int | None, key: str) -> Paragraph:
    """A heading paragraph; with a level it goes into the contents and the outline."""
    paragraph = Paragraph(escape(text), style)
    if level is not None:
        paragraph.toc_entry = (level, text, key)  # type: ignore[attr-defined]
    return paragraph


@dataclass(frozen=True)
class Metadata:
    """What the PDF says about itself (File › Properties)."""

    title: str
    author: str
    subject: str
    language: str
    keywords: list[str]


class BrandedDocument(BaseDocTemplate):
    """A4 or Letter with the engagement's palette and logo, the PDF's metadata, and
    every page starting in DejaVu Sans (no Helvetica resource in the file); the page
    decoration the report and the questionnaire share."""

    margins: tuple[float, float, float] = (MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM)
    font_size = 9.5  # of text without a style of its own

    def __init__(
        self,
        target: Path | BytesIO,
        *,
        paper: str,
        palette: Palette,
        logo: bytes | None,
        metadata: Metadata,
    ) -> None:
        side, top, bottom = self.margins  # left and right, top, bottom
        super().__init__(
            str(target) if isinstance(target, Path) else target,
            pagesize=page_size(paper),
            leftMargin=side,
            rightMargin=side,
            topMargin=top,
            bottomMargin=bottom,
            title=metadata.title,
            author=metadata.author,
            subject=metadata.subject,
            creator="CRM Workshop",
            keywords=metadata.keywords,
            lang=metadata.language,
            displayDocTitle=1,
            initialFontName=FAMILY,
            initialFontSize=self.font_size,
            initialLeading=13.5,
        )
        self.palette = palette
        self._logo = logo_image(logo)

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.leftMargin - self.rightMargin

    @property
    def frame_height(self) -> float:
        """The height of a body page's frame."""
        return self.pagesize[1] - self.topMargin - self.bottomMargin

    def body_frame(self) -> Frame:
        """The frame of a body page: the page within its margins, without padding."""
        return Frame(
            self.leftMargin,
            self.bottomMargin,
            self.frame_width,
            self.frame_height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def draw_logo(self, canvas: Canvas, box: tuple[float, float], top: float) -> float:
        """The logo at the top right within ``box``, its top ``top`` below the page's
        top edge; its width (0 without a logo). Never enlarged past 96 dpi: small
        logos stay sharp."""
        if self._logo is None:
            return 0.0
        width, height = self.pagesize
        pixels_w, pixels_h = self._logo.getSize()
        scale = min(box[0] / pixels_w, box[1] / pixels_h, 72 / LOGO_MIN_DPI)
        logo_width, logo_height = pixels_w * scale, pixels_h * scale
        canvas.drawImage(
            self._logo,
            width - self.rightMargin - logo_width,
            height - top - logo_height,
            width=logo_width,
            height=logo_height,
            mask="auto",
        )
        return logo_width

    def draw_running_header(self, canvas: Canvas, text: str, size: float) -> None:
        """``text`` above the body frame, over a rule with a short accent."""
        width, height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        top = height - self.topMargin + 9 * mm
        canvas.setFont(FAMILY, size)
        canvas.setFillColor(MUTED)
        canvas.drawString(left, top, fit(text, FAMILY, size, right - left))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(left, top - 2.6 * mm, right, top - 2.6 * mm)
        canvas.setStrokeColor(self.palette.accent)
        canvas.setLineWidth(1.6)
        canvas.line(left, top - 2.6 * mm, left + 14 * mm, top - 2.6 * mm)


class ReportDocument(BrandedDocument):
    """A4 or Letter; a full-bleed branded cover, then body pages with header and footer."""

    def __init__(
        self,
        target: Path | BytesIO,
        *,
        paper: str,
        palette: Palette,
        page_text: PageText,
        metadata: Metadata,
    ) -> None:
        super().__init__(
            target, paper=paper, palette=palette, logo=page_text.logo, metadata=metadata
        )
        self.page_text = page_text
        self._pages_assumed = 0  # the total the footers of this pass print
        self._pages_counted = 0
        width, height = self.pagesize
        band_bottom = height - BAND_TOP - BAND_HEIGHT
        band = Frame(
            MARGIN_X + 4 * mm,
            band_bottom + 10 * mm,
            width - 2 * MARGIN_X - 8 * mm,
            BAND_HEIGHT - 22 * mm,
            id="band",
            showBoundary=0,
        )
        details = Frame(
            MARGIN_X,
            30 * mm,
            width - 2 * MARGIN_X,
            band_bottom - 40 * mm,
            id="details",
        )
        self.addPageTemplates(
            [
                PageTemplate("cover", [band, details], onPage=self._draw_cover),
                PageTemplate("body", [self.body_frame()], onPage=self._draw_body),
            ]
        )

    # -- passes -----------------------------------------------------------------------
    def handle_documentBegin(self) -> None:  # noqa: N802 (reportlab's name)
        super().handle_documentBegin()
        self.canv.showOutline()

    def afterPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages_counted = self.page

    def _allSatisfied(self) -> bool:  # noqa: N802 (multiBuild asks after each pass)
        stable = self._pages_counted == self._pages_assumed
        self._pages_assumed = self._pages_counted
        return bool(super()._allSatisfied()) and stable

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        entry = getattr(flowable, "toc_entry", None)
        if entry is None:
            return
        level, text, key = entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        # the contents page parses its entries as markup: escape the plain text again
        self.notify("TOCEntry", (level, escape(text), self.page, key))

    # -- page decoration ----------------------------------------------------------------
    def _draw_body(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, _height = self.pagesize
        text = self.page_text
        canvas.saveState()
        usable = width - 2 * MARGIN_X
        self.draw_running_header(canvas, text.header, 7.8)
        canvas.setFillColor(MUTED)
        bottom = MARGIN_BOTTOM - 10 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
        number = text.page_of % (doc.page, max(self._pages_assumed, doc.page))
        canvas.setFont(FAMILY, 7.8)
        canvas.drawRightString(width - MARGIN_X, bottom, number)
        canvas.drawString(
            MARGIN_X,
            bottom,
            fit(
                text.footer, FAMILY, 7.8, usable - stringWidth(number, FAMILY, 7.8) - 12
            ),
        )
        canvas.restoreState()

    def _draw_cover(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        palette = self.palette
        text = self.page_text
        canvas.saveState()
        band_bottom = height - BAND_TOP - BAND_HEIGHT
        canvas.setFillColor(palette.primary)
        canvas.rect(0, band_bottom, width, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(palette.accent)
        canvas.rect(0, band_bottom - 3.5 * mm, width, 3.5 * mm, stroke=0, fill=1)
        logo_box = (52 * mm, 26 * mm)
        name_width = width - 2 * MARGIN_X - (logo_box[0] + 8 * mm if self._logo else 0)
        canvas.setFillColor(palette.heading)
        canvas.setFont(BOLD, 11)
        canvas.drawString(
            MARGIN_X,
            height - 30 * mm,
            fit(text.consultancy.upper(), BOLD, 11, name_width),
        )
        self.draw_logo(canvas, logo_box, 22 * mm)
        canvas.setFont(FAMILY, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN_X,
            15 * mm,
            fit(text.confidential, FAMILY, 7.5, width - 2 * MARGIN_X),
        )
        canvas.restoreState()
