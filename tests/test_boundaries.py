"""The layers' boundaries, read from the source (every import statement, at the top or inside
a function): the window talks only to the workflow; the workflow, the database and the papers
know nothing of Qt; the database knows nothing of the workflow."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"
QT = ("PySide6", "shiboken6")

# (the layer, the modules it may not import, why)
RULES = [
    ("app.ui", ("app.db", "peewee", "psycopg"), "the window reads and acts through the workflow"),
    ("app.workflow", QT, "the workflow runs without Qt"),
    ("app.db", QT, "the database runs without Qt"),
    ("app.documents", QT, "papers are laid out without Qt"),
    ("app.db", ("app.workflow",), "the database does not know the workflow"),
]


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> list[tuple[int, str]]:
    package = module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    return imports_of(path.read_text(encoding="utf-8"), package)


def imports_of(source: str, package: str) -> list[tuple[int, str]]:
    """(line, module) of every import in `source`, a module of `package`; `from a import b`
    gives both `a` and `a.b` (b may be a module), relative imports resolved."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            out.append((node.lineno, base))
            out += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return out


def within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def crossings(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    """«file:line imports module», once a line, for every import of `layer` that crosses."""
    found: dict[tuple[str, int], str] = {}
    for path in sorted(APP.rglob("*.py")):
        if not within(module_name(path), layer):
            continue
        for line, name in imported(path):
            if any(within(name, banned) for banned in forbidden):
                found.setdefault((str(path.relative_to(APP.parent)), line), name)
    return [f"{where}:{line} imports {name}" for (where, line), name in sorted(found.items())]


@pytest.mark.parametrize(("layer", "forbidden", "why"), RULES, ids=lambda v: str(v))
def test_layer_keeps_its_boundary(layer: str, forbidden: tuple[str, ...], why: str) -> None:
    found = crossings(layer, forbidden)
    assert not found, f"{why}:\n" + "\n".join(found)


def test_the_walk_sees_every_kind_of_import() -> None:
    """The walk itself: top-level, inside a function, `from … import module`, relative."""
    source = (
        "import peewee as pw\n"
        "from app import db\n"
        "def later():\n"
        "    from ...db.models import User\n"
        "    from . import base\n"
        "    import PySide6.QtCharts\n"
    )
    names = {name for _line, name in imports_of(source, "app.ui.forms")}
    assert {"peewee", "app.db", "app.db.models", "app.ui.forms.base", "PySide6.QtCharts"} <= names
    assert not within("app.dbx", "app.db")
    assert not within("PySide", "PySide6")
