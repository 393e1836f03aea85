"""Migration 0007: an office of many desks on one database.

- References from the database: PostgreSQL sequences `ref_n`, `ref_r`, `ref_c`, `ref_b`,
  `ref_e` (more are made on first use, e.g. a document serial's per year); on SQLite the
  counters are rows of `ref_counter`. Each starts after the highest number already used.
- Each service call's id (unique) and its result on its audit event, so that a retried call
  answers with its first result instead of acting twice.
- `database_mark`: what a database is marked as (the scenario runner marks its own).
"""

from __future__ import annotations

import re

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator
from playhouse.migrate import migrate as apply

VERSION = 7
NAME = "many desks"

# (counter, table, column, stem) of the references the program made before this version.
_COUNTERS = (
    ("N", "ngo", "code", "N-"),
    ("R", "request", "ref", "R-"),
    ("C", "contract", "ref", "C-"),
    ("B", "booking", "ref", "B-"),
    ("E", "extension", "ref", "E-"),
)


def _highest(database: pw.Database, table: str, column: str, stem: str) -> int:
    pattern = re.compile(re.escape(stem) + r"(\d+)")
    cursor = database.execute_sql(f'SELECT "{column}" FROM "{table}"')
    return max(
        (int(found[1]) for (value,) in cursor.fetchall() if (found := pattern.fullmatch(value))),
        default=0,
    )


def up(database: pw.Database) -> None:
    postgres = isinstance(database, pw.PostgresqlDatabase)
    migrator = PostgresqlMigrator(database) if postgres else SqliteMigrator(database)
    apply(
        migrator.add_column("audit_event", "call_id", pw.CharField(max_length=64, null=True)),
        migrator.add_column("audit_event", "result", pw.TextField(null=True)),
        migrator.add_index("audit_event", ("call_id",), True),
    )
    database.execute_sql(
        "CREATE TABLE database_mark (name VARCHAR(40) NOT NULL PRIMARY KEY, "
        "value TEXT NOT NULL, written_at TIMESTAMP NOT NULL)"
    )
    if not postgres:
        database.execute_sql(
            "CREATE TABLE ref_counter (name VARCHAR(60) NOT NULL PRIMARY KEY, "
            "value BIGINT NOT NULL)"
        )
    for key, table, column, stem in _COUNTERS:
        used = _highest(database, table, column, stem)
        if postgres:
            database.execute_sql(f'CREATE SEQUENCE "ref_{key.lower()}"')
            if used:
                database.execute_sql("SELECT setval(%s, %s)", (f"ref_{key.lower()}", used))
        elif used:
            database.execute_sql("INSERT INTO ref_counter (name, value) VALUES (?, ?)", (key, used))
