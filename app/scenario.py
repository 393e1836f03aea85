"""The scenario runner (SCENARIOS.md): play a JSON file of actions, print one line per action.

It acts only on databases of its own: a new temporary SQLite file, or a `--db` that is empty
(it takes it and marks it, `DatabaseMark` «scenario») or that it marked before. Any other
database (an office's) is refused with NOT_A_SCENARIO_DATABASE before anything is done, so a
scenario's users and clock never reach real records. A new database is initialised on the
scenario's own clock (the first step's `at`).

A file that cannot be read as a scenario (not UTF-8, not JSON, not an object with a list of
step objects, an unknown `version`) is refused as a whole (INVALID_INPUT, `ScenarioError`);
a step with bad parts (`args` not an object, an `at` that is no date, a NUL character) is
refused as that step's outcome, and the runner goes on.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

import peewee as pw

from app.db import models as m
from app.db.database import (
    DatabaseUrlError,
    close_database,
    connection_lost,
    in_use,
    is_postgres,
    open_database,
    open_problem,
)
from app.workflow import errors, jalali, persian
from app.workflow.api import ACTIONS, Context, WorkflowError
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock, SystemClock

VERSION = 1  # the file format this runner reads; a file may say so with "version": 1
MARK = "scenario"


def _refused(message: str, field: str = "file") -> WorkflowError:
    return WorkflowError(errors.INVALID_INPUT, message, field=field)


# --- the file ---------------------------------------------------------------------------------


def _no_constant(name: str) -> Any:
    raise ValueError(f"«{name}» عدد نیست")


def load(path: Path) -> dict[str, Any]:
    """The scenario at `path`, its shape checked; `WorkflowError` (INVALID_INPUT) says in
    Persian what is wrong and where."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise _refused(f"فایل سناریوی «{path}» خوانده نشد: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _refused(
            f"فایل سناریو UTF-8 نیست (بایت {persian.to_persian_digits(exc.start)})"
            "؛ آن را با کدگذاری UTF-8 ذخیره کنید."
        ) from None
    try:
        scenario = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise _refused(
            f"فایل سناریو JSON درستی نیست: سطر {persian.to_persian_digits(exc.lineno)}"
            f"، ستون {persian.to_persian_digits(exc.colno)} ({exc.msg})."
        ) from None
    except ValueError as exc:  # NaN or Infinity: not JSON numbers
        raise _refused(f"فایل سناریو JSON درستی نیست: {exc}.") from None
    if not isinstance(scenario, dict):
        raise _refused("فایل سناریو باید یک شیء JSON با «steps» باشد.")
    version = scenario.get("version", VERSION)
    if type(version) is not int or version != VERSION:
        raise _refused(
            f"نسخهٔ «{version}» این فایل سناریو شناخته نیست؛ این برنامه نسخهٔ "
            f"{persian.to_persian_digits(VERSION)} را می‌خواند.",
            "version",
        )
    steps = scenario.get("steps")
    if not isinstance(steps, list) or not steps:
        raise _refused("«steps» فایل سناریو باید فهرستی از گام‌ها باشد.", "steps")
    for number, step in enumerate(steps, start=1):
        at = f"گام {persian.to_persian_digits(number)}"
        if not isinstance(step, dict):
            raise _refused(f"{at} فایل سناریو یک شیء JSON نیست.", "steps")
        if not isinstance(step.get("expect", {}), dict):
            raise _refused(f"«expect» در {at} یک شیء JSON نیست.", "expect")
    return scenario


def _with_nul(value: Any, where: str) -> str | None:
    """The name of the first part of `value` holding a NUL character, if any."""
    if isinstance(value, str):
        return where if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            found = _with_nul(key, where) or _with_nul(item, str(key))
            if found:
                return found
    if isinstance(value, list):
        for item in value:
            found = _with_nul(item, where)
            if found:
                return found
    return None


def _check_step(step: dict[str, Any]) -> None:
    for part in ("do", "as"):
        if not isinstance(step.get(part, ""), str):
            raise _refused(f"«{part}» باید نام باشد، نه {json.dumps(step[part])}.", part)
    if not isinstance(step.get("args", {}), dict):
        raise _refused("«args» باید یک شیء JSON از نام و مقدار باشد.", "args")
    field = _with_nul({k: v for k, v in step.items() if k != "expect"}, "step")
    if field:
        raise _refused("نویسهٔ تهی (NUL) پذیرفته نیست.", field)


# --- the database -----------------------------------------------------------------------------


def _tables(database: pw.Database) -> set[str]:
    if is_postgres(database):  # the schema the connection works in (tests use one each)
        cursor = database.execute_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
        return {row[0] for row in cursor.fetchall()}
    return set(database.get_tables())


