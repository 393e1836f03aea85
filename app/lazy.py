"""Modules loaded on first use rather than when a library imports them.

python-statemachine imports asyncio (10–15 ms of the window's start) for async callbacks,
which no machine of the program has: `defer_import("asyncio")`, before the library
is imported, puts in its place a module that runs its own code on the first read of a name it
lacks. (`importlib.util.LazyLoader` would not do: on Python 3.11 an `import` statement reads the
module's `__spec__`, and any read loads it.)
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types

_loading = threading.Lock()


class _Deferred(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        if name.startswith("__") and name != "__all__":
            # a probe for a module attribute the module lacks (PySide's import hook reads every
            # new module's source, after `inspect.unwrap` asks for `__wrapped__`): not a use
            raise AttributeError(name)
        with _loading:
            if isinstance(self, _Deferred):  # not loaded by another thread meanwhile
                self.__class__ = types.ModuleType
                self.__spec__.loader.exec_module(self)
        return getattr(self, name)


def defer_import(name: str) -> None:
    """Put a `name` that loads on first use in `sys.modules`, unless it is already imported."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _Deferred
    sys.modules[name] = module
