"""File › Export roadmap as Word: the format choice, the save question with the Word
filter, and the document written off the GUI thread."""

from __future__ import annotations

import docx
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_workshop.gui.dialogs import Dialogs
from crm_workshop.services.report import ReportOptions


def test_word_export_writes_the_docx_off_the_gui_thread(
    qtbot, window, demo_file, tmp_path
):
    assert window.open_path(demo_file)
    target = tmp_path / "mapa.docx"
    window.dialogs.report_answer = ReportOptions(language="pl", file_format="docx")
    window.dialogs.docx_answer = str(target)
    window.dialogs.pdf_answer = str(tmp_path / "wrong.pdf")
    with qtbot.waitSignal(window.reportFinished, timeout=60_000) as finished:
        window.report_action.trigger()
        assert window.report_worker is not None  # running in the background
    assert finished.args[0] == f"Roadmap written to {target} (Word document)"
    suggestion, kind = window.dialogs.report_path_question
    assert kind == "docx" and suggestion.endswith("CRM roadmap.docx")
    document = docx.Document(str(target))
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert chapters[0] == "Podsumowanie" and "Obecny obraz dojrzałości" in chapters
    assert not (tmp_path / "wrong.pdf").exists()
    assert window.report_worker is None and window.dialogs.errors == []


def test_pdf_stays_the_default_format(qtbot, window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "mapa.pdf"
    window.dialogs.report_answer = ReportOptions(language="en")
    window.dialogs.pdf_answer = str(target)
    with qtbot.waitSignal(window.reportFinished, timeout=60_000) as finished:
        window.report_action.trigger()
    assert window.dialogs.report_path_question[1] == "pdf"
    assert "pages" in finished.args[0]
    assert target.read_bytes().startswith(b"%PDF")


def test_options_dialog_offers_pdf_and_word(qtbot):
    from crm_workshop.gui.report_export import ReportOptionsDialog

    dialog = ReportOptionsDialog(["Baseline"], "pl")
    qtbot.addWidget(dialog)
    combo = dialog.format_combo
    assert [combo.itemData(n) for n in range(combo.count())] == ["pdf", "docx"]
    assert dialog.options().file_format == "pdf"  # the default stays the PDF
    combo.setCurrentIndex(combo.findData("docx"))
    assert dialog.options().file_format == "docx"
    assert dialog.ui.format_label.buddy() is combo  # Alt+F reaches it


def test_the_save_question_uses_the_word_filter_and_suffix(qtbot, monkeypatch):
    asked = []

    def answer(parent, title, suggestion, file_filter):
        asked.append((title, suggestion, file_filter))
        return "/somewhere/raport", file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs = Dialogs(parent)
    assert dialogs.ask_report_path("x.docx", "docx") == "/somewhere/raport.docx"
    assert "*.docx" in asked[-1][2]
    assert dialogs.ask_report_path("x.pdf", "pdf") == "/somewhere/raport.pdf"
    assert asked[-1][2] == "PDF (*.pdf)"