def _not_ours(url: str, why: str) -> WorkflowError:
    return WorkflowError(
        errors.NOT_A_SCENARIO_DATABASE,
        f"پایگاه دادهٔ «{url}» {why}؛ اجراکنندهٔ سناریو فقط روی پایگاه داده‌ای کار می‌کند که "
        "خودش ساخته است (یا پایگاهی تهی). بدون --db اجرا کنید یا پایگاه تهی تازه‌ای بدهید.",
    )


def _open(url: str) -> pw.Database:
    try:
        return open_database(url)
    except DatabaseUrlError as exc:
        raise _refused(str(exc), "db") from None
    except pw.DatabaseError as exc:
        if in_use(exc) or connection_lost(exc):
            raise WorkflowError(errors.DB_UNAVAILABLE, open_problem(url, exc)) from None
        raise _not_ours(url, f"خوانده نشد ({exc})") from None


def take(database: pw.Database, url: str, now: dt.datetime) -> None:
    """Make `database` the runner's, or refuse it: empty → initialised on the scenario's clock
    and marked; marked before → brought up to date; anything else → NOT_A_SCENARIO_DATABASE."""
    try:
        tables = _tables(database)
        ours = (
            "database_mark" in tables
            and m.DatabaseMark.select().where(m.DatabaseMark.name == MARK).exists()
        )
    except pw.DatabaseError as exc:
        raise _not_ours(url, f"خوانده نشد ({exc})") from None
    if tables and not ours:
        raise _not_ours(url, "دادهٔ دیگری دارد و با اجراکنندهٔ سناریو ساخته نشده است")
    initialise(database, now, starter_users=False)
    if not ours:
        m.DatabaseMark.create(name=MARK, value="semansara scenario run", written_at=now)


# --- the steps --------------------------------------------------------------------------------


def _user(username: str) -> m.User:
    user = m.User.get_or_none(m.User.username == username)
    if user is None:
        raise WorkflowError(errors.NOT_FOUND, f"کاربر «{username}» پیدا نشد.")
    return user


def _call(ctx: Context, name: str, args: dict[str, Any]) -> dict[str, Any]:
    if name not in ACTIONS:
        raise WorkflowError(errors.INVALID_INPUT, f"اقدام «{name}» شناخته نیست.", field="do")
    try:
        inspect.signature(ACTIONS[name]).bind(ctx, None, **args)  # (ctx, trail, ...)
    except TypeError as exc:
        raise WorkflowError(
            errors.INVALID_INPUT, f"ورودی‌های «{name}» نادرست است: {exc}", field="args"
        ) from None
    return ACTIONS[name](ctx, **args)


def play_step(clock: FixedClock, number: int, step: dict[str, Any]) -> dict[str, Any]:
    name = step.get("do", "")
    line: dict[str, Any] = {"step": number, "do": name if isinstance(name, str) else ""}
    try:
        _check_step(step)
        if "at" in step:
            clock.set(jalali.parse_datetime(str(step["at"])))
        ctx = Context(_user(step.get("as", "admin")), clock)
        line.update(ok=True, **_call(ctx, name, dict(step.get("args", {}))))
    except jalali.JalaliError as exc:
        line.update(ok=False, error=errors.INVALID_INPUT, message=str(exc), rule="", field="at")
    except WorkflowError as exc:
        line.update(ok=False, **exc.as_dict())
    return line


def matches(line: dict[str, Any], expect: dict[str, Any] | None) -> bool:
    return not expect or all(line.get(key) == value for key, value in expect.items())


def _first_clock(steps: list[dict[str, Any]]) -> dt.datetime:
    """The scenario's first `at`, else now."""
    try:
        return jalali.parse_datetime(str(steps[0]["at"]))
    except (KeyError, jalali.JalaliError):
        return SystemClock().now()


def run_file(path: Path, url: str | None, out: TextIO = sys.stdout) -> bool:
    """Run the scenario at `path`; True when every outcome matched its `expect`. A file that
    is not a scenario, or a database that is not the runner's, raises `WorkflowError`."""
    scenario = load(path)
    with tempfile.TemporaryDirectory(prefix="semansara-scenario-") as tmp:
        url = url or str(Path(tmp) / "scenario.sqlite")
        database = _open(url)
        try:
            clock = FixedClock(_first_clock(scenario["steps"]))
            take(database, url, clock.now())
            all_ok = True
            for number, step in enumerate(scenario["steps"], start=1):
                line = play_step(clock, number, step)
                ok = matches(line, step.get("expect"))
                all_ok &= ok
                out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
                if not ok:
                    print(
                        f"step {number}: expected {json.dumps(step['expect'], ensure_ascii=False)}",
                        file=sys.stderr,
                    )
            return all_ok
        finally:
            close_database()
