"""The interface's language: which one, its translators, and numbers and dates in it.

The interface speaks English or Polish. The choice is a UI preference (``language``
in ``Settings``, View › Language); without one, a Polish system gets Polish and any
other English. ``install`` puts in place our catalogue
(``resources/i18n/crm_workshop_<language>.qm``, compiled by
``packaging/translations.py``; the English one holds only the plural forms) and Qt's
own (``qtbase_<language>.qm``: the buttons and texts of Qt's standard dialogs), and
makes the language's ``QLocale`` the default, so numbers and dates shown through
``number``, ``date_text`` and ``moment_text`` read as the user expects (3,4 in Polish,
3.4 in English). Charts and reports follow the workshop's report language instead.

With ``CRM_WORKSHOP_PSEUDO=1`` in the environment every text is pseudo-translated:
accented, bracketed and 40 % longer, to find labels that clip.
"""

from __future__ import annotations

import math
import os
import re
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from crm_workshop.locations import resources_dir

LANGUAGES = ("en", "pl")
# Each language named in itself, as language menus do: never translated.
LANGUAGE_NAMES = {"en": "English", "pl": "Polski"}
SETTING = "language"
PSEUDO_VARIABLE = "CRM_WORKSHOP_PSEUDO"
CATALOGUE = "crm_workshop"

_installed: list[QTranslator] = []


class Texts(QObject):
    """The translation context of counted texts outside a widget: ``Texts.tr("%n
    file(s)", "", n)``. lupdate reads a plural only from a ``tr`` call (from
    ``QCoreApplication.translate`` it takes a count as a plain text and loses the
    plural forms), and files ``Texts.tr`` under the context ``Texts``, the class
    PySide6 looks it up in."""


def system_language() -> str:
    """Polish on a Polish system, English anywhere else."""
    return "pl" if QLocale.system().language() == QLocale.Language.Polish else "en"


def chosen_language(stored: object) -> str:
    """The language to use given the stored preference (None: never chosen)."""
    return stored if stored in LANGUAGES else system_language()  # type: ignore[return-value]


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks ``language`` (its date order and
    separators), else the language's usual one (pl_PL, en_US)."""
    system = QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def install(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators with those of ``language``.

    Installing sends every widget a ``LanguageChange`` event; the main window
    rebuilds its menus and views itself (``MainWindow.retranslate``)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if os.environ.get(PSEUDO_VARIABLE, "") not in ("", "0"):
        _installed.append(PseudoTranslator(app))
    else:
        ours = QTranslator(app)
        if ours.load(f"{CATALOGUE}_{language}", str(resources_dir() / "i18n")):
            _installed.append(ours)
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if language != "en" and qt.load(QLocale(language), "qtbase", "_", folder):
            _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)


# -- numbers and dates in the interface's language ------------------------------------
def _ungrouped() -> QLocale:
    """The interface's locale without digit grouping: what a person can type back."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def number(value: float | None, decimals: int = 1, *, signed: bool = False) -> str:
    """``value`` with ``decimals`` places in the interface's locale ("3,4"); "–" for
    None. ``signed`` writes "+" before a positive value; a negative one has a true
    minus sign."""
    if value is None:
        return "–"
    text = _ungrouped().toString(float(value), "f", decimals).replace("-", "−")
    return f"+{text}" if signed and value > 0 else text


def short_number(value: float, most: int = 2) -> str:
    """``value`` with at most ``most`` decimals, no trailing zeros and no grouping,
    as an input shows it ("12,5", "3", "120000")."""
    locale = _ungrouped()
    text = locale.toString(float(value), "f", most)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def integer(value: int) -> str:
    """A count or a size with the locale's digit grouping ("12 345" in Polish)."""
    return QLocale().toString(int(value))


def _date_format(locale: QLocale) -> str:
    """The locale's short date format with the year in full ("14.03.2027", "3/14/2027")."""
    form = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def date_format() -> str:
    """The display format of date fields: the locale's, the year in full."""
    return _date_format(QLocale())


def date_text(value: str | None) -> str:
    """An ISO date ("2027-03-14") in the locale's short format; unchanged when it is
    not a date."""
    if not value:
        return ""
    parsed = QDate.fromString(value, "yyyy-MM-dd")
    if not parsed.isValid():
        return value
    locale = QLocale()
    return locale.toString(parsed, _date_format(locale))


def moment_text(moment: datetime, *, seconds: bool = False) -> str:
    """A point in time in the user's time zone, as the locale writes date and time."""
    local = moment.astimezone()
    stamp = QDateTime.fromSecsSinceEpoch(math.floor(local.timestamp()))
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in time_format:
        time_format = time_format.replace("mm", "mm:ss")
    return (
        locale.toString(stamp.date(), _date_format(locale))
        + " "
        + locale.toString(stamp.time(), time_format)
    )


# -- the pseudo-translation ------------------------------------------------------------
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀßÇĐÉƑĜĤÎĴĶĹМÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What must come through unchanged: markup, entities, placeholders of Qt (%1, %n),
# of Python (%s, %.1f, %%) and of str.format ({name}, {size:,}).
_KEEP = re.compile(r"<[^>]*>|&[a-z]+;|%[0-9n]|%[-+ #0-9.]*[sdfi%]|\{[^{}]*\}")
STRETCH = 0.4


def pseudo(text: str) -> str:
    """``text`` accented, 40 % longer and bracketed; placeholders and markup kept."""
    if not text.strip():
        return text
    pieces, last = [], 0
    for match in _KEEP.finditer(text):
        pieces.append(text[last : match.start()].translate(_ACCENTED))
        pieces.append(match.group())
        last = match.end()
    pieces.append(text[last:].translate(_ACCENTED))
    # the padding in words of six, as a real language's words: one long run of
    # tildes would be a word no label can wrap
    length = max(1, math.ceil(len(text) * STRETCH) - 2)
    padding = " ".join("~" * min(6, length - i) for i in range(0, length, 6))
    return f"[{''.join(pieces)}{padding}]"


class PseudoTranslator(QTranslator):
    """Answers every lookup, Qt's own texts included, with the pseudo-translation."""

    def translate(  # type: ignore[override]
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        return False
