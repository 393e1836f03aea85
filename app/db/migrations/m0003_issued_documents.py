"""Migration 0003: printed documents, each with a serial number and a verification code."""

from __future__ import annotations

import peewee as pw

from app.db.database import db

VERSION = 3
NAME = "issued documents"


class IssuedDocument(pw.Model):
    kind = pw.CharField(max_length=32)
    object_ref = pw.CharField(max_length=60)
    serial = pw.CharField(max_length=40, unique=True)
    code = pw.CharField(max_length=16, unique=True)
    issued_at = pw.DateTimeField()
    issued_by = pw.CharField(max_length=64)
    content_hash = pw.CharField(max_length=64)

    class Meta:
        database = db
        legacy_table_names = False
        indexes = ((("kind", "object_ref"), False),)


def up(database: pw.Database) -> None:
    with database.bind_ctx([IssuedDocument]):
        database.create_tables([IssuedDocument])
