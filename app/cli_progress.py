"""A text progress bar on the terminal for long commands (`semansara demo`).

Drawn on one line, redrawn in place, only where the stream is a terminal: a log or a pipe gets
the command's result alone. No library for one line of text.
"""

from __future__ import annotations

import sys
from typing import TextIO

from app.workflow.persian import to_persian_digits

WIDTH = 30


class TerminalBar:
    """A `progress(done, total)` callback that draws «[#####·····] ۴۵٪ label» on `stream`."""

    def __init__(self, label: str, stream: TextIO | None = None, width: int = WIDTH):
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.shown = -1  # the percentage last drawn: redraw only when it changes

    @property
    def live(self) -> bool:
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def line(self, done: int, total: int) -> str:
        fraction = min(max(done / total, 0.0), 1.0) if total > 0 else 1.0
        filled = round(fraction * self.width)
        bar = "#" * filled + "·" * (self.width - filled)
        percent = to_persian_digits(str(int(fraction * 100)))
        return f"[{bar}] {percent}٪ {self.label}"

    def __call__(self, done: int, total: int) -> None:
        if not self.live:
            return
        percent = int(100 * done / total) if total > 0 else 100
        if percent == self.shown:
            return
        self.shown = percent
        end = "\n" if done >= total else ""
        self.stream.write("\r" + self.line(done, total) + end)
        self.stream.flush()
