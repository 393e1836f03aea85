"""Signing in: hashed passwords, one-time passwords changed at the first sign-in, lockout after
repeated failures, roles inside the services (R-3.5: every attempt in the trail)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db import models as m
from app.workflow import errors, passwords
from app.workflow.accounts import MAX_FAILURES, sign_in
from app.workflow.errors import WorkflowError
from tests.factories import World

ONE_TIME = "yek-bar-1405"
OWN = "correct horse"


@pytest.fixture
def world(database, clock) -> World:  # noqa: ANN001
    return World(clock)


def _claimed(world: World, username: str = "desk", password: str = OWN) -> None:
    """The administrator gives a one-time password; the owner replaces it at sign-in."""
    world.do("admin", "set_password", username=username, password=ONE_TIME)
    sign_in(username, ONE_TIME, world.clock, new_password=password)


def test_account_without_password_cannot_be_taken_at_sign_in(world: World) -> None:
    """R-3.5: an account made without a password takes no first password typed at sign-in."""
    for attempt in ("گذرواژهٔ خوب ۱۲۳", "any eight chars"):
        with pytest.raises(WorkflowError) as refused:
            sign_in("desk", attempt, world.clock)
        assert refused.value.code == errors.SIGN_IN_FAILED
    assert m.User.get(m.User.username == "desk").password_hash is None


def test_one_time_password_must_be_replaced_at_first_sign_in(world: World) -> None:
    """R-3.5: an administrator's password is for one sign-in; the new one is the owner's."""
    world.do("admin", "set_password", username="desk", password=ONE_TIME)
    assert m.User.get(m.User.username == "desk").must_change_password
    with pytest.raises(WorkflowError) as asked:
        sign_in("desk", ONE_TIME, world.clock)
    assert (asked.value.code, asked.value.field) == (errors.INVALID_INPUT, "new_password")
    with pytest.raises(WorkflowError) as same:
        sign_in("desk", ONE_TIME, world.clock, new_password=ONE_TIME)
    assert same.value.field == "new_password"
    with pytest.raises(WorkflowError) as common:
        sign_in("desk", ONE_TIME, world.clock, new_password="password1")
    assert common.value.field == "new_password" and "رایج" in common.value.message_fa
    user = sign_in("desk", ONE_TIME, world.clock, new_password=OWN)
    assert (user.username, user.must_change_password) == ("desk", False)
    stored = m.User.get(m.User.username == "desk").password_hash
    assert stored.startswith("$argon2id$") and "m=19456,t=2,p=1" in stored
    with pytest.raises(WorkflowError) as old:
        sign_in("desk", ONE_TIME, world.clock)
    assert old.value.code == errors.SIGN_IN_FAILED
    assert sign_in("desk", OWN, world.clock).role == "desk_expert"
    # Asked for a new password three times: none of it counted as a failure.
    assert m.User.get(m.User.username == "desk").failed_logins == 0


def test_lockout_after_repeated_failures_then_unlock(world: World) -> None:
    _claimed(world)
    for _ in range(MAX_FAILURES):
        with pytest.raises(WorkflowError) as wrong:
            sign_in("desk", "wrong password", world.clock)
        assert wrong.value.code == errors.SIGN_IN_FAILED
    with pytest.raises(WorkflowError) as locked:
        sign_in("desk", OWN, world.clock)  # even the right one, while locked
    assert locked.value.code == errors.ACCOUNT_LOCKED
    world.clock.advance(dt.timedelta(minutes=16))
    assert sign_in("desk", OWN, world.clock).username == "desk"
    decisions = [
        e.decision
        for e in m.AuditEvent.select()
        .where(m.AuditEvent.action == "sign_in")
        .order_by(m.AuditEvent.id)
    ]
    assert decisions == (
        ["signed_in_new_password"]
        + ["wrong_password"] * (MAX_FAILURES - 1)
        + ["locked", "locked_out", "signed_in"]
    )


def test_failures_are_counted_from_zero_after_a_lockout_expires(world: World) -> None:
    _claimed(world)
    for _ in range(MAX_FAILURES):
        with pytest.raises(WorkflowError):
            sign_in("desk", "wrong password", world.clock)
    world.clock.advance(dt.timedelta(minutes=16))
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(WorkflowError) as wrong:
            sign_in("desk", "wrong password", world.clock)
        assert wrong.value.code == errors.SIGN_IN_FAILED
    assert sign_in("desk", OWN, world.clock).failed_logins == 0


def test_unknown_user_refused_like_a_wrong_password_and_checked_as_long(
    world: World, monkeypatch
) -> None:  # noqa: ANN001
    """The refusal of an unknown account spends one Argon2 check, as a known account's does."""
    checks = []
    real = passwords.check_password
    monkeypatch.setattr(passwords, "check_password", lambda h, p: checks.append(h) or real(h, p))
    with pytest.raises(WorkflowError) as refused:
        sign_in("nobody", "whatever password", world.clock)
    assert refused.value.code == errors.SIGN_IN_FAILED
    with pytest.raises(WorkflowError) as unclaimed:
        sign_in("fin", "whatever password", world.clock)  # exists, no password
    assert unclaimed.value.message_fa == refused.value.message_fa
    assert len(checks) == 2 and all(h.startswith("$argon2id$") for h in checks)


