"""The Roadmap tab: from gaps to a plan, one page per step of the method.

Summary (vision and executive summary), goals and their cascade, initiatives with the
prioritisation matrix, when each level is reached, risks and focus areas with the
analysis' hints. Each page is built the first time it is shown.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_workshop.gui.document import WorkshopDocument
from crm_workshop.gui.widgets.lazy_tab import LazyTab

# page name -> (module under crm_workshop.gui.widgets, class)
PAGES: dict[str, tuple[str, str]] = {
    "summary": ("roadmap_summary", "RoadmapSummaryPage"),
    "goals": ("roadmap_goals", "RoadmapGoalsPage"),
    "initiatives": ("roadmap_initiatives", "RoadmapInitiativesPage"),
    "timeline": ("roadmap_timeline", "RoadmapTimelinePage"),
    "risks": ("roadmap_risks", "RoadmapRisksPage"),
}


class RoadmapView(QWidget):
    questionActivated = Signal(str)  # a page asks to show a question in the capture
    statusMessage = Signal(str)

    def __init__(
        self,
        document: WorkshopDocument,
        language: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roadmap_view")
        self.document = document
        self.language = language
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("roadmap_tabs")
        self.tabs.setAccessibleName(self.tr("Roadmap pages"))
        self.tabs.setDocumentMode(True)
        titles = {
            "summary": self.tr("Vision && summary"),
            "goals": self.tr("Objectives && cascade"),
            "initiatives": self.tr("Initiatives && priorities"),
            "timeline": self.tr("When levels are reached"),
            "risks": self.tr("Risks && focus areas"),
        }
        self._lazy: dict[str, LazyTab] = {}
        for name in PAGES:
            tab = LazyTab(lambda name=name: self._build(name))
            self._lazy[name] = tab
            self.tabs.addTab(tab, titles[name])
        self.tabs.currentChanged.connect(self._shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def _build(self, name: str) -> QWidget:
        module_name, class_name = PAGES[name]
        module = importlib.import_module(f"crm_workshop.gui.widgets.{module_name}")
        page = getattr(module, class_name)(self.document, language=self.language)
        for name, relay in (
            ("questionActivated", self.questionActivated),
            ("statusMessage", self.statusMessage),
        ):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(relay)
        return page

    def _shown(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, LazyTab):
            tab.ensure()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._shown(self.tabs.currentIndex())

    def page(self, name: str) -> QWidget:
        """The page called ``name`` (see ``PAGES``), built if need be."""
        return self._lazy[name].ensure()

    def show_page(self, name: str) -> QWidget:
        page = self.page(name)
        self.tabs.setCurrentWidget(self._lazy[name])
        return page

    def flush(self) -> None:
        """Write text still being edited (the window is closing or switching files)."""
        for tab in self._lazy.values():
            flush = getattr(tab.view, "flush", None)
            if flush is not None:
                flush()
