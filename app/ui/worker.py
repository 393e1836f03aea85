"""Long work (an import of thousands of rows, talking to a mail server) off the interface's
thread, so that windows keep drawing and a «لغو» button can still be pressed.

`Job(work)` runs `work(job)` in a `QThread` of its own. peewee keeps one connection per thread
(`Database._state` is thread-local), so the job opens its own connection to the same database
at the start and closes it at the end: on SQLite a second connection to the same file (WAL: the
interface's reads go on while the job holds the write lock, and see only what is committed);
on PostgreSQL a second session. The job's service call is one transaction on that connection,
exactly as when the interface calls a service; nothing is shared between the threads but the
arguments and the result. An in-memory SQLite database cannot be opened twice: there the work
runs in the calling thread (tests only; the program always opens a file).

`work` reports with `job.report(done, total)` and asks `job.cancelled()`; it must not touch
widgets.

Signals:
    progress(int done, int total): from `report`, delivered in the interface's thread.
    succeeded(object result): what `work` returned.
    failed(object exception): what `work` raised (a `WorkflowError`, `ImportCancelled` …).
    Then QThread's own `finished()`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from app.workflow.lifecycle import shared_only, thread_connection


class Job(QThread):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        work: Callable[[Job], Any],
        *,
        uses_database: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.uses_database = uses_database
        self._stop = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    # --- from the interface's thread ------------------------------------------------------------

    def begin(self) -> None:
        """Start the work in its own thread (or, see above, here)."""
        if self.uses_database and shared_only():
            self.run()
            self.finished.emit()
        else:
            self.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next `cancelled()` question."""
        self._stop.set()

    # --- from the work ------------------------------------------------------------------------------

    def report(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    # --- the thread ---------------------------------------------------------------------------------

    def run(self) -> None:
        try:
            if self.uses_database:
                with thread_connection():
                    self.result = self.work(self)
            else:
                self.result = self.work(self)
        except Exception as exc:  # noqa: BLE001 - handed to the interface, which says why
            self.error = exc
        if self.error is not None:
            self.failed.emit(self.error)
        else:
            self.succeeded.emit(self.result)
