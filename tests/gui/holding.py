"""``Gate``: hold a function that runs off the interface's thread, to look at the
window while it works, and to know on which thread it ran."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class Gate:
    """Wraps ``function``: each call records its thread, says it has begun
    (``entered``) and waits until the test ``open()``s the gate (at most 10 s)."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self.threads: list[threading.Thread] = []
        self.entered = threading.Event()
        self.opened = threading.Event()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread())
        self.entered.set()
        self.opened.wait(10)
        return self.function(*args, **kwargs)

    def open(self) -> None:
        self.opened.set()

    def on_the_gui_thread(self) -> bool:
        return any(t is threading.main_thread() for t in self.threads)
