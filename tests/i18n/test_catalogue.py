"""The translation catalogues: complete, fresh, and true to the code's texts.

``resources/i18n/crm_workshop_pl.ts`` must translate every text the interface shows,
Polish plurals in their three forms; ``crm_workshop_en.ts`` gives the English
singular and plural of every counted text. The committed ``.ts`` and ``.qm`` must be
what ``packaging/translations.py`` makes from the code now (a stale catalogue means a
text was added or changed without translating it).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.i18n import sources

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
POLISH_FORMS = 3  # one (1), few (2-4, 22-24...), many (5-21, 25...)
ENGLISH_FORMS = 2


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # the translation, or its plural forms


def entries(name: str) -> list[Entry]:
    found = []
    for context in ET.parse(I18N / name).getroot().iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            found.append(
                Entry(
                    context_name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    translation.get("type") not in ("unfinished", "vanished"),
                    forms,
                )
            )
    return found


@pytest.fixture(scope="module")
def polish() -> list[Entry]:
    return entries("crm_workshop_pl.ts")


@pytest.fixture(scope="module")
def code_messages() -> set[sources.Message]:
    messages, _problems = sources.translations()
    return set(messages)


def test_catalogues_and_compiled_files_are_fresh() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert translations.stale_files() == [], (
        "run `make translations` (or python packaging/build_assets.py "
        "--translations), translate what is new, and commit the .ts and .qm"
    )


def test_every_polish_text_is_translated(polish) -> None:
    unfinished = [
        f"{e.context}: {e.source!r}"
        for e in polish
        if not e.finished or not all(form.strip() for form in e.forms)
    ]
    assert unfinished == []
    wrong_forms = [e.source for e in polish if e.numerus and len(e.forms) != 3]
    assert wrong_forms == []


def test_the_catalogue_holds_every_text_of_the_code(polish, code_messages) -> None:
    """Read from the code as PySide6 looks texts up: a text lupdate filed under
    another context, or did not see, or took without its plural, is missing here."""
    in_catalogue = {
        sources.Message(e.context, e.source, e.comment, e.numerus) for e in polish
    }
    assert sorted(map(repr, code_messages - in_catalogue)) == []
    assert sorted(map(repr, in_catalogue - code_messages)) == []


def test_every_counted_text_has_its_english_forms(code_messages) -> None:
    english = {(e.context, e.source): e for e in entries("crm_workshop_en.ts")}
    counted = {(m.context, m.source) for m in code_messages if m.numerus}
    assert set(english) == counted
    for entry in english.values():
        assert entry.finished and len(entry.forms) == ENGLISH_FORMS, entry.source
        assert all("%n" in form for form in entry.forms), entry.source


def test_translation_calls_are_read_as_the_app_looks_them_up() -> None:
    _messages, problems = sources.translations()
    assert [str(p) for p in problems] == []


def test_no_text_reaches_the_screen_untranslated() -> None:
    assert [str(p) for p in sources.untranslated()] == []


# Placeholders a translation must keep: Qt's (%1, %n), Python's (%s, %d, %.1f, in
# order, as ``%`` fills them by position), str.format's ({name}) and markup.
_QT = re.compile(r"%(?:\d|n)")
_PYTHON = re.compile(r"%[-+#0-9.]*[sdfi]")
_FIELD = re.compile(r"\{[^{}]*\}")
_TAG = re.compile(r"<[^>]+>")
_MNEMONIC = re.compile(r"&(?![&\s]|[a-z]+;)")


def _placeholders(text: str) -> tuple[object, ...]:
    return (
        sorted(_QT.findall(text)),
        _PYTHON.findall(text.replace("%%", "")),
        sorted(_FIELD.findall(text)),
        sorted(_TAG.findall(text)),
        len(_MNEMONIC.findall(text)),
    )


@pytest.mark.parametrize("catalogue", ["crm_workshop_pl.ts", "crm_workshop_en.ts"])
def test_translations_keep_placeholders_markup_and_accelerators(catalogue) -> None:
    wrong = []
    for entry in entries(catalogue):
        expected = _placeholders(entry.source)
        for form in entry.forms:
            if form and _placeholders(form) != expected:  # empty: not translated yet
                wrong.append(f"{entry.source!r} -> {form!r}")
    assert wrong == []


def test_polish_plural_forms_follow_the_number(qapp) -> None:
    """Qt picks the form by Polish rules: 1; 2-4, 22-24; 5-21, 25-31..."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(I18N / "crm_workshop_pl.qm"))
    qapp.installTranslator(translator)
    try:
        texts = {
            n: sources_tr("RoadmapRisksPage", "%n risk(s)", n)
            for n in (1, 2, 4, 5, 12, 21, 22, 25, 104)
        }
    finally:
        qapp.removeTranslator(translator)
    assert texts == {
        1: "1 ryzyko",
        2: "2 ryzyka",
        4: "4 ryzyka",
        5: "5 ryzyk",
        12: "12 ryzyk",
        21: "21 ryzyk",
        22: "22 ryzyka",
        25: "25 ryzyk",
        104: "104 ryzyka",
    }


def sources_tr(context: str, text: str, n: int) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, None, n)


# -- the checker itself finds what it is there to find -------------------------------
CHECKED = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget


class Panel(QWidget):
    def __init__(self, window):
        super().__init__()
        QLabel("Not wrapped")
        self.button.setText(f"Level {self.level}")
        self.setToolTip("…")  # punctuation only: allowed
        window.tr("Wrong context")
        self.title = f"<b>{self.tr('Inside an f-string')}</b>"


def helper(count):
    return QCoreApplication.translate("Ctx", "%n files", None, count)
"""


def test_the_checker_finds_each_kind_of_mistake(tmp_path, monkeypatch) -> None:
    gui = tmp_path / "crm_workshop" / "gui"
    gui.mkdir(parents=True)
    (gui / "panel.py").write_text(CHECKED, encoding="utf-8")
    monkeypatch.setattr(sources, "ROOT", tmp_path)
    monkeypatch.setattr(sources, "GUI", gui)
    shown = [p.what for p in sources.untranslated()]
    assert len(shown) == 2
    assert "'Not wrapped'" in shown[0] or "'Not wrapped'" in shown[1]
    _messages, problems = sources.translations()
    whats = " | ".join(p.what for p in problems)
    assert "window.tr()" in whats
    assert "f-string" in whats
    assert "plural through translate()" in whats
