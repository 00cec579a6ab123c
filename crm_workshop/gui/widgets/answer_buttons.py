"""Mouse entry of the selected stakeholder's answer: levels 1-5, N/A and ? for the
current state, 1-5 for the target. It only asks; the capture view writes."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QToolButton, QWidget

from crm_workshop.domain.assessment import Answer


class _AnswerButton(QToolButton):
    """At least 28 pixels wide, and never narrower than its text and the theme's
    padding need (a fixed minimum width would let a layout squeeze the label out)."""

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(28, 0))

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(28, 0))


class AnswerButtons(QGroupBox):
    currentChosen = Signal(object, object)  # Answer, level (int or None)
    targetChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Answer of the selected stakeholder"), parent)
        current_row, target_row = QHBoxLayout(), QHBoxLayout()
        self.current_buttons: list[QToolButton] = []
        self.target_buttons: list[QToolButton] = []
        choices = [
            (str(n), Answer.LEVEL, n, self.tr("Current level %d") % n)
            for n in range(1, 6)
        ]
        choices += [
            (self.tr("N/A"), Answer.NOT_APPLICABLE, None, self.tr("Not applicable")),
            ("?", Answer.DONT_KNOW, None, self.tr("Don't know")),
        ]
        for text, answer, level, name in choices:
            button = _AnswerButton(text=text)
            button.setAccessibleName(name)
            button.clicked.connect(
                lambda _=False, a=answer, n=level: self.currentChosen.emit(a, n)
            )
            current_row.addWidget(button)
            self.current_buttons.append(button)
        for n in range(1, 6):
            button = _AnswerButton(text=str(n))
            button.setAccessibleName(self.tr("Target level %d") % n)
            button.clicked.connect(lambda _=False, n=n: self.targetChosen.emit(n))
            target_row.addWidget(button)
            self.target_buttons.append(button)
        form = QFormLayout(self)
        form.addRow(self.tr("Current:"), current_row)
        form.addRow(self.tr("Target:"), target_row)
