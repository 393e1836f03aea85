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
import inspect
from types import ModuleType
from typing import Any

from app.ui import database_thread
from app.workflow import notifications as _notifications
from app.workflow import process_map as _process_map
from app.workflow import reports as _reports
from app.workflow import worklists as _worklists
from app.workflow.read import accounts as _accounts
from app.workflow.read import bookings as _bookings
from app.workflow.read import capacity as _capacity
from app.workflow.read import contracts as _contracts
from app.workflow.read import home as _home
from app.workflow.read import manager_week as _manager_week
from app.workflow.read import ngos as _ngos
from app.workflow.read import notes as _notes
from app.workflow.read import notices as _notices
from app.workflow.read import requests as _requests
from app.workflow.read import semansaras as _semansaras
from app.workflow.read import settings as _settings
from app.workflow.read import window as _window

# Functions of the read side that never read the database.
LOCAL = frozenset({"week_start", "is_ending_soon", "subjects"})


class Routed:
    """`module` with its functions called on the database thread."""

    def __init__(self, module: ModuleType) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._module, name)
        if not inspect.isfunction(value) or name in LOCAL:
            return value
        module = self._module

        @functools.wraps(value)
        def routed(*args: Any, **kwargs: Any) -> Any:
            return database_thread.call(getattr(module, name), *args, **kwargs)

        return routed

    def __repr__(self) -> str:
        return f"<routed {self._module.__name__}>"


accounts = Routed(_accounts)
bookings = Routed(_bookings)
capacity = Routed(_capacity)
contracts = Routed(_contracts)
home = Routed(_home)
manager_week = Routed(_manager_week)
ngos = Routed(_ngos)
notes = Routed(_notes)
notices = Routed(_notices)
requests = Routed(_requests)
semansaras = Routed(_semansaras)
settings = Routed(_settings)
window = Routed(_window)
# Workflow modules that read too.
notifications = Routed(_notifications)
process_map = Routed(_process_map)
reports = Routed(_reports)
worklists = Routed(_worklists)
