"""Migration 0012: an issued paper keeps the record it was issued with.

`record` is the canonical JSON whose SHA-256 is the row's `content_hash`: what the paper said
when it was issued. A contract reprints its parties from the record of its first issue (as
signed), not from today's NGO file. Rows issued before keep an empty record.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator
from playhouse.migrate import migrate as apply

VERSION = 12
NAME = "an issued paper keeps its record"


def up(database: pw.Database) -> None:
    migrator = (
        PostgresqlMigrator(database)
        if isinstance(database, pw.PostgresqlDatabase)
        else SqliteMigrator(database)
    )
    apply(migrator.add_column("issued_document", "record", pw.TextField(default="")))
