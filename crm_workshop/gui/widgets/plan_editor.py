"""The consultant's say over the derived plan: level months by hand and target dates.

A tree of areas and their questions (model order, hidden questions left out, filtered by
area) shows where each stands now, its target, the planned steps and the target date.
The form beside it edits the selected row: the target date of an area or a question,
and for a question every level above its start: the month initiatives derive (and
which), the month planned, and the consultant's own month, "not planned", or nothing
(back to the derived month). Each change is one undoable command; a month that is not
``YYYY-MM`` is refused inline and nothing is written. The state shown, the tree's
texts and the level rows of the form are in plan_form.py.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
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

from crm_workshop.domain.roadmap import BadMonth, LevelOverride, Month
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.plan_form import (
    PlanState,
    area_texts,
    level_grid,
    level_text,
    question_texts,
    restore_override,
    steps_text,
)
from crm_workshop.gui.widgets.setup_common import buddy, plain, tab_chain

SCOPE_ROLE = Qt.ItemDataRole.UserRole


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
        self.levels_box, self.rows = level_grid(self)
        self.message = plain(name="plan_message")
        set_tone(self.message, "error", bold=True)
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
        splitter.setObjectName("plan_splitter")
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
                item = QTreeWidgetItem(self.tree, area_texts(state, area.id))
                item.setData(0, SCOPE_ROLE, area.id)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                item.setToolTip(0, area.title.get(language))
                for question in area.questions:
                    qplan = state.plan.questions.get(question.id)
                    if qplan is None:
                        continue  # hidden in this workshop
                    child = QTreeWidgetItem(item, question_texts(state, qplan))
                    child.setData(0, SCOPE_ROLE, question.id)
                    child.setToolTip(0, f"{question.id} {question.title.get(language)}")
                    child.setToolTip(3, steps_text(qplan))
            self.tree.expandAll()
        self._filter()
        self.select(selected or (model.areas[0].id if model.areas else ""))
        if selected:
            self.tree.verticalScrollBar().setValue(scrolled)  # as it was: no jump

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
            row.show(state, scope, self.editable)

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
                restore_override(roadmap, scope, level),
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
                restore_override(roadmap, scope, level),
            )
        )
