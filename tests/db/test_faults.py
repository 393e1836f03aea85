"""Faults: a dropped server link is survived without a restart; a read-only or full database
gives a clear Persian refusal and loses nothing."""

from __future__ import annotations

import psycopg
import pytest

from app.db import models as m
from app.db.database import close_database, db, is_postgres, open_database
from app.workflow import errors
from app.workflow.api import run
from app.workflow.audit import verify_chain
from app.workflow.bootstrap import initialise
from app.workflow.errors import WorkflowError
from tests.conftest import PG_BASE, _pg_schema_url
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


@pytest.fixture
def pg_world(clock):  # noqa: ANN001, ANN201
    for url in _pg_schema_url():
        initialise(open_database(url), clock.now(), starter_users=False)
        try:
            yield World(clock)
        finally:
            close_database()


@pytest.fixture
def sqlite_world(tmp_path, clock):  # noqa: ANN001, ANN201
    initialise(open_database(str(tmp_path / "faults.sqlite")), clock.now(), starter_users=False)
    try:
        yield World(clock)
    finally:
        close_database()


def _cut_link() -> None:
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(PG_BASE, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_server_link_cut_between_actions_is_survived(pg_world: World) -> None:
    _cut_link()
    pg_world.ngo("N1")  # reads and writes go on after a reconnect
    assert m.Ngo.get(m.Ngo.code == "N1").level == 2
    assert verify_chain().ok


def test_server_link_cut_inside_an_action_is_survived(pg_world: World, monkeypatch) -> None:  # noqa: ANN001
    from app.workflow import registry

    real = registry._unique_licence
    cuts = []

    def cut_once(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if not cuts:
            cuts.append(1)
            _cut_link()
        return real(*args, **kwargs)

    monkeypatch.setattr(registry, "_unique_licence", cut_once)
    pg_world.ngo("N1", level=None)
    assert cuts and m.Ngo.select().where(m.Ngo.code == "N1").count() == 1
    assert verify_chain().ok


def test_server_away_refused_in_persian_then_back(pg_world: World, monkeypatch) -> None:  # noqa: ANN001
    import peewee

    pg_world.ngo("N1", level=None)
    database = db.obj
    real_connect = type(database).connect

    def refused_connect(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise peewee.OperationalError("connection refused: the server is not running")

    desk = pg_world.ctx("desk")
    monkeypatch.setattr(type(database), "connect", refused_connect)
    _cut_link()  # the server goes away
    with pytest.raises(WorkflowError) as refused:
        run(desk, "add_program", ngo="N1", date="1405/01/01", participants=3, title="کارگاه")
    assert refused.value.code == errors.DB_UNAVAILABLE
    assert "پایگاه داده" in refused.value.message_fa
    monkeypatch.setattr(type(database), "connect", real_connect)  # and comes back
    pg_world.do("desk", "add_program", ngo="N1", date="1405/01/01", participants=3, title="کارگاه")
    assert m.Program.select().count() == 1
    assert verify_chain().ok


def test_read_only_database_refused_clearly(world: World) -> None:
    if is_postgres():
        db.execute_sql("SET default_transaction_read_only = on")
    else:
        db.execute_sql("PRAGMA query_only = 1")
    with pytest.raises(WorkflowError) as refused:
        world.ngo("N1", level=None)
    assert refused.value.code == errors.STORAGE_ERROR and "فقط‌خواندنی" in refused.value.message_fa
    if is_postgres():
        db.execute_sql("SET default_transaction_read_only = off")
    else:
        db.execute_sql("PRAGMA query_only = 0")
    assert not m.Ngo.select().where(m.Ngo.code == "N1").exists()
    world.ngo("N1", level=None)  # and once writable again, it works
    assert verify_chain().ok


def test_full_disk_refused_clearly_and_nothing_lost(sqlite_world: World) -> None:
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 2}")
    events = m.AuditEvent.select().count()
    with pytest.raises(WorkflowError) as refused:
        for i in range(500):
            sqlite_world.do(
                "desk",
                "register_ngo",
                code=f"N{i}",
                name="ن" * 290,
                licence_issuer="وزارت کشور",
                licence_no=f"L{i}",
                licence_expires="1408/01/01",
                founded="1400/01/01",
                members=5,
                chief="م" * 190,
                representative="ع" * 190,
            )
    assert refused.value.code == errors.STORAGE_ERROR and "دیسک پر است" in refused.value.message_fa
    saved = m.Ngo.select().count()
    assert m.AuditEvent.select().count() == events + saved  # every saved NGO has its event
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    assert verify_chain().ok
