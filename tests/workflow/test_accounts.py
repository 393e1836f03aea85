"""Signing in: hashed passwords, lockout after repeated failures, roles inside the services."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db import models as m
from app.workflow import errors
from app.workflow.accounts import MAX_FAILURES, sign_in
from app.workflow.errors import WorkflowError
from tests.factories import World


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def test_first_password_then_sign_in_and_hash_is_argon2id(world: World) -> None:
    with pytest.raises(WorkflowError) as short:
        sign_in("desk", "کوتاه", world.clock)
    assert short.value.code == errors.INVALID_INPUT and short.value.field == "password"
    assert sign_in("desk", "گذرواژهٔ خوب ۱۲۳", world.clock).username == "desk"
    stored = m.User.get(m.User.username == "desk").password_hash
    assert stored.startswith("$argon2id$") and "m=19456,t=2,p=1" in stored
    assert sign_in("desk", "گذرواژهٔ خوب ۱۲۳", world.clock).role == "desk_expert"
    with pytest.raises(WorkflowError) as wrong:
        sign_in("desk", "نادرست نادرست", world.clock)
    assert wrong.value.code == errors.SIGN_IN_FAILED


def test_lockout_after_repeated_failures_then_unlock(world: World) -> None:
    sign_in("desk", "correct horse", world.clock)
    for _ in range(MAX_FAILURES):
        with pytest.raises(WorkflowError):
            sign_in("desk", "wrong password", world.clock)
    with pytest.raises(WorkflowError) as locked:
        sign_in("desk", "correct horse", world.clock)  # even the right one, while locked
    assert locked.value.code == errors.ACCOUNT_LOCKED
    world.clock.advance(dt.timedelta(minutes=16))
    assert sign_in("desk", "correct horse", world.clock).username == "desk"
    attempts = m.AuditEvent.select().where(m.AuditEvent.action == "sign_in").count()
    assert attempts == 1 + MAX_FAILURES + 1 + 1


def test_unknown_user_refused_like_a_wrong_password(world: World) -> None:
    with pytest.raises(WorkflowError) as refused:
        sign_in("nobody", "whatever password", world.clock)
    assert refused.value.code == errors.SIGN_IN_FAILED


def test_only_admin_sets_other_peoples_passwords(world: World) -> None:
    with pytest.raises(WorkflowError) as refused:
        world.do("desk", "set_password", username="deputy", password="a new password")
    assert refused.value.code == errors.FORBIDDEN_ROLE
    world.do("admin", "set_password", username="deputy", password="a new password")
    assert sign_in("deputy", "a new password", world.clock).username == "deputy"
