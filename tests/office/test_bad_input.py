"""Every bad input is a clear Persian message, never a traceback: malformed scenario files,
CSV cells past the csv module's limit, UTF-16 files, NUL characters on the paths that bypass
the services' own checks, malformed --db, `demo` on a database with records, a locked SQLite
file, and `init` keeps a password off the screen."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app import config
from app import scenario as runner
from app.db import models as m
from app.db.database import (
    BUSY_SECONDS,
    DatabaseUrlError,
    check_url,
    close_database,
    db,
    make_database,
    open_database,
)
from app.workflow import errors
from app.workflow.errors import WorkflowError
from app.workflow.import_file import read_table
from app.workflow.importer import import_ngos
from tests.factories import World
from tests.workflow.test_importer import HEADER, ngo_row, write_csv

ROOT = Path(__file__).resolve().parents[2]
GOOD_STEP = {"at": "1405/01/10 09:00", "as": "admin", "do": "show", "args": {"code": "policy"}}
PERSIAN = range(0x0600, 0x0700)


def _persian(text: str) -> bool:
    return any(ord(c) in PERSIAN for c in text)


def _cli(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


# --- scenario files ----------------------------------------------------------------------------

MALFORMED = {
    "not_json": b'{"title": "x", "steps": [',
    "not_utf8": json.dumps(
        {"title": "آزمون", "rules": ["R-1.4"], "steps": [GOOD_STEP]}, ensure_ascii=False
    ).encode("cp1256", errors="replace"),
    "utf16": json.dumps(
        {"title": "آزمون", "rules": ["R-1.4"], "steps": [GOOD_STEP]}, ensure_ascii=False
    ).encode("utf-16"),
    "a_list": b"[1, 2, 3]",
    "no_steps": b'{"title": "x", "rules": []}',
    "steps_not_a_list": b'{"title": "x", "steps": {"do": "show"}}',
    "a_step_not_an_object": json.dumps({"steps": [GOOD_STEP, "show"]}).encode(),
    "expect_not_an_object": json.dumps({"steps": [dict(GOOD_STEP, expect=[True])]}).encode(),
    "version_2": json.dumps({"version": 2, "steps": [GOOD_STEP]}).encode(),
    "version_as_text": json.dumps({"version": "1", "steps": [GOOD_STEP]}).encode(),
    "nan": b'{"steps": [{"at": "1405/01/10", "do": "set_inflation", "args": {"rate": NaN}}]}',
}


@pytest.mark.parametrize("kind", MALFORMED)
def test_malformed_scenario_file_is_refused_in_persian(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.json"
    path.write_bytes(MALFORMED[kind])
    with pytest.raises(WorkflowError) as refused:
        runner.run_file(path, None, out=io.StringIO())
    assert refused.value.code == errors.INVALID_INPUT and _persian(refused.value.message_fa)
    done = _cli("scenario", "run", str(path))
    assert done.returncode == 2 and done.stdout == "", done.stderr
    assert "INVALID_INPUT" in done.stderr and "Traceback" not in done.stderr


def test_a_scenario_may_say_its_version(tmp_path: Path) -> None:
    path = tmp_path / "v1.json"
    path.write_text(
        json.dumps(
            {
                "title": "نسخه",
                "version": 1,
                "rules": ["R-8.1"],
                "steps": [dict(GOOD_STEP, expect={"ok": True})],
            }
        ),
        encoding="utf-8",
    )
    assert runner.run_file(path, None, out=io.StringIO())


def test_missing_scenario_file(tmp_path: Path) -> None:
    with pytest.raises(WorkflowError) as refused:
        runner.run_file(tmp_path / "nothing.json", None, out=io.StringIO())
    assert refused.value.code == errors.INVALID_INPUT and "خوانده نشد" in refused.value.message_fa


# --- files to import ---------------------------------------------------------------------------


def test_csv_cell_past_the_field_limit(tmp_path: Path) -> None:
    """A cell longer than the csv module takes is named by its line, not a traceback."""
    path = tmp_path / "huge.csv"
    write_csv(path, [ngo_row(1), ngo_row(2, name="ن" * (csv.field_size_limit() + 10))])
    with pytest.raises(WorkflowError) as refused:
        read_table(path)
    assert refused.value.code == errors.INVALID_INPUT
    assert "خط ۳" in refused.value.message_fa and "۱۳۱٬۰۷۲" in refused.value.message_fa


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_csv_is_read(tmp_path: Path, encoding: str) -> None:
    """Excel's «Unicode text» (UTF-16, with or without its byte order mark) reads as the
    same rows, with readable column names."""
    path = write_csv(tmp_path / "u16.csv", [ngo_row(1), ngo_row(2)], encoding=encoding)
    table = read_table(path)
    assert [row["name"] for _, row in table.rows] == [ngo_row(1)[0], ngo_row(2)[0]]
    assert set(table.mapping) == set(HEADER)


def test_nul_in_a_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    write_csv(path, [ngo_row(1), ngo_row(2, name="انجمن\x00دوم")])
    with pytest.raises(WorkflowError) as refused:
        read_table(path)
    assert refused.value.code == errors.INVALID_INPUT
    assert "NUL" in refused.value.message_fa and "خط ۳" in refused.value.message_fa


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def test_nul_in_rows_given_to_the_importer_is_refused(world: World, tmp_path: Path) -> None:
    """R-9.2: the importer's bulk insert takes no NUL on either database: the row is an
    error naming its field and nothing is written."""
    table = read_table(write_csv(tmp_path / "ok.csv", [ngo_row(1), ngo_row(2)]))
    table.rows[1][1]["chief"] = "مریم\x00احمدی"
    table.rows[0][1]["licence_no"] = "م-\x00۱"
    report = import_ngos(world.ctx("desk"), table, dry_run=False)
    assert [(e.row, e.field, e.code) for e in report.errors] == [
        (2, "licence_no", "INVALID_INPUT"),
        (3, "chief", "INVALID_INPUT"),
    ]
    assert not report.imported and m.Ngo.select().count() == 0


def test_nul_in_settings_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    config.save_settings({"interface.language": "fa"}, path)
    before = path.read_bytes()
    with pytest.raises(config.SettingsError) as refused:
        config.save_settings({"database.url": "دفتر\x00.sqlite"}, path)
    assert _persian(refused.value.strerror) and path.read_bytes() == before


# --- --db --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "mysql://office/semansara",
        "MySQL://h/db",
        "sqlite:///x.db",
        "C:/data/office",
        "notes.txt",
        "file:x.sqlite?mode=ro",
        "postgresql-ish://x",
        "",
        "x\x00.sqlite",
    ],
)
def test_malformed_db_is_refused(url: str, tmp_path: Path) -> None:
    with pytest.raises(DatabaseUrlError) as refused:
        config.database_url(url or " ")
    assert _persian(str(refused.value))
    with pytest.raises(DatabaseUrlError):
        make_database(url)
    assert list(tmp_path.iterdir()) == []


def test_malformed_db_on_the_command_line_makes_no_folder(tmp_path: Path) -> None:
    for command in (["init"], ["demo"], ["backup", "--out", "b.backup"], ["audit", "verify"]):
        done = _cli(*command, "--db", "mysql://office/semansara", cwd=tmp_path)
        assert done.returncode == 2, (command, done.stderr)
        assert "Traceback" not in done.stderr and _persian(done.stderr)
    assert list(tmp_path.iterdir()) == []  # no "mysql:" folder, no file


def test_scheme_in_any_case(db_url: str) -> None:
    """POSTGRESQL:// and Postgres:// are PostgreSQL; FILE.SQLITE and .DB are SQLite files."""
    if db_url.startswith("postgresql"):
        shouted = "POSTGRESQL" + db_url[len("postgresql") :]
        assert check_url(shouted) == db_url
        assert check_url("Postgres" + db_url[len("postgresql") :]).startswith("postgres://")
        database = open_database(shouted)
        assert database.execute_sql("SELECT 1").fetchone() == (1,)
    else:
        upper = str(Path(db_url).with_name("OFFICE.SQLITE"))
        assert check_url(upper) == upper and check_url("office.DB") == "office.DB"
        open_database(upper)
    close_database()


