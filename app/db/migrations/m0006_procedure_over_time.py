"""Migration 0006: what the procedure over time needs to keep.

- the NGO's identifiers and the people a contract names (R-6.5): national ID, address, and the
  national codes of the chief executive and the official representative;
- staff as people of record (R-7.2): a code to refer to them, their employment type, and when
  and why they retired;
- the channel of an extension request (R-3.7);
- who at finance took the promissory note into custody (R-6.1).
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator
from playhouse.migrate import migrate as apply

VERSION = 6
NAME = "procedure over time"


def up(database: pw.Database) -> None:
    migrator = (
        PostgresqlMigrator(database)
        if isinstance(database, pw.PostgresqlDatabase)
        else SqliteMigrator(database)
    )
    apply(
        migrator.add_column("ngo", "national_id", pw.CharField(max_length=20, default="")),
        migrator.add_column("ngo", "address", pw.TextField(default="")),
        migrator.add_column("ngo", "chief_national_code", pw.CharField(max_length=10, default="")),
        migrator.add_column(
            "ngo", "representative_national_code", pw.CharField(max_length=10, default="")
        ),
        migrator.add_column("staff", "code", pw.CharField(max_length=32, null=True)),
        migrator.add_column("staff", "employment", pw.CharField(max_length=10, default="")),
        migrator.add_column("staff", "retired_at", pw.DateTimeField(null=True)),
        migrator.add_column("staff", "retire_reason", pw.TextField(default="")),
        migrator.add_index("staff", ("code",), True),
        migrator.add_column(
            "extension", "channel", pw.CharField(max_length=12, default="in_person")
        ),
        migrator.add_column(
            "promissory_note", "custody_by", pw.CharField(max_length=64, default="")
        ),
    )
