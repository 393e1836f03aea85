"""The database's life, for the window: open (SQLite file or PostgreSQL URL), bring to the
current schema, open for reading only, back up, restore, move to another database, test a
connection without using it, and where a new office keeps its file.

The interface calls these and catches `DATABASE_ERRORS` (any driver's error, whichever
database is open) and `OPEN_ERRORS`, never the database library's own classes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import peewee

from app import config
from app.db import database as _db
from app.db.database import DatabaseUrlError, check_url, connection_lost, in_use, is_postgres_url
from app.db.migrations import LATEST, SchemaTooNew
from app.workflow.bootstrap import SchemaNotCurrent, initialise, is_current, is_new
from app.workflow.clock import Clock, SystemClock
from app.workflow.timeline import catch_up

if TYPE_CHECKING:
    from app.db.backup import BackupError, CopyReport, backup, copy_database, restore

__all__ = [
    "CONNECT_TIMEOUT",
    "DATABASE_ERRORS",
    "LATEST",
    "OPEN_ERRORS",
    "BackupError",
    "CopyReport",
    "Database",
    "DatabaseUrlError",
    "FirstStartCancelled",
    "Probe",
    "SchemaNotCurrent",
    "SchemaTooNew",
    "backup",
    "check_url",
    "close_database",
    "connection_lost",
    "connection_parts",
    "copy_database",
    "default_sqlite_path",
    "drop_thread_connection",
    "in_use",
    "is_postgres_url",
    "open_and_initialise",
    "open_database",
    "open_read_only",
    "probe",
    "restore",
    "shared_only",
    "thread_connection",
    "thread_connect",
    "thread_connected",
]

# Backing up and restoring (`app.db.backup`, with its subprocesses and temporary files) are
# imported when first asked for, not when the window starts.
_BACKUP_NAMES = ("BackupError", "CopyReport", "backup", "copy_database", "restore")


def __getattr__(name: str) -> Any:
    if name in _BACKUP_NAMES:
        from app.db import backup as _backup

        return getattr(_backup, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


Database = peewee.Database  # what `open_*` return; the window only passes it on
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is told within this


# Any error of the database or its driver (peewee wraps psycopg's and sqlite3's own as its
# classes; a raw sqlite3 backup raises sqlite3's): the link lost, the file locked too long, a
# refused statement. The window catches these, never the library's classes by name.
DATABASE_ERRORS: tuple[type[BaseException], ...] = (
    peewee.DatabaseError,
    peewee.InterfaceError,
    sqlite3.Error,
)

# Errors that mean "this database cannot be opened now", to be told to a person, not traced.
OPEN_ERRORS: tuple[type[BaseException], ...] = (
    *DATABASE_ERRORS,
    SchemaTooNew,
    OSError,
    DatabaseUrlError,
)


class FirstStartCancelled(Exception):
    """The person closed the first start's dialog: no database was made."""


def default_sqlite_path() -> Path:
    """The file a new office uses when nothing else is said (the user's data folder)."""
    return config.default_sqlite_path()


# --- opening --------------------------------------------------------------------------------------


def open_database(url: str) -> Database:
    return _db.open_database(url)


def close_database() -> None:
    _db.close_database()


def open_and_initialise(
    url: str, clock: Clock | None = None, first_start: Callable[[], str | None] | None = None
) -> Database:
    """Open `url` and bring it to the current schema; raises one of OPEN_ERRORS. A new
    database is made only with the administrator's password `first_start()` gives (None:
    `FirstStartCancelled`, nothing made). What fell due since it was last used is done
    (R-3.6)."""
    try:
        database = _db.open_database(url)
        password = None
        if first_start is not None and is_new(database):
            password = first_start()
            if password is None:
                raise FirstStartCancelled
        clock = clock or SystemClock()
        initialise(database, clock.now(), admin_password=password)
        catch_up(clock)
    except BaseException:
        _db.close_database()
        raise
    return database


def open_read_only(url: str, not_current: str = "") -> Database:
    """Open `url` for reading only (the database itself refuses writes); a database that is
    new or not at the current schema is refused (`SchemaNotCurrent(not_current)`), not
    upgraded."""
    database = _db.open_database(url, read_only=True)
    try:
        if not is_current(database):
            raise SchemaNotCurrent(not_current)
        database.execute_sql(
            "SET default_transaction_read_only = on"
            if is_postgres_url(url)
            else "PRAGMA query_only = 1"
        )
    except BaseException:
        _db.close_database()
        raise
    return database


# --- a second thread ------------------------------------------------------------------------------


def shared_only() -> bool:
    """Whether the open database cannot be opened a second time (SQLite in memory): work
    meant for another thread must run in this one."""
    database = _db.db.obj
    return isinstance(database, peewee.SqliteDatabase) and database.database in ("", ":memory:")


@contextlib.contextmanager
def thread_connection() -> Iterator[None]:
    """A connection of this thread's own to the open database for the block (peewee keeps one
    per thread): on SQLite a second connection to the file, on PostgreSQL a second session."""
    opened = False
    if _db.db.obj is not None and _db.db.is_closed():
        _db.db.connect()
        opened = True
    try:
        yield
    finally:
        if opened and not _db.db.is_closed():
            _db.db.close()


