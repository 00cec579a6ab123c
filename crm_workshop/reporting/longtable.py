"""A long table laid out one page at a time, in time linear in its rows.

reportlab splits a ``Table`` by building a new table from all the remaining rows at
every page break (cell styles included), which grows with the square of the length:
a 200-stakeholder appendix (5,600 rows, 140 pages) spent most of its time there.
``PagedRows`` builds each page's table only from the rows that can fit on it, with
the header row repeated, and passes the rest on as a cheap slice.

A row is kept whole on one page, unless it is taller than a page (a comment of many
thousand characters): on a fresh page it is then split between its lines.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, LongTable, TableStyle


class PagedRows(Flowable):
    """``header`` plus ``rows``; splits across frames, the header on every page."""

    def __init__(
        self,
        header: Sequence[object],
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        style: TableStyle,
        min_row_height: float,
        start: int = 0,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.widths = list(widths)
        self.style = style
        self.min_row_height = min_row_height
        self.start = start
        self._table: LongTable | None = None

    def _page_table(self, avail_height: float) -> tuple[LongTable, bool]:
        """A table of the rows that could fit in ``avail_height``; True if it has them all."""
        room = int(avail_height / self.min_row_height) + 2
        end = min(len(self.rows), self.start + room)
        table = LongTable(
            [self.header, *self.rows[self.start : end]],
            colWidths=self.widths,
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(self.style)
        return table, end == len(self.rows)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        table, complete = self._page_table(avail_height)
        width, height = table.wrap(avail_width, avail_height)
        if complete and height <= avail_height:
            self._table = table
            return width, height
        self._table = None
        return avail_width, avail_height + 1  # more than there is: the frame splits us

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        table, _ = self._page_table(avail_height)
        table.wrap(avail_width, avail_height)
        parts = table.split(avail_width, avail_height)
        # rows of this page, less the header
        shown = len(parts[0]._cellvalues) - 1 if parts else 0
        if shown <= 0:
            if not getattr(self, "_postponed", False):
                return []  # not even one row fits: the frame moves on to the next page
            # reportlab marks a flowable it has moved to a fresh frame "postponed":
            # the row is taller than a whole page, so it is split between its lines
            return self._split_first_row(avail_width, avail_height)
        return [parts[0], *self._rest(shown)]

    def _rest(self, done: int) -> list[Flowable]:
        """The rows after the first ``done`` of this one, if any."""
        if self.start + done >= len(self.rows):
            return []
        return [
            PagedRows(
                self.header,
                self.rows,
                self.widths,
                self.style,
                self.min_row_height,
                self.start + done,
            )
        ]

    def _split_first_row(
        self, avail_width: float, avail_height: float
    ) -> list[Flowable]:
        table = LongTable(
            [self.header, self.rows[self.start]],
            colWidths=self.widths,
            repeatRows=1,
            splitInRow=1,
            hAlign="LEFT",
        )
        table.setStyle(self.style)
        table.wrap(avail_width, avail_height)
        parts = table.split(avail_width, avail_height)
        if not parts:
            return []
        return [*parts, *self._rest(1)]

    def draw(self) -> None:
        if self._table is not None:
            self._table.drawOn(self.canv, 0, 0)
