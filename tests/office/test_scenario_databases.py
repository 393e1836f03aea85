"""The scenario runner acts only on databases of its own: it takes and marks an empty one,
and refuses an office's before doing anything (NOT_A_SCENARIO_DATABASE), so that its users
and its clock never reach real records."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import scenario as runner
from app.db import models as m
from app.db.database import close_database, open_database
from app.workflow import errors
from app.workflow.api import Context, run
from app.workflow.bootstrap import initialise
from app.workflow.errors import WorkflowError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "scenarios" / "full_request_eleven_steps.json"
SHOW_POLICY = {
    "title": "سیاست جاری",
    "rules": ["R-8.1"],
    "steps": [
        {
            "at": "1405/01/10 09:00",
            "as": "admin",
            "do": "show",
            "args": {"code": "policy"},
            "expect": {"ok": True},
        }
    ],
}


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
    )


def _what_is_there(url: str) -> dict[str, int]:
    open_database(url)
    try:
        return {model._meta.table_name: model.select().count() for model in m.MODELS}
    finally:
        close_database()


def test_runner_refuses_an_office_database(db_url: str, clock, tmp_path: Path) -> None:  # noqa: ANN001
    """An office's database (made by `init`, with its people and records) is refused before
    any step: nothing written, no mark, a Persian message, a non-zero exit."""
    initialise(open_database(db_url), clock.now())  # as `semansara init` does
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
    before = _what_is_there(db_url)
    with pytest.raises(WorkflowError) as refused:
        runner.run_file(EXAMPLE, db_url, out=io.StringIO())
    assert refused.value.code == errors.NOT_A_SCENARIO_DATABASE
    assert "سناریو" in refused.value.message_fa
    assert _what_is_there(db_url) == before and before["database_mark"] == 0
    done = _cli("scenario", "run", str(EXAMPLE), "--db", db_url)
    assert done.returncode == 2 and done.stdout == ""
    assert "NOT_A_SCENARIO_DATABASE" in done.stderr and "سناریو" in done.stderr
    assert _what_is_there(db_url) == before


def test_runner_takes_an_empty_database_and_marks_it(db_url: str, tmp_path: Path) -> None:
    """An empty database is the runner's to take; it marks it and may use it again."""
    assert runner.run_file(EXAMPLE, db_url, out=io.StringIO())
    open_database(db_url)
    try:
        assert m.DatabaseMark.get(m.DatabaseMark.name == runner.MARK).value
        assert m.User.select().where(m.User.username == "desk").count() == 0  # no starter users
    finally:
        close_database()
    again = tmp_path / "again.json"
    again.write_text(json.dumps(SHOW_POLICY, ensure_ascii=False), encoding="utf-8")
    assert runner.run_file(again, db_url, out=io.StringIO())


def test_runner_refuses_a_file_that_is_no_database(tmp_path: Path) -> None:
    """A file that is not an SQLite database is not the runner's either; it stays as it was."""
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"these are not the pages of a database\n" * 200)
    with pytest.raises(WorkflowError) as refused:
        runner.run_file(EXAMPLE, str(foreign), out=io.StringIO())
    assert refused.value.code == errors.NOT_A_SCENARIO_DATABASE
    assert foreign.read_bytes() == b"these are not the pages of a database\n" * 200


def test_new_scenario_database_starts_on_the_scenario_clock(tmp_path: Path) -> None:
    """12.13: the database the runner makes is initialised on the first step's clock, not on
    today's date: its first policy version and its administrator are dated then."""
    path = tmp_path / "s.json"
    path.write_text(json.dumps(SHOW_POLICY, ensure_ascii=False), encoding="utf-8")
    url = str(tmp_path / "clock.sqlite")
    assert runner.run_file(path, url, out=io.StringIO())
    open_database(url)
    try:
        first = m.PolicyVersion.get(m.PolicyVersion.number == 1)
        assert str(first.created_at) == "2026-03-30 09:00:00+03:30"  # 1405/01/10 09:00, Tehran
        assert str(m.User.get(m.User.username == "admin").created_at) == "2026-03-30 09:00:00+03:30"
    finally:
        close_database()