def thread_connect() -> None:
    """Open this thread's own connection to the open database when it has none (a thread
    that keeps its connection between calls: the window's database thread)."""
    if _db.db.obj is not None and _db.db.is_closed():
        _db.db.connect()


def thread_connected() -> bool:
    """Whether this thread holds a connection to the open database (a failed reconnection
    leaves it none)."""
    return _db.db.obj is not None and not _db.db.is_closed()


def drop_thread_connection() -> None:
    """Close this thread's connection; a broken one is forgotten (the next call opens anew)."""
    database = _db.db.obj
    if database is None or database.is_closed():
        return
    try:
        database.close()
    except Exception:  # noqa: BLE001 - the link is gone: nothing to close cleanly
        database._state.reset()


# --- testing a connection -------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """What a connection test found. `problem` is "" when the database can be used, else one
    of: no_file, suffix, is_folder, cannot_create, not_sqlite, bad_url, refused, timeout,
    no_host, auth, no_database, denied, other. `version` is the schema's (None: empty or new)."""

    problem: str = ""
    version: int | None = None
    new_file: bool = False
    no_gist: bool = False  # PostgreSQL without btree_gist, which the schema needs
    detail: str = ""  # the driver's own words, for whoever keeps the server
    field: str = ""  # the form field at fault
    where: str = ""  # the path, folder or server:port the problem is about
    host: str = ""
    user: str = ""
    dbname: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem and (self.version is None or self.version <= LATEST)


def connection_parts(url: str) -> dict[str, str] | None:
    """A PostgreSQL URL's parts (host, port, dbname, user, password, …) as libpq reads them,
    or None when it cannot read them."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        return {k: str(v) for k, v in conninfo_to_dict(url).items()}
    except psycopg.Error:
        return None


def probe(url: str) -> Probe:
    """Can the program use the database at `url`? Connects (at most CONNECT_TIMEOUT seconds)
    and reads the schema version; writes nothing, creates nothing, leaves the open database
    alone."""
    if is_postgres_url(url):
        return _probe_postgres(url)
    return _probe_sqlite(url)


def _probe_sqlite(url: str) -> Probe:
    if not url.strip():
        return Probe("no_file", field="path")
    try:
        check_url(url)
    except DatabaseUrlError:
        return Probe("suffix", field="path", where=url)
    path = Path(url).expanduser()
    if path.is_dir():
        return Probe("is_folder", field="path", where=str(path))
    if not path.exists():
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not os.access(folder, os.W_OK):
            return Probe("cannot_create", field="path", where=str(folder))
        return Probe(new_file=True, where=str(path))
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=5)
        try:
            connection.execute("PRAGMA schema_version").fetchone()
            has_table = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'"
            ).fetchone()
            version = (
                connection.execute("SELECT MAX(version) FROM schema_migration").fetchone()[0]
                if has_table
                else None
            )
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return Probe("not_sqlite", detail=str(exc), field="path", where=str(path))
    return Probe(version=version, where=str(path))


def _probe_postgres(url: str) -> Probe:
    import psycopg

    try:
        with psycopg.connect(
            url, connect_timeout=CONNECT_TIMEOUT, application_name="semansara-check"
        ) as connection:
            table = connection.execute("SELECT to_regclass('schema_migration')").fetchone()[0]
            version, no_gist = None, False
            if table is not None:
                version = connection.execute(
                    "SELECT MAX(version) FROM schema_migration"
                ).fetchone()[0]
            else:
                installed, available = connection.execute(
                    "SELECT (SELECT count(*) FROM pg_extension WHERE extname = 'btree_gist'), "
                    "(SELECT count(*) FROM pg_available_extensions WHERE name = 'btree_gist')"
                ).fetchone()
                no_gist = not installed and not available
    except psycopg.Error as exc:
        return _postgres_problem(url, exc)
    return Probe(version=version, no_gist=no_gist)


def _postgres_problem(url: str, exc: BaseException) -> Probe:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    said = str(exc).lower()
    parts = connection_parts(url)
    if parts is None:
        return Probe("bad_url", detail=detail)
    host, user, dbname = parts.get("host", ""), parts.get("user", ""), parts.get("dbname", "")
    found = {
        "detail": detail,
        "host": host,
        "user": user,
        "dbname": dbname,
        "where": f"{host or 'localhost'}:{parts.get('port') or 5432}",
    }
    if "connection refused" in said:
        return Probe("refused", field="port", **found)
    if "timeout" in said or "timed out" in said:
        return Probe("timeout", field="host", **found)
    if "translate host name" in said or "name or service not known" in said:
        return Probe("no_host", field="host", **found)
    if "password" in said or "authentication" in said or ("role" in said and "exist" in said):
        return Probe("auth", field="password", **found)
    if "database" in said and "does not exist" in said:
        return Probe("no_database", field="database", **found)
    if "permission denied" in said:
        return Probe("denied", **found)
    return Probe("other", **found)
