"""Backups, restores and moving an office from SQLite to PostgreSQL.

SQLite is copied with its online backup API (all pages at once, consistent even while desks
write); PostgreSQL with `pg_dump`/`pg_restore`. Every function takes database URLs, so that a
command that signs in first can call it as it is.

A restore refuses what it cannot finish and leaves nothing half-made: the backup file is
checked first (missing, empty, not a backup, not Semansara's: refused); PostgreSQL restores
into a new database in one transaction (`pg_restore --single-transaction --exit-on-error`),
and a database the restore created is dropped again if it fails; SQLite restores into a
temporary file that is renamed into place only when it is whole.

`copy_database` copies every table from one database to another, keeping ids, from a
consistent snapshot of the source (SQLite: the backup API into a temporary file first;
PostgreSQL: one REPEATABLE READ transaction), and reports the row counts it checked.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlparse, urlunparse

import peewee as pw

from app.db import models as m
from app.db.database import check_url, create_private_file, is_postgres_url, make_database
from app.db.migrations import migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_MAGIC = b"PGDMP"
# Tables every Semansara database has had since its first version.
OUR_TABLES = ("schema_migration", "audit_event", "ngo")


class BackupError(RuntimeError):
    """A backup, restore or move refused or failed; the message is Persian."""


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"«{name}» پیدا نشد؛ ابزارهای خط فرمان PostgreSQL را نصب کنید.")
    return found


def _pg_schema(url: str) -> str | None:
    """The schema named by `options=-csearch_path=…` in a DSN, if any (used by the tests)."""
    options = parse_qs(urlparse(url).query).get("options", [""])[0]
    if "search_path=" in options:
        return options.split("search_path=")[1].split(",")[0]
    return None


def _pg_conninfo(url: str, dbname: str | None = None) -> str:
    """The DSN without its query (pg_dump takes the schema as -n), or of another database."""
    parsed = urlparse(url)._replace(query="")
    if dbname is not None:
        parsed = parsed._replace(path="/" + dbname)
    return urlunparse(parsed)


def _run(command: list[str], what: str) -> subprocess.CompletedProcess:
    """Run a PostgreSQL tool; its own words end the Persian message when it fails."""
    done = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", errors="replace"
    )
    if done.returncode != 0:
        said = " ".join(done.stderr.split())[-600:] or f"exit {done.returncode}"
        raise BackupError(f"{what} نشد. {Path(command[0]).stem} گفت: {said}")
    return done


# --- backup -----------------------------------------------------------------------------------


def backup(url: str, out: Path) -> Path:
    """Write a backup of the database at `url` to `out`, readable by its owner alone."""
    url, out = check_url(url), Path(out)
    create_private_file(out)
    if is_postgres_url(url):
        command = [_pg_tool("pg_dump"), "--format=custom", "--no-owner", "-f", str(out)]
        schema = _pg_schema(url)
        if schema:
            command += ["-n", schema]
        _run(command + [_pg_conninfo(url)], "پشتیبان‌گیری")
    else:
        source = sqlite3.connect(url)
        try:
            target = sqlite3.connect(str(out))
            with target:
                source.backup(target, pages=-1)
            target.close()
        finally:
            source.close()
    if os.name != "nt":
        os.chmod(out, 0o600)
    return out


# --- checking a backup file -------------------------------------------------------------------


def _check_file(path: Path) -> bytes:
    """The file's first bytes; refused when it is missing, unreadable or empty."""
    try:
        with open(path, "rb") as file:
            head = file.read(16)
    except FileNotFoundError:
        raise BackupError(f"فایل پشتیبان «{path}» پیدا نشد.") from None
    except OSError as exc:
        raise BackupError(f"فایل پشتیبان «{path}» خوانده نشد: {exc.strerror or exc}") from None
    if not head:
        raise BackupError(f"فایل پشتیبان «{path}» خالی است.")
    return head


def _foreign(path: Path, kind: str) -> BackupError:
    return BackupError(f"«{path}» پشتیبان {kind} سمن‌سرا نیست؛ چیزی بازیابی نشد.")


def _check_sqlite_backup(path: Path) -> None:
    if _check_file(path) != SQLITE_MAGIC:
        raise _foreign(path, "SQLite")
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = source.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {
                r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"فایل پشتیبان «{path}» سالم نیست (شاید نیمه‌کاره است): {exc}") from None
    if check != "ok":
        raise BackupError(f"فایل پشتیبان «{path}» سالم نیست (شاید نیمه‌کاره است): {check}")
    if not set(OUR_TABLES) <= tables:
        raise _foreign(path, "SQLite")


def _check_pg_backup(path: Path) -> None:
    if not _check_file(path).startswith(PG_MAGIC):
        raise _foreign(path, "PostgreSQL (pg_dump)")
    listing = _run([_pg_tool("pg_restore"), "--list", str(path)], "خواندن فهرست پشتیبان").stdout
    tables = set()
    for line in listing.splitlines():  # "215; 1259 16390 TABLE public audit_event owner"
        words = line.split()
        if not line.startswith(";") and "TABLE" in words[:-2]:
            at = words.index("TABLE")
            if words[at + 1] != "DATA":
                tables.add(words[at + 2])
    if not set(OUR_TABLES) <= tables:
        raise _foreign(path, "PostgreSQL")


# --- restore ----------------------------------------------------------------------------------