# --- init, demo, a locked file -----------------------------------------------------------------


def test_init_never_prints_a_password(tmp_path: Path) -> None:
    from tests.conftest import _pg_schema_url

    for url in _pg_schema_url():
        secret = url.replace("postgres@", "postgres:s3cret-Pa55@", 1)
        done = _cli("init", "--db", secret)
        assert done.returncode == 0, done.stderr
        assert "s3cret" not in done.stdout + done.stderr and "آماده" in done.stdout


def test_demo_on_a_database_with_records_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    assert _cli("init", "--db", str(path)).returncode == 0
    open_database(str(path))
    from app.workflow.api import Context, run
    from app.workflow.clock import FixedClock
    from app.workflow.jalali import parse_datetime

    clock = FixedClock(parse_datetime("1405/01/10 09:00"))
    run(
        Context(m.User.get(m.User.username == "admin"), clock),
        "add_user",
        username="desk1",
        role="desk_expert",
    )
    desk = Context(m.User.get(m.User.username == "desk1"), clock)
    run(
        desk,
        "register_ngo",
        code="N1",
        name="انجمن دفتر",
        licence_issuer="وزارت کشور",
        licence_no="L-1",
        licence_expires="1408/01/01",
        founded="1400/01/01",
        members=9,
    )
    close_database()
    done = _cli("demo", "--db", str(path), "--ngos", "30")
    assert done.returncode == 1 and "خالی نیست" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    open_database(str(path))
    try:
        assert m.Ngo.select().count() == 1 and m.Semansara.select().count() == 0
    finally:
        close_database()


