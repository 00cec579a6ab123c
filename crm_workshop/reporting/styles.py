"""The report's look: the engagement's colours, a type scale, paragraph and table styles.

One typeface (DejaVu Sans) in a few sizes; headings and table headers in the
engagement's primary colour, rules and highlights in its accent colour.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from crm_workshop.reporting.fonts import BOLD, FAMILY, ITALIC, register_fonts

DEFAULT_PRIMARY = "#1F4E79"
DEFAULT_ACCENT = "#E07B39"
_HEX = re.compile(r"#?[0-9A-Fa-f]{6}")

INK = colors.HexColor("#1E2329")
MUTED = colors.HexColor("#5B6470")
RULE = colors.HexColor("#D5DAE0")
WHITE = colors.white

BODY_SIZE = 9.5
CELL_SIZE = 8.3
HEAD_SIZE = 8.0
CELL_PADDING = 4.5


def parse_color(value: str, default: str) -> colors.Color:
    """``#RRGGBB`` from the engagement; anything else falls back to the default."""
    value = (value or "").strip()
    if not _HEX.fullmatch(value):
        value = default
    return colors.HexColor("#" + value.lstrip("#"))


def mix(color: colors.Color, other: colors.Color, share: float) -> colors.Color:
    """``share`` of ``other`` blended into ``color`` (0: color, 1: other)."""
    return colors.Color(
        color.red + (other.red - color.red) * share,
        color.green + (other.green - color.green) * share,
        color.blue + (other.blue - color.blue) * share,
    )


def luminance(color: colors.Color) -> float:
    return 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue


@dataclass(frozen=True)
class Palette:
    primary: colors.Color
    accent: colors.Color
    on_primary: colors.Color  # text drawn on the primary colour
    heading: colors.Color  # primary, darkened when too light to read on white
    tint: colors.Color  # zebra rows and key-figure boxes
    accent_text: colors.Color  # accent, darkened when too light to read on white


def make_palette(primary: str, accent: str) -> Palette:
    main = parse_color(primary, DEFAULT_PRIMARY)
    second = parse_color(accent, DEFAULT_ACCENT)
    light = luminance(main) > 0.6
    return Palette(
        primary=main,
        accent=second,
        on_primary=INK if light else WHITE,
        heading=mix(main, colors.black, 0.45) if light else main,
        tint=mix(main, WHITE, 0.92),
        accent_text=mix(second, colors.black, 0.35)
        if luminance(second) > 0.55
        else second,
    )


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    bullet: ParagraphStyle
    quote: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    head: ParagraphStyle
    head_center: ParagraphStyle
    figure_label: ParagraphStyle
    figure_value: ParagraphStyle
    toc: tuple[ParagraphStyle, ...]
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    cover_client: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle


def make_styles(palette: Palette) -> Styles:
    family = register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": family,
            "bulletFontName": family,
            "fontSize": BODY_SIZE,
            "leading": BODY_SIZE * 1.45,
            "textColor": INK,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)  # type: ignore[arg-type]

    cell = style("cell", fontSize=CELL_SIZE, leading=CELL_SIZE * 1.3)
    head = style(
        "head",
        fontName=BOLD,
        fontSize=HEAD_SIZE,
        leading=HEAD_SIZE * 1.25,
        textColor=palette.on_primary,
    )
    return Styles(
        body=style("body", spaceAfter=7),
        lead=style("lead", fontSize=10.5, leading=15.5, spaceAfter=9),
        small=style("small", fontSize=7.8, leading=10.5, textColor=MUTED),
        caption=style(
            "caption",
            fontName=ITALIC,
            fontSize=8,
            leading=11,
            textColor=MUTED,
            spaceBefore=3,
            spaceAfter=12,
        ),
        bullet=style(
            "bullet",
            leftIndent=14,
            bulletIndent=3,
            spaceAfter=4,
            bulletFontName=family,
            bulletFontSize=9,
        ),
        quote=style(
            "quote",
            leftIndent=10,
            spaceAfter=6,
            borderPadding=(0, 0, 0, 6),
            fontSize=9,
            leading=13,
        ),
        h1=style(
            "h1",
            fontName=BOLD,
            fontSize=21,
            leading=26,
            textColor=palette.heading,
            spaceAfter=4,
            keepWithNext=1,
        ),
        h2=style(
            "h2",
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=palette.heading,
            spaceBefore=16,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h3=style(
            "h3",
            fontName=BOLD,
            fontSize=10,
            leading=13,
            textColor=INK,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        cell=cell,
        cell_bold=style(
            "cell_bold", fontName=BOLD, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.3
        ),
        cell_center=style(
            "cell_center",
            fontSize=CELL_SIZE,
            leading=CELL_SIZE * 1.3,
            alignment=TA_CENTER,
        ),
        cell_right=style(
            "cell_right",
            fontSize=CELL_SIZE,
            leading=CELL_SIZE * 1.3,
            alignment=TA_RIGHT,
        ),
        head=head,
        head_center=ParagraphStyle("head_center", parent=head, alignment=TA_CENTER),
        figure_label=style(
            "figure_label", fontSize=7.5, leading=9.5, textColor=MUTED, spaceAfter=2
        ),
        figure_value=style(
            "figure_value",
            fontName=BOLD,
            fontSize=12,
            leading=15,
            textColor=palette.heading,
        ),
        toc=(
            style(
                "toc1",
                fontName=BOLD,
                fontSize=11,
                leading=15,
                spaceBefore=9,
                textColor=palette.heading,
            ),
            style("toc2", fontSize=9.5, leading=13, leftIndent=16, textColor=INK),
        ),
        cover_kicker=style(
            "cover_kicker",
            fontName=BOLD,
            fontSize=9,
            leading=12,
            textColor=palette.on_primary,
            spaceAfter=10,
        ),
        cover_title=style(
            "cover_title",
            fontName=BOLD,
            fontSize=34,
            leading=40,
            textColor=palette.on_primary,
            spaceAfter=8,
        ),
        cover_subtitle=style(
            "cover_subtitle",
            fontSize=13,
            leading=18,
            textColor=palette.on_primary,
            spaceAfter=20,
        ),
        cover_client=style(
            "cover_client",
            fontName=BOLD,
            fontSize=19,
            leading=24,
            textColor=palette.on_primary,
        ),
        cover_label=style(
            "cover_label", fontSize=8, leading=11, textColor=MUTED, alignment=TA_LEFT
        ),
        cover_value=style("cover_value", fontSize=10, leading=14),
    )


def table_style(
    palette: Palette, *, header_rows: int = 1, zebra: bool = True
) -> list[tuple[object, ...]]:
    """Commands shared by every table: a coloured header, zebra rows, thin rules."""
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), FAMILY, CELL_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.8),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), palette.primary),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, header_rows - 1), 4.5),
            ("BOTTOMPADDING", (0, 0), (-1, header_rows - 1), 5),
        ]
    if zebra:
        commands.append(
            ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [WHITE, palette.tint])
        )
    return commands


def boxed(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells use the report's font (reportlab's default is
    Helvetica, which would otherwise be set, and listed in the PDF, for every cell)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), FAMILY, CELL_SIZE), *commands])
