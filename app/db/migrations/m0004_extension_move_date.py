"""Migration 0004: an extension into another semansara takes effect when the current term
ends; `extension.starts` keeps that date."""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator
from playhouse.migrate import migrate as apply

VERSION = 4
NAME = "extension start date"


def up(database: pw.Database) -> None:
    migrator = (
        PostgresqlMigrator(database)
        if isinstance(database, pw.PostgresqlDatabase)
        else SqliteMigrator(database)
    )
    apply(
        migrator.add_column("extension", "starts", pw.DateField(null=True)),
        migrator.add_index("extension", ("state",), False),
    )
