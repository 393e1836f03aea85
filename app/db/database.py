"""Opening the database: SQLite by default, PostgreSQL for an office of several desks.

`db` is a proxy that every model uses; `open_database(url)` points it at a real database.
A URL starting with ``postgresql://`` (or ``postgres://``) is a PostgreSQL DSN; anything
else is a path to an SQLite file.
"""

from __future__ import annotations

import os
from pathlib import Path

import peewee
from playhouse.shortcuts import ReconnectMixin

db = peewee.DatabaseProxy()

# Legal records: FULL sync in WAL mode (NORMAL may lose the last commits on power loss).
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,
    "busy_timeout": 15000,
}


def is_postgres_url(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


class ReconnectingPostgresqlDatabase(ReconnectMixin, peewee.PostgresqlDatabase):
    """Reconnects, outside a transaction only, when the server dropped the link (a restart);
    inside one the error reaches the service, which starts the whole call again."""

    reconnect_errors = (
        (peewee.OperationalError, "terminating connection"),
        (peewee.OperationalError, "server closed the connection"),
        (peewee.OperationalError, "the connection is closed"),
        (peewee.OperationalError, "consuming input failed"),
        (peewee.InterfaceError, "connection already closed"),
        (peewee.InterfaceError, "the connection is closed"),
    )


def make_database(url: str) -> peewee.Database:
    """Build (but do not connect) the peewee database for `url`."""
    if is_postgres_url(url):
        # A cut link must fail within seconds, not hang for minutes (DESIGN.md).
        return ReconnectingPostgresqlDatabase(
            url,
            autoconnect=True,  # after the server was away, the next query connects again
            connect_timeout=5,
            tcp_user_timeout=5000,
            application_name="semansara",
        )
    Path(url).parent.mkdir(parents=True, exist_ok=True)
    # Every transaction is a write-intent service call: take the write lock at BEGIN,
    # so that two desks never both read-then-write (DESIGN.md, reliability findings).
    return peewee.SqliteDatabase(
        url, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE", autoconnect=False, timeout=15
    )


def open_database(url: str) -> peewee.Database:
    """Point the global proxy at `url` and connect."""
    database = make_database(url)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    return database


def connection_lost(exc: BaseException) -> bool:
    """Whether `exc` says the link to the database server is gone."""
    text = str(exc).lower()
    return isinstance(exc, peewee.InterfaceError | peewee.OperationalError) and any(
        marker in text for marker in (
            "connection is closed", "server closed the connection", "terminating connection",
            "connection already closed", "consuming input failed", "connection refused",
            "could not connect", "connection timed out", "connection is lost", "ssl syscall"))


def reconnect() -> None:
    """Drop a dead connection and open a new one (raises if the server is still away)."""
    database = db.obj
    try:
        database.close()
    except Exception:  # noqa: BLE001 - the old connection is broken: nothing to close cleanly
        database._state.reset()
    database.connect()


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()


def is_postgres(database: peewee.Database | None = None) -> bool:
    database = database or db.obj
    return isinstance(database, peewee.PostgresqlDatabase)


def default_url_from_env() -> str | None:
    return os.environ.get("SEMANSARA_DB") or None
