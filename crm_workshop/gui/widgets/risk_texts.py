"""The texts of the risks page's models: user text cut to a cell, tooltips, the names
of statuses, decisions and severity bands (with their tints).

Translated in the "RiskModel" context, like the models' headers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from crm_workshop.domain.roadmap import HintDecision, RiskStatus
from crm_workshop.gui.text import plain_tooltip

CELL_LIMIT = 160  # characters of user text a cell shows
TIP_LIMIT = 1500  # characters a tooltip shows


def one_line(text: str, limit: int = CELL_LIMIT) -> str:
    """User text on one line, cut to ``limit`` characters (the tooltip has the rest)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def tip(text: str) -> str | None:
    if not text.strip():
        return None
    cut = text if len(text) <= TIP_LIMIT else text[: TIP_LIMIT - 1] + "…"
    return plain_tooltip(cut)


def status_text(status: RiskStatus) -> str:
    texts = {
        RiskStatus.OPEN: QCoreApplication.translate("RiskModel", "Open"),
        RiskStatus.MITIGATED: QCoreApplication.translate("RiskModel", "Mitigated"),
        RiskStatus.ACCEPTED: QCoreApplication.translate("RiskModel", "Accepted"),
        RiskStatus.CLOSED: QCoreApplication.translate("RiskModel", "Closed"),
    }
    return texts[status]


def decision_text(decision: HintDecision | None) -> str:
    if decision is HintDecision.CONFIRMED:
        return QCoreApplication.translate("RiskModel", "Confirmed")
    if decision is HintDecision.DISMISSED:
        return QCoreApplication.translate("RiskModel", "Dismissed")
    return QCoreApplication.translate("RiskModel", "Open")


# severity bands: (lowest severity, name, tint); the name is always shown with the tint
_BANDS = (
    (15, "critical", QColor(239, 154, 154)),
    (10, "high", QColor(255, 204, 128)),
    (5, "medium", QColor(255, 241, 118)),
    (1, "low", QColor(200, 230, 201)),
)


def severity_band(severity: int | None) -> tuple[str, QColor] | None:
    if severity is None:
        return None
    for lowest, name, tint in _BANDS:
        if severity >= lowest:
            names = {
                "critical": QCoreApplication.translate("RiskModel", "critical"),
                "high": QCoreApplication.translate("RiskModel", "high"),
                "medium": QCoreApplication.translate("RiskModel", "medium"),
                "low": QCoreApplication.translate("RiskModel", "low"),
            }
            return names[name], tint
    return None


def severity_text(severity: int | None) -> str:
    band = severity_band(severity)
    return "–" if band is None else f"{severity} · {band[0]}"
