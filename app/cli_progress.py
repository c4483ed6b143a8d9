"""A text progress bar for long commands (demo, export, import) on standard error."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO


class ProgressBar:
    """Call with (stage, done, total). On a terminal it redraws one line; otherwise (a log,
    CI) it prints a line when the stage changes or every 10 %."""

    def __init__(self, stream: TextIO | None = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = self.stream.isatty()
        self._stage = ""
        self._last_decile = -1
        self._started = time.monotonic()

    def __call__(self, stage: str, done: int, total: int) -> None:
        fraction = 1.0 if total <= 0 else min(1.0, done / total)
        filled = int(fraction * self.width)
        elapsed = time.monotonic() - self._started
        line = f"[{'#' * filled}{'.' * (self.width - filled)}] {fraction:4.0%} {stage} ({elapsed:.0f}秒)"
        if self.tty:
            self.stream.write("\r\033[K" + line)
            self.stream.flush()
        elif stage != self._stage or int(fraction * 10) != self._last_decile:
            self.stream.write(line + "\n")
            self.stream.flush()
        self._stage = stage
        self._last_decile = int(fraction * 10)

    def counts(self, label: str) -> Callable[[int, int], None]:
        """Adapt to a (done, total) callback reporting under ``label``."""
        return lambda done, total: self(label, done, total)

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()
