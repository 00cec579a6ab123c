"""The consultant's say over the derived plan: level months by hand and target dates.

A tree of areas and their questions (model order, hidden questions left out, filtered by
area) shows where each stands now, its target, the planned steps and the target date.
The form beside it edits the selected row: the target date of an area or a question,
and for a question every level above its start: the month initiatives derive (and
which), the month planned, and the consultant's own month, "not planned", or nothing
(back to the derived month). Each change is one undoable command; a month that is not
``YYYY-MM`` is refused inline and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.planning import QuestionPlan, RoadmapPlan
from crm_workshop.domain.roadmap import BadMonth, LevelOverride, Month
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.setup_common import buddy, plain, tab_chain

SCOPE_ROLE = Qt.ItemDataRole.UserRole
LEVELS = (2, 3, 4, 5)


@dataclass(frozen=True)
class PlanState:
    """What the editor shows, read once per reload."""

    model: MaturityModel
    language: str
    plan: RoadmapPlan
    derived: RoadmapPlan | None  # the same plan without the consultant's months
    overrides: Mapping[tuple[str, int], LevelOverride]
    target_dates: Mapping[str, str]
    titles: Mapping[int, str]  # initiative id -> title
    area_targets: Mapping[str, float | None] = field(default_factory=dict)


def level_text(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:.{decimals}f}"


class _LevelRow:
    """The widgets of one level in the form."""

    def __init__(self, editor: PlanEditor, level: int, grid: QGridLayout) -> None:
        tr = editor.tr
        self.level = level
        self.label = plain(tr("Level {level}").format(level=level), wrap=False)
        self.derived = plain(wrap=False)
        self.derived.setObjectName(f"derived_label_{level}")
        self.source = plain()
        self.source.setObjectName(f"source_label_{level}")
        self.planned = plain(wrap=False)
        self.planned.setObjectName(f"planned_label_{level}")
        self.edit = QLineEdit()
        self.edit.setObjectName(f"override_edit_{level}")
        self.edit.setAccessibleName(
            tr("Month level {level} is reached").format(level=level)
        )
        self.edit.setPlaceholderText(tr("derived"))
        self.edit.setToolTip(
            tr(
                "Write a month as YYYY-MM, or “not planned”; leave empty to use the "
                "month the initiatives derive. Press Enter to save."
            )
        )
        self.edit.setMaximumWidth(
            editor.fontMetrics().horizontalAdvance("not planned__") * 2
        )
        self.edit.returnPressed.connect(lambda: editor.commit_level(level))
        self.not_planned = QPushButton(tr("Not planned"))
        self.not_planned.setAccessibleName(
            tr("Level {level} not planned").format(level=level)
        )
        self.not_planned.clicked.connect(lambda: editor.set_override(level, None))
        self.clear = QPushButton(tr("Use derived"))
        self.clear.setAccessibleName(
            tr("Level {level}: use the derived month").format(level=level)
        )
        self.clear.setToolTip(tr("Forget the month set by hand"))
        self.clear.clicked.connect(lambda: editor.clear_override(level))
        self.label.setBuddy(self.edit)
        self.widgets = (
            self.label,
            self.derived,
            self.source,
            self.planned,
            self.edit,
            self.not_planned,
            self.clear,
        )
        for column, widget in enumerate(self.widgets):
            grid.addWidget(widget, level - 1, column)

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets:
            widget.setVisible(visible)


class PlanEditor(QWidget):
    COLUMNS = 5  # name, now, target, steps, target date

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.state: PlanState | None = None
        self.area_combo = QComboBox()
        self.area_combo.setObjectName("plan_area_combo")
        self.area_combo.setAccessibleName(self.tr("Show the plan of"))
        self.area_combo.currentIndexChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("plan_tree")
        self.tree.setAccessibleName(self.tr("Plan by area and question"))
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels(
            [
                self.tr("Area / question"),
                self.tr("Now"),
                self.tr("Target"),
                self.tr("Planned steps"),
                self.tr("Target date"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 5)
        for column in (1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(3, self.fontMetrics().averageCharWidth() * 30)
        self.tree.currentItemChanged.connect(lambda *_: self._show_form())

        # -- the form ------------------------------------------------------------------
        self.heading = plain(name="plan_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = plain(name="plan_summary")
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("target_date_edit")
        self.date_edit.setAccessibleName(self.tr("Target date"))
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM"))
        self.date_edit.setToolTip(
            self.tr(
                "The month this should reach its target, YYYY-MM. Press Enter to save."
            )
        )
        self.date_edit.returnPressed.connect(self.commit_target_date)
        self.date_button = QPushButton(self.tr("Set &date"))
        self.date_button.clicked.connect(self.commit_target_date)
        date_row = QHBoxLayout()
        date_row.addWidget(buddy(self.tr("Target &date:"), self.date_edit))
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.date_button)
        self.levels_box = QGroupBox(self.tr("When each level is reached"))
        grid = QGridLayout(self.levels_box)
        for column, text in enumerate(
            (
                self.tr("Level"),
                self.tr("Derived"),
                self.tr("From initiatives"),
                self.tr("Planned"),
                self.tr("Set by hand"),
            )
        ):
            grid.addWidget(plain(text, wrap=False), 0, column)
        grid.setColumnStretch(2, 1)
        self.rows = {level: _LevelRow(self, level, grid) for level in LEVELS}
        self.message = plain(name="plan_message")
        self.message.setStyleSheet("color: #b00000; font-weight: bold;")
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.hide()
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.heading)
        form_layout.addWidget(self.summary)
        form_layout.addLayout(date_row)
        form_layout.addWidget(self.levels_box)
        form_layout.addWidget(self.message)
        form_layout.addStretch(1)

        filter_row = QHBoxLayout()
        filter_row.addWidget(buddy(self.tr("&Area:"), self.area_combo))
        filter_row.addWidget(self.area_combo, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        scroller = QScrollArea()
        scroller.setWidget(form)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        splitter.addWidget(left)
        splitter.addWidget(scroller)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        chain: list[QWidget] = [
            self.area_combo,
            self.tree,
            self.date_edit,
            self.date_button,
        ]
        for row in self.rows.values():
            chain += [row.edit, row.not_planned, row.clear]
        tab_chain(chain)
        self._show_form()

    # -- showing -----------------------------------------------------------------------
    @property
    def editable(self) -> bool:
        return self.document.is_open and not self.document.read_only

    def set_state(self, state: PlanState) -> None:
        """Show a freshly read plan; the area filter and the selected row are kept."""
        self.state = state
        selected = self.current_scope()
        scrolled = self.tree.verticalScrollBar().value()
        chosen = self.area_combo.currentData()
        model, language = state.model, state.language
        with QSignalBlocker(self.area_combo):
            self.area_combo.clear()
            self.area_combo.addItem(self.tr("All areas"), "")
            for area in model.areas:
                self.area_combo.addItem(area.title.get(language), area.id)
            found = self.area_combo.findData(chosen) if chosen else 0
            self.area_combo.setCurrentIndex(max(0, found))
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for area in model.areas:
                item = QTreeWidgetItem(self.tree, self._area_texts(area.id))
                item.setData(0, SCOPE_ROLE, area.id)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setToolTip(0, area.title.get(language))
                for question in area.questions:
                    qplan = state.plan.questions.get(question.id)
                    if qplan is None:
                        continue  # hidden in this workshop
                    child = QTreeWidgetItem(item, self._question_texts(qplan))
                    child.setData(0, SCOPE_ROLE, question.id)
                    child.setToolTip(0, f"{question.id} {question.title.get(language)}")
                    child.setToolTip(3, self._steps_text(qplan))
            self.tree.expandAll()
        self._filter()
        self.select(selected or (model.areas[0].id if model.areas else ""))
        if selected:
            self.tree.verticalScrollBar().setValue(scrolled)  # as it was: no jump

    def _area_texts(self, area_id: str) -> list[str]:
        state = self.state
        assert state is not None
        area = state.model.area(area_id)
        plan = state.plan.area(area_id)
        steps = " → ".join(
            self.tr("L{level} {month}").format(level=s.level, month=s.month)
            for s in plan.steps
        )
        return [
            area.title.get(state.language),
            level_text(plan.start, 1),
            level_text(state.area_targets.get(area_id), 1),
            steps,
            state.target_dates.get(area_id, ""),
        ]

    def _question_texts(self, qplan: QuestionPlan) -> list[str]:
        state = self.state
        assert state is not None
        question = state.model.question(qplan.question_id)
        return [
            f"{question.id} {question.title.get(state.language)}",
            level_text(qplan.start),
            level_text(qplan.target),
            self._steps_text(qplan),
            state.target_dates.get(qplan.question_id, ""),
        ]

    def _steps_text(self, qplan: QuestionPlan) -> str:
        return " → ".join(
            self.tr("L{level} {month}").format(level=s.level, month=s.month)
            + ("*" if s.overridden else "")
            for s in qplan.steps
        )

    def _filter(self) -> None:
        chosen = self.area_combo.currentData()
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            item.setHidden(bool(chosen) and item.data(0, SCOPE_ROLE) != chosen)
        current = self.tree.currentItem()
        if current is None:
            return
        parent = current.parent()
        if current.isHidden() or (parent is not None and parent.isHidden()):
            self.select(chosen)

    def current_scope(self) -> str:
        item = self.tree.currentItem()
        return "" if item is None else str(item.data(0, SCOPE_ROLE))

    def select(self, scope: str) -> None:
        for item in self._items():
            if item.data(0, SCOPE_ROLE) == scope:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return
        self._show_form()

    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            items.append(top)
            items += [top.child(n) for n in range(top.childCount())]
        return items

    def _is_question(self, scope: str) -> bool:
        return self.state is not None and scope in self.state.plan.questions

    def _show_form(self) -> None:
        state = self.state
        scope = self.current_scope()
        editable = self.editable and bool(scope)
        self.date_edit.setEnabled(editable)
        self.date_button.setEnabled(editable)
        if state is None or not scope:
            self.heading.setText(self.tr("Choose an area or a question"))
            self.summary.setText("")
            self.levels_box.hide()
            return
        with QSignalBlocker(self.date_edit):
            self.date_edit.setText(state.target_dates.get(scope, ""))
        if not self._is_question(scope):
            area = state.model.area(scope)
            self.heading.setText(area.title.get(state.language))
            self.summary.setText(
                self.tr(
                    "The target date of the area applies to its questions that have no "
                    "date of their own."
                )
            )
            self.levels_box.hide()
            return
        question = state.model.question(scope)
        qplan = state.plan.questions[scope]
        self.heading.setText(f"{question.id} {question.title.get(state.language)}")
        self.summary.setText(
            self.tr("Now level {start}, target {target}.").format(
                start=level_text(qplan.start), target=level_text(qplan.target)
            )
        )
        self.levels_box.show()
        first = (qplan.start or 1) + 1
        for level, row in self.rows.items():
            row.set_visible(level >= first)
            if level < first:
                continue
            self._show_level(row, scope, level)

    def _show_level(self, row: _LevelRow, scope: str, level: int) -> None:
        state = self.state
        assert state is not None
        derived = None
        if state.derived is not None and scope in state.derived.questions:
            derived = next(
                (s for s in state.derived.questions[scope].steps if s.level == level),
                None,
            )
        if derived is None:
            row.derived.setText("–")
            row.source.setText(self.tr("no initiative brings it"))
        else:
            row.derived.setText(str(derived.month))
            row.source.setText(
                ", ".join(state.titles.get(i, f"#{i}") for i in derived.initiative_ids)
            )
        planned = next(
            (s for s in state.plan.questions[scope].steps if s.level == level), None
        )
        row.planned.setText(str(planned.month) if planned else self.tr("not planned"))
        override = state.overrides.get((scope, level))
        with QSignalBlocker(row.edit):
            if override is None:
                row.edit.setText("")
            elif override.reached_on is None:
                row.edit.setText(self.tr("not planned"))
            else:
                row.edit.setText(override.reached_on)
        for widget in (row.edit, row.not_planned):
            widget.setEnabled(self.editable)
        row.clear.setEnabled(self.editable and override is not None)

    # -- messages ----------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _bad_month(self, text: str) -> None:
        self.show_problem(
            self.tr(
                "“{text}” is not a month. Write it as YYYY-MM, for example 2027-06. "
                "Nothing was saved."
            ).format(text=text)
        )

    def _push(self, command: SetupCommand) -> bool:
        self.show_problem("")
        if not self.document.is_open:
            return False
        self.document.undo_stack.push(command)
        return not command.failed

    def _month(self, text: str) -> Month | None:
        """The month typed, or None after showing why it is not one."""
        try:
            return Month.parse(text)
        except BadMonth:
            self._bad_month(text)
            return None

    # -- edits -------------------------------------------------------------------------
    def _scope_name(self, scope: str) -> str:
        state = self.state
        if state is None:
            return scope
        if self._is_question(scope):
            return scope
        return state.model.area(scope).title.get(state.language)

    def commit_target_date(self) -> None:
        scope = self.current_scope()
        if not scope or self.state is None or not self.editable:
            return
        text = self.date_edit.text().strip()
        stored = self.state.target_dates.get(scope)
        if not text:
            if stored is None:
                self.show_problem("")
                return
            value: str | None = None
            label = self.tr("Clear the target date of {scope}").format(
                scope=self._scope_name(scope)
            )
        else:
            month = self._month(text)
            if month is None:
                return
            value = str(month)
            if value == stored:
                self.show_problem("")
                return
            label = self.tr("Set the target date of {scope} to {month}").format(
                scope=self._scope_name(scope), month=value
            )
        roadmap = self.document.session.roadmap
        self._push(
            SetupCommand(
                self.document,
                label,
                "roadmap",
                lambda: roadmap.set_target_date(scope, value),
                lambda previous: roadmap.set_target_date(scope, previous),
            )
        )

    def commit_level(self, level: int) -> None:
        """Enter in a level's edit: a month, "not planned" or empty (derived)."""
        text = self.rows[level].edit.text().strip()
        if not text:
            self.clear_override(level)
        elif text.casefold() in {self.tr("not planned").casefold(), "not planned"}:
            self.set_override(level, None)
        else:
            month = self._month(text)
            if month is not None:
                self.set_override(level, month)

    def set_override(self, level: int, month: Month | None) -> None:
        scope = self.current_scope()
        if self.state is None or not self._is_question(scope) or not self.editable:
            return
        new = LevelOverride(scope, level, None if month is None else str(month))
        if self.state.overrides.get((scope, level)) == new:
            self.show_problem("")
            return
        if month is None:
            label = self.tr("Level {level} of {question} not planned")
        else:
            label = self.tr("Level {level} of {question} in {month}")
        roadmap = self.document.session.roadmap
        self._push(
            SetupCommand(
                self.document,
                label.format(level=level, question=scope, month=month),
                "roadmap",
                lambda: roadmap.set_level_override(new),
                self._restore(scope, level),
            )
        )

    def clear_override(self, level: int) -> None:
        scope = self.current_scope()
        if self.state is None or not self._is_question(scope) or not self.editable:
            return
        if (scope, level) not in self.state.overrides:
            self.show_problem("")
            return
        roadmap = self.document.session.roadmap
        self._push(
            SetupCommand(
                self.document,
                self.tr("Level {level} of {question} as derived").format(
                    level=level, question=scope
                ),
                "roadmap",
                lambda: roadmap.clear_level_override(scope, level),
                self._restore(scope, level),
            )
        )

    def _restore(self, scope: str, level: int) -> Callable[[object], object]:
        roadmap = self.document.session.roadmap

        def restore(previous: object) -> object:
            if isinstance(previous, LevelOverride):
                return roadmap.set_level_override(previous)
            return roadmap.clear_level_override(scope, level)

        return restore
