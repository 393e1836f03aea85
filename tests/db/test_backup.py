"""Backups restore into a new database with every table equal; SQLite moves to PostgreSQL."""

from __future__ import annotations

import uuid

import peewee as pw
import psycopg
import pytest

from app.db import models as m
from app.db.backup import BackupError, backup, copy_database, restore
from app.db.database import close_database, open_database
from app.workflow.audit import verify_chain, verify_trail
from app.workflow.bootstrap import initialise
from tests.conftest import PG_BASE, _pg_schema_url
from tests.factories import World


def _tables() -> dict[str, list[dict]]:
    return {
        model._meta.table_name: list(model.select().order_by(model._meta.primary_key).dicts())
        for model in m.MODELS
    }


@pytest.fixture
def filled(database, clock):  # noqa: ANN001, ANN201
    world = World(clock)
    for code in ("N1", "N2", "N3"):
        world.ngo(code)
    world.contract("R1", "N1", "C1")
    world.book_hall("B1", "1405/01/20", "10:00", "12:00", people=20)
    world.request_to("R2", "N2", "pe_referred")
    return world


def _trail_still_guarded() -> None:
    """The restored trail verifies row by row and is still append-only (R-3.5)."""
    from app.db.database import db

    assert verify_trail().ok
    with pytest.raises(pw.DatabaseError), db.atomic():
        db.execute_sql("DELETE FROM audit_event")


def test_backup_and_restore_into_new_database(filled, db_url, tmp_path) -> None:  # noqa: ANN001
    before = _tables()
    out = tmp_path / "backup.dump"
    backup(db_url, out)
    close_database()
    if db_url.startswith("postgresql"):
        name = f"restore_{uuid.uuid4().hex[:10]}"
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        target = PG_BASE.rsplit("/", 1)[0] + f"/{name}"
        schema = db_url.split("search_path%3D")[1].split(",")[0]
        try:
            with psycopg.connect(target, autocommit=True) as conn:
                conn.execute("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public")
            restore(out, target)
            open_database(f"{target}?options=-csearch_path%3D{schema},public")
            assert _tables() == before
            assert verify_chain().ok
            _trail_still_guarded()
            close_database()
        finally:
            with psycopg.connect(PG_BASE, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE {name} WITH (FORCE)")
    else:
        target = str(tmp_path / "restored.sqlite")
        restore(out, target)
        open_database(target)
        assert _tables() == before
        assert verify_chain().ok
        _trail_still_guarded()
        close_database()
        with pytest.raises(BackupError):
            restore(out, target)  # never over a database that has data


def test_sqlite_office_moves_to_postgresql(tmp_path, clock) -> None:  # noqa: ANN001
    source = str(tmp_path / "office.sqlite")
    database = open_database(source)
    initialise(database, clock.now(), starter_users=False)
    world = World(clock)
    world.ngo("N1")
    world.contract("R1", "N1", "C1")
    world.book_hall("B1", "1405/01/20", "10:00", "12:00", people=20)
    before = _tables()
    close_database()
    for target in _pg_schema_url():
        report = copy_database(source, target)
        assert report.ok and report.counts["booking"] == (1, 1)
        open_database(target)
        try:
            assert _tables() == before
            assert verify_chain().ok
            # Every row's digest, taken on SQLite, reads the same on PostgreSQL.
            trail = verify_trail()
            assert trail.ok and trail.rows > 10, (trail.changed, trail.unexplained)
            # New rows continue after the copied ids.
            world.do(
                "desk",
                "register_ngo",
                code="N9",
                name="انجمن تازه",
                licence_issuer="وزارت کشور",
                licence_no="L-N9",
                licence_expires="1408/01/01",
                founded="1400/01/01",
                members=5,
            )
            assert verify_chain().ok
            with pytest.raises(BackupError):
                copy_database(source, target)  # never into a database that has data
        finally:
            close_database()
