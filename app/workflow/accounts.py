"""Signing in: Argon2id hashes, lockout after repeated failures, every attempt in the trail.

An account signs in only with a password an administrator or its owner set: one made without
one (a starter account of a new database) waits, turned off, until the administrator gives it
a one-time password, which its owner must change at the first sign-in (`new_password`).

Sign-in under concurrency (many desks, one account):
- a guess is counted before it is checked, in one atomic UPDATE of the account's counters
  only (never a save of the whole row: an administrator's change to the role or the account
  made meanwhile stands); the guess that reaches MAX_FAILURES locks the account at once, so
  however many desks guess together, exactly MAX_FAILURES guesses are checked;
- the Argon2 check runs outside any transaction (no lock held for its 50 ms);
- an unknown, turned-off or locked account costs one dummy Argon2 check too: how long a
  refusal takes does not tell whether the account exists.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from app.db import models as m
from app.db.database import db
from app.workflow import audit, errors, find, passwords, validate
from app.workflow import messages as msg
from app.workflow.audit import Trail
from app.workflow.clock import Clock
from app.workflow.passwords import MIN_LENGTH, check_password, hash_password
from app.workflow.roles import ADMIN
from app.workflow.service import Context, Result, action, apply_due

__all__ = ["LOCKOUT", "MAX_FAILURES", "MIN_LENGTH", "set_password", "sign_in"]

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)


def checked_new(password: str, username: str, field: str = "password") -> str:
    """`password` if it may be a new password of `username` (passwords.problem), else
    INVALID_INPUT on `field`."""
    problem = passwords.why_not(password, username)
    if problem is not None:
        raise validate.invalid(field, problem)
    return password


def _locked(user_until: dt.datetime) -> errors.WorkflowError:
    return errors.WorkflowError(
        errors.ACCOUNT_LOCKED, msg.LOCKED_UNTIL(until=f"{user_until:%H:%M}")
    )


def _log(
    now: dt.datetime, typed: str, role: str, decision: str, user_id: int | None = None
) -> None:
    """One event per attempt; the account's row when its password changed."""
    with audit.collecting():
        if user_id is not None:
            audit.wrote(m.User, [user_id])
        audit.record(
            now, typed[:64], role, "sign_in", Trail().about("user", typed[:60], decision=decision)
        )


def _count_guess(key: str, now: dt.datetime) -> int:
    """Count one guess on the active account `key` that is not locked now: 1 row, or 0."""
    lock_over = m.User.locked_until.is_null(False) & (m.User.locked_until <= now)
    failures = pw.Case(None, [(lock_over, 1)], m.User.failed_logins + 1)
    until = pw.Value(now + LOCKOUT, converter=m.User.locked_until.db_value)
    return (
        m.User.update(
            failed_logins=failures,
            locked_until=pw.Case(None, [(failures >= MAX_FAILURES, until)], None),
        )
        .where(
            (m.User.username_key == key)
            & (m.User.active == True)  # noqa: E712
            & m.User.password_hash.is_null(False)
            & (m.User.locked_until.is_null(True) | lock_over)
        )
        .execute()
    )


def _account(key: str) -> m.User | None:
    return m.User.get_or_none(m.User.username_key == key)


