"""The questionnaire's pages: paper, margins, the branded top of the first page, the
running header and the footer with the stakeholder's name and "page x of y".

"Page x of y" needs the total before the first page is finished. The report does
this with ``multiBuild`` passes; a questionnaire has no contents page, so its canvas
keeps every finished page aside instead and draws the footers (and the outline
entries, which must point at real pages) when the document is saved: one pass.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from crm_workshop.reporting.document import BrandedDocument, Metadata, fit
from crm_workshop.reporting.fonts import BOLD, FAMILY
from crm_workshop.reporting.styles import MUTED, RULE, Palette

MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FIRST_TOP = 40 * mm  # room for the consultancy, the logo and the accent rule
LOGO_BOX = (48 * mm, 20 * mm)


class QuestionnaireDocument(BrandedDocument):
    """A4 or Letter; a branded first page, then pages with a running header."""

    margins = (MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM)
    font_size = 10

    def __init__(
        self,
        target: Path | BytesIO,
        *,
        paper: str,
        palette: Palette,
        header: str,
        footer: str,
        page_of: str,
        consultancy: str,
        logo: bytes | None,
        metadata: Metadata,
    ) -> None:
        super().__init__(
            target, paper=paper, palette=palette, logo=logo, metadata=metadata
        )
        self.header = header
        self.footer = footer
        self.page_of = page_of
        self.consultancy = consultancy
        self.pages = 0
        first = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.frame_width,
            self.pagesize[1] - FIRST_TOP - MARGIN_BOTTOM,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [first],
                    onPage=self._draw_first,
                    autoNextPageTemplate="body",
                ),
                PageTemplate("body", [self.body_frame()], onPage=self._draw_body),
            ]
        )

    def build_story(self, story: list[Flowable]) -> None:
        document = self

        class _Canvas(_DeferredCanvas):
            def draw_footer(self, total: int) -> None:
                document._draw_footer(self, total)

        self.build(story, canvasmaker=_Canvas)
        self.pages = self.page

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        title = getattr(flowable, "outline_entry", None)
        if title is not None:
            self.canv.marks.append((self.page, title))  # type: ignore[attr-defined]

    # -- decoration ---------------------------------------------------------------------
    def _draw_first(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(self.palette.primary)
        canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
        canvas.setFillColor(self.palette.accent)
        canvas.rect(0, height - 10.5 * mm, width, 1.5 * mm, stroke=0, fill=1)
        logo_width = self.draw_logo(canvas, LOGO_BOX, 15 * mm)
        canvas.setFont(BOLD, 10)
        canvas.setFillColor(self.palette.heading)
        room = width - 2 * MARGIN_X - (logo_width + 8 * mm if logo_width else 0)
        canvas.drawString(
            MARGIN_X, height - 20 * mm, fit(self.consultancy.upper(), BOLD, 10, room)
        )
        canvas.restoreState()

    def _draw_body(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self.draw_running_header(canvas, self.header, 8.5)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, total: int) -> None:
        width, _height = self.pagesize
        canvas.saveState()
        bottom = MARGIN_BOTTOM - 11 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, bottom + 4.5 * mm, width - MARGIN_X, bottom + 4.5 * mm)
        number = self.page_of % (canvas.getPageNumber(), total)
        canvas.setFont(BOLD, 9.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN_X, bottom, number)
        canvas.setFont(FAMILY, 9.5)
        room = width - 2 * MARGIN_X - 12 * mm - canvas.stringWidth(number, BOLD, 9.5)
        canvas.drawString(MARGIN_X, bottom, fit(self.footer, FAMILY, 9.5, room))
        canvas.restoreState()


class _DeferredCanvas(Canvas):
    """Keeps each finished page until ``save``, then draws the footers ("page x of
    y") and the outline entries of every page, now that the total is known."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._pages: list[dict[str, object]] = []
        self.marks: list[tuple[int, str]] = []  # (page, outline title)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def draw_footer(self, total: int) -> None:  # replaced by the document
        raise NotImplementedError

    def save(self) -> None:
        total = len(self._pages)
        marks = list(self.marks)
        for state in self._pages:
            self.__dict__.update(state)
            page = self.getPageNumber()
            for number, (on_page, title) in enumerate(marks):
                if on_page == page:
                    key = f"area-{number}"
                    self.bookmarkPage(key)
                    self.addOutlineEntry(title, key, level=0)
            self.draw_footer(total)
            super().showPage()
        if marks:
            self.showOutline()
        super().save()
