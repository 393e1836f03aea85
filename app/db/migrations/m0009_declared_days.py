"""Migration 0009: days HQ declares closed or open (R-2.3), besides Fridays and Iran's official
holidays, for every semansara or one of them. The latest declaration of a day wins; none is
ever deleted."""

from __future__ import annotations

import peewee as pw

from app.db.database import db

VERSION = 9
NAME = "declared days"


class BaseModel(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class Semansara(BaseModel):
    class Meta:
        table_name = "semansara"


class DeclaredDay(BaseModel):
    day = pw.DateField(index=True)
    semansara = pw.ForeignKeyField(Semansara, null=True, on_delete="RESTRICT")
    kind = pw.CharField(max_length=8)  # closed | open
    reason = pw.TextField()
    declared_by = pw.CharField(max_length=64)
    declared_at = pw.DateTimeField()

    class Meta:
        constraints = [pw.Check("kind IN ('closed', 'open')")]


def up(database: pw.Database) -> None:
    with database.bind_ctx([Semansara, DeclaredDay]):
        database.create_tables([DeclaredDay])
