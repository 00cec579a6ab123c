"""The risk register of the risks page: a table sorted by severity and the form.

Mixed into ``RoadmapRisksPage``: it builds the register's box, keeps the selected
risk shown in the form, and turns an edit, an addition (a new risk or one from a
confirmed hint) or a removal into one undoable step through the page's ``push``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.roadmap import Risk
from crm_workshop.gui.commands import SetupCommand
from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.risk_model import SORT_ROLE, HintRow, RiskTableModel
from crm_workshop.gui.widgets.roadmap_focus import AddCommand, FocusAreasBox, item_table
from crm_workshop.gui.widgets.roadmap_risk_form import RiskForm
from crm_workshop.gui.widgets.setup_common import MAX_TEXT, plain, short, too_long


class RiskRegister:
    """The register part of ``RoadmapRisksPage`` (a QWidget: ``tr`` and the page)."""

    document: WorkshopDocument
    editable: bool
    focus: FocusAreasBox
    statusMessage: Any
    tr: Callable[..., str]
    _people: dict[int, Any]
    _owner_name: Callable[[int | None], str]
    push: Callable[[SetupCommand, str], bool]
    refuse: Callable[[str], None]
    flush: Callable[[], None]

    # -- building ----------------------------------------------------------------------
    def _build_risks(self) -> QGroupBox:
        self.risk_model = RiskTableModel(self)
        self.risk_model.owner_name = self._owner_name
        self.risk_proxy = QSortFilterProxyModel(self)
        self.risk_proxy.setSourceModel(self.risk_model)
        self.risk_proxy.setSortRole(SORT_ROLE)
        self.risk_table = item_table("risk_table", self.tr("Risk register"))
        self.risk_table.setModel(self.risk_proxy)
        self.risk_table.setSortingEnabled(True)
        self.risk_table.sortByColumn(
            RiskTableModel.SEVERITY, Qt.SortOrder.DescendingOrder
        )
        header = self.risk_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = (300, 170, 80, 60, 100, 200, 130)
        for column, width in enumerate(widths):
            self.risk_table.setColumnWidth(column, width)
        # "16 · critical" in bold, in any language and type size: never cut
        header.setSectionResizeMode(
            RiskTableModel.SEVERITY, QHeaderView.ResizeMode.ResizeToContents
        )
        self.risk_table.selectionModel().currentRowChanged.connect(self._risk_switched)
        self.risk_table.doubleClicked.connect(
            lambda _i: self.description_edit.setFocus()
        )
        self.add_risk_button = QPushButton(self.tr("&New risk"))
        self.add_risk_button.setObjectName("add_risk_button")
        self.add_risk_button.clicked.connect(self.add_risk)
        self.remove_risk_button = QPushButton(self.tr("&Remove risk"))
        self.remove_risk_button.setObjectName("remove_risk_button")
        self.remove_risk_button.clicked.connect(self.remove_risk)
        self.risk_focus_button = QPushButton(self.tr("Mark scope as foc&us area"))
        self.risk_focus_button.setObjectName("risk_to_focus_button")
        self.risk_focus_button.clicked.connect(self.focus_from_risk)
        self.risk_count_label = plain(name="risk_count_label", wrap=False)
        buttons = QHBoxLayout()
        for button in (
            self.add_risk_button,
            self.remove_risk_button,
            self.risk_focus_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.risk_count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.risk_table, 1)
        left_layout.addLayout(buttons)

        self.form = RiskForm()
        self.form.changed.connect(self.save_risk)
        self.description_edit = self.form.description_edit
        self.mitigation_edit = self.form.mitigation_edit
        self.scope_model = self.form.scope_model
        self.likelihood_spin = self.form.likelihood_spin
        self.impact_spin = self.form.impact_spin
        self.owner_combo = self.form.owner_combo
        self.status_combo = self.form.status_combo
        self.no_risk_label = plain(
            self.tr("No risk selected. Add one with “New risk”, or from a hint."),
            name="no_risk_label",
        )
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_risk_label)
        right_layout.addWidget(self.form, 1)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("risk_register_splitter")
        split.addWidget(left)
        split.addWidget(scroll)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 420])
        box = QGroupBox(self.tr("Risk register"))
        box.setObjectName("risk_register_box")
        QVBoxLayout(box).addWidget(split)
        return box

    # -- showing -----------------------------------------------------------------------
    def current_risk(self) -> Risk | None:
        index = self.risk_table.currentIndex()
        if not index.isValid():
            return None
        row = self.risk_proxy.mapToSource(index).row()
        return self.risk_model.risk(row) if row >= 0 else None

    def select_risk(self, risk_id: int | None) -> None:
        row = self.risk_model.row_of(risk_id)
        if row < 0 and self.risk_model.rowCount():
            row = self.risk_proxy.mapToSource(self.risk_proxy.index(0, 0)).row()
        if row >= 0:
            index = self.risk_proxy.mapFromSource(self.risk_model.index(row, 0))
            with QSignalBlocker(self.risk_table.selectionModel()):
                self.risk_table.setCurrentIndex(index)
                self.risk_table.selectRow(index.row())
        self._show_risk(self.current_risk() if row >= 0 else None)

    def _risk_switched(self, *_args: object) -> None:
        self.flush()
        self._show_risk(self.current_risk())

    def _show_risk(self, risk: Risk | None) -> None:
        self.form.setVisible(risk is not None)
        self.no_risk_label.setVisible(risk is None)
        self.remove_risk_button.setEnabled(self.editable and risk is not None)
        self.risk_focus_button.setEnabled(
            self.editable and risk is not None and bool(risk.scope)
        )
        if risk is None:
            self.form.forget()
        else:
            self.form.show_risk(risk, self._people, self.editable)

    # -- writing -----------------------------------------------------------------------
    def _refusal(self, what: str, text: str) -> str | None:
        return too_long(what, text, MAX_TEXT)

    def save_risk(self) -> None:
        stored = self.current_risk()
        if stored is None or stored.id != self.form.shown_id or not self.editable:
            return
        edited = self.form.edited(stored)
        if edited == stored:
            return
        refusal = (
            (not edited.description and self.tr("A risk needs a description."))
            or self._refusal(self.tr("The description"), edited.description)
            or self._refusal(self.tr("The mitigation"), edited.mitigation)
        )
        if refusal:
            self.refuse(refusal + " " + self.tr("It was not saved."))
            self.form.forget()
            self._show_risk(stored)
            return
        roadmap = self.document.session.roadmap
        text = self.tr("Edit risk “{risk}”").format(risk=short(stored.description))
        self.push(
            SetupCommand(
                self.document,
                text,
                "roadmap",
                lambda: roadmap.update_risk(edited),
                roadmap.update_risk,
            ),
            self.tr("Risk saved"),
        )

    def _add_risk(self, text: str, risk: Risk) -> None:
        roadmap = self.document.session.roadmap
        command = AddCommand(
            self.document,
            text,
            [risk],
            roadmap.add_risk,
            roadmap.remove_risk,
            roadmap.restore_risk,
        )
        if self.push(command, self.tr("Risk added")):
            self.select_risk(command.ids[0])

    def add_risk(self) -> None:
        self.flush()
        risk = Risk(None, self.tr("New risk"))
        self._add_risk(self.tr("New risk"), risk)
        if self.current_risk() is not None:
            self.description_edit.setFocus()
            self.description_edit.selectAll()

    def add_risk_from_hint(self, row: HintRow) -> None:
        """A confirmed hint as a risk: its message and its subjects, one step."""
        for risk in self.document.session.roadmap.risks():
            if risk.description == row.message:
                self.select_risk(risk.id)
                self.statusMessage.emit(self.tr("This hint is in the risk register"))
                return
        hint = row.hint
        risk = Risk(None, row.message, scope=hint.question_ids or hint.area_ids)
        text = self.tr("Add hint “{hint}” to the risk register")
        self._add_risk(text.format(hint=short(row.title)), risk)

    def remove_risk(self) -> None:
        risk = self.current_risk()
        if risk is None or risk.id is None:
            return
        roadmap = self.document.session.roadmap
        risk_id = risk.id
        self.push(
            SetupCommand(
                self.document,
                self.tr("Remove risk “{risk}”").format(risk=short(risk.description)),
                "roadmap",
                lambda: roadmap.remove_risk(risk_id),
                roadmap.restore_risk,
            ),
            self.tr("Risk removed"),
        )

    def focus_from_risk(self) -> None:
        risk = self.current_risk()
        if risk is not None:
            self.focus.mark(risk.scope, risk.description)
