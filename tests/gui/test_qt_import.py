"""Qt is loaded without PySide6's import hook: imports stay the interpreter's own."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_loading_qt_keeps_the_plain_import_statement():
    script = textwrap.dedent(
        """
        import builtins
        plain = builtins.__import__
        from crm_workshop.gui.qt_import import load_qt
        load_qt()
        assert builtins.__import__ is plain, builtins.__import__
        import json.decoder  # a module first imported after Qt
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        label = QLabel("Zażółć")
        assert label.text() == "Zażółć"
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_the_suite_runs_qt_without_the_hook_too():
    import builtins

    assert "feature" not in repr(builtins.__import__)