def sign_in(
    username: str, password: str, clock: Clock, *, new_password: str | None = None
) -> m.User:
    """The user, if `password` is theirs; else SIGN_IN_FAILED or ACCOUNT_LOCKED. An account
    whose password is a one-time password signs in only with a `new_password` (refused as
    INVALID_INPUT on «new_password» until one is given), which replaces it."""
    now = clock.now().replace(microsecond=0)
    typed, key = (username or "").strip(), find.username_key(username)
    with db.atomic():
        with audit.collecting():
            apply_due(now)  # what fell due is done before anyone reads
        counted = _count_guess(key, now) if key else 0
        user = _account(key) if key else None
        if not counted:
            refusal = errors.WorkflowError(errors.SIGN_IN_FAILED, msg.SIGN_IN_WRONG())
            decision = "refused"
            if user is not None and user.active and user.password_hash and user.locked_until:
                refusal, decision = _locked(user.locked_until), "locked_out"
            _log(now, typed, user.role if user else "", decision)
    if not counted:
        passwords.check_nothing(password)
        raise refusal
    if not check_password(user.password_hash, password):
        with db.atomic():
            _log(now, typed, user.role, "locked" if user.locked_until else "wrong_password")
        raise errors.WorkflowError(errors.SIGN_IN_FAILED, msg.SIGN_IN_WRONG())
    return _signed_in(user, password, new_password, now)


def _signed_in(user: m.User, password: str, new_password: str | None, now: dt.datetime) -> m.User:
    """The password was right: clear the counters (only them), and replace a one-time
    password."""
    fields: dict[pw.Field, object] = {m.User.failed_logins: 0, m.User.locked_until: None}
    decision = "signed_in"
    if user.must_change_password:
        if not new_password:
            refusal = validate.invalid("new_password", msg.ONE_TIME_PASSWORD())
        elif new_password == password:
            refusal = validate.invalid("new_password", msg.NEW_SAME_AS_ONE_TIME())
        else:
            problem = passwords.why_not(new_password, user.username)
            refusal = validate.invalid("new_password", problem) if problem else None
        if refusal is not None:
            with db.atomic():
                m.User.update(fields).where(m.User.id == user.id).execute()
            raise refusal
        fields.update(
            {m.User.password_hash: hash_password(new_password), m.User.must_change_password: False}
        )
        decision = "signed_in_new_password"
    with db.atomic():
        done = (
            m.User.update(fields)
            .where(
                (m.User.id == user.id)
                & (m.User.active == True)  # noqa: E712
                & (m.User.password_hash == user.password_hash)
            )
            .execute()
        )
        _log(
            now,
            user.username,
            user.role,
            decision if done else "refused",
            user.id if done and len(fields) > 2 else None,
        )
    if not done:  # turned off, or its password changed, while it was being checked
        raise errors.WorkflowError(errors.SIGN_IN_FAILED, msg.SIGN_IN_WRONG())
    return m.User.get_by_id(user.id)


@action("set_password")
def set_password(
    ctx: Context,
    trail: Trail,
    *,
    username: str,
    password: str,
    old_password: str = "",
    one_time: bool = True,
) -> Result:
    """One's own password (the old one given), or, by an administrator, a one-time password
    for someone else, which they change at their first sign-in (`one_time=False` only for the
    demonstration data set, whose accounts share one documented password). An account that
    never had a password (a starter account) is turned on by it."""
    from app.workflow import find

    user = find.one(m.User, username, lock=True)
    own = ctx.user.id == user.id
    if not own and ctx.user.role != ADMIN:
        raise errors.WorkflowError(errors.FORBIDDEN_ROLE, msg.ADMIN_SETS_OTHERS())
    if own and not check_password(user.password_hash, old_password):
        raise validate.invalid("old_password", msg.OLD_PASSWORD_WRONG())
    checked_new(password, user.username)
    if own and password == old_password:
        raise validate.invalid("password", msg.NEW_SAME_AS_OLD())
    claimed = user.password_hash is None and not user.active
    user.password_hash = hash_password(password)
    user.must_change_password = not own and bool(one_time)
    user.failed_logins, user.locked_until = 0, None
    user.active = user.active or claimed
    user.save(
        only=[
            m.User.password_hash,
            m.User.must_change_password,
            m.User.failed_logins,
            m.User.locked_until,
            m.User.active,
        ]
    )
    decision = "one_time_password" if user.must_change_password else "password_set"
    trail.about(
        "user", user.username, decision=decision, data={"turned_on": True} if claimed else {}
    )
    return {"ref": user.username, "one_time": not own}
