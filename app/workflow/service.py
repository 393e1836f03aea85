"""How a use case runs: role check, one transaction, one audit event.

Every action of SCENARIOS.md is a function registered here with `@action(name)`. The UI and
the scenario runner call `run(ctx, name, **args)` or the function itself; both go through the
same checks. The function receives a `Trail` to describe what it did; the wrapper writes it as
the call's audit event in the same transaction, so the step and its record commit together or
not at all. The event keeps the call's id and result (`calls`): a call retried after its
commit reached the database answers with its first result instead of acting twice.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import peewee as pw

from app.db.database import (
    connection_lost,
    constraint_name,
    db,
    in_use,
    integrity_kind,
    reconnect,
    sqlstate,
)
from app.db.models import User
from app.db.statements import Statement
from app.workflow import audit, calls, errors
from app.workflow import messages as msg
from app.workflow.clock import Clock
from app.workflow.machines import ACTION_ROLES, LETTERS
from app.workflow.roles import ROLE_NAMES

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
# deadlock) is run again from the start. SQLite still locked after its busy timeout is not:
# another program holds the file, and the person hears so at once.
RETRIES = 4
RETRYABLE_SQLSTATES = {"40001", "40P01"}
STATS = {"retries": 0}


# Steps that fall due by the calendar rather than by a person's action (R-3.6: a contract
# past its last day, a booking whose slot started at خ or د, a move to another semansara) are
# applied at the start of whatever call comes next, in its transaction (`timeline.apply_due`).
DUE_STEPS: list[Callable[[dt.datetime], Any]] = []


def apply_due(now: dt.datetime) -> None:
    """Apply what has fallen due by `now`, in the caller's transaction."""
    for due in DUE_STEPS:
        due(now)


def _before_each_call(ctx: Context) -> None:
    apply_due(ctx.now)


def _reconnect_or_refuse() -> None:
    try:
        reconnect()
    except (pw.OperationalError, pw.InterfaceError) as exc:
        raise errors.WorkflowError(errors.DB_UNAVAILABLE, msg.DB_UNREACHABLE()) from exc


def _for_people(exc: Exception) -> Exception:
    """A storage failure as a refusal people read; anything else as it is."""
    # SQLite rolls a full-disk transaction back itself; peewee's own rollback then fails and
    # hides the cause, so read the whole chain.
    chain, cause = [], exc
    while cause is not None and len(chain) < 5:
        chain.append(str(cause))
        cause = cause.__context__
    text = " ".join(chain).lower()
    if "readonly" in text or "read-only" in text or "query_only" in text:
        return errors.WorkflowError(errors.STORAGE_ERROR, msg.DB_READ_ONLY())
    if "disk is full" in text or "no space" in text or "disk full" in text:
        return errors.WorkflowError(errors.STORAGE_ERROR, msg.DISK_FULL())
    if in_use(exc):
        return errors.WorkflowError(errors.DB_UNAVAILABLE, msg.DB_IN_USE())
    if connection_lost(exc):
        return errors.WorkflowError(errors.DB_UNAVAILABLE, msg.DB_CONNECTION_LOST())
    return exc


def _refused_by_database(exc: pw.IntegrityError | pw.DataError) -> errors.WorkflowError:
    """A write the database refused, which the rules did not foresee, for people."""
    if isinstance(exc, pw.DataError):
        problem = msg.DATA_HAS_NUL if "nul" in str(exc).lower() else msg.DATA_UNFIT
        return errors.WorkflowError(errors.INVALID_INPUT, problem())
    name = constraint_name(exc)
    which = msg.CONSTRAINT(name=name) if name else ""
    if integrity_kind(exc) in ("unique", "overlap"):
        return errors.WorkflowError(errors.CONFLICT, msg.CLASHES_WITH_RECORD(constraint=which))
    return errors.WorkflowError(errors.CONFLICT, msg.DB_REFUSED(constraint=which))


def _retryable(exc: pw.OperationalError) -> bool:
    return sqlstate(exc) in RETRYABLE_SQLSTATES


def allowed(user: User, name: str) -> bool:
    return user.active and user.role in ACTION_ROLES[name]


def check_role(user: User, name: str) -> None:
    if not allowed(user, name):
        who = ROLE_NAMES.get(user.role, user.role)
        raise errors.WorkflowError(errors.FORBIDDEN_ROLE, msg.ROLE_MAY_NOT(role=who), "R-3.5")


_ACTOR_NOW = Statement(
    lambda user_id: User.select(User.active, User.role).where(User.id == user_id), (User.id,)
)


def _still_allowed(user: User, name: str) -> None:
    """The actor as the database has them now, inside the call's transaction: an account an
    administrator turned off or gave another role meanwhile acts no more."""
    if user.id is None:  # a stand-in that is no stored account (unattended sending)
        return
    row = _ACTOR_NOW.execute(user.id).fetchone()
    if row is not None:
        row = (User.active.python_value(row[0]), row[1])
    if row is None or row != (user.active, user.role):
        who = User(active=bool(row and row[0]), role=row[1] if row else user.role)
        check_role(who, name)


def action(name: str) -> Callable:
    """Register a service function under the action `name` of SCENARIOS.md; its roles and its
    audit step letter are those its steps declare (`machines.py`)."""
    assert name in ACTION_ROLES, name
    step = LETTERS.get(name, "")

    def wrap(fn: Callable[..., Result]) -> Callable[..., Result]:
        def once(ctx: Context, args: dict[str, Any], call: calls.Call) -> Result:
            with db.atomic(), audit.collecting():
                if call.look_back:
                    earlier = calls.answer(call, name, ctx.user.username)
                    if earlier is not None:
                        return earlier
                _still_allowed(ctx.user, name)
                _before_each_call(ctx)
                trail = audit.Trail(step=step)
                result = fn(ctx, trail, **args)
                if trail.object_ref or audit.pending():
                    audit.record(
                        ctx.now,
                        ctx.user.username,
                        ctx.user.role,
                        name,
                        trail,
                        call_id=call.id,
                        result=calls.encode(result),
                    )
            return result

        @functools.wraps(fn)
        def run_action(ctx: Context, /, *, call_id: str | None = None, **args: Any) -> Result:
            check_role(ctx.user, name)
            call = calls.start(call_id)
            reconnected = False
            for attempt in range(RETRIES):
                last = attempt + 1 == RETRIES
                try:
                    return once(ctx, args, call)
                except pw.IntegrityError as exc:
                    # Another desk saved a record meanwhile (a reference, a room, this very
                    # call): run again, and the rules, seeing it now, give the true answer.
                    if integrity_kind(exc) in ("unique", "overlap") and not last:
                        call.look_back = True
                        continue
                    raise _refused_by_database(exc) from exc
                except pw.DataError as exc:
                    raise _refused_by_database(exc) from exc
                except (pw.OperationalError, pw.InterfaceError, pw.InternalError) as exc:
                    if connection_lost(exc) and not reconnected:
                        _reconnect_or_refuse()  # the server came back: carry on
                        reconnected = call.look_back = True  # the COMMIT may have got there
                        continue
                    if not last and _retryable(exc):
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
        raise errors.WorkflowError(errors.NOT_FOUND, msg.UNKNOWN_ACTION(action=action_name))
    return ACTIONS[action_name](ctx, **args)
