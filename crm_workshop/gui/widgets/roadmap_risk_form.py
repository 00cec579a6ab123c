"""The form beside the risk register: the selected risk's fields.

Description, the areas and questions it affects (a checkable list), likelihood and
impact (1-5, "–" for not rated) with the severity they give, mitigation, owner (an
active stakeholder) and status. The form never writes: when an edit is finished
(focus leaving a text, a pause in typing, a box ticked, a value picked) it emits
``changed`` and the page stores ``edited(stored)`` as one undoable step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QSpinBox,
    QWidget,
)

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.roadmap import Risk, RiskStatus
from crm_workshop.gui.widgets.risk_model import (
    ScopeEntry,
    ScopeModel,
    severity_text,
    status_text,
)
from crm_workshop.gui.widgets.setup_common import PlainTextEdit, buddy, plain, short


def _spin(name: str, accessible: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setAccessibleName(accessible)
    spin.setRange(0, 5)
    spin.setSpecialValueText("–")  # 0: not rated
    spin.setKeyboardTracking(False)  # one change per finished edit, not per digit
    return spin


class RiskForm(QWidget):
    changed = Signal()  # an edit is finished: the page stores it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("risk_form")
        self._shown: int | None = None
        self.description_edit = PlainTextEdit(
            "risk_description_edit", self.tr("Risk description")
        )
        self.scope_model = ScopeModel(self)
        self.scope_model.toggled.connect(self.changed)
        self.scope_view = QListView()
        self.scope_view.setObjectName("risk_scope_list")
        self.scope_view.setAccessibleName(self.tr("Areas and questions affected"))
        self.scope_view.setModel(self.scope_model)
        self.scope_view.setUniformItemSizes(True)
        self.likelihood_spin = _spin("likelihood_spin", self.tr("Likelihood, 1 to 5"))
        self.impact_spin = _spin("impact_spin", self.tr("Impact, 1 to 5"))
        self.severity_label = plain(name="risk_severity_label", wrap=False)
        self.mitigation_edit = PlainTextEdit(
            "risk_mitigation_edit", self.tr("Mitigation")
        )
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("risk_owner_combo")
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("risk_status_combo")
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in RiskStatus:
            self.status_combo.addItem(status_text(status), status)
        for edit in (self.description_edit, self.mitigation_edit):
            lines = edit.fontMetrics().lineSpacing()
            edit.setMinimumHeight(lines * 2 + 12)
            edit.setMaximumHeight(lines * 5 + 12)
            edit.editingFinished.connect(self.changed)
        for spin in (self.likelihood_spin, self.impact_spin):
            spin.valueChanged.connect(lambda _v: self.changed.emit())
        for combo in (self.owner_combo, self.status_combo):
            combo.activated.connect(lambda _n: self.changed.emit())

        form = QFormLayout(self)
        form.addRow(
            buddy(self.tr("&Description:"), self.description_edit),
            self.description_edit,
        )
        form.addRow(buddy(self.tr("&Affects:"), self.scope_view), self.scope_view)
        numbers = QHBoxLayout()
        numbers.addWidget(self.likelihood_spin)
        numbers.addWidget(buddy(self.tr("&Impact:"), self.impact_spin))
        numbers.addWidget(self.impact_spin)
        numbers.addWidget(self.severity_label, 1)
        form.addRow(buddy(self.tr("&Likelihood:"), self.likelihood_spin), numbers)
        form.addRow(
            buddy(self.tr("&Mitigation:"), self.mitigation_edit), self.mitigation_edit
        )
        form.addRow(buddy(self.tr("&Owner:"), self.owner_combo), self.owner_combo)
        form.addRow(buddy(self.tr("S&tatus:"), self.status_combo), self.status_combo)
        self.fields: tuple[QWidget, ...] = (
            self.description_edit,
            self.scope_view,
            self.likelihood_spin,
            self.impact_spin,
            self.mitigation_edit,
            self.owner_combo,
            self.status_combo,
        )

    @property
    def shown_id(self) -> int | None:
        """The risk the form shows (None: none, or it must be shown afresh)."""
        return self._shown

    def forget(self) -> None:
        """Show the next risk afresh, typing not yet stored included."""
        self._shown = None

    def set_entries(self, entries: list[ScopeEntry], editable: bool) -> None:
        self.scope_model.set_entries(entries)
        self.scope_model.editable = editable

    def show_risk(
        self, risk: Risk, people: Mapping[int, Stakeholder], editable: bool
    ) -> None:
        """Show ``risk``; text being typed into the same risk's fields is kept."""
        same = risk.id == self._shown
        self._shown = risk.id
        for edit, text in (
            (self.description_edit, risk.description),
            (self.mitigation_edit, risk.mitigation),
        ):
            if not (same and edit.dirty) and edit.toPlainText() != text:
                edit.set_text(text)
            edit.setReadOnly(not editable)
        self.scope_model.editable = editable
        self.scope_model.set_checked(risk.scope)
        with QSignalBlocker(self.likelihood_spin), QSignalBlocker(self.impact_spin):
            self.likelihood_spin.setValue(risk.likelihood or 0)
            self.impact_spin.setValue(risk.impact or 0)
        self.severity_label.setText(
            self.tr("Severity: {severity}").format(
                severity=severity_text(risk.severity)
            )
        )
        with QSignalBlocker(self.owner_combo):
            self.owner_combo.clear()
            self.owner_combo.addItem(self.tr("(nobody)"), None)
            for person in people.values():
                if person.active or person.id == risk.owner_id:
                    text = (
                        person.name if person.active else self.tr("{name} (inactive)")
                    )
                    self.owner_combo.addItem(
                        short(text.format(name=person.name), 80), person.id
                    )
            self.owner_combo.setCurrentIndex(self.owner_combo.findData(risk.owner_id))
        with QSignalBlocker(self.status_combo):
            self.status_combo.setCurrentIndex(self.status_combo.findData(risk.status))
        for widget in (
            self.likelihood_spin,
            self.impact_spin,
            self.owner_combo,
            self.status_combo,
        ):
            widget.setEnabled(editable)

    def edited(self, stored: Risk) -> Risk:
        """``stored`` as the form now shows it."""
        owner = self.owner_combo.currentData()
        return replace(
            stored,
            description=self.description_edit.toPlainText().strip(),
            scope=self.scope_model.checked(),
            likelihood=self.likelihood_spin.value() or None,
            impact=self.impact_spin.value() or None,
            mitigation=self.mitigation_edit.toPlainText().strip(),
            owner_id=owner if isinstance(owner, int) else None,
            status=self.status_combo.currentData() or stored.status,
        )

    def flush(self) -> None:
        for edit in (self.description_edit, self.mitigation_edit):
            edit.finish()
