"""What the About box and support requests need to know from below the GUI."""

from __future__ import annotations

from crm_workshop.storage.schema import SCHEMA_VERSION, sqlite_library_version


def file_format_version() -> int:
    """The schema version of the workshop files this app writes (docs/file-format.md)."""
    return SCHEMA_VERSION


def sqlite_version() -> str:
    return sqlite_library_version()
