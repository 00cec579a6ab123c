"""UI preferences in QSettings (geometry, recent files, language, theme, last folders).

Nothing about an assessment: that lives in the workshop file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10
# The themes of View › Theme; "system" follows the desktop's light or dark setting.
THEMES = ("system", "light", "dark", "projector")
DEFAULT_THEME = "system"
# Any file dialog's last folder: the fallback for a kind of dialog not used yet.
LAST_FOLDER = "last_folder"


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    # -- recent files ------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> None:
        files = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT]
        self._settings.setValue("recent_files", files)

    def remove_recent(self, path: str) -> None:
        self._settings.setValue(
            "recent_files", [p for p in self.recent_files() if p != path]
        )

    def clear_recent(self) -> None:
        self._settings.setValue("recent_files", [])

    # -- theme -------------------------------------------------------------------------
    def theme(self) -> str:
        """One of ``THEMES``; an unknown saved value (a newer version's) is the default."""
        value = str(self._settings.value("theme", DEFAULT_THEME))
        return value if value in THEMES else DEFAULT_THEME

    def set_theme(self, name: str) -> None:
        self._settings.setValue("theme", name if name in THEMES else DEFAULT_THEME)

    # -- the last folder of each kind of file dialog ------------------------------------
    def last_folder(self, kind: str) -> str:
        """Where the last dialog of ``kind`` (workshop, report, chart, csv...) was
        answered; else where any dialog was; else the home folder. A folder that is gone
        (an unplugged drive, a deleted project folder) is skipped."""
        for key in (f"folders/{kind}", LAST_FOLDER):
            value = self._settings.value(key, "")
            if value and Path(str(value)).is_dir():
                return str(value)
        return str(Path.home())

    def remember_folder(self, kind: str, path: str, *, is_folder: bool = False) -> None:
        """Keep the folder of the file ``path`` (or ``path`` itself, a folder) as the
        start of the next dialog of ``kind``."""
        if not path:
            return
        folder = str(Path(path) if is_folder else Path(path).parent)
        self._settings.setValue(f"folders/{kind}", folder)
        self._settings.setValue(LAST_FOLDER, folder)

    # -- anything else -------------------------------------------------------------------
    def file_name(self) -> str:
        """Where these settings are kept (a file, or the Windows registry's key)."""
        return self._settings.fileName()

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
