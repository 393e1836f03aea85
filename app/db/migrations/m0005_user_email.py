"""Migration 0005: a user's e-mail address, so that a semansara manager receives the notices
of step ذ by e-mail (empty: they are printed)."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator
from playhouse.migrate import migrate as apply

VERSION = 5
NAME = "user e-mail"


def up(database: pw.Database) -> None:
    migrator = (
        PostgresqlMigrator(database)
        if isinstance(database, pw.PostgresqlDatabase)
        else SqliteMigrator(database)
    )
    apply(migrator.add_column("user", "email", pw.CharField(max_length=200, default="")))
