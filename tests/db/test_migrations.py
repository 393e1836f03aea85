"""The schema: made by versioned migrations, the same whether new or upgraded, and in step
with the models. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee as pw
import pytest

from app.db import migrations
from app.db import models as m
from app.db.database import close_database, is_postgres, open_database
from app.db.migrations import m0001_initial


def schema_snapshot(database: pw.Database) -> dict:
    """Tables, columns, indexes, foreign keys and constraints/triggers, comparable."""
    out = {}
    for table in sorted(database.get_tables()):
        out[table] = {
            "columns": sorted(
                (c.name, c.data_type.lower(), c.null, c.primary_key)
                for c in database.get_columns(table)
            ),
            "indexes": sorted(
                (i.name, tuple(i.columns), i.unique) for i in database.get_indexes(table)
            ),
            "foreign_keys": sorted(
                (f.column, f.dest_table, f.dest_column) for f in database.get_foreign_keys(table)
            ),
        }
    if is_postgres(database):
        rows = database.execute_sql(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
        )
    else:
        rows = database.execute_sql(
            "SELECT tbl_name, name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')"
        )
    out["_constraints"] = sorted(tuple(r) for r in rows.fetchall())
    return out


def _fresh_snapshot(url: str) -> dict:
    database = open_database(url)
    try:
        migrations.migrate(database)
        return schema_snapshot(database)
    finally:
        close_database()


@pytest.fixture
def second_url(request, tmp_path):  # noqa: ANN001, ANN201
    """Another new database of the same kind as `db_url`."""
    from tests.conftest import _pg_schema_url

    if request.node.callspec.params["db_url"] == "sqlite":
        yield str(tmp_path / "second.sqlite")
    else:
        yield from _pg_schema_url()


def test_upgraded_from_first_migration_equals_new(db_url: str, second_url: str) -> None:
    database = open_database(db_url)
    try:
        assert migrations.migrate(database, target=1) == [1]
        now = dt.datetime(2026, 3, 30, 9, 0)
        # Data written by the first version must survive the upgrade.
        house = m0001_initial.Semansara.create(
            code="S1",
            name="سمن‌سرا",
            district=6,
            desks=1,
            meeting_rooms=1,
            workshop_rooms=0,
            halls=0,
            shelves=1,
            max_contracts=1,
            created_at=now,
        )
        m0001_initial.Room.create(semansara=house, kind="meeting_room", number=1)
        applied = migrations.migrate(database)
        assert applied == [v.VERSION for v in migrations.MIGRATIONS[1:]]
        assert migrations.migrate(database) == []  # nothing left to do
        upgraded = schema_snapshot(database)
        assert m.Semansara.get(m.Semansara.code == "S1").name == "سمن‌سرا"
    finally:
        close_database()
    assert upgraded == _fresh_snapshot(second_url)


def test_models_agree_with_migrated_schema(database: pw.Database) -> None:
    tables = set(database.get_tables())
    for model in m.MODELS:
        table = model._meta.table_name
        assert table in tables, table
        columns = {c.name for c in database.get_columns(table)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table
        indexed = {tuple(i.columns) for i in database.get_indexes(table)}
        for fields, _unique in model._meta.indexes:
            wanted = tuple(model._meta.fields[f].column_name for f in fields)
            assert wanted in indexed, (table, wanted)


def test_database_written_by_newer_program_is_refused(database: pw.Database) -> None:
    database.execute_sql(
        "INSERT INTO schema_migration (version, name, applied_at) "
        "VALUES (999, 'future', '2030-01-01')"
    )
    with pytest.raises(migrations.SchemaTooNew):
        migrations.migrate(database)


def test_hot_query_indexes_exist(database: pw.Database) -> None:
    """Bookings by room and time, requests by semansara and time, NGO search by name key."""

    def has(table: str, columns: tuple[str, ...]) -> bool:
        return any(tuple(i.columns) == columns for i in database.get_indexes(table))

    assert has("booking", ("room_id", "start_at"))
    assert has("request", ("semansara_id", "registered_at"))
    assert has("ngo", ("name_key",))
    assert has("ngo", ("licence_key",))


def test_each_migration_is_named_by_its_version() -> None:
    """The list of names gives each module's VERSION (a module is imported only to apply it),
    and every migration module of the package is in it."""
    assert [module.VERSION for module in migrations.MIGRATIONS] == list(
        range(1, migrations.LATEST + 1)
    )
    assert [int(name[1:5]) for name in migrations.NAMES] == list(range(1, migrations.LATEST + 1))
    files = sorted(p.stem for p in Path(migrations.__file__).parent.glob("m[0-9]*.py"))
    assert files == list(migrations.NAMES)