def test_usernames_are_compared_folded_and_normalised(world: World) -> None:
    """R-9.2: «DESK» and «desk» with a zero-width joiner are the account «desk»."""
    _claimed(world)
    assert sign_in("DESK", OWN, world.clock).username == "desk"
    assert sign_in("de\u200dsk", OWN, world.clock).username == "desk"
    for look_alike in ("DESK", "desk\u200c", "Ｄｅｓｋ"):
        with pytest.raises(WorkflowError) as duplicate:
            world.do("admin", "add_user", username=look_alike, role="desk_expert")
        assert duplicate.value.code == errors.DUPLICATE


def test_only_admin_sets_other_peoples_passwords(world: World) -> None:
    _claimed(world)
    with pytest.raises(WorkflowError) as refused:
        world.do("desk", "set_password", username="deputy", password="a new password")
    assert refused.value.code == errors.FORBIDDEN_ROLE
    world.do("admin", "set_password", username="deputy", password="a new password")
    assert (
        sign_in("deputy", "a new password", world.clock, new_password="my own words now").username
        == "deputy"
    )


def test_own_password_needs_the_old_one_and_a_good_new_one(world: World) -> None:
    _claimed(world)
    with pytest.raises(WorkflowError) as no_old:
        world.do("desk", "set_password", username="desk", password="brand new words")
    assert no_old.value.field == "old_password"
    for weak in ("short", "qwertyuiop", "۱۲۳۴۵۶۷۸", "حشسسصخقی", "my desk password", "aaaabbbb"):
        with pytest.raises(WorkflowError) as refused:
            world.do("desk", "set_password", username="desk", password=weak, old_password=OWN)
        assert (refused.value.code, refused.value.field) == (errors.INVALID_INPUT, "password")
    world.do("desk", "set_password", username="desk", password="brand new words", old_password=OWN)
    assert sign_in("desk", "brand new words", world.clock).must_change_password is False


def test_add_user_password_is_checked_and_one_time(world: World) -> None:
    for weak in ("x", "password", "12345678"):
        with pytest.raises(WorkflowError) as refused:
            world.do("admin", "add_user", username="clerk", role="desk_expert", password=weak)
        assert (refused.value.code, refused.value.field) == (errors.INVALID_INPUT, "password")
    world.do("admin", "add_user", username="clerk", role="desk_expert", password=ONE_TIME)
    with pytest.raises(WorkflowError) as asked:
        sign_in("clerk", ONE_TIME, world.clock)
    assert asked.value.field == "new_password"
