"""The question being captured: title, prompt and the five level descriptors at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from crm_workshop.domain.maturity import MaturityModel, Question
from crm_workshop.gui.text import relative_font


def plain_label(text: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    """A label that never interprets its text as HTML (user and model text are data)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class QuestionPanel(QWidget):
    def __init__(
        self, model: MaturityModel, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._language = language
        self.area_label = plain_label(name="area_label")
        self.title_label = plain_label(name="question_title_label")
        relative_font(self.title_label, 1.6, bold=True)
        self.prompt_label = plain_label(name="question_prompt_label")
        relative_font(self.prompt_label, 1.15)

        self.level_frames: list[QFrame] = []
        self.level_texts: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for n in range(1, 6):
            frame = QFrame()
            frame.setObjectName(f"level_{n}_frame")
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QGridLayout(frame)
            inner.setContentsMargins(8, 4, 8, 4)
            number = plain_label(f"{n}", wrap=False)
            relative_font(number, 1.4, bold=True)
            name = plain_label(model.scale.level(n).name.get(language), wrap=False)
            relative_font(name, 1.0, bold=True)
            text = plain_label()
            inner.addWidget(number, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
            inner.addWidget(name, 0, 1)
            inner.addWidget(text, 1, 1)
            inner.setColumnStretch(1, 1)
            grid.addWidget(frame, n - 1, 0)
            self.level_frames.append(frame)
            self.level_texts.append(text)

        layout = QVBoxLayout(self)
        layout.addWidget(self.area_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.prompt_label)
        layout.addLayout(grid)
        layout.addStretch()  # keep the question packed at the top when given extra height

    def set_model(self, model: MaturityModel) -> None:
        self._model = model

    def show_question(self, question: Question) -> None:
        area = self._model.area(question.area_id)
        self.area_label.setText(area.title.get(self._language))
        self.title_label.setText(f"{question.id}  {question.title.get(self._language)}")
        self.prompt_label.setText(question.prompt.get(self._language))
        for n, label in enumerate(self.level_texts, start=1):
            label.setText(question.descriptor(n, self._language))

    def highlight(self, level: int | None) -> None:
        """Mark the level the room currently stands at (consensus or rounded mean)."""
        for n, frame in enumerate(self.level_frames, start=1):
            frame.setProperty("current", n == level)
            frame.setStyleSheet(
                f"QFrame#{frame.objectName()} "
                "{ border: 2px solid palette(highlight); border-radius: 4px; }"
                if n == level
                else ""
            )
