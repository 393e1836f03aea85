"""A module deferred by `app.lazy.defer_import` loads on its first use, not on an import or on
PySide's probe for `__wrapped__`; it is then the module itself."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_deferred_module_loads_on_first_use() -> None:
    code = (
        "import sys, inspect\n"
        "from app.lazy import defer_import\n"
        "defer_import('colorsys')\n"
        "import colorsys\n"
        "print(hasattr(colorsys, '__wrapped__'), 'rgb_to_hsv' in vars(colorsys))\n"
        "inspect.getsource(colorsys)\n"
        "before = 'rgb_to_hsv' in vars(colorsys)\n"
        "print(before, colorsys.rgb_to_hsv(1, 0, 0) == (0, 1, 1), 'rgb_to_hsv' in vars(colorsys))\n"
        "print(sys.modules['colorsys'] is colorsys, type(colorsys).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == [
        "False False",
        "False True True",
        "True module",
    ]


def test_an_imported_module_is_left_as_it_is() -> None:
    from app.lazy import defer_import

    module = sys.modules["inspect"]
    defer_import("inspect")
    assert sys.modules["inspect"] is module is inspect
