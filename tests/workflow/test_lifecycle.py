"""The database's life as the window sees it (`app.workflow.lifecycle`): opening, reading only,
a second thread's connection, testing a connection, the errors the window catches, and
psycopg loaded only for PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import peewee as pw
import pytest

from app.db import models as m
from app.workflow import lifecycle
from app.workflow.clock import FixedClock
from tests.conftest import PG_BASE

ROOT = Path(__file__).resolve().parents[2]


def test_open_and_initialise_builds_a_new_database_only_with_a_password(
    db_url: str, clock: FixedClock
) -> None:
    with pytest.raises(lifecycle.FirstStartCancelled):
        lifecycle.open_and_initialise(db_url, clock, first_start=lambda: None)
    database = lifecycle.open_and_initialise(db_url, clock, first_start=lambda: "a-long-secret-1")
    try:
        admin = m.User.get(m.User.username == "admin")
        assert admin.password_hash is not None
        assert (
            max(
                r[0]
                for r in database.execute_sql("SELECT version FROM schema_migration").fetchall()
            )
            == lifecycle.LATEST
        )
    finally:
        lifecycle.close_database()


def test_read_only_refuses_writes_and_a_database_not_current(
    db_url: str, clock: FixedClock
) -> None:
    with pytest.raises(lifecycle.SchemaNotCurrent, match="نه"):
        lifecycle.open_read_only(db_url, "نه")  # new: not at the current schema
    lifecycle.open_and_initialise(db_url, clock)
    lifecycle.close_database()
    lifecycle.open_read_only(db_url)
    try:
        assert m.User.select().count() >= 1
        with m.db.atomic():  # a reading in one transaction (a report) begins without the lock
            assert m.User.select().count() >= 1
        with pytest.raises(lifecycle.DATABASE_ERRORS):
            m.User.update(full_name="x").execute()
    finally:
        lifecycle.close_database()


def test_database_errors_name_every_driver_s_error(database: pw.Database) -> None:
    with pytest.raises(lifecycle.DATABASE_ERRORS):
        database.execute_sql("SELECT * FROM no_such_table")
    assert not issubclass(ValueError, lifecycle.DATABASE_ERRORS)


def test_a_thread_reads_on_a_connection_of_its_own(database: pw.Database) -> None:
    assert not lifecycle.shared_only()
    seen: list[object] = []

    def work() -> None:
        with lifecycle.thread_connection():
            seen.append(m.User.select().count())
            seen.append(database.is_closed())
        seen.append(database.is_closed())

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [1, False, True]  # opened for the block, closed after it
    assert not database.is_closed()  # this thread's connection untouched


def test_probe_sqlite(tmp_path: Path, clock: FixedClock) -> None:
    assert lifecycle.probe(str(tmp_path / "new" / "office.sqlite")).new_file
    assert lifecycle.probe("").problem == "no_file"
    assert lifecycle.probe(str(tmp_path / "office.txt")).problem == "suffix"
    folder = tmp_path / "folder.sqlite"
    folder.mkdir()
    assert (lifecycle.probe(str(folder)).problem, lifecycle.probe(str(folder)).field) == (
        "is_folder",
        "path",
    )
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    assert lifecycle.probe(str(junk)).problem == "not_sqlite"
    ready = tmp_path / "ready.sqlite"
    lifecycle.open_and_initialise(str(ready), clock)
    lifecycle.close_database()
    found = lifecycle.probe(str(ready))
    assert (found.ok, found.version) == (True, lifecycle.LATEST)


def test_probe_postgres() -> None:
    assert lifecycle.probe(PG_BASE).ok
    missing = lifecycle.probe(PG_BASE.rsplit("/", 1)[0] + "/no_such_database_here")
    assert (missing.problem, missing.field, missing.dbname) == (
        "no_database",
        "database",
        "no_such_database_here",
    )
    refused = lifecycle.probe("postgresql://postgres@127.0.0.1:1/test")
    assert (refused.problem, refused.where) == ("refused", "127.0.0.1:1")
    assert not refused.ok


def test_connection_parts() -> None:
    parts = lifecycle.connection_parts("postgresql://ana:secret@db.office:5433/semansara")
    assert parts is not None
    assert (parts["host"], parts["port"], parts["user"], parts["dbname"]) == (
        "db.office",
        "5433",
        "ana",
        "semansara",
    )
    assert lifecycle.connection_parts("postgresql://a@b/c?no_such_option=1") is None


def _run(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_heavy_modules_wait_for_their_first_use(tmp_path: Path) -> None:
    """The window on SQLite, its home page shown: no psycopg, reportlab, openpyxl, QtCharts,
    holidays, nor asyncio (python-statemachine's), the mail libraries, argon2, backing up or
    the package metadata; the reports page brings QtCharts; opening PostgreSQL brings psycopg,
    and works."""
    heavy = (
        "('psycopg', 'reportlab', 'openpyxl', 'PySide6.QtCharts', 'holidays', 'asyncio.events',"
        " 'smtplib', 'ssl', 'argon2', 'app.db.backup', 'importlib.metadata')"
    )
    out = _run(
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.ui.app import build_window, setup_application\n"
        "from app.workflow import lifecycle\n"
        "setup_application(app)\n"
        f"url = {str(tmp_path / 'office.sqlite')!r}\n"
        "window = build_window(lifecycle.open_and_initialise(url), url)\n"
        "window.show()\n"
        "app.processEvents()\n"
        f"print(sorted(n for n in {heavy} if n in sys.modules))\n"
        "window.switch_to('reports')\n"
        "print('PySide6.QtCharts' in sys.modules)\n"
        "window.close()\n"
        "lifecycle.close_database()\n"
        f"lifecycle.open_database({PG_BASE!r})\n"
        "import peewee\n"
        "print('psycopg' in sys.modules, peewee.Psycopg3Adapter.txn_idle is not None)\n"
        "from app.db.database import db\n"
        "print(db.execute_sql('SELECT 41 + 1').fetchone()[0])\n"
    )
    assert out.splitlines()[-4:] == ["[]", "True", "True True", "42"]
