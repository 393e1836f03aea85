"""Shared fixtures. Database tests run on SQLite and on PostgreSQL (each test its own schema)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from app.db.database import close_database, open_database
from app.workflow import jalali
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock

PG_BASE = os.environ.get("SEMANSARA_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(jalali.parse_datetime("1405/01/10 09:00"))


def _pg_schema_url() -> Iterator[str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_BASE) as conn:  # one transaction, committed at the end
        # Parallel workers starting on a new database would each create the extension (IF NOT
        # EXISTS does not guard against a concurrent CREATE): they take turns.
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('tests: btree_gist'))")
        conn.execute("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public")
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema},public"
    finally:
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # noqa: ANN001
    """A URL of a new, empty database of each kind."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.sqlite")
    else:
        yield from _pg_schema_url()


class InitialisedFiles:
    """SQLite files initialised once a session for each time a test's clock starts at; each
    test's `database` on SQLite is a copy (what `initialise` writes depends only on the time)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: dict[dt.datetime, Path] = {}

    def copy(self, now: dt.datetime, path: str) -> None:
        if now not in self.made:
            template = self.folder / f"initialised-{len(self.made)}.sqlite"
            initialise(open_database(str(template)), now, starter_users=False)
            close_database()  # the WAL checkpointed into the file
            self.made[now] = template
        shutil.copyfile(self.made[now], path)
        os.chmod(path, 0o600)  # as open_database makes a new file


@pytest.fixture(scope="session")
def initialised_files(tmp_path_factory: pytest.TempPathFactory) -> InitialisedFiles:
    return InitialisedFiles(tmp_path_factory.mktemp("initialised"))


@pytest.fixture
def database(db_url: str, clock: FixedClock, initialised_files: InitialisedFiles):  # noqa: ANN201
    """An initialised database (schema, policy version 1, `admin`), opened as `db`: on
    PostgreSQL initialised in the test's schema, on SQLite a copy of one initialised before."""
    if db_url.startswith("postgresql"):
        database = open_database(db_url)
        initialise(database, clock.now(), starter_users=False)
    else:
        initialised_files.copy(clock.now(), db_url)
        database = open_database(db_url)
    yield database
    close_database()


@pytest.fixture
def now() -> dt.datetime:
    return jalali.parse_datetime("1405/01/10 09:00")
