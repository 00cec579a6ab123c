"""What the progress report's sections share: the kit, and how it words numbers,
months, levels and changes.

The progress report reuses the roadmap report's page machinery, styles and house
tables (``blocks``); ``ProgressKit.base`` is the roadmap report's ``Kit`` for those
helpers (they read its styles, palette, width and words, never its data).
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from crm_workshop.reporting.blocks import Kit
from crm_workshop.reporting.labels import ReportText
from crm_workshop.reporting.progress_data import ProgressData
from crm_workshop.reporting.progress_labels import ProgressText
from crm_workshop.reporting.styles import Palette, Styles


@dataclass(frozen=True)
class ProgressKit:
    data: ProgressData
    text: ReportText  # the shared words: dates, numbers, months, statuses
    words: ProgressText  # the progress report's own words
    styles: Styles
    palette: Palette
    width: float

    @property
    def base(self) -> Kit:
        """The roadmap report's kit, for the shared blocks (no report data in it)."""
        return Kit(None, self.text, self.styles, self.palette, self.width)  # type: ignore[arg-type]

    # -- wording ---------------------------------------------------------------------
    def month(self, month: str | None) -> str:
        """``2026-12`` as "December 2026" (a month on its own)."""
        return self.text.roadmap.month(month)

    def end_of(self, month: str | None) -> str:
        """``2026-12`` as it reads after "the end of": "grudnia 2026" in Polish."""
        if not month or len(month) < 7:
            return month or "–"
        try:
            year, number = int(month[:4]), int(month[5:7])
        except ValueError:
            return month
        if not 1 <= number <= 12:
            return month
        return f"{self.text.months[number - 1]} {year}"

    def level(self, level: int | None) -> str:
        return "–" if level is None else self.words.level.format(level=level)

    def levels(self, before: int | None, after: int | None) -> str:
        return f"{self.level(before)} → {self.level(after)}"

    def change(self, value: float | None) -> str:
        """A signed change; one that rounds to zero reads 0.0, never −0.0 or +0.0."""
        if value is not None and abs(value) < 0.05:
            return self.text.number(0.0)
        return self.text.number(value, signed=True)

    def percent(self, share: float | None) -> str:
        if share is None:
            return "–"
        text = f"{share * 100:.0f}%"
        return text.replace("-", "−")

    def amount(self, value: float | None, unit: str = "") -> str:
        figure = self.text.roadmap.amount(value)
        return f"{figure} {unit}".strip() if value is not None and unit else figure

    def para(self, value: str, style_name: str = "body") -> Paragraph:
        """Plain text (already worded) as an escaped paragraph."""
        return Paragraph(escape(value), getattr(self.styles, style_name))
