"""File › Export roadmap PDF through the window: off the GUI thread, cancellable."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QPushButton

from crm_workshop.services.report import ReportOptions


def test_export_writes_the_pdf_off_the_gui_thread(qtbot, window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    target = tmp_path / "mapa.pdf"
    window.dialogs.report_answer = ReportOptions(language="pl", paper="a4")
    window.dialogs.pdf_answer = str(target)
    with qtbot.waitSignal(window.reportFinished, timeout=60_000) as finished:
        window.report_action.trigger()
        assert window.report_worker is not None  # running in the background
        assert window.report_worker.thread.isRunning() or target.exists()
    assert "mapa.pdf" in finished.args[0]
    qtbot.waitUntil(lambda: window.findChildren(QProgressDialog) == [])  # deleted
    assert window.dialogs.report_question == (["Baseline"], "pl")
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Bursztyn Delikatesy S.A." in text and "Obecny obraz dojrzałości" in text
    assert window.report_worker is None


def test_cancel_in_the_progress_dialog_stops_the_export_and_writes_nothing(
    qtbot, window, demo_file, tmp_path
):
    assert window.open_path(demo_file)
    target = tmp_path / "anulowany.pdf"
    window.dialogs.report_answer = ReportOptions(language="en")
    window.dialogs.pdf_answer = str(target)
    on_gui_thread = []
    window.reportFinished.connect(
        lambda _message: on_gui_thread.append(
            QThread.currentThread() is QCoreApplication.instance().thread()
        )
    )
    with qtbot.waitSignal(window.reportFinished, timeout=60_000) as finished:
        window.report_action.trigger()
        (progress,) = window.findChildren(QProgressDialog)
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert "cancelled" in finished.args[0]
    assert on_gui_thread == [True]  # the window is told on its own thread
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []


def test_export_options_cancelled_does_nothing(window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    window.dialogs.report_answer = None
    window.report_action.trigger()
    assert window.report_worker is None


def test_export_to_an_unwritable_place_is_explained(qtbot, window, demo_file, tmp_path):
    assert window.open_path(demo_file)
    window.dialogs.report_answer = ReportOptions(language="en")
    window.dialogs.pdf_answer = str(tmp_path / "no such folder" / "r.pdf")
    with qtbot.waitSignal(window.reportFinished, timeout=60_000):
        window.report_action.trigger()
    title, message = window.dialogs.errors[-1]
    assert "Traceback" not in message
    assert title  # a clear dialog, and the window is still there
    assert window.document is not None


def test_report_options_dialog_reads_its_widgets(qtbot):
    from crm_workshop.gui.report_export import ReportOptionsDialog

    dialog = ReportOptionsDialog(["Baseline", "Q1 2027"], "pl")
    qtbot.addWidget(dialog)
    assert dialog.round_combo.currentData() == "Q1 2027"  # the latest first
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    dialog.anonymous_check.setChecked(True)
    options = dialog.options()
    assert (options.language, options.paper, options.anonymous) == (
        "pl",
        "letter",
        True,
    )
