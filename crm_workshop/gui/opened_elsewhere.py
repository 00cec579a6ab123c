"""A workshop open for writing on another computer: read it here, or take it over.

The window asks through its ``dialogs`` (tests answer with a fake): open read-only
(safe, the default), or open anyway after a clear warning, which takes the lock file
over, or cancel and keep whatever was on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from crm_workshop.gui.dialogs import OPEN_ANYWAY, OPEN_READ_ONLY
from crm_workshop.gui.errors import describe, take_over_warning
from crm_workshop.services.errors import OpenedElsewhere
from crm_workshop.services.workshop import WorkshopSession


class _Asks(Protocol):
    def ask_opened_elsewhere(self, title: str, message: str) -> str | None: ...

    def confirm_take_over(self, title: str, message: str) -> bool: ...


def open_despite_lock(
    path: str | Path,
    exc: OpenedElsewhere,
    dialogs: _Asks,
    show_error: Callable[[BaseException], None],
) -> WorkshopSession | None:
    """The session the user chose for a workshop open elsewhere; None when cancelled
    or when the chosen open failed (``show_error`` has explained it)."""
    title, message = describe(exc)
    choice = dialogs.ask_opened_elsewhere(title, message)
    if choice == OPEN_READ_ONLY:
        take_over, read_only = False, True
    elif choice == OPEN_ANYWAY:
        if not dialogs.confirm_take_over(*take_over_warning(exc)):
            return None
        take_over, read_only = True, False
    else:
        return None
    try:
        return WorkshopSession.open(path, read_only=read_only, take_over=take_over)
    except Exception as error:  # every failure is explained, none is fatal
        show_error(error)
        return None
