"""Signing in: Argon2id hashes, lockout after repeated failures, every attempt in the trail.

An account made without a password (the starter accounts of a new database) takes the first
password given at sign-in, at least MIN_LENGTH characters long.
"""

from __future__ import annotations

import datetime as dt

from app.db import models as m
from app.db.database import db
from app.workflow import audit, errors, persian, validate
from app.workflow.audit import Trail
from app.workflow.clock import Clock
from app.workflow.passwords import check_password, hash_password
from app.workflow.roles import ADMIN
from app.workflow.service import Context, Result, action, apply_due

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_LENGTH = 8


def _checked_new(password: str) -> str:
    if len(password or "") < MIN_LENGTH:
        raise validate.invalid("password",
                               f"دست‌کم {persian.to_persian_digits(MIN_LENGTH)} نویسه لازم است.")
    return password


def sign_in(username: str, password: str, clock: Clock) -> m.User:
    """The user, if `password` is theirs; else SIGN_IN_FAILED or ACCOUNT_LOCKED."""
    now = clock.now().replace(microsecond=0)
    refusal = None
    with db.atomic():
        apply_due(now)  # what fell due is done before anyone reads
        user = m.User.get_or_none(m.User.username == (username or "").strip())
        trail = Trail().about("user", (username or "").strip()[:60])
        if user is None or not user.active:
            refusal = errors.WorkflowError(errors.SIGN_IN_FAILED,
                                           "نام کاربری یا گذرواژه درست نیست.")
        elif user.locked_until and user.locked_until > now:
            refusal = errors.WorkflowError(
                errors.ACCOUNT_LOCKED, "به‌علت چند ورود نادرست، این حساب تا "
                                       f"{persian.to_persian_digits(f'{user.locked_until:%H:%M}')} قفل است.")
        elif user.password_hash is None:
            user.password_hash = hash_password(_checked_new(password))
            trail.decision = "first_password_set"
        elif check_password(user.password_hash, password):
            trail.decision = "signed_in"
        else:
            user.failed_logins += 1
            if user.failed_logins >= MAX_FAILURES:
                user.locked_until, user.failed_logins = now + LOCKOUT, 0
                trail.decision = "locked"
            refusal = errors.WorkflowError(errors.SIGN_IN_FAILED,
                                           "نام کاربری یا گذرواژه درست نیست.")
        if refusal is None:
            user.failed_logins, user.locked_until = 0, None
        if user is not None:
            user.save()
        trail.decision = trail.decision or "refused"
        audit.record(now, (username or "")[:64], user.role if user else "", "sign_in", trail)
    if refusal is not None:
        raise refusal
    return user


@action("set_password")
def set_password(ctx: Context, trail: Trail, *, username: str, password: str,
                 old_password: str = "") -> Result:
    user = m.User.get_or_none(m.User.username == username)
    if user is None:
        raise errors.WorkflowError(errors.NOT_FOUND, f"کاربر «{username}» پیدا نشد.")
    if ctx.user.role != ADMIN:
        if ctx.user.id != user.id:
            raise errors.WorkflowError(errors.FORBIDDEN_ROLE,
                                       "فقط مدیر سامانه گذرواژهٔ دیگران را تغییر می‌دهد.")
        if not check_password(user.password_hash, old_password):
            raise validate.invalid("old_password", "گذرواژهٔ فعلی درست نیست.")
    user.password_hash = hash_password(_checked_new(password))
    user.failed_logins, user.locked_until = 0, None
    user.save()
    trail.about("user", user.username, decision="password_set")
    return {"ref": user.username}
