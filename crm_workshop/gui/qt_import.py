"""Loading PySide6 without its import hook.

Importing PySide6 replaces ``builtins.__import__`` with a hook that serves PySide's
optional ``from __feature__ import snake_case, true_property`` switches. The hook
runs Python code on every import statement of the process from then on, and the
first time it meets a module it reads and searches the module's source for those
switches: some 8 ms of the app's start-up and 60 ms more when the charts load
matplotlib and numpy. The app uses neither switch, so ``load_qt`` puts the plain
import back once Qt is loaded.
"""

from __future__ import annotations

import builtins


def load_qt() -> None:
    """Import QtCore with the interpreter's own import statement kept in place
    (nothing happens when PySide6 was already imported: its hook stays)."""
    plain = builtins.__import__
    import PySide6.QtCore  # noqa: F401

    builtins.__import__ = plain
