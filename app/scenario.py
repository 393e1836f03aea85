"""The scenario runner (SCENARIOS.md): play a JSON file of actions, print one line per action."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from app.db import models as m
from app.db.database import close_database, open_database
from app.workflow import errors, jalali
from app.workflow.api import ACTIONS, Context, WorkflowError
from app.workflow.bootstrap import initialise
from app.workflow.clock import FixedClock


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
        raise WorkflowError(errors.INVALID_INPUT, f"ورودی‌های «{name}» نادرست است: {exc}",
                            field="args") from None
    return ACTIONS[name](ctx, **args)


def play_step(clock: FixedClock, number: int, step: dict[str, Any]) -> dict[str, Any]:
    name = step.get("do", "")
    line: dict[str, Any] = {"step": number, "do": name}
    try:
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


def run_file(path: Path, url: str | None, out: TextIO = sys.stdout) -> bool:
    """Run the scenario at `path`; True when every outcome matched its `expect`."""
    scenario = json.loads(Path(path).read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="semansara-scenario-") as tmp:
        database = open_database(url or str(Path(tmp) / "scenario.sqlite"))
        try:
            clock = FixedClock(dt.datetime.now().replace(microsecond=0))
            initialise(database, clock.now(), starter_users=False)
            all_ok = True
            for number, step in enumerate(scenario["steps"], start=1):
                line = play_step(clock, number, step)
                ok = matches(line, step.get("expect"))
                all_ok &= ok
                out.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
                if not ok:
                    print(f"step {number}: expected {json.dumps(step['expect'], ensure_ascii=False)}",
                          file=sys.stderr)
            return all_ok
        finally:
            close_database()
