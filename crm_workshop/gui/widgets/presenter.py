"""Presenter mode: the current question full screen on the projector, answers on a key.

Stage 1 shows the question and its five level descriptors; stage 2 reveals the answer
distribution and the radar of area scores. Answers stay hidden until everyone present
has answered, so nobody anchors on the first (or the most senior) vote, and names stay
hidden unless the consultant asks for them. Client-safe by construction: this window
reads question texts, level names, answer levels and stakeholder names, never a
comment or a note. Fonts follow the window height so the back row can read them.
"""

from __future__ import annotations

import itertools
import math
import textwrap
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.assessment import Answer, Rating
from crm_workshop.domain.maturity import LEVELS
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.chart_canvas import RadarCanvas
from crm_workshop.gui.widgets.presenter_bars import AnswerBars
from crm_workshop.gui.widgets.presenter_palette import (
    ACCENT,
    BACKGROUND,
    GRID,
    MUTED,
    TARGET,
    TEXT,
)
from crm_workshop.services.chart_data import radar_data

MIN_BODY_PT = 28.0
FLOOR_PT = 16.0  # only when the question would otherwise be cut off (small screens)
LAST_RESORT_PT = 10.0  # below the floor only rather than cut a line off
GAP, TIGHT_GAP = 0.5, 0.25  # spacing, as a share of the body size
MAX_LEVEL = 5  # the radar's outer ring
QUESTION, ANSWERS = 0, 1
STYLE = (
    f"#presenter_window {{ background-color: {BACKGROUND}; }}"
    f"#presenter_window QLabel {{ color: {TEXT}; background: transparent; }}"
    f"#presenter_window QLabel[accent='true'] {{ color: {ACCENT}; }}"
    f"#presenter_window QLabel[muted='true'] {{ color: {MUTED}; }}"
)


