"""The running app names its desktop entry and carries the app icon."""

from __future__ import annotations

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
