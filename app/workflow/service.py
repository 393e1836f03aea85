"""How a use case runs: role check, one transaction, one audit event.

Every action of SCENARIOS.md is a function registered here with `@action(name)`. The UI and
the scenario runner call `run(ctx, name, **args)` or the function itself; both go through the
same checks. The function receives a `Trail` to describe what it did; the wrapper writes it as
the call's audit event in the same transaction, so the step and its record commit together or
not at all.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.db.database import connection_lost, db, reconnect
from app.db.models import User
from app.workflow import audit, errors
from app.workflow.clock import Clock
from app.workflow.roles import ACTION_ROLES, ROLE_NAMES

Result = dict[str, Any]


@dataclass
class Context:
    """Who acts, and when."""

    user: User
    clock: Clock

    @property
    def now(self) -> dt.datetime:
        return self.clock.now().replace(microsecond=0)

    @property
    def today(self) -> dt.date:
        return self.now.date()


ACTIONS: dict[str, Callable[..., Result]] = {}

# A transaction that lost a race the database detected (PostgreSQL: serialisation failure or
# deadlock; SQLite: still locked after the busy timeout) is run again from the start.
RETRIES = 4
RETRYABLE_SQLSTATES = {"40001", "40P01"}
STATS = {"retries": 0}


# Steps that fall due by the calendar rather than by a person's action (a move to another
# semansara at the end of a term) are applied at the start of whatever call comes next.
DUE_STEPS: list[Callable[[Any], Any]] = []


def _before_each_call(ctx: Context) -> None:
    for due in DUE_STEPS:
        due(ctx.now)


def _reconnect_or_refuse() -> None:
    try:
        reconnect()
    except (pw.OperationalError, pw.InterfaceError) as exc:
        raise errors.WorkflowError(
            errors.DB_UNAVAILABLE, "ارتباط با پایگاه داده برقرار نیست؛ کاری ثبت نشد. چند لحظه "
                                   "بعد دوباره امتحان کنید.") from exc


def _for_people(exc: Exception) -> Exception:
    """A storage failure as a Persian refusal; anything else as it is."""
    # SQLite rolls a full-disk transaction back itself; peewee's own rollback then fails and
    # hides the cause, so read the whole chain.
    chain, cause = [], exc
    while cause is not None and len(chain) < 5:
        chain.append(str(cause))
        cause = cause.__context__
    text = " ".join(chain).lower()
    if "readonly" in text or "read-only" in text or "query_only" in text:
        return errors.WorkflowError(errors.STORAGE_ERROR, "پایگاه داده فقط‌خواندنی است؛ کاری "
                                    "ثبت نشد. دسترسی نوشتن را بررسی کنید.")
    if "disk is full" in text or "no space" in text or "disk full" in text:
        return errors.WorkflowError(errors.STORAGE_ERROR, "دیسک پر است؛ کاری ثبت نشد و داده‌ای "
                                    "از دست نرفت. فضای دیسک را آزاد کنید.")
    if connection_lost(exc):
        return errors.WorkflowError(errors.DB_UNAVAILABLE, "ارتباط با پایگاه داده قطع شد؛ کاری "
                                    "ثبت نشد. دوباره امتحان کنید.")
    return exc


def _retryable(exc: pw.OperationalError) -> bool:
    cause = exc.args[0] if exc.args else None
    if getattr(cause, "sqlstate", None) in RETRYABLE_SQLSTATES:
        return True
    return "database is locked" in str(exc)


def allowed(user: User, name: str) -> bool:
    return user.active and user.role in ACTION_ROLES[name]


def check_role(user: User, name: str) -> None:
    if not allowed(user, name):
        who = ROLE_NAMES.get(user.role, user.role)
        raise errors.WorkflowError(
            errors.FORBIDDEN_ROLE, f"نقش «{who}» اجازهٔ این اقدام را ندارد.", "R-3.5"
        )


def _still_allowed(user: User, name: str) -> None:
    """The actor as the database has them now, inside the call's transaction: an account an
    administrator turned off or gave another role meanwhile acts no more."""
    if user.id is None:  # a stand-in that is no stored account (unattended sending)
        return
    row = User.select(User.active, User.role).where(User.id == user.id).tuples().first()
    if row is None or row != (user.active, user.role):
        who = User(active=bool(row and row[0]), role=row[1] if row else user.role)
        check_role(who, name)


def action(name: str, step: str = "") -> Callable:
    """Register a service function under the action `name` of SCENARIOS.md."""
    assert name in ACTION_ROLES, name

    def wrap(fn: Callable[..., Result]) -> Callable[..., Result]:
        def once(ctx: Context, args: dict[str, Any]) -> Result:
            with db.atomic(), audit.collecting():
                _still_allowed(ctx.user, name)
                _before_each_call(ctx)
                trail = audit.Trail(step=step)
                result = fn(ctx, trail, **args)
                if trail.object_ref or audit.pending():
                    audit.record(ctx.now, ctx.user.username, ctx.user.role, name, trail)
            return result

        @functools.wraps(fn)
        def run_action(ctx: Context, **args: Any) -> Result:
            check_role(ctx.user, name)
            for attempt in range(RETRIES):
                try:
                    return once(ctx, args)
                except (pw.OperationalError, pw.InterfaceError, pw.InternalError) as exc:
                    if connection_lost(exc) and attempt == 0:
                        _reconnect_or_refuse()  # the server came back: carry on
                        continue
                    if attempt + 1 < RETRIES and _retryable(exc):
                        STATS["retries"] += 1
                        time.sleep(0.01 * (attempt + 1))
                        continue
                    raise _for_people(exc) from exc
            raise AssertionError("unreachable")

        ACTIONS[name] = run_action
        return run_action

    return wrap


def run(ctx: Context, action_name: str, /, **args: Any) -> Result:
    if action_name not in ACTIONS:
        raise errors.WorkflowError(errors.NOT_FOUND, f"اقدام «{action_name}» شناخته نیست.")
    return ACTIONS[action_name](ctx, **args)
