"""The prioritisation matrix, painted large enough for a projector.

Urgency runs across, feasibility up, each 1..5; the urgent and feasible corner (4-5 on
both) is shaded. Every initiative with both scores is a numbered circle in its cell
(numbers as in the initiatives table); several in one cell are spread over it. Strategic
ones are filled in the workshop's accent colour, the others drawn as rings; dropped ones
are grey. Clicking a circle, or Space on the one chosen with the arrow keys or Tab, puts
it on the strategic project list or takes it off, as one undoable command.

The computed layout (``circles``, ``grid_rect``) is kept so tests and the accessible
description read what is drawn without looking at pixels; priority_matrix_paint.py
places the circles in their cells and paints the layout.
"""

from __future__ import annotations

import math
from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from crm_workshop.domain.roadmap import Initiative
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.text import plain_tooltip
from crm_workshop.gui.widgets.priority_matrix_paint import (
    Circle,
    cell_offsets,
    circle_radius,
    paint_matrix,
)

MAX_TIP = 300


def content_language(document: WorkshopDocument) -> str:
    """The language the model's texts are shown in: the user's, if the model has it."""
    languages = document.model.languages
    wanted = QLocale().name()[:2]
    return wanted if wanted in languages else languages[0]


class PriorityMatrix(QWidget):
    initiativeChosen = Signal(int)  # an initiative was clicked or reached by keyboard

    def __init__(
        self,
        document: WorkshopDocument,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("priority_matrix")
        self.document = document
        self.language = language or content_language(document)
        self.setAccessibleName(self.tr("Prioritisation matrix"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.numbered: list[tuple[int, Initiative]] = []
        self.circles: list[Circle] = []
        self.grid_rect = QRectF()
        self.legend_rect = QRectF()
        self.focused_id: int | None = None
        self.accent = QColor("#E07B39")
        self.primary = QColor("#1F4E79")
        document.setupChanged.connect(self._setup_changed)
        self.reload()

    # -- data --------------------------------------------------------------------------
    def _setup_changed(self, what: str) -> None:
        if what in ("roadmap", "engagement"):
            self.reload()

    def reload(self) -> None:
        if not self.document.is_open:
            return
        session = self.document.session
        engagement = session.engagement
        for attr, value in (
            ("accent", engagement.accent_color),
            ("primary", engagement.primary_color),
        ):
            if QColor(value).isValid():
                setattr(self, attr, QColor(value))
        self.numbered = list(enumerate(session.roadmap.initiatives(), start=1))
        if self.initiative(self.focused_id) is None:
            self.focused_id = None
        self.relayout()

    def initiative(self, initiative_id: int | None) -> Initiative | None:
        return next((i for _, i in self.numbered if i.id == initiative_id), None)

    def number_of(self, initiative_id: int) -> int:
        return next(n for n, i in self.numbered if i.id == initiative_id)

    @property
    def not_placed(self) -> list[tuple[int, Initiative]]:
        return [
            (n, i)
            for n, i in self.numbered
            if i.urgency is None or i.feasibility is None
        ]

    # -- layout ------------------------------------------------------------------------
    def scaled_font(self, scale: float = 1.0, bold: bool = False) -> QFont:
        font = QFont(self.font())
        size = max(11.0, min(22.0, min(self.width(), self.height() * 1.4) / 45))
        font.setPointSizeF(size * scale)
        font.setBold(bold)
        return font

    def sizeHint(self) -> QSize:
        return QSize(760, 460)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 260)

    def relayout(self) -> None:
        metrics = QFontMetricsF(self.scaled_font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(10, 10, -10, -10)
        left = line * 1.4 + metrics.horizontalAdvance("5") + 10
        bottom = line * 2.6 + (line * 1.2 if self.not_placed else 0)
        legend_width = min(max(area.width() * 0.34, 180.0), 520.0)
        side = min(area.width() - left - legend_width - 16, area.height() - bottom)
        side = max(side, 100.0)
        self.grid_rect = QRectF(area.left() + left, area.top(), side, side)
        self.legend_rect = QRectF(
            self.grid_rect.right() + 24,
            area.top(),
            max(area.right() - self.grid_rect.right() - 24, 0.0),
            area.height() - (line * 1.2 if self.not_placed else 0),
        )
        cell = side / 5
        cells: dict[tuple[int, int], list[tuple[int, Initiative]]] = {}
        for number, item in self.numbered:
            if item.urgency is not None and item.feasibility is not None:
                cells.setdefault((item.urgency, item.feasibility), []).append(
                    (number, item)
                )
        self.circles = []
        for (urgency, feasibility), members in cells.items():
            rect = self.cell_rect(urgency, feasibility)
            offsets = cell_offsets(len(members))
            radius = circle_radius(len(members), cell)
            for (number, item), (dx, dy) in zip(members, offsets, strict=True):
                center = rect.center() + QPointF(dx * cell, dy * cell)
                self.circles.append(Circle(item.id, number, center, radius))
        self.circles.sort(key=lambda c: c.number)
        self._describe()
        self.update()

    def cell_rect(self, urgency: int, feasibility: int) -> QRectF:
        cell = self.grid_rect.width() / 5
        return QRectF(
            self.grid_rect.left() + (urgency - 1) * cell,
            self.grid_rect.bottom() - feasibility * cell,
            cell,
            cell,
        )

    def circle_of(self, initiative_id: int) -> Circle | None:
        return next((c for c in self.circles if c.initiative_id == initiative_id), None)

    def circle_at(self, pos: QPointF) -> Circle | None:
        for circle in reversed(self.circles):
            delta = pos - circle.center
            if math.hypot(delta.x(), delta.y()) <= circle.radius + 2:
                return circle
        return None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    # -- painting ----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_matrix(self, painter)

    # -- interaction -------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            circle = self.circle_at(QPointF(event.pos()))
            if circle is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), self._tooltip(circle), self)
            return True
        return super().event(event)

    def _tooltip(self, circle: Circle) -> str:
        item = self.initiative(circle.initiative_id)
        assert item is not None
        title = item.title if len(item.title) <= MAX_TIP else item.title[:MAX_TIP] + "…"
        return plain_tooltip(f"{circle.number}. {title}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        circle = self.circle_at(event.position())
        if circle is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._focus(circle.initiative_id)
        self.toggle(circle.initiative_id)

    def _focus(self, initiative_id: int | None) -> None:
        if initiative_id is None or initiative_id == self.focused_id:
            self.update()
            return
        self.focused_id = initiative_id
        self._describe()
        self.update()
        self.initiativeChosen.emit(initiative_id)

    def _step(self, forward: bool) -> bool:
        """Move the keyboard's choice to the next (previous) circle; False at the end."""
        if not self.circles:
            return False
        ids = [c.initiative_id for c in self.circles]
        if self.focused_id not in ids:
            self._focus(ids[0] if forward else ids[-1])
            return True
        n = ids.index(self.focused_id) + (1 if forward else -1)
        if not 0 <= n < len(ids):
            return False
        self._focus(ids[n])
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self._step(True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self._step(False)
        elif key == Qt.Key.Key_Home and self.circles:
            self._focus(self.circles[0].initiative_id)
        elif key == Qt.Key.Key_End and self.circles:
            self._focus(self.circles[-1].initiative_id)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focused_id is not None:
                self.toggle(self.focused_id)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.hasFocus() and self.focused_id is not None and self._step(forward):
            return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.focused_id is None and self.circles:
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            self._focus(self.circles[-1 if backwards else 0].initiative_id)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def toggle(self, initiative_id: int) -> bool:
        """Put the initiative on the strategic list or take it off; True when stored."""
        item = self.initiative(initiative_id)
        if item is None or not self.document.is_open or self.document.read_only:
            return False
        changed = replace(item, strategic=not item.strategic)
        roadmap = self.document.session.roadmap
        text = (
            self.tr("Mark “{title}” strategic")
            if changed.strategic
            else self.tr("Unmark “{title}” as strategic")
        )
        title = item.title if len(item.title) <= 60 else item.title[:59] + "…"
        command = SetupCommand(
            self.document,
            text.format(title=title),
            "roadmap",
            lambda: roadmap.update_initiative(changed),
            roadmap.update_initiative,
        )
        self.document.undo_stack.push(command)
        return not command.failed

    def _describe(self) -> None:
        """What a screen reader says: the counts, and the initiative chosen."""
        strategic = sum(1 for _, i in self.numbered if i.strategic)
        parts = [
            self.tr("{count} initiatives, {strategic} strategic.").format(
                count=len(self.numbered), strategic=strategic
            )
        ]
        item = self.initiative(self.focused_id)
        if item is not None:
            parts.append(
                self.tr(
                    "Chosen: {number} {title}, urgency {urgency}, feasibility "
                    "{feasibility}, {state}. Space toggles strategic."
                ).format(
                    number=self.number_of(item.id),
                    title=item.title[:200],
                    urgency=item.urgency,
                    feasibility=item.feasibility,
                    state=self.tr("strategic")
                    if item.strategic
                    else self.tr("not strategic"),
                )
            )
        self.setAccessibleDescription(" ".join(parts))
