"""The read side (`app.workflow.read`) as the window calls it: each module's functions run on
the window's database thread (`app.ui.database_thread`), so that the window never waits on
the database; its dataclasses and constants pass through unchanged.

`from app.ui.reads import ngos` then `ngos.ngo(code, who=user)` reads as
`app.workflow.read.ngos.ngo` does, only on the database thread. The function is looked up at
each call, so that a test may replace it. The few functions that only compute (`LOCAL`) run
where they are called: a table's cell asks them while it is drawn, when the window must not
wait for anything.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from types import ModuleType
from typing import Any

from app.ui import database_thread

# Functions of the read side that never read the database.
LOCAL = frozenset({"week_start", "is_ending_soon", "subjects"})


class Routed:
    """The module named `name` with its functions called on the database thread. It is
    imported when first used, so that the window's start imports only what its first page
    reads."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._loaded: ModuleType | None = None

    @property
    def _module(self) -> ModuleType:
        if self._loaded is None:
            self._loaded = importlib.import_module(self._name)
        return self._loaded

    def __getattr__(self, name: str) -> Any:
        module = self._module
        value = getattr(module, name)
        if not inspect.isfunction(value) or name in LOCAL:
            return value

        @functools.wraps(value)
        def routed(*args: Any, **kwargs: Any) -> Any:
            return database_thread.call(getattr(module, name), *args, **kwargs)

        return routed

    def __repr__(self) -> str:
        return f"<routed {self._name}>"


accounts = Routed("app.workflow.read.accounts")
bookings = Routed("app.workflow.read.bookings")
capacity = Routed("app.workflow.read.capacity")
contracts = Routed("app.workflow.read.contracts")
home = Routed("app.workflow.read.home")
manager_week = Routed("app.workflow.read.manager_week")
ngos = Routed("app.workflow.read.ngos")
notes = Routed("app.workflow.read.notes")
notices = Routed("app.workflow.read.notices")
requests = Routed("app.workflow.read.requests")
semansaras = Routed("app.workflow.read.semansaras")
settings = Routed("app.workflow.read.settings")
window = Routed("app.workflow.read.window")
# Workflow modules that read too.
notifications = Routed("app.workflow.notifications")
process_map = Routed("app.workflow.process_map")
reports = Routed("app.workflow.reports")
worklists = Routed("app.workflow.worklists")
