"""Building blocks every section uses: the kit, escaped text, headings, house tables.

Every user or model string passes through ``escape`` (or ``lines``) before it meets a
``Paragraph``: a stakeholder called ``<b>Zarząd</b>`` prints exactly so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from crm_workshop.reporting.data import ReportData
from crm_workshop.reporting.document import heading
from crm_workshop.reporting.fonts import BOLD, FAMILY
from crm_workshop.reporting.labels import ReportText
from crm_workshop.reporting.longtable import PagedRows
from crm_workshop.reporting.styles import (
    CELL_PADDING,
    CELL_SIZE,
    HEAD_SIZE,
    Palette,
    Styles,
    table_style,
)


@dataclass(frozen=True)
class Kit:
    """What every section builder needs."""

    data: ReportData
    text: ReportText
    styles: Styles
    palette: Palette
    width: float  # the body frame's width in points


def lines(value: str) -> str:
    """User text with several lines, escaped, its line breaks kept."""
    return "<br/>".join(escape(line) for line in value.strip().splitlines())


def paragraphs(value: str) -> list[str]:
    """Blank-line separated paragraphs of user text, each escaped."""
    return [lines(block) for block in re.split(r"\n\s*\n", value.strip()) if block]


def section_start(kit: Kit, title: str, key: str, *, in_toc: bool = True) -> list:
    """A new page, the H1 (in contents and outline) and a short accent rule."""
    rule = HRFlowable(
        width=16 * mm,
        thickness=2.2,
        color=kit.palette.accent,
        hAlign="LEFT",
        spaceBefore=1,
        spaceAfter=14,
    )
    rule.keepWithNext = 1  # type: ignore[attr-defined]
    return [
        PageBreak(),
        heading(title, kit.styles.h1, 0 if in_toc else None, key),
        rule,
    ]


def grid(
    kit: Kit,
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[object, ...]] = (),
    long: bool = False,
    compact: bool = False,
) -> Flowable:
    """A table in the house style; ``widths`` in points (see ``shares`` and ``snug``).

    ``long`` tables split across pages with the header repeated, in linear time.
    """
    commands = table_style(kit.palette)
    padding = (3.2, 3.8)
    if compact:
        padding = (2.2, 2.6)
        commands += [
            ("TOPPADDING", (0, 1), (-1, -1), padding[0]),
            ("BOTTOMPADDING", (0, 1), (-1, -1), padding[1]),
        ]
    style = TableStyle([*commands, *extra])
    if long:
        row_height = CELL_SIZE * 1.3 + sum(padding)
        return PagedRows(rows[0], rows[1:], widths, style, row_height)
    table = Table(list(rows), colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(style)
    return table


def shares(kit: Kit, *parts: float) -> list[float]:
    """Widths in points from relative shares of the frame width."""
    total = sum(parts)
    return [kit.width * part / total for part in parts]


def snug(header: str, values: Iterable[str] = (), minimum: float = 0.0) -> float:
    """The width a narrow column needs: its header (bold) or widest value, plus padding."""
    need = stringWidth(header, BOLD, HEAD_SIZE)
    for value in values:
        need = max(need, stringWidth(value, FAMILY, CELL_SIZE))
    return max(minimum, need + 2 * CELL_PADDING + 2)


def with_rest(kit: Kit, widths: Sequence[float | None]) -> list[float]:
    """Fill the one ``None`` column with what the others leave of the frame width."""
    rest = kit.width - sum(w for w in widths if w is not None)
    return [rest if w is None else w for w in widths]


def head(kit: Kit, *labels: str, center_from: int = 99) -> list[Paragraph]:
    return [
        Paragraph(
            escape(label),
            kit.styles.head_center if n >= center_from else kit.styles.head,
        )
        for n, label in enumerate(labels)
    ]
