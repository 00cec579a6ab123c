"""The report's typeface: DejaVu Sans, shipped with the app, registered as one family.

reportlab's built-in Helvetica has no Cyrillic and misses Polish letters, and ``<b>``
only turns bold when the four faces are registered as a family.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_workshop.locations import fonts_dir

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FACES = (FAMILY, BOLD, ITALIC, BOLD_ITALIC)


def register_fonts() -> str:
    """Register the family once per process; returns the family name to use."""
    registered = pdfmetrics.getRegisteredFontNames()
    if all(face in registered for face in _FACES):
        return FAMILY
    folder = fonts_dir()
    for face in _FACES:
        pdfmetrics.registerFont(TTFont(face, str(folder / f"{face}.ttf")))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FAMILY
