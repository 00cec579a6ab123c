"""Facts about the Qt binding the app depends on, checked in a child process."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QObject, Signal

class Emitter(QObject):
    changed = Signal(str)

emitter = Emitter()
emitter.changed.connect(lambda text: None)
for _ in range(20_000):
    emitter.changed.emit("1.1")
print("survived")
"""


def test_many_signal_emits_do_not_abort_the_process():
    """PySide6 6.12.0 aborted after ~1,300 emits (bool_dealloc); a day of capture emits more."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
