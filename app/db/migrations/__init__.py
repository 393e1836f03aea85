"""Versioned schema migrations: numbered modules, each with VERSION, NAME and up(database).

The applied versions are kept in the `schema_migration` table. A database written by a newer
program (a version this program does not know) is refused rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import importlib
from types import ModuleType
from typing import Any

import peewee as pw

from app.timezone import TEHRAN

# The modules, in the order of their numbers (each one's VERSION); one a line. A module is
# imported when its migration is to be applied (or `MIGRATIONS` is read), not to open a
# database already at the current schema.
NAMES = (
    "m0001_initial",
    "m0002_booking_overlap",
    "m0003_issued_documents",
    "m0004_extension_move_date",
    "m0005_user_email",
    "m0006_procedure_over_time",
    "m0007_many_desks",
    "m0008_who_may_act",
    "m0009_declared_days",
    "m0010_expired_booking_frees_room",
    "m0011_papers",
    "m0012_paper_records",
)
LATEST = len(NAMES)


def _module(version: int) -> ModuleType:
    return importlib.import_module(f"{__name__}.{NAMES[version - 1]}")


def __getattr__(name: str) -> Any:
    if name == "MIGRATIONS":
        return [_module(version) for version in range(1, LATEST + 1)]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class SchemaTooNew(RuntimeError):
    pass


def _ensure_table(database: pw.Database) -> None:
    database.execute_sql(
        "CREATE TABLE IF NOT EXISTS schema_migration "
        "(version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(32) NOT NULL)"
    )


def applied_versions(database: pw.Database) -> list[int]:
    _ensure_table(database)
    cursor = database.execute_sql("SELECT version FROM schema_migration ORDER BY version")
    return [row[0] for row in cursor.fetchall()]


def migrate(database: pw.Database, target: int | None = None) -> list[int]:
    """Apply every pending migration up to `target` (default: all), each in its own
    transaction. Returns the versions applied."""
    target = LATEST if target is None else target
    with database.atomic():
        done = set(applied_versions(database))
    unknown = [v for v in done if v > LATEST]
    if unknown:
        raise SchemaTooNew(
            f"پایگاه داده با نسخهٔ تازه‌تری از برنامه ساخته شده است (طرح {max(unknown)})."
        )
    applied = []
    for version in range(1, min(target, LATEST) + 1):
        if version in done:
            continue
        module = _module(version)
        with database.atomic():
            module.up(database)
            database.execute_sql(
                "INSERT INTO schema_migration (version, name, applied_at) VALUES (%s, %s, %s)".replace(
                    "%s", database.param
                ),
                (
                    module.VERSION,
                    module.NAME,
                    dt.datetime.now(TEHRAN).replace(tzinfo=None).isoformat(timespec="seconds"),
                ),
            )
        applied.append(module.VERSION)
    return applied
