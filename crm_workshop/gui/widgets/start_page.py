"""The start page: new workshop, open a file, open the demo, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("CRM Workshop"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr("Run CRM Maturity Model workshops and turn them into a roadmap.")
        )
        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.open_button = QPushButton(self.tr("&Open workshop…"))
        self.demo_button = QPushButton(self.tr("Open the &demo workshop"))
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Recent workshops"))
        recent_label = QLabel(self.tr("&Recent workshops:"))
        recent_label.setBuddy(self.recent_list)

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.recent_list)
        row = QHBoxLayout()
        row.addLayout(buttons, 1)
        row.addLayout(recent, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(24)
        layout.addLayout(row, 1)

        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent_list.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for path in paths:
            exists = Path(path).exists()
            text = f"{Path(path).name}  —  {Path(path).parent}"
            if not exists:
                text += "  " + self.tr("(missing)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, path)
            if not exists:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent_list.addItem(item)