def _label(name: str, *, wrap: bool = True, text: str = "") -> QLabel:
    """Model and user text as data, never HTML; not selectable, so keys reach the window."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def _set_text(label: QLabel, text: str) -> None:
    if (
        label.text() != text
    ):  # an unchanged label is left alone: no relayout, no flicker
        label.setText(text)


def _fit_steps(start: float) -> Iterator[tuple[float, float]]:
    """(body pt, gap factor) to try, largest type first; tighter spacing before smaller
    type at every size."""
    body = start
    while True:
        yield body, GAP
        yield body, TIGHT_GAP
        if body <= FLOOR_PT:
            break
        body = max(FLOOR_PT, body - 1)
    while body > LAST_RESORT_PT:
        body = max(LAST_RESORT_PT, body - 1)
        yield body, TIGHT_GAP


class PresenterWindow(QWidget):
    """The projector's view of the shown question; keyboard only, updated live."""

    closed = Signal()
    nextRequested = Signal()  # Enter, or PageDown once the answers are shown
    previousRequested = Signal()  # Shift+Enter, or PageUp on the question stage

    def __init__(
        self,
        document: WorkshopDocument,
        language: str,
        present_ids: Callable[[], list[int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.document = document
        self.language = language
        self._present_ids = present_ids
        self.question_id = ""
        self.stage = QUESTION
        self.forced = False
        self.names_shown = False
        self.radar: ProjectorRadar | None = None
        self._radar_labels: list[str] = []
        self._body_pt = 0.0
        self._gap_factor = GAP
        self._fonts: list[tuple[QWidget, float, bool]] = []
        self.setObjectName("presenter_window")
        self.setWindowTitle(self.tr("CRM Workshop – presenter"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(
            Qt.CursorShape.BlankCursor
        )  # keyboard only: no pointer on the wall

        self.area_label = self._add(_label("presenter_area_label"), 1.0, True, "accent")
        self.title_label = self._add(_label("presenter_title_label"), 1.45, True)
        self.prompt_label = self._add(_label("presenter_prompt_label"), 1.0)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_levels_page())
        self.stack.addWidget(self._build_answers_page())
        self.answered_label = self._add(_label("presenter_answered_label"), 1.0)
        self.answered_label.setProperty("muted", True)
        self._root = QVBoxLayout(self)
        for widget in (self.area_label, self.title_label, self.prompt_label):
            self._root.addWidget(widget)
        self._root.addWidget(self.stack, 1)
        self._root.addWidget(self.answered_label)

        document.ratingChanged.connect(self._document_changed)
        document.consensusChanged.connect(self._document_changed)
        self.show_question(next(document.model.questions()).id)

    def _build_levels_page(self) -> QWidget:
        page = QWidget()
        self._levels_grid = grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        self.level_numbers: list[QLabel] = []
        self.level_names: list[QLabel] = []
        self.level_texts: list[QLabel] = []
        scale = self.document.model.scale
        for n in LEVELS:
            name = scale.level(n).name.get(self.language)
            row = (
                self._add(
                    _label(f"level_{n}_number", wrap=False, text=str(n)),
                    1.0,
                    True,
                    "accent",
                ),
                self._add(
                    _label(f"level_{n}_name", wrap=False, text=name),
                    1.0,
                    True,
                    "accent",
                ),
                self._add(_label(f"level_{n}_descriptor"), 1.0),
            )
            for column, label in enumerate(row):
                grid.addWidget(label, n - 1, column, Qt.AlignmentFlag.AlignTop)
            self.level_numbers.append(row[0])
            self.level_names.append(row[1])
            self.level_texts.append(row[2])
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(5, 1)
        return page

    def _build_answers_page(self) -> QWidget:
        self.waiting_label = self._add(_label("presenter_waiting_label"), 1.6, True)
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bars = self._add(AnswerBars(), 1.0)
        self.names_labels = [self._add(_label(f"names_{n}"), 1.0) for n in (1, 2)]
        self.agreed_label = self._add(
            _label("presenter_agreed_label"), 1.0, True, "accent"
        )
        caption = self._add(_label("presenter_radar_caption"), 1.0, True)
        caption.setText(self.tr("Maturity per area"))
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # A widget, not a layout: a hidden widget gives its room to the names list.
        self.radar_box = QWidget()
        self._radar_column = QVBoxLayout(self.radar_box)
        self._radar_column.setContentsMargins(0, 0, 0, 0)
        self._radar_column.addWidget(caption)
        self._results_row = row = QHBoxLayout()
        row.addWidget(self.bars, 4)
        for label in self.names_labels:
            label.hide()
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 3)
        row.addWidget(self.radar_box, 6)
        results = QWidget()
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row, 1)
        column.addWidget(self.agreed_label)
        self.answers_stack = QStackedWidget()
        self.answers_stack.addWidget(self.waiting_label)
        self.answers_stack.addWidget(results)
        return self.answers_stack

    def _add(self, widget, factor: float, bold: bool = False, role: str = ""):
        """Register a widget whose font follows the window's body size."""
        self._fonts.append((widget, factor, bold))
        if role:
            widget.setProperty(role, True)
        return widget

    # -- public API --------------------------------------------------------------------
    def show_question(self, question_id: str) -> None:
        """Show ``question_id`` at stage 1; the question already shown keeps its stage."""
        if question_id == self.question_id:
            return
        model, language = self.document.model, self.language
        question = model.question(question_id)
        self.question_id = question_id
        _set_text(self.area_label, model.area(question.area_id).title.get(language))
        _set_text(self.title_label, f"{question.id}  {question.title.get(language)}")
        _set_text(self.prompt_label, question.prompt.get(language))
        for n, label in enumerate(self.level_texts, start=1):
            _set_text(label, question.descriptor(n, language))
        self.hide_answers()
        self._fit()

    def present_on(self, screen: QScreen | None = None) -> None:
        """Full screen on ``screen`` (the primary screen when None)."""
        screen = screen or QGuiApplication.primaryScreen()
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def reveal(self, force: bool = False) -> None:
        """Stage 2: the answers, or how many are still missing unless ``force``."""
        self.forced = self.forced or force
        self.stage = ANSWERS
        self.stack.setCurrentIndex(ANSWERS)
        self._refresh_answers()

    def hide_answers(self) -> None:
        """Back to stage 1; a later reveal waits for everyone again."""
        self.stage = QUESTION
        self.forced = False
        self.stack.setCurrentIndex(QUESTION)
        self._refresh_answers()

    def set_names_shown(self, shown: bool) -> None:
        self.names_shown = shown
        self._refresh_answers()

    @property
    def answers_visible(self) -> bool:
        return self.stage == ANSWERS and self.answers_stack.currentIndex() == 1

    # -- keyboard and window -----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        question = self.stage == QUESTION
        actions = {
            Qt.Key.Key_Space: self.reveal,
            Qt.Key.Key_Right: self.reveal,
            Qt.Key.Key_Left: self.hide_answers,
            Qt.Key.Key_Backspace: self.hide_answers,
            Qt.Key.Key_F: lambda: self.reveal(force=True),
            Qt.Key.Key_N: lambda: self.set_names_shown(not self.names_shown),
            Qt.Key.Key_Escape: self.close,
            Qt.Key.Key_Return: (
                self.previousRequested if shift else self.nextRequested
            ).emit,
            Qt.Key.Key_Enter: (
                self.previousRequested if shift else self.nextRequested
            ).emit,
            # A presentation clicker sends PageDown/PageUp: reveal, then move on.
            Qt.Key.Key_PageDown: self.reveal if question else self.nextRequested.emit,
            Qt.Key.Key_PageUp: self.previousRequested.emit
            if question
            else self.hide_answers,
        }
        action = actions.get(key)
        if action is None:
            super().keyPressEvent(event)
        else:
            action()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- fonts -------------------------------------------------------------------------
    def _fit(self) -> None:
        """Body = max(28 pt, height/38); smaller only if the question would be cut off.

        Every line of the question stage must show: at each size the spacing tightens
        before the type shrinks a point, down to FLOOR_PT; a window too small even for
        that (a fraction of any real screen) goes on shrinking to LAST_RESORT_PT rather
        than cut a descriptor's last line.
        """
        start = max(MIN_BODY_PT, self.height() / 38)
        for body, gap in _fit_steps(start):
            self._apply_fonts(body, gap)
            if self._needed_height() <= self.height():
                break
        self._refresh_radar()

    def _apply_fonts(self, body: float, gap_factor: float = GAP) -> None:
        if (body, gap_factor) == (self._body_pt, self._gap_factor):
            return
        if body != self._body_pt:
            for widget, factor, bold in self._fonts:
                font = QFont(widget.font())
                font.setPointSizeF(body * factor)
                font.setBold(bold)
                widget.setFont(font)
        self._body_pt, self._gap_factor = body, gap_factor
        gap = round(body * gap_factor)
        self._root.setContentsMargins(gap * 3, gap * 2, gap * 3, gap * 2)
        self._root.setSpacing(gap)
        self._levels_grid.setHorizontalSpacing(gap * 2)
        self._levels_grid.setVerticalSpacing(gap)
        self._results_row.setSpacing(gap * 3)

    def _needed_height(self) -> int:
        """Height of the question stage at the current fonts and window width.

        Worked out row by row as the grid lays it out: the number and name columns take
        their natural width, the descriptor the rest, each row its tallest label.
        """
        margins = self._root.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        labels = (self.area_label, self.title_label, self.prompt_label)
        header = sum(label.heightForWidth(width) for label in labels)
        grid = self._levels_grid
        numbers, names = self.level_numbers, self.level_names
        text_width = (
            width
            - max(label.sizeHint().width() for label in numbers)
            - max(label.sizeHint().width() for label in names)
            - grid.horizontalSpacing() * 2
        )
        rows = sum(
            max(
                number.sizeHint().height(),
                name.sizeHint().height(),
                text.heightForWidth(text_width),
            )
            for number, name, text in zip(numbers, names, self.level_texts, strict=True)
        )
        page = rows + grid.verticalSpacing() * (len(self.level_texts) - 1)
        footer = self.answered_label.heightForWidth(width)
        frame = self._root.spacing() * 4 + margins.top() + margins.bottom()
        return header + page + footer + frame

    # -- live data ---------------------------------------------------------------------
    def _document_changed(self, question_id: str) -> None:
        if question_id == self.question_id:
            self._refresh_answers()
        else:  # another question moves the area scores only
            self._refresh_radar()

    def _refresh_answers(self) -> None:
        if not self.document.is_open:
            return
        ratings = self.document.ratings_for(self.question_id)
        present = list(self._present_ids())
        missing = sum(1 for person in present if person not in ratings)
        _set_text(
            self.answered_label,
            self.tr("%d of %d present have answered")
            % (len(present) - missing, len(present)),
        )
        if self.stage == QUESTION:
            return
        if missing and not self.forced:
            waiting = (
                self.tr("Waiting for one more answer")
                if missing == 1
                else self.tr("Waiting for %n more answers", "", missing)
            )
            _set_text(self.waiting_label, waiting)
            self.answers_stack.setCurrentIndex(0)
            return
        values = list(ratings.values())
        levels = [r.current for r in values if r.answer is Answer.LEVEL]
        targets = [r.target for r in values if r.target]
        self.bars.set_counts(
            [levels.count(n) for n in LEVELS],
            [targets.count(n) for n in LEVELS],
            sum(r.answer is Answer.NOT_APPLICABLE for r in values),
            sum(r.answer is Answer.DONT_KNOW for r in values),
        )
        self._show_names(values if self.names_shown else [])
        # The names take the radar's place: side by side, the radar's labels would
        # shrink below what the back row can read.
        self.radar_box.setVisible(not self.names_shown)
        self._show_agreed()
        self.answers_stack.setCurrentIndex(1)
        self._refresh_radar()

    def _show_agreed(self) -> None:
        """The agreed levels only: the consensus note is internal and never shown."""
        agreed = self.document.consensus_for(self.question_id)
        parts = []
        if agreed is not None and agreed.current:
            parts.append(self.tr("current %d") % agreed.current)
        if agreed is not None and agreed.target:
            parts.append(self.tr("target %d") % agreed.target)
        _set_text(self.agreed_label, self.tr("Agreed: %s") % " · ".join(parts))
        self.agreed_label.setVisible(bool(parts))

    def _show_names(self, ratings: list[Rating]) -> None:
        """'Name — level' lines, lowest level first; a second column if they overflow."""
        names = (
            {p.id: p.name for p in self.document.session.stakeholders()}
            if ratings
            else {}
        )
        order = {Answer.LEVEL: 0, Answer.NOT_APPLICABLE: 1, Answer.DONT_KNOW: 2}
        ratings = sorted(
            ratings,
            key=lambda r: (
                order[r.answer],
                r.current or 0,
                names.get(r.stakeholder_id, ""),
            ),
        )
        lines = [
            self.tr("%s — %s") % (names.get(r.stakeholder_id, "?"), self._answer(r))
            for r in ratings
        ]
        spacing = max(1, self.names_labels[0].fontMetrics().lineSpacing())
        rows = max(5, self.stack.height() // spacing)
        for label, part in zip(
            self.names_labels, (lines[:rows], lines[rows:]), strict=True
        ):
            _set_text(label, "\n".join(part))
            label.setVisible(bool(part))

    def _answer(self, rating: Rating) -> str:
        if rating.answer is Answer.NOT_APPLICABLE:
            return self.tr("N/A")
        if rating.answer is Answer.DONT_KNOW:
            return self.tr("don't know")
        return str(rating.current)

    def _refresh_radar(self) -> None:
        """Area scores, current vs target; built at the first reveal (loads matplotlib)."""
        if not self.answers_visible or self.names_shown:
            return
        assessment = self.document.assessment()
        if assessment is None:
            return
        from crm_workshop.charts import radar

        if self.radar is None:
            self.radar = ProjectorRadar(themed=False)  # its own dark-room colours
            self.radar.setAccessibleName(self.tr("Radar: current and target per area"))
            self._radar_column.addWidget(self.radar, 1)
            self.radar.show()  # now, not at the next event loop pass
        data = radar_data(self.document.model, assessment, self.language)
        series = [
            radar.Series(self.tr("Current"), data.current, radar.CURRENT, ACCENT),
            radar.Series(self.tr("Target"), data.target, radar.TARGET, TARGET),
        ]
        font_size = round(self._body_pt * 0.8, 1)
        if (
            self.radar.matches(data.labels, series)
            and self.radar.font_size == font_size
        ):
            self.radar.update_values([data.current, data.target])  # blit: no flicker
            return
        self.radar.font_size = font_size
        self._radar_labels = list(data.labels)
        self.radar.show_series(data.labels, series)
        self.radar.canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._style_radar()

    def _style_radar(self) -> None:
        """The shared radar builder draws for paper; recolour it for a dark room and
        lay its labels out for the room's size (``_radar_layout``)."""
        figure, artists = self.radar.figure, self.radar.artists
        axes = artists.axes
        figure.set_facecolor(BACKGROUND)
        axes.set_facecolor(BACKGROUND)
        for tick in axes.get_xticklabels():
            tick.set_color(TEXT)
        for tick in axes.get_yticklabels():
            tick.set_color(MUTED)
            # drawn again over the data (ProjectorRadar): readable on the polygon
            tick.set_bbox(
                {
                    "boxstyle": "round,pad=0.15",
                    "facecolor": BACKGROUND,
                    "edgecolor": "none",
                    "alpha": 0.8,
                }
            )
        axes.grid(color=GRID, linewidth=1.0)
        # the labels start beside the rim and run outwards (_radar_layout)
        # (matplotlib adds 7 points of its own to a polar label's pad)
        axes.tick_params(axis="x", pad=self.radar.font_size * 0.35 - 7)
        axes.spines["polar"].set_color(MUTED)
        for legend in list(figure.legends):  # the bars' legend beside it explains both
            legend.remove()
        if artists.fills and artists.fills[0] is not None:
            artists.fills[0].set_facecolor((1.0, 0.82, 0.25, 0.25))
        figure.set_layout_engine(_radar_layout(self._radar_labels, artists.angles))


class ProjectorRadar(RadarCanvas):
    """The radar canvas whose 1-5 scale is drawn over the data, not hidden under it."""

    def _draw_data(self) -> None:
        super()._draw_data()
        axes = self.artists.axes
        for label in axes.get_yticklabels():
            axes.draw_artist(label)


# Line widths (characters) tried for the area labels beside the circle and for those
# above and below it; the pair that leaves the circle largest wins.
RADAR_WRAPS = tuple(
    (side, end) for side in (10, 13, 16, 20) for end in (12, 16, 22, 30)
)


def _balanced(text: str, width: int) -> str:
    """``text`` broken at spaces into as few lines as wrapping at ``width`` characters
    gives, the longest line as short as can be and no line a lone short word such as
    "&" or "i" (one line fewer rather than that)."""
    words = text.split()
    lines = min(len(words), len(textwrap.wrap(text, width, break_long_words=False)))
    for count in range(lines, 1, -1):
        best: tuple[tuple[int, int], list[str]] | None = None
        for cuts in itertools.combinations(range(1, len(words)), count - 1):
            bounds = [0, *cuts, len(words)]
            parts = [" ".join(words[a:b]) for a, b in itertools.pairwise(bounds)]
            if min(map(len, parts)) <= 2:
                continue
            key = (max(map(len, parts)), sum(len(part) ** 2 for part in parts))
            if best is None or key < best[0]:
                best = (key, parts)
        if best is not None:
            return "\n".join(best[1])
    return " ".join(words) or text


def _radar_layout(labels: list[str], angles: list[float]):
    """A RadarLayout (charts/radar.py) that first places the area labels: each starts
    beside the rim and runs outwards (left of the circle: right-aligned, below it: hung
    from the top), so none crosses a ring or its neighbour, wrapped to the width that
    leaves the circle the most room in the canvas's shape."""
    from crm_workshop.charts.radar import RadarLayout

    class ProjectorRadarLayout(RadarLayout):
        def __init__(self) -> None:
            super().__init__()
            self._best: dict[tuple[int, int], tuple[int, int]] = {}

        def execute(self, fig) -> None:
            if not fig.axes:
                return
            axes = fig.axes[0]
            size = (round(fig.bbox.width), round(fig.bbox.height))
            tried = [self._best[size]] if size in self._best else RADAR_WRAPS
            best: tuple[float, tuple[int, int]] | None = None
            for wraps in tried:
                self._place(axes, wraps)
                super().execute(fig)
                score = self._score(fig, axes)
                if best is None or score > best[0]:
                    best = (score, wraps)
            self._best[size] = best[1]
            if len(tried) > 1:
                self._place(axes, best[1])
                super().execute(fig)
            self._thin_scale(fig, axes)

        @staticmethod
        def _thin_scale(fig, axes) -> None:
            """Every level's number where the rings are far enough apart, else 1-3-5
            or 1 and 5: numbers on top of each other read as none."""
            renderer = fig._get_renderer()
            axes.apply_aspect()
            ring = axes.get_window_extent(renderer).width / 2 / MAX_LEVEL
            labels = axes.get_yticklabels()
            tall = max(
                (t.get_window_extent(renderer).height for t in labels), default=0
            )
            step = next((k for k in (1, 2) if ring * k >= tall * 1.1), 4)
            for level, label in enumerate(labels, start=1):
                label.set_visible((level - 1) % step == 0)

        def _score(self, fig, axes) -> float:
            """The circle's diameter in pixels; negative if a label overflows."""
            renderer = fig._get_renderer()
            axes.apply_aspect()
            box = axes.get_window_extent(renderer)
            tight = axes.get_tightbbox(renderer)
            overflow = max(
                0.0,
                fig.bbox.x0 - tight.x0,
                fig.bbox.y0 - tight.y0,
                tight.x1 - fig.bbox.x1,
                tight.y1 - fig.bbox.y1,
            )
            return -overflow if overflow > 0.5 else min(box.width, box.height)

        @staticmethod
        def _place(axes, wraps: tuple[int, int]) -> None:
            texts, aligns = [], []
            for label, angle in zip(labels, angles, strict=True):
                # clockwise from the top: x to the right, y up
                x, y = math.sin(angle), math.cos(angle)
                texts.append(_balanced(label, wraps[1] if abs(y) > 0.7 else wraps[0]))
                ha = "center" if abs(x) < 0.15 else "left" if x > 0 else "right"
                va = "bottom" if y > 0.7 else "top" if y < -0.7 else "center"
                aligns.append((ha, va))
            axes.set_xticklabels(texts)
            for tick, (ha, va) in zip(axes.get_xticklabels(), aligns, strict=True):
                tick.set_horizontalalignment(ha)
                tick.set_verticalalignment(va)

    return ProjectorRadarLayout()
