"""The form that edits one initiative, the questions it moves included.

Each field is handed on when its edit is finished (focus leaving a text, Return, a
choice made, a pause in typing), checked first: a bad month, an end before the start,
a budget that is no number or a move that does not rise is refused with a message
under the form and the stored value shown again. What passes is emitted as the whole
edited ``Initiative`` (``edited``); the page turns it into one undoable command.
The questions it moves are edited by the part in initiative_moves.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_workshop.domain.assessment import Stakeholder
from crm_workshop.domain.maturity import MaturityModel
from crm_workshop.domain.roadmap import BadMonth, Initiative, InitiativeStatus, Month
from crm_workshop.gui.i18n import short_number
from crm_workshop.gui.tones import set_tone
from crm_workshop.gui.widgets.initiative_model import cell_text, status_label
from crm_workshop.gui.widgets.initiative_moves import MovesEditor
from crm_workshop.gui.widgets.setup_common import (
    MAX_NAME,
    MAX_TEXT,
    PlainTextEdit,
    buddy,
    department_combo,
    department_value,
    line_edit,
    plain,
    set_text,
    show_department,
    tab_chain,
    too_long,
)

LEVELS = range(1, 6)


def budget_text(value: float | None) -> str:
    if value is None:
        return ""
    return short_number(value, 2)


def parse_budget(text: str) -> float | None:
    """``"120 000,50"`` -> 120000.5; "" -> None; ValueError for anything else."""
    cleaned = "".join(text.split()).replace("\u00a0", "")
    if not cleaned:
        return None
    cleaned = cleaned.replace(",", "" if "." in cleaned else ".")
    value = float(cleaned)
    if not math.isfinite(value) or value < 0:
        raise ValueError(text)
    return value


def level_combo(name: str, accessible: str, unset: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.addItem(unset, None)
    for level in LEVELS:
        combo.addItem(str(level), level)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    with QSignalBlocker(combo):
        combo.setCurrentIndex(max(combo.findData(value), 0))


class InitiativeForm(MovesEditor, QWidget):
    edited = Signal(object)  # the edited Initiative, checked

    def __init__(
        self,
        model: MaturityModel,
        language: str,
        current_level: Callable[[str], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language
        self._current_level = current_level
        self._model = model
        self._hidden: frozenset[str] = frozenset()
        self.stored: Initiative | None = None

        self.title_edit = line_edit(
            "initiative_title_edit", self.tr("Initiative title")
        )
        self.description_edit = PlainTextEdit(
            "initiative_description_edit", self.tr("Description")
        )
        self.description_edit.setMaximumHeight(90)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("initiative_owner_combo")
        self.owner_combo.setAccessibleName(self.tr("Owner"))
        self.department_combo = department_combo(model, language, self.tr("Department"))
        self.department_combo.setObjectName("initiative_department_combo")
        self.starts_edit = line_edit("initiative_starts_edit", self.tr("Start month"))
        self.ends_edit = line_edit("initiative_ends_edit", self.tr("End month"))
        for edit in (self.starts_edit, self.ends_edit):
            edit.setPlaceholderText(self.tr("YYYY-MM"))
            edit.setMaxLength(10)
        self.budget_edit = line_edit("initiative_budget_edit", self.tr("Budget"))
        self.budget_edit.setMaxLength(40)
        self.roi_edit = line_edit("initiative_roi_edit", self.tr("Expected ROI"))
        self.kpis_edit = PlainTextEdit(
            "initiative_kpis_edit", self.tr("KPIs, one per line")
        )
        self.kpis_edit.setMaximumHeight(70)
        self.urgency_combo = level_combo(
            "initiative_urgency_combo", self.tr("Urgency, 1 to 5"), self.tr("not set")
        )
        self.feasibility_combo = level_combo(
            "initiative_feasibility_combo",
            self.tr("Feasibility, 1 to 5"),
            self.tr("not set"),
        )
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("initiative_status_combo")
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in InitiativeStatus:
            self.status_combo.addItem(status_label(status), status.value)
        self.strategic_check = QCheckBox(self.tr("&Strategic project"))
        self.strategic_check.setObjectName("initiative_strategic_check")
        self.strategic_check.setAccessibleName(self.tr("Strategic project"))

        moves_box = self._build_moves()

        self.message_label = plain(name="initiative_message_label")
        self.message_label.setAccessibleName(self.tr("Problem"))
        set_tone(self.message_label, "error")
        self.message_label.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(buddy(self.tr("T&itle:"), self.title_edit), self.title_edit)
        form.addRow(
            buddy(self.tr("&Description:"), self.description_edit),
            self.description_edit,
        )
        form.addRow(buddy(self.tr("&Owner:"), self.owner_combo), self.owner_combo)
        form.addRow(
            buddy(self.tr("Depa&rtment:"), self.department_combo),
            self.department_combo,
        )
        period = QHBoxLayout()
        period.addWidget(self.starts_edit)
        period.addWidget(buddy(self.tr("&until"), self.ends_edit))
        period.addWidget(self.ends_edit)
        form.addRow(buddy(self.tr("Sta&rt:"), self.starts_edit), period)
        form.addRow(buddy(self.tr("&Budget:"), self.budget_edit), self.budget_edit)
        form.addRow(buddy(self.tr("Expected &ROI:"), self.roi_edit), self.roi_edit)
        form.addRow(buddy(self.tr("&KPIs:"), self.kpis_edit), self.kpis_edit)
        scores = QHBoxLayout()
        scores.addWidget(self.urgency_combo)
        scores.addWidget(buddy(self.tr("F&easibility:"), self.feasibility_combo))
        scores.addWidget(self.feasibility_combo)
        scores.addStretch(1)
        form.addRow(buddy(self.tr("&Urgency:"), self.urgency_combo), scores)
        status = QHBoxLayout()
        status.addWidget(self.status_combo)
        status.addWidget(self.strategic_check)
        status.addStretch(1)
        form.addRow(buddy(self.tr("Stat&us:"), self.status_combo), status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(moves_box, 1)
        layout.addWidget(self.message_label)
        tab_chain(
            (
                self.title_edit,
                self.description_edit,
                self.owner_combo,
                self.department_combo,
                self.starts_edit,
                self.ends_edit,
                self.budget_edit,
                self.roi_edit,
                self.kpis_edit,
                self.urgency_combo,
                self.feasibility_combo,
                self.status_combo,
                self.strategic_check,
                self.moves_table,
                self.question_combo,
                self.from_spin,
                self.to_spin,
                self.set_move_button,
                self.remove_move_button,
            )
        )

        for edit in (
            self.title_edit,
            self.starts_edit,
            self.ends_edit,
            self.budget_edit,
            self.roi_edit,
        ):
            edit.editingFinished.connect(self.save)
        self.description_edit.editingFinished.connect(self.save)
        self.kpis_edit.editingFinished.connect(self.save)
        for combo in (
            self.owner_combo,
            self.urgency_combo,
            self.feasibility_combo,
            self.status_combo,
        ):
            combo.activated.connect(self.save)
        self.department_combo.activated.connect(self.save)
        self.department_combo.lineEdit().editingFinished.connect(self.save)
        self.strategic_check.toggled.connect(self.save)
        self._connect_moves()

    # -- choices -----------------------------------------------------------------------
    def set_people(self, people: Sequence[Stakeholder]) -> None:
        """Owners to choose from: the active stakeholders (and the owner shown)."""
        self._people = list(people)
        self._fill_owners(self.stored.owner_id if self.stored else None)

    def _fill_owners(self, owner_id: int | None) -> None:
        with QSignalBlocker(self.owner_combo):
            self.owner_combo.clear()
            self.owner_combo.addItem(self.tr("nobody"), None)
            for person in getattr(self, "_people", []):
                if person.active:
                    self.owner_combo.addItem(cell_text(person.name, 80), person.id)
                elif person.id == owner_id:
                    text = self.tr("{name} (inactive)").format(
                        name=cell_text(person.name, 80)
                    )
                    self.owner_combo.addItem(text, person.id)
            self.owner_combo.setCurrentIndex(
                max(self.owner_combo.findData(owner_id), 0)
            )

    # -- showing -----------------------------------------------------------------------
    def show_initiative(self, initiative: Initiative | None, editable: bool) -> None:
        self.stored = initiative
        self.setEnabled(initiative is not None and editable)
        shown = initiative or Initiative(None, "")
        set_text(self.title_edit, shown.title)
        set_text(self.description_edit, shown.description)
        self._fill_owners(shown.owner_id)
        with QSignalBlocker(self.department_combo):
            show_department(self.department_combo, shown.department)
        set_text(self.starts_edit, shown.starts_on or "")
        set_text(self.ends_edit, shown.ends_on or "")
        set_text(self.budget_edit, budget_text(shown.budget))
        set_text(self.roi_edit, shown.expected_roi)
        set_text(self.kpis_edit, shown.kpis)
        select_data(self.urgency_combo, shown.urgency)
        select_data(self.feasibility_combo, shown.feasibility)
        select_data(self.status_combo, shown.status.value)
        with QSignalBlocker(self.strategic_check):
            self.strategic_check.setChecked(shown.strategic)
        row = self.moves_table.currentIndex().row()
        self.moves_model.set_moves(shown.moves)
        if 0 <= row < len(shown.moves):
            self.moves_table.selectRow(row)

    def show_message(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    def finish(self) -> None:
        """Hand on text still being typed."""
        self.description_edit.finish()
        self.kpis_edit.finish()

    # -- checks and edits --------------------------------------------------------------
    def _month(self, edit: QLineEdit, what: str) -> str | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return str(Month.parse(text))
        except BadMonth:
            raise ValueError(
                self.tr(
                    "{what}: “{text}” is not a month. Write it as YYYY-MM, like "
                    "2027-03. Nothing was saved."
                ).format(what=what, text=cell_text(text, 20))
            ) from None

    def edited_initiative(self) -> Initiative:
        """The form's initiative; ValueError with the message when it cannot be."""
        assert self.stored is not None
        title = self.title_edit.text().strip()
        if not title:
            raise ValueError(self.tr("An initiative needs a title. Nothing was saved."))
        for what, text, limit in (
            (self.tr("The title"), title, MAX_NAME),
            (self.tr("The description"), self.description_edit.toPlainText(), MAX_TEXT),
            (self.tr("The expected ROI"), self.roi_edit.text(), MAX_NAME),
            (self.tr("The KPIs"), self.kpis_edit.toPlainText(), MAX_TEXT),
            (self.tr("The department"), department_value(self.department_combo), 200),
        ):
            refusal = too_long(what, text, limit)
            if refusal:
                raise ValueError(refusal)
        starts = self._month(self.starts_edit, self.tr("Start"))
        ends = self._month(self.ends_edit, self.tr("End"))
        if starts and ends and ends < starts:
            raise ValueError(
                self.tr(
                    "The end ({end}) is before the start ({start}). Nothing was saved."
                ).format(end=ends, start=starts)
            )
        try:
            budget = parse_budget(self.budget_edit.text())
        except ValueError:
            raise ValueError(
                self.tr(
                    "The budget “{text}” is not an amount. Write a number, like "
                    "120000 or 120 000,50. Nothing was saved."
                ).format(text=cell_text(self.budget_edit.text(), 40))
            ) from None
        return replace(
            self.stored,
            title=title,
            description=self.description_edit.toPlainText(),
            owner_id=self.owner_combo.currentData(),
            department=department_value(self.department_combo),
            starts_on=starts,
            ends_on=ends,
            budget=budget,
            expected_roi=self.roi_edit.text().strip(),
            kpis=self.kpis_edit.toPlainText(),
            urgency=self.urgency_combo.currentData(),
            feasibility=self.feasibility_combo.currentData(),
            status=InitiativeStatus(self.status_combo.currentData()),
            strategic=self.strategic_check.isChecked(),
            moves=tuple(self.moves_model.moves()),
        )

    def _hand_on(self, edited: Initiative) -> None:
        if edited != self.stored:
            self.edited.emit(edited)

    def save(self) -> None:
        if self.stored is None or not self.isEnabled():
            return
        try:
            edited = self.edited_initiative()
        except ValueError as exc:
            self.refuse(str(exc))
            return
        self._hand_on(edited)

    def refuse(self, message: str) -> None:
        self.show_message(message)
        self.show_initiative(self.stored, True)
