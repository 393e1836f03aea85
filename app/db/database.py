"""Opening the database: SQLite by default, PostgreSQL for an office of several desks.

`db` is a proxy that every model uses; `open_database(url)` points it at a real database.
A URL starting with ``postgresql://`` (or ``postgres://``, in any case) is a PostgreSQL DSN;
a path ending ``.sqlite`` or ``.db`` is an SQLite file; anything else is refused
(`DatabaseUrlError`), so that ``mysql://…`` never quietly becomes a folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import peewee
from playhouse.shortcuts import ReconnectMixin

from app.db.driver import load_psycopg

db = peewee.DatabaseProxy()

# Legal records: FULL sync in WAL mode (NORMAL may lose the last commits on power loss).
# A file another program holds is answered within seconds, not after a long hang.
BUSY_SECONDS = 5
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,
    "busy_timeout": BUSY_SECONDS * 1000,
}
SQLITE_SUFFIXES = (".sqlite", ".db")
_POSTGRES_SCHEME = re.compile(r"^(postgresql|postgres)://", re.IGNORECASE)


class DatabaseUrlError(ValueError):
    """A --db (or saved) database that is neither a PostgreSQL URL nor an SQLite file path;
    the message is Persian."""


def is_postgres_url(url: str) -> bool:
    return bool(_POSTGRES_SCHEME.match(url))


def check_url(url: str) -> str:
    """`url` as the program uses it (a PostgreSQL URL's scheme in lower case), or
    `DatabaseUrlError` for anything that is neither PostgreSQL nor an SQLite file."""
    url = str(url).strip()
    if "\x00" in url:
        raise DatabaseUrlError("نشانی پایگاه داده نویسهٔ تهی (NUL) دارد.")
    if is_postgres_url(url):
        return _POSTGRES_SCHEME.sub(lambda found: found[1].lower() + "://", url, count=1)
    if "://" in url or not url.lower().endswith(SQLITE_SUFFIXES):
        raise DatabaseUrlError(
            f"پایگاه دادهٔ «{url}» شناخته نیست: نشانی PostgreSQL (postgresql://…) یا مسیر "
            "فایل SQLite با پسوند ‎.sqlite‎ یا ‎.db‎ بدهید."
        )
    return url


def create_private_file(path: Path) -> None:
    """Create `path` empty and readable by its owner alone, unless it exists (where the OS has
    file modes; SQLite gives its -wal and -shm files the database file's mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    if os.name != "nt":
        os.chmod(path, 0o600)  # whatever the umask said


def in_use(exc: BaseException) -> bool:
    """Whether `exc` says another program holds the SQLite file's lock."""
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


def driver_error(exc: BaseException) -> BaseException:
    """The database driver's own exception behind peewee's (it carries the SQLSTATE)."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, BaseException):
        return orig
    return exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc


def sqlstate(exc: BaseException) -> str | None:
    return getattr(driver_error(exc), "sqlstate", None)


def integrity_kind(exc: BaseException) -> str:
    """What kind of rule the database enforced when it refused a write: "unique", "overlap"
    (two bookings of one room at once: PostgreSQL's exclusion constraint, SQLite's trigger),
    "check", "foreign_key", "not_null" or "other"."""
    by_state = {
        "23505": "unique",
        "23P01": "overlap",
        "23514": "check",
        "23503": "foreign_key",
        "23502": "not_null",
    }
    state = sqlstate(exc)
    if state in by_state:
        return by_state[state]
    text = str(exc)
    for marker, kind in (
        ("booking_room_no_overlap", "overlap"),
        ("UNIQUE constraint", "unique"),
        ("CHECK constraint", "check"),
        ("FOREIGN KEY constraint", "foreign_key"),
        ("NOT NULL constraint", "not_null"),
    ):
        if marker in text:
            return kind
    return "other"


def constraint_name(exc: BaseException) -> str:
    """The constraint or index a refused write broke, as the database names it ("" if unsaid)."""
    diag = getattr(driver_error(exc), "diag", None)
    if diag is not None and getattr(diag, "constraint_name", None):
        return diag.constraint_name
    found = re.search(r"constraint failed: ([\w.]+(?:, [\w.]+)*)", str(exc))
    return found[1] if found else ""


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


def make_database(url: str, read_only: bool = False) -> peewee.Database:
    """Build (but do not connect) the peewee database for `url` (`DatabaseUrlError` for a
    `url` that names neither; a new SQLite file is created readable by its owner alone).
    `read_only`: SQLite transactions begin without the write lock (a reader's
    `BEGIN IMMEDIATE` on a read-only connection is refused)."""
    url = check_url(url)
    if is_postgres_url(url):
        load_psycopg()
        # A cut link must fail within seconds, not hang for minutes (DESIGN.md).
        return ReconnectingPostgresqlDatabase(
            url,
            autoconnect=True,  # after the server was away, the next query connects again
            connect_timeout=5,
            tcp_user_timeout=5000,
            application_name="semansara",
        )
    create_private_file(Path(url))
    # Every transaction is a write-intent service call: take the write lock at BEGIN,
    # so that two desks never both read-then-write (DESIGN.md, reliability findings).
    return peewee.SqliteDatabase(
        url,
        pragmas=SQLITE_PRAGMAS,
        lock_type="DEFERRED" if read_only else "IMMEDIATE",
        autoconnect=False,
        timeout=BUSY_SECONDS,
    )


def open_database(url: str, read_only: bool = False) -> peewee.Database:
    """Point the global proxy at `url` and connect (`read_only`: see `make_database`)."""
    database = make_database(url, read_only)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    return database


def connection_lost(exc: BaseException | None) -> bool:
    """Whether `exc` says the link to the database server is gone (or the error it hides: a
    rollback that failed after a lost COMMIT)."""
    for _ in range(3):
        if exc is None:
            return False
        text = str(exc).lower()
        if isinstance(exc, peewee.InterfaceError | peewee.OperationalError) and any(
            marker in text
            for marker in (
                "connection is closed",
                "server closed the connection",
                "terminating connection",
                "connection already closed",
                "consuming input failed",
                "connection refused",
                "could not connect",
                "connection timed out",
                "connection is lost",
                "ssl syscall",
            )
        ):
            return True
        exc = exc.__context__
    return False


def open_problem(url: str, exc: BaseException) -> str:
    """Why the database at `url` could not be opened or read, in Persian."""
    shown = url if not is_postgres_url(url) else _without_password(url)
    if isinstance(exc, DatabaseUrlError):
        return str(exc)
    if in_use(exc):
        return (
            f"پایگاه دادهٔ «{shown}» در دست برنامهٔ دیگری است؛ پس از "
            f"{BUSY_SECONDS} ثانیه هنوز آزاد نشد. آن برنامه را ببندید و دوباره امتحان کنید."
        )
    if connection_lost(exc):
        return f"به پایگاه دادهٔ «{shown}» وصل نشد؛ سرور در دسترس نیست ({exc})."
    return f"پایگاه دادهٔ «{shown}» باز یا خوانده نشد: {exc}"


def _without_password(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


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
