"""Every acting command signs in (the attack: the command line acted as any user without a
password). Run as the real program, a subprocess with no terminal: a missing password is a
refusal, never a skip; `--as` names the user and the role is checked in the service."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.database import close_database, open_database
from app.db.database import db as proxy
from app.workflow import jalali
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock, SystemClock
from app.workflow.timeline import catch_up
from tests.documents import records_world as rw
from tests.factories import PASSWORD, World, signed_in_env

ROOT = Path(__file__).resolve().parents[2]


def db_obj():  # noqa: ANN201
    return proxy.obj


@pytest.fixture
def office(tmp_path: Path) -> Path:
    db = tmp_path / "office.sqlite"
    clock = FixedClock(jalali.parse_datetime("1405/01/10 09:00"))
    initialise(open_database(str(db)), clock.now(), starter_users=False)
    try:
        world = World(clock)
        rw.register(world, "N1")
        rw.request_to(world, "R1", "N1", "he_letter_to_manager", contract="C1")
        rw.name_users(world)  # a paper names who issues it
        world.give_passwords("admin", "deputy", "desk")
        initialise(db_obj(), clock.now())  # the starter accounts the program adds on opening
        catch_up(SystemClock())  # what fell due by today, as the command line does on opening
    finally:
        close_database()
    return db


def semansara(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    base = {
        k: v for k, v in os.environ.items() if k not in ("SEMANSARA_USER", "SEMANSARA_PASSWORD")
    }
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env={**base, "PYTHONIOENCODING": "utf-8", **(env or {})},
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def rows(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


COMMANDS = [
    ("print", "contract", "C1", "--out", "{tmp}/c.pdf"),
    ("report", "notes_held"),
    ("audit", "verify"),
    ("backup", "--out", "{tmp}/copy.sqlite"),
    ("verify", "AAAA-BBBB"),
    ("import", "{tmp}/none.csv", "--dry-run"),
    ("notify", "send"),
    ("notify", "status", "B1"),
    ("migrate-to", "--db", "{tmp}/moved.sqlite", "--from", "{db}"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_without_a_password_every_acting_command_is_refused(
    office: Path, tmp_path: Path, command: tuple[str, ...]
) -> None:
    args = [a.format(tmp=tmp_path, db=office) for a in command]
    if "--db" not in args:
        args += ["--db", str(office)]
    before = rows(office, "SELECT COUNT(*) FROM audit_event")
    done = semansara(*args, "--as", "admin")
    assert done.returncode == 1, done.stdout
    assert "گذرواژه داده نشد" in done.stderr
    assert not (tmp_path / "c.pdf").exists() and not (tmp_path / "copy.sqlite").exists()
    assert not (tmp_path / "moved.sqlite").exists()
    assert rows(office, "SELECT COUNT(*) FROM audit_event") == before  # nothing was done


def test_a_wrong_password_is_refused_and_counted(office: Path, tmp_path: Path) -> None:
    done = semansara(
        "print",
        "contract",
        "C1",
        "--out",
        str(tmp_path / "c.pdf"),
        "--db",
        str(office),
        env=signed_in_env("deputy", "not the password"),
    )
    assert done.returncode == 1 and "SIGN_IN_FAILED" in done.stderr
    assert not (tmp_path / "c.pdf").exists()
    assert rows(office, "SELECT failed_logins FROM user WHERE username = 'deputy'") == 1


def test_the_role_is_checked_in_the_service(office: Path, tmp_path: Path) -> None:
    """The administrator signs in, but issuing a paper is the procedure's people's."""
    out = tmp_path / "c.pdf"
    refused = semansara(
        "print",
        "contract",
        "C1",
        "--out",
        str(out),
        "--db",
        str(office),
        env=signed_in_env("admin"),
    )
    assert refused.returncode == 1 and "FORBIDDEN_ROLE" in refused.stderr
    assert not out.exists() and rows(office, "SELECT COUNT(*) FROM issued_document") == 0
    backup = semansara(
        "backup",
        "--out",
        str(tmp_path / "b.sqlite"),
        "--db",
        str(office),
        env=signed_in_env("desk"),
    )
    assert backup.returncode == 1 and "FORBIDDEN_ROLE" in backup.stderr
    printed = semansara(
        "print",
        "contract",
        "C1",
        "--out",
        str(out),
        "--db",
        str(office),
        env=signed_in_env("deputy"),
    )
    assert printed.returncode == 0, printed.stderr
    assert (
        rows(
            office,
            "SELECT COUNT(*) FROM audit_event WHERE action = 'issue_document' AND actor = 'deputy'",
        )
        == 1
    )


def test_backup_and_audit_verify_are_the_administrators_and_in_the_trail(
    office: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite"
    done = semansara("backup", "--out", str(copy), "--db", str(office), env=signed_in_env("admin"))
    assert done.returncode == 0, done.stderr
    assert rows(office, "SELECT COUNT(*) FROM audit_event WHERE action = 'backup'") == 1
    checked = semansara("audit", "verify", "--db", str(office), env=signed_in_env("admin"))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "سالم" in checked.stdout and "کلید دفتر" in checked.stdout


def test_a_restore_nobody_signs_in_to_is_taken_away(office: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    assert (
        semansara(
            "backup", "--out", str(copy), "--db", str(office), env=signed_in_env("admin")
        ).returncode
        == 0
    )
    target = tmp_path / "restored.sqlite"
    refused = semansara(
        "restore", str(copy), "--db", str(target), env=signed_in_env("admin", "wrong words 1405")
    )
    assert refused.returncode == 1 and not target.exists()
    done = semansara("restore", str(copy), "--db", str(target), env=signed_in_env("admin"))
    assert done.returncode == 0, done.stderr
    assert rows(target, "SELECT COUNT(*) FROM audit_event WHERE action = 'restore'") == 1


def test_init_never_uses_the_databases_password_and_asks_for_the_administrators(
    tmp_path: Path,
) -> None:
    db = tmp_path / "new.sqlite"
    made = semansara("init", "--db", str(db))  # no terminal: a password is made, shown once
    assert made.returncode == 0, made.stderr
    password = made.stdout.split(": ")[1].splitlines()[0].strip()
    assert len(password) == 12
    again = semansara("init", "--db", str(db))  # the administrator has one now: not again
    assert again.returncode == 0 and password not in again.stdout and "گذرواژه" not in again.stdout
    signed = semansara("audit", "verify", "--db", str(db), env=signed_in_env("admin", password))
    assert signed.returncode == 0, signed.stderr
    assert PASSWORD not in made.stdout
