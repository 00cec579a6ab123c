"""UI preferences in QSettings (geometry, recent files, language). Nothing about an assessment."""

from __future__ import annotations

from PySide6.QtCore import QSettings

MAX_RECENT = 10


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def recent_files(self) -> list[str]:
        value = self._settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def add_recent(self, path: str) -> None:
        files = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT]
        self._settings.setValue("recent_files", files)

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
