"""Migration 0011: one original per version of a paper.

An introduction letter keeps its own number (…-L1, …-L2) in every version, so a serial is
unique only among the other kinds. Papers issued from now on store the digest of their record
(`hash_scheme` 2); older rows keep the digest of their printed text (1), which is not compared.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator
from playhouse.migrate import migrate as apply

VERSION = 11
NAME = "one original per version of a paper"


def up(database: pw.Database) -> None:
    migrator = (
        PostgresqlMigrator(database)
        if isinstance(database, pw.PostgresqlDatabase)
        else SqliteMigrator(database)
    )
    apply(migrator.add_column("issued_document", "hash_scheme", pw.SmallIntegerField(default=1)))
    database.execute_sql("DROP INDEX IF EXISTS issued_document_serial")
    database.execute_sql("CREATE INDEX issued_document_serial ON issued_document (serial)")
    database.execute_sql(
        "CREATE UNIQUE INDEX issued_document_serial_once ON issued_document (serial) "
        "WHERE kind NOT IN ('letter-representative', 'letter-manager')"
    )
