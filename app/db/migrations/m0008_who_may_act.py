"""Migration 0008: who may act, and a trail that cannot be quietly rewritten.

- users: a normalised, case-folded key of the username (unique: «ADMIN» and «admin» with an
  invisible joiner are one name) and the flag of a one-time password to change at sign-in;
- the audit trail: each event's digest of the business rows it wrote (`audit_row`, one row per
  written row) and its seal (an HMAC with the office's key, when there is one); the database
  refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) of both tables;
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import PostgresqlMigrator, SqliteMigrator
from playhouse.migrate import migrate as apply

from app.db.database import db
from app.persian import identifier

VERSION = 8
NAME = "who may act"

APPEND_ONLY = ("audit_event", "audit_row")


class AuditEvent(pw.Model):
    class Meta:
        database = db
        legacy_table_names = False


class AuditRow(pw.Model):
    event = pw.ForeignKeyField(AuditEvent, on_delete="RESTRICT")
    table_name = pw.CharField(max_length=40)
    row_id = pw.IntegerField()
    digest = pw.CharField(max_length=70)

    class Meta:
        database = db
        legacy_table_names = False
        indexes = ((("table_name", "row_id"), False),)


def username_key(username: str) -> str:
    """The key the program compares usernames by: R-9.2's identifier form, case folded (the
    rule itself, not a copy, so that an upgraded account is found by the name it had)."""
    return identifier(username or "").casefold()[:64]


def _fill_keys(database: pw.Database) -> None:
    rows = database.execute_sql('SELECT id, username FROM "user" ORDER BY id').fetchall()
    seen: set[str] = set()
    for user_id, username in rows:
        key = username_key(username)
        if key in seen or not key:  # an older look-alike of an earlier account: kept, unreachable
            key = f"{key}~{user_id}"[-64:]
        seen.add(key)
        database.execute_sql(
            f'UPDATE "user" SET username_key = {database.param} WHERE id = {database.param}',
            (key, user_id),
        )


def _append_only_sqlite(database: pw.Database) -> None:
    for table in APPEND_ONLY:
        for operation in ("UPDATE", "DELETE"):
            database.execute_sql(
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
            )


def _append_only_postgres(database: pw.Database) -> None:
    database.execute_sql(
        "CREATE FUNCTION semansara_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'the audit trail is append-only: %% on %% refused', "
        "TG_OP, TG_TABLE_NAME; END $$"
    )
    for table in APPEND_ONLY:
        database.execute_sql(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION semansara_append_only()"
        )
        database.execute_sql(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION semansara_append_only()"
        )


def up(database: pw.Database) -> None:
    postgres = isinstance(database, pw.PostgresqlDatabase)
    migrator = PostgresqlMigrator(database) if postgres else SqliteMigrator(database)
    apply(
        migrator.add_column("user", "username_key", pw.CharField(max_length=64, default="")),
        migrator.add_column("user", "must_change_password", pw.BooleanField(default=False)),
        migrator.add_column("audit_event", "rows_digest", pw.CharField(max_length=64, default="")),
        migrator.add_column("audit_event", "seal", pw.CharField(max_length=64, default="")),
    )
    _fill_keys(database)
    apply(migrator.add_index("user", ("username_key",), True))
    with database.bind_ctx([AuditEvent, AuditRow]):
        database.create_tables([AuditRow])
    (_append_only_postgres if postgres else _append_only_sqlite)(database)