def restore(backup_file: Path, url: str) -> None:
    """Restore `backup_file` into the new, empty database at `url`; nothing is left behind
    when it cannot be finished."""
    url, backup_file = check_url(url), Path(backup_file)
    if is_postgres_url(url):
        _check_pg_backup(backup_file)
        _restore_postgres(backup_file, url)
    else:
        _check_sqlite_backup(backup_file)
        _restore_sqlite(backup_file, Path(url))


def _restore_sqlite(backup_file: Path, target: Path) -> None:
    if target.exists() and target.stat().st_size > 0:
        raise BackupError(f"پایگاه دادهٔ مقصد «{target}» خالی نیست؛ بازیابی فقط در پایگاه تازه.")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".partial")
    os.close(fd)
    partial = Path(name)
    try:
        source = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
        try:
            copy = sqlite3.connect(str(partial))
            with copy:
                source.backup(copy, pages=-1)
            copy.close()
        finally:
            source.close()
        if os.name != "nt":
            os.chmod(partial, 0o600)
        os.replace(partial, target)  # whole, or not there at all
    except sqlite3.Error as exc:
        raise BackupError(f"بازیابی در «{target}» نشد: {exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _admin(url: str):  # noqa: ANN202 - a psycopg connection to the server's own database
    import psycopg

    return psycopg.connect(_pg_conninfo(url, "postgres"), autocommit=True, connect_timeout=10)


@contextlib.contextmanager
def _new_pg_database(url: str) -> Iterator[None]:
    """The database of `url`: created when it does not exist (and dropped again when the body
    fails); when it exists, it must be empty."""
    import psycopg
    from psycopg import sql

    name = urlparse(url).path.lstrip("/")
    try:
        with _admin(url) as admin:
            exists = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
            ).fetchone()
            if not exists:
                admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as exc:
        raise BackupError(f"پایگاه دادهٔ «{name}» ساخته نشد: {exc}") from None
    try:
        with psycopg.connect(_pg_conninfo(url), autocommit=True) as target:
            if (
                exists
                and target.execute(
                    "SELECT count(*) FROM pg_tables "
                    "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
                ).fetchone()[0]
            ):
                raise BackupError(
                    f"پایگاه دادهٔ مقصد «{name}» خالی نیست؛ بازیابی فقط در پایگاه تازه."
                )
            target.execute("CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public")
        yield
    except BaseException:
        if not exists:
            with _admin(url) as admin:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
        raise


def _restore_postgres(backup_file: Path, url: str) -> None:
    command = [
        _pg_tool("pg_restore"),
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
        "-d",
        _pg_conninfo(url),
        str(backup_file),
    ]
    with _new_pg_database(url):
        _run(command, "بازیابی")


# --- moving to another database ---------------------------------------------------------------


@dataclass
class CopyReport:
    counts: dict[str, tuple[int, int]]  # table: (rows in the source snapshot, target rows)

    @property
    def ok(self) -> bool:
        return all(a == b for a, b in self.counts.values())

    @property
    def differing(self) -> list[str]:
        return [table for table, (a, b) in self.counts.items() if a != b]


@contextlib.contextmanager
def _snapshot(source_url: str) -> Iterator[pw.Database]:
    """The source as one consistent picture, however many desks write meanwhile."""
    if not is_postgres_url(source_url):
        if not Path(source_url).is_file():
            raise BackupError(f"پایگاه دادهٔ مبدأ «{source_url}» پیدا نشد.")
        with tempfile.TemporaryDirectory(prefix="semansara-move-") as tmp:
            frozen = Path(tmp) / "snapshot.sqlite"
            backup(source_url, frozen)
            database = make_database(str(frozen))
            database.connect()
            try:
                yield database
            finally:
                database.close()
        return
    database = make_database(source_url)
    database.connect()
    try:
        with database.atomic():
            database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield database
    finally:
        database.close()


def copy_database(source_url: str, target_url: str, batch: int = 2000) -> CopyReport:
    """Copy every row of every table from a snapshot of `source_url` into the empty
    `target_url`; the counts compare the snapshot with what the target holds after."""
    target = make_database(check_url(target_url))
    target.connect()
    try:
        with target.bind_ctx(m.MODELS):
            migrate(target)
            if any(model.select().exists() for model in m.MODELS):
                raise BackupError("پایگاه دادهٔ مقصد خالی نیست.")
        with _snapshot(check_url(source_url)) as source, target.atomic():
            counts = {}
            for model in m.MODELS:
                with source.bind_ctx([model]):
                    rows = list(model.select().order_by(model._meta.primary_key).dicts())
                with target.bind_ctx([model]):
                    for i in range(0, len(rows), batch):
                        model.insert_many(rows[i : i + batch]).execute()
                    counts[model._meta.table_name] = (len(rows), model.select().count())
            if isinstance(target, pw.PostgresqlDatabase):
                _reset_sequences(target)
        return CopyReport(counts)
    finally:
        target.close()


def _reset_sequences(database: pw.PostgresqlDatabase) -> None:
    """After copying ids, let new rows continue after the highest one."""
    for model in m.MODELS:
        field = model._meta.primary_key
        if isinstance(field, pw.AutoField):
            table = model._meta.table_name
            database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{field.column_name}'), "
                f'COALESCE((SELECT MAX({field.column_name}) FROM "{table}"), 0) + 1, false)'
            )
