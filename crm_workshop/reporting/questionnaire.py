"""The printable questionnaire: one stakeholder's (or a blank) form for paper.

``build_questionnaire(target, form, text)`` lays out plain values (``PrintForm``) with
labels in the form's language (``questionnaire_labels``). Rules:

* The first page names the client and the stakeholder (or has lines to write on),
  says how to fill in the form and shows the five-level scale; then each area's
  questions follow, each as one block that is never split across pages.
* Every question shows its id (as the grid view does), title, prompt, the five level
  descriptors and tick boxes for current and target, "not applicable" and "don't
  know", and lines for a comment.
* Type is large enough to read at arm's length; every page carries the stakeholder's
  name (so loose pages find their owner) and "page x of y".
* The workshop's colours and logo brand the first page, as on the roadmap's cover.
  Every user text is escaped before it meets ``Paragraph``.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
)

from crm_workshop.reporting.document import Metadata
from crm_workshop.reporting.fonts import BOLD, ITALIC, register_fonts
from crm_workshop.reporting.questionnaire_labels import QuestionnaireText
from crm_workshop.reporting.questionnaire_page import QuestionnaireDocument
from crm_workshop.reporting.styles import INK, MUTED, RULE, Palette, boxed, make_palette

TITLE_SIZE = 12.5
TEXT_SIZE = 10.0
BOX = 5.2 * mm  # a tick box: big enough for a pen


@dataclass(frozen=True)
class PrintQuestion:
    id: str
    title: str
    prompt: str
    levels: tuple[str, ...]  # five descriptors


@dataclass(frozen=True)
class PrintArea:
    number: int
    title: str
    questions: tuple[PrintQuestion, ...]


@dataclass(frozen=True)
class PrintForm:
    """Everything the printed questionnaire shows, as plain values in its language."""

    language: str
    client: str
    consultancy: str
    consultant: str
    model_name: str
    model_version: str
    round_name: str
    name: str  # empty: a blank questionnaire with a line to write the name on
    role: str
    department: str
    scale: tuple[tuple[int, str, str], ...]  # (level, name, meaning)
    not_applicable: str
    dont_know: str
    areas: tuple[PrintArea, ...]
    paper: str = "a4"
    primary_color: str = "#1F4E79"
    accent_color: str = "#E07B39"
    logo: bytes | None = None


class WholeTable(Table):
    """A table that goes to the next page instead of splitting (one question is
    never split across pages); only a table taller than a whole page is split."""

    page_height = 0.0  # set by the document: the body frame's height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if available_height < self.page_height - 1:
            return []
        return list(super().split(available_width, available_height))


class TickBox(Flowable):
    """An empty square to tick with a pen."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size

    def wrap(
        self, available_width: float, available_height: float
    ) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class WriteLines(Flowable):
    """``count`` ruled lines to write on."""

    def __init__(self, count: int, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.count = count
        self.gap = gap
        self.width = 0.0

    def wrap(
        self, available_width: float, available_height: float
    ) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.5)
        for n in range(self.count):
            y = n * self.gap + 1
            self.canv.line(0, y, self.width, y)


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    client: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    question: ParagraphStyle
    prompt: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    level: ParagraphStyle
    head: ParagraphStyle
    head_center: ParagraphStyle
    step: ParagraphStyle


