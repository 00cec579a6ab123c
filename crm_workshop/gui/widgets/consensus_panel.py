"""The consensus of the room for one question: agreed current and target, with a note.

It only shows and asks; the capture view turns its requests into undo commands.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from crm_workshop.domain.assessment import Consensus
from crm_workshop.domain.maturity import MaturityModel


class ConsensusPanel(QGroupBox):
    setRequested = Signal(object, object, str)  # current, target (int or None), note
    clearRequested = Signal()

    def __init__(
        self, model: MaturityModel, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Consensus of the room"), parent)
        self.current_combo = QComboBox()
        self.target_combo = QComboBox()
        for combo, name in (
            (self.current_combo, self.tr("Agreed current level")),
            (self.target_combo, self.tr("Agreed target level")),
        ):
            combo.addItem("–", None)
            for n in range(1, 6):
                combo.addItem(f"{n}  {model.scale.level(n).name.get(language)}", n)
            combo.setAccessibleName(name)
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Consensus note"))
        self.note_edit.setMaxLength(2000)
        self.set_button = QPushButton(self.tr("Set &consensus"))
        self.clear_button = QPushButton(self.tr("C&lear"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.clear_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Current:"), self.current_combo)
        form.addRow(self.tr("Target:"), self.target_combo)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(buttons)
        self.set_button.clicked.connect(
            lambda: self.setRequested.emit(
                self.current_combo.currentData(),
                self.target_combo.currentData(),
                self.note_edit.text(),
            )
        )
        self.clear_button.clicked.connect(self.clearRequested)

    def show_consensus(self, agreed: Consensus | None) -> None:
        for combo, value in (
            (self.current_combo, agreed.current if agreed else None),
            (self.target_combo, agreed.target if agreed else None),
        ):
            blocker = combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value) if value else 0)
            combo.blockSignals(blocker)
        self.note_edit.setText(agreed.note if agreed else "")
        self.note_edit.setCursorPosition(0)  # a long note shows its beginning
        self.clear_button.setEnabled(agreed is not None)
