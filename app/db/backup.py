"""Backups, restores and moving an office from SQLite to PostgreSQL.

SQLite is copied with its online backup API (all pages at once, consistent even while desks
write); PostgreSQL with `pg_dump`/`pg_restore`. `copy_database` copies every table from one
database to another, keeping ids, and checks the row counts.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import peewee as pw

from app.db import models as m
from app.db.database import is_postgres_url, make_database
from app.db.migrations import migrate


class BackupError(RuntimeError):
    pass


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


def _pg_conninfo(url: str) -> str:
    """The DSN without its query (pg_dump takes the schema as -n)."""
    parsed = urlparse(url)
    return parsed._replace(query="").geturl()


def backup(url: str, out: Path) -> Path:
    """Write a backup of the database at `url` to `out`."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if is_postgres_url(url):
        command = [_pg_tool("pg_dump"), "--format=custom", "--no-owner", "-f", str(out)]
        schema = _pg_schema(url)
        if schema:
            command += ["-n", schema]
        subprocess.run(command + [_pg_conninfo(url)], check=True, capture_output=True)
        return out
    source = sqlite3.connect(url)
    try:
        target = sqlite3.connect(str(out))
        with target:
            source.backup(target, pages=-1)
        target.close()
    finally:
        source.close()
    return out


def restore(backup_file: Path, url: str) -> None:
    """Restore `backup_file` into the new, empty database at `url`."""
    if is_postgres_url(url):
        command = [_pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "-d",
                   _pg_conninfo(url), str(backup_file)]
        subprocess.run(command, check=True, capture_output=True)
        return
    if Path(url).exists() and Path(url).stat().st_size > 0:
        raise BackupError(f"پایگاه دادهٔ مقصد «{url}» خالی نیست؛ بازیابی فقط در پایگاه تازه.")
    source = sqlite3.connect(str(backup_file))
    try:
        check = source.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"فایل پشتیبان سالم نیست: {check}")
        target = sqlite3.connect(url)
        with target:
            source.backup(target, pages=-1)
        target.close()
    finally:
        source.close()


@dataclass
class CopyReport:
    counts: dict[str, tuple[int, int]]  # table: (source rows, target rows)

    @property
    def ok(self) -> bool:
        return all(a == b for a, b in self.counts.values())


def copy_database(source_url: str, target_url: str, batch: int = 2000) -> CopyReport:
    """Copy every row of every table from `source_url` into the empty `target_url`."""
    source, target = make_database(source_url), make_database(target_url)
    source.connect()
    target.connect()
    try:
        with target.bind_ctx(m.MODELS):
            migrate(target)
            if any(model.select().exists() for model in m.MODELS):
                raise BackupError("پایگاه دادهٔ مقصد خالی نیست.")
        counts = {}
        with target.atomic():
            for model in m.MODELS:
                with source.bind_ctx([model]):
                    rows = list(model.select().order_by(model._meta.primary_key).dicts())
                with target.bind_ctx([model]):
                    for i in range(0, len(rows), batch):
                        model.insert_many(rows[i:i + batch]).execute()
                    counts[model._meta.table_name] = (len(rows), model.select().count())
            if isinstance(target, pw.PostgresqlDatabase):
                _reset_sequences(target)
        return CopyReport(counts)
    finally:
        source.close()
        target.close()


def _reset_sequences(database: pw.PostgresqlDatabase) -> None:
    """After copying ids, let new rows continue after the highest one."""
    for model in m.MODELS:
        field = model._meta.primary_key
        if isinstance(field, pw.AutoField):
            table = model._meta.table_name
            database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{field.column_name}'), "
                f"COALESCE((SELECT MAX({field.column_name}) FROM \"{table}\"), 0) + 1, false)")
