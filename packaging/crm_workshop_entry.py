"""Entry script of the frozen app (PyInstaller): the ``crm-workshop`` command.

Without a sub-command it opens the desktop app, as the installed command does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _give_windowed_builds_a_console_stand_in() -> None:
    """A windowed Windows build has no ``sys.stdout``/``sys.stderr`` (None): the
    command line's messages would raise instead of vanishing."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, Path(os.devnull).open("w", encoding="utf-8"))  # noqa: SIM115


if __name__ == "__main__":
    _give_windowed_builds_a_console_stand_in()
    from crm_workshop.cli import main

    sys.exit(main())