def _styles(palette: Palette) -> _Styles:
    family = register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": family,
            "bulletFontName": family,  # the numbered steps: never Helvetica
            "fontSize": TEXT_SIZE,
            "leading": TEXT_SIZE * 1.35,
            "textColor": INK,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)  # type: ignore[arg-type]

    head = style("head", fontName=BOLD, fontSize=8.5, leading=10.5, textColor=MUTED)
    return _Styles(
        title=style(
            "title", fontName=BOLD, fontSize=22, leading=27, textColor=palette.heading
        ),
        client=style("client", fontName=BOLD, fontSize=15, leading=20, spaceAfter=2),
        subtitle=style("subtitle", fontSize=10.5, leading=14, textColor=MUTED),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=palette.heading,
            spaceBefore=6,
            spaceAfter=8,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=palette.heading,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        body=style("body", spaceAfter=4),
        label=style("label", fontSize=9, leading=11, textColor=MUTED),
        value=style("value", fontName=BOLD, fontSize=13, leading=16),
        question=style(
            "question", fontName=BOLD, fontSize=TITLE_SIZE, leading=TITLE_SIZE * 1.3
        ),
        prompt=style("prompt", fontName=ITALIC, fontSize=10.5, leading=14),
        cell=style("cell"),
        cell_bold=style("cell_bold", fontName=BOLD),
        level=style(
            "level",
            fontName=BOLD,
            fontSize=12,
            leading=14,
            alignment=TA_CENTER,
            textColor=palette.heading,
        ),
        head=head,
        head_center=ParagraphStyle("head_center", parent=head, alignment=TA_CENTER),
        step=style("step", leftIndent=14, bulletIndent=0, spaceAfter=4),
    )


def build_questionnaire(
    target: Path | BytesIO, form: PrintForm, text: QuestionnaireText
) -> int:
    """Write the questionnaire to ``target`` (a path or a binary buffer); returns its
    number of pages."""
    palette = make_palette(form.primary_color, form.accent_color)
    styles = _styles(palette)
    who = form.name or "_" * 28
    document = QuestionnaireDocument(
        target,
        paper=form.paper,
        palette=palette,
        header=" · ".join(p for p in (form.client, text.title) if p),
        footer=text.footer_name % who,
        page_of=text.page_of,
        consultancy=form.consultancy or form.consultant,
        logo=form.logo,
        metadata=Metadata(
            title=f"{text.title}: {form.name or form.client}",
            author=form.consultant or form.consultancy,
            subject=f"{form.model_name} {form.model_version} · {form.client}",
            language={"en": "en-GB", "pl": "pl-PL"}.get(form.language, form.language),
            keywords=list(text.keywords),
        ),
    )
    story = [*_front(form, text, styles, palette, document.frame_width)]
    for area in form.areas:
        story += _area(
            area,
            form,
            text,
            styles,
            palette,
            (document.frame_width, document.frame_height),
        )
    document.build_story(story)
    return document.pages


