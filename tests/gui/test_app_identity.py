"""The running app names its desktop entry and carries the app icon."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSize

from crm_workshop.gui.app import APP_ID, _window_icon

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_the_desktop_file_name_is_the_installed_entry():
    assert (LINUX / f"{APP_ID}.desktop").is_file()
    assert f"<id>{APP_ID}</id>" in (LINUX / f"{APP_ID}.metainfo.xml").read_text(
        encoding="utf-8"
    )


def test_the_window_icon_has_every_size_a_window_manager_asks_for(qapp):
    icon = _window_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    assert not icon.pixmap(QSize(32, 32)).isNull()


def test_a_file_the_system_hands_over_as_an_event_is_opened(tmp_path):
    """macOS opens a double-clicked .crmw with a file-open event sent to the
    application, not with an argument: the app's main() opens it in the window."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QTimer
        from PySide6.QtGui import QFileOpenEvent
        from crm_workshop.gui import app as gui_app
        from crm_workshop.gui.main_window import MainWindow
        from crm_workshop.services.demo import create_demo

        path = Path(sys.argv[1])
        create_demo(path).close()

        def deliver():
            instance = QCoreApplication.instance()
            window = next(
                w for w in instance.topLevelWidgets() if isinstance(w, MainWindow)
            )
            try:
                QCoreApplication.sendEvent(instance, QFileOpenEvent(str(path)))
                print("opened", window.document.session.path.name)
            finally:
                window.close()
                instance.quit()

        QTimer.singleShot(0, deliver)
        sys.exit(gui_app.main([]))
        """
    )
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    env["XDG_CONFIG_HOME"] = str(home / ".config")
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "Otwarty z Findera.crmw")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "opened Otwarty z Findera.crmw" in result.stdout
