"""The start page: new workshop, open a file, open the demo, recent files.

A recent file that is gone is marked "(missing)", in italics, and can still be chosen:
the window then offers to remove it from the list.
"""

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

from crm_workshop.gui.text import plain_tooltip, relative_font


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title = QLabel()
        relative_font(title, 2.2, bold=True)
        self.subtitle = subtitle = QLabel()
        subtitle.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        self.recent_list = QListWidget()
        self.recent_label = recent_label = QLabel()
        recent_label.setBuddy(self.recent_list)
        # instead of an empty white box, which looks broken
        self.no_recent_label = QLabel()
        self.no_recent_label.setObjectName("no_recent_label")
        self.no_recent_label.setWordWrap(True)
        self.no_recent_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.no_recent_label.hide()
        self.retranslate()

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.recent_list, 1)
        recent.addWidget(self.no_recent_label, 1)
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

    def retranslate(self) -> None:
        """Every text in the current language (at start and after a switch)."""
        self.title.setText(self.tr("CRM Workshop"))
        self.subtitle.setText(
            self.tr("Run CRM Maturity Model workshops and turn them into a roadmap.")
        )
        self.new_button.setText(self.tr("&New workshop…"))
        self.open_button.setText(self.tr("&Open workshop…"))
        self.demo_button.setText(self.tr("Open the &demo workshop"))
        self.recent_list.setAccessibleName(self.tr("Recent workshops"))
        self.recent_label.setText(self.tr("&Recent workshops:"))
        self.no_recent_label.setText(
            self.tr(
                "None yet: the workshops you create or open are listed here, "
                "ready to open again."
            )
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
            item.setToolTip(plain_tooltip(path))
            if not exists:  # still chosen: the window offers to forget it
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.no_recent_label.setVisible(not paths)