def _front(
    form: PrintForm,
    text: QuestionnaireText,
    styles: _Styles,
    palette: Palette,
    width: float,
) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(escape(text.title), styles.title),
        Spacer(1, 3 * mm),
        Paragraph(escape(form.client), styles.client),
        Paragraph(
            escape(
                text.subtitle
                % (f"{form.model_name} {form.model_version}", form.round_name)
                if form.round_name
                else f"{form.model_name} {form.model_version}"
            ),
            styles.subtitle,
        ),
        Spacer(1, 6 * mm),
    ]
    rows: list[list[object]] = []
    for label, value in (
        (text.name, form.name),
        (text.role, form.role),
        (text.department, form.department),
        (text.date, ""),
    ):
        rows.append(
            [
                Paragraph(escape(label), styles.label),
                Paragraph(escape(value), styles.value) if value else WriteLines(1),
            ]
        )
    who = Table(rows, colWidths=[40 * mm, width - 40 * mm], hAlign="LEFT")
    who.setStyle(
        boxed(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEABOVE", (0, 0), (-1, 0), 1.6, palette.accent),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [who, Spacer(1, 4 * mm)]
    story.append(Paragraph(escape(text.how_to), styles.h2))
    steps = list(text.instructions)
    consultant = ", ".join(p for p in (form.consultant, form.consultancy) if p)
    if consultant:
        steps.append(escape(text.return_to.replace("{consultant}", consultant)))
    for number, step in enumerate(steps, start=1):
        story.append(Paragraph(step, styles.step, bulletText=f"{number}."))
    story.append(Paragraph(escape(text.scale), styles.h2))
    scale_rows: list[list[object]] = [
        [
            Paragraph(escape(text.level), styles.head),
            Paragraph(escape(text.level_name), styles.head),
            Paragraph(escape(text.meaning), styles.head),
        ]
    ]
    for level, name, meaning in form.scale:
        scale_rows.append(
            [
                Paragraph(str(level), styles.cell_bold),
                Paragraph(escape(name), styles.cell_bold),
                Paragraph(escape(meaning), styles.cell),
            ]
        )
    scale = Table(scale_rows, colWidths=[16 * mm, 38 * mm, width - 54 * mm])
    scale.setStyle(
        boxed(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    story.append(scale)
    return story


def _area(
    area: PrintArea,
    form: PrintForm,
    text: QuestionnaireText,
    styles: _Styles,
    palette: Palette,
    frame: tuple[float, float],
) -> list[Flowable]:
    heading = Paragraph(escape(f"{text.area % area.number} · {area.title}"), styles.h1)
    heading.outline_entry = f"{text.area % area.number} · {area.title}"  # type: ignore[attr-defined]
    story: list[Flowable] = [Spacer(1, 4 * mm), heading]
    for question in area.questions:
        table = _question(question, form, text, styles, palette, frame[0])
        table.page_height = frame[1]
        story += [table, Spacer(1, 5 * mm)]
    return story


def _question(
    question: PrintQuestion,
    form: PrintForm,
    text: QuestionnaireText,
    styles: _Styles,
    palette: Palette,
    width: float,
) -> WholeTable:
    """One question as one table: title, prompt, a row per level with tick boxes for
    current and target, a row for "not applicable" / "don't know", comment lines."""
    tick = 17 * mm
    number_col = 9 * mm
    text_col = width - number_col - 2 * tick
    title = (
        f"<font color='{_hex(palette.heading)}'>{escape(question.id)}</font>"
        f"&nbsp;&nbsp;{escape(question.title)}"
    )
    rows: list[list[object]] = [
        [Paragraph(title, styles.question), "", "", ""],
        [Paragraph(escape(question.prompt), styles.prompt), "", "", ""],
        [
            "",
            Paragraph(escape(text.looks_like), styles.head),
            Paragraph(escape(text.current), styles.head_center),
            Paragraph(escape(text.target), styles.head_center),
        ],
    ]
    for (level, name, _meaning), descriptor in zip(
        form.scale, question.levels, strict=False
    ):
        rows.append(
            [
                Paragraph(str(level), styles.level),
                Paragraph(f"<b>{escape(name)}.</b> {escape(descriptor)}", styles.cell),
                TickBox(),
                TickBox(),
            ]
        )
    others = Table(
        [
            [
                TickBox(),
                Paragraph(escape(form.not_applicable), styles.cell),
                TickBox(),
                Paragraph(escape(form.dont_know), styles.cell),
            ]
        ],
        colWidths=[BOX + 3 * mm, 0.4 * text_col, BOX + 3 * mm, None],
        hAlign="LEFT",
    )
    others.setStyle(
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
    rows.append(["", others, "", ""])
    rows.append(
        [[Paragraph(escape(text.comment), styles.label), WriteLines(2)], "", "", ""]
    )
    last = len(rows) - 1
    table = WholeTable(
        rows, colWidths=[number_col, text_col, tick, tick], hAlign="LEFT"
    )
    table.setStyle(
        boxed(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 1), (-1, 1)),
                ("SPAN", (1, last - 1), (-1, last - 1)),
                ("SPAN", (0, last), (-1, last)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (2, 3), (-1, -1), "MIDDLE"),
                ("ALIGN", (2, 2), (-1, -1), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), palette.tint),
                ("LINEABOVE", (0, 0), (-1, 0), 1.4, palette.primary),
                ("LINEBELOW", (0, 2), (-1, 2), 0.6, MUTED),
                ("LINEBELOW", (0, 3), (-1, last - 1), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 4.5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
                ("TOPPADDING", (0, last - 1), (-1, last - 1), 4),
                ("BOTTOMPADDING", (0, last - 1), (-1, last - 1), 4),
                ("BOTTOMPADDING", (0, last), (-1, last), 5),
            ]
        )
    )
    return table


def _hex(color: Color) -> str:
    """``#rrggbb`` of a colour, for ``<font color>`` markup."""
    return "#" + color.hexval()[2:]