def test_locked_sqlite_file_is_answered_in_persian(tmp_path: Path, clock) -> None:  # noqa: ANN001
    """Another program holding the file's write lock: the desk hears «در دست برنامهٔ دیگری
    است» after the busy timeout (5 s), on the command line and from a service (the two wait
    out their timeouts side by side)."""
    path = tmp_path / "office.sqlite"
    assert _cli("init", "--db", str(path)).returncode == 0
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with ThreadPoolExecutor(1) as pool:
            command_line = pool.submit(_cli, "audit", "verify", "--db", str(path))
            _service_refused_while_locked(path, clock)
            done = command_line.result()
        assert done.returncode == 2 and "در دست برنامهٔ دیگری است" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    finally:
        other.execute("ROLLBACK")
        other.close()


def _service_refused_while_locked(path: Path, clock) -> None:  # noqa: ANN001
    """A service call on the locked file waits out the busy timeout and is refused."""
    open_database(str(path))
    try:
        assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == BUSY_SECONDS * 1000
        from app.workflow.api import Context, run

        admin = Context(m.User.get(m.User.username == "admin"), clock)
        with pytest.raises(WorkflowError) as refused:
            run(admin, "add_user", username="desk9", role="desk_expert")
        assert refused.value.code == errors.DB_UNAVAILABLE
        assert "در دست برنامهٔ دیگری است" in refused.value.message_fa
    finally:
        close_database()


def test_the_window_names_a_malformed_database(tmp_path: Path) -> None:
    """The settings form refuses an SQLite file without .sqlite/.db; at start-up a malformed
    saved database is a problem the window explains (another may be chosen), not a crash."""
    from app.ui import app as ui_app
    from app.ui import texts
    from app.ui.forms.settings_database import check_connection

    check = check_connection(str(tmp_path / "office"))
    assert not check.ok and check.field == "path" and "‎.sqlite‎" in check.message
    assert check_connection(str(tmp_path / "office.sqlite")).ok
    assert config.database_url("mysql://h/db", checked=False) == "mysql://h/db"
    asked = []
    opened = ui_app.open_with_recovery(
        "mysql://h/db", lambda url, exc: asked.append(exc) or ("exit", None)
    )
    assert opened is None and isinstance(asked[0], DatabaseUrlError)
    assert ui_app.problem_text("mysql://h/db", asked[0]) == texts.DB_NOT_A_DATABASE
