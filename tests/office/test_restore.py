"""Restore and move refuse what they cannot finish: a missing, empty, foreign or truncated
backup exits non-zero with a Persian message and leaves no database behind (SQLite and
PostgreSQL); a move copies one consistent snapshot while desks write, and its verdict is its
counts."""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest

from app.db import models as m
from app.db.backup import BackupError, backup, copy_database, restore
from app.db.database import close_database, open_database
from app.workflow.audit import verify_chain
from tests.conftest import PG_BASE, _pg_schema_url
from tests.factories import signed_in_env
from tests.office import desks

ROOT = Path(__file__).resolve().parents[2]
BAD = ("missing", "empty", "foreign", "other_program", "truncated")


def _cli(*args: str) -> subprocess.CompletedProcess:
    """The command line, signed in as the administrator of the office backed up."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        cwd=ROOT,
        env=signed_in_env("admin"),
    )


def _pg_databases() -> set[str]:
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        return {r[0] for r in conn.execute("SELECT datname FROM pg_database").fetchall()}


def _bad_file(kind: str, good: Path, folder: Path, postgres: bool) -> Path:
    path = folder / f"{kind}.backup"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign":
        path.write_text("نامه‌های اداری، نه پشتیبان\n" * 100, encoding="utf-8")
    elif kind == "truncated":
        data = good.read_bytes()
        path.write_bytes(data[: len(data) * 6 // 10])
    elif kind == "other_program":  # a real backup, but of another program's database
        if postgres:
            for url in _pg_schema_url():
                with psycopg.connect(url.split("?")[0], autocommit=True) as conn:
                    schema = url.split("search_path%3D")[1].split(",")[0]
                    conn.execute(f"CREATE TABLE {schema}.notes (id int, body text)")
                    conn.execute(f"INSERT INTO {schema}.notes VALUES (1, 'x')")
                backup(url, path)
        else:
            other = sqlite3.connect(path)
            other.execute("CREATE TABLE notes (id integer, body text)")
            other.commit()
            other.close()
    return path


@pytest.fixture
def good_backup(db_url: str, tmp_path: Path) -> Path:
    """A backup of an office with two contracts."""
    desks.prepare_bookings(db_url, desks=2)
    return backup(db_url, tmp_path / "good.backup")


def test_bad_restores_leave_no_database(db_url: str, good_backup: Path, tmp_path: Path) -> None:
    postgres = db_url.startswith("postgresql")
    for kind in BAD:
        bad = _bad_file(kind, good_backup, tmp_path, postgres)
        if postgres:
            name = f"restore_{uuid.uuid4().hex[:10]}"
            target = PG_BASE.rsplit("/", 1)[0] + f"/{name}"
        else:
            target = str(tmp_path / f"restored-{kind}.sqlite")
        done = _cli("restore", str(bad), "--db", target)
        assert done.returncode != 0, (kind, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr, done.stderr
        assert "بازیابی انجام شد" not in done.stdout
        assert any("\u0600" <= c <= "\u06ff" for c in done.stderr), done.stderr  # Persian
        if postgres:
            assert name not in _pg_databases(), kind
        else:
            assert not Path(target).exists(), kind
            assert not list(tmp_path.glob("*.partial")), kind
        if kind == "truncated" and postgres:
            assert "pg_restore" in done.stderr  # its own words are included
    # and the good one restores
    if not postgres:
        target = tmp_path / "restored.sqlite"
        done = _cli("restore", str(good_backup), "--db", str(target))
        assert done.returncode == 0, done.stderr
        open_database(str(target))
        try:
            assert m.Booking.select().count() == 0 and m.Contract.select().count() == 2
            assert verify_chain().ok
        finally:
            close_database()


def test_postgresql_restore_creates_the_database_in_one_go(tmp_path: Path) -> None:
    """A restore makes the new database itself; a second restore into it is refused, and the
    refusal does not drop what the first one restored."""
    for url in _pg_schema_url():
        desks.prepare_bookings(url, desks=2)
        good = backup(url, tmp_path / "good.backup")
        schema = url.split("search_path%3D")[1].split(",")[0]
    name = f"restore_{uuid.uuid4().hex[:10]}"
    target = PG_BASE.rsplit("/", 1)[0] + f"/{name}"
    try:
        restore(good, target)
        open_database(f"{target}?options=-csearch_path%3D{schema},public")
        try:
            assert m.Contract.select().count() == 2 and verify_chain().ok
        finally:
            close_database()
        with pytest.raises(BackupError, match="خالی نیست"):
            restore(good, target)
        assert name in _pg_databases()
    finally:
        with psycopg.connect(PG_BASE, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_move_copies_one_snapshot_while_a_desk_writes(db_url: str) -> None:
    """R-3.5: moved while a desk keeps booking, the copy is one moment of the source: its
    audit chain is whole and every booking has its event; the verdict is the counts'."""
    desks.prepare_bookings(db_url, desks=2)
    context = multiprocessing.get_context("spawn")
    started, stop = context.Event(), context.Event()
    writer = context.Process(target=desks.book_until, args=(db_url, 1, started, stop))
    writer.start()
    try:
        assert started.wait(timeout=120), "the writing desk did not start"
        for target in _pg_schema_url():
            report = copy_database(db_url, target)
            assert report.ok == all(a == b for a, b in report.counts.values())
            assert report.ok, report.differing
            open_database(target)
            try:
                assert verify_chain().ok
                booked = m.Booking.select().count()
                assert booked == report.counts["booking"][0] >= 1
                assert (
                    booked
                    == m.AuditEvent.select().where(m.AuditEvent.action == "request_booking").count()
                )
            finally:
                close_database()
    finally:
        stop.set()
        writer.join(timeout=120)
        if writer.is_alive():
            writer.kill()
