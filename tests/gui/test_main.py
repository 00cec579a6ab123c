"""``main()`` as users start it: in its own process (a second QApplication would abort)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication(sys.argv[:1])
    from crm_workshop.cli import main

    waited = []

    def report():
        window = next(
            (w for w in app.topLevelWidgets() if w.objectName() == "main_window"), None
        )
        # poll until the workshop is open (or 20 s): a busy machine is slower
        dialog_up = any(
            isinstance(w, QMessageBox) and w.isVisible() for w in app.topLevelWidgets()
        )
        still_opening = window is not None and window.document is None and not dialog_up
        if window is None or (still_opening and len(waited) < 200 and opening):
            waited.append(1)
            QTimer.singleShot(100, report)
            return
        print("TITLE", window.windowTitle())
        print("TABS", window.tabs.count(), "VISIBLE", window.isVisible())
        app.quit()

    opening = any(not a.startswith("-") for a in sys.argv[1:]) or "--demo" in sys.argv
    QTimer.singleShot(300, report)
    sys.exit(main(sys.argv[1:]))
    """
)


def run_app(*args: str, tmp_path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_main_opens_the_workshop_given_on_the_command_line(demo_file, tmp_path):
    result = run_app(str(demo_file), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "TITLE Bursztyn Delikatesy S.A. —" in result.stdout
    assert "VISIBLE True" in result.stdout
    assert "Traceback" not in result.stderr


def test_main_with_demo_flag_creates_and_opens_the_demo(tmp_path):
    result = run_app("--demo", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "TITLE Bursztyn Delikatesy S.A." in result.stdout
    assert list((tmp_path / "data").rglob("demo.crmw"))


def test_main_on_a_bad_file_stays_up_on_the_start_page(tmp_path):
    bad = tmp_path / "zły.crmw"
    bad.write_text("<b>not</b> a workshop", encoding="utf-8")
    script_result = run_app(str(bad), tmp_path=tmp_path)
    # the error dialog is modal: the process must still be alive and answering
    assert "Traceback" not in script_result.stderr
    assert "TITLE CRM Workshop" in script_result.stdout
