"""The interface in Polish: plural forms that follow the number, and numbers and
dates written the Polish way, in real widgets."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from crm_workshop.gui import i18n
from crm_workshop.gui.widgets.grid_view import GridView


@pytest.fixture
def grid(polish, window, demo_file) -> GridView:
    """The grid view of the demo, built in Polish."""
    assert window.open_path(demo_file)
    return window.show_view("grid")


def copied(qtbot, grid: GridView, rows: int, columns: int) -> str:
    grid.table.select_block(0, 0, rows, columns)
    with qtbot.waitSignal(grid.statusMessage) as message:
        grid.copy_selection()
    return message.args[0]


def test_a_count_takes_the_polish_form_of_its_number(qtbot, grid) -> None:
    assert grid.table_model.rowCount() >= 11 and grid.table_model.columnCount() >= 2
    assert copied(qtbot, grid, 1, 1) == "Skopiowano 1 komórkę."
    assert copied(qtbot, grid, 1, 2) == "Skopiowano 2 komórki."
    assert copied(qtbot, grid, 5, 1) == "Skopiowano 5 komórek."
    assert copied(qtbot, grid, 11, 2) == "Skopiowano 22 komórki."
    assert copied(qtbot, grid, 6, 2) == "Skopiowano 12 komórek."


def test_the_undo_step_of_a_paste_names_its_count_in_polish(qtbot, grid) -> None:
    grid.table.go_to(0, 0)
    grid.table.setFocus()
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("3\t4\n2\t5\n")
    grid.paste()
    stack = grid.document.undo_stack
    assert stack.count() == 1 and stack.text(0) == "Wklej 2 odpowiedzi"


def test_english_counts_read_as_english(qtbot, window, demo_file) -> None:
    assert window.open_path(demo_file)
    view = window.show_view("grid")
    assert copied(qtbot, view, 1, 1) == "Copied 1 cell."
    assert copied(qtbot, view, 1, 2) == "Copied 2 cells."


def test_the_mean_of_the_answers_has_a_decimal_comma(polish, window, demo_file):
    assert window.open_path(demo_file)
    text = window.capture.stats_label.text()
    assert "średnia" in text and "mediana" in text
    mean = text.split("średnia ")[1].split(" ")[0]
    assert "," in mean and "." not in mean, text


def test_numbers_and_dates_follow_the_interface_language(qapp) -> None:
    moment = datetime(2027, 3, 14, 9, 5, 30, tzinfo=UTC)
    try:
        i18n.install(qapp, "pl")
        assert QLocale().language() == QLocale.Language.Polish
        assert i18n.number(3.4) == "3,4"
        assert i18n.number(2.0, 2, signed=True) == "+2,00"
        assert i18n.number(-0.25, 2) == "−0,25"
        assert i18n.number(None) == "–"
        assert i18n.short_number(120000.5) == "120000,5"
        assert i18n.integer(12345).replace("\u00a0", " ") == "12 345"
        assert i18n.date_text("2027-03-14") == "14.03.2027"
        assert i18n.date_text("not a date") == "not a date"
        assert "2027" in i18n.moment_text(moment)
        i18n.install(qapp, "en")
        assert i18n.number(3.4) == "3.4"
        assert i18n.short_number(120000.5) == "120000.5"
        assert i18n.integer(12345) == "12,345"
        assert "2027" in i18n.date_text("2027-03-14")
    finally:
        i18n.install(qapp, "en")


def test_pseudo_translation_stretches_and_keeps_placeholders() -> None:
    text = "Copied %n cell(s) to {name} <b>now</b> &File %.1f"
    stretched = i18n.pseudo(text)
    assert stretched.startswith("[") and stretched.endswith("]")
    assert len(stretched) >= len(text) * 1.4
    for kept in ("%n", "{name}", "<b>", "</b>", "%.1f", "&"):
        assert kept in stretched
    assert "Copied" not in stretched


def test_date_fields_read_the_polish_way_and_store_iso_dates(polish, window, demo_file):
    assert window.open_path(demo_file)
    page = window.show_view("setup").engagement
    locale_form = i18n.date_format()
    assert page.starts_on_edit.displayFormat() == locale_form
    assert page.starts_on_edit.text() == page.starts_on_edit.date().toString(
        locale_form
    )
    assert page.starts_on_edit.text() in ("5.10.2026", "05.10.2026")  # not ISO
    assert window.document.session.engagement.starts_on == "2026-10-05"


def test_round_dates_in_the_lists_read_the_polish_way(polish, window, demo_file):
    from PySide6.QtWidgets import QComboBox

    assert window.open_path(demo_file)
    combo = window.findChild(QComboBox, "capture_round_combo")
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["Baseline  (21.10.2026)"]
